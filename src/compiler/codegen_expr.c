/*
 * codegen_expr.c: expressions: constants (with folding of negative numbers and constant
 * tuples), names, operators, boolean and conditional jumps, chained comparisons,
 * containers with * and ** unpacking, subscripts and slices, attributes, assignment and
 * deletion targets, f-strings, yield / yield from. Calls, lambdas and comprehensions
 * are in codegen_call.c.
 *
 * Invariant: every instruction is emitted with the location of the innermost expression
 * being compiled (codegen_expr sets and restores it), as CPython 3.11 reports in tracebacks.
 */
#include "codegen.h"
#include "ast_export.h"

#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/bytes.h"

static bool expr_inner(Compiler *c, Node *e);

bool codegen_check_forbidden(Compiler *c, BView name, int ctx) {
    if (!bview_eq_cstr(name, "__debug__")) return true;
    if (ctx == AST_STORE) return codegen_error(c, "cannot assign to __debug__");
    if (ctx == AST_DEL) return codegen_error(c, "cannot delete __debug__");
    return true;
}

/* ---- constants ---- */

Value codegen_constant_value(Compiler *c, Node *e) { return ast_constant_value(c->I, e); }

/* ---- helpers ---- */

static bool expr_list(Compiler *c, NodeList *l) {
    size_t n = ast_len(l);
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(l, i);
        if (x != NULL && !codegen_expr(c, x)) return false;
    }
    return true;
}

/* CPython's update_start_location_to_match_attr: a multi-line attribute access is
 * reported from the attribute name's line. */
void codegen_loc_match_attr(Compiler *c, const Node *attr) {
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

int codegen_binop_of(int astop) { return binop_of(astop); }

uint32_t codegen_binop_tmp(Compiler *c, const Node *e, uint32_t flag) {
    // (a folded operation is a LOAD_CONST, a %-format ends with BUILD_STRING: neither)
    return e->kind == AST_BIN_OP && codegen_last_op_is(c, OP_BINARY_OP) ? flag : 0;
}

static bool emit_compare(Compiler *c, int op) {
    switch (op) {
    case AST_EQ: return codegen_emit(c, OP_COMPARE_OP, CMP_EQ);
    case AST_NOT_EQ: return codegen_emit(c, OP_COMPARE_OP, CMP_NE);
    case AST_LT: return codegen_emit(c, OP_COMPARE_OP, CMP_LT);
    case AST_LT_E: return codegen_emit(c, OP_COMPARE_OP, CMP_LE);
    case AST_GT: return codegen_emit(c, OP_COMPARE_OP, CMP_GT);
    case AST_GT_E: return codegen_emit(c, OP_COMPARE_OP, CMP_GE);
    case AST_IS: return codegen_emit(c, OP_IS_OP, 0);
    case AST_IS_NOT: return codegen_emit(c, OP_IS_OP, 1);
    case AST_IN: return codegen_emit(c, OP_CONTAINS_OP, 0);
    case AST_NOT_IN: return codegen_emit(c, OP_CONTAINS_OP, 1);
    default:
        exc_raise(c->I, TY_SYSTEM_ERROR, "compiler: bad comparison");
        return false;
    }
}

/* ---- containers ---- */

/* Builds a list/set/tuple from [elts] (which may contain *starred), with [pushed] items
 * already on the stack going first (CPython's starunpack_helper). */
bool codegen_starunpack(Compiler *c, NodeList *elts, int pushed, int build, int add, int extend,
                   bool tuple) {
    size_t n = ast_len(elts);
    if (n > 2) {
        Value t = tuple_new(c->I, n);
        if (t == VAL_NULL) return false;
        size_t i = 0;
        for (; i < n; i++) {
            Value x;
            Node *el = ast_get(elts, i);
            int r = el != NULL && el->kind != AST_STARRED ? codegen_try_fold(c, el, &x) : 0;
            if (r < 0) return false;
            if (r == 0) break;
            tuple_init_item(t, i, x);
        }
        if (i == n) {
            if (tuple && pushed == 0) return codegen_load_const(c, t);
            // Set displays extend from a frozenset constant, as CPython (this fixes the
            // resulting set's iteration order).
            if (add == OP_SET_ADD) {
                t = codegen_frozenset_const(c, t);
                if (t == VAL_NULL) return false;
            }
            if (!codegen_emit(c, build, (uint32_t)pushed) || !codegen_load_const(c, t) ||
                !codegen_emit(c, extend, 1))
                return false;
            return !tuple || codegen_emit(c, OP_LIST_TO_TUPLE, 0);
        }
    }
    bool seen_star = false;
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(elts, i);
        if (x != NULL && x->kind == AST_STARRED) seen_star = true;
    }
    bool big = n + (size_t)pushed > CODEGEN_STACK_USE_GUARD;
    if (!seen_star && !big) {
        if (!expr_list(c, elts)) return false;
        return codegen_emit(c, tuple ? OP_BUILD_TUPLE : build, (uint32_t)(n + (size_t)pushed));
    }
    bool built = false;
    if (big) {
        if (!codegen_emit(c, build, (uint32_t)pushed)) return false;
        built = true;
    }
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(elts, i);
        if (x == NULL) continue;
        if (x->kind == AST_STARRED) {
            if (!built) {
                if (!codegen_emit(c, build, (uint32_t)(i + (size_t)pushed))) return false;
                built = true;
            }
            if (!codegen_expr(c, x->Starred.value) || !codegen_emit(c, extend, 1)) return false;
        } else {
            if (!codegen_expr(c, x)) return false;
            if (built && !codegen_emit(c, add, 1)) return false;
        }
    }
    return !tuple || codegen_emit(c, OP_LIST_TO_TUPLE, 0);
}

