/*
 * hindex.h: the open-addressing index table behind dict, set and frozenset.
 *
 * A table is an array of integer slots (a HEAP_RAW chunk): HINDEX_EMPTY, HINDEX_DUMMY (a
 * deleted entry) or the index of an entry. The entries themselves live in the caller's
 * ValVec, [width] Values per entry (dict: key, value; set: key), in insertion order; the
 * hash of entry e is kept here in a parallel RAW array. A deleted entry is a hole: its
 * Values are VAL_NULL (so "key slot != VAL_NULL" means live) until a compaction.
 *
 * Probing is CPython 3.11's set scheme: start at hash & mask, look at up to
 * HINDEX_LINEAR + 1 consecutive slots when they fit before the end of the table, then
 * jump to (i * 5 + 1 + perturb) & mask with perturb >>= 5 first. A new key goes to the
 * last DUMMY slot seen on its chain, else to the EMPTY slot that ended the chain; resizes
 * re-insert the live entries in the order of their old slots. The objects layer keeps the
 * CPython growth rule, so iterating a set in slot order gives CPython's order.
 *
 * The kernel never compares keys (that needs Python __eq__, which may mutate the very
 * table being searched). A lookup is a probe loop driven by the caller:
 *     hindex_probe_init(t, hash, &p);
 *     for (;;) {
 *         int64_t e = hindex_probe_next(t, &p);     // candidate with an equal hash
 *         if (e < 0) break;                          // END (absent), STALE, BAD
 *         ...compare the key of entry e; after any callback re-check
 *         hindex_probe_valid(t, &p) and that entry e still holds the same key object;
 *         if not, start over...
 *     }
 * Every slot and entry access is bounds-checked against the current table, so a probe
 * outliving a mutation reports HINDEX_STALE instead of reading a stale slot.
 *
 * Small maps have no table: an index of width 2 keeps its first HINDEX_SMALL entries
 * (what a 16-slot table would take before a rebuild) in the entries and hashes
 * arrays only, saving the 64- or 128-byte slot array of every small dict (instance
 * __dict__s, keyword arguments, JSON objects). A probe then walks the entries in order, returning each one whose
 * hash is equal; a candidate may be a hole (a deleted entry: its key is VAL_NULL), which
 * the caller skips like any other non-matching key. Without a table "slot" means entry
 * index (HProbe.slot, hindex_slot_of, hindex_delete). The first insertion past
 * HINDEX_SMALL entries (or hindex_resize) builds the table. Sets (width 1) always have
 * a table once they have entries: their iteration order is the slot order.
 *
 * Invariants: nslots == 0 (no table, slots == NULL, fill == 0; width == 2 or nent == 0;
 * nent <= HINDEX_SMALL) or a power of two >= HINDEX_MINSIZE with
 * used <= fill < nslots (at least one EMPTY slot, so every probe chain ends);
 * used <= nent <= hcap; ents->len == nent * width; with a table every slot value >= 0 is
 * < nent and names a live entry, each live entry is named by exactly one slot.
 */
#ifndef SAFEPY_KERNEL_HINDEX_H
#define SAFEPY_KERNEL_HINDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "heap.h"
#include "kstatus.h"
#include "value.h"
#include "vec.h"

#define HINDEX_EMPTY ((int64_t)-1)
#define HINDEX_DUMMY ((int64_t)-2)
#define HINDEX_MINSIZE ((size_t)8)
#define HINDEX_LINEAR ((size_t)9)
#define HINDEX_PERTURB_SHIFT 5
/* Entries a map (width 2) index holds without a table: what a 16-slot table takes (10).
 * A 6..10-entry dict (a JSON object, a kwargs dict, a small record) then costs its two
 * arrays only, not also a 128-byte slot array; its look-ups walk at most 10 hashes. */
#define HINDEX_SMALL (HINDEX_MINSIZE * 2 * 2 / 3)
/* Largest table: slots * 8 bytes and entries * width * 8 bytes stay far from overflow. */
#define HINDEX_MAX_SLOTS ((size_t)1 << (sizeof(size_t) * 8 - 6))
#define HINDEX_NOSLOT SIZE_MAX

/* hindex_probe_next results (besides a candidate entry index >= 0). */
#define HINDEX_END ((int64_t)-1)   /* an EMPTY slot ended the chain: the key is absent */
#define HINDEX_STALE ((int64_t)-2) /* the table was rebuilt since hindex_probe_init */
#define HINDEX_BAD ((int64_t)-3)   /* broken invariant (no EMPTY slot, bad index) */

typedef struct HIndex {
    int64_t *slots;   /* RAW chunk of nslots slot values, or NULL */
    size_t nslots;
    int64_t *hashes;  /* RAW chunk: hash of entry e at [e], capacity hcap */
    size_t hcap;
    size_t nent;      /* entries, holes included */
    size_t used;      /* live entries */
    size_t fill;      /* slots that are not EMPTY (live + dummies) */
    size_t width;     /* Values per entry: 1 or 2 */
    uint64_t layout;  /* bumped whenever slots or entry indices are renumbered */
} HIndex;

