/*
 * type.h: the `type` type and the `object` type: class creation (type_new), the MRO,
 * slot wiring for classes, slot wrappers for builtin types, and the specs of the core
 * builtin types the object-model files define.
 *
 * Invariant: a Type's C slots always agree with the dunder methods found along its MRO:
 * builtin types take them from their TypeSpec (inheriting NULL slots from the base);
 * classes get them from type_fixup_slots, which runs at creation and again whenever a
 * dunder is assigned on the class or one of its bases.
 */
#ifndef SAFEPY_OBJECTS_TYPE_H
#define SAFEPY_OBJECTS_TYPE_H

#include "interp.h"

/* Specs of the builtin types defined by the core object-model files. */
extern const TypeSpec object_spec;       /* object.c */
extern const TypeSpec none_spec;         /* object.c: NoneType */
extern const TypeSpec notimpl_spec;      /* object.c: NotImplementedType */
extern const TypeSpec ellipsis_spec;     /* object.c: ellipsis */
extern const TypeSpec type_spec;         /* type.c */
extern const TypeSpec module_spec;       /* module.c */
extern const TypeSpec traceback_spec;    /* exc.c */
extern const TypeSpec property_spec;     /* descr.c */
extern const TypeSpec staticmethod_spec; /* descr.c */
extern const TypeSpec classmethod_spec;  /* descr.c */
extern const TypeSpec super_spec;        /* descr.c */
extern const TypeSpec member_spec;       /* descr.c: member_descriptor (__slots__) */
extern const TypeSpec getset_spec;       /* descr.c: getset_descriptor */
extern const TypeSpec method_descr_spec; /* descr.c: method_descriptor (CFuncObject) */
extern const TypeSpec wrapper_descr_spec;/* descr.c: wrapper_descriptor (slot wrappers) */

/* type(name, bases, dict, **kwargs) with metatype [meta]: creates a class. [kwargs] are the
 * class keyword arguments (values; names in the [kwnames] tuple or VAL_NULL), passed on
 * to __init_subclass__. */
Value type_new(Interp *I, Type *meta, Value name, Value bases, Value dict, ValView kwargs,
               Value kwnames);

/* A class name as CPython takes it: [name] (a str) has no lone surrogate (else
 * UnicodeEncodeError) and no NUL (else ValueError "type name must not contain null
 * characters"). Returns false with the exception pending. */
bool type_check_name(Interp *I, Value name);

/* The most derived metaclass of [meta] and the types of [bases] (a tuple); NULL with
 * TypeError "metaclass conflict: ..." when there is none. */
Type *type_calculate_metaclass(Interp *I, Type *meta, Value bases);

/* The C3 linearisation of [t] from t->bases (t first), as a tuple; TypeError "Cannot
 * create a consistent method resolution order (MRO) ..." when there is none. */
Value type_compute_mro(Interp *I, Type *t);

/* Sets up builtin type [t] (already allocated, with [id]) from [spec]: flags, layout,
 * base, slots (inherited from the base when NULL). Values (name, dict) are filled by
 * type_fill_builtin once str and dict work. */
void type_init_builtin(Interp *I, Type *t, const TypeSpec *spec, Type *base);

/* Second phase for builtin type [t]: name, qualname, module, bases, mro, and the dict
 * (methods, getsets, slot wrappers, __doc__). False with an exception on failure. */
bool type_fill_builtin(Interp *I, Type *t, const TypeSpec *spec);

/* Builds the namespace of a builtin type filled lazily ([filler]: the LazyFill that
 * type_fill_builtin left on its dict; called by dict.c on the dict's first use). False
 * with an exception pending when memory ran out (the dict stays lazy); any exception
 * pending before the call is kept otherwise. */
bool type_lazy_fill(Value filler);

/* Adds the [n] methods of static table [defs] (SIZE_MAX: up to its NULL entry) to
 * builtin type [t]'s namespace, each unless its name is there (after the spec's entries
 * while the namespace is still lazy), as method descriptors (staticmethod for
 * METH_STATIC). */
bool type_add_methods(Interp *I, Type *t, const MethodDef *defs, size_t n);

/* A new builtin type from [spec] (for C modules), with base [base] (NULL: object). */
Type *type_from_spec(Interp *I, const TypeSpec *spec, Type *base);

/* The builtin type of [spec] (base object) for types without a TypeId, made on first use
 * and kept in I->scratch under spec->name (unique among such specs); NULL with an
 * exception on failure. */
