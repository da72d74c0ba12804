/*
 * codegen_match.c: the match statement (PEP 634), compiled as CPython 3.11 does.
 *
 * While a pattern is matched, the values it captures wait on the stack (each new one
 * rotated beneath the older ones and beneath the items still being matched); names are
 * bound only once the whole pattern has matched. A failing test jumps to fail_pop[n],
 * where n is the number of stack items to discard: the fail_pop labels are emitted as a
 * chain of POP_TOPs falling through to fail_pop[0].
 *
 * Invariant: `on_top` is the number of items between the stored captures and the value
 * currently being matched; every jump to fail_pop[n] happens at stack depth base + n.
 */
#include "codegen.h"

#include "../objects/exc.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

typedef struct PatCtx {
    ValVec stores;          /* names captured so far (interned str), in capture order */
    ValVec fail_pop;        /* labels: fail_pop[n] pops n items then fails */
    bool allow_irrefutable;
    int on_top;
} PatCtx;

static bool pattern(Compiler *c, Node *p, PatCtx *pc);

static bool nomem(Compiler *c) {
    exc_nomem(c->I);
    return false;
}

static bool is_wildcard(const Node *p) {
    return p != NULL && p->kind == AST_MATCH_AS && p->MatchAs.pattern == NULL &&
           !ast_has_ident(p->MatchAs.name);
}

static bool is_star_wildcard(const Node *p) {
    return p != NULL && p->kind == AST_MATCH_STAR && !ast_has_ident(p->MatchStar.name);
}

static bool ensure_fail_pop(Compiler *c, PatCtx *pc, size_t n) {
    while (pc->fail_pop.len < n + 1) {
        int l = codegen_new_label(c);
        if (l < 0) return false;
        if (vec_push(c->I->heap, &pc->fail_pop, val_from_small(l)) != K_OK) return nomem(c);
    }
    return true;
}

static int fail_label(PatCtx *pc, size_t n) {
    Value l = vec_get(&pc->fail_pop, n);
    return l == VAL_NULL ? -1 : (int)val_small(l);
}

static bool jump_to_fail_pop(Compiler *c, PatCtx *pc, int op) {
    size_t pops = (size_t)pc->on_top + pc->stores.len;
    if (!ensure_fail_pop(c, pc, pops)) return false;
    return codegen_emit_jump(c, op, fail_label(pc, pops));
}

static bool emit_and_reset_fail_pop(Compiler *c, PatCtx *pc) {
    size_t n = pc->fail_pop.len;
    if (n == 0) return true;
    for (size_t i = n - 1; i > 0; i--) {
        if (!codegen_bind(c, fail_label(pc, i)) || !codegen_emit(c, OP_POP_TOP, 0)) return false;
    }
    bool ok = codegen_bind(c, fail_label(pc, 0));
    vec_clear(&pc->fail_pop);
    return ok;
}

static bool rotate(Compiler *c, size_t count) {
    while (count > 1) {
        if (!codegen_emit(c, OP_SWAP, (uint32_t)count)) return false;
        count--;
    }
    return true;
}

static bool stores_contain(const ValVec *v, Value name) {
    for (size_t i = 0; i < v->len; i++)
        if (vec_get(v, i) == name) return true;
    return false;
}

/* Stashes TOS as the value of capture [id] (absent: discard it). */
static bool store_name(Compiler *c, BView id, PatCtx *pc) {
    if (!ast_has_ident(id)) return codegen_emit(c, OP_POP_TOP, 0);
    if (!codegen_check_forbidden(c, id, AST_STORE)) return false;
    Value name = codegen_ident(c, id);
    if (name == VAL_NULL) return false;
    if (stores_contain(&pc->stores, name))
        return codegen_error(c, "multiple assignments to name %R in pattern", name);
    if (!rotate(c, (size_t)pc->on_top + pc->stores.len + 1)) return false;
    if (vec_push(c->I->heap, &pc->stores, name) != K_OK) return nomem(c);
    return true;
}

