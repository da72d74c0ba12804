/*
 * iterobject.c: the IterObject helpers and the builtin iterator types: enumerate, zip
 * (strict=), map, filter, reversed, the sequence iterator (TY_SEQ_ITER, for objects with
 * only __getitem__) and the callable iterator (iter(f, sentinel)).
 *
 * Invariant: an exhausted iterator has src == VAL_NULL and never calls into its source
 * again. Per-item work allocates nothing except the result itself (enumerate's pair,
 * zip's tuple, map's call arguments live on the C stack when few).
 */
#include "iterobject.h"

#include "args.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define ZIP_STRICT 1u
#define SMALL_ARGS 8

IterObject *iterobject_get(Interp *I, Value v, TypeId id) {
    IterObject *it = iterobject_cast(v);
    if (it == NULL) return NULL;
    Type *want = interp_type(I, id);
    if (it->h.type == want || type_is_subtype(it->h.type, want)) return it;
    return NULL;
}

static IterObject *alloc_iter(Interp *I, Type *t, Value src) {
    size_t size = t->inst_size > sizeof(IterObject) ? t->inst_size : sizeof(IterObject);
    IterObject *it = obj_alloc_kind(I, t, K_ITER, size);
    if (it == NULL) return NULL;
    it->src = src;
    return it;
}

IterObject *iterobject_new(Interp *I, TypeId id, Value src) {
    return alloc_iter(I, interp_type(I, id), src);
}

Value iterobject_reduce(Interp *I, Value src, Value index) {
    Value fn = I->builtins_mod == VAL_NULL ? VAL_NULL : obj_getattr_cstr(I, I->builtins_mod, "iter");
    if (fn == VAL_NULL) return VAL_NULL;
    Value args = tuple_pack(I, 1, src);
    if (args == VAL_NULL) return VAL_NULL;
    return index == VAL_NULL ? tuple_pack(I, 2, fn, args) : tuple_pack(I, 3, fn, args, index);
}

Value iterobject_reduce_drained(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    IterObject *it = iterobject_cast(self);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected an iterator, got %T", self);
    Value items = list_new(I, 0);
    if (items == VAL_NULL) return VAL_NULL;
    if (it->src != VAL_NULL) {
        // Drain a copy, so the iterator being pickled does not move.
        IterObject *copy = alloc_iter(I, it->h.type, it->src);
        if (copy == NULL) return VAL_NULL;
        copy->a = it->a;
        copy->b = it->b;
        copy->c = it->c;
        copy->i = it->i;
        copy->n = it->n;
        copy->stamp = it->stamp;
        copy->mode = it->mode;
        Value x;
        while ((x = obj_next(I, obj_val(copy))) != VAL_NULL)
            if (!list_append(I, items, x)) return VAL_NULL;
        if (I->exc != VAL_NULL) return VAL_NULL;
    }
    return iterobject_reduce(I, items, VAL_NULL);
}

bool iterobject_index_arg(Interp *I, ValView args, Value kwnames, int64_t *out) {
    if (!args_count(I, args, kwnames, "__setstate__", 1, 1)) return false;
    Value v = vview_get(args, 0);
    if (!int_check(I, v)) {
        exc_raise(I, TY_TYPE_ERROR, "an integer is required");
        return false;
    }
    return args_ssize(I, v, out);
}

bool iterobject_setstate_arg(Interp *I, ValView args, Value kwnames, int64_t *out) {
    if (!iterobject_index_arg(I, args, kwnames, out)) return false;
    if (*out < 0) *out = 0;
    return true;
}

Value iterobject_self(Interp *I, Value self) {
    (void)I;
    return self;
}

// ---- enumerate ----

