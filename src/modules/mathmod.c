/*
 * mathmod.c: the math module (CPython 3.11): the float functions (libm for the
 * transcendental ones, with CPython's rules for turning NaN/inf results into
 * "math domain error" / "math range error"), ceil/floor/trunc with their special
 * methods, logarithms exact for huge ints, fsum (Shewchuk's exact partial sums),
 * hypot/dist, isclose, the constants, and the module init. The integer functions
 * live in mathmod_int.c.
 *
 * Invariant: every function converts its arguments with float_as_double (TypeError
 * "must be real number, not X"; OverflowError for ints beyond the float range) before
 * computing, and raises instead of returning a NaN/inf that CPython would reject.
 */
#include <math.h>

#include "mathmod.h"
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/tuple.h"
#include "../vm/opcodes.h"

Value mathmod_domain_error(Interp *I) { return exc_raise(I, TY_VALUE_ERROR, "math domain error"); }

Value mathmod_range_error(Interp *I) {
    return exc_raise(I, TY_OVERFLOW_ERROR, "math range error");
}

bool mathmod_one_arg(Interp *I, ValView args, Value kwnames, const char *fname) {
    if (!args_no_kw(I, kwnames, fname)) return false;
    if (args.n != 1) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes exactly one argument (%zu given)", fname, args.n);
        return false;
    }
    return true;
}

bool mathmod_count(Interp *I, ValView args, Value kwnames, const char *mod, const char *fname,
                   size_t min, size_t max) {
    if (args_nkw(kwnames) != 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s.%s() takes no keyword arguments", mod, fname);
        return false;
    }
    return args_count(I, args, kwnames, fname, min, max);
}

// ---- one-argument float functions ----

// Applies [fn] to the argument with CPython's math_1 error rules: a NaN from a non-NaN
// is a domain error; an infinity from a finite value is a range error when the function
// can overflow [can_overflow], else a domain error.
static Value math1(Interp *I, ValView args, Value kw, const char *fname, double (*fn)(double),
                   bool can_overflow) {
    if (!mathmod_one_arg(I, args, kw, fname)) return VAL_NULL;
    double x;
    if (!float_as_double(I, vview_get(args, 0), &x)) return VAL_NULL;
    double r = fn(x);
    if (isnan(r) && !isnan(x)) return mathmod_domain_error(I);
    if (isinf(r) && isfinite(x)) return can_overflow ? mathmod_range_error(I) : mathmod_domain_error(I);
    return float_new(I, r);
}

// degrees and radians are one multiplication in CPython, with no error check: an
// overflow gives an infinity (math.degrees(1e308) is inf), not an exception.
static Value scale1(Interp *I, ValView args, Value kw, const char *fname, double factor) {
    if (!mathmod_one_arg(I, args, kw, fname)) return VAL_NULL;
    double x;
    if (!float_as_double(I, vview_get(args, 0), &x)) return VAL_NULL;
    return float_new(I, x * factor);
}

static Value f_degrees(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    return scale1(I, args, kw, "math.degrees", 180.0 / M_PI);
}

static Value f_radians(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    return scale1(I, args, kw, "math.radians", M_PI / 180.0);
}

#define MATH1(name, fn, ovf)                                                              \
    static Value f_##name(Interp *I, Value self, ValView args, Value kw) {                \
        (void)self;                                                                       \
        return math1(I, args, kw, "math." #name, fn, ovf);                                \
    }
MATH1(acos, acos, false)
MATH1(acosh, acosh, false)
MATH1(asin, asin, false)
MATH1(asinh, asinh, false)
MATH1(atan, atan, false)
MATH1(atanh, atanh, false)
MATH1(cbrt, cbrt, false)
MATH1(cos, cos, false)
MATH1(cosh, cosh, true)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(fabs, fabs, false)
MATH1(sin, sin, false)
MATH1(sinh, sinh, true)
MATH1(sqrt, sqrt, false)
MATH1(tan, tan, false)
MATH1(tanh, tanh, false)
MATH1(log1p, log1p, false)

