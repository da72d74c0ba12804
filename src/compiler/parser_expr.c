/*
 * parser_expr.c: expressions, call arguments, parameters, comprehensions and assignment
 * targets of the Python 3.11 grammar (see parser.c for the overall approach).
 *
 * Binary operators use precedence climbing (left-associative levels loop, so a chain of
 * thousands of `+` never recurses); unary operators, `not`, `**`, lambda and conditional
 * expressions recurse and are bounded by parser_enter's depth guard.
 */
#include "parser_int.h"

static Node *parse_atom(Parser *p);
static Node *parse_primary(Parser *p);
static Node *parse_factor(Parser *p);
static Node *parse_lambda(Parser *p);
static NodeList *parse_comp_for(Parser *p);
static Node *parse_expression_nocheck(Parser *p);

/* ---- helpers ---- */

static Node *mk_name(Parser *p, const Token *t, int ctx) {
    Node *n = ast_new(p->h, AST_NAME, t->lineno, t->col, t->end_lineno, t->end_col);
    if (n == NULL) {
        parser_nomem(p);
        return NULL;
    }
    n->Name.id = parser_tok_text(p, t);
    n->Name.ctx = (uint8_t)ctx;
    return n;
}

// Tokens that can begin an expression (CPython's `expression` rule).
static bool starts_expression(int t) {
    switch (t) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_LPAR: case TOK_LSQB:
    case TOK_LBRACE: case TOK_MINUS: case TOK_PLUS: case TOK_TILDE: case TOK_KW_NOT:
    case TOK_KW_LAMBDA: case TOK_KW_AWAIT: case TOK_ELLIPSIS: case TOK_KW_NONE:
    case TOK_KW_TRUE: case TOK_KW_FALSE:
        return true;
    default:
        return false;
    }
}

static void error_starting_from(Parser *p, const Token *t, const char *msg) {
    parser_error_from(p, t->lineno, t->col, msg);
}

/* ---- targets ---- */

