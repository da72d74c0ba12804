/*
 * type_slots.c: the bridge between C slots and dunder methods, both ways.
 *  - Builtin types: every slot a TypeSpec defines gets a slot wrapper in the type's dict
 *    (`int.__add__`, `list.__getitem__`, `object.__init__`), and `__new__` a builtin
 *    method bound to the type; type_wrapper_call runs them.
 *  - Classes: type_fixup_slots sets each C slot from the dunders found along the MRO: a
 *    slot wrapper of a builtin type gives that type's C function directly; anything else
 *    gives a generic slot_* function that looks the dunder up and calls it.
 *
 * Invariant: a class's slot is the builtin C function only when every dunder feeding it
 * resolves to that builtin's slot wrapper; otherwise calls go through the dunders, so
 * Python-level overrides always win.
 */
#include "type.h"

#include "args.h"
#include "complex.h"
#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "../vm/func.h"

enum {
    W_REPR, W_STR, W_HASH, W_CMP, W_GETATTRIBUTE, W_SETATTR, W_DELATTR, W_CALL, W_ITER,
    W_NEXT, W_LEN, W_GETITEM, W_SETITEM, W_DELITEM, W_CONTAINS, W_BOOL, W_BINOP, W_RBINOP,
    W_IBINOP, W_UNARY, W_INDEX, W_INIT, W_GET, W_SET, W_DELETE, W_FORMAT
};

#define NBINOPS 13

static const char *const binop_stems[NBINOPS] = {
    "add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
    "or", "pow", "rshift", "sub", "truediv", "xor",
};

static const NameId cmp_names[6] = {N___lt__, N___le__, N___eq__, N___ne__, N___gt__, N___ge__};
static const NameId unary_names[4] = {N___neg__, N___pos__, N___invert__, N___abs__};

static const ValView NOARGS = {NULL, 0};

// The names of binop_stems' dunders: "__x__", "__rx__", "__ix__" (interned at start-up
// straight from these, without building each text).
static const char *const binop_dunders[3][NBINOPS] = {
    {"__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__",
     "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__"},
    {"__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmul__",
     "__rmod__", "__ror__", "__rpow__", "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__"},
    {"__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__",
     "__imod__", "__ior__", "__ipow__", "__irshift__", "__isub__", "__itruediv__", "__ixor__"},
};

bool type_init_dunders(Interp *I) {
    Value t = tuple_new(I, 3 * NBINOPS);
    if (t == VAL_NULL) return false;
    for (size_t k = 0; k < 3; k++) {
        for (size_t op = 0; op < NBINOPS; op++) {
            Value s = str_intern_cstr(I, binop_dunders[k][op]);
            if (s == VAL_NULL) return false;
            tuple_init_item(t, k * NBINOPS + op, s);
        }
    }
    I->dunders = t;
    return true;
}

// "__add__" (kind 0), "__radd__" (1), "__iadd__" (2) for operator [op] (< 13).
static Value dunder(Interp *I, size_t kind, uint32_t op) {
    return tuple_get(I->dunders, kind * NBINOPS + (op % NBINOPS));
}

// The name of wrapper [wrap]/[arg].
static Value wrap_name(Interp *I, uint32_t wrap, uint32_t arg) {
    switch (wrap) {
    case W_REPR: return interp_name(I, N___repr__);
    case W_STR: return interp_name(I, N___str__);
    case W_HASH: return interp_name(I, N___hash__);
    case W_CMP: return interp_name(I, cmp_names[arg % 6]);
    case W_GETATTRIBUTE: return interp_name(I, N___getattribute__);
    case W_SETATTR: return interp_name(I, N___setattr__);
    case W_DELATTR: return interp_name(I, N___delattr__);
    case W_CALL: return interp_name(I, N___call__);
    case W_ITER: return interp_name(I, N___iter__);
    case W_NEXT: return interp_name(I, N___next__);
    case W_LEN: return interp_name(I, N___len__);
    case W_GETITEM: return interp_name(I, N___getitem__);
    case W_SETITEM: return interp_name(I, N___setitem__);
    case W_DELITEM: return interp_name(I, N___delitem__);
    case W_CONTAINS: return interp_name(I, N___contains__);
    case W_BOOL: return interp_name(I, N___bool__);
    case W_BINOP: return dunder(I, 0, arg);
    case W_RBINOP: return dunder(I, 1, arg);
    case W_IBINOP: return dunder(I, 2, arg);
    case W_UNARY: return interp_name(I, unary_names[arg % 4]);
    case W_INDEX: return interp_name(I, N___index__);
    case W_INIT: return interp_name(I, N___init__);
    case W_GET: return interp_name(I, N___get__);
    case W_SET: return interp_name(I, N___set__);
    case W_DELETE: return interp_name(I, N___delete__);
    case W_FORMAT: return interp_name(I, N___format__);
    default: return VAL_NULL;
    }
}

