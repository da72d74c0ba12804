/*
 * dis.h: a disassembler for code objects (debugging and compiler tests; the CLI's
 * `--dis` flag prints it).
 */
#ifndef SAFEPY_VM_DIS_H
#define SAFEPY_VM_DIS_H

#include "../objects/interp.h"
#include "../objects/str.h"

/* Appends a listing of code object [code] to [out]: a header line with the counts and
 * flags, one line per instruction (source line when it changes, index, opcode name,
 * operand and what it refers to), the exception table, then the same for every code
 * object among its constants. False with an exception pending (not a code object,
 * MemoryError, RecursionError). */
bool dis_code(Interp *I, Value code, StrBuilder *out);

/* Name of opcode [op] ("?" when out of range). */
const char *dis_opname(unsigned op);

#endif
