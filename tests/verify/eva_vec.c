/*
 * eva_vec.c: Frama-C Eva driver for kernel/vec.c (and the inline accessors of vec.h).
 * A ValVec of every capacity 0..N (storage of exactly cap Values, the first len of them
 * unknown, the rest VAL_NULL as vec.h's invariant says) with every length <= cap, then
 * every function with every small index/count and with SIZE_MAX; splices and copies
 * of a vector into itself; every allocation also fails once (eva_heap_stub.h).
 * As in eva_buf, every size and index is its own abstract state (ANY_SIZE), so no
 * len <= cap relation is lost.
 * Run: sh tools/verify.sh eva_vec (every unit) or eva_vec.NAME (one)
 */
#include "eva_heap_stub.h"
#include "eva_unit.h"
#include "kernel/vec.h"

#define N 3

static Heap heap;

/* Every size/index here is drawn with Frama_C_interval_split: one abstract state per
 * value, kept apart by the slevel (a `split` annotation cannot be used: two calls of one
 * helper share its split key, so the second split undoes the first). Hence macros. */
#define ANY_SIZE(max) ((size_t)Frama_C_interval_split(0, (int)(max)))

/* Every index up to just past [bound], and SIZE_MAX. */
#define ANY_INDEX(i, bound)                                                               \
    size_t i = ANY_SIZE((bound) + 2);                                                     \
    if (i == (bound) + 2) i = SIZE_MAX

/* A vector of every capacity 0..max (exactly cap Values) and length 0..cap. */
#define ANY_VEC(v, max)                                                                   \
    ValVec v;                                                                             \
    vec_init(&v);                                                                         \
    do {                                                                                  \
        size_t cap_ = ANY_SIZE(max);                                                      \
        if (cap_ == 0) break;                                                             \
        Value *p_ = malloc(cap_ * sizeof(Value));                                         \
        if (p_ == NULL) return;                                                           \
        size_t len_ = ANY_SIZE(cap_);                                                     \
        for (size_t k_ = 0; k_ < cap_; k_++)                                              \
            p_[k_] = k_ < len_ ? Frama_C_unsigned_long_interval(1, UINTPTR_MAX) : VAL_NULL; \
        v.items = p_;                                                                     \
        v.cap = cap_;                                                                     \
        v.len = len_;                                                                     \
    } while (0)

static void t_access(void) {
    ANY_VEC(v, N);
    ANY_INDEX(i, N);
    ANY_INDEX(j, N);
    (void)vec_get(&v, i);
    (void)vec_set(&v, i, 3);
    (void)vec_swap(&v, i, j);
    ValView w = vview_of_vec(&v);
    (void)vview_get(w, i);
    ValView s = vview_slice(w, i, j);
    //@ assert s.n <= w.n;
    (void)vview_get(s, 0);
    (void)vview_get(s, s.n - 1);
    (void)vview_get(vview_make(v.items, v.len), i);
    vec_reverse(&v);
    (void)vec_pop(&v);
}

static void t_push(void) {
    ANY_VEC(v, N);
    if (vec_push(&heap, &v, 5) == K_OK) {
        //@ assert v.len <= v.cap;
        (void)vec_get(&v, v.len - 1);
    }
    vec_clear(&v);
}

static void t_insert(void) {
    ANY_VEC(v, N);
    ANY_INDEX(x1, N);
    (void)vec_insert(&heap, &v, x1, 9);
}

static void t_remove(void) {
    ANY_VEC(v, N);
    ANY_INDEX(i, N);
    ANY_INDEX(n, N);
    (void)vec_remove_range(&v, i, n);
}

static void t_resize(void) {
    ANY_VEC(v, N);
    ANY_INDEX(x2, N);
    (void)vec_resize(&heap, &v, x2);
    ANY_INDEX(x3, N);
    (void)vec_reserve(&heap, &v, x3);
}

/* A full source vector of 2 Values (splitting src too would multiply the states). */
static void src2(ValVec *src) {
    vec_init(src);
    Value *p = malloc(2 * sizeof(Value));
    if (p == NULL) return;
    p[0] = 11;
    p[1] = 13;
    src->items = p;
    src->len = src->cap = 2;
}