static Value enumerate_new(Interp *I, Type *t, ValView args, Value kwnames) {
    Value iterable, start;
    size_t nkw = args_nkw(kwnames);
    // CPython's enumerate checks its keywords by position among the arguments: with two,
    // a lone keyword must be start; with one, it must be iterable
    for (size_t k = 0; k < nkw && args.n <= 2; k++) {
        Value kw = tuple_get(kwnames, k);
        bool start_first = nkw == 2 && str_eq_cstr(tuple_get(kwnames, 0), "start");
        const char *want = args.n == 1 ? "iterable" : nkw == 1 ? "start"
                           : (k == 0) != start_first ? "iterable" : "start";
        if (!str_eq_cstr(kw, want))
            return exc_raise(I, TY_TYPE_ERROR, "'%S' is an invalid keyword argument for enumerate()", kw);
    }
    if (args.n == nkw && args.n != 1 && args.n != 2)
        return exc_raise(I, TY_TYPE_ERROR, "enumerate() missing required argument 'iterable'");
    if (!args_parse(I, args, kwnames, "enumerate", "iterable | start", &iterable, &start))
        return VAL_NULL;
    Value count = VAL_NULL;
    int64_t i = 0;
    if (start != VAL_NULL) {
        Value sv = obj_index(I, start);
        if (sv == VAL_NULL) return VAL_NULL;
        if (!int_to_i64(I, sv, &i)) {
            exc_clear(I);
            count = sv;
            i = 0;
        }
    }
    Value src = obj_iter(I, iterable);
    if (src == VAL_NULL) return VAL_NULL;
    IterObject *it = alloc_iter(I, t, src);
    if (it == NULL) return VAL_NULL;
    it->i = i;
    it->a = count;
    return obj_val(it);
}

// enumerate's next pair (index, item) into *out_idx / *out_item: 1, or 0 (exhausted, or
// an exception pending).
static int enumerate_step(Interp *I, IterObject *it, Value *out_idx, Value *out_item) {
    if (it == NULL || it->src == VAL_NULL) return 0;
    Value item = obj_next(I, it->src);
    if (item == VAL_NULL) {
        if (I->exc == VAL_NULL) it->src = VAL_NULL;
        return 0;
    }
    Value idx;
    if (it->a != VAL_NULL) {
        // Past int64: keep counting with big ints.
        idx = it->a;
        Value next = obj_binop(I, idx, val_from_small(1), BINOP_ADD);
        if (next == VAL_NULL) return 0;
        it->a = next;
    } else {
        idx = int_from_i64(I, it->i);
        if (idx == VAL_NULL) return 0;
        if (it->i == INT64_MAX) {
            Value next = obj_binop(I, idx, val_from_small(1), BINOP_ADD);
            if (next == VAL_NULL) return 0;
            it->a = next;
        } else {
            it->i++;
        }
    }
    *out_idx = idx;
    *out_item = item;
    return 1;
}

static Value enumerate_next(Interp *I, Value self) {
    Value idx, item;
    if (enumerate_step(I, iterobject_get(I, self, TY_ENUMERATE), &idx, &item) == 0) return VAL_NULL;
    return tuple_pack(I, 2, idx, item);
}

// ---- zip ----

static Value zip_new(Interp *I, Type *t, ValView args, Value kwnames) {
    size_t nkw = args_nkw(kwnames);
    bool strict = false;
    if (nkw > 1)
        return exc_raise(I, TY_TYPE_ERROR, "zip() takes at most 1 keyword argument (%zu given)", nkw);
    for (size_t k = 0; k < nkw; k++) {
        Value name = tuple_get(kwnames, k);
        if (!str_eq_cstr(name, "strict"))
            return exc_raise(I, TY_TYPE_ERROR, "'%U' is an invalid keyword argument for zip()", name);
        int r = obj_truth(I, vview_get(args, args.n - nkw + k));
        if (r < 0) return VAL_NULL;
        strict = r != 0;
    }
    size_t n = args.n - nkw;
    Value its = tuple_new(I, n);
    if (its == VAL_NULL) return VAL_NULL;
    for (size_t k = 0; k < n; k++) {
        Value x = obj_iter(I, vview_get(args, k));
        if (x == VAL_NULL) return VAL_NULL;
        tuple_init_item(its, k, x);
    }
    IterObject *it = alloc_iter(I, t, its);
    if (it == NULL) return VAL_NULL;
    it->mode = strict ? ZIP_STRICT : 0;
    return obj_val(it);
}

static Value zip_strict_fail(Interp *I, IterObject *it, size_t i) {
    Value its = it->src;
    it->src = VAL_NULL;
    if (i > 0) {
        return exc_raise(I, TY_VALUE_ERROR, "zip() argument %zu is shorter than argument%s%zu",
                         i + 1, i == 1 ? " " : "s 1-", i);
    }
    size_t n = tuple_len(its);
    for (size_t k = 1; k < n; k++) {
        Value x = obj_next(I, tuple_get(its, k));
        if (x != VAL_NULL) {
            return exc_raise(I, TY_VALUE_ERROR, "zip() argument %zu is longer than argument%s%zu",
                             k + 1, k == 1 ? " " : "s 1-", k);
        }
        if (I->exc != VAL_NULL) return VAL_NULL;
    }
    return VAL_NULL;
}

