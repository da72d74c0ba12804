/*
 * symtable.c: builds the symbol table (see symtable.h) in two passes: a visit of the AST
 * that records DEF_* flags per scope, then analyze(), which resolves every name to its
 * scope the way CPython 3.11's symtable does (bound sets flow down, free sets flow up;
 * a function's locals that are free in a child become cells; class bodies keep their
 * names to themselves and only provide the __class__ cell).
 *
 * Invariant: every recursive visitor is bracketed by symtable_depth_enter/leave (which
 * also checks the C stack budget), so deeply nested source raises RecursionError instead
 * of overflowing the C stack.
 */
#include "symtable.h"

#include <stdarg.h>

#include "compile.h"

#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../kernel/utf8.h"
#include "../modules/unicodedatamod.h"

typedef struct SymTable {
    Interp *I;
    CompileDepth depth;
    const CompileSrc *cs;
    Scope *top;
    Scope *cur;
    Value private_; /* name of the innermost enclosing class, or VAL_NULL */
    bool future_annotations; /* annotations are stored as text (PEP 563) */
} SymTable;

static bool visit_stmt(SymTable *st, Node *s);
static bool visit_expr(SymTable *st, Node *e);
static bool visit_pattern(SymTable *st, Node *p);

/* ---- recursion guard ---- */

void symtable_depth_init(Interp *I, CompileDepth *d) {
    d->depth = ((int64_t)I->depth + I->c_depth) * 3;
    d->limit = (int64_t)I->recursion_limit * 3;
}

bool symtable_depth_enter(Interp *I, CompileDepth *d) {
    if (++d->depth > d->limit) {
        d->depth--;
        exc_raise(I, TY_RECURSION_ERROR, "maximum recursion depth exceeded during compilation");
        return false;
    }
    if (!interp_check_stack(I, "during compilation")) {
        d->depth--;
        return false;
    }
    return true;
}

void symtable_depth_leave(CompileDepth *d) {
    if (d->depth > 0) d->depth--;
}

/* ---- errors and names ---- */

bool symtable_error(Interp *I, const CompileSrc *cs, TypeId type, const char *msg,
                    int lineno, int col, int end_lineno, int end_col) {
    Value text = I->none;
    BView fn = str_view(cs->filename);
    if (bview_get(fn, 0) != '<' && lineno > 0) {
        // The text of line [lineno] including its newline.
        BView src = cs->src;
        size_t pos = 0;
        int line = 1;
        while (line < lineno && pos < src.n) {
            int64_t nl = bview_find_byte(src, '\n', pos);
            if (nl < 0) { pos = src.n; break; }
            pos = (size_t)nl + 1;
            line++;
        }
        if (line == lineno && pos < src.n) {
            int64_t nl = bview_find_byte(src, '\n', pos);
            size_t end = nl < 0 ? src.n : (size_t)nl + 1;
            Value t = str_from_utf8(I, bview_slice(src, pos, end));
            if (t == VAL_NULL) exc_clear(I);
            else text = t;
        }
    }
    Value e = exc_new_syntax(I, type, msg, cs->filename, lineno, col + 1, text, end_lineno,
                             end_col < 0 ? 0 : end_col + 1);
    if (e == VAL_NULL) return false;
    // end_col -1: no end offset (CPython's __future__ errors report end_offset None).
    if (end_col < 0 && obj_setattr_cstr(I, e, "end_offset", I->none) < 0) return false;
    exc_set(I, e);
    return false;
}

