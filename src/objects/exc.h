/*
 * exc.h: raising, inspecting and creating exceptions; the builtin exception types.
 *
 * An exception instance has layout K_EXC (ExcObject). Extra attributes of particular
 * exceptions (SyntaxError.lineno, StopIteration.value, SystemExit.code, OSError.errno,
 * KeyError args, ...) live in the instance __dict__.
 */
#ifndef SAFEPY_OBJECTS_EXC_H
#define SAFEPY_OBJECTS_EXC_H

#include <stdarg.h>

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
    Value locals;      /* the frame's variables for tb_frame.f_locals (vm/frame.h
                          frame_locals_snapshot) or VAL_NULL */
    int32_t exit_pc;   /* 1 + the instruction the frame ended at (tb_frame.f_lineno),
                          0 when unknown (the frame caught the exception) */
    Value frame;       /* tb_frame once asked for (the same object every time), or
                          VAL_NULL */
    int32_t lasti_given; /* 1 + the tb_lasti given to TracebackType(); 0: lasti * 2 */
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

/* BaseException.__new__ (the new slot of [t] and every builtin exception type that
 * defines its own, as CPython's do): an instance of [t] whose args are the positional
 * [args]. */
Value exc_base_new(Interp *I, Type *t, ValView args, Value kwnames);

/* Creates an instance of exception class [t] with [args] (no raise). */
Value exc_new(Interp *I, Type *t, ValView args);

/* Creates SyntaxError/IndentationError [t] with message [msg] at [filename]:[lineno],
 * column [offset] (1-based), source line [text] (VAL_NULL if unknown). */
Value exc_new_syntax(Interp *I, TypeId t, const char *msg, Value filename, int lineno,
                     int offset, Value text, int end_lineno, int end_offset);

/* Adds a traceback entry for [code] at [lasti]/[lineno] to the pending exception.
 * [lineno] EXC_TB_LINE_UNKNOWN: worked out from the code's position table when first
 * asked for (exc_tb_lineno), so raising costs no table lookup. */
void exc_add_traceback(Interp *I, Value code, Value globals, int lasti, int lineno);
#define EXC_TB_LINE_UNKNOWN INT32_MIN

/* Gives the newest traceback entry of the pending exception, when it is one of a frame
 * running [code], the snapshot [locals] of that frame's variables (vm/frame.h
 * frame_locals_snapshot) unless it has one, and when [exit_pc] >= 0 (the exception now
 * leaves the frame, at that instruction) where the frame ended. A frame that catches the
 * exception keeps no function locals: its entry's tb_frame.f_locals is empty (the frame
 * record is reused later). */
void exc_tb_set_locals(Interp *I, Value code, Value locals, int exit_pc);

/* The line of traceback entry [tb] (every reader goes through this). */
int exc_tb_lineno(TracebackObject *tb);

/* True when [v] is an exception instance / exception class. */
bool exc_is_instance(Interp *I, Value v);
bool exc_is_class(Interp *I, Value v);

/* str(exc) as CPython prints it after "Name: " in a traceback. */
Value exc_message(Interp *I, Value exc);

/* A new str formatted from [fmt] with exc_raise's directives, plus %p (a pointer printed
 * as 0x... lowercase hex, as CPython's reprs show addresses). Never raises anything but
 * MemoryError (or what a %R/%S repr/str raises). */
Value exc_format(Interp *I, const char *fmt, ...);
Value exc_vformat(Interp *I, const char *fmt, va_list ap);

/* The TypeSpec of builtin exception type [id] (TY_BASE_EXCEPTION..TY_BUDGET_ERROR), or
 * NULL for other ids. */
const TypeSpec *exc_type_spec(TypeId id);

/* Raises [e] (an instance) as exc_set does, chaining __context__ from I->exc_info. */
Value exc_set_instance(Interp *I, Value e);
/* Makes exception [ctx] the __context__ of exception [e] (nothing when ctx is VAL_NULL, e
 * itself or no exception), cutting the chain where [e] already appears in it. */
void exc_chain_context(Interp *I, Value e, Value ctx);

