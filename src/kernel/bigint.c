/*
 * bigint.c: limb arithmetic on magnitudes (see bigint.h for the contracts).
 *
 * Every loop runs over an explicit length, every write is to an index below a checked
 * capacity, and every size is computed with checks that cannot wrap (VERIFY.md rule 2).
 * Scratch space (Karatsuba, long division, decimal conversion) comes from the GC heap as
 * HEAP_RAW chunks; the conservative stack scan keeps them alive while in use.
 */
#include "bigint.h"

#include <string.h>

#include "checked.h"

uint32_t *big_alloc(Heap *h, size_t n) {
    size_t bytes;
    if (n == 0 || n > BIG_MAX_LIMBS || !size_mul(n, sizeof(uint32_t), &bytes)) return NULL;
    return (uint32_t *)heap_new(h, bytes, HEAP_RAW);
}

size_t big_norm(const uint32_t *a, size_t na) {
    while (na > 0 && a[na - 1] == 0) na--;
    return na;
}

KStatus big_copy(uint32_t *r, size_t nr, const uint32_t *a, size_t na) {
    na = big_norm(a, na);
    if (na > nr) return K_RANGE;
    if (r != a && na > 0) memmove(r, a, na * sizeof(uint32_t));
    for (size_t i = na; i < nr; i++) r[i] = 0;
    return K_OK;
}

int big_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    na = big_norm(a, na);
    nb = big_norm(b, nb);
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

KStatus big_add(uint32_t *r, size_t nr, const uint32_t *a, size_t na, const uint32_t *b,
                size_t nb, size_t *rn) {
    na = big_norm(a, na);
    nb = big_norm(b, nb);
    size_t n = na > nb ? na : nb;
    if (n > nr) return K_RANGE;
    // the longer operand's tail only propagates the carry (two loops: no per-limb
    // bounds test on the shorter one)
    const uint32_t *lng = na >= nb ? a : b;
    size_t ns = na >= nb ? nb : na;
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < ns; i++) {
        uint64_t s = (uint64_t)a[i] + b[i] + carry;
        r[i] = (uint32_t)s;
        carry = s >> 32;
    }
    for (; i < n; i++) {
        uint64_t s = (uint64_t)lng[i] + carry;
        r[i] = (uint32_t)s;
        carry = s >> 32;
    }
    if (carry != 0) {
        if (n >= nr) return K_RANGE;
        r[n] = (uint32_t)carry;
        n++;
    }
    *rn = n;
    return K_OK;
}

KStatus big_sub(uint32_t *r, size_t nr, const uint32_t *a, size_t na, const uint32_t *b,
                size_t nb, size_t *rn) {
    na = big_norm(a, na);
    nb = big_norm(b, nb);
    if (big_cmp(a, na, b, nb) < 0) return K_RANGE;
    if (na > nr) return K_RANGE;
    // borrow = the sign bit of the 64-bit difference (|x - y - borrow| < 2^33); nb <= na
    // since a >= b
    uint64_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        uint64_t d = (uint64_t)a[i] - b[i] - borrow;
        r[i] = (uint32_t)d;
        borrow = d >> 63;
    }
    for (; i < na; i++) {
        uint64_t d = (uint64_t)a[i] - borrow;
        r[i] = (uint32_t)d;
        borrow = d >> 63;
    }
    *rn = big_norm(r, na);
    return K_OK;
}

KStatus big_mul_small(uint32_t *r, size_t nr, const uint32_t *a, size_t na, uint32_t m,
                      uint32_t add, size_t *rn) {
    na = big_norm(a, na);
    if (na > nr) return K_RANGE;
    uint64_t carry = add;
    for (size_t i = 0; i < na; i++) {
        uint64_t t = (uint64_t)a[i] * m + carry;
        r[i] = (uint32_t)t;
        carry = t >> 32;
    }
    size_t n = na;
    if (carry != 0) {
        if (n >= nr) return K_RANGE;
        r[n] = (uint32_t)carry;
        n++;
    }
    *rn = big_norm(r, n);
    return K_OK;
}

// r[0 .. na+nb) = a * b, schoolbook, for na >= nb >= 1. r must not overlap a or b. The
// inner loop runs over the longer operand (big * small is the common case); the first
// row is stored rather than added, so r needs no clearing.
static void mul_school(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    uint64_t b0 = b[0], carry = 0;
    for (size_t i = 0; i < na; i++) {
        uint64_t t = b0 * a[i] + carry;
        r[i] = (uint32_t)t;
        carry = t >> 32;
    }
    r[na] = (uint32_t)carry;
    for (size_t j = 1; j < nb; j++) {
        uint64_t bj = b[j];
        carry = 0;
        if (bj != 0) {
            for (size_t i = 0; i < na; i++) {
                uint64_t t = bj * a[i] + r[i + j] + carry;
                r[i + j] = (uint32_t)t;
                carry = t >> 32;
            }
        }
        r[j + na] = (uint32_t)carry;
    }
}

