/*
 * float.c: the float type: boxing, float() parsing, hashing (CPython's algorithm, equal to
 * int hashes for integral values), exact comparison with ints, arithmetic with CPython's
 * special cases and messages, and the methods (is_integer, as_integer_ratio, hex,
 * fromhex, __round__ ...). Text output lives in float_format.c.
 *
 * Invariant: a FloatObject's value never changes after creation.
 */
#include <math.h>

#include "../kernel/dtoa.h"
#include "../kernel/unicode.h"
#include "../kernel/utf8.h"
#include "args.h"
#include "bytes.h"
#include "complex.h"
#include "exc.h"
#include "float.h"
#include "float_exact.h"
#include "int_impl.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

Value float_new_of_type(Interp *I, Type *t, double d) {
    FloatObject *o = obj_alloc(I, t, sizeof(FloatObject));
    if (o == NULL) return VAL_NULL;
    o->v = d;
    return obj_val(o);
}

Value float_new(Interp *I, double d) { return float_new_of_type(I, interp_type(I, TY_FLOAT), d); }

bool float_check(Value v) { return float_cast(v) != NULL; }

double float_value(Value v) {
    FloatObject *o = float_cast(v);
    return o == NULL ? 0.0 : o->v;
}

#define HASH_BITS 61
#define HASH_MOD ((UINT64_C(1) << HASH_BITS) - 1)

int64_t float_hash(double v) {
    if (isinf(v)) return v > 0 ? 314159 : -314159;
    if (isnan(v)) return 0; // the float hash slot hashes nan objects by identity
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    // x accumulates m * 2**(28k) modulo 2**61 - 1, 28 bits at a time
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) x -= HASH_MOD;
    }
    // multiply by 2**e: a rotation, since 2**61 == 1 modulo 2**61 - 1
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    if (e != 0) x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static Value call_special0(Interp *I, Value x, NameId id, bool *found) {
    ValView none = {NULL, 0};
    return obj_call_special(I, x, interp_name(I, id), none, found);
}

// __float__ then __index__: 1 converted, 0 neither exists, -1 error.
static int convert_special(Interp *I, Value v, double *out) {
    bool found = false;
    Value r = call_special0(I, v, N___float__, &found);
    if (found) {
        if (r == VAL_NULL) return -1;
        if (!float_check(r)) {
            exc_raise(I, TY_TYPE_ERROR, "%T.__float__ returned non-float (type %T)", v, r);
            return -1;
        }
        if (obj_ptr(r)->type != interp_type(I, TY_FLOAT)) {
            Value msg = str_from_format(I, "%s.__float__ returned non-float (type %s).  The "
                                           "ability to return an instance of a strict subclass "
                                           "of float is deprecated, and may be removed in a "
                                           "future version of Python.",
                                        obj_type_name(I, v), obj_type_name(I, r));
            if (msg == VAL_NULL || !exc_warn_str(I, TY_DEPRECATION_WARNING, msg)) return -1;
        }
        *out = float_value(r);
        return 1;
    }
    if (I->exc != VAL_NULL) return -1;
    r = call_special0(I, v, N___index__, &found);
    if (found) {
        if (r == VAL_NULL) return -1;
        if (!int_check(I, r)) {
            exc_raise(I, TY_TYPE_ERROR, "__index__ returned non-int (type %T)", r);
            return -1;
        }
        return int_to_double(I, r, out) ? 1 : -1;
    }
    return I->exc != VAL_NULL ? -1 : 0;
}

bool float_as_double(Interp *I, Value v, double *out) {
    FloatObject *f = float_cast(v);
    if (f != NULL) {
        *out = f->v;
        return true;
    }
    if (int_check(I, v)) return int_to_double(I, v, out);
    int r = convert_special(I, v, out);
    if (r > 0) return true;
    if (r == 0) exc_raise(I, TY_TYPE_ERROR, "must be real number, not %T", v);
    return false;
}

// ---- parsing ----

static bool is_space_cp(uint32_t cp, bool is_bytes) {
    if (is_bytes) return cp == ' ' || (cp >= '\t' && cp <= '\r');
    return unicode_is_space(cp);
}

static Value cannot_convert(Interp *I, BView text, bool is_bytes, Value orig) {
    if (orig == VAL_NULL) {
        orig = is_bytes ? bytes_new(I, text) : str_new(I, text);
        if (orig == VAL_NULL) return VAL_NULL;
    }
    return exc_raise(I, TY_VALUE_ERROR, "could not convert string to float: %R", orig);
}

