/*
 * set.c: the core of set and frozenset: hashing, lookup, insertion, deletion, table
 * resizing, bulk update (CPython's set_merge / set_update_internal), pop, iteration and
 * set_iterator. The set algebra, methods and the type specs are in set_ops.c.
 *
 * Iteration order: the kernel index reproduces CPython 3.11's set table (probing, last
 * dummy reuse, growth when fill*5 >= mask*3 to used*4 or used*2, re-insertion in old slot
 * order), and every bulk operation below follows CPython's code path (presizing, exact
 * table copy, clean insertion), so sets print in CPython's order.
 *
 * Invariant: a key's __eq__ may mutate the set being searched; lookups re-validate after
 * each comparison and restart when the candidate entry changed, and every slot/entry read
 * is bounds-checked by the kernel.
 */
#include "set.h"

#include "args.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "iterobject.h"
#include "ops.h"
#include "str.h"

#define STAMP_BROKEN UINT64_MAX

static SetObject *sobj(Value v) {
    SetObject *s = set_cast(v);
    if (s != NULL && s->ix.width == 0) hindex_init(&s->ix, 1);
    return s;
}

static bool is_exact(Interp *I, Value v, TypeId id) {
    Obj *o = obj_ptr(v);
    return o != NULL && o->type == interp_type(I, id);
}

static bool kcheck(Interp *I, KStatus s) {
    if (s == K_OK) return true;
    if (s == K_NOMEM || s == K_OVERFLOW) exc_nomem(I);
    else exc_raise(I, TY_SYSTEM_ERROR, "set index corrupted");
    return false;
}

bool set_check(Value v) { return set_cast(v) != NULL; }

bool set_is_frozen(Interp *I, Value s) {
    Obj *o = obj_ptr(s);
    return o != NULL && o->kind == K_SET && type_is_subtype(o->type, interp_type(I, TY_FROZENSET));
}

Value set_new_of_type(Interp *I, Type *t) {
    size_t size = t->inst_size > sizeof(SetObject) ? t->inst_size : sizeof(SetObject);
    SetObject *s = obj_alloc_kind(I, t, K_SET, size);
    if (s == NULL) return VAL_NULL;
    hindex_init(&s->ix, 1);
    vec_init(&s->ents);
    return obj_val(s);
}

Value set_new(Interp *I, bool frozen) {
    return set_new_of_type(I, interp_type(I, frozen ? TY_FROZENSET : TY_SET));
}

size_t set_len(Value s) {
    SetObject *o = sobj(s);
    return o == NULL ? 0 : o->ix.used;
}

size_t set_mask(Value s) {
    SetObject *o = sobj(s);
    if (o == NULL || o->ix.nslots == 0) return HINDEX_MINSIZE - 1;
    return o->ix.nslots - 1;
}

size_t set_fill(Value s) {
    SetObject *o = sobj(s);
    return o == NULL ? 0 : o->ix.fill;
}

static bool key_hash_slow(Interp *I, Value key, int64_t *out) {
    if (val_is_small(key)) {
        *out = int_hash(I, key);
        return true;
    }
    if (is_exact(I, key, TY_STR)) {
        StrObject *s = str_cast(key);
        *out = (s != NULL && str_flag(s, STR_HASHED)) ? s->hash : str_hash(I, key);
        return true;
    }
    return obj_hash(I, key, out);
}

// The hash of [key]: a small int's is itself (but -1's, and past 2**60: int_hash), inline;
// anything else out of line.
static inline bool key_hash(Interp *I, Value key, int64_t *out) {
    if (val_is_small(key)) {
        intptr_t x = val_small(key);
        if (x > -((intptr_t)1 << 60) && x < ((intptr_t)1 << 60) && x != -1) {
            *out = (int64_t)x;
            return true;
        }
    }
    return key_hash_slow(I, key, out);
}

#define LK_ABSENT (-1)
#define LK_ERROR (-2)

// ---- membership filter ----
// A set keeps two 64-bit masks over its live entries' hashes mod 64: fone (some entry
// may have that residue) and fmany (two may). A lookup whose residue is not in fone is
// absent without walking the probe chain, which under add/discard churn crosses every
// deleted slot up to an EMPTY one (CPython's layout, kept for its iteration order:
// nqueens' absent lookups walked ~12 slots). The masks only ever over-approximate:
// every add sets its bit (and fmany's when fone had it), a discard clears fone's bit
// only when fmany's is clear (that entry was the residue's only one), other deletions
// leave both. They are trusted only while the index's entry count and layout are the
// ones recorded after the last update made here (fnent, flayout): any insertion grows
// nent or renumbers (layout), so a change made by any other path (bulk inserts, copy,
// clear, swap) drops the filter, and a lookup rebuilds it from the slots of a small table.
#define FILTER_MAX_SLOTS 128

