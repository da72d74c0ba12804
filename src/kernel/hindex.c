/*
 * hindex.c: the index table behind dict and set (see hindex.h for the layout, the probe
 * protocol and the invariants).
 *
 * Every slot read checks the index against the current table size (find_ident: once per
 * probe run, for all the run's slots) and every entry index read from a slot is checked
 * against nent, so no caller mistake (or a table mutated by a
 * Python callback between two probe steps) can make this code read or write outside its
 * chunks. Old chunks are never freed here: a rebuild allocates new ones and leaves the
 * old ones to the collector.
 */
#include "hindex.h"

#include <string.h>

#include "checked.h"

void hindex_init(HIndex *t, size_t width) {
    t->slots = NULL;
    t->nslots = 0;
    t->hashes = NULL;
    t->hcap = 0;
    t->nent = 0;
    t->used = 0;
    t->fill = 0;
    t->width = (width == 2) ? 2 : 1;
    t->layout = 0;
}

size_t hindex_size_for(size_t minused) {
    size_t n = HINDEX_MINSIZE;
#ifdef FRAMAC_WP /* tests/verify/wp_hindex.c */
    /*@ loop invariant HINDEX_MINSIZE <= n <= HINDEX_MAX_SLOTS;
        loop assigns n;
        loop variant HINDEX_MAX_SLOTS - n; */
#endif
    while (n <= minused) {
        if (n > HINDEX_MAX_SLOTS / 2) return 0;
        n *= 2;
    }
    return n;
}

// The probe step. Wraps on purpose (CPython's recurrence is defined modulo 2^64 and then
// masked); kept apart so the proof treats it as a pure function of its inputs.
static size_t next_base(size_t base, uint64_t perturb, size_t mask) {
    uint64_t b = (uint64_t)base;
    uint64_t n = b * 5u + 1u + perturb;
    return (size_t)(n & (uint64_t)mask);
}

// Slots in a run starting at [base]: the linear probes only when they fit before the end.
static size_t run_length(size_t base, size_t mask) {
    if (mask >= HINDEX_LINEAR && base <= mask - HINDEX_LINEAR) return HINDEX_LINEAR + 1;
    return 1;
}

// Bound on probe runs: perturb reaches 0 after at most 13 shifts, after which
// base -> 5 * base + 1 (mod a power of two >= 8) visits every slot within nslots steps.
static size_t run_bound(size_t nslots) { return nslots + 16; }

// A used slot holds the entry index in its low IX_BITS bits and a tag folded from the
// entry's hash above them, so a probe skips most non-matching entries without touching
// the (cache-cold) hash array. Free slots are the negative EMPTY/DUMMY values.
#define IX_BITS 40
#define IX_MASK (((uint64_t)1 << IX_BITS) - 1u)
#define TAG_MASK (((uint64_t)1 << 23) - 1u)

static uint64_t hash_tag(uint64_t h) { return (h ^ (h >> 23) ^ (h >> 46)) & TAG_MASK; }

static int64_t slot_enc(size_t e, uint64_t hash) {
    return (int64_t)((hash_tag(hash) << IX_BITS) | ((uint64_t)e & IX_MASK));
}

// The entry index of a used slot value [v] (negative values are returned unchanged).
#ifdef FRAMAC_WP /* tests/verify/wp_hindex.c */
/*@ assigns \nothing;
    ensures v < 0 ==> \result == v; */
#endif
static int64_t slot_ix(int64_t v) { return v < 0 ? v : (int64_t)((uint64_t)v & IX_MASK); }

// hindex_probe_init, inlined into hindex_find_ident_probe (a call per set add/discard).
static inline __attribute__((always_inline)) void probe_init(const HIndex *t, int64_t hash,
                                                             HProbe *p) {
    p->hash = (uint64_t)hash;
    p->tag = hash_tag((uint64_t)hash);
    p->perturb = (uint64_t)hash;
    p->nslots = t->nslots;
    p->layout = t->layout;
    p->off = 0;
    p->runs = 0;
    p->freeslot = HINDEX_NOSLOT;
    p->slot = HINDEX_NOSLOT;
    if (t->nslots == 0) {
        p->base = 0;
        p->runlen = 0;
        return;
    }
    size_t mask = t->nslots - 1;
    p->base = (size_t)(p->hash & (uint64_t)mask);
    p->runlen = run_length(p->base, mask);
}

