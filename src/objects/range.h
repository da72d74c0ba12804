/*
 * range.h: range objects.
 */
#ifndef SAFEPY_OBJECTS_RANGE_H
#define SAFEPY_OBJECTS_RANGE_H

#include "interp.h"

typedef struct RangeObject {
    Obj h;
    Value start, stop, step, len; /* ints */
} RangeObject;
OBJ_CAST_FN(range_cast, RangeObject, K_RANGEOBJ)

/* range(start, stop, step) for ints (ValueError when step is 0). */
Value range_new(Interp *I, Value start, Value stop, Value step);

extern const TypeSpec range_spec;
extern const TypeSpec range_iter_spec;

#endif
