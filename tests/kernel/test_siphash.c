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

int main(void) {
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