void hindex_probe_init(const HIndex *t, int64_t hash, HProbe *p) { probe_init(t, hash, p); }

int64_t hindex_probe_next(const HIndex *t, HProbe *p) {
    if (p->layout != t->layout || p->nslots != t->nslots) return HINDEX_STALE;
    if (t->nslots == 0 || t->slots == NULL) {
        // no table: p->off is the next entry to look at
        for (size_t e = p->off; e < t->nent; e++) {
            if (K_FAILS(e >= t->hcap)) return HINDEX_BAD;
            if ((uint64_t)t->hashes[e] == p->hash) {
                p->off = e + 1;
                p->slot = e;
                return (int64_t)e;
            }
        }
        p->off = t->nent;
        p->slot = HINDEX_NOSLOT;
        return HINDEX_END;
    }
    // The probe state lives in locals while scanning (the build has no strict aliasing,
    // so through [p] every field would be reloaded and stored per slot) and is written
    // back on every exit: the sequence of slots visited and the results are unchanged.
    const int64_t *slots = t->slots;
    size_t nslots = t->nslots, mask = nslots - 1;
    size_t base = p->base, off = p->off, runlen = p->runlen, freeslot = p->freeslot;
    uint64_t tag = p->tag;
    int64_t res;
    for (;;) {
        // a run never extends past the table (run_length); checked once per run
        if (K_FAILS(off < runlen && (base >= nslots || runlen > nslots - base))) {
            res = HINDEX_BAD;
            goto out;
        }
        while (off < runlen) {
            size_t s = base + off;
            off++;
            // Implied by the per-run check above; repeated per slot so the bound is
            // local to the access (Eva proves it without relating base, off and runlen).
            if (s >= nslots) {
                res = HINDEX_BAD;
                goto out;
            }
            int64_t v = slots[s];
            if (v >= 0) {
                if (((uint64_t)v >> IX_BITS) != tag) continue;
                int64_t ix = slot_ix(v);
                // nent <= hcap is an invariant; checked too, as hindex_find_ident does, so
                // a broken table cannot make this read outside the hash array
                if (K_FAILS((uint64_t)ix >= (uint64_t)t->nent || (uint64_t)ix >= (uint64_t)t->hcap)) {
                    res = HINDEX_BAD;
                    goto out;
                }
                if ((uint64_t)t->hashes[ix] == p->hash) {
                    p->slot = s;
                    res = ix;
                    goto out;
                }
            } else if (v == HINDEX_DUMMY) {
                freeslot = s;
            } else if (v == HINDEX_EMPTY) {
                p->slot = (freeslot != HINDEX_NOSLOT) ? freeslot : s;
                res = HINDEX_END;
                goto out;
            } else {
                res = HINDEX_BAD;
                goto out;
            }
        }
        p->runs++;
        if (K_FAILS(p->runs > run_bound(nslots))) {
            res = HINDEX_BAD;
            goto out;
        }
        p->perturb >>= HINDEX_PERTURB_SHIFT;
        base = next_base(base, p->perturb, mask);
        runlen = run_length(base, mask);
        off = 0;
    }
out:
    p->base = base;
    p->off = off;
    p->runlen = runlen;
    p->freeslot = freeslot;
    return res;
}

