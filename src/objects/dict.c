/*
 * dict.c: dict (insertion ordered). Views and iterators are in dict_views.c.
 *
 * Layout: the entries (key, value) live in the DictObject's ValVec in insertion order;
 * the kernel's HIndex maps hashes to entry indices. Deleting leaves a VAL_NULL pair (a
 * hole) until the index compacts the entries.
 *
 * Invariant: a key's __eq__/__hash__ may run Python code that mutates this very dict.
 * After every such callback the lookup re-validates (same index layout, the candidate
 * entry still holds the same key object) and otherwise restarts, as CPython does; every
 * entry and slot access is bounds-checked by the kernel, so a stale position can never
 * read freed or foreign memory. `ix.used` is the length.
 */
#include "dict.h"

#include "args.h"
#include "exc.h"
#include "int.h"
#include "iterobject.h"
#include "list.h"
#include "ops.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

// ---- access ----

// Builds the entries of lazy dict [d] (the flag is dropped first, so the filler's own
// dict calls do not come back here). A failed fill (memory exhausted, exception left
// pending) leaves the dict lazy: the filler only adds names still absent, so the next
// use completes it.
static void fill_lazy(DictObject *d) {
    Value filler = d->slot_store;
    d->h.flags &= ~DICT_LAZY;
    d->slot_store = VAL_NULL;
    if (!type_lazy_fill(filler)) {
        d->h.flags |= DICT_LAZY;
        d->slot_store = filler;
    }
}

// Entries the dict takes before its next rebuild, as CPython's dk_usable rule decides it
// (the rebuilds renumber the entries, which iteration can observe). With a table: 2/3 of
// its slots. Without one the kernel holds up to HINDEX_SMALL (10) entries, but the dict
// stands for CPython's first keys object: 8 slots (5 entries), or the 16-slot one (10
// entries) of a dict presized for more than 5 (a literal, a JSON object, a kwargs dict),
// whose hash array is then longer than 5.
static size_t capacity(const DictObject *d) {
    if (d->ix.nslots != 0) return hindex_capacity(&d->ix);
    return d->ix.hcap > HINDEX_MINSIZE * 2 / 3 ? HINDEX_SMALL : HINDEX_MINSIZE * 2 / 3;
}

// The DictObject of [v] with its index initialised (zeroed objects get width 2 here) and
// its lazy entries built.
static DictObject *dobj(Value v) {
    DictObject *d = dict_cast(v);
    if (d == NULL) return NULL;
    if (d->ix.width == 0) {
        hindex_init(&d->ix, 2);
        d->usable = capacity(d);
    }
    if (__builtin_expect((d->h.flags & DICT_LAZY) != 0, 0)) fill_lazy(d);
    return d;
}

DictObject *dict_ready(Value v) { return dobj(v); }

void dict_make_lazy(Value d, Value filler) {
    DictObject *o = dict_cast(d);
    if (o == NULL || filler == VAL_NULL) return;
    o->slot_store = filler;
    o->h.flags |= DICT_LAZY;
}

static void *alloc_inst(Interp *I, Type *t, size_t size) {
    if (t->inst_size > size) size = t->inst_size;
    return obj_alloc(I, t, size);
}

static Value new_typed(Interp *I, Type *t) {
    DictObject *d = alloc_inst(I, t, sizeof(DictObject));
    if (d == NULL) return VAL_NULL;
    hindex_init(&d->ix, 2);
    vec_init(&d->ents);
    d->usable = capacity(d); // a small dict needs no table (hindex.h)
    return obj_val(d);
}

// dict_new: an exact empty dict with a constant-size allocation (inlined: class lookup
// and zero-fill fold); the zero-filled chunk is an empty index but for its width.
Value dict_new(Interp *I) {
    Type *t = interp_type(I, TY_DICT);
    if (t->inst_size > sizeof(DictObject)) return new_typed(I, t);
    DictObject *d = heap_new_small(I->heap, sizeof(DictObject), HEAP_OBJ);
    if (d == NULL) return exc_nomem(I);
    d->h.type = t;
    d->h.kind = t->inst_kind;
    hindex_init(&d->ix, 2);
    d->usable = HINDEX_MINSIZE * 2 / 3; // capacity() of a fresh map
    return obj_val(d);
}

// An exact dict created for at most HINDEX_INLINE entries (a one- or two-key literal, a
// small keyword-argument or instance dict): its hashes and entries in its own chunk
// (hindex.h's HInline), one 192-byte chunk instead of the object and two arrays. A third
// entry moves them to arrays of their own, as a dict_new dict's first ones; the room
// here is then unused. (An empty `{}` is a plain DictObject: most are filled beyond two.)
typedef struct DictSmall {
    DictObject d;
    HInline s;
} DictSmall;
_Static_assert(sizeof(DictSmall) == 192, "a small dict outgrew the 192-byte size class");

// A new exact dict with room for HINDEX_INLINE entries inside it. The allocation is
// inlined with a constant size (the heap's class lookup and zero-fill fold); the chunk is
// zero-filled, so only the non-zero fields are set.
static inline __attribute__((always_inline)) DictObject *new_small(Interp *I) {
    Type *t = interp_type(I, TY_DICT);
    if (t->inst_size > sizeof(DictSmall)) return dict_cast(new_typed(I, t));
    DictSmall *o = heap_new_small(I->heap, sizeof(DictSmall), HEAP_OBJ);
    if (o == NULL) {
        exc_nomem(I);
        return NULL;
    }
    o->d.h.type = t;
    o->d.h.kind = t->inst_kind;
    o->d.ix.width = 2;
    o->d.usable = HINDEX_MINSIZE * 2 / 3; // capacity() of a fresh map
    // (the index is empty with no arrays: this cannot fail; if it did, the dict would
    // simply allocate its arrays on its first insertion)
    KStatus s = hindex_init_inline(&o->d.ix, &o->d.ents, &o->s);
    (void)s;
    return &o->d;
}


bool dict_check(Value v) { return dict_cast(v) != NULL; }

