/*
 * digest.c: MD5, SHA-1 and the SHA-2 family (see digest.h), and the dispatch of
 * digest_init / digest_update / digest_final to the SHA-3 and BLAKE2 files.
 *
 * Invariant: for these Merkle-Damgard hashes c->buflen < c->block_size after every call;
 * a block is compressed as soon as it is full. Word arithmetic is modulo 2**32 / 2**64
 * on unsigned types (intentional wrap-around, confined to the round functions).
 */
#include "digest.h"

static const uint32_t md5_k[64] = {
    0xd76aa478u, 0xe8c7b756u, 0x242070dbu, 0xc1bdceeeu,
    0xf57c0fafu, 0x4787c62au, 0xa8304613u, 0xfd469501u,
    0x698098d8u, 0x8b44f7afu, 0xffff5bb1u, 0x895cd7beu,
    0x6b901122u, 0xfd987193u, 0xa679438eu, 0x49b40821u,
    0xf61e2562u, 0xc040b340u, 0x265e5a51u, 0xe9b6c7aau,
    0xd62f105du, 0x02441453u, 0xd8a1e681u, 0xe7d3fbc8u,
    0x21e1cde6u, 0xc33707d6u, 0xf4d50d87u, 0x455a14edu,
    0xa9e3e905u, 0xfcefa3f8u, 0x676f02d9u, 0x8d2a4c8au,
    0xfffa3942u, 0x8771f681u, 0x6d9d6122u, 0xfde5380cu,
    0xa4beea44u, 0x4bdecfa9u, 0xf6bb4b60u, 0xbebfbc70u,
    0x289b7ec6u, 0xeaa127fau, 0xd4ef3085u, 0x04881d05u,
    0xd9d4d039u, 0xe6db99e5u, 0x1fa27cf8u, 0xc4ac5665u,
    0xf4292244u, 0x432aff97u, 0xab9423a7u, 0xfc93a039u,
    0x655b59c3u, 0x8f0ccc92u, 0xffeff47du, 0x85845dd1u,
    0x6fa87e4fu, 0xfe2ce6e0u, 0xa3014314u, 0x4e0811a1u,
    0xf7537e82u, 0xbd3af235u, 0x2ad7d2bbu, 0xeb86d391u,
};
static const uint8_t md5_r[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};
static const uint32_t sha256_k[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u,
    0x3956c25bu, 0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u,
    0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u,
    0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u,
    0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu,
    0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u,
    0xc6e00bf3u, 0xd5a79147u, 0x06ca6351u, 0x14292967u,
    0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u,
    0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
    0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u,
    0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u,
    0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu, 0x682e6ff3u,
    0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u,
    0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u,
};
static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull,
    0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull,
    0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull,
    0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull,
    0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull,
    0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull,
    0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull,
    0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull,
    0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull,
    0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull,
    0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull,
    0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull,
    0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull,
    0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull,
    0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull,
    0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull,
    0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull,
    0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull,
    0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull,
    0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull,
    0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};
static const uint32_t sha256_h0[8] = {
    0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
    0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u,
};
static const uint32_t sha224_h0[8] = {
    0xc1059ed8u, 0x367cd507u, 0x3070dd17u, 0xf70e5939u,
    0xffc00b31u, 0x68581511u, 0x64f98fa7u, 0xbefa4fa4u,
};
static const uint64_t sha512_h0[8] = {
    0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull,
    0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
    0x510e527fade682d1ull, 0x9b05688c2b3e6c1full,
    0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull,
};
static const uint64_t sha384_h0[8] = {
    0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull,
    0x9159015a3070dd17ull, 0x152fecd8f70e5939ull,
    0x67332667ffc00b31ull, 0x8eb44a8768581511ull,
    0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull,
};

static uint32_t rotl32(uint32_t x, unsigned n) { return (x << n) | (x >> ((32 - n) & 31)); }
static uint32_t rotr32(uint32_t x, unsigned n) { return (x >> n) | (x << ((32 - n) & 31)); }
static uint64_t rotr64(uint64_t x, unsigned n) { return (x >> n) | (x << ((64 - n) & 63)); }