const char *type_wrapper_name(uint32_t wrap, uint32_t arg) {
    static const char *const cmp[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static const char *const un[4] = {"__neg__", "__pos__", "__invert__", "__abs__"};
    switch (wrap) {
    case W_REPR: return "__repr__";
    case W_STR: return "__str__";
    case W_HASH: return "__hash__";
    case W_CMP: return cmp[arg % 6];
    case W_GETATTRIBUTE: return "__getattribute__";
    case W_SETATTR: return "__setattr__";
    case W_DELATTR: return "__delattr__";
    case W_CALL: return "__call__";
    case W_ITER: return "__iter__";
    case W_NEXT: return "__next__";
    case W_LEN: return "__len__";
    case W_GETITEM: return "__getitem__";
    case W_SETITEM: return "__setitem__";
    case W_DELITEM: return "__delitem__";
    case W_CONTAINS: return "__contains__";
    case W_BOOL: return "__bool__";
    case W_BINOP:
    case W_RBINOP:
    case W_IBINOP: return binop_stems[arg % NBINOPS];
    case W_UNARY: return un[arg % 4];
    case W_INDEX: return "__index__";
    case W_INIT: return "__init__";
    case W_GET: return "__get__";
    case W_SET: return "__set__";
    case W_DELETE: return "__delete__";
    case W_FORMAT: return "__format__";
    default: return "?";
    }
}

/* ---- calling slot wrappers ---- */

static bool want_args(Interp *I, ValView rest, size_t n) {
    if (rest.n == n) return true;
    exc_raise(I, TY_TYPE_ERROR, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", rest.n);
    return false;
}

// __pow__ / __rpow__ called with a modulus (int.__pow__(2, 3, 5)), as pow(base, exp, mod).
// `self` is the wrapper's instance: a float one refuses any modulus, an int one defers.
static Value ternary_pow(Interp *I, Value self, Value base, Value exp, Value mod) {
    if (mod == I->none) return obj_binop(I, base, exp, BINOP_POW);
    if (int_check(I, base) && int_check(I, exp) && int_check(I, mod))
        return int_powmod(I, base, exp, mod);
    if (float_check(self))
        return exc_raise(I, TY_TYPE_ERROR,
                         "pow() 3rd argument not allowed unless all arguments are integers");
    if (complex_check(self)) return exc_raise(I, TY_VALUE_ERROR, "complex modulo");
    return I->notimpl;
}

static Value bool_or_null(Interp *I, int r) { return r < 0 ? VAL_NULL : interp_bool(I, r != 0); }

static Value none_or_null(Interp *I, int r) { return r < 0 ? VAL_NULL : I->none; }

Value type_wrapper_call(Interp *I, Value descr, ValView args, Value kwnames) {
    DescrObject *d = descr_cast(descr);
    if (d == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "bad slot wrapper");
    Type *o = d->owner;
    size_t nkw = args_nkw(kwnames);
    if (args.n - nkw == 0)
        return exc_raise(I, TY_TYPE_ERROR, "descriptor '%U' of '%U' object needs an argument",
                         d->name, o->name);
    Value self = vview_get(args, 0);
    if (!obj_is_instance_of(I, self, o))
        return exc_raise(I, TY_TYPE_ERROR, "descriptor '%U' requires a '%U' object but received a '%T'",
                         d->name, o->name, self);
    ValView rest = vview_slice(args, 1, args.n);
    if (nkw > 0 && d->wrap != W_INIT && d->wrap != W_CALL)
        return exc_raise(I, TY_TYPE_ERROR, "wrapper %U() takes no keyword arguments", d->name);
    Value a0 = vview_get(rest, 0), a1 = vview_get(rest, 1);
    switch (d->wrap) {
    case W_REPR:
        return want_args(I, rest, 0) ? o->repr(I, self) : VAL_NULL;
    case W_STR:
        return want_args(I, rest, 0) ? o->str(I, self) : VAL_NULL;
    case W_HASH: {
        int64_t h;
        if (!want_args(I, rest, 0) || !o->hash(I, self, &h)) return VAL_NULL;
        return int_from_i64(I, h);
    }
    case W_CMP:
        return want_args(I, rest, 1) ? o->richcmp(I, self, a0, (CmpOp)d->arg) : VAL_NULL;
    case W_GETATTRIBUTE:
        return want_args(I, rest, 1) ? o->getattr(I, self, a0) : VAL_NULL;
    case W_SETATTR:
    case W_DELATTR:
        // CPython's "Carlo Verre hack" check: object.__setattr__ must not bypass the
        // setattr of a type object (which keeps version tags and slots right).
        if (o->setattr == obj_generic_setattr && type_cast(self) != NULL)
            return exc_raise(I, TY_TYPE_ERROR, "can't apply this %U to type object", d->name);
        if (d->wrap == W_SETATTR)
            return want_args(I, rest, 2) ? none_or_null(I, o->setattr(I, self, a0, a1)) : VAL_NULL;
        return want_args(I, rest, 1) ? none_or_null(I, o->setattr(I, self, a0, VAL_NULL)) : VAL_NULL;
    case W_CALL:
        return o->call(I, self, rest, kwnames);
    case W_ITER:
        return want_args(I, rest, 0) ? o->iter(I, self) : VAL_NULL;
    case W_NEXT: {
        if (!want_args(I, rest, 0)) return VAL_NULL;
        Value r = o->next(I, self);
        if (r == VAL_NULL && I->exc == VAL_NULL) return exc_set(I, obj_val(I->types[TY_STOP_ITERATION]));
        return r;
    }
    case W_LEN: {
        if (!want_args(I, rest, 0)) return VAL_NULL;
        int64_t n = o->len(I, self);
        return n < 0 ? VAL_NULL : int_from_i64(I, n);
    }
    case W_GETITEM:
        if (rest.n != 1 && (o == I->types[TY_DICT] || o == I->types[TY_LIST])) {
            // CPython defines these two as METH_O methods, with that message
            return exc_raise(I, TY_TYPE_ERROR, "%U.__getitem__() takes exactly one argument (%zu given)",
                             o->name, rest.n);
        }
        return want_args(I, rest, 1) ? o->getitem(I, self, a0) : VAL_NULL;
    case W_SETITEM:
        return want_args(I, rest, 2) ? none_or_null(I, o->setitem(I, self, a0, a1)) : VAL_NULL;
    case W_DELITEM:
        return want_args(I, rest, 1) ? none_or_null(I, o->setitem(I, self, a0, VAL_NULL)) : VAL_NULL;
    case W_CONTAINS:
        if (rest.n != 1 && o == I->types[TY_DICT]) {
            return exc_raise(I, TY_TYPE_ERROR, "dict.__contains__() takes exactly one argument (%zu given)",
                             rest.n);
        }
        return want_args(I, rest, 1) ? bool_or_null(I, o->contains(I, self, a0)) : VAL_NULL;
    case W_BOOL:
        return want_args(I, rest, 0) ? bool_or_null(I, o->truth(I, self)) : VAL_NULL;
    case W_BINOP:
        if (d->arg == BINOP_POW && rest.n == 0)
            return exc_raise(I, TY_TYPE_ERROR, " expected at least 1 argument, got 0");
        if (d->arg == BINOP_POW && rest.n > 2)
            return exc_raise(I, TY_TYPE_ERROR, " expected at most 2 arguments, got %zu", rest.n);
        if (d->arg == BINOP_POW && rest.n == 2) return ternary_pow(I, self, self, a0, a1);
        return want_args(I, rest, 1) ? o->binop(I, self, a0, (BinOp)d->arg) : VAL_NULL;
    case W_RBINOP:
        if (d->arg == BINOP_POW && rest.n == 0)
            return exc_raise(I, TY_TYPE_ERROR, " expected at least 1 argument, got 0");
        if (d->arg == BINOP_POW && rest.n > 2)
            return exc_raise(I, TY_TYPE_ERROR, " expected at most 2 arguments, got %zu", rest.n);
        if (d->arg == BINOP_POW && rest.n == 2) return ternary_pow(I, self, a0, self, a1);
        return want_args(I, rest, 1) ? o->binop(I, a0, self, (BinOp)d->arg) : VAL_NULL;
    case W_IBINOP:
        return want_args(I, rest, 1)
                   ? o->inplace(I, self, a0, (BinOp)(d->arg + BINOP_INPLACE))
                   : VAL_NULL;
    case W_UNARY: {
        if (!want_args(I, rest, 0)) return VAL_NULL;
        Value r = o->unary(I, self, (UnaryOp)d->arg);
        return r != VAL_NULL || I->exc != VAL_NULL ? r : I->notimpl;
    }
    case W_INDEX:
        return want_args(I, rest, 0) ? o->index(I, self) : VAL_NULL;
    case W_INIT:
        return none_or_null(I, o->init(I, self, rest, kwnames));
    case W_GET: {
        if (rest.n < 1 || rest.n > 2) {
            return exc_raise(I, TY_TYPE_ERROR, "expected 1 or 2 arguments, got %zu", rest.n);
        }
        Value obj = a0 == I->none ? VAL_NULL : a0;
        Value typ = rest.n < 2 || a1 == I->none ? VAL_NULL : a1;
        if (obj == VAL_NULL && typ == VAL_NULL)
            return exc_raise(I, TY_TYPE_ERROR, "__get__(None, None) is invalid");
        return o->descr_get(I, self, obj, typ);
    }
    case W_SET:
        return want_args(I, rest, 2) ? none_or_null(I, o->descr_set(I, self, a0, a1)) : VAL_NULL;
    case W_DELETE:
        return want_args(I, rest, 1) ? none_or_null(I, o->descr_set(I, self, a0, VAL_NULL)) : VAL_NULL;
    case W_FORMAT:
        if (!want_args(I, rest, 1)) return VAL_NULL;
        if (!str_check(a0))
            return exc_raise(I, TY_TYPE_ERROR, "__format__() argument must be str, not %T", a0);
        return o->format(I, self, a0);
    default:
        return exc_raise(I, TY_SYSTEM_ERROR, "bad slot wrapper");
    }
}

static Value slot_new(Interp *I, Type *t, ValView args, Value kwnames);

// T.__new__(cls, ...): a builtin method bound to T.
static Value new_wrapper(Interp *I, Value self, ValView args, Value kwnames) {
    Type *owner = type_cast(self);
    if (owner == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "__new__ is not bound to a type");
    size_t nkw = args_nkw(kwnames);
    if (args.n - nkw == 0)
        return exc_raise(I, TY_TYPE_ERROR, "%s.__new__(): not enough arguments",
                         type_name_cstr(I, owner));
    Value cls = vview_get(args, 0);
    Type *sub = type_cast(cls);
    if (sub == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "%s.__new__(X): X is not a type object (%T)",
                         type_name_cstr(I, owner), cls);
    if (!type_is_subtype(sub, owner))
        return exc_raise(I, TY_TYPE_ERROR, "%s.__new__(%s): %s is not a subtype of %s",
                         type_name_cstr(I, owner), type_name_cstr(I, sub),
                         type_name_cstr(I, sub), type_name_cstr(I, owner));
    Type *sb = sub;
    while (sb != NULL && sb->new_ == slot_new) sb = sb->base;
    if (sb != NULL && sb->new_ != owner->new_)
        return exc_raise(I, TY_TYPE_ERROR, "%s.__new__(%s) is not safe, use %s.__new__()",
                         type_name_cstr(I, owner), type_name_cstr(I, sub), type_name_cstr(I, sb));
    Value r = owner->new_(I, sub, vview_slice(args, 1, args.n), kwnames);
    return r == VAL_NULL ? VAL_NULL : obj_fin_check(I, r);
}

/* ---- wrappers for builtin types ---- */

/* Which operator dunders a builtin type's binop/inplace slot stands for, as in CPython
 * (a C binop slot cannot tell): bit k is operator k in BinOp order. Types not listed get
 * all of them. */
#define B(op) (1u << (op))
#define ARITH (B(BINOP_ADD) | B(BINOP_SUB) | B(BINOP_MUL) | B(BINOP_TRUEDIV) | B(BINOP_FLOORDIV) | \
               B(BINOP_MOD) | B(BINOP_POW))
#define BITS (B(BINOP_AND) | B(BINOP_OR) | B(BINOP_XOR) | B(BINOP_LSHIFT) | B(BINOP_RSHIFT))
#define SETOPS (B(BINOP_AND) | B(BINOP_OR) | B(BINOP_SUB) | B(BINOP_XOR))

typedef struct OpMask {
    int id;          /* TypeId */
    uint32_t op, rop, iop;
} OpMask;

static const OpMask op_masks[] = {
    {TY_INT, ARITH | BITS, ARITH | BITS, 0},
    {TY_BOOL, B(BINOP_AND) | B(BINOP_OR) | B(BINOP_XOR), B(BINOP_AND) | B(BINOP_OR) | B(BINOP_XOR), 0},
    {TY_FLOAT, ARITH, ARITH, 0},
    {TY_COMPLEX, B(BINOP_ADD) | B(BINOP_SUB) | B(BINOP_MUL) | B(BINOP_TRUEDIV) | B(BINOP_POW),
     B(BINOP_ADD) | B(BINOP_SUB) | B(BINOP_MUL) | B(BINOP_TRUEDIV) | B(BINOP_POW), 0},
    {TY_STR, B(BINOP_ADD) | B(BINOP_MOD) | B(BINOP_MUL), B(BINOP_MOD) | B(BINOP_MUL), 0},
    {TY_BYTES, B(BINOP_ADD) | B(BINOP_MOD) | B(BINOP_MUL), B(BINOP_MOD) | B(BINOP_MUL), 0},
    {TY_BYTEARRAY, B(BINOP_ADD) | B(BINOP_MOD) | B(BINOP_MUL), B(BINOP_MOD) | B(BINOP_MUL),
     B(BINOP_ADD) | B(BINOP_MUL)},
    {TY_LIST, B(BINOP_ADD) | B(BINOP_MUL), B(BINOP_MUL), B(BINOP_ADD) | B(BINOP_MUL)},
    {TY_TUPLE, B(BINOP_ADD) | B(BINOP_MUL), B(BINOP_MUL), 0},
    {TY_DICT, B(BINOP_OR), B(BINOP_OR), B(BINOP_OR)},
    {TY_SET, SETOPS, SETOPS, SETOPS},
    {TY_FROZENSET, SETOPS, SETOPS, 0},
    {TY_DICT_KEYS, SETOPS, SETOPS, 0},
    {TY_DICT_ITEMS, SETOPS, SETOPS, 0},
    {TY_DICT_VALUES, 0, 0, 0},
    {TY_RANGE, 0, 0, 0},
};

// The masks for builtin type [t]: all operators unless the table lists it.
static OpMask masks_for(Interp *I, Type *t) {
    OpMask all = {-1, 0x1FFFu, 0x1FFFu, 0x1FFFu};
    for (size_t i = 0; i < sizeof op_masks / sizeof op_masks[0]; i++)
        if (I->types[op_masks[i].id] == t) return op_masks[i];
    return all;
}

static bool add_wrapper(Interp *I, Type *t, uint32_t wrap, uint32_t arg) {
    Value name = wrap_name(I, wrap, arg);
    if (name == VAL_NULL) return false;
    Value old = dict_get(I, t->h.dict, name);
    if (old != VAL_NULL) return true;
    if (I->exc != VAL_NULL) return false;
    Value d = descr_new_wrapper(I, t, name, wrap, arg);
    return d != VAL_NULL && dict_set(I, t->h.dict, name, d);
}

bool type_add_slot_wrappers(Interp *I, Type *t, const TypeSpec *s) {
    bool ok = true;
    if (s->repr) ok = ok && add_wrapper(I, t, W_REPR, 0);
    // A str slot that is just the repr is CPython's "no tp_str": no __str__ of its own,
    // so subclasses overriding __repr__ change str() too (through object.__str__).
    if (s->str && s->str != s->repr) ok = ok && add_wrapper(I, t, W_STR, 0);
    if (s->hash) ok = ok && add_wrapper(I, t, W_HASH, 0);
    if (s->richcmp)
        for (uint32_t op = 0; op < 6; op++) ok = ok && add_wrapper(I, t, W_CMP, op);
    if (s->getattr) ok = ok && add_wrapper(I, t, W_GETATTRIBUTE, 0);
    if (s->setattr) ok = ok && add_wrapper(I, t, W_SETATTR, 0) && add_wrapper(I, t, W_DELATTR, 0);
    if (s->call) ok = ok && add_wrapper(I, t, W_CALL, 0);
    if (s->iter) ok = ok && add_wrapper(I, t, W_ITER, 0);
    if (s->next) ok = ok && add_wrapper(I, t, W_NEXT, 0);
    if (s->len) ok = ok && add_wrapper(I, t, W_LEN, 0);
    if (s->getitem) ok = ok && add_wrapper(I, t, W_GETITEM, 0);
    if (s->setitem) ok = ok && add_wrapper(I, t, W_SETITEM, 0) && add_wrapper(I, t, W_DELITEM, 0);
    if (s->contains) ok = ok && add_wrapper(I, t, W_CONTAINS, 0);
    // str, bytes, bytearray and deque are true by their length: CPython gives them no __bool__
    bool is_deque = bview_eq_cstr(bview_cstr(s->name), "collections.deque");
    bool by_len = t == I->types[TY_STR] || t == I->types[TY_BYTES] ||
                  t == I->types[TY_BYTEARRAY] || is_deque;
    if (s->truth && !by_len) ok = ok && add_wrapper(I, t, W_BOOL, 0);
    OpMask m = masks_for(I, t);
    bool is_proxy = bview_eq_cstr(bview_cstr(s->name), "mappingproxy");
    if (s->binop == type_binop_or || is_proxy) {
        m.op = m.rop = B(BINOP_OR);
        // mappingproxy's __ior__ exists to refuse '|=' (CPython's mappingproxy_ior)
        m.iop = is_proxy ? B(BINOP_OR) : 0;
    }
    if (is_deque) { // a sequence: + and *
        m.op = B(BINOP_ADD) | B(BINOP_MUL);
        m.rop = B(BINOP_MUL);
        m.iop = B(BINOP_ADD) | B(BINOP_MUL);
    }
    for (uint32_t op = 0; s->binop != NULL && op < NBINOPS; op++) {
        if ((m.op & B(op)) != 0) ok = ok && add_wrapper(I, t, W_BINOP, op);
        if ((m.rop & B(op)) != 0) ok = ok && add_wrapper(I, t, W_RBINOP, op);
    }
    for (uint32_t op = 0; s->inplace != NULL && op < NBINOPS; op++)
        if ((m.iop & B(op)) != 0) ok = ok && add_wrapper(I, t, W_IBINOP, op);
    // float and complex have no __invert__ (unary_names order: neg, pos, invert, abs)
    bool no_invert = t == I->types[TY_FLOAT] || t == I->types[TY_COMPLEX];
    for (uint32_t op = 0; s->unary != NULL && op < 4; op++)
        if (op != 2 || !no_invert) ok = ok && add_wrapper(I, t, W_UNARY, op);
    if (s->index) ok = ok && add_wrapper(I, t, W_INDEX, 0);
    // CPython's builtin exception types each set tp_init, so each has its own __init__
    // (Exception.__init__ is "<slot wrapper '__init__' of 'Exception' objects>")
    bool own_init = s->inst_kind == K_EXC && t->init != NULL;
    if (s->init != NULL || own_init) ok = ok && add_wrapper(I, t, W_INIT, 0);
    if (s->descr_get) ok = ok && add_wrapper(I, t, W_GET, 0);
    if (s->descr_set) ok = ok && add_wrapper(I, t, W_SET, 0) && add_wrapper(I, t, W_DELETE, 0);
    if (s->format) ok = ok && add_wrapper(I, t, W_FORMAT, 0);
    if (ok && s->new_ != NULL) {
        Value name = interp_name(I, N___new__);
        if (dict_get(I, t->h.dict, name) == VAL_NULL) {
            if (I->exc != VAL_NULL) return false;
            Value f = cfunc_new(I, "__new__", new_wrapper, obj_val(t));
            ok = f != VAL_NULL && dict_set(I, t->h.dict, name, f);
        }
    }
    return ok;
}

/* ---- generic slots for classes ---- */

static Value lookup(Interp *I, Value self, Value name) {
    return type_lookup(I, type_of(I, self), name);
}

static Value call1(Interp *I, Value f, Value self, Value a) {
    return obj_call_descr(I, f, self, vview_make(&a, 1), VAL_NULL);
}

static Value slot_repr(Interp *I, Value self) {
    bool found;
    Value r = obj_call_special(I, self, interp_name(I, N___repr__), NOARGS, &found);
    return found ? r : obj_default_repr(I, self);
}

static Value slot_str(Interp *I, Value self) {
    bool found;
    Value r = obj_call_special(I, self, interp_name(I, N___str__), NOARGS, &found);
    return found ? r : obj_repr(I, self);
}

static bool slot_hash(Interp *I, Value self, int64_t *out) {
    Value f = lookup(I, self, interp_name(I, N___hash__));
    if (f == VAL_NULL || f == I->none) {
        exc_raise(I, TY_TYPE_ERROR, "unhashable type: '%T'", self);
        return false;
    }
    Value r = obj_call_descr(I, f, self, NOARGS, VAL_NULL);
    if (r == VAL_NULL) return false;
    if (!int_check(I, r)) {
        exc_raise(I, TY_TYPE_ERROR, "__hash__ method should return an integer");
        return false;
    }
    // as CPython: a result that fits a C long is the hash as is; a bigger one is hashed
    int64_t h;
    if (val_is_small(r)) {
        h = (int64_t)val_small(r);
    } else if (!int_to_i64(I, r, &h)) {
        exc_clear(I);
        h = int_hash(I, r);
    }
    if (h == -1) h = -2;
    *out = h;
    return true;
}

static Value slot_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    Value f = lookup(I, a, interp_name(I, cmp_names[op % 6]));
    if (f == VAL_NULL) return I->notimpl;
    Type *ft = type_of(I, f);
    if (ft != I->types[TY_FUNCTION] && ft != I->types[TY_WRAPPER_DESCR] &&
        ft != I->types[TY_METHOD_DESCR] && ft->descr_get != NULL) {
        // as CPython: an error while binding the method (a property that raises, say)
        // makes the comparison NotImplemented; errors of the call itself propagate
        Value bound = ft->descr_get(I, f, a, obj_val(type_of(I, a)));
        if (bound == VAL_NULL) {
            exc_clear(I);
            return I->notimpl;
        }
        return obj_call(I, bound, vview_make(&b, 1), VAL_NULL);
    }
    return call1(I, f, a, b);
}