size_t dict_len(Value d) {
    DictObject *o = dobj(d);
    return o == NULL ? 0 : o->ix.used;
}

uint64_t dict_version(Value d) {
    DictObject *o = dobj(d);
    return o == NULL ? 0 : o->version;
}

static Value ent_key(const DictObject *d, size_t e) { return vec_get(&d->ents, 2 * e); }
static Value ent_val(const DictObject *d, size_t e) { return vec_get(&d->ents, 2 * e + 1); }

static bool is_exact(Interp *I, Value v, TypeId id) {
    Obj *o = obj_ptr(v);
    return o != NULL && o->type == interp_type(I, id);
}

// hash(key), with the cached str hash and small ints hashing to themselves.
static bool key_hash(Interp *I, Value key, int64_t *out) {
    if (val_is_small(key)) {
        intptr_t x = val_small(key);
        if (x > -((intptr_t)1 << 60) && x < ((intptr_t)1 << 60) && x != -1) {
            *out = (int64_t)x;
            return true;
        }
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

static Value kfail(Interp *I, KStatus s) {
    if (s == K_NOMEM || s == K_OVERFLOW) return exc_nomem(I);
    return exc_raise(I, TY_SYSTEM_ERROR, "dict index corrupted");
}

// (refill_usable, defined below)
static void refill_usable(DictObject *d);

Value dict_new_presized(Interp *I, size_t n) {
    if (n - 1u < HINDEX_INLINE) {
        DictObject *o = new_small(I);
        return o == NULL ? VAL_NULL : obj_val(o);
    }
    Value d = dict_new(I);
    DictObject *o = dict_cast(d);
    if (o == NULL || n == 0 || n > DICT_PRESIZE_MAX) return d;
    KStatus s = hindex_reserve(I->heap, &o->ix, &o->ents, n);
    if (s != K_OK) return kfail(I, s);
    refill_usable(o); // (more than 5 entries: CPython's 16-slot keys, 10 usable)
    return d;
}

Value dict_new_capacity(Interp *I, size_t n) {
    Value d = dict_new(I);
    DictObject *o = dict_cast(d);
    if (o == NULL || n == 0) return d;
    KStatus s = hindex_resize(I->heap, &o->ix, &o->ents, n);
    if (s == K_OK && n <= SIZE_MAX / 2) s = vec_reserve(I->heap, &o->ents, 2 * n);
    if (s != K_OK) return kfail(I, s);
    refill_usable(o);
    return d;
}

#define LK_ABSENT (-1)
#define LK_ERROR (-2)

// Finds [key]: its entry index, LK_ABSENT (then [p] is positioned for an insertion) or
// LK_ERROR with an exception.
static int64_t lookup(Interp *I, DictObject *d, Value key, int64_t hash, HProbe *p) {
    bool key_str = is_exact(I, key, TY_STR);
restart:
    hindex_probe_init(&d->ix, hash, p);
    for (;;) {
        int64_t e = hindex_probe_next(&d->ix, p);
        if (e == HINDEX_END) return LK_ABSENT;
        if (e == HINDEX_STALE) goto restart;
        if (e < 0) {
            kfail(I, K_INVALID);
            return LK_ERROR;
        }
        Value k = ent_key(d, (size_t)e);
        if (k == key) return e;
        if (k == VAL_NULL) continue;
        if (key_str && is_exact(I, k, TY_STR)) {
            // both exact strs whose full hashes are equal (the probe compared them): equal
            // when their lengths and bytes are (str_eq without the call and the re-checks)
            StrObject *x = str_cast(k), *y = str_cast(key);
            if (x != NULL && y != NULL && x->len == y->len &&
                bview_eq(str_obj_view(x), str_obj_view(y))) {
                return e;
            }
            continue;
        }
        if (val_is_small(k) && val_is_small(key)) continue;
        int r = obj_richcmp_bool(I, k, key, CMP_EQ);
        if (r < 0) return LK_ERROR;
        if (!hindex_probe_valid(&d->ix, p) || ent_key(d, (size_t)e) != k) goto restart;
        if (r > 0) return e;
    }
}

// lookup() for a caller that needs no probe (get, contains, getitem): a key whose
// equality no Python code decides (an exact str, a small int) is first looked for by
// identity (hindex_find_ident: the usual hit is the very key object stored, an interned
// name or a small int), and an identity miss ending the chain with no equal-hash entry is
// an absent key; an equal hash on another key object takes the comparing probe.
// (The probe lives out of line, in find_slow: the hardened build zero-fills it on entry
// to any function declaring it.)
static __attribute__((noinline)) int64_t find_slow(Interp *I, DictObject *d, Value key,
                                                   int64_t hash) {
    HProbe p;
    return lookup(I, d, key, hash, &p);
}

// A key probably stored as this very object: a small int or an interned str (a str made
// at run time, "key%d" % i, is usually another object than the equal key stored: its
// identity walk would end STALE and the probe would run after it).
static inline bool ident_key(Interp *I, Value key) {
    if (val_is_small(key)) return true;
    if (!is_exact(I, key, TY_STR)) return false;
    StrObject *s = str_cast(key);
    return s != NULL && str_flag(s, STR_INTERNED);
}

static inline int64_t find(Interp *I, DictObject *d, Value key, int64_t hash) {
    if (ident_key(I, key)) {
        int64_t e = hindex_find_ident(&d->ix, &d->ents, hash, key);
        if (e >= 0) return e;
        if (e == HINDEX_END) return LK_ABSENT;
    }
    return find_slow(I, d, key, hash);
}

// Sets the new entries [d] takes before its next rebuild (not given back by deletions).
static void refill_usable(DictObject *d) {
    size_t cap = capacity(d);
    d->usable = cap > d->ix.nent ? cap - d->ix.nent : 0;
}

// Rebuilds the table for the current entries, sized like CPython's dict growth (the
// smallest power of two >= used * 3, at least 8), and refills the usable count.
static bool rebuild(Interp *I, DictObject *d) {
    size_t want = d->ix.used * 3;
    KStatus s = hindex_resize(I->heap, &d->ix, &d->ents, want == 0 ? 0 : want - 1);
    if (s != K_OK) {
        kfail(I, s);
        return false;
    }
    refill_usable(d);
    return true;
}

// True when inserting [hash] into [d] would store it in hash words of d's own chunk (a
// one- or two-key dict's HInline: a table-less map with room in a hash array that small)
// while it equals an address in the heap, as hash(id(x)) == id(x) does. The collector scans
// that chunk conservatively, so the word would keep x alive (a weakref to it never
// cleared, its __del__ never run) for as long as d kept the entry. Any array that small is
// taken for the inline one (a presized one of 1-2 entries only moves needlessly).
static inline bool heap_word(Interp *I, int64_t hash) {
    uintptr_t off = (uintptr_t)hash - (uintptr_t)(const void *)I->heap->blocks;
    return __builtin_expect(off < (uintptr_t)I->heap->nblocks * HEAP_BLOCK, 0);
}
static inline bool hash_pins_inline(Interp *I, const DictObject *d, int64_t hash) {
    return heap_word(I, hash) && d->ix.nslots == 0 && d->ix.hcap <= HINDEX_INLINE &&
           d->ix.nent < d->ix.hcap;
}

// Moves [d]'s entries off its inline arrays (hash_pins_inline) into a table of 16 slots
// with arrays of their own (hindex_resize past the minimum size reserves them; the kernel
// zeroes the inline words it leaves). The map has no dummies afterwards.
static bool leave_inline(Interp *I, DictObject *d) {
    KStatus s = hindex_resize(I->heap, &d->ix, &d->ents, 2 * HINDEX_MINSIZE - 1);
    if (s != K_OK) {
        kfail(I, s);
        return false;
    }
    refill_usable(d);
    return true;
}

// Sets [key] to [v]. [absent], when not NULL, is the probe of a lookup of [key] that
// has just returned LK_ABSENT with nothing run since (its first attempt skips the
// lookup; hindex_insert refuses a stale probe, and then the key is looked up again).
static bool insert_at(Interp *I, DictObject *d, Value key, int64_t hash, Value v,
                      const HProbe *absent) {
    for (;;) {
        HProbe p;
        if (absent != NULL) {
            p = *absent;
            absent = NULL;
        } else {
            // an exact str / small int key: by identity first (find(), above), which
            // leaves [p] where the comparing probe would for an insertion
            int64_t r = ident_key(I, key) ? hindex_find_ident_probe(&d->ix, &d->ents, hash, key, &p)
                            : HINDEX_STALE;
            int64_t e = r >= 0 ? r : r == HINDEX_END ? LK_ABSENT : lookup(I, d, key, hash, &p);
            if (e == LK_ERROR) return false;
            if (e >= 0) {
                // a value replacement keeps the version: it tags the set of keys and their
                // entry positions (the VM's global caches read values from the entries)
                (void)vec_set(&d->ents, 2 * (size_t)e + 1, v);
                return true;
            }
        }
        KStatus s;
        if (hash_pins_inline(I, d, hash)) {
            if (!leave_inline(I, d)) return false;
            s = hindex_insert_clean(I->heap, &d->ix, &d->ents, hash, key, v);
        } else if (d->usable == 0) {
            // As CPython: a full table is rebuilt first, then the key takes the first
            // empty slot of its chain (there are no dummies after a rebuild).
            if (!rebuild(I, d)) return false;
            s = hindex_insert_clean(I->heap, &d->ix, &d->ents, hash, key, v);
        } else {
            size_t ne;
            s = hindex_insert(I->heap, &d->ix, &d->ents, &p, hash, key, v, &ne);
            if (s == K_INVALID) continue;
            if (s == K_OVERFLOW) {
                d->usable = 0;
                continue;
            }
        }
        if (s != K_OK) {
            kfail(I, s);
            return false;
        }
        if (d->usable > 0) d->usable--;
        d->version++;
        return true;
    }
}

// (defined with dict_set_absent, below)
static bool append_absent(Interp *I, DictObject *d, Value key, int64_t hash, Value v);

static bool insert(Interp *I, DictObject *d, Value key, int64_t hash, Value v) {
    if (d->ix.nslots == 0 && (val_is_small(key) || is_exact(I, key, TY_STR))) {
        // a small dict (no table) and a key no Python __eq__ compares: by identity,
        // without a probe's state (a dict literal, keyword arguments)
        int64_t e = hindex_find_ident(&d->ix, &d->ents, hash, key);
        if (e >= 0) {
            (void)vec_set(&d->ents, 2 * (size_t)e + 1, v); // (as insert_at: version kept)
            return true;
        }
        if (e == HINDEX_END) return append_absent(I, d, key, hash, v);
    }
    return insert_at(I, d, key, hash, v, NULL);
}

static DictObject *need_dict(Interp *I, Value d) {
    DictObject *o = dobj(d);
    if (o == NULL) exc_raise(I, TY_SYSTEM_ERROR, "bad argument: dict expected, got '%T'", d);
    return o;
}

Value dict_find_str(Value d, BView v, int64_t hash, HProbe *p) {
    DictObject *o = dobj(d);
    if (o == NULL) return VAL_NULL;
restart:
    hindex_probe_init(&o->ix, hash, p);
    for (;;) {
        int64_t e = hindex_probe_next(&o->ix, p);
        if (e == HINDEX_STALE) goto restart; // (nothing runs here; kept for the protocol)
        if (e < 0) return VAL_NULL; // the end of the chain, or a broken table (then the
                                    // insertion's own look-up reports it)
        Value k = ent_key(o, (size_t)e);
        if (k != VAL_NULL && str_check(k) && bview_eq(str_view(k), v)) return k;
    }
}

bool dict_insert_probed(Interp *I, Value d, Value key, int64_t hash, Value v, const HProbe *p) {
    DictObject *o = need_dict(I, d);
    if (o == NULL) return false;
    return insert_at(I, o, key, hash, v, p);
}

Value dict_get(Interp *I, Value d, Value key) {
    DictObject *o = need_dict(I, d);
    if (o == NULL) return VAL_NULL;
    int64_t hash;
    if (!key_hash(I, key, &hash)) return VAL_NULL;
    int64_t e = find(I, o, key, hash);
    if (e < 0) return VAL_NULL;
    return ent_val(o, (size_t)e);
}

Value dict_get_name(Interp *I, Value d, Value key) {
    DictObject *o = dobj(d);
    StrObject *ks = str_cast(key);
    if (o != NULL && ks != NULL && ks->h.type == interp_type(I, TY_STR) &&
        str_flag(ks, STR_HASHED)) {
        // the entry holding this very key, or END: no entry on the chain has its hash, so
        // no equal key is there (dict_get's protocol compares only equal-hash entries)
        int64_t e = hindex_find_ident(&o->ix, &o->ents, ks->hash, key);
        if (e >= 0) return ent_val(o, (size_t)e);
        if (e == HINDEX_END) return VAL_NULL;
    }
    return dict_get(I, d, key);
}

// The pairs of BUILD_MAP in a new small dict ([n] = 1 or 2): the first key is appended
// with no look-up (the dict is empty); the second too when it cannot be equal to the
// first (another hash), else by the general insertion (same object: the value replaced;
// equal hashes: __eq__ decides).
static Value small_from_pairs(Interp *I, ValView kv, size_t n) {
    DictObject *o = new_small(I);
    if (o == NULL) return VAL_NULL;
    Value k0 = vview_get(kv, 0);
    int64_t h0;
    if (!key_hash(I, k0, &h0)) return VAL_NULL;
    // (a hash that must not sit in the inline words goes through insert: hash_pins_inline)
    if ((heap_word(I, h0) ||
         hindex_append_small(&o->ix, &o->ents, h0, k0, vview_get(kv, 1)) != K_OK) &&
        !insert(I, o, k0, h0, vview_get(kv, 1)))
        return VAL_NULL;
    if (n == 2) {
        Value k1 = vview_get(kv, 2);
        int64_t h1;
        if (!key_hash(I, k1, &h1)) return VAL_NULL;
        bool fresh = h1 != h0 && !heap_word(I, h1) &&
                     hindex_append_small(&o->ix, &o->ents, h1, k1, vview_get(kv, 3)) == K_OK;
        if (!fresh && !insert(I, o, k1, h1, vview_get(kv, 3))) return VAL_NULL;
    }
    // (insert counts its own; appends take usable room and bump the version as it does)
    o->usable = capacity(o) - o->ix.nent;
    o->version = 1;
    return obj_val(o);
}

// The same for 3..DICT_PRESIZE_MAX pairs in a dict presized for them: a key whose hash
// differs from every earlier key's cannot equal one of them and is appended with no
// look-up; any other takes the general insertion. (Out of line: its array of hashes
// brings a stack-protector canary the one- and two-key path does without.)
static __attribute__((noinline)) Value presized_from_pairs(Interp *I, ValView kv, size_t n) {
    DictObject *o = dict_cast(dict_new_presized(I, n));
    if (o == NULL) return VAL_NULL;
    int64_t seen[DICT_PRESIZE_MAX];
    for (size_t i = 0; i < n && i < DICT_PRESIZE_MAX; i++) {
        Value k = vview_get(kv, 2 * i), v = vview_get(kv, 2 * i + 1);
        int64_t h;
        if (!key_hash(I, k, &h)) return VAL_NULL;
        bool fresh = true;
        for (size_t j = 0; j < i; j++) fresh = fresh && seen[j] != h;
        seen[i] = h;
        if (fresh && hindex_append_small(&o->ix, &o->ents, h, k, v) == K_OK) {
            if (o->usable > 0) o->usable--; // (as insert's appends)
            o->version++;
            continue;
        }
        if (!insert(I, o, k, h, v)) return VAL_NULL;
    }
    return obj_val(o);
}

Value dict_new_from_pairs(Interp *I, ValView kv) {
    size_t n = kv.n / 2;
    if (n - 1u < HINDEX_INLINE) return small_from_pairs(I, kv, n);
    if (n - 1u < DICT_PRESIZE_MAX) return presized_from_pairs(I, kv, n);
    // sized for its n entries, as CPython's BUILD_MAP: a one-key literal takes 8 bytes of
    // hashes and 16 of entries, not 40 and 80 (fewer bytes: fewer collections), and a
    // big literal rebuilds no table on the way
    Value d = n <= DICT_PRESIZE_MAX ? dict_new_presized(I, n) : dict_new(I);
    DictObject *o = dict_cast(d);
    if (o == NULL) return VAL_NULL;
    if (n > DICT_PRESIZE_MAX) {
        // a table of more than 3n/2 slots takes the n entries (2/3 of it; hindex_resize
        // reserves that room in the arrays)
        KStatus s = hindex_resize(I->heap, &o->ix, &o->ents, n + n / 2);
        if (s != K_OK) return kfail(I, s);
        refill_usable(o);
    }
    for (size_t i = 0; i + 1 < kv.n; i += 2) {
        Value k = vview_get(kv, i);
        int64_t hash;
        if (!key_hash(I, k, &hash) || !insert(I, o, k, hash, vview_get(kv, i + 1))) return VAL_NULL;
    }
    return d;
}

Value dict_get_cstr(Interp *I, Value d, const char *key) {
    Value k = str_intern_cstr(I, key);
    if (k == VAL_NULL) return VAL_NULL;
    return dict_get(I, d, k);
}

bool dict_set_hash(Interp *I, Value d, Value key, int64_t hash, Value v) {
    DictObject *o = need_dict(I, d);
    if (o == NULL) return false;
    return insert(I, o, key, hash, v);
}

bool dict_set(Interp *I, Value d, Value key, Value v) {
    int64_t hash;
    if (!key_hash(I, key, &hash)) return false;
    return dict_set_hash(I, d, key, hash, v);
}

bool dict_set_absent(Interp *I, Value dv, Value key, Value v) {
    DictObject *d = need_dict(I, dv);
    int64_t hash;
    if (d == NULL || !key_hash(I, key, &hash)) return false;
    return append_absent(I, d, key, hash, v);
}

static bool append_absent(Interp *I, DictObject *d, Value key, int64_t hash, Value v) {
    // the same table policy as insert(): a full table is rebuilt first
    if (hash_pins_inline(I, d, hash) && !leave_inline(I, d)) return false;
    if (d->usable == 0 && !rebuild(I, d)) return false;
    KStatus s = hindex_insert_clean(I->heap, &d->ix, &d->ents, hash, key, v);
    if (s == K_OVERFLOW) {
        if (!rebuild(I, d)) return false;
        s = hindex_insert_clean(I->heap, &d->ix, &d->ents, hash, key, v);
    }
    if (s != K_OK) {
        kfail(I, s);
        return false;
    }
    if (d->usable > 0) d->usable--;
    d->version++;
    return true;
}

bool dict_set_cstr(Interp *I, Value d, const char *key, Value v) {
    Value k = str_intern_cstr(I, key);
    if (k == VAL_NULL) return false;
    return dict_set(I, d, k, v);
}

// Deletes the entry found at probe [p]'s slot.
static void delete_at(DictObject *d, const HProbe *p) {
    if (hindex_delete(&d->ix, &d->ents, p->slot) == K_OK) d->version++;
}

int dict_del(Interp *I, Value d, Value key) {
    DictObject *o = need_dict(I, d);
    if (o == NULL) return -1;
    int64_t hash;
    if (!key_hash(I, key, &hash)) return -1;
    HProbe p;
    int64_t e = lookup(I, o, key, hash, &p);
    if (e == LK_ERROR) return -1;
    if (e == LK_ABSENT) return 0;
    delete_at(o, &p);
    return 1;
}

int dict_contains_hash(Interp *I, Value d, Value key, int64_t hash) {
    DictObject *o = need_dict(I, d);
    if (o == NULL) return -1;
    int64_t e = find(I, o, key, hash);
    if (e == LK_ERROR) return -1;
    return e >= 0;
}

int dict_contains(Interp *I, Value d, Value key) {
    int64_t hash;
    if (!key_hash(I, key, &hash)) return -1;
    return dict_contains_hash(I, d, key, hash);
}

bool dict_next_hash(Value d, size_t *pos, Value *key, Value *value, int64_t *hash) {
    DictObject *o = dobj(d);
    if (o == NULL) return false;
    for (size_t i = *pos; i < o->ix.nent; i++) {
        Value k = ent_key(o, i);
        if (k == VAL_NULL) continue;
        *pos = i + 1;
        if (key != NULL) *key = k;
        if (value != NULL) *value = ent_val(o, i);
        if (hash != NULL && !hindex_entry_hash(&o->ix, i, hash)) *hash = 0;
        return true;
    }
    *pos = o->ix.nent;
    return false;
}

bool dict_next(Value d, size_t *pos, Value *key, Value *value) {
    return dict_next_hash(d, pos, key, value, NULL);
}

void dict_clear(Value d) {
    DictObject *o = dobj(d);
    if (o == NULL) return;
    hindex_clear(&o->ix, &o->ents);
    refill_usable(o);
    o->version++;
}

Value dict_copy(Interp *I, Value d) {
    DictObject *src = need_dict(I, d);
    if (src == NULL) return VAL_NULL;
    Value r = dict_new(I);
    if (r == VAL_NULL) return VAL_NULL;
    DictObject *o = need_dict(I, r);
    if (o == NULL) return VAL_NULL;
    KStatus s = hindex_copy(I->heap, &o->ix, &o->ents, &src->ix, &src->ents);
    if (s != K_OK) return kfail(I, s);
    refill_usable(o);
    return r;
}

Value dict_pop(Interp *I, Value d, Value key) {
    DictObject *o = need_dict(I, d);
    if (o == NULL) return VAL_NULL;
    // as CPython's: an empty dict has nothing to pop, whatever the key (not even hashed:
    // {}.pop([], 0) is 0)
    if (dict_len(d) == 0) return VAL_NULL;
    int64_t hash;
    if (!key_hash(I, key, &hash)) return VAL_NULL;
    HProbe p;
    int64_t e = lookup(I, o, key, hash, &p);
    if (e < 0) return VAL_NULL;
    Value v = ent_val(o, (size_t)e);
    delete_at(o, &p);
    return v;
}

Value dict_setdefault(Interp *I, Value d, Value key, Value dflt) {
    DictObject *o = need_dict(I, d);
    if (o == NULL) return VAL_NULL;
    int64_t hash;
    if (!key_hash(I, key, &hash)) return VAL_NULL;
    HProbe p;
    int64_t e = lookup(I, o, key, hash, &p);
    if (e == LK_ERROR) return VAL_NULL;
    if (e >= 0) return ent_val(o, (size_t)e);
    if (!insert_at(I, o, key, hash, dflt, &p)) return VAL_NULL;
    return dflt;
}

Value dict_getitem(Interp *I, Value d, Value key) {
    DictObject *o = need_dict(I, d);
    if (o == NULL) return VAL_NULL;
    int64_t hash;
    if (!key_hash(I, key, &hash)) return VAL_NULL;
    int64_t e = find(I, o, key, hash);
    if (e >= 0) return ent_val(o, (size_t)e);
    if (e == LK_ERROR) return VAL_NULL;
    if (!is_exact(I, d, TY_DICT)) {
        bool found = false;
        ValView a = vview_make(&key, 1);
        Value r = obj_call_special(I, d, interp_name(I, N___missing__), a, &found);
        if (found || r != VAL_NULL || I->exc != VAL_NULL) return r;
    }
    return exc_raise_arg(I, TY_KEY_ERROR, key);
}

static Value collect(Interp *I, Value d, int what) {
    Value l = list_new(I, dict_len(d));
    if (l == VAL_NULL) return VAL_NULL;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        Value x = what == 0 ? k : what == 1 ? v : tuple_pack(I, 2, k, v);
        if (x == VAL_NULL || !list_append(I, l, x)) return VAL_NULL;
    }
    return l;
}

Value dict_keys_list(Interp *I, Value d) { return collect(I, d, 0); }
Value dict_values_list(Interp *I, Value d) { return collect(I, d, 1); }
Value dict_items_list(Interp *I, Value d) { return collect(I, d, 2); }

// As CPython's PyMapping_Keys: an exact dict's keys, else list(m.keys()) with its
// message for keys() returning something not iterable.
Value dict_mapping_keys(Interp *I, Value m) {
    if (dict_check(m) && type_of(I, m) == interp_type(I, TY_DICT)) return dict_keys_list(I, m);
    Value keys = obj_call_method(I, m, "keys", vview_make(NULL, 0));
    if (keys == VAL_NULL) return VAL_NULL;
    Value it = obj_iter(I, keys);
    if (it == VAL_NULL) {
        if (exc_pending_is(I, TY_TYPE_ERROR)) {
            exc_clear(I);
            exc_raise(I, TY_TYPE_ERROR, "%s.keys() returned a non-iterable (type %s)",
                      obj_type_name(I, m), obj_type_name(I, keys));
        }
        return VAL_NULL;
    }
    return obj_to_list(I, it);
}

// ---- update / merge ----

// True when [v] is a dict whose iteration is the plain dict one (fast merge path).
static bool plain_dict(Interp *I, Value v) {
    if (!dict_check(v)) return false;
    return type_of(I, v)->iter == interp_type(I, TY_DICT)->iter;
}

bool dict_merge(Interp *I, Value d, Value other, bool no_dup_keys) {
    DictObject *o = need_dict(I, d);
    if (o == NULL) return false;
    if (plain_dict(I, other)) {
        if (other == d) return true;
        DictObject *src = dobj(other);
        if (o->ix.used == 0 && src->ix.used > 0) {
            // Empty target: clone the table, as CPython does (no key comparisons).
            KStatus s = hindex_copy(I->heap, &o->ix, &o->ents, &src->ix, &src->ents);
            if (s != K_OK) {
                kfail(I, s);
                return false;
            }
            refill_usable(o);
            o->version++;
            return true;
        }
        size_t n0 = src->ix.nent;
        for (size_t i = 0; i < src->ix.nent; i++) {
            Value k = ent_key(src, i), v = ent_val(src, i);
            if (k == VAL_NULL) continue;
            int64_t hash;
            if (!hindex_entry_hash(&src->ix, i, &hash)) break;
            if (no_dup_keys) {
                int c = dict_contains_hash(I, d, k, hash);
                if (c < 0) return false;
                if (c > 0) {
                    exc_raise_arg(I, TY_KEY_ERROR, k);
                    return false;
                }
            }
            if (!insert(I, o, k, hash, v)) return false;
            if (src->ix.nent != n0) {
                exc_raise(I, TY_RUNTIME_ERROR, "dict mutated during update");
                return false;
            }
        }
        return true;
    }
    // the keys are collected into a list first (a dict subclass here overrides __iter__,
    // so keys() is asked, as CPython does)
    Value klist = dict_mapping_keys(I, other);
    if (klist == VAL_NULL) return false;
    for (size_t i = 0; i < list_len(klist); i++) {
        Value k = list_get(klist, i);
        if (no_dup_keys) {
            int c = dict_contains(I, d, k);
            if (c < 0) return false;
            if (c > 0) {
                exc_raise_arg(I, TY_KEY_ERROR, k);
                return false;
            }
        }
        Value v = obj_getitem(I, other, k);
        if (v == VAL_NULL || !dict_set(I, d, k, v)) return false;
    }
    return true;
}

// d.update(seq) for an iterable of pairs.
static bool merge_pairs(Interp *I, Value d, Value seq) {
    Value it = obj_iter(I, seq);
    if (it == VAL_NULL) return false;
    for (size_t n = 0;; n++) {
        Value item = obj_next(I, it);
        if (item == VAL_NULL) return I->exc == VAL_NULL;
        Value k, v;
        TupleObject *t = tuple_cast(item);
        ListObject *l = list_cast(item);
        if (t != NULL || l != NULL) {
            size_t len = t != NULL ? t->a.len : l->v.len;
            if (len != 2) {
                exc_raise(I, TY_VALUE_ERROR,
                          "dictionary update sequence element #%zu has length %zu; 2 is required",
                          n, len);
                return false;
            }
            k = t != NULL ? varr_get(&t->a, 0) : vec_get(&l->v, 0);
            v = t != NULL ? varr_get(&t->a, 1) : vec_get(&l->v, 1);
        } else {
            Type *ty = type_of(I, item);
            if (ty->iter == NULL && ty->getitem == NULL) {
                exc_raise(I, TY_TYPE_ERROR,
                          "cannot convert dictionary update sequence element #%zu to a sequence",
                          n);
                return false;
            }
            Value fast = obj_to_list(I, item);
            if (fast == VAL_NULL) return false;
            if (list_len(fast) != 2) {
                exc_raise(I, TY_VALUE_ERROR,
                          "dictionary update sequence element #%zu has length %zu; 2 is required",
                          n, list_len(fast));
                return false;
            }
            k = list_get(fast, 0);
            v = list_get(fast, 1);
        }
        if (!dict_set(I, d, k, v)) return false;
    }
}

// The single positional argument of update()/dict(): a mapping or pairs.
static bool update_arg(Interp *I, Value d, Value arg) {
    if (plain_dict(I, arg)) return dict_merge(I, d, arg, false);
    Value keys = obj_lookup_attr(I, arg, interp_name(I, N_keys));
    if (keys == VAL_NULL && I->exc != VAL_NULL) return false;
    if (keys != VAL_NULL) return dict_merge(I, d, arg, false);
    return merge_pairs(I, d, arg);
}

bool dict_update(Interp *I, Value d, Value other) { return update_arg(I, d, other); }

// update(**kw) part: keyword values are the last len(kwnames) args.
static bool update_kwargs(Interp *I, Value d, ValView args, Value kwnames) {
    size_t nkw = args_nkw(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        if (!dict_set(I, d, tuple_get(kwnames, k), vview_get(args, args.n - nkw + k))) return false;
    }
    return true;
}

// ---- slots ----

static Value dict_repr(Interp *I, Value self) {
    if (dict_len(self) == 0) return str_from_cstr(I, "{}");
    int r = list_repr_enter(I, self);
    if (r < 0) return VAL_NULL;
    if (r > 0) return str_from_cstr(I, "{...}");
    Value result = VAL_NULL;
    if (!interp_enter_c(I, "while getting the repr of an object")) goto out;
    StrBuilder sb;
    sb_init(&sb);
    if (!sb_add_cstr(I, &sb, "{")) goto leave;
    size_t pos = 0;
    Value k, v;
    bool first = true;
    while (dict_next(self, &pos, &k, &v)) {
        if (!first && !sb_add_cstr(I, &sb, ", ")) goto leave;
        first = false;
        Value ks = obj_repr(I, k);
        if (ks == VAL_NULL || !sb_add_str(I, &sb, ks) || !sb_add_cstr(I, &sb, ": ")) goto leave;
        Value vs = obj_repr(I, v);
        if (vs == VAL_NULL || !sb_add_str(I, &sb, vs)) goto leave;
    }
    if (!sb_add_cstr(I, &sb, "}")) goto leave;
    result = sb_finish(I, &sb);
leave:
    interp_leave_c(I);
out:
    list_repr_leave(I, self);
    return result;
}

static Value dict_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if (!dict_check(a) || !dict_check(b) || (op != CMP_EQ && op != CMP_NE)) return I->notimpl;
    if (a == b) return interp_bool(I, op == CMP_EQ);
    if (dict_len(a) != dict_len(b)) return interp_bool(I, op == CMP_NE);
    if (!interp_enter_c(I, "in comparison")) return VAL_NULL;
    DictObject *da = dobj(a), *db = dobj(b);
    bool eq = true;
    for (size_t i = 0; eq && i < da->ix.nent; i++) {
        Value k = ent_key(da, i), v = ent_val(da, i);
        if (k == VAL_NULL) continue;
        int64_t hash;
        if (!hindex_entry_hash(&da->ix, i, &hash)) break;
        HProbe p;
        int64_t e = lookup(I, db, k, hash, &p);
        if (e == LK_ERROR) {
            interp_leave_c(I);
            return VAL_NULL;
        }
        if (e == LK_ABSENT) {
            eq = false;
            break;
        }
        Value bv = ent_val(db, (size_t)e);
        int r = obj_richcmp_bool(I, v, bv, CMP_EQ);
        if (r < 0) {
            interp_leave_c(I);
            return VAL_NULL;
        }
        eq = r != 0;
    }
    interp_leave_c(I);
    return interp_bool(I, op == CMP_EQ ? eq : !eq);
}

