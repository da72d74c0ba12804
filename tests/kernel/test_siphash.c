/*
 * test_siphash.c: SipHash-2-4 against the reference test vectors (key 00..0f, message
 * 00 01 02 ... of each length), SipHash-1-3 against CPython 3.11's hash() of ASCII strs
 * with PYTHONHASHSEED=0 (an all-zero key), key padding and sensitivity to every byte.
 */
#include <string.h>

#include "kernel/siphash.h"
#include "ktest.h"

static uint64_t le(const uint8_t b[8]) {
    uint64_t w = 0;
    for (int i = 7; i >= 0; i--) w = (w << 8) | b[i];
    return w;
}

// A plain SipHash (byte-by-byte words) to compare the kernel's with on every length and
// offset: its tail is one shifted load (messages of 8 bytes or more) or a switch.
static uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }
#define SIPROUND                                                                          \
    do {                                                                                  \
        v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);                         \
        v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;                                            \
        v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;                                            \
        v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);                         \
    } while (0)
static uint64_t ref_sip(const uint8_t key[16], const uint8_t *m, size_t n, int cr, int dr) {
    uint64_t k0 = 0, k1 = 0;
    for (int i = 7; i >= 0; i--) {
        k0 = (k0 << 8) | key[i];
        k1 = (k1 << 8) | key[8 + i];
    }
    uint64_t v0 = k0 ^ 0x736f6d6570736575u, v1 = k1 ^ 0x646f72616e646f6du;
    uint64_t v2 = k0 ^ 0x6c7967656e657261u, v3 = k1 ^ 0x7465646279746573u;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w = 0;
        for (int j = 7; j >= 0; j--) w = (w << 8) | m[i + (size_t)j];
        v3 ^= w;
        for (int r = 0; r < cr; r++) SIPROUND;
        v0 ^= w;
    }
    uint64_t w = (uint64_t)(n & 0xff) << 56;
    for (size_t j = 0; i + j < n; j++) w |= (uint64_t)m[i + j] << (8 * j);
    v3 ^= w;
    for (int r = 0; r < cr; r++) SIPROUND;
    v0 ^= w;
    v2 ^= 0xff;
    for (int r = 0; r < dr; r++) SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

int main(void) {
    {
        uint8_t rk[16], buf[96];
        for (int i = 0; i < 16; i++) rk[i] = (uint8_t)(i * 37 + 11);
        for (int i = 0; i < 96; i++) buf[i] = (uint8_t)(i * 151 + 7);
        int same = 1;
        for (size_t off = 0; off < 8; off++)
            for (size_t n = 0; off + n <= 90; n++) {
                BView kv = {rk, 16}, mv = {buf + off, n};
                same &= siphash13(kv, mv) == ref_sip(rk, buf + off, n, 1, 3);
                same &= siphash24(kv, mv) == ref_sip(rk, buf + off, n, 2, 4);
            }
        CHECK(same);
    }
    uint8_t key[16], msg[64];
    for (int i = 0; i < 16; i++) key[i] = (uint8_t)i;
    for (int i = 0; i < 64; i++) msg[i] = (uint8_t)i;
    BView k = {key, 16};
    static const uint8_t vec24[][8] = {
        {0x31, 0x0e, 0x0e, 0xdd, 0x47, 0xdb, 0x6f, 0x72}, /* len 0 */
        {0xfd, 0x67, 0xdc, 0x93, 0xc5, 0x39, 0xf8, 0x74}, /* len 1 */
        {0x5a, 0x4f, 0xa9, 0xd9, 0x09, 0x80, 0x6c, 0x0d}, /* len 2 */
        {0x2d, 0x7e, 0xfb, 0xd7, 0x96, 0x66, 0x67, 0x85}, /* len 3 */
        {0xb7, 0x87, 0x71, 0x27, 0xe0, 0x94, 0x27, 0xcf}, /* len 4 */
        {0x8d, 0xa6, 0x99, 0xcd, 0x64, 0x55, 0x76, 0x18}, /* len 5 */
        {0xce, 0xe3, 0xfe, 0x58, 0x6e, 0x46, 0xc9, 0xcb}, /* len 6 */
        {0x37, 0xd1, 0x01, 0x8b, 0xf5, 0x00, 0x02, 0xab}, /* len 7 */
        {0x62, 0x24, 0x93, 0x9a, 0x79, 0xf5, 0xf5, 0x93}, /* len 8 */
    };
    for (size_t n = 0; n < sizeof vec24 / sizeof vec24[0]; n++) {
        BView m = {msg, n};
        CHECK(siphash24(k, m) == le(vec24[n]));
    }
    static const uint8_t vec24_15[8] = {0xe5, 0x45, 0xbe, 0x49, 0x61, 0xca, 0x29, 0xa1};
    static const uint8_t vec24_63[8] = {0x72, 0x45, 0x06, 0xeb, 0x4c, 0x32, 0x8a, 0x95};
    BView m15 = {msg, 15}, m63 = {msg, 63};
    CHECK(siphash24(k, m15) == le(vec24_15));
    CHECK(siphash24(k, m63) == le(vec24_63));

    // SipHash-1-3 with an all-zero key: CPython 3.11, PYTHONHASHSEED=0.
    uint8_t zero[16] = {0};
    BView z = {zero, 16};
    CHECK(siphash13(z, bview_cstr("a")) == UINT64_C(0x407448d2b89b1813));
    CHECK(siphash13(z, bview_cstr("abc")) == UINT64_C(0xc03bc3a0042630f2));
    CHECK(siphash13(z, bview_cstr("abcdefgh")) == UINT64_C(0x3f7b849c0b8e35ea));
    CHECK(siphash13(z, bview_cstr("hello world, this is longer")) == UINT64_C(0xcfa8d92e81d367b9));
    const uint8_t e_acute[2] = {0xc3, 0xa9};
    BView ea = {e_acute, 2};
    CHECK(siphash13(z, ea) == (uint64_t)INT64_C(-1266968099349302080));

    // A short key is zero-padded; an empty key equals the zero key.
    BView nokey = {NULL, 0};
    CHECK(siphash13(nokey, bview_cstr("abc")) == siphash13(z, bview_cstr("abc")));
    BView longkey = {msg, 40};
    CHECK(siphash24(longkey, m15) == siphash24(k, m15));
    // Empty message with no data pointer.
    BView empty = {NULL, 0};
    CHECK(siphash24(k, empty) == le(vec24[0]));

    // Every key byte and every message byte changes the result.
    uint64_t base = siphash13(k, m63);
    for (int i = 0; i < 16; i++) {
        key[i] ^= 1;
        CHECK(siphash13(k, m63) != base);
        key[i] ^= 1;
    }
    for (int i = 0; i < 63; i++) {
        msg[i] ^= 0x80;
        CHECK(siphash13(k, m63) != base);
        msg[i] ^= 0x80;
    }
    CHECK(siphash13(k, m63) == base);
    return ktest_done();
}