// One slot [s] of find_ident's walk (below): false to go on with the next slot, true when
// *res is the walk's result. DUMMY is tested first (a chain crosses many dummies and ends
// at one EMPTY): a dummy costs a load and one test. [slots] is t's, in a local (the
// stores through the pointer arguments could otherwise alias it). The caller has checked
// s < t->nslots (once per run, not per slot: find_ident).
static inline __attribute__((always_inline)) bool
ident_slot(const HIndex *t, const ValVec *ents, const int64_t *slots, uint64_t h, uint64_t tag,
           Value key, size_t s, size_t *freeslot, size_t *slot, int64_t *res) {
    int64_t v = slots[s];
    if (v == HINDEX_DUMMY) {
        *freeslot = s;
        return false;
    }
    if (v < 0) {
        if (K_FAILS(v != HINDEX_EMPTY)) {
            *res = HINDEX_BAD;
            return true;
        }
        *slot = *freeslot != HINDEX_NOSLOT ? *freeslot : s;
        *res = HINDEX_END;
        return true;
    }
    if (((uint64_t)v >> IX_BITS) != tag) return false;
    uint64_t ix = (uint64_t)v & IX_MASK;
    if (K_FAILS(ix >= (uint64_t)t->nent || ix >= (uint64_t)t->hcap)) {
        *res = HINDEX_BAD;
        return true;
    }
    if ((uint64_t)t->hashes[ix] != h) return false;
    size_t k;
    if (!size_mul((size_t)ix, t->width, &k) || K_FAILS(k >= ents->len)) {
        *res = HINDEX_BAD;
        return true;
    }
    if (ents->items[k] != key) {
        *res = HINDEX_STALE;
        return true;
    }
    *slot = s;
    *res = (int64_t)ix;
    return true;
}

// find_ident for an index with no table: the entries in order (an entry's "slot" is its
// index, so a found entry needs no out-parameter: the caller's frame then holds no
// addressed local, and no stack-protector canary).
static int64_t find_ident_linear(const HIndex *t, const ValVec *ents, int64_t hash, Value key) {
    size_t w = t->width;
    for (size_t e = 0; e < t->nent; e++) {
        if (K_FAILS(e >= t->hcap)) return HINDEX_BAD;
        if (t->hashes[e] != hash) continue;
        size_t k;
        if (!size_mul(e, w, &k) || K_FAILS(k >= ents->len)) return HINDEX_BAD;
        Value v = ents->items[k];
        if (v == VAL_NULL) continue; // a hole
        if (v != key) return HINDEX_STALE;
        return (int64_t)e;
    }
    return HINDEX_END;
}

// The identity walk of hindex_find_ident; *slot gets the slot of the entry found, or after
// HINDEX_END the slot hindex_probe_next would have left in p->slot (the last DUMMY seen,
// else the EMPTY slot that ended the chain). A run is 1 or HINDEX_LINEAR + 1 slots
// (run_length); the long one is walked with constant offsets from its base. Its bound is
// checked once per run: a long run starts at base <= mask - HINDEX_LINEAR, so its last
// slot base + HINDEX_LINEAR <= mask < nslots (nqueens' chains cross ~12 slots a lookup,
// mostly dummies: a per-slot test was a third of a dummy's cost).
static inline __attribute__((always_inline)) int64_t
find_ident(const HIndex *t, const ValVec *ents, int64_t hash, Value key, size_t *slot) {
    *slot = HINDEX_NOSLOT;
    if (t->nslots == 0 || t->slots == NULL) {
        int64_t r = find_ident_linear(t, ents, hash, key);
        if (r >= 0) *slot = (size_t)r;
        return r;
    }
    size_t freeslot = HINDEX_NOSLOT;
    const int64_t *slots = t->slots;
    size_t nslots = t->nslots, mask = nslots - 1;
    uint64_t h = (uint64_t)hash, tag = hash_tag(h), perturb = h;
    size_t base = (size_t)(h & (uint64_t)mask), bound = run_bound(nslots);
    int64_t res = HINDEX_BAD; // (set by ident_slot whenever it returns true)
    for (size_t runs = 0; runs <= bound; runs++) {
        if (K_FAILS(base >= nslots)) return HINDEX_BAD; // (base is masked: never)
        if (mask >= HINDEX_LINEAR && base <= mask - HINDEX_LINEAR) { // run_length's long run
#pragma GCC unroll 10
            for (size_t j = 0; j < HINDEX_LINEAR + 1; j++)
                if (ident_slot(t, ents, slots, h, tag, key, base + j, &freeslot, slot, &res))
                    return res;
        } else if (ident_slot(t, ents, slots, h, tag, key, base, &freeslot, slot, &res)) {
            return res;
        }
        perturb >>= HINDEX_PERTURB_SHIFT;
        base = next_base(base, perturb, mask);
    }
    return HINDEX_BAD;
}

int64_t hindex_find_ident(const HIndex *t, const ValVec *ents, int64_t hash, Value key) {
    size_t slot;
    return find_ident(t, ents, hash, key, &slot);
}

