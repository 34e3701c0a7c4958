package fakeslack

import (
	"encoding/json"
	"unicode/utf8"
)

// Block Kit limits the fake enforces as Slack does: chat.postMessage and
// chat.postEphemeral fail with invalid_blocks for more than 50 blocks or a
// text over 3,000 characters in a section, and with msg_blocks_too_long
// when all the blocks' text together exceeds about 12,000 characters
// (undocumented, measured against Slack).
const (
	MaxBlocks      = 50
	MaxSectionText = 3000
	MaxBlocksText  = 12000
)

// checkBlocks returns the error Slack answers for blocks, or "".
func checkBlocks(raw string) string {
	if raw == "" {
		return ""
	}
	var blocks []map[string]any
	if err := json.Unmarshal([]byte(raw), &blocks); err != nil {
		return "invalid_blocks_format"
	}
	if len(blocks) > MaxBlocks {
		return "invalid_blocks"
	}
	total := 0
	for _, b := range blocks {
		n := textLen(b["text"])
		if b["type"] == "section" && n > MaxSectionText {
			return "invalid_blocks"
		}
		for _, e := range list(b["elements"]) {
			total += textLen(e)
		}
		for _, f := range list(b["fields"]) {
			total += textLen(f)
		}
		total += n
	}
	if total > MaxBlocksText {
		return "msg_blocks_too_long"
	}
	return ""
}

func list(v any) []any { l, _ := v.([]any); return l }

// textLen is the length of a text object ({"type":..., "text":...}).
func textLen(v any) int {
	m, ok := v.(map[string]any)
	if !ok {
		return 0
	}
	s, _ := m["text"].(string)
	return utf8.RuneCountInString(s)
}
