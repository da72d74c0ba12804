/*
 * lz.c: the SPZ decoder (lz.h): an adaptive binary range decoder driving an LZ77 copy
 * loop. Owns no state beyond one call.
 *
 * Invariant: every input byte is read through next_byte (which stops at the end of the
 * view and flags the stream as truncated) and every output byte is written after a check
 * against the capacity; a match is copied only when its distance lies inside what was
 * already produced (a preset dictionary counts as produced: lz_decode_after) and its
 * length fits in what is left.
 */
#include "lz.h"

typedef struct Dec {
    const uint8_t *in;
    size_t n, pos;
    uint32_t range, code;
    int bad; /* read past the end, or an impossible number */
} Dec;

static inline __attribute__((always_inline)) uint8_t next_byte(Dec *d) {
    if (d->pos >= d->n) {
        d->bad = 1;
        return 0;
    }
    return d->in[d->pos++];
}

static inline __attribute__((always_inline)) int bit(Dec *d, uint16_t *p) {
    uint32_t bound = (d->range >> LZ_PROB_BITS) * *p;
    int b;
    if (d->code < bound) {
        d->range = bound;
        *p = (uint16_t)(*p + ((LZ_PROB_ONE - *p) >> LZ_MOVE));
        b = 0;
    } else {
        d->code -= bound;
        d->range -= bound;
        *p = (uint16_t)(*p - (*p >> LZ_MOVE));
        b = 1;
    }
    if (d->range < LZ_TOP) {
        d->range <<= 8;
        d->code = (d->code << 8) | next_byte(d);
    }
    return b;
}

// A number >= 1 coded by the adaptive gamma coder [g]; 0 flags a malformed stream.
static inline __attribute__((always_inline)) uint32_t read_gamma(Dec *d, LzGamma *g) {
    unsigned nbits = 1;
    while (nbits < LZ_GAMMA_BITS && bit(d, &g->unary[nbits - 1])) nbits++;
    if (nbits >= LZ_GAMMA_BITS) {
        d->bad = 1;
        return 0;
    }
    uint32_t v = 1;
    for (unsigned i = 0; i + 1 < nbits; i++) v = (v << 1) | (uint32_t)bit(d, &g->bits[nbits][i]);
    return v;
}

static void gamma_init(LzGamma *g) {
    for (unsigned i = 0; i < LZ_GAMMA_BITS; i++) {
        g->unary[i] = LZ_PROB_ONE / 2;
        for (unsigned j = 0; j < LZ_GAMMA_BITS; j++) g->bits[i][j] = LZ_PROB_ONE / 2;
    }
}

void lz_model_init(LzModel *m) {
    for (unsigned i = 0; i < LZ_STATES; i++) {
        m->is_match[i] = LZ_PROB_ONE / 2;
        m->is_rep[i] = LZ_PROB_ONE / 2;
    }
    for (unsigned c = 0; c < LZ_LIT_CTX; c++)
        for (unsigned i = 0; i < 256; i++) m->lit[c][i] = LZ_PROB_ONE / 2;
    gamma_init(&m->len);
    gamma_init(&m->rep_len);
    gamma_init(&m->dist);
}

KStatus lz_decode(BView in, uint8_t *out, size_t cap) { return lz_decode_after(in, out, 0, cap); }

KStatus lz_decode_after(BView in, uint8_t *out, size_t start, size_t cap) {
    if (start > cap) return K_INVALID;
    Dec d = {in.p, in.n, 0, 0xFFFFFFFFu, 0, 0};
    if (next_byte(&d) != 0) return K_INVALID; // the encoder's first byte is always 0
    for (int i = 0; i < 4; i++) d.code = (d.code << 8) | next_byte(&d);
    if (d.bad) return K_INVALID;
    LzModel m = {.is_match = {0}}; // zeroed first: static analysis sees it initialised
    lz_model_init(&m);
    size_t pos = start, rep = 0; // (a match may reach back into the dictionary)
    unsigned state = 0;
    unsigned prev = 0;
    while (pos < cap) {
        if (!bit(&d, &m.is_match[state])) {
            // eight bits, most significant first, each under the bits above it (ctx < 256)
            uint16_t *lit = m.lit[prev >> 4];
            unsigned ctx = 1;
#pragma GCC unroll 8
            for (int k = 0; k < 8; k++) ctx = (ctx << 1) | (unsigned)bit(&d, &lit[ctx]);
            if (d.bad || pos >= cap) return K_INVALID;
            out[pos++] = (uint8_t)ctx;
            prev = ctx & 0xFF;
            state = (state << 1) & (LZ_STATES - 1);
            continue;
        }
        size_t len;
        if (rep != 0 && bit(&d, &m.is_rep[state])) {
            len = (size_t)read_gamma(&d, &m.rep_len) + (LZ_MIN_REP - 1);
        } else {
            len = (size_t)read_gamma(&d, &m.len) + (LZ_MIN_MATCH - 1);
            rep = (size_t)read_gamma(&d, &m.dist);
        }
        if (d.bad || rep == 0 || rep > pos || len > cap - pos) return K_INVALID;
        size_t from = pos - rep;
        for (size_t k = 0; k < len; k++) {
            if (from >= pos || pos >= cap) return K_INVALID; // (checked above; for analysers)
            out[pos++] = out[from++];
        }
        prev = out[pos - 1];
        state = ((state << 1) | 1) & (LZ_STATES - 1);
    }
    // A whole stream is read to its last byte: trailing bytes mean a corrupt stream.
    return d.bad || d.pos != d.n ? K_INVALID : K_OK;
}

KStatus lz_decode_buf(Heap *h, BView in, size_t n, Buf *out) {
    buf_init(out);
    if (n == 0) {
        uint8_t none[1];
        return lz_decode(in, none, 0);
    }
    uint8_t *dst = buf_tail(h, out, n);
    if (dst == NULL) return K_NOMEM;
    KStatus s = lz_decode(in, dst, n);
    if (s != K_OK) return s;
    return buf_commit(out, n);
}

KStatus lz_decode_pair_buf(Heap *h, BView first, size_t n1, BView second, size_t n2, Buf *out) {
    buf_init(out);
    if (n2 > SIZE_MAX - n1) return K_OVERFLOW;
    size_t n = n1 + n2;
    if (n == 0) {
        uint8_t none[1];
        KStatus s = lz_decode(first, none, 0);
        return s != K_OK ? s : lz_decode(second, none, 0);
    }
    uint8_t *dst = buf_tail(h, out, n);
    if (dst == NULL) return K_NOMEM;
    KStatus s = lz_decode_after(first, dst, 0, n1);
    if (s != K_OK) return s;
    s = lz_decode_after(second, dst, n1, n);
    if (s != K_OK) return s;
    return buf_commit(out, n);
}
