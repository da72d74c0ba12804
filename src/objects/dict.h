/*
 * dict.h: insertion-ordered dicts (compact entries + index table from the kernel).
 */
#ifndef SAFEPY_OBJECTS_DICT_H
#define SAFEPY_OBJECTS_DICT_H

#include "../kernel/hindex.h"
#include "interp.h"

/* A dict: entries (key, value) in insertion order in [ents] (deleted ones are VAL_NULL
 * pairs until a compaction), located through the kernel index [ix] (width 2). */
typedef struct DictObject {
    Obj h;
    HIndex ix;
    ValVec ents;
    uint64_t version; /* bumped on every insertion, deletion, clear or renumbering of the
                         entries (not on a value replacement): while it is unchanged, the
                         same keys sit at the same entry indices */
    size_t usable;    /* new entries that fit before the next rebuild (CPython's
                         dk_usable: 2/3 of the slots, not given back by deletions) */
    Value slot_store; /* when this dict is the __dict__ of an instance whose class also
                         has __slots__: the dict holding the slot values (descr.c), kept
                         out of the __dict__ itself; while DICT_LAZY is set: the filler
                         (type.c); else VAL_NULL */
} DictObject;
OBJ_CAST_FN(dict_cast, DictObject, K_DICT)

/* h.flags bit of a dict whose entries are not built yet: a builtin type's namespace,
 * filled on its first use. Every function below (and dict_ready) runs the filler first,
 * so no caller ever sees the dict unfilled. Such dicts are never exposed to Python code
 * (type.__dict__ is a mappingproxy), so only C code reaches them, through this API. */
#define DICT_LAZY 1u

/* Makes the empty dict [d] lazy: its first use calls type_lazy_fill([filler]). */
void dict_make_lazy(Value d, Value filler);

/* [v] as a DictObject ready for direct access (index set up, lazy contents built), or
 * NULL when it is not a dict. */
DictObject *dict_ready(Value v);

/* dict_keys / dict_values / dict_items. */
typedef struct DictViewObject {
    Obj h;
    Value dict;
} DictViewObject;
OBJ_CAST_FN(dictview_cast, DictViewObject, K_DICTVIEW)

bool dict_check(Value v);
Value dict_new(Interp *I);
/* The most entries dict_new_presized presizes for (what a dict holds without a table). */
#define DICT_PRESIZE_MAX HINDEX_SMALL
/* A new empty dict with room for exactly [n] entries when 1 <= n <= DICT_PRESIZE_MAX
 * (else as dict_new): an instance __dict__ sized by its type's attr_hint takes 3
 * entries' arrays, not 5. More entries grow it as usual. */
Value dict_new_presized(Interp *I, size_t n);
/* A new empty dict whose table and entry array already hold [n] entries (any n): no
 * rebuild until there are more (the interned-name table, which start-up fills with ~600
 * names). */
Value dict_new_capacity(Interp *I, size_t n);
/* A new dict holding the pairs [kv] (key, value, key, value...; a later equal key
 * replaces the value), sized for kv.n / 2 entries: BUILD_MAP. */
Value dict_new_from_pairs(Interp *I, ValView kv);
/* For the interned-name table (str.c), whose keys are all exact strs: the key whose UTF-8
 * is [v] found by [hash] (str_hash_bytes(v)) and comparing bytes, so no Python code runs
 * and no str is made for the look-up. VAL_NULL when absent: [p] then tells
 * dict_insert_probed where the key goes. */
Value dict_find_str(Value d, BView v, int64_t hash, HProbe *p);
/* Adds [key] with [hash] and value [v] to [d]; [p] comes from a dict_find_str of the same
 * key that found nothing, with [d] unchanged since (a stale probe is redone). */
bool dict_insert_probed(Interp *I, Value d, Value key, int64_t hash, Value v, const HProbe *p);
/* d[key] or VAL_NULL when absent; VAL_NULL with an exception pending on error (unhashable
 * key, failing __eq__): check I->exc. */
