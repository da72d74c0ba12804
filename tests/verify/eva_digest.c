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

static void t_blake2_params(DigestAlg b) {
    ANY_DATA(p, n);
    size_t kl, sl, pl;
    uint8_t *key, *salt, *person;
    kl = Frama_C_size_t_interval(0, 65);
    sl = Frama_C_size_t_interval(0, 17);
    pl = Frama_C_size_t_interval(0, 17);
    key = malloc(kl > 0 ? kl : 1);
    salt = malloc(sl > 0 ? sl : 1);
    person = malloc(pl > 0 ? pl : 1);
    if (key == NULL || salt == NULL || person == NULL) return;
    Frama_C_make_unknown((char *)key, kl);
    Frama_C_make_unknown((char *)salt, sl);
    Frama_C_make_unknown((char *)person, pl);
    DigestBlake2Params prm = {0};
    prm.digest_size = Frama_C_size_t_interval(0, 65);
    prm.key = key;
    prm.key_len = kl;
    prm.salt = salt;
    prm.salt_len = sl;
    prm.person = person;
    prm.person_len = pl;
    prm.fanout = Frama_C_unsigned_int_interval(0, 300);
    prm.depth = Frama_C_unsigned_int_interval(0, 300);
    prm.leaf_size = Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu);
    prm.node_offset = Frama_C_unsigned_long_long_interval(0, 0xFFFFFFFFFFFFFFFFull);
    prm.node_depth = Frama_C_unsigned_int_interval(0, 300);
    prm.inner_size = Frama_C_unsigned_int_interval(0, 300);
    DigestCtx c;
    if (digest_init_blake2(&c, b, &prm) != K_OK) return;
    digest_update(&c, p, n);
    final_any(&c);
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
EVA_UNIT(eva_digest, blake2b_params, t_blake2_params(DIGEST_BLAKE2B))
EVA_UNIT(eva_digest, blake2s_params, t_blake2_params(DIGEST_BLAKE2S))
