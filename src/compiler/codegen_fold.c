/*
 * codegen_fold.c: constant folding, with the rules of CPython 3.11's AST optimizer:
 * unary and binary operators, subscripts and tuples whose operands are all constants are
 * computed at compile time, except where the result could be big (ints over 128 bits,
 * strings over 4096 characters, collections over 256 items) or the operation raises (the
 * error then happens at run time, as it would without folding).
 *
 * Invariant: folding only ever applies builtin operations to builtin constants (no user
 * code runs), and it recurses at most FOLD_MAX_DEPTH levels into the tree.
 */
#include "codegen.h"

#include "../objects/bytes.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/ops.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

#define FOLD_MAX_DEPTH 50
#define FOLD_MAX_INT_BITS 128
#define FOLD_MAX_COLLECTION 256
#define FOLD_MAX_STR 4096
#define FOLD_MAX_TOTAL_ITEMS 1024

static int fold(Compiler *c, Node *e, Value *out, int depth);

static bool is_int(Interp *I, Value v) { return int_check(I, v); }

static bool is_frozenset(Interp *I, Value v) {
    return set_check(v) && type_of(I, v) == interp_type(I, TY_FROZENSET);
}

/* Bits in |v| of an int, or -1 on error (exception cleared). */
static int64_t int_bits(Interp *I, Value v) {
    Value r = obj_call_method(I, v, "bit_length", vview_make(NULL, 0));
    int64_t bits;
    if (r == VAL_NULL || !int_to_i64(I, r, &bits)) {
        exc_clear(I);
        return -1;
    }
    return bits;
}

/* The int [v] as int64, or false (exception cleared) when it does not fit. */
static bool small_int(Interp *I, Value v, int64_t *out) {
    if (!int_to_i64(I, v, out)) {
        exc_clear(I);
        return false;
    }
    return true;
}

/* CPython's check_complexity: remaining budget after counting the items of nested
 * tuples / frozensets in [v], negative when over. */
static int64_t complexity(Interp *I, Value v, int64_t limit, int depth) {
    if (depth > FOLD_MAX_DEPTH) return -1;
    if (tuple_check(v)) {
        limit -= (int64_t)tuple_len(v);
        for (size_t i = 0; limit >= 0 && i < tuple_len(v); i++)
            limit = complexity(I, tuple_get(v, i), limit, depth + 1);
    } else if (is_frozenset(I, v)) {
        limit -= (int64_t)set_len(v);
        size_t pos = 0;
        Value k;
        while (limit >= 0 && set_next(v, &pos, &k)) limit = complexity(I, k, limit, depth + 1);
    }
    return limit;
}

static int64_t seq_size(Interp *I, Value v) {
    if (tuple_check(v)) return (int64_t)tuple_len(v);
    if (is_frozenset(I, v)) return (int64_t)set_len(v);
    if (str_check(v)) return (int64_t)str_len(v);
    if (bytes_check(v)) return (int64_t)bytes_view(v).n;
    return -1;
}

/* True when folding v * w cannot produce something too big. */
static bool multiply_ok(Interp *I, Value v, Value w) {
    if (is_int(I, v) && is_int(I, w)) {
        if (int_sign(I, v) == 0 || int_sign(I, w) == 0) return true;
        int64_t vb = int_bits(I, v), wb = int_bits(I, w);
        return vb >= 0 && wb >= 0 && vb + wb <= FOLD_MAX_INT_BITS;
    }
    if (!is_int(I, v)) {
        if (!is_int(I, w)) return true; // not a repetition: the operation decides
        Value t = v;
        v = w;
        w = t;
    }
    int64_t size = seq_size(I, w);
    if (size <= 0) return true;
    int64_t n;
    if (!small_int(I, v, &n) || n < 0) return false;
    if (tuple_check(w) || is_frozenset(I, w)) {
        if (n > FOLD_MAX_COLLECTION / size) return false;
        return n == 0 || complexity(I, w, FOLD_MAX_TOTAL_ITEMS / n, 0) >= 0;
    }
    return n <= FOLD_MAX_STR / size;
}

static bool power_ok(Interp *I, Value v, Value w) {
    if (!is_int(I, v) || !is_int(I, w)) return true;
    if (int_sign(I, v) == 0 || int_sign(I, w) <= 0) return true;
    int64_t vb = int_bits(I, v), wn;
    if (vb < 0 || !small_int(I, w, &wn)) return false;
    return vb <= FOLD_MAX_INT_BITS / wn;
}

static bool lshift_ok(Interp *I, Value v, Value w) {
    if (!is_int(I, v) || !is_int(I, w)) return true;
    if (int_sign(I, v) == 0 || int_sign(I, w) == 0) return true;
    int64_t vb = int_bits(I, v), wn;
    if (vb < 0 || !small_int(I, w, &wn) || wn < 0) return false;
    return wn <= FOLD_MAX_INT_BITS && vb <= FOLD_MAX_INT_BITS - wn;
}

/* Result of an operation tried at compile time: 1 and *out, or 0 (error cleared). */
static int take(Interp *I, Value r, Value *out) {
    if (r == VAL_NULL) {
        if (exc_pending_is(I, TY_MEMORY_ERROR)) return -1;
        exc_clear(I);
        return 0;
    }
    *out = r;
    return 1;
}

