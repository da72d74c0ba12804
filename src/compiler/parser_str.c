/*
 * parser_str.c: string literals: prefixes, escape decoding, implicit concatenation, and
 * f-strings split into JoinedStr / FormattedValue nodes the way CPython 3.11's
 * Parser/string_parser.c does it (the expression text of each replacement field is
 * tokenized in place, so inner nodes get their true source positions; Constant and
 * FormattedValue nodes span the whole concatenation, as in CPython).
 */
#include "parser_int.h"

#include "../kernel/unicode_ucd.h"

// One STRING token, dissected.
typedef struct StrTok {
    Token tok;
    bool bytes, raw, fmt, u;
    size_t body, body_end; // the text between the quotes
} StrTok;

static void dissect(Parser *p, const Token *t, StrTok *s) {
    s->tok = *t;
    s->bytes = s->raw = s->fmt = s->u = false;
    size_t i = t->start;
    for (;;) {
        int c = bview_get(p->src, i);
        if (c == 'b' || c == 'B') s->bytes = true;
        else if (c == 'r' || c == 'R') s->raw = true;
        else if (c == 'f' || c == 'F') s->fmt = true;
        else if (c == 'u' || c == 'U') s->u = true;
        else break;
        i++;
    }
    int q = bview_get(p->src, i);
    size_t qn = 1;
    if (bview_get(p->src, i + 1) == q && bview_get(p->src, i + 2) == q && t->end - i >= 6) qn = 3;
    s->body = i + qn;
    s->body_end = t->end - qn;
}

