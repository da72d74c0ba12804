/*
 * vec.h: growable arrays of Values, the storage of lists, tuples, dict entries, frames.
 *
 * The items live in one HEAP_SCAN chunk, so the collector sees every element. Slots at
 * index >= len are always VAL_NULL. Every access is bounds-checked here; nothing outside
 * the kernel indexes the items pointer.
 *
 * Invariant: len <= cap; items == NULL iff cap == 0; cap * sizeof(Value) never overflows.
 */
#ifndef SAFEPY_KERNEL_VEC_H
#define SAFEPY_KERNEL_VEC_H

#include <stdbool.h>
#include <stddef.h>

#include "heap.h"
#include "kstatus.h"
#include "value.h"

typedef struct ValVec {
    Value *items;
    size_t len;
    size_t cap;
} ValVec;

/* Largest length a ValVec may have. */
#define VEC_MAX_LEN (SIZE_MAX / 4 / sizeof(Value))

/* A read-only window on consecutive Values: call arguments. For calls, the last
 * len(kwnames) entries are keyword argument values. */
typedef struct ValView {
    const Value *p;
    size_t n;
} ValView;

/* Argument i of [v], or VAL_NULL when out of range. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1));
    assigns \nothing;
    ensures i < v.n ==> \result == v.p[i];
    ensures i >= v.n ==> \result == VAL_NULL; */
#endif
static inline Value vview_get(ValView v, size_t i) {
    // As bview_get: p == NULL implies n == 0; the test is for the static analysers.
    if (i >= v.n || v.p == NULL) return VAL_NULL;
    return v.p[i];
}
/* View of a whole vector. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires \valid_read(vec);
    assigns \nothing;
    ensures \result.p == vec->items && \result.n == vec->len; */
#endif
static inline ValView vview_of_vec(const ValVec *vec) {
    ValView r = {vec->items, vec->len};
    return r;
}
/* Sub-view [lo, hi) of [v], clamped. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1));
    requires v.p == \null ==> v.n == 0;
    assigns \nothing;
    ensures \result.n <= v.n;
    ensures \result.n == 0 || \valid_read(\result.p + (0 .. \result.n - 1));
    ensures lo <= hi <= v.n ==> \result.p == v.p + lo && \result.n == hi - lo; */
#endif
static inline ValView vview_slice(ValView v, size_t lo, size_t hi) {
    if (hi > v.n) hi = v.n;
    if (lo > hi) lo = hi;
    ValView r = {v.p == NULL ? NULL : v.p + lo, hi - lo};
    return r;
}
/* View of a C array [a] of [n] Values. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ assigns \nothing;
    ensures \result.p == a && \result.n == n; */
#endif
static inline ValView vview_make(const Value *a, size_t n) {
    ValView r = {a, n};
    return r;
}

/* Makes [v] empty without allocating. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires \valid(v);
    assigns *v;
    ensures v->items == \null && v->len == 0 && v->cap == 0; */
#endif
static inline void vec_init(ValVec *v) {
    v->items = NULL;
    v->len = 0;
    v->cap = 0;
}

/* Element [i] of [v], or VAL_NULL when i >= len. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires \valid_read(v);
    requires v->len == 0 || \valid_read(v->items + (0 .. v->len - 1));
    assigns \nothing;
    ensures i < v->len ==> \result == v->items[i];
    ensures i >= v->len ==> \result == VAL_NULL; */
#endif
static inline Value vec_get(const ValVec *v, size_t i) {
    if (i >= v->len) return VAL_NULL;
    return v->items[i];
}

/* Replaces element [i] with [x]. K_RANGE when i >= len. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires \valid(v);
    requires v->len == 0 || \valid(v->items + (0 .. v->len - 1));
    requires \separated(v, v->items + (0 .. v->len - 1));
    assigns v->items[i];
    ensures i < v->len ==> \result == K_OK && v->items[i] == x;
    ensures i >= v->len ==> \result == K_RANGE; */
#endif
static inline KStatus vec_set(ValVec *v, size_t i, Value x) {
    if (K_FAILS(i >= v->len)) return K_RANGE;
    v->items[i] = x;
    return K_OK;
}

/* A fixed-length array of Values at the end of an object's own chunk (a flexible array
 * member): a tuple's items, one chunk instead of an object plus a ValVec item chunk.
 * varr_init sets the length once, after checking against the heap that the chunk really
 * holds that many slots past [a]; every access below is bounds-checked against it.
 * Declare it as the last member of the object's struct. */
typedef struct ValArr {
    size_t len;
    Value items[];
} ValArr;

/* Bytes of a chunk holding a ValArr of [n] Values at byte offset [off] (the object's
 * offsetof): false when that overflows or n > VEC_MAX_LEN. */
K_MUST bool varr_size(size_t off, size_t n, size_t *out);

/* Makes [a] (inside the chunk at [chunk] of heap [h], all slots still VAL_NULL) an array
 * of [n] Values. K_RANGE, [a] left empty, when the chunk does not hold them. */
K_MUST KStatus varr_init(const Heap *h, const void *chunk, ValArr *a, size_t n);

