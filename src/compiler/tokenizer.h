/*
 * tokenizer.h: Python 3.11 lexical analysis, one token at a time, in one pass over the
 * source with no allocation (except for error messages).
 *
 * It follows CPython's Parser/tokenizer.c: INDENT/DEDENT from a stack of indentation
 * columns (tabs to the next multiple of 8, checked against tabs-as-1 for TabError),
 * NEWLINE only outside brackets and not for blank/comment lines, backslash continuation,
 * numbers with the 3.11 underscore rules and messages, string literals with any prefix
 * (the token covers prefix, quotes and body; the parser decodes it), f-strings as plain
 * STRING tokens (the parser splits them, as 3.11 does), operators, and keywords as their
 * own token types. Soft keywords (match, case, _) are NAMEs.
 *
 * Positions: lineno is 1-based, col/end_col are 0-based byte offsets in the line (what
 * the AST uses). A token's bytes are src[start, end).
 *
 * Invariant: 0 <= level <= TOK_MAXLEVEL, 0 <= indent < TOK_MAXINDENT; once an error is
 * reported every later call returns TOK_ERROR again.
 */
#ifndef SAFEPY_COMPILER_TOKENIZER_H
#define SAFEPY_COMPILER_TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../kernel/buf.h"
#include "../kernel/heap.h"
#include "parser.h"

#define TOK_MAXLEVEL 200
#define TOK_MAXINDENT 100

typedef enum {
    TOK_ENDMARKER = 0, TOK_NAME, TOK_NUMBER, TOK_STRING, TOK_NEWLINE, TOK_INDENT, TOK_DEDENT,
    TOK_LPAR, TOK_RPAR, TOK_LSQB, TOK_RSQB, TOK_COLON, TOK_COMMA, TOK_SEMI, TOK_PLUS,
    TOK_MINUS, TOK_STAR, TOK_SLASH, TOK_VBAR, TOK_AMPER, TOK_LESS, TOK_GREATER, TOK_EQUAL,
    TOK_DOT, TOK_PERCENT, TOK_LBRACE, TOK_RBRACE, TOK_EQEQUAL, TOK_NOTEQUAL, TOK_LESSEQUAL,
    TOK_GREATEREQUAL, TOK_TILDE, TOK_CIRCUMFLEX, TOK_LEFTSHIFT, TOK_RIGHTSHIFT,
    TOK_DOUBLESTAR, TOK_PLUSEQUAL, TOK_MINEQUAL, TOK_STAREQUAL, TOK_SLASHEQUAL,
    TOK_PERCENTEQUAL, TOK_AMPEREQUAL, TOK_VBAREQUAL, TOK_CIRCUMFLEXEQUAL,
    TOK_LEFTSHIFTEQUAL, TOK_RIGHTSHIFTEQUAL, TOK_DOUBLESTAREQUAL, TOK_DOUBLESLASH,
    TOK_DOUBLESLASHEQUAL, TOK_AT, TOK_ATEQUAL, TOK_RARROW, TOK_ELLIPSIS, TOK_COLONEQUAL,
    TOK_OP, /* any other character ('$', '?', '!', '`'): always a syntax error */
    /* keywords */
    TOK_KW_FALSE, TOK_KW_NONE, TOK_KW_TRUE, TOK_KW_AND, TOK_KW_AS, TOK_KW_ASSERT,
    TOK_KW_ASYNC, TOK_KW_AWAIT, TOK_KW_BREAK, TOK_KW_CLASS, TOK_KW_CONTINUE, TOK_KW_DEF,
    TOK_KW_DEL, TOK_KW_ELIF, TOK_KW_ELSE, TOK_KW_EXCEPT, TOK_KW_FINALLY, TOK_KW_FOR,
    TOK_KW_FROM, TOK_KW_GLOBAL, TOK_KW_IF, TOK_KW_IMPORT, TOK_KW_IN, TOK_KW_IS,
    TOK_KW_LAMBDA, TOK_KW_NONLOCAL, TOK_KW_NOT, TOK_KW_OR, TOK_KW_PASS, TOK_KW_RAISE,
    TOK_KW_RETURN, TOK_KW_TRY, TOK_KW_WHILE, TOK_KW_WITH, TOK_KW_YIELD,
    TOK_ERROR, /* the tokenizer reported an error (see Tokenizer.err) */
    TOK__COUNT
} TokType;

#define TOKF_NOPOS 1 /* INDENT/DEDENT/ENDMARKER/ERROR: col is where the tokenizer stood */

