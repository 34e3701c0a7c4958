package bot

import "strings"

// Title names a digest where a vote on it is stored (feedback's question
// field): "digest", its name and its themes — "digest weekly: attribution,
// ransomware" — as curators read it in `stancebot feedback`.
func (d *Digest) Title() string {
	t := "digest"
	if d.Name != "" {
		t += " " + d.Name
	}
	var themes []string
	for _, th := range d.Themes {
		themes = append(themes, th.Theme)
	}
	if len(themes) > 0 {
		t += ": " + strings.Join(themes, ", ")
	}
	return t
}

// Keys are the statement keys a digest shows, in order.
func (d *Digest) Keys() []string {
	var keys []string
	for _, th := range d.Themes {
		for _, e := range th.Entries {
			if e.Key != "" {
				keys = append(keys, e.Key)
			}
		}
	}
	return keys
}