static Value slot_getattribute(Interp *I, Value self, Value name) {
    Value f = lookup(I, self, interp_name(I, N___getattribute__));
    if (f == VAL_NULL) return obj_generic_getattr(I, self, name);
    return call1(I, f, self, name);
}

static Value slot_getattr_hook(Interp *I, Value self, Value name) {
    Type *t = type_of(I, self);
    Value ga = type_lookup(I, t, interp_name(I, N___getattribute__));
    DescrObject *d = descr_cast(ga);
    Value r;
    if (ga == VAL_NULL || (d != NULL && type_of(I, ga) == I->types[TY_WRAPPER_DESCR] &&
                           d->wrap == W_GETATTRIBUTE && d->owner->getattr == obj_generic_getattr)) {
        r = obj_generic_getattr_ex(I, self, name, true);
        // A descriptor (e.g. a property) raising AttributeError also falls back to __getattr__.
        if (r != VAL_NULL || (I->exc != VAL_NULL && !exc_pending_is(I, TY_ATTRIBUTE_ERROR)))
            return r;
    } else {
        r = call1(I, ga, self, name);
        if (r != VAL_NULL || !exc_pending_is(I, TY_ATTRIBUTE_ERROR)) return r;
    }
    Value gf = type_lookup(I, t, interp_name(I, N___getattr__));
    if (gf == VAL_NULL) {
        if (I->exc == VAL_NULL) exc_raise_attr(I, self, name);
        return VAL_NULL;
    }
    exc_clear(I);
    return call1(I, gf, self, name);
}