typedef struct HProbe {
    uint64_t hash;
    uint64_t tag;     /* hash bits kept in used slots (filters candidates) */
    uint64_t perturb;
    size_t base;      /* first slot of the current run */
    size_t off;       /* next offset to read in the run */
    size_t runlen;    /* slots in the run: 1 or HINDEX_LINEAR + 1 */
    size_t runs;      /* runs started (bounds the loop) */
    size_t slot;      /* candidate's slot; after END the insertion slot (HINDEX_NOSLOT when
                         there is no table) */
    size_t freeslot;  /* last DUMMY slot seen, or HINDEX_NOSLOT */
    size_t nslots;    /* table size at init */
    uint64_t layout;  /* t->layout at init */
} HProbe;

/*@ requires \valid(t);
    assigns *t;
    ensures t->nslots == 0 && t->nent == 0 && t->used == 0 && t->fill == 0; */
/* Makes [t] an empty index with no table, for entries of [width] (1 or 2) Values. */
void hindex_init(HIndex *t, size_t width);

/* Smallest power of two > [minused] and >= HINDEX_MINSIZE (CPython's set_table_resize),
 * or 0 when that exceeds HINDEX_MAX_SLOTS. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_hindex.c; VERIFY.md rule 5) */
/*@ assigns \nothing;
    ensures \result == 0 || (HINDEX_MINSIZE <= \result <= HINDEX_MAX_SLOTS && \result > minused); */
#endif
size_t hindex_size_for(size_t minused);

/*@ requires \valid_read(t) && \valid(p);
    assigns *p; */
/* Starts a probe for [hash]. */
void hindex_probe_init(const HIndex *t, int64_t hash, HProbe *p);

/*@ requires \valid_read(t) && \valid(p);
    assigns *p; */
/* The next entry on the chain whose hash equals the probe's hash (>= 0, its slot in
 * p->slot), or HINDEX_END (p->slot is then where hindex_insert puts the key), HINDEX_STALE
 * or HINDEX_BAD. With no table: the next entry in order with an equal hash (possibly a
 * hole), p->slot its index; HINDEX_END with p->slot == HINDEX_NOSLOT. */
int64_t hindex_probe_next(const HIndex *t, HProbe *p);

/*@ requires \valid_read(t) && \valid_read(ents);
    assigns \nothing; */
/* A whole lookup of [key] with [hash] comparing keys by identity only (reads only; the
 * entries [ents] hold [t->width] Values each, key first): the index of the entry holding
 * exactly [key], HINDEX_END when the chain ends first, HINDEX_STALE when an entry on the
 * chain has an equal hash but another key object (the caller then runs the probe protocol,
 * which compares with __eq__), HINDEX_BAD on a broken invariant. Visits the slots
 * hindex_probe_next would. */
int64_t hindex_find_ident(const HIndex *t, const ValVec *ents, int64_t hash, Value key);

/*@ requires \valid_read(t) && \valid_read(ents) && \valid(p);
    assigns *p; */
/* hindex_find_ident, with p->slot where hindex_probe_init + hindex_probe_next would have
 * left it for the same result: on an entry (>= 0) its slot (for hindex_delete); on
 * HINDEX_END the insertion slot (for hindex_insert). The rest of [p] is as
 * hindex_probe_init left it (hindex_probe_next from it starts the chain over). STALE /
 * BAD: run the probe protocol instead. */
int64_t hindex_find_ident_probe(const HIndex *t, const ValVec *ents, int64_t hash, Value key,
                                HProbe *p);

/* True while [p] still describes [t]'s current layout (no rebuild/renumbering since). */
static inline bool hindex_probe_valid(const HIndex *t, const HProbe *p) {
    return p->layout == t->layout && p->nslots == t->nslots;
}

/* Slot [s]: an entry index, HINDEX_EMPTY or HINDEX_DUMMY (EMPTY when s is out of range).
 * (Internally a used slot also carries hash bits; this returns the index only.) */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_hindex.c; VERIFY.md rule 5) */
/*@ requires \valid_read(t);
    requires t->slots == \null || \valid_read(t->slots + (0 .. t->nslots - 1));
    assigns \nothing;
    ensures (t->slots == \null || s >= t->nslots) ==> \result == HINDEX_EMPTY; */
#endif
int64_t hindex_slot(const HIndex *t, size_t s);

/* Hash of entry [e] into *out; false when e >= nent (or e >= hcap: a broken table). */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_hindex.c; VERIFY.md rule 5) */
/*@ requires \valid_read(t) && \valid(out) && \separated(out, t);
    requires t->hashes == \null || \valid_read(t->hashes + (0 .. t->hcap - 1));
    assigns *out;
    ensures \result <==> (e < t->nent && e < t->hcap && t->hashes != \null);
    ensures \result ==> *out == t->hashes[e]; */
#endif
bool hindex_entry_hash(const HIndex *t, size_t e, int64_t *out);

/* The slot naming entry [e], or HINDEX_NOSLOT. */
size_t hindex_slot_of(const HIndex *t, size_t e);

/* Entries [t] takes before the objects layer must rebuild it (CPython's USABLE_FRACTION,
 * 2/3 of the slots): HINDEX_SMALL for a map with no table, 0 for a set with none. */