// r[0 .. nr) += x[0 .. nx); returns the carry out of r's top limb.
static uint32_t add_into(uint32_t *r, size_t nr, const uint32_t *x, size_t nx) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < nx && i < nr; i++) {
        uint64_t s = (uint64_t)r[i] + x[i] + carry;
        r[i] = (uint32_t)s;
        carry = s >> 32;
    }
    for (; carry != 0 && i < nr; i++) {
        uint64_t s = (uint64_t)r[i] + carry;
        r[i] = (uint32_t)s;
        carry = s >> 32;
    }
    return (uint32_t)carry;
}

// r[0 .. nr) -= x[0 .. nx) (nx <= nr); returns the borrow out of r's top limb.
static uint32_t sub_from(uint32_t *r, size_t nr, const uint32_t *x, size_t nx) {
    uint64_t borrow = 0;
    size_t i = 0;
    for (; i < nx && i < nr; i++) {
        uint64_t d = (uint64_t)r[i] - x[i] - borrow;
        r[i] = (uint32_t)d;
        borrow = d >> 63;
    }
    for (; borrow != 0 && i < nr; i++) {
        uint32_t v = r[i];
        r[i] = v - 1;
        borrow = v == 0 ? 1u : 0u;
    }
    return (uint32_t)borrow;
}

// r[0 .. na+nb) = a * b for na >= nb >= 1, choosing schoolbook or Karatsuba.
static KStatus mul_rec(Heap *h, uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b,
                       size_t nb) {
    if (nb < BIG_KARATSUBA_CUTOFF) {
        mul_school(r, a, na, b, nb);
        return K_OK;
    }
    size_t m = (na + 1) / 2;
    if (nb <= m) {
        // Unbalanced: multiply nb-limb slices of a by b and add them up.
        for (size_t i = 0; i < na + nb; i++) r[i] = 0;
        uint32_t *t = big_alloc(h, 2 * nb);
        if (t == NULL) return K_NOMEM;
        for (size_t i = 0; i < na; i += nb) {
            size_t c = na - i < nb ? na - i : nb;
            KStatus s = c >= nb ? mul_rec(h, t, a + i, c, b, nb) : mul_rec(h, t, b, nb, a + i, c);
            if (s != K_OK) return s;
            (void)add_into(r + i, na + nb - i, t, c + nb);
        }
        return K_OK;
    }
    // a = a1*B^m + a0, b = b1*B^m + b0 with 0 < nb - m <= na - m <= m.
    const uint32_t *a0 = a, *a1 = a + m, *b0 = b, *b1 = b + m;
    size_t na1 = na - m, nb1 = nb - m;
    KStatus s = mul_rec(h, r, a0, m, b0, m); // z0 -> r[0 .. 2m)
    if (s != K_OK) return s;
    s = na1 >= nb1 ? mul_rec(h, r + 2 * m, a1, na1, b1, nb1)
                   : mul_rec(h, r + 2 * m, b1, nb1, a1, na1); // z2 -> r[2m .. na+nb)
    if (s != K_OK) return s;
    uint32_t *ta = big_alloc(h, m + 1);
    uint32_t *tb = big_alloc(h, m + 1);
    uint32_t *z1 = big_alloc(h, 2 * m + 2);
    if (ta == NULL || tb == NULL || z1 == NULL) return K_NOMEM;
    for (size_t i = 0; i < m; i++) ta[i] = a0[i];
    ta[m] = add_into(ta, m, a1, na1);
    for (size_t i = 0; i < m; i++) tb[i] = b0[i];
    tb[m] = add_into(tb, m, b1, nb1);
    size_t lta = big_norm(ta, m + 1), ltb = big_norm(tb, m + 1);
    if (lta == 0 || ltb == 0) return K_OK; // a or b is zero: r already holds 0 + 0
    s = lta >= ltb ? mul_rec(h, z1, ta, lta, tb, ltb) : mul_rec(h, z1, tb, ltb, ta, lta);
    if (s != K_OK) return s;
    for (size_t i = lta + ltb; i < 2 * m + 2; i++) z1[i] = 0;
    (void)sub_from(z1, 2 * m + 2, r, 2 * m);
    (void)sub_from(z1, 2 * m + 2, r + 2 * m, na1 + nb1);
    (void)add_into(r + m, na + nb - m, z1, big_norm(z1, 2 * m + 2));
    return K_OK;
}

