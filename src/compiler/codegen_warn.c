/*
 * codegen_warn.c: the SyntaxWarnings CPython 3.11's compiler gives for code that is
 * certainly wrong: `x is 1` ("is" with a literal), calling a literal (`5()`),
 * subscripting a literal that is not subscriptable (`5[0]`) and indexing a sequence
 * display with a literal that is not an int (`[1, 2]["a"]`), each with CPython's text
 * ("...; perhaps you missed a comma?"). They go through
 * warnings.warn_explicit(message, SyntaxWarning, filename, lineno), so the program's
 * warning filters apply and the report looks like CPython's.
 *
 * Invariant: the checks only read the tree. A missing warnings module is ignored (the
 * compile goes on); a warning turned into an exception by a filter fails the compile
 * with a SyntaxError, and an error raised by warn_explicit itself propagates. Frozen
 * standard-library sources are never warned about.
 */
#include "codegen.h"

#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/ops.h"
#include "../objects/str.h"

/* The type name a literal-like expression certainly evaluates to, or NULL when it is not
 * literal-like. [constant] reports whether CPython's constant folding would have made
 * it a Constant node (a literal, a tuple of such, a signed number). */
static const char *literal_type(const Node *e, bool *constant) {
    *constant = false;
    if (e == NULL) return NULL;
    switch (e->kind) {
    case AST_CONSTANT:
        *constant = true;
        switch (e->Constant.ckind) {
        case AST_CONST_NONE: return "NoneType";
        case AST_CONST_TRUE:
        case AST_CONST_FALSE: return "bool";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        case AST_CONST_INT: return "int";
        case AST_CONST_FLOAT: return "float";
        case AST_CONST_IMAG: return "complex";
        case AST_CONST_STR: return "str";
        case AST_CONST_BYTES: return "bytes";
        default: return NULL;
        }
    case AST_TUPLE: {
        bool all = true;
        for (size_t i = 0; i < ast_len(e->Tuple.elts) && all; i++) {
            bool k;
            (void)literal_type(ast_get(e->Tuple.elts, i), &k);
            all = k;
        }
        *constant = all;
        return "tuple";
    }
    case AST_LIST:
    case AST_LIST_COMP: return "list";
    case AST_DICT:
    case AST_DICT_COMP: return "dict";
    case AST_SET:
    case AST_SET_COMP: return "set";
    case AST_GENERATOR_EXP: return "generator";
    case AST_LAMBDA: return "function";
    case AST_JOINED_STR:
    case AST_FORMATTED_VALUE: return "str";
    case AST_UNARY_OP: {
        const Node *o = e->UnaryOp.operand;
        if (e->UnaryOp.op == AST_NOT || o == NULL || o->kind != AST_CONSTANT) return NULL;
        uint8_t ck = o->Constant.ckind;
        if (ck != AST_CONST_INT && ck != AST_CONST_FLOAT && ck != AST_CONST_IMAG &&
            ck != AST_CONST_TRUE && ck != AST_CONST_FALSE)
            return NULL;
        if (e->UnaryOp.op == AST_INVERT && (ck == AST_CONST_FLOAT || ck == AST_CONST_IMAG))
            return NULL;
        *constant = true;
        return ck == AST_CONST_FLOAT ? "float" : ck == AST_CONST_IMAG ? "complex" : "int";
    }
    default: return NULL;
    }
}

static bool is_str(const char *a, const char *b) {
    return a != NULL && bview_eq_cstr(bview_cstr(a), b);
}

/* Issues SyntaxWarning [msg] for the line of [e]. */
static bool warn(Compiler *c, const Node *e, Value msg) {
    Interp *I = c->I;
    Value fn = c->cs != NULL ? c->cs->filename : VAL_NULL;
    if (msg == VAL_NULL || fn == VAL_NULL || !str_check(fn) || I->builtins == VAL_NULL) {
        exc_clear(I);
        return true;
    }
    if (bview_startswith(str_view(fn), bview_cstr("<frozen "))) return true;
    if (exc_warn_explicit(I, TY_SYNTAX_WARNING, msg, fn, e->lineno)) return true;
    // A filter made the warning an error: as CPython, the compile fails with a SyntaxError
    // at the construct (more precise than the warning). Other errors of warn_explicit (a
    // failing showwarning...) propagate.
    if (!exc_pending_is(I, TY_SYNTAX_WARNING)) return false;
    exc_clear(I);
    return codegen_error_at(c, e, "%U", msg);
}

/* A literal operand of `is`: a Constant other than None, True, False and Ellipsis. */
static bool is_literal_arg(const Node *e) {
    bool constant;
    const char *t = literal_type(e, &constant);
    if (!constant) return false;
    return !is_str(t, "NoneType") && !is_str(t, "bool") && !is_str(t, "ellipsis");
}

bool codegen_warn_compare(Compiler *c, Node *e) {
    const Node *left = e->Compare.left;
    size_t n = ast_len(e->Compare.comparators);
    for (size_t i = 0; i < n; i++) {
        int op = ast_cmpop_get(e, i);
        const Node *right = ast_get(e->Compare.comparators, i);
        if ((op == AST_IS || op == AST_IS_NOT) && (is_literal_arg(left) || is_literal_arg(right))) {
            const char *m = op == AST_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                         : "\"is not\" with a literal. Did you mean \"!=\"?";
            return warn(c, e, str_from_cstr(c->I, m));
        }
        left = right;
    }
    return true;
}

bool codegen_warn_call(Compiler *c, Node *e) {
    const Node *f = e->Call.func;
    if (f == NULL || f->kind == AST_LAMBDA) return true;
    bool constant;
    const char *t = literal_type(f, &constant);
    if (t == NULL) return true;
    // a signed number counts only when constant folding makes it one (-1, not -x); any
    // tuple display counts, as in CPython's check_caller
    if (f->kind == AST_UNARY_OP && !constant) return true;
    return warn(c, e, str_from_format(c->I, "'%s' object is not callable; perhaps you missed a comma?", t));
}

bool codegen_warn_subscript(Compiler *c, Node *e) {
    const Node *v = e->Subscript.value;
    bool constant;
    const char *t = literal_type(v, &constant);
    if (t == NULL) return true;
    bool scalar = constant && !is_str(t, "str") && !is_str(t, "bytes") && !is_str(t, "tuple");
    bool unsubscriptable = scalar || (v->kind == AST_SET || v->kind == AST_SET_COMP ||
                                      v->kind == AST_GENERATOR_EXP || v->kind == AST_LAMBDA);
    if (unsubscriptable)
        return warn(c, e, str_from_format(c->I, "'%s' object is not subscriptable; perhaps you missed a comma?", t));
    bool sequence = (constant && (is_str(t, "str") || is_str(t, "bytes") || is_str(t, "tuple"))) ||
                    v->kind == AST_TUPLE || v->kind == AST_LIST || v->kind == AST_LIST_COMP ||
                    v->kind == AST_JOINED_STR || v->kind == AST_FORMATTED_VALUE;
    if (!sequence) return true;
    bool iconst;
    const char *it = literal_type(e->Subscript.slice, &iconst);
    if (it == NULL || is_str(it, "int") || is_str(it, "bool")) return true;
    return warn(c, e, str_from_format(c->I, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                                      t, it));
}

bool codegen_warn_assert(Compiler *c, Node *s) {
    const Node *test = s->Assert.test;
    if (test == NULL || test->kind != AST_TUPLE || ast_len(test->Tuple.elts) == 0) return true;
    return warn(c, s, str_from_cstr(c->I, "assertion is always true, perhaps remove parentheses?"));
}
