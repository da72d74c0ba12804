/*
 * ast_export.h: the syntax tree as Python objects (the `ast` module's node classes).
 *
 * ast_classes lists every class of CPython 3.11's `_ast` module (abstract bases before
 * their subclasses) with its fields; the `_ast` module (modules/astmod.c) builds the
 * classes from it, and ast_export turns a parser tree (ast.h) into instances of them.
 */
#ifndef SAFEPY_COMPILER_AST_EXPORT_H
#define SAFEPY_COMPILER_AST_EXPORT_H

#include "../objects/interp.h"
#include "ast.h"

/* One class of `_ast`. [fields]: its fields as Python.asdl writes them, "type name"
 * separated by ", " ("expr* elts, expr_context ctx"), the text the class's __doc__
 * shows; a field whose type ends with '?' is optional (a class attribute None).
 * [positions]: the class defines _attributes = (lineno, col_offset, end_lineno,
 * end_col_offset): AST_POS_OPT_END with end_lineno and end_col_offset optional (class
 * attributes None), AST_POS_ALL with all four required (pattern), AST_POS_NONE without. */
enum { AST_POS_NONE, AST_POS_OPT_END, AST_POS_ALL };
typedef struct AstClassDef {
    const char *name;
    const char *base; /* NULL for AST itself */
    const char *fields;
    int positions;
} AstClassDef;

/* Number of entries of the class table. */
size_t ast_class_count(void);

/* Entry [i] of the class table ([i] < ast_class_count()). */
const AstClassDef *ast_class_def(size_t i);

/* The value of Constant node [e] as a Python object (int, float, complex, str, bytes,
 * None, True, False, Ellipsis). */
Value ast_constant_value(Interp *I, const Node *e);

/* Tree [mod] (a mod node) as instances of the `_ast` classes. [kinds]: a tuple indexed by
 * NodeKind of (class, _fields tuple) pairs (None for AST_IDENTIFIER); [singletons]: a dict
 * class name -> the shared instance of that operator / expr_context class. VAL_NULL with
 * an exception pending on failure (MemoryError, RecursionError). */
Value ast_export(Interp *I, const Node *mod, Value kinds, Value singletons);

#endif
