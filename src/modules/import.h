/*
 * import.h: the import system: sys.modules, frozen modules, then sys.path through the
 * host table; packages, relative imports, circular imports as CPython handles them.
 */
#ifndef SAFEPY_MODULES_IMPORT_H
#define SAFEPY_MODULES_IMPORT_H

#include "../objects/interp.h"

/* __import__(name, globals, None, fromlist, level): the top package (fromlist empty) or
 * the module itself (fromlist non-empty), as CPython's IMPORT_NAME does. */
Value import_name(Interp *I, Value name, Value globals, Value fromlist, int level);

/* `from module import name` (falls back to importing module.name as a submodule).
 * ImportError "cannot import name %R from %R (%U)" when missing. */
Value import_from(Interp *I, Value module, Value name);

/* Imports a module by dotted name (absolute) and returns it. */
Value import_module_cstr(Interp *I, const char *name);

/* Runs the file or module given on the command line as __main__. */
Value import_run_main(Interp *I, Value path);

#endif
