/*
 * complex.c: the complex type, minimal but exact where it exists: construction from
 * numbers and strings, repr, hash, ==, + - * / ** (CPython's algorithms for division and
 * powers, so results match to the last bit), unary operators, real/imag/conjugate.
 * format() follows complex.__format__ (float_format_complex).
 */
#include <math.h>

#include "args.h"
#include "complex.h"
#include "exc.h"
#include "float.h"
#include "int_impl.h"
#include "ops.h"
#include "tuple.h"
#include "../kernel/unicode.h"
#include "../kernel/utf8.h"

typedef struct Cx {
    double re, im;
} Cx;

Value complex_new_of_type(Interp *I, Type *t, double re, double im) {
    ComplexObject *o = obj_alloc(I, t, sizeof(ComplexObject));
    if (o == NULL) return VAL_NULL;
    o->re = re;
    o->im = im;
    return obj_val(o);
}

Value complex_new(Interp *I, double re, double im) {
    return complex_new_of_type(I, interp_type(I, TY_COMPLEX), re, im);
}

bool complex_check(Value v) { return complex_cast(v) != NULL; }

static Value cx_value(Interp *I, Cx c) { return complex_new(I, c.re, c.im); }

// v as a complex: 1 done, 0 not a number, -1 error (int too large).
static int as_cx(Interp *I, Value v, Cx *out) {
    ComplexObject *c = complex_cast(v);
    if (c != NULL) {
        out->re = c->re;
        out->im = c->im;
        return 1;
    }
    FloatObject *f = float_cast(v);
    if (f != NULL) {
        out->re = f->v;
        out->im = 0.0;
        return 1;
    }
    if (int_check(I, v)) {
        out->im = 0.0;
        return int_to_double(I, v, &out->re) ? 1 : -1;
    }
    return 0;
}

bool complex_quot(double ar, double ai, double br, double bi, double *qr, double *qi) {
    double abr = fabs(br), abi = fabs(bi);
    if (abr >= abi) {
        if (abr == 0.0) return false;
        double ratio = bi / br;
        double denom = br + bi * ratio;
        *qr = (ar + ai * ratio) / denom;
        *qi = (ai - ar * ratio) / denom;
    } else if (abi >= abr) {
        double ratio = br / bi;
        double denom = br * ratio + bi;
        *qr = (ar * ratio + ai) / denom;
        *qi = (ai * ratio - ar) / denom;
    } else { // nan
        *qr = NAN;
        *qi = NAN;
    }
    return true;
}

static bool quot(Interp *I, Cx a, Cx b, Cx *r) {
    if (complex_quot(a.re, a.im, b.re, b.im, &r->re, &r->im)) return true;
    exc_raise(I, TY_ZERO_DIVISION_ERROR, "complex division by zero");
    return false;
}

static Cx prod(Cx a, Cx b) {
    Cx r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}

static Cx powu(Cx x, uint64_t n) {
    Cx r = {1.0, 0.0};
    Cx p = {x.re, x.im}; // field by field: gcc 12's analyser loses `p = x` in the loop
    uint64_t mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = prod(r, p);
        mask <<= 1;
        p = prod(p, p);
    }
    return r;
}

// CPython's complex power runs over the C library's errno, and so over glibc's rules:
// false ("domain error", errno EDOM) for a zero base with a negative or complex exponent,
// and for cos/sin of an infinite phase (glibc sets EDOM exactly for infinite arguments).
static bool cx_pow(Cx a, Cx b, Cx *r) {
    if (b.re == 0.0 && b.im == 0.0) {
        r->re = 1.0;
        r->im = 0.0;
        return true;
    }
    if (a.re == 0.0 && a.im == 0.0) {
        r->re = 0.0;
        r->im = 0.0;
        return !(b.im != 0.0 || b.re < 0.0); // a NaN exponent gives 0, as in CPython
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    r->re = len * cos(phase);
    r->im = len * sin(phase);
    return !isinf(phase);
}

/* Then (_Py_ADJUST_ERANGE2) an infinite part is an OverflowError whatever the operands
 * (libm's ERANGE on underflow is cleared, on overflow it coincides with the infinity);
 * a negative integer power whose positive power is zero is a division by zero (EDOM). */
Value complex_pow_values(Interp *I, double ar, double ai, double br, double bi) {
    Cx a = {ar, ai}, b = {br, bi}, r = {0.0, 0.0};
    bool ok = true;
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        int64_t n = (int64_t)br;
        if (n >= 0) {
            r = powu(a, (uint64_t)n);
        } else {
            Cx d = powu(a, (uint64_t)-n);
            ok = complex_quot(1.0, 0.0, d.re, d.im, &r.re, &r.im);
        }
    } else {
        ok = cx_pow(a, b, &r);
    }
    if (!ok) return exc_raise(I, TY_ZERO_DIVISION_ERROR, "0.0 to a negative or complex power");
    if (isinf(r.re) || isinf(r.im)) return exc_raise(I, TY_OVERFLOW_ERROR, "complex exponentiation");
    return cx_value(I, r);
}