size_t hindex_capacity(const HIndex *t);

/* Gives an empty index with no table yet room for exactly [n] entries (1 <= n <=
 * HINDEX_SMALL, what a map holds without a table), which a first minimal (8-slot) table
 * then keeps instead of reserving room for HINDEX_MINSIZE * 2 / 3: a dict whose size is
 * known to be small (an instance __dict__, a literal, a JSON object) takes no more. Later entries grow the arrays as usual.
 * K_INVALID when [t] has a table or entries or [n] is out of range; K_NOMEM. */
K_MUST KStatus hindex_reserve(Heap *h, HIndex *t, ValVec *ents, size_t n);

/* Room for the first HINDEX_INLINE entries of a map inside its owner's own chunk (a
 * small dict's object): hindex_init_inline points the hash and entry arrays here, so
 * such a map takes one chunk, not three. It lives in a scanned chunk: its hashes are
 * words the collector sees (a hash equal to a heap address, hash(id(x)), keeps that
 * chunk alive while the map holds it). When the map outgrows it (or is cleared), the
 * index zeroes the Values it left there (kernel rule: an entry array of at most
 * HINDEX_INLINE entries, or a hash array of at most HINDEX_INLINE hashes, is zeroed
 * when the index stops using it), so no dropped key or value is kept alive by it. */
#define HINDEX_INLINE 2
typedef struct HInline {
    int64_t hashes[HINDEX_INLINE];
    Value ents[2 * HINDEX_INLINE];
} HInline;

/*@ requires \valid(t) && \valid(ents) && \valid(s);
    assigns *t, *ents, *s; */
/* Makes the empty map index [t] (width 2, no table, no arrays yet; its entries [ents]
 * empty with no array) use [s] as its arrays: room for HINDEX_INLINE entries without an
 * allocation. Zeroes [s]. K_INVALID (nothing changed) when [t] or [ents] is not in that
 * state. [s] must live as long as [t] (in the same chunk). */
K_MUST KStatus hindex_init_inline(HIndex *t, ValVec *ents, HInline *s);

/*@ requires \valid(t) && \valid(ents);
    assigns *t, *ents, ents->items[0 .. ents->cap - 1], t->hashes[0 .. t->hcap - 1]; */
/* Appends ([key], [val]) with [hash] to a map (width 2) with no table whose arrays have
 * room (hindex_init_inline's, hindex_reserve's): the key is known to be absent, so no
 * probe and no comparison. K_OVERFLOW (nothing changed) when there is a table, no room
 * or HINDEX_SMALL entries already: use hindex_insert_clean. K_INVALID on a broken index. */
K_MUST KStatus hindex_append_small(HIndex *t, ValVec *ents, int64_t hash, Value key, Value val);

/* Appends the entry ([key], [val]; val ignored when width is 1) with [hash] at the slot a
 * probe ended on (HINDEX_END). With no table, as hindex_insert_clean.
 * K_INVALID when [p] is stale or its slot is no longer free (probe again); K_OVERFLOW
 * when taking an EMPTY slot would leave none (resize first); K_NOMEM. May compact the
 * entries first (bumping layout). *entry_out gets the new entry's index. */
K_MUST KStatus hindex_insert(Heap *h, HIndex *t, ValVec *ents, const HProbe *p, int64_t hash,
                             Value key, Value val, size_t *entry_out);

/* Appends an entry known to be absent, at the first EMPTY slot of its chain (no
 * comparisons: CPython's set_insert_clean). With no table: a map with fewer than
 * HINDEX_SMALL entries takes it without one; else the table is made (holding the
 * entries there are). Same errors as hindex_insert. */
K_MUST KStatus hindex_insert_clean(Heap *h, HIndex *t, ValVec *ents, int64_t hash, Value key,
                                   Value val);

/* Deletes the live entry named by slot [s]: the slot becomes DUMMY, the entry's Values
 * VAL_NULL. With no table [s] is the entry's index (it becomes a hole). K_RANGE when s
 * does not name a live entry. */
K_MUST KStatus hindex_delete(HIndex *t, ValVec *ents, size_t s);

/* Drops trailing holes from the entries (after popping the last entry). */
void hindex_trim(HIndex *t, ValVec *ents);

/* Rebuilds the table with hindex_size_for([minused]) slots, inserting the live entries
 * in the order of their old slots (in entry order when there was no table); compacts the
 * entries. */
K_MUST KStatus hindex_resize(Heap *h, HIndex *t, ValVec *ents, size_t minused);

/* Removes the holes from the entries, renumbering the slots; the slot layout (and so the
 * iteration order by slot) is unchanged. */
K_MUST KStatus hindex_compact(Heap *h, HIndex *t, ValVec *ents);

/* Makes [dst]/[dents] an exact copy of [src]/[sents] (same slots), entries compacted.
 * [dst] may not be [src]. */
K_MUST KStatus hindex_copy(Heap *h, HIndex *dst, ValVec *dents, const HIndex *src,
                           const ValVec *sents);

/* Empties the index and the entries (no table). */
void hindex_clear(HIndex *t, ValVec *ents);

#endif
