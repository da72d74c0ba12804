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
/* The namespace dict of module [m]. */
Value module_dict(Value m);
/* Adds C functions from [defs] to module [m]. */
bool module_add_functions(Interp *I, Value m, const MethodDef *defs);

#endif