static bool filter_valid(const SetObject *so) {
    return so->fnent == so->ix.nent && so->flayout == so->ix.layout;
}

static void filter_bless(SetObject *so) {
    so->fnent = so->ix.nent;
    so->flayout = so->ix.layout;
}

static uint64_t filter_bit(int64_t hash) { return (uint64_t)1 << ((uint64_t)hash & 63u); }

// Records an added entry with [hash]; [valid] is filter_valid from just before the insert.
static void filter_added(SetObject *so, bool valid, int64_t hash) {
    if (!valid) return;
    uint64_t b = filter_bit(hash);
    if (so->fone & b) so->fmany |= b;
    so->fone |= b;
    filter_bless(so);
}

// Records the deletion of an entry with [hash]; [valid] as for filter_added.
static void filter_deleted(SetObject *so, bool valid, int64_t hash) {
    if (!valid) return;
    uint64_t b = filter_bit(hash);
    if (!(so->fmany & b)) so->fone &= ~b;
    filter_bless(so);
}

// Rebuilds the masks from the slots of a table of at most FILTER_MAX_SLOTS; leaves the
// filter untrusted when the table is larger or an entry's hash cannot be read. (Out of
// line: rare, and its addressed local would give every lookup a stack-protector canary.)
static __attribute__((noinline)) void filter_build(SetObject *so) {
    if (so->ix.nslots > FILTER_MAX_SLOTS || (so->ix.nslots == 0 && so->ix.used != 0)) return;
    uint64_t one = 0, many = 0;
    for (size_t s = 0; s < so->ix.nslots; s++) {
        int64_t e = hindex_slot(&so->ix, s), h;
        if (e < 0) continue;
        if (!hindex_entry_hash(&so->ix, (size_t)e, &h)) return;
        uint64_t b = filter_bit(h);
        if (one & b) many |= b;
        one |= b;
    }
    so->fone = one;
    so->fmany = many;
    filter_bless(so);
}

// False when no live entry has [hash] (the key is certainly absent); true when it may.
static inline bool filter_may_hold(SetObject *so, int64_t hash) {
    if (!filter_valid(so)) {
        if (so->ix.nslots > FILTER_MAX_SLOTS) return true; // (filter_build's own test)
        filter_build(so);
        if (!filter_valid(so)) return true;
    }
    return (so->fone & filter_bit(hash)) != 0;
}

static int64_t lookup_slow(Interp *I, SetObject *so, Value key, int64_t hash, HProbe *p);

// The entry holding [key] (LK_ABSENT, LK_ERROR), *p left as the probe protocol leaves it
// (hindex_insert / hindex_delete take its slot). Inline: add and discard of small ints
// take one call, to the kernel's identity walk.
static inline int64_t lookup(Interp *I, SetObject *so, Value key, int64_t hash, HProbe *p) {
    if (val_is_small(key)) {
        // a small int is found by identity, with the probe left where the protocol below
        // would leave it, unless an equal-hash entry holds another object (1.0, True, an
        // __eq__ class, -2 for -1): then the full protocol with comparisons runs
        int64_t e = hindex_find_ident_probe(&so->ix, &so->ents, hash, key, p);
        if (e >= 0) return e;
        if (e == HINDEX_END) return LK_ABSENT;
    }
    return lookup_slow(I, so, key, hash, p);
}

static int64_t lookup_slow(Interp *I, SetObject *so, Value key, int64_t hash, HProbe *p) {
    bool key_str = is_exact(I, key, TY_STR);
restart:
    hindex_probe_init(&so->ix, hash, p);
    for (;;) {
        int64_t e = hindex_probe_next(&so->ix, p);
        if (e == HINDEX_END) return LK_ABSENT;
        if (e == HINDEX_STALE) goto restart;
        if (e < 0) {
            kcheck(I, K_INVALID);
            return LK_ERROR;
        }
        Value k = vec_get(&so->ents, (size_t)e);
        if (k == key) return e;
        if (k == VAL_NULL) continue;
        if (key_str && is_exact(I, k, TY_STR)) {
            if (str_eq(k, key)) return e;
            continue;
        }
        if (val_is_small(k) && val_is_small(key)) continue;
        int r = obj_richcmp_bool(I, k, key, CMP_EQ);
        if (r < 0) return LK_ERROR;
        if (!hindex_probe_valid(&so->ix, p) || vec_get(&so->ents, (size_t)e) != k) goto restart;
        if (r > 0) return e;
    }
}

