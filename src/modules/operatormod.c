/*
 * operatormod.c: the operator module: every operator as a plain function (add, getitem,
 * iadd, ...), their __dunder__ aliases (the same function objects), and the callable
 * classes itemgetter, attrgetter and methodcaller.
 *
 * Invariant: each function is a thin wrapper over the generic protocol in objects/ops.h,
 * so operator.add(a, b) behaves exactly as a + b does in the VM (same slots, same
 * messages). The callable objects are immutable after construction.
 */
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "import.h"

// Positional-only, fixed arity functions: "_operator.f() takes no keyword arguments" and
// "f expected 2 arguments, got 1" as CPython's argument clinic words them.
static bool fixed_args(Interp *I, ValView args, Value kwnames, const char *qual,
                       const char *name, size_t n) {
    if (!args_no_kw(I, kwnames, qual)) return false;
    return args_count(I, args, VAL_NULL, name, n, n);
}

// One-argument (METH_O) functions.
static bool one_arg(Interp *I, ValView args, Value kwnames, const char *qual) {
    if (!args_no_kw(I, kwnames, qual)) return false;
    if (args.n != 1) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes exactly one argument (%zu given)", qual, args.n);
        return false;
    }
    return true;
}

#define BINFN(fname, OP)                                                                  \
    static Value op_##fname(Interp *I, Value self, ValView args, Value kwnames) {         \
        (void)self;                                                                       \
        if (!fixed_args(I, args, kwnames, "_operator." #fname, #fname, 2)) return VAL_NULL; \
        return obj_binop(I, vview_get(args, 0), vview_get(args, 1), OP);                  \
    }
#define IBINFN(fname, OP)                                                                 \
    static Value op_##fname(Interp *I, Value self, ValView args, Value kwnames) {         \
        (void)self;                                                                       \
        if (!fixed_args(I, args, kwnames, "_operator." #fname, #fname, 2)) return VAL_NULL; \
        return obj_binop(I, vview_get(args, 0), vview_get(args, 1),                       \
                         (BinOp)(BINOP_INPLACE + OP));                                    \
    }
#define CMPFN(fname, OP)                                                                  \
    static Value op_##fname(Interp *I, Value self, ValView args, Value kwnames) {         \
        (void)self;                                                                       \
        if (!fixed_args(I, args, kwnames, "_operator." #fname, #fname, 2)) return VAL_NULL; \
        return obj_richcmp(I, vview_get(args, 0), vview_get(args, 1), OP);               \
    }
#define UNFN(fname, OP)                                                                   \
    static Value op_##fname(Interp *I, Value self, ValView args, Value kwnames) {         \
        (void)self;                                                                       \
        if (!one_arg(I, args, kwnames, "_operator." #fname)) return VAL_NULL;             \
        return obj_unary(I, vview_get(args, 0), OP);                                      \
    }

BINFN(add, BINOP_ADD)
BINFN(sub, BINOP_SUB)
BINFN(mul, BINOP_MUL)
BINFN(truediv, BINOP_TRUEDIV)
BINFN(floordiv, BINOP_FLOORDIV)
BINFN(mod, BINOP_MOD)
BINFN(pow, BINOP_POW)
BINFN(lshift, BINOP_LSHIFT)
BINFN(rshift, BINOP_RSHIFT)
BINFN(and_, BINOP_AND)
BINFN(or_, BINOP_OR)
BINFN(xor, BINOP_XOR)
BINFN(matmul, BINOP_MATMUL)
IBINFN(iadd, BINOP_ADD)
IBINFN(isub, BINOP_SUB)
IBINFN(imul, BINOP_MUL)
IBINFN(itruediv, BINOP_TRUEDIV)
IBINFN(ifloordiv, BINOP_FLOORDIV)
IBINFN(imod, BINOP_MOD)
IBINFN(ipow, BINOP_POW)
IBINFN(ilshift, BINOP_LSHIFT)
IBINFN(irshift, BINOP_RSHIFT)
IBINFN(iand, BINOP_AND)
IBINFN(ior, BINOP_OR)
IBINFN(ixor, BINOP_XOR)
IBINFN(imatmul, BINOP_MATMUL)
CMPFN(lt, CMP_LT)
CMPFN(le, CMP_LE)
CMPFN(eq, CMP_EQ)
CMPFN(ne, CMP_NE)
CMPFN(gt, CMP_GT)
CMPFN(ge, CMP_GE)
UNFN(neg, UN_NEG)
UNFN(pos, UN_POS)
UNFN(abs, UN_ABS)
UNFN(invert, UN_INVERT)
UNFN(inv, UN_INVERT)

static Value op_not_(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!one_arg(I, args, kwnames, "_operator.not_")) return VAL_NULL;
    int t = obj_truth(I, vview_get(args, 0));
    return t < 0 ? VAL_NULL : interp_bool(I, t == 0);
}

static Value op_truth(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!one_arg(I, args, kwnames, "_operator.truth")) return VAL_NULL;
    int t = obj_truth(I, vview_get(args, 0));
    return t < 0 ? VAL_NULL : interp_bool(I, t == 1);
}

static Value op_is_(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!fixed_args(I, args, kwnames, "_operator.is_", "is_", 2)) return VAL_NULL;
    return interp_bool(I, vview_get(args, 0) == vview_get(args, 1));
}

static Value op_is_not(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!fixed_args(I, args, kwnames, "_operator.is_not", "is_not", 2)) return VAL_NULL;
    return interp_bool(I, vview_get(args, 0) != vview_get(args, 1));
}

