/*
 * str.h: str objects. Text is stored as UTF-8 (always valid); the length in code points
 * and the hash are cached. Indexing by code point is O(1) for ASCII strings.
 */
#ifndef SAFEPY_OBJECTS_STR_H
#define SAFEPY_OBJECTS_STR_H

#include <stdarg.h>

#include "interp.h"

typedef struct StrObject {
    Obj h;
    /* UTF-8 bytes: [len] bytes at [data], followed by a NUL unless STR_NO_NUL. An exact
     * str made from bytes keeps them inline, after this struct in the same chunk
     * (str.c new_inline); builders' results view their buffer's chunk. Read them through
     * str_obj_view. */
    uint8_t *data;
    size_t len;
    size_t nchars;    /* length in code points */
    int64_t hash;
    union {
        /* Last code point index -> byte offset lookup of a non-ASCII str (str.c only):
         * makes s[i] in a loop over i, and slicing near the previous position, O(1)
         * amortized. 32 bits each (a lookup past 4 GiB is not cached). Not used while
         * STR_TAIL_OWNER is set (str_offset gives the tail up first). */
        struct {
            uint32_t i, off;
        } at;
        /* With STR_TAIL_OWNER: the capacity of the buffer [data] starts (bytes after
         * [len] up to it are free for str_concat to append in place). */
        size_t cap;
    } u;
} StrObject;
OBJ_CAST_FN(str_cast, StrObject, K_STR)

/* h.flags bits of a str. Flags rather than bool fields: with them StrObject is 64 bytes,
 * the heap's 64-byte size class (the inline text follows in the same chunk). */
#define STR_HASHED 1u   /* [hash] holds the str's hash */
#define STR_ASCII 2u    /* every code point is below 128 */
#define STR_INTERNED 4u /* this str is the one in the interned table */
/* The str may append in place into its buffer's spare capacity (u.cap; str.c only: makes
 * `s += t` in a loop amortized O(len(t))). At most one str owns a chunk's tail. */
#define STR_TAIL_OWNER 8u
/* The byte after the str's text is not a NUL (it gave its tail to a longer str). */
#define STR_NO_NUL 16u

/* The UTF-8 bytes of str [o]: the one reader of its text. */
static inline BView str_obj_view(const StrObject *o) {
    BView v = {o->data, o->len};
    return v;
}

/* True when flag [bit] (STR_*) of str [o] is set. */
static inline bool str_flag(const StrObject *o, uint32_t bit) { return (o->h.flags & bit) != 0; }

/* Sets flag [bit] (STR_*) of str [o] to [on]. */
static inline void str_set_flag(StrObject *o, uint32_t bit, bool on) {
    o->h.flags = on ? o->h.flags | bit : o->h.flags & ~bit;
}

/* True when [v] is a str (or subclass instance). */
bool str_check(Value v);

/* New str from UTF-8 bytes the caller guarantees valid (source text, other strs). */
Value str_new(Interp *I, BView utf8);

/* New str from UTF-8 bytes that may be invalid: UnicodeDecodeError if so. */
Value str_from_utf8(Interp *I, BView bytes);

/* New str from a C string (valid UTF-8). */
Value str_from_cstr(Interp *I, const char *s);

/* Code point at byte [off] (a code point boundary) of [v], the bytes of a str, and its
 * length in *len (1..4; 0 at or past the end, code point 0). A str's bytes are valid
 * internal UTF-8 (str.c's invariant), so the lead byte alone says how many bytes follow:
 * no validation, unlike utf8_get. Every byte is read through bview_get, so even bytes
 * breaking that invariant give a wrong code point, never a read out of bounds. */
static inline uint32_t str_cp_at(BView v, size_t off, size_t *len) {
    int b0 = bview_get(v, off);
    if (b0 < 0x80) {
        *len = b0 < 0 ? 0 : 1;
        return b0 < 0 ? 0 : (uint32_t)b0;
    }
    uint32_t b1 = (uint32_t)bview_get(v, off + 1) & 0x3Fu;
    if (b0 < 0xE0) {
        *len = 2;
        return ((uint32_t)b0 & 0x1Fu) << 6 | b1;
    }
    uint32_t b2 = (uint32_t)bview_get(v, off + 2) & 0x3Fu;
    if (b0 < 0xF0) {
        *len = 3;
        return ((uint32_t)b0 & 0x0Fu) << 12 | b1 << 6 | b2;
    }
    uint32_t b3 = (uint32_t)bview_get(v, off + 3) & 0x3Fu;
    *len = 4;
    return ((uint32_t)b0 & 0x07u) << 18 | b1 << 12 | b2 << 6 | b3;
}

