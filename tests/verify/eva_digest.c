/*
 * eva_digest.c: Frama-C Eva driver for kernel/digest*.c. Every algorithm is started,
 * fed buffers of every length 0..N of unknown bytes (twice, so a partial block is
 * carried over) and finalised into outputs of every size 0..DIGEST_MAX_SIZE + 1 (its
 * exact size among them: SHAKE takes any, the fixed ones refuse a wrong one), each its
 * own object of exactly that size; an unknown algorithm number is refused; BLAKE2 is
 * also started with unknown parameter sizes, including out-of-range ones. Eva then
 * proves no out-of-bounds access, overflow or uninitialised read for all of those
 * inputs. One gate unit per algorithm (eva_unit.h).
 * Run: sh tools/verify.sh eva_digest (every unit) or eva_digest.NAME (one)
 */
#include <stdlib.h>

#include "eva_unit.h"
#include "kernel/digest.h"

#define N 3

/* [n] unknown bytes, 0..N, each length its own object and abstract state
 * (Frama_C_interval_split: a `split` annotation does not survive a macro) and none at
 * all for 0: the kernel must not touch p then. */
#define ANY_DATA(p, n)                                                                    \
    size_t n;                                                                             \
    uint8_t *p;                                                                           \
    n = (size_t)Frama_C_interval_split(0, N);                                             \
    p = NULL;                                                                             \
    if (n > 0) {                                                                          \
        p = malloc(n);                                                                    \
        if (p == NULL) return;                                                            \
        Frama_C_make_unknown((char *)p, n);                                               \
    }

/* Finalises [c] into outputs of every size 0..DIGEST_MAX_SIZE + 1 (exact objects). */
static void final_any(const DigestCtx *c) {
    size_t outlen;
    uint8_t *out;
    outlen = Frama_C_size_t_interval(0, DIGEST_MAX_SIZE + 1);
    //@ split outlen;
    out = malloc(outlen > 0 ? outlen : 1);
    if (out == NULL) return;
    (void)digest_final(c, out, outlen);
}

static void t_alg(DigestAlg alg) {
    ANY_DATA(p, n);
    DigestCtx c;
    if (digest_init(&c, alg) != K_OK) return;
    digest_update(&c, p, n);
    digest_update(&c, p, n);
    final_any(&c);
}

/* [n] unknown bytes in an object of exactly [n] bytes (NULL for 0: the kernel must not
 * touch it then). */
static uint8_t *any_bytes(size_t n) {
    if (n == 0) return NULL;
    uint8_t *p = malloc(n);
    if (p != NULL) Frama_C_make_unknown((char *)p, n);
    return p;
}

/* The parameter sizes a BLAKE2 unit varies: each unit varies one of them over every value
 * up to one past its limit (each value its own state, each buffer its own object of
 * exactly that size) with the others fixed: the three copy loops and the digest size
 * are independent, and varied together their states multiplied (65 x 17 x 17 x 66
 * outputs: the one-unit driver never finished). */
typedef enum { P_KEY, P_SALT, P_PERSON, P_DIGEST } B2Vary;

/* BLAKE2 started with a parameter block: the varied size as above, every other field
 * (fanout, depth, leaf size, node offset and depth, inner size, last node) unknown, out
 * of range included; then data of 0..3 unknown bytes and the final digest into an
 * output of exactly the digest size. */
