/*
 * siphash.c: SipHash-c-d (see siphash.h). The state words wrap around on purpose
 * (uint64_t arithmetic is modular); that wrapping is confined to round() and rotl().
 */
#include "siphash.h"

#include <string.h>

static inline uint64_t rotl(uint64_t x, unsigned b) { return (x << b) | (x >> (64u - b)); }

typedef struct SipState {
    uint64_t v0, v1, v2, v3;
} SipState;

static inline void sipround(SipState *s) {
    s->v0 += s->v1;
    s->v1 = rotl(s->v1, 13);
    s->v1 ^= s->v0;
    s->v0 = rotl(s->v0, 32);
    s->v2 += s->v3;
    s->v3 = rotl(s->v3, 16);
    s->v3 ^= s->v2;
    s->v0 += s->v3;
    s->v3 = rotl(s->v3, 21);
    s->v3 ^= s->v0;
    s->v2 += s->v1;
    s->v1 = rotl(s->v1, 17);
    s->v1 ^= s->v2;
    s->v2 = rotl(s->v2, 32);
}

// Little-endian word from up to 8 bytes of [v] starting at [i] (missing bytes are 0).
// A whole word inside [v] is one load (hashing names is a large part of start-up).
static inline uint64_t load_le(BView v, size_t i, size_t count) {
    if (count >= 8 && i <= v.n && v.n - i >= 8) {
        uint64_t x;
        memcpy(&x, v.p + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        x = __builtin_bswap64(x);
#endif
        return x;
    }
    uint64_t w = 0;
    for (size_t k = 0; k < count && k < 8; k++) {
        if (i < v.n && k < v.n - i) w |= (uint64_t)v.p[i + k] << (8u * k);
    }
    return w;
}

// Little-endian word of the last [count] (< 8) bytes of [v], which start at [i]: the
// tail after the whole words. Hashing is dominated by short keys (dict lookups of
// words, names), whose tail went byte by byte through load_le's two checks: a message
// of 8 bytes or more takes its last 8 bytes as one load shifted down to the tail,
// a shorter one the bytes through a switch.
static inline uint64_t load_tail(BView v, size_t i, size_t count) {
    if (count == 0) return 0;
    if (count >= 8 || i > v.n || count != v.n - i) return load_le(v, i, count);
    if (v.n >= 8) {
        uint64_t x;
        memcpy(&x, v.p + (v.n - 8), 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        x = __builtin_bswap64(x);
#endif
        return x >> (8u * (8u - count));
    }
    const uint8_t *p = v.p + i; // count bytes from here are inside [v] (count == v.n - i)
    uint64_t w = 0;
    switch (count) {
    case 7: w |= (uint64_t)p[6] << 48; /* fall through */
    case 6: w |= (uint64_t)p[5] << 40; /* fall through */
    case 5: w |= (uint64_t)p[4] << 32; /* fall through */
    case 4: w |= (uint64_t)p[3] << 24; /* fall through */
    case 3: w |= (uint64_t)p[2] << 16; /* fall through */
    case 2: w |= (uint64_t)p[1] << 8; /* fall through */
    default: w |= (uint64_t)p[0];
    }
    return w;
}

// Inlined into each variant so the round counts are constants (rounds unrolled).
static inline __attribute__((always_inline)) uint64_t siphash(BView key, BView msg, int crounds, int drounds) {
    uint64_t k0 = load_le(key, 0, 8), k1 = load_le(key, 8, 8);
    SipState s = {k0 ^ UINT64_C(0x736f6d6570736575), k1 ^ UINT64_C(0x646f72616e646f6d),
                  k0 ^ UINT64_C(0x6c7967656e657261), k1 ^ UINT64_C(0x7465646279746573)};
    size_t full = msg.n - msg.n % 8;
    for (size_t i = 0; i < full; i += 8) {
        uint64_t m = load_le(msg, i, 8);
        s.v3 ^= m;
        for (int r = 0; r < crounds; r++) sipround(&s);
        s.v0 ^= m;
    }
    uint64_t last = ((uint64_t)(msg.n & 0xFF) << 56) | load_tail(msg, full, msg.n - full);
    s.v3 ^= last;
    for (int r = 0; r < crounds; r++) sipround(&s);
    s.v0 ^= last;
    s.v2 ^= 0xFF;
    for (int r = 0; r < drounds; r++) sipround(&s);
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

uint64_t siphash13(BView key, BView msg) { return siphash(key, msg, 1, 3); }

uint64_t siphash24(BView key, BView msg) { return siphash(key, msg, 2, 4); }