static bool subpattern(Compiler *c, Node *p, PatCtx *pc) {
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    bool ok = pattern(c, p, pc);
    pc->allow_irrefutable = saved;
    return ok;
}

/* A value pattern's expression: a literal (folded) or a dotted name. */
static bool value_expr(Compiler *c, Node *v, const char *msg) {
    Value k = VAL_NULL;
    int r = codegen_try_fold(c, v, &k);
    if (r < 0) return false;
    if (r > 0) return codegen_load_const(c, k);
    if (v->kind != AST_ATTRIBUTE) return codegen_error(c, "%s", msg);
    return codegen_expr(c, v);
}

/* ---- pattern kinds ---- */

static bool pattern_value(Compiler *c, Node *p, PatCtx *pc) {
    return value_expr(c, p->MatchValue.value,
                      "patterns may only match literals and attribute lookups") &&
           codegen_emit(c, OP_COMPARE_OP, CMP_EQ) && jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static bool pattern_singleton(Compiler *c, Node *p, PatCtx *pc) {
    Interp *I = c->I;
    Value v = p->MatchSingleton.value == AST_CONST_TRUE    ? I->true_
              : p->MatchSingleton.value == AST_CONST_FALSE ? I->false_
                                                            : I->none;
    return codegen_load_const(c, v) && codegen_emit(c, OP_IS_OP, 0) &&
           jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static bool pattern_as(Compiler *c, Node *p, PatCtx *pc) {
    if (p->MatchAs.pattern == NULL) {
        if (!pc->allow_irrefutable) {
            if (ast_has_ident(p->MatchAs.name)) {
                Value name = codegen_ident(c, p->MatchAs.name);
                if (name == VAL_NULL) return false;
                return codegen_error(c, "name capture %R makes remaining patterns unreachable",
                                     name);
            }
            return codegen_error(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, p->MatchAs.name, pc);
    }
    pc->on_top++;
    if (!codegen_emit(c, OP_COPY, 1) || !pattern(c, p->MatchAs.pattern, pc)) return false;
    pc->on_top--;
    return store_name(c, p->MatchAs.name, pc);
}

static bool pattern_class(Compiler *c, Node *p, PatCtx *pc) {
    Interp *I = c->I;
    NodeList *pats = p->MatchClass.patterns, *attrs = p->MatchClass.kwd_attrs;
    NodeList *kpats = p->MatchClass.kwd_patterns;
    size_t nargs = ast_len(pats), nattrs = ast_len(attrs);
    if (nattrs != ast_len(kpats))
        return codegen_error(c, "kwd_attrs (%zu) / kwd_patterns (%zu) length mismatch in class "
                           "pattern", nattrs, ast_len(kpats));
    for (size_t i = 0; i < nattrs; i++) {
        Node *a = ast_get(attrs, i);
        codegen_set_loc(c, ast_get(kpats, i));
        if (!codegen_check_forbidden(c, a->Identifier.id, AST_STORE)) return false;
        for (size_t j = i + 1; j < nattrs; j++) {
            Node *b = ast_get(attrs, j);
            if (bview_eq(a->Identifier.id, b->Identifier.id)) {
                Value name = codegen_ident(c, a->Identifier.id);
                if (name == VAL_NULL) return false;
                codegen_set_loc(c, ast_get(kpats, j));
                return codegen_error(c, "attribute name repeated in class pattern: %U", name);
            }
        }
    }
    if (nattrs > 0) codegen_set_loc(c, p);
    Value names = tuple_new(I, nattrs);
    if (names == VAL_NULL) return false;
    for (size_t i = 0; i < nattrs; i++) {
        Value name = codegen_ident(c, ast_get(attrs, i)->Identifier.id);
        if (name == VAL_NULL) return false;
        tuple_init_item(names, i, name);
    }
    if (!codegen_expr(c, p->MatchClass.cls) || !codegen_load_const(c, names) ||
        !codegen_emit(c, OP_MATCH_CLASS, (uint32_t)nargs) || !codegen_emit(c, OP_COPY, 1) ||
        !codegen_load_const(c, I->none) || !codegen_emit(c, OP_IS_OP, 1))
        return false;
    pc->on_top++;
    if (!jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE)) return false;
    if (!codegen_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)(nargs + nattrs))) return false;
    pc->on_top += (int)(nargs + nattrs) - 1;
    for (size_t i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        Node *sub = i < nargs ? ast_get(pats, i) : ast_get(kpats, i - nargs);
        if (is_wildcard(sub)) {
            if (!codegen_emit(c, OP_POP_TOP, 0)) return false;
            continue;
        }
        if (!subpattern(c, sub, pc)) return false;
    }
    return true;
}

