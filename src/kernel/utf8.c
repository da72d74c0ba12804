/*
 * utf8.c: the UTF-8 codec (see utf8.h). Every read is guarded by an index < v.n test
 * written so it cannot wrap; the strict decoder follows CPython's error ranges exactly,
 * which is what errors='replace'/'ignore' and UnicodeDecodeError positions depend on.
 */
#include "utf8.h"

#include <string.h>

#include "checked.h"

/*@ assigns \nothing;
#ifdef FRAMAC_WP
    ensures \result <==> 0x80 <= b <= 0xBF;
#endif
*/
static inline bool is_cont(uint8_t b) { return b >= 0x80 && b <= 0xBF; }

const char *utf8_err_reason(Utf8Err e) {
    switch (e) {
    case UTF8_BAD_START: return "invalid start byte";
    case UTF8_BAD_CONT: return "invalid continuation byte";
    case UTF8_TRUNCATED: return "unexpected end of data";
    default: return "";
    }
}

// Index of the first non-ASCII byte at or after [i], or v.n.
static size_t ascii_run(BView v, size_t i) {
    while (i < v.n && v.n - i >= 8) {
        uint64_t w;
        memcpy(&w, v.p + i, 8);
        if ((w & UINT64_C(0x8080808080808080)) != 0) break;
        i += 8;
    }
    while (i < v.n && v.p[i] < 0x80) i++;
    return i;
}

bool utf8_is_ascii(BView v) { return ascii_run(v, 0) == v.n; }

Utf8Err utf8_decode_strict(BView v, size_t i, uint32_t *cp, size_t *len) {
    *cp = 0;
    if (i >= v.n) {
        *len = 0;
        return UTF8_TRUNCATED;
    }
    size_t avail = v.n - i;
    uint8_t b0 = v.p[i];
    if (b0 < 0x80) {
        *cp = b0;
        *len = 1;
        return UTF8_OK;
    }
    *len = 1;
    if (b0 < 0xC2 || b0 > 0xF4) return UTF8_BAD_START;
    size_t need = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    // Second byte: its allowed range depends on the lead byte (no overlongs, no
    // surrogates, nothing above U+10FFFF).
    uint8_t lo = 0x80, hi = 0xBF;
    if (b0 == 0xE0) lo = 0xA0;
    else if (b0 == 0xED) hi = 0x9F;
    else if (b0 == 0xF0) lo = 0x90;
    else if (b0 == 0xF4) hi = 0x8F;
    if (avail < 2) {
        *len = avail;
        return UTF8_TRUNCATED;
    }
    uint8_t b1 = v.p[i + 1];
    if (b1 < lo || b1 > hi) return UTF8_BAD_CONT;
    // The payload bits are taken by subtraction, not masks (the lead and continuation
    // bytes are range-checked, so b - 0xC0 == b & 0x1F etc.): WP proves arithmetic, not
    // bit operations (wp_utf8: no overflow, result <= U+10FFFF).
    if (need == 2) {
        *cp = (uint32_t)(b0 - 0xC0) * 64u + (uint32_t)(b1 - 0x80);
        *len = 2;
        return UTF8_OK;
    }
    if (avail < 3) {
        *len = avail;
        return UTF8_TRUNCATED;
    }
    uint8_t b2 = v.p[i + 2];
    if (!is_cont(b2)) {
        *len = 2;
        return UTF8_BAD_CONT;
    }
    if (need == 3) {
        *cp = (uint32_t)(b0 - 0xE0) * 4096u + (uint32_t)(b1 - 0x80) * 64u + (uint32_t)(b2 - 0x80);
        *len = 3;
        return UTF8_OK;
    }
    if (avail < 4) {
        *len = avail;
        return UTF8_TRUNCATED;
    }
    uint8_t b3 = v.p[i + 3];
    if (!is_cont(b3)) {
        *len = 3;
        return UTF8_BAD_CONT;
    }
    *cp = (uint32_t)(b0 - 0xF0) * 262144u + (uint32_t)(b1 - 0x80) * 4096u +
          (uint32_t)(b2 - 0x80) * 64u + (uint32_t)(b3 - 0x80);
    *len = 4;
    return UTF8_OK;
}

Utf8Err utf8_validate(BView v, size_t *nchars, size_t *errpos, size_t *errlen) {
    size_t count = 0, i = 0;
    *nchars = 0;
    *errpos = 0;
    *errlen = 0;
    while (i < v.n) {
        size_t j = ascii_run(v, i);
        count += j - i;
        i = j;
        if (i >= v.n) break;
        uint32_t cp;
        size_t len;
        Utf8Err e = utf8_decode_strict(v, i, &cp, &len);
        if (e != UTF8_OK) {
            *errpos = i;
            *errlen = len;
            return e;
        }
        i += len;
        count++;
    }
    *nchars = count;
    return UTF8_OK;
}

