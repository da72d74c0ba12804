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

#endif