static bool pattern_mapping(Compiler *c, Node *p, PatCtx *pc) {
    Interp *I = c->I;
    NodeList *keys = p->MatchMapping.keys, *pats = p->MatchMapping.patterns;
    size_t size = ast_len(keys);
    if (size != ast_len(pats))
        return codegen_error(c, "keys (%zu) / patterns (%zu) length mismatch in mapping pattern",
                        size, ast_len(pats));
    bool star = ast_has_ident(p->MatchMapping.rest);
    pc->on_top++;
    if (!codegen_emit(c, OP_MATCH_MAPPING, 0) || !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE))
        return false;
    if (size == 0 && !star) {
        pc->on_top--;
        return codegen_emit(c, OP_POP_TOP, 0);
    }
    if (size > 0) {
        if (!codegen_emit(c, OP_GET_LEN, 0) ||
            !codegen_load_const(c, val_from_small((intptr_t)size)) ||
            !codegen_emit(c, OP_COMPARE_OP, CMP_GE) ||
            !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE))
            return false;
    }
    Value seen = set_new(I, false);
    if (seen == VAL_NULL) return false;
    for (size_t i = 0; i < size; i++) {
        Node *key = ast_get(keys, i);
        if (key == NULL) {
            codegen_set_loc(c, ast_get(pats, i));
            return codegen_error(c, "can't use NULL keys in MatchMapping (set 'rest' parameter "
                               "instead)");
        }
        Value k = VAL_NULL;
        int r = codegen_try_fold(c, key, &k);
        if (r < 0) return false;
        if (r > 0) {
            int in = set_contains(I, seen, k);
            if (in < 0) return false;
            if (in > 0) return codegen_error(c, "mapping pattern checks duplicate key (%R)", k);
            if (!set_add(I, seen, k)) return false;
            SrcPos old = codegen_set_loc(c, key);
            bool ok = codegen_load_const(c, k);
            codegen_restore_loc(c, old);
            if (!ok) return false;
        } else if (key->kind != AST_ATTRIBUTE) {
            return codegen_error(c, "mapping pattern keys may only match literals and attribute "
                               "lookups");
        } else if (!codegen_expr(c, key)) {
            return false;
        }
    }
    if (!codegen_emit(c, OP_BUILD_TUPLE, (uint32_t)size) || !codegen_emit(c, OP_MATCH_KEYS, 0))
        return false;
    pc->on_top += 2;
    if (!codegen_emit(c, OP_COPY, 1) || !codegen_load_const(c, I->none) ||
        !codegen_emit(c, OP_IS_OP, 1) || !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE))
        return false;
    if (!codegen_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)size)) return false;
    pc->on_top += (int)size - 1;
    for (size_t i = 0; i < size; i++) {
        pc->on_top--;
        if (!subpattern(c, ast_get(pats, i), pc)) return false;
    }
    pc->on_top -= 2;
    if (star) {
        // rest = dict(subject); del rest[k] for each matched key.
        if (!codegen_emit(c, OP_BUILD_MAP, 0) || !codegen_emit(c, OP_SWAP, 3) ||
            !codegen_emit(c, OP_DICT_UPDATE, 2) ||
            !codegen_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)size))
            return false;
        for (size_t k = size; k > 0; k--) {
            if (!codegen_emit(c, OP_COPY, (uint32_t)(1 + k)) || !codegen_emit(c, OP_SWAP, 2) ||
                !codegen_emit(c, OP_DELETE_SUBSCR, 0))
                return false;
        }
        return store_name(c, p->MatchMapping.rest, pc);
    }
    return codegen_emit(c, OP_POP_TOP, 0) && codegen_emit(c, OP_POP_TOP, 0);
}