// ---- gamma and lgamma ----
// The Lanczos approximation with Boost's lanczos13m53 parameters (N = 13,
// g = 6.024680040776729583740234375): Gamma(x) ~= S(x) * ((x+g-0.5)/e)**(x-0.5) / e**g,
// where S is a rational function whose denominator is x(x+1)...(x+11). This is the
// method CPython uses, evaluated the same way, so results agree to the last bit.

#define LANCZOS_N 13
#define LOG_PI 1.144729885849400174143427351353058711647
#define LANCZOS_G 6.024680040776729583740234375
#define LANCZOS_G_MINUS_HALF 5.524680040776729583740234375

static const double lanczos_num[LANCZOS_N] = {
    23531376880.41075968857200767445163675473, 42919803642.64909876895789904700198885093,
    35711959237.35566804944018545154716670596, 17921034426.03720969991975575445893111267,
    6039542586.35202800506429164430729792107,  1439720407.311721673663223072794912393972,
    248874557.8620541565114603864132294232163, 31426415.58540019438061423162831820536287,
    2876370.628935372441225409051620849613599, 186056.2653952234950402949897160456992822,
    8071.672002365816210638002902272250613822, 210.8242777515793458725097339207133627117,
    2.506628274631000270164908177133837338626,
};

static const double lanczos_den[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0,
};

// S(x) for x > 0: Horner in x for small x, in 1/x for large x (keeps it in range).
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

// sin(pi * x), exact at integers and half-integers (argument reduced mod 2 first).
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0);
    int n = (int)round(2.0 * y);
    double r;
    switch (n) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

// Exact factorials 0! .. 22! (all representable exactly as doubles).
static const double small_factorials[] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
    39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
    20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
};

// Gamma(x) for finite x that is not a non-positive integer. *overflow is set when the
// result is out of range.
static double gamma_of(double x, bool *overflow) {
    *overflow = false;
    double ax = fabs(x);
    if (ax < 1e-20) {
        double r = 1.0 / x;
        *overflow = isinf(r);
        return r;
    }
    if (ax > 200.0) {
        if (x < 0.0) return 0.0 / sin_pi(x);
        *overflow = true;
        return INFINITY;
    }
    double y = ax + LANCZOS_G_MINUS_HALF;
    // z corrects for the rounding error made when forming y.
    double q, z;
    if (ax > LANCZOS_G_MINUS_HALF) {
        q = y - ax;
        z = q - LANCZOS_G_MINUS_HALF;
    } else {
        q = y - LANCZOS_G_MINUS_HALF;
        z = q - ax;
    }
    z = z * LANCZOS_G / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double sq = pow(y, ax / 2.0 - 0.25);
            r /= sq;
            r /= sq;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double sq = pow(y, ax / 2.0 - 0.25);
            r *= sq;
            r *= sq;
        }
    }
    *overflow = isinf(r);
    return r;
}

static Value f_gamma(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "math.gamma")) return VAL_NULL;
    double x;
    if (!float_as_double(I, vview_get(args, 0), &x)) return VAL_NULL;
    if (isnan(x)) return float_new(I, x);
    if (isinf(x)) return x > 0 ? float_new(I, x) : mathmod_domain_error(I);
    if (x == floor(x)) {
        if (x <= 0) return mathmod_domain_error(I);
        if (x <= 23.0) return float_new(I, small_factorials[(int)x - 1]);
    }
    bool overflow;
    double r = gamma_of(x, &overflow);
    if (overflow) return mathmod_range_error(I);
    return float_new(I, r);
}