/* The str of one code point. */
Value str_from_codepoint(Interp *I, uint32_t cp);

/* printf-like formatting with exc_raise's directives (%s %d %zd %R %S %T %N %U ...). */
Value str_from_format(Interp *I, const char *fmt, ...);
Value str_from_vformat(Interp *I, const char *fmt, va_list ap);

/* The interned str equal to [s] / to C string [cs] (identity-comparable). */
Value str_intern(Interp *I, Value s);
Value str_intern_cstr(Interp *I, const char *cs);
/* The interned str whose text is the valid UTF-8 [v] (no str is made when it already is). */
Value str_intern_utf8(Interp *I, BView v);

/* UTF-8 bytes of str [s] (empty view if not a str). */
BView str_view(Value s);

/* Length in code points. */
size_t str_len(Value s);

/* Equality of two strs by content; equality with a C string. */
bool str_eq(Value a, Value b);
bool str_eq_cstr(Value s, const char *cs);

/* The str's hash (SipHash, keyed per process). */
int64_t str_hash(Interp *I, Value s);
/* The hash str_hash gives a str whose UTF-8 is [v]. */
int64_t str_hash_bytes(Interp *I, BView v);

/* a + b. */
Value str_concat(Interp *I, Value a, Value b);

/* repr of str [s] with CPython's quoting rules. */
Value str_repr(Interp *I, Value s);

/* Formats [v]'s value with a format spec for str: fill/align/width/precision. */
Value str_format_spec(Interp *I, Value s, Value spec);

/* A growing UTF-8 string. All sb_* return false after raising MemoryError. */
typedef struct StrBuilder {
    Buf b;
} StrBuilder;
void sb_init(StrBuilder *sb);
bool sb_add_cstr(Interp *I, StrBuilder *sb, const char *s);
bool sb_add_view(Interp *I, StrBuilder *sb, BView v);
bool sb_add_str(Interp *I, StrBuilder *sb, Value s);
bool sb_add_codepoint(Interp *I, StrBuilder *sb, uint32_t cp);
bool sb_add_format(Interp *I, StrBuilder *sb, const char *fmt, ...);
/* The built str (the builder may not be used afterwards). */
Value sb_finish(Interp *I, StrBuilder *sb);

/* The str and str iterator types (TY_STR, TY_STR_ITER). */
extern const TypeSpec str_spec;
extern const TypeSpec str_iter_spec;
extern const TypeSpec str_uiter_spec;

/* Code points [start, end) of str [s] (clamped) as a new str. */
Value str_substr(Interp *I, Value s, size_t start, size_t end);

/* ascii() of a str: its repr with non-ASCII code points escaped (\xNN, \uNNNN,
 * \UNNNNNNNN). */
Value str_ascii(Interp *I, Value s);

/* The str of Latin-1 bytes [v] (each byte is one code point). */
Value str_from_latin1(Interp *I, BView v);

/* Decodes [v] with the codec named by str [encoding] (VAL_NULL: utf-8; the built-in
 * codecs directly, any other through the codecs registry) and error handler [errors]
 * (VAL_NULL: strict): a str, or VAL_NULL with LookupError/UnicodeDecodeError. */
Value str_decode(Interp *I, BView v, Value encoding, Value errors);

/* Encodes str [s]: the bytes object. */
Value str_encode(Interp *I, Value s, Value encoding, Value errors);

/* The text of str [s] as a NUL-terminated C string (UTF-8; an embedded NUL ends it early):
 * the str's own buffer when it holds a terminator, else a fresh copy. NULL with
 * MemoryError when the copy cannot be made; "" when [s] is not a str. Use this instead
 * of buf_cstr(&str->b): a str's buffer may be shared (see STR_TAIL_OWNER). */
const char *str_cstr(Interp *I, Value s);

#endif
