/*
 * codegen_stmt.c: statements: function and class definitions, assignments, control flow
 * (if / while / for with else, break / continue / return through try-finally, with and
 * except blocks), try / except / else / finally, with, raise, assert, imports, and the
 * body of modules and classes (docstring, __future__ checks, SETUP_ANNOTATIONS).
 *
 * Exception regions follow CPython 3.11's layout: a protected body jumps to its handler
 * with the stack cut to the body's entry depth; handlers run between PUSH_EXC_INFO and
 * POP_EXCEPT inside a "cleanup" region that restores the previous exception and
 * re-raises (COPY 3; POP_EXCEPT; RERAISE 1). PUSH_EXC_INFO itself is left outside the
 * cleanup region (it cannot raise), which keeps every handler's depth at or below the
 * stack depth of each instruction it covers, as the verifier requires.
 *
 * Invariant: frame blocks (loops, try, with, handlers) are pushed and popped in matching
 * pairs; code leaving a block early (break/continue/return) runs every enclosing block's
 * cleanup first, emitted under the handler that was in force outside that block.
 */
#include "codegen.h"

#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

static bool stmt_inner(Compiler *c, Node *s);

/* ---- frame block unwinding ---- */

static bool call_exit_with_nones(Compiler *c) {
    Value none = c->I->none;
    return codegen_load_const(c, none) && codegen_load_const(c, none) &&
           codegen_load_const(c, none) && codegen_emit(c, OP_CALL, 2);
}

/* Emits what leaving block [fb] early requires; [preserve_tos]: a return value on top
 * of the stack must survive. */
static bool unwind_fblock(Compiler *c, FBlock *fb, bool preserve_tos) {
    switch (fb->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
        return true;
    case FB_FOR_LOOP:
        if (preserve_tos && !codegen_emit(c, OP_SWAP, 2)) return false;
        return codegen_emit(c, OP_POP_FOR_ITER, 0);
    case FB_TRY_EXCEPT:
        codegen_set_handler(c, fb->outer_handler);
        return true;
    case FB_FINALLY_TRY: {
        codegen_set_handler(c, fb->outer_handler);
        if (preserve_tos && !codegen_push_fblock(c, FB_POP_VALUE, -1, -1, NULL)) return false;
        bool ok = codegen_stmts(c, fb->body);
        if (preserve_tos) codegen_pop_fblock(c);
        c->u->artificial = true;
        return ok;
    }
    case FB_FINALLY_END:
        codegen_set_handler(c, fb->outer_handler);
        if (preserve_tos && !codegen_emit(c, OP_SWAP, 2)) return false;
        if (!codegen_emit(c, OP_POP_TOP, 0)) return false; // the exception
        if (preserve_tos && !codegen_emit(c, OP_SWAP, 2)) return false;
        return codegen_emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH:
    case FB_ASYNC_WITH: {
        SrcPos old = codegen_set_loc(c, fb->node);
        codegen_set_handler(c, fb->outer_handler);
        bool ok = (!preserve_tos || codegen_emit(c, OP_SWAP, 2)) && call_exit_with_nones(c) &&
                  (fb->kind != FB_ASYNC_WITH || codegen_await_tos(c, 2)) &&
                  codegen_emit(c, OP_POP_TOP, 0);
        codegen_restore_loc(c, old);
        c->u->artificial = true;
        return ok;
    }
    case FB_HANDLER_CLEANUP:
        codegen_set_handler(c, fb->outer_handler);
        if (preserve_tos && !codegen_emit(c, OP_SWAP, 2)) return false;
        if (!codegen_emit(c, OP_POP_EXCEPT, 0)) return false;
        if (fb->name != VAL_NULL) {
            return codegen_load_const(c, c->I->none) && codegen_nameop(c, fb->name, AST_STORE) &&
                   codegen_nameop(c, fb->name, AST_DEL);
        }
        return true;
    case FB_POP_VALUE:
        if (preserve_tos && !codegen_emit(c, OP_SWAP, 2)) return false;
        return codegen_emit(c, OP_POP_TOP, 0);
    default:
        return true;
    }
}

/* Unwinds the blocks of the current unit, innermost first. With [loop] non-NULL, stops
 * at the first loop and copies it to *loop (*found set). */
static bool unwind_stack(Compiler *c, bool preserve_tos, FBlock *loop, bool *found) {
    Unit *u = c->u;
    if (u->nfblocks <= 0) return true;
    FBlock copy = u->fblocks[u->nfblocks - 1];
    if (loop != NULL && (copy.kind == FB_WHILE_LOOP || copy.kind == FB_FOR_LOOP)) {
        *loop = copy;
        *found = true;
        return true;
    }
    if (copy.kind == FB_HANDLER_STAR)
        return codegen_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    u->nfblocks--;
    bool ok = unwind_fblock(c, &copy, preserve_tos) && unwind_stack(c, preserve_tos, loop, found);
    u->fblocks[u->nfblocks] = copy;
    u->nfblocks++;
    return ok;
}

static bool return_stmt(Compiler *c, Node *s) {
    Interp *I = c->I;
    if (c->u->ste->kind != SCOPE_FUNCTION) return codegen_error(c, "'return' outside function");
    Node *v = s->Return.value;
    if (v != NULL && c->u->ste->is_async && c->u->ste->generator)
        return codegen_error(c, "'return' with value in async generator");
    bool constant = v == NULL || v->kind == AST_CONSTANT;
    if (!constant && !codegen_expr(c, v)) return false;
    int saved = c->u->cur_handler;
    if (!unwind_stack(c, !constant, NULL, NULL)) return false;
    codegen_restore_loc(c, codegen_pos_of(s));
    bool ok;
    if (v == NULL) {
        ok = codegen_load_const(c, I->none);
    } else if (constant) {
        SrcPos old = codegen_set_loc(c, v);
        Value k = codegen_constant_value(c, v);
        ok = k != VAL_NULL && codegen_load_const(c, k);
        codegen_restore_loc(c, old);
    } else {
        ok = true;
    }
    ok = ok && codegen_emit(c, OP_RETURN_VALUE, 0);
    codegen_set_handler(c, saved);
    return ok;
}