bool codegen_starunpack_tuple(Compiler *c, NodeList *elts) {
    size_t n = ast_len(elts);
    Value t = tuple_new(c->I, n);
    if (t == VAL_NULL) return false;
    size_t i = 0;
    for (; i < n; i++) {
        Value x;
        int r = codegen_try_fold(c, ast_get(elts, i), &x);
        if (r < 0) return false;
        if (r == 0) break;
        tuple_init_item(t, i, x);
    }
    if (i == n) return codegen_load_const(c, n == 0 ? c->I->empty_tuple : t);
    return expr_list(c, elts) && codegen_emit(c, OP_BUILD_TUPLE, (uint32_t)n);
}

bool codegen_iter_expr(Compiler *c, Node *e) {
    Value k;
    int r = codegen_fold_iterable(c, e, &k);
    if (r < 0) return false;
    SrcPos old = codegen_set_loc(c, e);
    bool ok;
    if (r > 0) {
        ok = codegen_load_const(c, k);
    } else if (e->kind == AST_LIST && e->List.ctx == AST_LOAD) {
        // A list that is only iterated over is built as a tuple.
        ok = codegen_starunpack(c, e->List.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                           true);
    } else {
        codegen_restore_loc(c, old);
        return codegen_expr(c, e);
    }
    codegen_restore_loc(c, old);
    return ok;
}

/* Keys and values [begin, end) of a dict display into one dict. */
static bool subdict(Compiler *c, Node *e, size_t begin, size_t end) {
    size_t n = end - begin;
    bool big = n * 2 > CODEGEN_STACK_USE_GUARD;
    if (big && !codegen_emit(c, OP_BUILD_MAP, 0)) return false;
    for (size_t i = begin; i < end; i++) {
        if (!codegen_expr(c, ast_get(e->Dict.keys, i)) ||
            !codegen_expr(c, ast_get(e->Dict.values, i)))
            return false;
        if (big && !codegen_emit(c, OP_MAP_ADD, 1)) return false;
    }
    return big || codegen_emit(c, OP_BUILD_MAP, (uint32_t)n);
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
                if (have_dict && !codegen_emit(c, OP_DICT_UPDATE, 1)) return false;
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                if (!codegen_emit(c, OP_BUILD_MAP, 0)) return false;
                have_dict = true;
            }
            if (!codegen_expr(c, ast_get(e->Dict.values, i)) || !codegen_emit(c, OP_DICT_UPDATE, 1))
                return false;
        } else if (elements * 2 > CODEGEN_STACK_USE_GUARD) {
            if (!subdict(c, e, i - elements, i + 1)) return false;
            if (have_dict && !codegen_emit(c, OP_DICT_UPDATE, 1)) return false;
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements > 0) {
        if (!subdict(c, e, n - elements, n)) return false;
        if (have_dict && !codegen_emit(c, OP_DICT_UPDATE, 1)) return false;
        have_dict = true;
    }
    return have_dict || codegen_emit(c, OP_BUILD_MAP, 0);
}

