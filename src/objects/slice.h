/*
 * slice.h: slice objects and the index arithmetic every sequence shares; range objects.
 */
#ifndef SAFEPY_OBJECTS_SLICE_H
#define SAFEPY_OBJECTS_SLICE_H

#include "interp.h"

typedef struct SliceObject {
    Obj h;
    Value start, stop, step; /* None when omitted */
} SliceObject;
OBJ_CAST_FN(slice_cast, SliceObject, K_SLICE)

Value slice_new(Interp *I, Value start, Value stop, Value step);

/* Resolves slice [s] against a sequence of length [len] like slice.indices(): start,
 * stop, step and the number of selected items. Raises ValueError for step 0. */
bool slice_indices(Interp *I, Value s, int64_t len, int64_t *start, int64_t *stop,
                   int64_t *step, int64_t *count);

/* Converts an index [key] (int or __index__) for a sequence of length [len]: negative
 * values count from the end. Raises IndexError "[what] index out of range" when outside
 * [0, len), TypeError "[what] indices must be integers or slices, not %T". */
bool seq_index(Interp *I, Value key, int64_t len, const char *what, int64_t *out);

#endif
