/*
 * buf.h: byte buffers and read-only byte views: the storage of str, bytes, bytearray,
 * source text and every string builder.
 *
 * A Buf owns a HEAP_RAW chunk; a BView is a (pointer, length) pair naming bytes inside a
 * chunk (or a C string literal). Views are the only way other layers read bytes, and
 * every read is bounds-checked here.
 *
 * Invariant: len <= cap; data == NULL iff cap == 0; data[len] == 0 when cap > len (so a
 * buffer can be handed to C functions expecting a terminated string).
 */
#ifndef SAFEPY_KERNEL_BUF_H
#define SAFEPY_KERNEL_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "heap.h"
#include "kstatus.h"

typedef struct Buf {
    uint8_t *data;
    size_t len;
    size_t cap;
} Buf;

typedef struct BView {
    const uint8_t *p;
    size_t n;
} BView;

#define BUF_MAX_LEN (SIZE_MAX / 4)

#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires \valid(b);
    assigns *b;
    ensures b->data == \null && b->len == 0 && b->cap == 0; */
#endif
static inline void buf_init(Buf *b) {
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

/* View of the whole buffer. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires \valid_read(b);
    assigns \nothing;
    ensures \result.p == b->data && \result.n == b->len; */
#endif
static inline BView buf_view(const Buf *b) {
    BView v = {b->data, b->len};
    return v;
}

/* View of a NUL-terminated C string. */
BView bview_cstr(const char *s);

/* Byte [i] of [v] as 0..255, or -1 when i >= n. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1));
    assigns \nothing;
    ensures -1 <= \result <= 255;
    ensures i < v.n ==> \result == v.p[i];
    ensures i >= v.n ==> \result == -1; */
#endif
static inline int bview_get(BView v, size_t i) {
    // p == NULL implies n == 0 for every view the kernel builds; the test makes that
    // visible to the static analysers, which cannot relate p and n (one compare).
    if (i >= v.n || v.p == NULL) return -1;
    return v.p[i];
}

/* Sub-view [lo, hi) of [v]; clamps to v's bounds (hi < lo gives an empty view). */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires v.n == 0 || \valid_read(v.p + (0 .. v.n - 1));
    requires v.p == \null ==> v.n == 0;
    assigns \nothing;
    ensures \result.n <= v.n;
    ensures \result.n == 0 || \valid_read(\result.p + (0 .. \result.n - 1));
    ensures lo <= hi <= v.n ==> \result.p == v.p + lo && \result.n == hi - lo; */
#endif
static inline BView bview_slice(BView v, size_t lo, size_t hi) {
    if (hi > v.n) hi = v.n;
    if (lo > hi) lo = hi;
    BView r = {v.p == NULL ? NULL : v.p + lo, hi - lo};
    return r;
}

/* Byte [i] of [b] or -1 when out of range. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires \valid_read(b);
    requires b->len == 0 || \valid_read(b->data + (0 .. b->len - 1));
    assigns \nothing;
    ensures -1 <= \result <= 255;
    ensures i < b->len ==> \result == b->data[i];
    ensures i >= b->len ==> \result == -1; */
#endif
static inline int buf_get(const Buf *b, size_t i) {
    if (i >= b->len) return -1;
    return b->data[i];
}

/* Overwrites byte [i] (< len) with [x]. */
#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_access.c; VERIFY.md rule 5) */
/*@ requires \valid(b);
    requires b->len == 0 || \valid(b->data + (0 .. b->len - 1));
    requires \separated(b, b->data + (0 .. b->len - 1));
    assigns b->data[i];
    ensures i < b->len ==> \result == K_OK && b->data[i] == x;
    ensures i >= b->len ==> \result == K_RANGE; */
#endif
static inline KStatus buf_set(Buf *b, size_t i, uint8_t x) {
    if (K_FAILS(i >= b->len)) return K_RANGE;
    b->data[i] = x;
    return K_OK;
}

/* Ensures room for [mincap] bytes plus a terminator. */
K_MUST KStatus buf_reserve(Heap *h, Buf *b, size_t mincap);

/* Appends one byte. */
K_MUST KStatus buf_push(Heap *h, Buf *b, uint8_t x);

/* Appends the bytes of [v]; [v] may view [b] itself. */
K_MUST KStatus buf_append(Heap *h, Buf *b, BView v);

/* Appends a C string. */
K_MUST KStatus buf_append_cstr(Heap *h, Buf *b, const char *s);

/* Appends [count] copies of [v]. */
K_MUST KStatus buf_append_repeat(Heap *h, Buf *b, BView v, size_t count);

/* Appends the decimal text of [x]. */
K_MUST KStatus buf_append_i64(Heap *h, Buf *b, int64_t x);

/* Sets the length to [n] (<= len: truncates; > len: pads with zero bytes). */
K_MUST KStatus buf_resize(Heap *h, Buf *b, size_t n);

/* Replaces bytes [lo, hi) with [v] ([v] may view [b]). */
K_MUST KStatus buf_splice(Heap *h, Buf *b, size_t lo, size_t hi, BView v);

/* Makes [b] a new buffer holding a copy of [v]. */
K_MUST KStatus buf_from_view(Heap *h, Buf *b, BView v);

/* One chunk for an object and its bytes: allocates a zero-filled HEAP_RAW chunk of [hdr]
 * bytes (a struct for the caller to fill) followed by a copy of [v] and a terminator, and
 * makes [b] view that copy: b->data = chunk + hdr, b->len = v.n, b->cap = v.n + 1 (no
 * spare room: an append copies out, as for any full Buf). Returns the chunk, or NULL with
 * [b] untouched when the size overflows or the heap is exhausted.
 * The collector does not scan a RAW chunk: the caller's struct must never hold the only
 * reference to anything (its pointer to its own bytes is not needed: any pointer into
 * the chunk keeps the whole chunk). */
void *buf_new_trailing(Heap *h, size_t hdr, Buf *b, BView v);

/* Same chunk layout with room for [room] bytes, left empty: b->len = 0, b->cap = room + 1,
 * so appending up to [room] bytes in all (buf_append...) fills the chunk without moving
 * the bytes elsewhere. Same contract otherwise (HEAP_RAW: see buf_new_trailing). */
void *buf_new_trailing_room(Heap *h, size_t hdr, Buf *b, size_t room);

/* Reserves room for [want] more bytes and returns where they go (for a reader such as a
 * host call to fill); NULL when the heap cannot provide it. Follow with buf_commit. */
uint8_t *buf_tail(Heap *h, Buf *b, size_t want);

/* Adds [n] (<= the reserved room) bytes written at buf_tail to the length. */
K_MUST KStatus buf_commit(Buf *b, size_t n);

/* The bytes of [b] as a NUL-terminated C string ("" when empty). Valid until [b] grows. */
const char *buf_cstr(const Buf *b);

/* Empties [b]. */
void buf_clear(Buf *b);

/* True when both views hold the same bytes. */
bool bview_eq(BView a, BView b);

/* Lexicographic comparison: <0, 0, >0. */
int bview_cmp(BView a, BView b);

/* True when [v] equals the C string [s]. */
bool bview_eq_cstr(BView v, const char *s);

/* First index >= [start] where [needle] occurs in [hay], or -1. */
int64_t bview_find(BView hay, BView needle, size_t start);

/* Last index where [needle] occurs entirely inside hay[0, end), or -1. */
int64_t bview_rfind(BView hay, BView needle, size_t end);

/* Number of non-overlapping occurrences of a non-empty [needle]. */
size_t bview_count(BView hay, BView needle);

/* First index of byte [c] at or after [start], or -1. */
int64_t bview_find_byte(BView v, uint8_t c, size_t start);

/* True when [v] starts with [prefix] / ends with [suffix]. */
bool bview_startswith(BView v, BView prefix);
bool bview_endswith(BView v, BView suffix);

/* The end of the run of bytes of class [want] that starts at [from]: the first index
 * i >= from with cls[v.p[i]] != want, or v.n when there is none (also when from >= v.n).
 * [cls] classifies every byte value (256 entries). For text scanners (str.split's
 * whitespace runs): one table load per byte, inline (runs are a few bytes long). */
static inline size_t bview_span(BView v, size_t from, const uint8_t cls[256], uint8_t want) {
    size_t i = from;
    while (i < v.n && cls[v.p[i]] == want) i++;
    return i < v.n ? i : v.n;
}

/* Replaces every byte x of b->data[0, b->len) by map[x] ([map]: 256 entries), e.g. ASCII
 * lower/upper case. */
void buf_map_bytes(Buf *b, const uint8_t map[256]);

#endif