KStatus big_mul(Heap *h, uint32_t *r, size_t nr, const uint32_t *a, size_t na,
                const uint32_t *b, size_t nb, size_t *rn) {
    na = big_norm(a, na);
    nb = big_norm(b, nb);
    if (na == 0 || nb == 0) {
        for (size_t i = 0; i < nr; i++) r[i] = 0;
        *rn = 0;
        return K_OK;
    }
    if (nb > nr || na > nr - nb) return K_RANGE;
    KStatus s = na >= nb ? mul_rec(h, r, a, na, b, nb) : mul_rec(h, r, b, nb, a, na);
    if (s != K_OK) return s;
    for (size_t i = na + nb; i < nr; i++) r[i] = 0;
    *rn = big_norm(r, na + nb);
    return K_OK;
}

KStatus big_divmod_small(uint32_t *q, size_t nq, const uint32_t *a, size_t na, uint32_t d,
                         uint32_t *rem, size_t *qn) {
    if (d == 0) return K_RANGE;
    na = big_norm(a, na);
    if (na > nq) return K_RANGE;
    uint64_t r = 0;
    for (size_t i = na; i-- > 0;) {
        uint64_t cur = (r << 32) | a[i];
        q[i] = (uint32_t)(cur / d);
        r = cur % d;
    }
    *rem = (uint32_t)r;
    *qn = big_norm(q, na);
    return K_OK;
}

uint32_t big_mod_small(const uint32_t *a, size_t na, uint32_t d) {
    if (d == 0) return 0;
    uint64_t r = 0;
    for (size_t i = na; i-- > 0;) r = ((r << 32) | a[i]) % d;
    return (uint32_t)r;
}

static int clz32(uint32_t x) {
    int n = 0;
    if (x == 0) return 32;
    while ((x & 0x80000000u) == 0) {
        x <<= 1;
        n++;
    }
    return n;
}

// Knuth's quotient digit estimate: [num] is the window's top two limbs, [vtop] / [vnext]
// the normalised divisor's top two, [u2] the window's third limb; the result is the
// digit or one more.
static uint64_t estimate_qhat(uint64_t num, uint64_t vtop, uint64_t vnext, uint64_t u2) {
    if (vtop == 0) return 0; // (never: the normalised divisor's top bit is set)
    uint64_t qhat = num / vtop;
    uint64_t rhat = num % vtop;
    while (qhat > 0xFFFFFFFFu || qhat * vnext > ((rhat << 32) | u2)) {
        qhat--;
        rhat += vtop;
        if (rhat > 0xFFFFFFFFu) break;
    }
    return qhat;
}

// Limb [k] of a << sh (0 <= sh < 32), for k <= na: the bits a[k-1] shifts into it included.
static uint32_t shifted_limb(const uint32_t *a, size_t na, size_t k, int sh) {
    uint64_t hi = k < na ? (uint64_t)a[k] << sh : 0;
    uint64_t lo = k > 0 && k - 1 < na ? (uint64_t)a[k - 1] >> (32 - sh) : 0;
    return (uint32_t)(hi | lo);
}

// big_divmod for a quotient of one limb (2 <= nb <= na <= nb + 1, a >= b, and a < b * 2^32):
// no normalised copies and no scratch. Knuth's estimate from the top limbs of a and b
// shifted by [sh] (b's top bit set) is q or q + 1; a - qhat * b is computed unshifted (into
// r when wanted, else only its sign), and a negative result takes one b back.
static void divmod_one_limb(uint32_t *q, size_t nq, uint32_t *r, size_t nr, const uint32_t *a,
                            size_t na, const uint32_t *b, size_t nb, int sh, size_t *qn,
                            size_t *rn) {
    uint64_t vtop = shifted_limb(b, nb, nb - 1, sh), vnext = shifted_limb(b, nb, nb - 2, sh);
    uint64_t num = ((uint64_t)shifted_limb(a, na, nb, sh) << 32) | shifted_limb(a, na, nb - 1, sh);
    uint64_t qhat = estimate_qhat(num, vtop, vnext, shifted_limb(a, na, nb - 2, sh));
    // a - qhat * b over nb limbs plus the top word (a[nb] when na > nb)
    uint64_t carry = 0, borrow = 0;
    for (size_t i = 0; i < nb; i++) {
        uint64_t p = qhat * b[i] + carry;
        carry = p >> 32;
        uint64_t d = (uint64_t)a[i] - (uint32_t)p - borrow;
        if (r != NULL && i < nr) r[i] = (uint32_t)d;
        borrow = d >> 63;
    }
    uint64_t top = (na > nb ? (uint64_t)a[nb] : 0) - carry - borrow;
    if ((top >> 63) != 0) {
        qhat--;
        if (r != NULL) {
            uint64_t c = 0;
            for (size_t i = 0; i < nb && i < nr; i++) {
                uint64_t s = (uint64_t)r[i] + b[i] + c;
                r[i] = (uint32_t)s;
                c = s >> 32;
            }
        }
    }
    if (q != NULL) {
        for (size_t i = 0; i < nq; i++) q[i] = 0;
        if (nq > 0) q[0] = (uint32_t)qhat;
    }
    *qn = qhat != 0 ? 1 : 0;
    if (r != NULL) {
        for (size_t i = nb; i < nr; i++) r[i] = 0;
        *rn = big_norm(r, nb < nr ? nb : nr);
    } else {
        *rn = 0;
    }
}

