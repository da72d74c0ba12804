/*
 * float_exact.c: see float_exact.h.
 *
 * A positive normal double is M * 2^-s with 2^52 <= M < 2^53. The decimals that read back
 * as it lie strictly between the midpoints to its neighbours, (2M - 1) * 2^-(s+1) and
 * (2M + 1) * 2^-(s+1) (the lower one is (4M - 1) * 2^-(s+2) when M = 2^52: the gap below a
 * power of two is half as wide), and a midpoint itself reads back as the neighbour with the
 * even M. For a decimal c / 10^k, multiplying everything by 2^(s+2) * 10^k turns the test
 * into comparisons of integers: c * 2^(s+2) against 4M * 10^k +- 2 * 10^k. With
 * M < 2^53, 10^k <= 10^21 < 2^70, c < 2^64 and s + 2 <= 63 (or c < 2^57 and s + 2 <= 70)
 * every product fits 128 bits, so the test is exact.
 */
#include "float_exact.h"

#include <float.h>
#include <math.h>

typedef unsigned __int128 U128;

const double float_exact_pow10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

#define M_MIN (UINT64_C(1) << 52)
#define M_LIMIT (UINT64_C(1) << 53)

static U128 pow10_u128(int k) {
    U128 p = 1;
    for (int i = 0; i < k; i++) p *= 10;
    return p;
}

// a = M * 2^-s for a positive normal double [a].
static void split(double a, uint64_t *m, int *s) {
    int x;
    double f = frexp(a, &x); // a = f * 2^x, 0.5 <= f < 1
    *m = (uint64_t)ldexp(f, 53);
    *s = 53 - x;
}

// Where the exact value x / (2^(s+2) * 10^k), given as [x], reads back relative to the
// double M * 2^-s: -1 below it, 1 above it, 0 as it. [t] is 10^k.
static int side(U128 x, uint64_t m, U128 t) {
    U128 v = (U128)(4 * m) * t;
    U128 hi = v + 2 * t;
    U128 lo = v - (m == M_MIN ? t : 2 * t);
    bool even = (m & 1) == 0;
    if (x > hi || (x == hi && !even)) return 1;
    if (x < lo || (x == lo && !even)) return -1;
    return 0;
}

bool float_exact_shortest(double a, FloatDigits *out) {
    if (!(a >= DBL_MIN) || !(a < 9007199254740992.0)) return false;
    uint64_t m;
    int s;
    split(a, &m, &s);
    if (s < 0 || s > 68) return false;
    // dp: the number of digits before the point, 10^(dp-1) <= a < 10^dp. The estimate from
    // the binary exponent is dp or dp - 1; the integer part of a * 10^(15-dp) settles it.
    int dp = (int)floor((double)(53 - s - 1) * 0.30102999566398120) + 1;
    for (int tries = 0;; tries++) {
        int k = 15 - dp;
        if (k < 0 || k > 21 || tries > 2) return false;
        U128 q = ((U128)m * pow10_u128(k)) >> s;
        if (q >= pow10_u128(15)) dp++;
        else if (q < pow10_u128(14)) dp--;
        else break;
    }
    for (int nd = 15; nd <= 17; nd++) {
        int k = nd - dp;
        if (k > 21) return false;
        U128 t = pow10_u128(k);
        U128 prod = (U128)m * t; // a * 10^k = prod / 2^s, below 2^123
        U128 c = prod >> s;
        if (s > 0) {
            U128 rem = prod - (c << s), half = (U128)1 << (s - 1);
            if (rem > half || (rem == half && (c & 1) != 0)) c++;
        }
        if (side(c << (s + 2), m, t) != 0) continue; // c < 10^17 + 1 < 2^57, s + 2 <= 70
        int point = dp;
        if (c == pow10_u128(nd)) { // rounded up to the next power of ten
            c = 1;
            point++;
        }
        uint64_t v = (uint64_t)c;
        while (v % 10 == 0) v /= 10;
        uint8_t rev[20];
        size_t len = 0;
        for (; v > 0 && len < sizeof rev; v /= 10) rev[len++] = (uint8_t)('0' + v % 10);
        for (size_t i = 0; i < len; i++) out->d[i] = rev[len - 1 - i];
        out->n = len;
        out->decpt = point;
        return true;
    }
    return false; // not reached: 17 correctly rounded digits always read back
}

bool float_exact_parse(uint64_t m, int k, double *out) {
    if (k < 1 || k > 21 || m == 0) return false;
    U128 t = pow10_u128(k);
    // within an ulp or two of the answer (10^k is an exact double); no 128-bit to double
    // conversion, which would need a compiler runtime routine the enclave does not link
    double v = (double)m / float_exact_pow10[k];
    if (!(v >= 0.002) || !(v < 36028797018963968.0)) return false; // s + 2 within 0 .. 63
    for (int step = 0; step < 4; step++) {
        uint64_t dm;
        int s;
        split(v, &dm, &s);
        if (s + 2 < 0 || s + 2 > 63) return false;
        int where = side((U128)m << (s + 2), dm, t);
        if (where == 0) {
            *out = v;
            return true;
        }
        if (where > 0) {
            dm++;
            if (dm == M_LIMIT) {
                dm = M_MIN;
                s--;
            }
        } else {
            dm--;
            if (dm < M_MIN) {
                dm = M_LIMIT - 1;
                s++;
            }
        }
        v = ldexp((double)dm, -s);
    }
    return false;
}
