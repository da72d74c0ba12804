/*
 * symtable_analyze.c: the second pass of the symbol table: resolves every name of every
 * scope to LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE / CELL, as CPython 3.11's
 * analyze_block does. Sets of names are dicts (name -> True). Names bound in a function
 * flow down to nested scopes as "bound"; names nested scopes use freely flow back up;
 * a function's locals that children use become cells; a class body binds nothing for
 * its methods except the implicit __class__ cell.
 *
 * Invariant: each child scope is analyzed with its own copies of the bound and global
 * sets, so what one child learns never leaks into its siblings.
 */
#include "symtable.h"

#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/tuple.h"

typedef struct Analyzer {
    Interp *I;
    const CompileSrc *cs;
    CompileDepth depth;
} Analyzer;

static bool set_add_name(Interp *I, Value set, Value name) {
    return dict_set(I, set, name, I->true_);
}

static bool set_has(Interp *I, Value set, Value name) {
    if (set == VAL_NULL) return false;
    Value v = dict_get(I, set, name);
    if (v == VAL_NULL) exc_clear(I);
    return v != VAL_NULL;
}

static bool set_remove(Interp *I, Value set, Value name) {
    if (set == VAL_NULL) return true;
    return dict_del(I, set, name) >= 0;
}

static bool error_at_directive(Analyzer *st, Scope *s, Value name, const char *fmt) {
    Interp *I = st->I;
    Value d = dict_get(I, s->directives, name);
    int pos[4] = {s->lineno, s->col_offset, s->lineno, s->col_offset};
    if (d != VAL_NULL) {
        for (size_t i = 0; i < 4; i++) pos[i] = (int)val_small(tuple_get(d, i));
    } else {
        exc_clear(I);
    }
    return symtable_errorf(I, st->cs, pos[0], pos[1], pos[2], pos[3], fmt, name);
}

/* Decides the scope of one name of [s] ([scopes] maps name -> SYM_*). */
static bool analyze_name(Analyzer *st, Scope *s, Value scopes, Value name, int flags,
                         Value bound, Value local, Value free, Value global) {
    Interp *I = st->I;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL)
            return error_at_directive(st, s, name, "name '%U' is nonlocal and global");
        if (!dict_set(I, scopes, name, val_from_small(SYM_GLOBAL_EXPLICIT))) return false;
        if (!set_add_name(I, global, name)) return false;
        return set_remove(I, bound, name);
    }
    if (flags & DEF_NONLOCAL) {
        if (bound == VAL_NULL)
            return error_at_directive(st, s, name,
                                      "nonlocal declaration not allowed at module level");
        if (!set_has(I, bound, name))
            return error_at_directive(st, s, name, "no binding for nonlocal '%U' found");
        if (!dict_set(I, scopes, name, val_from_small(SYM_FREE))) return false;
        s->has_free = true;
        return set_add_name(I, free, name);
    }
    if (flags & DEF_BOUND) {
        if (!dict_set(I, scopes, name, val_from_small(SYM_LOCAL))) return false;
        if (!set_add_name(I, local, name)) return false;
        return set_remove(I, global, name);
    }
    if (set_has(I, bound, name)) {
        if (!dict_set(I, scopes, name, val_from_small(SYM_FREE))) return false;
        s->has_free = true;
        return set_add_name(I, free, name);
    }
    if (set_has(I, global, name))
        return dict_set(I, scopes, name, val_from_small(SYM_GLOBAL_IMPLICIT));
    if (s->nested) s->has_free = true;
    return dict_set(I, scopes, name, val_from_small(SYM_GLOBAL_IMPLICIT));
}

/* Locals of a function that children use freely become cells. */
static bool analyze_cells(Interp *I, Value scopes, Value free) {
    size_t pos = 0;
    Value name, v;
    while (dict_next(scopes, &pos, &name, &v)) {
        if (val_small(v) != SYM_LOCAL) continue;
        if (!set_has(I, free, name)) continue;
        if (!dict_set(I, scopes, name, val_from_small(SYM_CELL))) return false;
        if (!set_remove(I, free, name)) return false;
    }
    return true;
}