static int slot_setattr(Interp *I, Value self, Value name, Value v) {
    bool found;
    Value r;
    if (v != VAL_NULL) {
        Value args[2] = {name, v};
        r = obj_call_special(I, self, interp_name(I, N___setattr__), vview_make(args, 2), &found);
    } else {
        r = obj_call_special(I, self, interp_name(I, N___delattr__), vview_make(&name, 1), &found);
    }
    if (!found) return obj_generic_setattr(I, self, name, v);
    return r == VAL_NULL ? -1 : 0;
}

static Value slot_call(Interp *I, Value self, ValView args, Value kwnames) {
    Value f = lookup(I, self, interp_name(I, N___call__));
    if (f == VAL_NULL) return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not callable", self);
    // a __call__ that is itself an instance of the class calls this again without any
    // Python frame in between (and as a tail call, without growing the C stack): counted
    if (!interp_enter_c(I, " while calling a Python object")) return VAL_NULL;
    Value r = obj_call_descr(I, f, self, args, kwnames);
    interp_leave_c(I);
    return r;
}

static Value slot_iter(Interp *I, Value self) {
    Value f = lookup(I, self, interp_name(I, N___iter__));
    if (f == VAL_NULL || f == I->none)
        return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not iterable", self);
    return obj_call_descr(I, f, self, NOARGS, VAL_NULL);
}

