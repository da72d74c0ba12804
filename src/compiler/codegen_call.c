/*
 * codegen_call.c: calls (LOAD_METHOD/CALL for method calls, PUSH_NULL/CALL, KW_NAMES,
 * CALL_FUNCTION_EX with LIST_EXTEND / DICT_MERGE for * and ** arguments), function
 * objects (defaults, keyword-only defaults, annotations, closures: codegen_function_prelude
 * and codegen_make_closure), lambdas and comprehensions (a nested function called at once
 * with the first iterator as its argument ".0").
 *
 * Invariant: a KW_NAMES instruction is always immediately followed by its CALL (the
 * verifier checks this).
 */
#include "codegen.h"

#include "../objects/exc.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

/* ---- calls ---- */

static bool validate_keywords(Compiler *c, NodeList *kws) {
    size_t n = ast_len(kws);
    for (size_t i = 0; i < n; i++) {
        Node *k = ast_get(kws, i);
        if (k == NULL || !ast_has_ident(k->keyword.arg)) continue;
        if (!codegen_check_forbidden(c, k->keyword.arg, AST_STORE)) return false;
        for (size_t j = i + 1; j < n; j++) {
            Node *o = ast_get(kws, j);
            if (o == NULL || !ast_has_ident(o->keyword.arg)) continue;
            if (bview_eq(k->keyword.arg, o->keyword.arg)) {
                Value name = codegen_ident(c, k->keyword.arg);
                if (name == VAL_NULL) return false;
                return codegen_error_at(c, o, "keyword argument repeated: %U", name);
            }
        }
    }
    return true;
}

static bool keyword_values(Compiler *c, NodeList *kws, size_t begin, size_t end) {
    for (size_t i = begin; i < end; i++) {
        Node *k = ast_get(kws, i);
        if (k != NULL && !codegen_expr(c, k->keyword.value)) return false;
    }
    return true;
}

/* KW_NAMES for keywords [begin, end) (all named). */
static bool kw_names(Compiler *c, NodeList *kws, size_t begin, size_t end) {
    Value t = tuple_new(c->I, end - begin);
    if (t == VAL_NULL) return false;
    for (size_t i = begin; i < end; i++) {
        Value name = codegen_ident(c, ast_get(kws, i)->keyword.arg);
        if (name == VAL_NULL) return false;
        tuple_init_item(t, i - begin, name);
    }
    int64_t idx = codegen_add_const(c, t);
    if (idx < 0) return false;
    if (idx > (int64_t)INSTR_ARG_MAX) return codegen_error(c, "too many constants");
    return codegen_emit(c, OP_KW_NAMES, (uint32_t)idx);
}

/* A dict of the named keywords [begin, end). */
static bool subkwargs(Compiler *c, NodeList *kws, size_t begin, size_t end) {
    size_t n = end - begin;
    bool big = n * 2 > CODEGEN_STACK_USE_GUARD;
    if (big && !codegen_emit(c, OP_BUILD_MAP, 0)) return false;
    for (size_t i = begin; i < end; i++) {
        Node *k = ast_get(kws, i);
        Value name = codegen_ident(c, k->keyword.arg);
        if (name == VAL_NULL || !codegen_load_const(c, name) || !codegen_expr(c, k->keyword.value))
            return false;
        if (big && !codegen_emit(c, OP_MAP_ADD, 1)) return false;
    }
    return big || codegen_emit(c, OP_BUILD_MAP, (uint32_t)n);
}

