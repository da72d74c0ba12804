/*
 * tuple.c: tuple and tuple_iterator.
 *
 * Invariant: a tuple's length is fixed at creation (tuple_new: its ValArr, checked by the
 * kernel to fit the chunk) and every slot is filled before the tuple is handed to Python
 * code. Items are only read through varr_get (bounds-checked).
 */
#include "tuple.h"

#include <stdarg.h>

#include "../kernel/checked.h"
#include "args.h"
#include "exc.h"
#include "int.h"
#include "iterobject.h"
#include "list.h"
#include "ops.h"
#include "slice.h"
#include "str.h"

static TupleObject *tup(Value v) { return tuple_cast(v); }

// A 2-tuple is a 48-byte chunk (the heap's 48-byte size class): keep it so.
_Static_assert(sizeof(TupleObject) + 2 * sizeof(Value) <= 48,
               "a 2-tuple outgrew the 48-byte size class");

static void *alloc_inst(Interp *I, Type *t, size_t size) {
    if (t->inst_size > size) size = t->inst_size;
    return obj_alloc(I, t, size);
}

// A tuple of [n] empty slots of type [t] (tuple or a subclass).
static Value new_typed(Interp *I, Type *t, size_t n) {
    size_t size;
    if (!varr_size(offsetof(TupleObject, a), n, &size)) return exc_nomem(I);
    TupleObject *o = alloc_inst(I, t, size);
    if (o == NULL) return VAL_NULL;
    KStatus s = varr_init(I->heap, o, &o->a, n);
    if (s != K_OK) return exc_from_kstatus(I, s, "tuple");
    return obj_val(o);
}

// An exact tuple of [n] empty slots in a chunk of [size] bytes (sizeof(TupleObject) +
// n Values): obj_alloc's steps with the size a constant at each call site below, so the
// heap's inline path folds its class lookup and zero-fill (1- to 3-tuples: binary_trees
// builds 3.2M pairs, raytrace 650K 3-slot __slots__ stores). The kernel still checks
// that the items fit the chunk.
static inline __attribute__((always_inline)) Value new_exact(Interp *I, size_t size,
                                                            size_t n) {
    Type *t = interp_type(I, TY_TUPLE);
    if (t->inst_size > size) return new_typed(I, t, n);
    TupleObject *o = heap_new_small(I->heap, size, HEAP_OBJ);
    if (o == NULL) return exc_nomem(I);
    o->h.type = t;
    o->h.kind = t->inst_kind;
    KStatus s = varr_init(I->heap, o, &o->a, n);
    if (s != K_OK) return exc_from_kstatus(I, s, "tuple");
    return obj_val(o);
}

// tuple_new's body, inlined into tuple_from_view too (BUILD_TUPLE's call).
static inline __attribute__((always_inline)) Value new_tuple(Interp *I, size_t n) {
    switch (n) {
    case 0:
        if (I->empty_tuple != VAL_NULL) return I->empty_tuple;
        break;
    case 1: return new_exact(I, sizeof(TupleObject) + sizeof(Value), 1);
    case 2: return new_exact(I, sizeof(TupleObject) + 2 * sizeof(Value), 2);
    case 3: return new_exact(I, sizeof(TupleObject) + 3 * sizeof(Value), 3);
    default: break;
    }
    return new_typed(I, interp_type(I, TY_TUPLE), n);
}

Value tuple_new(Interp *I, size_t n) { return new_tuple(I, n); }

void tuple_init_item(Value t, size_t i, Value x) {
    TupleObject *o = tup(t);
    if (o == NULL) return;
    (void)varr_set(&o->a, i, x);
}

Value tuple_from_view(Interp *I, ValView v) {
    Value t = new_tuple(I, v.n);
    TupleObject *o = tup(t);
    if (o == NULL) return VAL_NULL;
    for (size_t i = 0; i < v.n; i++) (void)varr_set(&o->a, i, vview_get(v, i));
    return t;
}

