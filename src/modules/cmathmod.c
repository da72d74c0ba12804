/*
 * cmathmod.c: the cmath module (CPython 3.11): complex elementary functions computed by
 * CPython's formulas over libm's real functions for finite arguments, C99 <complex.h>
 * (libm) with CPython's special-value corrections otherwise, CPython's error rules,
 * phase/polar/rect, isclose, isfinite/isinf/isnan and the constants.
 *
 * Invariant: an infinite result from a finite input raises OverflowError "math range
 * error" for the functions that can overflow (exp, cosh, sinh, cos, sin...), even when
 * the other part is NaN; otherwise a NaN result from an input without NaN parts, or an
 * infinite one from a finite input, raises ValueError "math domain error" (log of 0,
 * atanh of +-1).
 */
#include <complex.h>
#undef I // complex.h defines I as the imaginary unit; this file uses I for Interp
#include <float.h>
#include <math.h>

#include "mathmod.h"
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/complex.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/tuple.h"

typedef struct Cx {
    double re, im;
} Cx;

// Converts [v] to a complex: complex objects, __complex__, then real numbers.
static bool get_cx(Interp *I, Value v, Cx *out) {
    ComplexObject *c = complex_cast(v);
    if (c != NULL) {
        out->re = c->re;
        out->im = c->im;
        return true;
    }
    if (!float_check(v)) {
        bool found = false;
        Value r = obj_call_special(I, v, interp_name(I, N___complex__), vview_make(NULL, 0),
                                   &found);
        if (found || r != VAL_NULL || I->exc != VAL_NULL) {
            if (r == VAL_NULL) return false;
            c = complex_cast(r);
            if (c == NULL) {
                exc_raise(I, TY_TYPE_ERROR, "__complex__ returned non-complex (type %T)", r);
                return false;
            }
            out->re = c->re;
            out->im = c->im;
            return true;
        }
    }
    out->im = 0.0;
    return float_as_double(I, v, &out->re);
}

static bool cx_finite(Cx z) { return isfinite(z.re) && isfinite(z.im); }
static bool cx_has_nan(Cx z) { return isnan(z.re) || isnan(z.im); }
static bool cx_has_inf(Cx z) { return isinf(z.re) || isinf(z.im); }

static Cx from_c(double complex c) {
    Cx r = {creal(c), cimag(c)};
    return r;
}

// Builds re + im*i exactly (multiplying by I would turn inf*0 into NaN).
static double complex to_c(Cx z) {
    double complex c = 0;
    __real__ c = z.re;
    __imag__ c = z.im;
    return c;
}

// The result of a function of [z] with the error rules of the file header.
static Value result(Interp *I, Cx z, Cx r, bool can_overflow) {
    // An overflow is reported even when the other part became NaN (inf * 0): CPython
    // checks for an infinite part first (cmath.cos(1000j) is an OverflowError).
    if (can_overflow && cx_finite(z) && cx_has_inf(r)) return mathmod_range_error(I);
    if (cx_has_nan(r) && !cx_has_nan(z)) return mathmod_domain_error(I);
    if (cx_finite(z) && cx_has_inf(r))
        return can_overflow ? mathmod_range_error(I) : mathmod_domain_error(I);
    return complex_new(I, r.re, r.im);
}

// ---- finite-input algorithms (the classical formulas CPython uses, so results agree
// to the last bit; libm's complex functions differ in the last place for some) ----

#define LARGE_DOUBLE (DBL_MAX / 4.0)
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153 // sqrt(DBL_MAX / 4)
#define SQRT_DBL_MIN 1.4916681462400413e-154     // sqrt(DBL_MIN)
#define LOG_LARGE_DOUBLE 708.3964185322641       // log(DBL_MAX / 4)

static Cx mk(double re, double im) {
    Cx r = {re, im};
    return r;
}

static Cx f_sqrt(Cx z) {
    if (z.re == 0.0 && z.im == 0.0) return mk(0.0, z.im);
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = ldexp(ax, DBL_MANT_DIG);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, DBL_MANT_DIG))), -(DBL_MANT_DIG + 1) / 2 - 1);
        s *= 2.0;
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.re >= 0.0) return mk(s, copysign(d, z.im));
    return mk(d, copysign(s, z.im));
}

static Cx f_log(Cx z) {
    double ax = fabs(z.re), ay = fabs(z.im), re;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        re = log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0)
            re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) -
                 DBL_MANT_DIG * M_LN2;
        else
            re = -INFINITY;
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            re = log(h);
        }
    }
    return mk(re, atan2(z.im, z.re));
}

