/*
 * gen.h: generator objects (a suspended frame).
 */
#ifndef SAFEPY_VM_GEN_H
#define SAFEPY_VM_GEN_H

#include "../objects/interp.h"

/* gen.send(v): the next yielded value; VAL_NULL + no exception when it returned (the
 * return value is then in *retval); VAL_NULL + exception on error. */
Value gen_send(Interp *I, Value gen, Value v, Value *retval);

#endif
