/*
 * itertoolsmod.c: _itertools, the C iterators behind itertools (count, repeat, chain,
 * islice, accumulate, starmap, zip_longest, compress, takewhile, dropwhile,
 * filterfalse, pairwise, cycle; the combinatoric ones are in itertoolsmod_comb.c).
 * groupby and tee stay in Python (lib/itertools.py), which imports these over its own
 * fallbacks.
 *
 * Invariant: an iterator that reported exhaustion drops its sources (done / VAL_NULL
 * fields) and keeps reporting exhaustion; errors from the sources propagate unchanged.
 */
#include "modtab.h"

#include "itertoolsmod.h"

#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

const CustomLayout itertoolsmod_layout = {"ItObj"};
CUSTOM_CAST_FN(it_cast, ItObj, itertoolsmod_layout)

ItObj *itertoolsmod_cast(Interp *I, Value v) {
    ItObj *it = it_cast(v);
    if (it == NULL) exc_raise(I, TY_TYPE_ERROR, "bad itertools object");
    return it;
}

ItObj *itertoolsmod_alloc(Interp *I, Type *t) {
    ItObj *it = custom_alloc(I, t, &itertoolsmod_layout, sizeof(ItObj));
    if (it == NULL) return NULL;
    vec_init(&it->v);
    vec_init(&it->w);
    return it;
}

bool itertoolsmod_ssize(Interp *I, Value v, int64_t *out) {
    if (obj_index_i64(I, v, out)) return true;
    if (exc_pending_is(I, TY_OVERFLOW_ERROR)) {
        exc_clear(I);
        exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    }
    return false;
}

Type *itertoolsmod_type(Interp *I, const char *key) {
    Type *t = type_cast(dict_get_cstr(I, I->scratch, key));
    if (t == NULL) exc_raise(I, TY_SYSTEM_ERROR, "%s type missing", key);
    return t;
}

ItObj *itertoolsmod_method_self(Interp *I, Value self, ValView args, Value kwnames,
                                const char *name, size_t nargs) {
    if (!args_count(I, args, kwnames, name, nargs, nargs)) return NULL;
    return itertoolsmod_cast(I, self);
}

Value itertoolsmod_reduced(Interp *I, Value self, Value args, Value state) {
    if (args == VAL_NULL) return VAL_NULL;
    Value t = obj_val(type_of(I, self));
    return state == VAL_NULL ? tuple_pack(I, 2, t, args) : tuple_pack(I, 3, t, args, state);
}

Value itertoolsmod_self(Interp *I, Value self) {
    (void)I;
    return self;
}

// Positional-only fixed arity: "takewhile expected 2 arguments, got 1".
static bool pos_args(Interp *I, ValView args, Value kwnames, const char *name, size_t lo,
                     size_t hi) {
    return args_no_kw(I, kwnames, name) && args_count(I, args, VAL_NULL, name, lo, hi);
}

// pos_args for a type's __new__: keywords meant for a subclass's __init__ are dropped.
static bool new_args(Interp *I, Type *t, ValView *args, Value kwnames, const char *name,
                     size_t lo, size_t hi) {
    return args_new_no_kw(I, t, args, kwnames, name) &&
           args_count(I, *args, VAL_NULL, name, lo, hi);
}

static Value type_name_of(Interp *I, Value self) { return type_of(I, self)->name; }

// ---- count: a = current value, b = step ----

static bool is_number(Interp *I, Value v) {
    uint32_t k = val_kind(v);
    if (k == K_INT || k == K_FLOAT || k == K_COMPLEX) return true;
    Type *t = type_of(I, v);
    if (t->index != NULL) return true;
    return type_lookup(I, t, interp_name(I, N___float__)) != VAL_NULL ||
           type_lookup(I, t, interp_name(I, N___int__)) != VAL_NULL;
}

