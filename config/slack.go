package config

import (
	"net"
	"net/url"
	"strings"
)

// Slack configures the Slack adapter.
type Slack struct {
	// Enabled turns the adapter on (default true when the section exists).
	Enabled *bool `yaml:"enabled"`
	// Transport is "socket" (Socket Mode, the default: no public URL) or
	// "http" (the Events API posting to HTTP.Listen + HTTP.Path).
	Transport string `yaml:"transport"`
	// BotToken is the bot user OAuth token (xoxb-...), always required.
	BotToken string `yaml:"bot_token"`
	// AppToken is the app-level token (xapp-..., scope connections:write),
	// required for Socket Mode.
	AppToken string `yaml:"app_token"`
	// SigningSecret verifies HTTP requests, required for the http transport.
	SigningSecret string `yaml:"signing_secret"`
	// APIURL is the Web API base URL (default https://slack.com/api/;
	// GovSlack and tests use their own).
	APIURL string `yaml:"api_url"`
	// HTTP configures the http transport's listener.
	HTTP SlackHTTP `yaml:"http"`
	// SlashCommand is the command name registered in the app (default /stance).
	SlashCommand string `yaml:"slash_command"`
	// SlashResponse is "in_channel" (everyone sees the answer, the default)
	// or "ephemeral" (only the asker does).
	SlashResponse string `yaml:"slash_response"`
	// AlwaysThread answers top-level messages in a new thread under them
	// instead of in the channel.
	AlwaysThread bool `yaml:"always_thread"`
}

// SlackHTTP is the listener of the HTTP Events API transport.
type SlackHTTP struct {
	Listen string `yaml:"listen"` // default ":3000"
	Path   string `yaml:"path"`   // default "/slack/events"; slash commands may post here too
}

// Slack defaults.
const (
	SlackTransportSocket = "socket"
	SlackTransportHTTP   = "http"
	DefaultSlackAPIURL   = "https://slack.com/api/"
)

// On reports whether the adapter should run.
func (s *Slack) On() bool { return s != nil && (s.Enabled == nil || *s.Enabled) }

func (s *Slack) setDefaults() {
	if s.Transport == "" {
		s.Transport = SlackTransportSocket
	}
	if s.APIURL == "" {
		s.APIURL = DefaultSlackAPIURL
	}
	if !strings.HasSuffix(s.APIURL, "/") {
		s.APIURL += "/"
	}
	if s.HTTP.Listen == "" {
		s.HTTP.Listen = ":3000"
	}
	if s.HTTP.Path == "" {
		s.HTTP.Path = "/slack/events"
	}
	if s.SlashCommand == "" {
		s.SlashCommand = "/stance"
	}
	if s.SlashResponse == "" {
		s.SlashResponse = "in_channel"
	}
}

// problems reports what is wrong with an enabled section. A disabled one
// (enabled: false) needs no tokens.
func (s *Slack) problems(v *validator, key string) {
	// A bad enabled value is reported by the decoder; validate the rest
	// too, so one run shows every problem of the section.
	if !s.On() && !v.failed(key+".enabled") {
		return
	}
	v.oneOf(key+".transport", s.Transport, SlackTransportSocket, SlackTransportHTTP)
	v.secret(key+".bot_token", s.BotToken, "")
	if s.BotToken != "" && !strings.HasPrefix(s.BotToken, "xoxb-") {
		v.errorf(key+".bot_token", "must be a bot token (xoxb-...)")
	}
	switch s.Transport {
	case SlackTransportSocket:
		v.secret(key+".app_token", s.AppToken, "for the socket transport")
		if s.AppToken != "" && !strings.HasPrefix(s.AppToken, "xapp-") {
			v.errorf(key+".app_token", "must be an app-level token (xapp-...)")
		}
	case SlackTransportHTTP:
		v.secret(key+".signing_secret", s.SigningSecret, "for the http transport")
		if _, _, err := net.SplitHostPort(s.HTTP.Listen); err != nil {
			v.errorf(key+".http.listen", "%q is not a host:port address", s.HTTP.Listen)
		}
		if !strings.HasPrefix(s.HTTP.Path, "/") {
			v.errorf(key+".http.path", "must start with /")
		}
	}
	if u, err := url.Parse(s.APIURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		v.errorf(key+".api_url", "%q is not an http(s) URL", s.APIURL)
	}
	if !strings.HasPrefix(s.SlashCommand, "/") || strings.ContainsAny(s.SlashCommand, " \t") {
		v.errorf(key+".slash_command", "%q must look like /stance", s.SlashCommand)
	}
	v.oneOf(key+".slash_response", s.SlashResponse, "in_channel", "ephemeral")
}
