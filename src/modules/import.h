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

/* The names import_lazy_attr fetches: up to IMPORT_LAZY_MAX, the unused slots NULL (a
 * table with more initialisers does not compile). */
#define IMPORT_LAZY_MAX 8
typedef struct ImportLazyNames {
    const char *name[IMPORT_LAZY_MAX];
} ImportLazyNames;

/* A C module's __getattr__ (PEP 562) for names CPython defines in that C module but
 * safepy defines in the Python module [src]: if [name] is one of [names], imports [src]
 * on first use and returns its attribute; otherwise AttributeError
 * "module '[owner]' has no attribute ...". */
Value import_lazy_attr(Interp *I, Value name, const char *owner, const char *src,
                       const ImportLazyNames *names);

/* Creates sys.modules (I->modules) before the builtins and sys modules register
 * themselves. */
bool import_init(Interp *I);

/* Sets sys.path: [script_dir] (the directory of the main script, "" for the current
 * directory) followed by the entries of the PYTHONPATH-like list [extra] (may be NULL). */
bool import_set_path(Interp *I, Value script_dir);

/* The index of frozen module [name] in frozen_modules, or -1. */
int64_t import_frozen_index(BView name);

/* The code object of frozen module [name] (its file named "<frozen NAME>"); ImportError
 * when there is no such frozen module. */
Value import_frozen_code(Interp *I, Value name);

/* The source of frozen module [i] (an index in frozen_modules), decompressed into a
 * new buffer [out]; false with an exception pending when that fails. */
bool import_frozen_source(Interp *I, size_t i, Buf *out);

/* Reads a whole file through the host table into a bytes object. *errno_out gets the
 * host error (e.g. HOST_ENOENT) when it returns VAL_NULL without an exception. */
Value import_read_file(Interp *I, Value path, int *errno_out);

/* Python source bytes [src] as UTF-8 (PEP 263): [src] itself unless a "coding[:=]NAME"
 * comment on line 1, or on line 2 after a blank or comment-only line 1, names another
 * encoding; then a new bytes object holding the decoded text. VAL_NULL with CPython's
 * SyntaxError (at line 0 of [filename]; a main script's, [filename] VAL_NULL, has no
 * place) when the encoding is unknown, contradicts a UTF-8 BOM or cannot decode [src]. */
Value import_source_utf8(Interp *I, Value src, Value filename);

/* Runs the file or module given on the command line as __main__. */
Value import_run_main(Interp *I, Value path);

/* Runs module [name] (dotted) as __main__ (python -m); sets sys.argv[0] to its file.
 * *[no_main] is set when it failed because [name] is a package without a runnable
 * __main__ (what runpy reports as one line, not a traceback). */
Value import_run_module_main(Interp *I, Value name, bool *no_main);

/* Runs [src] as the __main__ module named [filename] (python -c, stdin). */
Value import_run_source_main(Interp *I, BView src, Value filename);

#endif