static Value count_new(Interp *I, Type *t, ValView args, Value kwnames) {
    Value start = VAL_NULL, step = VAL_NULL;
    if (args.n > 2 && args_nkw(kwnames) == 0)
        return exc_raise(I, TY_TYPE_ERROR, "count() takes at most 2 arguments (%zu given)", args.n);
    if (!args_parse(I, args, kwnames, "count", "| start step", &start, &step)) return VAL_NULL;
    if (start == VAL_NULL) start = val_from_small(0);
    if (step == VAL_NULL) step = val_from_small(1);
    if (!is_number(I, start) || !is_number(I, step))
        return exc_raise(I, TY_TYPE_ERROR, "a number is required");
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = start;
    it->b = step;
    return obj_val(it);
}

static Value count_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    Value cur = it->a;
    if (val_is_small(cur) && val_is_small(it->b)) {
        intptr_t n = val_small(cur) + val_small(it->b);
        if (val_fits_small(n)) {
            it->a = val_from_small(n);
            return cur;
        }
    }
    Value nx = obj_binop(I, cur, it->b, BINOP_ADD);
    if (nx == VAL_NULL) return VAL_NULL;
    it->a = nx;
    return cur;
}

static Value count_repr(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    bool step_one = val_is_small(it->b) && val_small(it->b) == 1;
    if (step_one) return str_from_format(I, "%U(%R)", type_name_of(I, self), it->a);
    return str_from_format(I, "%U(%R, %R)", type_name_of(I, self), it->a, it->b);
}

// (count, (n,)) or (count, (n, step)): lets copy.copy/deepcopy rebuild a count.
static Value count_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL || !args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    bool step_one = val_is_small(it->b) && val_small(it->b) == 1;
    Value a = step_one ? tuple_pack(I, 1, it->a) : tuple_pack(I, 2, it->a, it->b);
    return a == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, obj_val(type_of(I, self)), a);
}

static const MethodDef count_methods[] = {
    {"__reduce__", count_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

// ---- repeat: a = object, n = remaining (-1: forever) ----

static Value repeat_new(Interp *I, Type *t, ValView args, Value kwnames) {
    Value obj, times = VAL_NULL;
    if (args.n > 2 && args_nkw(kwnames) == 0)
        return exc_raise(I, TY_TYPE_ERROR, "repeat() takes at most 2 arguments (%zu given)", args.n);
    if (!args_parse(I, args, kwnames, "repeat", "object | times", &obj, &times)) return VAL_NULL;
    int64_t n = -1;
    if (times != VAL_NULL) {
        if (!itertoolsmod_ssize(I, times, &n)) return VAL_NULL;
        if (n < 0) n = 0;
    }
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = obj;
    it->n = n;
    return obj_val(it);
}

static Value repeat_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    if (it->n == 0) return VAL_NULL;
    if (it->n > 0) it->n--;
    return it->a;
}

static Value repeat_repr(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    if (it->n < 0) return str_from_format(I, "%U(%R)", type_name_of(I, self), it->a);
    return str_from_format(I, "%U(%R, %lld)", type_name_of(I, self), it->a, (long long)it->n);
}

static Value repeat_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL || !args_count(I, args, kwnames, "__length_hint__", 0, 0)) return VAL_NULL;
    if (it->n < 0) return exc_raise(I, TY_TYPE_ERROR, "len() of unsized object");
    return int_from_i64(I, it->n);
}

// (repeat, (obj,)) or (repeat, (obj, remaining)).
static Value repeat_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL || !args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    Value a;
    if (it->n < 0) {
        a = tuple_pack(I, 1, it->a);
    } else {
        Value n = int_from_i64(I, it->n);
        a = n == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, it->a, n);
    }
    return a == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, obj_val(type_of(I, self)), a);
}

