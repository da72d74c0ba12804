/*
 * codegen_asm.c: turns a unit's IR into a code object.
 *
 * Steps: resolve labels; flow analysis from instruction 0 and from every handler whose
 * region holds a reachable instruction (stack depth at each instruction, using the
 * verifier's stack effects, vm_stack_effect); drop unreachable instructions and jumps to
 * the next instruction; renumber; build the exception table from the per-instruction
 * handler ids (runs of equal ids become entries, which never overlap); fill the code
 * object and verify it.
 *
 * Invariant: a depth conflict, an unbound label or control falling off the end is a bug
 * in the code generator and raises SystemError rather than producing bad bytecode.
 */
#include "codegen.h"

#include "../objects/exc.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

typedef struct Asm {
    Compiler *c;
    Unit *u;
    size_t n;        /* instructions */
    ValVec target;   /* per instruction: resolved jump target (instruction index) or -1 */
    ValVec depth;    /* per instruction: depth before it, VAL_NULL when unreached */
    ValVec work;
    ValVec hdepth;   /* per handler: depth the stack is cut to, or -1 */
    int64_t maxdepth;
} Asm;

static bool internal(Asm *a, const char *what) {
    exc_raise(a->c->I, TY_SYSTEM_ERROR, "compiler: %s in %R", what, a->u->qualname);
    return false;
}

static bool nomem(Asm *a) {
    exc_nomem(a->c->I);
    return false;
}

static int64_t get_int(const ValVec *v, size_t i) {
    Value x = vec_get(v, i);
    return x == VAL_NULL ? -1 : (int64_t)val_small(x);
}

static bool is_jump(unsigned op) {
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP ||
           op == OP_FOR_ITER || op == OP_SEND;
}

static bool is_terminator(unsigned op) {
    return op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE ||
           op == OP_JUMP;
}

static unsigned instr_op(Asm *a, size_t i) { return (unsigned)(get_int(&a->u->code, i) & 0xff); }
static uint32_t instr_arg(Asm *a, size_t i) { return (uint32_t)(get_int(&a->u->code, i) >> 8); }

static bool resolve_labels(Asm *a) {
    Unit *u = a->u;
    if (vec_resize(a->c->I->heap, &a->target, a->n) != K_OK) return nomem(a);
    for (size_t i = 0; i < a->n; i++) {
        int64_t t = -1;
        if (is_jump(instr_op(a, i))) {
            t = get_int(&u->labels, instr_arg(a, i));
            if (t < 0 || (size_t)t >= a->n) return internal(a, "unbound jump label");
        }
        (void)vec_set(&a->target, i, val_from_small((intptr_t)t));
    }
    return true;
}

// Jump threading: a jump to an unconditional JUMP goes straight to its target (a few hops
// at most, so cycles like `while True: pass` stay as they are). A JUMP cannot raise and
// changes no stack, so skipping it changes nothing else; but the skipped JUMP may be the
// first instruction of a handler region (whose depth gives the handler's), so handler
// depths are computed by a flow pass before threading (see codegen_assemble).
static void thread_jumps(Asm *a) {
    for (size_t i = 0; i < a->n; i++) {
        unsigned op = instr_op(a, i);
        if (!is_jump(op) || op == OP_FOR_ITER || op == OP_SEND) continue;
        int64_t t = get_int(&a->target, i);
        for (int hops = 0; hops < 8 && instr_op(a, (size_t)t) == OP_JUMP; hops++) {
            int64_t t2 = get_int(&a->target, (size_t)t);
            if (t2 == t) break;
            t = t2;
        }
        (void)vec_set(&a->target, i, val_from_small((intptr_t)t));
    }
}

static bool reach(Asm *a, int64_t t, int64_t d) {
    if (t < 0 || (size_t)t >= a->n) return internal(a, "control falls off the end");
    if (d < 0) return internal(a, "stack underflow");
    if (d > a->maxdepth) a->maxdepth = d;
    Value old = vec_get(&a->depth, (size_t)t);
    if (old != VAL_NULL) {
        if (val_small(old) != d) return internal(a, "inconsistent stack depth");
        return true;
    }
    (void)vec_set(&a->depth, (size_t)t, val_from_small((intptr_t)d));
    if (vec_push(a->c->I->heap, &a->work, val_from_small((intptr_t)t)) != K_OK) return nomem(a);
    return true;
}

/* Depth the stack is cut to for handler [h] (known once its first instruction is
 * reached), or -1. */
static int64_t handler_depth(Asm *a, int64_t h) {
    int64_t known = get_int(&a->hdepth, (size_t)h);
    if (known >= 0) return known;
    int64_t ref = get_int(&a->u->handlers, (size_t)h * 4 + 2);
    int64_t delta = get_int(&a->u->handlers, (size_t)h * 4 + 3);
    if (ref < 0 || (size_t)ref >= a->n) return -1;
    Value d = vec_get(&a->depth, (size_t)ref);
    if (d == VAL_NULL) return -1;
    int64_t hd = val_small(d) + delta;
    (void)vec_set(&a->hdepth, (size_t)h, val_from_small((intptr_t)hd));
    return hd;
}

