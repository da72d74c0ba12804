/*
 * tuple.h: tuples. Items live in a ValVec whose length never changes after creation.
 */
#ifndef SAFEPY_OBJECTS_TUPLE_H
#define SAFEPY_OBJECTS_TUPLE_H

#include "interp.h"

typedef struct TupleObject {
    Obj h;
    ValVec v;
    int64_t hash;
    bool hashed;
} TupleObject;
OBJ_CAST_FN(tuple_cast, TupleObject, K_TUPLE)

/* A tuple of [n] slots all VAL_NULL, to be filled with tuple_init_item before use. */
Value tuple_new(Interp *I, size_t n);
/* Sets slot [i] of a tuple under construction. */
void tuple_init_item(Value t, size_t i, Value x);
Value tuple_from_view(Interp *I, ValView v);
Value tuple_pack(Interp *I, size_t n, ...);
bool tuple_check(Value v);
size_t tuple_len(Value t);
/* Item [i] or VAL_NULL when out of range. */
Value tuple_get(Value t, size_t i);
ValView tuple_view(Value t);

#endif