// Decimal value of code point [cp] (ASCII or Unicode decimal digit), -1 otherwise.
static int dec_value(uint32_t cp, bool is_bytes) {
    if (cp >= '0' && cp <= '9') return (int)(cp - '0');
    if (is_bytes || cp < 0x80) return -1;
    return unicode_decimal_value(cp);
}

static bool eq_nocase(BView v, const char *word) {
    BView w = bview_cstr(word);
    if (v.n != w.n) return false;
    for (size_t i = 0; i < v.n; i++) {
        int c = bview_get(v, i);
        if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
        if (c != bview_get(w, i)) return false;
    }
    return true;
}

// inf, infinity, nan with an optional sign, in any case: true with the value in *out.
static bool special_float(BView t, double *out) {
    size_t s0 = 0;
    bool neg = false;
    if (bview_get(t, 0) == '+' || bview_get(t, 0) == '-') {
        neg = bview_get(t, 0) == '-';
        s0 = 1;
    }
    BView word = bview_slice(t, s0, t.n);
    if (eq_nocase(word, "inf") || eq_nocase(word, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (eq_nocase(word, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    return false;
}

// Appends decimal digit [c] to [m] unless it is a leading zero; false when the digits no
// longer fit the fast path (19 significant digits always fit a uint64_t).
static bool add_digit(uint64_t *m, int *ndig, int c) {
    if (*m == 0 && c == '0') return true;
    if (*ndig >= 19) return false;
    *m = *m * 10 + (uint64_t)(c - '0');
    (*ndig)++;
    return true;
}

/*
 * The value of [t] when it is plain ASCII text [+-]digits[.digits][(e|E)[+-]digits] (what
 * JSON, CSV and repr() produce) whose significant digits are below 2^53 and whose decimal
 * exponent is within +-22: the digits and the power of ten are then exact doubles and one
 * IEEE multiplication or division rounds the exact value once, to nearest even, which is
 * the correctly rounded result dtoa_parse gives (Clinger's fast path). False, *out
 * untouched, for anything else (spaces, underscores, non-ASCII digits, inf/nan, more
 * digits or a bigger exponent, malformed text): the caller takes the general path.
 */
static bool parse_simple(BView t, double *out) {
    size_t i = 0, n = t.n;
    int c = bview_get(t, 0);
    bool neg = c == '-';
    if (c == '+' || c == '-') i = 1;
    uint64_t m = 0;
    int ndig = 0;
    int64_t exp10 = 0;
    bool any = false;
    for (; i < n; i++) {
        c = bview_get(t, i);
        if (c < '0' || c > '9') break;
        any = true;
        if (!add_digit(&m, &ndig, c)) return false;
    }
    if (bview_get(t, i) == '.') {
        for (i++; i < n; i++) {
            c = bview_get(t, i);
            if (c < '0' || c > '9') break;
            any = true;
            exp10--;
            if (!add_digit(&m, &ndig, c)) return false;
        }
    }
    if (!any) return false;
    c = bview_get(t, i);
    if (c == 'e' || c == 'E') {
        i++;
        c = bview_get(t, i);
        bool eneg = c == '-';
        if (c == '+' || c == '-') i++;
        int64_t e = 0;
        bool edig = false;
        for (; i < n; i++) {
            c = bview_get(t, i);
            if (c < '0' || c > '9') break;
            edig = true;
            if (e < 100000) e = e * 10 + (c - '0');
        }
        if (!edig) return false;
        exp10 += eneg ? -e : e;
    }
    if (i != n) return false;
    if (m > ((uint64_t)1 << 53)) {
        // 16 to 19 digits (computed floats' repr): exact 128-bit rounding when in range
        if (exp10 >= 0 || exp10 < -21 || !float_exact_parse(m, (int)-exp10, out)) return false;
        if (neg) *out = -*out;
        return true;
    }
    double v = (double)m;
    if (m != 0) {
        if (exp10 < -22 || exp10 > 22) return false;
        if (exp10 >= 0) v *= float_exact_pow10[exp10];
        else v /= float_exact_pow10[-exp10];
    }
    *out = neg ? -v : v;
    return true;
}

static Value parse_float(Interp *I, BView text, bool is_bytes, Value orig, double *out) {
    if (parse_simple(text, out)) return I->none;
    size_t pos = 0, end = text.n, len = 0;
    while (pos < end) {
        uint32_t cp = is_bytes ? (uint32_t)bview_get(text, pos) : utf8_get(text, pos, &len);
        if (is_bytes) len = 1;
        if (!is_space_cp(cp, is_bytes)) break;
        pos += len;
    }
    while (end > pos) {
        size_t prev = is_bytes ? end - 1 : utf8_prev(text, end);
        uint32_t cp = is_bytes ? (uint32_t)bview_get(text, prev) : utf8_get(text, prev, &len);
        if (!is_space_cp(cp, is_bytes)) break;
        end = prev;
    }
    BView t = bview_slice(text, pos, end);
    if (special_float(t, out)) return I->none;
    // clean ASCII copy: Unicode digits mapped, underscores (between digits only) dropped
    Buf clean;
    buf_init(&clean);
    bool prev_digit = false;
    size_t i = 0;
    while (i < t.n) {
        uint32_t cp;
        if (is_bytes) {
            cp = (uint32_t)bview_get(t, i);
            len = 1;
        } else {
            cp = utf8_get(t, i, &len);
        }
        i += len;
        int dv = dec_value(cp, is_bytes);
        if (dv >= 0) {
            if (buf_push(I->heap, &clean, (uint8_t)('0' + dv)) != K_OK) return exc_nomem(I);
            prev_digit = true;
            continue;
        }
        if (cp == '_') {
            size_t nl = 0;
            uint32_t next = i < t.n ? (is_bytes ? (uint32_t)bview_get(t, i) : utf8_get(t, i, &nl)) : 0;
            if (!prev_digit || i >= t.n || dec_value(next, is_bytes) < 0)
                return cannot_convert(I, text, is_bytes, orig);
            prev_digit = false;
            continue;
        }
        if (cp == '+' || cp == '-' || cp == '.' || cp == 'e' || cp == 'E') {
            if (buf_push(I->heap, &clean, (uint8_t)cp) != K_OK) return exc_nomem(I);
            prev_digit = false;
            continue;
        }
        return cannot_convert(I, text, is_bytes, orig);
    }
    KStatus s = dtoa_parse(I->heap, clean.data, clean.len, out);
    if (s == K_NOMEM) return exc_nomem(I);
    if (s != K_OK) return cannot_convert(I, text, is_bytes, orig);
    return I->none;
}

bool float_parse_c_text(Interp *I, BView text, double *out) {
    int64_t nul = bview_find_byte(text, 0, 0);
    BView t = nul >= 0 ? bview_slice(text, 0, (size_t)nul) : text;
    if (special_float(t, out)) return true;
    KStatus s = dtoa_parse(I->heap, t.p, t.n, out);
    if (s == K_OK) return true;
    if (s == K_NOMEM) return exc_nomem(I), false;
    // the text as C's %.200s shows it (UTF-8, undecodable bytes replaced)
    Value enc = str_from_cstr(I, "utf-8"), errs = str_from_cstr(I, "replace");
    Value shown = enc == VAL_NULL || errs == VAL_NULL ? VAL_NULL
                : str_decode(I, bview_slice(t, 0, 200), enc, errs);
    if (shown == VAL_NULL) return false;
    exc_raise(I, TY_VALUE_ERROR, "could not convert string to float: '%U'", shown);
    return false;
}

Value float_from_text(Interp *I, BView text) {
    double d = 0;
    if (parse_float(I, text, false, VAL_NULL, &d) == VAL_NULL) return VAL_NULL;
    return float_new(I, d);
}

// ---- comparison ----

int float_compare_int_double(Interp *I, Value i, double d) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    if (val_is_small(i)) {
        int64_t x = (int64_t)val_small(i);
        if (x >= -(INT64_C(1) << 53) && x <= (INT64_C(1) << 53)) {
            double xd = (double)x; // exact
            return xd < d ? -1 : xd > d ? 1 : 0;
        }
    }
    int si = int_sign(I, i);
    int sd = d < 0 ? -1 : d > 0 ? 1 : 0;
    if (si != sd) return si < sd ? -1 : 1;
    if (si == 0) return 0;
    IntRef r;
    int_ref(i, &r);
    double t = trunc(d);
    double frac = d - t;
    size_t cap = big_limbs_for_double(t);
    uint32_t *td = big_alloc(I->heap, cap);
    size_t tn = 0;
    if (td == NULL || big_from_double(td, cap, t, &tn) != K_OK) {
        // cannot happen for finite d short of memory; fall back to a rounded comparison
        double x = 0;
        if (big_to_double(r.d, r.n, &x) != K_OK) x = HUGE_VAL;
        if (r.neg) x = -x;
        return x < d ? -1 : x > d ? 1 : 0;
    }
    int c = big_cmp(r.d, r.n, td, tn); // |i| vs |trunc(d)|
    if (c == 0 && frac != 0) c = -1;  // |i| < |d|
    return si < 0 ? -c : c;
}

static bool cmp_result(int c, CmpOp op) {
    return c == 2 ? op == CMP_NE : cmp_holds(c, op); // (2: a nan)
}

static CmpOp swap_op(CmpOp op) {
    switch (op) {
    case CMP_LT: return CMP_GT;
    case CMP_LE: return CMP_GE;
    case CMP_GT: return CMP_LT;
    case CMP_GE: return CMP_LE;
    default: return op;
    }
}

static Value float_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    FloatObject *fa = float_cast(a), *fb = float_cast(b);
    if (fa == NULL) {
        if (fb == NULL) return I->notimpl;
        // int OP float, reached through reflection
        if (!int_check(I, a)) return I->notimpl;
        return interp_bool(I, cmp_result(float_compare_int_double(I, a, fb->v), op));
    }
    double x = fa->v;
    if (fb != NULL) {
        double y = fb->v;
        int c = (isnan(x) || isnan(y)) ? 2 : x < y ? -1 : x > y ? 1 : 0;
        return interp_bool(I, cmp_result(c, op));
    }
    if (!int_check(I, b)) return I->notimpl;
    int c = float_compare_int_double(I, b, x);
    return interp_bool(I, cmp_result(c, swap_op(op)));
}

// ---- arithmetic ----

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

static Value float_pow(Interp *I, double iv, double iw) {
    if (iw == 0) return float_new(I, 1.0);
    if (isnan(iv)) return float_new(I, iv == 1.0 ? 1.0 : iv);
    if (isnan(iw)) return float_new(I, iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return float_new(I, 1.0);
        if ((iw > 0) == (iv > 1.0)) return float_new(I, fabs(iw));
        return float_new(I, 0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0) return float_new(I, odd ? iv : fabs(iv));
        return float_new(I, odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0)
            return exc_raise(I, TY_ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
        return float_new(I, odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) return complex_pow_values(I, iv, 0.0, iw, 0.0);
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return float_new(I, negate ? -1.0 : 1.0);
    double r = pow(iv, iw);
    if (isinf(r))
        return exc_raise(I, TY_OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
    return float_new(I, negate ? -r : r);
}

// CPython's float_divmod: floor quotient and modulo with the sign of the divisor.
static void divmod_d(double vx, double wx, double *pdiv, double *pmod) {
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double floordiv;
    if (div != 0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, vx / wx);
    }
    *pdiv = floordiv;
    *pmod = mod;
}

Value float_binop_double(Interp *I, double a, double b, BinOp op) {
    switch (op) {
    case BINOP_ADD: return float_new(I, a + b);
    case BINOP_SUB: return float_new(I, a - b);
    case BINOP_MUL: return float_new(I, a * b);
    case BINOP_TRUEDIV:
        if (b == 0) return exc_raise(I, TY_ZERO_DIVISION_ERROR, "float division by zero");
        return float_new(I, a / b);
    case BINOP_FLOORDIV: {
        if (b == 0) return exc_raise(I, TY_ZERO_DIVISION_ERROR, "float floor division by zero");
        double d, m;
        divmod_d(a, b, &d, &m);
        return float_new(I, d);
    }
    case BINOP_MOD: {
        if (b == 0) return exc_raise(I, TY_ZERO_DIVISION_ERROR, "float modulo");
        double mod = fmod(a, b);
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) mod += b;
        } else {
            mod = copysign(0.0, b);
        }
        return float_new(I, mod);
    }
    case BINOP_POW: return float_pow(I, a, b);
    default: return I->notimpl;
    }
}

// Both operands as doubles: 1 done, 0 not real numbers (NotImplemented), -1 error.
static int both_doubles(Interp *I, Value a, Value b, double *x, double *y) {
    FloatObject *fa = float_cast(a), *fb = float_cast(b);
    if ((fa == NULL && !int_check(I, a)) || (fb == NULL && !int_check(I, b))) return 0;
    if (fa == NULL && fb == NULL) return 0; // int op int is int's business
    if (fa != NULL) *x = fa->v;
    else if (!int_to_double(I, a, x)) return -1;
    if (fb != NULL) *y = fb->v;
    else if (!int_to_double(I, b, y)) return -1;
    return 1;
}

static Value float_binop(Interp *I, Value a, Value b, BinOp op) {
    if ((int)op >= (int)BINOP_INPLACE) op = (BinOp)((int)op - (int)BINOP_INPLACE);
    switch (op) {
    case BINOP_ADD: case BINOP_SUB: case BINOP_MUL: case BINOP_TRUEDIV:
    case BINOP_FLOORDIV: case BINOP_MOD: case BINOP_POW: break;
    default: return I->notimpl;
    }
    double x = 0, y = 0;
    int r = both_doubles(I, a, b, &x, &y);
    if (r <= 0) return r < 0 ? VAL_NULL : I->notimpl;
    return float_binop_double(I, x, y, op);
}

Value float_divmod(Interp *I, Value a, Value b) {
    double x = 0, y = 0;
    int r = both_doubles(I, a, b, &x, &y);
    if (r <= 0) return r < 0 ? VAL_NULL : I->notimpl;
    if (y == 0) return exc_raise(I, TY_ZERO_DIVISION_ERROR, "float divmod()");
    double d, m;
    divmod_d(x, y, &d, &m);
    Value vd = float_new(I, d);
    if (vd == VAL_NULL) return VAL_NULL;
    Value vm = float_new(I, m);
    if (vm == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 2, vd, vm);
}

static Value float_unary(Interp *I, Value a, UnaryOp op) {
    double x = float_value(a);
    switch (op) {
    case UN_NEG: return float_new(I, -x);
    case UN_POS: return float_new(I, x);
    case UN_ABS: return float_new(I, fabs(x));
    default: return exc_raise(I, TY_TYPE_ERROR, "bad operand type for unary ~: '%T'", a);
    }
}

static Value float_repr_slot(Interp *I, Value self) { return float_repr(I, float_value(self)); }

static bool float_hash_slot(Interp *I, Value self, int64_t *out) {
    (void)I;
    double d = float_value(self);
    // nan hashes by identity, as in CPython 3.10+ (objects never move here)
    *out = isnan(d) ? (int64_t)(self >> 4) : float_hash(d);
    return true;
}

static int float_truth(Interp *I, Value self) {
    (void)I;
    return float_value(self) != 0.0 ? 1 : 0;
}

static Value float_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    // As CPython, a subclass with its own __init__ may take keywords (they go to __init__).
    if (args_nkw(kwnames) > 0 && t->init != interp_type(I, TY_FLOAT)->init) {
        args = vview_slice(args, 0, args.n - args_nkw(kwnames));
        kwnames = VAL_NULL;
    }
    if (!args_count(I, args, kwnames, "float", 0, 1)) return VAL_NULL;
    double d = 0.0;
    Value x = vview_get(args, 0);
    if (x != VAL_NULL) {
        FloatObject *f = float_cast(x);
        if (f != NULL && f->h.type == interp_type(I, TY_FLOAT) && t == f->h.type) return x;
        int special = 0;
        // a str or bytes subclass's own __float__ comes first, as CPython's PyNumber_Float
        if ((type_of(I, x)->tflags & TF_HEAP) != 0 && (str_check(x) || bytes_check(x) || bytearray_check(x)))
            special = convert_special(I, x, &d);
        if (special < 0) return VAL_NULL;
        if (special > 0) {
            // d holds what __float__ returned
        } else if (str_check(x)) {
            if (parse_float(I, str_view(x), false, x, &d) == VAL_NULL) return VAL_NULL;
        } else if (bytes_check(x) || bytearray_check(x)) {
            if (parse_float(I, bytes_view(x), true, x, &d) == VAL_NULL) return VAL_NULL;
        } else if (f != NULL && f->h.type == interp_type(I, TY_FLOAT)) {
            d = f->v;
        } else if (val_is_small(x)) {
            d = (double)val_small(x);
        } else {
            int r = convert_special(I, x, &d);
            if (r < 0) return VAL_NULL;
            if (r == 0 && int_check(I, x)) {
                if (!int_to_double(I, x, &d)) return VAL_NULL;
                r = 1;
            }
            BView buf;
            if (r == 0 && bytes_arg(I, x, NULL, &buf)) {
                // any other bytes-like object (memoryview, array.array)
                if (parse_float(I, buf, true, x, &d) == VAL_NULL) return VAL_NULL;
                r = 1;
            }
            if (r == 0) {
                exc_clear(I);
                return exc_raise(I, TY_TYPE_ERROR,
                                 "float() argument must be a string or a real number, not '%T'", x);
            }
        }
    }
    return float_new_of_type(I, t, d);
}

static Value float_format_slot(Interp *I, Value self, Value spec) {
    if (str_view(spec).n == 0) return obj_str(I, self);
    FormatSpec fs;
    const char *tname = obj_type_name(I, self);
    if (!fmtspec_parse_as(I, spec, tname, 0, '>', &fs)) return VAL_NULL;
    switch (fs.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return float_format_double(I, float_value(self), &fs);
    default:
        fmtspec_unknown_code(I, fs.type, tname);
        return VAL_NULL;
    }
}

// ---- methods ----

static Value m_conjugate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "float.conjugate", 0, 0)) return VAL_NULL;
    return float_new(I, float_value(self));
}

