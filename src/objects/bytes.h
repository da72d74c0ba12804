/*
 * bytes.h: bytes (immutable) and bytearray (mutable). Both use BytesObject.
 */
#ifndef SAFEPY_OBJECTS_BYTES_H
#define SAFEPY_OBJECTS_BYTES_H

#include "interp.h"

typedef struct BytesObject {
    Obj h;
    Buf b;
    int64_t hash;
    bool hashed;
    size_t exports;   /* bytearray: memoryviews made over it since the last check found
                         none the program names (memview.h: resizing is refused while one
                         is named and not released) */
    /* A bytes (never a bytearray) that may append in place into its buffer's spare
     * capacity (bytes.c only: makes `b += x` in a loop amortized O(len(x))). At most one
     * bytes owns a chunk's tail; one that gave it away has cap == len. */
    bool tail_owner;
} BytesObject;
OBJ_CAST_FN(bytes_cast, BytesObject, K_BYTES)
OBJ_CAST_FN(bytearray_cast, BytesObject, K_BYTEARRAY)

Value bytes_new(Interp *I, BView v);
Value bytearray_new(Interp *I, BView v);
/* Bytes of a bytes or bytearray [v] (empty view otherwise). */
BView bytes_view(Value v);

/* The bytes of a bytes-like argument [v] (bytes, bytearray, a C-contiguous memoryview, a
 * type with a buffer such as array.array) in *out: true, or false with CPython's error
 * raised (a released or strided memoryview: ValueError / BufferError; anything else:
 * TypeError [notbuf], by default "a bytes-like object is required, not '%T'"). */
bool bytes_arg(Interp *I, Value v, const char *notbuf, BView *out);
bool bytes_check(Value v);      /* bytes or subclass */
bool bytearray_check(Value v);
/* repr of bytes content with prefix b'...' (bytearray: bytearray(b'...')). */
Value bytes_repr(Interp *I, Value v);

/* The bytes, bytearray and their iterator types (TY_BYTES, TY_BYTEARRAY, TY_BYTES_ITER). */
extern const TypeSpec bytes_spec;
extern const TypeSpec bytearray_spec;
extern const TypeSpec bytes_iter_spec;
extern const TypeSpec bytearray_iter_spec;

/* The hex digits of [v] into a fresh *[out], as bytes.hex and binascii.hexlify write them:
 * a one-character [sep] (str or bytes, VAL_NULL for none; ASCII unless [to_bytes]) between
 * groups of [per] bytes (an int, VAL_NULL for 1; counted from the right when positive).
 * false with CPython's ValueError/TypeError/OverflowError raised for a bad sep or per. */
bool bytes_hexlify(Interp *I, BView v, Value sep, Value per, bool to_bytes, Buf *out);

/* A new bytes of [n] zero bytes (MemoryError when too big). */
Value bytes_new_zeroed(Interp *I, size_t n);

#endif
