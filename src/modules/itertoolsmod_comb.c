/*
 * itertoolsmod_comb.c: the combinatoric iterators of _itertools: product, permutations,
 * combinations, combinations_with_replacement.
 *
 * Invariant: the pools are materialised as tuples at construction; the index vectors
 * (small ints) always select valid positions of those immutable tuples, so a step never
 * reads out of range whatever the caller does between steps.
 */
#include "itertoolsmod.h"

#include "../objects/args.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

static bool vec_fill(Interp *I, ValVec *v, size_t n) {
    vec_init(v);
    KStatus s = vec_resize(I->heap, v, n);
    if (s != K_OK) {
        exc_from_kstatus(I, s, "itertools");
        return false;
    }
    return true;
}

static int64_t idx_get(const ValVec *v, size_t i) { return (int64_t)val_small(vec_get(v, i)); }

static void idx_set(ValVec *v, size_t i, int64_t x) { (void)vec_set(v, i, val_from_small((intptr_t)x)); }

static bool r_arg(Interp *I, Value rv, int64_t *r) {
    if (!itertoolsmod_ssize(I, rv, r)) return false;
    if (*r < 0) {
        exc_raise(I, TY_VALUE_ERROR, "r must be non-negative");
        return false;
    }
    return true;
}

// ---- product: v = pools (tuples), w = indices ----

static Value product_new(Interp *I, Type *t, ValView args, Value kwnames) {
    size_t nkw = args_nkw(kwnames), npos = args.n - nkw;
    int64_t repeat = 1;
    for (size_t i = 0; i < nkw; i++) {
        Value k = tuple_get(kwnames, i);
        if (!str_eq_cstr(k, "repeat"))
            return exc_raise(I, TY_TYPE_ERROR, "%R is an invalid keyword argument for product()", k);
        if (!itertoolsmod_ssize(I, vview_get(args, npos + i), &repeat)) return VAL_NULL;
    }
    if (repeat < 0) return exc_raise(I, TY_VALUE_ERROR, "repeat argument cannot be negative");
    if (npos > 0 && (uint64_t)repeat > (uint64_t)(SIZE_MAX / 16) / npos)
        return exc_raise(I, TY_OVERFLOW_ERROR, "repeat argument too large");
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    size_t np = npos * (size_t)repeat;
    if (!vec_fill(I, &it->v, np) || !vec_fill(I, &it->w, np)) return VAL_NULL;
    for (size_t k = 0; k < npos; k++) {
        Value pool = obj_to_tuple(I, vview_get(args, k));
        if (pool == VAL_NULL) return VAL_NULL;
        for (int64_t rep = 0; rep < repeat; rep++) (void)vec_set(&it->v, (size_t)rep * npos + k, pool);
    }
    for (size_t k = 0; k < np; k++) idx_set(&it->w, k, 0);
    return obj_val(it);
}

static Value product_result(Interp *I, ItObj *it) {
    size_t np = it->v.len;
    Value r = tuple_new(I, np);
    if (r == VAL_NULL) return VAL_NULL;
    for (size_t k = 0; k < np; k++)
        tuple_init_item(r, k, tuple_get(vec_get(&it->v, k), (size_t)idx_get(&it->w, k)));
    return r;
}

static Value product_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL || it->done) return VAL_NULL;
    size_t np = it->v.len;
    if (!it->started) {
        it->started = true;
        for (size_t k = 0; k < np; k++)
            if (tuple_len(vec_get(&it->v, k)) == 0) {
                it->done = true;
                return VAL_NULL;
            }
        return product_result(I, it);
    }
    size_t i = np;
    while (i > 0) {
        i--;
        int64_t x = idx_get(&it->w, i) + 1;
        if ((size_t)x < tuple_len(vec_get(&it->v, i))) {
            idx_set(&it->w, i, x);
            return product_result(I, it);
        }
        idx_set(&it->w, i, 0);
    }
    it->done = true;
    return VAL_NULL;
}

// ---- permutations: a = pool, v = indices, w = cycles, n = r ----

