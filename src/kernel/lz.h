/*
 * lz.h: the decoder of SPZ, safepy's own compression format for the frozen standard
 * library (tools/lzpack.c writes it at build time; docs/notes/size.md describes it).
 *
 * SPZ is LZ77 (literals, matches at a distance, repeats of the last distance) coded bit
 * by bit with an adaptive binary range coder. The model below is shared by the encoder
 * and the decoder and must stay identical in both.
 *
 * Invariant: decoding never reads outside the input view nor writes outside the output
 * capacity; a malformed or truncated stream (a match reaching before the start of the
 * output or past its expected size, a read past the end of the input, an over-long
 * number) is K_INVALID, never an overrun.
 */
#ifndef SAFEPY_KERNEL_LZ_H
#define SAFEPY_KERNEL_LZ_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "heap.h"
#include "kstatus.h"

/* The model (encoder and decoder). */
#define LZ_PROB_BITS 11
#define LZ_PROB_ONE (1u << LZ_PROB_BITS)
#define LZ_MOVE 4
#define LZ_TOP (1u << 24)
#define LZ_STATES 4                     /* kinds of the last two operations */
#define LZ_LIT_CTX 16                   /* literal context: high nibble of the previous byte */
#define LZ_GAMMA_BITS 25                /* numbers are < 2^25 */
#define LZ_MIN_MATCH 3                  /* a new-distance match is at least this long */
#define LZ_MIN_REP 2                    /* a repeat of the last distance, at least this */
#define LZ_MAX_LEN 65535

/* Adaptive Elias-gamma coder of a number >= 1: unary bit count, then the bits below the
 * leading one, each with a probability chosen by (bit count, position). */
typedef struct LzGamma {
    uint16_t unary[LZ_GAMMA_BITS];
    uint16_t bits[LZ_GAMMA_BITS][LZ_GAMMA_BITS];
} LzGamma;

typedef struct LzModel {
    uint16_t is_match[LZ_STATES];
    uint16_t is_rep[LZ_STATES];
    uint16_t lit[LZ_LIT_CTX][256];
    LzGamma len;
    LzGamma rep_len;
    LzGamma dist;
} LzModel;

/* Sets every probability of [m] to one half. */
void lz_model_init(LzModel *m);

/* Decodes [in] into out[0..cap): succeeds only when [cap] bytes decode from exactly the
 * bytes of [in]. K_INVALID on a malformed, truncated or over-long stream. [cap] is not
 * stored in the stream: with a wrong one the result is wrong or K_INVALID, never an
 * access outside [in] or out[0..cap). */
K_MUST KStatus lz_decode(BView in, uint8_t *out, size_t cap);

/* lz_decode after a preset dictionary: out[0..start) holds bytes the stream may copy
 * from (the encoder saw them before its input: tools/lzenc.c lzenc_compress_pre) and
 * [in] decodes into out[start..cap). K_INVALID as lz_decode, and when start > cap. */
K_MUST KStatus lz_decode_after(BView in, uint8_t *out, size_t start, size_t cap);

/* Decodes [in], which holds [n] bytes once decoded, into a new buffer [out]
 * (K_NOMEM when the heap cannot hold them). */
K_MUST KStatus lz_decode_buf(Heap *h, BView in, size_t n, Buf *out);

/* Decodes [first] ([n1] bytes once decoded), then [second] ([n2] bytes, compressed with
 * the first's bytes as its preset dictionary), into one new buffer [out] of n1 + n2
 * bytes (K_NOMEM when the heap cannot hold them, K_OVERFLOW when n1 + n2 overflows). */
K_MUST KStatus lz_decode_pair_buf(Heap *h, BView first, size_t n1, BView second, size_t n2, Buf *out);

#endif