static Value op_index(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!one_arg(I, args, kwnames, "_operator.index")) return VAL_NULL;
    // an exact int, as CPython's PyNumber_Index (bool and int subclasses converted)
    Value r = obj_index(I, vview_get(args, 0));
    return r != VAL_NULL ? int_exact(I, r) : VAL_NULL;
}

// CPython's PySequence_Check: the type has __getitem__ and is not a dict.
static bool is_sequence(Interp *I, Value v) {
    Type *t = type_of(I, v);
    return t->getitem != NULL && !(t->tflags & TF_DICT_SUB);
}

static Value concat(Interp *I, ValView args, Value kwnames, bool inplace) {
    const char *name = inplace ? "iconcat" : "concat";
    if (!fixed_args(I, args, kwnames, inplace ? "_operator.iconcat" : "_operator.concat", name,
                    2))
        return VAL_NULL;
    Value a = vview_get(args, 0), b = vview_get(args, 1);
    if (!is_sequence(I, a))
        return exc_raise(I, TY_TYPE_ERROR, "'%T' object can't be concatenated", a);
    return obj_binop(I, a, b, inplace ? (BinOp)(BINOP_INPLACE + BINOP_ADD) : BINOP_ADD);
}

static Value op_concat(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return concat(I, args, kwnames, false);
}

static Value op_iconcat(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return concat(I, args, kwnames, true);
}

static Value op_contains(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!fixed_args(I, args, kwnames, "_operator.contains", "contains", 2)) return VAL_NULL;
    int r = obj_contains(I, vview_get(args, 0), vview_get(args, 1));
    return r < 0 ? VAL_NULL : interp_bool(I, r == 1);
}

// Walks [seq] comparing with [x]: count of equal items, or (find_first) the index of the
// first one (-2: not found). -1 on error.
static int64_t seq_search(Interp *I, Value seq, Value x, bool find_first) {
    Value it = obj_iter(I, seq);
    if (it == VAL_NULL) return -1;
    int64_t n = 0, i = 0;
    for (;;) {
        Value item = obj_next(I, it);
        if (item == VAL_NULL) return I->exc != VAL_NULL ? -1 : (find_first ? -2 : n);
        int eq = item == x ? 1 : obj_eq(I, item, x);
        if (eq < 0) return -1;
        if (eq && find_first) return i;
        n += eq;
        i++;
    }
}

static Value op_countOf(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!fixed_args(I, args, kwnames, "_operator.countOf", "countOf", 2)) return VAL_NULL;
    int64_t n = seq_search(I, vview_get(args, 0), vview_get(args, 1), false);
    return n < 0 ? VAL_NULL : int_from_i64(I, n);
}

static Value op_indexOf(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!fixed_args(I, args, kwnames, "_operator.indexOf", "indexOf", 2)) return VAL_NULL;
    int64_t n = seq_search(I, vview_get(args, 0), vview_get(args, 1), true);
    if (n == -2) return exc_raise(I, TY_VALUE_ERROR, "sequence.index(x): x not in sequence");
    return n < 0 ? VAL_NULL : int_from_i64(I, n);
}

static Value op_getitem(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!fixed_args(I, args, kwnames, "_operator.getitem", "getitem", 2)) return VAL_NULL;
    return obj_getitem(I, vview_get(args, 0), vview_get(args, 1));
}