KStatus big_divmod(Heap *h, uint32_t *q, size_t nq, uint32_t *r, size_t nr, const uint32_t *a,
                   size_t na, const uint32_t *b, size_t nb, size_t *qn, size_t *rn) {
    na = big_norm(a, na);
    nb = big_norm(b, nb);
    if (nb == 0) return K_RANGE;
    if (r != NULL && nr < nb) return K_RANGE;
    if (big_cmp(a, na, b, nb) < 0) {
        // quotient 0, remainder a
        if (q != NULL) {
            for (size_t i = 0; i < nq; i++) q[i] = 0;
        }
        *qn = 0;
        if (r != NULL) {
            KStatus s = big_copy(r, nr, a, na);
            if (s != K_OK) return s;
        }
        *rn = na;
        return K_OK;
    }
    size_t m = na - nb; // quotient has m+1 limbs at most
    if (q != NULL && nq < m + 1) return K_RANGE;
    if (nb == 1) {
        uint32_t *qq = q;
        if (qq == NULL) {
            qq = big_alloc(h, na);
            if (qq == NULL) return K_NOMEM;
        }
        uint32_t rem;
        size_t n;
        KStatus s = big_divmod_small(qq, q == NULL ? na : nq, a, na, b[0], &rem, &n);
        if (s != K_OK) return s;
        if (q != NULL) {
            for (size_t i = n; i < nq; i++) q[i] = 0;
        }
        *qn = n;
        if (r != NULL) {
            for (size_t i = 0; i < nr; i++) r[i] = 0;
            r[0] = rem;
        }
        *rn = rem != 0 ? 1 : 0;
        return K_OK;
    }
    // Normalise so the divisor's top bit is set.
    int sh = clz32(b[nb - 1]);
    if (m == 0 || (m == 1 && big_cmp(a + 1, nb, b, nb) < 0)) {
        // one quotient limb (pidigits' a // b with a < 10 * b): no scratch
        divmod_one_limb(q, nq, r, nr, a, na, b, nb, sh, qn, rn);
        return K_OK;
    }
    uint32_t *u = big_alloc(h, na + 1);
    uint32_t *v = big_alloc(h, nb);
    uint32_t *qq = big_alloc(h, m + 1);
    if (u == NULL || v == NULL || qq == NULL) return K_NOMEM;
    for (size_t i = nb; i-- > 0;) {
        uint32_t hi = b[i] << sh;
        uint32_t lo = (sh != 0 && i > 0) ? b[i - 1] >> (32 - sh) : 0;
        v[i] = hi | lo;
    }
    u[na] = sh != 0 ? a[na - 1] >> (32 - sh) : 0;
    for (size_t i = na; i-- > 0;) {
        uint32_t hi = a[i] << sh;
        uint32_t lo = (sh != 0 && i > 0) ? a[i - 1] >> (32 - sh) : 0;
        u[i] = hi | lo;
    }
    uint64_t vtop = v[nb - 1], vnext = v[nb - 2];
    for (size_t j = m + 1; j-- > 0;) {
        // Estimate qhat from the top two limbs of the current remainder window.
        uint64_t num = ((uint64_t)u[j + nb] << 32) | u[j + nb - 1];
        uint64_t qhat = estimate_qhat(num, vtop, vnext, u[j + nb - 2]);
        // u[j .. j+nb] -= qhat * v
        uint64_t carry = 0, borrow = 0;
        for (size_t i = 0; i < nb; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            uint64_t d = (uint64_t)u[i + j] - (uint32_t)p - borrow;
            u[i + j] = (uint32_t)d;
            borrow = d >> 63;
        }
        uint64_t d = (uint64_t)u[j + nb] - (uint32_t)carry - borrow;
        u[j + nb] = (uint32_t)d;
        bool neg = (d >> 63) != 0;
        if (neg) {
            // qhat was one too large: add v back.
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < nb; i++) {
                uint64_t s = (uint64_t)u[i + j] + v[i] + c;
                u[i + j] = (uint32_t)s;
                c = s >> 32;
            }
            u[j + nb] = u[j + nb] + (uint32_t)c;
        }
        qq[j] = (uint32_t)qhat;
    }
    if (q != NULL) {
        KStatus s = big_copy(q, nq, qq, m + 1);
        if (s != K_OK) return s;
    }
    *qn = big_norm(qq, m + 1);
    if (r != NULL) {
        // remainder = u[0 .. nb) >> sh
        for (size_t i = 0; i < nb; i++) {
            uint32_t lo = u[i] >> sh;
            uint32_t hi = (sh != 0 && i + 1 < nb) ? u[i + 1] << (32 - sh) : 0;
            r[i] = lo | hi;
        }
        for (size_t i = nb; i < nr; i++) r[i] = 0;
        *rn = big_norm(r, nb);
    } else {
        *rn = 0;
    }
    return K_OK;
}

