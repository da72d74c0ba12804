/*
 * instdict.h: shared-key instance dicts (CPython 3.11's "split" dicts).
 *
 * Instances of a plain class (no builtin base but object, a __dict__, no __slots__
 * members) usually get the same attribute names in the same order from __init__. Such a
 * class owns one SharedKeys object (Type.shared_keys): an append-only list of interned
 * exact str names, at most INSTDICT_MAX_KEYS. While an instance's attributes are a prefix
 * of its keys, in that order, with no deletion, its Obj.dict is a SplitValues object
 * holding only the values: value i belongs to name i of the keys. Any other layout
 * (another order, a deletion, a name that is not a str, a full keys object) or any code
 * that wants the dict itself (__dict__, vars(), pickling) turns the values into a real
 * DictObject, in the same order, for good: instdict_materialise. The values object names
 * its keys object, not the class, so __class__ assignment keeps it meaningful.
 *
 * Invariants: a SharedKeys object only grows, and name i never changes, so "name i of
 * keys K" stays true (the VM's attribute caches rely on it); a SplitValues object holds
 * len(vals) <= len(keys) values, none of them VAL_NULL; neither object is ever handed
 * to Python code. Obj.dict holds a SplitValues object only for instances of a class
 * with shared keys (or a class it was reassigned from, see object.c class_set), so C
 * code reading another kind of object's dict never meets one; any code that may see an
 * instance's dict goes through this API or instdict_materialise, and a dict_cast of a
 * values object returns NULL (a missed site fails safely).
 */
#ifndef SAFEPY_OBJECTS_INSTDICT_H
#define SAFEPY_OBJECTS_INSTDICT_H

#include "interp.h"

/* The most names a class's shared keys take (CPython caps its shared keys too): a class
 * whose instances use more attribute names gives further instances real dicts. */
#define INSTDICT_MAX_KEYS 30u

/* A class's shared attribute names (interned exact strs), append-only. */
typedef struct SharedKeys {
    Obj h;
    ValVec names;
} SharedKeys;
OBJ_CAST_FN(sharedkeys_cast, SharedKeys, K_SHAREDKEYS)

/* One instance's attribute values: vals[i] is the value of name i of [keys]. */
typedef struct SplitValues {
    Obj h;
    Value keys; /* a SharedKeys object */
    ValVec vals;
} SplitValues;
OBJ_CAST_FN(splitvalues_cast, SplitValues, K_SPLITVALUES)

/* Gives the new class [t] (type_new, after its flags and base are set) shared keys when
 * its instances qualify (see above). False with MemoryError. */
bool instdict_setup(Interp *I, Type *t);

/* After a change of [t]'s MRO (__bases__ assignment): drops its shared keys when its
 * instances no longer qualify, so new instances get real dicts. Instances already
 * holding values keep them (the generic paths still read them; C code of a builtin
 * base now on the MRO finds no dict: a SystemError, never a misread). */
void instdict_recheck(Interp *I, Type *t);

/* The attribute [name] (a str) of instance [o] from its dict or values object: the
 * value, or VAL_NULL when absent (no exception) or on error (exception pending).
 * *[at] (when not NULL): the index of the value in o's values object, or -1 (absent, or
 * o has a real dict). A name that is a str subclass materialises the dict (its __eq__
 * may run). */
Value instdict_get(Interp *I, Obj *o, Value name, int64_t *at);

/* Value [i] of values object [vals] when name [i] of its keys is [name] itself, else
 * VAL_NULL (the VM's index hint, tried before instdict_get). */
static inline Value instdict_hint_get(Value vals, uint32_t i, Value name) {
    SplitValues *sv = splitvalues_cast(vals);
    SharedKeys *k = sv != NULL ? sharedkeys_cast(sv->keys) : NULL;
    if (k == NULL || vec_get(&k->names, i) != name) return VAL_NULL;
    return vec_get(&sv->vals, i);
}

/* Replaces value [i] of values object [vals] with [v] when name [i] of its keys is [name]
 * itself and the instance has a value [i]; false (nothing changed) when not. */
static inline bool instdict_hint_set(Value vals, uint32_t i, Value name, Value v) {
    SplitValues *sv = splitvalues_cast(vals);
    SharedKeys *k = sv != NULL ? sharedkeys_cast(sv->keys) : NULL;
    return k != NULL && vec_get(&k->names, i) == name && i < sv->vals.len &&
           vec_set(&sv->vals, i, v) == K_OK;
}

/* Stores [name] = [v] into instance [o]'s values object, creating it when [o] has no
 * dict yet and its class has shared keys; name [hint] of the keys is tried first. 1
 * stored, at index *[at] (when not NULL) of the values; 0 the store needs a real dict,
 * and o->dict is now VAL_NULL or a DictObject (materialised) for the caller to store
 * into; -1 error. */
int instdict_store(Interp *I, Obj *o, Value name, Value v, uint32_t hint, int64_t *at);

/* Makes instance [o]'s dict a real DictObject when it holds a values object (same
 * entries, same order) and returns o->dict (VAL_NULL when it has none). VAL_NULL with
 * MemoryError on failure (check I->exc). */
Value instdict_materialise(Interp *I, Obj *o);

/* True when values object [vals] certainly has no value for the interned str [name]
 * (false when [vals] is not a values object). Inline: LOAD_METHOD's shadowing check. */
static inline bool instdict_lacks(Value vals, Value name) {
    SplitValues *sv = splitvalues_cast(vals);
    SharedKeys *k = sv != NULL ? sharedkeys_cast(sv->keys) : NULL;
    if (k == NULL) return false;
    for (size_t i = 0; i < sv->vals.len; i++)
        if (vec_get(&k->names, i) == name) return false;
    return true;
}

/* Appends [v] as value [i] of instance [o] when [o] holds exactly [i] values of [keys]
 * (a SharedKeys object with more than [i] names; no dict yet counts as none, when [keys]
 * is its class's) - the VM's cached store of the next attribute of __init__. 1 done, 0
 * not applicable (nothing changed), -1 error. */
int instdict_append(Interp *I, Obj *o, Value keys, uint32_t i, Value v);

#endif