// Reads b[i .. i+3]; callers pass i <= block size - 4.
static uint32_t load_le32(const uint8_t *b, size_t i) {
    return (uint32_t)b[i] | (uint32_t)b[i + 1] << 8 | (uint32_t)b[i + 2] << 16 |
           (uint32_t)b[i + 3] << 24;
}
static uint32_t load_be32(const uint8_t *b, size_t i) {
    return (uint32_t)b[i] << 24 | (uint32_t)b[i + 1] << 16 | (uint32_t)b[i + 2] << 8 |
           (uint32_t)b[i + 3];
}
static uint64_t load_be64(const uint8_t *b, size_t i) {
    return (uint64_t)load_be32(b, i) << 32 | load_be32(b, i + 4);
}

/* ---- compression functions: one block of c->block_size bytes at blk ---- */

// Compresses blk[0 .. 63] into c (writes c->h32[0 .. 3] only).
static void md5_block(DigestCtx *c, const uint8_t *blk) {
    uint32_t m[16] = {0};
    for (size_t i = 0; i < 16; i++) m[i] = load_le32(blk, 4 * i);
    uint32_t a = c->h32[0], b = c->h32[1], cc = c->h32[2], d = c->h32[3];
    for (unsigned i = 0; i < 64; i++) {
        uint32_t f;
        unsigned g;
        if (i < 16) {
            f = (b & cc) | (~b & d);
            g = i;
        } else if (i < 32) {
            f = (d & b) | (~d & cc);
            g = (5 * i + 1) % 16;
        } else if (i < 48) {
            f = b ^ cc ^ d;
            g = (3 * i + 5) % 16;
        } else {
            f = cc ^ (b | ~d);
            g = (7 * i) % 16;
        }
        uint32_t tmp = d;
        d = cc;
        cc = b;
        b = b + rotl32(a + f + md5_k[i] + m[g], md5_r[i]);
        a = tmp;
    }
    c->h32[0] += a;
    c->h32[1] += b;
    c->h32[2] += cc;
    c->h32[3] += d;
}

// Compresses blk[0 .. 63] into c (writes c->h32[0 .. 4] only).
static void sha1_block(DigestCtx *c, const uint8_t *blk) {
    uint32_t w[80] = {0};
    for (size_t i = 0; i < 16; i++) w[i] = load_be32(blk, 4 * i);
    for (size_t i = 16; i < 80; i++) w[i] = rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = c->h32[0], b = c->h32[1], cc = c->h32[2], d = c->h32[3], e = c->h32[4];
    for (size_t i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & cc) | (~b & d);
            k = 0x5a827999u;
        } else if (i < 40) {
            f = b ^ cc ^ d;
            k = 0x6ed9eba1u;
        } else if (i < 60) {
            f = (b & cc) | (b & d) | (cc & d);
            k = 0x8f1bbcdcu;
        } else {
            f = b ^ cc ^ d;
            k = 0xca62c1d6u;
        }
        uint32_t t = rotl32(a, 5) + f + e + k + w[i];
        e = d;
        d = cc;
        cc = rotl32(b, 30);
        b = a;
        a = t;
    }
    c->h32[0] += a;
    c->h32[1] += b;
    c->h32[2] += cc;
    c->h32[3] += d;
    c->h32[4] += e;
}

