/*
 * lzenc.c: the build-time side of SPZ (src/kernel/lz.h): a minifier for Python source
 * and the compressor. Included by tools/lzpack.c (the freeze tool), by the kernel unit
 * test and by the fuzz harness, which round-trip through the kernel decoder.
 *
 * The minifier removes comments and the blanks that end lines, outside string literals
 * only, and never a newline: line numbers (tracebacks) and docstrings are unchanged.
 * The compressor: hash-chain match finder, lazy matching, the model of lz.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kernel/lz.h"

/* ---- minifier ---- */

// Strips comments and trailing blanks from Python source [src] (n bytes) into [out]
// (room for n bytes); returns the new length.
static size_t lzenc_minify(const uint8_t *src, size_t n, uint8_t *out) {
    size_t o = 0, i = 0;
    while (i < n) {
        uint8_t c = src[i];
        if (c == '#') {
            while (i < n && src[i] != '\n') i++;
            continue;
        }
        if (c == '\n') {
            while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\t' || out[o - 1] == '\r')) o--;
            out[o++] = src[i++];
            continue;
        }
        if (c == '\'' || c == '"') {
            int triple = i + 2 < n && src[i + 1] == c && src[i + 2] == c;
            size_t q = triple ? 3 : 1;
            for (size_t k = 0; k < q; k++) out[o++] = src[i++];
            while (i < n) {
                if (src[i] == '\\' && i + 1 < n) {
                    out[o++] = src[i++];
                    out[o++] = src[i++];
                    continue;
                }
                if (!triple && src[i] == '\n') break; // unterminated: left to the compiler
                if (src[i] == c && (!triple || (i + 2 < n && src[i + 1] == c && src[i + 2] == c))) {
                    for (size_t k = 0; k < q; k++) out[o++] = src[i++];
                    break;
                }
                out[o++] = src[i++];
            }
            continue;
        }
        out[o++] = src[i++];
    }
    while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\t')) o--;
    return o;
}

/* ---- range encoder ---- */

typedef struct Enc {
    uint8_t *out;
    size_t n, cap;
    uint64_t low;
    uint32_t range;
    uint8_t cache;
    uint64_t cache_size;
} Enc;

static void put(Enc *e, uint8_t b) {
    if (e->n == e->cap) {
        e->cap = e->cap ? 2 * e->cap : 4096;
        e->out = realloc(e->out, e->cap);
        if (e->out == NULL) abort();
    }
    e->out[e->n++] = b;
}

static void shift_low(Enc *e) {
    if ((uint32_t)e->low < 0xFF000000u || (e->low >> 32) != 0) {
        uint8_t carry = (uint8_t)(e->low >> 32);
        uint8_t t = e->cache;
        do {
            put(e, (uint8_t)(t + carry));
            t = 0xFF;
        } while (--e->cache_size != 0);
        e->cache = (uint8_t)(e->low >> 24);
    }
    e->cache_size++;
    e->low = (e->low & 0x00FFFFFFu) << 8;
}

static void ebit(Enc *e, uint16_t *p, int b) {
    uint32_t bound = (e->range >> LZ_PROB_BITS) * *p;
    if (!b) {
        e->range = bound;
        *p = (uint16_t)(*p + ((LZ_PROB_ONE - *p) >> LZ_MOVE));
    } else {
        e->low += bound;
        e->range -= bound;
        *p = (uint16_t)(*p - (*p >> LZ_MOVE));
    }
    while (e->range < LZ_TOP) {
        e->range <<= 8;
        shift_low(e);
    }
}

static void egamma(Enc *e, LzGamma *g, uint32_t v) {
    unsigned nbits = 0;
    for (uint32_t t = v; t != 0; t >>= 1) nbits++;
    for (unsigned k = 1; k < nbits; k++) ebit(e, &g->unary[k - 1], 1);
    ebit(e, &g->unary[nbits - 1], 0);
    for (unsigned i = 0; i + 1 < nbits; i++) ebit(e, &g->bits[nbits][i], (int)((v >> (nbits - 2 - i)) & 1));
}

/* ---- match finder and parser ---- */

// Every distance must be a gamma number the decoder accepts (below 2^(LZ_GAMMA_BITS - 1);
// egamma would index past LzGamma.bits for a larger one): inputs stay below that size.
#define LZENC_MAX_INPUT ((size_t)1 << (LZ_GAMMA_BITS - 1))
#define HASH_BITS 16
#define CHAIN_DEPTH 1024

static unsigned ilog2(size_t v) {
    unsigned r = 0;
    while (v > 1) {
        v >>= 1;
        r++;
    }
    return r;
}

// Estimated gain in bits of a match over literals (literals cost about 7 bits: 7 made
// the frozen stdlib 0.6% smaller than 6, 8 no better).
static long gain(size_t len, size_t dist, int is_rep) {
    long cost = is_rep ? 3 + 2 * (long)ilog2(len) : 3 + 2 * (long)ilog2(len) + 2 * (long)ilog2(dist);
    return 7 * (long)len - cost;
}

typedef struct Finder {
    const uint8_t *s;
    size_t n;
    int32_t head[1 << HASH_BITS];
    int32_t *prev;
} Finder;