int iterobject_next_pair(Interp *I, Value self, Value *a, Value *b) {
    IterObject *it = iterobject_cast(self);
    if (it == NULL) return -1;
    if (it->h.type == interp_type(I, TY_ENUMERATE)) return enumerate_step(I, it, a, b);
    if (it->h.type != interp_type(I, TY_ZIP)) return -1;
    if (it->src == VAL_NULL) return 0;
    // zip_next for two iterables, without the result tuple
    Value its = it->src;
    if (tuple_len(its) != 2) return -1;
    Value x[2];
    for (size_t k = 0; k < 2; k++) {
        x[k] = obj_next(I, tuple_get(its, k));
        if (x[k] == VAL_NULL) {
            if (I->exc != VAL_NULL) return 0;
            if (it->mode & ZIP_STRICT) {
                (void)zip_strict_fail(I, it, k);
                return 0;
            }
            it->src = VAL_NULL;
            return 0;
        }
    }
    *a = x[0];
    *b = x[1];
    return 1;
}

static Value zip_next(Interp *I, Value self) {
    IterObject *it = iterobject_get(I, self, TY_ZIP);
    if (it == NULL || it->src == VAL_NULL) return VAL_NULL;
    Value its = it->src;
    size_t n = tuple_len(its);
    if (n == 0) {
        it->src = VAL_NULL;
        return VAL_NULL;
    }
    Value result = tuple_new(I, n);
    if (result == VAL_NULL) return VAL_NULL;
    for (size_t k = 0; k < n; k++) {
        Value x = obj_next(I, tuple_get(its, k));
        if (x == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            if (it->mode & ZIP_STRICT) return zip_strict_fail(I, it, k);
            it->src = VAL_NULL;
            return VAL_NULL;
        }
        tuple_init_item(result, k, x);
    }
    return result;
}

// ---- map ----

static Value map_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!args_new_no_kw(I, t, &args, kwnames, "map")) return VAL_NULL;
    if (args.n < 2) return exc_raise(I, TY_TYPE_ERROR, "map() must have at least two arguments.");
    size_t n = args.n - 1;
    Value its = tuple_new(I, n);
    if (its == VAL_NULL) return VAL_NULL;
    for (size_t k = 0; k < n; k++) {
        Value x = obj_iter(I, vview_get(args, k + 1));
        if (x == VAL_NULL) return VAL_NULL;
        tuple_init_item(its, k, x);
    }
    IterObject *it = alloc_iter(I, t, its);
    if (it == NULL) return VAL_NULL;
    it->a = vview_get(args, 0);
    return obj_val(it);
}

static Value map_next(Interp *I, Value self) {
    IterObject *it = iterobject_get(I, self, TY_MAP);
    if (it == NULL || it->src == VAL_NULL) return VAL_NULL;
    Value its = it->src;
    size_t n = tuple_len(its);
    if (n <= SMALL_ARGS) {
        Value buf[SMALL_ARGS];
        for (size_t k = 0; k < n; k++) {
            Value x = obj_next(I, tuple_get(its, k));
            if (x == VAL_NULL) {
                if (I->exc == VAL_NULL) it->src = VAL_NULL;
                return VAL_NULL;
            }
            buf[k] = x;
        }
        return obj_call(I, it->a, vview_make(buf, n), VAL_NULL);
    }
    Value argt = tuple_new(I, n);
    if (argt == VAL_NULL) return VAL_NULL;
    for (size_t k = 0; k < n; k++) {
        Value x = obj_next(I, tuple_get(its, k));
        if (x == VAL_NULL) {
            if (I->exc == VAL_NULL) it->src = VAL_NULL;
            return VAL_NULL;
        }
        tuple_init_item(argt, k, x);
    }
    return obj_call(I, it->a, tuple_view(argt), VAL_NULL);
}

// ---- filter ----

static Value filter_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!args_new_no_kw(I, t, &args, kwnames, "filter")) return VAL_NULL;
    if (!args_count(I, args, VAL_NULL, "filter", 2, 2)) return VAL_NULL;
    Value src = obj_iter(I, vview_get(args, 1));
    if (src == VAL_NULL) return VAL_NULL;
    IterObject *it = alloc_iter(I, t, src);
    if (it == NULL) return VAL_NULL;
    Value f = vview_get(args, 0);
    // filter(None, ...) and filter(bool, ...) both test the item's truth.
    it->a = (f == I->none || f == obj_val(interp_type(I, TY_BOOL))) ? VAL_NULL : f;
    return obj_val(it);
}

