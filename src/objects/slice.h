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

/* The first half of slice_indices (CPython's PySlice_Unpack): start/stop/step clamped to
 * int64, calling any __index__ methods. A container whose length user code can change
 * unpacks first, then calls slice_adjust with its length as it is afterwards. */
bool slice_unpack(Interp *I, Value s, int64_t *start, int64_t *stop, int64_t *step);

/* Converts an index [key] (int or __index__) for a sequence of length [len]: negative
 * values count from the end. Raises IndexError "[what] index out of range" when outside
 * [0, len), TypeError "[what] indices must be integers or slices, not %T". */
bool seq_index(Interp *I, Value key, int64_t len, const char *what, int64_t *out);

/* Converts an index [key] (int or __index__) without range checks: TypeError "[what]
 * indices must be integers or slices, not %T"; IndexError "cannot fit 'int' into an
 * index-sized integer" when it does not fit in int64. */
bool slice_index_value(Interp *I, Value key, const char *what, int64_t *out);

/* [v] (an int or an object with __index__) as int64, clamped to [INT64_MIN, INT64_MAX]
 * like CPython's _PyEval_SliceIndex; TypeError "slice indices must be integers or None or
 * have an __index__ method" otherwise. */
bool slice_clamp_index(Interp *I, Value v, int64_t *out);

/* Adjusts [start]/[stop] (already clamped, step != 0) to a sequence of length [len] and
 * returns the number of selected items (CPython's PySlice_AdjustIndices). */
int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);

/* slice.indices() in arbitrary precision (CPython's _PySlice_GetLongIndices): [len] is a
 * non-negative int; start/stop/step are ints clamped for a sequence of that length. */
bool slice_indices_long(Interp *I, Value s, Value len, Value *start, Value *stop, Value *step);

/* range_spec / range_iter_spec live in range.c (declared in range.h). */
extern const TypeSpec slice_spec;

#endif
