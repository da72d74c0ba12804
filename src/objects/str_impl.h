/*
 * str_impl.h: the internal interface between the files of the text-and-bytes family
 * (str.c, str_args.c, str_methods.c, str_search.c, str_format.c, str_percent.c, str_codec.c,
 * bytes.c, bytes_methods.c). Nothing outside that family includes this header; the
 * public contracts are str.h and bytes.h.
 *
 * Each declaration carries the prefix of the file that defines it.
 */
#ifndef SAFEPY_OBJECTS_STR_IMPL_H
#define SAFEPY_OBJECTS_STR_IMPL_H

#include "bytes.h"
#include "str.h"

/* ---- str.c: construction and code point access ---- */

/* Wraps [b] (valid internal UTF-8 of [nchars] code points) in a new exact str without
 * copying; [b] must not be used by the caller afterwards. */
Value str_wrap(Interp *I, Buf b, size_t nchars, bool ascii);

/* sb_finish (str.h) for a builder whose text is known to hold [nchars] code points, all
 * ASCII iff [ascii] (the caller counted them while appending): no scan of the text. */
Value sb_finish_counted(Interp *I, StrBuilder *sb, size_t nchars, bool ascii);

/* New exact str copying [v] whose code point count is known. */
Value str_new_counted(Interp *I, BView v, size_t nchars, bool ascii);

/* A new exact str copying [v] ([nchars] code points), never a shared cached one: the
 * caller may rewrite its bytes in place (same length, still valid UTF-8 of [nchars] code
 * points, ASCII iff [ascii]) before anyone else sees it. NULL with MemoryError. */
StrObject *str_new_private(Interp *I, BView v, size_t nchars, bool ascii);

/* A new exact str of exactly [n] bytes built in place (one chunk, as str_new_counted's):
 * str_build_begin gives the str and an empty Buf [b] with room for [n] bytes, NULL (no
 * exception) when [n] is over the inline limit, NULL with MemoryError when out of memory.
 * The caller appends the text to [b] (nothing else may see the str meanwhile), then
 * str_build_end publishes it with [nchars] code points (2 or more: not the cached strs) and
 * ASCII iff [ascii]; SystemError if more than [n] bytes were appended. */
StrObject *str_build_begin(Interp *I, size_t n, Buf *b);
Value str_build_end(Interp *I, StrObject *o, const Buf *b, size_t n, size_t nchars, bool ascii);

/* A Buf over the bytes of [o], a str from str_new_private not yet published, for
 * rewriting them in place (buf_set, buf_map_bytes; the length never changes). */
static inline Buf str_private_buf(StrObject *o) {
    Buf b = {o->data, o->len, o->len + 1};
    return b;
}

/* A str instance of type [t] (str or a subclass) with the contents of str [s]. */
Value str_new_of_type(Interp *I, Type *t, Value s);

/* The str with exactly [s]'s contents (s itself when it is an exact str). */
Value str_exact(Interp *I, Value s);

/* Byte offset of code point [i] (clamped to the end) of str [s]. O(1) for ASCII; cached
 * scan otherwise. */
size_t str_offset(Value s, size_t i);

/* Code point index of byte offset [off] (a code point boundary) of str [s]. */
size_t str_index_of_offset(Value s, size_t off);

/* Code point [i] of [s] (i < len). */
uint32_t str_char(Value s, size_t i);

/* The ASCII-escaped form of str [s] (non-ASCII as \xNN, \uNNNN, \UNNNNNNNN): ascii(). */
Value str_escape_ascii(Interp *I, Value s);

/* (str_cp_at, the code point at a byte offset of a str's bytes, is in str.h.) */

/* ---- str_args.c: argument checking with CPython's messages ---- */

/* "[qual]() takes no arguments (N given)" / "... takes no keyword arguments". [qual] is
 * "str.upper" and the like. */
bool str_args_none(Interp *I, ValView args, Value kwnames, const char *qual);

/* METH_O style: "[qual]() takes exactly one argument (N given)". */
bool str_args_one(Interp *I, ValView args, Value kwnames, const char *qual);

/* Argument-clinic positional style: "[name] expected at least M argument(s), got N" with
 * [name] the part of [qual] after the dot; keywords refused with "[qual]() takes no
 * keyword arguments". */
bool str_args_pos(Interp *I, ValView args, Value kwnames, const char *qual, size_t min,
                  size_t max);

/* PyArg_ParseTuple style: "[name]() takes at least M argument(s) (N given)" with [name] the
 * part of [qual] after the dot; keywords: "[qual]() takes no keyword arguments" (the
 * message of a direct method call, s.find(x=1)). */
bool str_args_old(Interp *I, ValView args, Value kwnames, const char *qual, size_t min,
                  size_t max);

/* The type name argument-clinic messages print for [v]: "None" for None, else the type's
 * name ("... must be str, not None"). */
const char *str_args_tname(Interp *I, Value v);

/* Parsed positional-or-keyword arguments (at most STR_ARGS_MAX parameters). */
#define STR_ARGS_MAX 4
typedef struct StrArgs {
    Value v[STR_ARGS_MAX]; /* VAL_NULL when not given */
} StrArgs;

/* Positional-or-keyword parameters of [name]() named in [names] (space separated, all
 * optional, at most STR_ARGS_MAX): fills out->v in order. CPython's messages for too
 * many arguments, unknown keywords and duplicates. */
