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
bool impmod_init(Interp *I, Value m);   /* impmod.c: _imp */
bool remod_init(Interp *I, Value m);    /* remod.c: _re (the C half of re) */
bool jsonmod_init(Interp *I, Value m);  /* jsonmod.c: _json */
bool gcmod_init(Interp *I, Value m);    /* gcmod.c: gc */
bool signalmod_init(Interp *I, Value m); /* signalmod.c: _signal (default_int_handler) */
bool osmod_init(Interp *I, Value m);    /* osmod.c: _os (backs os) */
bool tbmod_init(Interp *I, Value m);    /* tbmod.c: _traceback */
bool operatormod_init(Interp *I, Value m);    /* operatormod.c: operator */
bool functoolsmod_init(Interp *I, Value m);   /* functoolsmod.c: _functools */
bool collectionsmod_init(Interp *I, Value m); /* collectionsmod.c: _collections */
bool heapqmod_init(Interp *I, Value m);       /* heapqmod.c: _heapq */
bool bisectmod_init(Interp *I, Value m);      /* bisectmod.c: _bisect */
bool itertoolsmod_init(Interp *I, Value m);   /* itertoolsmod.c: _itertools */
bool mathmod_init(Interp *I, Value m);  /* mathmod.c: math */
bool timemod_init(Interp *I, Value m);  /* timemod.c: time */
bool cmathmod_init(Interp *I, Value m); /* cmathmod.c: cmath */
bool unicodedatamod_init(Interp *I, Value m); /* unicodedatamod.c: unicodedata */
bool weakrefmod_init(Interp *I, Value m); /* weakrefmod.c: _weakref */
bool randommod_init(Interp *I, Value m); /* randommod.c: _random */
bool structmod_init(Interp *I, Value m); /* structmod.c: _struct */
bool hashlibmod_init(Interp *I, Value m); /* hashlibmod.c: _hashlib */
/* hashlibmod.c: _md5, _sha1, _sha256, _sha512, _sha3, _blake2 (by the module's name) */
bool hashlibmod_builtin_init(Interp *I, Value m);
bool binasciimod_init(Interp *I, Value m); /* binasciimod.c: binascii */
bool marshalmod_init(Interp *I, Value m); /* marshalmod.c: marshal */
bool zlibmod_init(Interp *I, Value m);     /* zlibmod.c: zlib */
bool arraymod_init(Interp *I, Value m); /* arraymod.c: array */
bool astmod_init(Interp *I, Value m);   /* astmod.c: _ast */
/* iomod_mem.c: _io (open, StringIO, BytesIO, TextIOWrapper, the binary file types,
 * UnsupportedOperation, SEEK_*, DEFAULT_BUFFER_SIZE; lib/io.py builds io on it) */
bool iomod_mem_init(Interp *I, Value m);

#endif