static Cx f_tanh(Cx z) {
    if (fabs(z.re) > LOG_LARGE_DOUBLE)
        return mk(copysign(1.0, z.re), 4.0 * sin(z.im) * cos(z.im) * exp(-2.0 * fabs(z.re)));
    double tx = tanh(z.re), ty = tan(z.im), cx = 1.0 / cosh(z.re);
    double txty = tx * ty, denom = 1.0 + txty * txty;
    return mk(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

static Cx f_tan(Cx z) {
    Cx r = f_tanh(mk(-z.im, z.re));
    return mk(r.im, -r.re);
}

static Cx f_asinh(Cx z) {
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double l = log(hypot(z.re / 2.0, z.im / 2.0)) + M_LN2 * 2.0;
        double re = z.im >= 0 ? copysign(l, z.re) : -copysign(l, -z.re);
        return mk(re, atan2(z.im, fabs(z.re)));
    }
    Cx s1 = f_sqrt(mk(1.0 + z.im, -z.re));
    Cx s2 = f_sqrt(mk(1.0 - z.im, z.re));
    return mk(asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im));
}

static Cx f_asin(Cx z) {
    Cx r = f_asinh(mk(-z.im, z.re));
    return mk(r.im, -r.re);
}

static Cx f_acos(Cx z) {
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE) {
        double l = log(hypot(z.re / 2.0, z.im / 2.0)) + M_LN2 * 2.0;
        double im = z.re < 0 ? -copysign(l, z.im) : copysign(l, -z.im);
        return mk(atan2(fabs(z.im), z.re), im);
    }
    Cx s1 = f_sqrt(mk(1.0 - z.re, -z.im));
    Cx s2 = f_sqrt(mk(1.0 + z.re, z.im));
    return mk(2.0 * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re));
}

static Cx f_acosh(Cx z) {
    if (fabs(z.re) > LARGE_DOUBLE || fabs(z.im) > LARGE_DOUBLE)
        return mk(log(hypot(z.re / 2.0, z.im / 2.0)) + M_LN2 * 2.0, atan2(z.im, z.re));
    Cx s1 = f_sqrt(mk(z.re - 1.0, z.im));
    Cx s2 = f_sqrt(mk(z.re + 1.0, z.im));
    return mk(asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * atan2(s1.im, s2.re));
}

static Cx f_atanh(Cx z) {
    if (z.re < 0) {
        Cx r = f_atanh(mk(-z.re, -z.im));
        return mk(-r.re, -r.im);
    }
    double ay = fabs(z.im);
    if (z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
        double h = hypot(z.re / 2.0, z.im / 2.0);
        return mk(z.re / 4.0 / h / h, -copysign(M_PI / 2.0, -z.im));
    }
    if (z.re == 1.0 && ay < SQRT_DBL_MIN) {
        if (ay == 0.0) return mk(INFINITY, z.im);
        return mk(-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2.0, z.im));
    }
    return mk(log1p(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0,
              -atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0);
}

static Cx f_atan(Cx z) {
    Cx r = f_atanh(mk(-z.im, z.re));
    return mk(r.im, -r.re);
}

// Finite inputs use the formulas above; infinities and NaNs use libm's C99 special values.
#define CMATH_OWN(name, own, cfn)                                                         \
    static Cx g_##name(Cx z) { return cx_finite(z) ? own(z) : from_c(cfn(to_c(z))); }
CMATH_OWN(sqrt, f_sqrt, csqrt)
CMATH_OWN(log, f_log, clog)
CMATH_OWN(tanh, f_tanh, ctanh)
CMATH_OWN(tan, f_tan, ctan)
CMATH_OWN(asinh, f_asinh, casinh)
CMATH_OWN(asin, f_asin, casin)
CMATH_OWN(acos, f_acos, cacos)
CMATH_OWN(acosh, f_acosh, cacosh)
CMATH_OWN(atanh, f_atanh, catanh)
CMATH_OWN(atan, f_atan, catan)

// exp, cosh and sinh: exp(x) cos(y) and friends, with one factor e taken out beyond
// LOG_LARGE_DOUBLE so that a result representable as a double does not overflow on the way.
static Cx f_exp(Cx z) {
    if (z.re > LOG_LARGE_DOUBLE) {
        double l = exp(z.re - 1.0);
        return mk(l * cos(z.im) * M_E, l * sin(z.im) * M_E);
    }
    double l = exp(z.re);
    return mk(l * cos(z.im), l * sin(z.im));
}