static const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, 0, NULL},
    {"__reduce__", repeat_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

// ---- chain: a = iterator over the iterables (VAL_NULL when exhausted), b = active ----

static Value chain_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!args_new_no_kw(I, t, &args, kwnames, "chain")) return VAL_NULL;
    Value src = tuple_from_view(I, args);
    if (src == VAL_NULL) return VAL_NULL;
    src = obj_iter(I, src);
    if (src == VAL_NULL) return VAL_NULL;
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = src;
    return obj_val(it);
}

static Value chain_from_iterable(Interp *I, Value cls, ValView args, Value kwnames) {
    if (!pos_args(I, args, kwnames, "from_iterable", 1, 1)) return VAL_NULL;
    Type *t = type_cast(cls);
    if (t == NULL) return exc_raise(I, TY_TYPE_ERROR, "from_iterable needs a class");
    Value src = obj_iter(I, vview_get(args, 0));
    if (src == VAL_NULL) return VAL_NULL;
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = src;
    return obj_val(it);
}

static Value chain_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    for (;;) {
        if (it->b == VAL_NULL) {
            if (it->a == VAL_NULL) return VAL_NULL;
            // as CPython: the chain ends for good when the source of iterables fails,
            // ends, or yields something not iterable; an active iterator's error does not
            Value nx = obj_next(I, it->a);
            Value sub = nx == VAL_NULL ? VAL_NULL : obj_iter(I, nx);
            if (sub == VAL_NULL) {
                it->a = VAL_NULL;
                return VAL_NULL;
            }
            it->b = sub;
        }
        Value x = obj_next(I, it->b);
        if (x != VAL_NULL || I->exc != VAL_NULL) return x;
        it->b = VAL_NULL;
    }
}

static Value chain_class_getitem(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__class_getitem__", 1, 1)) return VAL_NULL;
    return type_generic_alias(I, self, vview_get(args, 0));
}

