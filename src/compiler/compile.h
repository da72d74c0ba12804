/*
 * compile.h: source text to a verified code object (tokenizer -> parser -> symtable ->
 * codegen). The only entry point other layers use.
 */
#ifndef SAFEPY_COMPILER_COMPILE_H
#define SAFEPY_COMPILER_COMPILE_H

#include "../objects/interp.h"

typedef enum {
    COMPILE_EXEC = 0,   /* a module: statements */
    COMPILE_EVAL = 1,   /* one expression; the code returns its value */
    COMPILE_SINGLE = 2  /* one interactive statement; expression values are printed */
} CompileMode;

/* Compiles UTF-8 [src] named [filename] (a str). Returns a code object, or VAL_NULL with
 * SyntaxError / IndentationError (with filename, lineno, offset, text) pending. For
 * COMPILE_SINGLE, an incomplete statement (unclosed bracket, block awaiting more lines)
 * raises SyntaxError whose "msg" starts with "incomplete input" so a REPL can ask for
 * more lines. */
Value compile_source(Interp *I, BView src, Value filename, CompileMode mode);

/* compile() flag PyCF_ALLOW_INCOMPLETE_INPUT: a source whose parse failed once the
 * tokenizer had reached its end (or inside a bracket, string or continuation line at the
 * end) raises SyntaxError "incomplete input" (without it, the precise error: "'(' was
 * never closed"...), in every mode, as CPython's parser decides. compile_source sets it
 * for COMPILE_SINGLE (the REPL). */
#define COMPILE_ALLOW_INCOMPLETE 0x4000u

/* compile() flag PyCF_DONT_IMPLY_DEDENT (codeop's): in COMPILE_SINGLE, the end of the
 * source closes no open block, so a compound statement is complete only once a line
 * after it dedents (codeop's "more input needed" for "if x:\n  pass"). */
#define COMPILE_DONT_IMPLY_DEDENT 0x200u

/* co_flags bit of code compiled under `from __future__ import annotations`; also the
 * compile() flag that turns it on (CPython's CO_FUTURE_ANNOTATIONS). */
#define COMPILE_FUTURE_ANNOTATIONS 0x1000000u

/* compile_source with compile()'s [flags] (COMPILE_FUTURE_ANNOTATIONS,
 * COMPILE_ALLOW_INCOMPLETE, COMPILE_DONT_IMPLY_DEDENT) and [optimize]
 * level (0: asserts kept, __debug__ True; 1 or more: asserts dropped, __debug__ False). */
Value compile_source_flags(Interp *I, BView src, Value filename, CompileMode mode,
                           uint32_t flags, int optimize);

/* The parse step of compile_source_flags alone: the tree of [src] (ast.h; it points into
 * [src], which must stay alive while the tree is used), or NULL with the SyntaxError
 * compile_source_flags would raise pending. */
struct Node;
struct Node *compile_parse(Interp *I, BView src, Value filename, CompileMode mode,
                           uint32_t flags);

/* The symtable and codegen steps of compile_source_flags: tree [mod] (from compile_parse,
 * or ast_import with an empty [src]: annotation texts and error lines then come out
 * empty) to a verified code object, or VAL_NULL with an exception pending. */
Value compile_tree(Interp *I, struct Node *mod, BView src, Value filename, CompileMode mode,
                   uint32_t flags, int optimize);

#endif
