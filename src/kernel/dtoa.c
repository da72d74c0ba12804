/*
 * dtoa.c: float <-> decimal digits (see dtoa.h), exact, with no C library conversion.
 *
 *  - Digits: a finite double is m * 2**e. For e >= 0 its value is the integer m << e; for
 *    e < 0 it is (m * 5**-e) / 10**-e. Either way the decimal expansion is the digit text
 *    of one integer of at most 2550 bits (767 significant digits), computed in fixed
 *    local limb arrays, then rounded half-even by looking at the exact digits.
 *  - Parsing: D * 10**k for an integer D. k >= 0: the integer D * 10**k is converted by
 *    big_to_double (correctly rounded). k < 0: q = floor(D * 2**s / 10**-k) with 57 or 58
 *    bits and a sticky bit for the remainder, rounded by dtoa_round_scaled. More than 800
 *    digits are cut to 800 plus a sticky '1' digit, which cannot change the rounding
 *    (a halfway point between doubles has at most 767 significant digits).
 *  - Shortest: normal doubles carry 53 bits (15.95 digits), so if any string of <= 15
 *    digits reads back as d, it is the 15-digit rounding of d with its trailing zeros
 *    stripped; otherwise 16 digits are tried, then, when the mantissa is a power of two
 *    (the gap below d is half the gap above), the 16-digit string one unit above; 17
 *    digits always round-trip. Subnormals have fewer bits: every precision from 1 to 17
 *    is tried in turn.
 */
#include "dtoa.h"

#include <string.h>

#include "bigint.h"
#include "checked.h"

#define EXACT_MAX 800  // digits of any double's exact expansion (<= 767) plus margin
#define NLIMBS 96      // limbs of m * 5**1074 (<= 2550 bits) plus margin
#define PARSE_MAX 800  // significant digits kept when parsing