static Value op_setitem(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!fixed_args(I, args, kwnames, "_operator.setitem", "setitem", 3)) return VAL_NULL;
    if (obj_setitem(I, vview_get(args, 0), vview_get(args, 1), vview_get(args, 2)) < 0)
        return VAL_NULL;
    return I->none;
}

static Value op_delitem(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!fixed_args(I, args, kwnames, "_operator.delitem", "delitem", 2)) return VAL_NULL;
    if (obj_delitem(I, vview_get(args, 0), vview_get(args, 1)) < 0) return VAL_NULL;
    return I->none;
}

static Value op_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_no_kw(I, kwnames, "_operator.length_hint")) return VAL_NULL;
    if (!args_count(I, args, VAL_NULL, "length_hint", 1, 2)) return VAL_NULL;
    Value obj = vview_get(args, 0);
    int64_t dflt = 0;
    if (args.n == 2) {
        Value d = vview_get(args, 1);
        if (!int_check(I, d))
            return exc_raise(I, TY_TYPE_ERROR, "'%T' object cannot be interpreted as an integer",
                             d);
        if (!obj_index_i64(I, d, &dflt)) return VAL_NULL;
    }
    Type *t = type_of(I, obj);
    if (t->len != NULL) {
        int64_t n = obj_len(I, obj);
        if (n >= 0) return int_from_i64(I, n);
        if (!exc_pending_is(I, TY_TYPE_ERROR)) return VAL_NULL;
        exc_clear(I);
    }
    Value hint = type_lookup(I, t, interp_name(I, N___length_hint__));
    if (hint == VAL_NULL) return int_from_i64(I, dflt);
    Value r = obj_call_descr(I, hint, obj, vview_make(NULL, 0), VAL_NULL);
    if (r == VAL_NULL) {
        if (!exc_pending_is(I, TY_TYPE_ERROR)) return VAL_NULL;
        exc_clear(I);
        return int_from_i64(I, dflt);
    }
    if (r == I->notimpl) return int_from_i64(I, dflt);
    if (!int_check(I, r))
        return exc_raise(I, TY_TYPE_ERROR, "__length_hint__ must be an integer, not %T", r);
    int64_t n;
    if (!obj_index_i64(I, r, &n)) return VAL_NULL;
    if (n < 0) return exc_raise(I, TY_VALUE_ERROR, "__length_hint__() should return >= 0");
    return int_from_i64(I, n);
}

static Value op_call(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    size_t npos = args.n - args_nkw(kwnames);
    if (npos < 1) return exc_raise(I, TY_TYPE_ERROR, "call expected at least 1 argument, got 0");
    return obj_call(I, vview_get(args, 0), vview_slice(args, 1, args.n), kwnames);
}

// _compare_digest(a, b), as CPython's _operator: two ASCII strs, or two bytes-like
// objects (anything else is a TypeError, not False); the loop's time depends only on
// len(b) and not on where the contents differ.
static Value op_tsc(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!fixed_args(I, args, kwnames, "_operator._compare_digest", "_compare_digest", 2))
        return VAL_NULL;
    Value a = vview_get(args, 0), b = vview_get(args, 1);
    BView va, vb;
    if (str_check(a) && str_check(b)) {
        va = str_view(a);
        vb = str_view(b);
        bool ascii = true;
        for (size_t i = 0; i < va.n; i++) ascii = ascii && bview_get(va, i) < 128;
        for (size_t i = 0; i < vb.n; i++) ascii = ascii && bview_get(vb, i) < 128;
        if (!ascii)
            return exc_raise(I, TY_TYPE_ERROR,
                             "comparing strings with non-ASCII characters is not supported");
    } else {
        bool ba = bytes_arg(I, a, NULL, &va);
        Value ea = ba ? VAL_NULL : I->exc;
        if (!ba) exc_clear(I);
        bool bb = bytes_arg(I, b, NULL, &vb);
        if (!ba && !bb && exc_pending_is(I, TY_TYPE_ERROR)) {
            exc_clear(I);
            return exc_raise(I, TY_TYPE_ERROR,
                             "unsupported operand types(s) or combination of types: '%T' and '%T'",
                             a, b);
        }
        if (!ba) {
            exc_clear(I);
            return exc_set(I, ea);
        }
        if (!bb) return VAL_NULL;
    }
    unsigned diff = va.n == vb.n ? 0u : 1u;
    for (size_t i = 0; i < vb.n; i++) {
        int x = bview_get(va, va.n == vb.n ? i : 0);
        int y = bview_get(vb, i);
        diff |= (unsigned)((x < 0 ? 0 : x) ^ y);
    }
    return interp_bool(I, diff == 0);
}

