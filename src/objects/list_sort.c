/*
 * list_sort.c: list.sort(): a stable natural merge sort in the style of timsort
 * (ascending/descending run detection, binary insertion up to a minimum run length,
 * CPython's run-stack merge rules), with key= and reverse=.
 *
 * Invariant: while sorting, the list itself is empty (its items are detached into the
 * sort state, as CPython does), so a key function or __lt__ that mutates the list cannot
 * disturb the sort; any such mutation is detected afterwards and reported as
 * ValueError("list modified during sort"), the mutation being discarded. Every step keeps
 * the arrays a permutation of the input, so an exception from a comparison leaves the
 * list holding all its items (partially sorted), never a lost or duplicated one.
 */
#include "exc.h"
#include "float.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define MAX_RUNS 128

typedef enum { CMP_GENERIC, CMP_SMALLINT, CMP_STR, CMP_FLOAT, CMP_TUPLE } CmpKind;

typedef struct Run {
    size_t base, len;
} Run;

typedef struct SortState {
    Interp *I;
    ValVec keys;   /* what is compared */
    ValVec vals;   /* the items, moved along with their keys (key= given) */
    bool has_vals;
    ValVec tk, tv; /* merge buffers */
    CmpKind kind;
    Run runs[MAX_RUNS];
    size_t nruns;
} SortState;

static Value key_at(const SortState *st, size_t i) { return vec_get(&st->keys, i); }

static void put(SortState *st, size_t i, Value k, Value v) {
    (void)vec_set(&st->keys, i, k);
    if (st->has_vals) (void)vec_set(&st->vals, i, v);
}

static Value val_at(const SortState *st, size_t i) {
    return st->has_vals ? vec_get(&st->vals, i) : VAL_NULL;
}

// a < b for two exact tuples, as tuple's own comparison decides it (the first items that
// are not equal decide, else the shorter is less), without its depth guard: the items'
// comparisons have their own.
static int tuple_less(Interp *I, Value a, Value b) {
    size_t na = tuple_len(a), nb = tuple_len(b);
    for (size_t i = 0; i < na && i < nb; i++) {
        Value x = tuple_get(a, i), y = tuple_get(b, i);
        int c = obj_cmp_known(I, x, y);
        if (c != CMP_UNKNOWN) { // (no Python code: not the two comparisons below)
            if (c == 0) continue;
            return c < 0;
        }
        int eq = obj_richcmp_bool(I, x, y, CMP_EQ);
        if (eq < 0) return -1;
        if (!eq) return obj_richcmp_bool(I, x, y, CMP_LT);
    }
    return na < nb;
}

// a < b: 1, 0 or -1 (exception).
static int less(SortState *st, Value a, Value b) {
    switch (st->kind) {
    case CMP_SMALLINT:
        return val_small(a) < val_small(b);
    case CMP_STR:
        return bview_cmp(str_view(a), str_view(b)) < 0;
    case CMP_FLOAT:
        return float_value(a) < float_value(b);
    case CMP_TUPLE:
        return tuple_less(st->I, a, b);
    case CMP_GENERIC:
        break;
    }
    return obj_richcmp_bool(st->I, a, b, CMP_LT);
}

static CmpKind pick_kind(Interp *I, const ValVec *keys) {
    size_t n = keys->len;
    if (n == 0) return CMP_GENERIC;
    bool ints = true, strs = true, floats = true, tuples = true;
    Type *str_t = interp_type(I, TY_STR), *float_t = interp_type(I, TY_FLOAT);
    Type *tuple_t = interp_type(I, TY_TUPLE);
    for (size_t i = 0; i < n; i++) {
        Value k = vec_get(keys, i);
        if (!val_is_small(k)) ints = false;
        if (val_is_small(k)) {
            strs = floats = tuples = false;
        } else {
            Type *t = type_of(I, k);
            if (t != str_t) strs = false;
            if (t != float_t) floats = false;
            if (t != tuple_t) tuples = false;
        }
        if (!ints && !strs && !floats && !tuples) return CMP_GENERIC;
    }
    if (ints) return CMP_SMALLINT;
    if (strs) return CMP_STR;
    if (tuples) return CMP_TUPLE;
    return CMP_FLOAT;
}

static void reverse_range(SortState *st, size_t lo, size_t hi) {
    while (hi > lo + 1) {
        hi--;
        // lo < hi < len: the swaps cannot fail
        KStatus s1 = vec_swap(&st->keys, lo, hi);
        KStatus s2 = st->has_vals ? vec_swap(&st->vals, lo, hi) : K_OK;
        (void)s1;
        (void)s2;
        lo++;
    }
}

// Sorts [lo, hi) by binary insertion, knowing [lo, start) is already sorted.
static bool binary_insertion(SortState *st, size_t lo, size_t hi, size_t start) {
    if (start == lo) start++;
    for (; start < hi; start++) {
        Value pk = key_at(st, start), pv = val_at(st, start);
        size_t l = lo, r = start;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            int c = less(st, pk, key_at(st, m));
            if (c < 0) return false;
            if (c) r = m;
            else l = m + 1;
        }
        for (size_t p = start; p > l; p--) put(st, p, key_at(st, p - 1), val_at(st, p - 1));
        put(st, l, pk, pv);
    }
    return true;
}

// Length of the run starting at [lo] (descending runs are reversed in place); 0 on error.
static size_t count_run(SortState *st, size_t lo, size_t hi) {
    if (hi - lo < 2) return hi - lo;
    size_t k = lo + 1;
    int c = less(st, key_at(st, k), key_at(st, lo));
    if (c < 0) return 0;
    if (c) {
        for (k++; k < hi; k++) {
            c = less(st, key_at(st, k), key_at(st, k - 1));
            if (c < 0) return 0;
            if (!c) break;
        }
        reverse_range(st, lo, k);
    } else {
        for (k++; k < hi; k++) {
            c = less(st, key_at(st, k), key_at(st, k - 1));
            if (c < 0) return 0;
            if (c) break;
        }
    }
    return k - lo;
}