static Value f_lgamma(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "math.lgamma")) return VAL_NULL;
    double x;
    if (!float_as_double(I, vview_get(args, 0), &x)) return VAL_NULL;
    if (isnan(x)) return float_new(I, x);
    if (isinf(x)) return float_new(I, INFINITY);
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0) return mathmod_domain_error(I);
        return float_new(I, 0.0); // lgamma(1) == lgamma(2) == 0 exactly
    }
    double ax = fabs(x);
    if (ax < 1e-20) return float_new(I, -log(ax));
    // log Gamma(x) = log S(x) - g + (x - 0.5) * (log(x + g - 0.5) - 1), reflected for x < 0.
    double r = log(lanczos_sum(ax)) - LANCZOS_G;
    r += (ax - 0.5) * (log(ax + LANCZOS_G - 0.5) - 1);
    if (x < 0.0) r = LOG_PI - log(fabs(sin_pi(ax))) - log(ax) - r;
    if (isinf(r)) return mathmod_range_error(I);
    return float_new(I, r);
}

// ---- ceil, floor, trunc ----

static Value round_to_int(Interp *I, ValView args, Value kw, const char *fname, NameId special,
                          double (*fn)(double)) {
    if (!mathmod_one_arg(I, args, kw, fname)) return VAL_NULL;
    Value x = vview_get(args, 0);
    if (float_check(x) && type_of(I, x) == interp_type(I, TY_FLOAT))
        return int_from_double(I, fn(float_value(x)));
    if (int_check(I, x) && type_of(I, x) == interp_type(I, TY_INT)) return x;
    bool found = false;
    Value r = obj_call_special(I, x, interp_name(I, special), vview_make(NULL, 0), &found);
    if (found || r != VAL_NULL || I->exc != VAL_NULL) return r;
    double d;
    if (!float_as_double(I, x, &d)) return VAL_NULL;
    return int_from_double(I, fn(d));
}

static Value f_ceil(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    return round_to_int(I, args, kw, "math.ceil", N___ceil__, ceil);
}

static Value f_floor(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    return round_to_int(I, args, kw, "math.floor", N___floor__, floor);
}

static Value f_trunc(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "math.trunc")) return VAL_NULL;
    Value x = vview_get(args, 0);
    if (float_check(x) && type_of(I, x) == interp_type(I, TY_FLOAT))
        return int_from_double(I, trunc(float_value(x)));
    bool found = false;
    Value r = obj_call_special(I, x, interp_name(I, N___trunc__), vview_make(NULL, 0), &found);
    if (found || r != VAL_NULL || I->exc != VAL_NULL) return r;
    return exc_raise(I, TY_TYPE_ERROR, "type %N doesn't define __trunc__ method", type_of(I, x));
}

// ---- logarithms ----

// The double log-like [fn] of [x] (int of any size, or a real number), with CPython's
// rules: non-positive -> domain error; ints too big for a float are split into
// mantissa * 2**e first.
static bool log_value(Interp *I, Value x, double (*fn)(double), double *out) {
    if (int_check(I, x)) {
        if (int_sign(I, x) <= 0) {
            mathmod_domain_error(I);
            return false;
        }
        double d;
        if (int_to_double(I, x, &d)) {
            *out = fn(d);
            return true;
        }
        if (!exc_pending_is(I, TY_OVERFLOW_ERROR)) return false;
        exc_clear(I);
        // x >= 2**1024: keep the top 63 bits with a sticky bit, so the rounding of the
        // mantissa to 53 bits is exact.
        uint64_t bits = int_bit_length(I, x);
        Value sh = int_from_u64(I, bits - 63);
        if (sh == VAL_NULL) return false;
        Value top = int_binop(I, x, sh, BINOP_RSHIFT);
        if (top == VAL_NULL) return false;
        Value back = int_binop(I, top, sh, BINOP_LSHIFT);
        if (back == VAL_NULL) return false;
        int64_t t;
        if (!int_to_i64(I, top, &t)) return false;
        uint64_t u = (uint64_t)t;
        if (int_compare(I, back, x) != 0) u |= 1;
        double m = ldexp((double)u, -63);
        int64_t e = (int64_t)bits;
        if (m >= 1.0) {
            m = 0.5;
            e++;
        }
        *out = fn(m) + fn(2.0) * (double)e;
        return true;
    }
    double d;
    if (!float_as_double(I, x, &d)) return false;
    if (isnan(d)) {
        *out = d;
        return true;
    }
    if (d <= 0) {
        mathmod_domain_error(I);
        return false;
    }
    *out = fn(d);
    return true;
}