static int64_t dict_len_slot(Interp *I, Value self) {
    (void)I;
    return (int64_t)dict_len(self);
}

static int dict_setitem(Interp *I, Value self, Value key, Value v) {
    if (v != VAL_NULL) return dict_set(I, self, key, v) ? 0 : -1;
    int r = dict_del(I, self, key);
    if (r < 0) return -1;
    if (r == 0) {
        exc_raise_arg(I, TY_KEY_ERROR, key);
        return -1;
    }
    return 0;
}

static int dict_contains_slot(Interp *I, Value self, Value key) { return dict_contains(I, self, key); }

static Value dict_iter(Interp *I, Value self) { return dict_iter_new(I, self, TY_DICT_KEYITER, false); }

static Value dict_binop(Interp *I, Value a, Value b, BinOp op) {
    if (op != BINOP_OR || !dict_check(a) || !dict_check(b)) return I->notimpl;
    Value r = dict_copy(I, a);
    if (r == VAL_NULL || !update_arg(I, r, b)) return VAL_NULL;
    return r;
}

static Value dict_inplace(Interp *I, Value a, Value b, BinOp op) {
    if ((op != BINOP_OR && op != BINOP_OR + BINOP_INPLACE) || !dict_check(a)) return I->notimpl;
    if (!update_arg(I, a, b)) return VAL_NULL;
    return a;
}