/* The traceback of exception instance [e] (VAL_NULL if none or not an exception). */
Value exc_get_traceback(Value e);

/* Sets e.__context__ / e.__cause__ (VAL_NULL or None clears; cause also sets
 * __suppress_context__). */
void exc_set_context(Value e, Value ctx);
void exc_set_cause(Interp *I, Value e, Value cause);

/* Raises AttributeError "'%T' object has no attribute '%U'" with .name and .obj set. */
Value exc_raise_attr(Interp *I, Value obj, Value name);

/* When an AttributeError is pending whose .name and .obj are both unset, sets them to
 * [name] and [obj] (what a failed lookup of obj.name does in CPython, whichever code
 * raised the error: __getattr__, a property, a module __getattr__ ...). */
void exc_attr_context(Interp *I, Value obj, Value name);

/* A dict of the standard exception classes that have no TypeId (ConnectionError,
 * BlockingIOError, EncodingWarning, ...) and the aliases IOError/EnvironmentError, for
 * the builtins module. Created on first call and cached in I->scratch. */
Value exc_extra_types(Interp *I);

/* BaseExceptionGroup (exc_group.c): its slots for exc_types.c's table, the class check,
 * and ExceptionGroup's creation for exc_extra_types. */
/* A group instance (BaseExceptionGroup's instance size): the message and the checked
 * tuple of exceptions are kept apart from args, which hold the sequence as given and may
 * be mutated or reassigned later without changing the group. */
typedef struct ExcGroupObject {
    ExcObject e;
    Value msg;  /* str; VAL_NULL when made without BaseExceptionGroup.__new__ */
    Value excs; /* tuple of exceptions; idem */
} ExcGroupObject;
Value excgroup_new(Interp *I, Type *t, ValView args, Value kwnames);
int excgroup_init(Interp *I, Value self, ValView args, Value kwnames);
Value excgroup_str(Interp *I, Value self);
extern const MethodDef excgroup_methods[];
extern const GetSetDef excgroup_getsets[];
bool exc_group_check(Interp *I, Value v);
bool exc_group_make_class(Interp *I, Value d);

/* CHECK_EG_MATCH: splits [exc] by the except* type(s) [typ]. Returns what stays on the
 * stack under the match ([exc] itself when nothing matched, else the unmatched rest or
 * None) and sets *match (None: no match). VAL_NULL with TypeError for a bad [typ]. */
Value exc_group_match(Interp *I, Value exc, Value typ, Value *match);

/* PREP_RERAISE_STAR: from the original exception [orig] and the list [excs] of what each
 * except* clause raised or re-raised (and the unhandled rest), the exception to raise
 * when leaving the try statement, or None. */
Value exc_group_prep_reraise(Interp *I, Value orig, Value excs);

/* BaseException's spec (exc.c); exc_types.c builds the other exception types on it. */
extern const TypeSpec base_exception_spec;

/* warnings.warn(msg, category) with the caller's frame as the location (what CPython's
 * PyErr_WarnEx(category, msg, 1) does). False with an exception pending when warn raised
 * (a filter turned the warning into an exception, a replaced showwarning failed); a
 * missing warnings module is ignored. */
bool exc_warn(Interp *I, TypeId category, const char *msg);
/* The same with a str message [text]. */
bool exc_warn_str(Interp *I, TypeId category, Value text);

/* A stand-in frame object (tb.tb_frame, gen.gi_frame): an instance of a private class
 * "frame" with f_code, f_globals (VAL_NULL: None), f_lineno, f_lasti, f_back = None and
 * f_locals set. */
/* Stores line [line] as stand-in [frame]'s f_lineno (the runtime's own update: no jump). */
bool exc_frame_set_lineno(Interp *I, Value frame, int line);
Value exc_frame_object(Interp *I, Value code, Value globals, int lineno, intptr_t lasti,
                       Value locals);
/* warnings.warn_explicit(msg, category, filename, lineno): the same contract. */
bool exc_warn_explicit(Interp *I, TypeId category, Value msg, Value filename, int lineno);

#endif
