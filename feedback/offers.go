package feedback

import (
	"context"
	"sync"
	"time"
)

// OfferKey names an open "what was wrong?" offer: the voter in the thread
// the offer was posted in. A later offer under the same key replaces it.
type OfferKey struct {
	Platform, Room, Thread, User string
}

// Offers keeps the "what was wrong?" offers a 👎 opens on platforms where
// the reason comes back as an ordinary message (Matrix), until answered,
// withdrawn or expired. Package store keeps them in the database, so an
// offer outlives a restart and any replica can take its answer.
type Offers interface {
	// Offer opens (or replaces) the offer under k for the 👎 v until expires.
	Offer(ctx context.Context, k OfferKey, v Vote, expires time.Time) error
	// Take removes the offer under k and returns its vote; ok is false
	// when there is none, or it had expired by now. Of two concurrent
	// Takes of one offer, one gets it.
	Take(ctx context.Context, k OfferKey, now time.Time) (v Vote, ok bool, err error)
	// Drop removes the offers of platform and room whose vote's Ref is
	// ref (the 👎 was taken back).
	Drop(ctx context.Context, platform, room, ref string) error
}

// MemoryOffers keeps offers in the process, for a Store without Offers
// (and tests). The zero value is ready to use.
type MemoryOffers struct {
	mu sync.Mutex
	m  map[OfferKey]memoryOffer
}

type memoryOffer struct {
	vote    Vote
	expires time.Time
}

var _ Offers = (*MemoryOffers)(nil)

// Offer implements Offers; it also forgets offers that had expired
// when v was cast.
func (o *MemoryOffers) Offer(_ context.Context, k OfferKey, v Vote, expires time.Time) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.m == nil {
		o.m = map[OfferKey]memoryOffer{}
	}
	for key, x := range o.m {
		if x.expires.Before(v.At) {
			delete(o.m, key)
		}
	}
	o.m[k] = memoryOffer{vote: v, expires: expires}
	return nil
}

// Take implements Offers.
func (o *MemoryOffers) Take(_ context.Context, k OfferKey, now time.Time) (Vote, bool, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	x, found := o.m[k]
	delete(o.m, k)
	if !found || now.After(x.expires) {
		return Vote{}, false, nil
	}
	return x.vote, true, nil
}

// Drop implements Offers.
func (o *MemoryOffers) Drop(_ context.Context, platform, room, ref string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	for k, x := range o.m {
		if k.Platform == platform && k.Room == room && x.vote.Ref == ref {
			delete(o.m, k)
		}
	}
	return nil
}