static Value dict_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    return new_typed(I, t);
}

static int dict_init(Interp *I, Value self, ValView args, Value kwnames) {
    size_t npos = args.n - args_nkw(kwnames);
    if (npos > 1) {
        exc_raise(I, TY_TYPE_ERROR, "dict expected at most 1 argument, got %zu", npos);
        return -1;
    }
    if (npos == 1 && !update_arg(I, self, vview_get(args, 0))) return -1;
    // dict(a=1, b=2) on a fresh dict: arrays of exactly its keyword count (as the literal)
    DictObject *o = npos == 0 ? dobj(self) : NULL;
    size_t nkw = args_nkw(kwnames);
    if (o != NULL && o->ix.nent == 0 && o->ix.hcap == 0 && o->ix.nslots == 0 && nkw > 0 &&
        nkw <= DICT_PRESIZE_MAX) {
        KStatus s = hindex_reserve(I->heap, &o->ix, &o->ents, nkw);
        if (s != K_OK) {
            kfail(I, s);
            return -1;
        }
        refill_usable(o);
    }
    return update_kwargs(I, self, args, kwnames) ? 0 : -1;
}

// ---- methods ----

static bool no_args(Interp *I, ValView args, Value kwnames, const char *fname) {
    if (args_nkw(kwnames) != 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no keyword arguments", fname);
        return false;
    }
    if (args.n != 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no arguments (%zu given)", fname, args.n);
        return false;
    }
    return true;
}

