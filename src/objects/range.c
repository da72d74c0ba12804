/*
 * range.c: range and range_iterator.
 *
 * A range holds start, stop, step and its length as int Values, so ranges beyond int64
 * work (len() of one raises OverflowError as in CPython). Operations take an int64 fast
 * path when every value involved fits, and otherwise compute with int objects.
 *
 * Invariant: step != 0 and len == max(0, ceil((stop - start) / step)); the fast iterator
 * never computes a value past the last item, so its int64 arithmetic cannot overflow.
 */
#include "range.h"

#include "../kernel/checked.h"

#include "args.h"
#include "exc.h"
#include "int.h"
#include "iterobject.h"
#include "ops.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

#define RITER_LONG 1u

static RangeObject *rng(Value v) { return range_cast(v); }

// Slot and method functions run only on their own type (the descriptors check self), so
// a failed cast cannot happen; it is still raised, never dereferenced.
static Value bad_self(Interp *I, Value self) {
    return exc_raise(I, TY_TYPE_ERROR, "descriptor requires a 'range' object but received a '%T'",
                     self);
}

static bool small64(Value v, int64_t *out) {
    if (!val_is_small(v)) return false;
    *out = (int64_t)val_small(v);
    return true;
}

static Value add(Interp *I, Value a, Value b) { return obj_binop(I, a, b, BINOP_ADD); }
static Value sub(Interp *I, Value a, Value b) { return obj_binop(I, a, b, BINOP_SUB); }
static Value mul(Interp *I, Value a, Value b) { return obj_binop(I, a, b, BINOP_MUL); }

// Length of range(start, stop, step) as an int.
static Value compute_len(Interp *I, Value start, Value stop, Value step) {
    int64_t a, b, s;
    if (small64(start, &a) && small64(stop, &b) && small64(step, &s)) {
        uint64_t n = 0;
        if (s > 0 && a < b) n = ((uint64_t)b - (uint64_t)a - 1u) / (uint64_t)s + 1u;
        else if (s < 0 && a > b) n = ((uint64_t)a - (uint64_t)b - 1u) / ((uint64_t)(-(s + 1)) + 1u) + 1u;
        return int_from_u64(I, n);
    }
    Value lo = start, hi = stop;
    if (int_sign(I, step) < 0) {
        lo = stop;
        hi = start;
        step = obj_unary(I, step, UN_NEG);
        if (step == VAL_NULL) return VAL_NULL;
    }
    if (int_compare(I, lo, hi) >= 0) return val_from_small(0);
    Value diff = sub(I, hi, lo);
    if (diff == VAL_NULL) return VAL_NULL;
    diff = sub(I, diff, val_from_small(1));
    if (diff == VAL_NULL) return VAL_NULL;
    Value q = obj_binop(I, diff, step, BINOP_FLOORDIV);
    if (q == VAL_NULL) return VAL_NULL;
    return add(I, q, val_from_small(1));
}

static Value make_with_len(Interp *I, Type *t, Value start, Value stop, Value step, Value len) {
    RangeObject *r = obj_alloc(I, t, sizeof(RangeObject));
    if (r == NULL) return VAL_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return obj_val(r);
}

static Value make(Interp *I, Type *t, Value start, Value stop, Value step) {
    Value len = compute_len(I, start, stop, step);
    return len != VAL_NULL ? make_with_len(I, t, start, stop, step, len) : VAL_NULL;
}

Value range_new(Interp *I, Value start, Value stop, Value step) {
    if (int_sign(I, step) == 0) return exc_raise(I, TY_VALUE_ERROR, "range() arg 3 must not be zero");
    return make(I, interp_type(I, TY_RANGE), start, stop, step);
}