static const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS,
     "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {"__class_getitem__", chain_class_getitem, METH_CLASS, NULL},
    {"__reduce__", itertoolsmod_chain_reduce, 0, "Return state information for pickling."},
    {"__setstate__", itertoolsmod_chain_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

// ---- islice: a = iterator (VAL_NULL when done), n = next index to yield, i = items
// consumed, j = stop (-1: none), b = step (small int) ----

static bool islice_arg(Interp *I, Value v, int64_t *out, const char *msg) {
    if (v == I->none) {
        *out = -1;
        return true;
    }
    Type *t = type_of(I, v);
    if (!(t->tflags & TF_INT_SUB) && t->index == NULL) {
        exc_raise(I, TY_VALUE_ERROR, "%s", msg);
        return false;
    }
    if (!obj_index_i64(I, v, out)) {
        if (!exc_pending_is(I, TY_OVERFLOW_ERROR)) return false;
        exc_clear(I);
        *out = -1; // beyond sys.maxsize
    }
    if (*out < 0) {
        exc_raise(I, TY_VALUE_ERROR, "%s", msg);
        return false;
    }
    return true;
}

static Value islice_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!new_args(I, t, &args, kwnames, "islice", 2, 4)) return VAL_NULL;
    Value seq = vview_get(args, 0);
    Value startv = I->none, stopv, stepv = I->none;
    if (args.n == 2) {
        stopv = vview_get(args, 1);
    } else {
        startv = vview_get(args, 1);
        stopv = vview_get(args, 2);
        if (args.n == 4) stepv = vview_get(args, 3);
    }
    int64_t start, stop, step;
    if (!islice_arg(I, stopv, &stop,
                    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
        return VAL_NULL;
    if (!islice_arg(I, startv, &start,
                    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
        return VAL_NULL;
    if (stepv == I->none) {
        step = 1;
    } else {
        Type *st = type_of(I, stepv);
        step = -1;
        if ((st->tflags & TF_INT_SUB) || st->index != NULL) {
            if (!obj_index_i64(I, stepv, &step)) {
                if (!exc_pending_is(I, TY_OVERFLOW_ERROR)) return VAL_NULL;
                exc_clear(I);
                step = -1;
            }
        }
        if (step < 1)
            return exc_raise(I, TY_VALUE_ERROR, "Step for islice() must be a positive integer or None.");
    }
    if (start < 0) start = 0;
    Value src = obj_iter(I, seq);
    if (src == VAL_NULL) return VAL_NULL;
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = src;
    it->n = start;
    it->j = stop;
    // kept as a small int: a step beyond that range skips past any reachable index anyway
    if (step > (int64_t)VAL_SMALL_MAX) step = (int64_t)VAL_SMALL_MAX;
    it->b = val_from_small((intptr_t)step);
    return obj_val(it);
}

static Value islice_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL || it->a == VAL_NULL) return VAL_NULL;
    int64_t stop = it->j;
    while (it->i < it->n) {
        if (stop >= 0 && it->i >= stop) break;
        Value skip = obj_next(I, it->a);
        if (skip == VAL_NULL) {
            if (I->exc == VAL_NULL) it->a = VAL_NULL;
            return VAL_NULL;
        }
        it->i++;
    }
    if (stop >= 0 && it->i >= stop) {
        it->a = VAL_NULL;
        return VAL_NULL;
    }
    Value x = obj_next(I, it->a);
    if (x == VAL_NULL) {
        if (I->exc == VAL_NULL) it->a = VAL_NULL;
        return VAL_NULL;
    }
    it->i++;
    int64_t step = (int64_t)val_small(it->b);
    int64_t old = it->n;
    it->n = old > INT64_MAX - step ? INT64_MAX : old + step;
    if (stop >= 0 && it->n > stop) it->n = stop;
    return x;
}

// ---- accumulate: a = iterator, b = func (VAL_NULL: +), c = total, i = initial pending ----

static Value accumulate_new(Interp *I, Type *t, ValView args, Value kwnames) {
    Value iterable, func = VAL_NULL, initial = VAL_NULL;
    if (!args_parse(I, args, kwnames, "accumulate", "iterable | func $ initial", &iterable, &func,
                    &initial))
        return VAL_NULL;
    Value src = obj_iter(I, iterable);
    if (src == VAL_NULL) return VAL_NULL;
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = src;
    it->b = func == I->none ? VAL_NULL : func;
    if (initial != VAL_NULL && initial != I->none) {
        it->c = initial;
        it->i = 1;
        it->started = true;
    }
    return obj_val(it);
}

static Value accumulate_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    if (it->i) {
        it->i = 0;
        return it->c;
    }
    Value x = obj_next(I, it->a);
    if (x == VAL_NULL) return VAL_NULL;
    if (!it->started) {
        it->started = true;
        it->c = x;
        return x;
    }
    Value r = it->b == VAL_NULL ? obj_binop(I, it->c, x, BINOP_ADD) : obj_call2(I, it->b, it->c, x);
    if (r == VAL_NULL) return VAL_NULL;
    it->c = r;
    return r;
}

// ---- starmap: a = func, b = iterator ----

static Value starmap_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!new_args(I, t, &args, kwnames, "starmap", 2, 2)) return VAL_NULL;
    Value src = obj_iter(I, vview_get(args, 1));
    if (src == VAL_NULL) return VAL_NULL;
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = vview_get(args, 0);
    it->b = src;
    return obj_val(it);
}

static Value starmap_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    Value x = obj_next(I, it->b);
    if (x == VAL_NULL) return VAL_NULL;
    Value tup = obj_to_tuple(I, x);
    if (tup == VAL_NULL) return VAL_NULL;
    return obj_call(I, it->a, tuple_view(tup), VAL_NULL);
}

// ---- zip_longest: v = iterators (VAL_NULL once exhausted), a = fillvalue, n = active ----