static int64_t handler_target(Asm *a, int64_t h) {
    int64_t label = get_int(&a->u->handlers, (size_t)h * 4);
    return get_int(&a->u->labels, (size_t)label);
}

// Depth before each reachable instruction (a->depth, VAL_NULL when unreached) and
// a->maxdepth. Handler depths found on the way are kept in a->hdepth for the next pass.
static bool flow(Asm *a) {
    Interp *I = a->c->I;
    Unit *u = a->u;
    size_t nh = u->handlers.len / 4;
    a->maxdepth = 0;
    vec_clear(&a->depth);
    vec_clear(&a->work);
    if (vec_resize(I->heap, &a->depth, a->n) != K_OK) return nomem(a);
    if (a->hdepth.len != nh) {
        if (vec_resize(I->heap, &a->hdepth, nh) != K_OK) return nomem(a);
        for (size_t h = 0; h < nh; h++) (void)vec_set(&a->hdepth, h, val_from_small(-1));
    }
    if (!reach(a, 0, 0)) return false;
    while (a->work.len > 0) {
        size_t i = (size_t)val_small(vec_pop(&a->work));
        int64_t d = val_small(vec_get(&a->depth, i));
        unsigned op = instr_op(a, i);
        uint32_t arg = instr_arg(a, i);
        int64_t h = get_int(&u->hidx, i) - 1;
        if (h >= 0) {
            int64_t hd = handler_depth(a, h);
            if (hd < 0) return internal(a, "handler region entered before its start");
            int64_t lasti = get_int(&u->handlers, (size_t)h * 4 + 1);
            if (!reach(a, handler_target(a, h), hd + lasti + 1)) return false;
        }
        if (is_jump(op)) {
            int64_t t = get_int(&a->target, i);
            if (!reach(a, t, d + vm_stack_effect(op, arg, true))) return false;
        }
        int64_t after = d + vm_stack_effect(op, arg, false);
        if (after > a->maxdepth) a->maxdepth = after;
        if (!is_terminator(op)) {
            if (!reach(a, (int64_t)i + 1, after)) return false;
        }
    }
    return true;
}

/* ---- dead code and renumbering ---- */

/* next[i]: the first kept instruction at or after i (n when none). */
static bool compute_next(Asm *a, const ValVec *keep, ValVec *next) {
    if (vec_resize(a->c->I->heap, next, a->n + 1) != K_OK) return nomem(a);
    (void)vec_set(next, a->n, val_from_small((intptr_t)a->n));
    for (size_t k = a->n; k > 0; k--) {
        size_t i = k - 1;
        Value nx =
            vec_get(keep, i) != VAL_NULL ? val_from_small((intptr_t)i) : vec_get(next, i + 1);
        (void)vec_set(next, i, nx);
    }
    return true;
}

static SrcPos pos_at(Unit *u, size_t i) {
    int64_t lines = get_int(&u->pos_lines, i), cols = get_int(&u->pos_cols, i);
    int64_t mask = ((int64_t)1 << 31) - 1;
    SrcPos p = {(int32_t)(lines >> 31), (int32_t)(lines & mask), (int32_t)(cols >> 31),
                (int32_t)(cols & mask)};
    return p;
}

static Value tuple_of_vec(Interp *I, const ValVec *v) {
    Value t = tuple_new(I, v->len);
    if (t == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < v->len; i++) tuple_init_item(t, i, vec_get(v, i));
    return t;
}

static bool fill_tables(Asm *a, CodeObject *co) {
    Compiler *c = a->c;
    Interp *I = c->I;
    Unit *u = a->u;
    Scope *ste = u->ste;
    co->consts = tuple_of_vec(I, &u->consts);
    co->names = tuple_of_vec(I, &u->names);
    co->localnames = tuple_of_vec(I, &u->varnames);
    co->cellnames = tuple_of_vec(I, &u->cellvars);
    co->freenames = tuple_of_vec(I, &u->freevars);
    if (co->consts == VAL_NULL || co->names == VAL_NULL || co->localnames == VAL_NULL ||
        co->cellnames == VAL_NULL || co->freenames == VAL_NULL)
        return false;
    co->filename = c->cs->filename;
    co->name = u->name;
    co->qualname = u->qualname;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->nlocals = (uint32_t)u->varnames.len;
    co->ncells = (uint32_t)u->cellvars.len;
    co->nfrees = (uint32_t)u->freevars.len;
    co->stacksize = (uint32_t)(a->maxdepth > 0 ? a->maxdepth : 1);
    uint32_t flags = 0;
    if (ste->kind == SCOPE_FUNCTION) {
        flags |= CO_OPTIMIZED | CO_NEWLOCALS;
        if (ste->nested) flags |= CO_NESTED;
        // async def and async comprehensions: coroutines, or async generators with yield
        if (ste->is_async)
            flags |= ste->generator ? CODEGEN_CO_ASYNC_GENERATOR : CODEGEN_CO_COROUTINE;
        else if (ste->generator)
            flags |= CO_GENERATOR;
        if (ste->varargs) flags |= CO_VARARGS;
        if (ste->varkeywords) flags |= CO_VARKEYWORDS;
    }
    if (c->future_annotations) flags |= COMPILE_FUTURE_ANNOTATIONS; // inherited by compile()
    co->flags = flags;
    co->firstlineno = u->firstlineno;
    // parameters that are also cells start out holding the argument
    return code_set_cell2arg(I, co);
}