static bool sequence_unpack(Compiler *c, NodeList *pats, PatCtx *pc) {
    size_t n = ast_len(pats);
    bool seen_star = false;
    for (size_t i = 0; i < n; i++) {
        Node *q = ast_get(pats, i);
        if (q->kind != AST_MATCH_STAR) continue;
        if (seen_star) return codegen_error(c, "multiple starred expressions in sequence pattern");
        size_t after = n - i - 1;
        if (i >= 256 || after >= (1u << 16))
            return codegen_error(c, "too many expressions in star-unpacking sequence pattern");
        if (!codegen_emit(c, OP_UNPACK_EX, (uint32_t)(i | (after << 8)))) return false;
        seen_star = true;
    }
    if (!seen_star && !codegen_emit(c, OP_UNPACK_SEQUENCE, (uint32_t)n)) return false;
    pc->on_top += (int)n;
    for (size_t i = 0; i < n; i++) {
        pc->on_top--;
        if (!subpattern(c, ast_get(pats, i), pc)) return false;
    }
    return true;
}

/* [first, *_, last]-style patterns: index the subject instead of unpacking it. */
static bool sequence_subscr(Compiler *c, NodeList *pats, size_t star, PatCtx *pc) {
    pc->on_top++;
    size_t n = ast_len(pats);
    for (size_t i = 0; i < n; i++) {
        Node *q = ast_get(pats, i);
        if (is_wildcard(q) || i == star) continue;
        if (!codegen_emit(c, OP_COPY, 1)) return false;
        if (i < star) {
            if (!codegen_load_const(c, val_from_small((intptr_t)i))) return false;
        } else {
            // The subject may not support negative indexing: len(s) - k.
            if (!codegen_emit(c, OP_GET_LEN, 0) ||
                !codegen_load_const(c, val_from_small((intptr_t)(n - i))) ||
                !codegen_emit(c, OP_BINARY_OP, BINOP_SUB))
                return false;
        }
        if (!codegen_emit(c, OP_BINARY_SUBSCR, 0) || !subpattern(c, q, pc)) return false;
    }
    pc->on_top--;
    return codegen_emit(c, OP_POP_TOP, 0);
}

static bool pattern_sequence(Compiler *c, Node *p, PatCtx *pc) {
    NodeList *pats = p->MatchSequence.patterns;
    size_t size = ast_len(pats);
    int64_t star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (size_t i = 0; i < size; i++) {
        Node *q = ast_get(pats, i);
        if (q == NULL) return codegen_error(c, "bad sequence pattern");
        if (q->kind == AST_MATCH_STAR) {
            if (star >= 0) return codegen_error(c, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(q);
            only_wildcard = only_wildcard && star_wildcard;
            star = (int64_t)i;
            continue;
        }
        only_wildcard = only_wildcard && is_wildcard(q);
    }
    pc->on_top++;
    if (!codegen_emit(c, OP_MATCH_SEQUENCE, 0) || !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE))
        return false;
    if (star < 0) {
        if (!codegen_emit(c, OP_GET_LEN, 0) ||
            !codegen_load_const(c, val_from_small((intptr_t)size)) ||
            !codegen_emit(c, OP_COMPARE_OP, CMP_EQ) ||
            !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE))
            return false;
    } else if (size > 1) {
        if (!codegen_emit(c, OP_GET_LEN, 0) ||
            !codegen_load_const(c, val_from_small((intptr_t)size - 1)) ||
            !codegen_emit(c, OP_COMPARE_OP, CMP_GE) ||
            !jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE))
            return false;
    }
    pc->on_top--;
    if (only_wildcard) return codegen_emit(c, OP_POP_TOP, 0);
    if (star_wildcard) return sequence_subscr(c, pats, (size_t)star, pc);
    return sequence_unpack(c, pats, pc);
}