static bool break_continue(Compiler *c, Node *s, bool is_break) {
    FBlock loop;
    bool found = false;
    int saved = c->u->cur_handler;
    if (!unwind_stack(c, false, &loop, &found)) return false;
    codegen_restore_loc(c, codegen_pos_of(s));
    if (!found) {
        return codegen_error(c, is_break ? "'break' outside loop"
                                    : "'continue' not properly in loop");
    }
    if (is_break) {
        if (!unwind_fblock(c, &loop, false)) return false;
        if (!codegen_emit_jump(c, OP_JUMP, loop.exit)) return false;
    } else {
        if (!codegen_emit_jump(c, OP_JUMP, loop.block)) return false;
    }
    codegen_set_handler(c, saved);
    return true;
}

/* ---- definitions ---- */

static bool decorators(Compiler *c, NodeList *decos) {
    size_t n = ast_len(decos);
    for (size_t i = 0; i < n; i++)
        if (!codegen_expr(c, ast_get(decos, i))) return false;
    return true;
}

/* One CALL 0 per decorator, innermost first, each at its decorator's position. */
static bool apply_decorators(Compiler *c, NodeList *decos) {
    size_t n = ast_len(decos);
    for (size_t i = n; i > 0; i--) {
        SrcPos old = codegen_set_loc(c, ast_get(decos, i - 1));
        bool ok = codegen_emit(c, OP_CALL, 0);
        codegen_restore_loc(c, old);
        if (!ok) return false;
    }
    return true;
}

/* The docstring of [body] (first statement a string constant), or VAL_NULL. */
static Node *docstring_node(NodeList *body) {
    Node *first = ast_get(body, 0);
    if (first == NULL || first->kind != AST_EXPR) return NULL;
    Node *v = first->Expr.value;
    if (v->kind != AST_CONSTANT || v->Constant.ckind != AST_CONST_STR) return NULL;
    return v;
}

static int first_line(Node *s, NodeList *decos) {
    Node *d = ast_get(decos, 0);
    return d != NULL ? d->lineno : s->lineno;
}

static bool function_def(Compiler *c, Node *s) {
    Interp *I = c->I;
    AstFunctionDefFields *f = &s->FunctionDef;
    if (!decorators(c, f->decorator_list)) return false;
    int flags = codegen_function_prelude(c, f->args, f->returns, true);
    if (flags < 0) return false;
    Scope *ste = symtable_child(c->u->ste, s);
    Value name = codegen_ident(c, f->name);
    if (ste == NULL || name == VAL_NULL) {
        if (ste == NULL) exc_raise(I, TY_SYSTEM_ERROR, "compiler: function has no scope");
        return false;
    }
    if (!codegen_enter_unit(c, ste, UNIT_FUNCTION, name, first_line(s, f->decorator_list)))
        return false;
    // compile(..., optimize=2) (-OO) keeps no docstrings: the string is then a plain
    // expression statement, compiled to nothing
    Node *doc = c->cs->optimize < 2 ? docstring_node(f->body) : NULL;
    Value docv = doc != NULL ? codegen_constant_value(c, doc) : I->none;
    bool ok = docv != VAL_NULL && codegen_add_const(c, docv) >= 0;
    codegen_set_argcounts(c, f->args);
    size_t n = ast_len(f->body);
    for (size_t i = doc != NULL ? 1 : 0; ok && i < n; i++)
        ok = codegen_stmt(c, ast_get(f->body, i));
    if (ok) {
        c->u->artificial = true;
        ok = codegen_load_const(c, I->none) && codegen_emit(c, OP_RETURN_VALUE, 0);
    }
    if (!ok) {
        codegen_drop_unit(c);
        return false;
    }
    Value qualname = c->u->qualname;
    Value code = codegen_exit_unit(c);
    return code != VAL_NULL && codegen_make_closure(c, code, flags, qualname) &&
           apply_decorators(c, f->decorator_list) && codegen_nameop(c, name, AST_STORE);
}

static bool class_body(Compiler *c, Node *s) {
    Interp *I = c->I;
    Unit *u = c->u;
    if (!codegen_nameop(c, interp_name(I, N___name__), AST_LOAD) ||
        !codegen_nameop(c, interp_name(I, N___module__), AST_STORE) ||
        !codegen_load_const(c, u->qualname) ||
        !codegen_nameop(c, interp_name(I, N___qualname__), AST_STORE))
        return false;
    if (!codegen_body(c, s->ClassDef.body, CODEGEN_BODY_CLASS)) return false;
    u->artificial = true;
    if (u->ste->needs_class_closure) {
        int64_t i = codegen_closure_index(c, interp_name(I, N___class__));
        if (i < 0 || !codegen_emit(c, OP_LOAD_CLOSURE, (uint32_t)i) ||
            !codegen_emit(c, OP_COPY, 1) ||
            !codegen_nameop(c, interp_name(I, N___classcell__), AST_STORE))
            return false;
    } else if (!codegen_load_const(c, I->none)) {
        return false;
    }
    return codegen_emit(c, OP_RETURN_VALUE, 0);
}

static bool class_def(Compiler *c, Node *s) {
    Interp *I = c->I;
    if (!decorators(c, s->ClassDef.decorator_list)) return false;
    Scope *ste = symtable_child(c->u->ste, s);
    Value name = codegen_ident(c, s->ClassDef.name);
    if (ste == NULL || name == VAL_NULL) {
        if (ste == NULL) exc_raise(I, TY_SYSTEM_ERROR, "compiler: class has no scope");
        return false;
    }
    if (!codegen_enter_unit(c, ste, UNIT_CLASS, name, first_line(s, s->ClassDef.decorator_list)))
        return false;
    c->u->private_ = name;
    if (!class_body(c, s)) {
        codegen_drop_unit(c);
        return false;
    }
    Value qualname = c->u->qualname;
    Value code = codegen_exit_unit(c);
    if (code == VAL_NULL) return false;
    return codegen_emit(c, OP_PUSH_NULL, 0) && codegen_emit(c, OP_LOAD_BUILD_CLASS, 0) &&
           codegen_make_closure(c, code, 0, qualname) && codegen_load_const(c, name) &&
           codegen_call_helper(c, 2, s->ClassDef.bases, s->ClassDef.keywords) &&
           apply_decorators(c, s->ClassDef.decorator_list) && codegen_nameop(c, name, AST_STORE);
}

