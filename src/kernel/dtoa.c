/*
 * dtoa.c: float <-> decimal digits (see dtoa.h). Correct rounding comes from the C
 * library's snprintf/strtod (exact in glibc and musl, independent of the locale for the
 * "C" locale the interpreter runs in); the shortest round-trip search is done here:
 *
 *  - normal doubles carry 53 bits (15.95 digits), so if any string of <= 15 digits reads
 *    back as d, it is the 15-digit rounding of d with its trailing zeros stripped;
 *  - otherwise 16 digits are tried, then, when the mantissa is a power of two (the gap
 *    below d is half the gap above), the 16-digit string one unit above; 17 digits
 *    always round-trip;
 *  - subnormals have fewer bits, so every precision from 1 to 17 is tried in turn.
 */
#include "dtoa.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t bits_of(double d) {
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

static bool is_finite(double d) { return ((bits_of(d) >> 52) & 0x7FF) != 0x7FF; }

static double abs_of(double d) {
    uint64_t b = bits_of(d) & ~(1ull << 63);
    double r;
    memcpy(&r, &b, sizeof r);
    return r;
}

// Splits "d.ddddde[+-]xx" (snprintf %e output, n bytes in s) into digits (to out, no
// trailing zeros) and decpt. Returns false on an unexpected shape.
static bool split_e(const char *s, size_t n, uint8_t *out, size_t cap, size_t *nd, int *decpt) {
    size_t k = 0;
    size_t i = 0;
    for (; i < n && s[i] != 'e'; i++) {
        if (s[i] == '.') continue;
        if (s[i] < '0' || s[i] > '9' || k >= cap) return false;
        out[k++] = (uint8_t)s[i];
    }
    if (i >= n) return false;
    long e = strtol(s + i + 1, NULL, 10);
    while (k > 1 && out[k - 1] == '0') k--;
    *nd = k;
    *decpt = (int)e + 1;
    if (k == 1 && out[0] == '0') *decpt = 1;
    return true;
}

// %.{p-1}e of d into buf (NUL-terminated); returns its length or 0 on failure.
static size_t fmt_e(double d, int p, char *buf, size_t cap) {
    int r = snprintf(buf, cap, "%.*e", p - 1, d);
    if (r <= 0 || (size_t)r >= cap) return 0;
    return (size_t)r;
}

// True when the digits out[0..nd) * 10**(decpt-nd) read back as d.
static bool digits_roundtrip(const uint8_t *dig, size_t nd, int decpt, double d) {
    char buf[64];
    if (nd == 0 || nd > 40) return false;
    size_t k = 0;
    for (size_t i = 0; i < nd; i++) buf[k++] = (char)dig[i];
    int r = snprintf(buf + k, sizeof buf - k, "e%d", decpt - (int)nd);
    if (r <= 0 || (size_t)r >= sizeof buf - k) return false;
    return strtod(buf, NULL) == d;
}

KStatus dtoa_shortest(double d, uint8_t *out, size_t cap, size_t *nd, int *decpt) {
    if (cap < DTOA_SHORTEST_CAP) return K_RANGE;
    if (!is_finite(d)) return K_INVALID;
    d = abs_of(d);
    if (d == 0) {
        out[0] = '0';
        *nd = 1;
        *decpt = 1;
        return K_OK;
    }
    char buf[64];
    bool subnormal = ((bits_of(d) >> 52) & 0x7FF) == 0;
    int first = subnormal ? 1 : 15;
    for (int p = first; p <= 17; p++) {
        size_t n = fmt_e(d, p, buf, sizeof buf);
        if (n == 0) return K_INVALID;
        if (strtod(buf, NULL) == d) {
            if (!split_e(buf, n, out, cap, nd, decpt)) return K_INVALID;
            return K_OK;
        }
        if (p == 16 && (bits_of(d) & 0xFFFFFFFFFFFFFull) == 0 && !subnormal) {
            // Power of two: the nearest 16-digit string fell in the narrow gap below;
            // the one a unit above may still lie in the wider gap above.
            size_t k;
            int dp;
            if (!split_e(buf, n, out, cap, &k, &dp)) return K_INVALID;
            while (k < 16) out[k++] = '0';
            size_t i = k;
            while (i > 0 && out[i - 1] == '9') out[--i] = '0';
            if (i == 0) {
                out[0] = '1';
                dp++;
            } else {
                out[i - 1]++;
            }
            while (k > 1 && out[k - 1] == '0') k--;
            if (digits_roundtrip(out, k, dp, d)) {
                *nd = k;
                *decpt = dp;
                return K_OK;
            }
        }
    }
    return K_INVALID; // 17 digits always round-trip
}

