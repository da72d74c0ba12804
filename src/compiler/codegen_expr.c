/*
 * codegen_expr.c: expressions: constants (with folding of negative numbers and constant
 * tuples), names, operators, boolean and conditional jumps, chained comparisons,
 * containers with * and ** unpacking, subscripts and slices, attributes, assignment and
 * deletion targets, f-strings, yield / yield from. Calls, lambdas and comprehensions
 * are in codegen_call.c.
 *
 * Invariant: every instruction is emitted with the location of the innermost expression
 * being compiled (cg_expr sets and restores it), as CPython 3.11 reports in tracebacks.
 */
#include "codegen.h"

#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/bytes.h"

static bool expr_inner(Compiler *c, Node *e);

bool cg_check_forbidden(Compiler *c, BView name, int ctx) {
    if (!bview_eq_cstr(name, "__debug__")) return true;
    if (ctx == AST_STORE) return cg_error(c, "cannot assign to __debug__");
    if (ctx == AST_DEL) return cg_error(c, "cannot delete __debug__");
    return true;
}

/* ---- constants ---- */

Value cg_constant_value(Compiler *c, Node *e) {
    Interp *I = c->I;
    BView v = e->Constant.value;
    switch (e->Constant.ckind) {
    case AST_CONST_NONE: return I->none;
    case AST_CONST_TRUE: return I->true_;
    case AST_CONST_FALSE: return I->false_;
    case AST_CONST_ELLIPSIS: return I->ellipsis;
    case AST_CONST_INT: return int_from_text(I, v, 0);
    case AST_CONST_FLOAT: return float_from_text(I, v);
    case AST_CONST_IMAG: {
        // complex(0.0, imag) through the complex type itself.
        Value im = float_from_text(I, v);
        if (im == VAL_NULL) return VAL_NULL;
        Value args[2] = {float_new(I, 0.0), im};
        if (args[0] == VAL_NULL) return VAL_NULL;
        return obj_call(I, obj_val(interp_type(I, TY_COMPLEX)), vview_make(args, 2), VAL_NULL);
    }
    case AST_CONST_STR: return str_new(I, v);
    case AST_CONST_BYTES: return bytes_new(I, v);
    default:
        exc_raise(I, TY_SYSTEM_ERROR, "compiler: bad constant");
        return VAL_NULL;
    }
}

static bool is_numeric_const(const Node *e) {
    return e->kind == AST_CONSTANT &&
           (e->Constant.ckind == AST_CONST_INT || e->Constant.ckind == AST_CONST_FLOAT ||
            e->Constant.ckind == AST_CONST_IMAG);
}

/* Numeric literal arithmetic that CPython folds: -1, 1+2j, -1.5-2j. */
static bool is_numeric(const Node *e, int depth) {
    if (depth > 50) return false;
    if (is_numeric_const(e)) return true;
    if (e->kind == AST_UNARY_OP && e->UnaryOp.op == AST_USUB)
        return is_numeric(e->UnaryOp.operand, depth + 1);
    if (e->kind == AST_BIN_OP && (e->BinOp.op == AST_ADD || e->BinOp.op == AST_SUB))
        return is_numeric(e->BinOp.left, depth + 1) && is_numeric(e->BinOp.right, depth + 1);
    return false;
}

/* True when [e] folds to a constant: a literal, numeric literal arithmetic, or a tuple
 * of those. */
static bool is_foldable(Compiler *c, Node *e, int depth) {
    if (depth > 50) return false;
    switch (e->kind) {
    case AST_CONSTANT:
        return true;
    case AST_UNARY_OP:
    case AST_BIN_OP:
        return is_numeric(e, depth);
    case AST_TUPLE: {
        if (e->Tuple.ctx != AST_LOAD) return false;
        size_t n = ast_len(e->Tuple.elts);
        for (size_t i = 0; i < n; i++) {
            Node *x = ast_get(e->Tuple.elts, i);
            if (x == NULL || !is_foldable(c, x, depth + 1)) return false;
        }
        return true;
    }
    default:
        return false;
    }
}