int64_t hindex_find_ident_probe(const HIndex *t, const ValVec *ents, int64_t hash, Value key,
                                HProbe *p) {
    probe_init(t, hash, p);
    size_t slot;
    int64_t r = find_ident(t, ents, hash, key, &slot);
    if (r >= 0 || r == HINDEX_END) p->slot = slot;
    return r;
}

int64_t hindex_slot(const HIndex *t, size_t s) {
    if (t->slots == NULL || s >= t->nslots) return HINDEX_EMPTY;
    return slot_ix(t->slots[s]);
}

bool hindex_entry_hash(const HIndex *t, size_t e, int64_t *out) {
    if (e >= t->nent || e >= t->hcap || t->hashes == NULL) return false;
    *out = t->hashes[e];
    return true;
}

size_t hindex_slot_of(const HIndex *t, size_t e) {
    int64_t hash;
    if (!hindex_entry_hash(t, e, &hash)) return HINDEX_NOSLOT;
    HProbe p;
    hindex_probe_init(t, hash, &p);
    for (;;) {
        int64_t ix = hindex_probe_next(t, &p);
        if (ix < 0) return HINDEX_NOSLOT;
        if ((uint64_t)ix == (uint64_t)e) return p.slot;
    }
}

// A fresh slot array of [n] slots, all EMPTY (every byte 0xff makes -1).
static int64_t *new_slots(Heap *h, size_t n) {
    size_t bytes;
    if (n == 0 || n > HINDEX_MAX_SLOTS || !size_mul(n, sizeof(int64_t), &bytes)) return NULL;
    int64_t *s = heap_new_small(h, bytes, HEAP_RAW);
    if (s == NULL) return NULL;
    memset(s, 0xff, bytes);
    return s;
}

static bool consistent(const HIndex *t, const ValVec *ents) {
    size_t want;
    if (t->width != 1 && t->width != 2) return false;
    if (!size_mul(t->nent, t->width, &want)) return false;
    if (ents->len != want || t->nent > t->hcap || t->used > t->nent) return false;
    if (t->nslots != 0 && t->fill >= t->nslots) return false;
    return true;
}

// Removes holes, remapping slot values. Leaves everything unchanged on K_NOMEM.
static KStatus compact(Heap *h, HIndex *t, ValVec *ents) {
    if (t->used == t->nent) return K_OK;
    size_t bytes;
    if (!size_mul(t->nent, sizeof(int64_t), &bytes)) return K_OVERFLOW;
    int64_t *map = heap_new(h, bytes, HEAP_RAW);
    if (map == NULL) return K_NOMEM;
    size_t w = t->width;
    size_t j = 0;
    for (size_t i = 0; i < t->nent; i++) {
        if (ents->items[i * w] == VAL_NULL) {
            map[i] = HINDEX_EMPTY;
            continue;
        }
        map[i] = (int64_t)j;
        if (j != i) {
            for (size_t k = 0; k < w; k++) ents->items[j * w + k] = ents->items[i * w + k];
            t->hashes[j] = t->hashes[i];
        }
        j++;
    }
    for (size_t i = j * w; i < t->nent * w; i++) ents->items[i] = VAL_NULL;
    ents->len = j * w;
    for (size_t s = 0; s < t->nslots; s++) {
        int64_t ix = slot_ix(t->slots[s]);
        if (ix < 0) continue;
        if ((uint64_t)ix < (uint64_t)t->nent && map[ix] >= 0)
            t->slots[s] = slot_enc((size_t)map[ix], (uint64_t)t->hashes[map[ix]]);
        else
            t->slots[s] = HINDEX_DUMMY;
    }
    t->nent = j;
    t->used = j;
    t->layout++;
    return K_OK;
}

KStatus hindex_compact(Heap *h, HIndex *t, ValVec *ents) {
    if (K_FAILS(!consistent(t, ents))) return K_INVALID;
    return compact(h, t, ents);
}

// The hash array [hs] of capacity [cap], about to be dropped: zeroed when it is small
// enough to be an HInline's (it may live inside the owner's scanned chunk, which outlives
// the move: hindex.h).
static void drop_small_hashes(int64_t *hs, size_t cap) {
    if (hs == NULL || cap > HINDEX_INLINE) return;
    for (size_t i = 0; i < cap; i++) hs[i] = 0;
}

