/*
 * mathmod_int.c: the integer functions of the math module: gcd, lcm, isqrt, factorial,
 * comb, perm, and prod. All arithmetic goes through the int type's operations on
 * Values, so small and big ints are handled alike; products of long ranges are split
 * in halves so big multiplications stay balanced (Karatsuba-friendly).
 *
 * Invariant: arguments are converted with obj_index (TypeError "'X' object cannot be
 * interpreted as an integer") before any arithmetic.
 */
#include <math.h>

#include "mathmod.h"

#include "../objects/args.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/ops.h"
#include "../vm/opcodes.h"

// ---- gcd / lcm ----

static Value int_abs(Interp *I, Value v) {
    if (int_sign(I, v) < 0) return obj_unary(I, v, UN_NEG);
    return int_exact(I, v);
}

static Value gcd2(Interp *I, Value a, Value b) {
    a = int_abs(I, a);
    if (a == VAL_NULL) return VAL_NULL;
    b = int_abs(I, b);
    if (b == VAL_NULL) return VAL_NULL;
    while (!int_is_zero(b)) {
        if (int_bit_length(I, a) < 63 && int_bit_length(I, b) < 63) {
            int64_t x, y;
            if (!int_to_i64(I, a, &x) || !int_to_i64(I, b, &y)) return VAL_NULL;
            while (y != 0) {
                int64_t t = x % y;
                x = y;
                y = t;
            }
            return int_from_i64(I, x);
        }
        Value r = int_binop(I, a, b, BINOP_MOD);
        if (r == VAL_NULL) return VAL_NULL;
        a = b;
        b = r;
    }
    return a;
}

static Value f_gcd(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!args_no_kw(I, kw, "math.gcd")) return VAL_NULL;
    Value g = int_from_i64(I, 0);
    for (size_t i = 0; i < args.n; i++) {
        Value x = obj_index(I, vview_get(args, i));
        if (x == VAL_NULL) return VAL_NULL;
        if (i == 0) {
            g = int_abs(I, x);
            if (g == VAL_NULL) return VAL_NULL;
            continue;
        }
        if (int_compare(I, g, int_from_i64(I, 1)) == 0) continue; // still validate args
        g = gcd2(I, g, x);
        if (g == VAL_NULL) return VAL_NULL;
    }
    return g;
}

static Value f_lcm(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!args_no_kw(I, kw, "math.lcm")) return VAL_NULL;
    Value l = int_from_i64(I, 1);
    for (size_t i = 0; i < args.n; i++) {
        Value x = obj_index(I, vview_get(args, i));
        if (x == VAL_NULL) return VAL_NULL;
        if (i == 0) {
            l = int_abs(I, x);
            if (l == VAL_NULL) return VAL_NULL;
            continue;
        }
        if (int_is_zero(l)) continue;
        if (int_is_zero(x)) {
            l = int_from_i64(I, 0);
            continue;
        }
        Value g = gcd2(I, l, x);
        if (g == VAL_NULL) return VAL_NULL;
        Value q = int_binop(I, l, g, BINOP_FLOORDIV);
        if (q == VAL_NULL) return VAL_NULL;
        Value ax = int_abs(I, x);
        if (ax == VAL_NULL) return VAL_NULL;
        l = int_binop(I, q, ax, BINOP_MUL);
        if (l == VAL_NULL) return VAL_NULL;
    }
    return l;
}

// ---- isqrt ----

static uint64_t isqrt_u64(uint64_t n) {
    uint64_t r = (uint64_t)sqrt((double)n);
    // The double estimate is within a few units; fix it up exactly.
    while (r > 0 && (r > UINT32_MAX || r * r > n)) r--;
    while (r + 1 <= UINT32_MAX && (r + 1) * (r + 1) <= n) r++;
    return r;
}

