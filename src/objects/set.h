/*
 * set.h: set and frozenset.
 */
#ifndef SAFEPY_OBJECTS_SET_H
#define SAFEPY_OBJECTS_SET_H

#include "interp.h"

bool set_check(Value v);        /* set or frozenset, or subclass */
Value set_new(Interp *I, bool frozen);
bool set_add(Interp *I, Value s, Value key);
int set_contains(Interp *I, Value s, Value key); /* 1, 0, -1 */
int set_discard(Interp *I, Value s, Value key);  /* 1 removed, 0 absent, -1 */
size_t set_len(Value s);
bool set_next(Value s, size_t *pos, Value *key);
/* Adds every item of an iterable. */
bool set_update(Interp *I, Value s, Value iterable);

#endif
