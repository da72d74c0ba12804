/*
 * descr.h: descriptor objects: property, staticmethod, classmethod, super, and the
 * descriptors of builtin types (member descriptors for __slots__, getset descriptors for
 * GetSetDef attributes, slot wrappers).
 *
 * Storage of __slots__ values (our design, not CPython's): the values of an instance live
 * in a hidden "slot store", a tuple that is mutated in place and never handed to Python
 * code; an unset slot holds VAL_NULL. Each member descriptor has a fixed index into it
 * (DescrObject.arg): a class's own slots follow those of its base chain
 * (descr_slot_count(base) + position in the sorted __slots__), which type_new's lay-out
 * conflict check makes unique among all the members an instance can see. For classes
 * without a __dict__ (TF_HAS_SLOTS) the store is the instance's h.dict, which is then
 * hidden: generic attribute lookup never consults it and there is no __dict__ attribute.
 * For classes with both __slots__ (from any base) and a __dict__, h.dict is the real
 * __dict__ and the store hangs off it (DictObject.slot_store), so vars()/__dict__ never
 * show slot values; assigning or deleting __dict__ carries the store over (object.c) and
 * takes it off the old dict. Known gap: one dict made the __dict__ of two such instances
 * (b.__dict__ = a.__dict__) gives them one store, where CPython keeps their slots apart.
 * Every access is bounds-checked (an index past the store's end reads as unset; a store
 * is regrown on a write past its end), so a class whose bases were reassigned can read
 * wrong-but-safe values at worst.
 */
#ifndef SAFEPY_OBJECTS_DESCR_H
#define SAFEPY_OBJECTS_DESCR_H

#include "interp.h"
#include "tuple.h"

typedef struct PropertyObject {
    Obj h;
    Value fget, fset, fdel, doc; /* None when absent */
    Value name;                  /* from __set_name__, or VAL_NULL */
    bool getter_doc;             /* doc was taken from fget.__doc__ */
} PropertyObject;
OBJ_CAST_FN(property_cast, PropertyObject, K_PROPERTY)

typedef struct StaticMethodObject {
    Obj h;
    Value func;
} StaticMethodObject;
OBJ_CAST_FN(staticmethod_cast, StaticMethodObject, K_STATICMETHOD)

typedef struct ClassMethodObject {
    Obj h;
    Value func;
} ClassMethodObject;
OBJ_CAST_FN(classmethod_cast, ClassMethodObject, K_CLASSMETHOD)

typedef struct SuperObject {
    Obj h;
    Type *type;      /* the class whose successors are searched */
    Value obj;       /* bound instance or class, or VAL_NULL (unbound super) */
    Type *obj_type;  /* the type whose MRO is searched, or NULL */
} SuperObject;
OBJ_CAST_FN(super_cast, SuperObject, K_SUPER)

/* Member, getset and wrapper descriptors share one layout; the type tells which. */
typedef struct DescrObject {
    Obj h;
    Type *owner;              /* the type whose dict holds the descriptor */
    Value name;               /* str */
    const GetSetDef *getset;  /* getset descriptors */
    uint32_t wrap;            /* wrapper descriptors: which slot (type_slots.c) */
    uint32_t arg;             /* wrapper descriptors: operator for binop/richcmp/unary;
                                 member descriptors: the index in the slot store */
} DescrObject;
OBJ_CAST_FN(descr_cast, DescrObject, K_MEMBER)

/* A member descriptor for slot [name] of class [owner], at [index] of the slot store. */
Value descr_new_member(Interp *I, Type *owner, Value name, uint32_t index);

/* The number of slot-store entries instances of [t] use: the __slots__ members along
 * its base chain. */
size_t descr_slot_count(const Type *t);

/* A getset descriptor for [def] of builtin type [owner]. */
Value descr_new_getset(Interp *I, Type *owner, const GetSetDef *def);

/* A slot wrapper named [name] for slot [wrap]/[arg] of [owner]. */
Value descr_new_wrapper(Interp *I, Type *owner, Value name, uint32_t wrap, uint32_t arg);

/* property(fget) when the caller knows fget.__doc__ is [fget_doc] (property() would look
 * it up and keep it as the doc): a C-made getter skips an attribute lookup per field. */
Value descr_new_property(Interp *I, Value fget, Value fget_doc);

/* staticmethod(f) / classmethod(f). */
Value descr_new_staticmethod(Interp *I, Value f);
Value descr_new_classmethod(Interp *I, Value f);

/* Binds method descriptor [m] (a CFuncObject of type method_descriptor) to [obj]: a new
 * builtin method. */
Value descr_bind_cfunc(Interp *I, Value m, Value obj);

/* The classmethod_descriptor type (a method descriptor type for METH_CLASS methods of
 * builtin types), made on first use; NULL with an exception on failure. */
Type *descr_classmethod_type(Interp *I);

/* The slot store of instance [obj] (see above), created when missing and [create];
 * VAL_NULL when missing (or on MemoryError when creating). */
Value descr_slot_store(Interp *I, Value obj, bool create);

/* The slot store of a new instance [obj] of a class with [n] > 0 slots (n ==
 * descr_slot_count of its class, counted by the caller): descr_slot_store(I, obj, true)
 * without counting again. */
Value descr_slot_store_new(Interp *I, Value obj, size_t n);

/* Entry [i] of slot store [store]: VAL_NULL when unset, out of range or not a store. */
static inline Value descr_slot_get(Value store, uint32_t i) {
    TupleObject *t = tuple_cast(store);
    return t != NULL ? varr_get(&t->a, i) : VAL_NULL;
}
/* Sets entry [i] of slot store [store] to [v] (VAL_NULL: unset); false when [i] is out of
 * range or [store] is not a store. */
static inline bool descr_slot_put(Value store, uint32_t i, Value v) {
    TupleObject *t = tuple_cast(store);
    return t != NULL && varr_set(&t->a, i, v) == K_OK;
}

/* True when [v] is a data descriptor (its type has __set__/__delete__). */
bool descr_is_data(Interp *I, Value v);

#endif
