/*
 * compile.c: compile_source, the compiler's one entry point: parse (parser.h), turn a
 * ParseError into SyntaxError / IndentationError / TabError, build the symbol table,
 * generate and verify the code objects.
 *
 * Invariant: the source bytes stay reachable (through [src] and the AST, which points
 * into them) until code generation is over; the returned code object holds copies.
 */
#include "compile.h"

#include "../objects/exc.h"
#include "../objects/str.h"
#include "codegen.h"
#include "parser.h"
#include "symtable.h"

/* The text of line [lineno] of [src] ending in "\n" ("\r\n" becomes "\n"), or without
 * it when [bare]; None when there is no such line. A last line without a newline gets
 * one only when [add_missing] (CPython's tokenizer adds it to exec-mode sources only). */
static Value line_text(Interp *I, BView src, int lineno, bool bare, bool add_missing) {
    if (lineno < 1) return I->none;
    size_t pos = 0;
    for (int line = 1; line < lineno; line++) {
        int64_t nl = bview_find_byte(src, '\n', pos);
        if (nl < 0) return I->none;
        pos = (size_t)nl + 1;
    }
    if (pos >= src.n) return I->none;
    int64_t nl = bview_find_byte(src, '\n', pos);
    size_t end = nl < 0 ? src.n : (size_t)nl;
    if (nl >= 0 && end > pos && bview_get(src, end - 1) == '\r') end--;
    Value t = str_from_utf8(I, bview_slice(src, pos, end));
    if (t != VAL_NULL && !bare && (nl >= 0 || add_missing)) {
        Value eol = str_from_cstr(I, "\n");
        t = eol == VAL_NULL ? VAL_NULL : str_concat(I, t, eol);
    }
    if (t == VAL_NULL) {
        exc_clear(I);
        return I->none;
    }
    return t;
}

/* SyntaxError.text for an error in an f-string field's expression, as CPython 3.11 gives
 * it: the error's line of "(" + expression + ")", without its newline; the last line gets
 * one unless the tokenizer raised the error ([bare]). */
static Value fexpr_text(Interp *I, BView src, const ParseError *err, bool bare) {
    if (err->fexpr_start > err->fexpr_end || err->fexpr_end > src.n) return I->none;
    BView e = bview_slice(src, err->fexpr_start, err->fexpr_end);
    // the wanted line of the expression text
    int skip = err->lineno - err->fexpr_lineno;
    size_t pos = 0;
    for (int k = 0; k < skip; k++) {
        int64_t nl = bview_find_byte(e, '\n', pos);
        if (nl < 0) break;
        pos = (size_t)nl + 1;
    }
    int64_t nl = bview_find_byte(e, '\n', pos);
    size_t end = nl < 0 ? e.n : (size_t)nl;
    if (end > pos && bview_get(e, end - 1) == '\r') end--;
    StrBuilder sb;
    sb_init(&sb);
    bool ok = (pos > 0 || sb_add_cstr(I, &sb, "(")) &&
              sb_add_view(I, &sb, bview_slice(e, pos, end)) &&
              (nl >= 0 || sb_add_cstr(I, &sb, bare ? ")" : ")\n"));
    Value t = ok ? sb_finish(I, &sb) : VAL_NULL;
    if (t == VAL_NULL) {
        exc_clear(I);
        return I->none;
    }
    return t;
}

/* Issues the tokenizer's SyntaxWarnings in [err] (CPython issues them while tokenizing,
 * so before any error of the parse). Frozen standard-library sources are not warned
 * about. A warning made an error by a filter fails the compile with a SyntaxError, as
 * in CPython. */