KStatus big_shl(uint32_t *r, size_t nr, const uint32_t *a, size_t na, uint64_t bits,
                size_t *rn) {
    na = big_norm(a, na);
    if (na == 0) {
        for (size_t i = 0; i < nr; i++) r[i] = 0;
        *rn = 0;
        return K_OK;
    }
    uint64_t wl = bits / 32;
    unsigned sh = (unsigned)(bits % 32);
    if (wl > (uint64_t)BIG_MAX_LIMBS || (size_t)wl > nr || na > nr - (size_t)wl) return K_RANGE;
    size_t w = (size_t)wl;
    size_t n = na + w; // limbs before the possible extra top limb
    uint32_t top = sh != 0 ? a[na - 1] >> (32 - sh) : 0;
    if (top != 0 && n >= nr) return K_RANGE;
    if (top != 0) r[n] = top;
    for (size_t i = na; i-- > 0;) {
        uint32_t hi = a[i] << sh;
        uint32_t lo = (sh != 0 && i > 0) ? a[i - 1] >> (32 - sh) : 0;
        r[i + w] = hi | lo;
    }
    for (size_t i = 0; i < w; i++) r[i] = 0;
    size_t tot = top != 0 ? n + 1 : n;
    for (size_t i = tot; i < nr; i++) r[i] = 0;
    *rn = tot;
    return K_OK;
}

bool big_low_bits_nonzero(const uint32_t *a, size_t na, uint64_t bits) {
    na = big_norm(a, na);
    uint64_t wl = bits / 32;
    unsigned sh = (unsigned)(bits % 32);
    size_t w = wl > (uint64_t)na ? na : (size_t)wl;
    for (size_t i = 0; i < w; i++) {
        if (a[i] != 0) return true;
    }
    if (wl < (uint64_t)na && sh != 0 && (a[w] & ((1u << sh) - 1u)) != 0) return true;
    return false;
}

KStatus big_shr(uint32_t *r, size_t nr, const uint32_t *a, size_t na, uint64_t bits,
                size_t *rn, bool *lost) {
    na = big_norm(a, na);
    *lost = big_low_bits_nonzero(a, na, bits);
    uint64_t wl = bits / 32;
    unsigned sh = (unsigned)(bits % 32);
    if (wl >= (uint64_t)na) {
        for (size_t i = 0; i < nr; i++) r[i] = 0;
        *rn = 0;
        return K_OK;
    }
    size_t w = (size_t)wl;
    size_t n = na - w;
    if (n > nr) return K_RANGE;
    for (size_t i = 0; i < n; i++) {
        uint32_t lo = a[i + w] >> sh;
        uint32_t hi = (sh != 0 && i + w + 1 < na) ? a[i + w + 1] << (32 - sh) : 0;
        r[i] = lo | hi;
    }
    for (size_t i = n; i < nr; i++) r[i] = 0;
    *rn = big_norm(r, n);
    return K_OK;
}

uint64_t big_bit_length(const uint32_t *a, size_t na) {
    na = big_norm(a, na);
    if (na == 0) return 0;
    return (uint64_t)(na - 1) * 32u + (uint64_t)(32 - clz32(a[na - 1]));
}

