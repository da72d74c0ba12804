/*
 * codegen.c: compile units, instruction emission, constant and name tables, frame
 * blocks, SyntaxError reporting, and the module-level entry point (codegen_module).
 *
 * Invariant: a unit's cellvars and freevars tables are complete when the unit is opened
 * (taken from the symbol table, sorted by name as CPython does), so DEREF operands
 * (cells first, then frees) never move; varnames start with the parameters in order
 * and grow as locals are first used.
 */
#include "codegen.h"

#include <math.h>
#include <stdarg.h>

#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "unparse.h"

/* ---- errors and locations ---- */

bool codegen_error(Compiler *c, const char *fmt, ...) {
    SrcPos p = c->u != NULL ? c->u->loc : (SrcPos){0, 0, 0, 0};
    va_list ap;
    va_start(ap, fmt);
    symtable_verrorf(c->I, c->cs, p.line, p.col, p.end_line, p.end_col, fmt, ap);
    va_end(ap);
    return false;
}

bool codegen_error_at(Compiler *c, const Node *n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    symtable_verrorf(c->I, c->cs, n->lineno, n->col_offset, n->end_lineno, n->end_col_offset,
                     fmt, ap);
    va_end(ap);
    return false;
}

SrcPos codegen_pos_of(const Node *n) {
    SrcPos p = {n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
    return p;
}

SrcPos codegen_set_loc(Compiler *c, const Node *n) {
    SrcPos old = c->u->loc;
    c->u->loc = codegen_pos_of(n);
    c->u->artificial = false;
    return old;
}

void codegen_restore_loc(Compiler *c, SrcPos p) {
    c->u->loc = p;
    c->u->artificial = false;
}

Value codegen_annotation_text(Compiler *c, const Node *n) {
    return unparse_expr(c->I, &c->depth, n);
}

/* ---- small-int vectors ---- */

static bool nomem(Compiler *c) {
    exc_nomem(c->I);
    return false;
}

static bool push_int(Compiler *c, ValVec *v, int64_t x) {
    if (vec_push(c->I->heap, v, val_from_small((intptr_t)x)) != K_OK) return nomem(c);
    return true;
}

static int64_t get_int(const ValVec *v, size_t i) {
    Value x = vec_get(v, i);
    return x == VAL_NULL ? 0 : (int64_t)val_small(x);
}

/* ---- emission ---- */

static int64_t clamp_pos(int32_t x) { return x < 0 ? 0 : (int64_t)x; }

// Whether a label is bound at instruction index [pos].
static bool label_at(const Unit *u, size_t pos) {
    for (size_t i = 0; i < u->labels.len; i++) {
        Value v = vec_get(&u->labels, i);
        if (val_is_small(v) && val_small(v) == (intptr_t)pos) return true;
    }
    return false;
}

// Drops the line NOP that is the last instruction (codegen_emit_line_nop) when the
// instruction about to follow it (at [lines]) or the one before it is on its line, in the
// same block (no label bound between them).
static void drop_line_nop(Unit *u, int64_t lines) {
    size_t k = u->code.len - 1;
    u->line_nop = 0;
    int64_t nl = get_int(&u->pos_lines, k) >> 31;
    if (label_at(u, k + 1)) return;
    // (nor when a handler's region starts after it: its reference instruction)
    for (size_t h = 2; h < u->handlers.len; h += 4)
        if (get_int(&u->handlers, h) == (int64_t)k + 1) return;
    bool same = (lines >> 31) == nl ||
                (k > 0 && !label_at(u, k) && (get_int(&u->pos_lines, k - 1) >> 31) == nl);
    if (!same) return;
    (void)vec_pop(&u->code);
    (void)vec_pop(&u->pos_lines);
    (void)vec_pop(&u->pos_cols);
    (void)vec_pop(&u->hidx);
}

bool codegen_last_op_is(Compiler *c, int op) {
    Unit *u = c->u;
    return u->code.len > 0 && (get_int(&u->code, u->code.len - 1) & 0xff) == op;
}

bool codegen_emit(Compiler *c, int op, uint32_t arg) {
    Unit *u = c->u;
    if (arg > INSTR_ARG_MAX)
        return codegen_error(c, "too many constants, names or instructions in one code object");
    int64_t lines, cols;
    if (u->artificial && u->code.len > 0) {
        size_t from = u->art_from > 0 && u->art_from <= u->code.len ? u->art_from - 1
                                                                    : u->code.len - 1;
        lines = get_int(&u->pos_lines, from);
        cols = get_int(&u->pos_cols, from);
    } else {
        lines = (clamp_pos(u->loc.line) << 31) | clamp_pos(u->loc.end_line);
        cols = (clamp_pos(u->loc.col) << 31) | clamp_pos(u->loc.end_col);
    }
    u->art_from = 0;
    if (u->line_nop != 0 && u->line_nop == u->code.len) drop_line_nop(u, lines);
    return push_int(c, &u->code, (int64_t)op | ((int64_t)arg << 8)) &&
           push_int(c, &u->pos_lines, lines) && push_int(c, &u->pos_cols, cols) &&
           push_int(c, &u->hidx, u->cur_handler + 1);
}

bool codegen_emit_jump(Compiler *c, int op, int label) {
    if (label < 0) return false;
    return codegen_emit(c, op, (uint32_t)label);
}

void codegen_artificial_from(Compiler *c, size_t index) { c->u->art_from = index + 1; }

bool codegen_emit_line_nop(Compiler *c) {
    Unit *u = c->u;
    if (!codegen_emit(c, OP_NOP, 0)) return false;
    u->line_nop = u->code.len;
    return true;
}

bool codegen_emit_loop_jump(Compiler *c, int label) {
    Unit *u = c->u;
    bool join = label_at(u, u->code.len);
    u->artificial = true;
    if (!join) return codegen_emit_jump(c, OP_JUMP, label);
    SrcPos old = u->loc;
    SrcPos none = {0, 0, 0, 0};
    u->loc = none;
    u->artificial = false;
    bool ok = codegen_emit_jump(c, OP_JUMP, label);
    u->loc = old;
    u->artificial = true;
    return ok;
}

int codegen_new_label(Compiler *c) {
    Unit *u = c->u;
    if (!push_int(c, &u->labels, -1)) return -1;
    return (int)(u->labels.len - 1);
}

bool codegen_bind(Compiler *c, int label) {
    Unit *u = c->u;
    if (label < 0) return false;
    if (vec_set(&u->labels, (size_t)label, val_from_small((intptr_t)u->code.len)) != K_OK) {
        exc_raise(c->I, TY_SYSTEM_ERROR, "compiler: bad label");
        return false;
    }
    return true;
}

int codegen_push_handler(Compiler *c, int label, bool lasti, int delta) {
    Unit *u = c->u;
    if (label < 0) return -2;
    int prev = u->cur_handler;
    int h = (int)(u->handlers.len / 4);
    if (!push_int(c, &u->handlers, label) || !push_int(c, &u->handlers, lasti ? 1 : 0) ||
        !push_int(c, &u->handlers, (int64_t)u->code.len) || !push_int(c, &u->handlers, delta))
        return -2;
    u->cur_handler = h;
    return prev;
}

void codegen_set_handler(Compiler *c, int h) { c->u->cur_handler = h; }

/* ---- constants and names ---- */

static bool is_identifier_like(BView v) {
    for (size_t i = 0; i < v.n; i++) {
        int ch = bview_get(v, i);
        bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                  (ch >= '0' && ch <= '9') || ch == '_';
        if (!ok) return false;
    }
    return true;
}

static int64_t append_const(Compiler *c, Value v) {
    Unit *u = c->u;
    if (vec_push(c->I->heap, &u->consts, v) != K_OK) {
        nomem(c);
        return -1;
    }
    return (int64_t)u->consts.len - 1;
}

/* The merge key of constant [v] (CPython merges equal constants of a code object, so
 * `a = 1.5; b = 1.5; a is b`): (type, value) for exact ints, bools, strs and bytes, with
 * the sign for floats (0.0 and -0.0 stay apart), a tuple's element keys for tuples.
 * VAL_NULL (no exception) for values never merged (NaN, complex, frozenset...). */
static Value const_key(Interp *I, Value v, int depth) {
    Value ty = obj_val(type_of(I, v));
    if (depth > 50) return VAL_NULL;
    if (ty == obj_val(I->types[TY_FLOAT])) {
        double d = float_value(v);
        if (d != d) return VAL_NULL;
        return tuple_pack(I, 3, ty, v, signbit(d) ? I->true_ : I->false_);
    }
    if (ty == obj_val(I->types[TY_TUPLE])) {
        size_t n = tuple_len(v);
        Value keys = tuple_new(I, n);
        if (keys == VAL_NULL) return VAL_NULL;
        for (size_t i = 0; i < n; i++) {
            Value k = const_key(I, tuple_get(v, i), depth + 1);
            if (k == VAL_NULL) return VAL_NULL;
            tuple_init_item(keys, i, k);
        }
        return tuple_pack(I, 2, ty, keys);
    }
    if (ty == obj_val(I->types[TY_INT]) || ty == obj_val(I->types[TY_BOOL]) ||
        ty == obj_val(I->types[TY_STR]) || ty == obj_val(I->types[TY_BYTES]) || v == I->none ||
        v == I->ellipsis)
        return tuple_pack(I, 2, ty, v);
    return VAL_NULL;
}

int64_t codegen_add_const(Compiler *c, Value v) {
    Interp *I = c->I;
    Unit *u = c->u;
    if (val_is_small(v)) {
        Value idx = dict_get(I, u->const_ints, v);
        if (idx != VAL_NULL) return val_small(idx);
        int64_t i = append_const(c, v);
        if (i < 0 || !dict_set(I, u->const_ints, v, val_from_small((intptr_t)i))) return -1;
        return i;
    }
    if (v == I->none || v == I->true_ || v == I->false_ || v == I->ellipsis) {
        int k = v == I->none ? 0 : v == I->true_ ? 1 : v == I->false_ ? 2 : 3;
        if (u->singleton_idx[k] > 0) return u->singleton_idx[k] - 1;
        int64_t i = append_const(c, v);
        if (i >= 0) u->singleton_idx[k] = i + 1;
        return i;
    }
    if (val_kind(v) == K_STR && obj_ptr(v)->type == interp_type(I, TY_STR)) {
        if (is_identifier_like(str_view(v))) {
            v = str_intern(I, v);
            if (v == VAL_NULL) return -1;
        }
        Value idx = dict_get(I, u->const_strs, v);
        if (idx != VAL_NULL) return val_small(idx);
        if (I->exc != VAL_NULL) return -1;
        int64_t i = append_const(c, v);
        if (i < 0 || !dict_set(I, u->const_strs, v, val_from_small((intptr_t)i))) return -1;
        return i;
    }
    Value key = const_key(I, v, 0);
    if (key == VAL_NULL) {
        if (I->exc != VAL_NULL) return -1;
        return append_const(c, v);
    }
    Value idx = dict_get(I, u->const_strs, key);
    if (idx != VAL_NULL) return val_small(idx);
    if (I->exc != VAL_NULL) return -1;
    int64_t i = append_const(c, v);
    if (i < 0 || !dict_set(I, u->const_strs, key, val_from_small((intptr_t)i))) return -1;
    return i;
}

bool codegen_load_const(Compiler *c, Value v) {
    int64_t i = codegen_add_const(c, v);
    if (i < 0) return false;
    return codegen_emit(c, OP_LOAD_CONST, (uint32_t)(i > INSTR_ARG_MAX ? INSTR_ARG_MAX + 1u : i));
}

/* Index of [name] in table [vec]/[map], appending it when absent. */
static int64_t table_index(Compiler *c, ValVec *vec, Value map, Value name) {
    Interp *I = c->I;
    Value idx = dict_get(I, map, name);
    if (idx != VAL_NULL) return val_small(idx);
    if (I->exc != VAL_NULL) return -1;
    if (vec_push(I->heap, vec, name) != K_OK) {
        nomem(c);
        return -1;
    }
    int64_t i = (int64_t)vec->len - 1;
    if (!dict_set(I, map, name, val_from_small((intptr_t)i))) return -1;
    return i;
}

/* Index of [name] in [map] or -1 (no exception) when absent. */
static int64_t table_find(Compiler *c, Value map, Value name) {
    Value idx = dict_get(c->I, map, name);
    if (idx == VAL_NULL) {
        exc_clear(c->I);
        return -1;
    }
    return val_small(idx);
}

Value codegen_ident(Compiler *c, BView id) { return symtable_ident(c->I, id); }

Value codegen_mangle(Compiler *c, Value name) {
    return symtable_mangle(c->I, c->u->private_, name);
}

static bool emit_index(Compiler *c, int op, int64_t i) {
    if (i < 0) return false;
    if (i > (int64_t)INSTR_ARG_MAX)
        return codegen_error(c, "too many constants, names or instructions in one code object");
    return codegen_emit(c, op, (uint32_t)i);
}

bool codegen_emit_name(Compiler *c, int op, Value name, bool mangle) {
    if (name == VAL_NULL) return false;
    if (mangle) {
        name = codegen_mangle(c, name);
        if (name == VAL_NULL) return false;
    }
    return emit_index(c, op, table_index(c, &c->u->names, c->u->name_map, name));
}

int64_t codegen_varname(Compiler *c, Value name) {
    return table_index(c, &c->u->varnames, c->u->varname_map, name);
}

int64_t codegen_closure_index(Compiler *c, Value name) {
    Unit *u = c->u;
    int64_t i = table_find(c, u->cell_map, name);
    if (i >= 0) return i;
    i = table_find(c, u->free_map, name);
    if (i >= 0) return (int64_t)u->cellvars.len + i;
    return -1;
}

bool codegen_nameop(Compiler *c, Value name, int ctx) {
    Interp *I = c->I;
    Unit *u = c->u;
    if (!codegen_check_forbidden(c, str_view(name), ctx)) return false;
    if (ctx == AST_LOAD && str_eq_cstr(name, "__debug__"))
        return codegen_load_const(c, c->cs->optimize > 0 ? I->false_ : I->true_);
    Value mangled = codegen_mangle(c, name);
    if (mangled == VAL_NULL) return false;
    int scope = symtable_scope_of(I, u->ste, mangled);
    bool in_function = u->ste->kind == SCOPE_FUNCTION;
    enum { K_NAMEOP, K_FAST, K_GLOBAL, K_DEREF } how = K_NAMEOP;
    switch (scope) {
    case SYM_FREE:
    case SYM_CELL:
        how = K_DEREF;
        break;
    case SYM_LOCAL:
        if (in_function) how = K_FAST;
        break;
    case SYM_GLOBAL_IMPLICIT:
        if (in_function) how = K_GLOBAL;
        break;
    case SYM_GLOBAL_EXPLICIT:
        how = K_GLOBAL;
        break;
    default:
        break;
    }
    static const int ops[4][3] = {
        {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME},
        {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST},
        {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL},
        {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF},
    };
    int k = ctx == AST_STORE ? 1 : ctx == AST_DEL ? 2 : 0;
    int op = ops[how][k];
    switch (how) {
    case K_DEREF: {
        if (op == OP_LOAD_DEREF && u->ste->kind == SCOPE_CLASS) op = OP_LOAD_CLASSDEREF;
        int64_t i;
        if (scope == SYM_CELL) {
            i = table_find(c, u->cell_map, mangled);
        } else {
            i = table_find(c, u->free_map, mangled);
            if (i >= 0) i += (int64_t)u->cellvars.len;
        }
        if (i < 0) {
            exc_raise(I, TY_SYSTEM_ERROR, "compiler: no cell for name %R", mangled);
            return false;
        }
        return emit_index(c, op, i);
    }
    case K_FAST:
        return emit_index(c, op, codegen_varname(c, mangled));
    default:
        return emit_index(c, op, table_index(c, &u->names, u->name_map, mangled));
    }
}

/* ---- frame blocks ---- */

bool codegen_push_fblock(Compiler *c, int kind, int block, int exit, Node *node) {
    Unit *u = c->u;
    if (u->nfblocks >= CODEGEN_MAX_BLOCKS)
        return codegen_error(c, "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfblocks];
    f->kind = kind;
    f->block = block;
    f->exit = exit;
    f->outer_handler = u->cur_handler;
    f->node = node;
    f->body = NULL;
    f->name = VAL_NULL;
    u->nfblocks++;
    return true;
}

void codegen_pop_fblock(Compiler *c) {
    if (c->u->nfblocks > 0) c->u->nfblocks--;
}

FBlock *codegen_top_fblock(Compiler *c) {
    Unit *u = c->u;
    if (u->nfblocks <= 0 || u->nfblocks > CODEGEN_MAX_BLOCKS) return NULL;
    return &u->fblocks[u->nfblocks - 1];
}

/* ---- units ---- */

/* Sorts the strs of [v] by their UTF-8 bytes (insertion sort: cell lists are short). */
static void sort_names(ValVec *v) {
    for (size_t i = 1; i < v->len; i++) {
        Value x = vec_get(v, i);
        size_t j = i;
        while (j > 0 && bview_cmp(str_view(vec_get(v, j - 1)), str_view(x)) > 0) {
            (void)vec_set(v, j, vec_get(v, j - 1));
            j--;
        }
        (void)vec_set(v, j, x);
    }
}

static bool fill_map(Compiler *c, ValVec *v, Value map) {
    for (size_t i = 0; i < v->len; i++)
        if (!dict_set(c->I, map, vec_get(v, i), val_from_small((intptr_t)i))) return false;
    return true;
}

/* CPython's compiler_set_qualname. */
static Value make_qualname(Compiler *c, Unit *u) {
    Interp *I = c->I;
    Unit *parent = u->parent;
    if (parent == NULL || parent->kind == UNIT_MODULE) return u->name;
    if (u->kind == UNIT_FUNCTION || u->kind == UNIT_CLASS) {
        Value mangled = symtable_mangle(I, parent->private_, u->name);
        if (mangled == VAL_NULL) return VAL_NULL;
        if (symtable_scope_of(I, parent->ste, mangled) == SYM_GLOBAL_EXPLICIT) return u->name;
    }
    bool locals = parent->kind == UNIT_FUNCTION || parent->kind == UNIT_LAMBDA;
    return str_from_format(I, locals ? "%U.<locals>.%U" : "%U.%U", parent->qualname, u->name);
}

bool codegen_enter_unit(Compiler *c, Scope *ste, int kind, Value name, int firstlineno) {
    Interp *I = c->I;
    Unit *u = heap_new(I->heap, sizeof(Unit), HEAP_SCAN);
    if (u == NULL) return nomem(c);
    u->parent = c->u;
    u->ste = ste;
    u->kind = kind;
    u->name = name;
    u->private_ = c->u != NULL ? c->u->private_ : VAL_NULL;
    u->cur_handler = -1;
    u->firstlineno = firstlineno;
    u->loc.line = u->loc.end_line = firstlineno;
    u->const_strs = dict_new(I);
    u->const_ints = dict_new(I);
    u->name_map = dict_new(I);
    u->varname_map = dict_new(I);
    u->cell_map = dict_new(I);
    u->free_map = dict_new(I);
    if (u->const_strs == VAL_NULL || u->const_ints == VAL_NULL || u->name_map == VAL_NULL ||
        u->varname_map == VAL_NULL || u->cell_map == VAL_NULL || u->free_map == VAL_NULL)
        return false;
    // Parameters first, in order.
    ValView params = list_view(ste->varnames);
    for (size_t i = 0; i < params.n; i++)
        if (codegen_varname_in(c, u, vview_get(params, i)) < 0) return false;
    // Cells: parameters that are cells first (in parameter order), then the other cells
    // sorted by name; frees sorted by name. This is CPython 3.11's co_cellvars /
    // co_freevars order (its localsplus layout).
    if (kind == UNIT_CLASS && ste->needs_class_closure) {
        if (vec_push(I->heap, &u->cellvars, interp_name(I, N___class__)) != K_OK)
            return nomem(c);
    }
    ValVec other_cells;
    vec_init(&other_cells);
    for (size_t i = 0; i < params.n; i++) {
        Value p = vview_get(params, i);
        if (symtable_scope_of(I, ste, p) == SYM_CELL &&
            vec_push(I->heap, &u->cellvars, p) != K_OK)
            return nomem(c);
    }
    size_t pos = 0;
    Value k, v;
    while (dict_next(ste->symbols, &pos, &k, &v)) {
        int flags = (int)val_small(v);
        int scope = (flags >> SYM_SCOPE_SHIFT) & SYM_SCOPE_MASK;
        if (scope == SYM_CELL && !(flags & DEF_PARAM)) {
            if (vec_push(I->heap, &other_cells, k) != K_OK) return nomem(c);
        } else if (scope == SYM_FREE || (flags & DEF_FREE_CLASS)) {
            if (vec_push(I->heap, &u->freevars, k) != K_OK) return nomem(c);
        }
    }
    sort_names(&other_cells);
    sort_names(&u->freevars);
    for (size_t i = 0; i < other_cells.len; i++)
        if (vec_push(I->heap, &u->cellvars, vec_get(&other_cells, i)) != K_OK) return nomem(c);
    if (!fill_map(c, &u->cellvars, u->cell_map) || !fill_map(c, &u->freevars, u->free_map))
        return false;
    c->u = u;
    c->nestlevel++;
    u->qualname = make_qualname(c, u);
    if (u->qualname == VAL_NULL) {
        codegen_drop_unit(c);
        return false;
    }
    return true;
}

int64_t codegen_varname_in(Compiler *c, Unit *u, Value name) {
    return table_index(c, &u->varnames, u->varname_map, name);
}

void codegen_drop_unit(Compiler *c) {
    if (c->u == NULL) return;
    c->u = c->u->parent;
    c->nestlevel--;
}

Value codegen_exit_unit(Compiler *c) {
    Unit *u = c->u;
    Value code = codegen_assemble(c, u);
    codegen_drop_unit(c);
    return code;
}

/* ---- the module ---- */

Value codegen_module(Interp *I, Node *mod, Scope *top, const CompileSrc *cs,
                     bool interactive) {
    Compiler comp;
    Compiler *c = &comp;
    c->I = I;
    symtable_depth_init(I, &c->depth);
    c->cs = cs;
    c->top = top;
    c->u = NULL;
    c->interactive = interactive;
    c->future_annotations = (cs->flags & COMPILE_FUTURE_ANNOTATIONS) != 0;
    c->future_lineno = 0;
    c->nestlevel = 0;
    vec_init(&c->frozensets);
    Value name = str_intern_cstr(I, "<module>");
    if (name == VAL_NULL) return VAL_NULL;
    if (!codegen_enter_unit(c, top, UNIT_MODULE, name, 1)) return VAL_NULL;
    bool ok;
    switch (mod->kind) {
    case AST_MODULE:
        ok = codegen_body(c, mod->Module.body, CODEGEN_BODY_MODULE);
        break;
    case AST_INTERACTIVE:
        ok = codegen_body(c, mod->Interactive.body, CODEGEN_BODY_INTERACTIVE);
        break;
    case AST_EXPRESSION:
        ok = codegen_expr(c, mod->Expression.body) && codegen_emit(c, OP_RETURN_VALUE, 0);
        break;
    default:
        ok = true;
        break;
    }
    if (ok && mod->kind != AST_EXPRESSION) {
        c->u->artificial = true;
        ok = codegen_load_const(c, I->none) && codegen_emit(c, OP_RETURN_VALUE, 0);
    }
    if (!ok) {
        codegen_drop_unit(c);
        return VAL_NULL;
    }
    return codegen_exit_unit(c);
}
