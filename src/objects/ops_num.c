/*
 * ops_num.c: the abstract object protocol, part 3: binary operators (with CPython's rule
 * that a right operand whose type is a subclass of the left's gets the first try),
 * in-place operators falling back to the binary form, unary operators and __index__.
 *
 * Invariant: a binop slot is always called as slot(a, b, op) with the operands in source
 * order and op < BINOP_INPLACE; an inplace slot gets the in-place operator number.
 */
#include "ops.h"

#include "exc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "../vm/func.h"

static const char *const binop_symbols[BINOP_INPLACE] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
};

static const char *const inplace_symbols[BINOP_INPLACE] = {
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

// a OP b without the in-place form: NotImplemented when neither side handles it.
static Value binop_impl(Interp *I, Value a, Value b, BinOp op) {
    Type *ta = type_of(I, a), *tb = type_of(I, b);
    BinOpFn fa = ta->binop;
    BinOpFn fb = tb != ta ? tb->binop : NULL;
    if (fb == fa) fb = NULL;
    Value r;
    if (fa != NULL) {
        if (fb != NULL && type_is_subtype(tb, ta)) {
            r = fb(I, a, b, op);
            if (r != I->notimpl) return r;
            fb = NULL;
        }
        r = fa(I, a, b, op);
        if (r != I->notimpl) return r;
    }
    if (fb != NULL) {
        r = fb(I, a, b, op);
        if (r != I->notimpl) return r;
    }
    return I->notimpl;
}

static Value binop_error(Interp *I, Value a, Value b, const char *sym, bool pow) {
    if (pow)
        return exc_raise(I, TY_TYPE_ERROR, "unsupported operand type(s) for %s or pow(): '%T' and '%T'",
                         sym, a, b);
    // `print >> f` (Python 2): CPython's hint names the Python 3 form
    CFuncObject *cf = cfunc_cast(a);
    if (cf != NULL && type_of(I, a) == interp_type(I, TY_BUILTIN_FUNCTION) &&
        bview_eq_cstr(bview_cstr(sym), ">>") && str_check(cf->name) && str_eq_cstr(cf->name, "print"))
        return exc_raise(I, TY_TYPE_ERROR,
                         "unsupported operand type(s) for %s: '%T' and '%T'. Did you mean "
                         "\"print(<message>, file=<output_stream>)\"?", sym, a, b);
    return exc_raise(I, TY_TYPE_ERROR, "unsupported operand type(s) for %s: '%T' and '%T'", sym,
                     a, b);
}

// When no binop slot handled + or * of a list or tuple (they step aside for classes that
// might reflect the operation), CPython's sequence concat/repeat fallback raises these.
// Returns true with the error raised when it applies.
static bool seq_fallback_error(Interp *I, Value a, Value b, BinOp base) {
    if (base == BINOP_ADD) {
        if (list_check(a))
            return exc_raise(I, TY_TYPE_ERROR, "can only concatenate list (not \"%T\") to list", b) == VAL_NULL;
        if (tuple_check(a))
            return exc_raise(I, TY_TYPE_ERROR, "can only concatenate tuple (not \"%T\") to tuple", b) == VAL_NULL;
    } else if (base == BINOP_MUL) {
        if (list_check(a) || tuple_check(a))
            return exc_raise(I, TY_TYPE_ERROR, "can't multiply sequence by non-int of type '%T'", b) == VAL_NULL;
        if (list_check(b) || tuple_check(b))
            return exc_raise(I, TY_TYPE_ERROR, "can't multiply sequence by non-int of type '%T'", a) == VAL_NULL;
    }
    return false;
}

Value obj_binop(Interp *I, Value a, Value b, BinOp op) {
    if ((unsigned)op >= (unsigned)BINOP__COUNT)
        return exc_raise(I, TY_SYSTEM_ERROR, "bad binary operator %d", (int)op);
    if (op >= BINOP_INPLACE) {
        BinOp base = (BinOp)(op - BINOP_INPLACE);
        Type *ta = type_of(I, a);
        if (ta->inplace != NULL) {
            Value r = ta->inplace(I, a, b, op);
            if (r != I->notimpl) return r;
        }
        Value r = binop_impl(I, a, b, base);
        if (r != I->notimpl) return r;
        if (seq_fallback_error(I, a, b, base)) return VAL_NULL;
        return binop_error(I, a, b, inplace_symbols[base], false);
    }
    Value r = binop_impl(I, a, b, op);
    if (r != I->notimpl) return r;
    if (seq_fallback_error(I, a, b, op)) return VAL_NULL;
    return binop_error(I, a, b, binop_symbols[op], op == BINOP_POW);
}

Value obj_unary(Interp *I, Value a, UnaryOp op) {
    Type *t = type_of(I, a);
    if (t->unary != NULL) {
        // The slot returns VAL_NULL with no exception pending for "not supported"; any
        // value, NotImplemented included, is the result (CPython does not special-case it).
        Value r = t->unary(I, a, op);
        if (r != VAL_NULL || I->exc != VAL_NULL) return r;
    }
    switch (op) {
    case UN_NEG: return exc_raise(I, TY_TYPE_ERROR, "bad operand type for unary -: '%T'", a);
    case UN_POS: return exc_raise(I, TY_TYPE_ERROR, "bad operand type for unary +: '%T'", a);
    case UN_INVERT: return exc_raise(I, TY_TYPE_ERROR, "bad operand type for unary ~: '%T'", a);
    default: return exc_raise(I, TY_TYPE_ERROR, "bad operand type for abs(): '%T'", a);
    }
}

Value obj_index(Interp *I, Value v) {
    if (val_is_small(v) || int_check(I, v)) return v;
    Type *t = type_of(I, v);
    if (t->index == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", v);
    Value r = t->index(I, v);
    if (r == VAL_NULL) return VAL_NULL;
    if (!int_check(I, r))
        return exc_raise(I, TY_TYPE_ERROR, "__index__ returned non-int (type %T)", r);
    if (!val_is_small(r) && type_of(I, r) != interp_type(I, TY_INT)) {
        Value msg = str_from_format(I, "__index__ returned non-int (type %s).  The ability to "
                                       "return an instance of a strict subclass of int is "
                                       "deprecated, and may be removed in a future version "
                                       "of Python.", obj_type_name(I, r));
        if (msg == VAL_NULL || !exc_warn_str(I, TY_DEPRECATION_WARNING, msg)) return VAL_NULL;
        return int_exact(I, r);
    }
    return r;
}

bool obj_index_i64(Interp *I, Value v, int64_t *out) {
    if (val_is_small(v)) {
        *out = (int64_t)val_small(v);
        return true;
    }
    Value r = obj_index(I, v);
    if (r == VAL_NULL) return false;
    if (val_is_small(r)) {
        *out = (int64_t)val_small(r);
        return true;
    }
    if (int_to_i64(I, r, out)) return true;
    if (exc_pending_is(I, TY_OVERFLOW_ERROR)) {
        exc_clear(I);
        exc_raise(I, TY_OVERFLOW_ERROR, "cannot fit '%T' into an index-sized integer", v);
    }
    return false;
}

bool obj_index_item_i64(Interp *I, Value v, int64_t *out) {
    if (obj_index_i64(I, v, out)) return true;
    if (exc_pending_is(I, TY_OVERFLOW_ERROR)) {
        exc_clear(I);
        exc_raise(I, TY_INDEX_ERROR, "cannot fit '%T' into an index-sized integer", v);
    }
    return false;
}

bool seq_repeat_count(Interp *I, Value n, int64_t *out) {
    if (!val_is_small(n) && !int_check(I, n) && type_of(I, n)->index == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "can't multiply sequence by non-int of type '%T'", n);
        return false;
    }
    return obj_index_i64(I, n, out);
}
