/*
 * astdump.c: test driver for the safepy parser. Parses a file and prints the tree exactly
 * as Python's ast.dump(ast.parse(src)) does (with -a: include_attributes=True), or, when
 * the source has a syntax error, one line
 *     ERROR <Type>: <msg> | <lineno> <offset> <end_lineno> <end_offset>
 * as tests/compiler/pydump.py prints it, so outputs can be compared with CPython 3.11.
 *
 * Usage: astdump [-a] [-e] [-m exec|eval|single|repl] [-t] FILE...
 *   -a: positions too; -e: print OK instead of the tree; -t: only time the parse;
 *   -c: error offsets in characters (compile() of a str) instead of bytes (a file)
 * This is a test harness, not product code: it uses malloc and stdio freely.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>

#include "../../src/compiler/ast.h"
#include "../../src/compiler/parser.h"
#include "../../src/compiler/tokenizer.h"
#include "../../src/kernel/unicode.h"

static int with_attrs;
static int ok_only; // -e: print "OK" instead of the tree
static FILE *out;

/* ---- reprs ---- */

static void put_str_repr(BView v) {
    // Python's str.__repr__ on UTF-8 text
    int has_sq = 0, has_dq = 0;
    for (size_t i = 0; i < v.n; i++) {
        if (v.p[i] == '\'') has_sq = 1;
        if (v.p[i] == '"') has_dq = 1;
    }
    char q = (has_sq && !has_dq) ? '"' : '\'';
    fputc(q, out);
    size_t i = 0;
    while (i < v.n) {
        size_t len;
        uint32_t c = tokenizer_decode_utf8(v, i, &len);
        if (c == (uint32_t)q || c == '\\') {
            fputc('\\', out);
            fputc((int)c, out);
        } else if (c == '\t') fputs("\\t", out);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c < 0x20 || c == 0x7f) fprintf(out, "\\x%02x", c);
        else if (c < 0x7f) fputc((int)c, out);
        else if (!unicode_is_printable(c)) {
            if (c <= 0xff) fprintf(out, "\\x%02x", c);
            else if (c <= 0xffff) fprintf(out, "\\u%04x", c);
            else fprintf(out, "\\U%08x", c);
        } else {
            fwrite(v.p + i, 1, len, out);
        }
        i += len;
    }
    fputc(q, out);
}

static void put_bytes_repr(BView v) {
    int has_sq = 0, has_dq = 0;
    for (size_t i = 0; i < v.n; i++) {
        if (v.p[i] == '\'') has_sq = 1;
        if (v.p[i] == '"') has_dq = 1;
    }
    char q = (has_sq && !has_dq) ? '"' : '\'';
    fputc('b', out);
    fputc(q, out);
    for (size_t i = 0; i < v.n; i++) {
        unsigned c = v.p[i];
        if (c == (unsigned)q || c == '\\') {
            fputc('\\', out);
            fputc((int)c, out);
        } else if (c == '\t') fputs("\\t", out);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c < 0x20 || c >= 0x7f) fprintf(out, "\\x%02x", c);
        else fputc((int)c, out);
    }
    fputc(q, out);
}

// Arbitrary-precision integer text (decimal / 0x / 0o / 0b) to decimal.
static void put_int(BView v) {
    int base = 10;
    size_t i = 0;
    if (v.n > 1 && v.p[0] == '0') {
        char c = (char)(v.p[1] | 0x20);
        if (c == 'x') { base = 16; i = 2; }
        else if (c == 'o') { base = 8; i = 2; }
        else if (c == 'b') { base = 2; i = 2; }
    }
    // limbs in base 1e9, little endian
    size_t cap = v.n / 2 + 4, n = 1;
    uint32_t *limb = calloc(cap, sizeof(uint32_t));
    for (; i < v.n; i++) {
        int c = v.p[i];
        int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        uint64_t carry = (uint64_t)d;
        for (size_t k = 0; k < n; k++) {
            uint64_t x = (uint64_t)limb[k] * (uint64_t)base + carry;
            limb[k] = (uint32_t)(x % 1000000000u);
            carry = x / 1000000000u;
        }
        if (carry) limb[n++] = (uint32_t)carry;
    }
    fprintf(out, "%u", limb[n - 1]);
    for (size_t k = n - 1; k-- > 0;) fprintf(out, "%09u", limb[k]);
    free(limb);
}