Value tuple_pack(Interp *I, size_t n, ...) {
    Value t = tuple_new(I, n);
    if (t == VAL_NULL) return VAL_NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) tuple_init_item(t, i, va_arg(ap, Value));
    va_end(ap);
    return t;
}

bool tuple_check(Value v) { return tup(v) != NULL; }

size_t tuple_len(Value t) {
    TupleObject *o = tup(t);
    return o == NULL ? 0 : o->a.len;
}

Value tuple_get(Value t, size_t i) {
    TupleObject *o = tup(t);
    return o == NULL ? VAL_NULL : varr_get(&o->a, i);
}

ValView tuple_view(Value t) {
    TupleObject *o = tup(t);
    if (o == NULL) return vview_make(NULL, 0);
    return vview_of_arr(&o->a);
}

Value tuple_get_slice(Interp *I, Value t, size_t lo, size_t hi) {
    ValView v = vview_slice(tuple_view(t), lo, hi);
    return tuple_from_view(I, v);
}

// ---- repr ----

static size_t seq_len(Value seq) { return list_check(seq) ? list_len(seq) : tuple_len(seq); }
static Value seq_get(Value seq, size_t i) {
    return list_check(seq) ? list_get(seq, i) : tuple_get(seq, i);
}

Value tuple_repr_seq(Interp *I, Value seq, const char *open, const char *close,
                     bool tuple_comma) {
    if (seq_len(seq) == 0) {
        StrBuilder e;
        sb_init(&e);
        if (!sb_add_cstr(I, &e, open) || !sb_add_cstr(I, &e, close)) return VAL_NULL;
        return sb_finish(I, &e);
    }
    int r = list_repr_enter(I, seq);
    if (r < 0) return VAL_NULL;
    if (r > 0) {
        StrBuilder e;
        sb_init(&e);
        if (!sb_add_cstr(I, &e, open) || !sb_add_cstr(I, &e, "...") ||
            !sb_add_cstr(I, &e, close))
            return VAL_NULL;
        return sb_finish(I, &e);
    }
    Value result = VAL_NULL;
    if (!interp_enter_c(I, "while getting the repr of an object")) goto out;
    StrBuilder sb;
    sb_init(&sb);
    if (!sb_add_cstr(I, &sb, open)) goto leave;
    for (size_t i = 0; i < seq_len(seq); i++) {
        Value item = seq_get(seq, i);
        if (item == VAL_NULL) break;
        Value s = obj_repr(I, item);
        if (s == VAL_NULL) goto leave;
        if (i > 0 && !sb_add_cstr(I, &sb, ", ")) goto leave;
        if (!sb_add_str(I, &sb, s)) goto leave;
    }
    if (tuple_comma && seq_len(seq) == 1 && !sb_add_cstr(I, &sb, ",")) goto leave;
    if (!sb_add_cstr(I, &sb, close)) goto leave;
    result = sb_finish(I, &sb);
leave:
    interp_leave_c(I);
out:
    list_repr_leave(I, seq);
    return result;
}

static Value tuple_repr(Interp *I, Value self) {
    return tuple_repr_seq(I, self, "(", ")", true);
}

// ---- hash: CPython 3.11's xxHash-based tuplehash ----

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)

static uint64_t xx_rotate(uint64_t x) { return (x << 31) | (x >> 33); }