/* The constant [e] folds to (is_foldable(e) must hold). */
static Value fold(Compiler *c, Node *e) {
    Interp *I = c->I;
    switch (e->kind) {
    case AST_CONSTANT:
        return cg_constant_value(c, e);
    case AST_UNARY_OP: {
        Value v = fold(c, e->UnaryOp.operand);
        if (v == VAL_NULL) return VAL_NULL;
        return obj_unary(I, v, UN_NEG);
    }
    case AST_BIN_OP: {
        Value a = fold(c, e->BinOp.left);
        if (a == VAL_NULL) return VAL_NULL;
        Value b = fold(c, e->BinOp.right);
        if (b == VAL_NULL) return VAL_NULL;
        return obj_binop(I, a, b, e->BinOp.op == AST_ADD ? BINOP_ADD : BINOP_SUB);
    }
    case AST_TUPLE: {
        size_t n = ast_len(e->Tuple.elts);
        if (n == 0) return I->empty_tuple;
        Value t = tuple_new(I, n);
        if (t == VAL_NULL) return VAL_NULL;
        for (size_t i = 0; i < n; i++) {
            Value x = fold(c, ast_get(e->Tuple.elts, i));
            if (x == VAL_NULL) return VAL_NULL;
            tuple_init_item(t, i, x);
        }
        return t;
    }
    default:
        exc_raise(I, TY_SYSTEM_ERROR, "compiler: cannot fold");
        return VAL_NULL;
    }
}

int cg_try_fold(Compiler *c, Node *e, Value *out) {
    if (!is_foldable(c, e, 0)) return 0;
    Value v = fold(c, e);
    if (v == VAL_NULL) return -1;
    *out = v;
    return 1;
}

/* ---- helpers ---- */

static bool expr_list(Compiler *c, NodeList *l) {
    size_t n = ast_len(l);
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(l, i);
        if (x != NULL && !cg_expr(c, x)) return false;
    }
    return true;
}

/* CPython's update_start_location_to_match_attr: a multi-line attribute access is
 * reported from the attribute name's line. */
void cg_loc_match_attr(Compiler *c, const Node *attr) {
    SrcPos *l = &c->u->loc;
    if (l->line == attr->end_lineno) return;
    l->line = attr->end_lineno;
    int32_t len = (int32_t)attr->Attribute.attr.n;
    if (len <= attr->end_col_offset) {
        l->col = attr->end_col_offset - len;
    } else {
        l->col = 0;
        l->end_col = 0;
    }
    if (l->end_line < l->line) l->end_line = l->line;
    if (l->line == l->end_line && l->end_col < l->col) l->end_col = l->col;
}

static int binop_of(int astop) {
    static const int map[AST_OPERATOR__COUNT] = {
        BINOP_ADD, BINOP_SUB, BINOP_MUL, BINOP_MATMUL, BINOP_TRUEDIV, BINOP_MOD, BINOP_POW,
        BINOP_LSHIFT, BINOP_RSHIFT, BINOP_OR, BINOP_XOR, BINOP_AND, BINOP_FLOORDIV,
    };
    if (astop < 0 || astop >= AST_OPERATOR__COUNT) return BINOP_ADD;
    return map[astop];
}

int cg_binop_of(int astop) { return binop_of(astop); }

static bool emit_compare(Compiler *c, int op) {
    switch (op) {
    case AST_EQ: return cg_emit(c, OP_COMPARE_OP, CMP_EQ);
    case AST_NOT_EQ: return cg_emit(c, OP_COMPARE_OP, CMP_NE);
    case AST_LT: return cg_emit(c, OP_COMPARE_OP, CMP_LT);
    case AST_LT_E: return cg_emit(c, OP_COMPARE_OP, CMP_LE);
    case AST_GT: return cg_emit(c, OP_COMPARE_OP, CMP_GT);
    case AST_GT_E: return cg_emit(c, OP_COMPARE_OP, CMP_GE);
    case AST_IS: return cg_emit(c, OP_IS_OP, 0);
    case AST_IS_NOT: return cg_emit(c, OP_IS_OP, 1);
    case AST_IN: return cg_emit(c, OP_CONTAINS_OP, 0);
    case AST_NOT_IN: return cg_emit(c, OP_CONTAINS_OP, 1);
    default:
        exc_raise(c->I, TY_SYSTEM_ERROR, "compiler: bad comparison");
        return false;
    }
}

