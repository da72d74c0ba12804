/*
 * weakrefmod.h: weak references (module _weakref, weakrefmod.c), for the modules that
 * need them from C: gc.collect() should call weakrefmod_collect so weakref callbacks run.
 */
#ifndef SAFEPY_MODULES_WEAKREFMOD_H
#define SAFEPY_MODULES_WEAKREFMOD_H

#include "../objects/interp.h"

/* True when objects like [obj] accept weak references (as in CPython: instances of
 * classes with __weakref__, functions, types, sets, generators, methods, modules...). */
bool weakrefmod_supported(Interp *I, Value obj);

/* The referent of weakref [wr], or VAL_NULL when it was collected (or [wr] is not a
 * weakref). */
Value weakrefmod_get(Value wr);

/* Calls the callbacks of weakrefs whose referents were collected since the last call
 * (each once, with the weakref as argument; a weakref collected itself gets none). An
 * exception from a callback is dropped (CPython prints it as "Exception ignored"). */
void weakrefmod_run_callbacks(Interp *I);

/* A full collection followed by the callbacks it made due (for gc.collect()). */
void weakrefmod_collect(Interp *I);

#endif
