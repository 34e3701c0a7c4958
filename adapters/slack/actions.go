package slack

import "github.com/slack-go/slack"

// onAction takes block_actions, view_submission and global shortcut
// payloads.
func (a *Adapter) onAction(cb slack.InteractionCallback, src source) error {
	a.log.Info("slack: interaction acknowledged", "type", cb.Type, "transport", src.transport)
	return nil
}
