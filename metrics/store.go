package metrics

import "github.com/prometheus/client_golang/prometheus"

var (
	storeWriteFailures = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "stancebot_store_write_failures_total",
		Help: "Writes the database refused: read-only file, disk full, I/O error or damage.",
	})
	storeWritable = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "stancebot_store_writable",
		Help: "1 while the database takes writes, 0 while it does not.",
	})
)

func init() {
	Registry.MustRegister(storeWriteFailures, storeWritable)
	storeWritable.Set(1)
}

// StoreWriteFailure records one write the database refused.
func StoreWriteFailure() { storeWriteFailures.Inc() }

// StoreWritable records whether the database takes writes.
func StoreWritable(ok bool) {
	if ok {
		storeWritable.Set(1)
	} else {
		storeWritable.Set(0)
	}
}
