/*
 * frame_refs.c: frame_refs_find, a search of what the running frames name (locals,
 * cells, live value-stack slots, globals and locals mappings) and a bounded depth of the
 * containers they hold, for a value a predicate accepts. memoryview exports use it:
 * safepy has no reference counts and its collector is conservative over the C stack, so
 * "still reachable" would count stale copies of a dropped view; "named by the program"
 * does not.
 *
 * The search deepens one level at a time (names first, then items of what they name, ...)
 * so that a view named directly is found before any large container is walked, and every
 * value it looks at costs one step of a fixed budget: one call costs at most WALK_BUDGET
 * steps whatever the program holds (it then answers false).
 *
 * Invariant: reads only (no allocation, no user code).
 */
#include "frame_refs.h"

#include "../objects/dict.h"
#include "../objects/instdict.h"
#include "../objects/iterobject.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "frame.h"
#include "func.h"
#include "gen.h"

#define WALK_BUDGET 4096u
#define WALK_DEPTH 2

typedef struct Walk {
    Interp *I;
    FrameRefsMatch match;
    const void *ctx;
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
    for (size_t i = 0; i < items.n && w->budget > 0; i++)
        if (holds(w, vview_get(items, i), depth)) return true;
    return false;
}

static bool dict_holds(Walk *w, Value d, int depth) {
    size_t pos = 0;
    Value k, v;
    while (w->budget > 0 && dict_next(d, &pos, &k, &v))
        if (holds(w, v, depth)) return true;
    return false;
}

// The sequence an iterator over a list, a tuple or a __getitem__ object (a memoryview)
// still holds: a for loop over it keeps it named. VAL_NULL for other values.
static Value iter_source(Interp *I, Value v) {
    static const TypeId seq_iters[] = {TY_SEQ_ITER, TY_TUPLE_ITER, TY_LIST_ITER};
    for (size_t i = 0; i < sizeof seq_iters / sizeof seq_iters[0]; i++) {
        IterObject *it = iterobject_get(I, v, seq_iters[i]);
        if (it != NULL) return it->src;
    }
    return VAL_NULL;
}

// A function's closure cells and default values, one level down from the function.
static bool func_holds(Walk *w, const FuncObject *fn, int depth) {
    if (tuple_check(fn->closure))
        for (size_t i = 0; i < tuple_len(fn->closure) && w->budget > 0; i++) {
            CellObject *c = cell_cast(tuple_get(fn->closure, i));
            if (c != NULL && holds(w, c->v, depth)) return true;
        }
    if (tuple_check(fn->defaults))
        for (size_t i = 0; i < tuple_len(fn->defaults) && w->budget > 0; i++)
            if (holds(w, tuple_get(fn->defaults, i), depth)) return true;
    return false;
}

static bool tuple_holds(Walk *w, Value t, int depth) {
    for (size_t i = 0; i < tuple_len(t) && w->budget > 0; i++)
        if (holds(w, tuple_get(t, i), depth)) return true;
    return false;
}

// [v] is accepted or holds an accepted value at most [depth] levels down.
static bool holds(Walk *w, Value v, int depth) {
    Obj *o = obj_ptr(v);
    if (o == NULL || w->budget == 0) return false;
    w->budget--;
    if (w->match(v, w->ctx)) return true;
    if (depth == 0) return false;
    switch (o->kind) {
    case K_LIST: return view_holds(w, list_view(v), depth - 1);
    case K_TUPLE: return tuple_holds(w, v, depth - 1);
    case K_DICT: return dict_holds(w, v, depth - 1);
    case K_CELL: return holds(w, cell_cast(v)->v, depth - 1);
    case K_GEN: return gen_holds(w, gen_cast(v), depth - 1);
    case K_ITER: return holds(w, iter_source(w->I, v), depth - 1);
    case K_FUNC: return func_cast(v) != NULL && func_holds(w, func_cast(v), depth - 1);
    case K_OBJECT: break; // an instance of a class: its attributes
    default: return false; // modules, classes, functions...: not looked into
    }
    if (o->dict == VAL_NULL) return false;
    if (dict_cast(o->dict) != NULL) return dict_holds(w, o->dict, depth - 1);
    if (tuple_check(o->dict)) return tuple_holds(w, o->dict, depth - 1); // __slots__ values
    SplitValues *sv = splitvalues_cast(o->dict);
    return sv != NULL && view_holds(w, vview_of_vec(&sv->vals), depth - 1);
}

// Slots [lo, hi) of [store].
static bool slots_hold(Walk *w, const ValVec *store, size_t lo, size_t hi, int depth) {
    for (size_t i = lo; i < hi && i < store->len && w->budget > 0; i++)
        if (holds(w, vec_get(store, i), depth)) return true;
    return false;
}

// One pass over the frames' roots, looking [depth] levels into each.
static bool roots_hold(Walk *w, const VmState *vm, int depth) {
    Value seen = VAL_NULL; // the globals last walked (frames of one module share them)
    const Frame *prev = NULL;
    for (const Frame *f = vm->current; f != NULL && w->budget > 0; prev = f, f = f->back) {
        if (f->co == NULL || f->store == NULL) continue;
        size_t bottom = f->base + code_nlocalsplus(f->co);
        if (slots_hold(w, f->store, f->base, bottom, depth)) return true;
        // the live part of the value stack, as frame_drop_dead knows it
        size_t live = prev != NULL && !(prev->flags & FRAME_ENTRY) ? f->sp
                      : f->cdepth > 0                               ? f->cdepth - 1
                                                                    : 0;
        if (live > f->co->stacksize) live = f->co->stacksize;
        if (slots_hold(w, f->store, bottom, bottom + live, depth)) return true;
        // a mapping's values are names: one level more than a slot
        if (f->globals != seen && dict_cast(f->globals) != NULL && dict_holds(w, f->globals, depth))
            return true;
        seen = f->globals;
        if (f->locals != VAL_NULL && f->locals != f->globals && holds(w, f->locals, depth + 1))
            return true;
    }
    return false;
}

bool frame_refs_find(Interp *I, FrameRefsMatch match, const void *ctx) {
    if (I->vm == NULL) return false;
    Walk w = {I, match, ctx, WALK_BUDGET};
    for (int depth = 0; depth <= WALK_DEPTH && w.budget > 0; depth++)
        if (roots_hold(&w, I->vm, depth)) return true;
    return false;
}
