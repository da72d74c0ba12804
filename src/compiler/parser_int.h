/*
 * parser_int.h: the parser's internal state and the functions its files share
 * (parser.c: driver, tokens, errors, statements; parser_expr.c: expressions and targets;
 * parser_str.c: string literals and f-strings; parser_pat.c: match patterns).
 *
 * Invariant: once p->failed is set, every parse function returns NULL/false without
 * consuming input, and the first error recorded in *p->err stays (except that the driver
 * may replace a parser error by a later tokenizer error, as CPython does).
 */
#ifndef SAFEPY_COMPILER_PARSER_INT_H
#define SAFEPY_COMPILER_PARSER_INT_H

#include "ast.h"
#include "parser.h"
#include "tokenizer.h"

#define PARSE_LA 8            /* lookahead ring size (a power of two) */
#define PARSE_MAX_DEPTH 3000  /* nesting units before "too complex" */

typedef struct Parser {
    Heap *h;
    BView src;
    int mode;
    Tokenizer tok;
    Token la[PARSE_LA];       /* tokens fetched but not consumed */
    int la_head, la_n;
    Token prev;               /* the last consumed token */
    Token end_tok;            /* the last consumed token other than NEWLINE/INDENT/DEDENT */
    Token last;               /* the last token fetched (CPython's tokens[fill-1]) */
    Token furthest;           /* the furthest token fetched, error checks included */
    bool have_last;
    bool single_nl_done;      /* single mode: an ENDMARKER became a NEWLINE */
    bool parsing_started;     /* single mode: a token other than ENDMARKER was fetched */
    bool dont_imply_dedent;   /* PARSE_DONT_IMPLY_DEDENT */
    bool first_pass_known;    /* an invalid rule failed: first_pass_at_end is set */
    bool first_pass_at_end;   /* the input had ended when that rule's lookahead began */
    bool src_empty;           /* empty source: tokens are on "line 0" as in CPython */
    bool eof_error;           /* the error is the tokenizer's "input ended inside ..." */
    ParseError *err;
    bool failed;
    bool tok_failed;          /* the error came from the tokenizer */
    bool specific;            /* the error has a specific message (not "invalid syntax") */
    int depth;
    int no_invalid;           /* > 0: inside expression_without_invalid (no invalid_* rules) */
    bool no_rest_check;       /* "unexpected indent": no tokenizer check of the rest */
    bool latent_colon;        /* a `match x` line parsed as an expression: see match_stmt */
    bool byte_offsets;        /* PARSE_BYTE_OFFSETS: parser error offsets count bytes */
    /* f-string expression parsing: errors are reported relative to the '{' (CPython parses
     * "(expr)" with its own tokenizer), message prefixed with "f-string: " */
    bool in_fexpr;
    int fexpr_lineno;          /* line of the '{' */
    size_t fexpr_line_start;   /* start of that line */
    int fexpr_col;             /* byte column of the '{' */
} Parser;

/* ---- tokens (parser.c) ---- */
/* Token [k] ahead (0: the current one), fetching it when needed. */
const Token *parser_fetch_peek(Parser *p, int k);
static inline const Token *parser_peek(Parser *p, int k) {
    if (k < p->la_n) return &p->la[(p->la_head + k) & (PARSE_LA - 1)];
    return parser_fetch_peek(p, k);
}
static inline int parser_type(Parser *p, int k) { return parser_peek(p, k)->type; }
const Token *parser_advance(Parser *p);
bool parser_accept(Parser *p, int type);
bool parser_at_soft_kw(Parser *p, int k, const char *kw);

/* ---- errors (parser.c) ---- */
/* "invalid syntax" at the last token fetched, unless an error is already recorded. */
void parser_generic_error(Parser *p);
/* "invalid syntax" at token [t] (CPython's parser had fetched nothing past it). */
void parser_generic_error_at(Parser *p, const Token *t);
/* RAISE_SYNTAX_ERROR_STARTING_FROM: from (lineno, col) to the tokenizer's position. */
void parser_error_from(Parser *p, int lineno, int col, const char *msg);
/* An error with message [fmt] at a token's position (offset col+1, end end_col+1). */
void parser_error_tok(Parser *p, int kind, const Token *t, const char *fmt, const char *s1,
                      const char *s2);
/* An error spanning nodes/positions: lines and byte columns, 0-based columns; end_col
 * -1 means "no end" (end_offset 0). */
void parser_error_range(Parser *p, int kind, int lineno, int col, int end_lineno,
                        int end_col, const char *fmt, const char *s1, const char *s2);
void parser_error_node(Parser *p, const Node *n, const char *fmt, const char *s1);
/* RAISE_SYNTAX_ERROR without location: at the last token fetched. Messages are formatted
 * with tokenizer_format and take at most two %s arguments ([s1], [s2]). */
void parser_error_last(Parser *p, int kind, const char *fmt, const char *s1, const char *s2);
/* Same, with a message already built. */
void parser_error_last_buf(Parser *p, int kind, Buf msg);
void parser_nomem(Parser *p);
/* 1-based SyntaxError offset of byte column [col] of the line starting at [line_start]:
 * characters, or bytes under PARSE_BYTE_OFFSETS (CPython's bytes/file input). */