Value codegen_assemble(Compiler *c, Unit *u) {
    Interp *I = c->I;
    Asm a;
    a.c = c;
    a.u = u;
    a.n = u->code.len;
    a.maxdepth = 0;
    vec_init(&a.target);
    vec_init(&a.depth);
    vec_init(&a.work);
    vec_init(&a.hdepth);
    if (a.n == 0) {
        internal(&a, "empty code");
        return VAL_NULL;
    }
    // Flow first over the code as generated, where control enters every handler region
    // at its first instruction, so all handler depths get known; then thread jumps and
    // flow again for what stays reachable (threading can skip a region's first
    // instruction; the second pass uses the handler depths of the first).
    if (!resolve_labels(&a) || !flow(&a)) return VAL_NULL;
    thread_jumps(&a);
    if (!flow(&a)) return VAL_NULL;

    // Keep reachable instructions, minus jumps to the next kept instruction.
    ValVec keep, next, newidx;
    vec_init(&keep);
    vec_init(&next);
    vec_init(&newidx);
    if (vec_resize(I->heap, &keep, a.n) != K_OK) {
        nomem(&a);
        return VAL_NULL;
    }
    for (size_t i = 0; i < a.n; i++)
        if (vec_get(&a.depth, i) != VAL_NULL) (void)vec_set(&keep, i, I->true_);
    if (!compute_next(&a, &keep, &next)) return VAL_NULL;
    for (size_t i = 0; i < a.n; i++) {
        if (vec_get(&keep, i) == VAL_NULL || instr_op(&a, i) != OP_JUMP) continue;
        int64_t t = get_int(&next, (size_t)get_int(&a.target, i));
        if (t == get_int(&next, i + 1)) (void)vec_set(&keep, i, VAL_NULL);
    }
    if (!compute_next(&a, &keep, &next)) return VAL_NULL;
    if (vec_resize(I->heap, &newidx, a.n + 1) != K_OK) {
        nomem(&a);
        return VAL_NULL;
    }
    size_t count = 0;
    for (size_t i = 0; i <= a.n; i++) {
        (void)vec_set(&newidx, i, val_from_small((intptr_t)count));
        if (i < a.n && vec_get(&keep, i) != VAL_NULL) count++;
    }
    if (count == 0) {
        internal(&a, "no reachable code");
        return VAL_NULL;
    }

    Value cov = code_new(I);
    CodeObject *co = code_cast(cov);
    if (co == NULL) return VAL_NULL;
    co->firstlineno = u->firstlineno; // the position table is relative to it (code_emit)
    // Instructions, with the exception table built from runs of equal handlers.
    int64_t run_h = -1;
    size_t run_start = 0, out = 0;
    for (size_t i = 0; i <= a.n; i++) {
        bool kept = i < a.n && vec_get(&keep, i) != VAL_NULL;
        if (i < a.n && !kept) continue;
        int64_t h = i < a.n ? get_int(&u->hidx, i) - 1 : -1;
        if (h != run_h || i == a.n) {
            if (run_h >= 0 && out > run_start) {
                int64_t hd = handler_depth(&a, run_h);
                int64_t t = handler_target(&a, run_h);
                if (hd < 0 || t < 0) {
                    internal(&a, "handler without depth");
                    return VAL_NULL;
                }
                ExcEntry e;
                e.start = (uint32_t)run_start;
                e.end = (uint32_t)out;
                e.target = (uint32_t)get_int(&newidx, (size_t)get_int(&next, (size_t)t));
                e.depth = (uint32_t)hd;
                e.lasti = (uint32_t)get_int(&u->handlers, (size_t)run_h * 4 + 1);
                if (!code_add_exc(I, co, e)) return VAL_NULL;
            }
            run_h = h;
            run_start = out;
        }
        if (i == a.n) break;
        unsigned op = instr_op(&a, i);
        uint32_t arg = instr_arg(&a, i);
        if (is_jump(op)) {
            int64_t t = get_int(&next, (size_t)get_int(&a.target, i));
            arg = (uint32_t)get_int(&newidx, (size_t)t);
        }
        if (!code_emit(I, co, INSTR_MAKE(op, arg), pos_at(u, i))) return VAL_NULL;
        out++;
    }
    if (!fill_tables(&a, co)) return VAL_NULL;
    if (!code_verify(I, co)) return VAL_NULL;
    return cov;
}