uint64_t big_popcount(const uint32_t *a, size_t na) {
    uint64_t c = 0;
    for (size_t i = 0; i < na; i++) {
        uint32_t x = a[i];
        while (x != 0) {
            x &= x - 1;
            c++;
        }
    }
    return c;
}

int big_bit(const uint32_t *a, size_t na, uint64_t i) {
    uint64_t w = i / 32;
    if (w >= (uint64_t)na) return 0;
    return (int)((a[(size_t)w] >> (i % 32)) & 1u);
}

KStatus big_bitop(uint32_t *r, size_t nr, const uint32_t *a, size_t na, bool aneg,
                  const uint32_t *b, size_t nb, bool bneg, BigBitOp op, bool *rneg,
                  size_t *rn) {
    na = big_norm(a, na);
    nb = big_norm(b, nb);
    if (na == 0) aneg = false;
    if (nb == 0) bneg = false;
    size_t n = na > nb ? na : nb;
    if (n >= nr) return K_RANGE;
    n++; // one more limb holds the sign extension
    bool neg;
    switch (op) {
    case BIG_AND: neg = aneg && bneg; break;
    case BIG_OR: neg = aneg || bneg; break;
    default: neg = aneg != bneg; break;
    }
    uint32_t ba = 1, bb = 1; // borrows of the "subtract one" of negative operands
    for (size_t i = 0; i < n; i++) {
        uint32_t x = big_limb(a, na, i), y = big_limb(b, nb, i);
        if (aneg) {
            uint32_t t = x - ba;
            ba = (x < ba) ? 1u : 0u;
            x = ~t;
        }
        if (bneg) {
            uint32_t t = y - bb;
            bb = (y < bb) ? 1u : 0u;
            y = ~t;
        }
        uint32_t z;
        switch (op) {
        case BIG_AND: z = x & y; break;
        case BIG_OR: z = x | y; break;
        default: z = x ^ y; break;
        }
        r[i] = z;
    }
    if (neg) {
        // magnitude = ~r + 1
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            uint64_t s = (uint64_t)(uint32_t)~r[i] + carry;
            r[i] = (uint32_t)s;
            carry = s >> 32;
        }
    }
    for (size_t i = n; i < nr; i++) r[i] = 0;
    *rn = big_norm(r, n);
    *rneg = neg && *rn != 0;
    return K_OK;
}

void big_negate_twos(uint32_t *a, size_t na) {
    uint64_t carry = 1;
    for (size_t i = 0; i < na; i++) {
        uint64_t s = (uint64_t)(uint32_t)~a[i] + carry;
        a[i] = (uint32_t)s;
        carry = s >> 32;
    }
}

// floor(log2(base)) for base 2..36: the fewest bits one digit carries.
static unsigned min_bits_per_digit(unsigned base) {
    unsigned b = 0;
    while (base > 1) {
        base >>= 1;
        b++;
    }
    return b;
}

size_t big_text_size(size_t na, unsigned base) {
    if (base < 2 || base > 36 || na > BIG_MAX_LIMBS) return 0;
    return na * 32 / min_bits_per_digit(base) + 2;
}

size_t big_limbs_for_digits(size_t nd, unsigned base) {
    if (base < 2 || base > 36 || nd > SIZE_MAX / 8) return 0;
    unsigned bits = min_bits_per_digit(base);
    if ((1u << bits) != base) bits++; // ceil(log2(base))
    return nd * bits / 32 + 2;
}

static const char DIGITS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// Divides t[0 .. n) by 10**9 in place; returns the remainder. The constant divisor lets
// the compiler use a multiplication, which makes decimal output fast.
static uint32_t div_1e9(uint32_t *t, size_t n) {
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = (rem << 32) | t[i];
        t[i] = (uint32_t)(cur / 1000000000u);
        rem = cur % 1000000000u;
    }
    return (uint32_t)rem;
}

// Digits of [a] in a base that is not a power of two, using chunks of base**per.
static KStatus to_text_div(Heap *h, const uint32_t *a, size_t na, unsigned base, uint8_t *out,
                           size_t cap, size_t *len) {
    uint32_t chunk = base;
    unsigned per = 1;
    while ((uint64_t)chunk * base <= 0xFFFFFFFFu) {
        chunk *= base;
        per++;
    }
    uint32_t *t = big_alloc(h, na);
    if (t == NULL) return K_NOMEM;
    for (size_t i = 0; i < na; i++) t[i] = a[i];
    size_t n = na;
    size_t pos = cap; // digits are written from the end of out, then moved down
    while (n > 0) {
        uint32_t rem;
        if (base == 10) {
            rem = div_1e9(t, n);
        } else {
            size_t qn;
            KStatus s = big_divmod_small(t, n, t, n, chunk, &rem, &qn);
            if (s != K_OK) return s;
        }
        n = big_norm(t, n);
        for (unsigned k = 0; k < per; k++) {
            if (n == 0 && rem == 0) break; // no leading zeros in the top chunk
            if (pos == 0) return K_RANGE;
            out[--pos] = (uint8_t)DIGITS[rem % base];
            rem /= base;
        }
    }
    size_t nd = cap - pos;
    memmove(out, out + pos, nd);
    *len = nd;
    return K_OK;
}