// Decodes internal text at [off] (surrogates allowed); false when malformed.
static bool decode_internal(BView v, size_t off, uint32_t *cp, size_t *len) {
    uint8_t b0 = v.p[off];
    size_t avail = v.n - off;
    if (b0 < 0x80) {
        *cp = b0;
        *len = 1;
        return true;
    }
    if (b0 == 0xED && avail >= 3) {
        // ED A0..BF xx: the surrogates strict UTF-8 refuses.
        uint8_t b1 = v.p[off + 1], b2 = v.p[off + 2];
        if (b1 >= 0xA0 && b1 <= 0xBF && is_cont(b2)) {
            *cp = (uint32_t)(b0 - 0xE0) * 4096u + (uint32_t)(b1 - 0x80) * 64u + (uint32_t)(b2 - 0x80);
            *len = 3;
            return true;
        }
    }
    return utf8_decode_strict(v, off, cp, len) == UTF8_OK;
}

bool utf8_is_internal(BView v) {
    size_t i = 0;
    while (i < v.n) {
        i = ascii_run(v, i);
        if (i >= v.n) break;
        uint32_t cp;
        size_t len;
        if (!decode_internal(v, i, &cp, &len)) return false;
        i += len;
    }
    return true;
}

size_t utf8_count(BView v) {
    size_t count = 0;
    for (size_t i = 0; i < v.n; i++) {
        if (!is_cont(v.p[i])) count++;
    }
    return count;
}

uint32_t utf8_get(BView v, size_t off, size_t *len) {
    if (off >= v.n) {
        *len = 0;
        return 0;
    }
    uint32_t cp;
    size_t l;
    if (decode_internal(v, off, &cp, &l)) {
        *len = l;
        return cp;
    }
    *len = 1;
    return UTF8_REPLACEMENT;
}

size_t utf8_advance(BView v, size_t off, size_t k) {
    if (off >= v.n) return v.n;
    size_t i = off;
    while (k > 0 && i < v.n) {
        // Skip the lead byte, then its continuation bytes.
        i++;
        while (i < v.n && is_cont(v.p[i])) i++;
        k--;
    }
    return i;
}

size_t utf8_prev(BView v, size_t off) {
    if (off > v.n) off = v.n;
    if (off == 0) return 0;
    size_t i = off - 1;
    // At most 3 continuation bytes precede a lead byte in internal text.
    size_t steps = 0;
    while (i > 0 && is_cont(v.p[i]) && steps < 3) {
        i--;
        steps++;
    }
    return i;
}

size_t utf8_offset(BView v, size_t i) { return utf8_advance(v, 0, i); }

size_t utf8_cp_len(uint32_t cp) {
    if (cp < 0x80) return 1;
    if (cp < 0x800) return 2;
    if (cp < 0x10000) return 3;
    if (cp <= UTF8_MAX_CP) return 4;
    return 0;
}

size_t utf8_encode(uint32_t cp, uint8_t out[4]) {
    if (cp < 0x80) {
        out[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (uint8_t)(0xC0 | (cp >> 6));
        out[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (uint8_t)(0xE0 | (cp >> 12));
        out[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp <= UTF8_MAX_CP) {
        out[0] = (uint8_t)(0xF0 | (cp >> 18));
        out[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (uint8_t)(0x80 | (cp & 0x3F));
        return 4;
    }
    return 0;
}

KStatus utf8_buf_push(Heap *h, Buf *b, uint32_t cp) {
    if (cp < 0x80) return buf_push(h, b, (uint8_t)cp);
    uint8_t tmp[4];
    size_t n = utf8_encode(cp, tmp);
    if (n == 0) return K_INVALID;
    BView t = {tmp, n};
    return buf_append(h, b, t);
}

KStatus utf8_buf_from_latin1(Heap *h, Buf *b, BView v) {
    size_t extra = 0, need;
    for (size_t i = 0; i < v.n; i++) {
        if (v.p[i] >= 0x80) extra++;
    }
    if (!size_add(v.n, extra, &need) || !size_add(b->len, need, &need)) return K_OVERFLOW;
    KStatus s = buf_reserve(h, b, need);
    if (s != K_OK) return s;
    for (size_t i = 0; i < v.n; i++) {
        uint8_t c = v.p[i];
        if (c < 0x80) {
            s = buf_push(h, b, c);
        } else {
            s = buf_push(h, b, (uint8_t)(0xC0 | (c >> 6)));
            if (s == K_OK) s = buf_push(h, b, (uint8_t)(0x80 | (c & 0x3F)));
        }
        if (s != K_OK) return s;
    }
    return K_OK;
}
