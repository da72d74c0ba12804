/*
 * int_methods.c: the int and bool types: their slots, int() and bool() construction, the
 * methods (bit_length, to_bytes, from_bytes, __round__, ...) and attributes (real, imag,
 * numerator, denominator), and the True/False singletons.
 *
 * Invariant: True and False are the only bool instances (bool cannot be subclassed and
 * bool() returns one of them); operations other than & | ^ between two bools return int.
 */
#include "args.h"
#include "bytes.h"
#include "exc.h"
#include "float.h"
#include "int_impl.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

bool int_index_c_int(Interp *I, Value v, int64_t *out) {
    Value iv = obj_index(I, v);
    if (iv == VAL_NULL) return false;
    if (!int_to_i64(I, iv, out) || *out > INT32_MAX || *out < INT32_MIN) {
        exc_clear(I);
        exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

// ---- slots ----

static Value int_repr(Interp *I, Value self) { return int_to_str(I, self, 10); }

static bool int_hash_slot(Interp *I, Value self, int64_t *out) {
    *out = int_hash(I, self);
    return true;
}

static int int_truth(Interp *I, Value self) { return int_sign(I, self) != 0 ? 1 : 0; }

static Value int_unary(Interp *I, Value a, UnaryOp op) {
    switch (op) {
    case UN_NEG: return int_neg(I, a);
    case UN_POS: return int_exact(I, a);
    case UN_ABS: return int_abs(I, a);
    default: {
        Value n = int_neg(I, a);
        if (n == VAL_NULL) return VAL_NULL;
        return int_sub(I, n, val_from_small(1));
    }
    }
}

static Value int_index(Interp *I, Value self) { return int_exact(I, self); }

// ---- construction ----

static Value call_special(Interp *I, Value x, NameId id, bool *found) {
    ValView none = {NULL, 0};
    return obj_call_special(I, x, interp_name(I, id), none, found);
}

Value int_from_object(Interp *I, Value x) {
    if (val_is_small(x)) return x;
    Obj *o = obj_ptr(x);
    if (o != NULL && o->type == interp_type(I, TY_INT)) return x;
    if (o != NULL && o->type == interp_type(I, TY_FLOAT)) return int_from_double(I, float_value(x));
    // an exact str has no __int__, __index__ or __trunc__ (builtin types are immutable)
    if (o != NULL && o->type == interp_type(I, TY_STR)) return int_parse(I, str_view(x), 10, false, x);
    bool found = false;
    Value r = call_special(I, x, N___int__, &found);
    if (found) {
        if (r == VAL_NULL) return VAL_NULL;
        if (!int_check(I, r))
            return exc_raise(I, TY_TYPE_ERROR, "__int__ returned non-int (type %T)", r);
        if (!val_is_small(r) && obj_ptr(r)->type != interp_type(I, TY_INT)) {
            Value msg = str_from_format(I, "__int__ returned non-int (type %s).  The ability to "
                                           "return an instance of a strict subclass of int is "
                                           "deprecated, and may be removed in a future version "
                                           "of Python.", obj_type_name(I, r));
            if (msg == VAL_NULL || !exc_warn_str(I, TY_DEPRECATION_WARNING, msg)) return VAL_NULL;
        }
        return int_exact(I, r);
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    if (int_check(I, x)) return int_exact(I, x); // bool and int subclasses without __int__
    r = call_special(I, x, N___index__, &found);
    if (found) {
        if (r == VAL_NULL) return VAL_NULL;
        if (!int_check(I, r))
            return exc_raise(I, TY_TYPE_ERROR, "__index__ returned non-int (type %T)", r);
        return int_exact(I, r);
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    if (type_lookup(I, type_of(I, x), interp_name(I, N___trunc__)) != VAL_NULL &&
        !exc_warn(I, TY_DEPRECATION_WARNING, "The delegation of int() to __trunc__ is deprecated."))
        return VAL_NULL;
    r = call_special(I, x, N___trunc__, &found);
    if (found) {
        if (r == VAL_NULL) return VAL_NULL;
        if (int_check(I, r)) return int_exact(I, r);
        Value i = call_special(I, r, N___index__, &found);
        if (found) {
            if (i == VAL_NULL) return VAL_NULL;
            if (int_check(I, i)) return int_exact(I, i);
        }
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR, "__trunc__ returned non-Integral (type %T)", r);
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    if (str_check(x)) return int_parse(I, str_view(x), 10, false, x);
    if (bytes_check(x) || bytearray_check(x)) return int_parse(I, bytes_view(x), 10, true, bytes_check(x) ? x : VAL_NULL);
    // any other bytes-like object (memoryview, array.array): its bytes, as a bytes literal
    // in the error message
    BView buf;
    if (bytes_arg(I, x, NULL, &buf)) return int_parse(I, buf, 10, true, VAL_NULL);
    exc_clear(I);
    return exc_raise(I, TY_TYPE_ERROR,
                     "int() argument must be a string, a bytes-like object or a real number, "
                     "not '%T'",
                     x);
}

static Value int_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    size_t nkw = args_nkw(kwnames);
    size_t npos = args.n - nkw;
    Value x = VAL_NULL, base = VAL_NULL;
    if (args.n > 2)  // the count is checked before the keyword names, as in CPython
        return exc_raise(I, TY_TYPE_ERROR, "int() takes at most 2 arguments (%zu given)", args.n);
    if (npos >= 1) x = vview_get(args, 0);
    if (npos == 2) base = vview_get(args, 1);
    for (size_t i = 0; i < nkw; i++) {
        Value name = tuple_get(kwnames, i);
        if (str_eq_cstr(name, "base") && base == VAL_NULL) {
            base = vview_get(args, npos + i);
            continue;
        }
        if (str_eq_cstr(name, "base"))
            return exc_raise(I, TY_TYPE_ERROR,
                             "argument for int() given by name ('base') and position (2)");
        return exc_raise(I, TY_TYPE_ERROR, "'%U' is an invalid keyword argument for int()", name);
    }
    Value v;
    if (base == VAL_NULL) {
        v = x == VAL_NULL ? val_from_small(0) : int_from_object(I, x);
    } else {
        if (x == VAL_NULL) return exc_raise(I, TY_TYPE_ERROR, "int() missing string argument");
        Value b = obj_index(I, base);
        if (b == VAL_NULL) return VAL_NULL;
        int64_t bb = -1;
        if (int_bit_length(I, b) < 16 && !int_to_i64(I, b, &bb)) return VAL_NULL;
        if (bb != 0 && (bb < 2 || bb > 36))
            return exc_raise(I, TY_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
        if (str_check(x)) v = int_parse(I, str_view(x), (int)bb, false, x);
        else if (bytes_check(x) || bytearray_check(x))
            v = int_parse(I, bytes_view(x), (int)bb, true, bytes_check(x) ? x : VAL_NULL);
        else
            return exc_raise(I, TY_TYPE_ERROR, "int() can't convert non-string with explicit base");
    }
    if (v == VAL_NULL) return VAL_NULL;
    return int_new_of_type(I, t, v);
}

// ---- methods ----

static Value m_conjugate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "int.conjugate", 0, 0)) return VAL_NULL;
    return int_exact(I, self);
}

static Value m_bit_length(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "int.bit_length", 0, 0)) return VAL_NULL;
    return int_from_u64(I, int_bit_length(I, self));
}