/* ---- containers ---- */

/* Builds a list/set/tuple from [elts] (which may contain *starred), with [pushed] items
 * already on the stack going first (CPython's starunpack_helper). */
bool cg_starunpack(Compiler *c, NodeList *elts, int pushed, int build, int add, int extend,
                   bool tuple) {
    size_t n = ast_len(elts);
    bool all_const = n > 2;
    for (size_t i = 0; i < n && all_const; i++) {
        Node *x = ast_get(elts, i);
        if (x == NULL || !is_foldable(c, x, 0)) all_const = false;
    }
    if (all_const) {
        Value t = tuple_new(c->I, n);
        if (t == VAL_NULL) return false;
        for (size_t i = 0; i < n; i++) {
            Value x = fold(c, ast_get(elts, i));
            if (x == VAL_NULL) return false;
            tuple_init_item(t, i, x);
        }
        if (tuple && pushed == 0) return cg_load_const(c, t);
        if (!cg_emit(c, build, (uint32_t)pushed) || !cg_load_const(c, t) ||
            !cg_emit(c, extend, 1))
            return false;
        return !tuple || cg_emit(c, OP_LIST_TO_TUPLE, 0);
    }
    bool seen_star = false;
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(elts, i);
        if (x != NULL && x->kind == AST_STARRED) seen_star = true;
    }
    bool big = n + (size_t)pushed > CG_STACK_USE_GUARD;
    if (!seen_star && !big) {
        if (!expr_list(c, elts)) return false;
        return cg_emit(c, tuple ? OP_BUILD_TUPLE : build, (uint32_t)(n + (size_t)pushed));
    }
    bool built = false;
    if (big) {
        if (!cg_emit(c, build, (uint32_t)pushed)) return false;
        built = true;
    }
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(elts, i);
        if (x == NULL) continue;
        if (x->kind == AST_STARRED) {
            if (!built) {
                if (!cg_emit(c, build, (uint32_t)(i + (size_t)pushed))) return false;
                built = true;
            }
            SrcPos old = cg_set_loc(c, x);
            bool ok = cg_expr(c, x->Starred.value) && cg_emit(c, extend, 1);
            cg_restore_loc(c, old);
            if (!ok) return false;
        } else {
            if (!cg_expr(c, x)) return false;
            if (built && !cg_emit(c, add, 1)) return false;
        }
    }
    return !tuple || cg_emit(c, OP_LIST_TO_TUPLE, 0);
}

bool cg_starunpack_tuple(Compiler *c, NodeList *elts) {
    size_t n = ast_len(elts);
    bool all_const = true;
    for (size_t i = 0; i < n && all_const; i++) {
        Node *x = ast_get(elts, i);
        if (x == NULL || !is_foldable(c, x, 0)) all_const = false;
    }
    if (all_const) {
        Value t = tuple_new(c->I, n);
        if (t == VAL_NULL) return false;
        for (size_t i = 0; i < n; i++) {
            Value x = fold(c, ast_get(elts, i));
            if (x == VAL_NULL) return false;
            tuple_init_item(t, i, x);
        }
        return cg_load_const(c, t);
    }
    return expr_list(c, elts) && cg_emit(c, OP_BUILD_TUPLE, (uint32_t)n);
}