/* ---- boolean and conditional ---- */

/* Comparator [i] of a Compare; the last one of `in` / `not in` may be a constant
 * tuple or frozenset instead of a list or set display. */
static bool comparator(Compiler *c, Node *e, size_t i) {
    Node *x = ast_get(e->Compare.comparators, i);
    int op = ast_cmpop_get(e, i);
    if (i + 1 == ast_len(e->Compare.comparators) && (op == AST_IN || op == AST_NOT_IN))
        return codegen_iter_expr(c, x);
    return codegen_expr(c, x);
}

static bool boolop(Compiler *c, Node *e) {
    int end = codegen_new_label(c);
    if (end < 0) return false;
    int op = e->BoolOp.op == AST_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    size_t n = ast_len(e->BoolOp.values);
    for (size_t i = 0; i + 1 < n; i++) {
        if (!codegen_expr(c, ast_get(e->BoolOp.values, i)) || !codegen_emit_jump(c, op, end))
            return false;
    }
    if (n > 0 && !codegen_expr(c, ast_get(e->BoolOp.values, n - 1))) return false;
    return codegen_bind(c, end);
}

static bool compare(Compiler *c, Node *e) {
    if (!codegen_warn_compare(c, e)) return false;
    size_t n = ast_len(e->Compare.comparators);
    if (!codegen_expr(c, e->Compare.left)) return false;
    if (n == 1)
        return comparator(c, e, 0) && emit_compare(c, ast_cmpop_get(e, 0));
    int cleanup = codegen_new_label(c), end = codegen_new_label(c);
    if (cleanup < 0 || end < 0) return false;
    for (size_t i = 0; i + 1 < n; i++) {
        if (!codegen_expr(c, ast_get(e->Compare.comparators, i)) || !codegen_emit(c, OP_SWAP, 2) ||
            !codegen_emit(c, OP_COPY, 2) || !emit_compare(c, ast_cmpop_get(e, i)) ||
            !codegen_emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup))
            return false;
    }
    if (!comparator(c, e, n - 1) || !emit_compare(c, ast_cmpop_get(e, n - 1)) ||
        !codegen_emit_jump(c, OP_JUMP, end))
        return false;
    return codegen_bind(c, cleanup) && codegen_emit(c, OP_SWAP, 2) &&
           codegen_emit(c, OP_POP_TOP, 0) && codegen_bind(c, end);
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
        SrcPos old = codegen_set_loc(c, e);
        bool ok = codegen_emit_jump(c, OP_JUMP, label);
        codegen_restore_loc(c, old);
        return ok;
    }
    switch (e->kind) {
    case AST_UNARY_OP:
        if (e->UnaryOp.op == AST_NOT) return codegen_jump_if(c, e->UnaryOp.operand, label, !cond);
        break;
    case AST_BOOL_OP: {
        size_t n = ast_len(e->BoolOp.values);
        if (n == 0) break;
        bool cond2 = e->BoolOp.op == AST_OR;
        int next2 = label;
        if (cond2 != cond) {
            next2 = codegen_new_label(c);
            if (next2 < 0) return false;
        }
        for (size_t i = 0; i + 1 < n; i++)
            if (!codegen_jump_if(c, ast_get(e->BoolOp.values, i), next2, cond2)) return false;
        if (!codegen_jump_if(c, ast_get(e->BoolOp.values, n - 1), label, cond)) return false;
        return next2 == label || codegen_bind(c, next2);
    }
    case AST_IF_EXP: {
        int end = codegen_new_label(c), next2 = codegen_new_label(c);
        if (end < 0 || next2 < 0) return false;
        return codegen_jump_if(c, e->IfExp.test, next2, false) &&
               codegen_jump_if(c, e->IfExp.body, label, cond) &&
               codegen_emit_jump(c, OP_JUMP, end) && codegen_bind(c, next2) &&
               codegen_jump_if(c, e->IfExp.orelse, label, cond) && codegen_bind(c, end);
    }
    case AST_COMPARE: {
        // CPython 3.11 leaves the comparison's location in force for the rest of the
        // statement (the assert's LOAD_ASSERTION_ERROR/RAISE, the jumps of `a < b and c`).
        codegen_set_loc(c, e);
        size_t n = ast_len(e->Compare.comparators);
        if (n < 2) break;
        int cleanup = codegen_new_label(c), end = codegen_new_label(c);
        if (cleanup < 0 || end < 0) return false;
        if (!codegen_expr(c, e->Compare.left)) return false;
        for (size_t i = 0; i + 1 < n; i++) {
            if (!codegen_expr(c, ast_get(e->Compare.comparators, i)) ||
                !codegen_emit(c, OP_SWAP, 2) || !codegen_emit(c, OP_COPY, 2) ||
                !emit_compare(c, ast_cmpop_get(e, i)) ||
                !codegen_emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup))
                return false;
        }
        if (!comparator(c, e, n - 1) || !emit_compare(c, ast_cmpop_get(e, n - 1)) ||
            !codegen_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label) ||
            !codegen_emit_jump(c, OP_JUMP, end) || !codegen_bind(c, cleanup) ||
            !codegen_emit(c, OP_POP_TOP, 0))
            return false;
        if (!cond && !codegen_emit_jump(c, OP_JUMP, label)) return false;
        return codegen_bind(c, end);
    }
    default:
        break;
    }
    return codegen_expr(c, e) &&
           codegen_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