static Value slot_next(Interp *I, Value self) {
    bool found;
    Value r = obj_call_special(I, self, interp_name(I, N___next__), NOARGS, &found);
    if (!found) return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not an iterator", self);
    if (r == VAL_NULL && exc_pending_is(I, TY_STOP_ITERATION)) exc_clear(I);
    return r;
}

static int64_t slot_len(Interp *I, Value self) {
    bool found;
    Value r = obj_call_special(I, self, interp_name(I, N___len__), NOARGS, &found);
    if (!found) {
        exc_raise(I, TY_TYPE_ERROR, "object of type '%T' has no len()", self);
        return -1;
    }
    if (r == VAL_NULL) return -1;
    // As CPython: the sign is checked before the size (a huge negative length is a
    // ValueError, a huge positive one an OverflowError).
    Value ix = obj_index(I, r);
    if (ix == VAL_NULL) return -1;
    if (int_sign(I, ix) < 0) {
        exc_raise(I, TY_VALUE_ERROR, "__len__() should return >= 0");
        return -1;
    }
    int64_t n;
    if (!obj_index_i64(I, ix, &n)) return -1;
    return n;
}

static Value slot_getitem(Interp *I, Value self, Value key) {
    bool found;
    Value r = obj_call_special(I, self, interp_name(I, N___getitem__), vview_make(&key, 1), &found);
    if (!found) return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not subscriptable", self);
    return r;
}