size_t dtoa_digits_cap(double d, char mode, int64_t ndigits) {
    (void)d;
    if (ndigits < 0 || ndigits > 0x7FFFFFF0) return 0;
    // 'f': up to 309 integer digits, the point, the fraction, sign and terminator.
    // 'e': the digits, point, exponent "e+308", sign and terminator.
    size_t extra = mode == 'f' ? 330 : 16;
    return (size_t)ndigits + extra;
}

KStatus dtoa_digits(double d, char mode, int64_t ndigits, uint8_t *out, size_t cap, size_t *nd,
                    int *decpt) {
    if (!is_finite(d)) return K_INVALID;
    size_t need = dtoa_digits_cap(d, mode, ndigits);
    if (need == 0 || cap < need) return K_RANGE;
    d = abs_of(d);
    char *s = (char *)out; // snprintf writes the text into out, compacted below
    if (mode == 'e') {
        if (ndigits < 1) return K_RANGE;
        int r = snprintf(s, cap, "%.*e", (int)(ndigits - 1), d);
        if (r <= 0 || (size_t)r >= cap) return K_RANGE;
        // digits first, then the exponent: read the exponent before overwriting
        size_t n = (size_t)r;
        size_t epos = 0;
        while (epos < n && s[epos] != 'e') epos++;
        if (epos >= n) return K_INVALID;
        long e = strtol(s + epos + 1, NULL, 10);
        size_t k = 0;
        for (size_t i = 0; i < epos; i++) {
            if (s[i] != '.') out[k++] = (uint8_t)s[i];
        }
        while (k > 1 && out[k - 1] == '0') k--;
        *nd = k;
        *decpt = (k == 1 && out[0] == '0') ? 1 : (int)e + 1;
        return K_OK;
    }
    if (mode != 'f') return K_INVALID;
    int r = snprintf(s, cap, "%.*f", (int)ndigits, d);
    if (r <= 0 || (size_t)r >= cap) return K_RANGE;
    size_t n = (size_t)r;
    size_t dot = 0;
    while (dot < n && s[dot] != '.') dot++;
    // integer digits are s[0 .. dot), fraction s[dot+1 .. n)
    size_t k = 0;
    int dp = (int)dot;
    bool leading = true;
    for (size_t i = 0; i < n; i++) {
        if (i == dot) continue;
        if (leading && s[i] == '0') {
            dp--; // a leading zero, before or after the point, shifts the exponent
            continue;
        }
        leading = false;
        out[k++] = (uint8_t)s[i];
    }
    while (k > 0 && out[k - 1] == '0') k--;
    *nd = k;
    *decpt = k == 0 ? 0 : dp;
    return K_OK;
}

KStatus dtoa_parse(Heap *h, const uint8_t *text, size_t n, double *out) {
    // validate the shape first: strtod would also accept hex, inf, nan and spaces
    size_t i = 0;
    if (i < n && (text[i] == '+' || text[i] == '-')) i++;
    size_t mant = 0;
    while (i < n && text[i] >= '0' && text[i] <= '9') {
        i++;
        mant++;
    }
    if (i < n && text[i] == '.') {
        i++;
        while (i < n && text[i] >= '0' && text[i] <= '9') {
            i++;
            mant++;
        }
    }
    if (mant == 0) return K_INVALID;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        i++;
        if (i < n && (text[i] == '+' || text[i] == '-')) i++;
        size_t ed = 0;
        while (i < n && text[i] >= '0' && text[i] <= '9') {
            i++;
            ed++;
        }
        if (ed == 0) return K_INVALID;
    }
    if (i != n) return K_INVALID;
    char local[128];
    char *s = local;
    if (n >= sizeof local) {
        if (n == SIZE_MAX) return K_NOMEM;
        s = heap_new(h, n + 1, HEAP_RAW);
        if (s == NULL) return K_NOMEM;
    }
    memcpy(s, text, n);
    s[n] = 0;
    *out = strtod(s, NULL);
    return K_OK;
}