// The entries' array, about to be dropped: its Values zeroed when it is small enough to
// be an HInline's (so the dropped array keeps no key or value alive). [ents] unchanged
// otherwise (the caller then replaces or clears its array).
static void drop_small_ents(const ValVec *ents) {
    if (ents->items == NULL || ents->cap > 2 * HINDEX_INLINE || ents->len > ents->cap) return;
    for (size_t i = 0; i < ents->len; i++) ents->items[i] = VAL_NULL;
}

// Appends the entry's Values and hash; returns its index in *e. Nothing changes on error.
// Grows the hash array to at least [want] entries (want <= HINDEX_MAX_SLOTS).
static KStatus reserve_hashes(Heap *h, HIndex *t, size_t want) {
    if (want <= t->hcap) return K_OK;
    if (want > HINDEX_MAX_SLOTS) return K_OVERFLOW;
    int64_t *nh = heap_new_small(h, want * sizeof(int64_t), HEAP_RAW);
    if (nh == NULL) return K_NOMEM;
    if (t->nent > 0) memcpy(nh, t->hashes, t->nent * sizeof(int64_t));
    drop_small_hashes(t->hashes, t->hcap);
    t->hashes = nh;
    t->hcap = want;
    return K_OK;
}

// Grows the entries to a capacity of exactly [want] Values (vec_reserve would round up
// by its growth step: 10 Values became 11, an 88-byte chunk in the 96-byte class).
static KStatus reserve_ents(Heap *h, ValVec *ents, size_t want) {
    if (want <= ents->cap) return K_OK;
    if (want > VEC_MAX_LEN || ents->len > ents->cap) return K_OVERFLOW;
    Value *n = heap_new_small(h, want * sizeof(Value), HEAP_SCAN);
    if (n == NULL) return K_NOMEM;
    if (ents->len > 0) memcpy(n, ents->items, ents->len * sizeof(Value));
    drop_small_ents(ents);
    ents->items = n;
    ents->cap = want;
    return K_OK;
}

static KStatus push_entry(Heap *h, HIndex *t, ValVec *ents, int64_t hash, Value key, Value val,
                          size_t *e) {
    if (t->nent >= HINDEX_MAX_SLOTS || (uint64_t)t->nent >= IX_MASK) return K_OVERFLOW;
    if (t->nent == t->hcap) {
        // first 5 hashes, like the entries below (8 bytes a hash: a small dict's first
        // hash array is a 40-byte chunk, not 64)
        size_t ncap = t->hcap < 5 ? 5 : t->hcap + t->hcap / 2;
        if (ncap > HINDEX_MAX_SLOTS) ncap = HINDEX_MAX_SLOTS;
        KStatus s = reserve_hashes(h, t, ncap);
        if (s != K_OK) return s;
    }
    // The first entries array holds 5 entries (what a fresh 8-slot table takes before
    // it grows): a small object's attribute dict then allocates it once, not twice.
    // (An array below 5 entries, an HInline's or a presized one, also grows to 5: through
    // reserve_ents, which zeroes an HInline's array as it leaves it.)
    size_t want = ents->len + t->width;
    if (want > ents->cap) { // vec_reserve's own first test, without the call
        KStatus s = ents->cap < 5 * t->width && want <= 5 * t->width
                        ? reserve_ents(h, ents, 5 * t->width)
                        : vec_reserve(h, ents, want);
        if (s != K_OK) return s;
    }
    ents->items[ents->len] = key;
    ents->len++;
    if (t->width == 2) {
        ents->items[ents->len] = val;
        ents->len++;
    }
    t->hashes[t->nent] = hash;
    *e = t->nent;
    t->nent++;
    return K_OK;
}

