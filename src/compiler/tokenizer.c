/*
 * tokenizer.c: Python 3.11 tokens from UTF-8 source, one at a time (see tokenizer.h).
 *
 * The structure, the order of checks and the error positions follow CPython 3.11's
 * tok_get() closely, because SyntaxError messages and offsets must match CPython's.
 * Lines are advanced lazily as in CPython: reading '\n' marks a pending line change that
 * takes effect when the next character is read, so a token that ends with the newline
 * (and errors detected at EOF) still report the line the newline belongs to.
 * "\r\n" and a lone "\r" read as '\n' (CPython translates them before tokenizing).
 */
#include "tokenizer.h"

#include <stdarg.h>

#include "../kernel/unicode.h"

#define TABSIZE 8
#define EOFC (-1)

/* ---- errors and messages ---- */

static void append_utf8(Heap *h, Buf *b, uint32_t c, bool *ok) {
    KStatus s;
    if (c < 0x80) {
        s = buf_push(h, b, (uint8_t)c);
    } else if (c < 0x800) {
        s = buf_push(h, b, (uint8_t)(0xC0 | (c >> 6)));
        if (s == K_OK) s = buf_push(h, b, (uint8_t)(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        s = buf_push(h, b, (uint8_t)(0xE0 | (c >> 12)));
        if (s == K_OK) s = buf_push(h, b, (uint8_t)(0x80 | ((c >> 6) & 0x3F)));
        if (s == K_OK) s = buf_push(h, b, (uint8_t)(0x80 | (c & 0x3F)));
    } else {
        s = buf_push(h, b, (uint8_t)(0xF0 | (c >> 18)));
        if (s == K_OK) s = buf_push(h, b, (uint8_t)(0x80 | ((c >> 12) & 0x3F)));
        if (s == K_OK) s = buf_push(h, b, (uint8_t)(0x80 | ((c >> 6) & 0x3F)));
        if (s == K_OK) s = buf_push(h, b, (uint8_t)(0x80 | (c & 0x3F)));
    }
    if (s != K_OK) *ok = false;
}

static bool vformat(Heap *h, Buf *b, const char *fmt, va_list ap) {
    BView f = bview_cstr(fmt);
    bool ok = true;
    for (size_t i = 0; i < f.n && ok; i++) {
        int c = bview_get(f, i);
        if (c != '%' || i + 1 >= f.n) {
            if (buf_push(h, b, (uint8_t)c) != K_OK) ok = false;
            continue;
        }
        i++;
        int d = bview_get(f, i);
        if (d == 's') {
            const char *s = va_arg(ap, const char *);
            if (buf_append_cstr(h, b, s) != K_OK) ok = false;
        } else if (d == 'd') {
            int x = va_arg(ap, int);
            if (buf_append_i64(h, b, x) != K_OK) ok = false;
        } else if (d == 'c') {
            uint32_t x = va_arg(ap, uint32_t);
            append_utf8(h, b, x, &ok);
        } else if (d == 'X') {
            uint32_t x = va_arg(ap, uint32_t);
            char digits[8];
            int nd = 0;
            do {
                uint32_t v = x % 16;
                digits[nd++] = (char)(v < 10 ? '0' + v : 'A' + v - 10);
                x /= 16;
            } while (x != 0 && nd < 8);
            for (int k = nd; k < 4; k++)
                if (buf_push(h, b, '0') != K_OK) ok = false;
            while (nd > 0 && ok)
                if (buf_push(h, b, (uint8_t)digits[--nd]) != K_OK) ok = false;
        } else if (d == 'V') {
            const BView *v = va_arg(ap, const BView *);
            if (buf_append(h, b, *v) != K_OK) ok = false;
        } else {
            if (buf_push(h, b, (uint8_t)d) != K_OK) ok = false;
        }
    }
    return ok;
}

bool tokenizer_format(Heap *h, Buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    bool ok = vformat(h, b, fmt, ap);
    va_end(ap);
    return ok;
}

void tokenizer_set_error(ParseError *err, int kind, Buf msg, int lineno, int offset,
                         int end_lineno, int end_offset) {
    err->msg = msg;
    err->kind = kind;
    err->fexpr = false;
    err->tok_line = lineno;
    err->lineno = lineno;
    err->col_offset = offset;
    err->end_lineno = end_lineno;
    err->end_col_offset = end_offset;
    err->line_only = false;
}

size_t tokenizer_char_count(BView src, size_t from, size_t to) {
    size_t n = 0;
    if (to > src.n) {
        // positions past the end (the implied final newline) count one each
        if (from < to && to > src.n) {
            n += to - (from > src.n ? from : src.n);
            to = src.n;
        }
    }
    for (size_t i = from; i < to; i++) {
        int c = bview_get(src, i);
        if ((c & 0xC0) != 0x80) n++;
    }
    return n;
}

int tokenizer_offset(BView src, size_t line_start, int col) {
    if (col < 0) return col + 1;
    return (int)tokenizer_char_count(src, line_start, line_start + (size_t)col) + 1;
}

uint32_t tokenizer_decode_utf8(BView src, size_t i, size_t *len) {
    int c = bview_get(src, i);
    if (c < 0) { *len = 1; return 0; }
    if (c < 0x80) { *len = 1; return (uint32_t)c; }
    size_t n;
    uint32_t cp;
    if (c >= 0xF0) { n = 4; cp = (uint32_t)c & 0x07; }
    else if (c >= 0xE0) { n = 3; cp = (uint32_t)c & 0x0F; }
    else { n = 2; cp = (uint32_t)c & 0x1F; }
    for (size_t k = 1; k < n; k++) {
        int d = bview_get(src, i + k);
        if (d < 0) { *len = k; return cp; }
        cp = (cp << 6) | ((uint32_t)d & 0x3F);
    }
    *len = n;
    return cp;
}

/* ---- character reading ---- */

static inline int peekc(const Tokenizer *t, size_t i) {
    if (i < t->src.n) return bview_get(t->src, i);
    if (i < t->n_eff) return '\n';
    return EOFC;
}

static inline int nextc(Tokenizer *t) {
    if (t->pos >= t->n_eff) {
        t->pos = t->n_eff;
        t->last_c_start = t->pos;
        t->hit_eof = true;
        return EOFC;
    }
    if (t->cont_nl) {
        t->cont_nl = false;
        t->lineno++;
        t->line_start = t->pos;
    }
    int c = peekc(t, t->pos);
    t->last_c_start = t->pos;
    t->pos++;
    if (c == '\r') {
        if (peekc(t, t->pos) == '\n') t->pos++;
        c = '\n';
    }
    if (c == '\n') t->cont_nl = true;
    return c;
}

// Pushes back the character [c] just read by nextc.
static inline void backup(Tokenizer *t, int c) {
    if (c == EOFC) return;
    if (c == '\n') {
        t->cont_nl = false;
        t->pos = t->last_c_start;
        return;
    }
    t->pos--;
}

/* ---- errors ---- */

// CPython's syntaxerror(): offset = code points from the line start to the current
// position; end offset the same.
static int tok_syntax_error(Tokenizer *t, const char *fmt, ...) {
    Buf msg;
    buf_init(&msg);
    va_list ap;
    va_start(ap, fmt);
    bool ok = vformat(t->heap, &msg, fmt, ap);
    va_end(ap);
    t->failed = true;
    t->done = true;
    if (!ok) {
        buf_init(&msg);
        tokenizer_set_error(t->err, PARSE_ERR_MEMORY, msg, 0, 0, 0, 0);
        return TOK_ERROR;
    }
    int off = (int)tokenizer_char_count(t->src, t->line_start, t->pos);
    tokenizer_set_error(t->err, PARSE_ERR_SYNTAX, msg, t->lineno, off, t->lineno, off);
    t->err->line_only = true;
    t->raised = true;
    return TOK_ERROR;
}

// An error at an explicit position: [lineno], 1-based offsets already computed.
static int tok_error_at(Tokenizer *t, int kind, int lineno, int off, int end_lineno,
                        int end_off, const char *fmt, ...) {
    Buf msg;
    buf_init(&msg);
    va_list ap;
    va_start(ap, fmt);
    bool ok = vformat(t->heap, &msg, fmt, ap);
    va_end(ap);
    t->failed = true;
    t->done = true;
    if (!ok) {
        buf_init(&msg);
        tokenizer_set_error(t->err, PARSE_ERR_MEMORY, msg, 0, 0, 0, 0);
        return TOK_ERROR;
    }
    tokenizer_set_error(t->err, kind, msg, lineno, off, end_lineno, end_off);
    t->err->tok_line = t->lineno;
    return TOK_ERROR;
}

// Code points from the line start to the current position (CPython's "cur - line_start"
// offsets for errors without a token position).
int tokenizer_cur_offset(const Tokenizer *t) {
    // these errors go through CPython's parser error code: bytes for bytes/file input
    if (t->byte_offsets) return (int)(t->pos - t->line_start);
    return (int)tokenizer_char_count(t->src, t->line_start, t->pos);
}

static int indent_error(Tokenizer *t) {
    t->pos = t->line_end_hint;
    return tok_error_at(t, PARSE_ERR_TAB, t->lineno, 1, t->lineno, 0,
                        "inconsistent use of tabs and spaces in indentation");
}

/* ---- setup ---- */

static void init_common(Tokenizer *t, Heap *h, BView src, ParseError *err) {
    t->heap = h;
    t->src = src;
    t->n_eff = src.n;
    t->pos = 0;
    t->line_start = 0;
    t->lineno = 1;
    t->level = 0;
    t->indent = 0;
    t->indstack[0] = 0;
    t->altindstack[0] = 0;
    t->pendin = 0;
    t->atbol = true;
    t->cont_line = false;
    t->cont_nl = false;
    t->done = false;
    t->failed = false;
    t->eof_in_construct = false;
    t->hit_eof = false;
    t->err = err;
    t->fexpr = false;
    t->last_c_start = 0;
    t->line_end_hint = 0;
    t->unclosed_eof = false;
    t->raised = false;
    t->byte_offsets = false;
}

void tokenizer_init(Tokenizer *t, Heap *h, BView src, bool implied_newline,
                    ParseError *err) {
    init_common(t, h, src, err);
    if (implied_newline) {
        int last = bview_get(src, src.n == 0 ? 0 : src.n - 1);
        if (src.n == 0 || (last != '\n' && last != '\r')) t->n_eff = src.n + 1;
    }
    // a UTF-8 byte order mark is skipped (CPython decodes it away)
    if (src.n >= 3 && bview_get(src, 0) == 0xEF && bview_get(src, 1) == 0xBB &&
        bview_get(src, 2) == 0xBF) {
        t->pos = 3;
        t->line_start = 3;
    }
}

void tokenizer_init_fexpr(Tokenizer *t, Heap *h, BView src, size_t from, size_t to,
                          int lineno, size_t line_start, ParseError *err) {
    init_common(t, h, src, err);
    t->n_eff = to;
    t->pos = from;
    t->line_start = line_start;
    t->lineno = lineno;
    t->atbol = false;
    t->fexpr = true;
    // as if the expression were wrapped in parentheses (CPython compiles "(expr)")
    t->level = 1;
    t->paren_ch[0] = '(';
    t->paren_line[0] = lineno;
    t->paren_col[0] = 0;
    t->paren_line_start[0] = line_start;
}

/* ---- keywords ---- */

int tokenizer_keyword(BView v) {
    int c0 = bview_get(v, 0);
    switch (v.n) {
    case 2:
        if (c0 == 'i') {
            if (bview_eq_cstr(v, "if")) return TOK_KW_IF;
            if (bview_eq_cstr(v, "in")) return TOK_KW_IN;
            if (bview_eq_cstr(v, "is")) return TOK_KW_IS;
        }
        if (c0 == 'a' && bview_eq_cstr(v, "as")) return TOK_KW_AS;
        if (c0 == 'o' && bview_eq_cstr(v, "or")) return TOK_KW_OR;
        break;
    case 3:
        if (c0 == 'a' && bview_eq_cstr(v, "and")) return TOK_KW_AND;
        if (c0 == 'd' && bview_eq_cstr(v, "def")) return TOK_KW_DEF;
        if (c0 == 'd' && bview_eq_cstr(v, "del")) return TOK_KW_DEL;
        if (c0 == 'f' && bview_eq_cstr(v, "for")) return TOK_KW_FOR;
        if (c0 == 'n' && bview_eq_cstr(v, "not")) return TOK_KW_NOT;
        if (c0 == 't' && bview_eq_cstr(v, "try")) return TOK_KW_TRY;
        break;
    case 4:
        if (c0 == 'N' && bview_eq_cstr(v, "None")) return TOK_KW_NONE;
        if (c0 == 'T' && bview_eq_cstr(v, "True")) return TOK_KW_TRUE;
        if (c0 == 'e' && bview_eq_cstr(v, "elif")) return TOK_KW_ELIF;
        if (c0 == 'e' && bview_eq_cstr(v, "else")) return TOK_KW_ELSE;
        if (c0 == 'f' && bview_eq_cstr(v, "from")) return TOK_KW_FROM;
        if (c0 == 'p' && bview_eq_cstr(v, "pass")) return TOK_KW_PASS;
        if (c0 == 'w' && bview_eq_cstr(v, "with")) return TOK_KW_WITH;
        break;
    case 5:
        if (c0 == 'F' && bview_eq_cstr(v, "False")) return TOK_KW_FALSE;
        if (c0 == 'a' && bview_eq_cstr(v, "async")) return TOK_KW_ASYNC;
        if (c0 == 'a' && bview_eq_cstr(v, "await")) return TOK_KW_AWAIT;
        if (c0 == 'b' && bview_eq_cstr(v, "break")) return TOK_KW_BREAK;
        if (c0 == 'c' && bview_eq_cstr(v, "class")) return TOK_KW_CLASS;
        if (c0 == 'r' && bview_eq_cstr(v, "raise")) return TOK_KW_RAISE;
        if (c0 == 'w' && bview_eq_cstr(v, "while")) return TOK_KW_WHILE;
        if (c0 == 'y' && bview_eq_cstr(v, "yield")) return TOK_KW_YIELD;
        break;
    case 6:
        if (c0 == 'a' && bview_eq_cstr(v, "assert")) return TOK_KW_ASSERT;
        if (c0 == 'e' && bview_eq_cstr(v, "except")) return TOK_KW_EXCEPT;
        if (c0 == 'g' && bview_eq_cstr(v, "global")) return TOK_KW_GLOBAL;
        if (c0 == 'i' && bview_eq_cstr(v, "import")) return TOK_KW_IMPORT;
        if (c0 == 'l' && bview_eq_cstr(v, "lambda")) return TOK_KW_LAMBDA;
        if (c0 == 'r' && bview_eq_cstr(v, "return")) return TOK_KW_RETURN;
        break;
    case 7:
        if (c0 == 'f' && bview_eq_cstr(v, "finally")) return TOK_KW_FINALLY;
        break;
    case 8:
        if (c0 == 'c' && bview_eq_cstr(v, "continue")) return TOK_KW_CONTINUE;
        if (c0 == 'n' && bview_eq_cstr(v, "nonlocal")) return TOK_KW_NONLOCAL;
        break;
    default:
        break;
    }
    return TOK_NAME;
}

static const char *const type_names[TOK__COUNT] = {
    "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
    "'('", "')'", "'['", "']'", "':'", "','", "';'", "'+'", "'-'", "'*'", "'/'", "'|'",
    "'&'", "'<'", "'>'", "'='", "'.'", "'%'", "'{'", "'}'", "'=='", "'!='", "'<='",
    "'>='", "'~'", "'^'", "'<<'", "'>>'", "'**'", "'+='", "'-='", "'*='", "'/='",
    "'%='", "'&='", "'|='", "'^='", "'<<='", "'>>='", "'**='", "'//'", "'//='", "'@'",
    "'@='", "'->'", "'...'", "':='", "OP",
    "'False'", "'None'", "'True'", "'and'", "'as'", "'assert'", "'async'", "'await'",
    "'break'", "'class'", "'continue'", "'def'", "'del'", "'elif'", "'else'", "'except'",
    "'finally'", "'for'", "'from'", "'global'", "'if'", "'import'", "'in'", "'is'",
    "'lambda'", "'nonlocal'", "'not'", "'or'", "'pass'", "'raise'", "'return'", "'try'",
    "'while'", "'with'", "'yield'", "ERRORTOKEN",
};

const char *tokenizer_type_name(int type) {
    if (type < 0 || type >= TOK__COUNT) return "?";
    return type_names[type];
}

/* ---- character classes ---- */

static inline bool is_ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
static inline bool is_ident_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 128;
}
static inline bool is_digit(int c) { return c >= '0' && c <= '9'; }
static inline bool is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* ---- operators ---- */

static int one_char(int c) {
    switch (c) {
    case '%': return TOK_PERCENT;
    case '&': return TOK_AMPER;
    case '(': return TOK_LPAR;
    case ')': return TOK_RPAR;
    case '*': return TOK_STAR;
    case '+': return TOK_PLUS;
    case ',': return TOK_COMMA;
    case '-': return TOK_MINUS;
    case '.': return TOK_DOT;
    case '/': return TOK_SLASH;
    case ':': return TOK_COLON;
    case ';': return TOK_SEMI;
    case '<': return TOK_LESS;
    case '=': return TOK_EQUAL;
    case '>': return TOK_GREATER;
    case '@': return TOK_AT;
    case '[': return TOK_LSQB;
    case ']': return TOK_RSQB;
    case '^': return TOK_CIRCUMFLEX;
    case '{': return TOK_LBRACE;
    case '|': return TOK_VBAR;
    case '}': return TOK_RBRACE;
    case '~': return TOK_TILDE;
    default: return TOK_OP;
    }
}

static int two_chars(int c1, int c2) {
    switch (c1) {
    case '!': if (c2 == '=') return TOK_NOTEQUAL; break;
    case '%': if (c2 == '=') return TOK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return TOK_AMPEREQUAL; break;
    case '*':
        if (c2 == '*') return TOK_DOUBLESTAR;
        if (c2 == '=') return TOK_STAREQUAL;
        break;
    case '+': if (c2 == '=') return TOK_PLUSEQUAL; break;
    case '-':
        if (c2 == '=') return TOK_MINEQUAL;
        if (c2 == '>') return TOK_RARROW;
        break;
    case '/':
        if (c2 == '/') return TOK_DOUBLESLASH;
        if (c2 == '=') return TOK_SLASHEQUAL;
        break;
    case ':': if (c2 == '=') return TOK_COLONEQUAL; break;
    case '<':
        if (c2 == '<') return TOK_LEFTSHIFT;
        if (c2 == '=') return TOK_LESSEQUAL;
        if (c2 == '>') return TOK_NOTEQUAL; // "<>" only with barry_as_FLUFL; see below
        break;
    case '=': if (c2 == '=') return TOK_EQEQUAL; break;
    case '>':
        if (c2 == '=') return TOK_GREATEREQUAL;
        if (c2 == '>') return TOK_RIGHTSHIFT;
        break;
    case '@': if (c2 == '=') return TOK_ATEQUAL; break;
    case '^': if (c2 == '=') return TOK_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return TOK_VBAREQUAL; break;
    default: break;
    }
    return TOK_OP;
}

static int three_chars(int c1, int c2, int c3) {
    if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) return TOK_OP;
    if (c1 == '*' && c2 == '*') return TOK_DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/') return TOK_DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<') return TOK_LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>') return TOK_RIGHTSHIFTEQUAL;
    if (c1 == '.' && c2 == '.' && c3 == '.') return TOK_ELLIPSIS;
    return TOK_OP;
}