static Value filter_next(Interp *I, Value self) {
    IterObject *it = iterobject_get(I, self, TY_FILTER);
    if (it == NULL) return VAL_NULL;
    for (;;) {
        if (it->src == VAL_NULL) return VAL_NULL;
        Value item = obj_next(I, it->src);
        if (item == VAL_NULL) {
            if (I->exc == VAL_NULL) it->src = VAL_NULL;
            return VAL_NULL;
        }
        int ok;
        if (it->a == VAL_NULL) {
            ok = obj_truth(I, item);
        } else {
            Value r = obj_call1(I, it->a, item);
            if (r == VAL_NULL) return VAL_NULL;
            ok = obj_truth(I, r);
        }
        if (ok < 0) return VAL_NULL;
        if (ok) return item;
    }
}

// ---- reversed ----

static Value reversed_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!args_no_kw(I, kwnames, "reversed")) return VAL_NULL;
    if (!args_count(I, args, kwnames, "reversed", 1, 1)) return VAL_NULL;
    Value seq = vview_get(args, 0);
    Type *st = type_of(I, seq);
    Value meth = type_lookup(I, st, interp_name(I, N___reversed__));
    if (meth == I->none)
        return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not reversible", seq);
    if (meth != VAL_NULL) {
        bool found = false;
        Value r = obj_call_special(I, seq, interp_name(I, N___reversed__), vview_make(NULL, 0),
                                   &found);
        if (r != VAL_NULL || I->exc != VAL_NULL) return r;
    }
    if (st->getitem == NULL || (st->tflags & TF_DICT_SUB) != 0)
        return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not reversible", seq);
    int64_t n = obj_len(I, seq);
    if (n < 0) return VAL_NULL;
    IterObject *it = alloc_iter(I, t, seq);
    if (it == NULL) return VAL_NULL;
    it->i = n - 1;
    if (n == 0) it->src = VAL_NULL;
    return obj_val(it);
}

static Value reversed_next(Interp *I, Value self) {
    IterObject *it = iterobject_get(I, self, TY_REVERSED);
    if (it == NULL || it->src == VAL_NULL) return VAL_NULL;
    if (it->i < 0) {
        it->src = VAL_NULL;
        return VAL_NULL;
    }
    Value idx = int_from_i64(I, it->i);
    if (idx == VAL_NULL) return VAL_NULL;
    Value item = obj_getitem(I, it->src, idx);
    if (item != VAL_NULL) {
        it->i--;
        return item;
    }
    if (exc_pending_is(I, TY_INDEX_ERROR) || exc_pending_is(I, TY_STOP_ITERATION)) exc_clear(I);
    it->i = -1;
    it->src = VAL_NULL;
    return VAL_NULL;
}

static Value reversed_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__length_hint__", 0, 0)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_REVERSED);
    if (it == NULL || it->src == VAL_NULL) return int_from_i64(I, 0);
    int64_t n = obj_len(I, it->src);
    if (n < 0) return VAL_NULL;
    return int_from_i64(I, n < it->i + 1 ? 0 : it->i + 1);
}

// ---- sequence iterator ----

Value iterobject_seq_iter_new(Interp *I, Value seq) {
    IterObject *it = iterobject_new(I, TY_SEQ_ITER, seq);
    return it == NULL ? VAL_NULL : obj_val(it);
}

static Value seq_iter_next(Interp *I, Value self) {
    IterObject *it = iterobject_get(I, self, TY_SEQ_ITER);
    if (it == NULL || it->src == VAL_NULL) return VAL_NULL;
    Value idx = int_from_i64(I, it->i);
    if (idx == VAL_NULL) return VAL_NULL;
    Value item = obj_getitem(I, it->src, idx);
    if (item != VAL_NULL) {
        if (it->i < INT64_MAX) it->i++;
        return item;
    }
    if (exc_pending_is(I, TY_INDEX_ERROR) || exc_pending_is(I, TY_STOP_ITERATION)) {
        exc_clear(I);
        it->src = VAL_NULL;
    }
    return VAL_NULL;
}

