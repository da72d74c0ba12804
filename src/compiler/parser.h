/*
 * parser.h: Python 3.11 source text to an AST (ast.h). Hand-written recursive descent over
 * a lazy one-pass tokenizer (tokenizer.h). Errors are reported as a ParseError, which
 * compile.c turns into SyntaxError / IndentationError / TabError.
 *
 * Invariant: parse_source never recurses deeper than a fixed bound (PARSE_MAX_DEPTH nested
 * constructs), whatever the input; deeper input gives a ParseError, never a crash.
 */
#ifndef SAFEPY_COMPILER_PARSER_H
#define SAFEPY_COMPILER_PARSER_H

#include <stdbool.h>

#include "../kernel/buf.h"
#include "../kernel/heap.h"
#include "ast.h"

/* ParseError.kind */
#define PARSE_ERR_SYNTAX 0      /* SyntaxError */
#define PARSE_ERR_INDENTATION 1 /* IndentationError */
#define PARSE_ERR_TAB 2         /* TabError */
#define PARSE_ERR_MEMORY 3      /* the heap was exhausted: MemoryError */
#define PARSE_ERR_RECURSION 4   /* RecursionError (msg says why) */

/* parse_source modes (same values as CompileMode). */
#define PARSE_EXEC 0   /* Module */
#define PARSE_EVAL 1   /* Expression */
#define PARSE_SINGLE 2 /* Interactive */
/* Or'ed into the mode: report the offsets of errors the parser (not the tokenizer)
 * detects in bytes instead of characters, as CPython 3.11 does for source given as bytes
 * or read from a file (compile() of a str counts characters). Differs only on lines with
 * non-ASCII text before the error. */
#define PARSE_BYTE_OFFSETS 16
/* Or'ed into PARSE_SINGLE: the end of the source closes no open block (CPython's
 * PyPARSE_DONT_IMPLY_DEDENT, compile()'s 0x200). */
#define PARSE_DONT_IMPLY_DEDENT 32
#define PARSE_REPL 3   /* Interactive, as a REPL reads it: like PARSE_SINGLE, and a compound
                        * statement not yet followed by an empty line (the source does not
                        * end with a newline) is incomplete input */

#define PARSE_MAX_WARNINGS 16
#define PARSE_WARN_ESCAPE 5
#define PARSE_WARN_OCTAL_ESCAPE 6

typedef struct ParseError {
    Buf msg;            /* UTF-8 message, e.g. "invalid syntax" */
    int kind;           /* PARSE_ERR_* */
    int lineno;         /* 1-based, like SyntaxError.lineno (0: none) */
    int col_offset;     /* 1-based character offset, like SyntaxError.offset (0: none) */
    int end_lineno;     /* like SyntaxError.end_lineno (0: none) */
    int end_col_offset; /* 1-based, like SyntaxError.end_offset (0: none) */
    bool incomplete;    /* the parse failed at the end of the input: more lines could fix
                           it (compile()'s PyCF_ALLOW_INCOMPLETE_INPUT) */
    int inc_lineno;     /* where CPython reports "incomplete input" when that is not the
                           error's own position (the last token fetched; 0: the error's) */
    int inc_offset, inc_end_lineno, inc_end_offset;
    bool line_only;     /* an error CPython's tokenizer raises itself: SyntaxError.text is
                           the line without its newline (parser errors keep it, adding one
                           to a last line that has none) */
    int tok_line;       /* the line the tokenizer had reached when the error was raised
                           (CPython's tok->lineno): an error on an earlier line shows its
                           line without the newline as SyntaxError.text */
    /* the error arose in an f-string replacement field's expression, which CPython 3.11
     * parses as "(" + expression + ")": SyntaxError.text is then a line of that text (the
     * expression is source bytes [fexpr_start, fexpr_end), starting on line fexpr_lineno) */
    bool fexpr;
    int fexpr_lineno;
    size_t fexpr_start, fexpr_end;
    /* SyntaxWarnings of the tokenizer ("invalid decimal literal" for `1if x else y`),
     * issued by the caller after parsing: line, source byte offset (a number scanned
     * twice is recorded once) and kind (0 decimal, 1 hexadecimal, 2 octal, 3 binary, 4 imaginary). The first
     * PARSE_MAX_WARNINGS are kept. Kinds PARSE_WARN_ESCAPE and PARSE_WARN_OCTAL_ESCAPE
     * are the DeprecationWarnings of string literals ("invalid escape sequence '\d'"),
     * with the escape's text (after the backslash) in warn_text. */
    int nwarn;
    int warn_line[PARSE_MAX_WARNINGS];
    size_t warn_pos[PARSE_MAX_WARNINGS];
    int warn_kind[PARSE_MAX_WARNINGS];
    char warn_text[PARSE_MAX_WARNINGS][8];
} ParseError;

/* Parses UTF-8 [src] in [mode] (PARSE_EXEC/EVAL/SINGLE). Returns the Module, Expression or
 * Interactive node, or NULL with [err] filled. Nodes may point into [src]'s bytes, so the
 * chunk holding them must stay reachable (it does while any node is reachable, when [src]
 * views a heap chunk). Offsets in [err] count characters (code points), as CPython's
 * SyntaxError.offset does, and are 1-based. */
Node *parse_source(Heap *h, BView src, int mode, ParseError *err);

#endif
