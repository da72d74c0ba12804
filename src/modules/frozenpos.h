/*
 * frozenpos.h: column positions of frozen code, recovered on demand.
 *
 * The frozen standard library's precompiled code keeps only line numbers
 * (tools/freezecode.c strips the columns and end lines: they were a quarter of the
 * compressed code). Whatever shows columns (traceback carets, dis, marshal.dumps of such
 * code) first calls frozenpos_complete, which recompiles the module's frozen source,
 * exactly what stage 0 compiled (freezecode checks at build time that compiling a module
 * twice gives the same code and positions), and copies the position table of the
 * matching code object in.
 *
 * Invariant: a position table is replaced only by one for the very same instructions
 * (same count, same words), so lines never change and nothing the verifier proved does.
 */
#ifndef SAFEPY_MODULES_FROZENPOS_H
#define SAFEPY_MODULES_FROZENPOS_H

#include "../vm/code.h"

/* Gives [co] its complete position table when it is frozen code loaded without columns
 * (CodeObject.frozen_module set); one attempt per code object. Never raises: with an
 * exception already pending, or when the recompilation fails (memory, depth), [co] keeps
 * its line-only table and the failure is cleared. */
void frozenpos_complete(Interp *I, CodeObject *co);

#endif