static bool update_symbols(Interp *I, Scope *s, Value scopes, Value bound, Value free) {
    bool is_class = s->kind == SCOPE_CLASS;
    size_t pos = 0;
    Value name, v;
    while (dict_next(s->symbols, &pos, &name, &v)) {
        Value sc = dict_get(I, scopes, name);
        if (sc == VAL_NULL) {
            if (I->exc != VAL_NULL) return false;
            continue;
        }
        int flags = (int)val_small(v) & ~(SYM_SCOPE_MASK << SYM_SCOPE_SHIFT);
        flags |= (int)val_small(sc) << SYM_SCOPE_SHIFT;
        if (!dict_set(I, s->symbols, name, val_from_small(flags))) return false;
    }
    // Free variables of children that this scope does not define pass through it.
    pos = 0;
    while (dict_next(free, &pos, &name, &v)) {
        Value old = dict_get(I, s->symbols, name);
        if (old != VAL_NULL) {
            int flags = (int)val_small(old);
            if (is_class && (flags & (DEF_BOUND | DEF_GLOBAL))) {
                if (!dict_set(I, s->symbols, name, val_from_small(flags | DEF_FREE_CLASS)))
                    return false;
            }
            continue;
        }
        if (I->exc != VAL_NULL) return false;
        if (bound != VAL_NULL && !set_has(I, bound, name)) continue;
        if (!dict_set(I, s->symbols, name, val_from_small(SYM_FREE << SYM_SCOPE_SHIFT)))
            return false;
    }
    return true;
}

static Value set_copy(Interp *I, Value set) {
    if (set == VAL_NULL) return dict_new(I);
    return dict_copy(I, set);
}

static bool set_update(Interp *I, Value dst, Value src) {
    if (src == VAL_NULL) return true;
    size_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v))
        if (!dict_set(I, dst, k, v)) return false;
    return true;
}

static bool analyze_block(Analyzer *st, Scope *s, Value bound, Value free, Value global) {
    Interp *I = st->I;
    if (!symtable_depth_enter(I, &st->depth)) return false;
    bool ok = false;
    Value local = dict_new(I), scopes = dict_new(I), newglobal = dict_new(I);
    Value newfree = dict_new(I), newbound = dict_new(I);
    if (local == VAL_NULL || scopes == VAL_NULL || newglobal == VAL_NULL ||
        newfree == VAL_NULL || newbound == VAL_NULL)
        goto done;
    if (s->kind == SCOPE_CLASS) {
        if (!set_update(I, newglobal, global) || !set_update(I, newbound, bound)) goto done;
    }
    size_t pos = 0;
    Value name, v;
    while (dict_next(s->symbols, &pos, &name, &v)) {
        if (!analyze_name(st, s, scopes, name, (int)val_small(v), bound, local, free, global))
            goto done;
    }
    if (s->kind != SCOPE_CLASS) {
        if (s->kind == SCOPE_FUNCTION && !set_update(I, newbound, local)) goto done;
        if (!set_update(I, newbound, bound) || !set_update(I, newglobal, global)) goto done;
    } else {
        if (!set_add_name(I, newbound, interp_name(I, N___class__))) goto done;
    }
    Value allfree = dict_new(I);
    if (allfree == VAL_NULL) goto done;
    for (Scope *c = s->first_child; c != NULL; c = c->next_sibling) {
        // Each child gets its own copies: what it learns must not leak to its siblings.
        Value cb = set_copy(I, newbound), cg = set_copy(I, newglobal);
        Value cf = dict_new(I);
        if (cb == VAL_NULL || cg == VAL_NULL || cf == VAL_NULL) goto done;
        if (!analyze_block(st, c, cb, cf, cg)) goto done;
        if (!set_update(I, allfree, cf)) goto done;
        if (c->has_free || c->child_free) s->child_free = true;
    }
    if (!set_update(I, newfree, allfree)) goto done;
    if (s->kind == SCOPE_FUNCTION) {
        if (!analyze_cells(I, scopes, newfree)) goto done;
    } else if (s->kind == SCOPE_CLASS) {
        Value cls = interp_name(I, N___class__);
        if (set_has(I, newfree, cls)) {
            if (!set_remove(I, newfree, cls)) goto done;
            s->needs_class_closure = true;
        }
    }
    if (!update_symbols(I, s, scopes, bound, newfree)) goto done;
    if (!set_update(I, free, newfree)) goto done;
    ok = true;
done:
    symtable_depth_leave(&st->depth);
    return ok;
}

bool symtable_analyze(Interp *I, const CompileSrc *cs, Scope *top) {
    Analyzer st = {I, cs, {0, 0}};
    symtable_depth_init(I, &st.depth);
    Value free = dict_new(I), global = dict_new(I);
    if (free == VAL_NULL || global == VAL_NULL) return false;
    return analyze_block(&st, top, VAL_NULL, free, global);
}
