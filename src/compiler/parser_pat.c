/*
 * parser_pat.c: the patterns of `case` clauses (PEP 634), as CPython 3.11's grammar
 * builds them: MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass,
 * MatchStar, MatchAs and MatchOr nodes.
 */
#include "parser_int.h"

static Node *pattern(Parser *p);

static Node *pat_node(Parser *p, int kind, const Token *start) { return parser_node(p, kind, start); }

static bool is_wildcard(Parser *p, const Token *t) {
    return t->type == TOK_NAME && bview_eq_cstr(parser_tok_text(p, t), "_");
}

static Node *ident_node(Parser *p, const Token *t) {
    Node *n = ast_new(p->h, AST_IDENTIFIER, t->lineno, t->col, t->end_lineno, t->end_col);
    if (n == NULL) {
        parser_nomem(p);
        return NULL;
    }
    n->Identifier.id = parser_tok_text(p, t);
    return n;
}

// signed_number / complex_number / strings / None / True / False as an expression
// (literal_expr); NULL with no error when the current token cannot start one.
static Node *literal_expr(Parser *p, bool *is_literal) {
    const Token start = *parser_peek(p, 0);
    *is_literal = true;
    if (start.type == TOK_STRING) return parse_strings(p);
    if (start.type == TOK_NUMBER || (start.type == TOK_MINUS && parser_type(p, 1) == TOK_NUMBER)) {
        Node *real;
        if (start.type == TOK_MINUS) {
            parser_advance(p);
            const Token num = *parser_advance(p);
            Node *k = parser_number(p, &num);
            if (k == NULL) return NULL;
            real = parser_node(p, AST_UNARY_OP, &start);
            if (real == NULL) return NULL;
            real->UnaryOp.op = AST_USUB;
            real->UnaryOp.operand = k;
        } else {
            const Token num = *parser_advance(p);
            real = parser_number(p, &num);
            if (real == NULL) return NULL;
        }
        int t = parser_type(p, 0);
        if ((t == TOK_PLUS || t == TOK_MINUS)) {
            // complex_number: signed_real_number ('+'|'-') imaginary_number
            Node *rv = real->kind == AST_UNARY_OP ? real->UnaryOp.operand : real;
            if (rv->Constant.ckind == AST_CONST_IMAG) {
                parser_error_node(p, rv, "real number required in complex literal", NULL);
                return NULL;
            }
            parser_advance(p);
            if (parser_type(p, 0) != TOK_NUMBER) {
                parser_generic_error(p);
                return NULL;
            }
            const Token num = *parser_advance(p);
            Node *imag = parser_number(p, &num);
            if (imag == NULL) return NULL;
            if (imag->Constant.ckind != AST_CONST_IMAG) {
                parser_error_node(p, imag, "imaginary number required in complex literal", NULL);
                return NULL;
            }
            Node *b = parser_node(p, AST_BIN_OP, &start);
            if (b == NULL) return NULL;
            b->BinOp.left = real;
            b->BinOp.op = (uint8_t)(t == TOK_PLUS ? AST_ADD : AST_SUB);
            b->BinOp.right = imag;
            return b;
        }
        return real;
    }
    *is_literal = false;
    return NULL;
}

// name_or_attr: NAME ('.' NAME)* -- the current token is a NAME
static Node *name_or_attr(Parser *p, bool *dotted) {
    const Token nm = *parser_advance(p);
    Node *e = ast_new(p->h, AST_NAME, nm.lineno, nm.col, nm.end_lineno, nm.end_col);
    if (e == NULL) {
        parser_nomem(p);
        return NULL;
    }
    e->Name.id = parser_tok_text(p, &nm);
    e->Name.ctx = AST_LOAD;
    *dotted = false;
    while (parser_type(p, 0) == TOK_DOT) {
        parser_advance(p);
        if (parser_type(p, 0) != TOK_NAME) {
            parser_generic_error(p);
            return NULL;
        }
        const Token a = *parser_advance(p);
        Node *at = parser_node(p, AST_ATTRIBUTE, &nm);
        if (at == NULL) return NULL;
        at->Attribute.value = e;
        at->Attribute.attr = parser_tok_text(p, &a);
        at->Attribute.ctx = AST_LOAD;
        e = at;
        *dotted = true;
    }
    return e;
}