static int slot_setitem(Interp *I, Value self, Value key, Value v) {
    bool found;
    Value r;
    NameId n = v != VAL_NULL ? N___setitem__ : N___delitem__;
    if (v != VAL_NULL) {
        Value args[2] = {key, v};
        r = obj_call_special(I, self, interp_name(I, n), vview_make(args, 2), &found);
    } else {
        r = obj_call_special(I, self, interp_name(I, n), vview_make(&key, 1), &found);
    }
    if (!found) {
        exc_raise_arg(I, TY_ATTRIBUTE_ERROR, interp_name(I, n));
        return -1;
    }
    return r == VAL_NULL ? -1 : 0;
}

static int slot_contains(Interp *I, Value self, Value item) {
    if (type_lookup(I, type_of(I, self), interp_name(I, N___contains__)) == I->none) {
        // __contains__ = None opts out of the iteration fallback
        exc_raise(I, TY_TYPE_ERROR, "'%T' object is not a container", self);
        return -1;
    }
    bool found;
    Value r = obj_call_special(I, self, interp_name(I, N___contains__), vview_make(&item, 1), &found);
    if (!found) {
        exc_raise(I, TY_TYPE_ERROR, "argument of type '%T' is not iterable", self);
        return -1;
    }
    if (r == VAL_NULL) return -1;
    return obj_truth(I, r);
}

static int slot_truth(Interp *I, Value self) {
    bool found;
    Value r = obj_call_special(I, self, interp_name(I, N___bool__), NOARGS, &found);
    if (found) {
        if (r == VAL_NULL) return -1;
        if (r == I->true_) return 1;
        if (r == I->false_) return 0;
        exc_raise(I, TY_TYPE_ERROR, "__bool__ should return bool, returned %T", r);
        return -1;
    }
    Type *t = type_of(I, self);
    if (t->len == NULL) return 1;
    int64_t n = t->len(I, self);
    return n < 0 ? -1 : n != 0;
}

// True when the reflected method [rname] of [right] is not the one [left] has.
static bool overloads(Interp *I, Type *left, Type *right, Value rname) {
    Value a = type_lookup(I, right, rname);
    Value b = type_lookup(I, left, rname);
    return a != b;
}

static Value slot_binop(Interp *I, Value a, Value b, BinOp op) {
    uint32_t o = (uint32_t)op % NBINOPS;
    Type *ta = type_of(I, a), *tb = type_of(I, b);
    Value name = dunder(I, 0, o), rname = dunder(I, 1, o);
    bool do_other = ta != tb && tb->binop == slot_binop;
    if (ta->binop == slot_binop) {
        Value f = type_lookup(I, ta, name);
        if (do_other && type_is_subtype(tb, ta) && overloads(I, ta, tb, rname)) {
            Value g = type_lookup(I, tb, rname);
            if (g != VAL_NULL) {
                Value r = call1(I, g, b, a);
                if (r != I->notimpl) return r;
            }
            do_other = false;
        }
        if (f != VAL_NULL) {
            Value r = call1(I, f, a, b);
            if (r != I->notimpl || ta == tb) return r;
        }
    }
    if (do_other) {
        Value g = type_lookup(I, tb, rname);
        if (g != VAL_NULL) return call1(I, g, b, a);
    }
    return I->notimpl;
}

static Value slot_inplace(Interp *I, Value a, Value b, BinOp op) {
    Value f = lookup(I, a, dunder(I, 2, (uint32_t)op % NBINOPS));
    if (f == VAL_NULL) return I->notimpl;
    return call1(I, f, a, b);
}

static Value slot_unary(Interp *I, Value a, UnaryOp op) {
    Value f = lookup(I, a, interp_name(I, unary_names[(unsigned)op % 4]));
    if (f == VAL_NULL) return VAL_NULL; // unsupported (no exception); a dunder's NotImplemented is a value
    return obj_call_descr(I, f, a, NOARGS, VAL_NULL);
}