// Compresses blk[0 .. 63] into c (writes c->h32[0 .. 7] only).
static void sha256_block(DigestCtx *c, const uint8_t *blk) {
    uint32_t w[64] = {0};
    for (size_t i = 0; i < 16; i++) w[i] = load_be32(blk, 4 * i);
    for (size_t i = 16; i < 64; i++) {
        uint32_t s0 = rotr32(w[i - 15], 7) ^ rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr32(w[i - 2], 17) ^ rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t v[8] = {0};
    for (size_t i = 0; i < 8; i++) v[i] = c->h32[i];
    for (size_t i = 0; i < 64; i++) {
        uint32_t S1 = rotr32(v[4], 6) ^ rotr32(v[4], 11) ^ rotr32(v[4], 25);
        uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint32_t t1 = v[7] + S1 + ch + sha256_k[i] + w[i];
        uint32_t S0 = rotr32(v[0], 2) ^ rotr32(v[0], 13) ^ rotr32(v[0], 22);
        uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        uint32_t t2 = S0 + maj;
        v[7] = v[6];
        v[6] = v[5];
        v[5] = v[4];
        v[4] = v[3] + t1;
        v[3] = v[2];
        v[2] = v[1];
        v[1] = v[0];
        v[0] = t1 + t2;
    }
    for (size_t i = 0; i < 8; i++) c->h32[i] += v[i];
}

// Compresses blk[0 .. 127] into c (writes c->h64[0 .. 7] only).
static void sha512_block(DigestCtx *c, const uint8_t *blk) {
    uint64_t w[80] = {0};
    for (size_t i = 0; i < 16; i++) w[i] = load_be64(blk, 8 * i);
    for (size_t i = 16; i < 80; i++) {
        uint64_t s0 = rotr64(w[i - 15], 1) ^ rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr64(w[i - 2], 19) ^ rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t v[8] = {0};
    for (size_t i = 0; i < 8; i++) v[i] = c->h64[i];
    for (size_t i = 0; i < 80; i++) {
        uint64_t S1 = rotr64(v[4], 14) ^ rotr64(v[4], 18) ^ rotr64(v[4], 41);
        uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint64_t t1 = v[7] + S1 + ch + sha512_k[i] + w[i];
        uint64_t S0 = rotr64(v[0], 28) ^ rotr64(v[0], 34) ^ rotr64(v[0], 39);
        uint64_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        uint64_t t2 = S0 + maj;
        v[7] = v[6];
        v[6] = v[5];
        v[5] = v[4];
        v[4] = v[3] + t1;
        v[3] = v[2];
        v[2] = v[1];
        v[1] = v[0];
        v[0] = t1 + t2;
    }
    for (size_t i = 0; i < 8; i++) c->h64[i] += v[i];
}

static void md_compress(DigestCtx *c, const uint8_t *blk) {
    switch ((DigestAlg)c->alg) {
    case DIGEST_MD5: md5_block(c, blk); break;
    case DIGEST_SHA1: sha1_block(c, blk); break;
    case DIGEST_SHA224: case DIGEST_SHA256: sha256_block(c, blk); break;
    default: sha512_block(c, blk); break;
    }
}

static bool is_md(uint32_t alg) { return alg <= DIGEST_SHA512; }

/* Adds [n] to the 128-bit byte count (wraps only past 2**128 bytes). */
static void count_add(DigestCtx *c, uint64_t n) {
    uint64_t lo = c->count_lo + n;
    if (lo < c->count_lo) c->count_hi++;
    c->count_lo = lo;
}

static void md_update(DigestCtx *c, const uint8_t *p, size_t n) {
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
            md_compress(c, c->buf);
            count_add(c, bs);
            c->buflen = 0;
        }
    }
}

static void md_final(const DigestCtx *src, uint8_t *out, size_t outlen) {
    DigestCtx c = *src;
    size_t bs = c.block_size;
    size_t lenbytes = bs == 128 ? 16 : 8;
    // total length in bits as a 128-bit number
    uint64_t lo = c.count_lo + c.buflen;
    uint64_t hi = c.count_hi + (lo < c.count_lo ? 1 : 0);
    uint64_t bits_hi = (hi << 3) | (lo >> 61), bits_lo = lo << 3;
    uint8_t pad[DIGEST_MAX_BLOCK * 2];
    size_t padlen = bs - c.buflen;
    if (padlen < 1 + lenbytes) padlen += bs;
    for (size_t i = 0; i < sizeof pad; i++) pad[i] = 0;
    pad[0] = 0x80;
    // padlen is in [1 + lenbytes, bs + lenbytes], so every index below is in [1, 2 * bs).
    for (size_t i = 0; i < 8 && padlen >= 1 + lenbytes && padlen <= sizeof pad; i++) {
        uint8_t blo = (uint8_t)(bits_lo >> (8 * i)), bhi = (uint8_t)(bits_hi >> (8 * i));
        if (c.alg == DIGEST_MD5) {
            pad[padlen - 8 + i] = blo;
        } else {
            pad[padlen - 1 - i] = blo;
            if (lenbytes == 16) pad[padlen - 9 - i] = bhi;
        }
    }
    md_update(&c, pad, padlen);
    uint8_t full[DIGEST_MAX_SIZE] = {0};
    for (size_t w = 0; w < 8; w++) {
        for (size_t k = 0; k < 8; k++) {
            if (bs == 128) full[8 * w + k] = (uint8_t)(c.h64[w] >> (8 * (7 - k)));
            else if (k < 4 && c.alg == DIGEST_MD5) full[4 * w + k] = (uint8_t)(c.h32[w] >> (8 * k));
            else if (k < 4) full[4 * w + k] = (uint8_t)(c.h32[w] >> (8 * (3 - k)));
        }
    }
    for (size_t i = 0; i < outlen && i < sizeof full; i++) out[i] = full[i];
}