static Value m_bit_count(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "int.bit_count", 0, 0)) return VAL_NULL;
    IntRef r;
    int_ref(self, &r);
    return int_from_u64(I, big_popcount(r.d, r.n));
}

static Value m_as_integer_ratio(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "int.as_integer_ratio", 0, 0)) return VAL_NULL;
    Value v = int_exact(I, self);
    if (v == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 2, v, val_from_small(1));
}

static Value m_exact(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "int.__trunc__", 0, 0)) return VAL_NULL;
    return int_exact(I, self);
}

static Value m_float(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "int.__float__", 0, 0)) return VAL_NULL;
    double d;
    if (!int_to_double(I, self, &d)) return VAL_NULL;
    return float_new(I, d);
}

static Value m_getnewargs(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "int.__getnewargs__", 0, 0)) return VAL_NULL;
    Value v = int_exact(I, self);
    if (v == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 1, v);
}

static Value m_divmod(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__divmod__", 1, 1)) return VAL_NULL;
    return int_divmod(I, self, vview_get(args, 0));
}

static Value m_rdivmod(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__rdivmod__", 1, 1)) return VAL_NULL;
    return int_divmod(I, vview_get(args, 0), self);
}

static Value m_round(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__round__", 0, 1)) return VAL_NULL;
    Value nd = vview_get(args, 0);
    if (nd == VAL_NULL) return int_exact(I, self); // None is not an index: TypeError below
    Value n = obj_index(I, nd);
    if (n == VAL_NULL) return VAL_NULL;
    if (int_sign(I, n) >= 0) return int_exact(I, self);
    Value mn = int_neg(I, n);
    if (mn == VAL_NULL) return VAL_NULL;
    // more digits requested away than self has: the result is 0
    uint64_t digits = int_bit_length(I, self) * 30103u / 100000u + 2u;
    int64_t k = 0;
    if (int_bit_length(I, mn) > 62 || !int_to_i64(I, mn, &k) || (uint64_t)k > digits)
        return val_from_small(0);
    Value p10 = int_pow(I, val_from_small(10), mn);
    if (p10 == VAL_NULL) return VAL_NULL;
    Value q, r;
    if (!int_divmod_parts(I, self, p10, &q, &r)) return VAL_NULL;
    Value r2 = int_add(I, r, r);
    if (r2 == VAL_NULL) return VAL_NULL;
    int c = int_compare(I, r2, p10);
    if (c > 0 || (c == 0 && int_is_odd(q))) {
        q = int_add(I, q, val_from_small(1));
        if (q == VAL_NULL) return VAL_NULL;
    }
    return int_mul(I, q, p10);
}