typedef struct Token {
    uint8_t type;         /* TokType */
    uint8_t flags;        /* TOKF_* */
    uint8_t level;        /* bracket nesting level after this token */
    uint32_t start, end;  /* byte offsets in the source */
    int32_t lineno, col, end_lineno, end_col;
} Token;

typedef struct Tokenizer {
    Heap *heap;
    BView src;
    size_t n_eff;         /* src.n plus 1 when a final newline is implied */
    size_t pos;           /* next byte to read */
    size_t line_start;    /* offset of the first byte of the current line */
    int lineno;
    int level;            /* bracket nesting */
    uint8_t paren_ch[TOK_MAXLEVEL];
    int32_t paren_line[TOK_MAXLEVEL];
    int32_t paren_col[TOK_MAXLEVEL];
    size_t paren_line_start[TOK_MAXLEVEL];
    int indent;           /* index of the top of the indent stacks */
    int32_t indstack[TOK_MAXINDENT];
    int32_t altindstack[TOK_MAXINDENT];
    int pendin;           /* > 0: INDENTs to return, < 0: DEDENTs */
    bool atbol;           /* at the beginning of a line */
    bool cont_line;       /* the current line is a backslash continuation */
    bool cont_nl;         /* a newline was read: the next read starts a new line */
    size_t last_c_start;  /* offset where the last character read started */
    size_t line_end_hint; /* end of the current line (indentation error positions) */
    bool unclosed_eof;    /* the error is "'(' was never closed" at EOF */
    bool raised;          /* the error is one CPython raises at once (not a done-code) */
    bool byte_offsets;    /* done-code errors report byte offsets (PARSE_BYTE_OFFSETS) */
    bool done;            /* ENDMARKER or an error was returned */
    bool failed;          /* an error was reported into err */
    bool eof_in_construct;/* the error was "input ended inside a bracket/string/line" */
    bool hit_eof;         /* a read reached the end of the source (implied newline past) */
    ParseError *err;
    /* f-string expression mode: tokens of an expression inside a string literal.
     * Brackets start at level 1 so newlines never end the expression. */
    bool fexpr;
} Tokenizer;

/* Starts tokenizing [src] (UTF-8, already validated, no NUL bytes). [implied_newline]: act
 * as if the source ended with a newline when it does not (exec mode). Errors go to
 * [err] (its msg is built in [h]). */
void tokenizer_init(Tokenizer *t, Heap *h, BView src, bool implied_newline,
                    ParseError *err);

/* Starts tokenizing the f-string expression bytes src[from, to) at line [lineno], whose
 * line starts at byte [line_start]: positions are true source positions. */
void tokenizer_init_fexpr(Tokenizer *t, Heap *h, BView src, size_t from, size_t to,
                          int lineno, size_t line_start, ParseError *err);

/* Reads the next token into [out] and returns its type (TOK_ERROR on error). */
int tokenizer_next(Tokenizer *t, Token *out);

/* Keyword token type for the identifier [name], or TOK_NAME. */
int tokenizer_keyword(BView name);

/* Spelling of token type [type] for messages ("'('", "NAME", ...). */
const char *tokenizer_type_name(int type);

/* Number of code points in src[from, to) (src is valid UTF-8). */
size_t tokenizer_char_count(BView src, size_t from, size_t to);

/* Characters (bytes with byte_offsets) from the start of [t]'s current line to where it
 * stands: CPython's "cur - line_start" offset of errors without a token position. */
int tokenizer_cur_offset(const Tokenizer *t);

/* Fills [err] (kind PARSE_ERR_*, message [msg], positions as SyntaxError reports them:
 * 1-based offsets). Overwrites any previous error: the caller decides which one wins. */
void tokenizer_set_error(ParseError *err, int kind, Buf msg, int lineno, int offset,
                         int end_lineno, int end_offset);

/* SyntaxError offset of byte column [col] of the line starting at byte [line_start]:
 * code points before it, plus 1. */
int tokenizer_offset(BView src, size_t line_start, int col);

/* Appends to [b] the message [fmt] with printf-like %s (C string), %d (int),
 * %c (code point, as UTF-8), %X (code point as at least 4 hex digits), %V (BView *). */
bool tokenizer_format(Heap *h, Buf *b, const char *fmt, ...);

/* Decodes the UTF-8 code point at src[i] (valid UTF-8 assumed); *len gets its length. */
uint32_t tokenizer_decode_utf8(BView src, size_t i, size_t *len);

#endif
