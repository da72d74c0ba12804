/*
 * unparse.h: an expression tree back to source text, in the normalised form CPython 3.11's
 * compiler stores for annotations under `from __future__ import annotations`.
 */
#ifndef SAFEPY_COMPILER_UNPARSE_H
#define SAFEPY_COMPILER_UNPARSE_H

#include "../objects/interp.h"
#include "ast.h"
#include "symtable.h"

/* The text of expression [e] as CPython's annotation unparser writes it: operators
 * spaced, parentheses only where precedence needs them, constants as their repr (an
 * infinite float as 1e309), a top-level tuple parenthesised. [depth] guards the
 * recursion. VAL_NULL with an exception set on error. */
Value unparse_expr(Interp *I, CompileDepth *depth, const Node *e);

#endif