bool codegen_jump_if(Compiler *c, Node *e, int label, bool cond) {
    if (!symtable_depth_enter(c->I, &c->depth)) return false;
    bool ok = jump_if_inner(c, e, label, cond);
    symtable_depth_leave(&c->depth);
    return ok;
}

static bool ifexp(Compiler *c, Node *e) {
    int end = codegen_new_label(c), next = codegen_new_label(c);
    if (end < 0 || next < 0) return false;
    return codegen_jump_if(c, e->IfExp.test, next, false) && codegen_expr(c, e->IfExp.body) &&
           codegen_emit_jump(c, OP_JUMP, end) && codegen_bind(c, next) &&
           codegen_expr(c, e->IfExp.orelse) && codegen_bind(c, end);
}

/* ---- f-strings, slices, yield ---- */

static bool formatted_value(Compiler *c, Node *e) {
    if (!codegen_expr(c, e->FormattedValue.value)) return false;
    uint32_t oparg = 0;
    switch (e->FormattedValue.conversion) {
    case AST_CONV_STR: oparg = 1; break;
    case AST_CONV_REPR: oparg = 2; break;
    case AST_CONV_ASCII: oparg = 3; break;
    case AST_CONV_NONE: oparg = 0; break;
    default:
        // only a tree from an AST object (ast_import.c) has other values
        exc_raise(c->I, TY_SYSTEM_ERROR, "Unrecognized conversion character %d",
                  e->FormattedValue.conversion);
        return false;
    }
    if (e->FormattedValue.format_spec != NULL) {
        if (!codegen_expr(c, e->FormattedValue.format_spec)) return false;
        oparg |= 4;
    }
    return codegen_emit(c, OP_FORMAT_VALUE, oparg);
}

static bool joined_str(Compiler *c, Node *e) {
    size_t n = ast_len(e->JoinedStr.values);
    if (!expr_list(c, e->JoinedStr.values)) return false;
    return n == 1 || codegen_emit(c, OP_BUILD_STRING, (uint32_t)n);
}

static bool slice(Compiler *c, Node *e) {
    Interp *I = c->I;
    if (e->Slice.lower != NULL ? !codegen_expr(c, e->Slice.lower) : !codegen_load_const(c, I->none))
        return false;
    if (e->Slice.upper != NULL ? !codegen_expr(c, e->Slice.upper) : !codegen_load_const(c, I->none))
        return false;
    if (e->Slice.step != NULL) {
        if (!codegen_expr(c, e->Slice.step)) return false;
        return codegen_emit(c, OP_BUILD_SLICE, 3);
    }
    return codegen_emit(c, OP_BUILD_SLICE, 2);
}

/* Emits the SEND / YIELD_VALUE loop that delegates to the iterator on the stack. */
bool codegen_yield_from_loop(Compiler *c) {
    int start = codegen_new_label(c), exit = codegen_new_label(c);
    if (start < 0 || exit < 0) return false;
    return codegen_bind(c, start) && codegen_emit_jump(c, OP_SEND, exit) &&
           codegen_emit(c, OP_YIELD_VALUE, 0) && codegen_emit_jump(c, OP_JUMP, start) &&
           codegen_bind(c, exit);
}