static uint64_t bits_of(double d) {
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

static double from_bits(uint64_t b) {
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

static bool is_finite(double d) { return ((bits_of(d) >> 52) & 0x7FF) != 0x7FF; }

static double abs_of(double d) { return from_bits(bits_of(d) & ~(UINT64_C(1) << 63)); }

double dtoa_round_scaled(uint64_t q, bool sticky, int64_t e) {
    int bits = 0;
    for (uint64_t t = q; t != 0; t >>= 1) bits++;
    if (bits == 0) return 0.0;
    int64_t top = e + bits - 1; // exponent of the leading bit
    if (top > 1100) return from_bits(UINT64_C(0x7FF0000000000000));
    int64_t lsb = top - 52;     // exponent of the last bit kept
    if (lsb < -1074) lsb = -1074;
    int64_t drop = lsb - e;     // low bits of q rounded away
    uint64_t kept;
    if (drop <= 0) {
        kept = q << (-drop); // q has at most 53 bits here: exact, sticky is below half
    } else if (drop > 64) {
        return 0.0; // below half the smallest subnormal
    } else {
        kept = drop == 64 ? 0 : q >> drop;
        uint64_t rem = drop == 64 ? q : q & ((UINT64_C(1) << drop) - 1);
        uint64_t half = UINT64_C(1) << (drop - 1);
        if (rem > half || (rem == half && (sticky || (kept & 1u) != 0))) kept++;
    }
    if (kept == (UINT64_C(1) << 53)) {
        kept >>= 1;
        lsb++;
    }
    if (kept >= (UINT64_C(1) << 52)) {
        int64_t biased = lsb + 1075;
        if (biased >= 2047) return from_bits(UINT64_C(0x7FF0000000000000));
        return from_bits(((uint64_t)biased << 52) | (kept - (UINT64_C(1) << 52)));
    }
    return from_bits(kept); // subnormal: lsb == -1074
}

// ---- exact digits ----

typedef struct Digits {
    uint8_t d[EXACT_MAX];
    size_t n;   // digits in d (no leading zero; trailing zeros stripped)
    int decpt;  // value = 0.d * 10**decpt
} Digits;

static uint32_t div_1e9(uint32_t *t, size_t n) {
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = (rem << 32) | t[i];
        t[i] = (uint32_t)(cur / 1000000000u);
        rem = cur % 1000000000u;
    }
    return (uint32_t)rem;
}

// The exact decimal expansion of |d| (finite, non-zero).
static void exact_digits(double d, Digits *g) {
    uint64_t b = bits_of(d);
    int be = (int)((b >> 52) & 0x7FF);
    uint64_t m = b & ((UINT64_C(1) << 52) - 1);
    int64_t e;
    if (be == 0) {
        e = -1074;
    } else {
        m |= UINT64_C(1) << 52;
        e = be - 1075;
    }
    while ((m & 1u) == 0 && e < 0) {
        m >>= 1;
        e++;
    }
    uint32_t num[NLIMBS];
    uint32_t m2[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
    size_t n = 0;
    if (e >= 0) {
        if (big_shl(num, NLIMBS, m2, 2, (uint64_t)e, &n) != K_OK) n = 0; // < 2**1024: fits
    } else {
        n = big_copy(num, NLIMBS, m2, 2) == K_OK ? big_norm(num, 2) : 0;
        int64_t k = -e;
        while (k > 0) {
            uint32_t p = 1;
            int64_t step = k >= 13 ? 13 : k;
            for (int64_t i = 0; i < step; i++) p *= 5;
            if (big_mul_small(num, NLIMBS, num, n, p, 0, &n) != K_OK) n = 0; // < 2**2550: fits
            k -= step;
        }
    }
    // base 10**9 chunks, least significant first
    uint32_t chunk[NLIMBS + 8];
    size_t nc = 0;
    while (n > 0 && nc < NLIMBS + 8) {
        chunk[nc++] = div_1e9(num, n);
        n = big_norm(num, n);
    }
    size_t k = 0;
    for (size_t c = nc; c-- > 0;) {
        uint8_t tmp[9];
        // cppcheck-suppress uninitvar ; false positive: c < nc and chunk[0 .. nc) was
        // written by the loop above (cppcheck does not relate nc to the loop).
        uint32_t v = chunk[c];
        for (int j = 8; j >= 0; j--) {
            tmp[j] = (uint8_t)('0' + v % 10);
            v /= 10;
        }
        int j = 0;
        if (c == nc - 1)
            while (j < 8 && tmp[j] == '0') j++; // no leading zeros in the top chunk
        for (; j < 9 && k < EXACT_MAX; j++) g->d[k++] = tmp[j];
    }
    g->n = k;
    g->decpt = (int)k + (e < 0 ? (int)e : 0);
    while (g->n > 0 && g->d[g->n - 1] == '0') g->n--;
}

// Keeps the first [keep] digits of [g], rounding half-even on the exact digits. keep <= 0
// may round up to a single "1" one place higher; otherwise the result can be empty (zero).
static void round_at(Digits *g, int64_t keep) {
    if (keep >= (int64_t)g->n) return;
    if (keep < 0) {
        g->n = 0;
        return;
    }
    size_t kp = (size_t)keep;
    uint8_t c = g->d[kp];
    bool rest = false;
    for (size_t i = kp + 1; i < g->n; i++) rest = rest || g->d[i] != '0';
    bool prev_odd = kp > 0 && ((g->d[kp - 1] - '0') & 1) != 0;
    bool up = c > '5' || (c == '5' && (rest || prev_odd));
    g->n = kp;
    if (up) {
        size_t i = kp;
        while (i > 0 && g->d[i - 1] == '9') i--;
        if (i == 0) { // all nines (or nothing kept): becomes 1 one place higher
            g->d[0] = '1';
            g->n = 1;
            g->decpt++;
            return;
        }
        g->d[i - 1]++;
        g->n = i;
    }
    while (g->n > 0 && g->d[g->n - 1] == '0') g->n--;
}

// ---- parsing ----

// r = 10**k (k <= 1200) in [r] of [cap] limbs.
static KStatus pow10_big(uint32_t *r, size_t cap, int64_t k, size_t *rn) {
    if (cap < 2) return K_RANGE;
    for (size_t i = 0; i < cap; i++) r[i] = 0;
    r[0] = 1;
    size_t n = 1;
    while (k > 0) {
        uint32_t p = 1;
        int64_t step = k >= 9 ? 9 : k;
        for (int64_t i = 0; i < step; i++) p *= 10;
        KStatus s = big_mul_small(r, cap, r, n, p, 0, &n);
        if (s != K_OK) return s;
        k -= step;
    }
    *rn = n;
    return K_OK;
}

// The double nearest to DIG * 10**e10, DIG the [nd] ASCII digits of [dig] (no leading
// zero), plus a tiny amount when [sticky] (the digits were cut).
static KStatus digits_to_double(Heap *h, const uint8_t *dig, size_t nd, int64_t e10, bool sticky,
                                double *out) {
    if ((int64_t)nd + e10 > 310) {
        *out = from_bits(UINT64_C(0x7FF0000000000000));
        return K_OK;
    }
    if ((int64_t)nd + e10 < -325) {
        *out = 0.0;
        return K_OK;
    }
    size_t dcap = big_limbs_for_digits(nd + 1, 10);
    uint32_t *dd = big_alloc(h, dcap);
    if (dd == NULL) return K_NOMEM;
    size_t dn;
    KStatus s = big_from_text(dd, dcap, dig, nd, 10, &dn);
    if (s != K_OK) return s;
    if (sticky) { // append a digit 1: strictly between DIG and DIG + 1
        s = big_mul_small(dd, dcap, dd, dn, 10, 1, &dn);
        if (s != K_OK) return s;
        e10--;
    }
    if (e10 >= 0) {
        size_t pcap = (size_t)e10 / 9 + 3;
        uint32_t *p = big_alloc(h, pcap);
        size_t pn;
        if (p == NULL) return K_NOMEM;
        s = pow10_big(p, pcap, e10, &pn);
        if (s != K_OK) return s;
        size_t ncap = dn + pn;
        uint32_t *num = big_alloc(h, ncap);
        if (num == NULL) return K_NOMEM;
        size_t nn;
        s = big_mul(h, num, ncap, dd, dn, p, pn, &nn);
        if (s != K_OK) return s;
        if (big_to_double(num, nn, out) != K_OK) *out = from_bits(UINT64_C(0x7FF0000000000000));
        return K_OK;
    }
    int64_t k = -e10;
    size_t pcap = (size_t)k / 9 + 3;
    uint32_t *p = big_alloc(h, pcap + 3);
    size_t pn;
    if (p == NULL) return K_NOMEM;
    s = pow10_big(p, pcap, k, &pn);
    if (s != K_OK) return s;
    int64_t sh = 57 - ((int64_t)big_bit_length(dd, dn) - (int64_t)big_bit_length(p, pn));
    const uint32_t *num = dd, *den = p;
    size_t nn = dn, dnn = pn;
    if (sh > 0) {
        size_t cap = dn + (size_t)sh / 32 + 2;
        uint32_t *t = big_alloc(h, cap);
        if (t == NULL) return K_NOMEM;
        s = big_shl(t, cap, dd, dn, (uint64_t)sh, &nn);
        if (s != K_OK) return s;
        num = t;
    } else if (sh < 0) {
        size_t cap = pn + (size_t)(-sh) / 32 + 2;
        uint32_t *t = big_alloc(h, cap);
        if (t == NULL) return K_NOMEM;
        s = big_shl(t, cap, p, pn, (uint64_t)(-sh), &dnn);
        if (s != K_OK) return s;
        den = t;
    }
    size_t qcap = nn >= dnn ? nn - dnn + 1 : 1;
    uint32_t *q = big_alloc(h, qcap);
    uint32_t *r = big_alloc(h, dnn);
    if (q == NULL || r == NULL) return K_NOMEM;
    size_t qn, rn;
    s = big_divmod(h, q, qcap, r, dnn, num, nn, den, dnn, &qn, &rn);
    if (s != K_OK) return s;
    uint64_t qv = 0;
    if (!big_to_u64(q, qn, &qv)) return K_RANGE; // cannot happen: q < 2**59
    *out = dtoa_round_scaled(qv, rn != 0, -sh);
    return K_OK;
}

KStatus dtoa_parse(Heap *h, const uint8_t *text, size_t n, double *out) {
    size_t i = 0;
    bool neg = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) {
        neg = text[i] == '-';
        i++;
    }
    size_t int_start = i;
    while (i < n && text[i] >= '0' && text[i] <= '9') i++;
    size_t int_end = i, frac_start = i, frac_end = i;
    if (i < n && text[i] == '.') {
        i++;
        frac_start = i;
        while (i < n && text[i] >= '0' && text[i] <= '9') i++;
        frac_end = i;
    }
    if (int_end == int_start && frac_end == frac_start) return K_INVALID;
    int64_t exp = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        i++;
        bool eneg = false;
        if (i < n && (text[i] == '+' || text[i] == '-')) {
            eneg = text[i] == '-';
            i++;
        }
        size_t ed = 0;
        while (i < n && text[i] >= '0' && text[i] <= '9') {
            if (exp < 100000000) exp = exp * 10 + (text[i] - '0');
            i++;
            ed++;
        }
        if (ed == 0) return K_INVALID;
        if (eneg) exp = -exp;
    }
    if (i != n) return K_INVALID;
    // significant digits: integer part then fraction, leading zeros skipped
    size_t nfrac = frac_end - frac_start;
    if (nfrac > (size_t)INT64_MAX / 2) return K_INVALID;
    uint8_t *dig = NULL;
    size_t total = (int_end - int_start) + nfrac;
    size_t cap = total < PARSE_MAX ? total : PARSE_MAX;
    uint8_t local[64];
    if (cap <= sizeof local) {
        dig = local;
    } else {
        dig = heap_alloc(h, cap, HEAP_RAW);
        if (dig == NULL) return K_NOMEM;
    }
    size_t nd = 0;
    int64_t dropped = 0; // significant digits not stored (beyond PARSE_MAX)
    bool sticky = false;
    int64_t e10 = exp - (int64_t)nfrac;
    for (size_t j = int_start; j < frac_end; j++) {
        if (j == int_end) j = frac_start;
        if (j >= frac_end) break;
        uint8_t c = text[j];
        if (nd == 0 && c == '0') continue;
        if (nd < cap && nd < PARSE_MAX) {
            dig[nd++] = c;
        } else {
            dropped++;
            if (c != '0') sticky = true;
        }
    }
    double r = 0.0;
    if (nd > 0) {
        // strip trailing zeros of what was kept (they only scale by 10)
        while (nd > 1 && dig[nd - 1] == '0') {
            nd--;
            dropped++;
        }
        KStatus s = digits_to_double(h, dig, nd, e10 + dropped, sticky, &r);
        if (s != K_OK) return s;
    }
    *out = neg ? -r : r;
    return K_OK;
}