bool set_resize(Interp *I, Value s, size_t minused) {
    SetObject *so = sobj(s);
    if (so == NULL) return false;
    so->hashed = false;
    bool fv = filter_valid(so);
    if (!kcheck(I, hindex_resize(I->heap, &so->ix, &so->ents, minused))) return false;
    if (fv) filter_bless(so); // the same live entries, renumbered
    return true;
}

static size_t grow_target(size_t used) { return used > 50000 ? used * 2 : used * 4; }

// After an insert that returned [st] into [so] (fill [fill0] and filter validity [fv]
// read before it): 1 done, 0 to insert again (the table grew), -1 error.
static inline int after_insert(Interp *I, Value s, SetObject *so, KStatus st, size_t fill0,
                               bool fv, int64_t hash) {
    if (st == K_OVERFLOW) return set_resize(I, s, grow_target(so->ix.used)) ? 0 : -1;
    if (!kcheck(I, st)) return -1;
    filter_added(so, fv, hash);
    so->hashed = false;
    if (so->ix.fill > fill0 && so->ix.fill * 5 >= (so->ix.nslots - 1) * 3)
        return set_resize(I, s, grow_target(so->ix.used)) ? 1 : -1;
    return 1;
}

// set_add_hash's body, inlined into set_add too: set.add / set.discard of a small int
// (backtracking's add/discard churn) then take one call layer before the kernel's walk.
static inline __attribute__((always_inline)) bool add_hash(Interp *I, Value s, Value key,
                                                           int64_t hash) {
    SetObject *so = sobj(s);
    if (so == NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "bad argument: set expected");
        return false;
    }
    for (;;) {
        HProbe p;
        int64_t e = lookup(I, so, key, hash, &p);
        if (e == LK_ERROR) return false;
        if (e >= 0) return true;
        size_t fill0 = so->ix.fill, ne;
        bool fv = filter_valid(so); // (lookup may have run __eq__: read after it)
        KStatus st = hindex_insert(I->heap, &so->ix, &so->ents, &p, hash, key, VAL_NULL, &ne);
        if (st == K_INVALID) continue;
        int r = after_insert(I, s, so, st, fill0, fv, hash);
        if (r != 0) return r > 0;
    }
}

bool set_add_hash(Interp *I, Value s, Value key, int64_t hash) { return add_hash(I, s, key, hash); }

bool set_add_absent_hash(Interp *I, Value s, Value key, int64_t hash) {
    SetObject *so = sobj(s);
    if (so == NULL || !(val_is_small(key) || is_exact(I, key, TY_STR)) || so->ix.fill != so->ix.used)
        return set_add_hash(I, s, key, hash);
    // no dummies: the first EMPTY slot of the chain is where add_hash's probe ends too
    for (;;) {
        size_t fill0 = so->ix.fill;
        bool fv = filter_valid(so);
        KStatus st = hindex_insert_clean(I->heap, &so->ix, &so->ents, hash, key, VAL_NULL);
        int r = after_insert(I, s, so, st, fill0, fv, hash);
        if (r != 0) return r > 0;
    }
}

SetMark set_mark(Value s) {
    SetObject *so = sobj(s);
    SetMark m = {0, 0, NULL};
    if (so != NULL) {
        m.nent = so->ix.nent;
        m.layout = so->ix.layout;
        m.tab = so->ix.slots;
    }
    return m;
}

bool set_mark_same(Value s, SetMark m) {
    SetObject *so = sobj(s);
    return so != NULL && so->ix.nent == m.nent && so->ix.layout == m.layout &&
           (const void *)so->ix.slots == m.tab;
}

