/*
 * unparse.c: expression tree -> normalised source text (the strings `from __future__
 * import annotations` stores).
 *
 * Each visitor appends its node at a precedence [level] (the loosest operator its context
 * accepts without parentheses) and parenthesises itself when its own precedence is looser.
 * Operands are visited one level tighter on the side where the operator does not
 * associate (the right of `-`, the left of `**`). The output matches CPython 3.11 byte for
 * byte, including its quirks: a generator expression that is a call's only argument keeps
 * its own parentheses only, an f-string is `f` plus the repr of its body, and an
 * expression inside an f-string that starts with `{` is set off by a space.
 */
#include "unparse.h"

#include "ast_export.h"

#include "../objects/complex.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/ops.h"
#include "../objects/str.h"

// Precedence levels, loosest first.
enum {
    PR_TUPLE,
    PR_TEST,  // if-else, lambda
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_BOR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR, // unary + - ~
    PR_POWER,
    PR_AWAIT,
    PR_ATOM
};

typedef struct Unparser {
    Interp *I;
    CompileDepth *depth;
} Unparser;

static bool expr(Unparser *u, StrBuilder *sb, const Node *e, int level);

static bool add(Unparser *u, StrBuilder *sb, const char *s) { return sb_add_cstr(u->I, sb, s); }

static bool add_if(Unparser *u, StrBuilder *sb, bool cond, const char *s) {
    return !cond || add(u, sb, s);
}

// An identifier as the AST holds it in CPython: NFKC-normalised.
static bool ident(Unparser *u, StrBuilder *sb, BView id) {
    Value s = symtable_ident(u->I, id);
    return s != VAL_NULL && sb_add_str(u->I, sb, s);
}

// The elements of [l] at [level], separated by ", ".
static bool expr_list(Unparser *u, StrBuilder *sb, const NodeList *l, int level) {
    for (size_t i = 0; i < ast_len(l); i++) {
        if (i > 0 && !add(u, sb, ", ")) return false;
        if (!expr(u, sb, ast_get(l, i), level)) return false;
    }
    return true;
}

// The repr of a constant; an infinite float or complex part is written 1e309, a literal
// that reads back as infinity.
static bool constant(Unparser *u, StrBuilder *sb, const Node *e) {
    if (e->Constant.ckind == AST_CONST_ELLIPSIS) return add(u, sb, "...");
    if (e->Constant.ukind && !add(u, sb, "u")) return false;
    Value v = ast_constant_value(u->I, e);
    Value r = v != VAL_NULL ? obj_repr(u->I, v) : VAL_NULL;
    if (r == VAL_NULL) return false;
    if (!float_check(v) && !complex_check(v)) return sb_add_str(u->I, sb, r);
    BView t = str_view(r);
    for (size_t i = 0; i < t.n; i++) {
        BView rest = bview_slice(t, i, t.n);
        if (bview_get(rest, 0) == 'i' && bview_get(rest, 1) == 'n' && bview_get(rest, 2) == 'f') {
            if (!add(u, sb, "1e309")) return false;
            i += 2;
        } else if (!sb_add_view(u->I, sb, bview_slice(t, i, i + 1))) {
            return false;
        }
    }
    return true;
}

static const char *binop_text(int op, int *prec) {
    static const struct { const char *text; int prec; } ops[AST_OPERATOR__COUNT] = {
        [AST_ADD] = {" + ", PR_ARITH},       [AST_SUB] = {" - ", PR_ARITH},
        [AST_MULT] = {" * ", PR_TERM},       [AST_MAT_MULT] = {" @ ", PR_TERM},
        [AST_DIV] = {" / ", PR_TERM},        [AST_MOD] = {" % ", PR_TERM},
        [AST_POW] = {" ** ", PR_POWER},      [AST_LSHIFT] = {" << ", PR_SHIFT},
        [AST_RSHIFT] = {" >> ", PR_SHIFT},   [AST_BIT_OR] = {" | ", PR_BOR},
        [AST_BIT_XOR] = {" ^ ", PR_BXOR},    [AST_BIT_AND] = {" & ", PR_BAND},
        [AST_FLOOR_DIV] = {" // ", PR_TERM},
    };
    if (op < 0 || op >= AST_OPERATOR__COUNT) op = AST_ADD;
    *prec = ops[op].prec;
    return ops[op].text;
}