static Value f_log(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!args_no_kw(I, kw, "log")) return VAL_NULL;
    if (args.n < 1 || args.n > 2)
        return exc_raise(I, TY_TYPE_ERROR, "math.log requires 1 to 2 arguments");
    double num, den;
    if (!log_value(I, vview_get(args, 0), log, &num)) return VAL_NULL;
    if (args.n == 1) return float_new(I, num);
    if (!log_value(I, vview_get(args, 1), log, &den)) return VAL_NULL;
    if (den == 0) return exc_raise(I, TY_ZERO_DIVISION_ERROR, "float division by zero");
    return float_new(I, num / den);
}

static Value f_log2(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "math.log2")) return VAL_NULL;
    double r;
    if (!log_value(I, vview_get(args, 0), log2, &r)) return VAL_NULL;
    return float_new(I, r);
}

static Value f_log10(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "math.log10")) return VAL_NULL;
    double r;
    if (!log_value(I, vview_get(args, 0), log10, &r)) return VAL_NULL;
    return float_new(I, r);
}

// ---- two-argument float functions ----

static bool two_doubles(Interp *I, ValView args, Value kw, const char *fname, double *x,
                        double *y) {
    if (!mathmod_count(I, args, kw, "math", fname, 2, 2)) return false;
    return float_as_double(I, vview_get(args, 0), x) && float_as_double(I, vview_get(args, 1), y);
}

// CPython's math_2 rules: NaN from non-NaNs is a domain error, inf from finites a range
// error.
static Value math2_result(Interp *I, double x, double y, double r) {
    if (isnan(r)) {
        if (!isnan(x) && !isnan(y)) return mathmod_domain_error(I);
    } else if (isinf(r) && isfinite(x) && isfinite(y)) {
        return mathmod_range_error(I);
    }
    return float_new(I, r);
}

static Value f_atan2(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    double x, y;
    if (!two_doubles(I, args, kw, "atan2", &x, &y)) return VAL_NULL;
    return math2_result(I, x, y, atan2(x, y));
}

static Value f_copysign(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    double x, y;
    if (!two_doubles(I, args, kw, "copysign", &x, &y)) return VAL_NULL;
    return math2_result(I, x, y, copysign(x, y));
}

static Value f_remainder(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    double x, y;
    if (!two_doubles(I, args, kw, "remainder", &x, &y)) return VAL_NULL;
    return math2_result(I, x, y, remainder(x, y));
}

static Value f_fmod(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    double x, y;
    if (!two_doubles(I, args, kw, "fmod", &x, &y)) return VAL_NULL;
    if (isinf(y) && isfinite(x)) return float_new(I, x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return mathmod_domain_error(I);
    return float_new(I, r);
}

static Value f_pow(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    double x, y;
    if (!two_doubles(I, args, kw, "pow", &x, &y)) return VAL_NULL;
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y) && !isfinite(r)) {
        if (isnan(r) || x == 0) return mathmod_domain_error(I);
        return mathmod_range_error(I);
    }
    return float_new(I, r);
}

static Value f_nextafter(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    double x, y;
    if (!two_doubles(I, args, kw, "nextafter", &x, &y)) return VAL_NULL;
    return float_new(I, nextafter(x, y));
}