// First EMPTY slot on [hash]'s chain in [slots] (n slots, at least one EMPTY), or
// HINDEX_NOSLOT when the bound is hit.
static size_t find_empty(const int64_t *slots, size_t n, int64_t hash) {
    size_t mask = n - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t base = (size_t)((uint64_t)hash & (uint64_t)mask);
    for (size_t runs = 0; runs <= run_bound(n); runs++) {
        size_t len = run_length(base, mask);
        for (size_t off = 0; off < len; off++) {
            // base < n and a run never passes the end (run_length); checked per slot so
            // the bound is local to the access (Eva)
            if (base + off >= n) return HINDEX_NOSLOT;
            if (slots[base + off] == HINDEX_EMPTY) return base + off;
        }
        perturb >>= HINDEX_PERTURB_SHIFT;
        base = next_base(base, perturb, mask);
    }
    return HINDEX_NOSLOT;
}

// Places every entry of [t] (compacted: all live) in the fresh table [ns] of [n] slots,
// in entry order; the number placed, or HINDEX_NOSLOT when a chain has no EMPTY slot.
static size_t place_entries(const HIndex *t, int64_t *ns, size_t n) {
    for (size_t e = 0; e < t->nent; e++) {
        if (K_FAILS(e >= t->hcap)) return HINDEX_NOSLOT;
        size_t slot = find_empty(ns, n, t->hashes[e]);
        if (slot == HINDEX_NOSLOT) return HINDEX_NOSLOT;
        ns[slot] = slot_enc(e, (uint64_t)t->hashes[e]);
    }
    return t->nent;
}

// Makes the first table when there is none, holding the entries there are (a small map's).
static KStatus ensure_table(Heap *h, HIndex *t, ValVec *ents) {
    if (t->nslots != 0 && t->slots != NULL) return K_OK;
    size_t n = hindex_size_for(t->used);
    if (n == 0) return K_OVERFLOW;
    int64_t *s = new_slots(h, n);
    if (s == NULL) return K_NOMEM;
    KStatus st = compact(h, t, ents);
    if (st != K_OK) return st;
    size_t placed = place_entries(t, s, n);
    if (placed == HINDEX_NOSLOT) return K_INVALID;
    t->slots = s;
    t->nslots = n;
    t->fill = placed;
    t->layout++;
    return K_OK;
}

// Writes entry [e] at slot [s] (EMPTY or DUMMY), updating fill/used.
static void occupy(HIndex *t, size_t s, size_t e) {
    if (t->slots[s] == HINDEX_EMPTY) t->fill++;
    t->slots[s] = slot_enc(e, (uint64_t)t->hashes[e]);
    t->used++;
}

// Before appending: reclaims holes when the entries outgrow the table.
static KStatus maybe_compact(Heap *h, HIndex *t, ValVec *ents) {
    if (t->nent >= t->nslots && t->used < t->nent) return compact(h, t, ents);
    return K_OK;
}

KStatus hindex_insert(Heap *h, HIndex *t, ValVec *ents, const HProbe *p, int64_t hash,
                      Value key, Value val, size_t *entry_out) {
    if (K_FAILS(!consistent(t, ents))) return K_INVALID;
    if (t->nslots == 0) {
        if (p->nslots != 0) return K_INVALID;
        KStatus s = hindex_insert_clean(h, t, ents, hash, key, val);
        if (s == K_OK) *entry_out = t->nent - 1;
        return s;
    }
    // Not K_FAILS: a probe gone stale, or whose insertion slot (a DUMMY seen before an
    // __eq__ ran) was taken by an insert from that __eq__, is a normal outcome: the
    // callers (dict.c, set.c) look the key up again.
    if (!hindex_probe_valid(t, p) || p->slot >= t->nslots) return K_INVALID;
    int64_t cur = t->slots[p->slot];
    if (cur != HINDEX_EMPTY && cur != HINDEX_DUMMY) return K_INVALID;
    if (cur == HINDEX_EMPTY && t->fill + 1 >= t->nslots) return K_OVERFLOW;
    KStatus s = maybe_compact(h, t, ents);
    if (s != K_OK) return s;
    size_t e = 0;
    s = push_entry(h, t, ents, hash, key, val, &e);
    if (s != K_OK) return s;
    occupy(t, p->slot, e);
    *entry_out = e;
    return K_OK;
}