/* Element [i] of [a], or VAL_NULL when i >= len. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires \valid_read(&a->len);
    requires a->len == 0 || \valid_read(&a->items[0] + (0 .. a->len - 1));
    assigns \nothing;
    ensures i < a->len ==> \result == a->items[i];
    ensures i >= a->len ==> \result == VAL_NULL; */
#endif
static inline Value varr_get(const ValArr *a, size_t i) {
    if (i >= a->len) return VAL_NULL;
    return a->items[i];
}

/* Replaces element [i] of [a] with [x]. K_RANGE when i >= len. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires \valid(&a->len);
    requires a->len == 0 || \valid(&a->items[0] + (0 .. a->len - 1));
    assigns a->items[i];
    ensures i < a->len ==> \result == K_OK && a->items[i] == x;
    ensures i >= a->len ==> \result == K_RANGE; */
#endif
static inline KStatus varr_set(ValArr *a, size_t i, Value x) {
    if (K_FAILS(i >= a->len)) return K_RANGE;
    a->items[i] = x;
    return K_OK;
}

/* View of the whole array [a]. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires \valid_read(&a->len);
    assigns \nothing;
    ensures \result.n == a->len;
    ensures a->len > 0 ==> \result.p == &a->items[0];
    ensures a->len == 0 ==> \result.p == \null; */
#endif
static inline ValView vview_of_arr(const ValArr *a) {
    ValView r = {a->len == 0 ? NULL : a->items, a->len};
    return r;
}

/* The items of [a] as a ValVec (cap == len), only to be passed as the read-only source
 * of vec_splice, vec_copy_range or vec_repeat: never grow or write through it. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires \valid_read(&a->len);
    assigns \nothing;
    ensures \result.len == a->len && \result.cap == a->len;
    ensures a->len > 0 ==> \result.items == &a->items[0];
    ensures a->len == 0 ==> \result.items == \null; */
#endif
static inline ValVec vec_of_arr(const ValArr *a) {
    ValVec r = {a->len == 0 ? NULL : (Value *)a->items, a->len, a->len};
    return r;
}

/* Makes [dst] (its old items dropped, not zeroed) a new vector holding exactly the [src.n]
 * Values of [src], with capacity src.n (no array when src.n == 0): BUILD_LIST's exact
 * size. [src] may not point into [dst]'s items. K_OVERFLOW, K_NOMEM ([dst] unchanged). */
K_MUST KStatus vec_from_view(Heap *h, ValVec *dst, ValView src);

/* Ensures capacity for at least [mincap] elements (grows geometrically). */
K_MUST KStatus vec_reserve(Heap *h, ValVec *v, size_t mincap);

/* Appends [x]. */
K_MUST KStatus vec_push(Heap *h, ValVec *v, Value x);

/* Removes and returns the last element, VAL_NULL when empty. */
Value vec_pop(ValVec *v);

/* A weak vector: appends [x] to [v], whose storage is a HEAP_WEAK chunk (heap.h): the
 * items do not keep their targets alive, and the collector sets an item to VAL_NULL when
 * its target is collected. When full, the cleared items are dropped first (the others
 * keep their order), then the storage grows. Use only vec_push_weak to add to such a
 * vector (vec_push would copy it into a strong chunk); reading, vec_remove_range and
 * vec_clear work as for any vector (items may read VAL_NULL). */
K_MUST KStatus vec_push_weak(Heap *h, ValVec *v, Value x);

/* Inserts [x] before index [i] (i <= len). */
K_MUST KStatus vec_insert(Heap *h, ValVec *v, size_t i, Value x);

/* Removes [n] elements starting at [i] (i + n <= len), shifting the tail down. */
K_MUST KStatus vec_remove_range(ValVec *v, size_t i, size_t n);

/* Sets the length to [n]; new slots are VAL_NULL, dropped slots are cleared. A vector
 * with no storage yet gets a capacity of exactly [n]. */
K_MUST KStatus vec_resize(Heap *h, ValVec *v, size_t n);

/* Replaces elements [lo, hi) of [v] with the [n] elements of [src] starting at [from].
 * [src] may be [v] itself. */
K_MUST KStatus vec_splice(Heap *h, ValVec *v, size_t lo, size_t hi, const ValVec *src,
                          size_t from, size_t n);

/* Makes [dst] a new vector holding a copy of [src] elements [from, from+n). */
K_MUST KStatus vec_copy_range(Heap *h, ValVec *dst, const ValVec *src, size_t from, size_t n);

/* Appends [n] copies of the elements of [src] (times [count]) to [dst]. */
K_MUST KStatus vec_repeat(Heap *h, ValVec *dst, const ValVec *src, size_t count);

/* Reverses elements in place. */
void vec_reverse(ValVec *v);

/* Swaps elements [i] and [j] (both < len). */
K_MUST KStatus vec_swap(ValVec *v, size_t i, size_t j);

/* Empties [v] (keeps nothing; the old chunk is left to the collector). */
void vec_clear(ValVec *v);

#endif
