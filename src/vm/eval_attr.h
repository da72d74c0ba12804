/*
 * eval_attr.h: the attribute inline caches of the eval loop (LOAD_ATTR, STORE_ATTR,
 * LOAD_METHOD, and the class-call cache of CALL).
 *
 * A cache slot (InlineCache, one per instruction) records what the last lookup found and
 * under which version tags it stays true: the receiver's exact type and that type's
 * version (every change to a class's namespace, bases or slots gives it and its
 * subclasses a new, never reused version), or a module dict and its version (bumped by
 * every insertion, deletion and value replacement). The loop's fast paths (in eval.c)
 * re-check the tags on every use and fall back to the functions here, which do the full
 * lookup exactly as obj_generic_getattr / obj_generic_setattr do and refill the slot.
 *
 * Invariant: a cache only ever names Values (kept alive by the HEAP_SCAN cache array) and
 * an entry-index hint; every use of the hint goes through the kernel's bounds-checked
 * vec_get/vec_set and compares the key found there with the attribute name (identity),
 * so a stale hint is just a miss, never an out-of-bounds access.
 */
#ifndef SAFEPY_VM_EVAL_ATTR_H
#define SAFEPY_VM_EVAL_ATTR_H

#include "../objects/dict.h"
#include "../objects/instdict.h"
#include "../objects/str.h"
#include "code.h"

// The fast-path helpers below belong inside the eval loop's opcode bodies.
#if defined(__GNUC__)
#define EVAL_ATTR_INLINE static inline __attribute__((always_inline))
#else
#define EVAL_ATTR_INLINE static inline
#endif

/* InlineCache.kind values. */
#define IC_NONE 0u
#define IC_ATTR_DICT 1u     /* key/version: the type; the name is (usually) in the instance
                               dict at entry [index]; no data descriptor shadows it */
#define IC_ATTR_PROPERTY 2u /* key/version: the type; value: a property (exact type) */
#define IC_ATTR_DATA 3u     /* key/version: the type; value: a data descriptor */
#define IC_ATTR_MODULE 4u   /* a module attribute, at entry [index] of its dict (nothing on
                               the module type shadows it) */
#define IC_ATTR_CLASS 5u    /* key/version: a class whose metatype is type; value: a plain
                               class attribute (no __get__), nothing on the metatype */
#define IC_METHOD 6u        /* LOAD_METHOD, key/version: the type; value: a function or
                               method descriptor; [index] 1 when the name is interned
                               (so an instance dict can be proved not to shadow it) */
#define IC_STORE_DICT 7u    /* STORE_ATTR, key/version: the type; the name is (usually) at
                               entry [index] of the instance dict; no data descriptor */
#define IC_GLOBAL 9u        /* LOAD_GLOBAL: the name is at entry [index] of the globals */
#define IC_BUILTIN 10u      /* LOAD_GLOBAL: key/version: the globals dict, which lacks the
                               name while its (keys) version is unchanged; key2: the
                               builtins dict, the name at its entry [index] */
#define IC_ATTR_SLOT 11u    /* key/version: a class without __dict__ (TF_HAS_SLOTS); a
                               __slots__ member whose value is entry [index] of the
                               instance's slot store, h.dict (descr.h) */
#define IC_STORE_SLOT 12u   /* STORE_ATTR to such a member */
#define IC_BINOP 13u        /* BINARY_OP, key/version: a class (instances made by object());
                               value: its __op__ for the instruction's operator, a Python
                               function */
#define IC_ATTR_SPLIT 14u   /* key/version: the type; value: a SharedKeys object; the name
                               is its key [index], so the value is entry [index] of an
                               instance's values object laid out by those keys (instdict.h);
                               no data descriptor shadows it */
#define IC_STORE_SPLIT 15u  /* STORE_ATTR to such an attribute (an append when the instance
                               holds exactly [index] values) */
#define IC_INIT 8u          /* CALL of a class, key/version: the class; value: its
                               __init__, a Python function; instances made by object() */

/* Which instruction filled a cache (which kinds its fast paths use). */
#define IC_OP_LOAD 0u   /* LOAD_ATTR */
#define IC_OP_METHOD 1u /* LOAD_METHOD */
#define IC_OP_STORE 2u  /* STORE_ATTR */

/* Recall lists: a second level behind an instruction's cache for instructions that see
 * instances of several classes (a method of a base class run on instances of its
 * subclasses). Every fill of a cache kind keyed by the receiver's type (IC_ATTR_DICT /
 * SPLIT / SLOT / PROPERTY / DATA, IC_METHOD, IC_STORE_*) made by the full lookups below is
 * also recorded in the instruction's recall list (InlineCache.key2, eval_attr.c) with
 * the type's version tag. When the cache names another type than the receiver's, the
 * functions below (the instruction's miss path) look in the list first and, on a hit,
 * copy the recorded fill into the cache and get the attribute through it with the same
 * checks as the instruction's own fast path.
 * A record is a fact about the type while its version is unchanged, as the cache it came
 * from was, and is used only while it is. */

/* The value at entry [i] of instance dict [d] when that entry's key is [name] itself,
 * else VAL_NULL. */
EVAL_ATTR_INLINE Value eval_attr_dict_hint(Value d, uint32_t i, Value name) {
    DictObject *dd = dict_cast(d);
    if (dd == NULL || vec_get(&dd->ents, 2 * (size_t)i) != name) return VAL_NULL;
    return vec_get(&dd->ents, 2 * (size_t)i + 1);
}

/* Replaces the value of entry [i] of instance dict [d] when that entry's key is [name]
 * itself (as dict_set would for an existing key). False when it is not. */
