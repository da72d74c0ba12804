/*
 * iterobject.h: the iterator layout shared by the container iterators (list, tuple,
 * range, dict, set) and the builtin iterator types (enumerate, zip, map, filter, reversed,
 * the sequence iterator for objects with only __getitem__, the callable iterator).
 *
 * All of them use layout K_ITER with the IterObject struct; which iterator an object is
 * comes from its type, so the checked accessor iterobject_get() verifies the type too
 * (another file may define a different K_ITER struct). Once exhausted an iterator drops
 * its source (src = VAL_NULL) and stays exhausted.
 */
#ifndef SAFEPY_OBJECTS_ITEROBJECT_H
#define SAFEPY_OBJECTS_ITEROBJECT_H

#include "interp.h"

typedef struct IterObject {
    Obj h;
    Value src;      /* container, iterable(s) tuple, callable; VAL_NULL when exhausted */
    Value a, b, c;  /* per-type values (count, sentinel, function, big-int position...) */
    int64_t i;      /* position */
    int64_t n;      /* length / remaining count / step */
    uint64_t stamp; /* container state when iteration started (dict/set size) */
    uint32_t mode;  /* per-type flags (dict iterator direction, zip strict, ...) */
} IterObject;
OBJ_CAST_FN(iterobject_cast, IterObject, K_ITER)

/* [v] as an IterObject when its type is builtin type [id] or a subclass of it; else NULL. */
IterObject *iterobject_get(Interp *I, Value v, TypeId id);

/* next() of an exact enumerate, or of an exact zip of two iterables, as the pair
 * (*a, *b) without the tuple (the VM's FOR_ITER + UNPACK_SEQUENCE 2): 1, or 0 when
 * exhausted (no exception) or on an error (an exception pending: check I->exc); -1,
 * having done nothing, when [self] is neither (or a zip of another width). */
int iterobject_next_pair(Interp *I, Value self, Value *a, Value *b);

/* A fresh iterator of builtin type [id] over [src] (position 0). */
IterObject *iterobject_new(Interp *I, TypeId id, Value src);

/* iter(seq) for an object whose type has __getitem__ but no __iter__: the "iterator"
 * type that calls seq[0], seq[1], ... until IndexError or StopIteration. */
Value iterobject_seq_iter_new(Interp *I, Value seq);

/* iter(callable, sentinel): the callable_iterator. */
Value iterobject_call_iter_new(Interp *I, Value callable, Value sentinel);

/* __reduce__ of a sequence iterator: (iter, (src,), index), or (iter, (empty,)) when
 * [index] is VAL_NULL (an exhausted iterator; [src] is then the empty container). */
Value iterobject_reduce(Interp *I, Value src, Value index);

/* __reduce__ of an iterator that CPython pickles by its remaining items (dict and set
 * iterators): (iter, (list,)), the list drained from a copy of [self] so that [self]
 * itself does not advance; an empty list when it is exhausted. A method (no arguments). */
Value iterobject_reduce_drained(Interp *I, Value self, ValView args, Value kwnames);

/* The one int argument of an iterator's __setstate__ into [out] (TypeError "an integer
 * is required" for a non-int, OverflowError past int64), not clamped. */
bool iterobject_index_arg(Interp *I, ValView args, Value kwnames, int64_t *out);

/* The one int argument of a sequence iterator's __setstate__ into [out] (TypeError
 * "an integer is required" for a non-int), clamped to [0, INT64_MAX]. */
bool iterobject_setstate_arg(Interp *I, ValView args, Value kwnames, int64_t *out);

/* Iterator slot shared by all iterators: returns self. */
Value iterobject_self(Interp *I, Value self);

extern const TypeSpec enumerate_spec;
extern const TypeSpec zip_spec;
extern const TypeSpec map_spec;
extern const TypeSpec filter_spec;
extern const TypeSpec reversed_spec;
extern const TypeSpec seq_iter_spec;
extern const TypeSpec call_iter_spec;

#endif
