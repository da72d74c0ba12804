/*
 * digest_blake2.c: BLAKE2b and BLAKE2s (RFC 7693) with keys, salt, personalisation and
 * the tree parameters hashlib exposes (see digest.h).
 *
 * Invariant: c->buflen <= block size; a full buffered block is compressed only once
 * more input arrives (the final block must be compressed with the last-block flag).
 * BLAKE2s keeps its state in h32 and a 64-bit byte count in count_lo; BLAKE2b keeps its
 * state in h64 and a 128-bit count in count_lo/count_hi.
 */
#include "digest.h"

static const uint64_t b2b_iv[8] = {
    0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
    0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull,
};
static const uint32_t b2s_iv[8] = {
    0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
    0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u,
};
static const uint8_t sigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};
/* Column then diagonal quadruples of the 16-word working vector. */
static const uint8_t gidx[8][4] = {
    {0, 4, 8, 12}, {1, 5, 9, 13}, {2, 6, 10, 14}, {3, 7, 11, 15},
    {0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13}, {3, 4, 9, 14},
};

static uint64_t rotr64(uint64_t x, unsigned n) { return (x >> n) | (x << ((64 - n) & 63)); }
static uint32_t rotr32(uint32_t x, unsigned n) { return (x >> n) | (x << ((32 - n) & 31)); }

static bool is_b(const DigestCtx *c) { return c->alg == DIGEST_BLAKE2B; }

// Compresses blk[0 .. c->block_size - 1] into c (writes the chaining value only).
static void compress(DigestCtx *c, const uint8_t *blk, bool last) {
    if (is_b(c)) {
        uint64_t m[16] = {0}, v[16] = {0};
        for (size_t i = 0; i < 16; i++) {
            uint64_t w = 0;
            for (size_t k = 0; k < 8; k++) w |= (uint64_t)blk[8 * i + k] << (8 * k);
            m[i] = w;
        }
        for (size_t i = 0; i < 8; i++) {
            v[i] = c->h64[i];
            v[i + 8] = b2b_iv[i];
        }
        v[12] ^= c->count_lo;
        v[13] ^= c->count_hi;
        if (last) v[14] = ~v[14];
        if (last && c->last_node) v[15] = ~v[15];
        for (size_t r = 0; r < 12; r++) {
            const uint8_t *s = sigma[r % 10];
            for (size_t g = 0; g < 8; g++) {
                size_t a = gidx[g][0], b = gidx[g][1], cc = gidx[g][2], d = gidx[g][3];
                v[a] = v[a] + v[b] + m[s[2 * g]];
                v[d] = rotr64(v[d] ^ v[a], 32);
                v[cc] = v[cc] + v[d];
                v[b] = rotr64(v[b] ^ v[cc], 24);
                v[a] = v[a] + v[b] + m[s[2 * g + 1]];
                v[d] = rotr64(v[d] ^ v[a], 16);
                v[cc] = v[cc] + v[d];
                v[b] = rotr64(v[b] ^ v[cc], 63);
            }
        }
        for (size_t i = 0; i < 8; i++) c->h64[i] ^= v[i] ^ v[i + 8];
    } else {
        uint32_t m[16] = {0}, v[16] = {0};
        for (size_t i = 0; i < 16; i++) {
            uint32_t w = 0;
            for (size_t k = 0; k < 4; k++) w |= (uint32_t)blk[4 * i + k] << (8 * k);
            m[i] = w;
        }
        for (size_t i = 0; i < 8; i++) {
            v[i] = c->h32[i];
            v[i + 8] = b2s_iv[i];
        }
        v[12] ^= (uint32_t)c->count_lo;
        v[13] ^= (uint32_t)(c->count_lo >> 32);
        if (last) v[14] = ~v[14];
        if (last && c->last_node) v[15] = ~v[15];
        for (size_t r = 0; r < 10; r++) {
            const uint8_t *s = sigma[r];
            for (size_t g = 0; g < 8; g++) {
                size_t a = gidx[g][0], b = gidx[g][1], cc = gidx[g][2], d = gidx[g][3];
                v[a] = v[a] + v[b] + m[s[2 * g]];
                v[d] = rotr32(v[d] ^ v[a], 16);
                v[cc] = v[cc] + v[d];
                v[b] = rotr32(v[b] ^ v[cc], 12);
                v[a] = v[a] + v[b] + m[s[2 * g + 1]];
                v[d] = rotr32(v[d] ^ v[a], 8);
                v[cc] = v[cc] + v[d];
                v[b] = rotr32(v[b] ^ v[cc], 7);
            }
        }
        for (size_t i = 0; i < 8; i++) c->h32[i] ^= v[i] ^ v[i + 8];
    }
}

