/*
 * memview.h: memoryview (one-dimensional, or C-contiguous multi-dimensional from cast) over bytes, bytearray and objects with a buffer
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
    /* Views made by cast(format, shape): [len] and [step] are the first dimension's
     * extent and byte stride; the other dimensions, [rest] (a tuple of their extents,
     * VAL_NULL for a one-dimensional view), are C-contiguous, [inner] items each (the
     * product of [rest]; 1 when rest is VAL_NULL). A zero-dimensional view ([zerodim])
     * has one item (len 1, rest VAL_NULL). */
    Value rest;
    int64_t inner;
    bool zerodim;
    Value exporter;  /* the object whose export list records this view (the resizable
                        object viewed, or BytesIO for getbuffer()); VAL_NULL: none. Views
                        made from a view inherit it. */
} MemViewObject;
OBJ_CAST_FN(memview_cast, MemViewObject, K_MEMVIEW)

/* When [v] is a memoryview that is live and contiguous (step == itemsize) and lies within its
 * object: its bytes in *out, true. False otherwise (also for non-memoryviews). */
bool memview_contiguous(Value v, BView *out);

/* Appends the items of memoryview [v] to [out] as bytes (any step). False with
 * ValueError when released, IndexError when its bytearray shrank under it, MemoryError. */
bool memview_gather(Interp *I, Value v, Buf *out);

/* The writable bytes behind [v] for an in-place write (struct.pack_into): a bytearray, a
 * writable typed buffer (array.array), or a live writable contiguous memoryview of one:
 * the object holding them in *obj, where [v]'s bytes start in it in *base and their
 * number in *len. False (nothing raised) when [v] is none of these. */
bool memview_writable(Value v, Value *obj, int64_t *base, int64_t *len);

/* Writes [data] at byte [off] of [obj] (an object from memview_writable). False with
 * BufferError when [obj] no longer has room there (it was resized). */
bool memview_write(Interp *I, Value obj, int64_t off, BView data);

/* True when live view [m] is C-contiguous (its items follow each other in memory). */
bool memview_c_contiguous(const MemViewObject *m);
/* Exports: a view of an object that can be resized (bytearray, array.array; BytesIO for
 * getbuffer()) records that object as its exporter and counts itself in the object's
 * export count. A view holds the export until it is released or the program no longer
 * names it (frame_refs_find: a local, a global, a live value-stack slot, or an item of a
 * container held there), as CPython's views hold a buffer export until released or
 * freed. Stale copies on the C stack never count: a dropped view must not make a correct
 * program fail. */

/* Makes memoryview [view] (and views later made from it) an export of [exporter], whose
 * type has a buffer_exports slot. */
void memview_export(Value view, Value exporter);

/* True when views of [owner] were made since the last check and the program names one
 * that is not released (frame_refs_find). When it names none, the count is reset: those
 * views never count again. False for an object without exports. */
bool memview_exported(Interp *I, Value owner);

/* True when [owner] has no export (memview_exported); false with CPython's BufferError
 * "Existing exports of data: object cannot be re-sized" otherwise. */
bool memview_resizable(Interp *I, Value owner);

extern const TypeSpec memoryview_spec;

#endif
