package metrics

import "github.com/prometheus/client_golang/prometheus"

var digestsAbandoned = prometheus.NewCounterVec(prometheus.CounterOpts{
	Name: "stancebot_digests_abandoned_total",
	Help: "Digest slots left unconfirmed by a crash and given up past their grace window without being found delivered, by platform and reason (not_delivered, lookup_failed, cannot_check).",
}, []string{"platform", "reason"})

func init() { Registry.MustRegister(digestsAbandoned) }

// DigestAbandoned records an unconfirmed digest slot given up past its
// grace window: not found in the room (not_delivered), the room could not
// be read (lookup_failed), or the platform cannot be read back
// (cannot_check).
func DigestAbandoned(platform, reason string) {
	digestsAbandoned.WithLabelValues(platform, reason).Inc()
}