static int64_t index_of(const ValVec *v, Value name) {
    for (size_t i = 0; i < v->len; i++)
        if (vec_get(v, i) == name) return (int64_t)i;
    return -1;
}

static bool pattern_or(Compiler *c, Node *p, PatCtx *pc) {
    Interp *I = c->I;
    int end = codegen_new_label(c);
    if (end < 0) return false;
    NodeList *alts = p->MatchOr.patterns;
    size_t size = ast_len(alts);
    PatCtx old = *pc;
    ValVec control;
    vec_init(&control);
    bool have_control = false;
    for (size_t i = 0; i < size; i++) {
        Node *alt = ast_get(alts, i);
        codegen_set_loc(c, alt);
        vec_init(&pc->stores);
        vec_init(&pc->fail_pop);
        pc->allow_irrefutable = i + 1 == size && old.allow_irrefutable;
        pc->on_top = 0;
        if (!codegen_emit(c, OP_COPY, 1) || !pattern(c, alt, pc)) return false;
        size_t nstores = pc->stores.len;
        if (!have_control) {
            control = pc->stores;
            have_control = true;
        } else if (nstores != control.len) {
            return codegen_error(c, "alternative patterns bind different names");
        } else if (nstores > 0) {
            // Same names, maybe in another order: reorder the stack to match control.
            for (size_t ic = nstores; ic-- > 0;) {
                int64_t is = index_of(&pc->stores, vec_get(&control, ic));
                if (is < 0) return codegen_error(c, "alternative patterns bind different names");
                if ((size_t)is == ic) continue;
                size_t rotations = (size_t)is + 1;
                // stores = stores[rotations:ic+1] ... i.e. move stores[:rotations] to
                // position ic - is.
                ValVec moved;
                if (vec_copy_range(I->heap, &moved, &pc->stores, 0, rotations) != K_OK ||
                    vec_remove_range(&pc->stores, 0, rotations) != K_OK ||
                    vec_splice(I->heap, &pc->stores, ic - (size_t)is, ic - (size_t)is, &moved, 0,
                               rotations) != K_OK)
                    return nomem(c);
                for (size_t r = 0; r < rotations; r++)
                    if (!rotate(c, ic + 1)) return false;
            }
        }
        if (!codegen_emit_jump(c, OP_JUMP, end) || !emit_and_reset_fail_pop(c, pc)) return false;
    }
    *pc = old;
    // No alternative matched: drop the subject and fail.
    if (!codegen_emit(c, OP_POP_TOP, 0) || !jump_to_fail_pop(c, pc, OP_JUMP)) return false;
    if (!codegen_bind(c, end)) return false;
    size_t nstores = control.len;
    size_t nrots = nstores + 1 + (size_t)pc->on_top + pc->stores.len;
    for (size_t i = 0; i < nstores; i++) {
        if (!rotate(c, nrots)) return false;
        Value name = vec_get(&control, i);
        if (stores_contain(&pc->stores, name))
            return codegen_error(c, "multiple assignments to name %R in pattern", name);
        if (vec_push(I->heap, &pc->stores, name) != K_OK) return nomem(c);
    }
    return codegen_emit(c, OP_POP_TOP, 0);
}