static void count_add(DigestCtx *c, uint64_t n) {
    uint64_t lo = c->count_lo + n;
    if (lo < c->count_lo) c->count_hi++;
    c->count_lo = lo;
}

KStatus digest_init_blake2(DigestCtx *c, DigestAlg alg, const DigestBlake2Params *prm) {
    DigestCtx z = {0};
    *c = z;
    if (alg != DIGEST_BLAKE2B && alg != DIGEST_BLAKE2S) return K_INVALID;
    bool b = alg == DIGEST_BLAKE2B;
    size_t maxout = b ? 64 : 32, maxsalt = b ? 16 : 8;
    if (prm->digest_size < 1 || prm->digest_size > maxout) return K_RANGE;
    if (prm->key_len > maxout || prm->salt_len > maxsalt || prm->person_len > maxsalt) return K_RANGE;
    if (prm->fanout > 255 || prm->depth < 1 || prm->depth > 255 || prm->node_depth > 255 ||
        prm->inner_size > maxout)
        return K_RANGE;
    if (!b && prm->node_offset >= ((uint64_t)1 << 48)) return K_RANGE;
    c->alg = (uint32_t)alg;
    c->digest_size = (uint32_t)prm->digest_size;
    c->block_size = b ? 128 : 64;
    c->last_node = prm->last_node;
    uint8_t pb[64] = {0};
    pb[0] = (uint8_t)prm->digest_size;
    pb[1] = (uint8_t)prm->key_len;
    pb[2] = (uint8_t)prm->fanout;
    pb[3] = (uint8_t)prm->depth;
    for (size_t i = 0; i < 4; i++) pb[4 + i] = (uint8_t)(prm->leaf_size >> (8 * i));
    size_t offbytes = b ? 8 : 6;
    for (size_t i = 0; i < offbytes; i++) pb[8 + i] = (uint8_t)(prm->node_offset >> (8 * i));
    pb[8 + offbytes] = (uint8_t)prm->node_depth;
    pb[9 + offbytes] = (uint8_t)prm->inner_size;
    size_t salt_at = b ? 32 : 16, person_at = b ? 48 : 24;
    for (size_t i = 0; i < prm->salt_len; i++) pb[salt_at + i] = prm->salt[i];
    for (size_t i = 0; i < prm->person_len; i++) pb[person_at + i] = prm->person[i];
    if (b) {
        for (size_t i = 0; i < 8; i++) {
            uint64_t w = 0;
            for (size_t k = 0; k < 8; k++) w |= (uint64_t)pb[8 * i + k] << (8 * k);
            c->h64[i] = b2b_iv[i] ^ w;
        }
    } else {
        for (size_t i = 0; i < 8; i++) {
            uint32_t w = 0;
            for (size_t k = 0; k < 4; k++) w |= (uint32_t)pb[4 * i + k] << (8 * k);
            c->h32[i] = b2s_iv[i] ^ w;
        }
    }
    if (prm->key_len > 0) {
        // The key, zero-padded to a block, is the first block of input.
        for (size_t i = 0; i < prm->key_len; i++) c->buf[i] = prm->key[i];
        c->buflen = c->block_size;
    }
    return K_OK;
}

void digest_blake2_update(DigestCtx *c, const uint8_t *p, size_t n) {
    size_t bs = c->block_size, i = 0;
    while (i < n) {
        if (c->buflen == bs) {
            count_add(c, bs);
            compress(c, c->buf, false);
            c->buflen = 0;
        }
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
    }
}

void digest_blake2_final(const DigestCtx *src, uint8_t *out, size_t outlen) {
    DigestCtx c = *src;
    count_add(&c, c.buflen);
    for (size_t i = c.buflen; i < c.block_size; i++) c.buf[i] = 0;
    compress(&c, c.buf, true);
    uint8_t full[DIGEST_MAX_SIZE] = {0};
    for (size_t w = 0; w < 8; w++) {
        for (size_t k = 0; k < 8; k++) {
            if (is_b(&c)) full[8 * w + k] = (uint8_t)(c.h64[w] >> (8 * k));
            else if (k < 4) full[4 * w + k] = (uint8_t)(c.h32[w] >> (8 * k));
        }
    }
    for (size_t i = 0; i < outlen && i < sizeof full; i++) out[i] = full[i];
}
