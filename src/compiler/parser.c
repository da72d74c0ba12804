/*
 * parser.c: the parser driver (parse_source), token lookahead, error reporting and the
 * statement grammar. Expressions are in parser_expr.c, string literals in parser_str.c,
 * match patterns in parser_pat.c.
 *
 * The parser is recursive descent over Python 3.11's grammar (Grammar/python.gram). Where
 * CPython's PEG parser backtracks, this one decides with a few tokens of lookahead, or
 * (for `with (` and `match`) by saving the whole parser state and retrying. Syntax errors
 * reproduce CPython's messages and positions: the specific messages of the grammar's
 * invalid_* rules are raised where this parser detects the same situation, and a generic
 * "invalid syntax" points at the last token fetched, as CPython's does; then, as in
 * CPython, the rest of the source is tokenized and a tokenizer error found there wins.
 */
#include "parser_int.h"

#include <stdarg.h>

/* ---- tokens ---- */

static void fetch(Parser *p, Token *out) {
    if (p->tok_failed) {
        *out = p->last;
        out->type = TOK_ERROR;
        return;
    }
    int type = tokenizer_next(&p->tok, out);
    if (type == TOK_ENDMARKER && p->mode == PARSE_SINGLE && p->parsing_started) {
        // CPython (single input): an ENDMARKER after other tokens becomes a NEWLINE and
        // the open blocks are closed by implied DEDENTs
        out->type = TOK_NEWLINE;
        p->single_nl_done = true;
        p->parsing_started = false;
        p->tok.done = false;
        if (p->tok.indent > 0 && !p->dont_imply_dedent) {
            p->tok.pendin = -p->tok.indent;
            p->tok.indent = 0;
        }
    } else if (type != TOK_ENDMARKER) {
        p->parsing_started = true;
    }
    if (p->src_empty) out->lineno = out->end_lineno = 0; // no line was ever read
    // CPython's tokens[fill-1]: the furthest token fetched (backtracking never lowers it)
    if (!p->have_last || out->start >= p->last.start || type == TOK_ERROR) p->last = *out;
    // and the furthest fetched by anything, error checks included (CPython's fill after
    // its second pass)
    if (!p->have_last || out->start >= p->furthest.start || type == TOK_ERROR)
        p->furthest = *out;
    p->have_last = true;
    if (type == TOK_ERROR) {
        p->eof_error = p->tok.eof_in_construct;
        p->failed = true;
        p->tok_failed = true;
        p->specific = true;
    }
}

const Token *parser_fetch_peek(Parser *p, int k) {
    while (p->la_n <= k) {
        Token *slot = &p->la[(p->la_head + p->la_n) & (PARSE_LA - 1)];
        fetch(p, slot);
        p->la_n++;
    }
    return &p->la[(p->la_head + k) & (PARSE_LA - 1)];
}

const Token *parser_advance(Parser *p) {
    const Token *t = parser_peek(p, 0);
    p->prev = *t;
    if (t->type != TOK_NEWLINE && t->type != TOK_INDENT && t->type != TOK_DEDENT)
        p->end_tok = *t;
    if (t->type != TOK_ERROR) {
        p->la_head = (p->la_head + 1) & (PARSE_LA - 1);
        p->la_n--;
    }
    return &p->prev;
}

bool parser_accept(Parser *p, int type) {
    if (parser_type(p, 0) != type) return false;
    parser_advance(p);
    return true;
}

BView parser_tok_text(Parser *p, const Token *t) { return bview_slice(p->src, t->start, t->end); }

bool parser_at_soft_kw(Parser *p, int k, const char *kw) {
    const Token *t = parser_peek(p, k);
    return t->type == TOK_NAME && bview_eq_cstr(parser_tok_text(p, t), kw);
}

/* ---- errors ---- */

static size_t line_start_of(const Token *t) { return t->start - (size_t)t->col; }

int parser_offset(Parser *p, size_t line_start, int col) {
    if (p->byte_offsets) return col + 1;
    return tokenizer_offset(p->src, line_start, col);
}

static void set_err(Parser *p, int kind, Buf msg, int lineno, int off, int end_lineno,
                    int end_off) {
    p->failed = true;
    if (p->in_fexpr) {
        // CPython compiles "(expr)" on its own: offsets count from the '{'
        int base = parser_offset(p, p->fexpr_line_start, p->fexpr_col) - 1;
        if (lineno == p->fexpr_lineno) off -= base;
        if (end_lineno == p->fexpr_lineno && end_off > 0) end_off -= base;
        Buf m;
        buf_init(&m);
        if (!tokenizer_format(p->h, &m, "f-string: %V", &(BView){msg.data, msg.len})) {
            parser_nomem(p);
            return;
        }
        msg = m;
    }
    tokenizer_set_error(p->err, kind, msg, lineno, off, end_lineno, end_off);
    if (p->have_last && p->furthest.lineno > lineno) p->err->tok_line = p->furthest.lineno;
}

void parser_nomem(Parser *p) {
    Buf m;
    buf_init(&m);
    p->failed = true;
    p->specific = true;
    tokenizer_set_error(p->err, PARSE_ERR_MEMORY, m, 0, 0, 0, 0);
}

// Offsets of token [t] as CPython computes them for an error at a token.
static void tok_offsets(Parser *p, const Token *t, int *off, int *end_off) {
    if (t->flags & TOKF_NOPOS) {
        *off = parser_offset(p, line_start_of(t), t->col) - 1;
        *end_off = -1;
        return;
    }
    *off = parser_offset(p, line_start_of(t), t->col);
    *end_off = parser_offset(p, t->end - (size_t)t->end_col, t->end_col);
}

static void err_tok_msg(Parser *p, int kind, const Token *t, Buf msg) {
    if (p->failed) return;
    int off, end_off;
    tok_offsets(p, t, &off, &end_off);
    set_err(p, kind, msg, t->lineno, off, t->end_lineno, end_off);
}

static bool fmt_msg(Parser *p, Buf *msg, const char *fmt, const char *s1, const char *s2) {
    buf_init(msg);
    if (!tokenizer_format(p->h, msg, fmt, s1, s2)) {
        parser_nomem(p);
        return false;
    }
    return true;
}

void parser_error_tok(Parser *p, int kind, const Token *t, const char *fmt, const char *s1,
                      const char *s2) {
    if (p->failed) return;
    if (p->no_invalid && kind != PARSE_ERR_TAB) {
        parser_generic_error(p);
        return;
    }
    Buf msg;
    if (!fmt_msg(p, &msg, fmt, s1, s2)) return;
    err_tok_msg(p, kind, t, msg);
    p->specific = true;
}

void parser_error_last(Parser *p, int kind, const char *fmt, const char *s1, const char *s2) {
    if (p->failed) return;
    if (p->no_invalid && kind != PARSE_ERR_TAB) {
        parser_generic_error(p);
        return;
    }
    Buf msg;
    if (!fmt_msg(p, &msg, fmt, s1, s2)) return;
    Token t = p->last;
    err_tok_msg(p, kind, &t, msg);
    p->specific = true;
}

void parser_error_last_buf(Parser *p, int kind, Buf msg) {
    if (p->failed) return;
    if (p->no_invalid && kind != PARSE_ERR_TAB) {
        parser_generic_error(p);
        return;
    }
    Token t = p->last;
    err_tok_msg(p, kind, &t, msg);
    p->specific = true;
}

void parser_generic_error(Parser *p) {
    if (p->failed) return;
    Token t = p->last;
    // CPython's _PyPegen_set_syntax_error: these two do not look for tokenizer errors
    // in the rest of the source
    if (t.type == TOK_INDENT || t.type == TOK_DEDENT) {
        Buf msg;
        if (!fmt_msg(p, &msg, t.type == TOK_INDENT ? "unexpected indent" : "unexpected unindent",
                     NULL, NULL))
            return;
        err_tok_msg(p, PARSE_ERR_INDENTATION, &t, msg);
        p->specific = true;
        p->no_rest_check = true;
        return;
    }
    parser_generic_error_at(p, &t);
}

void parser_generic_error_at(Parser *p, const Token *t) {
    if (p->failed) return;
    if (t->flags & TOKF_NOPOS) {
        // RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token without a position (col -1)
        Buf msg;
        if (!fmt_msg(p, &msg, "invalid syntax", NULL, NULL)) return;
        set_err(p, PARSE_ERR_SYNTAX, msg, t->lineno, 0, t->end_lineno, 0);
        p->specific = false;
        return;
    }
    Buf msg;
    if (!fmt_msg(p, &msg, "invalid syntax", NULL, NULL)) return;
    err_tok_msg(p, PARSE_ERR_SYNTAX, t, msg);
    p->specific = false;
}

// Line start of byte column [col] on line [lineno]: found from the node/token data the
// callers have; here recomputed by scanning back from a known offset.
static size_t line_start_before(Parser *p, size_t pos) {
    while (pos > 0) {
        int c = bview_get(p->src, pos - 1);
        if (c == '\n' || c == '\r') break;
        pos--;
    }
    return pos;
}

