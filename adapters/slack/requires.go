package slack

// What the adapter needs the Slack app (manifest.yaml) to grant. A test
// (TestManifestDeclaresWhatTheCodeUses) reads the package's source and
// fails when the code calls a Web API method or handles an event that is
// not listed here, and when the manifest lacks an event or scope listed.

// webAPIScopes maps each slack-go method the adapter calls to the bot
// scopes it needs (none beyond the token itself when empty).
var webAPIScopes = map[string][]string{
	"AuthTestContext":        nil,
	"StartSocketModeContext": nil, // the app-level token's connections:write
	"PostMessageContext":     {"chat:write"},
	"PostEphemeralContext":   {"chat:write"},
	"SendMessageContext":     nil, // response_url of a slash command
	"PublishViewContext":     nil, // views.publish needs no scope
	// Idempotent sends (idempotent.go) look a post up in the channel or
	// thread it went to: public and private channels, DMs, group DMs.
	"GetConversationHistoryContext": {"channels:history", "groups:history", "im:history", "mpim:history"},
	"GetConversationRepliesContext": {"channels:history", "groups:history", "im:history", "mpim:history"},
}

// eventNeed is one Events API subscription the adapter acts on.
type eventNeed struct {
	goType   string // the slackevents type onEvent switches on
	manifest string // the bot event in manifest.yaml
	scope    string // the bot scope the event needs ("" none)
}

var eventNeeds = []eventNeed{
	{"AppMentionEvent", "app_mention", "app_mentions:read"},
	{"MessageEvent", "message.im", "im:history"},
	{"MessageEvent", "message.channels", "channels:history"}, // follow-ups in the bot's threads
	{"MessageEvent", "message.groups", "groups:history"},
	{"AppHomeOpenedEvent", "app_home_opened", ""},
}

// featureScopes are scopes of features outside the Events API: the slash
// command and the message shortcut need commands.
var featureScopes = []string{"commands"}