bool codegen_call_helper(Compiler *c, int n, NodeList *args, NodeList *kws) {
    if (!validate_keywords(c, kws)) return false;
    size_t nargs = ast_len(args), nkw = ast_len(kws);
    bool simple = nargs + nkw * 2 <= CODEGEN_STACK_USE_GUARD;
    for (size_t i = 0; i < nargs && simple; i++) {
        Node *a = ast_get(args, i);
        if (a != NULL && a->kind == AST_STARRED) simple = false;
    }
    for (size_t i = 0; i < nkw && simple; i++) {
        Node *k = ast_get(kws, i);
        if (k != NULL && !ast_has_ident(k->keyword.arg)) simple = false;
    }
    if (simple) {
        for (size_t i = 0; i < nargs; i++)
            if (!codegen_expr(c, ast_get(args, i))) return false;
        if (nkw > 0 && (!keyword_values(c, kws, 0, nkw) || !kw_names(c, kws, 0, nkw)))
            return false;
        return codegen_emit(c, OP_CALL, (uint32_t)((size_t)n + nargs + nkw));
    }
    // Positional arguments as one tuple.
    Node *first = ast_get(args, 0);
    if (n == 0 && nargs == 1 && first != NULL && first->kind == AST_STARRED) {
        if (!codegen_expr(c, first->Starred.value)) return false;
    } else if (!codegen_starunpack(c, args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                              true)) {
        return false;
    }
    // Keyword arguments as one dict.
    if (nkw > 0) {
        bool have_dict = false;
        size_t nseen = 0;
        for (size_t i = 0; i < nkw; i++) {
            Node *k = ast_get(kws, i);
            if (ast_has_ident(k->keyword.arg)) {
                nseen++;
                continue;
            }
            if (nseen > 0) {
                if (!subkwargs(c, kws, i - nseen, i)) return false;
                if (have_dict && !codegen_emit(c, OP_DICT_MERGE, 1)) return false;
                have_dict = true;
                nseen = 0;
            }
            if (!have_dict) {
                if (!codegen_emit(c, OP_BUILD_MAP, 0)) return false;
                have_dict = true;
            }
            if (!codegen_expr(c, k->keyword.value) || !codegen_emit(c, OP_DICT_MERGE, 1))
                return false;
        }
        if (nseen > 0) {
            if (!subkwargs(c, kws, nkw - nseen, nkw)) return false;
            if (have_dict && !codegen_emit(c, OP_DICT_MERGE, 1)) return false;
        }
    }
    return codegen_emit(c, OP_CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

/* obj.meth(args) with plain arguments: LOAD_METHOD + CALL. Returns 1 done, 0 not
 * applicable, -1 error. */
static int method_call(Compiler *c, Node *e) {
    Node *meth = e->Call.func;
    if (meth->kind != AST_ATTRIBUTE || meth->Attribute.ctx != AST_LOAD) return 0;
    // As CPython: `mod.f(...)` where `mod` is a name some import binds at module level
    // is an attribute load plus a plain call (this shows in instruction positions).
    Node *obj = meth->Attribute.value;
    if (obj->kind == AST_NAME) {
        Value name = codegen_ident(c, obj->Name.id);
        if (name == VAL_NULL) return -1;
        if (symtable_flags(c->I, c->top, name) & DEF_IMPORT) return 0;
    }
    size_t nargs = ast_len(e->Call.args), nkw = ast_len(e->Call.keywords);
    if (nargs + nkw + (nkw != 0) >= CODEGEN_STACK_USE_GUARD) return 0;
    for (size_t i = 0; i < nargs; i++) {
        Node *a = ast_get(e->Call.args, i);
        if (a != NULL && a->kind == AST_STARRED) return 0;
    }
    for (size_t i = 0; i < nkw; i++) {
        Node *k = ast_get(e->Call.keywords, i);
        if (k != NULL && !ast_has_ident(k->keyword.arg)) return 0;
    }
    if (!codegen_expr(c, meth->Attribute.value)) return -1;
    // LOAD_METHOD, the arguments and KW_NAMES at the attribute's position, the CALL at
    // the call's (both moved to the attribute's line when it is on a later line).
    SrcPos call_loc = codegen_set_loc(c, meth);
    codegen_loc_match_attr(c, meth);
    if (!codegen_emit_name(c, OP_LOAD_METHOD, codegen_ident(c, meth->Attribute.attr), true))
        return -1;
    for (size_t i = 0; i < nargs; i++)
        if (!codegen_expr(c, ast_get(e->Call.args, i))) return -1;
    if (nkw > 0 && (!keyword_values(c, e->Call.keywords, 0, nkw) ||
                    !kw_names(c, e->Call.keywords, 0, nkw)))
        return -1;
    codegen_restore_loc(c, call_loc);
    codegen_loc_match_attr(c, meth);
    if (!codegen_emit(c, OP_CALL, (uint32_t)(nargs + nkw))) return -1;
    return 1;
}

bool codegen_call(Compiler *c, Node *e) {
    if (!validate_keywords(c, e->Call.keywords)) return false;
    int r = method_call(c, e);
    if (r != 0) return r > 0;
    if (!codegen_warn_call(c, e)) return false;
    SrcPos old = codegen_set_loc(c, e->Call.func);
    bool ok = codegen_emit(c, OP_PUSH_NULL, 0);
    codegen_restore_loc(c, old);
    return ok && codegen_expr(c, e->Call.func) &&
           codegen_call_helper(c, 0, e->Call.args, e->Call.keywords);
}

/* ---- function objects ---- */

bool codegen_make_closure(Compiler *c, Value code, int flags, Value qualname) {
    Interp *I = c->I;
    CodeObject *co = code_cast(code);
    if (co == NULL) return false;
    size_t nfree = tuple_len(co->freenames);
    if (nfree > 0) {
        for (size_t i = 0; i < nfree; i++) {
            Value name = tuple_get(co->freenames, i);
            int64_t arg = codegen_closure_index(c, name);
            if (arg < 0) {
                exc_raise(I, TY_SYSTEM_ERROR, "compiler: no closure cell for %R", name);
                return false;
            }
            if (!codegen_emit(c, OP_LOAD_CLOSURE, (uint32_t)arg)) return false;
        }
        if (!codegen_emit(c, OP_BUILD_TUPLE, (uint32_t)nfree)) return false;
        flags |= 8;
    }
    return codegen_load_const(c, code) && codegen_load_const(c, qualname) &&
           codegen_emit(c, OP_MAKE_FUNCTION, (uint32_t)flags);
}

static bool check_arg_names(Compiler *c, NodeList *l) {
    size_t n = ast_len(l);
    for (size_t i = 0; i < n; i++) {
        Node *a = ast_get(l, i);
        if (a != NULL && !codegen_check_forbidden(c, a->arg.arg, AST_STORE)) return false;
    }
    return true;
}

/* "cannot assign to __debug__" for parameters named __debug__. */
static bool check_debug_args(Compiler *c, Node *args) {
    if (args == NULL) return true;
    if (!check_arg_names(c, args->arguments.posonlyargs) ||
        !check_arg_names(c, args->arguments.args) ||
        !check_arg_names(c, args->arguments.kwonlyargs))
        return false;
    if (args->arguments.vararg != NULL &&
        !codegen_check_forbidden(c, args->arguments.vararg->arg.arg, AST_STORE))
        return false;
    if (args->arguments.kwarg != NULL &&
        !codegen_check_forbidden(c, args->arguments.kwarg->arg.arg, AST_STORE))
        return false;
    return true;
}

static bool annotation_value(Compiler *c, Node *ann) {
    if (c->future_annotations) {
        Value s = codegen_annotation_text(c, ann);
        return s != VAL_NULL && codegen_load_const(c, s);
    }
    if (ann->kind == AST_STARRED) {
        // *args: *Ts  means [value] = [*Ts].
        return codegen_expr(c, ann->Starred.value) && codegen_emit(c, OP_UNPACK_SEQUENCE, 1);
    }
    return codegen_expr(c, ann);
}

static bool arg_annotation(Compiler *c, BView id, Node *ann, size_t *count) {
    if (ann == NULL) return true;
    Value name = codegen_ident(c, id);
    if (name == VAL_NULL) return false;
    Value mangled = codegen_mangle(c, name);
    if (mangled == VAL_NULL || !codegen_load_const(c, mangled) || !annotation_value(c, ann))
        return false;
    (*count)++;
    return true;
}

static bool arg_annotations(Compiler *c, NodeList *l, size_t *count) {
    size_t n = ast_len(l);
    for (size_t i = 0; i < n; i++) {
        Node *a = ast_get(l, i);
        if (a != NULL && !arg_annotation(c, a->arg.arg, a->arg.annotation, count)) return false;
    }
    return true;
}

int codegen_function_prelude(Compiler *c, Node *args, Node *returns, bool annotations) {
    int flags = 0;
    if (!check_debug_args(c, args)) return -1;
    if (args != NULL) {
        NodeList *defs = args->arguments.defaults;
        size_t nd = ast_len(defs);
        if (nd > 0) {
            if (!codegen_starunpack_tuple(c, defs)) return -1;
            flags |= 1;
        }
        size_t nk = ast_len(args->arguments.kwonlyargs), count = 0;
        for (size_t i = 0; i < nk; i++) {
            Node *a = ast_get(args->arguments.kwonlyargs, i);
            Node *d = ast_get(args->arguments.kw_defaults, i);
            if (a == NULL || d == NULL) continue;
            Value name = codegen_ident(c, a->arg.arg);
            if (name == VAL_NULL) return -1;
            Value mangled = codegen_mangle(c, name);
            if (mangled == VAL_NULL || !codegen_load_const(c, mangled) || !codegen_expr(c, d))
                return -1;
            count++;
        }
        if (count > 0) {
            if (!codegen_emit(c, OP_BUILD_MAP, (uint32_t)count)) return -1;
            flags |= 2;
        }
    }
    if (annotations) {
        size_t count = 0;
        if (args != NULL) {
            if (!arg_annotations(c, args->arguments.args, &count) ||
                !arg_annotations(c, args->arguments.posonlyargs, &count))
                return -1;
            Node *va = args->arguments.vararg;
            if (va != NULL && !arg_annotation(c, va->arg.arg, va->arg.annotation, &count))
                return -1;
            if (!arg_annotations(c, args->arguments.kwonlyargs, &count)) return -1;
            Node *kw = args->arguments.kwarg;
            if (kw != NULL && !arg_annotation(c, kw->arg.arg, kw->arg.annotation, &count))
                return -1;
        }
        if (returns != NULL) {
            Value ret = str_intern_cstr(c->I, "return");
            if (ret == VAL_NULL || !codegen_load_const(c, ret) || !annotation_value(c, returns))
                return -1;
            count++;
        }
        if (count > 0) {
            if (!codegen_emit(c, OP_BUILD_MAP, (uint32_t)count)) return -1;
            flags |= 4;
        }
    }
    return flags;
}

/* Sets the argument counts of the current unit from [args]. */
void codegen_set_argcounts(Compiler *c, Node *args) {
    if (args == NULL) return;
    c->u->posonlyargcount = (uint32_t)ast_len(args->arguments.posonlyargs);
    c->u->argcount = (uint32_t)(ast_len(args->arguments.posonlyargs) +
                                ast_len(args->arguments.args));
    c->u->kwonlyargcount = (uint32_t)ast_len(args->arguments.kwonlyargs);
}

bool codegen_lambda(Compiler *c, Node *e) {
    Interp *I = c->I;
    int flags = codegen_function_prelude(c, e->Lambda.args, NULL, false);
    if (flags < 0) return false;
    Scope *ste = symtable_child(c->u->ste, e);
    if (ste == NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "compiler: lambda has no scope");
        return false;
    }
    Value name = str_intern_cstr(I, "<lambda>");
    if (name == VAL_NULL || !codegen_enter_unit(c, ste, UNIT_LAMBDA, name, e->lineno)) return false;
    codegen_set_argcounts(c, e->Lambda.args);
    // None first, so a lambda never has a docstring.
    bool ok = codegen_add_const(c, I->none) >= 0 && codegen_expr(c, e->Lambda.body);
    if (ok) {
        c->u->artificial = true;
        ok = codegen_emit(c, OP_RETURN_VALUE, 0);
    }
    if (!ok) {
        codegen_drop_unit(c);
        return false;
    }
    Value qualname = c->u->qualname;
    Value code = codegen_exit_unit(c);
    return code != VAL_NULL && codegen_make_closure(c, code, flags, qualname);
}

/* ---- comprehensions ---- */

static bool comp_generator(Compiler *c, NodeList *gens, size_t index, int depth, Node *elt,
                           Node *val, int kind);

static bool comp_generator_inner(Compiler *c, NodeList *gens, size_t index, int depth,
                                 Node *elt, Node *val, int kind) {
    Node *gen = ast_get(gens, index);
    int start = codegen_new_label(c), if_cleanup = codegen_new_label(c),
        anchor = codegen_new_label(c);
    if (start < 0 || if_cleanup < 0 || anchor < 0) return false;
    bool loop = true;
    bool is_async = gen->comprehension.is_async;
    if (index == 0) {
        // The outermost iterator is the implicit argument .0.
        if (!codegen_emit(c, OP_LOAD_FAST, 0)) return false;
    } else if (is_async) {
        if (!codegen_expr(c, gen->comprehension.iter) || !codegen_emit(c, OP_GET_AITER, 0))
            return false;
    } else {
        // `for y in [expr]` binds y to expr without building a list.
        Node *it = gen->comprehension.iter;
        NodeList *elts = NULL;
        if (it->kind == AST_LIST || it->kind == AST_TUPLE) elts = it->List.elts;
        Node *only = ast_len(elts) == 1 ? ast_get(elts, 0) : NULL;
        if (only != NULL && only->kind != AST_STARRED) {
            if (!codegen_expr(c, only)) return false;
            loop = false;
        } else {
            if (!codegen_iter_expr(c, it) || !codegen_emit(c, OP_GET_ITER, 0)) return false;
        }
    }
    int outer_h = c->u->cur_handler;
    if (is_async) {
        // anchor: END_ASYNC_FOR ends the loop when __anext__ raises StopAsyncIteration
        depth++;
        if (!codegen_bind(c, start) || codegen_push_handler(c, anchor, false, 0) < -1 ||
            !codegen_emit(c, OP_GET_ANEXT, 0) || !codegen_load_const(c, c->I->none) ||
            !codegen_yield_from_loop(c))
            return false;
        codegen_set_handler(c, outer_h);
    } else if (loop) {
        depth++;
        if (!codegen_bind(c, start) || !codegen_emit_jump(c, OP_FOR_ITER, anchor)) return false;
    }
    if (!codegen_store(c, gen->comprehension.target)) return false;
    size_t nifs = ast_len(gen->comprehension.ifs);
    for (size_t i = 0; i < nifs; i++)
        if (!codegen_jump_if(c, ast_get(gen->comprehension.ifs, i), if_cleanup, false))
            return false;
    if (index + 1 < ast_len(gens)) {
        if (!comp_generator(c, gens, index + 1, depth, elt, val, kind)) return false;
    } else {
        switch (kind) {
        case COMP_GENEXP:
            if (!codegen_expr(c, elt) ||
                (c->u->ste->is_async && !codegen_emit(c, OP_ASYNC_GEN_WRAP, 0)) ||
                !codegen_emit(c, OP_YIELD_VALUE, 0) ||
                !codegen_emit(c, OP_POP_TOP, 0))
                return false;
            break;
        case COMP_LIST:
            if (!codegen_expr(c, elt) || !codegen_emit(c, OP_LIST_APPEND, (uint32_t)depth + 1))
                return false;
            break;
        case COMP_SET:
            if (!codegen_expr(c, elt) || !codegen_emit(c, OP_SET_ADD, (uint32_t)depth + 1))
                return false;
            break;
        default:
            if (!codegen_expr(c, elt) || !codegen_expr(c, val) ||
                !codegen_emit(c, OP_MAP_ADD, (uint32_t)depth + 1))
                return false;
            break;
        }
    }
    if (!codegen_bind(c, if_cleanup)) return false;
    if (is_async) {
        return codegen_emit_jump(c, OP_JUMP, start) && codegen_bind(c, anchor) &&
               codegen_emit(c, OP_END_ASYNC_FOR, 0);
    }
    if (loop) {
        if (!codegen_emit_jump(c, OP_JUMP, start) || !codegen_bind(c, anchor)) return false;
    }
    return true;
}

static bool comp_generator(Compiler *c, NodeList *gens, size_t index, int depth, Node *elt,
                           Node *val, int kind) {
    if (!symtable_depth_enter(c->I, &c->depth)) return false;
    bool ok = comp_generator_inner(c, gens, index, depth, elt, val, kind);
    symtable_depth_leave(&c->depth);
    return ok;
}

bool codegen_comprehension(Compiler *c, Node *e) {
    Interp *I = c->I;
    NodeList *gens;
    Node *elt, *val = NULL;
    int kind, build = 0;
    switch (e->kind) {
    case AST_LIST_COMP:
        gens = e->ListComp.generators, elt = e->ListComp.elt, kind = COMP_LIST;
        build = OP_BUILD_LIST;
        break;
    case AST_SET_COMP:
        gens = e->SetComp.generators, elt = e->SetComp.elt, kind = COMP_SET;
        build = OP_BUILD_SET;
        break;
    case AST_DICT_COMP:
        gens = e->DictComp.generators, elt = e->DictComp.key, val = e->DictComp.value;
        kind = COMP_DICT;
        build = OP_BUILD_MAP;
        break;
    default:
        gens = e->GeneratorExp.generators, elt = e->GeneratorExp.elt, kind = COMP_GENEXP;
        break;
    }
    Node *outer = ast_get(gens, 0);
    Scope *ste = symtable_child(c->u->ste, e);
    if (outer == NULL || ste == NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "compiler: comprehension has no scope");
        return false;
    }
    bool awaited = ste->is_async && kind != COMP_GENEXP;
    if (awaited && !c->u->ste->is_async && c->u->ste->comp_kind == COMP_NONE)
        return codegen_error(c, "asynchronous comprehension outside of an asynchronous function");
    if (!codegen_enter_unit(c, ste, UNIT_COMPREHENSION, ste->name, e->lineno)) return false;
    c->u->loc = codegen_pos_of(e);
    c->u->argcount = 1;
    bool ok = (kind == COMP_GENEXP || codegen_emit(c, build, 0)) &&
              comp_generator(c, gens, 0, 0, elt, val, kind);
    if (ok) {
        c->u->artificial = true;
        if (kind == COMP_GENEXP) ok = codegen_load_const(c, I->none);
        ok = ok && codegen_emit(c, OP_RETURN_VALUE, 0);
    }
    if (!ok) {
        codegen_drop_unit(c);
        return false;
    }
    Value qualname = c->u->qualname;
    Value code = codegen_exit_unit(c);
    if (code == VAL_NULL || !codegen_make_closure(c, code, 0, qualname)) return false;
    if (!codegen_iter_expr(c, outer->comprehension.iter)) return false;
    if (!codegen_emit(c, outer->comprehension.is_async ? OP_GET_AITER : OP_GET_ITER, 0) ||
        !codegen_emit(c, OP_CALL, 0))
        return false;
    return !awaited || codegen_await_tos(c, 0);
}