/* ---- numbers ---- */

// CPython's lookahead(): true when the next characters spell [rest] and are not followed
// by an identifier character. Consumes nothing.
static bool lookahead(Tokenizer *t, const char *rest) {
    BView r = bview_cstr(rest);
    size_t p = t->pos;
    for (size_t i = 0; i < r.n; i++)
        if (peekc(t, p + i) != bview_get(r, i)) return false;
    return !is_ident_char(peekc(t, p + r.n));
}

static const char *const literal_kinds[5] = {"decimal", "hexadecimal", "octal", "binary",
                                             "imaginary"};

// Records CPython's SyntaxWarning "invalid [kind] literal" for the current line.
static void warn_literal(Tokenizer *t, const char *kind) {
    ParseError *e = t->err;
    if (e == NULL || e->nwarn < 0 || e->nwarn >= PARSE_MAX_WARNINGS) return;
    for (int i = 0; i < e->nwarn; i++)
        if (e->warn_pos[i] == t->pos) return;
    int k = 0;
    while (k < 4 && !bview_eq_cstr(bview_cstr(literal_kinds[k]), kind)) k++;
    e->warn_line[e->nwarn] = t->lineno;
    e->warn_pos[e->nwarn] = t->pos;
    e->warn_kind[e->nwarn] = k;
    e->nwarn++;
}