static bool tuple_hash(Interp *I, Value self, int64_t *out) {
    TupleObject *o = tup(self);
    if (o == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "descriptor requires a tuple");
        return false;
    }
    if ((o->h.flags & TUPLE_BUILDING) != 0) {
        exc_raise(I, TY_VALUE_ERROR, "tuple hashed before it is complete");
        return false;
    }
    if (!interp_enter_c(I, "while hashing")) return false;
    uint64_t acc = XXPRIME_5;
    size_t n = o->a.len;
    for (size_t i = 0; i < n; i++) {
        int64_t h;
        Value x = varr_get(&o->a, i);
        if (!obj_hash(I, x, &h)) {
            interp_leave_c(I);
            return false;
        }
        acc += (uint64_t)h * XXPRIME_2;
        acc = xx_rotate(acc);
        acc *= XXPRIME_1;
    }
    interp_leave_c(I);
    acc += (uint64_t)n ^ (XXPRIME_5 ^ (uint64_t)3527539UL);
    if (acc == UINT64_MAX) acc = 1546275796u;
    *out = (int64_t)acc;
    return true;
}

// ---- comparison (lexicographic; shared shape with list) ----

static Value tuple_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if (!tuple_check(a) || !tuple_check(b)) return I->notimpl;
    if (!interp_enter_c(I, "in comparison")) return VAL_NULL;
    size_t i = 0;
    Value res = VAL_NULL;
    for (;; i++) {
        size_t na = tuple_len(a), nb = tuple_len(b);
        if (i >= na || i >= nb) {
            res = interp_bool(I, cmp_holds((int64_t)na - (int64_t)nb, op));
            break;
        }
        Value x = tuple_get(a, i), y = tuple_get(b, i);
        int c = obj_cmp_known(I, x, y);
        if (c != CMP_UNKNOWN) {
            if (c == 0) continue;
            res = interp_bool(I, cmp_holds(c, op));
            break;
        }
        int eq = obj_richcmp_bool(I, x, y, CMP_EQ);
        if (eq < 0) break;
        if (eq) continue;
        if (op == CMP_EQ) res = I->false_;
        else if (op == CMP_NE) res = I->true_;
        else res = obj_richcmp(I, x, y, op);
        break;
    }
    interp_leave_c(I);
    return res;
}

// ---- sequence protocol ----

static int64_t tuple_len_slot(Interp *I, Value self) {
    (void)I;
    return (int64_t)tuple_len(self);
}

static Value tuple_getitem(Interp *I, Value self, Value key) {
    TupleObject *o = tup(self);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "descriptor requires a tuple");
    if (slice_cast(key) != NULL) {
        int64_t start, stop, step, count;
        if (!slice_indices(I, key, (int64_t)o->a.len, &start, &stop, &step, &count))
            return VAL_NULL;
        if (count <= 0) return tuple_new(I, 0);
        if (step == 1 && count == (int64_t)o->a.len && type_of(I, self) == interp_type(I, TY_TUPLE))
            return self;
        Value r = tuple_new(I, (size_t)count);
        if (r == VAL_NULL) return VAL_NULL;
        for (int64_t k = 0; k < count; k++)
            tuple_init_item(r, (size_t)k, varr_get(&o->a, (size_t)(start + k * step)));
        return r;
    }
    int64_t i;
    if (!seq_index(I, key, (int64_t)o->a.len, "tuple", &i)) return VAL_NULL;
    return varr_get(&o->a, (size_t)i);
}

static int tuple_contains(Interp *I, Value self, Value item) {
    for (size_t i = 0; i < tuple_len(self); i++) {
        int r = obj_richcmp_bool(I, tuple_get(self, i), item, CMP_EQ);
        if (r != 0) return r;
    }
    return 0;
}


static Value tuple_repeat(Interp *I, Value t, Value n) {
    int64_t count;
    if (!seq_repeat_count(I, n, &count)) return VAL_NULL;
    size_t len = tuple_len(t);
    if (count <= 0 || len == 0) return tuple_new(I, 0);
    if (count == 1 && type_of(I, t) == interp_type(I, TY_TUPLE)) return t;
    size_t total;
    if (!size_mul(len, (size_t)count, &total)) return exc_nomem(I);
    Value r = tuple_new(I, total);
    if (r == VAL_NULL) return VAL_NULL;
    for (size_t c = 0; c < (size_t)count; c++)
        for (size_t i = 0; i < len; i++) tuple_init_item(r, c * len + i, tuple_get(t, i));
    return r;
}