// byteorder argument: 1 big, 0 little, -1 error raised.
static int parse_byteorder(Interp *I, Value bo, const char *fname) {
    if (bo == VAL_NULL) return 1;
    if (!str_check(bo)) {
        exc_raise(I, TY_TYPE_ERROR, "%s() argument 'byteorder' must be str, not %T", fname, bo);
        return -1;
    }
    if (str_eq_cstr(bo, "big")) return 1;
    if (str_eq_cstr(bo, "little")) return 0;
    exc_raise(I, TY_VALUE_ERROR, "byteorder must be either 'little' or 'big'");
    return -1;
}

static Value m_to_bytes(Interp *I, Value self, ValView args, Value kwnames) {
    Value vlen = VAL_NULL, vbo = VAL_NULL, vsigned = VAL_NULL;
    if (!args_parse(I, args, kwnames, "to_bytes", "| length byteorder $ signed", &vlen, &vbo,
                    &vsigned))
        return VAL_NULL;
    int64_t len = 1;
    if (vlen != VAL_NULL && !args_ssize(I, vlen, &len)) return VAL_NULL;
    if (len < 0) return exc_raise(I, TY_VALUE_ERROR, "length argument must be non-negative");
    int big = parse_byteorder(I, vbo, "to_bytes");
    if (big < 0) return VAL_NULL;
    int is_signed = 0;
    if (vsigned != VAL_NULL) {
        is_signed = obj_truth(I, vsigned);
        if (is_signed < 0) return VAL_NULL;
    }
    IntRef r;
    int_ref(self, &r);
    if (r.neg && !is_signed)
        return exc_raise(I, TY_OVERFLOW_ERROR, "can't convert negative int to unsigned");
    // bits needed: unsigned |x|; signed x >= 0: bits(x) + 1; x < 0: bits(-x - 1) + 1
    uint64_t need = big_bit_length(r.d, r.n);
    if (is_signed) {
        if (r.neg) {
            Value ab = int_abs(I, self);
            if (ab == VAL_NULL) return VAL_NULL;
            Value m1 = int_sub(I, ab, val_from_small(1));
            if (m1 == VAL_NULL) return VAL_NULL;
            need = int_bit_length(I, m1);
        }
        need += 1;
    }
    if ((uint64_t)len < (need + 7) / 8) return exc_raise(I, TY_OVERFLOW_ERROR, "int too big to convert");
    if (len == 0) return bytes_new(I, (BView){NULL, 0});
    size_t n = (size_t)len;
    uint8_t *out = heap_alloc(I->heap, n, HEAP_RAW);
    if (out == NULL) return exc_nomem(I);
    if (!r.neg) {
        if (!int_status(I, big_to_bytes(r.d, r.n, out, n, big == 1))) return VAL_NULL;
    } else {
        size_t nl = n / 4 + 2;
        uint32_t *tc = int_limbs(I, nl);
        if (tc == NULL) return VAL_NULL;
        if (!int_status(I, big_copy(tc, nl, r.d, r.n))) return VAL_NULL;
        big_negate_twos(tc, nl);
        // Only the low n bytes are wanted: a status saying the value did not fit is expected.
        KStatus trunc = big_to_bytes(tc, nl, out, n, big == 1);
        (void)trunc;
    }
    return bytes_new(I, (BView){out, n});
}