KStatus big_to_text(Heap *h, const uint32_t *a, size_t na, unsigned base, uint8_t *out,
                    size_t cap, size_t *len) {
    if (base < 2 || base > 36) return K_INVALID;
    na = big_norm(a, na);
    if (na == 0) {
        if (cap < 1) return K_RANGE;
        out[0] = '0';
        *len = 1;
        return K_OK;
    }
    if ((base & (base - 1)) != 0) return to_text_div(h, a, na, base, out, cap, len);
    unsigned k = min_bits_per_digit(base);
    uint64_t bits = big_bit_length(a, na);
    uint64_t nd = (bits + k - 1) / k;
    if (nd > (uint64_t)cap) return K_RANGE;
    for (uint64_t i = 0; i < nd; i++) {
        uint64_t pos = (nd - 1 - i) * k; // lowest bit of this digit
        unsigned d = 0;
        for (unsigned j = 0; j < k; j++) d |= (unsigned)big_bit(a, na, pos + j) << j;
        out[(size_t)i] = (uint8_t)DIGITS[d];
    }
    *len = (size_t)nd;
    return K_OK;
}

static int digit_value(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

// big_from_text for base 2, 4, 8, 16 or 32 (2**[bits]): each digit's bits go
// straight into place, read from the last digit, so the cost is linear in [nt].
static KStatus from_text_pow2(uint32_t *r, size_t nr, const uint8_t *text, size_t nt,
                              unsigned base, unsigned bits, size_t *rn) {
    for (size_t i = 0; i < nr; i++) r[i] = 0;
    uint64_t acc = 0; // pending bits, below 2**(32 + bits)
    unsigned have = 0;
    size_t n = 0, lo = 0;
    while (lo < nt && text[lo] == '0') lo++; // so no zero limb is stored above the value
    for (size_t i = nt; i > lo; i--) {
        int d = digit_value(text[i - 1]);
        if (d >= (int)base) return K_INVALID;
        acc |= (uint64_t)d << have;
        have += bits;
        if (have >= 32) {
            if (n >= nr) return K_RANGE;
            r[n++] = (uint32_t)acc;
            acc >>= 32;
            have -= 32;
        }
    }
    if (acc != 0) {
        if (n >= nr) return K_RANGE;
        r[n++] = (uint32_t)acc;
    }
    *rn = big_norm(r, n);
    return K_OK;
}

KStatus big_from_text(uint32_t *r, size_t nr, const uint8_t *text, size_t nt, unsigned base,
                      size_t *rn) {
    if (base < 2 || base > 36) return K_INVALID;
    if ((base & (base - 1)) == 0) {
        unsigned bits = 0;
        while ((1u << bits) < base) bits++;
        return from_text_pow2(r, nr, text, nt, base, bits, rn);
    }
    uint32_t chunk_max = base;
    unsigned per = 1;
    while ((uint64_t)chunk_max * base <= 0xFFFFFFFFu) {
        chunk_max *= base;
        per++;
    }
    for (size_t i = 0; i < nr; i++) r[i] = 0;
    size_t n = 0;
    size_t i = 0;
    while (i < nt) {
        uint32_t acc = 0, mul = 1;
        for (unsigned k = 0; k < per && i < nt; k++, i++) {
            int d = digit_value(text[i]);
            if (d >= (int)base) return K_INVALID;
            acc = acc * base + (uint32_t)d;
            mul *= base;
        }
        KStatus s = big_mul_small(r, nr, r, n, mul, acc, &n);
        if (s != K_OK) return s;
    }
    *rn = n;
    return K_OK;
}

static double bits_to_double(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static uint64_t double_to_bits(double d) {
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

// m * 2**e for an exact 64-bit m < 2**53 * 2 ... via the IEEE bits, e >= 0, result finite
// or infinite. Used by big_to_double once m holds the 53 rounded bits.
static double scale_pow2(double x, uint64_t e) {
    // multiply by 2**e in steps that stay exact (x is a normal double, no underflow)
    while (e > 0) {
        unsigned step = e > 1000 ? 1000u : (unsigned)e;
        uint64_t pb = (uint64_t)(1023u + step) << 52; // 2**step
        x *= bits_to_double(pb);
        e -= step;
    }
    return x;
}

KStatus big_to_double(const uint32_t *a, size_t na, double *out) {
    na = big_norm(a, na);
    uint64_t bits = big_bit_length(a, na);
    if (bits <= 64) {
        uint64_t v = 0;
        for (size_t i = na; i-- > 0;) v = (v << 32) | a[i];
        *out = (double)v; // the conversion rounds to nearest, ties to even
        return K_OK;
    }
    if (bits > 1024) return K_OVERFLOW;
    // top 64 bits, with a sticky bit for everything below them
    uint64_t shift = bits - 64;
    uint64_t top = 0;
    for (unsigned j = 0; j < 64; j++) top |= (uint64_t)big_bit(a, na, shift + j) << j;
    if (big_low_bits_nonzero(a, na, shift)) top |= 1u;
    double d = scale_pow2((double)top, shift);
    if (double_to_bits(d) == 0x7FF0000000000000ull) return K_OVERFLOW;
    *out = d;
    return K_OK;
}

size_t big_limbs_for_double(double d) {
    uint64_t b = double_to_bits(d);
    unsigned e = (unsigned)((b >> 52) & 0x7FF);
    if (e < 1075) return 2;
    return (size_t)((e - 1075 + 53) / 32 + 2);
}

KStatus big_from_double(uint32_t *r, size_t nr, double d, size_t *rn) {
    uint64_t b = double_to_bits(d);
    unsigned e = (unsigned)((b >> 52) & 0x7FF);
    uint64_t mant = b & 0xFFFFFFFFFFFFFull;
    if (e == 0x7FF) return K_INVALID;
    if (nr < 2) return K_RANGE;
    if (e == 0) { // zero or subnormal: |d| < 1
        for (size_t i = 0; i < nr; i++) r[i] = 0;
        *rn = 0;
        return K_OK;
    }
    mant |= 1ull << 52;
    // |d| = mant * 2**(e - 1075)
    if (e < 1075) {
        unsigned s = 1075 - e;
        uint64_t v = s >= 64 ? 0 : mant >> s;
        return big_from_u64(r, nr, v, rn);
    }
    uint32_t m[2] = {(uint32_t)mant, (uint32_t)(mant >> 32)};
    return big_shl(r, nr, m, 2, (uint64_t)(e - 1075), rn);
}

uint64_t big_mod_mersenne61(const uint32_t *a, size_t na) {
    const uint64_t P = (1ull << 61) - 1;
    uint64_t x = 0;
    for (size_t i = na; i-- > 0;) {
        x = ((x << 32) & P) | (x >> 29);
        x += a[i];
        if (x >= P) x -= P;
    }
    return x;
}

KStatus big_from_u64(uint32_t *r, size_t nr, uint64_t x, size_t *rn) {
    if (nr < 2) return K_RANGE;
    r[0] = (uint32_t)x;
    r[1] = (uint32_t)(x >> 32);
    for (size_t i = 2; i < nr; i++) r[i] = 0;
    *rn = big_norm(r, 2);
    return K_OK;
}

bool big_to_u64(const uint32_t *a, size_t na, uint64_t *out) {
    na = big_norm(a, na);
    if (na > 2) return false;
    *out = ((uint64_t)big_limb(a, na, 1) << 32) | big_limb(a, na, 0);
    return true;
}

KStatus big_from_bytes(uint32_t *r, size_t nr, const uint8_t *bytes, size_t n, bool big,
                       size_t *rn) {
    size_t need = n / 4 + (n % 4 != 0 ? 1 : 0);
    if (need > nr) return K_RANGE;
    for (size_t i = 0; i < nr; i++) r[i] = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = big ? n - 1 - i : i; // significance of byte i
        r[k / 4] |= (uint32_t)bytes[i] << (8 * (k % 4));
    }
    *rn = big_norm(r, need);
    return K_OK;
}

KStatus big_to_bytes(const uint32_t *a, size_t na, uint8_t *out, size_t n, bool big) {
    for (size_t k = 0; k < n; k++) {
        uint32_t limb = big_limb(a, na, k / 4);
        uint8_t byte = (uint8_t)(limb >> (8 * (k % 4)));
        out[big ? n - 1 - k : k] = byte;
    }
    uint64_t bits = big_bit_length(a, na);
    if (n < SIZE_MAX / 8 && bits > (uint64_t)n * 8) return K_OVERFLOW;
    return K_OK;
}