static Value zip_longest_new(Interp *I, Type *t, ValView args, Value kwnames) {
    size_t nkw = args_nkw(kwnames), npos = args.n - nkw;
    Value fill = I->none;
    for (size_t i = 0; i < nkw; i++) {
        if (!str_eq_cstr(tuple_get(kwnames, i), "fillvalue"))
            return exc_raise(I, TY_TYPE_ERROR, "zip_longest() got an unexpected keyword argument");
        fill = vview_get(args, npos + i);
    }
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    for (size_t i = 0; i < npos; i++) {
        Value src = obj_iter(I, vview_get(args, i));
        if (src == VAL_NULL) return VAL_NULL;
        KStatus s = vec_push(I->heap, &it->v, src);
        if (s != K_OK) return exc_from_kstatus(I, s, "zip_longest");
    }
    it->a = fill;
    it->n = (int64_t)npos;
    return obj_val(it);
}

static Value zip_longest_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    size_t n = it->v.len;
    if (n == 0 || it->n == 0) return VAL_NULL;
    Value r = tuple_new(I, n);
    if (r == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value src = vec_get(&it->v, i);
        Value x = it->a;
        if (src != VAL_NULL) {
            x = obj_next(I, src);
            if (x == VAL_NULL) {
                if (I->exc != VAL_NULL) return VAL_NULL;
                it->n--;
                if (it->n == 0) return VAL_NULL;
                (void)vec_set(&it->v, i, VAL_NULL);
                x = it->a;
            }
        }
        tuple_init_item(r, i, x);
    }
    return r;
}

// ---- compress: a = data iterator, b = selectors iterator ----

static Value compress_new(Interp *I, Type *t, ValView args, Value kwnames) {
    Value data, sel;
    if (!args_parse(I, args, kwnames, "compress", "data selectors", &data, &sel)) return VAL_NULL;
    Value d = obj_iter(I, data);
    if (d == VAL_NULL) return VAL_NULL;
    Value s = obj_iter(I, sel);
    if (s == VAL_NULL) return VAL_NULL;
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = d;
    it->b = s;
    return obj_val(it);
}

static Value compress_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    for (;;) {
        Value d = obj_next(I, it->a);
        if (d == VAL_NULL) return VAL_NULL;
        Value s = obj_next(I, it->b);
        if (s == VAL_NULL) return VAL_NULL;
        int tr = obj_truth(I, s);
        if (tr < 0) return VAL_NULL;
        if (tr) return d;
    }
}

// ---- takewhile / dropwhile / filterfalse: a = predicate, b = iterator ----

static Value pred_new(Interp *I, Type *t, ValView args, Value kwnames, const char *name) {
    if (!new_args(I, t, &args, kwnames, name, 2, 2)) return VAL_NULL;
    Value src = obj_iter(I, vview_get(args, 1));
    if (src == VAL_NULL) return VAL_NULL;
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = vview_get(args, 0);
    it->b = src;
    return obj_val(it);
}

static Value takewhile_new(Interp *I, Type *t, ValView args, Value kwnames) {
    return pred_new(I, t, args, kwnames, "takewhile");
}

static Value dropwhile_new(Interp *I, Type *t, ValView args, Value kwnames) {
    return pred_new(I, t, args, kwnames, "dropwhile");
}

static Value filterfalse_new(Interp *I, Type *t, ValView args, Value kwnames) {
    return pred_new(I, t, args, kwnames, "filterfalse");
}

// pred(x) as a truth value (None predicate: x itself): 1, 0, -1.
static int test(Interp *I, Value pred, Value x) {
    if (pred == I->none) return obj_truth(I, x);
    Value r = obj_call1(I, pred, x);
    return r == VAL_NULL ? -1 : obj_truth(I, r);
}

static Value takewhile_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL || it->done) return VAL_NULL;
    Value x = obj_next(I, it->b);
    if (x == VAL_NULL) return VAL_NULL;
    int tr = test(I, it->a, x);
    if (tr < 0) return VAL_NULL;
    if (tr) return x;
    it->done = true;
    return VAL_NULL;
}