/* Keys and values [begin, end) of a dict display into one dict. */
static bool subdict(Compiler *c, Node *e, size_t begin, size_t end) {
    size_t n = end - begin;
    bool big = n * 2 > CG_STACK_USE_GUARD;
    if (big && !cg_emit(c, OP_BUILD_MAP, 0)) return false;
    for (size_t i = begin; i < end; i++) {
        if (!cg_expr(c, ast_get(e->Dict.keys, i)) || !cg_expr(c, ast_get(e->Dict.values, i)))
            return false;
        if (big && !cg_emit(c, OP_MAP_ADD, 1)) return false;
    }
    return big || cg_emit(c, OP_BUILD_MAP, (uint32_t)n);
}

static bool dict_display(Compiler *c, Node *e) {
    size_t n = ast_len(e->Dict.values);
    size_t elements = 0;
    bool have_dict = false;
    for (size_t i = 0; i < n; i++) {
        bool unpack = ast_get(e->Dict.keys, i) == NULL;
        if (unpack) {
            if (elements > 0) {
                if (!subdict(c, e, i - elements, i)) return false;
                if (have_dict && !cg_emit(c, OP_DICT_UPDATE, 1)) return false;
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                if (!cg_emit(c, OP_BUILD_MAP, 0)) return false;
                have_dict = true;
            }
            if (!cg_expr(c, ast_get(e->Dict.values, i)) || !cg_emit(c, OP_DICT_UPDATE, 1))
                return false;
        } else if (elements * 2 > CG_STACK_USE_GUARD) {
            if (!subdict(c, e, i - elements, i + 1)) return false;
            if (have_dict && !cg_emit(c, OP_DICT_UPDATE, 1)) return false;
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements > 0) {
        if (!subdict(c, e, n - elements, n)) return false;
        if (have_dict && !cg_emit(c, OP_DICT_UPDATE, 1)) return false;
        have_dict = true;
    }
    return have_dict || cg_emit(c, OP_BUILD_MAP, 0);
}

/* ---- boolean and conditional ---- */

static bool boolop(Compiler *c, Node *e) {
    int end = cg_new_label(c);
    if (end < 0) return false;
    int op = e->BoolOp.op == AST_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    size_t n = ast_len(e->BoolOp.values);
    for (size_t i = 0; i + 1 < n; i++) {
        if (!cg_expr(c, ast_get(e->BoolOp.values, i)) || !cg_emit_jump(c, op, end)) return false;
    }
    if (n > 0 && !cg_expr(c, ast_get(e->BoolOp.values, n - 1))) return false;
    return cg_bind(c, end);
}

static bool compare(Compiler *c, Node *e) {
    size_t n = ast_len(e->Compare.comparators);
    if (!cg_expr(c, e->Compare.left)) return false;
    if (n == 1)
        return cg_expr(c, ast_get(e->Compare.comparators, 0)) &&
               emit_compare(c, ast_cmpop_get(e, 0));
    int cleanup = cg_new_label(c), end = cg_new_label(c);
    if (cleanup < 0 || end < 0) return false;
    for (size_t i = 0; i + 1 < n; i++) {
        if (!cg_expr(c, ast_get(e->Compare.comparators, i)) || !cg_emit(c, OP_SWAP, 2) ||
            !cg_emit(c, OP_COPY, 2) || !emit_compare(c, ast_cmpop_get(e, i)) ||
            !cg_emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup))
            return false;
    }
    if (!cg_expr(c, ast_get(e->Compare.comparators, n - 1)) ||
        !emit_compare(c, ast_cmpop_get(e, n - 1)) || !cg_emit_jump(c, OP_JUMP, end))
        return false;
    return cg_bind(c, cleanup) && cg_emit(c, OP_SWAP, 2) && cg_emit(c, OP_POP_TOP, 0) &&
           cg_bind(c, end);
}

