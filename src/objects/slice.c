/*
 * slice.c: slice objects and the index arithmetic every sequence shares (slice_indices,
 * seq_index), following CPython's PySlice_Unpack / PySlice_AdjustIndices.
 *
 * Invariant: the indices slice_indices returns are safe for a sequence of the given
 * length: when count > 0, start + k * step lies in [0, len) for every k < count, and the
 * products never overflow (|k * step| < len + |step|).
 */
#include "slice.h"

#include "args.h"
#include "exc.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

static Value or_none(Interp *I, Value v) { return v == VAL_NULL ? I->none : v; }

Value slice_new(Interp *I, Value start, Value stop, Value step) {
    SliceObject *s = obj_alloc(I, interp_type(I, TY_SLICE), sizeof(SliceObject));
    if (s == NULL) return VAL_NULL;
    s->start = or_none(I, start);
    s->stop = or_none(I, stop);
    s->step = or_none(I, step);
    return obj_val(s);
}

// The int value of [iv] (an int) clamped to int64.
static int64_t clamp_int(Interp *I, Value iv, bool *ok) {
    int64_t x;
    *ok = true;
    if (val_is_small(iv)) return (int64_t)val_small(iv);
    if (int_to_i64(I, iv, &x)) return x;
    exc_clear(I);
    return int_sign(I, iv) < 0 ? INT64_MIN : INT64_MAX;
}

static bool has_index(Interp *I, Value v) { return int_check(I, v) || type_of(I, v)->index != NULL; }

bool slice_clamp_index(Interp *I, Value v, int64_t *out) {
    if (val_is_small(v)) {
        *out = (int64_t)val_small(v);
        return true;
    }
    if (!has_index(I, v)) {
        exc_raise(I, TY_TYPE_ERROR,
                  "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Value iv = obj_index(I, v);
    if (iv == VAL_NULL) return false;
    bool ok;
    *out = clamp_int(I, iv, &ok);
    return ok;
}

int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

bool slice_indices(Interp *I, Value s, int64_t len, int64_t *start, int64_t *stop,
                   int64_t *step, int64_t *count) {
    if (!slice_unpack(I, s, start, stop, step)) return false;
    if (len < 0) len = 0;
    *count = slice_adjust(len, start, stop, *step);
    return true;
}

bool slice_unpack(Interp *I, Value s, int64_t *start, int64_t *stop, int64_t *step) {
    SliceObject *so = slice_cast(s);
    if (so == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "expected a slice");
        return false;
    }
    int64_t st = 1, a, b;
    if (so->step != I->none) {
        if (!slice_clamp_index(I, so->step, &st)) return false;
        if (st == 0) {
            exc_raise(I, TY_VALUE_ERROR, "slice step cannot be zero");
            return false;
        }
        if (st < -INT64_MAX) st = -INT64_MAX;
    }
    if (so->start == I->none) a = st < 0 ? INT64_MAX : 0;
    else if (!slice_clamp_index(I, so->start, &a)) return false;
    if (so->stop == I->none) b = st < 0 ? INT64_MIN : INT64_MAX;
    else if (!slice_clamp_index(I, so->stop, &b)) return false;
    *start = a;
    *stop = b;
    *step = st;
    return true;
}

bool slice_index_value(Interp *I, Value key, const char *what, int64_t *out) {
    if (val_is_small(key)) {
        *out = (int64_t)val_small(key);
        return true;
    }
    if (!has_index(I, key)) {
        exc_raise(I, TY_TYPE_ERROR, "%s indices must be integers or slices, not %T", what, key);
        return false;
    }
    return obj_index_item_i64(I, key, out);
}

bool seq_index(Interp *I, Value key, int64_t len, const char *what, int64_t *out) {
    int64_t i;
    if (!slice_index_value(I, key, what, &i)) return false;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        exc_raise(I, TY_INDEX_ERROR, "%s index out of range", what);
        return false;
    }
    *out = i;
    return true;
}

// ---- the slice type ----

static Value slice_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)t;
    if (!args_no_kw(I, kwnames, "slice")) return VAL_NULL;
    if (!args_count(I, args, kwnames, "slice", 1, 3)) return VAL_NULL;
    if (args.n == 1) return slice_new(I, I->none, vview_get(args, 0), I->none);
    return slice_new(I, vview_get(args, 0), vview_get(args, 1),
                     args.n == 3 ? vview_get(args, 2) : I->none);
}