/* ---- assignments ---- */

static bool has_starred(NodeList *l) {
    size_t n = ast_len(l);
    for (size_t i = 0; i < n; i++) {
        Node *x = ast_get(l, i);
        if (x == NULL || x->kind == AST_STARRED) return true;
    }
    return false;
}

/* `a, b = x, y` (1 to 3 items): no tuple is built; the values are reordered with SWAP
 * (CPython's BUILD_TUPLE + UNPACK_SEQUENCE peephole). 1 done, 0 not applicable, -1 error. */
static int swap_assign(Compiler *c, Node *s) {
    Node *t = ast_get(s->Assign.targets, 0), *v = s->Assign.value;
    if (ast_len(s->Assign.targets) != 1 || (t->kind != AST_TUPLE && t->kind != AST_LIST) ||
        v->kind != AST_TUPLE)
        return 0;
    size_t n = ast_len(v->Tuple.elts);
    if (n < 1 || n > 3 || ast_len(t->List.elts) != n || has_starred(t->List.elts) ||
        has_starred(v->Tuple.elts))
        return 0;
    Value k;
    int r = codegen_try_fold(c, v, &k);
    if (r != 0) return r > 0 ? 0 : -1; // a constant tuple is loaded and unpacked
    SrcPos old = codegen_set_loc(c, v);
    for (size_t i = 0; i < n; i++)
        if (!codegen_expr(c, ast_get(v->Tuple.elts, i))) return -1;
    codegen_set_loc(c, t);
    if (n > 1 && !codegen_emit(c, OP_SWAP, (uint32_t)n)) return -1;
    for (size_t i = 0; i < n; i++)
        if (!codegen_store(c, ast_get(t->List.elts, i))) return -1;
    codegen_restore_loc(c, old);
    return 1;
}

static bool assign(Compiler *c, Node *s) {
    size_t n = ast_len(s->Assign.targets);
    int r = swap_assign(c, s);
    if (r != 0) return r > 0;
    if (!codegen_expr(c, s->Assign.value)) return false;
    for (size_t i = 0; i < n; i++) {
        if (i + 1 < n && !codegen_emit(c, OP_COPY, 1)) return false;
        if (!codegen_store(c, ast_get(s->Assign.targets, i))) return false;
    }
    return true;
}

static bool aug_assign(Compiler *c, Node *s) {
    Node *t = s->AugAssign.target;
    SrcPos stmt_loc = codegen_set_loc(c, t);
    bool ok;
    switch (t->kind) {
    case AST_ATTRIBUTE:
        ok = codegen_expr(c, t->Attribute.value) && codegen_emit(c, OP_COPY, 1);
        codegen_loc_match_attr(c, t);
        ok = ok && codegen_emit_name(c, OP_LOAD_ATTR, codegen_ident(c, t->Attribute.attr), true);
        break;
    case AST_SUBSCRIPT:
        ok = codegen_expr(c, t->Subscript.value) && codegen_expr(c, t->Subscript.slice) &&
             codegen_emit(c, OP_COPY, 2) && codegen_emit(c, OP_COPY, 2) &&
             codegen_emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case AST_NAME: {
        Value name = codegen_ident(c, t->Name.id);
        ok = name != VAL_NULL && codegen_nameop(c, name, AST_LOAD);
        break;
    }
    default:
        return codegen_error(c, "'%s' is an illegal expression for augmented assignment",
                        ast_kind_name(t->kind));
    }
    codegen_restore_loc(c, stmt_loc);
    if (!ok || !codegen_expr(c, s->AugAssign.value) ||
        !codegen_emit(c, OP_BINARY_OP,
                      (uint32_t)(codegen_binop_of(s->AugAssign.op) + BINOP_INPLACE) |
                          codegen_binop_tmp(c, s->AugAssign.value, BINOP_TMP_RIGHT)))
        return false;
    codegen_set_loc(c, t);
    switch (t->kind) {
    case AST_ATTRIBUTE:
        codegen_loc_match_attr(c, t);
        ok = codegen_emit(c, OP_SWAP, 2) &&
             codegen_emit_name(c, OP_STORE_ATTR, codegen_ident(c, t->Attribute.attr), true);
        break;
    case AST_SUBSCRIPT:
        ok = codegen_emit(c, OP_SWAP, 3) && codegen_emit(c, OP_SWAP, 2) &&
             codegen_emit(c, OP_STORE_SUBSCR, 0);
        break;
    default: {
        Value name = codegen_ident(c, t->Name.id);
        ok = name != VAL_NULL && codegen_nameop(c, name, AST_STORE);
        break;
    }
    }
    codegen_restore_loc(c, stmt_loc);
    return ok;
}

/* Evaluates [e] and discards it (annotation targets that are not stored). */
static bool check_ann_expr(Compiler *c, Node *e) {
    return codegen_expr(c, e) && codegen_emit(c, OP_POP_TOP, 0);
}

static bool check_ann_subscr(Compiler *c, Node *e) {
    if (e->kind == AST_SLICE) {
        return (e->Slice.lower == NULL || check_ann_expr(c, e->Slice.lower)) &&
               (e->Slice.upper == NULL || check_ann_expr(c, e->Slice.upper)) &&
               (e->Slice.step == NULL || check_ann_expr(c, e->Slice.step));
    }
    if (e->kind == AST_TUPLE) {
        size_t n = ast_len(e->Tuple.elts);
        for (size_t i = 0; i < n; i++)
            if (!check_ann_subscr(c, ast_get(e->Tuple.elts, i))) return false;
        return true;
    }
    return check_ann_expr(c, e);
}