static Value f_isqrt(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "math.isqrt")) return VAL_NULL;
    Value n = obj_index(I, vview_get(args, 0));
    if (n == VAL_NULL) return VAL_NULL;
    if (int_sign(I, n) < 0)
        return exc_raise(I, TY_VALUE_ERROR, "isqrt() argument must be nonnegative");
    uint64_t bits = int_bit_length(I, n);
    if (bits < 63) {
        int64_t v;
        if (!int_to_i64(I, n, &v)) return VAL_NULL;
        return int_from_u64(I, isqrt_u64((uint64_t)v));
    }
    // Newton from above: x0 = 2**ceil(bits/2) >= sqrt(n); x decreases to floor(sqrt(n)).
    Value x = int_binop(I, int_from_i64(I, 1), int_from_u64(I, (bits + 1) / 2), BINOP_LSHIFT);
    if (x == VAL_NULL) return VAL_NULL;
    Value two = int_from_i64(I, 2);
    for (;;) {
        Value q = int_binop(I, n, x, BINOP_FLOORDIV);
        if (q == VAL_NULL) return VAL_NULL;
        Value s = int_binop(I, x, q, BINOP_ADD);
        if (s == VAL_NULL) return VAL_NULL;
        Value y = int_binop(I, s, two, BINOP_FLOORDIV);
        if (y == VAL_NULL) return VAL_NULL;
        if (int_compare(I, y, x) >= 0) return x;
        x = y;
    }
}

// ---- products of ranges ----

// The product start * (start+1) * ... * (start+count-1) of [count] >= 0 consecutive
// ints, split in halves (depth log2(count)).
static Value range_product(Interp *I, Value start, uint64_t count) {
    if (count == 0) return int_from_i64(I, 1);
    if (count == 1) return start;
    int64_t s;
    if (int_bit_length(I, start) < 32 && count < 16 && int_to_i64(I, start, &s) && s >= 0) {
        // Small factors: multiply in 64 bits while it cannot overflow.
        uint64_t acc = 1;
        uint64_t k = 0;
        Value r = int_from_i64(I, 1);
        for (; k < count; k++) {
            uint64_t f = (uint64_t)s + k;
            if (f != 0 && acc > UINT64_MAX / f) {
                r = int_binop(I, r, int_from_u64(I, acc), BINOP_MUL);
                if (r == VAL_NULL) return VAL_NULL;
                acc = 1;
            }
            acc *= f;
        }
        return int_binop(I, r, int_from_u64(I, acc), BINOP_MUL);
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    uint64_t half = count / 2;
    Value a = range_product(I, start, half);
    if (a == VAL_NULL) return VAL_NULL;
    Value mid = int_binop(I, start, int_from_u64(I, half), BINOP_ADD);
    if (mid == VAL_NULL) return VAL_NULL;
    Value b = range_product(I, mid, count - half);
    if (b == VAL_NULL) return VAL_NULL;
    return int_binop(I, a, b, BINOP_MUL);
}

static Value factorial_of(Interp *I, uint64_t n) {
    if (n < 2) return int_from_i64(I, 1);
    return range_product(I, int_from_i64(I, 1), n);
}

static Value f_factorial(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_one_arg(I, args, kw, "math.factorial")) return VAL_NULL;
    Value n = obj_index(I, vview_get(args, 0));
    if (n == VAL_NULL) return VAL_NULL;
    if (int_sign(I, n) < 0)
        return exc_raise(I, TY_VALUE_ERROR, "factorial() not defined for negative values");
    int64_t v;
    if (int_bit_length(I, n) > 63 || !int_to_i64(I, n, &v)) {
        exc_clear(I);
        return exc_raise(I, TY_OVERFLOW_ERROR,
                         "factorial() argument should not exceed 9223372036854775807");
    }
    return factorial_of(I, (uint64_t)v);
}

// n and k of comb/perm as ints, checked non-negative.
static bool n_and_k(Interp *I, Value nv, Value kv, Value *n, Value *k) {
    *n = obj_index(I, nv);
    if (*n == VAL_NULL) return false;
    *k = obj_index(I, kv);
    if (*k == VAL_NULL) return false;
    if (int_sign(I, *n) < 0) {
        exc_raise(I, TY_VALUE_ERROR, "n must be a non-negative integer");
        return false;
    }
    if (int_sign(I, *k) < 0) {
        exc_raise(I, TY_VALUE_ERROR, "k must be a non-negative integer");
        return false;
    }
    return true;
}