static Value m_from_bytes(Interp *I, Value cls, ValView args, Value kwnames) {
    Value vb = VAL_NULL, vbo = VAL_NULL, vsigned = VAL_NULL;
    if (!args_parse(I, args, kwnames, "from_bytes", "bytes | byteorder $ signed", &vb, &vbo,
                    &vsigned))
        return VAL_NULL;
    int big = parse_byteorder(I, vbo, "from_bytes");
    if (big < 0) return VAL_NULL;
    int is_signed = 0;
    if (vsigned != VAL_NULL) {
        is_signed = obj_truth(I, vsigned);
        if (is_signed < 0) return VAL_NULL;
    }
    if (!bytes_check(vb) && !bytearray_check(vb)) {
        // As CPython's PyObject_Bytes: bytes(x) without its __index__ step (bytes(n) would
        // make n zero bytes), so an int or any object with __index__ but no __bytes__ is refused.
        Type *vt = type_of(I, vb);
        if (str_check(vb) || (type_lookup(I, vt, interp_name(I, N___bytes__)) == VAL_NULL &&
                              type_lookup(I, vt, interp_name(I, N___index__)) != VAL_NULL))
            return exc_raise(I, TY_TYPE_ERROR, "cannot convert '%T' object to bytes", vb);
        vb = obj_call1(I, obj_val(interp_type(I, TY_BYTES)), vb);
        if (vb == VAL_NULL) return VAL_NULL;
    }
    BView bv = bytes_view(vb);
    Value v = int_from_bytes_mag(I, bv, big == 1, false);
    if (v == VAL_NULL) return VAL_NULL;
    int top = bv.n > 0 ? bview_get(bv, big == 1 ? 0 : bv.n - 1) : 0;
    if (is_signed && (top & 0x80) != 0) {
        Value p = int_shift(I, val_from_small(1), int_from_u64(I, (uint64_t)bv.n * 8), true);
        if (p == VAL_NULL) return VAL_NULL;
        v = int_sub(I, v, p);
        if (v == VAL_NULL) return VAL_NULL;
    }
    if (cls == obj_val(interp_type(I, TY_INT))) return v;
    return obj_call1(I, cls, v);
}