static bool ann_assign(Compiler *c, Node *s) {
    Interp *I = c->I;
    Node *t = s->AnnAssign.target;
    if (s->AnnAssign.value != NULL) {
        if (!codegen_expr(c, s->AnnAssign.value) || !codegen_store(c, t)) return false;
    }
    bool module_or_class = c->u->kind == UNIT_MODULE || c->u->kind == UNIT_CLASS;
    switch (t->kind) {
    case AST_NAME: {
        if (!codegen_check_forbidden(c, t->Name.id, AST_STORE)) return false;
        if (s->AnnAssign.simple && module_or_class) {
            Node *ann = s->AnnAssign.annotation;
            bool ok;
            if (c->future_annotations) {
                Value text = codegen_annotation_text(c, ann);
                ok = text != VAL_NULL && codegen_load_const(c, text);
            } else {
                ok = codegen_expr(c, ann);
            }
            Value name = codegen_ident(c, t->Name.id);
            Value mangled = name != VAL_NULL ? codegen_mangle(c, name) : VAL_NULL;
            return ok && mangled != VAL_NULL &&
                   codegen_emit_name(c, OP_LOAD_NAME, interp_name(I, N___annotations__), false) &&
                   codegen_load_const(c, mangled) && codegen_emit(c, OP_STORE_SUBSCR, 0);
        }
        break;
    }
    case AST_ATTRIBUTE:
        if (!codegen_check_forbidden(c, t->Attribute.attr, AST_STORE)) return false;
        if (s->AnnAssign.value == NULL && !check_ann_expr(c, t->Attribute.value)) return false;
        break;
    case AST_SUBSCRIPT:
        if (s->AnnAssign.value == NULL &&
            (!check_ann_expr(c, t->Subscript.value) || !check_ann_subscr(c, t->Subscript.slice)))
            return false;
        break;
    default:
        return codegen_error(c, "illegal target for annotation");
    }
    // The annotation of a complex target is evaluated (module and class level only).
    if (!s->AnnAssign.simple && !c->future_annotations && module_or_class)
        return check_ann_expr(c, s->AnnAssign.annotation);
    return true;
}

/* ---- control flow ---- */

static bool if_stmt(Compiler *c, Node *s) {
    int end = codegen_new_label(c);
    if (end < 0) return false;
    bool has_else = ast_len(s->If.orelse) > 0;
    int next = has_else ? codegen_new_label(c) : end;
    if (next < 0) return false;
    if (!codegen_jump_if(c, s->If.test, next, false) || !codegen_stmts(c, s->If.body)) return false;
    if (has_else) {
        c->u->artificial = true;
        if (!codegen_emit_jump(c, OP_JUMP, end) || !codegen_bind(c, next) ||
            !codegen_stmts(c, s->If.orelse))
            return false;
    }
    return codegen_bind(c, end);
}

static bool while_stmt(Compiler *c, Node *s) {
    int loop = codegen_new_label(c), body = codegen_new_label(c), anchor = codegen_new_label(c);
    int exit = codegen_new_label(c);
    if (loop < 0 || body < 0 || anchor < 0 || exit < 0) return false;
    if (!codegen_bind(c, loop) || !codegen_push_fblock(c, FB_WHILE_LOOP, loop, exit, s))
        return false;
    if (!codegen_jump_if(c, s->While.test, anchor, false) || !codegen_bind(c, body) ||
        !codegen_stmts(c, s->While.body))
        return false;
    // As CPython 3.11, the test is repeated at the bottom: one jump per iteration.
    codegen_set_loc(c, s);
    if (!codegen_jump_if(c, s->While.test, body, true)) return false;
    codegen_pop_fblock(c);
    return codegen_bind(c, anchor) && codegen_stmts(c, s->While.orelse) && codegen_bind(c, exit);
}

static bool in_async_function(Compiler *c) {
    return c->u->ste->is_async && c->u->ste->comp_kind == COMP_NONE;
}

/* async for: GET_AITER, then per item GET_ANEXT and an await guarded by a handler
 * whose END_ASYNC_FOR ends the loop on StopAsyncIteration. */
static bool async_for_stmt(Compiler *c, Node *s) {
    if (!in_async_function(c)) return codegen_error(c, "'async for' outside async function");
    int start = codegen_new_label(c), except = codegen_new_label(c), end = codegen_new_label(c);
    if (start < 0 || except < 0 || end < 0) return false;
    if (!codegen_expr(c, s->For.iter) || !codegen_emit(c, OP_GET_AITER, 0)) return false;
    if (!codegen_bind(c, start)) return false;
    if (!codegen_push_fblock(c, FB_FOR_LOOP, start, end, s)) return false;
    int outer = c->u->cur_handler;
    if (codegen_push_handler(c, except, false, 0) < -1) return false;
    if (!codegen_emit(c, OP_GET_ANEXT, 0) || !codegen_load_const(c, c->I->none) ||
        !codegen_yield_from_loop(c))
        return false;
    codegen_set_handler(c, outer);
    if (!codegen_store(c, s->For.target) || !codegen_stmts(c, s->For.body)) return false;
    if (!codegen_emit_loop_jump(c, start)) return false;
    codegen_pop_fblock(c);
    if (!codegen_bind(c, except)) return false;
    SrcPos old = codegen_set_loc(c, s->For.iter);
    bool ok = codegen_emit(c, OP_END_ASYNC_FOR, 0);
    codegen_restore_loc(c, old);
    return ok && codegen_stmts(c, s->For.orelse) && codegen_bind(c, end);
}

