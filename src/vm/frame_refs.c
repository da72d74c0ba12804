/*
 * frame_refs.c: frame_refs_holds, a walk over what the running frames name (locals,
 * cells, live value-stack slots, globals and locals mappings) and a bounded depth of the
 * containers they hold. memoryview exports use it: safepy has no reference counts and
 * its collector is conservative over the C stack, so "still reachable" would count stale
 * copies of a dropped view; "named by the program" does not.
 *
 * Invariant: reads only (no allocation, no user code); every walk is bounded by a budget
 * of visited values, so a check costs at most WALK_BUDGET steps.
 */
#include "frame_refs.h"

#include "../objects/dict.h"
#include "../objects/instdict.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "frame.h"
#include "func.h"
#include "gen.h"

#define WALK_BUDGET 200000u
#define WALK_DEPTH 2

typedef struct Walk {
    Value target;
    size_t budget;
} Walk;

static bool holds(Walk *w, Value v, int depth);
static bool slots_hold(Walk *w, const ValVec *store, size_t lo, size_t hi, int depth);

// A generator that is not running (a running one's frame is in the chain): the locals
// and saved value stack of its frame when it has one (created or suspended).
static bool gen_holds(Walk *w, const GenObject *g, int depth) {
    const Frame *f = g->frame;
    if ((g->state != GEN_CREATED && g->state != GEN_SUSPENDED) || f == NULL || f->co == NULL ||
        f->store == NULL)
        return false;
    size_t bottom = f->base + code_nlocalsplus(f->co);
    size_t sp = f->sp < f->co->stacksize ? f->sp : f->co->stacksize;
    return slots_hold(w, f->store, f->base, bottom + (g->state == GEN_SUSPENDED ? sp : 0), depth);
}

static bool view_holds(Walk *w, ValView items, int depth) {
    for (size_t i = 0; i < items.n; i++)
        if (holds(w, vview_get(items, i), depth)) return true;
    return false;
}

static bool dict_holds(Walk *w, Value d, int depth) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (holds(w, v, depth)) return true;
    return false;
}

// [v] is the target or holds it at most [depth] levels down.
static bool holds(Walk *w, Value v, int depth) {
    if (v == w->target) return true;
    Obj *o = obj_ptr(v);
    if (o == NULL || depth == 0 || w->budget == 0) return false;
    w->budget--;
    switch (o->kind) {
    case K_LIST: return view_holds(w, list_view(v), depth - 1);
    case K_TUPLE:
        for (size_t i = 0; i < tuple_len(v); i++)
            if (holds(w, tuple_get(v, i), depth - 1)) return true;
        return false;
    case K_DICT: return dict_holds(w, v, depth - 1);
    case K_CELL: return holds(w, cell_cast(v)->v, depth - 1);
    case K_GEN: return gen_holds(w, gen_cast(v), depth - 1);
    default: break;
    }
    if (o->dict == VAL_NULL) return false;
    if (dict_cast(o->dict) != NULL) return dict_holds(w, o->dict, depth - 1);
    SplitValues *sv = splitvalues_cast(o->dict);
    return sv != NULL && view_holds(w, vview_of_vec(&sv->vals), depth - 1);
}

// Slots [lo, hi) of [store].
static bool slots_hold(Walk *w, const ValVec *store, size_t lo, size_t hi, int depth) {
    for (size_t i = lo; i < hi && i < store->len; i++)
        if (holds(w, vec_get(store, i), depth)) return true;
    return false;
}

bool frame_refs_holds(Interp *I, Value target) {
    if (I->vm == NULL || obj_ptr(target) == NULL) return false;
    Walk w = {target, WALK_BUDGET};
    Value seen = VAL_NULL; // the globals last walked (frames of one module share them)
    const Frame *prev = NULL;
    for (const Frame *f = I->vm->current; f != NULL; prev = f, f = f->back) {
        if (f->co == NULL || f->store == NULL) continue;
        size_t bottom = f->base + code_nlocalsplus(f->co);
        if (slots_hold(&w, f->store, f->base, bottom, WALK_DEPTH)) return true;
        // the live part of the value stack, as frame_drop_dead knows it
        size_t depth = prev != NULL && !(prev->flags & FRAME_ENTRY) ? f->sp
                       : f->cdepth > 0                               ? f->cdepth - 1
                                                                     : 0;
        if (depth > f->co->stacksize) depth = f->co->stacksize;
        if (slots_hold(&w, f->store, bottom, bottom + depth, WALK_DEPTH)) return true;
        if (f->globals != seen && holds(&w, f->globals, WALK_DEPTH + 1)) return true;
        seen = f->globals;
        if (f->locals != VAL_NULL && f->locals != f->globals && holds(&w, f->locals, WALK_DEPTH + 1))
            return true;
    }
    return false;
}
