/*
 * fuzz_bigint.c: libFuzzer harness for kernel/bigint.c. Two magnitudes (up to 80 limbs,
 * so Karatsuba runs too; high zero limbs allowed) come from the input; every result array
 * is malloc'd with exactly the capacity the contract asks for, so ASan catches any write
 * or read past it. Checks algebraic identities: (a+b)-b == a, (a*b)/b == a rem 0,
 * q*b + r == a with r < b, (a<<k)>>k == a, text and byte round trips in every base, the
 * double round trip, xor twice, bit counts against naive loops.
 */
#include <stdio.h>

#include "fuzz_kernel.h"

#include "../../src/kernel/bigint.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint32_t *mk(size_t n) {
    uint32_t *p = malloc((n ? n : 1) * sizeof(uint32_t));
    FZ_CHECK(p != NULL);
    for (size_t i = 0; i < n; i++) p[i] = 0xdeadbeefu; // garbage: results must not rely on it
    return p;
}

static uint32_t *take_mag(FzIn *in, size_t *n) {
    size_t k = fz_u8(in) % 81;
    uint32_t *a = mk(k);
    uint8_t mode = fz_u8(in);
    for (size_t i = 0; i < k; i++) {
        switch (mode % 4) {
        case 0: a[i] = (uint32_t)fz_u64(in, 4); break;
        case 1: a[i] = 0xffffffffu; break;
        case 2: a[i] = i + 1 == k ? 1u : 0u; break;
        default: a[i] = fz_u8(in) & 1 ? 0xffffffffu : (uint32_t)fz_u8(in); break;
        }
    }
    *n = k;
    return a;
}

