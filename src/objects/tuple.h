/*
 * tuple.h: tuples. Items live inline after the header (a ValArr, kernel/vec.h) and their
 * number never changes after creation.
 */
#ifndef SAFEPY_OBJECTS_TUPLE_H
#define SAFEPY_OBJECTS_TUPLE_H

#include "interp.h"

/* The items follow the header in the tuple's own chunk (a ValArr: one chunk of 32 + 8n
 * bytes; a 2-tuple is 48). No cached hash (CPython 3.11 caches none either): every
 * hash() combines the items' hashes again. */
typedef struct TupleObject {
    Obj h;
    ValArr a; /* last: its items run to the end of the chunk */
} TupleObject;
OBJ_CAST_FN(tuple_cast, TupleObject, K_TUPLE)

/* h.flags bit: the tuple is still being filled (marshal's loader lets its items refer
 * back to it, as CPython's does); hashing it raises ValueError, since its hash would
 * change once complete (no hashable data can contain itself, so only malformed input
 * gets there). */
#define TUPLE_BUILDING 2u

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

/* New tuple with items [lo, hi) of tuple [t] (clamped). */
Value tuple_get_slice(Interp *I, Value t, size_t lo, size_t hi);

/* The repr of list or tuple [seq]: items between [open] and [close], "(1,)" style when
 * [tuple_comma]. Re-reads the length each step (an item's __repr__ may mutate a list);
 * shared by tuple and list reprs. Recursion-guarded; self-reference prints "...". */
Value tuple_repr_seq(Interp *I, Value seq, const char *open, const char *close,
                     bool tuple_comma);

extern const TypeSpec tuple_spec;
extern const TypeSpec tuple_iter_spec;

#endif
