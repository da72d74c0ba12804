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

/* self[start::step] with [count] items, for bounds adjusted by slice_adjust (every
 * start + k * step, k < count, lies in the list). A new list; VAL_NULL on error. */
Value list_slice_get(Interp *I, Value self, int64_t start, int64_t step, int64_t count);
/* self[lo:hi] = src for bounds adjusted by slice_adjust with step 1, when src is a list or a
 * tuple (possibly self): 1 done, 0 not applicable (nothing changed, no exception), -1 error. */
int list_slice_set(Interp *I, Value self, int64_t lo, int64_t hi, Value src);

/* Inserts [x] before index [i] (clamped like list.insert). */
bool list_insert(Interp *I, Value l, int64_t i, Value x);
/* Removes and returns the last item; VAL_NULL (no exception) when empty. */
Value list_pop_last(Value l);
/* Empties [l]. */
void list_clear(Value l);
/* A new tuple with the items of list [l]. */
Value list_to_tuple(Interp *I, Value l);
/* list.__repr__ */
Value list_repr(Interp *I, Value l);

/* Cycle guard for reprs, over I->repr_active: 1 when [v] is already being repr'd (print
 * "[...]"), 0 after marking it (pair with list_repr_leave), -1 on error. */
int list_repr_enter(Interp *I, Value v);
void list_repr_leave(Interp *I, Value v);

extern const TypeSpec list_spec;
extern const TypeSpec list_iter_spec;
extern const TypeSpec list_reviter_spec;

#endif