static bool tokenizer_warnings(Interp *I, const ParseError *err, Value filename) {
    if (err->nwarn <= 0 || I->builtins == VAL_NULL || !str_check(filename)) return true;
    if (bview_startswith(str_view(filename), bview_cstr("<frozen "))) return true;
    static const char *const msgs[5] = {"invalid decimal literal", "invalid hexadecimal literal",
                                        "invalid octal literal", "invalid binary literal",
                                        "invalid imaginary literal"};
    for (int i = 0; i < err->nwarn && i < PARSE_MAX_WARNINGS; i++) {
        int k = err->warn_kind[i];
        bool escape = k == PARSE_WARN_ESCAPE || k == PARSE_WARN_OCTAL_ESCAPE;
        if (!escape && (k < 0 || k >= 5)) k = 0;
        TypeId cat = escape ? TY_DEPRECATION_WARNING : TY_SYNTAX_WARNING;
        Buf text;
        buf_init(&text);
        if (escape) {
            const char *what = k == PARSE_WARN_ESCAPE ? "invalid escape sequence '\\"
                                                      : "invalid octal escape sequence '\\";
            KStatus st = buf_append_cstr(I->heap, &text, what);
            if (st == K_OK) st = buf_append_cstr(I->heap, &text, err->warn_text[i]);
            if (st == K_OK) st = buf_append_cstr(I->heap, &text, "'");
            if (st != K_OK) return exc_nomem(I) != VAL_NULL;
        } else if (buf_append_cstr(I->heap, &text, msgs[k]) != K_OK) {
            return exc_nomem(I) != VAL_NULL;
        }
        Value msg = str_new(I, buf_view(&text));
        if (msg == VAL_NULL) return false;
        if (exc_warn_explicit(I, cat, msg, filename, err->warn_line[i])) continue;
        if (!exc_pending_is(I, cat)) return false;
        exc_clear(I);
        Value e = exc_new_syntax(I, TY_SYNTAX_ERROR, buf_cstr(&text), filename,
                                 err->warn_line[i], 0, I->none, 0, 0);
        if (e == VAL_NULL) return false;
        exc_set(I, e);
        return false;
    }
    return true;
}

static Value raise_parse_error(Interp *I, const ParseError *err, BView src, Value filename,
                               CompileMode mode, uint32_t flags) {
    switch (err->kind) {
    case PARSE_ERR_MEMORY:
        return exc_nomem(I);
    case PARSE_ERR_RECURSION:
        return exc_raise(I, TY_RECURSION_ERROR, "%s", buf_cstr(&err->msg));
    default:
        break;
    }
    TypeId t = err->kind == PARSE_ERR_INDENTATION ? TY_INDENTATION_ERROR
               : err->kind == PARSE_ERR_TAB       ? TY_TAB_ERROR
                                                  : TY_SYNTAX_ERROR;
    const char *msg = buf_cstr(&err->msg);
    int lineno = err->lineno, off = err->col_offset;
    int end_lineno = err->end_lineno, end_off = err->end_col_offset;
    if (err->incomplete && (flags & COMPILE_ALLOW_INCOMPLETE)) {
        t = TY_SYNTAX_ERROR;
        msg = "incomplete input";
        if (err->inc_lineno > 0) {
            lineno = err->inc_lineno;
            off = err->inc_offset;
            end_lineno = err->inc_end_lineno;
            end_off = err->inc_end_offset;
        }
    }
    Value text = err->fexpr ? fexpr_text(I, src, err, err->line_only)
                             : line_text(I, src, lineno,
                                         err->line_only || err->tok_line > lineno,
                                         mode == COMPILE_EXEC);
    Value e = exc_new_syntax(I, t, msg, filename, lineno, off, text, end_lineno, end_off);
    if (e == VAL_NULL) return VAL_NULL;
    return exc_set(I, e);
}

Value compile_source(Interp *I, BView src, Value filename, CompileMode mode) {
    return compile_source_flags(I, src, filename, mode,
                                mode == COMPILE_SINGLE ? COMPILE_ALLOW_INCOMPLETE : 0, 0);
}

Node *compile_parse(Interp *I, BView src, Value filename, CompileMode mode, uint32_t flags) {
    ParseError err;
    buf_init(&err.msg);
    err.kind = PARSE_ERR_SYNTAX;
    err.lineno = err.col_offset = err.end_lineno = err.end_col_offset = 0;
    err.incomplete = false;
    err.line_only = false;
    int pmode = (int)mode;
    if (mode == COMPILE_SINGLE && (flags & COMPILE_DONT_IMPLY_DEDENT)) pmode |= PARSE_DONT_IMPLY_DEDENT;
    Node *mod = parse_source(I->heap, src, pmode, &err);
    if (!tokenizer_warnings(I, &err, filename)) return NULL;
    if (mod == NULL) (void)raise_parse_error(I, &err, src, filename, mode, flags);
    return mod;
}

Value compile_source_flags(Interp *I, BView src, Value filename, CompileMode mode,
                           uint32_t flags, int optimize) {
    Node *mod = compile_parse(I, src, filename, mode, flags);
    if (mod == NULL) return VAL_NULL;
    return compile_tree(I, mod, src, filename, mode, flags, optimize);
}

Value compile_tree(Interp *I, Node *mod, BView src, Value filename, CompileMode mode,
                   uint32_t flags, int optimize) {
    CompileSrc cs = {filename, src, flags, optimize};
    Scope *top = symtable_build(I, mod, &cs);
    if (top == NULL) return VAL_NULL;
    return codegen_module(I, mod, top, &cs, mode == COMPILE_SINGLE);
}