static bool for_stmt(Compiler *c, Node *s) {
    if (s->kind == AST_ASYNC_FOR) return async_for_stmt(c, s);
    int start = codegen_new_label(c), cleanup = codegen_new_label(c), end = codegen_new_label(c);
    if (start < 0 || cleanup < 0 || end < 0) return false;
    if (!codegen_push_fblock(c, FB_FOR_LOOP, start, end, s)) return false;
    bool temp = s->For.iter->kind == AST_CALL; // the loop alone holds a call's result
    if (!codegen_iter_expr(c, s->For.iter) || !codegen_emit(c, OP_GET_FOR_ITER, temp ? 1 : 0))
        return false;
    size_t for_iter = c->u->code.len;
    if (!codegen_bind(c, start) || !codegen_emit_jump(c, OP_FOR_ITER, cleanup)) return false;
    if (!codegen_store(c, s->For.target) || !codegen_stmts(c, s->For.body)) return false;
    if (!codegen_emit_loop_jump(c, start) || !codegen_bind(c, cleanup)) return false;
    codegen_artificial_from(c, for_iter);
    codegen_pop_fblock(c);
    return codegen_stmts(c, s->For.orelse) && codegen_bind(c, end);
}

bool codegen_pop_except_reraise(Compiler *c) {
    return codegen_emit(c, OP_COPY, 3) && codegen_emit(c, OP_POP_EXCEPT, 0) &&
           codegen_emit(c, OP_RERAISE, 1);
}

bool codegen_try_head(Compiler *c, Node *s, int except, int end, int cleanup, int *outer) {
    *outer = c->u->cur_handler;
    if (codegen_push_handler(c, except, false, 0) < -1) return false;
    if (!codegen_push_fblock(c, FB_TRY_EXCEPT, -1, -1, s)) return false;
    codegen_top_fblock(c)->outer_handler = *outer;
    if (!codegen_stmts(c, s->Try.body)) return false;
    codegen_pop_fblock(c);
    codegen_set_handler(c, *outer);
    // the else block goes right after the body (CPython puts it last; same behaviour)
    if (!codegen_stmts(c, s->Try.orelse)) return false;
    c->u->artificial = true;
    if (!codegen_emit_jump(c, OP_JUMP, end)) return false;
    // Handlers (still at the artificial position): the exception is on the stack.
    if (!codegen_bind(c, except) || !codegen_emit(c, OP_PUSH_EXC_INFO, 0)) return false;
    return codegen_push_handler(c, cleanup, true, -1) >= -1;
}

static bool try_except(Compiler *c, Node *s) {
    Interp *I = c->I;
    int except = codegen_new_label(c), end = codegen_new_label(c), cleanup = codegen_new_label(c);
    if (except < 0 || end < 0 || cleanup < 0) return false;
    int outer;
    if (!codegen_try_head(c, s, except, end, cleanup, &outer)) return false;
    int cleanup_h = c->u->cur_handler;
    if (!codegen_push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, s)) return false;
    codegen_top_fblock(c)->outer_handler = outer;
    size_t n = ast_len(s->Try.handlers);
    for (size_t i = 0; i < n; i++) {
        Node *h = ast_get(s->Try.handlers, i);
        if (h == NULL) continue;
        codegen_set_loc(c, h);
        if (h->ExceptHandler.type == NULL && i + 1 < n)
            return codegen_error(c, "default 'except:' must be last");
        int next = codegen_new_label(c);
        if (next < 0) return false;
        if (h->ExceptHandler.type != NULL) {
            if (!codegen_expr(c, h->ExceptHandler.type) ||
                !codegen_emit(c, OP_CHECK_EXC_MATCH, 0) ||
                !codegen_emit_jump(c, OP_POP_JUMP_IF_FALSE, next))
                return false;
        }
        if (ast_has_ident(h->ExceptHandler.name)) {
            Value name = codegen_ident(c, h->ExceptHandler.name);
            int cleanup_end = codegen_new_label(c);
            if (name == VAL_NULL || cleanup_end < 0 || !codegen_nameop(c, name, AST_STORE))
                return false;
            if (codegen_push_handler(c, cleanup_end, true, 0) < -1) return false;
            if (!codegen_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, h)) return false;
            codegen_top_fblock(c)->outer_handler = outer;
            codegen_top_fblock(c)->name = name;
            if (!codegen_stmts(c, h->ExceptHandler.body)) return false;
            codegen_pop_fblock(c);
            codegen_set_handler(c, outer);
            c->u->artificial = true;
            if (!codegen_emit(c, OP_POP_EXCEPT, 0) || !codegen_load_const(c, I->none) ||
                !codegen_nameop(c, name, AST_STORE) || !codegen_nameop(c, name, AST_DEL) ||
                !codegen_emit_jump(c, OP_JUMP, end))
                return false;
            // The body raised: name = None; del name; re-raise.
            codegen_set_handler(c, cleanup_h);
            if (!codegen_bind(c, cleanup_end) || !codegen_load_const(c, I->none) ||
                !codegen_nameop(c, name, AST_STORE) || !codegen_nameop(c, name, AST_DEL) ||
                !codegen_emit(c, OP_RERAISE, 1))
                return false;
        } else {
            if (!codegen_emit(c, OP_POP_TOP, 0)) return false;
            if (!codegen_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, h)) return false;
            codegen_top_fblock(c)->outer_handler = outer;
            if (!codegen_stmts(c, h->ExceptHandler.body)) return false;
            codegen_pop_fblock(c);
            codegen_set_handler(c, outer);
            c->u->artificial = true;
            if (!codegen_emit(c, OP_POP_EXCEPT, 0) || !codegen_emit_jump(c, OP_JUMP, end))
                return false;
        }
        codegen_set_handler(c, cleanup_h);
        codegen_set_loc(c, h);
        if (!codegen_bind(c, next)) return false;
    }
    codegen_pop_fblock(c);
    if (!codegen_emit(c, OP_RERAISE, 0)) return false;
    codegen_set_handler(c, outer);
    return codegen_bind(c, cleanup) && codegen_pop_except_reraise(c) && codegen_bind(c, end);
}