bool symtable_errorf(Interp *I, const CompileSrc *cs, int lineno, int col, int end_lineno,
                     int end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    bool r = symtable_verrorf(I, cs, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    return r;
}

bool symtable_verrorf(Interp *I, const CompileSrc *cs, int lineno, int col, int end_lineno,
                      int end_col, const char *fmt, va_list ap) {
    Value s = str_from_vformat(I, fmt, ap);
    if (s == VAL_NULL) return false;
    // exc_new_syntax wants a C string: copy the text into a buffer.
    Buf b;
    buf_init(&b);
    if (buf_append(I->heap, &b, str_view(s)) != K_OK) {
        exc_nomem(I);
        return false;
    }
    return symtable_error(I, cs, TY_SYNTAX_ERROR, buf_cstr(&b), lineno, col, end_lineno,
                          end_col);
}

Value symtable_ident(Interp *I, BView v) {
    Value s = str_new(I, v);
    if (s == VAL_NULL) return VAL_NULL;
    // PEP 3131: identifiers are NFKC-normalized while parsing (`ﬁle` is `file`)
    if (!utf8_is_ascii(v)) {
        s = unicodedatamod_nfkc(I, s);
        if (s == VAL_NULL) return VAL_NULL;
    }
    return str_intern(I, s);
}

Value symtable_mangle(Interp *I, Value private_, Value name) {
    BView n = str_view(name);
    if (private_ == VAL_NULL || n.n < 2 || bview_get(n, 0) != '_' || bview_get(n, 1) != '_')
        return name;
    // Dunder names ("__x__") and dotted import names are left alone.
    if (n.n >= 4 && bview_get(n, n.n - 1) == '_' && bview_get(n, n.n - 2) == '_') return name;
    if (bview_find_byte(n, '.', 0) >= 0) return name;
    BView p = str_view(private_);
    size_t skip = 0;
    while (skip < p.n && bview_get(p, skip) == '_') skip++;
    if (skip == p.n) return name; // class name made only of underscores
    Buf b;
    buf_init(&b);
    if (buf_push(I->heap, &b, '_') != K_OK ||
        buf_append(I->heap, &b, bview_slice(p, skip, p.n)) != K_OK ||
        buf_append(I->heap, &b, n) != K_OK) {
        exc_nomem(I);
        return VAL_NULL;
    }
    return symtable_ident(I, buf_view(&b));
}

int symtable_flags(Interp *I, Scope *s, Value name) {
    Value v = dict_get(I, s->symbols, name);
    if (v == VAL_NULL) {
        exc_clear(I);
        return 0;
    }
    return (int)val_small(v);
}

int symtable_scope_of(Interp *I, Scope *s, Value name) {
    return (symtable_flags(I, s, name) >> SYM_SCOPE_SHIFT) & SYM_SCOPE_MASK;
}

Scope *symtable_child(Scope *parent, const Node *n) {
    if (parent == NULL) return NULL;
    // Children are usually requested in creation order: resume after the last hit.
    Scope *start = parent->cursor != NULL ? parent->cursor : parent->first_child;
    for (Scope *c = start; c != NULL; c = c->next_sibling) {
        if (c->node == n) {
            parent->cursor = c->next_sibling;
            return c;
        }
    }
    for (Scope *c = parent->first_child; c != start && c != NULL; c = c->next_sibling) {
        if (c->node == n) {
            parent->cursor = c->next_sibling;
            return c;
        }
    }
    return NULL;
}

/* ---- recording ---- */

static bool err_at(SymTable *st, const Node *n, const char *msg) {
    return symtable_error(st->I, st->cs, TY_SYNTAX_ERROR, msg, n->lineno, n->col_offset,
                          n->end_lineno, n->end_col_offset);
}

static bool enter_block(SymTable *st, Value name, ScopeKind kind, Node *n) {
    Interp *I = st->I;
    Scope *s = heap_new(I->heap, sizeof(Scope), HEAP_SCAN);
    if (s == NULL) {
        exc_nomem(I);
        return false;
    }
    s->kind = (uint8_t)kind;
    s->node = n;
    s->name = name;
    s->lineno = n->lineno;
    s->col_offset = n->col_offset;
    s->symbols = dict_new(I);
    s->varnames = list_new(I, 0);
    s->directives = dict_new(I);
    if (s->symbols == VAL_NULL || s->varnames == VAL_NULL || s->directives == VAL_NULL)
        return false;
    s->parent = st->cur;
    if (st->cur != NULL) {
        if (st->cur->last_child == NULL) st->cur->first_child = s;
        else st->cur->last_child->next_sibling = s;
        st->cur->last_child = s;
        s->nested = st->cur->nested || st->cur->kind == SCOPE_FUNCTION;
    } else {
        st->top = s;
    }
    st->cur = s;
    return true;
}

static void exit_block(SymTable *st) { st->cur = st->cur->parent; }

/* Adds [flag] to mangled name [mangled] in scope [s]. */
static bool add_def_in(SymTable *st, Scope *s, Value mangled, int flag, const Node *loc,
                       Value shown) {
    Interp *I = st->I;
    int val = flag;
    Value old = dict_get(I, s->symbols, mangled);
    if (old == VAL_NULL && I->exc != VAL_NULL) return false;
    if (old != VAL_NULL) {
        int o = (int)val_small(old);
        if ((flag & DEF_PARAM) && (o & DEF_PARAM))
            return symtable_errorf(I, st->cs, loc->lineno, loc->col_offset, loc->end_lineno,
                                   loc->end_col_offset,
                                   "duplicate argument '%U' in function definition", shown);
        val = o | flag;
    }
    if (s->comp_iter_target > 0) {
        if (val & (DEF_GLOBAL | DEF_NONLOCAL))
            return symtable_errorf(
                I, st->cs, loc->lineno, loc->col_offset, loc->end_lineno, loc->end_col_offset,
                "comprehension inner loop cannot rebind assignment expression target '%U'",
                shown);
        val |= DEF_COMP_ITER;
    }
    if (!dict_set(I, s->symbols, mangled, val_from_small(val))) return false;
    if (flag & DEF_PARAM) {
        if (!list_append(I, s->varnames, mangled)) return false;
    } else if (flag & DEF_GLOBAL) {
        // The module scope learns about the global too (its accesses become GLOBAL).
        Value g = dict_get(I, st->top->symbols, mangled);
        if (g == VAL_NULL && I->exc != VAL_NULL) return false;
        int gv = flag | (g != VAL_NULL ? (int)val_small(g) : 0);
        if (!dict_set(I, st->top->symbols, mangled, val_from_small(gv))) return false;
    }
    return true;
}

static bool add_def(SymTable *st, Value name, int flag, const Node *loc) {
    Value m = symtable_mangle(st->I, st->private_, name);
    if (m == VAL_NULL) return false;
    return add_def_in(st, st->cur, m, flag, loc, name);
}

static bool add_def_ident(SymTable *st, BView id, int flag, const Node *loc) {
    Value name = symtable_ident(st->I, id);
    if (name == VAL_NULL) return false;
    return add_def(st, name, flag, loc);
}

static int lookup(SymTable *st, Value name, Value *mangled) {
    Value m = symtable_mangle(st->I, st->private_, name);
    if (m == VAL_NULL) return -1;
    *mangled = m;
    return symtable_flags(st->I, st->cur, m);
}

static bool record_directive(SymTable *st, Value mangled, const Node *s) {
    Interp *I = st->I;
    Value t = tuple_pack(I, 4, val_from_small(s->lineno), val_from_small(s->col_offset),
                         val_from_small(s->end_lineno), val_from_small(s->end_col_offset));
    if (t == VAL_NULL) return false;
    Value old = dict_get(I, st->cur->directives, mangled);
    if (old != VAL_NULL) return true; // keep the first directive for error locations
    if (I->exc != VAL_NULL) return false;
    return dict_set(I, st->cur->directives, mangled, t);
}

/* ---- visiting ---- */

static bool visit_seq_stmt(SymTable *st, NodeList *l) {
    size_t n = ast_len(l);
    for (size_t i = 0; i < n; i++) {
        Node *s = ast_get(l, i);
        if (s != NULL && !visit_stmt(st, s)) return false;
    }
    return true;
}

static bool visit_seq_expr(SymTable *st, NodeList *l) {
    size_t n = ast_len(l);
    for (size_t i = 0; i < n; i++) {
        Node *e = ast_get(l, i);
        if (e != NULL && !visit_expr(st, e)) return false;
    }
    return true;
}

static bool visit_opt(SymTable *st, Node *e) { return e == NULL || visit_expr(st, e); }

static bool visit_params(SymTable *st, NodeList *l) {
    size_t n = ast_len(l);
    for (size_t i = 0; i < n; i++) {
        Node *a = ast_get(l, i);
        if (a != NULL && !add_def_ident(st, a->arg.arg, DEF_PARAM, a)) return false;
    }
    return true;
}

static bool visit_arguments(SymTable *st, Node *a) {
    if (a == NULL) return true;
    if (!visit_params(st, a->arguments.posonlyargs)) return false;
    if (!visit_params(st, a->arguments.args)) return false;
    if (!visit_params(st, a->arguments.kwonlyargs)) return false;
    if (a->arguments.vararg != NULL) {
        if (!add_def_ident(st, a->arguments.vararg->arg.arg, DEF_PARAM, a->arguments.vararg))
            return false;
        st->cur->varargs = true;
    }
    if (a->arguments.kwarg != NULL) {
        if (!add_def_ident(st, a->arguments.kwarg->arg.arg, DEF_PARAM, a->arguments.kwarg))
            return false;
        st->cur->varkeywords = true;
    }
    return true;
}

// Annotation [e] (may be NULL). Under `from __future__ import annotations` it is kept as
// text and never run; CPython then rejects yield, await and := in it (visit_expr_inner).
static bool visit_annotation(SymTable *st, Node *e) {
    if (!st->future_annotations) return visit_opt(st, e);
    st->cur->annotation++;
    bool ok = visit_opt(st, e);
    st->cur->annotation--;
    return ok;
}

static bool visit_arg_annotations(SymTable *st, NodeList *l) {
    size_t n = ast_len(l);
    for (size_t i = 0; i < n; i++) {
        Node *a = ast_get(l, i);
        if (a != NULL && !visit_annotation(st, a->arg.annotation)) return false;
    }
    return true;
}

static bool visit_annotations(SymTable *st, Node *a, Node *returns) {
    if (a != NULL) {
        if (!visit_arg_annotations(st, a->arguments.posonlyargs)) return false;
        if (!visit_arg_annotations(st, a->arguments.args)) return false;
        if (a->arguments.vararg != NULL &&
            !visit_annotation(st, a->arguments.vararg->arg.annotation))
            return false;
        if (a->arguments.kwarg != NULL &&
            !visit_annotation(st, a->arguments.kwarg->arg.annotation))
            return false;
        if (!visit_arg_annotations(st, a->arguments.kwonlyargs)) return false;
    }
    return visit_annotation(st, returns);
}

static bool visit_defaults(SymTable *st, Node *a) {
    if (a == NULL) return true;
    return visit_seq_expr(st, a->arguments.defaults) &&
           visit_seq_expr(st, a->arguments.kw_defaults);
}

static bool visit_alias(SymTable *st, Node *a) {
    BView name = ast_has_ident(a->alias.asname) ? a->alias.asname : a->alias.name;
    if (bview_eq_cstr(name, "*")) {
        if (st->cur->kind != SCOPE_MODULE)
            return err_at(st, a, "import * only allowed at module level");
        return true;
    }
    int64_t dot = bview_find_byte(name, '.', 0);
    if (dot >= 0) name = bview_slice(name, 0, (size_t)dot);
    return add_def_ident(st, name, DEF_IMPORT, a);
}

static bool visit_global_nonlocal(SymTable *st, Node *s, bool global) {
    Interp *I = st->I;
    NodeList *names = global ? s->Global.names : s->Nonlocal.names;
    size_t n = ast_len(names);
    for (size_t i = 0; i < n; i++) {
        Node *id = ast_get(names, i);
        if (id == NULL) continue;
        Value name = symtable_ident(I, id->Identifier.id);
        if (name == VAL_NULL) return false;
        Value mangled = VAL_NULL;
        int cur = lookup(st, name, &mangled);
        if (cur < 0) return false;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            const char *msg;
            if (cur & DEF_PARAM)
                msg = global ? "name '%U' is parameter and global"
                             : "name '%U' is parameter and nonlocal";
            else if (cur & DEF_USE)
                msg = global ? "name '%U' is used prior to global declaration"
                             : "name '%U' is used prior to nonlocal declaration";
            else if (cur & DEF_ANNOT)
                msg = global ? "annotated name '%U' can't be global"
                             : "annotated name '%U' can't be nonlocal";
            else
                msg = global ? "name '%U' is assigned to before global declaration"
                             : "name '%U' is assigned to before nonlocal declaration";
            return symtable_errorf(I, st->cs, s->lineno, s->col_offset, s->end_lineno,
                                   s->end_col_offset, msg, name);
        }
        if (!add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s)) return false;
        if (!record_directive(st, mangled, s)) return false;
    }
    return true;
}