static Value seq_iter_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__length_hint__", 0, 0)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_SEQ_ITER);
    if (it == NULL || it->src == VAL_NULL) return int_from_i64(I, 0);
    if (type_of(I, it->src)->len == NULL) return I->notimpl;
    int64_t n = obj_len(I, it->src);
    if (n < 0) return VAL_NULL;
    return int_from_i64(I, n > it->i ? n - it->i : 0);
}

// ---- callable iterator ----

Value iterobject_call_iter_new(Interp *I, Value callable, Value sentinel) {
    IterObject *it = iterobject_new(I, TY_CALL_ITER, callable);
    if (it == NULL) return VAL_NULL;
    it->a = sentinel;
    return obj_val(it);
}

static Value call_iter_next(Interp *I, Value self) {
    IterObject *it = iterobject_get(I, self, TY_CALL_ITER);
    if (it == NULL || it->src == VAL_NULL) return VAL_NULL;
    Value r = obj_call0(I, it->src);
    if (r == VAL_NULL) {
        if (exc_pending_is(I, TY_STOP_ITERATION)) {
            exc_clear(I);
            it->src = VAL_NULL;
        }
        return VAL_NULL;
    }
    int eq = obj_richcmp_bool(I, it->a, r, CMP_EQ);
    if (eq < 0) return VAL_NULL;
    if (eq) {
        it->src = VAL_NULL;
        return VAL_NULL;
    }
    return r;
}

static Value reversed_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_REVERSED);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected a reversed object, got %T", self);
    Value t = obj_val(type_of(I, self));
    Value src = it->src != VAL_NULL ? it->src : I->empty_tuple;
    Value a = tuple_pack(I, 1, src);
    if (a == VAL_NULL) return VAL_NULL;
    if (it->src == VAL_NULL) return tuple_pack(I, 2, t, a);
    Value index = int_from_i64(I, it->i);
    return index == VAL_NULL ? VAL_NULL : tuple_pack(I, 3, t, a, index);
}

// reversed.__setstate__(index): the next position to read, clamped to [-1, len - 1].
static Value reversed_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    IterObject *it = iterobject_get(I, self, TY_REVERSED);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected a reversed object, got %T", self);
    int64_t idx;
    if (!iterobject_index_arg(I, args, kwnames, &idx)) return VAL_NULL;
    if (it->src == VAL_NULL) return I->none;
    int64_t n = obj_len(I, it->src);
    if (n < 0) return VAL_NULL;
    it->i = idx < -1 ? -1 : idx > n - 1 ? n - 1 : idx;
    return I->none;
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", reversed_reduce, 0, "Return state information for pickling."},
    {"__setstate__", reversed_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

/* ---- __reduce__ of enumerate, zip, map and filter: (type, args[, state]). An
 * exhausted one has dropped its source and reduces over an empty iterator. ---- */

static Value empty_iter(Interp *I) { return obj_iter(I, I->empty_tuple); }

/* The iterator [self] of builtin type [id] for its __reduce__ (takes no arguments); NULL
 * with TypeError when it is not one. */
static IterObject *reduce_of(Interp *I, Value self, ValView args, Value kwnames, TypeId id, const char *name) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return NULL;
    IterObject *it = iterobject_get(I, self, id);
    if (it == NULL)
        exc_raise(I, TY_TYPE_ERROR, "descriptor '__reduce__' requires a '%s' object but received a '%T'",
                  name, self);
    return it;
}

static Value enumerate_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    IterObject *it = reduce_of(I, self, args, kwnames, TY_ENUMERATE, "enumerate");
    if (it == NULL) return VAL_NULL;
    Value t = obj_val(type_of(I, self));
    Value src = it->src != VAL_NULL ? it->src : empty_iter(I);
    Value count = it->a != VAL_NULL ? it->a : int_from_i64(I, it->i);
    Value a = src == VAL_NULL || count == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, src, count);
    return a == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, t, a);
}

static Value zip_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    IterObject *it = reduce_of(I, self, args, kwnames, TY_ZIP, "zip");
    if (it == NULL) return VAL_NULL;
    Value t = obj_val(type_of(I, self));
    Value its = it->src != VAL_NULL ? it->src : I->empty_tuple;
    if (it->mode & ZIP_STRICT) return tuple_pack(I, 3, t, its, I->true_);
    return tuple_pack(I, 2, t, its);
}