Type *type_from_spec_once(Interp *I, const TypeSpec *spec);

/* Records that [t]'s namespace or bases changed: fresh version tags for t and every
 * subclass. */
void type_modified(Interp *I, Type *t);

/* Appends the live direct subclasses of [t] to [out], in creation order (the subclass
 * vectors are weak: a class dies when nothing else refers to it). False when out of
 * memory (nothing raised). */
bool type_push_subclasses(Interp *I, Type *t, ValVec *out);

/* Records [sub] as a direct subclass of [base] (weakly). False with MemoryError raised. */
bool type_add_subclass(Interp *I, Type *base, Type *sub);

/* Removes [sub] from [base]'s subclasses (for __bases__ assignment); no-op if absent. */
void type_remove_subclass(Type *base, Type *sub);

/* Recomputes the C slots of class [t] from the dunders along its MRO (and of its
 * subclasses). */
void type_fixup_slots(Interp *I, Type *t);

/* "module.qualname" of [t] ("int" for builtins, "__main__.C" for classes) as a str. */
Value type_qualified_name(Interp *I, Type *t);

/* The C string name of [t] (for messages); never NULL. */
const char *type_name_cstr(Interp *I, Type *t);

/* Adds slot wrappers (__repr__, __add__, __init__, __new__, ...) for every slot that
 * [spec] defines to builtin type [t]'s dict. */
bool type_add_slot_wrappers(Interp *I, Type *t, const TypeSpec *spec);

/* Calls slot wrapper [descr] (a wrapper_descriptor) with [args] (self first). */
Value type_wrapper_call(Interp *I, Value descr, ValView args, Value kwnames);

/* The dunder name a slot wrapper stands for, as a C string (for reprs). */
const char *type_wrapper_name(uint32_t wrap, uint32_t arg);

/* type.__repr__. */
Value type_repr(Interp *I, Value t);

/* C.__bases__ = [v]: checks, new MRO for the class and its subclasses, slots. 0 or -1. */
int type_set_bases(Interp *I, Type *t, Value v);

/* Sets up the type_lookup cache (after the builtin types are filled). */
bool type_init_cache(Interp *I);

/* Empties the type_lookup cache (gc.collect(): its entries must not keep a class that
 * nothing else refers to alive). */
void type_clear_cache(Interp *I);

/* ---- type_alias.c: list[int] and int | None ---- */

/* Creates types.GenericAlias and types.UnionType and gives list, dict, tuple, set,
 * frozenset, type and enumerate their __class_getitem__. */
bool type_alias_init(Interp *I);

/* origin[args]: a types.GenericAlias ([args] a tuple or a single item). */
Value type_generic_alias(Interp *I, Value origin, Value args);

/* a | b for types, None, generic aliases and unions: the union (or the one member when
 * both are the same); NotImplemented for anything else. */
Value type_union(Interp *I, Value a, Value b);

/* The binop slot of type, GenericAlias and UnionType: only | (type_union). */
Value type_binop_or(Interp *I, Value a, Value b, BinOp op);

/* The types.GenericAlias ([uniontype] false) or types.UnionType class, for the types
 * module. */
Value type_alias_types(Interp *I, bool uniontype);

/* Gives the builtin class [t] a __class_getitem__ that makes types.GenericAlias
   (`t[int]`, PEP 585). False with an exception pending. */
bool type_alias_add_class_getitem(Interp *I, Type *t);

/* ---- type_proxy.c: mappingproxy ---- */

/* Creates the mappingproxy type (after the builtin types). */
bool type_proxy_init(Interp *I);

/* A read-only live view of [mapping] (what C.__dict__ returns). */
Value type_mappingproxy(Interp *I, Value mapping);

/* The mappingproxy class, for a types module (types.MappingProxyType). */
Value type_mappingproxy_type(Interp *I);

/* Builds I->dunders (the interned __op__/__rop__/__iop__ names). */
bool type_init_dunders(Interp *I);

/* The GetSetDef table holding the `__dict__` attribute classes with instance dicts get. */
const GetSetDef *object_dict_getsetdef(void);
/* The same for builtin types (TypeSpec with TF_HAS_DICT): deleting it is a TypeError. */
const GetSetDef *object_builtin_dict_getsetdef(void);

/* True when [t] overrides [name] somewhere before object in its MRO (dict lookup only). */
bool type_defines(Interp *I, Type *t, Value name);

#endif