static bool visit_function(SymTable *st, Node *s) {
    Interp *I = st->I;
    AstFunctionDefFields *f = &s->FunctionDef;
    Value name = symtable_ident(I, f->name);
    if (name == VAL_NULL) return false;
    if (!add_def(st, name, DEF_LOCAL, s)) return false;
    if (!visit_defaults(st, f->args)) return false;
    if (!visit_annotations(st, f->args, f->returns)) return false;
    if (!visit_seq_expr(st, f->decorator_list)) return false;
    if (!enter_block(st, name, SCOPE_FUNCTION, s)) return false;
    st->cur->is_async = s->kind == AST_ASYNC_FUNCTION_DEF;
    if (!visit_arguments(st, f->args)) return false;
    if (!visit_seq_stmt(st, f->body)) return false;
    exit_block(st);
    return true;
}

static bool visit_class(SymTable *st, Node *s) {
    Interp *I = st->I;
    Value name = symtable_ident(I, s->ClassDef.name);
    if (name == VAL_NULL) return false;
    if (!add_def(st, name, DEF_LOCAL, s)) return false;
    if (!visit_seq_expr(st, s->ClassDef.bases)) return false;
    size_t nk = ast_len(s->ClassDef.keywords);
    for (size_t i = 0; i < nk; i++) {
        Node *k = ast_get(s->ClassDef.keywords, i);
        if (k != NULL && !visit_expr(st, k->keyword.value)) return false;
    }
    if (!visit_seq_expr(st, s->ClassDef.decorator_list)) return false;
    if (!enter_block(st, name, SCOPE_CLASS, s)) return false;
    Value saved = st->private_;
    st->private_ = name;
    bool ok = visit_seq_stmt(st, s->ClassDef.body);
    st->private_ = saved;
    if (!ok) return false;
    exit_block(st);
    return true;
}