static bool try_finally(Compiler *c, Node *s) {
    int end = codegen_new_label(c), exit = codegen_new_label(c), cleanup = codegen_new_label(c);
    if (end < 0 || exit < 0 || cleanup < 0) return false;
    int outer = c->u->cur_handler;
    if (codegen_push_handler(c, end, false, 0) < -1) return false;
    if (!codegen_push_fblock(c, FB_FINALLY_TRY, -1, -1, s)) return false;
    codegen_top_fblock(c)->outer_handler = outer;
    codegen_top_fblock(c)->body = s->Try.finalbody;
    bool ok = ast_len(s->Try.handlers) == 0 ? codegen_stmts(c, s->Try.body)
              : s->kind == AST_TRY_STAR     ? codegen_try_star(c, s)
                                            : try_except(c, s);
    if (!ok) return false;
    codegen_pop_fblock(c);
    codegen_set_handler(c, outer);
    if (!codegen_stmts(c, s->Try.finalbody)) return false;
    c->u->artificial = true;
    if (!codegen_emit_jump(c, OP_JUMP, exit)) return false;
    // The exceptional path: the exception is on the stack.
    codegen_restore_loc(c, codegen_pos_of(s));
    c->u->artificial = true;
    if (!codegen_bind(c, end) || !codegen_emit(c, OP_PUSH_EXC_INFO, 0)) return false;
    if (codegen_push_handler(c, cleanup, true, -1) < -1) return false;
    if (!codegen_push_fblock(c, FB_FINALLY_END, -1, -1, s)) return false;
    codegen_top_fblock(c)->outer_handler = outer;
    if (!codegen_stmts(c, s->Try.finalbody)) return false;
    codegen_pop_fblock(c);
    c->u->artificial = true;
    if (!codegen_emit(c, OP_RERAISE, 0)) return false;
    codegen_set_handler(c, outer);
    return codegen_bind(c, cleanup) && codegen_pop_except_reraise(c) && codegen_bind(c, exit);
}

static bool try_stmt(Compiler *c, Node *s) {
    if (ast_len(s->Try.finalbody) > 0) return try_finally(c, s);
    if (s->kind == AST_TRY_STAR) return codegen_try_star(c, s);
    return try_except(c, s);
}

static bool with_item(Compiler *c, Node *s, size_t pos) {
    Node *item = ast_get(s->With.items, pos);
    if (item == NULL) return false;
    bool is_async = s->kind == AST_ASYNC_WITH;
    int final = codegen_new_label(c), exit = codegen_new_label(c), cleanup = codegen_new_label(c);
    int suppress = codegen_new_label(c);
    if (final < 0 || exit < 0 || cleanup < 0 || suppress < 0) return false;
    if (!codegen_expr(c, item->withitem.context_expr)) return false;
    if (is_async) {
        if (!codegen_emit(c, OP_BEFORE_ASYNC_WITH, 0) || !codegen_await_tos(c, 1)) return false;
    } else if (!codegen_emit(c, OP_BEFORE_WITH, 0)) {
        return false;
    }
    int outer = c->u->cur_handler;
    // Stack: exit enter_result. The handler keeps only the bound __exit__.
    if (codegen_push_handler(c, final, true, -1) < -1) return false;
    if (!codegen_push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1, s)) return false;
    codegen_top_fblock(c)->outer_handler = outer;
    if (item->withitem.optional_vars != NULL) {
        if (!codegen_store(c, item->withitem.optional_vars)) return false;
    } else if (!codegen_emit(c, OP_POP_TOP, 0)) {
        return false;
    }
    bool ok = pos + 1 < ast_len(s->With.items) ? with_item(c, s, pos + 1)
                                               : codegen_stmts(c, s->With.body);
    if (!ok) return false;
    codegen_set_handler(c, outer);
    codegen_pop_fblock(c);
    codegen_restore_loc(c, codegen_pos_of(s));
    if (!call_exit_with_nones(c) || (is_async && !codegen_await_tos(c, 2)) ||
        !codegen_emit(c, OP_POP_TOP, 0) || !codegen_emit_jump(c, OP_JUMP, exit))
        return false;
    // Exceptional exit: exit lasti exc.
    if (!codegen_bind(c, final) || !codegen_emit(c, OP_PUSH_EXC_INFO, 0)) return false;
    if (codegen_push_handler(c, cleanup, true, -1) < -1) return false;
    if (!codegen_emit(c, OP_WITH_EXCEPT_START, 0) || (is_async && !codegen_await_tos(c, 2)) ||
        !codegen_emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress))
        return false;
    // Not suppressed: re-raise with the original lasti (exit lasti prev exc).
    if (!codegen_emit(c, OP_COPY, 3) || !codegen_emit(c, OP_SWAP, 2) ||
        !codegen_emit(c, OP_RERAISE, 1))
        return false;
    codegen_set_handler(c, outer);
    if (!codegen_bind(c, cleanup) || !codegen_pop_except_reraise(c)) return false;
    return codegen_bind(c, suppress) && codegen_emit(c, OP_POP_TOP, 0) &&
           codegen_emit(c, OP_POP_EXCEPT, 0) && codegen_emit(c, OP_POP_TOP, 0) &&
           codegen_emit(c, OP_POP_TOP, 0) && codegen_bind(c, exit);
}

static bool with_stmt(Compiler *c, Node *s) {
    if (s->kind == AST_ASYNC_WITH && !in_async_function(c))
        return codegen_error(c, "'async with' outside async function");
    return with_item(c, s, 0);
}

static bool raise_stmt(Compiler *c, Node *s) {
    uint32_t n = 0;
    if (s->Raise.exc != NULL) {
        if (!codegen_expr(c, s->Raise.exc)) return false;
        n++;
        if (s->Raise.cause != NULL) {
            if (!codegen_expr(c, s->Raise.cause)) return false;
            n++;
        }
    }
    return codegen_emit(c, OP_RAISE_VARARGS, n);
}