// ---- output ----

static bool digits_roundtrip(Heap *h, const Digits *g, double d, KStatus *err) {
    double v = 0;
    KStatus s = digits_to_double(h, g->d, g->n, (int64_t)g->decpt - (int64_t)g->n, false, &v);
    if (s != K_OK) {
        *err = s;
        return true; // stop searching
    }
    return v == d;
}

static KStatus put(const Digits *g, uint8_t *out, size_t cap, size_t *nd, int *decpt) {
    if (g->n > cap) return K_RANGE;
    memcpy(out, g->d, g->n);
    *nd = g->n;
    *decpt = g->decpt;
    return K_OK;
}

KStatus dtoa_shortest(Heap *h, double d, uint8_t *out, size_t cap, size_t *nd, int *decpt) {
    if (cap < DTOA_SHORTEST_CAP) return K_RANGE;
    if (!is_finite(d)) return K_INVALID;
    d = abs_of(d);
    if (d == 0) {
        out[0] = '0';
        *nd = 1;
        *decpt = 1;
        return K_OK;
    }
    Digits exact, g;
    exact_digits(d, &exact);
    bool subnormal = ((bits_of(d) >> 52) & 0x7FF) == 0;
    KStatus err = K_OK;
    for (int p = subnormal ? 1 : 15; p <= 17; p++) {
        g = exact;
        round_at(&g, p);
        if (digits_roundtrip(h, &g, d, &err)) return err != K_OK ? err : put(&g, out, cap, nd, decpt);
        if (p == 16 && !subnormal && (bits_of(d) & ((UINT64_C(1) << 52) - 1)) == 0) {
            // Power of two: the nearest 16-digit string fell in the narrow gap below;
            // the one a unit above may still lie in the wider gap above.
            Digits up = g;
            // bounds-ok: up.n is a size_t below 16 here and d has EXACT_MAX (> 16) bytes; clang 14
            // treats the unsigned index as possibly negative.
            while (up.n < 16) up.d[up.n++] = '0';
            size_t i = up.n;
            while (i > 0 && up.d[i - 1] == '9') up.d[--i] = '0';
            if (i == 0) {
                up.d[0] = '1';
                up.decpt++;
            } else {
                up.d[i - 1]++;
            }
            while (up.n > 1 && up.d[up.n - 1] == '0') up.n--;
            if (digits_roundtrip(h, &up, d, &err)) return err != K_OK ? err : put(&up, out, cap, nd, decpt);
        }
    }
    return K_INVALID; // 17 digits always round-trip
}