static bool check_in_function(Compiler *c, const char *what) {
    if (c->u->ste->kind != SCOPE_FUNCTION) return codegen_error(c, "'%s' outside function", what);
    return true;
}

/* Emits `await` of the value on the stack ([where]: GET_AWAITABLE's operand). */
bool codegen_await_tos(Compiler *c, unsigned where) {
    return codegen_emit(c, OP_GET_AWAITABLE, where) && codegen_load_const(c, c->I->none) &&
           codegen_yield_from_loop(c);
}

static bool await_expr(Compiler *c, Node *e) {
    Scope *s = c->u->ste;
    if (s->kind != SCOPE_FUNCTION) return codegen_error(c, "'await' outside function");
    if (!s->is_async && s->comp_kind == COMP_NONE)
        return codegen_error(c, "'await' outside async function");
    return codegen_expr(c, e->Await.value) && codegen_await_tos(c, 0);
}

/* ---- '%s' % (a, b) as an f-string (CPython 3.11's optimizer) ---- */

/* Parses one %-unit after the '%' at [*pos]: flags, width, precision, type. False for
 * anything but a simple %s / %r / %a unit. */
static bool simple_unit(BView f, size_t *pos, int *conv, bool *ljust, int64_t *width,
                        int64_t *prec) {
    size_t p = *pos;
    int ch = bview_get(f, p++);
    *ljust = false;
    *width = *prec = -1;
    while (ch == '-' || ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
        if (ch == '-') *ljust = true;
        ch = bview_get(f, p++);
    }
    if (ch >= '0' && ch <= '9') {
        *width = 0;
        while (ch >= '0' && ch <= '9') {
            *width = *width * 10 + (ch - '0');
            if (*width > 100000000) return false;
            ch = bview_get(f, p++);
        }
    }
    if (ch == '.') {
        ch = bview_get(f, p++);
        *prec = 0;
        while (ch >= '0' && ch <= '9') {
            *prec = *prec * 10 + (ch - '0');
            if (*prec > 100000000) return false;
            ch = bview_get(f, p++);
        }
    }
    if (ch != 's' && ch != 'r' && ch != 'a') return false;
    *conv = ch == 's' ? 1 : ch == 'r' ? 2 : 3;
    *pos = p;
    return true;
}

/* Literal text from [*pos] to the next lone '%' ("%%" becomes "%"), into [out]. */
static KStatus literal_part(Interp *I, BView f, size_t *pos, Buf *out) {
    size_t p = *pos;
    buf_clear(out);
    while (p < f.n) {
        int ch = bview_get(f, p);
        if (ch != '%') {
            KStatus st = buf_push(I->heap, out, (uint8_t)ch);
            if (st != K_OK) return st;
            p++;
        } else if (bview_get(f, p + 1) == '%') {
            KStatus st = buf_push(I->heap, out, '%');
            if (st != K_OK) return st;
            p += 2;
        } else {
            break;
        }
    }
    *pos = p;
    return K_OK;
}

/* First pass: true when every unit of [f] is a simple %s/%r/%a and there is exactly one
 * per item of [elts]. */
static bool format_applies(BView f, size_t nelts) {
    size_t pos = 0, count = 0;
    for (;;) {
        while (pos < f.n) {
            if (bview_get(f, pos) != '%') pos++;
            else if (bview_get(f, pos + 1) == '%') pos += 2;
            else break;
        }
        if (pos >= f.n) break;
        if (count >= nelts) return false;
        pos++;
        int conv;
        bool ljust;
        int64_t width, prec;
        if (!simple_unit(f, &pos, &conv, &ljust, &width, &prec)) return false;
        count++;
    }
    return count == nelts;
}