// Python's repr(float) ('r' format); [imag]: complex style (no ".0").
static void put_float(double x, int imag) {
    if (isinf(x)) {
        fputs(x > 0 ? "inf" : "-inf", out);
        return;
    }
    if (isnan(x)) {
        fputs("nan", out);
        return;
    }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x) break;
    }
    // buf: d.ddde[+-]XX ; digits and exponent
    char digits[32];
    int nd = 0;
    char *p = buf;
    int neg = 0;
    if (*p == '-') { neg = 1; p++; }
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[nd++] = *p;
    int e = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    int decpt = e + 1;
    if (neg) fputc('-', out);
    if (decpt > 16 || decpt < -3) {
        fputc(digits[0], out);
        if (nd > 1) fprintf(out, ".%s", digits + 1);
        fprintf(out, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (decpt <= 0) {
        fputs("0.", out);
        for (int k = 0; k < -decpt; k++) fputc('0', out);
        fputs(digits, out);
    } else if (decpt >= nd) {
        fputs(digits, out);
        for (int k = nd; k < decpt; k++) fputc('0', out);
        if (!imag) fputs(".0", out);
    } else {
        fwrite(digits, 1, (size_t)decpt, out);
        fprintf(out, ".%s", digits + decpt);
    }
}

static double parse_float(BView v) {
    char *s = malloc(v.n + 1);
    memcpy(s, v.p, v.n);
    s[v.n] = 0;
    double d = strtod(s, NULL);
    free(s);
    return d;
}

/* ---- the dump ---- */

static void dump(const Node *n);

static void dump_list(const NodeList *l) {
    fputc('[', out);
    for (size_t i = 0; i < ast_len(l); i++) {
        if (i) fputs(", ", out);
        const Node *x = ast_get(l, i);
        if (x == NULL) fputs("None", out);
        else dump(x);
    }
    fputc(']', out);
}

static void dump_idents(const NodeList *l) {
    fputc('[', out);
    for (size_t i = 0; i < ast_len(l); i++) {
        if (i) fputs(", ", out);
        put_str_repr(ast_get(l, i)->Identifier.id);
    }
    fputc(']', out);
}

static int nfields;
static void field(const char *name) {
    if (nfields++) fputs(", ", out);
    fprintf(out, "%s=", name);
}
static void f_node(const char *name, const Node *v) {
    if (v == NULL) return;
    field(name);
    dump(v);
}
static void f_list(const char *name, const NodeList *l) {
    field(name);
    dump_list(l);
}
static void f_ident(const char *name, BView id) {
    if (id.n == 0) return;
    field(name);
    put_str_repr(id);
}
static void f_int(const char *name, long v) {
    field(name);
    fprintf(out, "%ld", v);
}
static void f_op(const char *name, const char *op) {
    field(name);
    fprintf(out, "%s()", op);
}
static void f_ctx(int ctx) { f_op("ctx", ast_ctx_name(ctx)); }

static void dump_constant_value(int ck, BView v) {
    switch (ck) {
    case AST_CONST_NONE: fputs("None", out); break;
    case AST_CONST_TRUE: fputs("True", out); break;
    case AST_CONST_FALSE: fputs("False", out); break;
    case AST_CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case AST_CONST_INT: put_int(v); break;
    case AST_CONST_FLOAT: put_float(parse_float(v), 0); break;
    case AST_CONST_IMAG: put_float(parse_float(v), 1); fputc('j', out); break;
    case AST_CONST_STR: put_str_repr(v); break;
    case AST_CONST_BYTES: put_bytes_repr(v); break;
    default: fputs("?", out);
    }
}

static void dump(const Node *n) {
    int saved = nfields;
    nfields = 0;
    fprintf(out, "%s(", ast_kind_name(n->kind));
    int has_pos = 1;
    switch (n->kind) {
    case AST_MODULE:
        f_list("body", n->Module.body);
        f_list("type_ignores", NULL);
        has_pos = 0;
        break;
    case AST_INTERACTIVE: f_list("body", n->Interactive.body); has_pos = 0; break;
    case AST_EXPRESSION: f_node("body", n->Expression.body); has_pos = 0; break;
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF:
        f_ident("name", n->FunctionDef.name);
        f_node("args", n->FunctionDef.args);
        f_list("body", n->FunctionDef.body);
        f_list("decorator_list", n->FunctionDef.decorator_list);
        f_node("returns", n->FunctionDef.returns);
        break;
    case AST_CLASS_DEF:
        f_ident("name", n->ClassDef.name);
        f_list("bases", n->ClassDef.bases);
        f_list("keywords", n->ClassDef.keywords);
        f_list("body", n->ClassDef.body);
        f_list("decorator_list", n->ClassDef.decorator_list);
        break;
    case AST_RETURN: f_node("value", n->Return.value); break;
    case AST_DELETE: f_list("targets", n->Delete.targets); break;
    case AST_ASSIGN:
        f_list("targets", n->Assign.targets);
        f_node("value", n->Assign.value);
        break;
    case AST_AUG_ASSIGN:
        f_node("target", n->AugAssign.target);
        f_op("op", ast_operator_name(n->AugAssign.op));
        f_node("value", n->AugAssign.value);
        break;
    case AST_ANN_ASSIGN:
        f_node("target", n->AnnAssign.target);
        f_node("annotation", n->AnnAssign.annotation);
        f_node("value", n->AnnAssign.value);
        f_int("simple", n->AnnAssign.simple);
        break;
    case AST_FOR:
    case AST_ASYNC_FOR:
        f_node("target", n->For.target);
        f_node("iter", n->For.iter);
        f_list("body", n->For.body);
        f_list("orelse", n->For.orelse);
        break;
    case AST_WHILE:
        f_node("test", n->While.test);
        f_list("body", n->While.body);
        f_list("orelse", n->While.orelse);
        break;
    case AST_IF:
        f_node("test", n->If.test);
        f_list("body", n->If.body);
        f_list("orelse", n->If.orelse);
        break;
    case AST_WITH:
    case AST_ASYNC_WITH:
        f_list("items", n->With.items);
        f_list("body", n->With.body);
        break;
    case AST_MATCH:
        f_node("subject", n->Match.subject);
        f_list("cases", n->Match.cases);
        break;
    case AST_RAISE:
        f_node("exc", n->Raise.exc);
        f_node("cause", n->Raise.cause);
        break;
    case AST_TRY:
    case AST_TRY_STAR:
        f_list("body", n->Try.body);
        f_list("handlers", n->Try.handlers);
        f_list("orelse", n->Try.orelse);
        f_list("finalbody", n->Try.finalbody);
        break;
    case AST_ASSERT:
        f_node("test", n->Assert.test);
        f_node("msg", n->Assert.msg);
        break;
    case AST_IMPORT: f_list("names", n->Import.names); break;
    case AST_IMPORT_FROM:
        f_ident("module", n->ImportFrom.module);
        f_list("names", n->ImportFrom.names);
        f_int("level", n->ImportFrom.level);
        break;
    case AST_GLOBAL: field("names"); dump_idents(n->Global.names); break;
    case AST_NONLOCAL: field("names"); dump_idents(n->Nonlocal.names); break;
    case AST_EXPR: f_node("value", n->Expr.value); break;
    case AST_PASS: case AST_BREAK: case AST_CONTINUE: break;
    case AST_BOOL_OP:
        f_op("op", ast_boolop_name(n->BoolOp.op));
        f_list("values", n->BoolOp.values);
        break;
    case AST_NAMED_EXPR:
        f_node("target", n->NamedExpr.target);
        f_node("value", n->NamedExpr.value);
        break;
    case AST_BIN_OP:
        f_node("left", n->BinOp.left);
        f_op("op", ast_operator_name(n->BinOp.op));
        f_node("right", n->BinOp.right);
        break;
    case AST_UNARY_OP:
        f_op("op", ast_unaryop_name(n->UnaryOp.op));
        f_node("operand", n->UnaryOp.operand);
        break;
    case AST_LAMBDA:
        f_node("args", n->Lambda.args);
        f_node("body", n->Lambda.body);
        break;
    case AST_IF_EXP:
        f_node("test", n->IfExp.test);
        f_node("body", n->IfExp.body);
        f_node("orelse", n->IfExp.orelse);
        break;
    case AST_DICT:
        f_list("keys", n->Dict.keys);
        f_list("values", n->Dict.values);
        break;
    case AST_SET: f_list("elts", n->Set.elts); break;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_GENERATOR_EXP:
        f_node("elt", n->ListComp.elt);
        f_list("generators", n->ListComp.generators);
        break;
    case AST_DICT_COMP:
        f_node("key", n->DictComp.key);
        f_node("value", n->DictComp.value);
        f_list("generators", n->DictComp.generators);
        break;
    case AST_AWAIT: f_node("value", n->Await.value); break;
    case AST_YIELD: f_node("value", n->Yield.value); break;
    case AST_YIELD_FROM: f_node("value", n->YieldFrom.value); break;
    case AST_COMPARE:
        f_node("left", n->Compare.left);
        field("ops");
        fputc('[', out);
        for (size_t i = 0; i < ast_len(n->Compare.ops); i++) {
            if (i) fputs(", ", out);
            fprintf(out, "%s()", ast_cmpop_name(ast_cmpop_get(n, i)));
        }
        fputc(']', out);
        f_list("comparators", n->Compare.comparators);
        break;
    case AST_CALL:
        f_node("func", n->Call.func);
        f_list("args", n->Call.args);
        f_list("keywords", n->Call.keywords);
        break;
    case AST_FORMATTED_VALUE:
        f_node("value", n->FormattedValue.value);
        f_int("conversion", n->FormattedValue.conversion);
        f_node("format_spec", n->FormattedValue.format_spec);
        break;
    case AST_JOINED_STR: f_list("values", n->JoinedStr.values); break;
    case AST_CONSTANT:
        field("value");
        dump_constant_value(n->Constant.ckind, n->Constant.value);
        if (n->Constant.ukind) {
            field("kind");
            fputs("'u'", out);
        }
        break;
    case AST_ATTRIBUTE:
        f_node("value", n->Attribute.value);
        f_ident("attr", n->Attribute.attr);
        f_ctx(n->Attribute.ctx);
        break;
    case AST_SUBSCRIPT:
        f_node("value", n->Subscript.value);
        f_node("slice", n->Subscript.slice);
        f_ctx(n->Subscript.ctx);
        break;
    case AST_STARRED:
        f_node("value", n->Starred.value);
        f_ctx(n->Starred.ctx);
        break;
    case AST_NAME:
        f_ident("id", n->Name.id);
        f_ctx(n->Name.ctx);
        break;
    case AST_LIST:
    case AST_TUPLE:
        f_list("elts", n->List.elts);
        f_ctx(n->List.ctx);
        break;
    case AST_SLICE:
        f_node("lower", n->Slice.lower);
        f_node("upper", n->Slice.upper);
        f_node("step", n->Slice.step);
        break;
    case AST_COMPREHENSION:
        f_node("target", n->comprehension.target);
        f_node("iter", n->comprehension.iter);
        f_list("ifs", n->comprehension.ifs);
        f_int("is_async", n->comprehension.is_async);
        has_pos = 0;
        break;
    case AST_EXCEPT_HANDLER:
        f_node("type", n->ExceptHandler.type);
        f_ident("name", n->ExceptHandler.name);
        f_list("body", n->ExceptHandler.body);
        break;
    case AST_ARGUMENTS:
        f_list("posonlyargs", n->arguments.posonlyargs);
        f_list("args", n->arguments.args);
        f_node("vararg", n->arguments.vararg);
        f_list("kwonlyargs", n->arguments.kwonlyargs);
        f_list("kw_defaults", n->arguments.kw_defaults);
        f_node("kwarg", n->arguments.kwarg);
        f_list("defaults", n->arguments.defaults);
        has_pos = 0;
        break;
    case AST_ARG:
        f_ident("arg", n->arg.arg);
        f_node("annotation", n->arg.annotation);
        break;
    case AST_KEYWORD:
        f_ident("arg", n->keyword.arg);
        f_node("value", n->keyword.value);
        break;
    case AST_ALIAS:
        f_ident("name", n->alias.name);
        f_ident("asname", n->alias.asname);
        break;
    case AST_WITHITEM:
        f_node("context_expr", n->withitem.context_expr);
        f_node("optional_vars", n->withitem.optional_vars);
        has_pos = 0;
        break;
    case AST_MATCH_CASE:
        f_node("pattern", n->match_case.pattern);
        f_node("guard", n->match_case.guard);
        f_list("body", n->match_case.body);
        has_pos = 0;
        break;
    case AST_MATCH_VALUE: f_node("value", n->MatchValue.value); break;
    case AST_MATCH_SINGLETON:
        field("value");
        dump_constant_value(n->MatchSingleton.value, (BView){NULL, 0});
        break;
    case AST_MATCH_SEQUENCE: f_list("patterns", n->MatchSequence.patterns); break;
    case AST_MATCH_MAPPING:
        f_list("keys", n->MatchMapping.keys);
        f_list("patterns", n->MatchMapping.patterns);
        f_ident("rest", n->MatchMapping.rest);
        break;
    case AST_MATCH_CLASS:
        f_node("cls", n->MatchClass.cls);
        f_list("patterns", n->MatchClass.patterns);
        field("kwd_attrs");
        dump_idents(n->MatchClass.kwd_attrs);
        f_list("kwd_patterns", n->MatchClass.kwd_patterns);
        break;
    case AST_MATCH_STAR: f_ident("name", n->MatchStar.name); break;
    case AST_MATCH_AS:
        f_node("pattern", n->MatchAs.pattern);
        f_ident("name", n->MatchAs.name);
        break;
    case AST_MATCH_OR: f_list("patterns", n->MatchOr.patterns); break;
    default: fputs("???", out); break;
    }
    if (with_attrs && has_pos) {
        f_int("lineno", n->lineno);
        f_int("col_offset", n->col_offset);
        f_int("end_lineno", n->end_lineno);
        f_int("end_col_offset", n->end_col_offset);
    }
    fputc(')', out);
    nfields = saved;
}

static const char *kind_name(int k) {
    switch (k) {
    case PARSE_ERR_SYNTAX: return "SyntaxError";
    case PARSE_ERR_INDENTATION: return "IndentationError";
    case PARSE_ERR_TAB: return "TabError";
    case PARSE_ERR_MEMORY: return "MemoryError";
    case PARSE_ERR_RECURSION: return "RecursionError";
    default: return "?";
    }
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (fread(b, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(b);
        return NULL;
    }
    fclose(f);
    b[n] = 0;
    *len = (size_t)n;
    return b;
}

int main(int argc, char **argv) {
    int mode = PARSE_EXEC;
    int offsets = PARSE_BYTE_OFFSETS; // -c: count characters (CPython's compile() of a str)
    size_t heap_kib = 256 * 1024;
    int timing = 0;
    int argi = 1;
    out = stdout;
    for (; argi < argc && argv[argi][0] == '-'; argi++) {
        if (strcmp(argv[argi], "-a") == 0) with_attrs = 1;
        else if (strcmp(argv[argi], "-e") == 0) ok_only = 1;
        else if (strcmp(argv[argi], "-c") == 0) offsets = 0;
        else if (strcmp(argv[argi], "-H") == 0 && argi + 1 < argc)
            heap_kib = (size_t)atol(argv[++argi]); // heap size in KiB (out-of-memory tests)
        else if (strcmp(argv[argi], "-t") == 0) timing = 1;
        else if (strcmp(argv[argi], "-m") == 0 && argi + 1 < argc) {
            const char *m = argv[++argi];
            mode = strcmp(m, "eval") == 0     ? PARSE_EVAL
                   : strcmp(m, "single") == 0 ? PARSE_SINGLE
                   : strcmp(m, "repl") == 0   ? PARSE_REPL
                                              : PARSE_EXEC;
        }
    }
    size_t region_size = heap_kib * 1024;
    uint8_t *region = malloc(region_size);
    Heap heap;
    if (!region || !heap_init(&heap, region, region_size)) {
        fprintf(stderr, "heap init failed\n");
        return 2;
    }
    int dummy;
    heap_set_stack_base(&heap, (uintptr_t)&dummy);
    int status = 0;
    double total = 0;
    for (; argi < argc; argi++) {
        size_t len;
        char *text = read_file(argv[argi], &len);
        if (!text) {
            fprintf(stderr, "cannot read %s\n", argv[argi]);
            status = 2;
            continue;
        }
        BView src = {(const uint8_t *)text, len};
        // a file named *.eval / *.single / *.exec picks its own mode
        int fmode = mode;
        size_t pl = strlen(argv[argi]);
        if (pl > 5 && strcmp(argv[argi] + pl - 5, ".eval") == 0) fmode = PARSE_EVAL;
        else if (pl > 7 && strcmp(argv[argi] + pl - 7, ".single") == 0) fmode = PARSE_SINGLE;
        else if (pl > 5 && strcmp(argv[argi] + pl - 5, ".exec") == 0) fmode = PARSE_EXEC;
        ParseError err;
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        Node *tree = parse_source(&heap, src, fmode | offsets, &err);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        total += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
        if (timing) {
            free(text);
            continue;
        }
        if (tree == NULL) {
            fprintf(out, "ERROR %s: %.*s | %d %d %d %d%s\n", kind_name(err.kind), (int)err.msg.len,
                    err.msg.data ? (const char *)err.msg.data : "", err.lineno, err.col_offset,
                    err.end_lineno, err.end_col_offset,
                    err.incomplete && fmode == PARSE_REPL ? " incomplete" : "");
        } else if (ok_only) {
            fputs("OK\n", out);
        } else {
            dump(tree);
            fputc('\n', out);
        }
        free(text);
    }
    free(region);
    if (timing)
        fprintf(stderr, "parse time: %.3f ms (%zu collections, %zu KiB live)\n", total * 1000,
                heap.collections, heap.live_bytes / 1024);
    return status;
}