static bool push_utf8(Parser *p, Buf *b, uint32_t c) {
    KStatus s;
    if (c < 0x80) {
        s = buf_push(p->h, b, (uint8_t)c);
    } else if (c < 0x800) {
        s = buf_push(p->h, b, (uint8_t)(0xC0 | (c >> 6)));
        if (s == K_OK) s = buf_push(p->h, b, (uint8_t)(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        s = buf_push(p->h, b, (uint8_t)(0xE0 | (c >> 12)));
        if (s == K_OK) s = buf_push(p->h, b, (uint8_t)(0x80 | ((c >> 6) & 0x3F)));
        if (s == K_OK) s = buf_push(p->h, b, (uint8_t)(0x80 | (c & 0x3F)));
    } else {
        s = buf_push(p->h, b, (uint8_t)(0xF0 | (c >> 18)));
        if (s == K_OK) s = buf_push(p->h, b, (uint8_t)(0x80 | ((c >> 12) & 0x3F)));
        if (s == K_OK) s = buf_push(p->h, b, (uint8_t)(0x80 | ((c >> 6) & 0x3F)));
        if (s == K_OK) s = buf_push(p->h, b, (uint8_t)(0x80 | (c & 0x3F)));
    }
    if (s != K_OK) {
        parser_nomem(p);
        return false;
    }
    return true;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Position of byte [i] of [from..] as CPython's unicode-escape decoder counts it: non-ASCII
// characters were first rewritten as 10-byte \U escapes.
static int esc_pos(Parser *p, size_t from, size_t i) {
    int n = 0;
    for (size_t k = from; k < i; k++) {
        int c = bview_get(p->src, k);
        if (c < 0x80) n++;
        else if ((c & 0xC0) != 0x80) n += 10;
    }
    return n;
}

static void unicode_error(Parser *p, size_t from, size_t start, size_t end_incl, const char *why) {
    Buf m;
    buf_init(&m);
    if (!tokenizer_format(p->h, &m,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%d-%d: %s",
                          esc_pos(p, from, start), esc_pos(p, from, end_incl), why)) {
        parser_nomem(p);
        return;
    }
    parser_error_last_buf(p, PARSE_ERR_SYNTAX, m);
}

// Records CPython's DeprecationWarning for the first invalid escape of a literal: the
// escape at src[esc] (its backslash), [n] bytes after the backslash; kind
// PARSE_WARN_ESCAPE or PARSE_WARN_OCTAL_ESCAPE. The line is the literal's first line
// (CPython's token line); a literal parsed twice (backtracking) is recorded once.
static void warn_escape(Parser *p, size_t from, size_t esc, size_t n, int kind, bool *warned) {
    ParseError *e = p->err;
    if (*warned || e == NULL || e->nwarn < 0 || e->nwarn >= PARSE_MAX_WARNINGS) return;
    *warned = true;
    for (int i = 0; i < e->nwarn; i++)
        if (e->warn_pos[i] == esc) return;
    int line = 1;
    for (size_t i = 0; i < from && i < p->src.n; i++) {
        int c = bview_get(p->src, i);
        if (c == '\n' || (c == '\r' && bview_get(p->src, i + 1) != '\n')) line++;
    }
    size_t k = 0;
    for (; k < n && k + 1 < sizeof e->warn_text[0]; k++)
        e->warn_text[e->nwarn][k] = (char)bview_get(p->src, esc + 1 + k);
    e->warn_text[e->nwarn][k] = 0;
    e->warn_line[e->nwarn] = line;
    e->warn_pos[e->nwarn] = esc;
    e->warn_kind[e->nwarn] = kind;
    e->nwarn++;
}

// Appends the decoded text of src[from, to) (a string body or an f-string literal part)
// to [out]. [bytes]: a bytes literal (no \u, \U, \N; octal/hex give raw bytes).
static bool decode_escapes(Parser *p, size_t from, size_t to, bool bytes, bool raw, Buf *out) {
    size_t i = from;
    bool warned = false; // CPython warns about the first invalid escape of a literal only
    while (i < to) {
        int c = bview_get(p->src, i);
        if (c == '\r') {
            // newlines are translated as CPython's tokenizer does
            if (buf_push(p->h, out, '\n') != K_OK) goto nomem;
            i++;
            if (i < to && bview_get(p->src, i) == '\n') i++;
            continue;
        }
        if (c != '\\' || raw) {
            if (buf_push(p->h, out, (uint8_t)c) != K_OK) goto nomem;
            i++;
            continue;
        }
        size_t esc = i;
        i++;
        if (i >= to) {
            // a lone trailing backslash (possible in f-string literal parts)
            if (buf_push(p->h, out, '\\') != K_OK) goto nomem;
            break;
        }
        c = bview_get(p->src, i);
        i++;
        switch (c) {
        case '\n': break;
        case '\r':
            if (i < to && bview_get(p->src, i) == '\n') i++;
            break;
        case '\\': if (buf_push(p->h, out, '\\') != K_OK) goto nomem; break;
        case '\'': if (buf_push(p->h, out, '\'') != K_OK) goto nomem; break;
        case '"': if (buf_push(p->h, out, '"') != K_OK) goto nomem; break;
        case 'a': if (buf_push(p->h, out, 7) != K_OK) goto nomem; break;
        case 'b': if (buf_push(p->h, out, 8) != K_OK) goto nomem; break;
        case 'f': if (buf_push(p->h, out, 12) != K_OK) goto nomem; break;
        case 'n': if (buf_push(p->h, out, 10) != K_OK) goto nomem; break;
        case 'r': if (buf_push(p->h, out, 13) != K_OK) goto nomem; break;
        case 't': if (buf_push(p->h, out, 9) != K_OK) goto nomem; break;
        case 'v': if (buf_push(p->h, out, 11) != K_OK) goto nomem; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(c - '0');
            for (int k = 0; k < 2 && i < to; k++) {
                int d = bview_get(p->src, i);
                if (d < '0' || d > '7') break;
                v = v * 8 + (uint32_t)(d - '0');
                i++;
            }
            if (v > 0377) warn_escape(p, from, esc, 3, PARSE_WARN_OCTAL_ESCAPE, &warned);
            if (bytes) {
                if (buf_push(p->h, out, (uint8_t)(v & 0xFF)) != K_OK) goto nomem;
            } else if (!push_utf8(p, out, v)) {
                return false;
            }
            break;
        }
        case 'x': {
            int h1 = i < to ? hexval(bview_get(p->src, i)) : -1;
            int h2 = i + 1 < to ? hexval(bview_get(p->src, i + 1)) : -1;
            if (h1 < 0 || h2 < 0) {
                if (bytes) {
                    Buf m;
                    buf_init(&m);
                    if (!tokenizer_format(p->h, &m, "(value error) invalid \\x escape at position %d",
                                          (int)(esc - from))) {
                        parser_nomem(p);
                        return false;
                    }
                    parser_error_last_buf(p, PARSE_ERR_SYNTAX, m);
                    return false;
                }
                size_t e = h1 < 0 ? i : i + 1;
                unicode_error(p, from, esc, e - 1 < to ? e - 1 : to - 1, "truncated \\xXX escape");
                return false;
            }
            i += 2;
            uint32_t v = (uint32_t)(h1 * 16 + h2);
            if (bytes) {
                if (buf_push(p->h, out, (uint8_t)v) != K_OK) goto nomem;
            } else if (!push_utf8(p, out, v)) {
                return false;
            }
            break;
        }
        case 'u':
        case 'U':
        case 'N':
            if (bytes) {
                if (buf_push(p->h, out, '\\') != K_OK || buf_push(p->h, out, (uint8_t)c) != K_OK)
                    goto nomem;
                break;
            }
            if (c == 'N') {
                size_t e = i;
                if (e < to && bview_get(p->src, e) == '{') {
                    while (e < to && bview_get(p->src, e) != '}') e++;
                    if (e < to && e > i + 1) {
                        uint8_t name[UNICODE_UCD_NAME_MAX];
                        size_t len = e - i - 1;
                        int32_t cp = -1;
                        if (len <= sizeof name) {
                            for (size_t k = 0; k < len; k++) {
                                name[k] = (uint8_t)bview_get(p->src, i + 1 + k);
                            }
                            BView names;
                            KStatus ns = unicode_ucd_names(p->h, &names);
                            if (ns == K_NOMEM) goto nomem;
                            cp = ns == K_OK ? unicode_ucd_lookup(names, name, len) : -1;
                        }
                        if (cp < 0) {
                            unicode_error(p, from, esc, e, "unknown Unicode character name");
                            return false;
                        }
                        if (!push_utf8(p, out, (uint32_t)cp)) return false;
                        i = e + 1;
                        break;
                    }
                    if (e < to) {
                        unicode_error(p, from, esc, e - 1, "malformed \\N character escape");
                        return false;
                    }
                }
                unicode_error(p, from, esc, (e > esc + 1 ? e - 1 : esc + 1),
                              "malformed \\N character escape");
                return false;
            } else {
                int n = c == 'u' ? 4 : 8;
                uint32_t v = 0;
                int k;
                for (k = 0; k < n && i < to; k++) {
                    int d = hexval(bview_get(p->src, i));
                    if (d < 0) break;
                    v = v * 16 + (uint32_t)d;
                    i++;
                }
                if (k < n) {
                    unicode_error(p, from, esc, i - 1,
                                  c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                    return false;
                }
                if (v > 0x10FFFF) {
                    unicode_error(p, from, esc, i - 1, "illegal Unicode character");
                    return false;
                }
                if (!push_utf8(p, out, v)) return false;
            }
            break;
        default:
            // unknown escapes stay as written, with a DeprecationWarning when an ASCII
            // character follows the backslash (CPython says nothing for "\\é")
            if (c < 0x80) warn_escape(p, from, esc, 1, PARSE_WARN_ESCAPE, &warned);
            if (buf_push(p->h, out, '\\') != K_OK) goto nomem;
            i--;
            break;
        }
    }
    return true;
nomem:
    parser_nomem(p);
    return false;
}

/* ---- f-strings ---- */

// Accumulates JoinedStr values: literal text waits in [lit] until an expression comes.
typedef struct FState {
    Buf lit;
    bool have_lit;
    NodeList *values;
    bool fmode;
    bool ukind;
    NodeList **fix; // nodes that span the whole concatenation (patched at its end)
} FState;

// Turns the pending literal into a Constant. [t] non-NULL: it spans that token (the last
// literal of a format spec, as CPython's Finish(t, t)); else the whole concatenation.
static bool flush_lit(Parser *p, FState *st, const Token *t) {
    if (!st->have_lit) return true;
    Node *c = ast_new(p->h, AST_CONSTANT, 0, 0, 0, 0);
    if (c == NULL) {
        parser_nomem(p);
        return false;
    }
    if (t != NULL) {
        c->lineno = t->lineno;
        c->col_offset = t->col;
        c->end_lineno = t->end_lineno;
        c->end_col_offset = t->end_col;
    } else if (!parser_push(p, st->fix, c)) {
        return false;
    }
    c->Constant.ckind = AST_CONST_STR;
    c->Constant.ukind = st->ukind;
    c->Constant.value = buf_view(&st->lit);
    st->have_lit = false;
    buf_init(&st->lit);
    return parser_push(p, &st->values, c);
}

static bool add_lit(Parser *p, FState *st, const Buf *text) {
    if (text->len == 0) return true;
    if (buf_append(p->h, &st->lit, buf_view(text)) != K_OK) {
        parser_nomem(p);
        return false;
    }
    st->have_lit = true;
    return true;
}

static bool fstring_concat(Parser *p, FState *st, size_t *pos, size_t end, bool raw, int lvl,
                           const StrTok *t);

// The expression inside "{...}" at src[start, end): parsed by a nested tokenizer over the
// same source bytes, as if wrapped in parentheses (CPython compiles "(expr)").
static Node *fexpr_compile(Parser *p, size_t brace, size_t start, size_t end,
                           const StrTok *t) {
    // whitespace only?
    size_t s = start;
    while (s < end) {
        int c = bview_get(p->src, s);
        if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) break;
        s++;
    }
    if (s == end) {
        int c = bview_get(p->src, end);
        if (c == '!' || c == ':' || c == '=') {
            char what[2] = {(char)c, 0};
            parser_error_last(p, PARSE_ERR_SYNTAX, "f-string: expression required before '%s'",
                              what, NULL);
            return NULL;
        }
        parser_error_last(p, PARSE_ERR_SYNTAX, "f-string: empty expression not allowed", NULL,
                          NULL);
        return NULL;
    }
    // line and line start of the '{'
    int lineno = t->tok.lineno;
    size_t line_start = t->tok.start - (size_t)t->tok.col;
    for (size_t k = t->tok.start; k < brace; k++) {
        int c = bview_get(p->src, k);
        if (c == '\n' || (c == '\r' && bview_get(p->src, k + 1) != '\n')) {
            lineno++;
            line_start = k + 1;
        }
    }
    Parser *saved = parser_save(p);
    if (saved == NULL) return NULL;
    tokenizer_init_fexpr(&p->tok, p->h, p->src, start, end, lineno, line_start, p->err);
    p->la_n = 0;
    p->la_head = 0;
    p->have_last = false;
    p->in_fexpr = true;
    p->fexpr_lineno = lineno;
    p->fexpr_line_start = line_start;
    p->fexpr_col = (int)(brace - line_start);
    p->mode = PARSE_EXEC;
    // the virtual '(' at the '{'
    Token open = t->tok;
    open.type = TOK_LPAR;
    open.lineno = open.end_lineno = lineno;
    open.col = (int32_t)(brace - line_start);
    open.end_col = open.col + 1;
    open.start = (uint32_t)brace;
    open.end = (uint32_t)brace + 1;
    Node *e = NULL;
    int ty = parser_type(p, 0);
    if (ty == TOK_KW_YIELD) {
        e = parse_yield_expr(p);
    } else if (ty == TOK_DOUBLESTAR) {
        // invalid_group: '(' '**' expression ')'
        const Token ds = *parser_advance(p);
        Node *x = parse_expression(p);
        if (x != NULL && parser_type(p, 0) == TOK_ENDMARKER)
            parser_error_tok(p, PARSE_ERR_SYNTAX, &ds,
                             "cannot use double starred expression here", NULL, NULL);
        else
            parser_generic_error(p);
    } else if (!p->failed) {
        Node *first = parse_star_named_expression(p);
        if (first != NULL) {
            ty = parser_type(p, 0);
            if (ty == TOK_KW_FOR || (ty == TOK_KW_ASYNC && parser_type(p, 1) == TOK_KW_FOR)) {
                // a generator expression: CPython's node spans the virtual parentheses
                if (first->kind == AST_STARRED) {
                    parser_error_node(p, first,
                                      "iterable unpacking cannot be used in comprehension", NULL);
                } else {
                    e = parser_genexp_tail(p, first, &open, TOK_ENDMARKER);
                }
            } else if (ty == TOK_COMMA) {
                NodeList *elts = NULL;
                if (parser_push(p, &elts, first)) {
                    bool ok = true;
                    while (ok && parser_accept(p, TOK_COMMA)) {
                        if (parser_type(p, 0) == TOK_ENDMARKER) break;
                        Node *x = parse_star_named_expression(p);
                        if (x == NULL || !parser_push(p, &elts, x)) ok = false;
                    }
                    if (ok) {
                        // the tuple spans the virtual parentheses
                        const Token close = *parser_peek(p, 0);
                        Node *tup = ast_new(p->h, AST_TUPLE, open.lineno, open.col, close.lineno,
                                            close.col + 1);
                        if (tup == NULL) parser_nomem(p);
                        else tup->Tuple.elts = elts;
                        e = tup;
                    }
                }
            } else {
                if (first->kind == AST_STARRED && ty == TOK_ENDMARKER) {
                    parser_error_node(p, first, "cannot use starred expression here", NULL);
                } else {
                    e = first;
                }
            }
        }
    }
    if (e != NULL && !p->failed && parser_type(p, 0) != TOK_ENDMARKER) {
        parser_generic_error(p);
        e = NULL;
    }
    bool failed = p->failed, tok_failed = p->tok_failed, specific = p->specific;
    if (tok_failed && p->err->lineno == lineno) {
        // tokenizer errors count from the virtual '(' too (in characters)
        int base = tokenizer_offset(p->src, line_start, p->fexpr_col) - 1;
        p->err->col_offset -= base;
        p->err->end_col_offset -= base;
    }
    int depth = p->depth;
    *p = *saved; // the expression had its own tokens (CPython uses a second parser)
    p->depth = depth;
    // (its furthest token stays the outer one: CPython's f-string parser is separate)
    if (failed && !p->err->fexpr && p->err->kind != PARSE_ERR_MEMORY &&
        p->err->kind != PARSE_ERR_RECURSION) {
        // the innermost field's text (a nested f-string's error keeps its own)
        p->err->fexpr = true;
        p->err->fexpr_lineno = lineno;
        p->err->fexpr_start = start;
        p->err->fexpr_end = end;
    }
    if (failed) {
        p->failed = true;
        p->tok_failed = tok_failed;
        p->specific = specific;
        return NULL;
    }
    return e;
}

// CPython's fstring_find_expr: at a '{' in src[*pos, end).
static bool fstring_find_expr(Parser *p, FState *st, size_t *pos, size_t end, bool raw,
                              int lvl, const StrTok *t) {
    if (lvl >= 2) {
        parser_error_last(p, PARSE_ERR_SYNTAX, "f-string: expressions nested too deeply", NULL,
                          NULL);
        return false;
    }
    size_t brace = *pos;
    size_t s = brace + 1;
    size_t expr_start = s;
    int quote = 0, string_type = 0, depth = 0;
    uint8_t stack[TOK_MAXLEVEL];
    for (; s < end; s++) {
        int ch = bview_get(p->src, s);
        if (ch == '\\') {
            parser_error_last(p, PARSE_ERR_SYNTAX,
                              "f-string expression part cannot include a backslash", NULL, NULL);
            return false;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (s + 2 < end && bview_get(p->src, s + 1) == ch &&
                        bview_get(p->src, s + 2) == ch) {
                        s += 2;
                        string_type = 0;
                        quote = 0;
                        continue;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                    continue;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && bview_get(p->src, s + 1) == ch && bview_get(p->src, s + 2) == ch) {
                string_type = 3;
                s += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= TOK_MAXLEVEL) {
                parser_error_last(p, PARSE_ERR_SYNTAX, "f-string: too many nested parenthesis",
                                  NULL, NULL);
                return false;
            }
            stack[depth++] = (uint8_t)ch;
        } else if (ch == '#') {
            parser_error_last(p, PARSE_ERR_SYNTAX, "f-string expression part cannot include '#'",
                              NULL, NULL);
            return false;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' ||
                                  ch == '<')) {
            if (s + 1 < end) {
                int next = bview_get(p->src, s + 1);
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    s++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            char what[2] = {(char)ch, 0};
            if (depth == 0) {
                parser_error_last(p, PARSE_ERR_SYNTAX, "f-string: unmatched '%s'", what, NULL);
                return false;
            }
            depth--;
            int opening = stack[depth];
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                  (opening == '{' && ch == '}'))) {
                char op[2] = {(char)opening, 0};
                parser_error_last(p, PARSE_ERR_SYNTAX,
                                  "f-string: closing parenthesis '%s' does not match opening "
                                  "parenthesis '%s'",
                                  what, op);
                return false;
            }
        }
    }
    size_t expr_end = s;
    if (quote) {
        parser_error_last(p, PARSE_ERR_SYNTAX, "f-string: unterminated string", NULL, NULL);
        return false;
    }
    if (depth) {
        char op[2] = {(char)stack[depth - 1], 0};
        parser_error_last(p, PARSE_ERR_SYNTAX, "f-string: unmatched '%s'", op, NULL);
        return false;
    }
    if (s >= end) goto unexpected_end;
    Node *value = fexpr_compile(p, brace, expr_start, expr_end, t);
    if (value == NULL) return false;
    int conversion = AST_CONV_NONE;
    bool selfdoc = false;
    if (bview_get(p->src, s) == '=') {
        s++;
        while (s < end) {
            int c = bview_get(p->src, s);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) break;
            s++;
        }
        if (s >= end) goto unexpected_end;
        // the expression text (with the '=' and following spaces) becomes literal text
        Buf text;
        buf_init(&text);
        if (!decode_escapes(p, expr_start, s, false, true, &text)) return false;
        if (!add_lit(p, st, &text)) return false;
        selfdoc = true;
    }
    if (bview_get(p->src, s) == '!') {
        s++;
        if (s >= end) goto unexpected_end;
        conversion = bview_get(p->src, s);
        s++;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            parser_error_last(p, PARSE_ERR_SYNTAX,
                              "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                              NULL, NULL);
            return false;
        }
    }
    Node *spec = NULL;
    if (s >= end) goto unexpected_end;
    if (bview_get(p->src, s) == ':') {
        s++;
        if (s >= end) goto unexpected_end;
        FState sub;
        buf_init(&sub.lit);
        sub.have_lit = false;
        sub.values = NULL;
        sub.fmode = true;
        sub.ukind = st->ukind;
        sub.fix = st->fix;
        if (!fstring_concat(p, &sub, &s, end, raw, lvl + 1, t)) return false;
        if (!flush_lit(p, &sub, &t->tok)) return false;
        spec = ast_new(p->h, AST_JOINED_STR, t->tok.lineno, t->tok.col, t->tok.end_lineno,
                       t->tok.end_col);
        if (spec == NULL) {
            parser_nomem(p);
            return false;
        }
        spec->JoinedStr.values = sub.values;
    }
    if (s >= end || bview_get(p->src, s) != '}') goto unexpected_end;
    s++;
    if (selfdoc && spec == NULL && conversion == AST_CONV_NONE) conversion = AST_CONV_REPR;
    *pos = s;
    Node *fv = ast_new(p->h, AST_FORMATTED_VALUE, 0, 0, 0, 0);
    if (fv == NULL) {
        parser_nomem(p);
        return false;
    }
    if (!parser_push(p, st->fix, fv)) return false;
    fv->FormattedValue.value = value;
    fv->FormattedValue.conversion = conversion;
    fv->FormattedValue.format_spec = spec;
    if (!flush_lit(p, st, NULL)) return false;
    return parser_push(p, &st->values, fv);