static bool eq(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    return big_cmp(a, na, b, nb) == 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Heap *h = fz_heap(__builtin_frame_address(0));
    FzIn in = {data, size};
    size_t na, nb;
    uint32_t *a = take_mag(&in, &na);
    uint32_t *b = take_mag(&in, &nb);
    size_t an = big_norm(a, na), bn = big_norm(b, nb);
    FZ_CHECK(an <= na && (an == 0 || a[an - 1] != 0));
    size_t mx = (na > nb ? na : nb) + 1;
    size_t rn, qn, rn2;

    // add / sub
    uint32_t *s = mk(mx), *d = mk(mx);
    FZ_CHECK(big_add(s, mx, a, na, b, nb, &rn) == K_OK);
    FZ_CHECK(big_sub(d, mx, s, rn, b, nb, &rn2) == K_OK);
    FZ_CHECK(eq(d, rn2, a, na));
    FZ_CHECK(big_sub(d, an, a, na, a, na, &rn2) == K_OK && rn2 == 0);
    if (big_cmp(a, na, b, nb) < 0) FZ_CHECK(big_sub(d, mx, a, na, b, nb, &rn2) == K_RANGE);
    // in place: r == a
    uint32_t *ac = mk(mx);
    FZ_CHECK(big_copy(ac, mx, a, na) == K_OK);
    FZ_CHECK(big_add(ac, mx, ac, mx, b, nb, &rn2) == K_OK && eq(ac, rn2, s, rn));
    if (mx > 1) FZ_CHECK(big_copy(ac, 0, s, rn) == (rn == 0 ? K_OK : K_RANGE));

    // mul / divmod
    size_t pn = an + bn;
    uint32_t *p = mk(pn);
    KStatus st = big_mul(h, p, pn, a, na, b, nb, &rn);
    FZ_CHECK(st == K_OK || st == K_NOMEM);
    if (st == K_OK && bn > 0) {
        size_t nq = pn >= bn ? pn - bn + 1 : 1;
        uint32_t *q = mk(nq), *r = mk(bn);
        st = big_divmod(h, q, nq, r, bn, p, rn, b, nb, &qn, &rn2);
        FZ_CHECK(st == K_OK || st == K_NOMEM);
        if (st == K_OK) FZ_CHECK(eq(q, qn, a, na) && rn2 == 0);
        free(q);
        free(r);
    }
    if (bn > 0) {
        size_t nq = an >= bn ? an - bn + 1 : 1;
        uint32_t *q = mk(nq), *r = mk(bn);
        st = big_divmod(h, q, nq, r, bn, a, na, b, nb, &qn, &rn2);
        FZ_CHECK(st == K_OK || st == K_NOMEM);
        if (st == K_OK) {
            FZ_CHECK(big_cmp(r, rn2, b, nb) < 0);
            size_t tn = qn + bn;
            uint32_t *t = mk(tn), *u = mk(tn + 1);
            FZ_CHECK(big_mul(h, t, tn, q, qn, b, nb, &rn) == K_OK);
            FZ_CHECK(big_add(u, tn + 1, t, rn, r, rn2, &rn) == K_OK);
            FZ_CHECK(eq(u, rn, a, na));
            free(t);
            free(u);
        }
        // only-quotient and only-remainder forms
        st = big_divmod(h, q, nq, NULL, 0, a, na, b, nb, &qn, &rn2);
        FZ_CHECK(st == K_OK || st == K_NOMEM);
        free(q);
        free(r);
    } else {
        uint32_t q1[1], r1[1];
        FZ_CHECK(big_divmod(h, q1, 1, r1, 1, a, na, b, nb, &qn, &rn2) == K_RANGE);
    }
    // small divisor
    uint32_t dv = (uint32_t)fz_u64(&in, 4);
    uint32_t *q = mk(an), rem;
    st = big_divmod_small(q, an, a, na, dv, &rem, &qn);
    if (dv == 0) {
        FZ_CHECK(st == K_RANGE);
        FZ_CHECK(big_mod_small(a, na, dv) == 0);
    } else {
        FZ_CHECK(st == K_OK && rem < dv && rem == big_mod_small(a, na, dv));
        uint32_t *m = mk(an + 1);
        FZ_CHECK(big_mul_small(m, an + 1, q, qn, dv, rem, &rn) == K_OK && eq(m, rn, a, na));
        free(m);
    }
    free(q);

    // shifts
    uint64_t k = fz_u8(&in) & 0x80 ? fz_u64(&in, 8) : fz_u8(&in);
    if (k < 4096) {
        size_t sn = an + (size_t)(k / 32) + 1;
        uint32_t *sh = mk(sn);
        bool lost = true;
        FZ_CHECK(big_shl(sh, sn, a, na, k, &rn) == K_OK);
        size_t need = rn > k / 32 ? rn - (size_t)(k / 32) : 0; // the contract's capacity
        uint32_t *back = mk(need);
        FZ_CHECK(big_shr(back, need, sh, rn, k, &rn2, &lost) == K_OK);
        FZ_CHECK(!lost && eq(back, rn2, a, na));
        FZ_CHECK(big_bit_length(sh, rn) == (an ? big_bit_length(a, na) + k : 0));
        free(sh);
        free(back);
    }
    {
        size_t need = an > k / 32 ? an - (size_t)(k / 32) : 0;
        uint32_t *sh = mk(need);
        bool lost;
        st = big_shr(sh, need, a, na, k, &rn, &lost);
        FZ_CHECK(st == K_OK);
        FZ_CHECK(lost == big_low_bits_nonzero(a, na, k));
        free(sh);
    }
    // bit queries against naive loops
    uint64_t pc = 0, bl = 0;
    for (size_t i = 0; i < na; i++)
        for (int j = 0; j < 32; j++)
            if (a[i] >> j & 1) {
                pc++;
                bl = (uint64_t)i * 32 + (uint64_t)j + 1;
            }
    FZ_CHECK(big_popcount(a, na) == pc && big_bit_length(a, na) == bl);
    FZ_CHECK(big_bit(a, na, k) == (k < (uint64_t)na * 32 ? (int)(a[k / 32] >> (k % 32) & 1) : 0));

    // bitops with signs: (a op b) for each op, and xor twice
    bool an_neg = fz_u8(&in) & 1, bn_neg = fz_u8(&in) & 1, rneg, rneg2;
    for (int op = 0; op < 3; op++) {
        uint32_t *r = mk(mx);
        st = big_bitop(r, mx, a, na, an_neg, b, nb, bn_neg, (BigBitOp)op, &rneg, &rn);
        FZ_CHECK(st == K_OK);
        if (op == BIG_XOR) {
            size_t mx2 = (rn > nb ? rn : nb) + 1;
            uint32_t *r2 = mk(mx2);
            FZ_CHECK(big_bitop(r2, mx2, r, rn, rneg, b, nb, bn_neg, BIG_XOR, &rneg2, &rn2) == K_OK);
            FZ_CHECK(eq(r2, rn2, a, na) && (an == 0 || rneg2 == an_neg));
            free(r2);
        }
        free(r);
    }

    // text round trip
    unsigned base = 2 + fz_u8(&in) % 35;
    size_t cap = big_text_size(na, base);
    FZ_CHECK(cap > 0);
    uint8_t *txt = malloc(cap);
    size_t tl;
    st = big_to_text(h, a, na, base, txt, cap, &tl);
    FZ_CHECK(st == K_OK || st == K_NOMEM);
    if (st == K_OK) {
        FZ_CHECK(tl >= 1 && tl <= cap);
        size_t ln = big_limbs_for_digits(tl, base);
        FZ_CHECK(ln > 0);
        uint32_t *r = mk(ln);
        FZ_CHECK(big_from_text(r, ln, txt, tl, base, &rn) == K_OK && eq(r, rn, a, na));
        free(r);
        if (tl > 0) {
            txt[tl / 2] = (uint8_t)fz_u8(&in);
            r = mk(ln);
            st = big_from_text(r, ln, txt, tl, base, &rn);
            FZ_CHECK(st == K_OK || st == K_INVALID);
            free(r);
        }
    }
    free(txt);

    // bytes round trip
    size_t nbytes = an * 4 + fz_u8(&in) % 3;
    uint8_t *by = malloc(nbytes ? nbytes : 1);
    bool big = fz_u8(&in) & 1;
    FZ_CHECK(big_to_bytes(a, na, by, nbytes, big) == K_OK);
    size_t ln = (nbytes + 3) / 4;
    uint32_t *r = mk(ln);
    FZ_CHECK(big_from_bytes(r, ln, by, nbytes, big, &rn) == K_OK && eq(r, rn, a, na));
    free(r);
    if (an > 0 && nbytes > 0) FZ_CHECK(big_to_bytes(a, na, by, nbytes - (nbytes - 1) % 4 - 1, big) != K_RANGE);
    free(by);

    // doubles
    double dd;
    st = big_to_double(a, na, &dd);
    FZ_CHECK(st == K_OK || st == K_OVERFLOW);
    uint64_t bits = fz_u64(&in, 8);
    memcpy(&dd, &bits, sizeof dd);
    if (dd == dd && dd - dd == 0) {
        size_t dl = big_limbs_for_double(dd);
        r = mk(dl);
        FZ_CHECK(big_from_double(r, dl, dd, &rn) == K_OK);
        double back;
        FZ_CHECK(big_to_double(r, rn, &back) == K_OK);
        double t = dd < 0 ? -dd : dd;
        FZ_CHECK(back == __builtin_trunc(t));
        free(r);
    } else {
        uint32_t r2[2];
        FZ_CHECK(big_from_double(r2, 2, dd, &rn) == K_INVALID);
    }
    FZ_CHECK(big_mod_mersenne61(a, na) < 0x1FFFFFFFFFFFFFFFull);
    uint64_t u;
    if (big_to_u64(a, na, &u)) {
        uint32_t r2[2];
        FZ_CHECK(big_from_u64(r2, 2, u, &rn) == K_OK && eq(r2, rn, a, na));
    } else {
        FZ_CHECK(an > 2);
    }
    uint32_t *ng = mk(na);
    if (na) memcpy(ng, a, na * 4);
    big_negate_twos(ng, na);
    big_negate_twos(ng, na);
    FZ_CHECK(na == 0 || memcmp(ng, a, na * 4) == 0);
    free(ng);
    free(a);
    free(b);
    free(s);
    free(d);
    free(ac);
    free(p);
    return 0;
}