static Value zip_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__setstate__", 1, 1)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_ZIP);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected a zip object, got %T", self);
    int r = obj_truth(I, vview_get(args, 0));
    if (r < 0) return VAL_NULL;
    it->mode = r ? (it->mode | ZIP_STRICT) : (it->mode & ~ZIP_STRICT);
    return I->none;
}

static Value map_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    IterObject *it = reduce_of(I, self, args, kwnames, TY_MAP, "map");
    if (it == NULL) return VAL_NULL;
    Value t = obj_val(type_of(I, self));
    ValView its = it->src != VAL_NULL ? tuple_view(it->src) : vview_make(NULL, 0);
    size_t n = its.n > 0 ? its.n : 1;
    Value a = tuple_new(I, n + 1);
    if (a == VAL_NULL) return VAL_NULL;
    tuple_init_item(a, 0, it->a);
    for (size_t k = 0; k < n; k++) {
        Value x = its.n > 0 ? vview_get(its, k) : empty_iter(I);
        if (x == VAL_NULL) return VAL_NULL;
        tuple_init_item(a, k + 1, x);
    }
    return tuple_pack(I, 2, t, a);
}

static Value filter_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    IterObject *it = reduce_of(I, self, args, kwnames, TY_FILTER, "filter");
    if (it == NULL) return VAL_NULL;
    Value t = obj_val(type_of(I, self));
    Value src = it->src != VAL_NULL ? it->src : empty_iter(I);
    Value a = src == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, it->a != VAL_NULL ? it->a : I->none, src);
    return a == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, t, a);
}

static const MethodDef enumerate_methods[] = {
    {"__reduce__", enumerate_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef zip_methods[] = {
    {"__reduce__", zip_reduce, 0, "Return state information for pickling."},
    {"__setstate__", zip_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef map_methods[] = {
    {"__reduce__", map_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef filter_methods[] = {
    {"__reduce__", filter_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static Value seq_iter_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_SEQ_ITER);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected an iterator, got %T", self);
    if (it->src == VAL_NULL) return iterobject_reduce(I, I->empty_tuple, VAL_NULL);
    Value index = int_from_i64(I, it->i);
    return index == VAL_NULL ? VAL_NULL : iterobject_reduce(I, it->src, index);
}

static Value seq_iter_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    int64_t idx;
    if (!iterobject_setstate_arg(I, args, kwnames, &idx)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_SEQ_ITER);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected an iterator, got %T", self);
    if (it->src != VAL_NULL) it->i = idx;
    return I->none;
}

// iter(callable, sentinel) pickles as that call; an exhausted one as iter(()).
static Value call_iter_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_CALL_ITER);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected a callable_iterator, got %T", self);
    if (it->src == VAL_NULL) return iterobject_reduce(I, I->empty_tuple, VAL_NULL);
    Value fn = obj_getattr_cstr(I, I->builtins_mod, "iter");
    Value a = fn == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, it->src, it->a);
    return a == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, fn, a);
}

static const MethodDef call_iter_methods[] = {
    {"__reduce__", call_iter_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef seq_iter_methods[] = {
    {"__length_hint__", seq_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", seq_iter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", seq_iter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec enumerate_spec = {
    .name = "enumerate",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = enumerate_next,
    .new_ = enumerate_new,
    .methods = enumerate_methods,
    .doc = "Return an enumerate object.",
};

const TypeSpec zip_spec = {
    .name = "zip",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = zip_next,
    .new_ = zip_new,
    .methods = zip_methods,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
};

const TypeSpec map_spec = {
    .name = "map",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = map_next,
    .new_ = map_new,
    .methods = map_methods,
    .doc = "map(func, *iterables) --> map object",
};

const TypeSpec filter_spec = {
    .name = "filter",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = filter_next,
    .new_ = filter_new,
    .methods = filter_methods,
    .doc = "filter(function or None, iterable) --> filter object",
};

const TypeSpec reversed_spec = {
    .name = "reversed",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = reversed_next,
    .new_ = reversed_new,
    .methods = reversed_methods,
    .doc = "Return a reverse iterator over the values of the given sequence.",
};

const TypeSpec seq_iter_spec = {
    .name = "iterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = seq_iter_next,
    .methods = seq_iter_methods,
};

const TypeSpec call_iter_spec = {
    .name = "callable_iterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = call_iter_next,
    .methods = call_iter_methods,
};