static bool binop(Unparser *u, StrBuilder *sb, const Node *e, int level) {
    int pr;
    const char *text = binop_text(e->BinOp.op, &pr);
    int rassoc = e->BinOp.op == AST_POW;
    return add_if(u, sb, level > pr, "(") && expr(u, sb, e->BinOp.left, pr + rassoc) &&
           add(u, sb, text) && expr(u, sb, e->BinOp.right, pr + !rassoc) &&
           add_if(u, sb, level > pr, ")");
}

static bool unaryop(Unparser *u, StrBuilder *sb, const Node *e, int level) {
    const char *text = "-";
    int pr = PR_FACTOR;
    switch (e->UnaryOp.op) {
    case AST_INVERT: text = "~"; break;
    case AST_NOT: text = "not "; pr = PR_NOT; break;
    case AST_UADD: text = "+"; break;
    default: break;
    }
    return add_if(u, sb, level > pr, "(") && add(u, sb, text) &&
           expr(u, sb, e->UnaryOp.operand, pr) && add_if(u, sb, level > pr, ")");
}

static bool boolop(Unparser *u, StrBuilder *sb, const Node *e, int level) {
    int pr = e->BoolOp.op == AST_AND ? PR_AND : PR_OR;
    const char *text = e->BoolOp.op == AST_AND ? " and " : " or ";
    if (!add_if(u, sb, level > pr, "(")) return false;
    for (size_t i = 0; i < ast_len(e->BoolOp.values); i++) {
        if (i > 0 && !add(u, sb, text)) return false;
        if (!expr(u, sb, ast_get(e->BoolOp.values, i), pr + 1)) return false;
    }
    return add_if(u, sb, level > pr, ")");
}

static bool compare(Unparser *u, StrBuilder *sb, const Node *e, int level) {
    static const char *const ops[] = {
        [AST_EQ] = " == ", [AST_NOT_EQ] = " != ", [AST_LT] = " < ", [AST_LT_E] = " <= ",
        [AST_GT] = " > ",  [AST_GT_E] = " >= ",   [AST_IS] = " is ", [AST_IS_NOT] = " is not ",
        [AST_IN] = " in ", [AST_NOT_IN] = " not in ",
    };
    if (!add_if(u, sb, level > PR_CMP, "(") || !expr(u, sb, e->Compare.left, PR_CMP + 1))
        return false;
    for (size_t i = 0; i < ast_len(e->Compare.comparators); i++) {
        int op = ast_cmpop_get(e, i);
        if (op < 0 || op > AST_NOT_IN) op = AST_EQ;
        if (!add(u, sb, ops[op]) ||
            !expr(u, sb, ast_get(e->Compare.comparators, i), PR_CMP + 1))
            return false;
    }
    return add_if(u, sb, level > PR_CMP, ")");
}

static bool arg(Unparser *u, StrBuilder *sb, const Node *a) {
    if (!ident(u, sb, a->arg.arg)) return false;
    return a->arg.annotation == NULL ||
           (add(u, sb, ": ") && expr(u, sb, a->arg.annotation, PR_TEST));
}

// A lambda's parameter list (without the `lambda `).
static bool arguments(Unparser *u, StrBuilder *sb, const Node *a) {
    size_t nposonly = ast_len(a->arguments.posonlyargs);
    size_t npos = nposonly + ast_len(a->arguments.args);
    size_t ndefaults = ast_len(a->arguments.defaults);
    bool first = true;
    for (size_t i = 0; i < npos; i++) {
        if (!first && !add(u, sb, ", ")) return false;
        first = false;
        const Node *p = i < nposonly ? ast_get(a->arguments.posonlyargs, i)
                                     : ast_get(a->arguments.args, i - nposonly);
        if (!arg(u, sb, p)) return false;
        if (i + ndefaults >= npos &&
            (!add(u, sb, "=") ||
             !expr(u, sb, ast_get(a->arguments.defaults, i + ndefaults - npos), PR_TEST)))
            return false;
        if (i + 1 == nposonly && !add(u, sb, ", /")) return false;
    }
    size_t nkwonly = ast_len(a->arguments.kwonlyargs);
    if (a->arguments.vararg != NULL || nkwonly > 0) {
        if (!add(u, sb, first ? "*" : ", *")) return false;
        first = false;
        if (a->arguments.vararg != NULL && !arg(u, sb, a->arguments.vararg)) return false;
    }
    for (size_t i = 0; i < nkwonly; i++) {
        const Node *dflt = ast_get(a->arguments.kw_defaults, i);
        if (!add(u, sb, ", ") || !arg(u, sb, ast_get(a->arguments.kwonlyargs, i))) return false;
        if (dflt != NULL && (!add(u, sb, "=") || !expr(u, sb, dflt, PR_TEST))) return false;
    }
    if (a->arguments.kwarg != NULL)
        return add(u, sb, first ? "**" : ", **") && arg(u, sb, a->arguments.kwarg);
    return true;
}