static const MethodDef operator_functions[] = {
#define ENT(n) {#n, op_##n, 0, NULL},
    ENT(add) ENT(sub) ENT(mul) ENT(truediv) ENT(floordiv) ENT(mod) ENT(pow) ENT(lshift)
    ENT(rshift) ENT(and_) ENT(or_) ENT(xor) ENT(matmul) ENT(iadd) ENT(isub) ENT(imul)
    ENT(itruediv) ENT(ifloordiv) ENT(imod) ENT(ipow) ENT(ilshift) ENT(irshift) ENT(iand)
    ENT(ior) ENT(ixor) ENT(imatmul) ENT(lt) ENT(le) ENT(eq) ENT(ne) ENT(gt) ENT(ge)
    ENT(neg) ENT(pos) ENT(abs) ENT(invert) ENT(inv) ENT(not_) ENT(truth) ENT(is_)
    ENT(is_not) ENT(index) ENT(concat) ENT(iconcat) ENT(contains) ENT(countOf)
    ENT(indexOf) ENT(getitem) ENT(setitem) ENT(delitem) ENT(length_hint) ENT(call)
#undef ENT
    {"_compare_digest", op_tsc, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// __dunder__ aliases: (alias, function) pairs, the alias bound to the same object.
static const char *const operator_aliases[][2] = {
    {"__add__", "add"}, {"__sub__", "sub"}, {"__mul__", "mul"}, {"__truediv__", "truediv"},
    {"__floordiv__", "floordiv"}, {"__mod__", "mod"}, {"__pow__", "pow"},
    {"__lshift__", "lshift"}, {"__rshift__", "rshift"}, {"__and__", "and_"},
    {"__or__", "or_"}, {"__xor__", "xor"}, {"__matmul__", "matmul"}, {"__iadd__", "iadd"},
    {"__isub__", "isub"}, {"__imul__", "imul"}, {"__itruediv__", "itruediv"},
    {"__ifloordiv__", "ifloordiv"}, {"__imod__", "imod"}, {"__ipow__", "ipow"},
    {"__ilshift__", "ilshift"}, {"__irshift__", "irshift"}, {"__iand__", "iand"},
    {"__ior__", "ior"}, {"__ixor__", "ixor"}, {"__imatmul__", "imatmul"}, {"__lt__", "lt"},
    {"__le__", "le"}, {"__eq__", "eq"}, {"__ne__", "ne"}, {"__gt__", "gt"}, {"__ge__", "ge"},
    {"__neg__", "neg"}, {"__pos__", "pos"}, {"__abs__", "abs"}, {"__invert__", "invert"},
    {"__inv__", "inv"}, {"__not__", "not_"}, {"__index__", "index"},
    {"__concat__", "concat"}, {"__iconcat__", "iconcat"}, {"__contains__", "contains"},
    {"__getitem__", "getitem"}, {"__setitem__", "setitem"}, {"__delitem__", "delitem"},
    {"__call__", "call"},
};

// ---- itemgetter / attrgetter / methodcaller ----

typedef struct Getter {
    CustomObj h;
    Value items;    /* itemgetter: the keys; attrgetter: per name a tuple of its parts;
                       methodcaller: positional args then keyword values */
    Value names;    /* attrgetter: the names as given; methodcaller: the method name */
    Value kwnames;  /* methodcaller: keyword names tuple or VAL_NULL */
} Getter;

static const CustomLayout itemgetter_layout = {"ItemGetter"};
static const CustomLayout attrgetter_layout = {"AttrGetter"};
static const CustomLayout methodcaller_layout = {"MethodCaller"};
CUSTOM_CAST_FN(itemgetter_cast, Getter, itemgetter_layout)
CUSTOM_CAST_FN(attrgetter_cast, Getter, attrgetter_layout)
CUSTOM_CAST_FN(methodcaller_cast, Getter, methodcaller_layout)

static Value itemgetter_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!args_no_kw(I, kwnames, "itemgetter")) return VAL_NULL;
    if (args.n < 1) return exc_raise(I, TY_TYPE_ERROR, "itemgetter expected 1 argument, got 0");
    Getter *g = custom_alloc(I, t, &itemgetter_layout, sizeof(Getter));
    if (g == NULL) return VAL_NULL;
    g->items = tuple_from_view(I, args);
    return g->items == VAL_NULL ? VAL_NULL : obj_val(g);
}