/* 1 compiled as an f-string, 0 not applicable, -1 error. */
static int percent_format(Compiler *c, Node *e) {
    Interp *I = c->I;
    Node *l = e->BinOp.left, *r = e->BinOp.right;
    if (e->BinOp.op != AST_MOD || l->kind != AST_CONSTANT || l->Constant.ckind != AST_CONST_STR ||
        r->kind != AST_TUPLE)
        return 0;
    NodeList *elts = r->Tuple.elts;
    size_t n = ast_len(elts);
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(elts, i);
        if (x == NULL || x->kind == AST_STARRED) return 0;
    }
    BView f = l->Constant.value;
    if (!format_applies(f, n)) return 0;
    size_t pos = 0, pieces = 0, item = 0;
    Buf lit;
    buf_init(&lit);
    for (;;) {
        if (literal_part(I, f, &pos, &lit) != K_OK) {
            exc_nomem(I);
            return -1;
        }
        if (lit.len > 0) {
            Value s = str_new(I, buf_view(&lit));
            if (s == VAL_NULL || !codegen_load_const(c, s)) return -1;
            pieces++;
        }
        if (pos >= f.n) break;
        pos++;
        int conv;
        bool ljust;
        int64_t width, prec;
        if (!simple_unit(f, &pos, &conv, &ljust, &width, &prec)) return -1;
        Node *arg = ast_get(elts, item++);
        if (!codegen_expr(c, arg)) return -1;
        Value spec = VAL_NULL;
        if (width >= 0 || prec >= 0) {
            // The format spec CPython writes: [>]width[.prec] ('-' keeps str's left align).
            Buf sb;
            buf_init(&sb);
            KStatus st = K_OK;
            if (!ljust && width > 0) st = buf_push(I->heap, &sb, '>');
            if (st == K_OK && width >= 0) st = buf_append_i64(I->heap, &sb, width);
            if (st == K_OK && prec >= 0) st = buf_push(I->heap, &sb, '.');
            if (st == K_OK && prec >= 0) st = buf_append_i64(I->heap, &sb, prec);
            if (st != K_OK) {
                exc_nomem(I);
                return -1;
            }
            spec = str_new(I, buf_view(&sb));
            if (spec == VAL_NULL) return -1;
        }
        SrcPos old = codegen_set_loc(c, arg);
        bool ok = (spec == VAL_NULL || codegen_load_const(c, spec)) &&
                  codegen_emit(c, OP_FORMAT_VALUE, (uint32_t)conv | (spec != VAL_NULL ? 4u : 0u));
        codegen_restore_loc(c, old);
        if (!ok) return -1;
        pieces++;
    }
    if (pieces != 1 && !codegen_emit(c, OP_BUILD_STRING, (uint32_t)pieces)) return -1;
    return 1;
}

/* `not (a is b)` is compiled as `a is not b` (likewise is not / in / not in), as
 * CPython's optimizer does. True when done (*ok: 1 success, 0 error). */
static bool negated_compare(Compiler *c, Node *cmp, int *ok) {
    if (cmp->kind != AST_COMPARE || ast_len(cmp->Compare.comparators) != 1) return false;
    int op = ast_cmpop_get(cmp, 0), inv;
    switch (op) {
    case AST_IS: inv = AST_IS_NOT; break;
    case AST_IS_NOT: inv = AST_IS; break;
    case AST_IN: inv = AST_NOT_IN; break;
    case AST_NOT_IN: inv = AST_IN; break;
    default: return false;
    }
    SrcPos old = codegen_set_loc(c, cmp);
    *ok = codegen_expr(c, cmp->Compare.left) && comparator(c, cmp, 0) && emit_compare(c, inv);
    codegen_restore_loc(c, old);
    return true;
}

/* ---- the dispatcher ---- */