static bool lambda(Unparser *u, StrBuilder *sb, const Node *e, int level) {
    const Node *a = e->Lambda.args;
    // Only positional parameters get the space: CPython writes `lambda*a: a`.
    bool positional = ast_len(a->arguments.posonlyargs) + ast_len(a->arguments.args) > 0;
    return add_if(u, sb, level > PR_TEST, "(") &&
           add(u, sb, positional ? "lambda " : "lambda") && arguments(u, sb, a) &&
           add(u, sb, ": ") && expr(u, sb, e->Lambda.body, PR_TEST) &&
           add_if(u, sb, level > PR_TEST, ")");
}

static bool comprehensions(Unparser *u, StrBuilder *sb, const NodeList *gens) {
    for (size_t i = 0; i < ast_len(gens); i++) {
        const Node *g = ast_get(gens, i);
        if (!add(u, sb, g->comprehension.is_async ? " async for " : " for ") ||
            !expr(u, sb, g->comprehension.target, PR_TUPLE) || !add(u, sb, " in ") ||
            !expr(u, sb, g->comprehension.iter, PR_TEST + 1))
            return false;
        for (size_t j = 0; j < ast_len(g->comprehension.ifs); j++) {
            if (!add(u, sb, " if ") ||
                !expr(u, sb, ast_get(g->comprehension.ifs, j), PR_TEST + 1))
                return false;
        }
    }
    return true;
}

// [open] elt generators [close] (list, set and generator comprehensions).
static bool comp(Unparser *u, StrBuilder *sb, const Node *e, const char *open,
                 const char *close) {
    return add(u, sb, open) && expr(u, sb, e->ListComp.elt, PR_TEST) &&
           comprehensions(u, sb, e->ListComp.generators) && add(u, sb, close);
}

static bool dict(Unparser *u, StrBuilder *sb, const Node *e) {
    if (!add(u, sb, "{")) return false;
    for (size_t i = 0; i < ast_len(e->Dict.values); i++) {
        const Node *k = ast_get(e->Dict.keys, i);
        if (i > 0 && !add(u, sb, ", ")) return false;
        bool ok = k != NULL ? expr(u, sb, k, PR_TEST) && add(u, sb, ": ") : add(u, sb, "**");
        if (!ok || !expr(u, sb, ast_get(e->Dict.values, i), k != NULL ? PR_TEST : PR_BOR))
            return false;
    }
    return add(u, sb, "}");
}

static bool tuple(Unparser *u, StrBuilder *sb, const Node *e, int level) {
    size_t n = ast_len(e->Tuple.elts);
    if (n == 0) return add(u, sb, "()");
    return add_if(u, sb, level > PR_TUPLE, "(") && expr_list(u, sb, e->Tuple.elts, PR_TEST) &&
           add_if(u, sb, n == 1, ",") && add_if(u, sb, level > PR_TUPLE, ")");
}

static bool call(Unparser *u, StrBuilder *sb, const Node *e) {
    if (!expr(u, sb, e->Call.func, PR_ATOM)) return false;
    const Node *only = ast_get(e->Call.args, 0);
    if (ast_len(e->Call.args) == 1 && ast_len(e->Call.keywords) == 0 &&
        only->kind == AST_GENERATOR_EXP)
        return expr(u, sb, only, PR_TEST); // f(x for x in y): the genexp's own parentheses
    if (!add(u, sb, "(") || !expr_list(u, sb, e->Call.args, PR_TEST)) return false;
    for (size_t i = 0; i < ast_len(e->Call.keywords); i++) {
        const Node *k = ast_get(e->Call.keywords, i);
        if ((i > 0 || ast_len(e->Call.args) > 0) && !add(u, sb, ", ")) return false;
        bool ok = ast_has_ident(k->keyword.arg)
                      ? ident(u, sb, k->keyword.arg) && add(u, sb, "=")
                      : add(u, sb, "**");
        if (!ok || !expr(u, sb, k->keyword.value, PR_TEST)) return false;
    }
    return add(u, sb, ")");
}

