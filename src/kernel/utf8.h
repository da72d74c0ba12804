/*
 * utf8.h: the UTF-8 codec every str operation rests on: validation of untrusted bytes
 * (with CPython's error ranges), decoding and encoding of single code points, code point
 * counting and code point -> byte offset conversion, with a fast path for ASCII.
 *
 * Two dialects:
 *  - strict UTF-8 (RFC 3629): what bytes.decode('utf-8') accepts. No overlong forms, no
 *    surrogates (U+D800..U+DFFF), nothing above U+10FFFF.
 *  - internal text: strict UTF-8 plus 3-byte encodings of lone surrogates, which Python
 *    strs may hold ('\ud800'). Every StrObject holds internal text.
 *
 * Invariant: no function here reads outside [v.p, v.p + v.n); offsets returned are always
 * <= v.n; functions that take internal text never fail on malformed input (they treat a
 * bad byte as a one-byte code point U+FFFD) so a bug elsewhere cannot become an overread.
 */
#ifndef SAFEPY_KERNEL_UTF8_H
#define SAFEPY_KERNEL_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "heap.h"
#include "kstatus.h"

#define UTF8_MAX_CP 0x10FFFFu
#define UTF8_REPLACEMENT 0xFFFDu

/* Why strict decoding failed (the reason strings are CPython's). */
typedef enum {
    UTF8_OK = 0,
    UTF8_BAD_START = 1, /* "invalid start byte" */
    UTF8_BAD_CONT = 2,  /* "invalid continuation byte" */
    UTF8_TRUNCATED = 3  /* "unexpected end of data" */
} Utf8Err;

/*@ ensures \valid_read(\result);
    assigns \nothing; */
/* CPython's reason text for [e] ("" for UTF8_OK). */
const char *utf8_err_reason(Utf8Err e);

/*@ requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1));
    assigns \nothing;
#ifdef FRAMAC_WP
    ensures \result <==> (\forall integer k; 0 <= k < v.n ==> v.p[k] < 0x80);
#endif
*/
/* True when every byte of [v] is < 0x80. Scans a word at a time. */
bool utf8_is_ascii(BView v);

/*@ requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1));
    requires \valid(cp) && \valid(len);
    assigns *cp, *len;
#ifdef FRAMAC_WP
    ensures i < v.n ==> 1 <= *len <= v.n - i;
    ensures i >= v.n ==> *len == 0;
    ensures \result == UTF8_OK ==> *cp <= 0x10FFFF;
#endif
*/
/* Decodes the strict UTF-8 sequence at byte [i] (< v.n). UTF8_OK: *cp and its length
 * *len. Otherwise *len is the length of the invalid range CPython reports (1..3 bytes;
 * for UTF8_TRUNCATED, the rest of the input), which errors='replace' turns into one
 * U+FFFD and errors='ignore' skips. When i >= v.n: UTF8_TRUNCATED with *len 0. */
Utf8Err utf8_decode_strict(BView v, size_t i, uint32_t *cp, size_t *len);

/*@ requires \valid(nchars) && \valid(errpos) && \valid(errlen);
    assigns *nchars, *errpos, *errlen; */
/* Validates all of [v] as strict UTF-8. UTF8_OK: *nchars is the code point count.
 * Otherwise *errpos and *errlen give the first invalid range (as utf8_decode_strict). */
Utf8Err utf8_validate(BView v, size_t *nchars, size_t *errpos, size_t *errlen);

/*@ requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1));
    assigns \nothing; */
/* True when [v] is valid internal text (strict UTF-8 plus encoded lone surrogates). */
bool utf8_is_internal(BView v);

/*@ requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1));
    assigns \nothing;
    ensures \result <= v.n; */
/* Number of code points of internal text [v] (bytes that do not continue a sequence). */
size_t utf8_count(BView v);

/*@ requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1));
    requires \valid(len);
    assigns *len;
#ifdef FRAMAC_WP
    ensures off < v.n ==> 1 <= *len <= v.n - off;
    ensures off >= v.n ==> *len == 0;
#endif
*/
/* Code point of internal text [v] starting at byte [off]; *len gets its length. A byte
 * that does not start a well-formed sequence decodes as U+FFFD of length 1. When
 * off >= v.n returns 0 with *len = 0. */
uint32_t utf8_get(BView v, size_t off, size_t *len);

/*@ requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1));
    assigns \nothing;
    ensures \result <= v.n; */
/* Byte offset reached by advancing [k] code points from byte offset [off] of internal
 * text [v] (clamped to v.n). */
size_t utf8_advance(BView v, size_t off, size_t k);

/*@ requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1));
    assigns \nothing;
    ensures \result <= v.n;
#ifdef FRAMAC_WP
    ensures off <= v.n ==> \result <= off;
#endif
*/
/* Byte offset of the start of the code point that ends at [off] (0 when off == 0). */
size_t utf8_prev(BView v, size_t off);

/*@ requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1));
    assigns \nothing;
    ensures \result <= v.n; */
/* Byte offset of code point [i] of internal text [v] (v.n when i >= count). */
size_t utf8_offset(BView v, size_t i);

/*@ assigns \nothing;
    ensures \result <= 4;
#ifdef FRAMAC_WP
    ensures \result == 0 <==> cp > 0x10FFFF;
#endif
*/
/* Bytes needed to encode [cp] (surrogates allowed); 0 when cp > U+10FFFF. */
size_t utf8_cp_len(uint32_t cp);

/*@ requires \valid(out + (0 .. 3));
    assigns out[0 .. 3];
    ensures \result <= 4; */
/* Encodes [cp] (surrogates allowed) into out[0..3]; returns the length, 0 when
 * cp > U+10FFFF. */
size_t utf8_encode(uint32_t cp, uint8_t out[4]);

/*@ requires \valid(h) && \valid(b) && b->len <= b->cap;
    ensures \result == K_OK ==> \old(b->len) < b->len && b->len <= \old(b->len) + 4;
    ensures \result != K_OK ==> b->len == \old(b->len); */
/* Appends the encoding of [cp] (surrogates allowed) to [b]. K_INVALID when cp > U+10FFFF. */
K_MUST KStatus utf8_buf_push(Heap *h, Buf *b, uint32_t cp);

/*@ requires \valid(h) && \valid(b) && b->len <= b->cap;
    requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1)); */
/* Appends the Latin-1 bytes [v] decoded to UTF-8 (each byte is its code point). On an
 * error status [b] may hold part of the result (its length stays <= its capacity). */
K_MUST KStatus utf8_buf_from_latin1(Heap *h, Buf *b, BView v);

/* True when code point [cp] is a surrogate (U+D800..U+DFFF). */
static inline bool utf8_is_surrogate(uint32_t cp) { return cp >= 0xD800u && cp <= 0xDFFFu; }

#endif