static bool visit_ann_assign(SymTable *st, Node *s) {
    Interp *I = st->I;
    Node *t = s->AnnAssign.target;
    if (t->kind == AST_NAME) {
        Value name = symtable_ident(I, t->Name.id);
        if (name == VAL_NULL) return false;
        Value mangled = VAL_NULL;
        int cur = lookup(st, name, &mangled);
        if (cur < 0) return false;
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top && s->AnnAssign.simple)
            return symtable_errorf(I, st->cs, s->lineno, s->col_offset, s->end_lineno,
                                   s->end_col_offset,
                                   (cur & DEF_GLOBAL) ? "annotated name '%U' can't be global"
                                                      : "annotated name '%U' can't be nonlocal",
                                   name);
        if (s->AnnAssign.simple) {
            if (!add_def(st, name, DEF_ANNOT | DEF_LOCAL, t)) return false;
        } else if (s->AnnAssign.value != NULL) {
            if (!add_def(st, name, DEF_LOCAL, t)) return false;
        }
    } else {
        if (!visit_expr(st, t)) return false;
    }
    if (!visit_annotation(st, s->AnnAssign.annotation)) return false;
    return visit_opt(st, s->AnnAssign.value);
}

static bool visit_stmt_inner(SymTable *st, Node *s) {
    switch (s->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF:
        return visit_function(st, s);
    case AST_CLASS_DEF:
        return visit_class(st, s);
    case AST_RETURN:
        return visit_opt(st, s->Return.value);
    case AST_DELETE:
        return visit_seq_expr(st, s->Delete.targets);
    case AST_ASSIGN:
        return visit_seq_expr(st, s->Assign.targets) && visit_expr(st, s->Assign.value);
    case AST_AUG_ASSIGN:
        return visit_expr(st, s->AugAssign.target) && visit_expr(st, s->AugAssign.value);
    case AST_ANN_ASSIGN:
        return visit_ann_assign(st, s);
    case AST_FOR:
    case AST_ASYNC_FOR:
        return visit_expr(st, s->For.target) && visit_expr(st, s->For.iter) &&
               visit_seq_stmt(st, s->For.body) && visit_seq_stmt(st, s->For.orelse);
    case AST_WHILE:
        return visit_expr(st, s->While.test) && visit_seq_stmt(st, s->While.body) &&
               visit_seq_stmt(st, s->While.orelse);
    case AST_IF:
        return visit_expr(st, s->If.test) && visit_seq_stmt(st, s->If.body) &&
               visit_seq_stmt(st, s->If.orelse);
    case AST_WITH:
    case AST_ASYNC_WITH: {
        size_t n = ast_len(s->With.items);
        for (size_t i = 0; i < n; i++) {
            Node *w = ast_get(s->With.items, i);
            if (w == NULL) continue;
            if (!visit_expr(st, w->withitem.context_expr)) return false;
            if (!visit_opt(st, w->withitem.optional_vars)) return false;
        }
        return visit_seq_stmt(st, s->With.body);
    }
    case AST_MATCH: {
        if (!visit_expr(st, s->Match.subject)) return false;
        size_t n = ast_len(s->Match.cases);
        for (size_t i = 0; i < n; i++) {
            Node *c = ast_get(s->Match.cases, i);
            if (c == NULL) continue;
            if (!visit_pattern(st, c->match_case.pattern)) return false;
            if (!visit_opt(st, c->match_case.guard)) return false;
            if (!visit_seq_stmt(st, c->match_case.body)) return false;
        }
        return true;
    }
    case AST_RAISE:
        return visit_opt(st, s->Raise.exc) && visit_opt(st, s->Raise.cause);
    case AST_TRY:
    case AST_TRY_STAR: {
        if (!visit_seq_stmt(st, s->Try.body) || !visit_seq_stmt(st, s->Try.orelse))
            return false;
        size_t n = ast_len(s->Try.handlers);
        for (size_t i = 0; i < n; i++) {
            Node *h = ast_get(s->Try.handlers, i);
            if (h == NULL) continue;
            if (!visit_opt(st, h->ExceptHandler.type)) return false;
            if (ast_has_ident(h->ExceptHandler.name) &&
                !add_def_ident(st, h->ExceptHandler.name, DEF_LOCAL, h))
                return false;
            if (!visit_seq_stmt(st, h->ExceptHandler.body)) return false;
        }
        return visit_seq_stmt(st, s->Try.finalbody);
    }
    case AST_ASSERT:
        return visit_expr(st, s->Assert.test) && visit_opt(st, s->Assert.msg);
    case AST_IMPORT:
    case AST_IMPORT_FROM: {
        NodeList *names = s->kind == AST_IMPORT ? s->Import.names : s->ImportFrom.names;
        size_t n = ast_len(names);
        for (size_t i = 0; i < n; i++) {
            Node *a = ast_get(names, i);
            if (a != NULL && !visit_alias(st, a)) return false;
        }
        return true;
    }
    case AST_GLOBAL:
        return visit_global_nonlocal(st, s, true);
    case AST_NONLOCAL:
        return visit_global_nonlocal(st, s, false);
    case AST_EXPR:
        return visit_expr(st, s->Expr.value);
    default: /* Pass, Break, Continue */
        return true;
    }
}