Value complex_repr_parts(Interp *I, double re, double im) {
    StrBuilder sb;
    sb_init(&sb);
    if (re == 0.0 && copysign(1.0, re) == 1.0) {
        if (!float_repr_append(I, &sb, im, false, false) || !sb_add_cstr(I, &sb, "j"))
            return VAL_NULL;
        return sb_finish(I, &sb);
    }
    if (!sb_add_cstr(I, &sb, "(") || !float_repr_append(I, &sb, re, false, false) ||
        !float_repr_append(I, &sb, im, false, true) || !sb_add_cstr(I, &sb, "j)"))
        return VAL_NULL;
    return sb_finish(I, &sb);
}

// Slot and method functions run only on their own type (the descriptors check self), so
// a failed cast cannot happen; it is still raised, never dereferenced.
static Value bad_self(Interp *I, Value self) {
    return exc_raise(I, TY_TYPE_ERROR, "descriptor requires a 'complex' object but received a '%T'",
                     self);
}

static Value complex_repr(Interp *I, Value self) {
    ComplexObject *c = complex_cast(self);
    if (c == NULL) return bad_self(I, self);
    return complex_repr_parts(I, c->re, c->im);
}

static bool complex_hash(Interp *I, Value self, int64_t *out) {
    ComplexObject *c = complex_cast(self);
    if (c == NULL) {
        bad_self(I, self);
        return false;
    }
    uint64_t hr = (uint64_t)float_hash(c->re), hi = (uint64_t)float_hash(c->im);
    uint64_t comb = hr + UINT64_C(1000003) * hi; // wraps as CPython's Py_uhash_t does
    int64_t h = (int64_t)comb;
    *out = h == -1 ? -2 : h;
    return true;
}

static Value complex_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if (op != CMP_EQ && op != CMP_NE) return I->notimpl;
    ComplexObject *ca = complex_cast(a);
    Value other = b;
    if (ca == NULL) { // reflected: b is the complex
        ca = complex_cast(b);
        other = a;
        if (ca == NULL) return I->notimpl;
    }
    bool eq;
    if (int_check(I, other)) {
        eq = ca->im == 0.0 && float_compare_int_double(I, other, ca->re) == 0;
    } else {
        Cx o;
        int r = as_cx(I, other, &o);
        if (r <= 0) return r < 0 ? VAL_NULL : I->notimpl;
        eq = ca->re == o.re && ca->im == o.im;
    }
    return interp_bool(I, op == CMP_EQ ? eq : !eq);
}

static Value complex_binop(Interp *I, Value a, Value b, BinOp op) {
    if ((int)op >= (int)BINOP_INPLACE) op = (BinOp)((int)op - (int)BINOP_INPLACE);
    if (op != BINOP_ADD && op != BINOP_SUB && op != BINOP_MUL && op != BINOP_TRUEDIV &&
        op != BINOP_POW)
        return I->notimpl;
    Cx x, y;
    int r1 = as_cx(I, a, &x);
    if (r1 < 0) return VAL_NULL;
    int r2 = r1 == 0 ? 0 : as_cx(I, b, &y);
    if (r2 < 0) return VAL_NULL;
    if (r1 == 0 || r2 == 0) return I->notimpl;
    Cx r;
    switch (op) {
    case BINOP_ADD: r.re = x.re + y.re; r.im = x.im + y.im; break;
    case BINOP_SUB: r.re = x.re - y.re; r.im = x.im - y.im; break;
    case BINOP_MUL: r = prod(x, y); break;
    case BINOP_TRUEDIV:
        if (!quot(I, x, y, &r)) return VAL_NULL;
        break;
    default: return complex_pow_values(I, x.re, x.im, y.re, y.im);
    }
    return cx_value(I, r);
}

