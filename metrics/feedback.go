package metrics

import "github.com/prometheus/client_golang/prometheus"

var votes = prometheus.NewCounterVec(prometheus.CounterOpts{
	Name: "stancebot_feedback_votes_total",
	Help: "Votes on replies (👍 up / 👎 down), by the reply's intent, vote and platform.",
}, []string{"intent", "vote", "platform"})

func init() { Registry.MustRegister(votes) }

// Vote counts a user's vote on a reply of intent.
func Vote(platform, intent, vote string) { votes.WithLabelValues(intent, vote, platform).Inc() }