EVAL_ATTR_INLINE bool eval_attr_dict_hint_set(Value d, uint32_t i, Value name, Value v) {
    DictObject *dd = dict_cast(d);
    if (dd == NULL || vec_get(&dd->ents, 2 * (size_t)i) != name) return false;
    return vec_set(&dd->ents, 2 * (size_t)i + 1, v) == K_OK; // (keeps the keys version)
}

/* Value [i] of instance dict [d] when it is a values object laid out by [keys], else
 * VAL_NULL (IC_ATTR_SPLIT: the cache proved key [i] of [keys] is the name). */
EVAL_ATTR_INLINE Value eval_attr_split_get(Value d, Value keys, uint32_t i) {
    SplitValues *sv = splitvalues_cast(d);
    if (sv == NULL || sv->keys != keys) return VAL_NULL;
    return vec_get(&sv->vals, i);
}

/* Replaces value [i] of instance dict [d] when it is a values object laid out by [keys]
 * that holds a value [i]. False when it is not. */
EVAL_ATTR_INLINE bool eval_attr_split_set(Value d, Value keys, uint32_t i, Value v) {
    SplitValues *sv = splitvalues_cast(d);
    return sv != NULL && sv->keys == keys && i < sv->vals.len && vec_set(&sv->vals, i, v) == K_OK;
}

/* True when instance dict [d] certainly has no key equal to the interned str [name]:
 * a values object without it, or a small dict whose live keys are all interned exact
 * strs other than [name] (interned strs are unique per content). False means "not
 * known". */
static inline bool eval_attr_dict_lacks(Interp *I, Value d, Value name) {
    DictObject *dd = dict_cast(d);
    if (dd == NULL) return instdict_lacks(d, name);
    if (dd->ents.len > 32) return false;
    Type *strt = interp_type(I, TY_STR);
    for (size_t i = 0; i < dd->ents.len; i += 2) {
        Value k = vec_get(&dd->ents, i);
        if (k == VAL_NULL) continue;
        StrObject *s = str_cast(k);
        if (k == name || s == NULL || s->h.type != strt || !str_flag(s, STR_INTERNED)) return false;
    }
    return true;
}

/* eval_attr_store_global past its fast path: dict_set, then refills [c]. */
bool eval_attr_store_global_slow(Interp *I, InlineCache *c, Value globals, Value name, Value v);

/* The value of the entry [i] of dict [d] when its key is [name] itself, else VAL_NULL. */
EVAL_ATTR_INLINE Value eval_attr_entry(Value d, uint32_t i, Value name) {
    return eval_attr_dict_hint(d, i, name);
}

/* STORE_GLOBAL / module-level STORE_NAME: globals[name] = v. An existing entry named by
 * [c] (IC_GLOBAL) has its value replaced in place, as dict_set would; otherwise dict_set,
 * then [c] remembers the entry (a store in a loop at module level is then one check). */
EVAL_ATTR_INLINE bool eval_attr_store_global(Interp *I, InlineCache *c, Value globals, Value name,
                                             Value v) {
    if (c->kind == IC_GLOBAL && eval_attr_dict_hint_set(globals, c->index, name, v)) return true;
    return eval_attr_store_global_slow(I, c, globals, name, v);
}

/* LOAD_GLOBAL's full lookup (globals, then builtins; NameError); refills [c]. */
Value eval_attr_global(Interp *I, InlineCache *c, Value globals, Value builtins, Value name);

/* LOAD_ATTR's full lookup of [obj].[name]; refills [c]. */
Value eval_attr_load(Interp *I, InlineCache *c, Value obj, Value name);

/* STORE_ATTR's full [obj].[name] = [v]; refills [c]. 0 or -1. */
int eval_attr_store(Interp *I, InlineCache *c, Value obj, Value name, Value v);

/* STORE_ATTR of a new attribute (the entry hint missed) when [c] (IC_STORE_DICT or
 * IC_STORE_SLOT) is valid for obj's type and version: does what eval_attr_store would
 * (dict_set into the instance dict, or the member's slot store) without the type lookup.
 * 1 done, 0 not applicable (take eval_attr_store), -1 error. */
int eval_attr_store_known(Interp *I, const InlineCache *c, Value obj, Value name, Value v);

/* STORE_ATTR past the inline fast paths: eval_attr_store_known when [known] (the cache is
 * valid for obj's type and version) and it applies, else eval_attr_store. 0 or -1. One
 * call, so that the eval loop keeps no copy of [obj] across it (a stale copy in its frame
 * would keep the last instance an __init__ set up from a finalizer's collection). */
int eval_attr_store_slow(Interp *I, InlineCache *c, Value obj, Value name, Value v, bool known);

/* LOAD_METHOD's full lookup: returns a function or method descriptor to call with [obj]
 * prepended (*bound false) or the attribute itself (*bound true); refills [c]. */
Value eval_attr_method(Interp *I, InlineCache *c, Value obj, Value name, bool *bound);

/* For CALL of class [cls]: refills [c] (IC_INIT) when calling it can be done by making
 * the instance like object.__new__ and running its __init__ (a Python function) in a
 * frame; false when not. */
bool eval_attr_init_fill(Interp *I, InlineCache *c, Type *cls);

/* For BINARY_OP [op] (< BINOP_INPLACE) on two instances of class [cls]: refills [c]
 * (IC_BINOP) when the operator is exactly a call of cls.__op__ (a Python function);
 * false when not. */
bool eval_attr_binop_fill(Interp *I, InlineCache *c, Type *cls, unsigned op);

/* The TypeError of BINARY_OP [op] when a.__op__(b) returned NotImplemented for two
 * instances of [cls]. Returns VAL_NULL. */
Value eval_attr_binop_error(Interp *I, Type *cls, unsigned op);

/* object.__new__ for the IC_INIT path: a new instance of [cls]. */
Value eval_attr_new_instance(Interp *I, Type *cls);

#endif