static Value m_is_integer(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "float.is_integer", 0, 0)) return VAL_NULL;
    double x = float_value(self);
    return interp_bool(I, isfinite(x) && floor(x) == x);
}

static Value m_as_integer_ratio(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "float.as_integer_ratio", 0, 0)) return VAL_NULL;
    double x = float_value(self);
    if (isinf(x)) return exc_raise(I, TY_OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return exc_raise(I, TY_VALUE_ERROR, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = int_from_double(I, m);
    if (num == VAL_NULL) return VAL_NULL;
    Value den = val_from_small(1);
    Value sh = val_from_small(e < 0 ? -e : e);
    if (e > 0) num = int_shift(I, num, sh, true);
    else if (e < 0) den = int_shift(I, den, sh, true);
    if (num == VAL_NULL || den == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 2, num, den);
}

static Value to_int(Interp *I, double x) { return int_from_double(I, x); }

static Value m_trunc(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "float.__trunc__", 0, 0)) return VAL_NULL;
    return to_int(I, float_value(self));
}

static Value m_floor(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "float.__floor__", 0, 0)) return VAL_NULL;
    return to_int(I, floor(float_value(self)));
}

static Value m_ceil(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "float.__ceil__", 0, 0)) return VAL_NULL;
    return to_int(I, ceil(float_value(self)));
}

