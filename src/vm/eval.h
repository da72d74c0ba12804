/*
 * eval.h: running bytecode. Python-to-Python calls run in one C activation of the eval
 * loop (frames live in a contiguous stack, not on the C stack); only calls that go
 * through C (a builtin calling back into Python) nest the loop, and those are bounded by
 * the C-depth guard.
 */
#ifndef SAFEPY_VM_EVAL_H
#define SAFEPY_VM_EVAL_H

#include "../objects/interp.h"

/* Sets up the VM state of [I] (frame stack). False with MemoryError. */
bool vm_init(Interp *I);

/* Calls Python function [func] with [args]/[kwnames] (obj_call's convention). */
Value vm_call_function(Interp *I, Value func, ValView args, Value kwnames);

/* Runs a module-level / class-body / exec code object with the given namespaces
 * ([locals] may equal [globals]). Returns the code's return value. */
Value vm_exec(Interp *I, Value code, Value globals, Value locals);

/* vm_exec with [closure] (a tuple of cells, one per free variable of [code], checked by the
 * caller) bound to the code's free variables: exec()'s closure argument. */
Value vm_exec_closure(Interp *I, Value code, Value globals, Value locals, Value closure);

/* Runs the body of function [func] (a class body) with [locals] as its namespace mapping
 * and the function's globals and closure. Returns the body's return value (the __class__
 * cell or None, as CPython 3.11's class bodies return). */
Value vm_exec_body(Interp *I, Value func, Value locals);

/* The globals dict of the innermost running Python frame, or VAL_NULL. */
Value vm_current_globals(Interp *I);

/* The locals mapping of the innermost running frame (a new dict for function frames). */
Value vm_current_locals(Interp *I);

/* For zero-argument super(): the first argument and __class__ cell of the innermost
 * frame. False with RuntimeError when unavailable. */
bool vm_super_args(Interp *I, Value *type, Value *obj);

/* Resumes generator [gen] (neither running nor closed; gen.c checks): sends [v] (not
 * pushed for a just-started generator), or with [throwing] raises the pending exception
 * at its suspension point. Returns the yielded value (*returned false), the return value
 * (*returned true), or VAL_NULL with an exception pending (the generator is then
 * closed). */
Value vm_gen_resume(Interp *I, Value gen, Value v, bool throwing, bool *returned);

#endif