static Value range_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    if (kwnames == VAL_NULL && args.n == 1 && val_is_small(vview_get(args, 0))) {
        // range(n) of a small int (a loop's header): already an exact int, step 1
        Value stop = vview_get(args, 0);
        Value len = val_small(stop) > 0 ? stop : val_from_small(0);
        return make_with_len(I, t, val_from_small(0), stop, val_from_small(1), len);
    }
    if (!args_no_kw(I, kwnames, "range")) return VAL_NULL;
    if (args.n == 0) return exc_raise(I, TY_TYPE_ERROR, "range expected at least 1 argument, got 0");
    if (args.n > 3)
        return exc_raise(I, TY_TYPE_ERROR, "range expected at most 3 arguments, got %zu", args.n);
    Value v[3];
    for (size_t i = 0; i < args.n; i++) {
        v[i] = obj_index(I, vview_get(args, i));
        if (v[i] != VAL_NULL) v[i] = int_exact(I, v[i]); // stored as exact ints, as CPython
        if (v[i] == VAL_NULL) return VAL_NULL;
    }
    Value start = val_from_small(0), stop, step = val_from_small(1);
    if (args.n == 1) {
        stop = v[0];
    } else {
        start = v[0];
        stop = v[1];
        if (args.n == 3) step = v[2];
    }
    if (int_sign(I, step) == 0) return exc_raise(I, TY_VALUE_ERROR, "range() arg 3 must not be zero");
    return make(I, t, start, stop, step);
}

// start + i * step.
static Value compute_item(Interp *I, RangeObject *r, Value i) {
    int64_t a, s, k, p, x;
    if (small64(r->start, &a) && small64(r->step, &s) && small64(i, &k) && i64_mul(k, s, &p) &&
        i64_add(a, p, &x))
        return int_from_i64(I, x);
    Value prod = mul(I, i, r->step);
    if (prod == VAL_NULL) return VAL_NULL;
    return add(I, r->start, prod);
}

static Value range_repr(Interp *I, Value self) {
    RangeObject *r = rng(self);
    if (r == NULL) return VAL_NULL;
    if (val_is_small(r->step) && val_small(r->step) == 1)
        return str_from_format(I, "range(%R, %R)", r->start, r->stop);
    return str_from_format(I, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int64_t range_len_slot(Interp *I, Value self) {
    RangeObject *r = rng(self);
    int64_t n;
    if (r == NULL) return -1;
    if (small64(r->len, &n)) return n;
    if (int_to_i64(I, r->len, &n)) return n;
    exc_clear(I);
    exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_truth(Interp *I, Value self) {
    (void)I;
    RangeObject *r = rng(self);
    return r != NULL && !int_is_zero(r->len);
}

static int range_equals(Interp *I, RangeObject *a, RangeObject *b) {
    if (a == b) return 1;
    if (int_compare(I, a->len, b->len) != 0) return 0;
    if (int_is_zero(a->len)) return 1;
    if (int_compare(I, a->start, b->start) != 0) return 0;
    if (val_is_small(a->len) && val_small(a->len) == 1) return 1;
    return int_compare(I, a->step, b->step) == 0;
}

static Value range_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    RangeObject *x = rng(a), *y = rng(b);
    if (x == NULL || y == NULL || (op != CMP_EQ && op != CMP_NE)) return I->notimpl;
    int eq = range_equals(I, x, y);
    return interp_bool(I, op == CMP_EQ ? eq : !eq);
}

static bool range_hash(Interp *I, Value self, int64_t *out) {
    RangeObject *r = rng(self);
    if (r == NULL) {
        bad_self(I, self);
        return false;
    }
    Value t;
    if (int_is_zero(r->len)) t = tuple_pack(I, 3, r->len, I->none, I->none);
    else if (val_is_small(r->len) && val_small(r->len) == 1) t = tuple_pack(I, 3, r->len, r->start, I->none);
    else t = tuple_pack(I, 3, r->len, r->start, r->step);
    if (t == VAL_NULL) return false;
    return obj_hash(I, t, out);
}

// int-valued membership test (CPython's range_contains_long): 1, 0, -1.
static int contains_int(Interp *I, RangeObject *r, Value ob) {
    int64_t a, b, s, x;
    if (small64(r->start, &a) && small64(r->stop, &b) && small64(r->step, &s) && small64(ob, &x)) {
        if (s > 0 ? (x < a || x >= b) : (x > a || x <= b)) return 0;
        uint64_t d = s > 0 ? (uint64_t)x - (uint64_t)a : (uint64_t)a - (uint64_t)x;
        uint64_t m = s > 0 ? (uint64_t)s : (uint64_t)(-(s + 1)) + 1u;
        return d % m == 0;
    }
    bool pos = int_sign(I, r->step) > 0;
    if (pos ? (int_compare(I, r->start, ob) > 0 || int_compare(I, ob, r->stop) >= 0)
            : (int_compare(I, ob, r->start) > 0 || int_compare(I, r->stop, ob) >= 0))
        return 0;
    Value d = sub(I, ob, r->start);
    if (d == VAL_NULL) return -1;
    Value m = obj_binop(I, d, r->step, BINOP_MOD);
    if (m == VAL_NULL) return -1;
    return int_is_zero(m);
}

static bool exact_int_or_bool(Interp *I, Value v) {
    if (val_is_small(v)) return true;
    Type *t = type_of(I, v);
    return t == interp_type(I, TY_INT) || t == interp_type(I, TY_BOOL);
}

static Value range_iter(Interp *I, Value self);

// Linear search through iteration for non-int items: count or first index.
static bool search(Interp *I, Value self, Value ob, bool first, int64_t *out) {
    Value it = range_iter(I, self);
    if (it == VAL_NULL) return false;
    int64_t n = 0, idx = 0;
    for (;; idx++) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) break;
        int r = obj_richcmp_bool(I, x, ob, CMP_EQ);
        if (r < 0) return false;
        if (r) {
            if (first) {
                *out = idx;
                return true;
            }
            n++;
        }
    }
    if (I->exc != VAL_NULL) return false;
    *out = first ? -1 : n;
    return true;
}