static Value m_float(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "float.__float__", 0, 0)) return VAL_NULL;
    if (type_of(I, self) == interp_type(I, TY_FLOAT)) return self;
    return float_new(I, float_value(self));
}

static Value m_getnewargs(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "float.__getnewargs__", 0, 0)) return VAL_NULL;
    Value f = float_new(I, float_value(self));
    if (f == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 1, f);
}

static Value m_divmod(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__divmod__", 1, 1)) return VAL_NULL;
    return float_divmod(I, self, vview_get(args, 0));
}

static Value m_rdivmod(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__rdivmod__", 1, 1)) return VAL_NULL;
    return float_divmod(I, vview_get(args, 0), self);
}

// round(x, nd) as CPython's double_round: correctly rounded (half even on the exact
// binary value) to nd decimal places, then read back.
static Value round_digits(Interp *I, double x, int64_t nd) {
    if (!isfinite(x) || x == 0.0) return float_new(I, x);
    if (nd > 323) return float_new(I, x);
    if (nd < -308) return float_new(I, 0.0 * x);
    bool neg = x < 0;
    double ax = fabs(x);
    uint8_t *buf;
    size_t n = 0;
    int decpt = 0;
    if (nd >= 0) {
        size_t cap = dtoa_digits_cap(ax, 'f', nd);
        buf = heap_alloc(I->heap, cap, HEAP_RAW);
        if (buf == NULL) return exc_nomem(I);
        if (dtoa_digits(I->heap, ax, 'f', nd, buf, cap, &n, &decpt) != K_OK) return exc_nomem(I);
    } else {
        // exact digits (every double has at most 767 significant ones), rounded here
        size_t cap = dtoa_digits_cap(ax, 'e', 800);
        buf = heap_alloc(I->heap, cap, HEAP_RAW);
        if (buf == NULL) return exc_nomem(I);
        if (dtoa_digits(I->heap, ax, 'e', 800, buf, cap, &n, &decpt) != K_OK) return exc_nomem(I);
        BView d = {buf, n};
        int64_t keep = (int64_t)decpt + nd; // digits before the rounding position
        if (keep < 0) {
            n = 0;
        } else if ((uint64_t)keep < n) {
            int c = bview_get(d, (size_t)keep);
            bool rest = false;
            for (size_t i = (size_t)keep + 1; i < n; i++) rest = rest || bview_get(d, i) != '0';
            int prev = keep > 0 ? bview_get(d, (size_t)keep - 1) : '0';
            bool up = c > '5' || (c == '5' && (rest || ((prev - '0') & 1) != 0));
            // rebuild the kept digits (plus a carry) as text "D e (decpt-keep)"
            Buf t;
            buf_init(&t);
            if (buf_push(I->heap, &t, '0') != K_OK) return exc_nomem(I);
            for (size_t i = 0; i < (size_t)keep; i++)
                if (buf_push(I->heap, &t, (uint8_t)bview_get(d, i)) != K_OK) return exc_nomem(I);
            if (up) {
                size_t i = t.len;
                while (i > 0) {
                    i--;
                    int dc = buf_get(&t, i);
                    if (dc == '9') {
                        (void)buf_set(&t, i, '0');
                        continue;
                    }
                    (void)buf_set(&t, i, (uint8_t)(dc + 1));
                    break;
                }
            }
            if (buf_append_cstr(I->heap, &t, "e") != K_OK ||
                buf_append_i64(I->heap, &t, (int64_t)decpt - keep) != K_OK)
                return exc_nomem(I);
            double r = 0;
            if (dtoa_parse(I->heap, t.data, t.len, &r) != K_OK) return exc_nomem(I);
            if (isinf(r))
                return exc_raise(I, TY_OVERFLOW_ERROR, "rounded value too large to represent");
            return float_new(I, neg ? -r : r);
        }
    }
    if (n == 0) return float_new(I, neg ? -0.0 : 0.0);
    // digits D with value 0.D * 10**decpt
    Buf t;
    buf_init(&t);
    if (buf_append(I->heap, &t, (BView){buf, n}) != K_OK ||
        buf_append_cstr(I->heap, &t, "e") != K_OK ||
        buf_append_i64(I->heap, &t, (int64_t)decpt - (int64_t)n) != K_OK)
        return exc_nomem(I);
    double r = 0;
    if (dtoa_parse(I->heap, t.data, t.len, &r) != K_OK) return exc_nomem(I);
    if (isinf(r)) return exc_raise(I, TY_OVERFLOW_ERROR, "rounded value too large to represent");
    return float_new(I, neg ? -r : r);
}