static void t_splice(void) {
    ValVec src;
    ANY_VEC(v, 3);
    src2(&src);
    ANY_INDEX(lo, 3);
    ANY_INDEX(hi, 3);
    ANY_INDEX(x4, 2);
    (void)vec_splice(&heap, &v, lo, hi, &src, 0, x4);
}

static void t_splice_from(void) {
    ValVec src;
    ANY_VEC(v, 3);
    src2(&src);
    ANY_INDEX(lo, 3);
    ANY_INDEX(from, 2);
    (void)vec_splice(&heap, &v, lo, 3, &src, from, 1);
}

static void t_splice_self(void) {
    ANY_VEC(v, 3);
    ANY_INDEX(lo, 3);
    ANY_INDEX(hi, 3);
    ANY_INDEX(n, 3);
    (void)vec_splice(&heap, &v, lo, hi, &v, 1, n);
}

static void t_copy(void) {
    ValVec d;
    ANY_VEC(v, N);
    ANY_INDEX(from, N);
    ANY_INDEX(n, N);
    vec_init(&d);
    if (vec_copy_range(&heap, &d, &v, from, n) == K_OK) {
        //@ assert d.len == n;
        (void)vec_get(&d, n - 1);
    }
}

static void t_repeat(void) {
    ANY_VEC(v, 2);
    ANY_VEC(d, 2);
    ANY_INDEX(k, 3);
    (void)vec_repeat(&heap, &d, &v, k);
    (void)vec_repeat(&heap, &v, &v, k);
}

/* An inline array at byte offset 0, 8 or 16 of a chunk sized for 0..N Values, claimed
 * by varr_init to hold 0..N+1 or SIZE_MAX: only claims that fit are accepted, and then
 * every accessor with every index stays inside the chunk. */
static void t_arr(void) {
    size_t off = ANY_SIZE(2) * 8;
    size_t n = ANY_SIZE(N);
    size_t size;
    if (!varr_size(off, n, &size)) return;
    uint8_t *chunk = heap_alloc(&heap, size, HEAP_SCAN);
    if (chunk == NULL) return;
    ValArr *a = (ValArr *)(void *)(chunk + off);
    ANY_INDEX(claim, N);
    if (varr_init(&heap, chunk, a, claim) != K_OK) return;
    //@ assert a->len <= n;
    ANY_INDEX(i, N);
    (void)varr_set(a, i, 3);
    (void)varr_get(a, i);
    (void)vview_get(vview_of_arr(a), i);
    ValVec v = vec_of_arr(a);
    (void)vec_get(&v, i);
    ValVec d;
    vec_init(&d);
    (void)vec_copy_range(&heap, &d, &v, 0, v.len);
    (void)vec_get(&d, i);
}

/* vec_from_view: views of 0..6 Values of any value (and the empty view with no array),
 * any allocation failing. */
static void t_from_view(void) {
    size_t n = ANY_SIZE(6);
    Value *a = n > 0 ? malloc(n * sizeof(Value)) : NULL;
    if (n > 0 && a == NULL) return;
    if (n > 0) Frama_C_make_unknown((char *)a, n * sizeof(Value));
    ValVec d;
    vec_init(&d);
    KStatus s = vec_from_view(&heap, &d, vview_make(a, n));
    if (s == K_OK) {
        //@ assert d.len == n && d.cap == n;
        (void)vec_get(&d, ANY_SIZE(7));
    }
}

/* The gate units (eva_unit.h), one per group of functions. */
EVA_UNIT(eva_vec, access, t_access())
EVA_UNIT(eva_vec, push, t_push())
EVA_UNIT(eva_vec, insert, t_insert())
EVA_UNIT(eva_vec, remove, t_remove())
EVA_UNIT(eva_vec, resize, t_resize())
EVA_UNIT(eva_vec, splice, t_splice())
EVA_UNIT(eva_vec, splice_from, t_splice_from())
EVA_UNIT(eva_vec, splice_self, t_splice_self())
EVA_UNIT(eva_vec, copy, t_copy())
EVA_UNIT(eva_vec, repeat, t_repeat())
EVA_UNIT(eva_vec, arr, t_arr())
EVA_UNIT(eva_vec, from_view, t_from_view())