static Value complex_unary(Interp *I, Value a, UnaryOp op) {
    ComplexObject *c = complex_cast(a);
    if (c == NULL) return bad_self(I, a);
    switch (op) {
    case UN_NEG: return complex_new(I, -c->re, -c->im);
    case UN_POS: return complex_new(I, c->re, c->im);
    case UN_ABS: {
        double h = hypot(c->re, c->im);
        if (isinf(h) && isfinite(c->re) && isfinite(c->im))
            return exc_raise(I, TY_OVERFLOW_ERROR, "absolute value too large");
        return float_new(I, h);
    }
    default: return exc_raise(I, TY_TYPE_ERROR, "bad operand type for unary ~: '%T'", a);
    }
}

static int complex_truth(Interp *I, Value self) {
    ComplexObject *c = complex_cast(self);
    if (c == NULL) {
        bad_self(I, self);
        return -1;
    }
    return (c->re != 0.0 || c->im != 0.0) ? 1 : 0;
}

// ---- construction ----

static bool is_sp(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool is_digit(int c) { return c >= '0' && c <= '9'; }

// Skips the digits at [*i] (single underscores between digits included, as in
// literals); returns how many digits there were.
static size_t digit_run(BView v, size_t *i) {
    size_t n = 0;
    for (;;) {
        int c = bview_get(v, *i);
        if (is_digit(c)) {
            n++;
            (*i)++;
        } else if (c == '_' && n > 0 && is_digit(bview_get(v, *i + 1))) {
            (*i)++;
        } else {
            return n;
        }
    }
}

// Length of a float literal (or inf/nan/infinity) at the start of [v], 0 if none.
static size_t float_token(BView v) {
    size_t i = 0;
    if (bview_get(v, i) == '+' || bview_get(v, i) == '-') i++;
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (size_t w = 0; w < 3; w++) {
        BView word = bview_cstr(words[w]);
        size_t k = 0;
        while (k < word.n) {
            int c = bview_get(v, i + k);
            if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
            if (c != bview_get(word, k)) break;
            k++;
        }
        if (k == word.n) return i + k;
    }
    size_t digits = digit_run(v, &i);
    if (bview_get(v, i) == '.') {
        i++;
        digits += digit_run(v, &i);
    }
    if (digits == 0) return 0;
    if (bview_get(v, i) == 'e' || bview_get(v, i) == 'E') {
        size_t j = i + 1;
        if (bview_get(v, j) == '+' || bview_get(v, j) == '-') j++;
        if (digit_run(v, &j) > 0) i = j;
    }
    return i;
}

static bool token_value(Interp *I, BView tok, double *out) {
    Value f = float_from_text(I, tok);
    if (f == VAL_NULL) return false;
    *out = float_value(f);
    return true;
}

static Value malformed(Interp *I) {
    return exc_raise(I, TY_VALUE_ERROR, "complex() arg is a malformed string");
}

static bool parse_complex(Interp *I, BView s, Cx *out) {
    size_t lo = 0, hi = s.n;
    while (lo < hi && is_sp(bview_get(s, lo))) lo++;
    while (hi > lo && is_sp(bview_get(s, hi - 1))) hi--;
    if (lo < hi && bview_get(s, lo) == '(' && bview_get(s, hi - 1) == ')') {
        lo++;
        hi--;
        while (lo < hi && is_sp(bview_get(s, lo))) lo++;
        while (hi > lo && is_sp(bview_get(s, hi - 1))) hi--;
    }
    BView t = bview_slice(s, lo, hi);
    out->re = 0.0;
    out->im = 0.0;
    if (t.n == 0) return malformed(I) != VAL_NULL;
    size_t n1 = float_token(t);
    if (n1 == t.n) return token_value(I, t, &out->re); // real only
    int c = bview_get(t, n1);
    if (c == 'j' || c == 'J') {
        if (n1 + 1 != t.n) return malformed(I) != VAL_NULL;
        if (n1 == 0) {
            out->im = 1.0;
            return true;
        }
        BView tok = bview_slice(t, 0, n1);
        if (n1 == 1 && (bview_get(t, 0) == '+' || bview_get(t, 0) == '-')) {
            out->im = bview_get(t, 0) == '-' ? -1.0 : 1.0;
            return true;
        }
        return token_value(I, tok, &out->im);
    }
    if (n1 == 0 && (c == '+' || c == '-')) {
        // "+j" / "-j"
        if (t.n == 2 && (bview_get(t, 1) == 'j' || bview_get(t, 1) == 'J')) {
            out->im = c == '-' ? -1.0 : 1.0;
            return true;
        }
        return malformed(I) != VAL_NULL;
    }
    if (n1 == 0 || (c != '+' && c != '-')) return malformed(I) != VAL_NULL;
    if (!token_value(I, bview_slice(t, 0, n1), &out->re)) return false;
    BView rest = bview_slice(t, n1, t.n);
    size_t n2 = float_token(rest);
    int last = bview_get(rest, rest.n - 1);
    if ((last != 'j' && last != 'J') || (n2 != rest.n - 1 && !(rest.n == 2 && n2 == 0)))
        return malformed(I) != VAL_NULL;
    if (rest.n == 2) {
        out->im = bview_get(rest, 0) == '-' ? -1.0 : 1.0;
        return true;
    }
    return token_value(I, bview_slice(rest, 0, n2), &out->im);
}

// A number argument of complex(): 2 done with a complex value (a complex or what
// __complex__ returned), 1 done with a real one, 0 not a number, -1 error.
static int number_arg(Interp *I, Value v, Cx *out, bool special) {
    // CPython consults __complex__ for the first argument only, before anything else (a
    // subclass of complex, float or int may override it); the builtin types' own values
    // need no call
    Type *t = type_of(I, v);
    bool builtin = t == I->types[TY_COMPLEX] || t == I->types[TY_FLOAT] ||
                   t == I->types[TY_INT] || t == I->types[TY_BOOL];
    bool found = false;
    ValView none = {NULL, 0};
    Value c = VAL_NULL;
    if (special && !builtin) c = obj_call_special(I, v, interp_name(I, N___complex__), none, &found);
    if (!found) {
        if (I->exc != VAL_NULL) return -1;
        int r = as_cx(I, v, out);
        if (r > 0 && complex_check(v)) return 2;
        if (r != 0) return r;
    }
    if (found) {
        if (c == VAL_NULL) return -1;
        ComplexObject *co = complex_cast(c);
        if (co == NULL) {
            exc_raise(I, TY_TYPE_ERROR, "__complex__ returned non-complex (type %T)", c);
            return -1;
        }
        out->re = co->re;
        out->im = co->im;
        return 2;
    }
    if (I->exc != VAL_NULL) return -1;
    double d;
    bool has = false;
    Value fl = obj_call_special(I, v, interp_name(I, N___float__), none, &has);
    if (!has) {
        if (I->exc != VAL_NULL) return -1;
        fl = obj_call_special(I, v, interp_name(I, N___index__), none, &has);
        if (!has) return I->exc != VAL_NULL ? -1 : 0;
    }
    if (fl == VAL_NULL || !float_as_double(I, fl, &d)) return -1;
    out->re = d;
    out->im = 0.0;
    return 1;
}

// True when every '_' of [s] stands between two ASCII digits (CPython strips such
// underscores before parsing; any other '_' fails with "could not convert").
static bool underscores_ok(BView s) {
    for (size_t i = 0; i < s.n; i++) {
        if (bview_get(s, i) != '_') continue;
        if (i == 0 || !is_digit(bview_get(s, i - 1)) || !is_digit(bview_get(s, i + 1))) return false;
    }
    return true;
}

// The text of str [v] with every Unicode white space made ' ' and every Unicode decimal
// digit its ASCII digit (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII); other
// non-ASCII characters become '?', which no complex literal accepts.
static bool ascii_digits_spaces(Interp *I, BView v, Buf *out) {
    buf_init(out);
    for (size_t i = 0, len = 0; i < v.n; i += len) {
        uint32_t cp = utf8_get(v, i, &len);
        if (len == 0) return exc_raise(I, TY_SYSTEM_ERROR, "complex(): bad UTF-8") == VAL_NULL;
        int dig = cp < 0x80 ? -1 : unicode_decimal_value(cp);
        uint8_t c = cp < 0x80 ? (uint8_t)cp : dig >= 0 ? (uint8_t)('0' + dig) : unicode_is_space(cp) ? ' ' : '?';
        if (buf_push(I->heap, out, c) != K_OK) return exc_nomem(I) == VAL_NULL;
    }
    return true;
}

static Value complex_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    Value vr = VAL_NULL, vi = VAL_NULL;
    if (!args_parse(I, args, kwnames, "complex", "| real imag", &vr, &vi)) return VAL_NULL;
    Cx a = {0.0, 0.0}, b = {0.0, 0.0};
    if (vr != VAL_NULL && str_check(vr)) {
        if (vi != VAL_NULL)
            return exc_raise(I, TY_TYPE_ERROR, "complex() can't take second arg if first is a string");
        Buf text;
        if (!ascii_digits_spaces(I, str_view(vr), &text)) return VAL_NULL;
        if (!parse_complex(I, buf_view(&text), &a)) {
            // CPython parses a string holding '_' through its literal rules first: a
            // failure there is worded differently
            if (exc_pending_is(I, TY_VALUE_ERROR) && !underscores_ok(str_view(vr))) {
                exc_clear(I);
                exc_raise(I, TY_VALUE_ERROR, "could not convert string to complex: %R", vr);
            }
            return VAL_NULL;
        }
        return complex_new_of_type(I, t, a.re, a.im);
    }
    if (vi != VAL_NULL && str_check(vi))
        return exc_raise(I, TY_TYPE_ERROR, "complex() second arg can't be a string");
    bool a_cx = false, b_cx = false;
    if (vr != VAL_NULL) {
        ComplexObject *c = complex_cast(vr);
        if (c != NULL && vi == VAL_NULL && c->h.type == interp_type(I, TY_COMPLEX) &&
            t == c->h.type)
            return vr;
        int r = number_arg(I, vr, &a, true);
        if (r < 0) return VAL_NULL;
        a_cx = r == 2;
        if (r == 0)
            return exc_raise(I, TY_TYPE_ERROR,
                             "complex() first argument must be a string or a number, not '%T'", vr);
    }
    if (vi != VAL_NULL) {
        int r = number_arg(I, vi, &b, false);
        if (r < 0) return VAL_NULL;
        b_cx = r == 2;
        if (r == 0)
            return exc_raise(I, TY_TYPE_ERROR,
                             "complex() second argument must be a number, not '%T'", vi);
    }
    // real + imag*1j, adding only the parts complex arguments have (keeps -0.0 intact)
    // with no imag argument a complex's own imaginary part is taken as is (0.0 + -0.0
    // would lose the sign: complex(complex(0.0, -0.0)) keeps -0.0)
    double re = a.re, im = b.re;
    if (b_cx) re -= b.im;
    if (a_cx) im = vi == VAL_NULL ? a.im : im + a.im;
    return complex_new_of_type(I, t, re, im);
}