static Value m_keys(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "dict.keys")) return VAL_NULL;
    return dict_view_new(I, self, TY_DICT_KEYS);
}

static Value m_values(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "dict.values")) return VAL_NULL;
    return dict_view_new(I, self, TY_DICT_VALUES);
}

static Value m_items(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "dict.items")) return VAL_NULL;
    return dict_view_new(I, self, TY_DICT_ITEMS);
}

static Value m_get(Interp *I, Value self, ValView args, Value kwnames) {
    // d.get(k) / d.get(k, default) without keywords (word counts, caches) skips the
    // generic argument checks, which raise the errors of every other form
    if (kwnames != VAL_NULL || args.n - 1u > 1u) {
        if (!args_no_kw(I, kwnames, "dict.get")) return VAL_NULL;
        if (!args_count(I, args, kwnames, "get", 1, 2)) return VAL_NULL;
    }
    Value v = dict_get(I, self, vview_get(args, 0));
    if (v != VAL_NULL || I->exc != VAL_NULL) return v;
    return args.n == 2 ? vview_get(args, 1) : I->none;
}

static Value m_setdefault(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_no_kw(I, kwnames, "dict.setdefault")) return VAL_NULL;
    if (!args_count(I, args, kwnames, "setdefault", 1, 2)) return VAL_NULL;
    return dict_setdefault(I, self, vview_get(args, 0), args.n == 2 ? vview_get(args, 1) : I->none);
}