Value dict_get(Interp *I, Value d, Value key);
/* dict_get for a key that is usually the very object stored (an interned name looked up in
 * a dict built from the same names: keyword-only defaults): an exact str with a cached
 * hash is found by identity (or known absent: no entry with an equal hash) without the
 * comparing probe; anything else is dict_get. */
Value dict_get_name(Interp *I, Value d, Value key);
/* Lookup by a C string key (str keys only). */
Value dict_get_cstr(Interp *I, Value d, const char *key);
bool dict_set(Interp *I, Value d, Value key, Value v);
bool dict_set_cstr(Interp *I, Value d, const char *key, Value v);
/* d[key] = v for a [key] the caller has proved absent from [d] (the VM: an interned str
 * name and a dict whose keys are all other interned strs): no lookup, no comparison.
 * A key that is present after all would be stored twice: never call it without proof. */
bool dict_set_absent(Interp *I, Value d, Value key, Value v);
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

/* Like dict_next, also giving the entry's stored hash. */
bool dict_next_hash(Value d, size_t *pos, Value *key, Value *value, int64_t *hash);
/* d[key] = v for a key whose hash is already known. */
bool dict_set_hash(Interp *I, Value d, Value key, int64_t hash, Value v);
/* key in d with a known hash: 1, 0, -1. */
int dict_contains_hash(Interp *I, Value d, Value key, int64_t hash);
/* key in d: 1, 0, -1. */
int dict_contains(Interp *I, Value d, Value key);
/* d.pop(key): the value, or VAL_NULL with no exception when absent (an empty dict does
 * not hash [key]). */
Value dict_pop(Interp *I, Value d, Value key);
/* d.setdefault(key, dflt): the value now stored under key. */
Value dict_setdefault(Interp *I, Value d, Value key, Value dflt);
/* Empties [d]. */
void dict_clear(Value d);
/* d[key] as the subscription operator does it (KeyError, __missing__ of subclasses). */
Value dict_getitem(Interp *I, Value d, Value key);
/* Lists of the keys / values / (key, value) tuples. */
Value dict_keys_list(Interp *I, Value d);
/* CPython's PyMapping_Keys: the keys of an exact dict, else list([m].keys()). */
Value dict_mapping_keys(Interp *I, Value m);
Value dict_values_list(Interp *I, Value d);
Value dict_items_list(Interp *I, Value d);
/* Merges mapping [other] into [d] like the {**a, **b} / f(**kw) paths: with
 * [no_dup_keys], a key already present raises KeyError(key) (the caller turns it into
 * "got multiple values for keyword argument"). */
bool dict_merge(Interp *I, Value d, Value other, bool no_dup_keys);
/* The view type of [v] when it is a dict_keys or dict_items view (set-like), else 0;
 * TY_DICT_VALUES for a values view. */
TypeId dict_view_kind(Interp *I, Value v);
/* The dict behind a view. */
Value dict_view_dict(Value v);
/* A new view of [d] of kind [id] (TY_DICT_KEYS, TY_DICT_VALUES, TY_DICT_ITEMS). */
Value dict_view_new(Interp *I, Value d, TypeId id);
/* next() of an exact (forward) dict_itemiterator as the pair (*k, *v), without the
 * tuple (the VM's FOR_ITER + UNPACK_SEQUENCE 2): 1; 0 exhausted (no exception) or an
 * error (exception pending); -1, having done nothing, when [it] is not one. */
int dict_itemiter_next_pair(Interp *I, Value it, Value *k, Value *v);
/* A new iterator over [d] of kind [id] (TY_DICT_KEYITER...), reversed when [rev]. */
Value dict_iter_new(Interp *I, Value d, TypeId id, bool rev);

extern const TypeSpec dict_spec;
extern const TypeSpec dict_keyiter_spec;
extern const TypeSpec dict_valueiter_spec;
extern const TypeSpec dict_itemiter_spec;
extern const TypeSpec dict_keys_spec;
extern const TypeSpec dict_values_spec;
extern const TypeSpec dict_items_spec;

#endif