size_t dtoa_digits_cap(double d, char mode, int64_t ndigits) {
    (void)d;
    if (ndigits < 0 || ndigits > 0x7FFFFFF0) return 0;
    size_t extra = mode == 'f' ? 330 : 16;
    return (size_t)ndigits + extra;
}

KStatus dtoa_digits(Heap *h, double d, char mode, int64_t ndigits, uint8_t *out, size_t cap,
                    size_t *nd, int *decpt) {
    (void)h;
    if (!is_finite(d)) return K_INVALID;
    if (mode != 'e' && mode != 'f') return K_INVALID;
    size_t need = dtoa_digits_cap(d, mode, ndigits);
    if (need == 0 || cap < need) return K_RANGE;
    if (mode == 'e' && ndigits < 1) return K_RANGE;
    d = abs_of(d);
    if (d == 0) {
        if (mode == 'e') {
            out[0] = '0';
            *nd = 1;
            *decpt = 1;
        } else {
            *nd = 0;
            *decpt = 0;
        }
        return K_OK;
    }
    Digits g;
    exact_digits(d, &g);
    int64_t keep = mode == 'e' ? ndigits : (int64_t)g.decpt + ndigits;
    round_at(&g, keep);
    if (g.n == 0) {
        *nd = 0;
        *decpt = 0;
        return K_OK;
    }
    return put(&g, out, cap, nd, decpt);
}