static bool small_count(Interp *I, Value k, const char *what, uint64_t *out) {
    int64_t v;
    if (int_bit_length(I, k) > 63 || !int_to_i64(I, k, &v)) {
        exc_clear(I);
        exc_raise(I, TY_OVERFLOW_ERROR, "%s must not exceed 9223372036854775807", what);
        return false;
    }
    *out = (uint64_t)v;
    return true;
}

static Value f_comb(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_count(I, args, kw, "math", "comb", 2, 2)) return VAL_NULL;
    Value n, k;
    if (!n_and_k(I, vview_get(args, 0), vview_get(args, 1), &n, &k)) return VAL_NULL;
    if (int_compare(I, k, n) > 0) return int_from_i64(I, 0);
    Value nk = int_binop(I, n, k, BINOP_SUB);
    if (nk == VAL_NULL) return VAL_NULL;
    if (int_compare(I, nk, k) < 0) k = nk;
    uint64_t kk;
    if (!small_count(I, k, "min(n - k, k)", &kk)) return VAL_NULL;
    if (kk == 0) return int_from_i64(I, 1);
    Value lo = int_binop(I, n, int_from_u64(I, kk - 1), BINOP_SUB);
    if (lo == VAL_NULL) return VAL_NULL;
    Value num = range_product(I, lo, kk);
    if (num == VAL_NULL) return VAL_NULL;
    Value den = factorial_of(I, kk);
    if (den == VAL_NULL) return VAL_NULL;
    return int_binop(I, num, den, BINOP_FLOORDIV);
}

static Value f_perm(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    if (!mathmod_count(I, args, kw, "math", "perm", 1, 2)) return VAL_NULL;
    Value kv = vview_get(args, 1);
    if (kv == VAL_NULL || kv == I->none) {
        Value n = obj_index(I, vview_get(args, 0));
        if (n == VAL_NULL) return VAL_NULL;
        if (int_sign(I, n) < 0)
            return exc_raise(I, TY_VALUE_ERROR, "factorial() not defined for negative values");
        uint64_t nn;
        if (!small_count(I, n, "n", &nn)) return VAL_NULL;
        return factorial_of(I, nn);
    }
    Value n, k;
    if (!n_and_k(I, vview_get(args, 0), kv, &n, &k)) return VAL_NULL;
    if (int_compare(I, k, n) > 0) return int_from_i64(I, 0);
    uint64_t kk;
    if (!small_count(I, k, "k", &kk)) return VAL_NULL;
    if (kk == 0) return int_from_i64(I, 1);
    Value lo = int_binop(I, n, int_from_u64(I, kk - 1), BINOP_SUB);
    if (lo == VAL_NULL) return VAL_NULL;
    return range_product(I, lo, kk);
}

// ---- prod ----

static Value f_prod(Interp *I, Value self, ValView args, Value kw) {
    (void)self;
    Value iterable, start;
    if (args.n - args_nkw(kw) == 0)
        return exc_raise(I, TY_TYPE_ERROR, "prod() takes exactly 1 positional argument (0 given)");
    if (!args_parse(I, args, kw, "prod", "iterable / | $ start", &iterable, &start))
        return VAL_NULL;
    Value acc = start == VAL_NULL ? int_from_i64(I, 1) : start;
    Value it = obj_iter(I, iterable);
    if (it == VAL_NULL) return VAL_NULL;
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : acc;
        acc = obj_binop(I, acc, x, BINOP_MUL);
        if (acc == VAL_NULL) return VAL_NULL;
    }
}

const MethodDef mathmod_int_methods[] = {
    {"comb", f_comb, 0, NULL},
    {"factorial", f_factorial, 0, NULL},
    {"gcd", f_gcd, 0, NULL},
    {"isqrt", f_isqrt, 0, NULL},
    {"lcm", f_lcm, 0, NULL},
    {"perm", f_perm, 0, NULL},
    {"prod", f_prod, 0, NULL},
    {NULL, NULL, 0, NULL},
};