KStatus hindex_insert_clean(Heap *h, HIndex *t, ValVec *ents, int64_t hash, Value key,
                            Value val) {
    if (K_FAILS(!consistent(t, ents))) return K_INVALID;
    if (t->nslots == 0 && t->width == 2 && t->nent < HINDEX_SMALL) {
        size_t e = 0;
        KStatus s = push_entry(h, t, ents, hash, key, val, &e);
        if (s == K_OK) t->used++;
        return s;
    }
    KStatus s = ensure_table(h, t, ents);
    if (s != K_OK) return s;
    if (t->fill + 1 >= t->nslots) return K_OVERFLOW;
    size_t slot = find_empty(t->slots, t->nslots, hash);
    if (slot == HINDEX_NOSLOT) return K_INVALID;
    s = maybe_compact(h, t, ents);
    if (s != K_OK) return s;
    size_t e = 0;
    s = push_entry(h, t, ents, hash, key, val, &e);
    if (s != K_OK) return s;
    occupy(t, slot, e);
    return K_OK;
}

KStatus hindex_delete(HIndex *t, ValVec *ents, size_t s) {
    if (K_FAILS(!consistent(t, ents))) return K_INVALID;
    bool table = t->nslots != 0 && t->slots != NULL;
    if (table && s >= t->nslots) return K_RANGE;
    int64_t ix = table ? slot_ix(t->slots[s]) : (s < t->nent ? (int64_t)s : -1);
    if (ix < 0 || (uint64_t)ix >= (uint64_t)t->nent) return K_RANGE;
    size_t w = t->width, k;
    // e < nent and ents->len == nent * w (consistent) keep the entry's Values in range;
    // checked again here, next to the accesses (Eva does not relate len to nent)
    if (!size_mul((size_t)ix, w, &k) || K_FAILS(k >= ents->len || w > ents->len - k))
        return K_INVALID;
    if (ents->items[k] == VAL_NULL) return K_RANGE;
    ents->items[k] = VAL_NULL;
    if (w == 2 && k + 1 < ents->len) ents->items[k + 1] = VAL_NULL;
    if (table) t->slots[s] = HINDEX_DUMMY;
    t->used--;
    return K_OK;
}

void hindex_trim(HIndex *t, ValVec *ents) {
    if (!consistent(t, ents)) return;
    size_t w = t->width;
    while (t->nent > 0 && ents->items[(t->nent - 1) * w] == VAL_NULL) {
        t->nent--;
        ents->len -= w;
    }
}

size_t hindex_capacity(const HIndex *t) {
    if (t->nslots != 0) return t->nslots * 2 / 3;
    return t->width == 2 ? HINDEX_SMALL : 0;
}

KStatus hindex_reserve(Heap *h, HIndex *t, ValVec *ents, size_t n) {
    if (K_FAILS(!consistent(t, ents))) return K_INVALID;
    if (t->nslots != 0 || t->nent != 0 || n == 0 || n > HINDEX_SMALL) return K_INVALID;
    KStatus s = reserve_hashes(h, t, n);
    if (s != K_OK) return s;
    return reserve_ents(h, ents, n * t->width);
}

KStatus hindex_resize(Heap *h, HIndex *t, ValVec *ents, size_t minused) {
    if (K_FAILS(!consistent(t, ents))) return K_INVALID;
    // the first (minimum) table of an index given room by hindex_reserve keeps that room
    bool presized = t->nslots == 0 && t->hcap != 0 && hindex_size_for(minused) == HINDEX_MINSIZE;
    size_t n = hindex_size_for(minused);
    if (n == 0) return K_OVERFLOW;
    if (t->used >= n) return K_INVALID;
    int64_t *ns = new_slots(h, n);
    if (ns == NULL) return K_NOMEM;
    KStatus s = compact(h, t, ents);
    if (s != K_OK) return s;
    size_t placed = 0;
    if (t->nslots == 0) placed = place_entries(t, ns, n);
    if (placed == HINDEX_NOSLOT) return K_INVALID;
    for (size_t i = 0; i < t->nslots; i++) {
        int64_t v = t->slots[i];
        int64_t ix = slot_ix(v);
        if (ix < 0) continue;
        if ((uint64_t)ix >= (uint64_t)t->nent) return K_INVALID;
        size_t slot = find_empty(ns, n, t->hashes[ix]);
        if (slot == HINDEX_NOSLOT) return K_INVALID;
        ns[slot] = v;
        placed++;
    }
    if (placed != t->used) return K_INVALID;
    t->slots = ns;
    t->nslots = n;
    t->fill = placed;
    t->layout++;
    // Room for exactly the entries this table takes before its next rebuild (2/3 of the
    // slots, the objects layer's rule: CPython's dk_usable), so appends neither regrow
    // the arrays step by step nor leave unused room (an 8-slot table: 5 entries, a
    // 40-byte hash array and an 80-byte entry array). Failure here is harmless.
    size_t room = n * 2 / 3; // n <= HINDEX_MAX_SLOTS: no overflow
    if (!presized && reserve_hashes(h, t, room) == K_OK) {
        KStatus s2 = reserve_ents(h, ents, room * t->width);
        (void)s2;
    }
    return K_OK;
}