/* Truth of a constant known at compile time: 1, 0, or -1 when not decided here. */
static int const_truth(Compiler *c, Node *e) {
    if (e->kind != AST_CONSTANT) return -1;
    switch (e->Constant.ckind) {
    case AST_CONST_NONE:
    case AST_CONST_FALSE:
        return 0;
    case AST_CONST_TRUE:
    case AST_CONST_ELLIPSIS:
        return 1;
    case AST_CONST_STR:
    case AST_CONST_BYTES:
        return e->Constant.value.n > 0;
    case AST_CONST_INT: {
        Value v = int_from_text(c->I, e->Constant.value, 0);
        if (v == VAL_NULL) {
            exc_clear(c->I);
            return -1;
        }
        return int_sign(c->I, v) != 0;
    }
    default:
        return -1;
    }
}

static bool jump_if_inner(Compiler *c, Node *e, int label, bool cond) {
    int truth = const_truth(c, e);
    if (truth >= 0) {
        // `while True:` / `if 0:`: the jump is unconditional or never taken.
        if ((truth == 1) != cond) return true;
        SrcPos old = cg_set_loc(c, e);
        bool ok = cg_emit_jump(c, OP_JUMP, label);
        cg_restore_loc(c, old);
        return ok;
    }
    switch (e->kind) {
    case AST_UNARY_OP:
        if (e->UnaryOp.op == AST_NOT) return cg_jump_if(c, e->UnaryOp.operand, label, !cond);
        break;
    case AST_BOOL_OP: {
        size_t n = ast_len(e->BoolOp.values);
        if (n == 0) break;
        bool cond2 = e->BoolOp.op == AST_OR;
        int next2 = label;
        if (cond2 != cond) {
            next2 = cg_new_label(c);
            if (next2 < 0) return false;
        }
        for (size_t i = 0; i + 1 < n; i++)
            if (!cg_jump_if(c, ast_get(e->BoolOp.values, i), next2, cond2)) return false;
        if (!cg_jump_if(c, ast_get(e->BoolOp.values, n - 1), label, cond)) return false;
        return next2 == label || cg_bind(c, next2);
    }
    case AST_IF_EXP: {
        int end = cg_new_label(c), next2 = cg_new_label(c);
        if (end < 0 || next2 < 0) return false;
        return cg_jump_if(c, e->IfExp.test, next2, false) &&
               cg_jump_if(c, e->IfExp.body, label, cond) && cg_emit_jump(c, OP_JUMP, end) &&
               cg_bind(c, next2) && cg_jump_if(c, e->IfExp.orelse, label, cond) &&
               cg_bind(c, end);
    }
    case AST_COMPARE: {
        size_t n = ast_len(e->Compare.comparators);
        if (n < 2) break;
        SrcPos old = cg_set_loc(c, e);
        int cleanup = cg_new_label(c), end = cg_new_label(c);
        if (cleanup < 0 || end < 0) return false;
        if (!cg_expr(c, e->Compare.left)) return false;
        for (size_t i = 0; i + 1 < n; i++) {
            if (!cg_expr(c, ast_get(e->Compare.comparators, i)) || !cg_emit(c, OP_SWAP, 2) ||
                !cg_emit(c, OP_COPY, 2) || !emit_compare(c, ast_cmpop_get(e, i)) ||
                !cg_emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup))
                return false;
        }
        if (!cg_expr(c, ast_get(e->Compare.comparators, n - 1)) ||
            !emit_compare(c, ast_cmpop_get(e, n - 1)) ||
            !cg_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label) ||
            !cg_emit_jump(c, OP_JUMP, end) || !cg_bind(c, cleanup) ||
            !cg_emit(c, OP_POP_TOP, 0))
            return false;
        if (!cond && !cg_emit_jump(c, OP_JUMP, label)) return false;
        cg_restore_loc(c, old);
        return cg_bind(c, end);
    }
    default:
        break;
    }
    if (!cg_expr(c, e)) return false;
    SrcPos old = cg_set_loc(c, e);
    bool ok = cg_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    cg_restore_loc(c, old);
    return ok;
}

bool cg_jump_if(Compiler *c, Node *e, int label, bool cond) {
    if (!interp_enter_c(c->I, "during compilation")) return false;
    bool ok = jump_if_inner(c, e, label, cond);
    interp_leave_c(c->I);
    return ok;
}