// Byte offset in the source of (lineno, col): only used for positions the parser saw,
// so it is found by walking lines from a token on the same line when possible.
static size_t pos_of(Parser *p, int lineno, int col) {
    // walk from the start of the source; errors are rare so this cost is fine
    size_t pos = 0;
    int line = 1;
    if (p->src.n >= 3 && bview_get(p->src, 0) == 0xEF && bview_get(p->src, 1) == 0xBB &&
        bview_get(p->src, 2) == 0xBF)
        pos = 3;
    while (line < lineno && pos < p->src.n) {
        int c = bview_get(p->src, pos);
        pos++;
        if (c == '\n') line++;
        else if (c == '\r') {
            if (bview_get(p->src, pos) == '\n') pos++;
            line++;
        }
    }
    return pos + (size_t)(col < 0 ? 0 : col);
}

bool parser_node_start_token(Parser *p, const Node *e, Token *out) {
    size_t pos = pos_of(p, e->lineno, e->col_offset);
    size_t ls = line_start_before(p, pos);
    Tokenizer t;
    ParseError scratch;
    buf_init(&scratch.msg);
    tokenizer_init_fexpr(&t, p->h, p->src, pos, p->src.n, e->lineno, ls, &scratch);
    int type = tokenizer_next(&t, out);
    return type != TOK_ERROR && type != TOK_ENDMARKER;
}

bool parser_tuple_parenthesized(Parser *p, const Node *e) {
    if (e->kind != AST_TUPLE) return false;
    size_t n = ast_len(e->Tuple.elts);
    if (n == 0) return true;
    const Node *last = ast_get(e->Tuple.elts, n - 1);
    if (last->end_lineno == e->end_lineno && last->end_col_offset == e->end_col_offset)
        return false;
    size_t end = pos_of(p, e->end_lineno, e->end_col_offset);
    return end > 0 && bview_get(p->src, end - 1) == ')';
}

void parser_error_range(Parser *p, int kind, int lineno, int col, int end_lineno,
                        int end_col, const char *fmt, const char *s1, const char *s2) {
    if (p->failed) return;
    if (p->no_invalid) {
        parser_generic_error(p);
        return;
    }
    Buf msg;
    if (!fmt_msg(p, &msg, fmt, s1, s2)) return;
    size_t ls = line_start_before(p, pos_of(p, lineno, 0));
    int off = parser_offset(p, ls, col);
    int end_off = 0;
    if (end_col >= 0) {
        size_t els = line_start_before(p, pos_of(p, end_lineno, 0));
        end_off = parser_offset(p, els, end_col);
    }
    set_err(p, kind, msg, lineno, off, end_lineno, end_off);
    p->specific = true;
}

void parser_error_from(Parser *p, int lineno, int col, const char *msg) {
    if (p->failed) return;
    parser_error_range(p, PARSE_ERR_SYNTAX, lineno, col, p->tok.lineno, -1, msg, NULL, NULL);
    // the end is where the tokenizer stands (CPython's CURRENT_POS)
    if (!p->in_fexpr)
        p->err->end_col_offset = p->byte_offsets
                                     ? (int)(p->tok.pos - p->tok.line_start)
                                     : (int)tokenizer_char_count(p->src, p->tok.line_start,
                                                                 p->tok.pos);
}

void parser_error_node(Parser *p, const Node *n, const char *fmt, const char *s1) {
    parser_error_range(p, PARSE_ERR_SYNTAX, n->lineno, n->col_offset, n->end_lineno,
                       n->end_col_offset, fmt, s1, NULL);
}

bool parser_enter(Parser *p) {
    if (++p->depth > PARSE_MAX_DEPTH) {
        if (!p->failed) {
            Buf m;
            buf_init(&m);
            if (!tokenizer_format(p->h, &m,
                                  "maximum recursion depth exceeded during compilation")) {
                parser_nomem(p);
                return false;
            }
            tokenizer_set_error(p->err, PARSE_ERR_RECURSION, m, 0, 0, 0, 0);
            p->failed = true;
            p->specific = true;
        }
        return false;
    }
    return true;
}

Parser *parser_save(Parser *p) {
    Parser *s = heap_new(p->h, sizeof(Parser), HEAP_SCAN);
    if (s == NULL) {
        parser_nomem(p);
        return NULL;
    }
    *s = *p;
    return s;
}

bool parser_invalid_rule_failed(Parser *p, const Parser *saved) {
    if (!p->first_pass_known) {
        p->first_pass_known = true;
        p->first_pass_at_end = saved->tok_failed ? saved->eof_error : saved->tok.hit_eof;
    }
    return true;
}

void parser_restore(Parser *p, const Parser *saved, bool keep_last) {
    int depth = p->depth;
    Token last = p->last;
    Token furthest = p->furthest;
    bool have_last = p->have_last;
    *p = *saved;
    p->depth = depth;
    p->furthest = furthest;
    if (keep_last) {
        p->last = last;
        p->have_last = have_last;
    }
}

/* ---- nodes ---- */

Node *parser_node(Parser *p, int kind, const Token *start) {
    Node *n = ast_new(p->h, kind, start->lineno, start->col, p->end_tok.end_lineno,
                      p->end_tok.end_col);
    if (n == NULL) parser_nomem(p);
    return n;
}

Node *parser_node_from(Parser *p, int kind, const Node *start) {
    Node *n = ast_new(p->h, kind, start->lineno, start->col_offset, p->end_tok.end_lineno,
                      p->end_tok.end_col);
    if (n == NULL) parser_nomem(p);
    return n;
}

Node *parser_node_span(Parser *p, int kind, const Node *a, const Node *b) {
    Node *n = ast_new(p->h, kind, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset);
    if (n == NULL) parser_nomem(p);
    return n;
}

bool parser_push(Parser *p, NodeList **l, Node *n) {
    if (!ast_push(p->h, l, n)) {
        parser_nomem(p);
        return false;
    }
    return true;
}

