// Package memlimit derives soft memory limits (debug.SetMemoryLimit) from
// the heap the last collection found live: the corpus load and the hot
// reload each bound their memory this way, with their own factors.
package memlimit

import (
	"math"
	"runtime/metrics"
)

// Live is the heap the last collection found live (0 when the runtime
// does not report it).
func Live() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// Scaled is the limit live×num/den + floor bytes under the process's own
// limit prev; ok is false when no limit should be set (nothing measured,
// a live heap too large to scale, or prev already at least as strict).
func Scaled(live uint64, prev int64, num, den, floor int64) (limit int64, ok bool) {
	if live == 0 || live > math.MaxInt64/uint64(2*num) {
		return 0, false
	}
	limit = int64(live)*num/den + floor
	if limit >= prev {
		return 0, false
	}
	return limit, true
}