unexpected_end:
    parser_error_last(p, PARSE_ERR_SYNTAX, "f-string: expecting '}'", NULL, NULL);
    return false;
}

// CPython's _PyPegen_FstringParser_ConcatFstring over src[*pos, end).
static bool fstring_concat(Parser *p, FState *st, size_t *pos, size_t end, bool raw, int lvl,
                           const StrTok *t) {
    st->fmode = true;
    size_t s = *pos;
    for (;;) {
        // literal part: up to an undoubled '{' or '}'
        size_t lit_start = s;
        bool doubled = false;
        while (s < end) {
            int ch = bview_get(p->src, s++);
            if (!raw && ch == '\\' && s < end) {
                ch = bview_get(p->src, s++);
                if (ch == 'N') {
                    if (s < end && bview_get(p->src, s++) == '{') {
                        while (s < end && bview_get(p->src, s++) != '}') {
                        }
                        continue;
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (lvl == 0) {
                    if (s < end && bview_get(p->src, s) == ch) {
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        parser_error_last(p, PARSE_ERR_SYNTAX,
                                          "f-string: single '}' is not allowed", NULL, NULL);
                        return false;
                    }
                }
                s--;
                break;
            }
        }
        if (s > lit_start) {
            Buf text;
            buf_init(&text);
            // a doubled brace keeps one brace: the literal ends after the first one
            if (!decode_escapes(p, lit_start, s, false, raw, &text)) return false;
            if (!add_lit(p, st, &text)) return false;
        }
        if (doubled) {
            s++; // skip the second brace
            continue;
        }
        if (s >= end || bview_get(p->src, s) == '}') break;
        // an expression
        if (!fstring_find_expr(p, st, &s, end, raw, lvl, t)) return false;
    }
    if (lvl == 0 && s + 1 < end) {
        parser_error_last(p, PARSE_ERR_SYNTAX, "f-string: unexpected end of string", NULL, NULL);
        return false;
    }
    if (lvl != 0 && (s >= end || bview_get(p->src, s) != '}')) {
        parser_error_last(p, PARSE_ERR_SYNTAX, "f-string: expecting '}'", NULL, NULL);
        return false;
    }
    *pos = s;
    return true;
}

/* ---- concatenation ---- */

// CPython's "bytes can only contain ASCII literal characters" check.
static bool check_bytes_ascii(Parser *p, const StrTok *t) {
    for (size_t k = t->body; k < t->body_end; k++)
        if (bview_get(p->src, k) >= 0x80) {
            parser_error_last(p, PARSE_ERR_SYNTAX,
                              "bytes can only contain ASCII literal characters", NULL, NULL);
            return false;
        }
    return true;
}

// strings: STRING+ (CPython's _PyPegen_concatenate_strings)
Node *parse_strings(Parser *p) {
    const Token first = *parser_peek(p, 0);
    FState st;
    buf_init(&st.lit);
    st.have_lit = false;
    st.values = NULL;
    st.fmode = false;
    st.ukind = false;
    NodeList *fix = NULL;
    st.fix = &fix;
    Buf bytes_val;
    buf_init(&bytes_val);
    bool bytesmode = false;
    bool first_tok = true;
    StrTok t;
    while (parser_type(p, 0) == TOK_STRING) {
        dissect(p, parser_peek(p, 0), &t);
        parser_advance(p);
        parser_peek(p, 0); // CPython has fetched the token after the strings by now
        if (p->tok_failed) return NULL;
        if (first_tok) st.ukind = bview_get(p->src, t.tok.start) == 'u'; // lowercase only
        if (t.bytes && !check_bytes_ascii(p, &t)) return NULL;
        if (!first_tok && bytesmode != t.bytes) {
            parser_error_last(p, PARSE_ERR_SYNTAX, "cannot mix bytes and nonbytes literals", NULL,
                              NULL);
            return NULL;
        }
        first_tok = false;
        bytesmode = t.bytes;
        if (t.fmt) {
            size_t pos = t.body;
            if (!fstring_concat(p, &st, &pos, t.body_end, t.raw, 0, &t)) return NULL;
        } else if (t.bytes) {
            if (!decode_escapes(p, t.body, t.body_end, true, t.raw, &bytes_val)) return NULL;
        } else {
            Buf text;
            buf_init(&text);
            if (!decode_escapes(p, t.body, t.body_end, false, t.raw, &text)) return NULL;
            if (!add_lit(p, &st, &text)) return NULL;
        }
    }
    if (bytesmode) {
        Node *c = parser_node(p, AST_CONSTANT, &first);
        if (c == NULL) return NULL;
        c->Constant.ckind = AST_CONST_BYTES;
        c->Constant.value = buf_view(&bytes_val);
        return c;
    }
    if (!st.fmode) {
        Node *c = parser_node(p, AST_CONSTANT, &first);
        if (c == NULL) return NULL;
        c->Constant.ckind = AST_CONST_STR;
        c->Constant.ukind = st.ukind;
        c->Constant.value = buf_view(&st.lit);
        return c;
    }
    if (!flush_lit(p, &st, NULL)) return NULL;
    Node *j = parser_node(p, AST_JOINED_STR, &first);
    if (j == NULL) return NULL;
    j->JoinedStr.values = st.values;
    for (size_t k = 0; k < ast_len(fix); k++) ast_copy_pos(ast_get(fix, k), j);
    return j;
}
