// Package matrix connects stancebot to a Matrix homeserver with mautrix-go.
//
// The adapter logs in (access token or user + password), keeps its device
// ID, access token and sync token in the store, joins rooms it is invited
// to by allowed users, answers questions addressed to it (a mention, the
// command prefix, or any message in a DM) with an m.notice reply, and
// reads and answers end-to-end encrypted rooms when built with -tags goolm
// (or libolm).
//
// Delivery guarantees: the sync token is saved only after every question
// of a sync batch was answered, each answered event is recorded in the
// store, and every reply carries a transaction ID derived from the
// question's event ID, so neither a restart nor a retried send answers a
// question twice, and a question asked while the bot was down is answered
// on restart when it is younger than matrix.max_age.
package matrix

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"go.mau.fi/util/dbutil"
	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
	"maunium.net/go/mautrix/sqlstatestore"

	"github.com/stancebot/stancebot/adapters"
	"github.com/stancebot/stancebot/bot"
	"github.com/stancebot/stancebot/config"
	"github.com/stancebot/stancebot/feedback"
	"github.com/stancebot/stancebot/metrics"
	"github.com/stancebot/stancebot/store"
)

// platform is the name used in bot.Question, metrics and the event ledger.
const platform = "matrix"

// Tunables; tests shorten some of them through Options.
const (
	defaultShutdownGrace = 10 * time.Second
	defaultSyncTimeout   = 30 * time.Second
	maxParallelAnswers   = 8
	// defaultKeyBackupInterval is how often new room keys are uploaded.
	defaultKeyBackupInterval = time.Minute
)

// Adapter is one Matrix account's connection. Create it with New, run it
// with Run; Send may be called concurrently once Run has started.
type Adapter struct {
	cfg     config.Matrix
	handler adapters.Handler
	st      *store.Store
	log     *slog.Logger
	opts    Options

	cli    *mautrix.Client
	syncer *mautrix.DefaultSyncer
	db     *dbutil.Database
	// decryptMu serialises decryption: mautrix v0.26's OlmMachine caches
	// the account's own cross-signing keys without a lock
	// (GetOwnCrossSigningPublicKeys writes what a concurrent Decrypt's
	// device fetch reads), so the sync's decryption and a vote's reading
	// of an encrypted digest must not overlap. The race detector found it
	// in TestKeyBackupRestoresRoomKeysOnANewDevice.
	decryptMu sync.Mutex

	userID      id.UserID
	displayName string
	mentionRe   *regexp.Regexp // the bot's name or ID as a word; set by start
	allow       allowlist
	crypto      cryptoState

	ready    chan struct{} // closed once logged in and ready to send
	syncing  atomic.Bool   // the last /sync succeeded
	runOnce  sync.Once
	inflight sync.WaitGroup // answers being produced, across batches
	sem      chan struct{}

	dmMu    sync.Mutex
	dmCache map[id.RoomID]bool

	warnedMu sync.Mutex
	warned   map[id.RoomID]bool // encrypted rooms already warned about (no crypto)

	offers feedback.Offers // "what was wrong?" offers awaiting a reply (votes.go)
}

// Options configure an Adapter: what New needs, then knobs that tests
// (and only rarely operators) change; zero knobs take their defaults.
type Options struct {
	// Config is the validated matrix section (config.Parse).
	Config config.Matrix
	// Handler answers questions.
	Handler adapters.Handler
	// Store keeps the sync token, the device and the crypto store; it is
	// also the inbox the adapter records events in (package inbox).
	Store *store.Store
	// Logger receives the adapter's logs (nil: slog.Default()).
	Logger *slog.Logger

	// ShutdownGrace bounds how long Run waits for replies in flight after
	// its context is cancelled (default 10s).
	ShutdownGrace time.Duration
	// SyncTimeout is the long-poll timeout of /sync (default 30s).
	SyncTimeout time.Duration
	// Now replaces time.Now for the age check.
	Now func() time.Time
	// Writable replaces the store's CheckWritable, asked before each
	// answer (tests make the database refuse writes with it).
	Writable func(ctx context.Context) error
	// Conversations holds the reply records of the bot's answers (the
	// handler's bot.FollowUps keeps them): a message in a thread with a
	// record is a follow-up and needs no mention. Nil: only mentions,
	// the command prefix and DMs address the bot.
	Conversations bot.Conversations
	// Feedback keeps 👍 / 👎 reactions on the bot's replies as votes.
	// Nil: reactions are ignored. When it also implements
	// feedback.Offers (package store does), the "what was wrong?" offers
	// of 👎 votes are kept there too, and outlive a restart.
	Feedback feedback.Store
	// OnRecoveryKey receives the recovery key of cross-signing keys the
	// adapter generated (it is also logged, once). Tests use it.
	OnRecoveryKey func(key string)
	// KeyBackupInterval is how often new room keys are uploaded to the
	// server-side key backup (default 1m; keybackup_goolm.go).
	KeyBackupInterval time.Duration
}