static Value f_ldexp(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_count(I, args, kw, "math", "ldexp", 2, 2)) return VAL_NULL;
    double x;
    if (!float_as_double(I, vview_get(args, 0), &x)) return VAL_NULL;
    Value ev = vview_get(args, 1);
    if (!int_check(I, ev))
        return exc_raise(I, TY_TYPE_ERROR, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (int_bit_length(I, ev) > 62) e = int_sign(I, ev) < 0 ? INT64_MIN : INT64_MAX;
    else if (!int_to_i64(I, ev, &e)) return VAL_NULL;
    if (x == 0 || !isfinite(x)) return float_new(I, x);
    if (e > 100000) return mathmod_range_error(I);
    if (e < -100000) return float_new(I, copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) return mathmod_range_error(I);
    return float_new(I, r);
}

// ---- decomposition and classification ----

static Value f_frexp(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "math.frexp")) return VAL_NULL;
    double x;
    if (!float_as_double(I, vview_get(args, 0), &x)) return VAL_NULL;
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0) m = frexp(x, &e);
    Value mv = float_new(I, m);
    Value ev = mv == VAL_NULL ? VAL_NULL : int_from_i64(I, e);
    return ev == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, mv, ev);
}

static Value f_modf(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "math.modf")) return VAL_NULL;
    double x;
    if (!float_as_double(I, vview_get(args, 0), &x)) return VAL_NULL;
    double ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    Value a = float_new(I, fp);
    Value b = a == VAL_NULL ? VAL_NULL : float_new(I, ip);
    return b == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, a, b);
}

static Value classify(Interp *I, ValView args, Value kw, const char *fname, int which) {
    if (!mathmod_one_arg(I, args, kw, fname)) return VAL_NULL;
    double x;
    if (!float_as_double(I, vview_get(args, 0), &x)) return VAL_NULL;
    bool r = which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x);
    return interp_bool(I, r);
}

static Value f_isfinite(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    return classify(I, args, kw, "math.isfinite", 0);
}

static Value f_isinf(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    return classify(I, args, kw, "math.isinf", 1);
}

static Value f_isnan(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    return classify(I, args, kw, "math.isnan", 2);
}

static Value f_ulp(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "math.ulp")) return VAL_NULL;
    double x;
    if (!float_as_double(I, vview_get(args, 0), &x)) return VAL_NULL;
    if (isnan(x)) return float_new(I, x);
    x = fabs(x);
    if (isinf(x)) return float_new(I, x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return float_new(I, x - nextafter(x, -INFINITY));
    return float_new(I, up - x);
}

static Value f_isclose(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    Value av, bv, rv, tv;
    if (!args_parse(I, args, kw, "isclose", "a b | $ rel_tol abs_tol", &av, &bv, &rv, &tv))
        return VAL_NULL;
    double a, b, rel = 1e-9, abs_tol = 0.0;
    if (!float_as_double(I, av, &a) || !float_as_double(I, bv, &b)) return VAL_NULL;
    if (rv != VAL_NULL && !float_as_double(I, rv, &rel)) return VAL_NULL;
    if (tv != VAL_NULL && !float_as_double(I, tv, &abs_tol)) return VAL_NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return exc_raise(I, TY_VALUE_ERROR, "tolerances must be non-negative");
    if (a == b) return I->true_;
    if (isinf(a) || isinf(b)) return I->false_;
    double diff = fabs(b - a);
    bool r = diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol;
    return interp_bool(I, r);
}

// ---- fsum ----

// The partials do not overlap, and each holds at least one of the 2098 bit positions a
// double can set (2**-1074 to 2**1023): many values of scattered magnitudes (a normal
// density sampled into its tails) take far more than the 40 or so of typical sums.
#define FSUM_PARTIALS 2100