static Value slice_repr(Interp *I, Value self) {
    SliceObject *s = slice_cast(self);
    if (s == NULL) return VAL_NULL;
    return str_from_format(I, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Value as_tuple(Interp *I, SliceObject *s) { return tuple_pack(I, 3, s->start, s->stop, s->step); }

static Value slice_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    SliceObject *x = slice_cast(a), *y = slice_cast(b);
    if (x == NULL || y == NULL) return I->notimpl;
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return interp_bool(I, op == CMP_EQ);
    Value ta = as_tuple(I, x);
    if (ta == VAL_NULL) return VAL_NULL;
    Value tb = as_tuple(I, y);
    if (tb == VAL_NULL) return VAL_NULL;
    return obj_richcmp(I, ta, tb, op);
}

// An int from a slice field (int or __index__).
static Value eval_index(Interp *I, Value v) {
    if (!has_index(I, v)) {
        return exc_raise(I, TY_TYPE_ERROR,
                         "slice indices must be integers or None or have an __index__ method");
    }
    return obj_index(I, v);
}

static int lt(Interp *I, Value a, Value b) { return int_compare(I, a, b) < 0; }

// One bound of slice_indices_long: None gives [dflt]; negatives count from the end.
static Value long_bound(Interp *I, Value v, Value len, Value lower, Value upper, Value dflt) {
    if (v == I->none) return dflt;
    Value x = eval_index(I, v);
    if (x == VAL_NULL) return VAL_NULL;
    if (int_sign(I, x) < 0) {
        x = obj_binop(I, x, len, BINOP_ADD);
        if (x == VAL_NULL) return VAL_NULL;
        if (lt(I, x, lower)) x = lower;
    } else if (lt(I, upper, x)) {
        x = upper;
    }
    return x;
}

bool slice_indices_long(Interp *I, Value s, Value len, Value *start, Value *stop, Value *step) {
    SliceObject *so = slice_cast(s);
    if (so == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "expected a slice");
        return false;
    }
    Value st = val_from_small(1);
    if (so->step != I->none) {
        st = eval_index(I, so->step);
        if (st == VAL_NULL) return false;
        if (int_sign(I, st) == 0) {
            exc_raise(I, TY_VALUE_ERROR, "slice step cannot be zero");
            return false;
        }
    }
    bool neg = int_sign(I, st) < 0;
    Value lower = neg ? val_from_small(-1) : val_from_small(0);
    Value upper = neg ? obj_binop(I, len, lower, BINOP_ADD) : len;
    if (upper == VAL_NULL) return false;
    Value a = long_bound(I, so->start, len, lower, upper, neg ? upper : lower);
    if (a == VAL_NULL) return false;
    Value b = long_bound(I, so->stop, len, lower, upper, neg ? lower : upper);
    if (b == VAL_NULL) return false;
    *start = a;
    *stop = b;
    *step = st;
    return true;
}

static Value slice_indices_m(Interp *I, Value self, ValView args, Value kwnames) {
    if (args_nkw(kwnames) != 0 || args.n != 1) {
        if (args_nkw(kwnames) != 0)
            return exc_raise(I, TY_TYPE_ERROR, "slice.indices() takes no keyword arguments");
        return exc_raise(I, TY_TYPE_ERROR, "slice.indices() takes exactly one argument (%zu given)",
                         args.n);
    }
    Value lv = obj_index(I, vview_get(args, 0));
    if (lv == VAL_NULL) return VAL_NULL;
    if (int_sign(I, lv) < 0) return exc_raise(I, TY_VALUE_ERROR, "length should not be negative");
    Value a, b, c;
    if (!slice_indices_long(I, self, lv, &a, &b, &c)) return VAL_NULL;
    return tuple_pack(I, 3, a, b, c);
}

static Value slice_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    SliceObject *s = slice_cast(self);
    if (s == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "descriptor '__reduce__' requires a 'slice' object");
    Value t = as_tuple(I, s);
    if (t == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 2, obj_val(interp_type(I, TY_SLICE)), t);
}

static Value get_start(Interp *I, Value self) {
    SliceObject *s = slice_cast(self);
    return s == NULL ? I->none : s->start;
}
static Value get_stop(Interp *I, Value self) {
    SliceObject *s = slice_cast(self);
    return s == NULL ? I->none : s->stop;
}
static Value get_step(Interp *I, Value self) {
    SliceObject *s = slice_cast(self);
    return s == NULL ? I->none : s->step;
}

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_m, 0,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate "
     "the start and stop\nindices, and the stride length of the extended slice described by\nS. "
     "Out of bounds indices are clipped in a manner consistent with the\nhandling of normal "
     "slices."},
    {"__reduce__", slice_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef slice_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec slice_spec = {
    .name = "slice",
    .inst_kind = K_SLICE,
    .inst_size = sizeof(SliceObject),
    .base = TY_OBJECT,
    .repr = slice_repr,
    .richcmp = slice_richcmp,
    .new_ = slice_new_slot,
    .methods = slice_methods,
    .getsets = slice_getsets,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used "
           "for extended slicing (e.g. a[0:10:2]).",
};