static Cx f_cosh(Cx z) {
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        double x1 = z.re - copysign(1.0, z.re);
        return mk(cos(z.im) * cosh(x1) * M_E, sin(z.im) * sinh(x1) * M_E);
    }
    return mk(cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re));
}

static Cx f_sinh(Cx z) {
    if (fabs(z.re) > LOG_LARGE_DOUBLE) {
        double x1 = z.re - copysign(1.0, z.re);
        return mk(cos(z.im) * sinh(x1) * M_E, sin(z.im) * cosh(x1) * M_E);
    }
    return mk(cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re));
}

static Cx f_cos(Cx z) { return f_cosh(mk(-z.im, z.re)); }

static Cx f_sin(Cx z) {
    Cx s = f_sinh(mk(-z.im, z.re));
    return mk(s.im, -s.re);
}

CMATH_OWN(cos, f_cos, ccos)
CMATH_OWN(cosh, f_cosh, ccosh)
CMATH_OWN(exp, f_exp, cexp)
CMATH_OWN(sin, f_sin, csin)
CMATH_OWN(sinh, f_sinh, csinh)


// ---- special values where C99/libm and CPython's tables disagree ----
// Inputs are classified (+0, -0, +inf, -inf, NaN); the entries below give CPython's
// results for the combinations where libm picks another sign of zero or NaN/infinity.

enum { SV_POS0, SV_NEG0, SV_PINF, SV_NINF, SV_NAN, SV_OTHER };

static int sv_class(double x) {
    if (isnan(x)) return SV_NAN;
    if (isinf(x)) return x > 0 ? SV_PINF : SV_NINF;
    if (x == 0.0) return signbit(x) ? SV_NEG0 : SV_POS0;
    return SV_OTHER;
}

enum { F_EXP, F_SIN, F_COS, F_TAN, F_SINH, F_COSH, F_TANH, F_ASIN, F_ACOS, F_ATAN, F_ACOSH,
       F_OTHER };

typedef struct SpecialValue {
    int fn, re_class, im_class;
    double re, im;
} SpecialValue;

#define PIO2 1.5707963267948966
static const SpecialValue special_values[] = {
    {F_EXP, SV_NINF, SV_NINF, 0.0, 0.0},
    {F_SIN, SV_NAN, SV_POS0, NAN, -0.0},
    {F_SIN, SV_NAN, SV_PINF, NAN, -INFINITY},
    {F_SIN, SV_NAN, SV_NINF, NAN, -INFINITY},
    {F_COS, SV_NEG0, SV_NAN, NAN, 0.0},
    {F_TAN, SV_NINF, SV_PINF, 0.0, 1.0},
    {F_TAN, SV_NINF, SV_NINF, 0.0, -1.0},
    {F_TAN, SV_NAN, SV_POS0, NAN, NAN},
    {F_TAN, SV_NAN, SV_NEG0, NAN, NAN},
    {F_SINH, SV_NEG0, SV_NAN, 0.0, NAN},
    {F_COSH, SV_NAN, SV_NEG0, NAN, 0.0},
    {F_TANH, SV_POS0, SV_NAN, NAN, NAN},
    {F_TANH, SV_NEG0, SV_NAN, NAN, NAN},
    {F_TANH, SV_PINF, SV_NINF, 1.0, 0.0},
    {F_TANH, SV_NINF, SV_NINF, -1.0, 0.0},
    {F_ASIN, SV_PINF, SV_NAN, NAN, -INFINITY},
    {F_ASIN, SV_NINF, SV_NAN, NAN, -INFINITY},
    {F_ACOS, SV_PINF, SV_NAN, NAN, INFINITY},
    {F_ACOS, SV_NINF, SV_NAN, NAN, INFINITY},
    {F_ATAN, SV_PINF, SV_NAN, PIO2, -0.0},
    {F_ATAN, SV_NINF, SV_NAN, -PIO2, -0.0},
    {F_ACOSH, SV_POS0, SV_NAN, NAN, NAN},
    {F_ACOSH, SV_NEG0, SV_NAN, NAN, NAN},
};

static bool special_override(int fn, Cx z, Cx *out) {
    int rc = sv_class(z.re), ic = sv_class(z.im);
    for (size_t i = 0; i < sizeof special_values / sizeof special_values[0]; i++) {
        const SpecialValue *sv = &special_values[i];
        if (sv->fn == fn && sv->re_class == rc && sv->im_class == ic) {
            *out = mk(sv->re, sv->im);
            return true;
        }
    }
    return false;
}

