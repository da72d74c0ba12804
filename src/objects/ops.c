/*
 * ops.c: the abstract object protocol, part 1: type_of, isinstance/issubclass, repr /
 * str / ascii, hash, rich comparison, truth, format. Attribute access and calls are in
 * ops_call.c, numbers in ops_num.c, containers and iteration in ops_seq.c.
 *
 * Invariant: every path that can recurse on user data (repr, comparison, hash of nested
 * containers) is bracketed by interp_enter_c/interp_leave_c; results of user dunders
 * are type-checked (repr/str return str, hash an int) before being handed back.
 */
#include "ops.h"

#include <math.h>

#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

Type *type_of(Interp *I, Value v) {
    Obj *o = obj_ptr(v);
    if (o == NULL) return I->types[val_is_small(v) ? TY_INT : TY_OBJECT];
    return o->type;
}

bool obj_is_instance_of(Interp *I, Value v, const Type *t) {
    return type_is_subtype(type_of(I, v), t);
}

const char *obj_type_name(Interp *I, Value v) { return type_name_cstr(I, type_of(I, v)); }

/* ---- isinstance / issubclass ---- */

// CPython's abstract protocol: a class may be any object with a tuple __bases__ (not only
// a type); an instance any object whose __class__ is such a class.

// cls.__bases__ when it is a tuple; VAL_NULL otherwise (an exception pending only for an
// error other than AttributeError).
static Value abstract_bases(Interp *I, Value cls) {
    Value b = obj_lookup_attr(I, cls, interp_name(I, N___bases__));
    return b != VAL_NULL && tuple_check(b) ? b : VAL_NULL;
}

// The bookkeeping of a walk over several bases, made at the first object with more than
// one: each object is expanded once, so a DAG of shared bases (a.__bases__ = (b, b) forty
// levels deep) costs its size, not 2**40 as CPython's walk does.
typedef struct {
    Value state; // dict id -> True while on the current path, False once answered False
    Value path;  // list of the ids on the current path
} BasesWalk;

// Records [v] on the walk's path: 1 new, 0 already answered False, -1 error (a
// RecursionError for an object on the path itself: a cycle, as CPython reports it).
static int walk_enter(Interp *I, BasesWalk *w, Value v) {
    Value id = int_from_u64(I, (uint64_t)v);
    if (id == VAL_NULL) return -1;
    Value st = dict_get(I, w->state, id);
    if (st != VAL_NULL) {
        if (st == I->false_) return 0;
        exc_raise(I, TY_RECURSION_ERROR, "maximum recursion depth exceeded in __issubclass__");
        return -1;
    }
    if (I->exc != VAL_NULL) return -1;
    return dict_set(I, w->state, id, I->true_) && list_append(I, w->path, id) ? 1 : -1;
}

// Marks the objects recorded since the path had [len] entries as answered False: 0, or -1.
static int walk_leave(Interp *I, BasesWalk *w, size_t len) {
    if (w->path == VAL_NULL) return 0;
    while (list_len(w->path) > len)
        if (!dict_set(I, w->state, list_pop_last(w->path), I->false_)) return -1;
    return 0;
}

// Whether [cls] is one of the classes reachable from [derived] through __bases__.
static int abstract_issubclass_in(Interp *I, Value derived, Value cls, BasesWalk *w) {
    size_t len = w->path != VAL_NULL ? list_len(w->path) : 0;
    Value bases;
    // Brent's cycle check on the single-base walk before any object has several bases:
    // a chain of __bases__ that comes back round would loop forever in C (CPython's does)
    Value mark = derived;
    size_t power = 1, steps = 0;
    for (;;) {
        if (derived == cls) return 1;
        if (w->state != VAL_NULL) {
            int r = walk_enter(I, w, derived);
            if (r <= 0) return r < 0 ? -1 : walk_leave(I, w, len);
        }
        bases = abstract_bases(I, derived);
        if (bases == VAL_NULL) return I->exc != VAL_NULL ? -1 : walk_leave(I, w, len);
        size_t n = tuple_len(bases);
        if (n == 0) return walk_leave(I, w, len);
        if (n > 1) break;
        // one base: walk down without recursing (a long single chain is no C recursion)
        derived = tuple_get(bases, 0);
        if (w->state == VAL_NULL && derived == mark) {
            exc_raise(I, TY_RECURSION_ERROR, "maximum recursion depth exceeded in __issubclass__");
            return -1;
        }
        if (++steps == power) {
            mark = derived;
            power *= 2;
            steps = 0;
        }
    }
    if (w->state == VAL_NULL) {
        w->state = dict_new(I);
        w->path = w->state != VAL_NULL ? list_new(I, 0) : VAL_NULL;
        if (w->path == VAL_NULL || walk_enter(I, w, derived) < 0) return -1;
    }
    if (!interp_enter_c(I, " in __issubclass__")) return -1;
    int r = 0;
    for (size_t i = 0; i < tuple_len(bases) && r == 0; i++)
        r = abstract_issubclass_in(I, tuple_get(bases, i), cls, w);
    interp_leave_c(I);
    return r != 0 ? r : walk_leave(I, w, len);
}

