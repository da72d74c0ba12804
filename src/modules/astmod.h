/*
 * astmod.h: the `_ast` C module (the node classes of CPython 3.11's ast module) and
 * compile()'s AST output.
 */
#ifndef SAFEPY_MODULES_ASTMOD_H
#define SAFEPY_MODULES_ASTMOD_H

#include "../compiler/compile.h"

/* compile() flag asking for the syntax tree instead of code (PyCF_ONLY_AST). */
#define ASTMOD_ONLY_AST 0x400

/* compile([src], [filename], [mode], PyCF_ONLY_AST | [flags]): the tree as `_ast` node
 * objects, or VAL_NULL with the SyntaxError compile() raises pending. */
Value astmod_parse(Interp *I, BView src, Value filename, CompileMode mode, uint32_t flags);

/* compile([tree], [filename], [mode], [flags], optimize=[optimize]) of an AST object:
 * the code object, or VAL_NULL with TypeError / ValueError (an invalid tree, see
 * ast_import.h) or the SyntaxError of the compiler pending. */
Value astmod_compile(Interp *I, Value tree, Value filename, CompileMode mode, uint32_t flags,
                     int optimize);

/* True when [v] is an instance of _ast.AST (false when `_ast` was never imported). */
bool astmod_is_ast(Interp *I, Value v);

#endif