static bool expr_inner(Compiler *c, Node *e) {
    Interp *I = c->I;
    switch (e->kind) {
    case AST_BOOL_OP:
        return boolop(c, e);
    case AST_NAMED_EXPR:
        return codegen_expr(c, e->NamedExpr.value) && codegen_emit(c, OP_COPY, 1) &&
               codegen_store(c, e->NamedExpr.target);
    case AST_BIN_OP: {
        Value v;
        int r = codegen_try_fold(c, e, &v);
        if (r != 0) return r > 0 && codegen_load_const(c, v);
        r = percent_format(c, e);
        if (r != 0) return r > 0;
        uint32_t op = (uint32_t)binop_of(e->BinOp.op);
        if (!codegen_expr(c, e->BinOp.left)) return false;
        op |= codegen_binop_tmp(c, e->BinOp.left, BINOP_TMP_LEFT);
        if (!codegen_expr(c, e->BinOp.right)) return false;
        op |= codegen_binop_tmp(c, e->BinOp.right, BINOP_TMP_RIGHT);
        return codegen_emit(c, OP_BINARY_OP, op);
    }
    case AST_UNARY_OP: {
        Value v;
        int r = codegen_try_fold(c, e, &v);
        if (r != 0) return r > 0 && codegen_load_const(c, v);
        if (e->UnaryOp.op == AST_NOT && negated_compare(c, e->UnaryOp.operand, &r))
            return r > 0;
        if (!codegen_expr(c, e->UnaryOp.operand)) return false;
        switch (e->UnaryOp.op) {
        case AST_INVERT: return codegen_emit(c, OP_UNARY_INVERT, 0);
        case AST_NOT: return codegen_emit(c, OP_UNARY_NOT, 0);
        case AST_UADD: return codegen_emit(c, OP_UNARY_POSITIVE, 0);
        default: return codegen_emit(c, OP_UNARY_NEGATIVE, 0);
        }
    }
    case AST_LAMBDA:
        return codegen_lambda(c, e);
    case AST_IF_EXP:
        return ifexp(c, e);
    case AST_DICT:
        return dict_display(c, e);
    case AST_SET:
        return codegen_starunpack(c, e->Set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE,
                                  false);
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP:
        return codegen_comprehension(c, e);
    case AST_AWAIT:
        return await_expr(c, e);
    case AST_YIELD:
        if (!check_in_function(c, "yield")) return false;
        if (e->Yield.value != NULL ? !codegen_expr(c, e->Yield.value)
                                   : !codegen_load_const(c, I->none))
            return false;
        if (c->u->ste->is_async && !codegen_emit(c, OP_ASYNC_GEN_WRAP, 0)) return false;
        return codegen_emit(c, OP_YIELD_VALUE, 0);
    case AST_YIELD_FROM:
        if (!check_in_function(c, "yield")) return false;
        if (c->u->ste->is_async && c->u->ste->comp_kind == COMP_NONE)
            return codegen_error(c, "'yield from' inside async function");
        return codegen_expr(c, e->YieldFrom.value) && codegen_emit(c, OP_GET_YIELD_FROM_ITER, 0) &&
               codegen_load_const(c, I->none) && codegen_yield_from_loop(c);
    case AST_COMPARE:
        return compare(c, e);
    case AST_CALL:
        return codegen_call(c, e);
    case AST_FORMATTED_VALUE:
        return formatted_value(c, e);
    case AST_JOINED_STR:
        return joined_str(c, e);
    case AST_CONSTANT: {
        Value v = codegen_constant_value(c, e);
        return v != VAL_NULL && codegen_load_const(c, v);
    }
    case AST_ATTRIBUTE:
        if (e->Attribute.ctx != AST_LOAD) return codegen_store(c, e);
        if (!codegen_expr(c, e->Attribute.value)) return false;
        codegen_loc_match_attr(c, e);
        return codegen_emit_name(c, OP_LOAD_ATTR, codegen_ident(c, e->Attribute.attr), true);
    case AST_SUBSCRIPT:
        if (e->Subscript.ctx != AST_LOAD) return codegen_store(c, e);
        {
            Value v;
            int r = codegen_try_fold(c, e, &v);
            if (r != 0) return r > 0 && codegen_load_const(c, v);
        }
        if (!codegen_warn_subscript(c, e)) return false;
        return codegen_expr(c, e->Subscript.value) && codegen_expr(c, e->Subscript.slice) &&
               codegen_emit(c, OP_BINARY_SUBSCR, 0);
    case AST_STARRED:
        if (e->Starred.ctx == AST_STORE)
            return codegen_error(c, "starred assignment target must be in a list or tuple");
        return codegen_error(c, "can't use starred expression here");
    case AST_NAME: {
        Value name = codegen_ident(c, e->Name.id);
        return name != VAL_NULL && codegen_nameop(c, name, e->Name.ctx);
    }
    case AST_LIST:
        if (e->List.ctx != AST_LOAD) return codegen_store(c, e);
        return codegen_starunpack(c, e->List.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                             false);
    case AST_TUPLE:
        if (e->Tuple.ctx != AST_LOAD) return codegen_store(c, e);
        {
            Value v;
            int r = codegen_try_fold(c, e, &v);
            if (r != 0) return r > 0 && codegen_load_const(c, v);
        }
        return codegen_starunpack(c, e->Tuple.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND,
                                  OP_LIST_EXTEND, true);
    case AST_SLICE:
        return slice(c, e);
    default:
        exc_raise(I, TY_SYSTEM_ERROR, "compiler: unexpected %s expression",
                  ast_kind_name(e->kind));
        return false;
    }
}