static Value slot_index(Interp *I, Value self) {
    bool found;
    Value r = obj_call_special(I, self, interp_name(I, N___index__), NOARGS, &found);
    if (!found)
        return exc_raise(I, TY_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", self);
    return r;
}

static Value slot_new(Interp *I, Type *t, ValView args, Value kwnames) {
    Value f = type_lookup(I, t, interp_name(I, N___new__));
    if (f == VAL_NULL) return exc_raise(I, TY_TYPE_ERROR, "cannot create '%U' instances", t->name);
    DescrGetFn g = type_of(I, f)->descr_get;
    if (g != NULL && func_cast(f) == NULL) {
        f = g(I, f, VAL_NULL, obj_val(t));
        if (f == VAL_NULL) return VAL_NULL;
    }
    return obj_call_prepend(I, f, obj_val(t), args, kwnames);
}

static int slot_init(Interp *I, Value self, ValView args, Value kwnames) {
    Value f = lookup(I, self, interp_name(I, N___init__));
    if (f == VAL_NULL) return 0;
    Value r = obj_call_descr(I, f, self, args, kwnames);
    if (r == VAL_NULL) return -1;
    if (r != I->none) {
        exc_raise(I, TY_TYPE_ERROR, "__init__() should return None, not '%T'", r);
        return -1;
    }
    return 0;
}

static Value slot_descr_get(Interp *I, Value descr, Value obj, Value type) {
    Value f = lookup(I, descr, interp_name(I, N___get__));
    if (f == VAL_NULL) return descr;
    Value args[2] = {obj != VAL_NULL ? obj : I->none, type != VAL_NULL ? type : I->none};
    return obj_call_descr(I, f, descr, vview_make(args, 2), VAL_NULL);
}

static int slot_descr_set(Interp *I, Value descr, Value obj, Value v) {
    bool found;
    Value r;
    NameId n = v != VAL_NULL ? N___set__ : N___delete__;
    if (v != VAL_NULL) {
        Value args[2] = {obj, v};
        r = obj_call_special(I, descr, interp_name(I, n), vview_make(args, 2), &found);
    } else {
        r = obj_call_special(I, descr, interp_name(I, n), vview_make(&obj, 1), &found);
    }
    if (!found) {
        exc_raise_arg(I, TY_ATTRIBUTE_ERROR, interp_name(I, n));
        return -1;
    }
    return r == VAL_NULL ? -1 : 0;
}

static Value slot_format(Interp *I, Value self, Value spec) {
    bool found;
    Value r = obj_call_special(I, self, interp_name(I, N___format__), vview_make(&spec, 1), &found);
    if (!found) return obj_str(I, self);
    return r;
}

/* ---- wiring ---- */

// How fixup_one finds a dunder of the class [t]: type_lookup(t, name), computed as the
// class's own dict first and then type_lookup(base, name) when [t]'s MRO is [t] followed
// by its base's MRO (always, unless a metaclass overrides mro()). The same result, but
// the base's lookups are served by the method cache (a new class's own are all misses,
// and each would walk the whole MRO: about 80 walks per class created).
#define LOOK_OWN_MAX 8

typedef struct Look {
    Type *t;
    Type *base; /* NULL: plain type_lookup(t, ...) */
    bool own;   /* the own dict may hold a slot dunder (else only the base is searched) */
    bool listed; /* own: the dict's only keys that can be a slot dunder are keys[0..nown) */
    bool interned; /* listed: every key is the interned str of its text */
    size_t nown;
    Value keys[LOOK_OWN_MAX]; /* exact strs, with their values at the fix-up's start */
    Value vals[LOOK_OWN_MAX];
} Look;

// Dunders a class's dict commonly holds that feed no slot.
static const NameId plain_dunders[] = {N___module__, N___qualname__, N___doc__, N___dict__,
                                       N___weakref__, N___slots__, N___match_args__,
                                       N___annotations__, N___classcell__};

// Sets L->own: false when no key of [d] can be a dunder fixup_one looks up (every key is
// a str that is not shaped "__x__" or is one of plain_dunders). When the keys that can
// are few exact strs, they and their values are listed in [L] (fixup_one runs no Python
// code, so the dict does not change under it): look() then compares ~80 names with a
// handful of keys instead of probing the dict for each.
static void scan_own(Interp *I, Look *L, Value d) {
    L->own = false;
    L->listed = true;
    L->interned = true;
    L->nown = 0;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        if (type_of(I, k) != I->types[TY_STR]) { // a str subclass may compare equal
            L->own = true;
            L->listed = false;
            return;
        }
        BView b = str_view(k);
        if (b.n < 5 || bview_get(b, 0) != '_' || bview_get(b, 1) != '_' ||
            bview_get(b, b.n - 1) != '_' || bview_get(b, b.n - 2) != '_')
            continue;
        bool plain = false;
        for (size_t i = 0; i < sizeof plain_dunders / sizeof plain_dunders[0]; i++)
            plain = plain || k == interp_name(I, plain_dunders[i]);
        if (plain) continue;
        L->own = true;
        if (L->nown == LOOK_OWN_MAX) {
            L->listed = false;
            return;
        }
        StrObject *so = str_cast(k);
        if (so == NULL || !str_flag(so, STR_INTERNED)) L->interned = false;
        L->keys[L->nown] = k;
        L->vals[L->nown] = v;
        L->nown++;
    }
}

static Look look_init(Interp *I, Type *t) {
    Look L = {t, NULL, true, false, false, 0, {0}, {0}};
    Type *b = t->base;
    if (b == NULL || t->mro == VAL_NULL || b->mro == VAL_NULL || t->h.dict == VAL_NULL)
        return L;
    ValView m = tuple_view(t->mro), bm = tuple_view(b->mro);
    if (m.n != bm.n + 1 || vview_get(m, 0) != obj_val(t)) return L;
    for (size_t i = 0; i < bm.n; i++)
        if (vview_get(m, i + 1) != vview_get(bm, i)) return L;
    L.base = b;
    scan_own(I, &L, t->h.dict);
    return L;
}

// [name] is an interned exact str (a NameId's or dunder()'s).
static Value look(Interp *I, const Look *L, Value name) {
    if (L->base == NULL) return type_lookup(I, L->t, name);
    if (!L->own) return type_lookup(I, L->base, name);
    if (L->listed) {
        for (size_t i = 0; i < L->nown && i < LOOK_OWN_MAX; i++)
            if (L->keys[i] == name) return L->vals[i];
        // Interned keys equal to the name are the name itself. Otherwise a key may equal
        // it without being the interned object (a dict built at run time).
        if (L->interned) return type_lookup(I, L->base, name);
        BView nb = str_view(name);
        for (size_t i = 0; i < L->nown && i < LOOK_OWN_MAX; i++) {
            BView kb = str_view(L->keys[i]);
            if (kb.n == nb.n && bview_eq(kb, nb)) return L->vals[i];
        }
        return type_lookup(I, L->base, name);
    }
    Value v = dict_get(I, L->t->h.dict, name);
    if (v != VAL_NULL) return v;
    // Type dicts hold str keys; a failing comparison is not a lookup result (lookup_mro).
    I->exc = VAL_NULL;
    return type_lookup(I, L->base, name);
}

// What the dunders feeding one slot resolve to.
typedef struct Pick {
    int state;   /* 0: none found, 1: all wrappers of [owner], 2: something else;
                    owner != NULL exactly in state 1 (tested as such below, which the
                    analysers can follow) */
    Type *owner;
} Pick;

static void pick_add(Interp *I, Pick *p, const Look *L, Value name, uint32_t wrap) {
    // "something else" is final: no further dunder of the group can change the slot
    // (a class defining __eq__ in Python skips looking up __ne__ ... __ge__)
    if (p->state == 2) return;
    Value v = look(I, L, name);
    if (v == VAL_NULL) return;
    DescrObject *d = descr_cast(v);
    if (d == NULL || d->owner == NULL || type_of(I, v) != I->types[TY_WRAPPER_DESCR] ||
        d->wrap != wrap) {
        p->state = 2;
        p->owner = NULL;
        return;
    }
    if (p->state == 0) {
        p->state = 1;
        p->owner = d->owner;
    } else if (p->state == 1 && p->owner != d->owner) {
        p->state = 2;
        p->owner = NULL;
    }
}

// The slot [field] of a class from what [p] found: the owner's own slot when all the
// dunders are that builtin's wrappers, the generic [slot] for anything else, else [none].
#define SLOT_FROM(p, field, slot, none)                                                   \
    ((p).owner != NULL ? (p).owner->field : (p).state == 2 ? (slot) : (none))

