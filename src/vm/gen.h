/*
 * gen.h: generator objects (a suspended frame).
 */
#ifndef SAFEPY_VM_GEN_H
#define SAFEPY_VM_GEN_H

#include "../objects/interp.h"
#include "frame.h"

/* Generator states. */
#define GEN_CREATED 0u   /* never started */
#define GEN_SUSPENDED 1u /* stopped at a yield */
#define GEN_RUNNING 2u
#define GEN_CLOSED 3u

/* A generator: a frame record plus its own storage (localsplus + value stack). */
typedef struct GenObject {
    Obj h;
    Frame *frame;      /* flags FRAME_GEN; frame->store == &stack */
    ValVec stack;      /* fixed size: localsplus + stacksize */
    Value func;        /* the generator function */
    Value name, qualname;
    Value exc_state;   /* exception being handled inside the generator while suspended
                          (valid while handling > 0) */
    Value saved_exc;   /* the resumer's exception being handled, while running */
    uint32_t handling; /* except blocks the generator's own frame is in (PUSH_EXC_INFO not
                          yet matched by POP_EXCEPT): its own exception state is "nothing"
                          at 0, whatever the resumer handles (an identity test against
                          saved_exc cannot tell, as the two may be the same object) */
    uint32_t state;    /* GEN_* */
    uint32_t kind;     /* GEN_KIND_* (which of the three types it is) */
    bool ag_closed;        /* async generator: finished or being closed */
    bool ag_running_async; /* async generator: an asend/athrow awaitable is driving it */
    bool loop_owned;       /* only a for loop's stack refers to it (GET_FOR_ITER) */
    bool ag_hooks_done;    /* async generator: sys's firstiter hook has been called */
    /* where the CALL instruction that made it ran, when that instruction called the
     * generator function itself (gen_mark_call_origin): the frame, its code and its pc
     * after the CALL; NULL otherwise (GET_FOR_ITER takes a generator for fresh only when
     * made by the call just before) */
    const Frame *origin;
    const CodeObject *origin_co;
    uint32_t origin_pc;
} GenObject;

/* [g] ended (returned, raised or was closed): clears its frame's locals and value stack,
 * as CPython clears a finished generator's frame, so they keep nothing alive. */
void gen_drop_frame(GenObject *g);

/* Records that the CALL instruction ending at [pc] of frame [f] made [res] (when it is
 * an unstarted generator of [func]) by calling the generator function [func] directly:
 * nothing else can refer to it yet. Not for a call through other callables or C code. */
void gen_mark_call_origin(Value res, Value func, const Frame *f, uint32_t pc);

/* Closes generator [it] when it is loop-owned and suspended (a for loop dropped it);
 * an error from its cleanup is reported as unraisable, as CPython reports a finalizer's
 * ("Exception ignored in: ..."). Keeps the pending exception, if any. */
void gen_drop_loop_iter(Interp *I, Value it);
/* At the end of the program: closes the suspended generators that are values of module
 * namespace [d] (__main__'s globals), in the namespace's order, as CPython's clearing of
 * the module at shutdown finalizes them (their finally blocks and with-exits run).
 * An error from a generator's cleanup is reported as unraisable (sysmod_write_unraisable),
 * then the next one is closed; leaves no exception. */
void gen_close_globals(Interp *I, Value d);

OBJ_CAST_FN(gen_cast, GenObject, K_GEN)

/* Kinds of generator-like objects (all share GenObject and layout K_GEN). */
#define GEN_KIND_GENERATOR 0u
#define GEN_KIND_COROUTINE 1u
#define GEN_KIND_ASYNC_GEN 2u

extern const TypeSpec generator_spec;
extern const TypeSpec coroutine_spec;
extern const TypeSpec async_generator_spec;

/* The object [g] is suspended in `yield from` / await on, or VAL_NULL. */
Value gen_yieldfrom(GenObject *g);

/* METH_O / METH_NOARGS argument check ([want] 1 or 0) of method [meth] of [self] with
 * CPython's messages ("generator.send() takes exactly one argument (0 given)"). */
bool gen_check_nargs(Interp *I, Value self, ValView args, Value kwnames, const char *meth,
                     size_t want);

/* Raises the StopIteration a finished send() raises for result [v] (no argument when [v]
 * is None or VAL_NULL); returns VAL_NULL. */
Value gen_raise_stop(Interp *I, Value v);

/* "generator", "coroutine" or "async generator" (for messages). */
const char *gen_kind_name(const GenObject *g);

/* throw(typ[, val[, tb]]) into [gen] (val/tb VAL_NULL when absent); [close_on_genexit]:
 * a GeneratorExit closes a `yield from`/await sub-iterator first (gen.throw does; the
 * async generator awaitables do not). Yielded value, or the return value with *returned
 * set, or VAL_NULL with an exception. */
Value gen_throw_args(Interp *I, Value gen, Value typ, Value val, Value tb, bool close_on_genexit,
                     bool *returned);

/* A new generator for a call of generator function [func] with [args]/[kwnames]
 * (arguments are bound now, as CPython does). */
Value gen_new(Interp *I, Value func, ValView args, Value kwnames);

/* gen.throw(exc): raises [exc] (instance or class) inside the generator. Same results as
 * gen_send. */
Value gen_throw(Interp *I, Value gen, Value exc, Value *retval);

/* gen.close(): 0 done, -1 error. */
int gen_close(Interp *I, Value gen);

/* gen.send(v): the next yielded value; VAL_NULL + no exception when it returned (the
 * return value is then in *retval); VAL_NULL + exception on error. */
Value gen_send(Interp *I, Value gen, Value v, Value *retval);

#endif