bool codegen_expr(Compiler *c, Node *e) {
    if (e == NULL) {
        exc_raise(c->I, TY_SYSTEM_ERROR, "compiler: missing expression");
        return false;
    }
    if (!symtable_depth_enter(c->I, &c->depth)) return false;
    SrcPos old = codegen_set_loc(c, e);
    bool ok = expr_inner(c, e);
    codegen_restore_loc(c, old);
    symtable_depth_leave(&c->depth);
    return ok;
}

/* ---- assignment and deletion targets ---- */

static bool unpack_target(Compiler *c, NodeList *elts) {
    size_t n = ast_len(elts);
    bool seen_star = false;
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(elts, i);
        if (x == NULL || x->kind != AST_STARRED) continue;
        if (seen_star) return codegen_error(c, "multiple starred expressions in assignment");
        size_t after = n - i - 1;
        if (i >= 256 || after >= (1u << 16))
            return codegen_error(c, "too many expressions in star-unpacking assignment");
        if (!codegen_emit(c, OP_UNPACK_EX, (uint32_t)(i | (after << 8)))) return false;
        seen_star = true;
    }
    if (!seen_star && !codegen_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n)) return false;
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(elts, i);
        if (x == NULL) continue;
        if (x->kind == AST_STARRED) {
            SrcPos old = codegen_set_loc(c, x);
            bool ok = codegen_store(c, x->Starred.value);
            codegen_restore_loc(c, old);
            if (!ok) return false;
        } else if (!codegen_store(c, x)) {
            return false;
        }
    }
    return true;
}

static bool store_inner(Compiler *c, Node *t) {
    switch (t->kind) {
    case AST_NAME: {
        Value name = codegen_ident(c, t->Name.id);
        return name != VAL_NULL && codegen_nameop(c, name, AST_STORE);
    }
    case AST_ATTRIBUTE:
        if (!codegen_expr(c, t->Attribute.value)) return false;
        codegen_loc_match_attr(c, t);
        return codegen_emit_name(c, OP_STORE_ATTR, codegen_ident(c, t->Attribute.attr), true);
    case AST_SUBSCRIPT:
        return codegen_expr(c, t->Subscript.value) && codegen_expr(c, t->Subscript.slice) &&
               codegen_emit(c, OP_STORE_SUBSCR, 0);
    case AST_TUPLE:
    case AST_LIST:
        return unpack_target(c, t->List.elts);
    case AST_STARRED:
        return codegen_error(c, "starred assignment target must be in a list or tuple");
    default:
        return codegen_error(c, "cannot assign to %s", ast_kind_name(t->kind));
    }
}

bool codegen_store(Compiler *c, Node *t) {
    if (!symtable_depth_enter(c->I, &c->depth)) return false;
    SrcPos old = codegen_set_loc(c, t);
    bool ok = store_inner(c, t);
    codegen_restore_loc(c, old);
    symtable_depth_leave(&c->depth);
    return ok;
}

static bool delete_inner(Compiler *c, Node *t) {
    switch (t->kind) {
    case AST_NAME: {
        Value name = codegen_ident(c, t->Name.id);
        return name != VAL_NULL && codegen_nameop(c, name, AST_DEL);
    }
    case AST_ATTRIBUTE:
        if (!codegen_expr(c, t->Attribute.value)) return false;
        codegen_loc_match_attr(c, t);
        return codegen_emit_name(c, OP_DELETE_ATTR, codegen_ident(c, t->Attribute.attr), true);
    case AST_SUBSCRIPT:
        return codegen_expr(c, t->Subscript.value) && codegen_expr(c, t->Subscript.slice) &&
               codegen_emit(c, OP_DELETE_SUBSCR, 0);
    case AST_TUPLE:
    case AST_LIST: {
        size_t n = ast_len(t->List.elts);
        for (size_t i = 0; i < n; i++) {
            Node *x = ast_get(t->List.elts, i);
            if (x != NULL && !codegen_delete(c, x)) return false;
        }
        return true;
    }
    default:
        return codegen_error(c, "cannot delete %s", ast_kind_name(t->kind));
    }
}

bool codegen_delete(Compiler *c, Node *t) {
    if (!symtable_depth_enter(c->I, &c->depth)) return false;
    SrcPos old = codegen_set_loc(c, t);
    bool ok = delete_inner(c, t);
    codegen_restore_loc(c, old);
    symtable_depth_leave(&c->depth);
    return ok;
}