static bool ifexp(Compiler *c, Node *e) {
    int end = cg_new_label(c), next = cg_new_label(c);
    if (end < 0 || next < 0) return false;
    return cg_jump_if(c, e->IfExp.test, next, false) && cg_expr(c, e->IfExp.body) &&
           cg_emit_jump(c, OP_JUMP, end) && cg_bind(c, next) && cg_expr(c, e->IfExp.orelse) &&
           cg_bind(c, end);
}

/* ---- f-strings, slices, yield ---- */

static bool formatted_value(Compiler *c, Node *e) {
    if (!cg_expr(c, e->FormattedValue.value)) return false;
    uint32_t oparg = 0;
    switch (e->FormattedValue.conversion) {
    case AST_CONV_STR: oparg = 1; break;
    case AST_CONV_REPR: oparg = 2; break;
    case AST_CONV_ASCII: oparg = 3; break;
    default: oparg = 0; break;
    }
    if (e->FormattedValue.format_spec != NULL) {
        if (!cg_expr(c, e->FormattedValue.format_spec)) return false;
        oparg |= 4;
    }
    return cg_emit(c, OP_FORMAT_VALUE, oparg);
}

static bool joined_str(Compiler *c, Node *e) {
    size_t n = ast_len(e->JoinedStr.values);
    if (!expr_list(c, e->JoinedStr.values)) return false;
    return n == 1 || cg_emit(c, OP_BUILD_STRING, (uint32_t)n);
}

static bool slice(Compiler *c, Node *e) {
    Interp *I = c->I;
    if (e->Slice.lower != NULL ? !cg_expr(c, e->Slice.lower) : !cg_load_const(c, I->none))
        return false;
    if (e->Slice.upper != NULL ? !cg_expr(c, e->Slice.upper) : !cg_load_const(c, I->none))
        return false;
    if (e->Slice.step != NULL) {
        if (!cg_expr(c, e->Slice.step)) return false;
        return cg_emit(c, OP_BUILD_SLICE, 3);
    }
    return cg_emit(c, OP_BUILD_SLICE, 2);
}

/* Emits the SEND / YIELD_VALUE loop that delegates to the iterator on the stack. */
bool cg_yield_from_loop(Compiler *c) {
    int start = cg_new_label(c), exit = cg_new_label(c);
    if (start < 0 || exit < 0) return false;
    return cg_bind(c, start) && cg_emit_jump(c, OP_SEND, exit) &&
           cg_emit(c, OP_YIELD_VALUE, 0) && cg_emit_jump(c, OP_JUMP, start) && cg_bind(c, exit);
}

static bool check_in_function(Compiler *c, const char *what) {
    if (c->u->ste->kind != SCOPE_FUNCTION) return cg_error(c, "'%s' outside function", what);
    return true;
}

static bool await_expr(Compiler *c) {
    Scope *s = c->u->ste;
    if (s->kind != SCOPE_FUNCTION) return cg_error(c, "'await' outside function");
    if (!s->is_async || s->comp_kind != COMP_NONE)
        return cg_error(c, "'await' outside async function");
    return cg_error(c, "'await' is not supported by safepy");
}

/* ---- the dispatcher ---- */