static Value permutations_new(Interp *I, Type *t, ValView args, Value kwnames) {
    Value iterable, rv = VAL_NULL;
    if (!args_parse(I, args, kwnames, "permutations", "iterable | r", &iterable, &rv))
        return VAL_NULL;
    Value pool = obj_to_tuple(I, iterable);
    if (pool == VAL_NULL) return VAL_NULL;
    int64_t n = (int64_t)tuple_len(pool), r = n;
    if (rv != VAL_NULL && rv != I->none && !r_arg(I, rv, &r)) return VAL_NULL;
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = pool;
    it->n = r;
    it->done = r > n;
    if (it->done) return obj_val(it);
    if (!vec_fill(I, &it->v, (size_t)n) || !vec_fill(I, &it->w, (size_t)r)) return VAL_NULL;
    for (int64_t k = 0; k < n; k++) idx_set(&it->v, (size_t)k, k);
    for (int64_t k = 0; k < r; k++) idx_set(&it->w, (size_t)k, n - k);
    return obj_val(it);
}

static Value pick(Interp *I, Value pool, const ValVec *idx, size_t r) {
    Value t = tuple_new(I, r);
    if (t == VAL_NULL) return VAL_NULL;
    for (size_t k = 0; k < r; k++) tuple_init_item(t, k, tuple_get(pool, (size_t)idx_get(idx, k)));
    return t;
}

static Value permutations_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL || it->done) return VAL_NULL;
    size_t n = tuple_len(it->a), r = (size_t)it->n;
    if (!it->started) {
        it->started = true;
        return pick(I, it->a, &it->v, r);
    }
    for (size_t i = r; i > 0;) {
        i--;
        int64_t c = idx_get(&it->w, i) - 1;
        if (c == 0) {
            // rotate indices[i:] left by one
            int64_t first = idx_get(&it->v, i);
            for (size_t k = i; k + 1 < n; k++) idx_set(&it->v, k, idx_get(&it->v, k + 1));
            idx_set(&it->v, n - 1, first);
            idx_set(&it->w, i, (int64_t)(n - i));
        } else {
            idx_set(&it->w, i, c);
            size_t j = n - (size_t)c;
            int64_t tmp = idx_get(&it->v, i);
            idx_set(&it->v, i, idx_get(&it->v, j));
            idx_set(&it->v, j, tmp);
            return pick(I, it->a, &it->v, r);
        }
    }
    it->done = true;
    return VAL_NULL;
}

// ---- combinations / combinations_with_replacement: a = pool, v = indices, n = r ----

static Value comb_new(Interp *I, Type *t, ValView args, Value kwnames, bool repl) {
    Value iterable, rv;
    if (!args_parse(I, args, kwnames, repl ? "combinations_with_replacement" : "combinations",
                    "iterable r", &iterable, &rv))
        return VAL_NULL;
    Value pool = obj_to_tuple(I, iterable);
    if (pool == VAL_NULL) return VAL_NULL;
    int64_t r;
    if (!r_arg(I, rv, &r)) return VAL_NULL;
    int64_t n = (int64_t)tuple_len(pool);
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = pool;
    it->n = r;
    it->done = repl ? (n == 0 && r > 0) : r > n;
    if (it->done) return obj_val(it);
    if (!vec_fill(I, &it->v, (size_t)r)) return VAL_NULL;
    for (int64_t k = 0; k < r; k++) idx_set(&it->v, (size_t)k, repl ? 0 : k);
    return obj_val(it);
}

static Value combinations_new(Interp *I, Type *t, ValView args, Value kwnames) {
    return comb_new(I, t, args, kwnames, false);
}

static Value cwr_new(Interp *I, Type *t, ValView args, Value kwnames) {
    return comb_new(I, t, args, kwnames, true);
}