static unsigned hash3(const uint8_t *p) {
    return ((unsigned)p[0] * 2654435761u ^ (unsigned)p[1] * 40503u ^ (unsigned)p[2] * 97u) & ((1u << HASH_BITS) - 1);
}

static void insert(Finder *f, size_t pos) {
    if (pos + 3 > f->n) return;
    unsigned h = hash3(f->s + pos);
    f->prev[pos] = f->head[h];
    f->head[h] = (int32_t)pos;
}

static size_t match_len(const Finder *f, size_t a, size_t b) {
    size_t l = 0, max = f->n - b;
    if (max > LZ_MAX_LEN) max = LZ_MAX_LEN;
    while (l < max && f->s[a + l] == f->s[b + l]) l++;
    return l;
}

// The best match at [pos] (not yet inserted): its length (0 if none) and distance.
static long best_match(const Finder *f, size_t pos, size_t rep, size_t *len, size_t *dist, int *is_rep) {
    long best = 0;
    *len = 0;
    *dist = 0;
    *is_rep = 0;
    if (rep != 0 && rep <= pos) {
        size_t l = match_len(f, pos - rep, pos);
        if (l >= LZ_MIN_REP && gain(l, rep, 1) > best) {
            best = gain(l, rep, 1);
            *len = l;
            *dist = rep;
            *is_rep = 1;
        }
    }
    if (pos + 3 > f->n) return best;
    int32_t c = f->head[hash3(f->s + pos)];
    for (int depth = 0; c >= 0 && depth < CHAIN_DEPTH; depth++, c = f->prev[c]) {
        size_t l = match_len(f, (size_t)c, pos);
        size_t d = pos - (size_t)c;
        if (l >= LZ_MIN_MATCH && gain(l, d, d == rep) > best) {
            best = gain(l, d, d == rep);
            *len = l;
            *dist = d;
            *is_rep = d == rep;
        }
    }
    return best;
}

// Compresses src[pre..n) with src[0..pre) as a preset dictionary (the decoder has those
// bytes in front of its output: lz_decode_after); returns a malloc'd stream and its
// length in *outn, or NULL when n >= LZENC_MAX_INPUT.
static uint8_t *lzenc_compress_pre(const uint8_t *src, size_t pre, size_t n, size_t *outn) {
    if (n >= LZENC_MAX_INPUT || pre > n) return NULL;
    Enc e = {NULL, 0, 0, 0, 0xFFFFFFFFu, 0, 1};
    LzModel *m = malloc(sizeof *m);
    Finder *f = malloc(sizeof *f);
    if (m == NULL || f == NULL) abort();
    lz_model_init(m);
    f->s = src;
    f->n = n;
    f->prev = malloc((n + 1) * sizeof *f->prev);
    if (f->prev == NULL) abort();
    for (size_t i = 0; i < (1u << HASH_BITS); i++) f->head[i] = -1;
    size_t pos = 0, rep = 0;
    unsigned state = 0, prev = 0;
    for (; pos < pre; pos++) insert(f, pos); // the dictionary: matched, never coded
    while (pos < n) {
        size_t len, dist, len1, dist1;
        int is_rep, is_rep1;
        long g = best_match(f, pos, rep, &len, &dist, &is_rep);
        if (g > 0 && pos + 1 < n) {
            insert(f, pos);
            long g1 = best_match(f, pos + 1, rep, &len1, &dist1, &is_rep1);
            if (g1 > g + 6) g = 0; // a literal here, the better match next
        } else {
            insert(f, pos);
        }
        if (g <= 0) {
            ebit(&e, &m->is_match[state], 0);
            unsigned ctx = 1;
            for (int b = 7; b >= 0; b--) {
                int bitv = (src[pos] >> b) & 1;
                ebit(&e, &m->lit[prev >> 4][ctx], bitv);
                ctx = (ctx << 1) | (unsigned)bitv;
            }
            prev = src[pos];
            pos++;
            state = (state << 1) & (LZ_STATES - 1);
            continue;
        }
        ebit(&e, &m->is_match[state], 1);
        if (rep != 0) ebit(&e, &m->is_rep[state], is_rep);
        if (is_rep) {
            egamma(&e, &m->rep_len, (uint32_t)(len - (LZ_MIN_REP - 1)));
        } else {
            egamma(&e, &m->len, (uint32_t)(len - (LZ_MIN_MATCH - 1)));
            egamma(&e, &m->dist, (uint32_t)dist);
            rep = dist;
        }
        for (size_t k = 1; k < len; k++) insert(f, pos + k);
        pos += len;
        prev = src[pos - 1];
        state = ((state << 1) | 1) & (LZ_STATES - 1);
    }
    for (int i = 0; i < 5; i++) shift_low(&e);
    free(f->prev);
    free(f);
    free(m);
    *outn = e.n;
    return e.out;
}

// Compresses [src] (n bytes); returns a malloc'd stream and its length in *outn, or NULL
// when n >= LZENC_MAX_INPUT.
static uint8_t *lzenc_compress(const uint8_t *src, size_t n, size_t *outn) {
    return lzenc_compress_pre(src, 0, n, outn);
}
