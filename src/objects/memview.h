/*
 * memview.h: memoryview over bytes and bytearray (one dimension, formats 'B' and 'c').
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
    char fmt;        /* 'B' (items are ints) or 'c' (items are bytes of length 1) */
    bool hashed;
    int64_t hash;
} MemViewObject;
OBJ_CAST_FN(memview_cast, MemViewObject, K_MEMVIEW)

/* When [v] is a memoryview that is live and contiguous (step 1) and lies within its
 * object: its bytes in *out, true. False otherwise (also for non-memoryviews). */
bool memview_contiguous(Value v, BView *out);

/* Appends the items of memoryview [v] to [out] as bytes (any step). False with
 * ValueError when released, IndexError when its bytearray shrank under it, MemoryError. */
bool memview_gather(Interp *I, Value v, Buf *out);

extern const TypeSpec memoryview_spec;

#endif