static size_t min_run(size_t n) {
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1u;
        n >>= 1;
    }
    return n + r;
}

// Merges the adjacent sorted ranges [lo, mid) and [mid, hi). The left range goes to the
// buffer; on a comparison error the rest of the buffer is copied back, so nothing is lost.
static bool merge(SortState *st, size_t lo, size_t mid, size_t hi) {
    size_t na = mid - lo;
    KStatus s = vec_copy_range(st->I->heap, &st->tk, &st->keys, lo, na);
    if (s == K_OK && st->has_vals) s = vec_copy_range(st->I->heap, &st->tv, &st->vals, lo, na);
    if (s != K_OK) {
        exc_nomem(st->I);
        return false;
    }
    size_t i = 0, j = mid, d = lo;
    bool ok = true;
    while (i < na && j < hi) {
        Value tki = vec_get(&st->tk, i);
        int c = less(st, key_at(st, j), tki);
        if (c < 0) {
            ok = false;
            break;
        }
        if (c) {
            put(st, d++, key_at(st, j), val_at(st, j));
            j++;
        } else {
            put(st, d++, tki, st->has_vals ? vec_get(&st->tv, i) : VAL_NULL);
            i++;
        }
    }
    for (; i < na; i++) put(st, d++, vec_get(&st->tk, i), st->has_vals ? vec_get(&st->tv, i) : VAL_NULL);
    return ok;
}

static bool merge_at(SortState *st, size_t n) {
    Run a = st->runs[n], b = st->runs[n + 1];
    st->runs[n].len = a.len + b.len;
    // bounds-ok: k + 1 < nruns <= MAX_RUNS (run_sort refuses more runs), so runs[k + 1] is
    // in the array; clang 14 takes the unsigned k + 1 as possibly below zero
    for (size_t k = n + 1; k + 1 < st->nruns; k++) st->runs[k] = st->runs[k + 1];
    st->nruns--;
    return merge(st, a.base, b.base, b.base + b.len);
}

static bool merge_collapse(SortState *st) {
    while (st->nruns > 1) {
        size_t n = st->nruns - 2;
        if ((n > 0 && st->runs[n - 1].len <= st->runs[n].len + st->runs[n + 1].len) ||
            (n > 1 && st->runs[n - 2].len <= st->runs[n - 1].len + st->runs[n].len)) {
            if (st->runs[n - 1].len < st->runs[n + 1].len) n--;
            if (!merge_at(st, n)) return false;
        } else if (st->runs[n].len <= st->runs[n + 1].len) {
            if (!merge_at(st, n)) return false;
        } else {
            break;
        }
    }
    return true;
}

static bool merge_force_collapse(SortState *st) {
    while (st->nruns > 1) {
        size_t n = st->nruns - 2;
        if (n > 0 && st->runs[n - 1].len < st->runs[n + 1].len) n--;
        if (!merge_at(st, n)) return false;
    }
    return true;
}

static bool run_sort(SortState *st) {
    size_t n = st->keys.len;
    if (n < 2) return true;
    size_t minrun = min_run(n);
    size_t lo = 0;
    while (lo < n) {
        size_t len = count_run(st, lo, n);
        if (len == 0) return false;
        if (len < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            if (!binary_insertion(st, lo, lo + force, lo + len)) return false;
            len = force;
        }
        if (st->nruns >= MAX_RUNS) {
            exc_raise(st->I, TY_SYSTEM_ERROR, "sort run stack overflow");
            return false;
        }
        st->runs[st->nruns].base = lo;
        st->runs[st->nruns].len = len;
        st->nruns++;
        if (!merge_collapse(st)) return false;
        lo += len;
    }
    return merge_force_collapse(st);
}

bool list_sort(Interp *I, Value l, Value key, bool reverse) {
    ListObject *o = list_cast(l);
    if (o == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "descriptor 'sort' requires a 'list' object");
        return false;
    }
    // Detach the items: during the sort the list is empty.
    ValVec items = o->v;
    vec_init(&o->v);
    uint64_t mark = ++o->mutations;

    SortState st;
    st.I = I;
    st.nruns = 0;
    vec_init(&st.tk);
    vec_init(&st.tv);
    vec_init(&st.vals);
    st.has_vals = false;
    st.keys = items;
    bool ok = true;
    if (key != VAL_NULL) {
        ValVec keys;
        vec_init(&keys);
        KStatus s = vec_reserve(I->heap, &keys, items.len);
        if (s != K_OK) {
            exc_nomem(I);
            ok = false;
        }
        for (size_t i = 0; ok && i < items.len; i++) {
            Value k = obj_call1(I, key, vec_get(&items, i));
            if (k == VAL_NULL || vec_push(I->heap, &keys, k) != K_OK) {
                if (k != VAL_NULL) exc_nomem(I);
                ok = false;
            }
        }
        st.keys = keys;
        st.vals = items;
        st.has_vals = true;
    }
    if (ok) {
        st.kind = pick_kind(I, &st.keys);
        if (reverse) reverse_range(&st, 0, st.keys.len);
        ok = run_sort(&st);
        if (reverse) reverse_range(&st, 0, st.keys.len);
    }
    bool modified = o->mutations != mark || o->v.len != 0 || o->v.cap != 0;
    o->v = st.has_vals ? st.vals : st.keys;
    o->mutations++;
    if (ok && modified) {
        exc_raise(I, TY_VALUE_ERROR, "list modified during sort");
        return false;
    }
    return ok;
}