static bool expr_inner(Compiler *c, Node *e) {
    Interp *I = c->I;
    switch (e->kind) {
    case AST_BOOL_OP:
        return boolop(c, e);
    case AST_NAMED_EXPR:
        return cg_expr(c, e->NamedExpr.value) && cg_emit(c, OP_COPY, 1) &&
               cg_store(c, e->NamedExpr.target);
    case AST_BIN_OP:
        if (is_foldable(c, e, 0)) {
            Value v = fold(c, e);
            return v != VAL_NULL && cg_load_const(c, v);
        }
        return cg_expr(c, e->BinOp.left) && cg_expr(c, e->BinOp.right) &&
               cg_emit(c, OP_BINARY_OP, (uint32_t)binop_of(e->BinOp.op));
    case AST_UNARY_OP: {
        if (is_foldable(c, e, 0)) {
            Value v = fold(c, e);
            return v != VAL_NULL && cg_load_const(c, v);
        }
        if (!cg_expr(c, e->UnaryOp.operand)) return false;
        switch (e->UnaryOp.op) {
        case AST_INVERT: return cg_emit(c, OP_UNARY_INVERT, 0);
        case AST_NOT: return cg_emit(c, OP_UNARY_NOT, 0);
        case AST_UADD: return cg_emit(c, OP_UNARY_POSITIVE, 0);
        default: return cg_emit(c, OP_UNARY_NEGATIVE, 0);
        }
    }
    case AST_LAMBDA:
        return cg_lambda(c, e);
    case AST_IF_EXP:
        return ifexp(c, e);
    case AST_DICT:
        return dict_display(c, e);
    case AST_SET:
        return cg_starunpack(c, e->Set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP:
        return cg_comprehension(c, e);
    case AST_AWAIT:
        return await_expr(c);
    case AST_YIELD:
        if (!check_in_function(c, "yield")) return false;
        if (e->Yield.value != NULL ? !cg_expr(c, e->Yield.value) : !cg_load_const(c, I->none))
            return false;
        return cg_emit(c, OP_YIELD_VALUE, 0);
    case AST_YIELD_FROM:
        if (!check_in_function(c, "yield")) return false;
        return cg_expr(c, e->YieldFrom.value) && cg_emit(c, OP_GET_YIELD_FROM_ITER, 0) &&
               cg_load_const(c, I->none) && cg_yield_from_loop(c);
    case AST_COMPARE:
        return compare(c, e);
    case AST_CALL:
        return cg_call(c, e);
    case AST_FORMATTED_VALUE:
        return formatted_value(c, e);
    case AST_JOINED_STR:
        return joined_str(c, e);
    case AST_CONSTANT: {
        Value v = cg_constant_value(c, e);
        return v != VAL_NULL && cg_load_const(c, v);
    }
    case AST_ATTRIBUTE:
        if (e->Attribute.ctx != AST_LOAD) return cg_store(c, e);
        if (!cg_expr(c, e->Attribute.value)) return false;
        cg_loc_match_attr(c, e);
        return cg_emit_name(c, OP_LOAD_ATTR, cg_ident(c, e->Attribute.attr), true);
    case AST_SUBSCRIPT:
        if (e->Subscript.ctx != AST_LOAD) return cg_store(c, e);
        return cg_expr(c, e->Subscript.value) && cg_expr(c, e->Subscript.slice) &&
               cg_emit(c, OP_BINARY_SUBSCR, 0);
    case AST_STARRED:
        if (e->Starred.ctx == AST_STORE)
            return cg_error(c, "starred assignment target must be in a list or tuple");
        return cg_error(c, "can't use starred expression here");
    case AST_NAME: {
        Value name = cg_ident(c, e->Name.id);
        return name != VAL_NULL && cg_nameop(c, name, e->Name.ctx);
    }
    case AST_LIST:
        if (e->List.ctx != AST_LOAD) return cg_store(c, e);
        return cg_starunpack(c, e->List.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                             false);
    case AST_TUPLE:
        if (e->Tuple.ctx != AST_LOAD) return cg_store(c, e);
        if (is_foldable(c, e, 0)) {
            Value v = fold(c, e);
            return v != VAL_NULL && cg_load_const(c, v);
        }
        return cg_starunpack(c, e->Tuple.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                             true);
    case AST_SLICE:
        return slice(c, e);
    default:
        exc_raise(I, TY_SYSTEM_ERROR, "compiler: unexpected %s expression",
                  ast_kind_name(e->kind));
        return false;
    }
}

bool cg_expr(Compiler *c, Node *e) {
    if (e == NULL) {
        exc_raise(c->I, TY_SYSTEM_ERROR, "compiler: missing expression");
        return false;
    }
    if (!interp_enter_c(c->I, "during compilation")) return false;
    SrcPos old = cg_set_loc(c, e);
    bool ok = expr_inner(c, e);
    cg_restore_loc(c, old);
    interp_leave_c(c->I);
    return ok;
}

/* ---- assignment and deletion targets ---- */

static bool unpack_target(Compiler *c, NodeList *elts) {
    size_t n = ast_len(elts);
    bool seen_star = false;
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(elts, i);
        if (x == NULL || x->kind != AST_STARRED) continue;
        if (seen_star) return cg_error(c, "multiple starred expressions in assignment");
        size_t after = n - i - 1;
        if (i >= 256 || after >= (1u << 16))
            return cg_error(c, "too many expressions in star-unpacking assignment");
        if (!cg_emit(c, OP_UNPACK_EX, (uint32_t)(i | (after << 8)))) return false;
        seen_star = true;
    }
    if (!seen_star && !cg_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n)) return false;
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(elts, i);
        if (x == NULL) continue;
        if (x->kind == AST_STARRED) {
            SrcPos old = cg_set_loc(c, x);
            bool ok = cg_store(c, x->Starred.value);
            cg_restore_loc(c, old);
            if (!ok) return false;
        } else if (!cg_store(c, x)) {
            return false;
        }
    }
    return true;
}