// Whether the other operand's type might implement the reflected operator itself.
static bool other_may_handle(Interp *I, Value v) {
    return (type_of(I, v)->tflags & TF_HEAP) != 0;
}

static Value tuple_binop(Interp *I, Value a, Value b, BinOp op) {
    if (op == BINOP_ADD) {
        if (!tuple_check(a)) return I->notimpl;
        if (!tuple_check(b)) {
            if (other_may_handle(I, b)) return I->notimpl;
            return exc_raise(I, TY_TYPE_ERROR, "can only concatenate tuple (not \"%s\") to tuple",
                             obj_type_name(I, b));
        }
        if (tuple_len(b) == 0 && type_of(I, a) == interp_type(I, TY_TUPLE)) return a;
        if (tuple_len(a) == 0 && type_of(I, b) == interp_type(I, TY_TUPLE)) return b;
        size_t na = tuple_len(a), nb = tuple_len(b);
        if (nb > VEC_MAX_LEN - na) return exc_nomem(I);
        Value r = tuple_new(I, na + nb);
        if (r == VAL_NULL) return VAL_NULL;
        for (size_t i = 0; i < na; i++) tuple_init_item(r, i, tuple_get(a, i));
        for (size_t i = 0; i < nb; i++) tuple_init_item(r, na + i, tuple_get(b, i));
        return r;
    }
    if (op == BINOP_MUL) {
        if (tuple_check(a)) {
            if (!int_check(I, b) && type_of(I, b)->index == NULL && other_may_handle(I, b))
                return I->notimpl;
            return tuple_repeat(I, a, b);
        }
        if (tuple_check(b)) {
            if (!int_check(I, a) && type_of(I, a)->index == NULL && other_may_handle(I, a))
                return I->notimpl;
            return tuple_repeat(I, b, a);
        }
    }
    return I->notimpl;
}

// ---- construction ----

static Value tuple_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    // As CPython, a subclass with its own __init__ may take keywords (they go to __init__).
    if (args_nkw(kwnames) > 0 && t->init != interp_type(I, TY_TUPLE)->init) {
        args = vview_slice(args, 0, args.n - args_nkw(kwnames));
        kwnames = VAL_NULL;
    }
    if (!args_no_kw(I, kwnames, "tuple")) return VAL_NULL;
    if (!args_count(I, args, kwnames, "tuple", 0, 1)) return VAL_NULL;
    Value src = args.n == 0 ? VAL_NULL : vview_get(args, 0);
    bool exact = t == interp_type(I, TY_TUPLE);
    if (src == VAL_NULL) {
        if (exact) return tuple_new(I, 0);
        return new_typed(I, t, 0);
    }
    Value items = obj_to_tuple(I, src);
    if (items == VAL_NULL || exact) return items;
    size_t n = tuple_len(items);
    Value r = new_typed(I, t, n);
    if (r == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < n; i++) tuple_init_item(r, i, tuple_get(items, i));
    return r;
}

// ---- methods ----

// start/stop arguments of index(): ints or __index__, clamped to the length.
static bool bound_arg(Interp *I, Value v, int64_t len, int64_t *out) {
    if (v == VAL_NULL) return true;
    if (!int_check(I, v) && type_of(I, v)->index == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "slice indices must be integers or have an __index__ method");
        return false;
    }
    int64_t x;
    if (!slice_clamp_index(I, v, &x)) return false;
    if (x < 0) {
        x += len;
        if (x < 0) x = 0;
    }
    *out = x;
    return true;
}