KStatus digest_init(DigestCtx *c, DigestAlg alg) {
    DigestCtx z = {0};
    *c = z;
    if ((unsigned)alg >= DIGEST__COUNT) return K_INVALID;
    c->alg = (uint32_t)alg;
    switch (alg) {
    case DIGEST_MD5:
        c->digest_size = 16;
        c->block_size = 64;
        c->h32[0] = 0x67452301u;
        c->h32[1] = 0xefcdab89u;
        c->h32[2] = 0x98badcfeu;
        c->h32[3] = 0x10325476u;
        return K_OK;
    case DIGEST_SHA1:
        c->digest_size = 20;
        c->block_size = 64;
        c->h32[0] = 0x67452301u;
        c->h32[1] = 0xefcdab89u;
        c->h32[2] = 0x98badcfeu;
        c->h32[3] = 0x10325476u;
        c->h32[4] = 0xc3d2e1f0u;
        return K_OK;
    case DIGEST_SHA224:
    case DIGEST_SHA256:
        c->digest_size = alg == DIGEST_SHA224 ? 28 : 32;
        c->block_size = 64;
        for (size_t i = 0; i < 8; i++) c->h32[i] = alg == DIGEST_SHA224 ? sha224_h0[i] : sha256_h0[i];
        return K_OK;
    case DIGEST_SHA384:
    case DIGEST_SHA512:
        c->digest_size = alg == DIGEST_SHA384 ? 48 : 64;
        c->block_size = 128;
        for (size_t i = 0; i < 8; i++) c->h64[i] = alg == DIGEST_SHA384 ? sha384_h0[i] : sha512_h0[i];
        return K_OK;
    case DIGEST_BLAKE2B:
    case DIGEST_BLAKE2S: {
        DigestBlake2Params prm = {0};
        prm.digest_size = alg == DIGEST_BLAKE2B ? 64 : 32;
        prm.fanout = 1;
        prm.depth = 1;
        return digest_init_blake2(c, alg, &prm);
    }
    default:
        digest_sha3_start(c, alg);
        return K_OK;
    }
}

/* The context invariant (see digest.h); a context that breaks it is never touched. */
static bool ctx_ok(const DigestCtx *c) {
    if (c->alg >= DIGEST__COUNT || c->block_size == 0 || c->block_size > DIGEST_MAX_BLOCK)
        return false;
    if (c->alg == DIGEST_BLAKE2B || c->alg == DIGEST_BLAKE2S)
        return c->buflen <= c->block_size && c->digest_size <= DIGEST_MAX_SIZE;
    return c->buflen < c->block_size && c->digest_size <= DIGEST_MAX_SIZE;
}

void digest_update(DigestCtx *c, const uint8_t *p, size_t n) {
    if (n == 0 || !ctx_ok(c)) return;
    if (is_md(c->alg)) md_update(c, p, n);
    else if (c->alg == DIGEST_BLAKE2B || c->alg == DIGEST_BLAKE2S) digest_blake2_update(c, p, n);
    else digest_sha3_update(c, p, n);
}

KStatus digest_final(const DigestCtx *c, uint8_t *out, size_t outlen) {
    if (!ctx_ok(c)) return K_INVALID;
    bool shake = c->alg == DIGEST_SHAKE128 || c->alg == DIGEST_SHAKE256;
    if (!shake && outlen != c->digest_size) return K_RANGE;
    if (is_md(c->alg)) md_final(c, out, outlen);
    else if (c->alg == DIGEST_BLAKE2B || c->alg == DIGEST_BLAKE2S) digest_blake2_final(c, out, outlen);
    else digest_sha3_final(c, out, outlen);
    return K_OK;
}