static Value f_fsum(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "math.fsum")) return VAL_NULL;
    Value it = obj_iter(I, vview_get(args, 0));
    if (it == VAL_NULL) return VAL_NULL;
    double p[FSUM_PARTIALS];
    size_t n = 0;
    double special = 0.0, infs = 0.0;
    for (;;) {
        Value item = obj_next(I, it);
        if (item == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            break;
        }
        double x;
        if (!float_as_double(I, item, &x)) return VAL_NULL;
        double orig = x;
        size_t k = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) p[k++] = lo;
            x = hi;
        }
        n = k;
        if (x == 0.0) continue;
        if (!isfinite(x)) {
            // An infinite or NaN partial: the exact sum is lost; track the specials.
            if (isfinite(orig))
                return exc_raise(I, TY_OVERFLOW_ERROR, "intermediate overflow in fsum");
            if (isinf(orig)) infs += orig;
            special += orig;
            n = 0;
        } else {
            if (n >= FSUM_PARTIALS) return exc_nomem(I);
            p[n++] = x;
        }
    }
    if (special != 0.0) {
        if (isnan(infs)) return exc_raise(I, TY_VALUE_ERROR, "-inf + inf in fsum");
        return float_new(I, special);
    }
    double hi = 0.0, lo = 0.0;
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        // Round half to even across the remaining partials: when the next partial has
        // the same sign as lo, the true sum lies beyond the halfway point.
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return float_new(I, hi);
}

// ---- hypot and dist ----

// Euclidean norm accumulator for non-negative finite values whose maximum is known:
// values are scaled by a power of two putting the maximum in [0.5, 1), squares are
// summed in double-double with fma, and the square root is corrected once at the end.
typedef struct NormAcc {
    double hi, lo;
    int e1, e2; // the scale 2**-e as two factors so subnormal maxima stay representable
} NormAcc;

static void norm_init(NormAcc *acc, double max) {
    int e;
    (void)frexp(max, &e);
    acc->e1 = -e / 2;
    acc->e2 = -e - acc->e1;
    acc->hi = 0.0;
    acc->lo = 0.0;
}

static void norm_add(NormAcc *acc, double v) {
    double x = ldexp(ldexp(v, acc->e1), acc->e2);
    double sq = x * x;
    double sqe = fma(x, x, -sq);
    double t = acc->hi + sq;
    double bp = t - acc->hi;
    acc->lo += (acc->hi - (t - bp)) + (sq - bp) + sqe;
    acc->hi = t;
}

static double norm_finish(const NormAcc *acc) {
    double s = acc->hi + acc->lo;
    double lo2 = acc->lo - (s - acc->hi);
    double h = sqrt(s);
    double hh = h * h;
    double hhe = fma(h, h, -hh);
    double resid = ((s - hh) - hhe) + lo2;
    h += resid / (2.0 * h);
    return ldexp(ldexp(h, -acc->e1), -acc->e2);
}

#define NORM_STACK 64

// |vals[i] - minus[i]| (minus may be NULL) as a double.
static bool coord(Interp *I, ValView vals, const ValView *minus, size_t i, double *out) {
    double x;
    if (!float_as_double(I, vview_get(vals, i), &x)) return false;
    if (minus != NULL) {
        double y;
        if (!float_as_double(I, vview_get(*minus, i), &y)) return false;
        x -= y;
    }
    *out = fabs(x);
    return true;
}

// The norm of the coordinates (hypot / dist), with CPython's special values: any
// infinity gives inf, else any NaN gives nan. Each coordinate is converted once; long
// vectors keep the converted values as floats in a ValVec.
static Value norm_of(Interp *I, ValView vals, const ValView *minus) {
    double buf[NORM_STACK];
    ValVec big;
    vec_init(&big);
    size_t n = vals.n;
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x;
        if (!coord(I, vals, minus, i, &x)) return VAL_NULL;
        if (n <= NORM_STACK) {
            buf[i] = x;
        } else {
            Value f = float_new(I, x);
            if (f == VAL_NULL) return VAL_NULL;
            KStatus ks = vec_push(I->heap, &big, f);
            if (ks != K_OK) return exc_from_kstatus(I, ks, "hypot");
        }
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    if (isinf(max)) return float_new(I, max);
    if (found_nan) return float_new(I, NAN);
    if (max == 0.0 || n <= 1) return float_new(I, max);
    NormAcc acc;
    norm_init(&acc, max);
    for (size_t i = 0; i < n; i++)
        norm_add(&acc, n <= NORM_STACK ? buf[i] : float_value(vec_get(&big, i)));
    return float_new(I, norm_finish(&acc));
}