// The single positional argument of a getter call.
static bool getter_arg(Interp *I, ValView args, Value kwnames, const char *name) {
    if (!args_no_kw(I, kwnames, name)) return false;
    return args_count(I, args, VAL_NULL, name, 1, 1);
}

static Value itemgetter_call(Interp *I, Value self, ValView args, Value kwnames) {
    Getter *g = itemgetter_cast(self);
    if (g == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad itemgetter");
    if (!getter_arg(I, args, kwnames, "itemgetter")) return VAL_NULL;
    Value obj = vview_get(args, 0);
    size_t n = tuple_len(g->items);
    if (n == 1) return obj_getitem(I, obj, tuple_get(g->items, 0));
    Value r = tuple_new(I, n);
    if (r == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value x = obj_getitem(I, obj, tuple_get(g->items, i));
        if (x == VAL_NULL) return VAL_NULL;
        tuple_init_item(r, i, x);
    }
    return r;
}

// "operator.NAME(" + reprs of [items] joined by ", " (strs of [rawstrs] as their repr)
static bool add_reprs(Interp *I, StrBuilder *sb, ValView items, bool first) {
    for (size_t i = 0; i < items.n; i++) {
        if (!first && !sb_add_cstr(I, sb, ", ")) return false;
        first = false;
        Value r = obj_repr(I, vview_get(items, i));
        if (r == VAL_NULL || !sb_add_str(I, sb, r)) return false;
    }
    return true;
}

static Value getter_repr(Interp *I, Value self, const char *name, ValView items) {
    int busy = list_repr_enter(I, self);
    if (busy < 0) return VAL_NULL;
    if (busy) return str_from_format(I, "operator.%s(...)", name);
    StrBuilder sb;
    sb_init(&sb);
    bool ok = sb_add_format(I, &sb, "operator.%s(", name) && add_reprs(I, &sb, items, true) &&
              sb_add_cstr(I, &sb, ")");
    list_repr_leave(I, self);
    return ok ? sb_finish(I, &sb) : VAL_NULL;
}

static Value itemgetter_repr(Interp *I, Value self) {
    Getter *g = itemgetter_cast(self);
    if (g == NULL) return obj_default_repr(I, self);
    return getter_repr(I, self, "itemgetter", tuple_view(g->items));
}

// "a.b.c" -> ('a', 'b', 'c') of interned strs.
static Value split_dotted(Interp *I, Value name) {
    BView v = str_view(name);
    Value parts = tuple_new(I, 0);
    if (parts == VAL_NULL) return VAL_NULL;
    Value l = list_new(I, 0);
    if (l == VAL_NULL) return VAL_NULL;
    size_t start = 0;
    for (size_t i = 0; i <= v.n; i++) {
        if (i < v.n && bview_get(v, i) != '.') continue;
        Value p = str_new(I, bview_slice(v, start, i));
        if (p == VAL_NULL) return VAL_NULL;
        p = str_intern(I, p);
        if (p == VAL_NULL || !list_append(I, l, p)) return VAL_NULL;
        start = i + 1;
    }
    return list_to_tuple(I, l);
}

static Value attrgetter_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!args_no_kw(I, kwnames, "attrgetter")) return VAL_NULL;
    if (args.n < 1) return exc_raise(I, TY_TYPE_ERROR, "attrgetter expected 1 argument, got 0");
    Value items = tuple_new(I, args.n);
    if (items == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < args.n; i++) {
        Value name = vview_get(args, i);
        if (!str_check(name))
            return exc_raise(I, TY_TYPE_ERROR, "attribute name must be a string");
        Value parts = split_dotted(I, name);
        if (parts == VAL_NULL) return VAL_NULL;
        tuple_init_item(items, i, parts);
    }
    Getter *g = custom_alloc(I, t, &attrgetter_layout, sizeof(Getter));
    if (g == NULL) return VAL_NULL;
    g->items = items;
    g->names = tuple_from_view(I, args);
    return g->names == VAL_NULL ? VAL_NULL : obj_val(g);
}

