package metrics

import "github.com/prometheus/client_golang/prometheus"

var (
	votes = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "stancebot_feedback_votes_total",
		Help: "Votes on replies (👍 up / 👎 down), by the reply's intent, vote and platform. Votes taken back are counted in stancebot_feedback_votes_withdrawn_total; the votes that stand are the difference.",
	}, []string{"intent", "vote", "platform"})
	withdrawn = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "stancebot_feedback_votes_withdrawn_total",
		Help: "Votes on replies taken back (a Matrix reaction removed), with the labels of stancebot_feedback_votes_total.",
	}, []string{"intent", "vote", "platform"})
)

func init() { Registry.MustRegister(votes, withdrawn) }

// Vote counts a user's vote on a reply of intent.
func Vote(platform, intent, vote string) { votes.WithLabelValues(intent, vote, platform).Inc() }

// VoteWithdrawn counts a vote taken back. A counter cannot go down, so
// the votes that stand are votes_total − votes_withdrawn_total, per label
// set (in PromQL: stancebot_feedback_votes_total - stancebot_feedback_votes_withdrawn_total,
// or with increase() over a window).
func VoteWithdrawn(platform, intent, vote string) {
	withdrawn.WithLabelValues(intent, vote, platform).Inc()
}