static const MethodDef int_methods[] = {
    {"conjugate", m_conjugate, 0, "Returns self, the complex conjugate of any int."},
    {"bit_length", m_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, 0, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", m_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", m_from_bytes, METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", m_as_integer_ratio, 0, "Return integer ratio."},
    {"__trunc__", m_exact, 0, "Truncating an Integral returns itself."},
    {"__floor__", m_exact, 0, "Flooring an Integral returns itself."},
    {"__ceil__", m_exact, 0, "Ceiling of an Integral returns itself."},
    {"__int__", m_exact, 0, "int(self)"},
    {"__float__", m_float, 0, "float(self)"},
    {"__round__", m_round, 0, "Rounding an Integral returns itself."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__divmod__", m_divmod, 0, "Return divmod(self, value)."},
    {"__rdivmod__", m_rdivmod, 0, "Return divmod(value, self)."},
    {NULL, NULL, 0, NULL},
};

static Value get_self(Interp *I, Value self) { return int_exact(I, self); }
static Value get_zero(Interp *I, Value self) {
    (void)I;
    (void)self;
    return val_from_small(0);
}
static Value get_one(Interp *I, Value self) {
    (void)I;
    (void)self;
    return val_from_small(1);
}

static const GetSetDef int_getsets[] = {
    {"real", get_self, NULL},
    {"imag", get_zero, NULL},
    {"numerator", get_self, NULL},
    {"denominator", get_one, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec int_spec = {
    .name = "int",
    .inst_kind = K_INT,
    .inst_size = sizeof(IntObject),
    .tflags = TF_BASETYPE | TF_INT_SUB,
    .base = TY_OBJECT,
    .repr = int_repr,
    .str = int_repr,
    .hash = int_hash_slot,
    .richcmp = int_richcmp,
    .truth = int_truth,
    .binop = int_binop,
    .unary = int_unary,
    .index = int_index,
    .new_ = int_new_slot,
    .format = int_format,
    .methods = int_methods,
    .getsets = int_getsets,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an "
           "integer, or return 0 if no arguments\nare given.",
};

// ---- bool ----

Value bool_new_singleton(Interp *I, bool v) {
    IntObject *o = obj_alloc(I, interp_type(I, TY_BOOL), sizeof(IntObject));
    if (o == NULL) return VAL_NULL;
    uint32_t *d = int_limbs(I, 1);
    if (d == NULL) return VAL_NULL;
    if (v) (void)big_set_limb(d, 1, 0, 1);
    o->neg = false;
    o->n = v ? 1 : 0;
    o->limbs = d;
    return obj_val(o);
}

static Value bool_repr(Interp *I, Value self) {
    return str_from_cstr(I, self == I->true_ ? "True" : "False");
}

static Value bool_binop(Interp *I, Value a, Value b, BinOp op) {
    int base = (int)op >= (int)BINOP_INPLACE ? (int)op - (int)BINOP_INPLACE : (int)op;
    bool ab = a == I->true_ || a == I->false_, bb = b == I->true_ || b == I->false_;
    if (ab && bb) {
        bool x = a == I->true_, y = b == I->true_;
        if (base == BINOP_AND) return interp_bool(I, x && y);
        if (base == BINOP_OR) return interp_bool(I, x || y);
        if (base == BINOP_XOR) return interp_bool(I, x != y);
    }
    return int_binop(I, a, b, op);
}

static Value bool_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)t;
    if (!args_count(I, args, kwnames, "bool", 0, 1)) return VAL_NULL;
    if (args.n == 0) return I->false_;
    int r = obj_truth(I, vview_get(args, 0));
    if (r < 0) return VAL_NULL;
    return interp_bool(I, r != 0);
}

const TypeSpec bool_spec = {
    .name = "bool",
    .inst_kind = K_INT,
    .inst_size = sizeof(IntObject),
    .tflags = TF_INT_SUB,
    .base = TY_INT,
    .repr = bool_repr,
    .str = bool_repr,
    .binop = bool_binop,
    .new_ = bool_new_slot,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe "
           "builtins True and False are the only two instances of the class bool.\nThe class "
           "bool is a subclass of the class int, and cannot be subclassed.",
};
