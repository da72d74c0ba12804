/*
 * modtab.h: the table of C modules compiled into the binary (math, errno, ...). Each is
 * created on its first import: a fresh module object, filled by its init function, then
 * entered into sys.modules. Adding a module: write its init function in its own file
 * under src/modules/, declare it below and add one line to the table in modtab.c.
 */
#ifndef SAFEPY_MODULES_MODTAB_H
#define SAFEPY_MODULES_MODTAB_H

#include "../objects/interp.h"

/* Fills module [m] (already named, empty): functions, constants, types. False with an
 * exception pending on failure. */
typedef bool (*ModuleInitFn)(Interp *I, Value m);

typedef struct BuiltinModule {
    const char *name;
    ModuleInitFn init;
} BuiltinModule;

/* When [fullname] names a C module: sets *found, creates and initialises it, enters it
 * into sys.modules and returns it (VAL_NULL with an exception when init fails, with the
 * module removed from sys.modules again). Otherwise *found is false. */
Value modtab_load(Interp *I, Value fullname, bool *found);

/* The names of the C modules, as a list of str (for sys.builtin_module_names). */
Value modtab_names(Interp *I);

/* ---- init functions, one per C module, each in its module's file ---- */
bool errnomod_init(Interp *I, Value m); /* errnomod.c: errno */
bool randommod_init(Interp *I, Value m); /* randommod.c: _random */
bool structmod_init(Interp *I, Value m); /* structmod.c: _struct */
bool hashlibmod_init(Interp *I, Value m); /* hashlibmod.c: _hashlib */
bool binasciimod_init(Interp *I, Value m); /* binasciimod.c: binascii */
bool arraymod_init(Interp *I, Value m); /* arraymod.c: array */

#endif