Node *parser_invalid_target(Node *e, int kind) {
    if (e == NULL) return NULL;
    switch (e->kind) {
    case AST_LIST:
    case AST_TUPLE: {
        NodeList *elts = e->kind == AST_LIST ? e->List.elts : e->Tuple.elts;
        for (size_t i = 0; i < ast_len(elts); i++) {
            Node *c = parser_invalid_target(ast_get(elts, i), kind);
            if (c != NULL) return c;
        }
        return NULL;
    }
    case AST_STARRED:
        if (kind == 1) return e;
        return parser_invalid_target(e->Starred.value, kind);
    case AST_COMPARE:
        if (kind == 2) {
            if (ast_cmpop_get(e, 0) == AST_IN) return parser_invalid_target(e->Compare.left, kind);
            return NULL;
        }
        return e;
    case AST_NAME:
    case AST_SUBSCRIPT:
    case AST_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(Node *e, int ctx) {
    switch (e->kind) {
    case AST_NAME: e->Name.ctx = (uint8_t)ctx; break;
    case AST_ATTRIBUTE: e->Attribute.ctx = (uint8_t)ctx; break;
    case AST_SUBSCRIPT: e->Subscript.ctx = (uint8_t)ctx; break;
    case AST_STARRED:
        e->Starred.ctx = (uint8_t)ctx;
        set_ctx(e->Starred.value, ctx);
        break;
    case AST_LIST:
    case AST_TUPLE: {
        NodeList *elts = e->kind == AST_LIST ? e->List.elts : e->Tuple.elts;
        if (e->kind == AST_LIST) e->List.ctx = (uint8_t)ctx;
        else e->Tuple.ctx = (uint8_t)ctx;
        for (size_t i = 0; i < ast_len(elts); i++) set_ctx(ast_get(elts, i), ctx);
        break;
    }
    default: break;
    }
}

bool parser_set_target(Parser *p, Node *e, int ctx, int kind) {
    Node *bad = parser_invalid_target(e, kind);
    if (bad != NULL) {
        parser_error_node(p, bad, kind == 1 ? "cannot delete %s" : "cannot assign to %s",
                          parser_expr_name(bad));
        return false;
    }
    set_ctx(e, ctx);
    return true;
}

// star_targets for `for` and comprehensions: star_target (',' star_target)* [','].
// Each element is parsed at bitwise_or level (so `in` ends it) and checked.
// One star_target at primary level (CPython's star_target: '*' star_target, or a NAME /
// parenthesized / bracketed atom with '.', '[', '(' trailers); no operators, so `in` or
// any operator ends it.
static Node *star_target_elem(Parser *p, bool allow_star) {
    if (allow_star && parser_type(p, 0) == TOK_STAR) {
        const Token st = *parser_advance(p);
        if (parser_type(p, 0) == TOK_STAR) {
            parser_generic_error(p);
            return NULL;
        }
        if (!parser_enter(p)) return NULL;
        Node *v = star_target_elem(p, true);
        parser_leave(p);
        if (v == NULL) return NULL;
        Node *e = parser_node(p, AST_STARRED, &st);
        if (e != NULL) e->Starred.value = v;
        return e;
    }
    int t = parser_type(p, 0);
    // any atom may start a target's primary (CPython's t_primary: `del 'abc'[0]`,
    // `for {}['k'] in ...`); a bare literal is rejected by the target check after
    if (t != TOK_NAME && t != TOK_LPAR && t != TOK_LSQB && t != TOK_STRING && t != TOK_NUMBER &&
        t != TOK_LBRACE && t != TOK_ELLIPSIS && t != TOK_KW_NONE && t != TOK_KW_TRUE &&
        t != TOK_KW_FALSE) {
        parser_generic_error(p);
        return NULL;
    }
    if (!parser_enter(p)) return NULL;
    Node *e = parse_primary(p);
    parser_leave(p);
    return e;
}

// star_targets (or one star_target when [single]); checked as targets of [kind]
// (0 assignment/with, 1 del, 2 for). [allow_star]: '*' elements (not for del).
static Node *targets_list(Parser *p, bool single, bool allow_star, int kind) {
    const Token start = *parser_peek(p, 0);
    NodeList *elts = NULL;
    bool tuple = false;
    Node *first = NULL;
    for (;;) {
        Node *e = star_target_elem(p, allow_star);
        if (e == NULL) return NULL;
        if (first == NULL) first = e;
        if (!parser_push(p, &elts, e)) return NULL;
        if (single || parser_type(p, 0) != TOK_COMMA) break;
        tuple = true;
        parser_advance(p);
        int t = parser_type(p, 0);
        if (!(t == TOK_NAME || t == TOK_LPAR || t == TOK_LSQB || (allow_star && t == TOK_STAR)))
            break;
    }
    Node *r = first;
    if (tuple) {
        r = parser_node(p, AST_TUPLE, &start);
        if (r == NULL) return NULL;
        r->Tuple.elts = elts;
    }
    if (parser_invalid_target(r, kind) != NULL) {
        // not a target: CPython's first pass fails here (its invalid_* rules then name it)
        parser_generic_error(p);
        return NULL;
    }
    if (!parser_set_target(p, r, kind == 1 ? AST_DEL : AST_STORE, kind)) return NULL;
    return r;
}

Node *parse_star_target(Parser *p) { return targets_list(p, true, true, 0); }

bool parser_del_targets(Parser *p, NodeList **out) {
    for (;;) {
        Node *e = star_target_elem(p, false);
        if (e == NULL) return false;
        if (parser_invalid_target(e, 1) != NULL) {
            parser_generic_error(p);
            return false;
        }
        if (!parser_set_target(p, e, AST_DEL, 1)) return false;
        if (!parser_push(p, out, e)) return false;
        if (parser_type(p, 0) != TOK_COMMA) return true;
        parser_advance(p);
        int t = parser_type(p, 0);
        if (!(t == TOK_NAME || t == TOK_LPAR || t == TOK_LSQB)) return true;
    }
}

// After a failed target parse (state back at the target's start, first-pass last token
// in [fp_last]): CPython's invalid_for_target / invalid_del_stmt / invalid_with_item,
// which parse star_expressions there (with their own error checks) and name the first
// invalid target; otherwise "invalid syntax" at the first pass's last token.
void parser_invalid_targets(Parser *p, int kind, const Token *fp_last) {
    if (p->tok_failed || (p->failed && p->specific)) return;
    p->failed = false;
    Node *e = kind == 3 ? parse_expression(p) : parse_star_expressions(p);
    if (p->tok_failed || (p->failed && p->specific)) return;
    p->failed = false;
    Node *bad = e != NULL ? parser_invalid_target(e, kind == 3 ? 0 : kind) : NULL;
    if (bad != NULL) {
        parser_error_node(p, bad, kind == 1 ? "cannot delete %s" : "cannot assign to %s",
                          parser_expr_name(bad));
        return;
    }
    p->last = *fp_last;
    parser_generic_error(p);
}

// star_targets 'in' of a for statement or comprehension, with CPython's error handling.
Node *parse_star_targets(Parser *p) {
    Parser *saved = parser_save(p);
    if (saved == NULL) return NULL;
    Node *t = targets_list(p, false, true, 2);
    if (t != NULL && parser_type(p, 0) == TOK_KW_IN) return t;
    if (p->tok_failed || (p->failed && p->specific)) return NULL;
    if (t != NULL) parser_peek(p, 0);
    Token fp_last = p->last;
    parser_restore(p, saved, true);
    parser_invalid_targets(p, 2, &fp_last);
    return NULL;
}

/* ---- atoms ---- */

Node *parser_number(Parser *p, const Token *t) {
    Node *n = ast_new(p->h, AST_CONSTANT, t->lineno, t->col, t->end_lineno, t->end_col);
    if (n == NULL) {
        parser_nomem(p);
        return NULL;
    }
    BView text = parser_tok_text(p, t);
    int ck = AST_CONST_INT;
    int c0 = bview_get(text, 0);
    int c1 = bview_get(text, 1);
    bool prefixed = c0 == '0' && (c1 == 'x' || c1 == 'X' || c1 == 'o' || c1 == 'O' ||
                                  c1 == 'b' || c1 == 'B');
    bool has_us = false;
    size_t len = text.n;
    if (!prefixed) {
        int last = bview_get(text, text.n - 1);
        if (last == 'j' || last == 'J') {
            ck = AST_CONST_IMAG;
            len--;
        }
        for (size_t i = 0; i < len && ck == AST_CONST_INT; i++) {
            int c = bview_get(text, i);
            if (c == '.' || c == 'e' || c == 'E') ck = AST_CONST_FLOAT;
        }
    }
    for (size_t i = 0; i < len; i++)
        if (bview_get(text, i) == '_') has_us = true;
    BView v = bview_slice(text, 0, len);
    if (has_us) {
        Buf b;
        buf_init(&b);
        if (buf_reserve(p->h, &b, len) != K_OK) {
            parser_nomem(p);
            return NULL;
        }
        for (size_t i = 0; i < len; i++) {
            int c = bview_get(text, i);
            if (c != '_' && buf_push(p->h, &b, (uint8_t)c) != K_OK) {
                parser_nomem(p);
                return NULL;
            }
        }
        v = buf_view(&b);
    }
    n->Constant.ckind = (uint8_t)ck;
    n->Constant.value = v;
    return n;
}

static Node *keyword_const(Parser *p, const Token *t, int ck) {
    Node *n = ast_new(p->h, AST_CONSTANT, t->lineno, t->col, t->end_lineno, t->end_col);
    if (n == NULL) {
        parser_nomem(p);
        return NULL;
    }
    n->Constant.ckind = (uint8_t)ck;
    return n;
}

// Last element of a comprehension for error ranges: the last `if`, else the iterable.
static Node *last_comp_item(NodeList *gens) {
    Node *c = ast_get(gens, ast_len(gens) - 1);
    size_t n = ast_len(c->comprehension.ifs);
    if (n > 0) return ast_get(c->comprehension.ifs, n - 1);
    return c->comprehension.iter;
}

// The rest of a display's star_named_expression list after its first element:
// (',' elt)* [','] up to the closing token [close] (not consumed).
static bool display_rest(Parser *p, NodeList **elts, int close) {
    while (parser_accept(p, TOK_COMMA)) {
        if (parser_type(p, 0) == close) break;
        Node *e = parse_star_named_expression(p);
        if (e == NULL) return false;
        if (!parser_push(p, elts, e)) return false;
    }
    return true;
}

static bool expect_close(Parser *p, int close) {
    if (parser_accept(p, close)) return true;
    parser_generic_error(p);
    return false;
}

// '(' ... ')': tuple, group, generator expression or parenthesized yield.
static Node *paren_atom(Parser *p) {
    const Token open = *parser_advance(p);
    int t = parser_type(p, 0);
    if (t == TOK_RPAR) {
        parser_advance(p);
        Node *n = parser_node(p, AST_TUPLE, &open);
        return n;
    }
    if (t == TOK_KW_YIELD) {
        Node *y = parse_yield_expr(p);
        if (y == NULL) return NULL;
        if (!expect_close(p, TOK_RPAR)) return NULL;
        return y;
    }
    if (t == TOK_DOUBLESTAR) {
        const Token ds = *parser_advance(p);
        Node *e = parse_expression(p);
        if (e != NULL && parser_type(p, 0) == TOK_RPAR) {
            parser_error_tok(p, PARSE_ERR_SYNTAX, &ds,
                             "cannot use double starred expression here", NULL, NULL);
            return NULL;
        }
        parser_generic_error(p);
        return NULL;
    }
    Node *first = parse_star_named_expression(p);
    if (first == NULL) return NULL;
    t = parser_type(p, 0);
    if (t == TOK_KW_FOR || (t == TOK_KW_ASYNC && parser_type(p, 1) == TOK_KW_FOR)) {
        if (first->kind == AST_STARRED) {
            parser_error_node(p, first, "iterable unpacking cannot be used in comprehension",
                              NULL);
            return NULL;
        }
        NodeList *gens = parse_comp_for(p);
        if (gens == NULL) return NULL;
        if (!expect_close(p, TOK_RPAR)) return NULL;
        Node *g = parser_node(p, AST_GENERATOR_EXP, &open);
        if (g == NULL) return NULL;
        g->GeneratorExp.elt = first;
        g->GeneratorExp.generators = gens;
        return g;
    }
    if (t == TOK_RPAR) {
        if (first->kind == AST_STARRED) {
            parser_error_node(p, first, "cannot use starred expression here", NULL);
            return NULL;
        }
        parser_advance(p);
        return first; // a group keeps the position of its content
    }
    if (t != TOK_COMMA) {
        parser_generic_error(p);
        return NULL;
    }
    NodeList *elts = NULL;
    if (!parser_push(p, &elts, first)) return NULL;
    if (!display_rest(p, &elts, TOK_RPAR)) return NULL;
    if (!expect_close(p, TOK_RPAR)) return NULL;
    Node *n = parser_node(p, AST_TUPLE, &open);
    if (n == NULL) return NULL;
    n->Tuple.elts = elts;
    return n;
}

// invalid_comprehension: [a, b for ...] / {a, b for ...}
static bool check_comp_target_parens(Parser *p, NodeList *elts) {
    int t = parser_type(p, 0);
    if (t == TOK_KW_FOR || (t == TOK_KW_ASYNC && parser_type(p, 1) == TOK_KW_FOR)) {
        Node *a = ast_get(elts, 0);
        Node *b = ast_get(elts, ast_len(elts) - 1);
        if (ast_len(elts) == 1) {
            // [a, for ...]: range a .. ','
            parser_error_range(p, PARSE_ERR_SYNTAX, a->lineno, a->col_offset, p->prev.end_lineno,
                               p->prev.end_col,
                               "did you forget parentheses around the comprehension target?",
                               NULL, NULL);
            return false;
        }
        parser_error_range(p, PARSE_ERR_SYNTAX, a->lineno, a->col_offset, b->end_lineno,
                           b->end_col_offset,
                           "did you forget parentheses around the comprehension target?", NULL,
                           NULL);
        return false;
    }
    return true;
}

static Node *list_atom(Parser *p) {
    const Token open = *parser_advance(p);
    NodeList *elts = NULL;
    if (parser_type(p, 0) != TOK_RSQB) {
        Node *first = parse_star_named_expression(p);
        if (first == NULL) return NULL;
        int t = parser_type(p, 0);
        if (t == TOK_KW_FOR || (t == TOK_KW_ASYNC && parser_type(p, 1) == TOK_KW_FOR)) {
            if (first->kind == AST_STARRED) {
                parser_error_node(p, first,
                                  "iterable unpacking cannot be used in comprehension", NULL);
                return NULL;
            }
            NodeList *gens = parse_comp_for(p);
            if (gens == NULL) return NULL;
            if (!expect_close(p, TOK_RSQB)) return NULL;
            Node *n = parser_node(p, AST_LIST_COMP, &open);
            if (n == NULL) return NULL;
            n->ListComp.elt = first;
            n->ListComp.generators = gens;
            return n;
        }
        if (!parser_push(p, &elts, first)) return NULL;
        if (!display_rest(p, &elts, TOK_RSQB)) return NULL;
        if (ast_len(elts) > 0 && !check_comp_target_parens(p, elts)) return NULL;
    }
    if (!expect_close(p, TOK_RSQB)) return NULL;
    Node *n = parser_node(p, AST_LIST, &open);
    if (n == NULL) return NULL;
    n->List.elts = elts;
    return n;
}

// A dict display after '{' and its first key/value or '**' item.
static Node *dict_rest(Parser *p, const Token *open, Node *key, Node *value) {
    NodeList *keys = NULL, *values = NULL;
    if (!parser_push(p, &keys, key) || !parser_push(p, &values, value)) return NULL;
    while (parser_accept(p, TOK_COMMA)) {
        int t = parser_type(p, 0);
        if (t == TOK_RBRACE) break;
        if (t == TOK_DOUBLESTAR) {
            parser_advance(p);
            Node *v = parse_bitwise_or(p);
            if (v == NULL) return NULL;
            if (!parser_push(p, &keys, NULL) || !parser_push(p, &values, v)) return NULL;
            continue;
        }
        Node *k = parse_expression(p);
        if (k == NULL) return NULL;
        if (parser_type(p, 0) != TOK_COLON) {
            // invalid_kvpair: a=expression !(':')
            if (p->failed) return NULL;
            parser_error_range(p, PARSE_ERR_SYNTAX, k->end_lineno, k->end_col_offset - 1,
                               k->end_lineno, -1, "':' expected after dictionary key", NULL,
                               NULL);
            return NULL;
        }
        const Token colon = *parser_advance(p);
        int t2 = parser_type(p, 0);
        if (t2 == TOK_STAR) {
            const Token st = *parser_peek(p, 0);
            parser_advance(p);
            Node *bad = parse_bitwise_or(p);
            if (bad == NULL) return NULL;
            error_starting_from(p, &st, "cannot use a starred expression in a dictionary value");
            return NULL;
        }
        if (t2 == TOK_RBRACE || t2 == TOK_COMMA) {
            parser_error_tok(p, PARSE_ERR_SYNTAX, &colon,
                             "expression expected after dictionary key and ':'", NULL, NULL);
            return NULL;
        }
        Node *v = parse_expression(p);
        if (v == NULL) return NULL;
        if (!parser_push(p, &keys, k) || !parser_push(p, &values, v)) return NULL;
    }
    if (!expect_close(p, TOK_RBRACE)) return NULL;
    Node *n = parser_node(p, AST_DICT, open);
    if (n == NULL) return NULL;
    n->Dict.keys = keys;
    n->Dict.values = values;
    return n;
}

static Node *brace_atom(Parser *p) {
    const Token open = *parser_advance(p);
    int t = parser_type(p, 0);
    if (t == TOK_RBRACE) {
        parser_advance(p);
        return parser_node(p, AST_DICT, &open);
    }
    if (t == TOK_DOUBLESTAR) {
        const Token ds = *parser_advance(p);
        Node *v = parse_bitwise_or(p);
        if (v == NULL) return NULL;
        int t2 = parser_type(p, 0);
        if (t2 == TOK_KW_FOR || (t2 == TOK_KW_ASYNC && parser_type(p, 1) == TOK_KW_FOR)) {
            parser_error_tok(p, PARSE_ERR_SYNTAX, &ds,
                             "dict unpacking cannot be used in dict comprehension", NULL, NULL);
            return NULL;
        }
        return dict_rest(p, &open, NULL, v);
    }
    bool lpar = t == TOK_LPAR;
    Node *first = parse_star_named_expression(p);
    if (first == NULL) return NULL;
    t = parser_type(p, 0);
    // a parenthesized walrus is a valid key: `{(k := 1): 2}`
    bool bare_walrus = first->kind == AST_NAMED_EXPR && !(lpar && p->prev.type == TOK_RPAR);
    if (t == TOK_COLON && first->kind != AST_STARRED && !bare_walrus) {
        const Token colon = *parser_advance(p);
        int t2 = parser_type(p, 0);
        if (t2 == TOK_STAR) {
            const Token st = *parser_advance(p);
            Node *bad = parse_bitwise_or(p);
            if (bad == NULL) return NULL;
            error_starting_from(p, &st, "cannot use a starred expression in a dictionary value");
            return NULL;
        }
        if (t2 == TOK_RBRACE || t2 == TOK_COMMA) {
            parser_error_tok(p, PARSE_ERR_SYNTAX, &colon,
                             "expression expected after dictionary key and ':'", NULL, NULL);
            return NULL;
        }
        Node *v = parse_expression(p);
        if (v == NULL) return NULL;
        t2 = parser_type(p, 0);
        if (t2 == TOK_KW_FOR || (t2 == TOK_KW_ASYNC && parser_type(p, 1) == TOK_KW_FOR)) {
            NodeList *gens = parse_comp_for(p);
            if (gens == NULL) return NULL;
            if (!expect_close(p, TOK_RBRACE)) return NULL;
            Node *n = parser_node(p, AST_DICT_COMP, &open);
            if (n == NULL) return NULL;
            n->DictComp.key = first;
            n->DictComp.value = v;
            n->DictComp.generators = gens;
            return n;
        }
        return dict_rest(p, &open, first, v);
    }
    if (t == TOK_KW_FOR || (t == TOK_KW_ASYNC && parser_type(p, 1) == TOK_KW_FOR)) {
        if (first->kind == AST_STARRED) {
            parser_error_node(p, first, "iterable unpacking cannot be used in comprehension",
                              NULL);
            return NULL;
        }
        NodeList *gens = parse_comp_for(p);
        if (gens == NULL) return NULL;
        if (!expect_close(p, TOK_RBRACE)) return NULL;
        Node *n = parser_node(p, AST_SET_COMP, &open);
        if (n == NULL) return NULL;
        n->SetComp.elt = first;
        n->SetComp.generators = gens;
        return n;
    }
    NodeList *elts = NULL;
    if (!parser_push(p, &elts, first)) return NULL;
    if (!display_rest(p, &elts, TOK_RBRACE)) return NULL;
    if (!check_comp_target_parens(p, elts)) return NULL;
    if (!expect_close(p, TOK_RBRACE)) return NULL;
    Node *n = parser_node(p, AST_SET, &open);
    if (n == NULL) return NULL;
    n->Set.elts = elts;
    return n;
}

static Node *parse_atom(Parser *p) {
    const Token *t = parser_peek(p, 0);
    switch (t->type) {
    case TOK_NAME: {
        const Token tk = *parser_advance(p);
        return mk_name(p, &tk, AST_LOAD);
    }
    case TOK_NUMBER: {
        const Token tk = *parser_advance(p);
        return parser_number(p, &tk);
    }
    case TOK_STRING: return parse_strings(p);
    case TOK_KW_TRUE: {
        const Token tk = *parser_advance(p);
        return keyword_const(p, &tk, AST_CONST_TRUE);
    }
    case TOK_KW_FALSE: {
        const Token tk = *parser_advance(p);
        return keyword_const(p, &tk, AST_CONST_FALSE);
    }
    case TOK_KW_NONE: {
        const Token tk = *parser_advance(p);
        return keyword_const(p, &tk, AST_CONST_NONE);
    }
    case TOK_ELLIPSIS: {
        const Token tk = *parser_advance(p);
        return keyword_const(p, &tk, AST_CONST_ELLIPSIS);
    }
    case TOK_LPAR: return paren_atom(p);
    case TOK_LSQB: return list_atom(p);
    case TOK_LBRACE: return brace_atom(p);
    default:
        parser_generic_error(p);
        return NULL;
    }
}

/* ---- slices ---- */

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
static Node *parse_slice(Parser *p) {
    const Token start = *parser_peek(p, 0);
    Node *lower = NULL;
    if (start.type != TOK_COLON) {
        if (start.type == TOK_STAR) {
            const Token st = *parser_advance(p);
            Node *v = parse_expression(p); // starred_expression: '*' expression
            if (v == NULL) return NULL;
            Node *n = parser_node(p, AST_STARRED, &st);
            if (n != NULL) n->Starred.value = v;
            return n;
        }
        lower = parse_named_expression(p);
        if (lower == NULL) return NULL;
        if (parser_type(p, 0) != TOK_COLON) return lower;
        if (lower->kind == AST_NAMED_EXPR &&
            (lower->lineno != start.lineno || lower->col_offset != start.col)) {
            // a parenthesized walrus is a fine lower bound
        } else if (lower->kind == AST_NAMED_EXPR) {
            parser_generic_error(p);
            return NULL;
        }
    }
    parser_advance(p); // ':'
    Node *upper = NULL, *step = NULL;
    int t = parser_type(p, 0);
    if (t != TOK_COLON && t != TOK_RSQB && t != TOK_COMMA) {
        upper = parse_expression(p);
        if (upper == NULL) return NULL;
    }
    if (parser_accept(p, TOK_COLON)) {
        t = parser_type(p, 0);
        if (t != TOK_RSQB && t != TOK_COMMA) {
            step = parse_expression(p);
            if (step == NULL) return NULL;
        }
    }
    Node *n = parser_node(p, AST_SLICE, &start);
    if (n == NULL) return NULL;
    n->Slice.lower = lower;
    n->Slice.upper = upper;
    n->Slice.step = step;
    return n;
}

Node *parse_slices(Parser *p) {
    const Token start = *parser_peek(p, 0);
    Node *first = parse_slice(p);
    if (first == NULL) return NULL;
    if (parser_type(p, 0) != TOK_COMMA) {
        if (first->kind == AST_STARRED) {
            // a lone starred subscript is a one-element tuple without the comma? No:
            // CPython requires the comma form for tuples; `a[*b]` is Tuple([*b]).
            Node *tup = parser_node(p, AST_TUPLE, &start);
            if (tup == NULL) return NULL;
            if (!parser_push(p, &tup->Tuple.elts, first)) return NULL;
            return tup;
        }
        return first;
    }
    NodeList *elts = NULL;
    if (!parser_push(p, &elts, first)) return NULL;
    while (parser_accept(p, TOK_COMMA)) {
        if (parser_type(p, 0) == TOK_RSQB) break;
        Node *e = parse_slice(p);
        if (e == NULL) return NULL;
        if (!parser_push(p, &elts, e)) return NULL;
    }
    Node *tup = parser_node(p, AST_TUPLE, &start);
    if (tup == NULL) return NULL;
    tup->Tuple.elts = elts;
    return tup;
}

/* ---- call arguments ---- */

// arguments of a call or class bases after '(' [open]; consumes the closing ')'.
// Returns positional args (NULL for none), keywords in *keywords; p->failed on error.
static NodeList *call_args(Parser *p, NodeList **keywords, const Token *open, bool genexp_ok);

NodeList *parse_call_args(Parser *p, NodeList **keywords, const Token *open) {
    return call_args(p, keywords, open, true);
}

NodeList *parse_class_args(Parser *p, NodeList **keywords, const Token *open) {
    return call_args(p, keywords, open, false);
}

static NodeList *call_args(Parser *p, NodeList **keywords, const Token *open, bool genexp_ok) {
    NodeList *args = NULL;
    *keywords = NULL;
    bool seen_kw = false;      // a keyword argument (name=value)
    bool seen_dstar = false;   // a **kwargs argument
    int count = 0;
    Token args_start = *parser_peek(p, 0); // the span of the arguments parsed so far
    Token args_end = args_start;
    while (parser_type(p, 0) != TOK_RPAR) {
        const Token start = *parser_peek(p, 0);
        count++;
        if (start.type == TOK_STAR) {
            parser_advance(p);
            if (seen_dstar) {
                parser_error_range(p, PARSE_ERR_SYNTAX, args_start.lineno, args_start.col,
                                   args_end.end_lineno, args_end.end_col,
                                   "iterable argument unpacking follows keyword argument "
                                   "unpacking",
                                   NULL, NULL);
                return NULL;
            }
            Node *v = parse_expression(p);
            if (v == NULL) {
                // CPython's invalid_arguments: args ',' '*' (whatever follows the '*')
                if (count > 1 && !p->tok_failed && !p->specific) {
                    p->failed = false;
                    parser_error_range(p, PARSE_ERR_SYNTAX, args_start.lineno, args_start.col,
                                       args_end.end_lineno, args_end.end_col,
                                       "iterable argument unpacking follows keyword argument "
                                       "unpacking",
                                       NULL, NULL);
                }
                return NULL;
            }
            Node *s = parser_node(p, AST_STARRED, &start);
            if (s == NULL) return NULL;
            s->Starred.value = v;
            int ft = parser_type(p, 0);
            if (ft == TOK_KW_FOR || (ft == TOK_KW_ASYNC && parser_type(p, 1) == TOK_KW_FOR)) {
                // f(*a for a in b): CPython's invalid_comprehension / invalid_arguments
                if (count == 1 && !genexp_ok) {
                    parser_generic_error_at(p, parser_peek(p, 0));
                    return NULL;
                }
                if (count == 1) {
                    parser_error_node(p, s, "iterable unpacking cannot be used in comprehension",
                                      NULL);
                    return NULL;
                }
                NodeList *gens = parse_comp_for(p);
                if (gens == NULL) return NULL;
                Node *last = last_comp_item(gens);
                parser_error_range(p, PARSE_ERR_SYNTAX, s->lineno, s->col_offset, last->end_lineno,
                                   last->end_col_offset, "Generator expression must be parenthesized",
                                   NULL, NULL);
                return NULL;
            }
            if (!parser_push(p, &args, s)) return NULL;
        } else if (start.type == TOK_DOUBLESTAR) {
            parser_advance(p);
            Node *v = parse_expression(p);
            if (v == NULL) return NULL;
            Node *k = parser_node(p, AST_KEYWORD, &start);
            if (k == NULL) return NULL;
            k->keyword.value = v;
            if (!parser_push(p, keywords, k)) return NULL;
            seen_dstar = true;
        } else if (start.type == TOK_NAME && parser_type(p, 1) == TOK_EQUAL) {
            parser_advance(p);
            const Token eq = *parser_advance(p);
            Node *v = parse_expression(p);
            if (v == NULL) return NULL;
            int t = parser_type(p, 0);
            if (t == TOK_KW_FOR || (t == TOK_KW_ASYNC && parser_type(p, 1) == TOK_KW_FOR)) {
                parser_error_range(p, PARSE_ERR_SYNTAX, start.lineno, start.col, eq.end_lineno,
                                   eq.end_col,
                                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                   NULL, NULL);
                return NULL;
            }
            Node *k = parser_node(p, AST_KEYWORD, &start);
            if (k == NULL) return NULL;
            k->keyword.arg = parser_tok_text(p, &start);
            k->keyword.value = v;
            if (!parser_push(p, keywords, k)) return NULL;
            seen_kw = true;
        } else if ((start.type == TOK_KW_TRUE || start.type == TOK_KW_FALSE ||
                    start.type == TOK_KW_NONE) &&
                   parser_type(p, 1) == TOK_EQUAL) {
            const Token eq = *parser_peek(p, 1);
            parser_error_range(p, PARSE_ERR_SYNTAX, start.lineno, start.col, eq.end_lineno,
                               eq.end_col, "cannot assign to %s",
                               start.type == TOK_KW_TRUE    ? "True"
                               : start.type == TOK_KW_FALSE ? "False"
                                                            : "None",
                               NULL);
            return NULL;
        } else {
            Node *e = parser_named_expression(p, false);
            if (e == NULL) return NULL;
            int t = parser_type(p, 0);
            if (t == TOK_EQUAL) {
                const Token eq = *parser_peek(p, 0);
                parser_error_range(p, PARSE_ERR_SYNTAX, e->lineno, e->col_offset, eq.end_lineno,
                                   eq.end_col,
                                   "expression cannot contain assignment, perhaps you meant "
                                   "\"==\"?",
                                   NULL, NULL);
                return NULL;
            }
            if (t == TOK_KW_FOR || (t == TOK_KW_ASYNC && parser_type(p, 1) == TOK_KW_FOR)) {
                if (!genexp_ok && count == 1) {
                    parser_generic_error_at(p, parser_peek(p, 0));
                    return NULL;
                }
                NodeList *gens = parse_comp_for(p);
                if (gens == NULL) return NULL;
                Node *last = last_comp_item(gens);
                if (count > 1 || parser_type(p, 0) != TOK_RPAR) {
                    // CPython's invalid_arguments has parsed the argument after the ','
                    // by then: its tokens were fetched (SyntaxError.text depends on it)
                    (void)parser_peek(p, 1);
                    parser_error_range(p, PARSE_ERR_SYNTAX, e->lineno, e->col_offset,
                                       last->end_lineno, last->end_col_offset,
                                       "Generator expression must be parenthesized", NULL, NULL);
                    return NULL;
                }
                parser_advance(p); // ')'
                Node *g = parser_node(p, AST_GENERATOR_EXP, open);
                if (g == NULL) return NULL;
                g->GeneratorExp.elt = e;
                g->GeneratorExp.generators = gens;
                if (!parser_push(p, &args, g)) return NULL;
                return args;
            }
            if (seen_dstar || seen_kw) {
                // CPython's _PyPegen_arguments_parsing_error: RAISE_SYNTAX_ERROR
                parser_peek(p, 0);
                parser_error_last(p, PARSE_ERR_SYNTAX,
                                  seen_dstar ? "positional argument follows keyword argument "
                                               "unpacking"
                                             : "positional argument follows keyword argument",
                                  NULL, NULL);
                return NULL;
            }
            if (e->kind == AST_NAMED_EXPR || true) {
                if (!parser_push(p, &args, e)) return NULL;
            }
        }
        args_end = p->end_tok;
        if (!parser_accept(p, TOK_COMMA)) break;
    }
    if (!parser_accept(p, TOK_RPAR)) {
        parser_generic_error(p);
        return NULL;
    }
    return args;
}

/* ---- primaries ---- */

static Node *parse_primary(Parser *p) {
    const Token start = *parser_peek(p, 0);
    Node *e = parse_atom(p);
    if (e == NULL) return NULL;
    for (;;) {
        int t = parser_type(p, 0);
        if (t == TOK_DOT) {
            parser_advance(p);
            if (parser_type(p, 0) != TOK_NAME) {
                parser_generic_error(p);
                return NULL;
            }
            const Token nm = *parser_advance(p);
            Node *a = parser_node(p, AST_ATTRIBUTE, &start);
            if (a == NULL) return NULL;
            a->Attribute.value = e;
            a->Attribute.attr = parser_tok_text(p, &nm);
            e = a;
        } else if (t == TOK_LPAR) {
            const Token open = *parser_advance(p);
            NodeList *kws = NULL;
            NodeList *args = parse_call_args(p, &kws, &open);
            if (p->failed) return NULL;
            Node *c = parser_node(p, AST_CALL, &start);
            if (c == NULL) return NULL;
            c->Call.func = e;
            c->Call.args = args;
            c->Call.keywords = kws;
            e = c;
        } else if (t == TOK_LSQB) {
            parser_advance(p);
            Node *s = parse_slices(p);
            if (s == NULL) return NULL;
            if (!expect_close(p, TOK_RSQB)) return NULL;
            Node *n = parser_node(p, AST_SUBSCRIPT, &start);
            if (n == NULL) return NULL;
            n->Subscript.value = e;
            n->Subscript.slice = s;
            e = n;
        } else {
            return e;
        }
    }
}

Node *parse_primary_name_or_attr(Parser *p) { return parse_primary(p); }

// power: await_primary ['**' factor]
static Node *parse_power(Parser *p) {
    Node *e;
    const Token start = *parser_peek(p, 0);
    if (start.type == TOK_KW_AWAIT) {
        parser_advance(p);
        if (!parser_enter(p)) return NULL;
        Node *v = parse_primary(p);
        parser_leave(p);
        if (v == NULL) return NULL;
        e = parser_node(p, AST_AWAIT, &start);
        if (e == NULL) return NULL;
        e->Await.value = v;
    } else {
        e = parse_primary(p);
        if (e == NULL) return NULL;
    }
    if (parser_type(p, 0) == TOK_DOUBLESTAR) {
        parser_advance(p);
        Node *r = parse_factor(p);
        if (r == NULL) return NULL;
        Node *b = parser_node(p, AST_BIN_OP, &start);
        if (b == NULL) return NULL;
        b->BinOp.left = e;
        b->BinOp.op = AST_POW;
        b->BinOp.right = r;
        e = b;
    }
    return e;
}

static Node *parse_factor(Parser *p) {
    const Token t = *parser_peek(p, 0);
    int op;
    if (t.type == TOK_PLUS) op = AST_UADD;
    else if (t.type == TOK_MINUS) op = AST_USUB;
    else if (t.type == TOK_TILDE) op = AST_INVERT;
    else {
        if (!parser_enter(p)) return NULL;
        Node *r = parse_power(p);
        parser_leave(p);
        return r;
    }
    parser_advance(p);
    if (!parser_enter(p)) return NULL;
    Node *v = parse_factor(p);
    parser_leave(p);
    if (v == NULL) return NULL;
    Node *n = parser_node(p, AST_UNARY_OP, &t);
    if (n == NULL) return NULL;
    n->UnaryOp.op = (uint8_t)op;
    n->UnaryOp.operand = v;
    return n;
}

static int binop_prec(int t, int *op) {
    switch (t) {
    case TOK_VBAR: *op = AST_BIT_OR; return 1;
    case TOK_CIRCUMFLEX: *op = AST_BIT_XOR; return 2;
    case TOK_AMPER: *op = AST_BIT_AND; return 3;
    case TOK_LEFTSHIFT: *op = AST_LSHIFT; return 4;
    case TOK_RIGHTSHIFT: *op = AST_RSHIFT; return 4;
    case TOK_PLUS: *op = AST_ADD; return 5;
    case TOK_MINUS: *op = AST_SUB; return 5;
    case TOK_STAR: *op = AST_MULT; return 6;
    case TOK_SLASH: *op = AST_DIV; return 6;
    case TOK_DOUBLESLASH: *op = AST_FLOOR_DIV; return 6;
    case TOK_PERCENT: *op = AST_MOD; return 6;
    case TOK_AT: *op = AST_MAT_MULT; return 6;
    default: return 0;
    }
}

static Node *parse_binary(Parser *p, int min_prec) {
    const Token start = *parser_peek(p, 0);
    Node *left = parse_factor(p);
    if (left == NULL) return NULL;
    for (;;) {
        int op;
        int prec = binop_prec(parser_type(p, 0), &op);
        if (prec == 0 || prec < min_prec) return left;
        parser_advance(p);
        Node *right = prec < 6 ? parse_binary(p, prec + 1) : parse_factor(p);
        if (right == NULL) return NULL;
        Node *b = parser_node(p, AST_BIN_OP, &start);
        if (b == NULL) return NULL;
        b->BinOp.left = left;
        b->BinOp.op = (uint8_t)op;
        b->BinOp.right = right;
        left = b;
    }
}

Node *parse_bitwise_or(Parser *p) { return parse_binary(p, 1); }

static bool comp_op(Parser *p, int *op) {
    int t = parser_type(p, 0);
    switch (t) {
    case TOK_EQEQUAL: *op = AST_EQ; break;
    case TOK_NOTEQUAL: *op = AST_NOT_EQ; break;
    case TOK_LESS: *op = AST_LT; break;
    case TOK_LESSEQUAL: *op = AST_LT_E; break;
    case TOK_GREATER: *op = AST_GT; break;
    case TOK_GREATEREQUAL: *op = AST_GT_E; break;
    case TOK_KW_IN: *op = AST_IN; break;
    case TOK_KW_IS:
        if (parser_type(p, 1) == TOK_KW_NOT) {
            parser_advance(p);
            *op = AST_IS_NOT;
        } else {
            *op = AST_IS;
        }
        break;
    case TOK_KW_NOT:
        if (parser_type(p, 1) != TOK_KW_IN) return false;
        parser_advance(p);
        *op = AST_NOT_IN;
        break;
    default: return false;
    }
    parser_advance(p);
    return true;
}

static Node *parse_comparison(Parser *p) {
    const Token start = *parser_peek(p, 0);
    Node *left = parse_bitwise_or(p);
    if (left == NULL) return NULL;
    int op;
    if (!comp_op(p, &op)) return left;
    Node *c = ast_new(p->h, AST_COMPARE, start.lineno, start.col, 0, 0);
    if (c == NULL) {
        parser_nomem(p);
        return NULL;
    }
    c->Compare.left = left;
    do {
        Node *r = parse_bitwise_or(p);
        if (r == NULL) return NULL;
        if (!ast_cmpop_push(p->h, c, op) || !parser_push(p, &c->Compare.comparators, r)) {
            parser_nomem(p);
            return NULL;
        }
        c->end_lineno = p->end_tok.end_lineno;
        c->end_col_offset = p->end_tok.end_col;
    } while (comp_op(p, &op));
    return c;
}

static Node *parse_inversion(Parser *p) {
    const Token t = *parser_peek(p, 0);
    if (t.type != TOK_KW_NOT) return parse_comparison(p);
    parser_advance(p);
    if (!parser_enter(p)) return NULL;
    Node *v = parse_inversion(p);
    parser_leave(p);
    if (v == NULL) return NULL;
    Node *n = parser_node(p, AST_UNARY_OP, &t);
    if (n == NULL) return NULL;
    n->UnaryOp.op = AST_NOT;
    n->UnaryOp.operand = v;
    return n;
}

static Node *bool_chain(Parser *p, int kw, int op, Node *(*sub)(Parser *)) {
    const Token start = *parser_peek(p, 0);
    Node *first = sub(p);
    if (first == NULL) return NULL;
    if (parser_type(p, 0) != kw) return first;
    Node *b = ast_new(p->h, AST_BOOL_OP, start.lineno, start.col, 0, 0);
    if (b == NULL) {
        parser_nomem(p);
        return NULL;
    }
    b->BoolOp.op = (uint8_t)op;
    if (!parser_push(p, &b->BoolOp.values, first)) return NULL;
    while (parser_accept(p, kw)) {
        Node *r = sub(p);
        if (r == NULL) return NULL;
        if (!parser_push(p, &b->BoolOp.values, r)) return NULL;
        b->end_lineno = p->end_tok.end_lineno;
        b->end_col_offset = p->end_tok.end_col;
    }
    return b;
}

static Node *parse_conjunction(Parser *p) { return bool_chain(p, TOK_KW_AND, AST_AND, parse_inversion); }

Node *parse_disjunction(Parser *p) { return bool_chain(p, TOK_KW_OR, AST_OR, parse_conjunction); }

// CPython's invalid_expression / invalid_legacy_expression: a disjunction directly
// followed by the start of another expression. Reports the error and returns true.
// CPython's SOFT_KEYWORD test compares only the token's length of the keyword, so any
// prefix of "_", "case" or "match" counts as a soft keyword.
static bool soft_keyword_prefix(BView v) {
    static const char *const kws[] = {"_", "case", "match"};
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
        BView k = bview_cstr(kws[i]);
        if (v.n > 0 && v.n <= k.n && bview_eq(v, bview_slice(k, 0, v.n))) return true;
    }
    return false;
}

static bool check_missing_comma(Parser *p, Node *a, const Token *a_start, bool a_name_string) {
    int t = parser_type(p, 0);
    if (!starts_expression(t) || p->failed || p->no_invalid) return false;
    bool soft = a_start->type == TOK_NAME && soft_keyword_prefix(parser_tok_text(p, a_start));
    bool a_is_name = a->kind == AST_NAME && a_start->type == TOK_NAME &&
                     a->col_offset == a_start->col && a->end_col_offset == a_start->end_col &&
                     a->end_lineno == a_start->end_lineno;
    bool legacy = a->kind == AST_NAME && (bview_eq_cstr(a->Name.id, "print") ||
                                          bview_eq_cstr(a->Name.id, "exec"));
    Parser *saved = parser_save(p);
    if (saved == NULL) return true;
    // invalid_expression: !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression
    if (!soft && !a_name_string) {
        Node *b = parse_expression_nocheck(p);
        if (b != NULL && p->prev.level > 0 && !p->failed && !legacy) {
            parser_error_range(p, PARSE_ERR_SYNTAX, a->lineno, a->col_offset, b->end_lineno,
                               b->end_col_offset, "invalid syntax. Perhaps you forgot a comma?",
                               NULL, NULL);
            return parser_invalid_rule_failed(p, saved);
        }
        if (p->tok_failed || (p->failed && p->specific)) return parser_invalid_rule_failed(p, saved);
        parser_restore(p, saved, false);
    }
    // invalid_legacy_expression: a=NAME !'(' b=star_expressions (parsed with its own
    // checks, which may report an error further on)
    if (a_is_name && t != TOK_LPAR) {
        Node *b = parse_star_expressions(p);
        if (b != NULL && !p->failed && legacy) {
            BView id = a->Name.id;
            const char *nm = bview_eq_cstr(id, "print") ? "print" : "exec";
            parser_error_range(p, PARSE_ERR_SYNTAX, a->lineno, a->col_offset, b->end_lineno,
                               b->end_col_offset,
                               "Missing parentheses in call to '%s'. Did you mean %s(...)?", nm,
                               nm);
            return parser_invalid_rule_failed(p, saved);
        }
        if (p->tok_failed || (p->failed && p->specific)) return parser_invalid_rule_failed(p, saved);
        parser_restore(p, saved, false);
    }
    return false;
}

static Node *expression_impl(Parser *p, bool check) {
    if (parser_type(p, 0) == TOK_KW_LAMBDA) return parse_lambda(p);
    const Token a_start = *parser_peek(p, 0);
    bool name_string = a_start.type == TOK_NAME && parser_type(p, 1) == TOK_STRING;
    Node *a = parse_disjunction(p);
    if (a == NULL) return NULL;
    if (parser_type(p, 0) != TOK_KW_IF) {
        if (check && check_missing_comma(p, a, &a_start, name_string)) return NULL;
        return a;
    }
    // without invalid rules (CPython's expression_without_invalid) a failed conditional
    // backtracks to the disjunction alone
    Parser *saved = NULL;
    if (!check) {
        saved = parser_save(p);
        if (saved == NULL) return NULL;
    }
    parser_advance(p);
    Node *b = parse_disjunction(p);
    if (b == NULL || (!check && parser_type(p, 0) != TOK_KW_ELSE)) {
        if (!check && !p->tok_failed) {
            parser_restore(p, saved, true);
            return a;
        }
        return NULL;
    }
    if (parser_type(p, 0) != TOK_KW_ELSE) {
        if (p->failed) return NULL;
        if (check && parser_type(p, 0) != TOK_COLON) {
            parser_error_range(p, PARSE_ERR_SYNTAX, a->lineno, a->col_offset, b->end_lineno,
                               b->end_col_offset, "expected 'else' after 'if' expression", NULL,
                               NULL);
            return NULL;
        }
        parser_generic_error(p);
        return NULL;
    }
    parser_advance(p);
    Node *c = parse_expression(p);
    if (c == NULL) return NULL;
    Node *n = parser_node(p, AST_IF_EXP, &a_start);
    if (n == NULL) return NULL;
    n->IfExp.test = b;
    n->IfExp.body = a;
    n->IfExp.orelse = c;
    return n;
}

Node *parse_expression(Parser *p) {
    if (!parser_enter(p)) return NULL;
    Node *r = expression_impl(p, true);
    parser_leave(p);
    return r;
}

// CPython's expression_without_invalid: no invalid_* rule runs inside it.
static Node *parse_expression_nocheck(Parser *p) {
    if (!parser_enter(p)) return NULL;
    p->no_invalid++;
    Node *r = expression_impl(p, false);
    p->no_invalid--;
    parser_leave(p);
    return r;
}

// The first atom of [e] when it starts at token [start] (the left spine of operators,
// calls, attributes and subscripts).
static const Node *leading_atom(const Node *e) {
    for (;;) {
        switch (e->kind) {
        case AST_BIN_OP: e = e->BinOp.left; break;
        case AST_COMPARE: e = e->Compare.left; break;
        case AST_BOOL_OP: e = ast_get(e->BoolOp.values, 0); break;
        case AST_CALL: e = e->Call.func; break;
        case AST_ATTRIBUTE: e = e->Attribute.value; break;
        case AST_SUBSCRIPT: e = e->Subscript.value; break;
        case AST_IF_EXP: e = e->IfExp.body; break;
        default: return e;
        }
    }
}

bool parser_check_named_eq(Parser *p, Node *e, const Token *start) {
    if (parser_type(p, 0) != TOK_EQUAL || p->failed || p->no_invalid) return false;
    bool bare = e->lineno == start->lineno && e->col_offset == start->col;
    bool name = e->kind == AST_NAME && bare && start->type == TOK_NAME &&
                e->end_col_offset == start->end_col && e->end_lineno == start->end_lineno;
    // !(list|tuple|genexp|'True'|'None'|'False') at the start
    bool excluded = start->type == TOK_KW_TRUE || start->type == TOK_KW_FALSE ||
                    start->type == TOK_KW_NONE;
    if (start->type == TOK_LSQB || start->type == TOK_LPAR) {
        const Node *a = leading_atom(e);
        if ((a->kind == AST_LIST || a->kind == AST_TUPLE || a->kind == AST_GENERATOR_EXP) &&
            a->lineno == start->lineno && a->col_offset == start->col)
            excluded = true;
    }
    int k = e->kind;
    bool bitwise_or = !bare || !(k == AST_BOOL_OP || k == AST_COMPARE || k == AST_IF_EXP ||
                                 k == AST_LAMBDA || k == AST_STARRED || k == AST_YIELD ||
                                 k == AST_YIELD_FROM || k == AST_NAMED_EXPR ||
                                 (k == AST_TUPLE && !parser_tuple_parenthesized(p, e)) ||
                                 (k == AST_UNARY_OP && e->UnaryOp.op == AST_NOT));
    if (!name && (excluded || !bitwise_or)) return false;
    Parser *saved = parser_save(p);
    if (saved == NULL) return true;
    parser_advance(p); // '='
    Node *b = parse_bitwise_or(p);
    if (b != NULL && !p->failed && parser_type(p, 0) != TOK_EQUAL &&
        parser_type(p, 0) != TOK_COLONEQUAL) {
        if (name)
            parser_error_range(p, PARSE_ERR_SYNTAX, e->lineno, e->col_offset, b->end_lineno,
                               b->end_col_offset,
                               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                               NULL, NULL);
        else
            parser_error_node(p, e,
                              "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                              parser_expr_name(e));
        return parser_invalid_rule_failed(p, saved);
    }
    if (p->tok_failed || (p->failed && p->specific)) return parser_invalid_rule_failed(p, saved);
    parser_restore(p, saved, false);
    return false;
}

// CPython's invalid_named_expression: a=expression ':=' expression, at ':='.
void parser_check_walrus(Parser *p, Node *e) {
    if (p->no_invalid) {
        parser_generic_error(p);
        return;
    }
    Parser *saved = parser_save(p);
    if (saved == NULL) return;
    parser_advance(p);
    Node *v = parse_expression(p);
    if (v != NULL && !p->failed) {
        parser_error_node(p, e, "cannot use assignment expressions with %s", parser_expr_name(e));
        return;
    }
    if (p->tok_failed || (p->failed && p->specific)) return;
    parser_restore(p, saved, false);
    parser_generic_error(p);
}

// named_expression: NAME ':=' expression | expression !':='
Node *parse_named_expression(Parser *p) { return parser_named_expression(p, true); }

Node *parser_named_expression(Parser *p, bool check_eq) {
    const Token start = *parser_peek(p, 0);
    if (start.type == TOK_NAME && parser_type(p, 1) == TOK_COLONEQUAL) {
        parser_advance(p);
        parser_advance(p);
        Node *target = mk_name(p, &start, AST_STORE);
        if (target == NULL) return NULL;
        Node *v = parse_expression(p);
        if (v == NULL) return NULL;
        Node *n = parser_node(p, AST_NAMED_EXPR, &start);
        if (n == NULL) return NULL;
        n->NamedExpr.target = target;
        n->NamedExpr.value = v;
        return n;
    }
    Node *e = parse_expression(p);
    if (e == NULL) return NULL;
    if (check_eq && parser_type(p, 0) == TOK_COLONEQUAL) {
        parser_check_walrus(p, e);
        return NULL;
    }
    if (check_eq && parser_check_named_eq(p, e, &start)) return NULL;
    return e;
}

// star_named_expression: '*' bitwise_or | named_expression
Node *parse_star_named_expression(Parser *p) {
    if (parser_type(p, 0) == TOK_STAR) {
        const Token st = *parser_advance(p);
        if (!parser_enter(p)) return NULL;
        Node *v = parse_bitwise_or(p);
        parser_leave(p);
        if (v == NULL) return NULL;
        Node *n = parser_node(p, AST_STARRED, &st);
        if (n != NULL) n->Starred.value = v;
        return n;
    }
    return parse_named_expression(p);
}

// star_expression: '*' bitwise_or | expression
Node *parse_star_expression(Parser *p) {
    if (parser_type(p, 0) == TOK_STAR) {
        const Token st = *parser_advance(p);
        if (!parser_enter(p)) return NULL;
        Node *v = parse_bitwise_or(p);
        parser_leave(p);
        if (v == NULL) return NULL;
        Node *n = parser_node(p, AST_STARRED, &st);
        if (n != NULL) n->Starred.value = v;
        return n;
    }
    return parse_expression(p);
}

// Tokens after which a trailing comma ends a star_expressions tuple.
static bool ends_tuple(int t) { return !(t == TOK_STAR || starts_expression(t)); }

// star_expressions: star_expression (',' star_expression)* [',']
Node *parse_star_expressions(Parser *p) {
    const Token start = *parser_peek(p, 0);
    Node *first = parse_star_expression(p);
    if (first == NULL) return NULL;
    if (parser_type(p, 0) != TOK_COMMA) return first;
    Node *tup = ast_new(p->h, AST_TUPLE, start.lineno, start.col, 0, 0);
    if (tup == NULL) {
        parser_nomem(p);
        return NULL;
    }
    if (!parser_push(p, &tup->Tuple.elts, first)) return NULL;
    while (parser_accept(p, TOK_COMMA)) {
        if (ends_tuple(parser_type(p, 0))) break;
        Node *e = parse_star_expression(p);
        if (e == NULL) return NULL;
        if (!parser_push(p, &tup->Tuple.elts, e)) return NULL;
    }
    tup->end_lineno = p->end_tok.end_lineno;
    tup->end_col_offset = p->end_tok.end_col;
    return tup;
}

// expressions: expression (',' expression)* [','] (eval input)
Node *parse_expressions(Parser *p) {
    const Token start = *parser_peek(p, 0);
    Node *first = parse_expression(p);
    if (first == NULL) return NULL;
    if (parser_type(p, 0) != TOK_COMMA) return first;
    Node *tup = ast_new(p->h, AST_TUPLE, start.lineno, start.col, 0, 0);
    if (tup == NULL) {
        parser_nomem(p);
        return NULL;
    }
    if (!parser_push(p, &tup->Tuple.elts, first)) return NULL;
    while (parser_accept(p, TOK_COMMA)) {
        if (!starts_expression(parser_type(p, 0))) break;
        Node *e = parse_expression(p);
        if (e == NULL) return NULL;
        if (!parser_push(p, &tup->Tuple.elts, e)) return NULL;
    }
    tup->end_lineno = p->end_tok.end_lineno;
    tup->end_col_offset = p->end_tok.end_col;
    return tup;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Node *parse_yield_expr(Parser *p) {
    const Token kw = *parser_advance(p);
    if (parser_accept(p, TOK_KW_FROM)) {
        Node *v = parse_expression(p);
        if (v == NULL) return NULL;
        Node *n = parser_node(p, AST_YIELD_FROM, &kw);
        if (n != NULL) n->YieldFrom.value = v;
        return n;
    }
    Node *v = NULL;
    int t = parser_type(p, 0);
    if (t == TOK_STAR || starts_expression(t)) {
        v = parse_star_expressions(p);
        if (v == NULL) return NULL;
    }
    Node *n = parser_node(p, AST_YIELD, &kw);
    if (n != NULL) n->Yield.value = v;
    return n;
}

/* ---- comprehensions ---- */

// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
static NodeList *parse_comp_for(Parser *p) {
    NodeList *gens = NULL;
    for (;;) {
        int t = parser_type(p, 0);
        int is_async = 0;
        if (t == TOK_KW_ASYNC && parser_type(p, 1) == TOK_KW_FOR) {
            parser_advance(p);
            is_async = 1;
        } else if (t != TOK_KW_FOR) {
            break;
        }
        parser_advance(p); // 'for'
        Node *target = parse_star_targets(p);
        if (target == NULL) return NULL;
        if (!parser_accept(p, TOK_KW_IN)) {
            parser_generic_error(p);
            return NULL;
        }
        Node *iter = parse_disjunction(p);
        if (iter == NULL) return NULL;
        Node *c = ast_new(p->h, AST_COMPREHENSION, 0, 0, 0, 0);
        if (c == NULL) {
            parser_nomem(p);
            return NULL;
        }
        c->comprehension.target = target;
        c->comprehension.iter = iter;
        c->comprehension.is_async = is_async;
        while (parser_accept(p, TOK_KW_IF)) {
            Node *cond = parse_disjunction(p);
            if (cond == NULL) return NULL;
            if (!parser_push(p, &c->comprehension.ifs, cond)) return NULL;
        }
        if (!parser_push(p, &gens, c)) return NULL;
    }
    return gens;
}

Node *parser_genexp_tail(Parser *p, Node *elt, const Token *open, int close) {
    NodeList *gens = parse_comp_for(p);
    if (gens == NULL) return NULL;
    Node *g;
    if (close == TOK_ENDMARKER) {
        if (parser_type(p, 0) != TOK_ENDMARKER) {
            parser_generic_error(p);
            return NULL;
        }
        const Token *c = parser_peek(p, 0);
        g = ast_new(p->h, AST_GENERATOR_EXP, open->lineno, open->col, c->lineno, c->col + 1);
        if (g == NULL) {
            parser_nomem(p);
            return NULL;
        }
    } else {
        if (!expect_close(p, close)) return NULL;
        g = parser_node(p, AST_GENERATOR_EXP, open);
        if (g == NULL) return NULL;
    }
    g->GeneratorExp.elt = elt;
    g->GeneratorExp.generators = gens;
    return g;
}

/* ---- lambda and parameters ---- */

static Node *parse_lambda(Parser *p) {
    const Token kw = *parser_advance(p);
    Node *args = parse_arguments_def(p, true, TOK_COLON);
    if (args == NULL) return NULL;
    if (!parser_accept(p, TOK_COLON)) {
        parser_generic_error(p);
        return NULL;
    }
    Node *body = parse_expression(p);
    if (body == NULL) return NULL;
    Node *n = parser_node(p, AST_LAMBDA, &kw);
    if (n == NULL) return NULL;
    n->Lambda.args = args;
    n->Lambda.body = body;
    return n;
}

// One parameter NAME [':' annotation]; [star_ann]: '*args: *Ts' allowed.
static Node *param(Parser *p, bool lambda, bool star_ann) {
    if (parser_type(p, 0) != TOK_NAME) {
        parser_generic_error(p);
        return NULL;
    }
    const Token nm = *parser_advance(p);
    Node *ann = NULL;
    if (!lambda && parser_type(p, 0) == TOK_COLON) {
        parser_advance(p);
        ann = star_ann ? parse_star_expression(p) : parse_expression(p);
        if (ann == NULL) return NULL;
    }
    Node *a = parser_node(p, AST_ARG, &nm);
    if (a == NULL) return NULL;
    a->arg.arg = parser_tok_text(p, &nm);
    a->arg.annotation = ann;
    return a;
}

// After a parameter: ',' or the closing token. False (with an error) otherwise.
static bool param_sep(Parser *p, int close) {
    if (parser_accept(p, TOK_COMMA)) return true;
    if (parser_type(p, 0) == close) return true;
    parser_generic_error(p);
    return false;
}

// default: '=' expression, with CPython's invalid_default
static Node *param_default(Parser *p) {
    const Token eq = *parser_advance(p); // '='
    int t = parser_type(p, 0);
    if (t == TOK_RPAR || t == TOK_COMMA) {
        parser_error_tok(p, PARSE_ERR_SYNTAX, &eq, "expected default value expression", NULL,
                         NULL);
        return NULL;
    }
    return parse_expression(p);
}

Node *parse_arguments_def(Parser *p, bool lambda, int close) {
    Node *a = ast_new(p->h, AST_ARGUMENTS, 0, 0, 0, 0);
    if (a == NULL) {
        parser_nomem(p);
        return NULL;
    }
    NodeList *plain = NULL;   // positional parameters seen so far (before '/' or '*')
    bool seen_default = false;
    bool seen_slash = false;
    bool seen_star = false;   // '*' or '*args'
    const Token *tk;
    while (parser_type(p, 0) != close) {
        tk = parser_peek(p, 0);
        const Token t = *tk;
        if (t.type == TOK_SLASH) {
            if (seen_star) {
                parser_error_tok(p, PARSE_ERR_SYNTAX, &t, "/ must be ahead of *", NULL, NULL);
                return NULL;
            }
            if (seen_slash) {
                parser_error_tok(p, PARSE_ERR_SYNTAX, &t, "/ may appear only once", NULL, NULL);
                return NULL;
            }
            if (ast_len(plain) == 0) {
                if (parser_type(p, 1) == TOK_COMMA) {
                    parser_error_tok(p, PARSE_ERR_SYNTAX, &t,
                                     "at least one argument must precede /", NULL, NULL);
                    return NULL;
                }
                parser_generic_error_at(p, &t);
                return NULL;
            }
            parser_advance(p);
            seen_slash = true;
            a->arguments.posonlyargs = plain;
            plain = NULL;
            if (parser_type(p, 0) == TOK_STAR) {
                parser_error_tok(p, PARSE_ERR_SYNTAX, parser_peek(p, 0),
                                 "expected comma between / and *", NULL, NULL);
                return NULL;
            }
            if (!param_sep(p, close)) return NULL;
            continue;
        }
        if (t.type == TOK_STAR) {
            if (seen_star) {
                parser_error_tok(p, PARSE_ERR_SYNTAX, &t, "* argument may appear only once",
                                 NULL, NULL);
                return NULL;
            }
            parser_advance(p);
            seen_star = true;
            int nt = parser_type(p, 0);
            if (nt == TOK_COMMA) {
                // bare '*': keyword-only parameters must follow
                int n2 = parser_type(p, 1);
                if (n2 == close || n2 == TOK_DOUBLESTAR) {
                    if (lambda) parser_error_last(p, PARSE_ERR_SYNTAX,
                                                  "named arguments must follow bare *", NULL,
                                                  NULL);
                    else parser_error_tok(p, PARSE_ERR_SYNTAX, &t,
                                          "named arguments must follow bare *", NULL, NULL);
                    return NULL;
                }
                parser_advance(p);
                continue;
            }
            if (nt == close) {
                if (lambda) parser_error_last(p, PARSE_ERR_SYNTAX,
                                              "named arguments must follow bare *", NULL, NULL);
                else parser_error_tok(p, PARSE_ERR_SYNTAX, &t,
                                      "named arguments must follow bare *", NULL, NULL);
                return NULL;
            }
            Node *va = param(p, lambda, true);
            if (va == NULL) return NULL;
            if (parser_type(p, 0) == TOK_EQUAL) {
                parser_error_tok(p, PARSE_ERR_SYNTAX, parser_peek(p, 0),
                                 "var-positional argument cannot have default value", NULL, NULL);
                return NULL;
            }
            a->arguments.vararg = va;
            if (!param_sep(p, close)) return NULL;
            continue;
        }
        if (t.type == TOK_DOUBLESTAR) {
            parser_advance(p);
            Node *kw = param(p, lambda, false);
            if (kw == NULL) return NULL;
            if (parser_type(p, 0) == TOK_EQUAL) {
                parser_error_tok(p, PARSE_ERR_SYNTAX, parser_peek(p, 0),
                                 "var-keyword argument cannot have default value", NULL, NULL);
                return NULL;
            }
            a->arguments.kwarg = kw;
            if (parser_accept(p, TOK_COMMA)) {
                int nt = parser_type(p, 0);
                if (nt == TOK_NAME || nt == TOK_STAR || nt == TOK_DOUBLESTAR ||
                    nt == TOK_SLASH) {
                    parser_error_tok(p, PARSE_ERR_SYNTAX, parser_peek(p, 0),
                                     "arguments cannot follow var-keyword argument", NULL, NULL);
                    return NULL;
                }
            }
            if (parser_type(p, 0) != close) {
                parser_generic_error(p);
                return NULL;
            }
            break;
        }
        if (t.type == TOK_LPAR) {
            // Function parameters cannot be parenthesized
            Parser *saved = parser_save(p);
    if (saved == NULL) return NULL;
            parser_advance(p);
            bool okp = parser_type(p, 0) == TOK_NAME;
            while (okp && parser_type(p, 0) == TOK_NAME) {
                parser_advance(p);
                if (!parser_accept(p, TOK_COMMA)) break;
            }
            if (okp && parser_type(p, 0) == TOK_RPAR) {
                const Token close_tok = *parser_peek(p, 0);
                parser_error_range(p, PARSE_ERR_SYNTAX, t.lineno, t.col, close_tok.end_lineno,
                                   close_tok.end_col,
                                   lambda ? "Lambda expression parameters cannot be "
                                            "parenthesized"
                                          : "Function parameters cannot be parenthesized",
                                   NULL, NULL);
                return NULL;
            }
            if (p->tok_failed) return NULL;
            parser_restore(p, saved, false);
            parser_generic_error(p);
            return NULL;
        }
        Node *prm = param(p, lambda, false);
        if (prm == NULL) return NULL;
        Node *def = NULL;
        if (parser_type(p, 0) == TOK_EQUAL) {
            def = param_default(p);
            if (def == NULL) return NULL;
        }
        if (seen_star) {
            if (!parser_push(p, &a->arguments.kwonlyargs, prm) ||
                !parser_push(p, &a->arguments.kw_defaults, def))
                return NULL;
        } else {
            if (def == NULL && seen_default) {
                parser_error_node(p, prm, "non-default argument follows default argument",
                                  NULL);
                return NULL;
            }
            if (def != NULL) {
                seen_default = true;
                if (!parser_push(p, &a->arguments.defaults, def)) return NULL;
            }
            if (!parser_push(p, &plain, prm)) return NULL;
        }
        if (!param_sep(p, close)) return NULL;
    }
    a->arguments.args = plain;
    return a;
}
