/*
 * ast_import.h: compile() of an AST object: `_ast` node objects back into a parser tree
 * (ast.h), the reverse of ast_export, with CPython 3.11's checks.
 */
#ifndef SAFEPY_COMPILER_AST_IMPORT_H
#define SAFEPY_COMPILER_AST_IMPORT_H

#include "../objects/interp.h"
#include "ast.h"

/* The tree of node object [obj] for compile() mode [mode] (CompileMode: Module for exec,
 * Expression for eval, Interactive for single). [kinds] and [classes]: the `_ast` module
 * state (ast_export's kinds tuple; a dict class name -> class). NULL with an exception
 * pending when the objects do not form a valid tree: TypeError for a missing field or a
 * value of the wrong type, ValueError for what CPython's validator rejects (contexts,
 * empty bodies, positions...), RecursionError for trees too deep (or cyclic). */
Node *ast_import(Interp *I, Value obj, int mode, Value kinds, Value classes);

#endif
