/*
 * eva_digest.c: Frama-C Eva driver for kernel/digest*.c. Every algorithm is started,
 * fed buffers of every length 0..N of unknown bytes (twice, so a partial block is
 * carried over) and finalised into an output of its exact size (SHAKE: every size
 * 0..N, plus a wrong size for the fixed ones); BLAKE2 is started with unknown parameter
 * sizes, including out-of-range ones. Eva then proves no out-of-bounds access, overflow
 * or uninitialised read for all of those inputs. Run (see VERIFY.md):
 *   frama-c -eva -eva-precision 1 -eva-alloc-builtin fresh -eva-no-print \
 *     -eva-warn-key alarm=error -kernel-warn-key annot:missing-spec=error \
 *     -eva-warn-key builtins:missing-spec=error -cpp-extra-args=-Isrc \
 *     -main eva_digest tests/verify/eva_digest.c src/kernel/digest.c \
 *     src/kernel/digest_sha3.c src/kernel/digest_blake2.c
 * and check that "eva_digest: reached end" is printed.
 */
#include <stdio.h>
#include <stdlib.h>

#include "__fc_builtin.h"
#include "kernel/digest.h"

#define N 3

void eva_digest(void);

void eva_digest(void) {
    size_t n;
    uint8_t *p;
    n = Frama_C_size_t_interval(0, N);
    //@ split n;
    // No object at all for n == 0: the kernel must not touch p then.
    p = NULL;
    if (n > 0) {
        p = malloc(n);
        if (p == NULL) return;
        Frama_C_make_unknown((char *)p, n);
    }

    int alg = Frama_C_interval(0, DIGEST__COUNT);
    DigestCtx c;
    if (digest_init(&c, (DigestAlg)alg) != K_OK) return;
    digest_update(&c, p, n);
    digest_update(&c, p, n);
    size_t outlen;
    uint8_t *out;
    outlen = Frama_C_size_t_interval(0, DIGEST_MAX_SIZE + 1);
    //@ split outlen;
    out = malloc(outlen > 0 ? outlen : 1);
    if (out == NULL) return;
    (void)digest_final(&c, out, outlen);

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
    int b = Frama_C_interval(DIGEST_BLAKE2B, DIGEST_BLAKE2S);
    if (digest_init_blake2(&c, (DigestAlg)b, &prm) != K_OK) return;
    digest_update(&c, p, n);
    (void)digest_final(&c, out, outlen);
    printf("eva_digest: reached end\n");
}