static Value m_round(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__round__", 0, 1)) return VAL_NULL;
    double x = float_value(self);
    Value nd = vview_get(args, 0);
    if (nd == VAL_NULL || nd == I->none) {
        double r = round(x);
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
        return int_from_double(I, r);
    }
    Value n = obj_index(I, nd);
    if (n == VAL_NULL) return VAL_NULL;
    int64_t k;
    if (int_bit_length(I, n) > 40) k = int_sign(I, n) < 0 ? -100000 : 100000;
    else if (!int_to_i64(I, n, &k)) return VAL_NULL;
    return round_digits(I, x, k);
}

static Value m_hex(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "float.hex", 0, 0)) return VAL_NULL;
    double x = float_value(self);
    if (isnan(x)) return str_from_cstr(I, "nan");
    if (isinf(x)) return str_from_cstr(I, x < 0 ? "-inf" : "inf");
    StrBuilder sb;
    sb_init(&sb);
    if (signbit(x) && !sb_add_cstr(I, &sb, "-")) return VAL_NULL;
    if (x == 0) {
        if (!sb_add_cstr(I, &sb, "0x0.0p+0")) return VAL_NULL;
        return sb_finish(I, &sb);
    }
    int e;
    double m = frexp(fabs(x), &e); // |x| = m * 2**e, 0.5 <= m < 1
    int lead = 1;
    int exp2 = e - 1;
    double frac = m * 2.0 - 1.0; // fraction bits after the leading 1
    if (e < -1021) {             // subnormal: 0.xxx * 2**-1022
        lead = 0;
        exp2 = -1022;
        frac = ldexp(fabs(x), 1022);
    }
    char digits[20];
    int k = 0;
    digits[k++] = '0';
    digits[k++] = 'x';
    digits[k++] = (char)('0' + lead);
    digits[k++] = '.';
    for (int i = 0; i < 13; i++) {
        frac *= 16.0;
        int d = (int)frac;
        frac -= d;
        digits[k++] = "0123456789abcdef"[d];
    }
    digits[k] = 0;
    if (!sb_add_cstr(I, &sb, digits)) return VAL_NULL;
    if (!sb_add_format(I, &sb, "p%s%d", exp2 < 0 ? "-" : "+", exp2 < 0 ? -exp2 : exp2))
        return VAL_NULL;
    return sb_finish(I, &sb);
}

