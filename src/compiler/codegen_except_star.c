/*
 * codegen_except_star.c: try / except* (PEP 654), in CPython 3.11's layout. The
 * handler keeps `prev orig list rest` on the stack: each clause splits `rest` with
 * CHECK_EG_MATCH, runs its body on the match and appends what the body raised to
 * `list`; the unmatched rest is appended last and PREP_RERAISE_STAR merges the list into
 * the exception to re-raise (or None).
 *
 * Invariant: every path through the handler leaves the stack as it found it before
 * PUSH_EXC_INFO (minus the exception), restoring the previous exception with POP_EXCEPT;
 * break / continue / return cannot leave an except* block (FB_HANDLER_STAR makes them a
 * SyntaxError in codegen_stmt.c).
 */
#include "codegen.h"

bool codegen_try_star(Compiler *c, Node *s) {
    Interp *I = c->I;
    int except = codegen_new_label(c), end = codegen_new_label(c), cleanup = codegen_new_label(c);
    int reraise_star = codegen_new_label(c), reraise = codegen_new_label(c);
    if (except < 0 || end < 0 || cleanup < 0 || reraise_star < 0 || reraise < 0) return false;
    int outer;
    if (!codegen_try_head(c, s, except, end, cleanup, &outer)) return false;
    int cleanup_h = c->u->cur_handler;
    if (!codegen_push_fblock(c, FB_HANDLER_STAR, -1, -1, s)) return false;
    codegen_top_fblock(c)->outer_handler = outer;
    size_t n = ast_len(s->Try.handlers);
    for (size_t i = 0; i < n; i++) {
        Node *h = ast_get(s->Try.handlers, i);
        if (h == NULL) continue;
        codegen_set_loc(c, h);
        int next = codegen_new_label(c), no_match = codegen_new_label(c);
        int with_error = codegen_new_label(c);
        if (next < 0 || no_match < 0 || with_error < 0) return false;
        if (i == 0) {
            // prev exc -> prev orig [] exc
            if (!codegen_emit(c, OP_COPY, 1) || !codegen_emit(c, OP_BUILD_LIST, 0) ||
                !codegen_emit(c, OP_SWAP, 2))
                return false;
        }
        if (h->ExceptHandler.type != NULL) {
            if (!codegen_expr(c, h->ExceptHandler.type) ||
                !codegen_emit(c, OP_CHECK_EG_MATCH, 0) || !codegen_emit(c, OP_COPY, 1) ||
                !codegen_emit_jump(c, OP_POP_JUMP_IF_NONE, no_match))
                return false;
        }
        Value name = VAL_NULL;
        if (ast_has_ident(h->ExceptHandler.name)) {
            name = codegen_ident(c, h->ExceptHandler.name);
            if (name == VAL_NULL || !codegen_nameop(c, name, AST_STORE)) return false;
        } else if (!codegen_emit(c, OP_POP_TOP, 0)) {
            return false;
        }
        int cleanup_end = codegen_new_label(c);
        if (cleanup_end < 0) return false;
        if (codegen_push_handler(c, cleanup_end, true, 0) < -1) return false;
        if (!codegen_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, h)) return false;
        codegen_top_fblock(c)->outer_handler = cleanup_h;
        codegen_top_fblock(c)->name = name;
        if (!codegen_stmts(c, h->ExceptHandler.body)) return false;
        codegen_pop_fblock(c);
        codegen_set_handler(c, cleanup_h);
        c->u->artificial = true;
        if (name != VAL_NULL &&
            (!codegen_load_const(c, I->none) || !codegen_nameop(c, name, AST_STORE) ||
             !codegen_nameop(c, name, AST_DEL)))
            return false;
        if (!codegen_emit_jump(c, OP_JUMP, next)) return false;
        // the clause's body raised: name = None; del name; add it to the list
        if (!codegen_bind(c, cleanup_end)) return false;
        if (name != VAL_NULL &&
            (!codegen_load_const(c, I->none) || !codegen_nameop(c, name, AST_STORE) ||
             !codegen_nameop(c, name, AST_DEL)))
            return false;
        if (!codegen_emit(c, OP_LIST_APPEND, 3) || !codegen_emit(c, OP_POP_TOP, 0) ||
            !codegen_emit_jump(c, OP_JUMP, with_error))
            return false;
        if (!codegen_bind(c, next) || !codegen_emit(c, OP_NOP, 0) ||
            !codegen_emit_jump(c, OP_JUMP, with_error))
            return false;
        if (!codegen_bind(c, no_match) || !codegen_emit(c, OP_POP_TOP, 0)) return false;
        if (!codegen_bind(c, with_error)) return false;
        if (i + 1 == n) {
            if (!codegen_emit(c, OP_LIST_APPEND, 1) || !codegen_emit_jump(c, OP_JUMP, reraise_star))
                return false;
        }
    }
    codegen_pop_fblock(c);
    c->u->artificial = true;
    if (!codegen_bind(c, reraise_star) || !codegen_emit(c, OP_PREP_RERAISE_STAR, 0) ||
        !codegen_emit(c, OP_COPY, 1) || !codegen_emit_jump(c, OP_POP_JUMP_IF_NOT_NONE, reraise))
        return false;
    // nothing to re-raise
    codegen_set_handler(c, outer);
    if (!codegen_emit(c, OP_POP_TOP, 0) || !codegen_emit(c, OP_POP_EXCEPT, 0) ||
        !codegen_emit_jump(c, OP_JUMP, end))
        return false;
    if (!codegen_bind(c, reraise) || !codegen_emit(c, OP_SWAP, 2) ||
        !codegen_emit(c, OP_POP_EXCEPT, 0) || !codegen_emit(c, OP_RERAISE, 0))
        return false;
    // cleanup: restore the previous exception and re-raise
    return codegen_bind(c, cleanup) && codegen_pop_except_reraise(c) && codegen_bind(c, end);
}