static Pick pick1(Interp *I, const Look *L, NameId n, uint32_t wrap) {
    Pick p = {0, NULL};
    pick_add(I, &p, L, interp_name(I, n), wrap);
    return p;
}

// A setter and its deleter feed one slot.
static Pick pick2(Interp *I, const Look *L, NameId set, uint32_t wset, NameId del, uint32_t wdel) {
    Pick p = pick1(I, L, set, wset);
    pick_add(I, &p, L, interp_name(I, del), wdel);
    return p;
}

static void fixup_one(Interp *I, Type *t) {
    Look look_ = look_init(I, t);
    const Look *L = &look_;
    Pick p;
    p = pick1(I, L, N___repr__, W_REPR);
    t->repr = SLOT_FROM(p, repr, slot_repr, NULL);
    p = pick1(I, L, N___str__, W_STR);
    t->str = SLOT_FROM(p, str, slot_str, NULL);

    Value h = look(I, L, interp_name(I, N___hash__));
    if (h == VAL_NULL || h == I->none) {
        t->hash = NULL;
    } else {
        p = pick1(I, L, N___hash__, W_HASH);
        t->hash = SLOT_FROM(p, hash, slot_hash, slot_hash);
    }

    p = (Pick){0, NULL};
    for (uint32_t op = 0; op < 6; op++) pick_add(I, &p, L, interp_name(I, cmp_names[op]), W_CMP);
    t->richcmp = SLOT_FROM(p, richcmp, slot_richcmp, NULL);

    if (look(I, L, interp_name(I, N___getattr__)) != VAL_NULL) {
        t->getattr = slot_getattr_hook;
    } else {
        p = pick1(I, L, N___getattribute__, W_GETATTRIBUTE);
        t->getattr = SLOT_FROM(p, getattr, slot_getattribute, obj_generic_getattr);
    }
    p = pick2(I, L, N___setattr__, W_SETATTR, N___delattr__, W_DELATTR);
    t->setattr = SLOT_FROM(p, setattr, slot_setattr, obj_generic_setattr);

    p = pick1(I, L, N___call__, W_CALL);
    t->call = SLOT_FROM(p, call, slot_call, NULL);

    Value it = look(I, L, interp_name(I, N___iter__));
    if (it == I->none) {
        t->iter = slot_iter; // raises "not iterable" instead of falling back to __getitem__
    } else {
        p = pick1(I, L, N___iter__, W_ITER);
        t->iter = SLOT_FROM(p, iter, slot_iter, NULL);
    }
    p = pick1(I, L, N___next__, W_NEXT);
    t->next = SLOT_FROM(p, next, slot_next, NULL);
    p = pick1(I, L, N___len__, W_LEN);
    t->len = SLOT_FROM(p, len, slot_len, NULL);
    p = pick1(I, L, N___getitem__, W_GETITEM);
    t->getitem = SLOT_FROM(p, getitem, slot_getitem, NULL);
    p = pick2(I, L, N___setitem__, W_SETITEM, N___delitem__, W_DELITEM);
    t->setitem = SLOT_FROM(p, setitem, slot_setitem, NULL);
    p = pick1(I, L, N___contains__, W_CONTAINS);
    t->contains = SLOT_FROM(p, contains, slot_contains, NULL);
    p = pick1(I, L, N___bool__, W_BOOL);
    t->truth = SLOT_FROM(p, truth, slot_truth, NULL);

    p = (Pick){0, NULL};
    for (uint32_t op = 0; op < NBINOPS; op++) {
        pick_add(I, &p, L, dunder(I, 0, op), W_BINOP);
        pick_add(I, &p, L, dunder(I, 1, op), W_RBINOP);
    }
    t->binop = SLOT_FROM(p, binop, slot_binop, NULL);
    p = (Pick){0, NULL};
    for (uint32_t op = 0; op < NBINOPS; op++) pick_add(I, &p, L, dunder(I, 2, op), W_IBINOP);
    t->inplace = SLOT_FROM(p, inplace, slot_inplace, NULL);
    p = (Pick){0, NULL};
    for (uint32_t op = 0; op < 4; op++) pick_add(I, &p, L, interp_name(I, unary_names[op]), W_UNARY);
    t->unary = SLOT_FROM(p, unary, slot_unary, NULL);
    p = pick1(I, L, N___index__, W_INDEX);
    t->index = SLOT_FROM(p, index, slot_index, NULL);

    Value nw = look(I, L, interp_name(I, N___new__));
    CFuncObject *cf = cfunc_cast(nw);
    Type *nt = cf != NULL && cf->fn == new_wrapper ? type_cast(cf->self) : NULL;
    if (nt != NULL) t->new_ = nt->new_;
    else if (nw != VAL_NULL) t->new_ = slot_new;
    else t->new_ = t->base != NULL ? t->base->new_ : NULL;
    p = pick1(I, L, N___init__, W_INIT);
    t->init = SLOT_FROM(p, init, slot_init, NULL);

    p = pick1(I, L, N___get__, W_GET);
    t->descr_get = SLOT_FROM(p, descr_get, slot_descr_get, NULL);
    p = pick2(I, L, N___set__, W_SET, N___delete__, W_DELETE);
    t->descr_set = SLOT_FROM(p, descr_set, slot_descr_set, NULL);
    p = pick1(I, L, N___format__, W_FORMAT);
    t->format = SLOT_FROM(p, format, slot_format, NULL);
    // instances made from now on are registered for finalization (src/vm/finalize.c)
    if (look(I, L, interp_name(I, N___del__)) != VAL_NULL) t->tflags |= TF_HAS_DEL;
    else t->tflags &= ~TF_HAS_DEL;
    // Lookups never leave exceptions behind (type dicts have str keys).
    I->exc = VAL_NULL;
}

void type_fixup_slots(Interp *I, Type *t) {
    ValVec work;
    vec_init(&work);
    if (vec_push(I->heap, &work, obj_val(t)) != K_OK) {
        fixup_one(I, t);
        return;
    }
    while (work.len > 0) {
        Type *c = type_cast(vec_pop(&work));
        if (c == NULL) continue;
        if ((c->tflags & TF_HEAP) != 0) fixup_one(I, c);
        if (!type_push_subclasses(I, c, &work)) return;
    }
}
