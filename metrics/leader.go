package metrics

import "github.com/prometheus/client_golang/prometheus"

var (
	leading = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "stancebot_leader",
		Help: "1 while this replica holds the leader lease (Matrix sync, digest scheduler), else 0.",
	})
	leaderChanges = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "stancebot_leader_changes_total",
		Help: "Changes of this replica's role, by change (acquired, lost).",
	}, []string{"change"})
)

func init() { Registry.MustRegister(leading, leaderChanges) }

// SetLeader records whether this replica leads.
func SetLeader(on bool) {
	if on {
		leading.Set(1)
	} else {
		leading.Set(0)
	}
}

// LeaderChange counts a change of role: "acquired" or "lost".
func LeaderChange(change string) { leaderChanges.WithLabelValues(change).Inc() }
