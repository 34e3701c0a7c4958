// Package metrics holds stancebot's Prometheus collectors. Adapters and
// the scheduler record through these functions; /metrics serves Registry.
package metrics

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Registry is the registry /metrics serves. It holds stancebot's own
// collectors plus the Go and process collectors.
var Registry = prometheus.NewRegistry()

var (
	questions = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "stancebot_questions_total",
		Help: "Questions answered, by intent and platform.",
	}, []string{"intent", "platform"})
	noAnswer = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "stancebot_no_answer_total",
		Help: "Questions that got no statement, by platform.",
	}, []string{"platform"})
	latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "stancebot_answer_seconds",
		Help:    "Time from receiving a question to handing the reply to the platform.",
		Buckets: prometheus.ExponentialBuckets(0.0001, 4, 10),
	}, []string{"platform"})
	adapterErrors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "stancebot_adapter_errors_total",
		Help: "Errors talking to a chat platform, by platform and operation.",
	}, []string{"platform", "op"})
	reconnects = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "stancebot_reconnects_total",
		Help: "Transport reconnects, by platform.",
	}, []string{"platform"})
	duplicates = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "stancebot_duplicate_deliveries_total",
		Help: "Redelivered events dropped without answering, by platform.",
	}, []string{"platform"})
	digestsSent = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "stancebot_digests_sent_total",
		Help: "Digest messages delivered, by platform.",
	}, []string{"platform"})
	digestFailures = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "stancebot_digest_failures_total",
		Help: "Failed digest deliveries (each retry counts), by platform.",
	}, []string{"platform"})
	corpusReloads = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "stancebot_corpus_reloads_total",
		Help: "Corpus reload attempts, by result (ok, error).",
	}, []string{"result"})
)

func init() {
	Registry.MustRegister(questions, noAnswer, latency, adapterErrors, reconnects,
		duplicates, digestsSent, digestFailures, corpusReloads,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
}

// Question records one answered question.
func Question(platform, intent string, answers int, took time.Duration) {
	questions.WithLabelValues(intent, platform).Inc()
	if answers == 0 {
		noAnswer.WithLabelValues(platform).Inc()
	}
	latency.WithLabelValues(platform).Observe(took.Seconds())
}

// AdapterError records a failed platform call.
func AdapterError(platform, op string) { adapterErrors.WithLabelValues(platform, op).Inc() }

// Reconnect records a transport reconnect.
func Reconnect(platform string) { reconnects.WithLabelValues(platform).Inc() }

// Duplicate records a redelivered event that was dropped.
func Duplicate(platform string) { duplicates.WithLabelValues(platform).Inc() }

// DigestSent records a delivered digest message.
func DigestSent(platform string) { digestsSent.WithLabelValues(platform).Inc() }

// DigestFailure records a failed digest delivery attempt.
func DigestFailure(platform string) { digestFailures.WithLabelValues(platform).Inc() }

// CorpusReload records a reload attempt; ok is false when it failed.
func CorpusReload(ok bool) {
	if ok {
		corpusReloads.WithLabelValues("ok").Inc()
		return
	}
	corpusReloads.WithLabelValues("error").Inc()
}