static int range_contains(Interp *I, Value self, Value ob) {
    RangeObject *r = rng(self);
    if (r == NULL) return -1;
    if (exact_int_or_bool(I, ob)) return contains_int(I, r, ob);
    int64_t idx;
    if (!search(I, self, ob, true, &idx)) return -1;
    return idx >= 0;
}

static Value range_getitem(Interp *I, Value self, Value key) {
    RangeObject *r = rng(self);
    if (r == NULL) return VAL_NULL;
    if (slice_cast(key) != NULL) {
        Value a, b, s;
        if (!slice_indices_long(I, key, r->len, &a, &b, &s)) return VAL_NULL;
        Value start = compute_item(I, r, a);
        if (start == VAL_NULL) return VAL_NULL;
        Value stop = compute_item(I, r, b);
        if (stop == VAL_NULL) return VAL_NULL;
        Value step = mul(I, r->step, s);
        if (step == VAL_NULL) return VAL_NULL;
        return make(I, interp_type(I, TY_RANGE), start, stop, step);
    }
    if (!int_check(I, key) && type_of(I, key)->index == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "range indices must be integers or slices, not %T", key);
    Value i = obj_index(I, key);
    if (i == VAL_NULL) return VAL_NULL;
    if (int_sign(I, i) < 0) {
        i = add(I, i, r->len);
        if (i == VAL_NULL) return VAL_NULL;
    }
    if (int_sign(I, i) < 0 || int_compare(I, i, r->len) >= 0)
        return exc_raise(I, TY_INDEX_ERROR, "range object index out of range");
    return compute_item(I, r, i);
}

// ---- methods ----

static bool one_arg(Interp *I, ValView args, Value kwnames, const char *fname) {
    if (args_nkw(kwnames) != 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no keyword arguments", fname);
        return false;
    }
    if (args.n != 1) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes exactly one argument (%zu given)", fname, args.n);
        return false;
    }
    return true;
}

static Value m_count(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, "range.count")) return VAL_NULL;
    Value ob = vview_get(args, 0);
    RangeObject *r = rng(self);
    if (r == NULL) return bad_self(I, self);
    if (exact_int_or_bool(I, ob)) {
        int c = contains_int(I, r, ob);
        return c < 0 ? VAL_NULL : int_from_i64(I, c);
    }
    int64_t n;
    if (!search(I, self, ob, false, &n)) return VAL_NULL;
    return int_from_i64(I, n);
}

