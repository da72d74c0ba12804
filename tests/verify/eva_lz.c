/*
 * eva_lz.c: Frama-C Eva driver for kernel/lz.c (the SPZ decoder of the frozen standard
 * library). lz_decode runs on streams of every length 0..8 holding unknown bytes and on
 * every output capacity 0..C (6), each its own object of exactly that size, so Eva proves
 * that no stream, however malformed, makes it read outside the input or write outside
 * the output, overflow or read uninitialised memory. One gate unit per stream length
 * (the 5-byte header makes every shorter stream one unit); lz_decode_buf is run with the
 * heap failing or not (eva_heap_stub.h); lz_decode_after after dictionaries of 0..C+1
 * bytes and lz_decode_pair_buf (unit "after").
 * Run: sh tools/verify.sh eva_lz (every unit) or eva_lz.NAME (one)
 */
#include "eva_heap_stub.h"
#include "eva_unit.h"
#include "kernel/lz.h"

#define C 6

static Heap heap;

/* Streams of every length lo..hi with unknown bytes, into outputs of every capacity 0..C. */
static void t_decode(size_t lo, size_t hi) {
    size_t n;
    uint8_t *p;
    n = Frama_C_size_t_interval(lo, hi);
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
    Buf b;
    s = lz_decode_buf(&heap, v, cap, &b);
    //@ assert s == K_OK || s == K_INVALID || s == K_NOMEM;
    free(o);
    free(p);
}

/* After a preset dictionary of every length 0..C (and one longer than the output), a
 * stream of lo..hi unknown bytes; then lz_decode_pair_buf with the same stream twice. */
static void t_after(size_t lo, size_t hi) {
    size_t n;
    uint8_t *p;
    n = Frama_C_size_t_interval(lo, hi);
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
    Frama_C_make_unknown((char *)o, cap);
    size_t start = Frama_C_size_t_interval(0, C + 1);
    BView v = {p, n};
    KStatus s = lz_decode_after(v, o, start, cap);
    //@ assert s == K_OK || s == K_INVALID;
    Buf b;
    size_t n1 = Frama_C_size_t_interval(0, C / 2), n2 = Frama_C_size_t_interval(0, C / 2);
    s = lz_decode_pair_buf(&heap, v, n1, v, n2, &b);
    //@ assert s == K_OK || s == K_INVALID || s == K_NOMEM;
    free(o);
    free(p);
}

/* The gate units (eva_unit.h). */
EVA_UNIT(eva_lz, short, t_decode(0, 4))
EVA_UNIT(eva_lz, len5, t_decode(5, 5))
EVA_UNIT(eva_lz, len6, t_decode(6, 6))
EVA_UNIT(eva_lz, len7, t_decode(7, 7))
EVA_UNIT(eva_lz, len8, t_decode(8, 8))
EVA_UNIT(eva_lz, after, t_after(0, 6))
