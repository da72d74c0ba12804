/*
 * memview.h: one-dimensional memoryview over bytes, bytearray and objects with a buffer
 * slot (array.array), with the native single-character formats of struct.
 */
#ifndef SAFEPY_OBJECTS_MEMVIEW_H
#define SAFEPY_OBJECTS_MEMVIEW_H

#include "interp.h"

typedef struct MemViewObject {
    Obj h;
    Value obj;       /* the bytes or bytearray viewed */
    int64_t start;   /* byte offset of item 0 */
    int64_t step;    /* byte distance between items (negative for reversed slices) */
    int64_t len;     /* number of items */
    bool readonly;
    bool released;
    char fmt;        /* format character: 'B', 'c', 'i', 'd', ... ('w' for array 'u') */
    bool hashed;
    int64_t hash;
    uint8_t isz;     /* bytes per item (1..8) */
    Value fmts;      /* the format as given (str, e.g. "@i"); VAL_NULL: the character */
} MemViewObject;
OBJ_CAST_FN(memview_cast, MemViewObject, K_MEMVIEW)

/* When [v] is a memoryview that is live and contiguous (step == itemsize) and lies within its
 * object: its bytes in *out, true. False otherwise (also for non-memoryviews). */
bool memview_contiguous(Value v, BView *out);

/* Appends the items of memoryview [v] to [out] as bytes (any step). False with
 * ValueError when released, IndexError when its bytearray shrank under it, MemoryError. */
bool memview_gather(Interp *I, Value v, Buf *out);

extern const TypeSpec memoryview_spec;

#endif