// set_discard_hash's body, inlined into set_discard too (as add_hash).
static inline __attribute__((always_inline)) int discard_hash(Interp *I, Value s, Value key,
                                                              int64_t hash) {
    SetObject *so = sobj(s);
    if (so == NULL) return -1;
    HProbe p;
    int64_t e = lookup(I, so, key, hash, &p);
    if (e == LK_ERROR) return -1;
    if (e == LK_ABSENT) return 0;
    bool fv = filter_valid(so);
    if (!kcheck(I, hindex_delete(&so->ix, &so->ents, p.slot))) return -1;
    // The last entry removed (add/discard used as a stack, as backtracking does): drop
    // it, so the entries do not grow to a compaction per table size of churn. A set's
    // entry order is not its iteration order (slots are), so this changes nothing seen.
    if ((size_t)e + 1 == so->ix.nent) hindex_trim(&so->ix, &so->ents);
    filter_deleted(so, fv, hash);
    so->hashed = false;
    return 1;
}

int set_discard_hash(Interp *I, Value s, Value key, int64_t hash) {
    return discard_hash(I, s, key, hash);
}

// set_contains_hash's comparing path (out of line: its probe state, zero-filled on
// entry by the hardened build, is not paid by the identity path).
static __attribute__((noinline)) int contains_slow(Interp *I, SetObject *so, Value key,
                                                   int64_t hash) {
    HProbe p;
    int64_t e = lookup(I, so, key, hash, &p);
    if (e == LK_ERROR) return -1;
    return e >= 0;
}

int set_contains_hash(Interp *I, Value s, Value key, int64_t hash) {
    SetObject *so = sobj(s);
    if (so == NULL) return -1;
    if (!filter_may_hold(so, hash)) return 0;
    StrObject *ks = is_exact(I, key, TY_STR) ? str_cast(key) : NULL;
    if (val_is_small(key) || (ks != NULL && str_flag(ks, STR_INTERNED))) {
        // no Python __eq__ decides: the identity walk, without a probe's state (set
        // algebra asks this of every element); an equal hash on another object (1.0 for
        // 1, an equal str that is another object) takes lookup()'s comparing protocol.
        // Not for a str made at run time: usually another object than the equal element
        // stored, it would end STALE here and probe after.
        int64_t e = hindex_find_ident(&so->ix, &so->ents, hash, key);
        if (e >= 0) return 1;
        if (e == HINDEX_END) return 0;
    }
    return contains_slow(I, so, key, hash);
}

bool set_add(Interp *I, Value s, Value key) {
    int64_t hash;
    if (!key_hash(I, key, &hash)) return false;
    return add_hash(I, s, key, hash);
}

// A set key given as a set is looked up as the equal frozenset (CPython's set_contains,
// set_remove, set_discard).
static bool retry_as_frozen(Interp *I, Value key, Value *frozen) {
    if (!set_check(key) || set_is_frozen(I, key) || !exc_pending_is(I, TY_TYPE_ERROR)) return false;
    exc_clear(I);
    *frozen = set_from_iterable(I, key, true);
    return true;
}

// set_contains_small's walk when an entry on the chain has the key's hash but is another
// object: the probe protocol, where a small int other than [key] is certainly unequal
// (-1 and -2 share a hash; so do the members of a set of negative ints); any other
// object on the chain (1.0, True, an __eq__ class) needs __eq__: -2, the caller's full
// path. (Out of line: its probe would give every membership test a canary.)
static __attribute__((noinline)) int contains_small_walk(SetObject *so, Value key, int64_t hash) {
    HProbe p;
    hindex_probe_init(&so->ix, hash, &p);
    for (;;) {
        int64_t e = hindex_probe_next(&so->ix, &p);
        if (e == HINDEX_END) return 0;
        if (e < 0) return -2; // stale or broken: the full path decides (and reports)
        Value k = vec_get(&so->ents, (size_t)e);
        if (k == key) return 1;
        if (k != VAL_NULL && !val_is_small(k)) return -2;
    }
}

int set_contains_small(Value s, Value key) {
    SetObject *so = sobj(s);
    if (so == NULL || !val_is_small(key)) return -2;
    intptr_t x = val_small(key);
    // key_hash's own rule: such ints hash to themselves, -1 to -2
    if (!(x > -((intptr_t)1 << 60) && x < ((intptr_t)1 << 60))) return -2;
    int64_t hash = x == -1 ? -2 : (int64_t)x;
    if (!filter_may_hold(so, hash)) return 0;
    int64_t e = hindex_find_ident(&so->ix, &so->ents, hash, key);
    if (e >= 0) return 1;
    if (e == HINDEX_END) return 0;
    return e == HINDEX_STALE ? contains_small_walk(so, key, hash) : -2;
}