static bool pattern_inner(Compiler *c, Node *p, PatCtx *pc) {
    switch (p->kind) {
    case AST_MATCH_VALUE: return pattern_value(c, p, pc);
    case AST_MATCH_SINGLETON: return pattern_singleton(c, p, pc);
    case AST_MATCH_SEQUENCE: return pattern_sequence(c, p, pc);
    case AST_MATCH_MAPPING: return pattern_mapping(c, p, pc);
    case AST_MATCH_CLASS: return pattern_class(c, p, pc);
    case AST_MATCH_STAR: return store_name(c, p->MatchStar.name, pc);
    case AST_MATCH_AS: return pattern_as(c, p, pc);
    case AST_MATCH_OR: return pattern_or(c, p, pc);
    default:
        exc_raise(c->I, TY_SYSTEM_ERROR, "compiler: bad pattern");
        return false;
    }
}

static bool pattern(Compiler *c, Node *p, PatCtx *pc) {
    if (p == NULL) {
        exc_raise(c->I, TY_SYSTEM_ERROR, "compiler: missing pattern");
        return false;
    }
    if (!symtable_depth_enter(c->I, &c->depth)) return false;
    // As CPython, the location stays at the last pattern visited (error positions and
    // the instructions that follow a sub-pattern depend on it).
    codegen_set_loc(c, p);
    bool ok = pattern_inner(c, p, pc);
    symtable_depth_leave(&c->depth);
    return ok;
}

bool codegen_match(Compiler *c, Node *s) {
    if (!codegen_expr(c, s->Match.subject)) return false;
    int end = codegen_new_label(c);
    if (end < 0) return false;
    NodeList *cases = s->Match.cases;
    size_t ncases = ast_len(cases);
    if (ncases == 0) return codegen_emit(c, OP_POP_TOP, 0) && codegen_bind(c, end);
    Node *last = ast_get(cases, ncases - 1);
    bool has_default = is_wildcard(last->match_case.pattern) && ncases > 1;
    PatCtx pc;
    vec_init(&pc.fail_pop);
    for (size_t i = 0; i < ncases - (has_default ? 1 : 0); i++) {
        Node *m = ast_get(cases, i);
        bool last_tested = i == ncases - (has_default ? 1 : 0) - 1;
        codegen_set_loc(c, m->match_case.pattern);
        if (!last_tested && !codegen_emit(c, OP_COPY, 1)) return false;
        vec_init(&pc.stores);
        vec_init(&pc.fail_pop);
        pc.allow_irrefutable = m->match_case.guard != NULL || i == ncases - 1;
        pc.on_top = 0;
        if (!pattern(c, m->match_case.pattern, &pc)) return false;
        // A match: bind the captured names (their values are on the stack).
        for (size_t k = 0; k < pc.stores.len; k++)
            if (!codegen_nameop(c, vec_get(&pc.stores, k), AST_STORE)) return false;
        if (m->match_case.guard != NULL) {
            if (!ensure_fail_pop(c, &pc, 0) ||
                !codegen_jump_if(c, m->match_case.guard, fail_label(&pc, 0), false))
                return false;
        }
        if (!last_tested && !codegen_emit(c, OP_POP_TOP, 0)) return false;
        if (!codegen_stmts(c, m->match_case.body) || !codegen_emit_jump(c, OP_JUMP, end))
            return false;
        codegen_set_loc(c, m->match_case.pattern);
        if (!emit_and_reset_fail_pop(c, &pc)) return false;
    }
    if (has_default) {
        codegen_set_loc(c, last->match_case.pattern);
        if (ncases == 1 ? !codegen_emit(c, OP_POP_TOP, 0) : !codegen_emit_line_nop(c))
            return false; // (the NOP: the default case's line for tracers, as CPython)
        if (last->match_case.guard != NULL &&
            !codegen_jump_if(c, last->match_case.guard, end, false))
            return false;
        if (!codegen_stmts(c, last->match_case.body)) return false;
    }
    codegen_restore_loc(c, codegen_pos_of(s));
    return codegen_bind(c, end);
}