KStatus hindex_copy(Heap *h, HIndex *dst, ValVec *dents, const HIndex *src,
                    const ValVec *sents) {
    if (dst == src || !consistent(src, sents)) return K_INVALID;
    HIndex n = *src;
    n.layout = dst->layout + 1;
    if (src->nslots != 0) {
        n.slots = new_slots(h, src->nslots);
        if (n.slots == NULL) return K_NOMEM;
        memcpy(n.slots, src->slots, src->nslots * sizeof(int64_t));
    }
    if (src->hcap != 0) {
        n.hashes = heap_new(h, src->hcap * sizeof(int64_t), HEAP_RAW);
        if (n.hashes == NULL) return K_NOMEM;
        if (src->nent > 0) memcpy(n.hashes, src->hashes, src->nent * sizeof(int64_t));
    }
    ValVec ne;
    KStatus s = vec_copy_range(h, &ne, sents, 0, sents->len);
    if (s != K_OK) return s;
    s = compact(h, &n, &ne);
    if (s != K_OK) return s;
    drop_small_hashes(dst->hashes, dst->hcap);
    drop_small_ents(dents);
    *dst = n;
    *dents = ne;
    return K_OK;
}

void hindex_clear(HIndex *t, ValVec *ents) {
    drop_small_hashes(t->hashes, t->hcap);
    drop_small_ents(ents);
    t->slots = NULL;
    t->nslots = 0;
    t->hashes = NULL;
    t->hcap = 0;
    t->nent = 0;
    t->used = 0;
    t->fill = 0;
    t->layout++;
    vec_clear(ents);
}

KStatus hindex_init_inline(HIndex *t, ValVec *ents, HInline *s) {
    if (t->width != 2 || t->nslots != 0 || t->slots != NULL || t->hashes != NULL ||
        t->hcap != 0 || t->nent != 0 || t->used != 0 || ents->items != NULL ||
        ents->cap != 0 || ents->len != 0)
        return K_INVALID;
    for (size_t i = 0; i < HINDEX_INLINE; i++) s->hashes[i] = 0;
    for (size_t i = 0; i < 2 * HINDEX_INLINE; i++) s->ents[i] = VAL_NULL;
    t->hashes = s->hashes;
    t->hcap = HINDEX_INLINE;
    ents->items = s->ents;
    ents->cap = 2 * HINDEX_INLINE;
    return K_OK;
}

KStatus hindex_append_small(HIndex *t, ValVec *ents, int64_t hash, Value key, Value val) {
    if (t->nslots != 0 || t->width != 2 || t->nent >= HINDEX_SMALL) return K_OVERFLOW;
    // the index's invariants, as consistent() checks them (nent < HINDEX_SMALL: no
    // overflow below), then room in both arrays
    if (K_FAILS(ents->len != 2 * t->nent || t->nent > t->hcap || t->used > t->nent ||
                ents->len > ents->cap))
        return K_INVALID;
    if (t->nent == t->hcap || t->hashes == NULL || ents->cap - ents->len < 2 ||
        ents->items == NULL)
        return K_OVERFLOW;
    size_t e = t->nent;
    ents->items[2 * e] = key;
    ents->items[2 * e + 1] = val;
    ents->len = 2 * e + 2;
    t->hashes[e] = hash;
    t->nent = e + 1;
    t->used++;
    return K_OK;
}