static bool assert_stmt(Compiler *c, Node *s) {
    if (!codegen_warn_assert(c, s)) return false;
    if (c->cs->optimize > 0) return true; // compile(..., optimize=1): asserts are dropped
    int end = codegen_new_label(c);
    if (end < 0) return false;
    if (!codegen_jump_if(c, s->Assert.test, end, true) ||
        !codegen_emit(c, OP_LOAD_ASSERTION_ERROR, 0))
        return false;
    if (s->Assert.msg != NULL) {
        if (!codegen_expr(c, s->Assert.msg) || !codegen_emit(c, OP_CALL, 0)) return false;
    }
    return codegen_emit(c, OP_RAISE_VARARGS, 1) && codegen_bind(c, end);
}

/* ---- imports ---- */

static bool import_stmt(Compiler *c, Node *s) {
    Interp *I = c->I;
    size_t n = ast_len(s->Import.names);
    for (size_t i = 0; i < n; i++) {
        Node *a = ast_get(s->Import.names, i);
        if (a == NULL) continue;
        Value name = codegen_ident(c, a->alias.name);
        if (name == VAL_NULL || !codegen_load_const(c, val_from_small(0)) ||
            !codegen_load_const(c, I->none) || !codegen_emit_name(c, OP_IMPORT_NAME, name, true))
            return false;
        BView full = a->alias.name;
        int64_t dot = bview_find_byte(full, '.', 0);
        if (ast_has_ident(a->alias.asname)) {
            Value asname = codegen_ident(c, a->alias.asname);
            if (asname == VAL_NULL) return false;
            if (dot >= 0) {
                // import a.b.c as d: walk down with IMPORT_FROM, bind the last module.
                size_t pos = (size_t)dot + 1;
                for (;;) {
                    int64_t nd = bview_find_byte(full, '.', pos);
                    size_t stop = nd < 0 ? full.n : (size_t)nd;
                    Value attr = codegen_ident(c, bview_slice(full, pos, stop));
                    if (attr == VAL_NULL || !codegen_emit_name(c, OP_IMPORT_FROM, attr, false))
                        return false;
                    if (nd < 0) break;
                    if (!codegen_emit(c, OP_SWAP, 2) || !codegen_emit(c, OP_POP_TOP, 0))
                        return false;
                    pos = (size_t)nd + 1;
                }
                if (!codegen_nameop(c, asname, AST_STORE) || !codegen_emit(c, OP_POP_TOP, 0))
                    return false;
            } else if (!codegen_nameop(c, asname, AST_STORE)) {
                return false;
            }
        } else {
            Value top = dot >= 0 ? codegen_ident(c, bview_slice(full, 0, (size_t)dot)) : name;
            if (top == VAL_NULL || !codegen_nameop(c, top, AST_STORE)) return false;
        }
    }
    return true;
}

static bool import_from(Compiler *c, Node *s) {
    Interp *I = c->I;
    size_t n = ast_len(s->ImportFrom.names);
    BView module = s->ImportFrom.module;
    if (bview_eq_cstr(module, "__future__") && s->lineno > c->future_lineno)
        return codegen_error(c, "from __future__ imports must occur at the beginning of the file");
    Value names = tuple_new(I, n);
    if (names == VAL_NULL) return false;
    for (size_t i = 0; i < n; i++) {
        Value nm = codegen_ident(c, ast_get(s->ImportFrom.names, i)->alias.name);
        if (nm == VAL_NULL) return false;
        tuple_init_item(names, i, nm);
    }
    Value modname = codegen_ident(c, module);
    if (modname == VAL_NULL || !codegen_load_const(c, val_from_small(s->ImportFrom.level)) ||
        !codegen_load_const(c, names) || !codegen_emit_name(c, OP_IMPORT_NAME, modname, true))
        return false;
    for (size_t i = 0; i < n; i++) {
        Node *a = ast_get(s->ImportFrom.names, i);
        if (i == 0 && bview_eq_cstr(a->alias.name, "*")) return codegen_emit(c, OP_IMPORT_STAR, 0);
        Value nm = tuple_get(names, i);
        Value store = ast_has_ident(a->alias.asname) ? codegen_ident(c, a->alias.asname) : nm;
        if (store == VAL_NULL || !codegen_emit_name(c, OP_IMPORT_FROM, nm, true) ||
            !codegen_nameop(c, store, AST_STORE))
            return false;
    }
    return codegen_emit(c, OP_POP_TOP, 0);
}

/* ---- expression statements ---- */

static bool expr_stmt(Compiler *c, Node *s) {
    Node *v = s->Expr.value;
    if (c->interactive && c->nestlevel <= 1)
        return codegen_expr(c, v) && codegen_emit(c, OP_PRINT_EXPR, 0);
    if (v->kind == AST_CONSTANT) return true; // a constant statement does nothing
    if (!codegen_expr(c, v)) return false;
    c->u->artificial = true;
    return codegen_emit(c, OP_POP_TOP, 0);
}

/* ---- dispatch ---- */

static bool stmt_inner(Compiler *c, Node *s) {
    switch (s->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF:
        return function_def(c, s);
    case AST_CLASS_DEF:
        return class_def(c, s);
    case AST_RETURN:
        return return_stmt(c, s);
    case AST_DELETE: {
        size_t n = ast_len(s->Delete.targets);
        for (size_t i = 0; i < n; i++)
            if (!codegen_delete(c, ast_get(s->Delete.targets, i))) return false;
        return true;
    }
    case AST_ASSIGN:
        return assign(c, s);
    case AST_AUG_ASSIGN:
        return aug_assign(c, s);
    case AST_ANN_ASSIGN:
        return ann_assign(c, s);
    case AST_FOR:
    case AST_ASYNC_FOR:
        return for_stmt(c, s);
    case AST_WHILE:
        return while_stmt(c, s);
    case AST_IF:
        return if_stmt(c, s);
    case AST_WITH:
    case AST_ASYNC_WITH:
        return with_stmt(c, s);
    case AST_MATCH:
        return codegen_match(c, s);
    case AST_RAISE:
        return raise_stmt(c, s);
    case AST_TRY:
    case AST_TRY_STAR:
        return codegen_emit_line_nop(c) && try_stmt(c, s);
    case AST_ASSERT:
        return assert_stmt(c, s);
    case AST_IMPORT:
        return import_stmt(c, s);
    case AST_IMPORT_FROM:
        return import_from(c, s);
    case AST_EXPR:
        return expr_stmt(c, s);
    case AST_BREAK:
        return break_continue(c, s, true);
    case AST_CONTINUE:
        return break_continue(c, s, false);
    case AST_PASS:
        return codegen_emit_line_nop(c);
    default: /* Global, Nonlocal */
        return true;
    }
}