bool str_args_kw(Interp *I, ValView args, Value kwnames, const char *name, const char *names,
                 StrArgs *out);


/* A C int argument (__index__): OverflowError "Python int too large to convert to C int". */
bool str_args_int(Interp *I, Value v, int *out);

/* A start/end argument of find/count/startswith...: None keeps *out; ints are clamped to
 * the int64 range. TypeError "slice indices must be integers or None or have an
 * __index__ method". */
bool str_args_slice_index(Interp *I, Value v, int64_t *out);

/* Clamps [start, end) to [0, len] the way CPython's ADJUST_INDICES does. */
void str_args_adjust(int64_t *start, int64_t *end, int64_t len);

/* ---- str_methods.c / str_search.c / str_format.c / str_percent.c: methods ---- */

#define STR_METHOD(name) Value name(Interp *I, Value self, ValView args, Value kwnames)

STR_METHOD(str_methods_capitalize);
STR_METHOD(str_methods_casefold);
STR_METHOD(str_methods_center);
STR_METHOD(str_methods_expandtabs);
STR_METHOD(str_methods_isalnum);
STR_METHOD(str_methods_isalpha);
STR_METHOD(str_methods_isascii);
STR_METHOD(str_methods_isdecimal);
STR_METHOD(str_methods_isdigit);
STR_METHOD(str_methods_isidentifier);
STR_METHOD(str_methods_islower);
STR_METHOD(str_methods_isnumeric);
STR_METHOD(str_methods_isprintable);
STR_METHOD(str_methods_isspace);
STR_METHOD(str_methods_istitle);
STR_METHOD(str_methods_isupper);
STR_METHOD(str_methods_join);
STR_METHOD(str_methods_ljust);
STR_METHOD(str_methods_lower);
STR_METHOD(str_methods_removeprefix);
STR_METHOD(str_methods_removesuffix);
STR_METHOD(str_methods_rjust);
STR_METHOD(str_methods_swapcase);
STR_METHOD(str_methods_title);
STR_METHOD(str_methods_upper);
STR_METHOD(str_methods_zfill);
STR_METHOD(str_methods_getnewargs);
STR_METHOD(str_methods_encode);

STR_METHOD(str_search_count);
STR_METHOD(str_search_endswith);
STR_METHOD(str_search_find);
STR_METHOD(str_search_index);
STR_METHOD(str_search_lstrip);
STR_METHOD(str_search_maketrans);
STR_METHOD(str_search_partition);
STR_METHOD(str_search_replace);
STR_METHOD(str_search_rfind);
STR_METHOD(str_search_rindex);
STR_METHOD(str_search_rpartition);
STR_METHOD(str_search_rsplit);
STR_METHOD(str_search_rstrip);
STR_METHOD(str_search_split);
STR_METHOD(str_search_splitlines);
STR_METHOD(str_search_startswith);
STR_METHOD(str_search_strip);
STR_METHOD(str_search_translate);

STR_METHOD(str_format_method);
STR_METHOD(str_format_map);
STR_METHOD(str_format_dunder);

/* ---- str_percent.c: printf-style formatting ---- */

/* fmt % args for a str [fmt]. */
Value str_percent_format(Interp *I, Value fmt, Value args);

/* fmt % args for bytes/bytearray [fmt]; the result is bytes (or bytearray when
 * [as_bytearray]). */
Value str_percent_format_bytes(Interp *I, BView fmt, Value args, bool as_bytearray);

/* ---- str_codec.c: encodings ---- */

typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } CodecId;

/* Resolves an encoding name (case, '-', '_' and ' ' insensitive, with the usual aliases);
 * LookupError "unknown encoding: %s" when unsupported. [enc] VAL_NULL means utf-8. */
bool str_codec_lookup(Interp *I, Value enc, CodecId *out);

/* Decodes [v] with [enc] and error handler [errors] (VAL_NULL: strict). */
Value str_codec_decode(Interp *I, BView v, Value enc, Value errors);

/* Encodes str [s]: bytes. */
Value str_codec_encode(Interp *I, Value s, Value enc, Value errors);

/* ---- bytes.c ---- */

/* A bytes-like view of [v] (bytes or bytearray): true and *out set, or false without
 * raising. */
bool bytes_like(Value v, BView *out);

/* Wraps [b] in a new exact bytes (bytearray when [mutable]) without copying. */
Value bytes_wrap(Interp *I, Buf b, bool mutable);

/* A new bytes/bytearray of type [t] (or a subclass) holding a copy of [v]. */
Value bytes_new_of_type(Interp *I, Type *t, BView v);

/* bytes(x) / bytearray(x) contents from an object: an int count, a buffer, an iterable of
 * ints, or __bytes__. Appends to [out]. [what] is "bytes" or "bytearray". */
bool bytes_fill_from(Interp *I, Buf *out, Value src, const char *what);

/* An int in range(256) from [v] ("byte must be in range(0, 256)"). */
bool bytes_arg_byte(Interp *I, Value v, uint8_t *out);

/* The repr text (b'...' with CPython's escaping) of [v], appended to [sb]. */
bool bytes_repr_into(Interp *I, StrBuilder *sb, BView v);

/* ---- bytes_methods.c ---- */

extern const MethodDef bytes_methods_bytes[];
extern const MethodDef bytes_methods_bytearray[];

#endif