static bool visit_stmt(SymTable *st, Node *s) {
    if (!symtable_depth_enter(st->I, &st->depth)) return false;
    bool ok = visit_stmt_inner(st, s);
    symtable_depth_leave(&st->depth);
    return ok;
}

/* Walrus inside a comprehension: bind the target in the nearest enclosing function (or
 * module) scope, and mark it free (or global) in the comprehension. */
static bool extend_namedexpr_scope(SymTable *st, Node *target) {
    Interp *I = st->I;
    Value name = symtable_ident(I, target->Name.id);
    if (name == VAL_NULL) return false;
    for (Scope *s = st->cur; s != NULL; s = s->parent) {
        if (s->comp_kind != COMP_NONE) {
            Value m = symtable_mangle(I, st->private_, name);
            if (m == VAL_NULL) return false;
            if (symtable_flags(I, s, m) & DEF_COMP_ITER)
                return symtable_errorf(
                    I, st->cs, target->lineno, target->col_offset, target->end_lineno,
                    target->end_col_offset,
                    "assignment expression cannot rebind comprehension iteration variable '%U'",
                    name);
            continue;
        }
        if (s->kind == SCOPE_FUNCTION) {
            Value m = symtable_mangle(I, st->private_, name);
            if (m == VAL_NULL) return false;
            int flag = (symtable_flags(I, s, m) & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL;
            if (!add_def(st, name, flag, target)) return false;
            if (!record_directive(st, m, target)) return false;
            return add_def_in(st, s, m, DEF_LOCAL, target, name);
        }
        if (s->kind == SCOPE_MODULE) {
            Value m = symtable_mangle(I, st->private_, name);
            if (m == VAL_NULL) return false;
            if (!add_def(st, name, DEF_GLOBAL, target)) return false;
            if (!record_directive(st, m, target)) return false;
            return add_def_in(st, s, m, DEF_GLOBAL, target, name);
        }
        return err_at(st, target,
                      "assignment expression within a comprehension cannot be used in a "
                      "class body");
    }
    return true;
}

static const char *comp_name(int kind) {
    switch (kind) {
    case COMP_LIST: return "<listcomp>";
    case COMP_SET: return "<setcomp>";
    case COMP_DICT: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static bool visit_comprehension(SymTable *st, Node *e, NodeList *gens, Node *elt,
                                Node *value, int kind) {
    Interp *I = st->I;
    Node *outer = ast_get(gens, 0);
    if (outer == NULL) return true;
    st->cur->comp_iter_expr++;
    bool ok = visit_expr(st, outer->comprehension.iter);
    st->cur->comp_iter_expr--;
    if (!ok) return false;
    Value name = str_intern_cstr(I, comp_name(kind));
    if (name == VAL_NULL) return false;
    if (!enter_block(st, name, SCOPE_FUNCTION, e)) return false;
    Scope *cs = st->cur;
    cs->comp_kind = (uint8_t)kind;
    if (outer->comprehension.is_async) cs->is_async = true;
    Value dot0 = str_intern_cstr(I, ".0");
    if (dot0 == VAL_NULL) return false;
    if (!add_def_in(st, cs, dot0, DEF_PARAM, e, dot0)) return false;
    cs->comp_iter_target = 1;
    ok = visit_expr(st, outer->comprehension.target);
    cs->comp_iter_target = 0;
    if (!ok || !visit_seq_expr(st, outer->comprehension.ifs)) return false;
    size_t n = ast_len(gens);
    for (size_t i = 1; i < n; i++) {
        Node *g = ast_get(gens, i);
        if (g == NULL) continue;
        cs->comp_iter_target = 1;
        ok = visit_expr(st, g->comprehension.target);
        cs->comp_iter_target = 0;
        if (!ok) return false;
        cs->comp_iter_expr++;
        ok = visit_expr(st, g->comprehension.iter);
        cs->comp_iter_expr--;
        if (!ok || !visit_seq_expr(st, g->comprehension.ifs)) return false;
        if (g->comprehension.is_async) cs->is_async = true;
    }
    if (value != NULL && !visit_expr(st, value)) return false;
    if (!visit_expr(st, elt)) return false;
    cs->generator = kind == COMP_GENEXP;
    exit_block(st);
    // an async list/set/dict comprehension is awaited where it is: a comprehension
    // around it becomes asynchronous too (CPython 3.11)
    if (cs->is_async && kind != COMP_GENEXP && st->cur->comp_kind != COMP_NONE)
        st->cur->is_async = true;
    return true;
}

static bool check_yield_in_comprehension(SymTable *st, Node *e) {
    switch (st->cur->comp_kind) {
    case COMP_LIST: return err_at(st, e, "'yield' inside list comprehension");
    case COMP_SET: return err_at(st, e, "'yield' inside set comprehension");
    case COMP_DICT: return err_at(st, e, "'yield' inside dict comprehension");
    case COMP_GENEXP: return err_at(st, e, "'yield' inside generator expression");
    default: return true;
    }
}

static bool visit_expr_inner(SymTable *st, Node *e) {
    Interp *I = st->I;
    switch (e->kind) {
    case AST_NAMED_EXPR:
        if (st->cur->annotation > 0)
            return err_at(st, e, "'named expression' can not be used within an annotation");
        if (st->cur->comp_iter_expr > 0)
            return err_at(st, e,
                          "assignment expression cannot be used in a comprehension iterable "
                          "expression");
        if (st->cur->comp_kind != COMP_NONE &&
            !extend_namedexpr_scope(st, e->NamedExpr.target))
            return false;
        return visit_expr(st, e->NamedExpr.value) && visit_expr(st, e->NamedExpr.target);
    case AST_BOOL_OP:
        return visit_seq_expr(st, e->BoolOp.values);
    case AST_BIN_OP:
        return visit_expr(st, e->BinOp.left) && visit_expr(st, e->BinOp.right);
    case AST_UNARY_OP:
        return visit_expr(st, e->UnaryOp.operand);
    case AST_LAMBDA: {
        if (!visit_defaults(st, e->Lambda.args)) return false;
        Value name = str_intern_cstr(I, "<lambda>");
        if (name == VAL_NULL || !enter_block(st, name, SCOPE_FUNCTION, e)) return false;
        st->cur->is_lambda = true;
        if (!visit_arguments(st, e->Lambda.args) || !visit_expr(st, e->Lambda.body))
            return false;
        exit_block(st);
        return true;
    }
    case AST_IF_EXP:
        return visit_expr(st, e->IfExp.test) && visit_expr(st, e->IfExp.body) &&
               visit_expr(st, e->IfExp.orelse);
    case AST_DICT:
        return visit_seq_expr(st, e->Dict.keys) && visit_seq_expr(st, e->Dict.values);
    case AST_SET:
        return visit_seq_expr(st, e->Set.elts);
    case AST_LIST_COMP:
        return visit_comprehension(st, e, e->ListComp.generators, e->ListComp.elt, NULL,
                                   COMP_LIST);
    case AST_SET_COMP:
        return visit_comprehension(st, e, e->SetComp.generators, e->SetComp.elt, NULL,
                                   COMP_SET);
    case AST_DICT_COMP:
        return visit_comprehension(st, e, e->DictComp.generators, e->DictComp.value,
                                   e->DictComp.key, COMP_DICT);
    case AST_GENERATOR_EXP:
        return visit_comprehension(st, e, e->GeneratorExp.generators, e->GeneratorExp.elt,
                                   NULL, COMP_GENEXP);
    case AST_AWAIT:
        if (st->cur->annotation > 0)
            return err_at(st, e, "'await expression' can not be used within an annotation");
        // an await makes a comprehension asynchronous (a coroutine / async generator)
        if (st->cur->comp_kind != COMP_NONE) st->cur->is_async = true;
        return visit_expr(st, e->Await.value);
    case AST_YIELD:
        if (st->cur->annotation > 0)
            return err_at(st, e, "'yield expression' can not be used within an annotation");
        if (!visit_opt(st, e->Yield.value)) return false;
        st->cur->generator = true;
        return check_yield_in_comprehension(st, e);
    case AST_YIELD_FROM:
        if (st->cur->annotation > 0)
            return err_at(st, e, "'yield expression' can not be used within an annotation");
        if (!visit_expr(st, e->YieldFrom.value)) return false;
        st->cur->generator = true;
        return check_yield_in_comprehension(st, e);
    case AST_COMPARE:
        return visit_expr(st, e->Compare.left) && visit_seq_expr(st, e->Compare.comparators);
    case AST_CALL: {
        if (!visit_expr(st, e->Call.func) || !visit_seq_expr(st, e->Call.args)) return false;
        size_t n = ast_len(e->Call.keywords);
        for (size_t i = 0; i < n; i++) {
            Node *k = ast_get(e->Call.keywords, i);
            if (k != NULL && !visit_expr(st, k->keyword.value)) return false;
        }
        return true;
    }
    case AST_FORMATTED_VALUE:
        return visit_expr(st, e->FormattedValue.value) &&
               visit_opt(st, e->FormattedValue.format_spec);
    case AST_JOINED_STR:
        return visit_seq_expr(st, e->JoinedStr.values);
    case AST_ATTRIBUTE:
        return visit_expr(st, e->Attribute.value);
    case AST_SUBSCRIPT:
        return visit_expr(st, e->Subscript.value) && visit_expr(st, e->Subscript.slice);
    case AST_STARRED:
        return visit_expr(st, e->Starred.value);
    case AST_SLICE:
        return visit_opt(st, e->Slice.lower) && visit_opt(st, e->Slice.upper) &&
               visit_opt(st, e->Slice.step);
    case AST_NAME: {
        Value name = symtable_ident(I, e->Name.id);
        if (name == VAL_NULL) return false;
        if (!add_def(st, name, e->Name.ctx == AST_LOAD ? DEF_USE : DEF_LOCAL, e)) return false;
        // super() implicitly uses the __class__ cell.
        if (e->Name.ctx == AST_LOAD && st->cur->kind == SCOPE_FUNCTION &&
            bview_eq_cstr(e->Name.id, "super")) {
            Value cls = interp_name(I, N___class__);
            if (!add_def(st, cls, DEF_USE, e)) return false;
        }
        return true;
    }
    case AST_LIST:
    case AST_TUPLE:
        return visit_seq_expr(st, e->List.elts);
    default: /* Constant */
        return true;
    }
}

static bool visit_expr(SymTable *st, Node *e) {
    if (!symtable_depth_enter(st->I, &st->depth)) return false;
    bool ok = visit_expr_inner(st, e);
    symtable_depth_leave(&st->depth);
    return ok;
}

static bool visit_pattern_inner(SymTable *st, Node *p) {
    switch (p->kind) {
    case AST_MATCH_VALUE:
        return visit_expr(st, p->MatchValue.value);
    case AST_MATCH_SINGLETON:
        return true;
    case AST_MATCH_SEQUENCE: {
        size_t n = ast_len(p->MatchSequence.patterns);
        for (size_t i = 0; i < n; i++) {
            Node *q = ast_get(p->MatchSequence.patterns, i);
            if (q != NULL && !visit_pattern(st, q)) return false;
        }
        return true;
    }
    case AST_MATCH_STAR:
        if (ast_has_ident(p->MatchStar.name))
            return add_def_ident(st, p->MatchStar.name, DEF_LOCAL, p);
        return true;
    case AST_MATCH_MAPPING: {
        if (!visit_seq_expr(st, p->MatchMapping.keys)) return false;
        size_t n = ast_len(p->MatchMapping.patterns);
        for (size_t i = 0; i < n; i++) {
            Node *q = ast_get(p->MatchMapping.patterns, i);
            if (q != NULL && !visit_pattern(st, q)) return false;
        }
        if (ast_has_ident(p->MatchMapping.rest))
            return add_def_ident(st, p->MatchMapping.rest, DEF_LOCAL, p);
        return true;
    }
    case AST_MATCH_CLASS: {
        if (!visit_expr(st, p->MatchClass.cls)) return false;
        size_t n = ast_len(p->MatchClass.patterns);
        for (size_t i = 0; i < n; i++) {
            Node *q = ast_get(p->MatchClass.patterns, i);
            if (q != NULL && !visit_pattern(st, q)) return false;
        }
        n = ast_len(p->MatchClass.kwd_patterns);
        for (size_t i = 0; i < n; i++) {
            Node *q = ast_get(p->MatchClass.kwd_patterns, i);
            if (q != NULL && !visit_pattern(st, q)) return false;
        }
        return true;
    }
    case AST_MATCH_AS:
        if (p->MatchAs.pattern != NULL && !visit_pattern(st, p->MatchAs.pattern)) return false;
        if (ast_has_ident(p->MatchAs.name))
            return add_def_ident(st, p->MatchAs.name, DEF_LOCAL, p);
        return true;
    case AST_MATCH_OR: {
        size_t n = ast_len(p->MatchOr.patterns);
        for (size_t i = 0; i < n; i++) {
            Node *q = ast_get(p->MatchOr.patterns, i);
            if (q != NULL && !visit_pattern(st, q)) return false;
        }
        return true;
    }
    default:
        return true;
    }
}

static bool visit_pattern(SymTable *st, Node *p) {
    if (p == NULL) return true;
    if (!symtable_depth_enter(st->I, &st->depth)) return false;
    bool ok = visit_pattern_inner(st, p);
    symtable_depth_leave(&st->depth);
    return ok;
}

size_t symtable_future_range(const NodeList *body, size_t *from) {
    size_t n = ast_len(body);
    const Node *first = ast_get(body, 0);
    *from = first != NULL && first->kind == AST_EXPR &&
                    first->Expr.value->kind == AST_CONSTANT &&
                    first->Expr.value->Constant.ckind == AST_CONST_STR
                ? 1 // the docstring
                : 0;
    size_t end = *from;
    while (end < n) {
        const Node *s = ast_get(body, end);
        if (s == NULL || s->kind != AST_IMPORT_FROM ||
            !bview_eq_cstr(s->ImportFrom.module, "__future__"))
            break;
        end++;
    }
    return end;
}

bool symtable_future_annotations(const NodeList *body) {
    size_t i;
    size_t end = symtable_future_range(body, &i);
    for (; i < end; i++) {
        const Node *s = ast_get(body, i);
        for (size_t j = 0; j < ast_len(s->ImportFrom.names); j++)
            if (bview_eq_cstr(ast_get(s->ImportFrom.names, j)->alias.name, "annotations"))
                return true;
    }
    return false;
}

Scope *symtable_build(Interp *I, Node *mod, const CompileSrc *cs) {
    SymTable st = {I, {0, 0}, cs, NULL, NULL, VAL_NULL, false};
    NodeList *body = mod->kind == AST_MODULE        ? mod->Module.body
                     : mod->kind == AST_INTERACTIVE ? mod->Interactive.body
                                                    : NULL;
    st.future_annotations =
        (cs->flags & COMPILE_FUTURE_ANNOTATIONS) != 0 || symtable_future_annotations(body);
    symtable_depth_init(I, &st.depth);
    Value name = str_intern_cstr(I, "<module>");
    if (name == VAL_NULL) return NULL;
    if (!enter_block(&st, name, SCOPE_MODULE, mod)) return NULL;
    bool ok;
    switch (mod->kind) {
    case AST_MODULE: ok = visit_seq_stmt(&st, mod->Module.body); break;
    case AST_INTERACTIVE: ok = visit_seq_stmt(&st, mod->Interactive.body); break;
    case AST_EXPRESSION: ok = visit_expr(&st, mod->Expression.body); break;
    default: ok = true; break;
    }
    if (!ok || !symtable_analyze(I, cs, st.top)) return NULL;
    return st.top;
}