static Value comb_next(Interp *I, Value self, bool repl) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL || it->done) return VAL_NULL;
    int64_t n = (int64_t)tuple_len(it->a), r = it->n;
    if (!it->started) {
        it->started = true;
        return pick(I, it->a, &it->v, (size_t)r);
    }
    int64_t i = r - 1;
    while (i >= 0 && idx_get(&it->v, (size_t)i) == (repl ? n - 1 : i + n - r)) i--;
    if (i < 0) {
        it->done = true;
        return VAL_NULL;
    }
    int64_t x = idx_get(&it->v, (size_t)i) + 1;
    idx_set(&it->v, (size_t)i, x);
    for (int64_t j = i + 1; j < r; j++) {
        x = repl ? x : x + 1;
        idx_set(&it->v, (size_t)j, x);
    }
    return pick(I, it->a, &it->v, (size_t)r);
}

static Value combinations_next(Interp *I, Value self) { return comb_next(I, self, false); }

static Value cwr_next(Interp *I, Value self) { return comb_next(I, self, true); }

// ---- pickling, in CPython 3.11's formats: (type, args) before the first step,
// (type, args, indices) after it, (type, ((),) or ((), r)) once exhausted. __setstate__
// clamps every index into its pool, so a state never selects outside the tuples. ----

// (the pool, r) of permutations and combinations; ((), r) once exhausted after a step.
static Value pool_r(Interp *I, ItObj *it) {
    Value r = int_from_i64(I, it->n);
    if (r == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 2, it->done && it->started ? I->empty_tuple : it->a, r);
}

// Whether [st] is a tuple of [n] items; false with ValueError "invalid arguments".
static bool state_len(Interp *I, Value st, size_t n) {
    if (tuple_check(st) && tuple_len(st) == n) return true;
    exc_raise(I, TY_VALUE_ERROR, "invalid arguments");
    return false;
}

// state[k] clamped into [lo, hi] (hi < lo: lo).
static bool clamped(Interp *I, Value st, size_t k, int64_t lo, int64_t hi, int64_t *out) {
    if (!itertoolsmod_ssize(I, tuple_get(st, k), out)) return false;
    if (*out > hi) *out = hi;
    if (*out < lo) *out = lo;
    return true;
}

static Value product_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (it == NULL) return VAL_NULL;
    if (it->done) return itertoolsmod_reduced(I, self, tuple_pack(I, 1, I->empty_tuple), VAL_NULL);
    Value pools = tuple_from_view(I, vview_of_vec(&it->v));
    return itertoolsmod_reduced(I, self, pools, it->started ? tuple_from_view(I, vview_of_vec(&it->w)) : VAL_NULL);
}

static Value product_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__setstate__", 1);
    if (it == NULL) return VAL_NULL;
    Value st = vview_get(args, 0);
    size_t np = it->v.len;
    if (!state_len(I, st, np)) return VAL_NULL;
    for (size_t k = 0; k < np; k++) {
        int64_t size = (int64_t)tuple_len(vec_get(&it->v, k)), x;
        if (size == 0) {
            it->done = true;
            return I->none;
        }
        if (!clamped(I, st, k, 0, size - 1, &x)) return VAL_NULL;
        idx_set(&it->w, k, x);
    }
    it->started = true;
    return I->none;
}

static const MethodDef product_methods[] = {
    {"__reduce__", product_reduce, 0, "Return state information for pickling."},
    {"__setstate__", product_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

static Value comb_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (it == NULL) return VAL_NULL;
    bool state = it->started && !it->done;
    return itertoolsmod_reduced(I, self, pool_r(I, it), state ? tuple_from_view(I, vview_of_vec(&it->v)) : VAL_NULL);
}

// combinations (index k at most k + n - r) and combinations_with_replacement (n - 1).
static Value comb_setstate(Interp *I, Value self, ValView args, Value kwnames, bool repl) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__setstate__", 1);
    if (it == NULL) return VAL_NULL;
    Value st = vview_get(args, 0);
    if (!state_len(I, st, (size_t)it->n)) return VAL_NULL;
    if (it->done) return I->none; // exhausted (or empty from the start): nothing to resume
    int64_t n = (int64_t)tuple_len(it->a), r = it->n;
    for (int64_t k = 0; k < r; k++) {
        int64_t x;
        if (!clamped(I, st, (size_t)k, 0, repl ? n - 1 : k + n - r, &x)) return VAL_NULL;
        idx_set(&it->v, (size_t)k, x);
    }
    it->started = true;
    return I->none;
}