static bool subscript(Unparser *u, StrBuilder *sb, const Node *e) {
    return expr(u, sb, e->Subscript.value, PR_ATOM) && add(u, sb, "[") &&
           expr(u, sb, e->Subscript.slice, PR_TUPLE) && add(u, sb, "]");
}

static bool slice(Unparser *u, StrBuilder *sb, const Node *e) {
    if (e->Slice.lower != NULL && !expr(u, sb, e->Slice.lower, PR_TEST)) return false;
    if (!add(u, sb, ":")) return false;
    if (e->Slice.upper != NULL && !expr(u, sb, e->Slice.upper, PR_TEST)) return false;
    return e->Slice.step == NULL || (add(u, sb, ":") && expr(u, sb, e->Slice.step, PR_TEST));
}

static bool attribute(Unparser *u, StrBuilder *sb, const Node *e) {
    const Node *v = e->Attribute.value;
    // 1 .real: an int needs the space, or the dot would read as a decimal point.
    bool int_value = v->kind == AST_CONSTANT && v->Constant.ckind == AST_CONST_INT;
    return expr(u, sb, v, PR_ATOM) && add(u, sb, int_value ? " ." : ".") &&
           ident(u, sb, e->Attribute.attr);
}

static bool fstring_element(Unparser *u, StrBuilder *sb, const Node *e, bool in_spec);

// The body of an f-string (or of a format spec), literal braces doubled.
static bool fstring_body(Unparser *u, StrBuilder *sb, const Node *e, bool in_spec) {
    for (size_t i = 0; i < ast_len(e->JoinedStr.values); i++) {
        if (!fstring_element(u, sb, ast_get(e->JoinedStr.values, i), in_spec)) return false;
    }
    return true;
}

static bool joined_str(Unparser *u, StrBuilder *sb, const Node *e, bool in_spec) {
    if (in_spec) return fstring_body(u, sb, e, true);
    StrBuilder body;
    sb_init(&body);
    if (!fstring_body(u, &body, e, false)) return false;
    Value s = sb_finish(u->I, &body);
    Value r = s != VAL_NULL ? obj_repr(u->I, s) : VAL_NULL;
    return r != VAL_NULL && add(u, sb, "f") && sb_add_str(u->I, sb, r);
}

static bool formatted_value(Unparser *u, StrBuilder *sb, const Node *e) {
    StrBuilder inner;
    sb_init(&inner);
    if (!expr(u, &inner, e->FormattedValue.value, PR_TEST + 1)) return false;
    Value s = sb_finish(u->I, &inner);
    if (s == VAL_NULL) return false;
    // {{ would read as a literal brace.
    if (!add(u, sb, bview_get(str_view(s), 0) == '{' ? "{ " : "{") || !sb_add_str(u->I, sb, s))
        return false;
    int conv = e->FormattedValue.conversion;
    if (conv == AST_CONV_STR || conv == AST_CONV_REPR || conv == AST_CONV_ASCII) {
        char text[3] = {'!', (char)conv, 0};
        if (!add(u, sb, text)) return false;
    }
    if (e->FormattedValue.format_spec != NULL &&
        (!add(u, sb, ":") || !fstring_element(u, sb, e->FormattedValue.format_spec, true)))
        return false;
    return add(u, sb, "}");
}

static bool fstring_element(Unparser *u, StrBuilder *sb, const Node *e, bool in_spec) {
    switch (e->kind) {
    case AST_CONSTANT: {
        BView t = e->Constant.value;
        for (size_t i = 0; i < t.n; i++) {
            int ch = bview_get(t, i);
            if ((ch == '{' || ch == '}') && !sb_add_view(u->I, sb, bview_slice(t, i, i + 1)))
                return false;
            if (!sb_add_view(u->I, sb, bview_slice(t, i, i + 1))) return false;
        }
        return true;
    }
    case AST_JOINED_STR: return joined_str(u, sb, e, in_spec);
    case AST_FORMATTED_VALUE: return formatted_value(u, sb, e);
    default:
        exc_raise(u->I, TY_SYSTEM_ERROR, "unknown expression kind inside f-string");
        return false;
    }
}

