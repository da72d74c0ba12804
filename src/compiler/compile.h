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

#endif