static int fold_binop(Compiler *c, Node *e, Value *out, int depth) {
    Interp *I = c->I;
    Value a, b;
    int r = fold(c, e->BinOp.left, &a, depth + 1);
    if (r <= 0) return r;
    r = fold(c, e->BinOp.right, &b, depth + 1);
    if (r <= 0) return r;
    switch (e->BinOp.op) {
    case AST_MULT:
        if (!multiply_ok(I, a, b)) return 0;
        break;
    case AST_POW:
        if (!power_ok(I, a, b)) return 0;
        break;
    case AST_LSHIFT:
        if (!lshift_ok(I, a, b)) return 0;
        break;
    case AST_MOD:
        if (str_check(a) || bytes_check(a)) return 0; // %-formatting stays at run time
        break;
    case AST_MAT_MULT:
        return 0;
    default:
        break;
    }
    return take(I, obj_binop(I, a, b, (BinOp)codegen_binop_of(e->BinOp.op)), out);
}

static int fold_unaryop(Compiler *c, Node *e, Value *out, int depth) {
    Interp *I = c->I;
    Value v;
    int r = fold(c, e->UnaryOp.operand, &v, depth + 1);
    if (r <= 0) return r;
    switch (e->UnaryOp.op) {
    case AST_NOT: {
        int t = obj_truth(I, v);
        if (t < 0) return take(I, VAL_NULL, out);
        *out = interp_bool(I, t == 0);
        return 1;
    }
    case AST_INVERT: return take(I, obj_unary(I, v, UN_INVERT), out);
    case AST_UADD: return take(I, obj_unary(I, v, UN_POS), out);
    default: return take(I, obj_unary(I, v, UN_NEG), out);
    }
}

static int fold_elts(Compiler *c, NodeList *elts, Value *out, int depth) {
    size_t n = ast_len(elts);
    Value t = tuple_new(c->I, n);
    if (t == VAL_NULL) return -1;
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(elts, i);
        Value v;
        if (x == NULL || x->kind == AST_STARRED) return 0;
        int r = fold(c, x, &v, depth + 1);
        if (r <= 0) return r;
        tuple_init_item(t, i, v);
    }
    *out = n == 0 ? c->I->empty_tuple : t;
    return 1;
}

static int fold(Compiler *c, Node *e, Value *out, int depth) {
    if (e == NULL || depth > FOLD_MAX_DEPTH) return 0;
    switch (e->kind) {
    case AST_CONSTANT: {
        Value v = codegen_constant_value(c, e);
        if (v == VAL_NULL) return -1;
        *out = v;
        return 1;
    }
    case AST_NAME:
        if (e->Name.ctx != AST_LOAD || !bview_eq_cstr(e->Name.id, "__debug__")) return 0;
        *out = c->cs->optimize > 0 ? c->I->false_ : c->I->true_;
        return 1;
    case AST_UNARY_OP:
        return fold_unaryop(c, e, out, depth);
    case AST_BIN_OP:
        return fold_binop(c, e, out, depth);
    case AST_TUPLE:
        if (e->Tuple.ctx != AST_LOAD) return 0;
        return fold_elts(c, e->Tuple.elts, out, depth);
    case AST_SUBSCRIPT: {
        if (e->Subscript.ctx != AST_LOAD || e->Subscript.slice->kind == AST_SLICE) return 0;
        Value v, k;
        int r = fold(c, e->Subscript.value, &v, depth + 1);
        if (r <= 0) return r;
        r = fold(c, e->Subscript.slice, &k, depth + 1);
        if (r <= 0) return r;
        return take(c->I, obj_getitem(c->I, v, k), out);
    }
    default:
        return 0;
    }
}

int codegen_try_fold(Compiler *c, Node *e, Value *out) {
    if (e == NULL) return 0;
    // Only operator trees are worth trying: a lone name or call never folds.
    switch (e->kind) {
    case AST_CONSTANT:
    case AST_UNARY_OP:
    case AST_BIN_OP:
    case AST_TUPLE:
    case AST_SUBSCRIPT:
    case AST_NAME:
        return fold(c, e, out, 0);
    default:
        return 0;
    }
}

Value codegen_frozenset_const(Compiler *c, Value items) {
    Interp *I = c->I;
    // CPython builds the frozenset, then (merging constants) rebuilds it from its own
    // iteration order; the second table's order is what programs observe.
    Value first = set_new(I, true);
    if (first == VAL_NULL || !set_update(I, first, items)) return VAL_NULL;
    Value second = set_new(I, true);
    if (second == VAL_NULL) return VAL_NULL;
    size_t pos = 0;
    Value k;
    while (set_next(first, &pos, &k))
        if (!set_add(I, second, k)) return VAL_NULL;
    // Equal frozenset constants of one compilation are one object (CPython merges
    // constants module-wide), so the first one's order wins.
    for (size_t i = 0; i < c->frozensets.len; i++) {
        Value old = vec_get(&c->frozensets, i);
        if (set_len(old) != set_len(second)) continue;
        int eq = obj_eq(I, old, second);
        if (eq < 0) return VAL_NULL;
        if (eq > 0) return old;
    }
    if (vec_push(I->heap, &c->frozensets, second) != K_OK) return exc_nomem(I);
    return second;
}

int codegen_fold_iterable(Compiler *c, Node *e, Value *out) {
    Interp *I = c->I;
    if (e->kind == AST_LIST && e->List.ctx == AST_LOAD) return fold_elts(c, e->List.elts, out, 0);
    if (e->kind == AST_SET) {
        Value t;
        int r = fold_elts(c, e->Set.elts, &t, 0);
        if (r <= 0) return r;
        return take(I, codegen_frozenset_const(c, t), out);
    }
    return codegen_try_fold(c, e, out);
}