static Value m_pop(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_no_kw(I, kwnames, "dict.pop")) return VAL_NULL;
    if (!args_count(I, args, kwnames, "pop", 1, 2)) return VAL_NULL;
    Value key = vview_get(args, 0);
    Value v = dict_pop(I, self, key);
    if (v != VAL_NULL || I->exc != VAL_NULL) return v;
    if (args.n == 2) return vview_get(args, 1);
    return exc_raise_arg(I, TY_KEY_ERROR, key);
}

static Value m_popitem(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "dict.popitem")) return VAL_NULL;
    DictObject *o = dobj(self);
    hindex_trim(&o->ix, &o->ents);
    if (o->ix.used == 0 || o->ix.nent == 0)
        return exc_raise(I, TY_KEY_ERROR, "popitem(): dictionary is empty");
    size_t e = o->ix.nent - 1;
    Value k = ent_key(o, e), v = ent_val(o, e);
    Value pair = tuple_pack(I, 2, k, v);
    if (pair == VAL_NULL) return VAL_NULL;
    size_t slot = hindex_slot_of(&o->ix, e);
    if (slot == HINDEX_NOSLOT || hindex_delete(&o->ix, &o->ents, slot) != K_OK)
        return kfail(I, K_INVALID);
    hindex_trim(&o->ix, &o->ents);
    o->version++;
    return pair;
}