static bool store_inner(Compiler *c, Node *t) {
    switch (t->kind) {
    case AST_NAME: {
        Value name = cg_ident(c, t->Name.id);
        return name != VAL_NULL && cg_nameop(c, name, AST_STORE);
    }
    case AST_ATTRIBUTE:
        if (!cg_expr(c, t->Attribute.value)) return false;
        cg_loc_match_attr(c, t);
        return cg_emit_name(c, OP_STORE_ATTR, cg_ident(c, t->Attribute.attr), true);
    case AST_SUBSCRIPT:
        return cg_expr(c, t->Subscript.value) && cg_expr(c, t->Subscript.slice) &&
               cg_emit(c, OP_STORE_SUBSCR, 0);
    case AST_TUPLE:
    case AST_LIST:
        return unpack_target(c, t->List.elts);
    case AST_STARRED:
        return cg_error(c, "starred assignment target must be in a list or tuple");
    default:
        return cg_error(c, "cannot assign to %s", ast_kind_name(t->kind));
    }
}

bool cg_store(Compiler *c, Node *t) {
    if (!interp_enter_c(c->I, "during compilation")) return false;
    SrcPos old = cg_set_loc(c, t);
    bool ok = store_inner(c, t);
    cg_restore_loc(c, old);
    interp_leave_c(c->I);
    return ok;
}

static bool delete_inner(Compiler *c, Node *t) {
    switch (t->kind) {
    case AST_NAME: {
        Value name = cg_ident(c, t->Name.id);
        return name != VAL_NULL && cg_nameop(c, name, AST_DEL);
    }
    case AST_ATTRIBUTE:
        if (!cg_expr(c, t->Attribute.value)) return false;
        cg_loc_match_attr(c, t);
        return cg_emit_name(c, OP_DELETE_ATTR, cg_ident(c, t->Attribute.attr), true);
    case AST_SUBSCRIPT:
        return cg_expr(c, t->Subscript.value) && cg_expr(c, t->Subscript.slice) &&
               cg_emit(c, OP_DELETE_SUBSCR, 0);
    case AST_TUPLE:
    case AST_LIST: {
        size_t n = ast_len(t->List.elts);
        for (size_t i = 0; i < n; i++) {
            Node *x = ast_get(t->List.elts, i);
            if (x != NULL && !cg_delete(c, x)) return false;
        }
        return true;
    }
    default:
        return cg_error(c, "cannot delete %s", ast_kind_name(t->kind));
    }
}

bool cg_delete(Compiler *c, Node *t) {
    if (!interp_enter_c(c->I, "during compilation")) return false;
    SrcPos old = cg_set_loc(c, t);
    bool ok = delete_inner(c, t);
    cg_restore_loc(c, old);
    interp_leave_c(c->I);
    return ok;
}