int set_contains(Interp *I, Value s, Value key) {
    int64_t hash;
    if (val_is_small(key)) {
        // a small int: the entry is found by identity unless an equal-hash entry holds
        // another object (1.0, True, an __eq__ class), which takes the full lookup
        SetObject *so = sobj(s);
        if (so != NULL && key_hash(I, key, &hash)) {
            if (!filter_may_hold(so, hash)) return 0;
            int64_t e = hindex_find_ident(&so->ix, &so->ents, hash, key);
            if (e >= 0) return 1;
            if (e == HINDEX_END) return 0;
        }
    }
    if (!key_hash(I, key, &hash)) {
        Value fk;
        if (!retry_as_frozen(I, key, &fk)) return -1;
        if (fk == VAL_NULL || !key_hash(I, fk, &hash)) return -1;
        return set_contains_hash(I, s, fk, hash);
    }
    return set_contains_hash(I, s, key, hash);
}

int set_discard(Interp *I, Value s, Value key) {
    int64_t hash;
    if (!key_hash(I, key, &hash)) {
        Value fk;
        if (!retry_as_frozen(I, key, &fk)) return -1;
        if (fk == VAL_NULL || !key_hash(I, fk, &hash)) return -1;
        return set_discard_hash(I, s, fk, hash);
    }
    return discard_hash(I, s, key, hash);
}

bool set_next_hash(Value s, size_t *pos, Value *key, int64_t *hash) {
    SetObject *so = sobj(s);
    if (so == NULL) return false;
    while (*pos < so->ix.nslots) {
        int64_t e = hindex_slot(&so->ix, *pos);
        (*pos)++;
        if (e < 0) continue;
        Value k = vec_get(&so->ents, (size_t)e);
        if (k == VAL_NULL) continue;
        if (key != NULL) *key = k;
        if (hash != NULL && !hindex_entry_hash(&so->ix, (size_t)e, hash)) *hash = 0;
        return true;
    }
    return false;
}

bool set_next(Value s, size_t *pos, Value *key) { return set_next_hash(s, pos, key, NULL); }

void set_clear(Value s) {
    SetObject *so = sobj(s);
    if (so == NULL) return;
    hindex_clear(&so->ix, &so->ents);
    so->hashed = false;
}

void set_swap_bodies(Interp *I, Value a, Value b) {
    SetObject *x = sobj(a), *y = sobj(b);
    if (x == NULL || y == NULL) return;
    HIndex ti = x->ix;
    x->ix = y->ix;
    y->ix = ti;
    ValVec te = x->ents;
    x->ents = y->ents;
    y->ents = te;
    // New layouts for both, so probes held across the swap report STALE.
    x->ix.layout = (x->ix.layout > y->ix.layout ? x->ix.layout : y->ix.layout) + 1;
    y->ix.layout = x->ix.layout + 1;
    if (set_is_frozen(I, a) && set_is_frozen(I, b)) {
        int64_t h = x->hash;
        bool hh = x->hashed;
        x->hash = y->hash;
        x->hashed = y->hashed;
        y->hash = h;
        y->hashed = hh;
    } else {
        x->hashed = y->hashed = false;
    }
}

// ---- bulk update ----

// CPython's set_merge: [other] is a set or frozenset.
static bool merge(Interp *I, Value s, Value other) {
    SetObject *so = sobj(s), *ot = sobj(other);
    if (so == NULL || ot == NULL) return false;
    if (s == other || ot->ix.used == 0) return true;
    if ((so->ix.fill + ot->ix.used) * 5 >= set_mask(s) * 3) {
        if (!set_resize(I, s, (so->ix.used + ot->ix.used) * 2)) return false;
    }
    so->hashed = false;
    if (so->ix.fill == 0 && set_mask(s) == set_mask(other) && ot->ix.fill == ot->ix.used) {
        uint64_t layout = so->ix.layout;
        if (!kcheck(I, hindex_copy(I->heap, &so->ix, &so->ents, &ot->ix, &ot->ents))) return false;
        so->ix.layout = layout + 1;
        return true;
    }
    size_t pos = 0;
    Value k;
    int64_t h;
    if (so->ix.fill == 0) {
        while (set_next_hash(other, &pos, &k, &h))
            if (!kcheck(I, hindex_insert_clean(I->heap, &so->ix, &so->ents, h, k, VAL_NULL)))
                return false;
        return true;
    }
    while (set_next_hash(other, &pos, &k, &h))
        if (!set_add_hash(I, s, k, h)) return false;
    return true;
}