static Value complex_format(Interp *I, Value self, Value spec) {
    if (str_view(spec).n == 0) return obj_str(I, self);
    FormatSpec fs;
    if (!fmtspec_parse_as(I, spec, obj_type_name(I, self), 0, '>', &fs)) return VAL_NULL;
    ComplexObject *c = complex_cast(self);
    if (c == NULL) return bad_self(I, self);
    return float_format_complex(I, c->re, c->im, &fs);
}

static Value m_conjugate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "complex.conjugate", 0, 0)) return VAL_NULL;
    ComplexObject *c = complex_cast(self);
    if (c == NULL) return bad_self(I, self);
    return complex_new(I, c->re, -c->im);
}

// complex.__complex__: the value as an exact complex (self when it is one).
static Value m_complex(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "complex.__complex__", 0, 0)) return VAL_NULL;
    ComplexObject *c = complex_cast(self);
    if (c == NULL) return bad_self(I, self);
    if (type_of(I, self) == I->types[TY_COMPLEX]) return self;
    return complex_new(I, c->re, c->im);
}

static Value m_getnewargs(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "complex.__getnewargs__", 0, 0)) return VAL_NULL;
    ComplexObject *c = complex_cast(self);
    if (c == NULL) return bad_self(I, self);
    Value re = float_new(I, c->re);
    if (re == VAL_NULL) return VAL_NULL;
    Value im = float_new(I, c->im);
    if (im == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 2, re, im);
}

static const MethodDef complex_methods[] = {
    {"conjugate", m_conjugate, 0, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__complex__", m_complex, 0, "Convert this value to exact type complex."},
    {NULL, NULL, 0, NULL},
};

static Value get_real(Interp *I, Value self) {
    ComplexObject *c = complex_cast(self);
    return c == NULL ? bad_self(I, self) : float_new(I, c->re);
}
static Value get_imag(Interp *I, Value self) {
    ComplexObject *c = complex_cast(self);
    return c == NULL ? bad_self(I, self) : float_new(I, c->im);
}

static const GetSetDef complex_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec complex_spec = {
    .name = "complex",
    .inst_kind = K_COMPLEX,
    .inst_size = sizeof(ComplexObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .repr = complex_repr,
    .str = complex_repr,
    .hash = complex_hash,
    .richcmp = complex_richcmp,
    .truth = complex_truth,
    .binop = complex_binop,
    .unary = complex_unary,
    .new_ = complex_new_slot,
    .format = complex_format,
    .methods = complex_methods,
    .getsets = complex_getsets,
    .doc = "Create a complex number from a real part and an optional imaginary part.",
};
