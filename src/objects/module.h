/*
 * module.h: module objects; the namespace is the module's h.dict.
 */
#ifndef SAFEPY_OBJECTS_MODULE_H
#define SAFEPY_OBJECTS_MODULE_H

#include "interp.h"

typedef struct ModuleObject {
    Obj h;
    Value name;
} ModuleObject;
OBJ_CAST_FN(module_cast, ModuleObject, K_MODULE)

/* A module named [name] with __name__, __doc__ (None), __package__, __spec__ set. */
Value module_new(Interp *I, Value name);

/* Marks module [m] (from module_new) as made from frozen Python source: without a
 * __file__ it reprs as "(frozen)", as CPython's frozen modules (os, abc, io...) do. */
void module_mark_frozen(Value m);
/* The namespace dict of module [m]. */
Value module_dict(Value m);
/* Adds C functions from [defs] to module [m]. */
bool module_add_functions(Interp *I, Value m, const MethodDef *defs);

/* Sets attribute [name] of module [m] to [v] (C modules' constants). */
bool module_add_value(Interp *I, Value m, const char *name, Value v);
bool module_add_int(Interp *I, Value m, const char *name, int64_t v);
bool module_add_float(Interp *I, Value m, const char *name, double v);
bool module_add_str(Interp *I, Value m, const char *name, const char *v);

/* Creates builtin type [spec] with base [base] (NULL: object) and binds it in module [m]
 * under its name (the part after the last dot of spec->name, whose prefix should be the
 * module's name). NULL with an exception on failure. */
Type *module_add_type(Interp *I, Value m, const TypeSpec *spec, Type *base);

#endif