static int abstract_issubclass(Interp *I, Value derived, Value cls) {
    BasesWalk w = {VAL_NULL, VAL_NULL};
    return abstract_issubclass_in(I, derived, cls, &w);
}

// TypeError [msg] unless [cls] has a tuple __bases__.
static bool check_class(Interp *I, Value cls, const char *msg) {
    if (abstract_bases(I, cls) != VAL_NULL) return true;
    if (I->exc == VAL_NULL) exc_raise(I, TY_TYPE_ERROR, "%s", msg);
    return false;
}

int obj_real_isinstance(Interp *I, Value v, Value cls) {
    Type *t = type_cast(cls);
    Type *vt = type_of(I, v);
    if (t != NULL && type_is_subtype(vt, t)) return 1;
    // a builtin type's instances cannot answer another __class__
    if (t != NULL && (vt->tflags & TF_HEAP) == 0) return 0;
    if (t == NULL && !check_class(I, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
        return -1;
    Value icls = obj_lookup_attr(I, v, interp_name(I, N___class__));
    if (icls == VAL_NULL) return I->exc != VAL_NULL ? -1 : 0;
    if (t == NULL) return abstract_issubclass(I, icls, cls);
    Type *ct = type_cast(icls);
    return ct != NULL && ct != vt && type_is_subtype(ct, t);
}

int obj_real_issubclass(Interp *I, Value a, Value cls) {
    Type *t = type_cast(cls), *at = type_cast(a);
    if (t != NULL && at != NULL) return type_is_subtype(at, t);
    if (!check_class(I, a, "issubclass() arg 1 must be a class")) return -1;
    if (!check_class(I, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")) return -1;
    return abstract_issubclass(I, a, cls);
}

int obj_isinstance(Interp *I, Value v, Value cls) {
    // an instance of exactly [cls]: true whatever __instancecheck__ says (as CPython)
    Obj *vo = obj_ptr(v);
    if (vo != NULL && obj_val(vo->type) == cls) return 1;
    Type *t = type_cast(cls);
    if (t != NULL && type_of(I, cls) == I->types[TY_TYPE]) return obj_real_isinstance(I, v, cls);
    if (tuple_check(cls)) {
        if (!interp_enter_c(I, " in __instancecheck__")) return -1;
        ValView items = tuple_view(cls);
        int r = 0;
        for (size_t i = 0; i < items.n && r == 0; i++) r = obj_isinstance(I, v, vview_get(items, i));
        interp_leave_c(I);
        return r;
    }
    Value f = type_lookup(I, type_of(I, cls), interp_name(I, N___instancecheck__));
    if (f != VAL_NULL) {
        if (!interp_enter_c(I, " in __instancecheck__")) return -1;
        Value r = obj_call_descr(I, f, cls, vview_make(&v, 1), VAL_NULL);
        interp_leave_c(I);
        if (r == VAL_NULL) return -1;
        return obj_truth(I, r);
    }
    return obj_real_isinstance(I, v, cls);
}

int obj_issubclass(Interp *I, Value a, Value cls) {
    Type *t = type_cast(cls);
    if (t != NULL && type_of(I, cls) == I->types[TY_TYPE]) {
        if (a == cls) return 1;
        return obj_real_issubclass(I, a, cls);
    }
    if (tuple_check(cls)) {
        if (!interp_enter_c(I, " in __subclasscheck__")) return -1;
        ValView items = tuple_view(cls);
        int r = 0;
        for (size_t i = 0; i < items.n && r == 0; i++) r = obj_issubclass(I, a, vview_get(items, i));
        interp_leave_c(I);
        return r;
    }
    Value f = type_lookup(I, type_of(I, cls), interp_name(I, N___subclasscheck__));
    if (f != VAL_NULL) {
        if (!interp_enter_c(I, " in __subclasscheck__")) return -1;
        Value r = obj_call_descr(I, f, cls, vview_make(&a, 1), VAL_NULL);
        interp_leave_c(I);
        if (r == VAL_NULL) return -1;
        return obj_truth(I, r);
    }
    return obj_real_issubclass(I, a, cls);
}

/* ---- repr, str, ascii ---- */

Value obj_repr(Interp *I, Value v) {
    Type *t = type_of(I, v);
    if (t->repr == NULL) return obj_default_repr(I, v);
    if (val_is_small(v)) return t->repr(I, v);
    if (!interp_enter_c(I, " while getting the repr of an object")) return VAL_NULL;
    Value r = t->repr(I, v);
    interp_leave_c(I);
    if (r != VAL_NULL && !str_check(r))
        return exc_raise(I, TY_TYPE_ERROR, "__repr__ returned non-string (type %T)", r);
    return r;
}

Value obj_str(Interp *I, Value v) {
    Type *t = type_of(I, v);
    if (t == I->types[TY_STR]) return v;
    if (t->str == NULL) return obj_repr(I, v);
    if (val_is_small(v)) return t->str(I, v);
    if (!interp_enter_c(I, " while getting the str of an object")) return VAL_NULL;
    Value r = t->str(I, v);
    interp_leave_c(I);
    if (r != VAL_NULL && !str_check(r))
        return exc_raise(I, TY_TYPE_ERROR, "__str__ returned non-string (type %T)", r);
    return r;
}

static bool add_hex_escape(Interp *I, StrBuilder *sb, uint32_t cp) {
    static const char digits[] = "0123456789abcdef";
    char buf[12];
    int width = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    buf[0] = '\\';
    buf[1] = cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U';
    for (int k = 0; k < width; k++) buf[2 + k] = digits[(cp >> (4 * (width - 1 - k))) & 0xFu];
    buf[2 + width] = '\0';
    return sb_add_cstr(I, sb, buf);
}

Value obj_ascii(Interp *I, Value v) {
    Value r = obj_repr(I, v);
    if (r == VAL_NULL) return VAL_NULL;
    BView b = str_view(r);
    bool plain = true;
    for (size_t i = 0; i < b.n && plain; i++)
        if (bview_get(b, i) >= 0x80) plain = false;
    if (plain) return r;
    StrBuilder sb;
    sb_init(&sb);
    size_t i = 0;
    while (i < b.n) {
        int c = bview_get(b, i);
        if (c < 0x80) {
            size_t j = i;
            while (j < b.n && bview_get(b, j) < 0x80) j++;
            if (!sb_add_view(I, &sb, bview_slice(b, i, j))) return VAL_NULL;
            i = j;
            continue;
        }
        // Decode one code point of the (valid) UTF-8.
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        uint32_t cp = (uint32_t)c & (0x3Fu >> extra);
        for (int k = 1; k <= extra; k++) {
            int cc = bview_get(b, i + (size_t)k);
            cp = (cp << 6) | ((uint32_t)(cc < 0 ? 0 : cc) & 0x3Fu);
        }
        i += (size_t)extra + 1;
        if (!add_hex_escape(I, &sb, cp)) return VAL_NULL;
    }
    return sb_finish(I, &sb);
}

/* ---- hash ---- */

bool obj_hash(Interp *I, Value v, int64_t *out) {
    if (val_is_small(v)) {
        *out = int_hash(I, v);
        return true;
    }
    Type *t = type_of(I, v);
    if (t->hash == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "unhashable type: '%T'", v);
        return false;
    }
    if (t != I->types[TY_STR] && !interp_check_stack(I, "")) return false;
    return t->hash(I, v, out);
}

/* ---- comparison ---- */

static const char *const cmp_ops[6] = {"<", "<=", "==", "!=", ">", ">="};
static const CmpOp swapped[6] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

static Value do_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    Type *ta = type_of(I, a), *tb = type_of(I, b);
    bool checked = false;
    Value r;
    if (ta != tb && tb->richcmp != NULL && type_is_subtype(tb, ta)) {
        checked = true;
        r = tb->richcmp(I, b, a, swapped[op]);
        if (r != I->notimpl) return r;
    }
    if (ta->richcmp != NULL) {
        r = ta->richcmp(I, a, b, op);
        if (r != I->notimpl) return r;
    }
    if (!checked && tb->richcmp != NULL) {
        r = tb->richcmp(I, b, a, swapped[op]);
        if (r != I->notimpl) return r;
    }
    if (op == CMP_EQ) return interp_bool(I, a == b);
    if (op == CMP_NE) return interp_bool(I, a != b);
    return exc_raise(I, TY_TYPE_ERROR, "'%s' not supported between instances of '%T' and '%T'",
                     cmp_ops[op], a, b);
}

static bool small_cmp(intptr_t x, intptr_t y, CmpOp op) { return cmp_holds((x > y) - (x < y), op); }

int obj_cmp_known_str(Interp *I, Value a, Value b) {
    Type *str_t = interp_type(I, TY_STR);
    if (type_of(I, a) != str_t || type_of(I, b) != str_t) return CMP_UNKNOWN;
    int r = bview_cmp(str_view(a), str_view(b)); // UTF-8 byte order is code point order
    return (r > 0) - (r < 0);
}

// IEEE comparison: with a NaN only != holds.
static bool double_cmp(double x, double y, CmpOp op) {
    if (isnan(x) || isnan(y)) return op == CMP_NE;
    return small_cmp(x < y ? -1 : x > y ? 1 : 0, 0, op);
}

// Two exact floats or two exact strs compare without user code or recursion (so without
// the depth guard): 1 or 0, the result; -1 when [a] and [b] are not such a pair. NaN
// follows IEEE (every comparison false but !=), as float's own richcmp; strs compare
// by code point, which is UTF-8 byte order.
static inline int leaf_cmp(Interp *I, Value a, Value b, CmpOp op) {
    Obj *oa = obj_ptr(a), *ob = obj_ptr(b);
    if (oa == NULL || ob == NULL || oa->type != ob->type) return -1;
    if (oa->type == I->types[TY_FLOAT]) {
        FloatObject *fa = float_cast(a), *fb = float_cast(b);
        if (fa == NULL || fb == NULL) return -1;
        return double_cmp(fa->v, fb->v, op);
    }
    if (oa->type != I->types[TY_STR]) return -1;
    if (op == CMP_EQ) return str_eq(a, b);
    if (op == CMP_NE) return !str_eq(a, b);
    int c = bview_cmp(str_view(a), str_view(b));
    return small_cmp(c, 0, op);
}

Value obj_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if ((unsigned)op > 5) return exc_raise(I, TY_SYSTEM_ERROR, "bad comparison operator");
    if (val_is_small(a) && val_is_small(b))
        return interp_bool(I, small_cmp(val_small(a), val_small(b), op));
    int leaf = leaf_cmp(I, a, b, op);
    if (leaf >= 0) return interp_bool(I, leaf);
    if (!interp_enter_c(I, " in comparison")) return VAL_NULL;
    Value r = do_richcmp(I, a, b, op);
    interp_leave_c(I);
    return r;
}

int obj_richcmp_bool(Interp *I, Value a, Value b, CmpOp op) {
    if (a == b) {
        if (op == CMP_EQ) return 1;
        if (op == CMP_NE) return 0;
    }
    if (val_is_small(a) && val_is_small(b)) return small_cmp(val_small(a), val_small(b), op);
    if ((unsigned)op <= 5) {
        int leaf = leaf_cmp(I, a, b, op);
        if (leaf >= 0) return leaf;
    }
    Value r = obj_richcmp(I, a, b, op);
    if (r == VAL_NULL) return -1;
    if (r == I->true_) return 1;
    if (r == I->false_) return 0;
    return obj_truth(I, r);
}

int obj_eq(Interp *I, Value a, Value b) { return obj_richcmp_bool(I, a, b, CMP_EQ); }

/* ---- truth ---- */

int obj_truth(Interp *I, Value v) {
    if (v == I->true_) return 1;
    if (v == I->false_ || v == I->none) return 0;
    if (val_is_small(v)) return val_small(v) != 0;
    Type *t = type_of(I, v);
    if (t->truth != NULL) return t->truth(I, v);
    if (t->len != NULL) {
        int64_t n = t->len(I, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- format ---- */

Value obj_format(Interp *I, Value v, Value spec) {
    if (spec == VAL_NULL) spec = I->empty_str;
    Type *t = type_of(I, v);
    if (t == I->types[TY_STR] && str_len(spec) == 0) return v;
    if (t->format == NULL) {
        if (str_len(spec) > 0)
            return exc_raise(I, TY_TYPE_ERROR, "unsupported format string passed to %T.__format__", v);
        return obj_str(I, v);
    }
    Value r = t->format(I, v, spec);
    if (r != VAL_NULL && !str_check(r))
        return exc_raise(I, TY_TYPE_ERROR, "__format__ must return a str, not %T", r);
    return r;
}