static Value dropwhile_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    for (;;) {
        Value x = obj_next(I, it->b);
        if (x == VAL_NULL || it->started) return x;
        int tr = test(I, it->a, x);
        if (tr < 0) return VAL_NULL;
        if (!tr) {
            it->started = true;
            return x;
        }
    }
}

static Value filterfalse_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    for (;;) {
        Value x = obj_next(I, it->b);
        if (x == VAL_NULL) return VAL_NULL;
        int tr = test(I, it->a, x);
        if (tr < 0) return VAL_NULL;
        if (!tr) return x;
    }
}

// ---- pairwise: a = iterator (VAL_NULL when done), b = previous item ----

static Value pairwise_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!new_args(I, t, &args, kwnames, "pairwise", 1, 1)) return VAL_NULL;
    Value src = obj_iter(I, vview_get(args, 0));
    if (src == VAL_NULL) return VAL_NULL;
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = src;
    return obj_val(it);
}

static Value pairwise_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL || it->a == VAL_NULL) return VAL_NULL;
    if (it->b == VAL_NULL) {
        it->b = obj_next(I, it->a);
        if (it->b == VAL_NULL) {
            if (I->exc == VAL_NULL) it->a = VAL_NULL;
            return VAL_NULL;
        }
    }
    Value nx = obj_next(I, it->a);
    if (nx == VAL_NULL) {
        if (I->exc == VAL_NULL) {
            it->a = VAL_NULL;
            it->b = VAL_NULL;
        }
        return VAL_NULL;
    }
    Value r = tuple_pack(I, 2, it->b, nx);
    it->b = nx;
    return r;
}

// ---- cycle: a = iterator (VAL_NULL once exhausted), c = saved items (a list: after
// __setstate__ it is the caller's list, shared as in CPython, so its length may change
// under us and is read at every step), i = replay index, started = first pass (set by
// __setstate__: a's items are already saved) ----

static Value cycle_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!new_args(I, t, &args, kwnames, "cycle", 1, 1)) return VAL_NULL;
    Value src = obj_iter(I, vview_get(args, 0));
    if (src == VAL_NULL) return VAL_NULL;
    Value saved = list_new(I, 0);
    ItObj *it = saved == VAL_NULL ? NULL : itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = src;
    it->c = saved;
    return obj_val(it);
}

static Value cycle_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    if (it->a != VAL_NULL) {
        Value x = obj_next(I, it->a);
        if (x != VAL_NULL) {
            if (it->started) return x;
            return list_append(I, it->c, x) ? x : VAL_NULL;
        }
        if (I->exc != VAL_NULL) return VAL_NULL;
        it->a = VAL_NULL;
    }
    size_t n = list_len(it->c);
    if (n == 0) return VAL_NULL;
    if ((size_t)it->i >= n) it->i = 0;
    Value x = list_get(it->c, (size_t)it->i);
    it->i++;
    return x;
}

// ---- specs ----

#define IT_SPEC(sname, NAME, NEXT, NEW, METHODS, DOC)                                            \
    static const TypeSpec sname = {                                                       \
        .name = "itertools." NAME,                                                        \
        .inst_kind = K_CUSTOM,                                                            \
        .inst_size = sizeof(ItObj),                                                       \
        .tflags = TF_BASETYPE,                                                            \
        .base = TY_OBJECT,                                                                \
        .iter = itertoolsmod_self,                                                        \
        .next = NEXT,                                                                     \
        .new_ = NEW,                                                                      \
        .methods = METHODS,                                                               \
        .doc = DOC,                                                                       \
    };

static const TypeSpec count_spec = {
    .name = "itertools.count",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ItObj),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .repr = count_repr,
    .iter = itertoolsmod_self,
    .next = count_next,
    .new_ = count_new,
    .methods = count_methods,
    .doc = "Return a count object whose .__next__() method returns consecutive values.",
};