static Value combinations_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    return comb_setstate(I, self, args, kwnames, false);
}

static Value cwr_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    return comb_setstate(I, self, args, kwnames, true);
}

static const MethodDef combinations_methods[] = {
    {"__reduce__", comb_reduce, 0, "Return state information for pickling."},
    {"__setstate__", combinations_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef cwr_methods[] = {
    {"__reduce__", comb_reduce, 0, "Return state information for pickling."},
    {"__setstate__", cwr_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

static Value permutations_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (it == NULL) return VAL_NULL;
    Value state = VAL_NULL;
    if (it->started && !it->done) {
        Value ix = tuple_from_view(I, vview_of_vec(&it->v)), cy = tuple_from_view(I, vview_of_vec(&it->w));
        if (ix == VAL_NULL || cy == VAL_NULL) return VAL_NULL;
        state = tuple_pack(I, 2, ix, cy);
        if (state == VAL_NULL) return VAL_NULL;
    }
    return itertoolsmod_reduced(I, self, pool_r(I, it), state);
}

static Value permutations_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__setstate__", 1);
    if (it == NULL) return VAL_NULL;
    Value st = vview_get(args, 0);
    if (!tuple_check(st)) return exc_raise(I, TY_TYPE_ERROR, "state is not a tuple");
    if (tuple_len(st) != 2)
        return exc_raise(I, TY_TYPE_ERROR, "function takes exactly 2 arguments (%zu given)",
                         tuple_len(st));
    Value ix = tuple_get(st, 0), cy = tuple_get(st, 1);
    if (!tuple_check(ix)) return exc_raise(I, TY_TYPE_ERROR, "argument 1 must be tuple, not %T", ix);
    if (!tuple_check(cy)) return exc_raise(I, TY_TYPE_ERROR, "argument 2 must be tuple, not %T", cy);
    size_t n = tuple_len(it->a), r = (size_t)it->n;
    if (tuple_len(ix) != n || tuple_len(cy) != r)
        return exc_raise(I, TY_VALUE_ERROR, "invalid arguments");
    if (it->done) return I->none; // exhausted (or r > n from the start): nothing to resume
    for (size_t k = 0; k < n; k++) {
        int64_t x;
        if (!clamped(I, ix, k, 0, (int64_t)n - 1, &x)) return VAL_NULL;
        idx_set(&it->v, k, x);
    }
    for (size_t k = 0; k < r; k++) {
        int64_t x;
        if (!clamped(I, cy, k, 1, (int64_t)(n - k), &x)) return VAL_NULL;
        idx_set(&it->w, k, x);
    }
    it->started = true;
    return I->none;
}

static const MethodDef permutations_methods[] = {
    {"__reduce__", permutations_reduce, 0, "Return state information for pickling."},
    {"__setstate__", permutations_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec itertoolsmod_product_spec = {
    .name = "itertools.product",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ItObj),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .iter = itertoolsmod_self,
    .next = product_next,
    .new_ = product_new,
    .methods = product_methods,
    .doc = "Cartesian product of input iterables.  Equivalent to nested for-loops.",
};

const TypeSpec itertoolsmod_permutations_spec = {
    .name = "itertools.permutations",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ItObj),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .iter = itertoolsmod_self,
    .next = permutations_next,
    .new_ = permutations_new,
    .methods = permutations_methods,
    .doc = "Return successive r-length permutations of elements in the iterable.",
};

const TypeSpec itertoolsmod_combinations_spec = {
    .name = "itertools.combinations",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ItObj),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .iter = itertoolsmod_self,
    .next = combinations_next,
    .new_ = combinations_new,
    .methods = combinations_methods,
    .doc = "Return successive r-length combinations of elements in the iterable.",
};

const TypeSpec itertoolsmod_cwr_spec = {
    .name = "itertools.combinations_with_replacement",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ItObj),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .iter = itertoolsmod_self,
    .next = cwr_next,
    .new_ = cwr_new,
    .methods = cwr_methods,
    .doc = "Return successive r-length combinations of elements in the iterable allowing "
           "individual elements to have successive repeats.",
};