static Value f_hypot(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!args_no_kw(I, kw, "math.hypot")) return VAL_NULL;
    return norm_of(I, args, NULL);
}

static Value f_dist(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_count(I, args, kw, "math", "dist", 2, 2)) return VAL_NULL;
    Value p = obj_to_tuple(I, vview_get(args, 0));
    if (p == VAL_NULL) return VAL_NULL;
    Value q = obj_to_tuple(I, vview_get(args, 1));
    if (q == VAL_NULL) return VAL_NULL;
    if (tuple_len(p) != tuple_len(q))
        return exc_raise(I, TY_VALUE_ERROR, "both points must have the same number of dimensions");
    ValView qv = tuple_view(q);
    return norm_of(I, tuple_view(p), &qv);
}

// ---- module ----

static const MethodDef math_methods[] = {
    {"acos", f_acos, 0, NULL},
    {"acosh", f_acosh, 0, NULL},
    {"asin", f_asin, 0, NULL},
    {"asinh", f_asinh, 0, NULL},
    {"atan", f_atan, 0, NULL},
    {"atan2", f_atan2, 0, NULL},
    {"atanh", f_atanh, 0, NULL},
    {"cbrt", f_cbrt, 0, NULL},
    {"ceil", f_ceil, 0, NULL},
    {"copysign", f_copysign, 0, NULL},
    {"cos", f_cos, 0, NULL},
    {"cosh", f_cosh, 0, NULL},
    {"degrees", f_degrees, 0, NULL},
    {"dist", f_dist, 0, NULL},
    {"erf", f_erf, 0, NULL},
    {"erfc", f_erfc, 0, NULL},
    {"exp", f_exp, 0, NULL},
    {"exp2", f_exp2, 0, NULL},
    {"expm1", f_expm1, 0, NULL},
    {"fabs", f_fabs, 0, NULL},
    {"floor", f_floor, 0, NULL},
    {"fmod", f_fmod, 0, NULL},
    {"frexp", f_frexp, 0, NULL},
    {"fsum", f_fsum, 0, NULL},
    {"gamma", f_gamma, 0, NULL},
    {"hypot", f_hypot, 0, NULL},
    {"isclose", f_isclose, 0, NULL},
    {"isfinite", f_isfinite, 0, NULL},
    {"isinf", f_isinf, 0, NULL},
    {"isnan", f_isnan, 0, NULL},
    {"ldexp", f_ldexp, 0, NULL},
    {"lgamma", f_lgamma, 0, NULL},
    {"log", f_log, 0, NULL},
    {"log10", f_log10, 0, NULL},
    {"log1p", f_log1p, 0, NULL},
    {"log2", f_log2, 0, NULL},
    {"modf", f_modf, 0, NULL},
    {"nextafter", f_nextafter, 0, NULL},
    {"pow", f_pow, 0, NULL},
    {"radians", f_radians, 0, NULL},
    {"remainder", f_remainder, 0, NULL},
    {"sin", f_sin, 0, NULL},
    {"sinh", f_sinh, 0, NULL},
    {"sqrt", f_sqrt, 0, NULL},
    {"tan", f_tan, 0, NULL},
    {"tanh", f_tanh, 0, NULL},
    {"trunc", f_trunc, 0, NULL},
    {"ulp", f_ulp, 0, NULL},
    {NULL, NULL, 0, NULL},
};

bool mathmod_init(Interp *I, Value m) {
    return module_add_functions(I, m, math_methods) &&
           module_add_functions(I, m, mathmod_int_methods) &&
           module_add_float(I, m, "pi", M_PI) && module_add_float(I, m, "e", M_E) &&
           module_add_float(I, m, "tau", 2.0 * M_PI) &&
           module_add_float(I, m, "inf", INFINITY) && module_add_float(I, m, "nan", NAN);
}