static Value m_update(Interp *I, Value self, ValView args, Value kwnames) {
    size_t npos = args.n - args_nkw(kwnames);
    if (npos > 1) return exc_raise(I, TY_TYPE_ERROR, "update expected at most 1 argument, got %zu", npos);
    if (npos == 1 && !update_arg(I, self, vview_get(args, 0))) return VAL_NULL;
    if (!update_kwargs(I, self, args, kwnames)) return VAL_NULL;
    return I->none;
}

static Value m_copy(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "dict.copy")) return VAL_NULL;
    return dict_copy(I, self);
}

static Value m_clear(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "dict.clear")) return VAL_NULL;
    dict_clear(self);
    return I->none;
}

static Value m_fromkeys(Interp *I, Value cls, ValView args, Value kwnames) {
    if (!args_no_kw(I, kwnames, "dict.fromkeys")) return VAL_NULL;
    if (!args_count(I, args, kwnames, "fromkeys", 1, 2)) return VAL_NULL;
    Value iterable = vview_get(args, 0);
    Value value = args.n == 2 ? vview_get(args, 1) : I->none;
    Value d = obj_call0(I, cls);
    if (d == VAL_NULL) return VAL_NULL;
    bool fast = is_exact(I, d, TY_DICT);
    if (fast && plain_dict(I, iterable)) {
        size_t pos = 0;
        Value k;
        int64_t h;
        while (dict_next_hash(iterable, &pos, &k, NULL, &h))
            if (!dict_set_hash(I, d, k, h, value)) return VAL_NULL;
        return d;
    }
    if (fast && set_check(iterable)) {
        size_t pos = 0;
        Value k;
        int64_t h;
        while (set_next_hash(iterable, &pos, &k, &h))
            if (!dict_set_hash(I, d, k, h, value)) return VAL_NULL;
        return d;
    }
    Value it = obj_iter(I, iterable);
    if (it == VAL_NULL) return VAL_NULL;
    for (;;) {
        Value k = obj_next(I, it);
        if (k == VAL_NULL) return I->exc == VAL_NULL ? d : VAL_NULL;
        if (fast ? !dict_set(I, d, k, value) : obj_setitem(I, d, k, value) < 0) return VAL_NULL;
    }
}

