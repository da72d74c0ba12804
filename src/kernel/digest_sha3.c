/*
 * digest_sha3.c: SHA3-224/256/384/512 and SHAKE128/256 (FIPS 202): the Keccak-f[1600]
 * permutation and the sponge around it (see digest.h).
 *
 * Invariant: the 25 lanes live in c->h64 (lane x + 5y); c->buf holds c->buflen < rate
 * bytes not yet absorbed; the state is only permuted when a whole block was absorbed.
 */
#include "digest.h"

static const uint64_t keccak_rc[24] = {
    0x0000000000000001ull, 0x0000000000008082ull,
    0x800000000000808aull, 0x8000000080008000ull,
    0x000000000000808bull, 0x0000000080000001ull,
    0x8000000080008081ull, 0x8000000000008009ull,
    0x000000000000008aull, 0x0000000000000088ull,
    0x0000000080008009ull, 0x000000008000000aull,
    0x000000008000808bull, 0x800000000000008bull,
    0x8000000000008089ull, 0x8000000000008003ull,
    0x8000000000008002ull, 0x8000000000000080ull,
    0x000000000000800aull, 0x800000008000000aull,
    0x8000000080008081ull, 0x8000000000008080ull,
    0x0000000080000001ull, 0x8000000080008008ull,
};

/* Rotation offset of lane x + 5y. */
static const uint8_t keccak_rot[25] = {0,  1,  62, 28, 27, 36, 44, 6,  55, 20, 3,  10, 43,
                                       25, 39, 41, 45, 15, 21, 8,  18, 2,  61, 56, 14};

static uint64_t rotl64(uint64_t x, unsigned n) { return (x << n) | (x >> ((64 - n) & 63)); }

// Keccak-f[1600] on the 25 lanes of a, in place.
static void keccak_f(uint64_t a[25]) {
    for (size_t round = 0; round < 24; round++) {
        uint64_t cc[5] = {0}, b[25] = {0};
        for (size_t x = 0; x < 5; x++) cc[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        for (size_t x = 0; x < 5; x++) {
            uint64_t d = cc[(x + 4) % 5] ^ rotl64(cc[(x + 1) % 5], 1);
            for (size_t y = 0; y < 25; y += 5) a[x + y] ^= d;
        }
        for (size_t x = 0; x < 5; x++)
            for (size_t y = 0; y < 5; y++)
                b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl64(a[x + 5 * y], keccak_rot[x + 5 * y]);
        for (size_t y = 0; y < 25; y += 5)
            for (size_t x = 0; x < 5; x++)
                a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
        a[0] ^= keccak_rc[round];
    }
}

/* XORs one rate-sized block into the state and permutes. */
static void absorb(DigestCtx *c, const uint8_t *blk) {
    for (size_t i = 0; i < c->block_size; i++) c->h64[i / 8] ^= (uint64_t)blk[i] << (8 * (i % 8));
    keccak_f(c->h64);
}

void digest_sha3_start(DigestCtx *c, DigestAlg alg) {
    size_t bits;
    switch (alg) {
    case DIGEST_SHA3_224: bits = 224; break;
    case DIGEST_SHA3_256: bits = 256; break;
    case DIGEST_SHA3_384: bits = 384; break;
    case DIGEST_SHA3_512: bits = 512; break;
    case DIGEST_SHAKE128: bits = 128; break;
    default: bits = 256; break;
    }
    c->block_size = (uint32_t)(200 - 2 * bits / 8);
    c->digest_size = (alg == DIGEST_SHAKE128 || alg == DIGEST_SHAKE256) ? 0 : (uint32_t)(bits / 8);
}

void digest_sha3_update(DigestCtx *c, const uint8_t *p, size_t n) {
    size_t bs = c->block_size, i = 0;
    while (i < n) {
        // Every block goes through c->buf, so the compression reads only that array.
        size_t take = bs - c->buflen;
        if (take > n - i) take = n - i;
        for (size_t k = 0; k < take; k++) {
            size_t at = c->buflen + k, from = i + k;
            if (at >= DIGEST_MAX_BLOCK || from >= n) break; // cannot happen: take fits both
            // bounds-ok: at < DIGEST_MAX_BLOCK (the size of c->buf) is tested on the line above;
            // clang 14 does not carry that test to the store.
            c->buf[at] = p[from];
        }
        c->buflen += (uint32_t)take;
        i += take;
        if (c->buflen == bs) {
            absorb(c, c->buf);
            c->buflen = 0;
        }
    }
}

void digest_sha3_final(const DigestCtx *src, uint8_t *out, size_t outlen) {
    DigestCtx c = *src;
    size_t bs = c.block_size;
    bool shake = c.alg == DIGEST_SHAKE128 || c.alg == DIGEST_SHAKE256;
    if (bs == 0 || bs > DIGEST_MAX_BLOCK || c.buflen >= bs) return; // excluded by digest_final
    for (size_t i = c.buflen; i < bs; i++) c.buf[i] = 0;
    c.buf[c.buflen] ^= shake ? 0x1f : 0x06;
    c.buf[bs - 1] ^= 0x80;
    absorb(&c, c.buf);
    size_t pos = 0;
    while (pos < outlen) {
        for (size_t i = 0; i < bs && pos < outlen; i++, pos++)
            out[pos] = (uint8_t)(c.h64[i / 8] >> (8 * (i % 8)));
        if (pos < outlen) keccak_f(c.h64);
    }
}