static int hex_value(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value invalid_hex(Interp *I) {
    return exc_raise(I, TY_VALUE_ERROR, "invalid hexadecimal floating-point string");
}

static bool fromhex_parse(Interp *I, BView s, double *out) {
    size_t pos = 0, end = s.n;
    while (pos < end && is_space_cp((uint32_t)bview_get(s, pos), true)) pos++;
    while (end > pos && is_space_cp((uint32_t)bview_get(s, end - 1), true)) end--;
    BView t = bview_slice(s, pos, end);
    if (special_float(t, out)) return true;
    size_t i = 0;
    bool neg = false;
    if (bview_get(t, 0) == '+' || bview_get(t, 0) == '-') {
        neg = bview_get(t, 0) == '-';
        i = 1;
    }
    if (bview_get(t, i) == '0' && (bview_get(t, i + 1) == 'x' || bview_get(t, i + 1) == 'X')) i += 2;
    uint64_t m = 0;
    bool sticky = false;
    int64_t exp = 0; // value = m * 2**exp (+ sticky)
    size_t ndig = 0;
    bool point = false;
    for (;; i++) {
        int c = bview_get(t, i);
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        int h = hex_value(c);
        if (h < 0) break;
        ndig++;
        if (m >> 60 == 0) {
            m = m * 16 + (uint64_t)h;
            if (point) exp -= 4;
        } else {
            if (h != 0) sticky = true;
            if (!point) exp += 4;
        }
    }
    if (ndig == 0) return invalid_hex(I) != VAL_NULL;
    int c = bview_get(t, i);
    if (c == 'p' || c == 'P') {
        i++;
        bool eneg = false;
        if (bview_get(t, i) == '+' || bview_get(t, i) == '-') {
            eneg = bview_get(t, i) == '-';
            i++;
        }
        int64_t e = 0;
        size_t ed = 0;
        for (;; i++) {
            int dc = bview_get(t, i);
            if (dc < '0' || dc > '9') break;
            if (e < 100000000) e = e * 10 + (dc - '0');
            ed++;
        }
        if (ed == 0) return invalid_hex(I) != VAL_NULL;
        exp += eneg ? -e : e;
    }
    if (i != t.n) return invalid_hex(I) != VAL_NULL;
    if (m == 0) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    while ((m >> 63) == 0) { // normalise to 64 significant bits
        m <<= 1;
        exp--;
    }
    if (exp > 2000) {
        exc_raise(I, TY_OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
        return false;
    }
    if (exp < -3000) exp = -3000;
    double r = int_round_scaled(m, sticky, exp);
    if (isinf(r)) {
        exc_raise(I, TY_OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
        return false;
    }
    *out = neg ? -r : r;
    return true;
}

static Value m_fromhex(Interp *I, Value cls, ValView args, Value kwnames) {
    if (!args_one(I, args, kwnames, "float.fromhex")) return VAL_NULL;
    Value s = vview_get(args, 0);
    // CPython's METH_O takes the argument's UTF-8 text without naming the parameter
    if (!str_check(s)) return exc_raise(I, TY_TYPE_ERROR, "bad argument type for built-in operation");
    double d = 0;
    if (!fromhex_parse(I, str_view(s), &d)) return VAL_NULL;
    Value f = float_new(I, d);
    if (f == VAL_NULL || cls == obj_val(interp_type(I, TY_FLOAT))) return f;
    return obj_call1(I, cls, f);
}

// float.__getformat__(typestr): the storage format of C doubles and floats (IEEE 754,
// the target's byte order).
static Value m_getformat(Interp *I, Value cls, ValView args, Value kwnames) {
    (void)cls;
    if (!args_count(I, args, kwnames, "__getformat__", 1, 1)) return VAL_NULL;
    Value s = vview_get(args, 0);
    if (!str_check(s))
        return exc_raise(I, TY_TYPE_ERROR, "__getformat__() argument must be str, not %T", s);
    BView v = str_view(s);
    if (!bview_eq_cstr(v, "double") && !bview_eq_cstr(v, "float"))
        return exc_raise(I, TY_VALUE_ERROR, "__getformat__() argument 1 must be 'double' or 'float'");
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return str_from_cstr(I, "IEEE, big-endian");
#else
    return str_from_cstr(I, "IEEE, little-endian");
#endif
}

static const MethodDef float_methods[] = {
    {"conjugate", m_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"is_integer", m_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", m_as_integer_ratio, 0, "Return integer ratio."},
    {"hex", m_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", m_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__getformat__", m_getformat, METH_CLASS, "You probably don't want to use this function."},
    {"__trunc__", m_trunc, 0, "Return the Integral closest to x between 0 and x."},
    {"__int__", m_trunc, 0, "int(self)"},
    {"__floor__", m_floor, 0, "Return the floor as an Integral."},
    {"__ceil__", m_ceil, 0, "Return the ceiling as an Integral."},
    {"__float__", m_float, 0, "float(self)"},
    {"__round__", m_round, 0, "Return the Integral closest to x, rounding half toward even."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__divmod__", m_divmod, 0, "Return divmod(self, value)."},
    {"__rdivmod__", m_rdivmod, 0, "Return divmod(value, self)."},
    {NULL, NULL, 0, NULL},
};

static Value get_real(Interp *I, Value self) { return float_new(I, float_value(self)); }
static Value get_imag(Interp *I, Value self) {
    (void)self;
    return float_new(I, 0.0);
}

static const GetSetDef float_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec float_spec = {
    .name = "float",
    .inst_kind = K_FLOAT,
    .inst_size = sizeof(FloatObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .repr = float_repr_slot,
    .str = float_repr_slot,
    .hash = float_hash_slot,
    .richcmp = float_richcmp,
    .truth = float_truth,
    .binop = float_binop,
    .unary = float_unary,
    .new_ = float_new_slot,
    .format = float_format_slot,
    .methods = float_methods,
    .getsets = float_getsets,
    .doc = "Convert a string or number to a floating point number, if possible.",
};
