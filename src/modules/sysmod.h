/*
 * sysmod.h: the sys module: argv, path, modules, the standard streams, exit, recursion
 * limit, version information, exc_info, displayhook/excepthook and the other attributes
 * of CPython 3.11's sys that make sense without an OS shell.
 */
#ifndef SAFEPY_MODULES_SYSMOD_H
#define SAFEPY_MODULES_SYSMOD_H

#include "../objects/interp.h"

/* Creates the sys module: sets I->sys, registers "sys" in I->modules (created when
 * VAL_NULL) and fills sys.argv from the [argc] C strings of [argv] (sys.argv as Python
 * sees it: argv[0] is the script). sys.path starts empty; the import system fills it.
 * False with an exception pending on failure. */
bool sysmod_init(Interp *I, int argc, const char *const *argv);

/* Writes CPython's report of exception [exc] (traceback_format) to [file] (sys.stderr
 * when VAL_NULL): what sys.excepthook does. False with an exception pending when writing
 * failed. */
bool sysmod_print_exception(Interp *I, Value exc, Value file);

/* Reports an uncaught exception [exc] at the end of a run: calls sys.excepthook(type,
 * value, traceback) when the program replaced it (an error raised by the hook is
 * reported, then [exc]), else prints the report (traceback_print). Leaves no exception
 * pending, except a SystemExit raised by a replaced hook: that one is left pending, for
 * the caller to exit with its code (as CPython does). */
void sysmod_report_uncaught(Interp *I, Value exc);

/* Runs the functions registered with atexit (when the program imported it), last
 * registered first; called once when the main program has ended. Leaves no exception
 * pending (the atexit module reports errors of the functions itself). */
void sysmod_run_atexit(Interp *I);

/* A struct sequence (a named tuple like sys.version_info): an instance of a new tuple
 * subclass named [name] (module [module]) whose items [values] are also reachable as
 * the attributes named by the space-separated [fields]; its repr is
 * "module.name(field=value, ...)". */
Value sysmod_structseq(Interp *I, const char *module, const char *name, const char *fields,
                       ValView values);

/* Reports exception [exc] that cannot be raised (a generator's cleanup failing when it is
 * closed for the program, a weakref callback failing) as CPython's PyErr_WriteUnraisable
 * does: calls sys.unraisablehook with an UnraisableHookArgs (object = [obj], or None);
 * the default hook prints "Exception ignored in: <obj repr>" and the traceback on
 * sys.stderr. [at_exit]: while the program is being finalized, where CPython no longer
 * reaches a replaced hook: the default report only. Leaves the pending exception, if any,
 * as it was. */
void sysmod_write_unraisable(Interp *I, Value exc, Value obj, bool at_exit);

/* Adds the functions and tables of sysmod_more.c (switch interval, call_tracing,
 * breakpointhook, unraisablehook, stdlib_module_names) to sys module [m]. */
bool sysmod_more_init(Interp *I, Value m);

#endif