const char *parser_expr_name(const Node *e) {
    switch (e->kind) {
    case AST_ATTRIBUTE: return "attribute";
    case AST_SUBSCRIPT: return "subscript";
    case AST_STARRED: return "starred";
    case AST_NAME: return "name";
    case AST_LIST: return "list";
    case AST_TUPLE: return "tuple";
    case AST_LAMBDA: return "lambda";
    case AST_CALL: return "function call";
    case AST_BOOL_OP:
    case AST_BIN_OP:
    case AST_UNARY_OP: return "expression";
    case AST_GENERATOR_EXP: return "generator expression";
    case AST_YIELD:
    case AST_YIELD_FROM: return "yield expression";
    case AST_AWAIT: return "await expression";
    case AST_LIST_COMP: return "list comprehension";
    case AST_SET_COMP: return "set comprehension";
    case AST_DICT_COMP: return "dict comprehension";
    case AST_DICT: return "dict literal";
    case AST_SET: return "set display";
    case AST_JOINED_STR:
    case AST_FORMATTED_VALUE: return "f-string expression";
    case AST_CONSTANT:
        switch (e->Constant.ckind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_COMPARE: return "comparison";
    case AST_IF_EXP: return "conditional expression";
    case AST_NAMED_EXPR: return "named expression";
    default: return "???";
    }
}

/* ---- simple statements ---- */

static Node *parse_simple_stmt(Parser *p);
static bool parse_statement(Parser *p, NodeList **body);

static bool is_augassign(int t, int *op) {
    switch (t) {
    case TOK_PLUSEQUAL: *op = AST_ADD; return true;
    case TOK_MINEQUAL: *op = AST_SUB; return true;
    case TOK_STAREQUAL: *op = AST_MULT; return true;
    case TOK_ATEQUAL: *op = AST_MAT_MULT; return true;
    case TOK_SLASHEQUAL: *op = AST_DIV; return true;
    case TOK_PERCENTEQUAL: *op = AST_MOD; return true;
    case TOK_AMPEREQUAL: *op = AST_BIT_AND; return true;
    case TOK_VBAREQUAL: *op = AST_BIT_OR; return true;
    case TOK_CIRCUMFLEXEQUAL: *op = AST_BIT_XOR; return true;
    case TOK_LEFTSHIFTEQUAL: *op = AST_LSHIFT; return true;
    case TOK_RIGHTSHIFTEQUAL: *op = AST_RSHIFT; return true;
    case TOK_DOUBLESTAREQUAL: *op = AST_POW; return true;
    case TOK_DOUBLESLASHEQUAL: *op = AST_FLOOR_DIV; return true;
    default: return false;
    }
}

// annotated_rhs / the right side of '=': yield_expr | star_expressions
static Node *parse_rhs(Parser *p) {
    if (parser_type(p, 0) == TOK_KW_YIELD) return parse_yield_expr(p);
    return parse_star_expressions(p);
}

// True when [e] was written in parentheses: its span starts after the statement start.
static bool single_target_ok(const Node *e) {
    return e->kind == AST_NAME || e->kind == AST_ATTRIBUTE || e->kind == AST_SUBSCRIPT;
}

// After an invalid annotation target, at ':': does an expression follow? (CPython's
// invalid_assignment rules need one.) Consumes nothing.
static bool annotation_follows(Parser *p) {
    Parser *saved = parser_save(p);
    if (saved == NULL) return false;
    parser_advance(p);
    Node *e = parse_expression(p);
    bool ok = e != NULL && !p->failed;
    bool tok_failed = p->tok_failed;
    if (!tok_failed) parser_restore(p, saved, false);
    return ok || tok_failed;
}

// Legacy `print x` / `exec x`: CPython's invalid_legacy_expression.
static bool legacy_check(Node *first) {
    if (first->kind != AST_NAME) return false;
    BView id = first->Name.id;
    if (!bview_eq_cstr(id, "print") && !bview_eq_cstr(id, "exec")) return false;
    return true;
}

static Node *expr_statement(Parser *p) {
    const Token start = *parser_peek(p, 0);
    // NAME ':' annotation: a simple annotated assignment
    if (start.type == TOK_NAME && parser_type(p, 1) == TOK_COLON) {
        parser_advance(p);
        Node *target = parser_node(p, AST_NAME, &start);
        if (target == NULL) return NULL;
        target->Name.id = parser_tok_text(p, &start);
        target->Name.ctx = AST_STORE;
        parser_advance(p); // ':'
        Node *ann = parse_expression(p);
        if (ann == NULL) return NULL;
        Node *value = NULL;
        if (parser_accept(p, TOK_EQUAL)) {
            value = parse_rhs(p);
            if (value == NULL) return NULL;
        }
        Node *s = parser_node(p, AST_ANN_ASSIGN, &start);
        if (s == NULL) return NULL;
        s->AnnAssign.target = target;
        s->AnnAssign.annotation = ann;
        s->AnnAssign.value = value;
        s->AnnAssign.simple = 1;
        return s;
    }

    Node *e;
    if (start.type == TOK_KW_YIELD) e = parse_yield_expr(p);
    else e = parse_star_expressions(p);
    if (e == NULL) return NULL;
    int t = parser_type(p, 0);
    int op;

    // CPython's invalid_assignment parses the statement's first star_named_expression
    // through named_expression: `a.b := c` and `(a, b) := c` get invalid_named_expression's
    // message (a bare tuple's first element is not followed by ':=')
    if (t == TOK_COLONEQUAL &&
        (e->kind != AST_TUPLE || parser_tuple_parenthesized(p, e)) && !(e->kind == AST_NAME &&
                                                         e->col_offset == start.col &&
                                                         e->end_col_offset == start.end_col)) {
        parser_check_walrus(p, e);
        return NULL;
    }

    if (t == TOK_COLON && !single_target_ok(e) && !annotation_follows(p)) {
        parser_generic_error(p);
        return NULL;
    }
    if (t == TOK_COLON) {
        // annotated assignment to a single (possibly parenthesized) target
        bool paren = parser_tuple_parenthesized(p, e);
        if (e->kind == AST_TUPLE && !paren) {
            Node *first = ast_get(e->Tuple.elts, 0);
            parser_error_node(p, first, "only single target (not tuple) can be annotated", NULL);
            return NULL;
        }
        if (e->kind == AST_TUPLE || e->kind == AST_LIST) {
            parser_error_node(p, e, "only single target (not %s) can be annotated",
                              e->kind == AST_TUPLE ? "tuple" : "list");
            return NULL;
        }
        if (!single_target_ok(e)) {
            parser_error_node(p, e, "illegal target for annotation", NULL);
            return NULL;
        }
        parser_advance(p);
        Node *ann = parse_expression(p);
        if (ann == NULL) return NULL;
        Node *value = NULL;
        if (parser_accept(p, TOK_EQUAL)) {
            value = parse_rhs(p);
            if (value == NULL) return NULL;
        }
        if (!parser_set_target(p, e, AST_STORE, 0)) return NULL;
        Node *s = parser_node(p, AST_ANN_ASSIGN, &start);
        if (s == NULL) return NULL;
        s->AnnAssign.target = e;
        s->AnnAssign.annotation = ann;
        s->AnnAssign.value = value;
        s->AnnAssign.simple = 0;
        return s;
    }

    if (is_augassign(t, &op)) {
        // a bare yield is a whole yield statement: the operator after it is the error
        if (start.type == TOK_KW_YIELD) {
            parser_generic_error(p);
            return NULL;
        }
        if (!single_target_ok(e)) {
            parser_error_node(p, e, "'%s' is an illegal expression for augmented assignment",
                              parser_expr_name(e));
            return NULL;
        }
        parser_advance(p);
        Node *value = parse_rhs(p);
        if (value == NULL) return NULL;
        if (!parser_set_target(p, e, AST_STORE, 0)) return NULL;
        Node *s = parser_node(p, AST_AUG_ASSIGN, &start);
        if (s == NULL) return NULL;
        s->AugAssign.target = e;
        s->AugAssign.op = (uint8_t)op;
        s->AugAssign.value = value;
        return s;
    }

    if (t == TOK_EQUAL) {
        NodeList *targets = NULL;
        Node *value = e;
        // CPython's invalid_assignment names a bare yield_expr followed by '=' in its own
        // words; a parenthesized one is an invalid star_expressions target like any other
        bool bare_yield = start.type == TOK_KW_YIELD;
        while (parser_type(p, 0) == TOK_EQUAL) {
            // value (so far) becomes a target
            Node *bad = parser_invalid_target(value, 0);
            if (bad != NULL || value->kind == AST_YIELD || value->kind == AST_YIELD_FROM) {
                // CPython's invalid_named_expression first: a lone invalid target followed
                // by a simple right side gets the "Maybe you meant '=='" hint
                if (targets == NULL && parser_check_named_eq(p, value, &start)) return NULL;
                // ... and for a bare tuple, its last element is followed by '=' too
                if (targets == NULL && value->kind == AST_TUPLE &&
                    !parser_tuple_parenthesized(p, value) && ast_len(value->Tuple.elts) > 1) {
                    Node *last = ast_get(value->Tuple.elts, ast_len(value->Tuple.elts) - 1);
                    Token ls;
                    if (parser_node_start_token(p, last, &ls) &&
                        parser_check_named_eq(p, last, &ls))
                        return NULL;
                }
                // (bad == NULL here means value is a yield, which then names itself)
                if (bare_yield) {
                    parser_error_node(p, value, "assignment to yield expression not possible",
                                      NULL);
                    return NULL;
                }
                if (bad == NULL) bad = value;
                parser_error_node(p, bad, "cannot assign to %s", parser_expr_name(bad));
                return NULL;
            }
            if (!parser_set_target(p, value, AST_STORE, 0)) return NULL;
            if (!parser_push(p, &targets, value)) return NULL;
            parser_advance(p); // '='
            bare_yield = parser_type(p, 0) == TOK_KW_YIELD;
            value = parse_rhs(p);
            if (value == NULL) return NULL;
        }
        Node *s = parser_node(p, AST_ASSIGN, &start);
        if (s == NULL) return NULL;
        s->Assign.targets = targets;
        s->Assign.value = value;
        return s;
    }

    // an expression statement; `print x` gets CPython's legacy hint
    if (legacy_check(e) && e->lineno == start.lineno && e->col_offset == start.col) {
        int nt = parser_type(p, 0);
        if (nt != TOK_NEWLINE && nt != TOK_SEMI && nt != TOK_LPAR && nt != TOK_ENDMARKER &&
            nt != TOK_ERROR) {
            // invalid_legacy_expression: NAME !'(' star_expressions
            Parser *saved = parser_save(p);
    if (saved == NULL) return NULL;
            Node *rest = parse_star_expressions(p);
            if (rest != NULL) {
                BView id = e->Name.id;
                const char *nm = bview_eq_cstr(id, "print") ? "print" : "exec";
                parser_error_range(p, PARSE_ERR_SYNTAX, e->lineno, e->col_offset,
                                   rest->end_lineno, rest->end_col_offset,
                                   "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                                   nm, nm);
                (void)parser_invalid_rule_failed(p, saved);
                return NULL;
            }
            if (p->tok_failed) return NULL;
            parser_restore(p, saved, false);
        }
    }
    Node *s = parser_node(p, AST_EXPR, &start);
    if (s == NULL) return NULL;
    s->Expr.value = e;
    return s;
}

static Node *dotted_name(Parser *p, const Token **first) {
    // NAME ('.' NAME)*: returns an alias-less view, possibly rebuilt when spaces occur
    if (parser_type(p, 0) != TOK_NAME) {
        parser_generic_error(p);
        return NULL;
    }
    const Token *t = parser_advance(p);
    Token start = *t;
    if (first != NULL) *first = NULL;
    Buf joined;
    buf_init(&joined);
    BView name = parser_tok_text(p, &start);
    bool contiguous = true;
    size_t end = start.end;
    while (parser_type(p, 0) == TOK_DOT) {
        if (parser_type(p, 1) != TOK_NAME) {
            parser_advance(p);
            parser_peek(p, 0);
            parser_generic_error(p);
            return NULL;
        }
        const Token *dot = parser_peek(p, 0);
        const Token *nm = parser_peek(p, 1);
        if (dot->start != end || nm->start != dot->end) contiguous = false;
        if (!contiguous && joined.data == NULL) {
            if (buf_append(p->h, &joined, name) != K_OK) {
                parser_nomem(p);
                return NULL;
            }
        }
        BView part = parser_tok_text(p, nm);
        end = nm->end;
        if (contiguous) {
            name = bview_slice(p->src, start.start, end);
        } else {
            if (buf_push(p->h, &joined, '.') != K_OK || buf_append(p->h, &joined, part) != K_OK) {
                parser_nomem(p);
                return NULL;
            }
        }
        parser_advance(p);
        parser_advance(p);
    }
    Node *n = parser_node(p, AST_NAME, &start);
    if (n == NULL) return NULL;
    n->Name.id = contiguous ? name : buf_view(&joined);
    return n;
}

static Node *import_name(Parser *p) {
    const Token start = *parser_advance(p); // 'import'
    NodeList *names = NULL;
    for (;;) {
        Node *dn = dotted_name(p, NULL);
        if (dn == NULL) return NULL;
        BView asname = {NULL, 0};
        if (parser_accept(p, TOK_KW_AS)) {
            if (parser_type(p, 0) != TOK_NAME) {
                parser_generic_error(p);
                return NULL;
            }
            const Token *a = parser_advance(p);
            asname = parser_tok_text(p, a);
        }
        Node *al = parser_node_from(p, AST_ALIAS, dn);
        if (al == NULL) return NULL;
        al->alias.name = dn->Name.id;
        al->alias.asname = asname;
        if (!parser_push(p, &names, al)) return NULL;
        if (!parser_accept(p, TOK_COMMA)) break;
    }
    Node *s = parser_node(p, AST_IMPORT, &start);
    if (s == NULL) return NULL;
    s->Import.names = names;
    return s;
}

static Node *import_from(Parser *p) {
    const Token start = *parser_advance(p); // 'from'
    int level = 0;
    for (;;) {
        int t = parser_type(p, 0);
        if (t == TOK_DOT) level += 1;
        else if (t == TOK_ELLIPSIS) level += 3;
        else break;
        parser_advance(p);
    }
    BView module = {NULL, 0};
    if (parser_type(p, 0) != TOK_KW_IMPORT || level == 0) {
        Node *dn = dotted_name(p, NULL);
        if (dn == NULL) return NULL;
        module = dn->Name.id;
    }
    if (parser_type(p, 0) != TOK_KW_IMPORT) {
        parser_generic_error(p);
        return NULL;
    }
    parser_advance(p);
    NodeList *names = NULL;
    if (parser_type(p, 0) == TOK_STAR) {
        const Token st = *parser_advance(p);
        Node *al = parser_node(p, AST_ALIAS, &st);
        if (al == NULL) return NULL;
        al->alias.name = parser_tok_text(p, &st);
        if (!parser_push(p, &names, al)) return NULL;
    } else {
        bool paren = parser_accept(p, TOK_LPAR);
        for (;;) {
            if (parser_type(p, 0) != TOK_NAME) {
                parser_generic_error(p);
                return NULL;
            }
            const Token nm = *parser_advance(p);
            BView asname = {NULL, 0};
            if (parser_accept(p, TOK_KW_AS)) {
                if (parser_type(p, 0) != TOK_NAME) {
                    parser_generic_error(p);
                    return NULL;
                }
                asname = parser_tok_text(p, parser_advance(p));
            }
            Node *al = parser_node(p, AST_ALIAS, &nm);
            if (al == NULL) return NULL;
            al->alias.name = parser_tok_text(p, &nm);
            al->alias.asname = asname;
            if (!parser_push(p, &names, al)) return NULL;
            if (!parser_accept(p, TOK_COMMA)) break;
            if (paren && parser_type(p, 0) == TOK_RPAR) break;
            if (!paren && parser_type(p, 0) == TOK_NEWLINE) {
                parser_error_last(p, PARSE_ERR_SYNTAX,
                                  "trailing comma not allowed without surrounding "
                                  "parentheses", NULL, NULL);
                return NULL;
            }
        }
        if (paren && !parser_accept(p, TOK_RPAR)) {
            parser_generic_error(p);
            return NULL;
        }
    }
    Node *s = parser_node(p, AST_IMPORT_FROM, &start);
    if (s == NULL) return NULL;
    s->ImportFrom.module = module;
    s->ImportFrom.names = names;
    s->ImportFrom.level = level;
    return s;
}

static Node *global_stmt(Parser *p, int kind) {
    const Token start = *parser_advance(p);
    NodeList *names = NULL;
    for (;;) {
        if (parser_type(p, 0) != TOK_NAME) {
            parser_generic_error(p);
            return NULL;
        }
        const Token nm = *parser_advance(p);
        Node *id = parser_node(p, AST_IDENTIFIER, &nm);
        if (id == NULL) return NULL;
        id->Identifier.id = parser_tok_text(p, &nm);
        if (!parser_push(p, &names, id)) return NULL;
        if (!parser_accept(p, TOK_COMMA)) break;
    }
    Node *s = parser_node(p, kind, &start);
    if (s == NULL) return NULL;
    if (kind == AST_GLOBAL) s->Global.names = names;
    else s->Nonlocal.names = names;
    return s;
}

static Node *del_stmt(Parser *p) {
    const Token start = *parser_advance(p);
    NodeList *targets = NULL;
    Parser *saved = parser_save(p);
    if (saved == NULL) return NULL;
    bool ok = parser_del_targets(p, &targets);
    int t = parser_type(p, 0);
    if (!ok || (t != TOK_SEMI && t != TOK_NEWLINE)) {
        // CPython's invalid_del_stmt: 'del' star_expressions
        if (p->tok_failed || (p->failed && p->specific)) return NULL;
        Token fp_last = p->last;
        parser_restore(p, saved, true);
        parser_invalid_targets(p, 1, &fp_last);
        return NULL;
    }
    Node *s = parser_node(p, AST_DELETE, &start);
    if (s == NULL) return NULL;
    s->Delete.targets = targets;
    return s;
}

static Node *parse_simple_stmt(Parser *p) {
    const Token start = *parser_peek(p, 0);
    switch (start.type) {
    case TOK_KW_RETURN: {
        parser_advance(p);
        Node *v = NULL;
        int t = parser_type(p, 0);
        if (t != TOK_NEWLINE && t != TOK_SEMI) {
            v = parse_star_expressions(p);
            if (v == NULL) return NULL;
        }
        Node *s = parser_node(p, AST_RETURN, &start);
        if (s != NULL) s->Return.value = v;
        return s;
    }
    case TOK_KW_IMPORT: return import_name(p);
    case TOK_KW_FROM: return import_from(p);
    case TOK_KW_RAISE: {
        parser_advance(p);
        Node *exc = NULL, *cause = NULL;
        int t = parser_type(p, 0);
        if (t != TOK_NEWLINE && t != TOK_SEMI) {
            exc = parse_expression(p);
            if (exc == NULL) return NULL;
            if (parser_accept(p, TOK_KW_FROM)) {
                cause = parse_expression(p);
                if (cause == NULL) return NULL;
            }
        }
        Node *s = parser_node(p, AST_RAISE, &start);
        if (s != NULL) {
            s->Raise.exc = exc;
            s->Raise.cause = cause;
        }
        return s;
    }
    case TOK_KW_PASS:
        parser_advance(p);
        return parser_node(p, AST_PASS, &start);
    case TOK_KW_BREAK:
        parser_advance(p);
        return parser_node(p, AST_BREAK, &start);
    case TOK_KW_CONTINUE:
        parser_advance(p);
        return parser_node(p, AST_CONTINUE, &start);
    case TOK_KW_DEL: return del_stmt(p);
    case TOK_KW_ASSERT: {
        parser_advance(p);
        Node *test = parse_expression(p);
        if (test == NULL) return NULL;
        Node *msg = NULL;
        if (parser_accept(p, TOK_COMMA)) {
            msg = parse_expression(p);
            if (msg == NULL) return NULL;
        }
        Node *s = parser_node(p, AST_ASSERT, &start);
        if (s != NULL) {
            s->Assert.test = test;
            s->Assert.msg = msg;
        }
        return s;
    }
    case TOK_KW_GLOBAL: return global_stmt(p, AST_GLOBAL);
    case TOK_KW_NONLOCAL: return global_stmt(p, AST_NONLOCAL);
    default: return expr_statement(p);
    }
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
static bool simple_stmts(Parser *p, NodeList **body) {
    for (;;) {
        Node *s = parse_simple_stmt(p);
        if (s == NULL) return false;
        if (!parser_push(p, body, s)) return false;
        if (parser_accept(p, TOK_SEMI)) {
            if (parser_type(p, 0) == TOK_NEWLINE) break;
            continue;
        }
        break;
    }
    if (!parser_accept(p, TOK_NEWLINE)) {
        parser_generic_error(p);
        return false;
    }
    return true;
}

/* ---- blocks and compound statements ---- */

// block: NEWLINE INDENT statements DEDENT | simple_stmts. [kw] is the statement's
// keyword token (for the IndentationError's "on line N"), [what] the statement name.
NodeList *parse_block(Parser *p, const Token *kw, const char *what) {
    NodeList *body = NULL;
    if (parser_type(p, 0) == TOK_NEWLINE) {
        parser_advance(p);
        if (parser_type(p, 0) != TOK_INDENT) {
            if (p->failed) return NULL;
            Buf m;
            buf_init(&m);
            if (!tokenizer_format(p->h, &m, "expected an indented block after %s on line %d",
                                  what, kw->lineno)) {
                parser_nomem(p);
                return NULL;
            }
            parser_error_last_buf(p, PARSE_ERR_INDENTATION, m);
            return NULL;
        }
        parser_advance(p);
        if (!parser_enter(p)) return NULL;
        do {
            if (!parse_statement(p, &body)) {
                parser_leave(p);
                return NULL;
            }
        } while (parser_type(p, 0) != TOK_DEDENT && !p->failed);
        parser_leave(p);
        if (!parser_accept(p, TOK_DEDENT)) {
            parser_generic_error(p);
            return NULL;
        }
        return body;
    }
    int t = parser_type(p, 0);
    if (t == TOK_ENDMARKER || t == TOK_INDENT || t == TOK_DEDENT) {
        parser_generic_error(p);
        return NULL;
    }
    if (!simple_stmts(p, &body)) return NULL;
    return body;
}

// ':' after a statement header: NEWLINE gives "expected ':'", anything else
// "invalid syntax" (CPython's invalid_*_stmt rules).
static bool expect_colon(Parser *p) {
    if (parser_accept(p, TOK_COLON)) return true;
    if (p->failed) return false;
    if (parser_type(p, 0) == TOK_NEWLINE) {
        parser_error_last(p, PARSE_ERR_SYNTAX, "expected ':'", NULL, NULL);
        return false;
    }
    parser_generic_error(p);
    return false;
}

// '&&' forced token: any other token gives "expected 'X'" at that token.
static bool expect_forced(Parser *p, int type, const char *what) {
    if (parser_accept(p, type)) return true;
    if (p->failed) return false;
    parser_error_tok(p, PARSE_ERR_SYNTAX, parser_peek(p, 0), "expected '%s'", what, NULL);
    return false;
}

static Node *last_stmt_end(NodeList *l) { return ast_get(l, ast_len(l) - 1); }

static void end_at(Node *s, const Node *last) {
    s->end_lineno = last->end_lineno;
    s->end_col_offset = last->end_col_offset;
}

static Node *if_stmt(Parser *p, bool elif) {
    const Token kw = *parser_advance(p);
    Node *test = parse_named_expression(p);
    if (test == NULL) return NULL;
    if (!expect_colon(p)) return NULL;
    NodeList *body = parse_block(p, &kw, elif ? "'elif' statement" : "'if' statement");
    if (body == NULL) return NULL;
    Node *s = parser_node(p, AST_IF, &kw);
    if (s == NULL) return NULL;
    s->If.test = test;
    s->If.body = body;
    end_at(s, last_stmt_end(body));
    if (parser_type(p, 0) == TOK_KW_ELIF) {
        if (!parser_enter(p)) return NULL;
        Node *e = if_stmt(p, true);
        parser_leave(p);
        if (e == NULL) return NULL;
        if (!parser_push(p, &s->If.orelse, e)) return NULL;
        end_at(s, e);
    } else if (parser_type(p, 0) == TOK_KW_ELSE) {
        const Token ekw = *parser_advance(p);
        if (!expect_forced(p, TOK_COLON, ":")) return NULL;
        NodeList *orelse = parse_block(p, &ekw, "'else' statement");
        if (orelse == NULL) return NULL;
        s->If.orelse = orelse;
        end_at(s, last_stmt_end(orelse));
    }
    return s;
}

// else_block for while/for/try: 'else' &&':' block
static bool else_block(Parser *p, NodeList **out) {
    const Token ekw = *parser_advance(p);
    if (!expect_forced(p, TOK_COLON, ":")) return false;
    *out = parse_block(p, &ekw, "'else' statement");
    return *out != NULL;
}

static Node *while_stmt(Parser *p) {
    const Token kw = *parser_advance(p);
    Node *test = parse_named_expression(p);
    if (test == NULL) return NULL;
    if (!expect_colon(p)) return NULL;
    NodeList *body = parse_block(p, &kw, "'while' statement");
    if (body == NULL) return NULL;
    Node *s = parser_node(p, AST_WHILE, &kw);
    if (s == NULL) return NULL;
    s->While.test = test;
    s->While.body = body;
    end_at(s, last_stmt_end(body));
    if (parser_type(p, 0) == TOK_KW_ELSE) {
        if (!else_block(p, &s->While.orelse)) return NULL;
        end_at(s, last_stmt_end(s->While.orelse));
    }
    return s;
}

static Node *for_stmt(Parser *p, const Token *async_kw) {
    const Token kw = *parser_advance(p);
    Node *target = parse_star_targets(p);
    if (target == NULL) return NULL;
    if (!parser_accept(p, TOK_KW_IN)) {
        parser_generic_error(p);
        return NULL;
    }
    Node *iter = parse_star_expressions(p);
    if (iter == NULL) return NULL;
    if (!expect_colon(p)) return NULL;
    NodeList *body = parse_block(p, &kw, "'for' statement");
    if (body == NULL) return NULL;
    Node *s = parser_node(p, async_kw ? AST_ASYNC_FOR : AST_FOR, async_kw ? async_kw : &kw);
    if (s == NULL) return NULL;
    s->For.target = target;
    s->For.iter = iter;
    s->For.body = body;
    end_at(s, last_stmt_end(body));
    if (parser_type(p, 0) == TOK_KW_ELSE) {
        if (!else_block(p, &s->For.orelse)) return NULL;
        end_at(s, last_stmt_end(s->For.orelse));
    }
    return s;
}

// with_item: expression ['as' star_target]
static Node *with_item(Parser *p) {
    Node *e = parse_expression(p);
    if (e == NULL) return NULL;
    Node *vars = NULL;
    if (parser_accept(p, TOK_KW_AS)) {
        Parser *saved = parser_save(p);
        if (saved == NULL) return NULL;
        vars = parse_star_target(p);
        int t = parser_type(p, 0);
        if (vars == NULL ||
            (t != TOK_COMMA && t != TOK_RPAR && t != TOK_COLON && t != TOK_NEWLINE)) {
            // star_target &(',' | ')' | ':') failed: CPython's invalid_with_item
            if (p->tok_failed || (p->failed && p->specific)) return NULL;
            Token fp_last = p->last;
            parser_restore(p, saved, true);
            parser_invalid_targets(p, 3, &fp_last);
            return NULL;
        }
    }
    Node *w = ast_new(p->h, AST_WITHITEM, 0, 0, 0, 0);
    if (w == NULL) {
        parser_nomem(p);
        return NULL;
    }
    w->withitem.context_expr = e;
    w->withitem.optional_vars = vars;
    return w;
}

static Node *with_stmt(Parser *p, const Token *async_kw) {
    const Token kw = *parser_advance(p);
    NodeList *items = NULL;
    bool done = false;
    if (parser_type(p, 0) == TOK_LPAR) {
        // 'with' '(' ','.with_item+ ','? ')' ':' — else the '(' starts an expression
        Parser *saved = parser_save(p);
    if (saved == NULL) return NULL;
        parser_advance(p);
        for (;;) {
            Node *w = with_item(p);
            if (w == NULL) break;
            if (!parser_push(p, &items, w)) return NULL;
            if (!parser_accept(p, TOK_COMMA)) break;
            if (parser_type(p, 0) == TOK_RPAR) break;
        }
        if (!p->failed && parser_accept(p, TOK_RPAR) &&
            (parser_type(p, 0) == TOK_COLON || parser_type(p, 0) == TOK_NEWLINE)) {
            done = true;
        } else {
            if (p->tok_failed) return NULL;
            parser_restore(p, saved, true);
            items = NULL;
        }
    }
    if (!done) {
        for (;;) {
            Node *w = with_item(p);
            if (w == NULL) return NULL;
            if (!parser_push(p, &items, w)) return NULL;
            if (!parser_accept(p, TOK_COMMA)) break;
        }
    }
    if (!expect_colon(p)) return NULL;
    NodeList *body = parse_block(p, &kw, "'with' statement");
    if (body == NULL) return NULL;
    Node *s = parser_node(p, async_kw ? AST_ASYNC_WITH : AST_WITH, async_kw ? async_kw : &kw);
    if (s == NULL) return NULL;
    s->With.items = items;
    s->With.body = body;
    end_at(s, last_stmt_end(body));
    return s;
}

static Node *except_block(Parser *p, bool *star, bool first) {
    const Token kw = *parser_advance(p); // 'except'
    bool is_star = false;
    Token star_tok = kw;
    if (parser_type(p, 0) == TOK_STAR) {
        star_tok = *parser_advance(p);
        is_star = true;
        int t = parser_type(p, 0);
        if (t == TOK_NEWLINE || t == TOK_COLON) {
            parser_error_last(p, PARSE_ERR_SYNTAX, "expected one or more exception types", NULL, NULL);
            return NULL;
        }
    }
    bool mixed = !first && is_star != *star;
    if (!mixed) *star = is_star;
    Node *type = NULL;
    BView name = {NULL, 0};
    if (parser_type(p, 0) == TOK_NEWLINE) {
        parser_error_last(p, PARSE_ERR_SYNTAX, "expected ':'", NULL, NULL);
        return NULL;
    }
    if (parser_type(p, 0) != TOK_COLON) {
        type = parse_expression(p);
        if (type == NULL) return NULL;
        if (parser_type(p, 0) == TOK_COMMA) {
            // except a, b: -> "multiple exception types must be parenthesized"
            Parser *saved = parser_save(p);
    if (saved == NULL) return NULL;
            parser_advance(p);
            Node *rest = parse_expressions(p);
            if (rest != NULL) {
                if (parser_accept(p, TOK_KW_AS)) parser_accept(p, TOK_NAME);
                if (parser_type(p, 0) == TOK_COLON) {
                    parser_error_from(p, type->lineno, type->col_offset,
                                      "multiple exception types must be parenthesized");
                    return NULL;
                }
            }
            if (p->tok_failed) return NULL;
            parser_restore(p, saved, false);
        }
        if (parser_accept(p, TOK_KW_AS)) {
            if (parser_type(p, 0) != TOK_NAME) {
                parser_generic_error(p);
                return NULL;
            }
            name = parser_tok_text(p, parser_advance(p));
        }
    }
    if (mixed && parser_type(p, 0) == TOK_COLON) {
        // CPython's invalid_try_stmt: at the 'except' of the odd handler ('except' '*'
        // as a range when it is the starred one)
        if (is_star)
            parser_error_range(p, PARSE_ERR_SYNTAX, kw.lineno, kw.col, star_tok.end_lineno,
                               star_tok.end_col,
                               "cannot have both 'except' and 'except*' on the same 'try'",
                               NULL, NULL);
        else
            parser_error_tok(p, PARSE_ERR_SYNTAX, &kw,
                             "cannot have both 'except' and 'except*' on the same 'try'", NULL,
                             NULL);
        return NULL;
    }
    if (!expect_colon(p)) return NULL;
    if (mixed) {
        parser_generic_error(p);
        return NULL;
    }
    NodeList *body = parse_block(p, &kw, is_star ? "'except*' statement" : "'except' statement");
    if (body == NULL) return NULL;
    Node *h = parser_node(p, AST_EXCEPT_HANDLER, &kw);
    if (h == NULL) return NULL;
    h->ExceptHandler.type = type;
    h->ExceptHandler.name = name;
    h->ExceptHandler.body = body;
    end_at(h, last_stmt_end(body));
    return h;
}

static Node *try_stmt(Parser *p) {
    const Token kw = *parser_advance(p);
    if (!expect_forced(p, TOK_COLON, ":")) return NULL;
    NodeList *body = parse_block(p, &kw, "'try' statement");
    if (body == NULL) return NULL;
    NodeList *handlers = NULL, *orelse = NULL, *finalbody = NULL;
    bool star = false;
    bool first = true;
    while (parser_type(p, 0) == TOK_KW_EXCEPT) {
        Node *h = except_block(p, &star, first);
        if (h == NULL) return NULL;
        first = false;
        if (!parser_push(p, &handlers, h)) return NULL;
    }
    if (handlers != NULL && parser_type(p, 0) == TOK_KW_ELSE) {
        if (!else_block(p, &orelse)) return NULL;
    }
    if (parser_type(p, 0) == TOK_KW_FINALLY) {
        const Token fkw = *parser_advance(p);
        if (!expect_forced(p, TOK_COLON, ":")) return NULL;
        finalbody = parse_block(p, &fkw, "'finally' statement");
        if (finalbody == NULL) return NULL;
    }
    if (handlers == NULL && finalbody == NULL) {
        if (p->failed) return NULL;
        parser_peek(p, 0);
        parser_error_last(p, PARSE_ERR_SYNTAX, "expected 'except' or 'finally' block", NULL, NULL);
        return NULL;
    }
    Node *s = parser_node(p, star ? AST_TRY_STAR : AST_TRY, &kw);
    if (s == NULL) return NULL;
    s->Try.body = body;
    s->Try.handlers = handlers;
    s->Try.orelse = orelse;
    s->Try.finalbody = finalbody;
    NodeList *last = finalbody ? finalbody : orelse ? orelse : NULL;
    if (last != NULL) end_at(s, last_stmt_end(last));
    else end_at(s, ast_get(handlers, ast_len(handlers) - 1));
    return s;
}

static Node *funcdef(Parser *p, NodeList *decorators, const Token *async_kw) {
    const Token kw = *parser_advance(p); // 'def'
    if (parser_type(p, 0) != TOK_NAME) {
        parser_generic_error(p);
        return NULL;
    }
    BView name = parser_tok_text(p, parser_advance(p));
    if (!expect_forced(p, TOK_LPAR, "(")) return NULL;
    Node *args = parse_arguments_def(p, false, TOK_RPAR);
    if (args == NULL) return NULL;
    if (!parser_accept(p, TOK_RPAR)) {
        parser_generic_error(p);
        return NULL;
    }
    Node *returns = NULL;
    if (parser_type(p, 0) == TOK_RARROW) {
        const Token arrow = *parser_advance(p);
        returns = parse_expression(p);
        if (returns == NULL) {
            // ['->' expression] did not match: the forced ':' fails at the arrow
            if (p->tok_failed || p->specific) return NULL;
            p->failed = false;
            parser_error_tok(p, PARSE_ERR_SYNTAX, &arrow, "expected ':'", NULL, NULL);
            return NULL;
        }
    }
    if (!expect_forced(p, TOK_COLON, ":")) return NULL;
    NodeList *body = parse_block(p, &kw, "function definition");
    if (body == NULL) return NULL;
    Node *s = parser_node(p, async_kw ? AST_ASYNC_FUNCTION_DEF : AST_FUNCTION_DEF,
                          async_kw ? async_kw : &kw);
    if (s == NULL) return NULL;
    s->FunctionDef.name = name;
    s->FunctionDef.args = args;
    s->FunctionDef.body = body;
    s->FunctionDef.decorator_list = decorators;
    s->FunctionDef.returns = returns;
    end_at(s, last_stmt_end(body));
    return s;
}

static Node *classdef(Parser *p, NodeList *decorators) {
    const Token kw = *parser_advance(p); // 'class'
    if (parser_type(p, 0) != TOK_NAME) {
        parser_generic_error(p);
        return NULL;
    }
    BView name = parser_tok_text(p, parser_advance(p));
    NodeList *bases = NULL, *keywords = NULL;
    if (parser_type(p, 0) == TOK_LPAR) {
        const Token open = *parser_advance(p);
        bases = parse_class_args(p, &keywords, &open);
        if (p->failed) return NULL;
    }
    if (!expect_colon(p)) return NULL;
    NodeList *body = parse_block(p, &kw, "class definition");
    if (body == NULL) return NULL;
    Node *s = parser_node(p, AST_CLASS_DEF, &kw);
    if (s == NULL) return NULL;
    s->ClassDef.name = name;
    s->ClassDef.bases = bases;
    s->ClassDef.keywords = keywords;
    s->ClassDef.body = body;
    s->ClassDef.decorator_list = decorators;
    end_at(s, last_stmt_end(body));
    return s;
}

static Node *decorated(Parser *p) {
    NodeList *decos = NULL;
    while (parser_type(p, 0) == TOK_AT) {
        parser_advance(p);
        Node *d = parse_named_expression(p);
        if (d == NULL) return NULL;
        if (!parser_accept(p, TOK_NEWLINE)) {
            parser_generic_error(p);
            return NULL;
        }
        if (!parser_push(p, &decos, d)) return NULL;
    }
    int t = parser_type(p, 0);
    if (t == TOK_KW_DEF) return funcdef(p, decos, NULL);
    if (t == TOK_KW_CLASS) return classdef(p, decos);
    if (t == TOK_KW_ASYNC && parser_type(p, 1) == TOK_KW_DEF) {
        const Token a = *parser_advance(p);
        return funcdef(p, decos, &a);
    }
    parser_generic_error(p);
    return NULL;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// Returns NULL without an error (p->failed false) when the statement is not a match
// statement, after restoring the parser state.
static Node *match_stmt(Parser *p, bool *not_match) {
    *not_match = false;
    Parser *saved = parser_save(p);
    if (saved == NULL) return NULL;
    const Token kw = *parser_advance(p);
    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    const Token sstart = *parser_peek(p, 0);
    Node *subject = parse_star_named_expression(p);
    if (subject != NULL && parser_type(p, 0) == TOK_COMMA) {
        NodeList *elts = NULL;
        if (!parser_push(p, &elts, subject)) return NULL;
        while (parser_accept(p, TOK_COMMA)) {
            int t = parser_type(p, 0);
            if (t == TOK_COLON || t == TOK_NEWLINE) break;
            Node *e = parse_star_named_expression(p);
            if (e == NULL) break;
            if (!parser_push(p, &elts, e)) return NULL;
        }
        if (!p->failed) {
            Node *tup = parser_node(p, AST_TUPLE, &sstart);
            if (tup == NULL) return NULL;
            tup->Tuple.elts = elts;
            tup->Tuple.ctx = AST_LOAD;
            subject = tup;
        }
    } else if (subject != NULL && subject->kind == AST_STARRED) {
        subject = NULL; // a lone starred expression is not a subject
    }
    if (p->tok_failed) return NULL;
    if (subject == NULL || p->failed ||
        (parser_type(p, 0) != TOK_COLON && parser_type(p, 0) != TOK_NEWLINE)) {
        parser_restore(p, saved, true);
        *not_match = true;
        return NULL;
    }
    if (parser_type(p, 0) == TOK_NEWLINE) {
        // CPython's invalid_match_stmt ("match" subject_expr NEWLINE: "expected ':'")
        // only runs in its second pass, when the source failed to parse somewhere: then
        // it fires here first, even if this line is a valid expression statement. So
        // parse the line as a statement and remember the latent error.
        p->latent_colon = true;
        parser_restore(p, saved, true);
        p->latent_colon = true;
        *not_match = true;
        return NULL;
    }
    parser_advance(p); // ':'
    if (!parser_accept(p, TOK_NEWLINE)) {
        // `match x: pass` is not a match statement
        if (p->tok_failed) return NULL;
        parser_restore(p, saved, true);
        *not_match = true;
        return NULL;
    }
    if (parser_type(p, 0) != TOK_INDENT) {
        if (p->failed) return NULL;
        Buf m;
        buf_init(&m);
        if (!tokenizer_format(p->h, &m,
                              "expected an indented block after 'match' statement on line %d",
                              kw.lineno)) {
            parser_nomem(p);
            return NULL;
        }
        parser_error_last_buf(p, PARSE_ERR_INDENTATION, m);
        return NULL;
    }
    parser_advance(p);
    NodeList *cases = NULL;
    do {
        if (!parser_at_soft_kw(p, 0, "case")) {
            parser_generic_error(p);
            return NULL;
        }
        const Token ckw = *parser_advance(p);
        Node *pat = parse_patterns(p);
        if (pat == NULL) return NULL;
        Node *guard = NULL;
        if (parser_accept(p, TOK_KW_IF)) {
            guard = parse_named_expression(p);
            if (guard == NULL) return NULL;
        }
        if (!expect_colon(p)) return NULL;
        NodeList *body = parse_block(p, &ckw, "'case' statement");
        if (body == NULL) return NULL;
        Node *mc = ast_new(p->h, AST_MATCH_CASE, 0, 0, 0, 0);
        if (mc == NULL) {
            parser_nomem(p);
            return NULL;
        }
        mc->match_case.pattern = pat;
        mc->match_case.guard = guard;
        mc->match_case.body = body;
        if (!parser_push(p, &cases, mc)) return NULL;
    } while (parser_type(p, 0) != TOK_DEDENT && !p->failed);
    if (!parser_accept(p, TOK_DEDENT)) {
        parser_generic_error(p);
        return NULL;
    }
    Node *s = parser_node(p, AST_MATCH, &kw);
    if (s == NULL) return NULL;
    s->Match.subject = subject;
    s->Match.cases = cases;
    Node *lastcase = ast_get(cases, ast_len(cases) - 1);
    end_at(s, last_stmt_end(lastcase->match_case.body));
    return s;
}

// statement: compound_stmt | simple_stmts. Appends to *body.
static bool parse_statement(Parser *p, NodeList **body) {
    const Token *t = parser_peek(p, 0);
    Node *s = NULL;
    switch (t->type) {
    case TOK_KW_DEF: s = funcdef(p, NULL, NULL); break;
    case TOK_KW_IF: s = if_stmt(p, false); break;
    case TOK_KW_CLASS: s = classdef(p, NULL); break;
    case TOK_KW_WITH: s = with_stmt(p, NULL); break;
    case TOK_KW_FOR: s = for_stmt(p, NULL); break;
    case TOK_KW_TRY: s = try_stmt(p); break;
    case TOK_KW_WHILE: s = while_stmt(p); break;
    case TOK_AT: s = decorated(p); break;
    case TOK_KW_ASYNC: {
        int t1 = parser_type(p, 1);
        if (t1 == TOK_KW_DEF || t1 == TOK_KW_WITH || t1 == TOK_KW_FOR) {
            const Token a = *parser_advance(p);
            if (t1 == TOK_KW_DEF) s = funcdef(p, NULL, &a);
            else if (t1 == TOK_KW_WITH) s = with_stmt(p, &a);
            else s = for_stmt(p, &a);
        } else {
            parser_advance(p);
            parser_peek(p, 0);
            parser_generic_error(p);
            return false;
        }
        break;
    }
    case TOK_NAME:
        if (parser_at_soft_kw(p, 0, "match")) {
            int t1 = parser_type(p, 1);
            // quick filter: tokens that cannot start a subject
            if (t1 != TOK_EQUAL && t1 != TOK_DOT && t1 != TOK_NEWLINE && t1 != TOK_COLON &&
                t1 != TOK_COMMA && t1 != TOK_RPAR && t1 != TOK_SEMI && t1 != TOK_ENDMARKER &&
                !is_augassign(t1, &(int){0}) && t1 != TOK_ERROR) {
                bool not_match;
                s = match_stmt(p, &not_match);
                if (s != NULL) break;
                if (!not_match) return false;
            }
        }
        return simple_stmts(p, body);
    case TOK_INDENT:
    case TOK_DEDENT:
        parser_generic_error(p);
        return false;
    default:
        return simple_stmts(p, body);
    }
    if (s == NULL) return false;
    return parser_push(p, body, s);
}

/* ---- driver ---- */

// CPython's bad_single_statement(): anything but blanks and comments after the statement.
static bool bad_single_statement(Parser *p) {
    size_t i = p->tok.pos;
    for (;;) {
        int c = bview_get(p->src, i);
        while (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\014') c = bview_get(p->src, ++i);
        if (c < 0) return false;
        if (c != '#') return true;
        while (c >= 0 && c != '\n' && c != '\r') c = bview_get(p->src, ++i);
    }
}

static Node *parse_file(Parser *p) {
    NodeList *body = NULL;
    while (parser_type(p, 0) != TOK_ENDMARKER) {
        if (p->failed) return NULL;
        if (!parse_statement(p, &body)) return NULL;
    }
    Node *m = ast_new(p->h, AST_MODULE, 0, 0, 0, 0);
    if (m == NULL) {
        parser_nomem(p);
        return NULL;
    }
    m->Module.body = body;
    return m;
}

static Node *parse_eval(Parser *p) {
    Node *e = parse_expressions(p);
    if (e == NULL) return NULL;
    while (parser_accept(p, TOK_NEWLINE)) {
    }
    if (parser_type(p, 0) != TOK_ENDMARKER) {
        parser_generic_error(p);
        return NULL;
    }
    Node *m = ast_new(p->h, AST_EXPRESSION, 0, 0, 0, 0);
    if (m == NULL) {
        parser_nomem(p);
        return NULL;
    }
    m->Expression.body = e;
    return m;
}

static Node *parse_interactive(Parser *p) {
    NodeList *body = NULL;
    int t = parser_type(p, 0);
    if (t == TOK_ENDMARKER) {
        parser_generic_error(p);
        return NULL;
    }
    if (t == TOK_NEWLINE) {
        const Token nl = *parser_advance(p);
        Node *pass = parser_node(p, AST_PASS, &nl);
        if (pass == NULL || !parser_push(p, &body, pass)) return NULL;
    } else {
        const Token *s = parser_peek(p, 0);
        bool compound = s->type == TOK_KW_DEF || s->type == TOK_KW_IF ||
                        s->type == TOK_KW_CLASS || s->type == TOK_KW_WITH ||
                        s->type == TOK_KW_FOR || s->type == TOK_KW_TRY ||
                        s->type == TOK_KW_WHILE || s->type == TOK_AT ||
                        s->type == TOK_KW_ASYNC;
        if (!parse_statement(p, &body)) return NULL;
        Node *last = ast_get(body, ast_len(body) - 1);
        compound = compound || (last != NULL && last->kind == AST_MATCH);
        if (compound && !parser_accept(p, TOK_NEWLINE)) {
            parser_generic_error(p);
            return NULL;
        }
    }
    if (bad_single_statement(p)) {
        parser_error_last(p, PARSE_ERR_SYNTAX,
                          "multiple statements found while compiling a single statement", NULL, NULL);
        return NULL;
    }
    Node *m = ast_new(p->h, AST_INTERACTIVE, 0, 0, 0, 0);
    if (m == NULL) {
        parser_nomem(p);
        return NULL;
    }
    m->Interactive.body = body;
    return m;
}

// The error of [src] replaces the one in [dst]; [dst]'s SyntaxWarnings are kept (the ones
// the rest of the source gave are not issued: the source failed).
static void take_error(ParseError *dst, const ParseError *src) {
    dst->msg = src->msg;
    dst->kind = src->kind;
    dst->lineno = src->lineno;
    dst->col_offset = src->col_offset;
    dst->end_lineno = src->end_lineno;
    dst->end_col_offset = src->end_col_offset;
    dst->incomplete = src->incomplete;
    dst->line_only = src->line_only;
    dst->tok_line = src->tok_line;
    dst->fexpr = src->fexpr;
    dst->fexpr_lineno = src->fexpr_lineno;
    dst->fexpr_start = src->fexpr_start;
    dst->fexpr_end = src->fexpr_end;
}

// After a parser error: tokenize the rest of the source; a tokenizer error there (or an
// unclosed bracket opened before the error's line) replaces the parser's error.
static void check_rest_for_tokenizer_errors(Parser *p) {
    ParseError scratch;
    buf_init(&scratch.msg);
    scratch.nwarn = 0;
    scratch.kind = 0;
    scratch.lineno = scratch.col_offset = scratch.end_lineno = scratch.end_col_offset = 0;
    scratch.incomplete = false;
    scratch.line_only = false;
    scratch.fexpr = false;
    p->tok.err = &scratch;
    int err_line = p->furthest.lineno; // CPython: the last token fetched
    Token t;
    for (;;) {
        int type = tokenizer_next(&p->tok, &t);
        if (type == TOK_ENDMARKER) break;
        if (type == TOK_ERROR) {
            if (p->tok.raised) {
                take_error(p->err, &scratch);
                p->tok_failed = true;
                p->eof_error = p->tok.eof_in_construct;
            } else if (p->tok.unclosed_eof) {
                if (err_line > scratch.lineno) {
                    take_error(p->err, &scratch);
                    p->tok_failed = true;
                    p->eof_error = true;
                }
            }
            break;
        }
    }
    p->tok.err = p->err;
}

// Rejects NUL bytes and invalid UTF-8 before tokenizing (CPython decodes first).
static bool check_source(Parser *p) {
    BView s = p->src;
    int lineno = 1;
    size_t line_start = 0;
    size_t i = 0;
    // NUL bytes are refused before anything else, as in CPython
    int64_t nul = bview_find_byte(s, 0, 0);
    if (nul >= 0) {
        Buf m;
        buf_init(&m);
        if (!tokenizer_format(p->h, &m, "source code cannot contain null bytes")) {
            parser_nomem(p);
            return false;
        }
        int nl = 1;
        for (size_t k = 0; k < (size_t)nul; k++)
            if (bview_get(s, k) == '\n') nl++;
        tokenizer_set_error(p->err, PARSE_ERR_SYNTAX, m, nl, 0, 0, 0);
        p->failed = true;
        return false;
    }
    while (i < s.n) {
        int c = bview_get(s, i);
        if (c < 0x80) {
            if (c == 0) {
                Buf m;
                buf_init(&m);
                if (!tokenizer_format(p->h, &m, "source code cannot contain null bytes")) {
                    parser_nomem(p);
                    return false;
                }
                tokenizer_set_error(p->err, PARSE_ERR_SYNTAX, m, lineno, 0, 0, 0);
                p->failed = true;
                return false;
            }
            if (c == '\n') {
                lineno++;
                line_start = i + 1;
            }
            i++;
            continue;
        }
        size_t need;
        uint32_t min;
        if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
        else { need = 0; min = 0; }
        bool ok = need > 0;
        uint32_t cp = (uint32_t)c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
        const char *why = "invalid start byte";
        for (size_t k = 1; ok && k <= need; k++) {
            int d = bview_get(s, i + k);
            if (d < 0) { ok = false; why = "unexpected end of data"; break; }
            if ((d & 0xC0) != 0x80) { ok = false; why = "invalid continuation byte"; break; }
            cp = (cp << 6) | ((uint32_t)d & 0x3F);
        }
        if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) {
            ok = false;
            why = "invalid continuation byte";
        }
        if (!ok) {
            Buf m;
            buf_init(&m);
            const char hex[] = "0123456789abcdef";
            char hx[3] = {hex[(c >> 4) & 15], hex[c & 15], 0};
            if (!tokenizer_format(p->h, &m,
                                  "(unicode error) 'utf-8' codec can't decode byte 0x%s in "
                                  "position %d: %s",
                                  hx, (int)(i - line_start), why)) {
                parser_nomem(p);
                return false;
            }
            tokenizer_set_error(p->err, PARSE_ERR_SYNTAX, m, lineno,
                                (int)tokenizer_char_count(s, line_start, i) + 1, 0, 0);
            p->failed = true;
            return false;
        }
        i += need + 1;
    }
    return true;
}

Node *parse_source(Heap *h, BView src, int mode, ParseError *err) {
    buf_init(&err->msg);
    err->kind = PARSE_ERR_SYNTAX;
    err->lineno = err->col_offset = err->end_lineno = err->end_col_offset = 0;
    err->incomplete = false;
    err->inc_lineno = 0;
    err->line_only = false;
    err->fexpr = false;
    err->nwarn = 0;
    Parser *p = heap_new(h, sizeof(Parser), HEAP_SCAN);
    if (p == NULL) {
        err->kind = PARSE_ERR_MEMORY;
        return NULL;
    }
    p->h = h;
    p->src = src;
    p->src_empty = src.n == 0;
    p->byte_offsets = (mode & PARSE_BYTE_OFFSETS) != 0;
    p->dont_imply_dedent = (mode & PARSE_DONT_IMPLY_DEDENT) != 0;
    p->first_pass_known = p->first_pass_at_end = false;
    mode &= ~(PARSE_BYTE_OFFSETS | PARSE_DONT_IMPLY_DEDENT);
    p->mode = mode == PARSE_REPL ? PARSE_SINGLE : mode;
    p->err = err;
    if (!check_source(p)) return NULL;
    // a REPL's input is complete lines: act as if the last one ended with a newline
    tokenizer_init(&p->tok, h, src, mode == PARSE_EXEC || mode == PARSE_REPL, err);
    p->tok.byte_offsets = p->byte_offsets;
    Node *result;
    if (p->mode == PARSE_EVAL) result = parse_eval(p);
    else if (p->mode == PARSE_SINGLE) result = parse_interactive(p);
    else result = parse_file(p);
    if (result != NULL && !p->failed) {
        if (mode == PARSE_REPL) {
            // a compound statement is complete only after an empty line
            Node *first = ast_get(result->Interactive.body, 0);
            int k = first != NULL ? first->kind : AST_PASS;
            bool compound = k == AST_FUNCTION_DEF || k == AST_ASYNC_FUNCTION_DEF ||
                            k == AST_CLASS_DEF || k == AST_IF || k == AST_FOR ||
                            k == AST_ASYNC_FOR || k == AST_WHILE || k == AST_WITH ||
                            k == AST_ASYNC_WITH || k == AST_TRY || k == AST_TRY_STAR ||
                            k == AST_MATCH;
            int last = src.n > 0 ? bview_get(src, src.n - 1) : -1;
            if (compound && last != '\n' && last != '\r') {
                Buf m;
                buf_init(&m);
                if (!tokenizer_format(h, &m, "incomplete input")) {
                    err->kind = PARSE_ERR_MEMORY;
                    return NULL;
                }
                tokenizer_set_error(err, PARSE_ERR_SYNTAX, m, 0, 0, 0, 0);
                err->incomplete = true;
                return NULL;
            }
        }
        return result;
    }
    // Input that more lines could complete (CPython's _is_end_of_source): it ended inside
    // a bracket, a string or a continuation line, or the parser failed after the
    // tokenizer had read up to the end of the source (an implied final newline is not
    // the end: in exec mode "1 +" is wrong, not incomplete). CPython decides it after its
    // first pass, before the error checks below tokenize further, and reports it at the
    // last token fetched; a tokenizer error's token has no position: where it stopped.
    bool incomplete = p->first_pass_known ? p->first_pass_at_end
                      : p->tok_failed     ? p->eof_error
                                          : p->tok.hit_eof;
    if (incomplete && p->tok_failed) {
        err->inc_lineno = err->inc_end_lineno = p->tok.lineno;
        err->inc_offset = tokenizer_cur_offset(&p->tok);
        err->inc_end_offset = -1;
    } else if (incomplete) {
        tok_offsets(p, &p->last, &err->inc_offset, &err->inc_end_offset);
        err->inc_lineno = p->last.lineno;
        err->inc_end_lineno = p->last.end_lineno;
    }
    if (!p->failed) parser_generic_error(p);
    if (p->latent_colon && !p->tok_failed && err->kind != PARSE_ERR_MEMORY &&
        err->kind != PARSE_ERR_RECURSION) {
        p->failed = false;
        parser_error_last(p, PARSE_ERR_SYNTAX, "expected ':'", NULL, NULL);
    }
    if (!p->tok_failed && !p->no_rest_check &&
        (err->kind == PARSE_ERR_SYNTAX || err->kind == PARSE_ERR_INDENTATION))
        check_rest_for_tokenizer_errors(p);
    err->incomplete = incomplete;
    return NULL;
}