bool codegen_stmt(Compiler *c, Node *s) {
    if (s == NULL) return true;
    if (!symtable_depth_enter(c->I, &c->depth)) return false;
    SrcPos old = codegen_set_loc(c, s);
    bool ok = stmt_inner(c, s);
    codegen_restore_loc(c, old);
    symtable_depth_leave(&c->depth);
    return ok;
}

bool codegen_stmts(Compiler *c, NodeList *l) {
    size_t n = ast_len(l);
    for (size_t i = 0; i < n; i++)
        if (!codegen_stmt(c, ast_get(l, i))) return false;
    return true;
}

/* ---- module and class bodies ---- */

static int find_ann(Compiler *c, NodeList *l);

static int find_ann_stmt(Compiler *c, Node *s) {
    switch (s->kind) {
    case AST_ANN_ASSIGN:
        return 1;
    case AST_FOR:
    case AST_ASYNC_FOR: {
        int r = find_ann(c, s->For.body);
        return r != 0 ? r : find_ann(c, s->For.orelse);
    }
    case AST_WHILE: {
        int r = find_ann(c, s->While.body);
        return r != 0 ? r : find_ann(c, s->While.orelse);
    }
    case AST_IF: {
        int r = find_ann(c, s->If.body);
        return r != 0 ? r : find_ann(c, s->If.orelse);
    }
    case AST_WITH:
    case AST_ASYNC_WITH:
        return find_ann(c, s->With.body);
    case AST_TRY:
    case AST_TRY_STAR: {
        size_t n = ast_len(s->Try.handlers);
        for (size_t i = 0; i < n; i++) {
            Node *h = ast_get(s->Try.handlers, i);
            int r = h != NULL ? find_ann(c, h->ExceptHandler.body) : 0;
            if (r != 0) return r;
        }
        int r = find_ann(c, s->Try.body);
        if (r == 0) r = find_ann(c, s->Try.finalbody);
        if (r == 0) r = find_ann(c, s->Try.orelse);
        return r;
    }
    default:
        return 0;
    }
}

/* 1 when some statement (not inside a def or class) annotates a target, 0 if none, -1
 * on error. */
static int find_ann(Compiler *c, NodeList *l) {
    if (!symtable_depth_enter(c->I, &c->depth)) return -1;
    int r = 0;
    size_t n = ast_len(l);
    for (size_t i = 0; i < n && r == 0; i++) {
        Node *s = ast_get(l, i);
        if (s != NULL) r = find_ann_stmt(c, s);
    }
    symtable_depth_leave(&c->depth);
    return r;
}

static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
};

/* Checks the `from __future__ import` statements at the top of a module. */
static bool check_future(Compiler *c, NodeList *body) {
    size_t i;
    size_t end = symtable_future_range(body, &i);
    for (; i < end; i++) {
        Node *s = ast_get(body, i);
        size_t k = ast_len(s->ImportFrom.names);
        for (size_t j = 0; j < k; j++) {
            Node *a = ast_get(s->ImportFrom.names, j);
            BView f = a->alias.name;
            bool known = false;
            for (size_t m = 0; m < sizeof future_features / sizeof future_features[0]; m++)
                if (bview_eq_cstr(f, future_features[m])) known = true;
            if (bview_eq_cstr(f, "braces"))
                return symtable_errorf(c->I, c->cs, s->lineno, s->col_offset, s->lineno, -1,
                                       "not a chance");
            if (!known) {
                Value name = codegen_ident(c, f);
                if (name == VAL_NULL) return false;
                return symtable_errorf(c->I, c->cs, s->lineno, s->col_offset, s->lineno, -1,
                                       "future feature %U is not defined", name);
            }
            if (bview_eq_cstr(f, "annotations")) c->future_annotations = true;
        }
        c->future_lineno = s->lineno;
    }
    return true;
}

bool codegen_body(Compiler *c, NodeList *body, int mode) {
    size_t n = ast_len(body);
    if (mode == CODEGEN_BODY_MODULE || mode == CODEGEN_BODY_INTERACTIVE) {
        if (!check_future(c, body)) return false;
        Node *first = ast_get(body, 0);
        if (first != NULL) codegen_set_loc(c, first);
    }
    int ann = find_ann(c, body);
    if (ann < 0) return false;
    if (ann > 0 && !codegen_emit(c, OP_SETUP_ANNOTATIONS, 0)) return false;
    size_t i = 0;
    Node *doc = mode == CODEGEN_BODY_INTERACTIVE || c->cs->optimize >= 2 ? NULL
                                                                          : docstring_node(body);
    if (doc != NULL) {
        SrcPos old = codegen_set_loc(c, ast_get(body, 0));
        Value v = codegen_constant_value(c, doc);
        bool ok = v != VAL_NULL && codegen_load_const(c, v) &&
                  codegen_nameop(c, interp_name(c->I, N___doc__), AST_STORE);
        codegen_restore_loc(c, old);
        if (!ok) return false;
        i = 1;
    }
    for (; i < n; i++)
        if (!codegen_stmt(c, ast_get(body, i))) return false;
    return true;
}