static Value m_reversed(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "dict.__reversed__")) return VAL_NULL;
    return dict_iter_new(I, self, TY_DICT_KEYITER, true);
}

static Value m_sizeof(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "dict.__sizeof__")) return VAL_NULL;
    DictObject *o = dobj(self);
    return int_from_i64(I, (int64_t)(48 + o->ix.nslots * 8 + o->ents.cap * 8 + o->ix.hcap * 8));
}

static const MethodDef dict_methods[] = {
    {"keys", m_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"get", m_get, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, 0, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, 0, "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", m_update, 0, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"copy", m_copy, 0, "D.copy() -> a shallow copy of D"},
    {"clear", m_clear, 0, "D.clear() -> None.  Remove all items from D."},
    {"fromkeys", m_fromkeys, METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the dict keys."},
    {"__sizeof__", m_sizeof, 0, "D.__sizeof__() -> size of D in memory, in bytes"},
    {NULL, NULL, 0, NULL},
};

const TypeSpec dict_spec = {
    .name = "dict",
    .inst_kind = K_DICT,
    .inst_size = sizeof(DictObject),
    .tflags = TF_BASETYPE | TF_DICT_SUB | TF_MAPPING,
    .base = TY_OBJECT,
    .repr = dict_repr,
    .richcmp = dict_richcmp,
    .iter = dict_iter,
    .len = dict_len_slot,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains_slot,
    .binop = dict_binop,
    .inplace = dict_inplace,
    .new_ = dict_new_slot,
    .init = dict_init,
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary",
};