var (
	_ adapters.Adapter = (*Adapter)(nil)
	_ adapters.Sender  = (*Adapter)(nil)
	_ adapters.Readier = (*Adapter)(nil)
)

// New prepares an adapter from validated options; it does no network I/O
// (Run logs in). It has the same shape as every adapter's New.
func New(opts Options) (*Adapter, error) {
	cfg, h, st, log := opts.Config, opts.Handler, opts.Store, opts.Logger
	if h == nil {
		return nil, errors.New("matrix: nil handler")
	}
	if st == nil {
		return nil, errors.New("matrix: nil store")
	}
	if log == nil {
		log = slog.Default()
	}
	cfg.ApplyDefaults() // config.Parse validated cfg; tests may build one by hand
	if opts.ShutdownGrace <= 0 {
		opts.ShutdownGrace = defaultShutdownGrace
	}
	if opts.SyncTimeout <= 0 {
		opts.SyncTimeout = defaultSyncTimeout
	}
	if opts.Writable == nil {
		opts.Writable = st.CheckWritable
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.KeyBackupInterval <= 0 {
		opts.KeyBackupInterval = defaultKeyBackupInterval
	}
	userID := id.UserID(cfg.UserID)
	cli, err := mautrix.NewClient(cfg.Homeserver, userID, "")
	if err != nil {
		return nil, fmt.Errorf("matrix client for %s: %w", cfg.Homeserver, err)
	}
	cli.Log = zerologToSlog(log.With("component", "mautrix"))
	// Retries are ours (send.go): mautrix only honours the Retry-After
	// header, not M_LIMIT_EXCEEDED's retry_after_ms.
	cli.DefaultHTTPRetries = 0
	cli.UserAgent = "stancebot (mautrix-go)"

	db, err := dbutil.NewWithDB(st.DB(), st.DriverName())
	if err != nil {
		return nil, fmt.Errorf("matrix state database: %w", err)
	}
	stateStore := sqlstatestore.NewSQLStateStore(db, dbutil.ZeroLogger(cli.Log.With().Str("db_section", "matrix_state").Logger()), false)
	cli.StateStore = stateStore

	syncer := mautrix.NewDefaultSyncer()
	syncer.FilterJSON = &mautrix.Filter{Room: &mautrix.RoomFilter{Timeline: &mautrix.FilterPart{Limit: 100}}}
	cli.Syncer = syncer

	a := &Adapter{
		cfg:     cfg,
		handler: h,
		st:      st,
		log:     log.With("adapter", platform),
		opts:    opts,
		cli:     cli,
		syncer:  syncer,
		db:      db,
		userID:  userID,
		allow:   newAllowlist(cfg.AllowInvitesFrom, cfg.ServerName()),
		ready:   make(chan struct{}),
		sem:     make(chan struct{}, maxParallelAnswers),
		dmCache: map[id.RoomID]bool{},
		warned:  map[id.RoomID]bool{},
		offers:  offersOf(opts.Feedback),
	}
	syncer.OnSync(a.dropPreJoinMessages)
	syncer.OnEvent(cli.StateStoreSyncHandler)
	syncer.OnEventType(event.StateMember, a.onMember)
	syncer.OnEventType(event.EventMessage, a.onMessage)
	syncer.OnEventType(event.EventReaction, a.onReaction)   // 👍 / 👎 votes (reactions.go)
	syncer.OnEventType(event.EventRedaction, a.onRedaction) // a vote taken back (votes.go)
	return a, nil
}

// Name implements adapters.Adapter.
func (a *Adapter) Name() string { return platform }

// UserID is the bot's Matrix ID.
func (a *Adapter) UserID() id.UserID { return a.userID }

// DeviceID is the bot's device, known once Run has logged in.
func (a *Adapter) DeviceID() id.DeviceID {
	select {
	case <-a.ready:
		return a.cli.DeviceID
	default:
		return ""
	}
}

// Started is closed once Run has logged in and is about to sync.
func (a *Adapter) Started() <-chan struct{} { return a.ready }

// Ready implements adapters.Readier: logged in, and the last /sync succeeded.
func (a *Adapter) Ready() bool { return a.syncing.Load() }

// Run logs in, then syncs and answers until ctx is cancelled. On
// cancellation it stops syncing, lets replies in flight finish within the
// shutdown grace, and returns nil. An unreachable or failing homeserver is
// retried with backoff; Run returns an error when the homeserver refuses
// the credentials or the local state is unusable. Run may be called once.
func (a *Adapter) Run(ctx context.Context) error {
	first := false
	a.runOnce.Do(func() { first = true })
	if !first {
		return errors.New("matrix: Run called twice")
	}
	for attempt := 1; ; attempt++ {
		err := a.start(ctx)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		if !unreachable(err) {
			return err
		}
		metrics.AdapterError(platform, "login")
		wait, _ := retryDelay(err, attempt)
		a.log.Warn("homeserver unreachable at start; retrying", "attempt", attempt, "retry_in", wait, "err", err)
		if !sleep(ctx, wait) {
			return nil
		}
	}

	// Room keys go to the key backup while the adapter runs, and once more
	// after the last answer (deferred calls run last-in, first-out).
	finishBackup := a.runKeyBackup(ctx)
	defer finishBackup()

	// Answers run on workCtx, which outlives ctx by the shutdown grace so
	// a question being answered when the bot is stopped still gets its reply.
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stop := context.AfterFunc(ctx, func() {
		t := time.NewTimer(a.opts.ShutdownGrace)
		defer t.Stop()
		select {
		case <-t.C:
			cancelWork()
		case <-workCtx.Done():
		}
	})
	defer stop()

	err := a.syncLoop(ctx, workCtx)

	// Late answers (decrypted after their batch) get the same bound.
	drained := make(chan struct{})
	go func() { a.inflight.Wait(); close(drained) }()
	select {
	case <-drained:
	case <-workCtx.Done():
	}
	if ctx.Err() != nil {
		a.log.Info("matrix adapter stopped")
		return nil
	}
	return err
}

// unreachable reports whether err means the homeserver could not be
// reached or is failing (network error, 5xx, 429), as opposed to a
// refusal (bad credentials) or a local problem, which retrying won't fix.
func unreachable(err error) bool {
	var httpErr mautrix.HTTPError
	if !errors.As(err, &httpErr) {
		return false
	}
	if httpErr.Response == nil {
		return true
	}
	code := httpErr.Response.StatusCode
	return code >= 500 || code == http.StatusTooManyRequests
}

// start logs in, sets up encryption and learns the bot's display name.
func (a *Adapter) start(ctx context.Context) error {
	if err := a.login(ctx); err != nil {
		return err
	}
	if st, ok := a.cli.StateStore.(*sqlstatestore.SQLStateStore); ok {
		if err := st.Upgrade(ctx); err != nil {
			return fmt.Errorf("matrix: upgrade state store: %w", err)
		}
	}
	if a.cfg.EncryptionEnabled() {
		if !cryptoAvailable {
			a.log.Warn("built without end-to-end encryption; encrypted rooms will not be answered; rebuild with -tags goolm")
		} else if err := a.initCrypto(ctx); err != nil {
			return fmt.Errorf("matrix: end-to-end encryption: %w", err)
		}
	}
	if !cryptoAvailable || !a.cfg.EncryptionEnabled() {
		a.syncer.OnEventType(event.EventEncrypted, a.onUndecryptable)
	}
	a.displayName = a.userID.Localpart()
	if resp, err := a.cli.GetOwnDisplayName(ctx); err == nil && strings.TrimSpace(resp.DisplayName) != "" {
		a.displayName = resp.DisplayName
	} else if err != nil {
		a.log.Debug("no display name; mentions match the user ID's localpart", "err", err)
	}
	a.mentionRe = a.nameRe()
	a.log.Info("matrix adapter logged in", "user_id", a.userID, "device_id", a.cli.DeviceID,
		"encryption", a.crypto.enabled, "command_prefix", a.cfg.CommandPrefix)
	close(a.ready)
	return nil
}

// Keys of the values the adapter keeps in the store.
func (a *Adapter) key(name string) string { return "matrix/" + string(a.userID) + "/" + name }

// login restores or creates the session: the configured access token, a
// stored one from a previous password login, or a new password login that
// reuses the stored device ID.
func (a *Adapter) login(ctx context.Context) error {
	storedDevice, err := a.getKV(ctx, "device_id")
	if err != nil {
		return err
	}
	if a.cfg.AccessToken != "" {
		a.cli.AccessToken = a.cfg.AccessToken
		who, err := a.cli.Whoami(ctx)
		if err != nil {
			return fmt.Errorf("matrix: check access token (matrix.access_token): %w", err)
		}
		if who.UserID != a.userID {
			return fmt.Errorf("matrix.access_token: belongs to %s, not matrix.user_id %s", who.UserID, a.userID)
		}
		a.cli.DeviceID = id.DeviceID(a.cfg.DeviceID)
		if who.DeviceID != "" {
			if a.cfg.DeviceID != "" && who.DeviceID != id.DeviceID(a.cfg.DeviceID) {
				return fmt.Errorf("matrix.device_id: %s, but the access token belongs to device %s", a.cfg.DeviceID, who.DeviceID)
			}
			a.cli.DeviceID = who.DeviceID
		}
		if a.cli.DeviceID == "" {
			return errors.New("matrix.device_id: required: the homeserver did not say which device the access token belongs to")
		}
		return a.putKV(ctx, "device_id", string(a.cli.DeviceID))
	}

	if token, err := a.getKV(ctx, "access_token"); err != nil {
		return err
	} else if token != "" && storedDevice != "" {
		a.cli.AccessToken = token
		who, err := a.cli.Whoami(ctx)
		switch {
		case err == nil && who.UserID == a.userID:
			a.cli.DeviceID = id.DeviceID(storedDevice)
			return nil
		case err != nil && !errors.Is(err, mautrix.MUnknownToken):
			return fmt.Errorf("matrix: check stored access token: %w", err)
		}
		a.log.Info("stored access token no longer valid; logging in again with the same device", "device_id", storedDevice)
		a.cli.AccessToken = ""
	}
	resp, err := a.cli.Login(ctx, &mautrix.ReqLogin{
		Type:                     mautrix.AuthTypePassword,
		Identifier:               mautrix.UserIdentifier{Type: mautrix.IdentifierTypeUser, User: a.userID.Localpart()},
		Password:                 a.cfg.Password,
		DeviceID:                 id.DeviceID(storedDevice),
		InitialDeviceDisplayName: a.cfg.DeviceName,
		StoreCredentials:         true,
	})
	if err != nil {
		return fmt.Errorf("matrix: password login as %s (matrix.password): %w", a.userID, err)
	}
	if resp.UserID != a.userID {
		return fmt.Errorf("matrix.user_id: logged in as %s, not %s", resp.UserID, a.userID)
	}
	if err := a.putKV(ctx, "device_id", string(resp.DeviceID)); err != nil {
		return err
	}
	return a.putKV(ctx, "access_token", resp.AccessToken)
}

func (a *Adapter) getKV(ctx context.Context, name string) (string, error) {
	v, err := a.st.Get(ctx, a.key(name))
	if errors.Is(err, store.ErrNotFound) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("matrix: read %s: %w", name, err)
	}
	return v, nil
}

func (a *Adapter) putKV(ctx context.Context, name, value string) error {
	if err := a.st.Put(ctx, a.key(name), value); err != nil {
		return fmt.Errorf("matrix: save %s: %w", name, err)
	}
	return nil
}

// pickleKey returns the key encrypting the crypto store: the configured
// one, or one generated once and kept in the store.
func (a *Adapter) pickleKey(ctx context.Context) ([]byte, error) {
	if a.cfg.PickleKey != "" {
		return []byte(a.cfg.PickleKey), nil
	}
	const name = "matrix/pickle_key"
	v, err := a.st.Get(ctx, name)
	if err == nil {
		return []byte(v), nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("read pickle key: %w", err)
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("generate pickle key: %w", err)
	}
	v = hex.EncodeToString(b)
	if err := a.st.Put(ctx, name, v); err != nil {
		return nil, fmt.Errorf("save pickle key: %w", err)
	}
	return []byte(v), nil
}
