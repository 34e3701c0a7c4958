package config

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// maxErrors is how many problems a run reports; the rest are counted in
// one last line ("… and N more"), so a file of garbage gives a readable
// answer quickly.
const maxErrors = 50

// The unknown-key pass (walk) follows aliases, so that keys reached
// through `*anchor` are checked and their lines known. A small file can
// alias itself into billions of nodes ("billion laughs"), and yaml.v3's
// own guard only applies to Decode, which runs after walk (and counts
// alias nodes, not what they expand to). So walk spends from a budget
// proportional to the document as written: aliases may at most triple the
// work of reading the file without them, plus a constant for small files.
// Going over the budget stops the parse with an error naming the alias
// that did it; Decode is never reached.
//
// aliasBudget returns that budget for the document rooted at n.
func aliasBudget(n *yaml.Node) int {
	return 3*countNodes(n) + 10000
}

// countNodes counts the nodes of the tree as written, not following
// aliases (each node of a yaml.v3 tree is reached once that way).
func countNodes(n *yaml.Node) int {
	c := 1
	for _, ch := range n.Content {
		c += countNodes(ch)
	}
	return c
}

// spend charges cost nodes of walking at path against the alias budget.
// It returns false once the budget is spent; the first time, it records
// the error at the line of the alias being expanded.
func (v *validator) spend(cost int, path string) bool {
	if v.bomb != nil {
		return false
	}
	v.budget -= cost
	if v.budget >= 0 {
		return true
	}
	v.bomb = &Error{File: v.file, Line: v.aliasLine, Key: path,
		Msg: fmt.Sprintf("aliases expand the document to more than %d nodes (a YAML alias bomb?); write the values out instead", v.budgetTotal)}
	return false
}

// keyOnLine returns the longest key path recorded on line, building the
// index on first use so reporting many type errors stays linear.
func (v *validator) keyOnLine(line int) string {
	if v.lineKeys == nil {
		v.lineKeys = make(map[int]string, len(v.lines))
		for k, l := range v.lines {
			if len(k) > len(v.lineKeys[l]) {
				v.lineKeys[l] = k
			}
		}
	}
	return v.lineKeys[line]
}

// failed reports whether key already has an error (for example a value
// of the wrong type), so a section can carry on validating the rest.
func (v *validator) failed(key string) bool { return v.errKeys[key] }

// maxMapKeys bounds a free-form mapping (such as subscriptions.admins):
// yaml.v3's Decode compares every key of a mapping with every other, so a
// huge one would take minutes; no configuration needs this many.
const maxMapKeys = 10000

// duplicate reports whether key k was already written in the mapping
// (seen maps a key to its first line), recording the error if so. yaml.v3
// would report it too, but in time quadratic in the mapping's size.
func (v *validator) duplicate(seen map[string]int, k *yaml.Node, path string) bool {
	first, dup := seen[k.Value]
	if !dup {
		seen[k.Value] = k.Line
		return false
	}
	if !v.errKeys[path] {
		v.addError(&Error{File: v.file, Line: k.Line, Key: path,
			Msg: fmt.Sprintf("already defined at line %d", first)})
	}
	return true
}
