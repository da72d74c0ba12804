/*
 * eva_lz.c: Frama-C Eva driver for kernel/lz.c (the SPZ decoder of the frozen standard
 * library). lz_decode runs on streams of every length 0..N (8) holding unknown bytes and on
 * every output capacity 0..C (6), so Eva proves that no stream, however malformed, makes it
 * read outside the input or write outside the output, overflow or read uninitialised
 * memory. Run (see VERIFY.md):
 *   frama-c -eva -eva-precision 2 -eva-alloc-builtin fresh -eva-no-print \
 *     -eva-warn-key alarm=error -kernel-warn-key annot:missing-spec=error \
 *     -eva-warn-key builtins:missing-spec=error -cpp-extra-args=-Isrc \
 *     -main eva_lz tests/verify/eva_lz.c src/kernel/lz.c src/kernel/buf.c
 * and check that "eva_lz: reached end" is printed.
 */
#include <stdlib.h>

#include "__fc_builtin.h"
#include "kernel/lz.h"

#define N 8
#define C 6

void eva_lz(void);

void eva_lz(void) {
    size_t n;
    uint8_t *p;
    n = Frama_C_size_t_interval(0, N);
    //@ split n;
    p = malloc(n > 0 ? n : 1);
    if (p == NULL) return;
    Frama_C_make_unknown((char *)p, n);
    size_t cap;
    uint8_t *o;
    cap = Frama_C_size_t_interval(0, C);
    //@ split cap;
    o = malloc(cap > 0 ? cap : 1);
    if (o == NULL) return;
    // The decoder reads back only bytes it wrote (a match starts at most at what was
    // produced), which Eva's non-relational domains cannot see: the output starts
    // initialised, and bounds are what this driver proves.
    Frama_C_make_unknown((char *)o, cap);
    BView v = {p, n};
    KStatus s = lz_decode(v, o, cap);
    //@ assert s == K_OK || s == K_INVALID;
    free(o);
    free(p);
    Frama_C_show_each_reached_end(0);
}
