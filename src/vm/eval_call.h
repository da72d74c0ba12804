/*
 * eval_call.h: argument binding and call helpers for the eval loop and generators.
 */
#ifndef SAFEPY_VM_EVAL_CALL_H
#define SAFEPY_VM_EVAL_CALL_H

#include "frame.h"
#include "func.h"

/* Binds [args]/[kwnames] (obj_call's convention) to the parameters of [fn], whose code
 * is [co], writing locals store[base .. base+nlocals): positionals, defaults, keyword-only
 * arguments with kwdefaults, *args and **kwargs, with CPython 3.11's TypeError messages
 * (named by the function's __qualname__). Locals that are not parameters become
 * VAL_NULL. Cells and frees are left alone (see eval_call_cells). */
bool eval_call_bind(Interp *I, FuncObject *fn, CodeObject *co, ValVec *store, size_t base,
                    ValView args, Value kwnames);

/* Fills the cell and free slots of a frame: a new cell per cell variable (holding the
 * argument named by co->cell2arg, whose local slot is then cleared) and the cells of
 * [closure] (a tuple of nfrees cells, or VAL_NULL when nfrees is 0). SystemError when
 * the closure does not fit the code. */
bool eval_call_cells(Interp *I, Value closure, CodeObject *co, ValVec *store, size_t base);

/* For CALL_FUNCTION_EX: appends the items of [star] (any iterable) and, when [dstar] is
 * not VAL_NULL, the values of the mapping [dstar] to [out]; *kwnames gets the tuple of
 * keyword names (VAL_NULL when none). Messages name [func] as CPython does. */
bool eval_call_unpack(Interp *I, Value func, Value star, Value dstar, ValVec *out,
                      Value *kwnames);

/* How CPython names a callable in call errors ("__main__.f()", "len()"). */
Value eval_call_funcstr(Interp *I, Value func);

/* Checks that [closure] is VAL_NULL/None for a code without free variables, or a tuple
 * of exactly co->nfrees cells; raises (TypeError/SystemError) otherwise. */
bool eval_call_check_closure(Interp *I, CodeObject *co, Value closure);

#endif