static void t_blake2_params(DigestAlg b, B2Vary vary) {
    size_t maxout = b == DIGEST_BLAKE2B ? 64 : 32, maxsalt = b == DIGEST_BLAKE2B ? 16 : 8;
    size_t kl = 0, sl = 0, pl = 0, ds = maxout;
    if (vary == P_KEY) kl = (size_t)Frama_C_interval_split(0, 65);
    if (vary == P_SALT) sl = (size_t)Frama_C_interval_split(0, (int)maxsalt + 1);
    if (vary == P_PERSON) pl = (size_t)Frama_C_interval_split(0, (int)maxsalt + 1);
    if (vary == P_DIGEST) ds = (size_t)Frama_C_interval_split(0, 65);
    DigestBlake2Params prm = {0};
    prm.digest_size = ds;
    prm.key = any_bytes(kl);
    prm.key_len = kl;
    prm.salt = any_bytes(sl);
    prm.salt_len = sl;
    prm.person = any_bytes(pl);
    prm.person_len = pl;
    if ((kl > 0 && prm.key == NULL) || (sl > 0 && prm.salt == NULL) ||
        (pl > 0 && prm.person == NULL))
        return;
    prm.fanout = Frama_C_unsigned_int_interval(0, UINT32_MAX);
    prm.depth = Frama_C_unsigned_int_interval(0, UINT32_MAX);
    prm.leaf_size = Frama_C_unsigned_int_interval(0, UINT32_MAX);
    prm.node_offset = Frama_C_unsigned_long_long_interval(0, UINT64_MAX);
    prm.node_depth = Frama_C_unsigned_int_interval(0, UINT32_MAX);
    prm.inner_size = Frama_C_unsigned_int_interval(0, UINT32_MAX);
    prm.last_node = Frama_C_interval(0, 1);
    DigestCtx c;
    if (digest_init_blake2(&c, b, &prm) != K_OK) return;
    ANY_DATA(p, n);
    digest_update(&c, p, n);
    uint8_t *out = malloc(ds > 0 ? ds : 1);
    if (out == NULL) return;
    (void)digest_final(&c, out, ds);
}

/* The gate units (eva_unit.h). */
EVA_UNIT(eva_digest, md5, t_alg(DIGEST_MD5))
EVA_UNIT(eva_digest, sha1, t_alg(DIGEST_SHA1))
EVA_UNIT(eva_digest, sha224, t_alg(DIGEST_SHA224))
EVA_UNIT(eva_digest, sha256, t_alg(DIGEST_SHA256))
EVA_UNIT(eva_digest, sha384, t_alg(DIGEST_SHA384))
EVA_UNIT(eva_digest, sha512, t_alg(DIGEST_SHA512))
EVA_UNIT(eva_digest, sha3_224, t_alg(DIGEST_SHA3_224))
EVA_UNIT(eva_digest, sha3_256, t_alg(DIGEST_SHA3_256))
EVA_UNIT(eva_digest, sha3_384, t_alg(DIGEST_SHA3_384))
EVA_UNIT(eva_digest, sha3_512, t_alg(DIGEST_SHA3_512))
EVA_UNIT(eva_digest, shake128, t_alg(DIGEST_SHAKE128))
EVA_UNIT(eva_digest, shake256, t_alg(DIGEST_SHAKE256))
EVA_UNIT(eva_digest, blake2b, t_alg(DIGEST_BLAKE2B))
EVA_UNIT(eva_digest, blake2s, t_alg(DIGEST_BLAKE2S))
EVA_UNIT(eva_digest, unknown_alg, t_alg((DigestAlg)Frama_C_interval(DIGEST__COUNT, 1000)))
EVA_UNIT(eva_digest, blake2b_key, t_blake2_params(DIGEST_BLAKE2B, P_KEY))
EVA_UNIT(eva_digest, blake2b_salt, t_blake2_params(DIGEST_BLAKE2B, P_SALT))
EVA_UNIT(eva_digest, blake2b_person, t_blake2_params(DIGEST_BLAKE2B, P_PERSON))
EVA_UNIT(eva_digest, blake2b_digest, t_blake2_params(DIGEST_BLAKE2B, P_DIGEST))
EVA_UNIT(eva_digest, blake2s_key, t_blake2_params(DIGEST_BLAKE2S, P_KEY))
EVA_UNIT(eva_digest, blake2s_salt, t_blake2_params(DIGEST_BLAKE2S, P_SALT))
EVA_UNIT(eva_digest, blake2s_person, t_blake2_params(DIGEST_BLAKE2S, P_PERSON))
EVA_UNIT(eva_digest, blake2s_digest, t_blake2_params(DIGEST_BLAKE2S, P_DIGEST))
