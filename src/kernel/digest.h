/*
 * digest.h: message digests for hashlib/hmac: MD5, SHA-1, SHA-224/256/384/512 (digest.c),
 * SHA3-224/256/384/512 and SHAKE128/256 (digest_sha3.c), BLAKE2b and BLAKE2s
 * (digest_blake2.c). All share one fixed-size context, so a Python hash object embeds it
 * by value and copy() is a struct assignment.
 *
 * Invariant: c->buflen < c->block_size <= DIGEST_MAX_BLOCK for the Merkle-Damgard and
 * sponge families; for BLAKE2, c->buflen <= c->block_size (a full block stays buffered
 * until more input shows it is not the last). Functions read p[0 .. n-1] only and write
 * out[0 .. outlen-1] only.
 */
#ifndef SAFEPY_KERNEL_DIGEST_H
#define SAFEPY_KERNEL_DIGEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kstatus.h"

typedef enum DigestAlg {
    DIGEST_MD5,
    DIGEST_SHA1,
    DIGEST_SHA224,
    DIGEST_SHA256,
    DIGEST_SHA384,
    DIGEST_SHA512,
    DIGEST_SHA3_224,
    DIGEST_SHA3_256,
    DIGEST_SHA3_384,
    DIGEST_SHA3_512,
    DIGEST_SHAKE128,
    DIGEST_SHAKE256,
    DIGEST_BLAKE2B,
    DIGEST_BLAKE2S,
    DIGEST__COUNT
} DigestAlg;

#define DIGEST_MAX_BLOCK 168 /* SHAKE128's rate, the largest block */
#define DIGEST_MAX_SIZE 64   /* largest fixed digest */

typedef struct DigestCtx {
    uint32_t alg;         /* DigestAlg */
    uint32_t digest_size; /* bytes of output (0 for SHAKE: caller chooses) */
    uint32_t block_size;  /* bytes per compressed block (the sponge rate for SHA-3) */
    uint32_t buflen;      /* bytes pending in buf */
    uint64_t count_lo;    /* bytes consumed by compressions, low and high words */
    uint64_t count_hi;
    uint32_t h32[8];      /* MD5, SHA-1, SHA-256, BLAKE2s chaining value */
    uint64_t h64[25];     /* SHA-512 and BLAKE2b chaining value; Keccak state */
    uint8_t buf[DIGEST_MAX_BLOCK];
    bool last_node;       /* BLAKE2 tree hashing: this is the last node of its level */
} DigestCtx;

/* Tree and personalisation parameters of BLAKE2 (all zero/empty for plain hashing). */
typedef struct DigestBlake2Params {
    size_t digest_size;   /* 1 .. 64 (2b) or 1 .. 32 (2s) */
    const uint8_t *key;   /* key[0 .. key_len-1]; key_len <= digest max */
    size_t key_len;
    const uint8_t *salt;  /* salt_len <= 16 (2b) or 8 (2s) */
    size_t salt_len;
    const uint8_t *person;/* person_len <= 16 (2b) or 8 (2s) */
    size_t person_len;
    uint32_t fanout, depth, leaf_size;
    uint64_t node_offset;
    uint32_t node_depth, inner_size;
    bool last_node;
} DigestBlake2Params;

/*@ requires \valid(c);
    assigns *c;
    ensures alg >= DIGEST__COUNT ==> \result == K_INVALID; */
/* Starts [c] for [alg] with default parameters (BLAKE2: full-size digest, no key).
 * K_INVALID for an unknown alg. */
K_MUST KStatus digest_init(DigestCtx *c, DigestAlg alg);

/*@ requires \valid(c) && \valid_read(prm);
    assigns *c; */
/* Starts a BLAKE2b/BLAKE2s [c] with [prm]. K_RANGE when a size is outside the limits
 * above (depth 1..255, fanout <= 255, node_depth <= 255, inner_size <= digest max,
 * node_offset < 2**48 for 2s); K_INVALID for another alg. */
K_MUST KStatus digest_init_blake2(DigestCtx *c, DigestAlg alg, const DigestBlake2Params *prm);

/*@ requires \valid(c) && (n == 0 || \valid_read(p + (0 .. n-1)));
    assigns *c; */
/* Feeds p[0 .. n-1] to [c]. */
void digest_update(DigestCtx *c, const uint8_t *p, size_t n);

/*@ requires \valid_read(c) && (outlen == 0 || \valid(out + (0 .. outlen-1)));
    assigns out[0 .. outlen-1]; */
/* Writes the digest of everything fed so far to out[0 .. outlen-1] without changing
 * [c] (so it may be called again, or more data fed). outlen must equal c->digest_size
 * (any length for SHAKE); K_RANGE otherwise; K_INVALID for a context that breaks the
 * invariant above (digest_update ignores such a context). */
K_MUST KStatus digest_final(const DigestCtx *c, uint8_t *out, size_t outlen);

/* ---- per-family entry points used by digest_init/update/final (not for callers) ---- */
void digest_sha3_start(DigestCtx *c, DigestAlg alg);
void digest_sha3_update(DigestCtx *c, const uint8_t *p, size_t n);
void digest_sha3_final(const DigestCtx *c, uint8_t *out, size_t outlen);
void digest_blake2_update(DigestCtx *c, const uint8_t *p, size_t n);
void digest_blake2_final(const DigestCtx *c, uint8_t *out, size_t outlen);

#endif