// class_pattern arguments after '('
static Node *class_pattern(Parser *p, Node *cls, const Token *start) {
    NodeList *pats = NULL, *kwd_attrs = NULL, *kwd_pats = NULL;
    NodeList *late = NULL; // positional patterns after keyword patterns
    while (parser_type(p, 0) != TOK_RPAR) {
        const Token *t = parser_peek(p, 0);
        if (t->type == TOK_NAME && parser_type(p, 1) == TOK_EQUAL) {
            const Token nm = *parser_advance(p);
            parser_advance(p);
            Node *v = pattern(p);
            if (v == NULL) return NULL;
            Node *id = ident_node(p, &nm);
            if (id == NULL) return NULL;
            if (!parser_push(p, &kwd_attrs, id) || !parser_push(p, &kwd_pats, v)) return NULL;
        } else {
            Node *v = pattern(p);
            if (v == NULL) return NULL;
            if (kwd_attrs != NULL) {
                if (!parser_push(p, &late, v)) return NULL;
            } else if (!parser_push(p, &pats, v)) {
                return NULL;
            }
        }
        if (!parser_accept(p, TOK_COMMA)) break;
    }
    if (!parser_accept(p, TOK_RPAR)) {
        parser_generic_error(p);
        return NULL;
    }
    if (late != NULL) {
        Node *a = ast_get(late, 0);
        Node *b = ast_get(late, ast_len(late) - 1);
        parser_error_range(p, PARSE_ERR_SYNTAX, a->lineno, a->col_offset, b->end_lineno,
                           b->end_col_offset, "positional patterns follow keyword patterns", NULL,
                           NULL);
        return NULL;
    }
    Node *n = parser_node(p, AST_MATCH_CLASS, start);
    if (n == NULL) return NULL;
    n->MatchClass.cls = cls;
    n->MatchClass.patterns = pats;
    n->MatchClass.kwd_attrs = kwd_attrs;
    n->MatchClass.kwd_patterns = kwd_pats;
    return n;
}

// maybe_star_pattern: star_pattern | pattern
static Node *maybe_star_pattern(Parser *p) {
    if (parser_type(p, 0) == TOK_STAR) {
        const Token st = *parser_advance(p);
        const Token *t = parser_peek(p, 0);
        if (t->type != TOK_NAME) {
            parser_generic_error(p);
            return NULL;
        }
        const Token nm = *parser_advance(p);
        Node *n = pat_node(p, AST_MATCH_STAR, &st);
        if (n == NULL) return NULL;
        if (!is_wildcard(p, &nm)) n->MatchStar.name = parser_tok_text(p, &nm);
        return n;
    }
    return pattern(p);
}

// Elements of a sequence pattern up to [close]; [first] already parsed (may be NULL).
static bool seq_rest(Parser *p, NodeList **pats, int close) {
    while (parser_accept(p, TOK_COMMA)) {
        if (parser_type(p, 0) == close) break;
        Node *e = maybe_star_pattern(p);
        if (e == NULL) return false;
        if (!parser_push(p, pats, e)) return false;
    }
    return true;
}