#define CMATH1(name, id, ovf)                                                                 \
    static Value c_##name(Interp *I, Value self, ValView args, Value kw) {                \
        (void)self;                                                                       \
        if (!mathmod_one_arg(I, args, kw, "cmath." #name)) return VAL_NULL;               \
        Cx z;                                                                             \
        if (!get_cx(I, vview_get(args, 0), &z)) return VAL_NULL;                          \
        Cx sv;                                                                            \
        if (!cx_finite(z) && special_override(id, z, &sv))                                \
            return complex_new(I, sv.re, sv.im);                                          \
        return result(I, z, g_##name(z), ovf);                                            \
    }
CMATH1(acos, F_ACOS, false)
CMATH1(acosh, F_ACOSH, false)
CMATH1(asin, F_ASIN, false)
CMATH1(asinh, F_OTHER, false)
CMATH1(atan, F_ATAN, false)
CMATH1(atanh, F_OTHER, false)
CMATH1(cos, F_COS, true)
CMATH1(cosh, F_COSH, true)
CMATH1(exp, F_EXP, true)
CMATH1(sin, F_SIN, true)
CMATH1(sinh, F_SINH, true)
CMATH1(sqrt, F_OTHER, false)
CMATH1(tan, F_TAN, true)
CMATH1(tanh, F_TANH, true)

static Value c_log10(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "cmath.log10")) return VAL_NULL;
    Cx z;
    if (!get_cx(I, vview_get(args, 0), &z)) return VAL_NULL;
    Cx r = g_log(z);
    r.re /= M_LN10;
    r.im /= M_LN10;
    return result(I, z, r, false);
}

// Complex division a / b as CPython's cmath does it (complex_quot); false (domain error)
// when b is zero.
static bool cx_div(Cx a, Cx b, Cx *out) { return complex_quot(a.re, a.im, b.re, b.im, &out->re, &out->im); }

static Value c_logf(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_count(I, args, kw, "cmath", "log", 1, 2)) return VAL_NULL;
    Cx z;
    if (!get_cx(I, vview_get(args, 0), &z)) return VAL_NULL;
    Cx r = g_log(z);
    if (args.n == 2) {
        // As in CPython, only the base's logarithm and the division are checked (the
        // base's log resets the error state: cmath.log(0, 2.5) is (-inf+nanj)).
        Cx b;
        if (!get_cx(I, vview_get(args, 1), &b)) return VAL_NULL;
        Cx lb = g_log(b);
        if (cx_finite(b) && cx_has_inf(lb)) return mathmod_domain_error(I);
        Cx q;
        if (!cx_div(r, lb, &q)) return mathmod_domain_error(I);
        r = q;
    } else if (cx_finite(z) && cx_has_inf(r)) {
        return mathmod_domain_error(I);
    }
    return complex_new(I, r.re, r.im);
}

static Value c_phase(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "cmath.phase")) return VAL_NULL;
    Cx z;
    if (!get_cx(I, vview_get(args, 0), &z)) return VAL_NULL;
    double phi = atan2(z.im, z.re);
    // CPython reports glibc's errno here: atan2 sets ERANGE when a finite quotient
    // underflows to zero (cmath.phase(1e300+1e-300j) is an OverflowError).
    if (phi == 0.0 && z.im != 0.0 && isfinite(z.re) && isfinite(z.im)) return mathmod_range_error(I);
    return float_new(I, phi);
}

static Value c_polar(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "cmath.polar")) return VAL_NULL;
    Cx z;
    if (!get_cx(I, vview_get(args, 0), &z)) return VAL_NULL;
    double r = hypot(z.re, z.im);
    if (isinf(r) && cx_finite(z)) return mathmod_range_error(I);
    Value a = float_new(I, r);
    Value b = a == VAL_NULL ? VAL_NULL : float_new(I, atan2(z.im, z.re));
    return b == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, a, b);
}