static bool expr_kind(Unparser *u, StrBuilder *sb, const Node *e, int level) {
    switch (e->kind) {
    case AST_BOOL_OP: return boolop(u, sb, e, level);
    case AST_BIN_OP: return binop(u, sb, e, level);
    case AST_UNARY_OP: return unaryop(u, sb, e, level);
    case AST_LAMBDA: return lambda(u, sb, e, level);
    case AST_IF_EXP:
        return add_if(u, sb, level > PR_TEST, "(") && expr(u, sb, e->IfExp.body, PR_TEST + 1) &&
               add(u, sb, " if ") && expr(u, sb, e->IfExp.test, PR_TEST + 1) &&
               add(u, sb, " else ") && expr(u, sb, e->IfExp.orelse, PR_TEST) &&
               add_if(u, sb, level > PR_TEST, ")");
    case AST_DICT: return dict(u, sb, e);
    case AST_SET: return add(u, sb, "{") && expr_list(u, sb, e->Set.elts, PR_TEST) &&
                         add(u, sb, "}");
    case AST_LIST_COMP: return comp(u, sb, e, "[", "]");
    case AST_SET_COMP: return comp(u, sb, e, "{", "}");
    case AST_GENERATOR_EXP: return comp(u, sb, e, "(", ")");
    case AST_DICT_COMP:
        return add(u, sb, "{") && expr(u, sb, e->DictComp.key, PR_TEST) && add(u, sb, ": ") &&
               expr(u, sb, e->DictComp.value, PR_TEST) &&
               comprehensions(u, sb, e->DictComp.generators) && add(u, sb, "}");
    case AST_YIELD:
        if (e->Yield.value == NULL) return add(u, sb, "(yield)");
        return add(u, sb, "(yield ") && expr(u, sb, e->Yield.value, PR_TEST) && add(u, sb, ")");
    case AST_YIELD_FROM:
        return add(u, sb, "(yield from ") && expr(u, sb, e->YieldFrom.value, PR_TEST) &&
               add(u, sb, ")");
    case AST_AWAIT:
        return add_if(u, sb, level > PR_AWAIT, "(") && add(u, sb, "await ") &&
               expr(u, sb, e->Await.value, PR_ATOM) && add_if(u, sb, level > PR_AWAIT, ")");
    case AST_COMPARE: return compare(u, sb, e, level);
    case AST_CALL: return call(u, sb, e);
    case AST_CONSTANT: return constant(u, sb, e);
    case AST_JOINED_STR: return joined_str(u, sb, e, false);
    case AST_FORMATTED_VALUE:
        exc_raise(u->I, TY_SYSTEM_ERROR, "f-string expression part outside an f-string");
        return false;
    case AST_ATTRIBUTE: return attribute(u, sb, e);
    case AST_SUBSCRIPT: return subscript(u, sb, e);
    case AST_STARRED: return add(u, sb, "*") && expr(u, sb, e->Starred.value, PR_BOR);
    case AST_NAME: return ident(u, sb, e->Name.id);
    case AST_LIST: return add(u, sb, "[") && expr_list(u, sb, e->List.elts, PR_TEST) &&
                          add(u, sb, "]");
    case AST_TUPLE: return tuple(u, sb, e, level);
    case AST_SLICE: return slice(u, sb, e);
    case AST_NAMED_EXPR:
        return add_if(u, sb, level > PR_TUPLE, "(") &&
               expr(u, sb, e->NamedExpr.target, PR_ATOM) && add(u, sb, " := ") &&
               expr(u, sb, e->NamedExpr.value, PR_ATOM) && add_if(u, sb, level > PR_TUPLE, ")");
    default:
        exc_raise(u->I, TY_SYSTEM_ERROR, "unknown expression kind in unparse");
        return false;
    }
}

static bool expr(Unparser *u, StrBuilder *sb, const Node *e, int level) {
    if (!symtable_depth_enter(u->I, u->depth)) return false;
    bool ok = expr_kind(u, sb, e, level);
    symtable_depth_leave(u->depth);
    return ok;
}

Value unparse_expr(Interp *I, CompileDepth *depth, const Node *e) {
    Unparser u = {I, depth};
    StrBuilder sb;
    sb_init(&sb);
    if (!expr(&u, &sb, e, PR_TEST)) return VAL_NULL;
    return sb_finish(I, &sb);
}
