/*
 * list.h: lists.
 */
#ifndef SAFEPY_OBJECTS_LIST_H
#define SAFEPY_OBJECTS_LIST_H

#include "interp.h"

typedef struct ListObject {
    Obj h;
    ValVec v;
    uint64_t mutations; /* bumped on every size change (sort detects mutation) */
} ListObject;
OBJ_CAST_FN(list_cast, ListObject, K_LIST)

Value list_new(Interp *I, size_t cap);
Value list_from_view(Interp *I, ValView v);
bool list_check(Value v);
size_t list_len(Value l);
Value list_get(Value l, size_t i);
/* False with an exception (MemoryError). */
bool list_append(Interp *I, Value l, Value x);
bool list_set(Interp *I, Value l, size_t i, Value x);
/* Extends [l] with any iterable. */
bool list_extend(Interp *I, Value l, Value iterable);
ValView list_view(Value l);
/* Sorts in place with optional key function and reverse flag (stable). */
bool list_sort(Interp *I, Value l, Value key, bool reverse);

#endif