static Value c_rect(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_count(I, args, kw, "cmath", "rect", 2, 2)) return VAL_NULL;
    double r, phi;
    if (!float_as_double(I, vview_get(args, 0), &r) ||
        !float_as_double(I, vview_get(args, 1), &phi))
        return VAL_NULL;
    if (r == 0.0 && !isfinite(phi)) return complex_new(I, 0.0, 0.0);
    if (isinf(phi) && !isnan(r)) return mathmod_domain_error(I);
    if (isinf(r) && isnan(phi)) return complex_new(I, INFINITY, phi);
    if (isnan(r) && phi == 0.0) return complex_new(I, r, 0.0);
    if (isinf(r) && isfinite(phi) && phi == 0.0) return complex_new(I, r, r > 0 ? phi : -phi);
    double re = r * cos(phi), im = r * sin(phi);
    if (isinf(r) && isfinite(phi)) {
        // inf * 0 must not give NaN: keep the sign of the trigonometric factor.
        re = cos(phi) == 0.0 ? 0.0 : copysign(INFINITY, r * cos(phi));
        im = sin(phi) == 0.0 ? 0.0 : copysign(INFINITY, r * sin(phi));
    }
    return complex_new(I, re, im);
}

static Value classify(Interp *I, ValView args, Value kw, const char *fname, int which) {
    if (!mathmod_one_arg(I, args, kw, fname)) return VAL_NULL;
    Cx z;
    if (!get_cx(I, vview_get(args, 0), &z)) return VAL_NULL;
    bool r = which == 0 ? cx_finite(z) : which == 1 ? cx_has_inf(z) : cx_has_nan(z);
    return interp_bool(I, r);
}

static Value c_isfinite(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    return classify(I, args, kw, "cmath.isfinite", 0);
}

static Value c_isinf(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    return classify(I, args, kw, "cmath.isinf", 1);
}

static Value c_isnan(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    return classify(I, args, kw, "cmath.isnan", 2);
}

static Value c_isclose(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    Value av, bv, rv, tv;
    if (!args_parse(I, args, kw, "isclose", "a b | $ rel_tol abs_tol", &av, &bv, &rv, &tv))
        return VAL_NULL;
    Cx a, b;
    double rel = 1e-9, abs_tol = 0.0;
    if (!get_cx(I, av, &a) || !get_cx(I, bv, &b)) return VAL_NULL;
    if (rv != VAL_NULL && !float_as_double(I, rv, &rel)) return VAL_NULL;
    if (tv != VAL_NULL && !float_as_double(I, tv, &abs_tol)) return VAL_NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return exc_raise(I, TY_VALUE_ERROR, "tolerances must be non-negative");
    if (a.re == b.re && a.im == b.im) return I->true_;
    if (cx_has_inf(a) || cx_has_inf(b)) return I->false_;
    double diff = hypot(a.re - b.re, a.im - b.im);
    bool r = diff <= rel * hypot(b.re, b.im) || diff <= rel * hypot(a.re, a.im) ||
             diff <= abs_tol;
    return interp_bool(I, r);
}

static const MethodDef cmath_methods[] = {
    {"acos", c_acos, 0, NULL},
    {"acosh", c_acosh, 0, NULL},
    {"asin", c_asin, 0, NULL},
    {"asinh", c_asinh, 0, NULL},
    {"atan", c_atan, 0, NULL},
    {"atanh", c_atanh, 0, NULL},
    {"cos", c_cos, 0, NULL},
    {"cosh", c_cosh, 0, NULL},
    {"exp", c_exp, 0, NULL},
    {"isclose", c_isclose, 0, NULL},
    {"isfinite", c_isfinite, 0, NULL},
    {"isinf", c_isinf, 0, NULL},
    {"isnan", c_isnan, 0, NULL},
    {"log", c_logf, 0, NULL},
    {"log10", c_log10, 0, NULL},
    {"phase", c_phase, 0, NULL},
    {"polar", c_polar, 0, NULL},
    {"rect", c_rect, 0, NULL},
    {"sin", c_sin, 0, NULL},
    {"sinh", c_sinh, 0, NULL},
    {"sqrt", c_sqrt, 0, NULL},
    {"tan", c_tan, 0, NULL},
    {"tanh", c_tanh, 0, NULL},
    {NULL, NULL, 0, NULL},
};

bool cmathmod_init(Interp *I, Value m) {
    return module_add_functions(I, m, cmath_methods) && module_add_float(I, m, "pi", M_PI) &&
           module_add_float(I, m, "e", M_E) && module_add_float(I, m, "tau", 2.0 * M_PI) &&
           module_add_float(I, m, "inf", INFINITY) && module_add_float(I, m, "nan", NAN) &&
           module_add_value(I, m, "infj", complex_new(I, 0.0, INFINITY)) &&
           module_add_value(I, m, "nanj", complex_new(I, 0.0, NAN));
}