static Node *mapping_pattern(Parser *p) {
    const Token open = *parser_advance(p);
    NodeList *keys = NULL, *pats = NULL;
    BView rest = {NULL, 0};
    while (parser_type(p, 0) != TOK_RBRACE) {
        if (parser_type(p, 0) == TOK_DOUBLESTAR) {
            parser_advance(p);
            const Token *t = parser_peek(p, 0);
            if (t->type != TOK_NAME || is_wildcard(p, t)) {
                parser_generic_error(p);
                return NULL;
            }
            rest = parser_tok_text(p, parser_advance(p));
            parser_accept(p, TOK_COMMA);
            break;
        }
        bool lit;
        Node *key = literal_expr(p, &lit);
        if (!lit) {
            const Token *t = parser_peek(p, 0);
            if (t->type == TOK_KW_NONE || t->type == TOK_KW_TRUE || t->type == TOK_KW_FALSE) {
                const Token kt = *parser_advance(p);
                key = ast_new(p->h, AST_CONSTANT, kt.lineno, kt.col, kt.end_lineno, kt.end_col);
                if (key == NULL) {
                    parser_nomem(p);
                    return NULL;
                }
                key->Constant.ckind = (uint8_t)(kt.type == TOK_KW_NONE    ? AST_CONST_NONE
                                                : kt.type == TOK_KW_TRUE ? AST_CONST_TRUE
                                                                         : AST_CONST_FALSE);
            } else if (t->type == TOK_NAME) {
                bool dotted;
                key = name_or_attr(p, &dotted);
                if (key == NULL) return NULL;
                if (!dotted) {
                    parser_generic_error(p);
                    return NULL;
                }
            } else {
                parser_generic_error(p);
                return NULL;
            }
        }
        if (key == NULL) return NULL;
        if (!parser_accept(p, TOK_COLON)) {
            parser_generic_error(p);
            return NULL;
        }
        Node *v = pattern(p);
        if (v == NULL) return NULL;
        if (!parser_push(p, &keys, key) || !parser_push(p, &pats, v)) return NULL;
        if (!parser_accept(p, TOK_COMMA)) break;
    }
    if (!parser_accept(p, TOK_RBRACE)) {
        parser_generic_error(p);
        return NULL;
    }
    Node *n = pat_node(p, AST_MATCH_MAPPING, &open);
    if (n == NULL) return NULL;
    n->MatchMapping.keys = keys;
    n->MatchMapping.patterns = pats;
    n->MatchMapping.rest = rest;
    return n;
}

static Node *closed_pattern(Parser *p) {
    const Token start = *parser_peek(p, 0);
    switch (start.type) {
    case TOK_KW_NONE:
    case TOK_KW_TRUE:
    case TOK_KW_FALSE: {
        parser_advance(p);
        Node *n = pat_node(p, AST_MATCH_SINGLETON, &start);
        if (n == NULL) return NULL;
        n->MatchSingleton.value = (uint8_t)(start.type == TOK_KW_NONE    ? AST_CONST_NONE
                                            : start.type == TOK_KW_TRUE ? AST_CONST_TRUE
                                                                        : AST_CONST_FALSE);
        return n;
    }
    case TOK_STRING:
    case TOK_NUMBER:
    case TOK_MINUS: {
        bool lit;
        Node *v = literal_expr(p, &lit);
        if (!lit) {
            parser_generic_error(p);
            return NULL;
        }
        if (v == NULL) return NULL;
        Node *n = parser_node_span(p, AST_MATCH_VALUE, v, v);
        if (n == NULL) return NULL;
        n->MatchValue.value = v;
        return n;
    }
    case TOK_NAME: {
        bool dotted;
        Node *e = name_or_attr(p, &dotted);
        if (e == NULL) return NULL;
        if (parser_type(p, 0) == TOK_LPAR) {
            parser_advance(p);
            return class_pattern(p, e, &start);
        }
        if (dotted) {
            Node *n = parser_node_span(p, AST_MATCH_VALUE, e, e);
            if (n == NULL) return NULL;
            n->MatchValue.value = e;
            return n;
        }
        if (parser_type(p, 0) == TOK_EQUAL) {
            parser_generic_error(p);
            return NULL;
        }
        Node *n = pat_node(p, AST_MATCH_AS, &start);
        if (n == NULL) return NULL;
        if (!is_wildcard(p, &start)) n->MatchAs.name = parser_tok_text(p, &start);
        return n;
    }
    case TOK_LPAR: {
        parser_advance(p);
        if (parser_accept(p, TOK_RPAR)) return pat_node(p, AST_MATCH_SEQUENCE, &start);
        Node *first = maybe_star_pattern(p);
        if (first == NULL) return NULL;
        if (first->kind != AST_MATCH_STAR && parser_accept(p, TOK_RPAR)) return first; // group
        if (parser_type(p, 0) != TOK_COMMA) {
            parser_generic_error(p);
            return NULL;
        }
        NodeList *pats = NULL;
        if (!parser_push(p, &pats, first)) return NULL;
        if (!seq_rest(p, &pats, TOK_RPAR)) return NULL;
        if (!parser_accept(p, TOK_RPAR)) {
            parser_generic_error(p);
            return NULL;
        }
        Node *n = pat_node(p, AST_MATCH_SEQUENCE, &start);
        if (n != NULL) n->MatchSequence.patterns = pats;
        return n;
    }
    case TOK_LSQB: {
        parser_advance(p);
        NodeList *pats = NULL;
        if (parser_type(p, 0) != TOK_RSQB) {
            Node *first = maybe_star_pattern(p);
            if (first == NULL) return NULL;
            if (!parser_push(p, &pats, first)) return NULL;
            if (!seq_rest(p, &pats, TOK_RSQB)) return NULL;
        }
        if (!parser_accept(p, TOK_RSQB)) {
            parser_generic_error(p);
            return NULL;
        }
        Node *n = pat_node(p, AST_MATCH_SEQUENCE, &start);
        if (n != NULL) n->MatchSequence.patterns = pats;
        return n;
    }
    case TOK_LBRACE: return mapping_pattern(p);
    default:
        parser_generic_error(p);
        return NULL;
    }
}