static Value m_index(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, "range.index")) return VAL_NULL;
    Value ob = vview_get(args, 0);
    RangeObject *r = rng(self);
    if (r == NULL) return bad_self(I, self);
    if (exact_int_or_bool(I, ob)) {
        int c = contains_int(I, r, ob);
        if (c < 0) return VAL_NULL;
        if (!c) return exc_raise(I, TY_VALUE_ERROR, "%R is not in range", ob);
        Value d = sub(I, ob, r->start);
        if (d == VAL_NULL) return VAL_NULL;
        return obj_binop(I, d, r->step, BINOP_FLOORDIV);
    }
    int64_t idx;
    if (!search(I, self, ob, true, &idx)) return VAL_NULL;
    if (idx < 0) return exc_raise(I, TY_VALUE_ERROR, "sequence.index(x): x not in sequence");
    return int_from_i64(I, idx);
}

static Value m_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    RangeObject *r = rng(self);
    if (r == NULL) return bad_self(I, self);
    Value t = tuple_pack(I, 3, r->start, r->stop, r->step);
    if (t == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 2, obj_val(type_of(I, self)), t);
}

// ---- iterators ----

static Value make_iter(Interp *I, Value first, Value step, Value len) {
    IterObject *it = iterobject_new(I, TY_RANGE_ITER, val_from_small(0));
    if (it == NULL) return VAL_NULL;
    int64_t a, s, n, last;
    bool fast = small64(first, &a) && small64(step, &s) && small64(len, &n);
    if (fast && n > 0) fast = i64_mul(n - 1, s, &last) && i64_add(a, last, &last);
    if (fast) {
        it->i = a;
        it->n = n;
        it->stamp = (uint64_t)s;
        it->a = first; // kept for __reduce__ / __setstate__
        it->c = len;
        return obj_val(it);
    }
    it->mode = RITER_LONG;
    it->src = tuple_pack(I, 2, first, len); // kept for __reduce__ / __setstate__
    if (it->src == VAL_NULL) return VAL_NULL;
    it->a = first;
    it->b = step;
    it->c = len;
    return obj_val(it);
}

static Value range_iter(Interp *I, Value self) {
    RangeObject *r = rng(self);
    if (r == NULL) return VAL_NULL;
    return make_iter(I, r->start, r->step, r->len);
}

static Value m_reversed(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reversed__", 0, 0)) return VAL_NULL;
    RangeObject *r = rng(self);
    if (r == NULL) return bad_self(I, self);
    Value lastidx = sub(I, r->len, val_from_small(1));
    if (lastidx == VAL_NULL) return VAL_NULL;
    Value last = compute_item(I, r, lastidx);
    if (last == VAL_NULL) return VAL_NULL;
    Value step = obj_unary(I, r->step, UN_NEG);
    if (step == VAL_NULL) return VAL_NULL;
    return make_iter(I, last, step, r->len);
}

static Value range_iter_next(Interp *I, Value self) {
    IterObject *it = iterobject_get(I, self, TY_RANGE_ITER);
    if (it == NULL || it->src == VAL_NULL) return VAL_NULL;
    if (!(it->mode & RITER_LONG)) {
        if (it->n <= 0) {
            it->src = VAL_NULL;
            return VAL_NULL;
        }
        int64_t v = it->i;
        it->n--;
        if (it->n > 0) it->i += (int64_t)it->stamp; // stays within the range's values
        return int_from_i64(I, v);
    }
    if (int_sign(I, it->c) <= 0) return VAL_NULL; // src keeps (first, len) for __reduce__
    Value v = it->a;
    Value next = add(I, v, it->b);
    if (next == VAL_NULL) return VAL_NULL;
    Value left = sub(I, it->c, val_from_small(1));
    if (left == VAL_NULL) return VAL_NULL;
    it->a = next;
    it->c = left;
    return v;
}

static Value iter_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__length_hint__", 0, 0)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_RANGE_ITER);
    if (it == NULL || it->src == VAL_NULL) return int_from_i64(I, 0);
    if (it->mode & RITER_LONG) return it->c;
    return int_from_i64(I, it->n < 0 ? 0 : it->n);
}