// CPython's verify_end_of_number(): [c] was just read after the number.
static bool verify_end_of_number(Tokenizer *t, int c, const char *kind) {
    bool r = false;
    if (c == 'a') r = lookahead(t, "nd");
    else if (c == 'e') r = lookahead(t, "lse");
    else if (c == 'f') r = lookahead(t, "or");
    else if (c == 'i') {
        int c2 = peekc(t, t->pos);
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
    } else if (c == 'o') r = lookahead(t, "r");
    else if (c == 'n') r = lookahead(t, "ot");
    if (r) { // a keyword run into the number: accepted with a warning
        warn_literal(t, kind);
        return true;
    }
    if (is_ident_char(c)) {
        backup(t, c);
        tok_syntax_error(t, "invalid %s literal", kind);
        return false;
    }
    return true;
}

// Reads digits and single underscores between digits; returns the first other char, or
// 0 after reporting an error.
static int decimal_tail(Tokenizer *t) {
    int c;
    for (;;) {
        do {
            c = nextc(t);
        } while (is_digit(c));
        if (c != '_') break;
        c = nextc(t);
        if (!is_digit(c)) {
            backup(t, c);
            tok_syntax_error(t, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

// Scans the rest of a number whose first char [c] was read. Returns TOK_NUMBER with the
// position after the number, or TOK_ERROR.
static int scan_number(Tokenizer *t, int c, size_t start, bool after_dot) {
    if (after_dot) goto fraction;
    if (c == '0') {
        c = nextc(t);
        if (c == 'x' || c == 'X') {
            c = nextc(t);
            do {
                if (c == '_') c = nextc(t);
                if (!is_xdigit(c)) {
                    backup(t, c);
                    return tok_syntax_error(t, "invalid hexadecimal literal");
                }
                do {
                    c = nextc(t);
                } while (is_xdigit(c));
            } while (c == '_');
            if (!verify_end_of_number(t, c, "hexadecimal")) return TOK_ERROR;
        } else if (c == 'o' || c == 'O') {
            c = nextc(t);
            do {
                if (c == '_') c = nextc(t);
                if (c < '0' || c >= '8') {
                    if (is_digit(c))
                        return tok_syntax_error(t, "invalid digit '%c' in octal literal",
                                                (uint32_t)c);
                    backup(t, c);
                    return tok_syntax_error(t, "invalid octal literal");
                }
                do {
                    c = nextc(t);
                } while ('0' <= c && c < '8');
            } while (c == '_');
            if (is_digit(c))
                return tok_syntax_error(t, "invalid digit '%c' in octal literal", (uint32_t)c);
            if (!verify_end_of_number(t, c, "octal")) return TOK_ERROR;
        } else if (c == 'b' || c == 'B') {
            c = nextc(t);
            do {
                if (c == '_') c = nextc(t);
                if (c != '0' && c != '1') {
                    if (is_digit(c))
                        return tok_syntax_error(t, "invalid digit '%c' in binary literal",
                                                (uint32_t)c);
                    backup(t, c);
                    return tok_syntax_error(t, "invalid binary literal");
                }
                do {
                    c = nextc(t);
                } while (c == '0' || c == '1');
            } while (c == '_');
            if (is_digit(c))
                return tok_syntax_error(t, "invalid digit '%c' in binary literal", (uint32_t)c);
            if (!verify_end_of_number(t, c, "binary")) return TOK_ERROR;
        } else {
            bool nonzero = false;
            for (;;) {
                if (c == '_') {
                    c = nextc(t);
                    if (!is_digit(c)) {
                        backup(t, c);
                        return tok_syntax_error(t, "invalid decimal literal");
                    }
                }
                if (c != '0') break;
                c = nextc(t);
            }
            size_t zeros_end = t->pos;
            if (is_digit(c)) {
                nonzero = true;
                c = decimal_tail(t);
                if (c == 0) return TOK_ERROR;
            }
            if (c == '.') {
                c = nextc(t);
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                backup(t, c);
                // CPython passes byte columns here (no conversion to characters)
                int a = (int)(start + 1 - t->line_start);
                int b = (int)(zeros_end - t->line_start);
                tok_error_at(t, PARSE_ERR_SYNTAX, t->lineno, a, t->lineno, b,
                             "leading zeros in decimal integer literals are not "
                             "permitted; use an 0o prefix for octal integers");
                t->err->line_only = true;
                t->raised = true;
                return TOK_ERROR;
            }
            if (!verify_end_of_number(t, c, "decimal")) return TOK_ERROR;
        }
    } else {
        c = decimal_tail(t);
        if (c == 0) return TOK_ERROR;
        if (c == '.') {
            c = nextc(t);
        fraction:
            if (is_digit(c)) {
                c = decimal_tail(t);
                if (c == 0) return TOK_ERROR;
            }
        }
        if (c == 'e' || c == 'E') {
            int e;
        exponent:
            e = c;
            c = nextc(t);
            if (c == '+' || c == '-') {
                c = nextc(t);
                if (!is_digit(c)) {
                    backup(t, c);
                    return tok_syntax_error(t, "invalid decimal literal");
                }
            } else if (!is_digit(c)) {
                backup(t, c);
                if (!verify_end_of_number(t, e, "decimal")) return TOK_ERROR;
                backup(t, e);
                return TOK_NUMBER;
            }
            c = decimal_tail(t);
            if (c == 0) return TOK_ERROR;
        }
        if (c == 'j' || c == 'J') {
        imaginary:
            c = nextc(t);
            if (!verify_end_of_number(t, c, "imaginary")) return TOK_ERROR;
        } else if (!verify_end_of_number(t, c, "decimal")) {
            return TOK_ERROR;
        }
    }
    backup(t, c);
    return TOK_NUMBER;
}

/* ---- identifiers ---- */

// CPython's verify_identifier() for an identifier with non-ASCII bytes at [start, pos).
static bool verify_identifier(Tokenizer *t, size_t start) {
    size_t i = start;
    bool first = true;
    while (i < t->pos) {
        size_t len;
        uint32_t cp = tokenizer_decode_utf8(t->src, i, &len);
        bool ok;
        if (cp < 128) ok = cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                           (!first && cp >= '0' && cp <= '9');
        else ok = first ? unicode_is_xid_start(cp) : unicode_is_xid_continue(cp);
        if (!ok) {
            t->pos = i + len;
            if (unicode_is_printable(cp))
                tok_syntax_error(t, "invalid character '%c' (U+%X)", cp, cp);
            else
                tok_syntax_error(t, "invalid non-printable character U+%X", cp);
            return false;
        }
        first = false;
        i += len;
    }
    return true;
}

/* ---- strings ---- */

// Scans a string literal whose opening quote [quote] was just read; the token started at
// [start] (prefix included) on line [first_lineno] starting at [first_line_start].
static int scan_string(Tokenizer *t, int quote, size_t start, int first_lineno,
                       size_t first_line_start) {
    int quote_size = 1;
    int end_quote_size = 0;
    int c = nextc(t);
    if (c == quote) {
        c = nextc(t);
        if (c == quote) quote_size = 3;
        else end_quote_size = 1; // empty string
    }
    if (c != quote) backup(t, c);
    while (end_quote_size != quote_size) {
        c = nextc(t);
        if (c == EOFC || (quote_size == 1 && c == '\n')) {
            int detected = t->lineno;
            t->pos = start + 1;
            t->line_start = first_line_start;
            t->lineno = first_lineno;
            t->cont_nl = false;
            if (c == EOFC) t->eof_in_construct = true;
            if (quote_size == 3)
                return tok_syntax_error(
                    t, "unterminated triple-quoted string literal (detected at line %d)",
                    detected);
            return tok_syntax_error(t, "unterminated string literal (detected at line %d)",
                                    detected);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') (void)nextc(t);
        }
    }
    return TOK_STRING;
}

/* ---- the main loop ---- */

// CPython's tok_continuation_line(): after a backslash. Returns -1 on error.
static int continuation_line(Tokenizer *t) {
    int c = nextc(t);
    if (c != '\n') {
        // E_LINECONT: offset = position after the offending character (line-relative)
        int off = tokenizer_cur_offset(t);
        tok_error_at(t, PARSE_ERR_SYNTAX, t->lineno, off, t->lineno, 0,
                     "unexpected character after line continuation character");
        return -1;
    }
    c = nextc(t);
    if (c == EOFC) {
        t->eof_in_construct = true;
        int off = tokenizer_cur_offset(t);
        tok_error_at(t, PARSE_ERR_SYNTAX, t->lineno, off, t->lineno, -1,
                     "unexpected EOF while parsing");
        return -1;
    }
    backup(t, c);
    return c;
}

static void set_tok(Tokenizer *t, Token *out, int type, size_t start, int lineno,
                    size_t line_start) {
    out->type = (uint8_t)type;
    out->flags = 0;
    out->level = (uint8_t)(t->level > 255 ? 255 : t->level);
    out->start = (uint32_t)start;
    out->end = (uint32_t)t->pos;
    out->lineno = lineno;
    out->col = (int32_t)(start - line_start);
    out->end_lineno = t->lineno;
    out->end_col = (int32_t)(t->pos - t->line_start);
}

// A token without a source position (INDENT, DEDENT, ENDMARKER): col is the current
// position, as CPython's error code computes it for such tokens.
static void set_nopos(Tokenizer *t, Token *out, int type) {
    out->type = (uint8_t)type;
    out->flags = TOKF_NOPOS;
    out->level = (uint8_t)(t->level > 255 ? 255 : t->level);
    out->start = (uint32_t)t->pos;
    out->end = (uint32_t)t->pos;
    out->lineno = t->lineno;
    out->col = (int32_t)(t->pos - t->line_start);
    out->end_lineno = t->lineno;
    out->end_col = out->col;
}

static int error_token(Tokenizer *t, Token *out) {
    set_nopos(t, out, TOK_ERROR);
    return TOK_ERROR;
}

int tokenizer_next(Tokenizer *t, Token *out) {
    int c;
    bool blankline = false;
    if (t->failed) return error_token(t, out);

nextline:
    blankline = false;
    if (t->atbol) {
        int col = 0, altcol = 0, cont_line_col = 0;
        t->atbol = false;
        for (;;) {
            c = nextc(t);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = altcol + 1;
            } else if (c == '\014') {
                col = altcol = 0;
            } else if (c == '\\') {
                cont_line_col = cont_line_col ? cont_line_col : col;
                if (continuation_line(t) == -1) return error_token(t, out);
            } else {
                break;
            }
        }
        backup(t, c);
        if (c == '#' || c == '\n') blankline = true;
        if (!blankline && t->level == 0) {
            if (cont_line_col) {
                col = cont_line_col;
                altcol = cont_line_col;
            }
            // where CPython leaves "cur" for indentation errors: the end of the line
            size_t e = t->pos;
            while (peekc(t, e) != '\n' && peekc(t, e) != EOFC && peekc(t, e) != '\r') e++;
            if (peekc(t, e) != EOFC) e++;
            t->line_end_hint = e;
            if (col == t->indstack[t->indent]) {
                if (altcol != t->altindstack[t->indent]) {
                    indent_error(t);
                    return error_token(t, out);
                }
            } else if (col > t->indstack[t->indent]) {
                if (t->indent + 1 >= TOK_MAXINDENT) {
                    t->pos = e;
                    tok_error_at(t, PARSE_ERR_INDENTATION, t->lineno, 1, t->lineno, 0,
                                 "too many levels of indentation");
                    return error_token(t, out);
                }
                if (altcol <= t->altindstack[t->indent]) {
                    indent_error(t);
                    return error_token(t, out);
                }
                t->pendin++;
                t->indent++;
                t->indstack[t->indent] = col;
                t->altindstack[t->indent] = altcol;
            } else {
                while (t->indent > 0 && col < t->indstack[t->indent]) {
                    t->pendin--;
                    t->indent--;
                }
                if (col != t->indstack[t->indent]) {
                    t->pos = e;
                    int off = tokenizer_cur_offset(t);
                    tok_error_at(t, PARSE_ERR_INDENTATION, t->lineno, off, t->lineno, -1,
                                 "unindent does not match any outer indentation level");
                    return error_token(t, out);
                }
                if (altcol != t->altindstack[t->indent]) {
                    indent_error(t);
                    return error_token(t, out);
                }
            }
        }
    }

    if (t->pendin != 0) {
        if (t->pendin < 0) {
            t->pendin++;
            set_nopos(t, out, TOK_DEDENT);
            return TOK_DEDENT;
        }
        t->pendin--;
        set_nopos(t, out, TOK_INDENT);
        return TOK_INDENT;
    }

again:
    do {
        c = nextc(t);
    } while (c == ' ' || c == '\t' || c == '\014');

    size_t start = t->last_c_start;
    int lineno = t->lineno;
    size_t line_start = t->line_start;

    // a comment is skipped but stays the start of the NEWLINE token that ends its line
    // (CPython's tok->start is not reset after a comment)
    size_t comment_start = start;
    bool had_comment = false;
    if (c == '#') {
        had_comment = true;
        while (c != EOFC && c != '\n') c = nextc(t);
        start = t->last_c_start;
    }

    if (c == EOFC) {
        if (t->fexpr && t->level == 1) {
            // the virtual ')' closing the expression: a one-character token at its end
            set_nopos(t, out, TOK_ENDMARKER);
            out->flags = 0;
            out->end_col = out->col + 1;
            out->end = out->start + 1;
            t->done = true;
            return TOK_ENDMARKER;
        }
        if (t->level > 0) {
            // CPython: ERRORTOKEN with E_EOF; the parser reports the unclosed bracket
            t->eof_in_construct = true;
            int l = t->level - 1;
            int off = tokenizer_offset(t->src, t->paren_line_start[l], t->paren_col[l]);
            tok_error_at(t, PARSE_ERR_SYNTAX, t->paren_line[l], off, t->paren_line[l], 0,
                         "'%c' was never closed", (uint32_t)t->paren_ch[l]);
            t->unclosed_eof = true;
            return error_token(t, out);
        }
        set_nopos(t, out, TOK_ENDMARKER);
        // CPython's token start for ENDMARKER is one before the end
        t->done = true;
        return TOK_ENDMARKER;
    }

    if (is_ident_start(c)) {
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = true;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = true;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = true;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = true;
            else break;
            c = nextc(t);
            if (c == '"' || c == '\'') {
                int r = scan_string(t, c, start, lineno, line_start);
                if (r == TOK_ERROR) return error_token(t, out);
                set_tok(t, out, TOK_STRING, start, lineno, line_start);
                return TOK_STRING;
            }
        }
        bool nonascii = false;
        while (is_ident_char(c)) {
            if (c >= 128) nonascii = true;
            c = nextc(t);
        }
        backup(t, c);
        if (nonascii && !verify_identifier(t, start)) return error_token(t, out);
        set_tok(t, out, TOK_NAME, start, lineno, line_start);
        BView name = bview_slice(t->src, start, t->pos);
        out->type = (uint8_t)tokenizer_keyword(name);
        return out->type;
    }

    if (c == '\n') {
        t->atbol = true;
        if (blankline || t->level > 0) goto nextline;
        t->cont_line = false;
        // the NEWLINE token is the newline character itself, on its own line
        out->type = TOK_NEWLINE;
        out->flags = 0;
        out->level = 0;
        out->start = (uint32_t)(had_comment ? comment_start : start);
        out->end = (uint32_t)(start + 1);
        out->lineno = lineno;
        out->col = (int32_t)(out->start - line_start);
        out->end_lineno = lineno;
        out->end_col = (int32_t)(start - line_start); // the '\n' is left out
        return TOK_NEWLINE;
    }

    if (c == '.') {
        c = nextc(t);
        if (is_digit(c)) {
            int r = scan_number(t, c, start, true);
            if (r == TOK_ERROR) return error_token(t, out);
            set_tok(t, out, TOK_NUMBER, start, lineno, line_start);
            return TOK_NUMBER;
        } else if (c == '.') {
            c = nextc(t);
            if (c == '.') {
                set_tok(t, out, TOK_ELLIPSIS, start, lineno, line_start);
                return TOK_ELLIPSIS;
            }
            backup(t, c);
            backup(t, '.');
        } else {
            backup(t, c);
        }
        set_tok(t, out, TOK_DOT, start, lineno, line_start);
        return TOK_DOT;
    }

    if (is_digit(c)) {
        int r = scan_number(t, c, start, false);
        if (r == TOK_ERROR) return error_token(t, out);
        set_tok(t, out, TOK_NUMBER, start, lineno, line_start);
        return TOK_NUMBER;
    }

    if (c == '\'' || c == '"') {
        int r = scan_string(t, c, start, lineno, line_start);
        if (r == TOK_ERROR) return error_token(t, out);
        set_tok(t, out, TOK_STRING, start, lineno, line_start);
        return TOK_STRING;
    }

    if (c == '\\') {
        if (continuation_line(t) == -1) return error_token(t, out);
        t->cont_line = true;
        goto again;
    }

    {
        int c2 = nextc(t);
        int type = two_chars(c, c2);
        if (type == TOK_NOTEQUAL && c == '<') {
            // "<>" is NOTEQUAL only for barry_as_FLUFL: a two-character token the
            // parser rejects
            set_tok(t, out, TOK_OP, start, lineno, line_start);
            return TOK_OP;
        }
        if (type != TOK_OP) {
            int c3 = nextc(t);
            int type3 = three_chars(c, c2, c3);
            if (type3 != TOK_OP) type = type3;
            else backup(t, c3);
            set_tok(t, out, type, start, lineno, line_start);
            return type;
        }
        backup(t, c2);
    }

    switch (c) {
    case '(':
    case '[':
    case '{':
        if (t->level >= TOK_MAXLEVEL) {
            tok_syntax_error(t, "too many nested parentheses");
            return error_token(t, out);
        }
        t->paren_ch[t->level] = (uint8_t)c;
        t->paren_line[t->level] = lineno;
        t->paren_col[t->level] = (int32_t)(start - line_start);
        t->paren_line_start[t->level] = line_start;
        t->level++;
        break;
    case ')':
    case ']':
    case '}': {
        if (t->level == 0 || (t->fexpr && t->level == 1)) {
            tok_syntax_error(t, "unmatched '%c'", (uint32_t)c);
            return error_token(t, out);
        }
        t->level--;
        int opening = t->paren_ch[t->level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
              (opening == '{' && c == '}'))) {
            if (t->paren_line[t->level] != lineno)
                tok_syntax_error(t,
                                 "closing parenthesis '%c' does not match opening "
                                 "parenthesis '%c' on line %d",
                                 (uint32_t)c, (uint32_t)opening, t->paren_line[t->level]);
            else
                tok_syntax_error(t,
                                 "closing parenthesis '%c' does not match opening "
                                 "parenthesis '%c'",
                                 (uint32_t)c, (uint32_t)opening);
            return error_token(t, out);
        }
        break;
    }
    default:
        break;
    }

    if (c < 32 || c == 127) {
        tok_syntax_error(t, "invalid non-printable character U+%X", (uint32_t)c);
        return error_token(t, out);
    }

    int type = one_char(c);
    set_tok(t, out, type, start, lineno, line_start);
    return type;
}