// pattern: or_pattern ['as' NAME]
static Node *pattern(Parser *p) {
    if (!parser_enter(p)) return NULL;
    const Token start = *parser_peek(p, 0);
    Node *first = closed_pattern(p);
    if (first == NULL) {
        parser_leave(p);
        return NULL;
    }
    Node *r = first;
    if (parser_type(p, 0) == TOK_VBAR) {
        NodeList *alts = NULL;
        if (!parser_push(p, &alts, first)) goto fail;
        while (parser_accept(p, TOK_VBAR)) {
            Node *a = closed_pattern(p);
            if (a == NULL) goto fail;
            if (!parser_push(p, &alts, a)) goto fail;
        }
        r = pat_node(p, AST_MATCH_OR, &start);
        if (r == NULL) goto fail;
        r->MatchOr.patterns = alts;
    }
    if (parser_type(p, 0) == TOK_KW_AS) {
        parser_advance(p);
        const Token *t = parser_peek(p, 0);
        if (t->type == TOK_NAME && is_wildcard(p, t)) {
            parser_error_tok(p, PARSE_ERR_SYNTAX, t, "cannot use '_' as a target", NULL, NULL);
            goto fail;
        }
        if (t->type != TOK_NAME || parser_type(p, 1) == TOK_DOT || parser_type(p, 1) == TOK_LPAR ||
            parser_type(p, 1) == TOK_EQUAL) {
            if (p->failed) goto fail;
            // invalid_as_pattern: or_pattern 'as' !NAME expression
            if (t->type != TOK_NAME) {
                Node *bad = parse_expression(p);
                if (bad != NULL) parser_error_node(p, bad, "invalid pattern target", NULL);
                goto fail;
            }
            parser_generic_error(p);
            goto fail;
        }
        const Token nm = *parser_advance(p);
        Node *as = pat_node(p, AST_MATCH_AS, &start);
        if (as == NULL) goto fail;
        as->MatchAs.pattern = r;
        as->MatchAs.name = parser_tok_text(p, &nm);
        r = as;
    }
    parser_leave(p);
    return r;
fail:
    parser_leave(p);
    return NULL;
}

// patterns: open_sequence_pattern | pattern
Node *parse_patterns(Parser *p) {
    const Token start = *parser_peek(p, 0);
    Node *first = maybe_star_pattern(p);
    if (first == NULL) return NULL;
    if (parser_type(p, 0) != TOK_COMMA) {
        if (first->kind == AST_MATCH_STAR) {
            parser_generic_error(p);
            return NULL;
        }
        return first;
    }
    NodeList *pats = NULL;
    if (!parser_push(p, &pats, first)) return NULL;
    while (parser_accept(p, TOK_COMMA)) {
        int t = parser_type(p, 0);
        if (t == TOK_COLON || t == TOK_KW_IF) break;
        Node *e = maybe_star_pattern(p);
        if (e == NULL) return NULL;
        if (!parser_push(p, &pats, e)) return NULL;
    }
    Node *n = pat_node(p, AST_MATCH_SEQUENCE, &start);
    if (n != NULL) n->MatchSequence.patterns = pats;
    return n;
}
