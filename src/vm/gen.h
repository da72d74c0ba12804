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
    Value exc_state;   /* exception being handled inside the generator while suspended */
    Value saved_exc;   /* the resumer's exception being handled, while running */
    uint32_t state;    /* GEN_* */
} GenObject;
OBJ_CAST_FN(gen_cast, GenObject, K_GEN)

extern const TypeSpec generator_spec;

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
