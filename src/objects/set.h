/*
 * set.h: set and frozenset.
 */
#ifndef SAFEPY_OBJECTS_SET_H
#define SAFEPY_OBJECTS_SET_H

#include "../kernel/hindex.h"
#include "interp.h"

/* set and frozenset: keys in [ents] (holes VAL_NULL), located through the kernel index
 * [ix] (width 1). Iteration follows the index's slot order, which reproduces CPython's
 * set order because the index copies CPython's probing and growth. */
typedef struct SetObject {
    Obj h;
    HIndex ix;
    ValVec ents;
    size_t finger;   /* where pop() resumes its search */
    int64_t hash;    /* frozenset hash cache */
    bool hashed;
    /* Membership filter (set.c): bit b of fone is set when a live entry's hash may be
     * b mod 64, of fmany when two may be; trusted only while ix.nent == fnent and
     * ix.layout == flayout (set.c keeps it; any other change of the index drops it). */
    uint64_t fone, fmany;
    size_t fnent;
    uint64_t flayout;
} SetObject;
OBJ_CAST_FN(set_cast, SetObject, K_SET)

bool set_check(Value v);        /* set or frozenset, or subclass */
Value set_new(Interp *I, bool frozen);
bool set_add(Interp *I, Value s, Value key);
int set_contains(Interp *I, Value s, Value key); /* 1, 0, -1 */
/* key in s for a small int [key] decided by identity alone (no hash call, no __eq__):
 * 1 or 0, or -2 when that does not decide it (then use set_contains). No exception. */
int set_contains_small(Value s, Value key);
int set_discard(Interp *I, Value s, Value key);  /* 1 removed, 0 absent, -1 */
size_t set_len(Value s);
bool set_next(Value s, size_t *pos, Value *key);
/* Adds every item of an iterable. */
bool set_update(Interp *I, Value s, Value iterable);

/* Iterates in slot order (CPython's order), also giving the stored hash. [pos] starts
 * at 0; it is a slot index. */
bool set_next_hash(Value s, size_t *pos, Value *key, int64_t *hash);
/* True for a frozenset (or subclass instance). */
bool set_is_frozen(Interp *I, Value s);
/* A new set of type set (or frozenset when [frozen]) holding the items of [iterable]
 * (VAL_NULL: empty). */
Value set_from_iterable(Interp *I, Value iterable, bool frozen);
/* s.difference_update(other), s.symmetric_difference_update(other) for one argument. */
bool set_difference_update(Interp *I, Value s, Value other);
bool set_symmetric_difference_update(Interp *I, Value s, Value other);
/* s.intersection(other) for one argument: a new set of s's type family. */
Value set_intersection(Interp *I, Value s, Value other);
/* Empties a set. */
void set_clear(Value s);

/* Entry-level operations with a known hash (CPython's set_add_entry, set_discard_entry,
 * set_contains_entry): add false / -1 on error; discard 1 removed, 0 absent. */
bool set_add_hash(Interp *I, Value s, Value key, int64_t hash);
int set_discard_hash(Interp *I, Value s, Value key, int64_t hash);
/* set_add_hash for a [key] the caller knows is absent from [s] and unequal to every
 * element (an element of another set, added to a new result): a small int or exact str
 * then goes to the first empty slot of its chain with no look-up (the slot add_hash
 * would pick while [s] has no deleted slots); anything else is set_add_hash. */
bool set_add_absent_hash(Interp *I, Value s, Value key, int64_t hash);
/* What set_add_absent_hash's callers compare to know that no element was added to the set
 * they iterate (a key's __eq__, run by a membership test, may change it: the iteration
 * may then give an element again, or an equal one, and set_add_hash must add it). */
typedef struct SetMark {
    size_t nent;     /* entries ever appended (an add appends one) */
    uint64_t layout; /* renumberings (a rebuild, a clear) */
    const void *tab; /* the slot table (another after set_swap_bodies) */
} SetMark;
SetMark set_mark(Value s);
/* True when set [s] took no new element since [m] was taken (nothing renumbered it). */
bool set_mark_same(Value s, SetMark m);
int set_contains_hash(Interp *I, Value s, Value key, int64_t hash);
/* Rebuilds the table for [minused] (CPython's set_table_resize). */
bool set_resize(Interp *I, Value s, size_t minused);
/* An empty set of the builtin base type of [like] (set or frozenset). */
Value set_new_basetype(Interp *I, Value like, Value iterable);
/* Exchanges the contents of two sets (intersection_update). */
void set_swap_bodies(Interp *I, Value a, Value b);
/* The number of slots - 1 and the filled slots (dummies included) of [s]'s table. */
size_t set_mask(Value s);
size_t set_fill(Value s);
/* The set algebra of set_ops.c, used by the set types' slots and methods. */
bool set_update_one(Interp *I, Value s, Value other);
Value set_copy(Interp *I, Value s);
/* An empty instance of [t] (set, frozenset or a subclass). */
Value set_new_of_type(Interp *I, Type *t);
/* The iter slot of set and frozenset: a set_iterator. */
Value set_iter_slot(Interp *I, Value self);
/* set.pop(): KeyError "pop from an empty set". */
Value set_pop_item(Interp *I, Value s);

extern const TypeSpec set_spec;
extern const TypeSpec frozenset_spec;
extern const TypeSpec set_iter_spec;

#endif