static Value get_start(Interp *I, Value self) {
    RangeObject *r = rng(self);
    return r == NULL ? I->none : r->start;
}
static Value get_stop(Interp *I, Value self) {
    RangeObject *r = rng(self);
    return r == NULL ? I->none : r->stop;
}
static Value get_step(Interp *I, Value self) {
    RangeObject *r = rng(self);
    return r == NULL ? I->none : r->step;
}

static const MethodDef range_methods[] = {
    {"count", m_count, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, 0, "rangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator."},
    {"__reduce__", m_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef range_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

// The first value, the step and the total length of the iterator's range, and how many
// values it has produced.
static bool iter_state(Interp *I, IterObject *it, Value *first, Value *step, Value *len, Value *done) {
    if (it->mode & RITER_LONG) {
        if (val_kind(it->src) != K_TUPLE || tuple_len(it->src) != 2) {
            exc_raise(I, TY_SYSTEM_ERROR, "range_iterator: bad state");
            return false;
        }
        *first = tuple_get(it->src, 0);
        *len = tuple_get(it->src, 1);
        *step = it->b;
        *done = sub(I, *len, it->c);
        return *done != VAL_NULL;
    }
    *first = it->a;
    *len = it->c;
    *step = int_from_i64(I, (int64_t)it->stamp);
    int64_t total = 0;
    (void)small64(it->c, &total);
    *done = int_from_i64(I, total - (it->n < 0 ? 0 : it->n));
    return *step != VAL_NULL && *done != VAL_NULL;
}

static Value iter_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_RANGE_ITER);
    if (it == NULL) return bad_self(I, self);
    Value first, step, len, done;
    if (!iter_state(I, it, &first, &step, &len, &done)) return VAL_NULL;
    Value span = mul(I, len, step);
    Value stop = span == VAL_NULL ? VAL_NULL : add(I, first, span);
    Value r = stop == VAL_NULL ? VAL_NULL : range_new(I, first, stop, step);
    return r == VAL_NULL ? VAL_NULL : iterobject_reduce(I, r, done);
}

static Value iter_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__setstate__", 1, 1)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_RANGE_ITER);
    if (it == NULL) return bad_self(I, self);
    Value idx = obj_index(I, vview_get(args, 0));
    if (idx == VAL_NULL) return VAL_NULL;
    Value first, step, len, done;
    if (!iter_state(I, it, &first, &step, &len, &done)) return VAL_NULL;
    if (int_sign(I, idx) < 0) idx = val_from_small(0);
    int c = obj_richcmp_bool(I, idx, len, CMP_GT);
    if (c < 0) return VAL_NULL;
    if (c) idx = len;
    Value off = mul(I, idx, step);
    Value cur = off == VAL_NULL ? VAL_NULL : add(I, first, off);
    Value left = cur == VAL_NULL ? VAL_NULL : sub(I, len, idx);
    if (left == VAL_NULL) return VAL_NULL;
    if (it->mode & RITER_LONG) {
        it->a = cur;
        it->c = left;
        return I->none;
    }
    int64_t ci, li;
    if (!int_to_i64(I, cur, &ci) || !int_to_i64(I, left, &li)) return VAL_NULL;
    if (it->src != VAL_NULL) {
        it->i = ci;
        it->n = li;
    }
    return I->none;
}

static const MethodDef range_iter_methods[] = {
    {"__length_hint__", iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", iter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", iter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec range_spec = {
    .name = "range",
    .inst_kind = K_RANGEOBJ,
    .inst_size = sizeof(RangeObject),
    .tflags = TF_SEQUENCE,
    .base = TY_OBJECT,
    .repr = range_repr,
    .hash = range_hash,
    .richcmp = range_richcmp,
    .iter = range_iter,
    .len = range_len_slot,
    .getitem = range_getitem,
    .contains = range_contains,
    .truth = range_truth,
    .new_ = range_new_slot,
    .methods = range_methods,
    .getsets = range_getsets,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
};

const TypeSpec range_iter_spec = {
    .name = "range_iterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = range_iter_next,
    .methods = range_iter_methods,
};
