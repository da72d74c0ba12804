/*
 * dict.h: insertion-ordered dicts (compact entries + index table from the kernel).
 */
#ifndef SAFEPY_OBJECTS_DICT_H
#define SAFEPY_OBJECTS_DICT_H

#include "interp.h"

bool dict_check(Value v);
Value dict_new(Interp *I);
/* d[key] or VAL_NULL when absent; VAL_NULL with an exception pending on error (unhashable
 * key, failing __eq__): check I->exc. */
Value dict_get(Interp *I, Value d, Value key);
/* Lookup by a C string key (str keys only). */
Value dict_get_cstr(Interp *I, Value d, const char *key);
bool dict_set(Interp *I, Value d, Value key, Value v);
bool dict_set_cstr(Interp *I, Value d, const char *key, Value v);
/* Deletes [key]: 1 deleted, 0 absent (no exception), -1 error. */
int dict_del(Interp *I, Value d, Value key);
size_t dict_len(Value d);
/* Iterates: start with *pos = 0; true and the next entry, or false at the end. */
bool dict_next(Value d, size_t *pos, Value *key, Value *value);
Value dict_copy(Interp *I, Value d);
/* d.update(other) for a dict or any mapping / iterable of pairs. */
bool dict_update(Interp *I, Value d, Value other);
/* Counter that changes on any insertion or deletion (iteration checks it). */
uint64_t dict_version(Value d);

#endif
