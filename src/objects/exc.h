/*
 * exc.h: raising, inspecting and creating exceptions; the builtin exception types.
 *
 * An exception instance has layout K_EXC (ExcObject). Extra attributes of particular
 * exceptions (SyntaxError.lineno, StopIteration.value, SystemExit.code, OSError.errno,
 * KeyError args, ...) live in the instance __dict__.
 */
#ifndef SAFEPY_OBJECTS_EXC_H
#define SAFEPY_OBJECTS_EXC_H

#include "interp.h"

typedef struct ExcObject {
    Obj h;
    Value args;        /* tuple */
    Value traceback;   /* traceback object or VAL_NULL */
    Value cause;       /* __cause__ or VAL_NULL */
    Value context;     /* __context__ or VAL_NULL */
    bool suppress_context;
} ExcObject;
OBJ_CAST_FN(exc_cast, ExcObject, K_EXC)

/* One traceback entry: where a frame was when the exception passed through it. */
typedef struct TracebackObject {
    Obj h;
    Value next;        /* traceback (towards the raise point) or VAL_NULL */
    Value code;        /* code object of the frame */
    Value globals;     /* frame globals (dict) */
    int32_t lasti;     /* instruction index */
    int32_t lineno;
} TracebackObject;
OBJ_CAST_FN(traceback_cast, TracebackObject, K_TRACEBACK)

/* Raises a new [t] whose message is formatted from [fmt]. Returns VAL_NULL so callers can
 * `return exc_raise(...)`. Directives: %s C string, %d int, %ld long, %lld long long,
 * %zd ssize, %zu size_t, %c char, %% percent, %S str(Value), %R repr(Value),
 * %T type name of a Value, %N name of a Type*, %U a str Value's text (no quotes). */
Value exc_raise(Interp *I, TypeId t, const char *fmt, ...);

/* Same with a Type* (any exception class). */
Value exc_raise_type(Interp *I, Type *t, const char *fmt, ...);

/* Raises exception instance or class [e] (a class is instantiated with no args). */
Value exc_set(Interp *I, Value e);

/* Raises t(arg): a single-argument exception, e.g. KeyError(key), StopIteration(value). */
Value exc_raise_arg(Interp *I, TypeId t, Value arg);

/* Raises the preallocated MemoryError. */
Value exc_nomem(Interp *I);

/* Raises what a kernel status means: K_NOMEM MemoryError, K_OVERFLOW OverflowError or
 * MemoryError, K_RANGE IndexError([what]), K_INVALID ValueError([what]). */
Value exc_from_kstatus(Interp *I, KStatus s, const char *what);

/* True when an exception is pending and is an instance of [t]. */
bool exc_pending_is(Interp *I, TypeId t);

/* Takes the pending exception (VAL_NULL if none) and clears it. */
Value exc_fetch(Interp *I);

/* Clears the pending exception. */
void exc_clear(Interp *I);

/* Creates an instance of exception class [t] with [args] (no raise). */
Value exc_new(Interp *I, Type *t, ValView args);

/* Creates SyntaxError/IndentationError [t] with message [msg] at [filename]:[lineno],
 * column [offset] (1-based), source line [text] (VAL_NULL if unknown). */
Value exc_new_syntax(Interp *I, TypeId t, const char *msg, Value filename, int lineno,
                     int offset, Value text, int end_lineno, int end_offset);

/* Adds a traceback entry for [code] at [lasti]/[lineno] to the pending exception. */
void exc_add_traceback(Interp *I, Value code, Value globals, int lasti, int lineno);

/* True when [v] is an exception instance / exception class. */
bool exc_is_instance(Interp *I, Value v);
bool exc_is_class(Interp *I, Value v);

/* str(exc) as CPython prints it after "Name: " in a traceback. */
Value exc_message(Interp *I, Value exc);

#endif