// CPython's set_update_internal.
bool set_update_one(Interp *I, Value s, Value other) {
    if (set_check(other)) return merge(I, s, other);
    if (is_exact(I, other, TY_DICT)) {
        size_t n = dict_len(other);
        SetObject *so = sobj(s);
        if ((so->ix.fill + n) * 5 >= set_mask(s) * 3) {
            if (!set_resize(I, s, (so->ix.used + n) * 2)) return false;
        }
        size_t pos = 0;
        Value k;
        int64_t h;
        while (dict_next_hash(other, &pos, &k, NULL, &h))
            if (!set_add_hash(I, s, k, h)) return false;
        return true;
    }
    Value it = obj_iter(I, other);
    if (it == VAL_NULL) return false;
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) return I->exc == VAL_NULL;
        if (!set_add(I, s, x)) return false;
    }
}

bool set_update(Interp *I, Value s, Value iterable) { return set_update_one(I, s, iterable); }

Value set_from_iterable(Interp *I, Value iterable, bool frozen) {
    Value s = set_new(I, frozen);
    if (s == VAL_NULL) return VAL_NULL;
    if (iterable != VAL_NULL && !set_update_one(I, s, iterable)) return VAL_NULL;
    return s;
}

Value set_new_basetype(Interp *I, Value like, Value iterable) {
    return set_from_iterable(I, iterable, set_is_frozen(I, like));
}

Value set_copy(Interp *I, Value s) { return set_new_basetype(I, s, s); }

// ---- set_iterator ----

static Value set_iter(Interp *I, Value self) {
    IterObject *it = iterobject_new(I, TY_SET_ITER, self);
    if (it == NULL) return VAL_NULL;
    it->stamp = set_len(self);
    it->n = (int64_t)set_len(self);
    return obj_val(it);
}

static Value set_iter_next(Interp *I, Value self) {
    IterObject *it = iterobject_get(I, self, TY_SET_ITER);
    if (it == NULL || it->src == VAL_NULL) return VAL_NULL;
    if (it->stamp != (uint64_t)set_len(it->src)) {
        it->stamp = STAMP_BROKEN;
        return exc_raise(I, TY_RUNTIME_ERROR, "Set changed size during iteration");
    }
    size_t pos = it->i < 0 ? 0 : (size_t)it->i;
    Value k;
    if (!set_next_hash(it->src, &pos, &k, NULL)) {
        it->src = VAL_NULL;
        return VAL_NULL;
    }
    it->i = (int64_t)pos;
    it->n--;
    return k;
}

static Value set_iter_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__length_hint__", 0, 0)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_SET_ITER);
    if (it == NULL || it->src == VAL_NULL || it->stamp != (uint64_t)set_len(it->src))
        return int_from_i64(I, 0);
    return int_from_i64(I, it->n < 0 ? 0 : it->n);
}

Value set_iter_slot(Interp *I, Value self) { return set_iter(I, self); }

// ---- pop ----

Value set_pop_item(Interp *I, Value s) {
    SetObject *so = sobj(s);
    if (so == NULL || so->ix.used == 0) return exc_raise(I, TY_KEY_ERROR, "pop from an empty set");
    size_t n = so->ix.nslots;
    size_t i = so->finger & (n - 1);
    for (size_t tries = 0; tries < n; tries++) {
        int64_t e = hindex_slot(&so->ix, i);
        Value k = e >= 0 ? vec_get(&so->ents, (size_t)e) : VAL_NULL;
        if (k != VAL_NULL) {
            if (!kcheck(I, hindex_delete(&so->ix, &so->ents, i))) return VAL_NULL;
            so->finger = i + 1;
            so->hashed = false;
            return k;
        }
        i = i + 1 < n ? i + 1 : 0;
    }
    return exc_raise(I, TY_SYSTEM_ERROR, "set index corrupted");
}

static const MethodDef set_iter_methods[] = {
    {"__length_hint__", set_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", iterobject_reduce_drained, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec set_iter_spec = {
    .name = "set_iterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = set_iter_next,
    .methods = set_iter_methods,
};