static Value dotted_get(Interp *I, Value obj, Value parts) {
    size_t n = tuple_len(parts);
    for (size_t i = 0; i < n && obj != VAL_NULL; i++) obj = obj_getattr(I, obj, tuple_get(parts, i));
    return obj;
}

static Value attrgetter_call(Interp *I, Value self, ValView args, Value kwnames) {
    Getter *g = attrgetter_cast(self);
    if (g == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad attrgetter");
    if (!getter_arg(I, args, kwnames, "attrgetter")) return VAL_NULL;
    Value obj = vview_get(args, 0);
    size_t n = tuple_len(g->items);
    if (n == 1) return dotted_get(I, obj, tuple_get(g->items, 0));
    Value r = tuple_new(I, n);
    if (r == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value x = dotted_get(I, obj, tuple_get(g->items, i));
        if (x == VAL_NULL) return VAL_NULL;
        tuple_init_item(r, i, x);
    }
    return r;
}

static Value attrgetter_repr(Interp *I, Value self) {
    Getter *g = attrgetter_cast(self);
    if (g == NULL) return obj_default_repr(I, self);
    return getter_repr(I, self, "attrgetter", tuple_view(g->names));
}

static Value methodcaller_new(Interp *I, Type *t, ValView args, Value kwnames) {
    size_t nkw = args_nkw(kwnames);
    if (args.n - nkw < 1)
        return exc_raise(I, TY_TYPE_ERROR,
                         "methodcaller needs at least one argument, the method name");
    Value name = vview_get(args, 0);
    if (!str_check(name)) return exc_raise(I, TY_TYPE_ERROR, "method name must be a string");
    Getter *g = custom_alloc(I, t, &methodcaller_layout, sizeof(Getter));
    if (g == NULL) return VAL_NULL;
    g->names = str_intern(I, name);
    g->items = tuple_from_view(I, vview_slice(args, 1, args.n));
    g->kwnames = nkw > 0 ? kwnames : VAL_NULL;
    return g->names == VAL_NULL || g->items == VAL_NULL ? VAL_NULL : obj_val(g);
}

static Value methodcaller_call(Interp *I, Value self, ValView args, Value kwnames) {
    Getter *g = methodcaller_cast(self);
    if (g == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad methodcaller");
    if (!getter_arg(I, args, kwnames, "methodcaller")) return VAL_NULL;
    Value m = obj_getattr(I, vview_get(args, 0), g->names);
    if (m == VAL_NULL) return VAL_NULL;
    return obj_call(I, m, tuple_view(g->items), g->kwnames);
}

static Value methodcaller_repr(Interp *I, Value self) {
    Getter *g = methodcaller_cast(self);
    if (g == NULL) return obj_default_repr(I, self);
    int busy = list_repr_enter(I, self);
    if (busy < 0) return VAL_NULL;
    if (busy) return str_from_cstr(I, "operator.methodcaller(...)");
    size_t nkw = args_nkw(g->kwnames);
    ValView all = tuple_view(g->items);
    StrBuilder sb;
    sb_init(&sb);
    Value nr = obj_repr(I, g->names);
    bool ok = nr != VAL_NULL && sb_add_cstr(I, &sb, "operator.methodcaller(") &&
              sb_add_str(I, &sb, nr) && add_reprs(I, &sb, vview_slice(all, 0, all.n - nkw), false);
    for (size_t i = 0; ok && i < nkw; i++) {
        Value r = obj_repr(I, vview_get(all, all.n - nkw + i));
        ok = r != VAL_NULL && sb_add_format(I, &sb, ", %U=", tuple_get(g->kwnames, i)) &&
             sb_add_str(I, &sb, r);
    }
    list_repr_leave(I, self);
    if (!ok || !sb_add_cstr(I, &sb, ")")) return VAL_NULL;
    return sb_finish(I, &sb);
}

// __reduce__ of the three getters: enough for copy.copy / copy.deepcopy (and pickle).
static Value itemgetter_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    Getter *g = itemgetter_cast(self);
    if (g == NULL || !args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    return tuple_pack(I, 2, obj_val(type_of(I, self)), g->items);
}

static Value attrgetter_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    Getter *g = attrgetter_cast(self);
    if (g == NULL || !args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    return tuple_pack(I, 2, obj_val(type_of(I, self)), g->names);
}

// (methodcaller, (name, *args)), or with keywords (partial(methodcaller, name, **kw), args)
static Value methodcaller_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    Getter *g = methodcaller_cast(self);
    if (g == NULL || !args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    size_t nkw = args_nkw(g->kwnames);
    ValView all = tuple_view(g->items);
    ValView pos = vview_slice(all, 0, all.n - nkw);
    Value t = obj_val(type_of(I, self));
    if (nkw == 0) {
        Value l = list_new(I, pos.n + 1);
        if (l == VAL_NULL || !list_append(I, l, g->names)) return VAL_NULL;
        for (size_t i = 0; i < pos.n; i++)
            if (!list_append(I, l, vview_get(pos, i))) return VAL_NULL;
        Value a = list_to_tuple(I, l);
        return a == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, t, a);
    }
    Value ft = import_module_cstr(I, "_functools");
    Value partial = ft == VAL_NULL ? VAL_NULL : obj_getattr_cstr(I, ft, "partial");
    if (partial == VAL_NULL) return VAL_NULL;
    Value l = list_new(I, nkw + 2);
    if (l == VAL_NULL || !list_append(I, l, t) || !list_append(I, l, g->names)) return VAL_NULL;
    for (size_t i = 0; i < nkw; i++)
        if (!list_append(I, l, vview_get(all, all.n - nkw + i))) return VAL_NULL;
    Value p = obj_call(I, partial, list_view(l), g->kwnames);
    Value a = tuple_from_view(I, pos);
    if (p == VAL_NULL || a == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 2, p, a);
}

static const MethodDef itemgetter_methods[] = {
    {"__reduce__", itemgetter_reduce, 0, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

static const MethodDef attrgetter_methods[] = {
    {"__reduce__", attrgetter_reduce, 0, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

static const MethodDef methodcaller_methods[] = {
    {"__reduce__", methodcaller_reduce, 0, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

static const TypeSpec itemgetter_spec = {
    .name = "operator.itemgetter",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(Getter),
    .base = TY_OBJECT,
    .repr = itemgetter_repr,
    .call = itemgetter_call,
    .new_ = itemgetter_new,
    .methods = itemgetter_methods,
    .doc = "Return a callable object that fetches the given item(s) from its operand.",
};

static const TypeSpec attrgetter_spec = {
    .name = "operator.attrgetter",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(Getter),
    .base = TY_OBJECT,
    .repr = attrgetter_repr,
    .call = attrgetter_call,
    .new_ = attrgetter_new,
    .methods = attrgetter_methods,
    .doc = "Return a callable object that fetches the given attribute(s) from its operand.",
};

static const TypeSpec methodcaller_spec = {
    .name = "operator.methodcaller",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(Getter),
    .base = TY_OBJECT,
    .repr = methodcaller_repr,
    .call = methodcaller_call,
    .new_ = methodcaller_new,
    .methods = methodcaller_methods,
    .doc = "Return a callable object that calls the given method on its operand.",
};

bool operatormod_init(Interp *I, Value m) {
    if (!module_add_functions(I, m, operator_functions)) return false;
    if (module_add_type(I, m, &itemgetter_spec, NULL) == NULL ||
        module_add_type(I, m, &attrgetter_spec, NULL) == NULL ||
        module_add_type(I, m, &methodcaller_spec, NULL) == NULL)
        return false;
    Value d = module_dict(m);
    size_t n = sizeof operator_aliases / sizeof operator_aliases[0];
    for (size_t i = 0; i < n; i++) {
        Value f = dict_get_cstr(I, d, operator_aliases[i][1]);
        if (f == VAL_NULL) {
            exc_raise(I, TY_SYSTEM_ERROR, "operator alias");
            return false;
        }
        if (!module_add_value(I, m, operator_aliases[i][0], f)) return false;
    }
    Value all = list_new(I, 0);
    if (all == VAL_NULL) return false;
    for (size_t i = 0; operator_functions[i].name != NULL; i++) {
        const char *nm = operator_functions[i].name;
        BView nv = bview_cstr(nm);
        if (bview_get(nv, 0) == 0x5f) continue; // private: _compare_digest
        Value s = str_from_cstr(I, nm);
        if (s == VAL_NULL || !list_append(I, all, s)) return false;
    }
    const char *types[] = {"attrgetter", "itemgetter", "methodcaller"};
    for (size_t i = 0; i < 3; i++) {
        Value s = str_from_cstr(I, types[i]);
        if (s == VAL_NULL || !list_append(I, all, s)) return false;
    }
    return module_add_value(I, m, "__all__", all);
}