static Value tuple_index(Interp *I, Value self, ValView args, Value kwnames) {
    Value value, vstart, vstop;
    if (!args_no_kw(I, kwnames, "tuple.index")) return VAL_NULL; // named with its type, as CPython
    if (!args_parse(I, args, kwnames, "index", "value | start stop /", &value, &vstart, &vstop))
        return VAL_NULL;
    int64_t len = (int64_t)tuple_len(self);
    int64_t start = 0, stop = INT64_MAX;
    if (!bound_arg(I, vstart, len, &start) || !bound_arg(I, vstop, len, &stop)) return VAL_NULL;
    for (int64_t i = start; i < stop && i < (int64_t)tuple_len(self); i++) {
        int r = obj_richcmp_bool(I, tuple_get(self, (size_t)i), value, CMP_EQ);
        if (r < 0) return VAL_NULL;
        if (r) return int_from_i64(I, i);
    }
    return exc_raise(I, TY_VALUE_ERROR, "tuple.index(x): x not in tuple");
}

// CPython's METH_O argument check.
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

static Value tuple_count(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, "tuple.count")) return VAL_NULL;
    Value value = vview_get(args, 0);
    int64_t n = 0;
    for (size_t i = 0; i < tuple_len(self); i++) {
        int r = obj_richcmp_bool(I, tuple_get(self, i), value, CMP_EQ);
        if (r < 0) return VAL_NULL;
        n += r;
    }
    return int_from_i64(I, n);
}

static Value tuple_getnewargs(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__getnewargs__", 0, 0)) return VAL_NULL;
    Value copy = tuple_from_view(I, tuple_view(self));
    if (copy == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 1, copy);
}

// ---- tuple_iterator ----

static Value tuple_iter(Interp *I, Value self) {
    IterObject *it = iterobject_new(I, TY_TUPLE_ITER, self);
    return it == NULL ? VAL_NULL : obj_val(it);
}

static Value tuple_iter_next(Interp *I, Value self) {
    IterObject *it = iterobject_get(I, self, TY_TUPLE_ITER);
    if (it == NULL || it->src == VAL_NULL) return VAL_NULL;
    if (it->i >= 0 && (size_t)it->i < tuple_len(it->src)) return tuple_get(it->src, (size_t)it->i++);
    it->src = VAL_NULL;
    return VAL_NULL;
}

static Value tuple_iter_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__length_hint__", 0, 0)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_TUPLE_ITER);
    if (it == NULL || it->src == VAL_NULL) return int_from_i64(I, 0);
    int64_t left = (int64_t)tuple_len(it->src) - it->i;
    return int_from_i64(I, left < 0 ? 0 : left);
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_index, 0, "Return first index of value."},
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value tuple_iter_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_TUPLE_ITER);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected tuple_iterator, got %T", self);
    if (it->src == VAL_NULL) return iterobject_reduce(I, I->empty_tuple, VAL_NULL);
    return iterobject_reduce(I, it->src, int_from_i64(I, it->i));
}

static Value tuple_iter_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    int64_t idx;
    if (!iterobject_setstate_arg(I, args, kwnames, &idx)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_TUPLE_ITER);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected tuple_iterator, got %T", self);
    if (it->src != VAL_NULL) {
        int64_t n = (int64_t)tuple_len(it->src);
        it->i = idx > n ? n : idx;
    }
    return I->none;
}

static const MethodDef tuple_iter_methods[] = {
    {"__length_hint__", tuple_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", tuple_iter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", tuple_iter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec tuple_spec = {
    .name = "tuple",
    .inst_kind = K_TUPLE,
    .inst_size = sizeof(TupleObject),
    .tflags = TF_BASETYPE | TF_TUPLE_SUB | TF_SEQUENCE,
    .base = TY_OBJECT,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcmp = tuple_richcmp,
    .iter = tuple_iter,
    .len = tuple_len_slot,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .binop = tuple_binop,
    .new_ = tuple_new_slot,
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.",
};

const TypeSpec tuple_iter_spec = {
    .name = "tuple_iterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = tuple_iter_next,
    .methods = tuple_iter_methods,
};