static const TypeSpec repeat_spec = {
    .name = "itertools.repeat",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ItObj),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .repr = repeat_repr,
    .iter = itertoolsmod_self,
    .next = repeat_next,
    .new_ = repeat_new,
    .methods = repeat_methods,
    .doc = "repeat(object [,times]) -> create an iterator which returns the object\n"
           "for the specified number of times.  If not specified, returns the object\n"
           "endlessly.",
};

static const TypeSpec chain_spec = {
    .name = "itertools.chain",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ItObj),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .iter = itertoolsmod_self,
    .next = chain_next,
    .new_ = chain_new,
    .methods = chain_methods,
    .doc = "chain(*iterables) --> chain object",
};

IT_SPEC(islice_spec, "islice", islice_next, islice_new, itertoolsmod_islice_pickle,
        "islice(iterable, stop) --> islice object\n"
        "islice(iterable, start, stop[, step]) --> islice object")
IT_SPEC(accumulate_spec, "accumulate", accumulate_next, accumulate_new, itertoolsmod_accumulate_pickle,
        "Return series of accumulated sums (or other binary function results).")
IT_SPEC(starmap_spec, "starmap", starmap_next, starmap_new, itertoolsmod_pair_pickle,
        "Return an iterator whose values are returned from the function evaluated with an "
        "argument tuple taken from the given sequence.")
IT_SPEC(zip_longest_spec, "zip_longest", zip_longest_next, zip_longest_new, itertoolsmod_zip_longest_pickle,
        "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object")
IT_SPEC(compress_spec, "compress", compress_next, compress_new, itertoolsmod_pair_pickle,
        "Return data elements corresponding to true selector elements.")
IT_SPEC(takewhile_spec, "takewhile", takewhile_next, takewhile_new, itertoolsmod_takewhile_pickle,
        "Return successive entries from an iterable as long as the predicate evaluates to "
        "true for each entry.")
IT_SPEC(dropwhile_spec, "dropwhile", dropwhile_next, dropwhile_new, itertoolsmod_dropwhile_pickle,
        "Drop items from the iterable while predicate(item) is true.")
IT_SPEC(filterfalse_spec, "filterfalse", filterfalse_next, filterfalse_new, itertoolsmod_pair_pickle,
        "Return those items of iterable for which function(item) is false.")
IT_SPEC(pairwise_spec, "pairwise", pairwise_next, pairwise_new, NULL,
        "Return an iterator of overlapping pairs taken from the input iterator.")
IT_SPEC(cycle_spec, "cycle", cycle_next, cycle_new, itertoolsmod_cycle_pickle,
        "Return elements from the iterable until it is exhausted. Then repeat the sequence "
        "indefinitely.")

bool itertoolsmod_init(Interp *I, Value m) {
    const TypeSpec *specs[] = {
        &count_spec, &repeat_spec, &accumulate_spec,
        &starmap_spec, &zip_longest_spec, &compress_spec, &takewhile_spec, &dropwhile_spec,
        &filterfalse_spec, &pairwise_spec, &cycle_spec, &itertoolsmod_product_spec,
        &itertoolsmod_permutations_spec, &itertoolsmod_combinations_spec,
        &itertoolsmod_cwr_spec,
    };
    for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++)
        if (module_add_type(I, m, specs[i], NULL) == NULL) return false;
    // types the C code creates instances of by itself are found through I->scratch
    const TypeSpec *group[] = {&itertoolsmod_groupby_spec, &itertoolsmod_grouper_spec,
                               &itertoolsmod_tee_spec,     &itertoolsmod_teedata_spec,
                               &chain_spec,                &islice_spec};
    const char *keys[] = {"_itertools.groupby", "_itertools._grouper", "_itertools._tee",
                          "_itertools._tee_dataobject", "_itertools.chain", "_itertools.islice"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        Type *t = module_add_type(I, m, group[i], NULL);
        if (t == NULL || !dict_set_cstr(I, I->scratch, keys[i], obj_val(t))) return false;
    }
    return module_add_functions(I, m, itertoolsmod_group_functions);
}