int parser_offset(Parser *p, size_t line_start, int col);
/* Depth guard: false (with an error) when nesting is too deep. */
bool parser_enter(Parser *p);
static inline void parser_leave(Parser *p) { p->depth--; }

/* A copy of the whole parser state (on the heap, to keep C frames small) for trying a
 * parse and going back; NULL (with MemoryError) when the heap is exhausted. */
Parser *parser_save(Parser *p);
/* Returns to state [saved], keeping the current depth. [keep_last]: keep the furthest
 * token fetched (CPython's first pass tries this alternative too); false for the checks
 * that emulate CPython's second-pass invalid_* rules, which must not move it. */
void parser_restore(Parser *p, const Parser *saved, bool keep_last);
/* An invalid rule's lookahead from [saved] (CPython's second pass, run inline here)
 * reported an error: whether the source is incomplete input (compile()'s 0x4000) is
 * decided as after CPython's first pass, which never read that lookahead's tokens: their
 * reaching the end of the source (or a tokenizer error there) does not count. Returns
 * true. */
bool parser_invalid_rule_failed(Parser *p, const Parser *saved);

/* ---- nodes ---- */
Node *parser_node(Parser *p, int kind, const Token *start);         /* end: p->prev */
Node *parser_node_from(Parser *p, int kind, const Node *start);     /* end: p->prev */
Node *parser_node_span(Parser *p, int kind, const Node *a, const Node *b);
bool parser_push(Parser *p, NodeList **l, Node *n);
BView parser_tok_text(Parser *p, const Token *t);
const char *parser_expr_name(const Node *e);
/* True when Tuple [e] was written in parentheses (error paths only: scans the source). */
bool parser_tuple_parenthesized(Parser *p, const Node *e);
/* Re-tokenizes the first token of [e] into [out] (error paths only). */
bool parser_node_start_token(Parser *p, const Node *e, Token *out);

/* ---- expressions (parser_expr.c) ---- */
Node *parse_expression(Parser *p);           /* expression (ternary, lambda) */
Node *parse_named_expression(Parser *p);
/* named_expression; [check_eq]: apply CPython's invalid_named_expression checks when '='
 * follows (not in call arguments, where '=' means a keyword argument). */
Node *parser_named_expression(Parser *p, bool check_eq);
/* CPython's invalid_named_expression when '=' follows expression [e] (which started at
 * token [start]): reports "... Maybe you meant '=='..." and returns true when it applies. */
bool parser_check_named_eq(Parser *p, Node *e, const Token *start);
Node *parse_star_expressions(Parser *p);     /* tuple without parens allowed */
Node *parse_star_named_expression(Parser *p);
Node *parse_star_expression(Parser *p);
Node *parse_disjunction(Parser *p);
Node *parse_bitwise_or(Parser *p);
Node *parse_expressions(Parser *p);          /* eval input */
Node *parse_yield_expr(Parser *p);
Node *parse_primary_name_or_attr(Parser *p); /* patterns: NAME ('.' NAME)* */
Node *parse_arguments_def(Parser *p, bool lambda, int close);
Node *parse_star_targets(Parser *p);         /* for-loop / comprehension targets */
Node *parse_star_target(Parser *p);          /* one target (with ... as target) */
bool parser_del_targets(Parser *p, NodeList **out); /* del_targets into *out */
/* CPython's invalid_for_target (kind 2) / invalid_del_stmt (1) / invalid_with_item (3)
 * at a failed target, state back at its start; [fp_last]: the first pass's last token. */
void parser_invalid_targets(Parser *p, int kind, const Token *fp_last);
/* invalid_named_expression's a=expression ':=' expression, at ':=' after [e]. */
void parser_check_walrus(Parser *p, Node *e);
Node *parse_slices(Parser *p);
/* A Constant for the NUMBER token [t]. */
Node *parser_number(Parser *p, const Token *t);
/* The rest of a generator expression after its element [elt]: for_if_clauses and the
 * closing token [close] (consumed unless it is TOK_ENDMARKER); spans [open]..close. */
Node *parser_genexp_tail(Parser *p, Node *elt, const Token *open, int close);
NodeList *parse_call_args(Parser *p, NodeList **keywords, const Token *open);
/* The same for a class statement's bases: a bare generator expression there is
 * "invalid syntax" at its 'for' (CPython's class_def_raw takes plain arguments). */
NodeList *parse_class_args(Parser *p, NodeList **keywords, const Token *open);
/* Sets the context of target [e] to Store/Del; false (with the CPython error) when [e]
 * cannot be a target. [kind]: 0 assignment, 1 del, 2 for. */
bool parser_set_target(Parser *p, Node *e, int ctx, int kind);
Node *parser_invalid_target(Node *e, int kind);

/* ---- strings (parser_str.c) ---- */
Node *parse_strings(Parser *p);              /* STRING+ at the current token */

/* ---- patterns (parser_pat.c) ---- */
Node *parse_patterns(Parser *p);             /* the pattern of a case clause */

/* ---- statements (parser.c) ---- */
NodeList *parse_block(Parser *p, const Token *kw, const char *what);

#endif
