/*
 * finalize.c: running __del__ (see finalize.h). The kernel decides which registered
 * objects are ready (heap_fin_add's ordering rule: an object before the objects it refers
 * to, cycles all at once); this file decides when to collect for them and calls them.
 *
 * Invariant: a finalizer runs only at a safe point: never inside the collector (which
 * runs in the middle of an allocation), never with an exception half raised (the pending
 * one is set aside and restored).
 */
#include "finalize.h"

#include "../modules/sysmod.h"
#include "../modules/weakrefmod.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/set.h"
#include "../objects/tuple.h"
#include "../objects/str.h"
#include "../objects/type.h"
#include "func.h"
#include "gen.h"

/* Eager collections (finalize_point) may trace FIN_CREDIT bytes, plus FIN_FACTOR times the
 * bytes the program allocated: small programs get a collection at every dropped
 * reference, a loop dropping one object per iteration a collection every so many
 * iterations (the allocation-driven collector traces at most about half a byte per byte
 * allocated; see heap.c's TRACE_FACTOR). */
#define FIN_CREDIT ((size_t)256 << 20)
#define FIN_FACTOR 2u
/* Requests for a value that may only hold a finalizable object (a container, an
 * instance): after FIN_PATIENCE eager collections in a row that made nothing ready, they
 * are skipped, 1, 2, 4... up to FIN_MAX_SKIP of them between collections (a program
 * keeping one object with __del__ while it churns through lists must not collect at each
 * rebinding). Requests for a finalizable object itself are never skipped. */
#define FIN_PATIENCE 4u
#define FIN_MAX_SKIP (1u << 20)
#define FIN_MAX_DEPTH 16
/* Collections after finalizers ran at one point, for the objects they made unreachable. */
#define FIN_ROUNDS 8

bool finalize_drops(Interp *I, Value v) {
    Obj *o = obj_ptr(v);
    if (o == NULL || o->type == NULL) return false;
    // the object itself has a finalizer (a class's __del__, a registered generator's close)
    if ((o->type->tflags & TF_HAS_DEL) != 0 ||
        (o->kind == K_GEN && (o->flags & (OBJ_FIN_SEEN | OBJ_FIN_DONE)) == OBJ_FIN_SEEN)) {
        I->fin_hint = true;
        return true;
    }
    // what may hold one: only while instances with __del__ exist (a program whose only
    // registered objects are generators with try blocks collects only when it drops one)
    if (I->fin_strong == 0) return false;
    if ((o->type->tflags & TF_HEAP) != 0) return true;
    switch (o->kind) {
    case K_LIST: case K_TUPLE: case K_DICT: case K_SET: case K_GEN:
        return true;
    case K_CELL: {
        CellObject *c = cell_cast(v);
        Obj *in = c != NULL ? obj_ptr(c->v) : NULL;
        if (in == NULL || in->type == NULL) return false;
        // a cell in a cell may lead to one: not followed (cells can form cycles and long
        // chains), so this recursion is one level deep
        return in->kind == K_CELL || finalize_drops(I, c->v);
    }
    default:
        return false;
    }
}

// Calls the __del__ of [obj] (its class's, looked up now: it may have been removed);
// closes a suspended generator (gen_new registers those with try/with blocks). An error
// is reported as unraisable ([at_exit]: by the default hook, as CPython's shutdown does).
static void call_del(Interp *I, Value obj, bool at_exit) {
    Obj *o = obj_ptr(obj);
    if (o == NULL || (o->flags & OBJ_FIN_DONE) != 0) return;
    o->flags |= OBJ_FIN_DONE;
    if (o->kind != K_GEN && I->fin_strong > 0) I->fin_strong--;
    GenObject *g = gen_cast(obj);
    if (g != NULL) {
        if (g->state == GEN_SUSPENDED && gen_close(I, obj) < 0) {
            Value e = exc_fetch(I);
            if (e != VAL_NULL) sysmod_write_unraisable(I, e, obj, at_exit);
        }
        exc_clear(I);
        return;
    }
    Value fn = type_lookup(I, type_of(I, obj), interp_name(I, N___del__));
    if (fn == VAL_NULL) {
        exc_clear(I);
        return;
    }
    Value r;
    if (val_kind(fn) == K_FUNC || val_kind(fn) == K_CFUNC) {
        r = obj_call(I, fn, vview_make(&obj, 1), VAL_NULL);
    } else {
        bool found;
        r = obj_call_special(I, obj, interp_name(I, N___del__), vview_make(NULL, 0), &found);
    }
    if (r == VAL_NULL) {
        Value e = exc_fetch(I);
        if (e != VAL_NULL) sysmod_write_unraisable(I, e, fn, at_exit);
        exc_clear(I);
    }
}

void finalize_run_ready(Interp *I) {
    Heap *h = I->heap;
    if (h->fin_ready == 0 || I->fin_depth >= FIN_MAX_DEPTH || I->exiting) return;
    I->fin_depth++;
    Value saved = exc_fetch(I), info = I->exc_info;
    Value obj;
    while ((obj = heap_fin_take(h, false)) != 0 && !I->exiting) call_del(I, obj, false);
    I->exc_info = info;
    I->exc = saved;
    I->fin_depth--;
}

// Whether the budget allows an eager collection now ([strong]: a finalizable object
// itself was dropped; else the request counts against the backoff).
static bool may_collect(Interp *I, bool strong) {
    if (!strong && I->fin_skip > 0) {
        I->fin_skip--;
        return false;
    }
    Heap *h = I->heap;
    size_t alloc = h->allocated <= SIZE_MAX - h->since_gc ? h->allocated + h->since_gc : SIZE_MAX;
    size_t allow = alloc <= (SIZE_MAX - FIN_CREDIT) / FIN_FACTOR ? FIN_CREDIT + alloc * FIN_FACTOR
                                                                  : SIZE_MAX;
    return I->fin_spent <= allow;
}

// Runs the weakref callbacks a collection made due (a pending exception is kept).
static void weak_callbacks(Interp *I) {
    Value saved = exc_fetch(I);
    weakrefmod_run_callbacks(I);
    exc_clear(I);
    I->exc = saved;
}

// Zeroes the C stack below the caller's frame: the collector's frames, built there next,
// then hold no stale copies of addresses that deeper calls left (an object's own creation
// leaves its address in dead frames), which its conservative scan would take for
// references and so keep a just-dropped object alive. (A fixed-size local array, indexed
// in range.) Not instrumented by ASan: its redzones around the array would keep the
// top of this frame unwritten, and the collector's frames built there next would read
// stale addresses from it (seen: `del obj.attr`'s object kept one statement too long).
#if defined(__SANITIZE_ADDRESS__)
#define SCRUB_NO_ASAN __attribute__((no_sanitize_address))
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SCRUB_NO_ASAN __attribute__((no_sanitize_address))
#endif
#endif
#ifndef SCRUB_NO_ASAN
#define SCRUB_NO_ASAN
#endif
SCRUB_NO_ASAN static __attribute__((noinline)) void scrub_stack(void) {
    volatile uintptr_t junk[2048];
    for (size_t i = 0; i < 2048; i++) junk[i] = 0;
    (void)junk[0];
}

// A collection from a frame with the stale part of the stack cleared.
static __attribute__((noinline)) void collect_clean(Heap *h) {
    scrub_stack();
    heap_collect(h);
}

void finalize_point_any(Interp *I) {
    if (I->fin_strong != 0 || I->heap->fin_ready != 0) finalize_point(I);
}

void finalize_point(Interp *I) {
    Heap *h = I->heap;
    if (h->fin_live == 0) I->fin_on = false; // (set again by the next registration)
    bool strong = I->fin_hint;
    I->fin_hint = false;
    if (h->fin_live == 0 || I->exiting) return;
    bool collected = may_collect(I, strong);
    if (collected) {
        collect_clean(h);
        I->fin_spent = I->fin_spent <= SIZE_MAX - h->traced ? I->fin_spent + h->traced : SIZE_MAX;
        if (h->fin_found == 0) {
            if (I->fin_backoff < FIN_PATIENCE + 21) I->fin_backoff++;
            if (I->fin_backoff > FIN_PATIENCE) {
                uint32_t skip = 1u << (I->fin_backoff - FIN_PATIENCE - 1);
                I->fin_skip = skip < FIN_MAX_SKIP ? skip : FIN_MAX_SKIP;
            }
        } else {
            I->fin_backoff = 0;
        }
    }
    // Objects the collection freed died before the ready ones (a freed object referring
    // to a ready one would have died first with reference counts): their weakref
    // callbacks first. Then the finalizers; the finalized objects die now (what they
    // referred to may be due next: a parent's finalizer before its child's) and their
    // weakref callbacks run: CPython's order when an object with __del__ dies.
    if (!collected && h->fin_ready == 0) return; // (a skipped request: nothing new)
    weak_callbacks(I);
    for (int round = 0; round < FIN_ROUNDS && h->fin_ready != 0; round++) {
        finalize_run_ready(I);
        if (!may_collect(I, true)) break;
        collect_clean(h);
        I->fin_spent = I->fin_spent <= SIZE_MAX - h->traced ? I->fin_spent + h->traced : SIZE_MAX;
        weak_callbacks(I);
    }
    finalize_run_ready(I);
}

void finalize_collect(Interp *I) {
    Heap *h = I->heap;
    collect_clean(h);
    if (h->fin_ready != 0) {
        finalize_run_ready(I);
        heap_collect(h);
    }
    weak_callbacks(I);
}

/* ---- a class that gains __del__ ---- */

typedef struct Gain {
    Interp *I;
    Type *t;
    ValVec found;
} Gain;

static bool gain_visit(void *ctx, Value chunk) {
    Gain *g = ctx;
    Obj *o = obj_ptr(chunk);
    if (o == NULL || o->type == NULL || (o->flags & OBJ_FIN_SEEN) != 0 || o->kind >= K__COUNT)
        return true;
    if (o->type != g->t && !type_is_subtype(o->type, g->t)) return true;
    return vec_push(g->I->heap, &g->found, chunk) == K_OK;
}

void finalize_class_gained(Interp *I, Type *t) {
    if ((t->tflags & TF_HAS_DEL) == 0) return;
    heap_collect(I->heap); // so that the walk meets only live objects
    Gain g = {I, t, {0}};
    vec_init(&g.found);
    (void)heap_walk(I->heap, HEAP_OBJ, gain_visit, &g);
    for (size_t i = 0; i < g.found.len; i++) {
        Obj *o = obj_ptr(vec_get(&g.found, i));
        if (o != NULL) (void)obj_fin_register(I, o);
    }
}

/* ---- exit ---- */

/* At exit CPython 3.11 finds __main__'s globals dict unreachable (sys.modules let go of
 * the module; its functions keep the dict in a cycle) and its cyclic collector calls the
 * finalizers of that garbage in the order it listed it: breadth first from the dict,
 * visiting a dict's keys and values in order, a list's or tuple's items last to first, an
 * instance's attributes in order. The same walk gives the order here. */

typedef struct Walk {
    Interp *I;
    Value seen;   /* dict: id -> None */
    ValVec queue;
} Walk;

// Queues [v] once (only what may lead to a finalizable object).
static void walk_add(Walk *w, Value v) {
    Obj *o = obj_ptr(v);
    if (o == NULL || o->type == NULL) return;
    if ((o->type->tflags & (TF_HAS_DEL | TF_HEAP)) == 0 && o->kind != K_LIST &&
        o->kind != K_TUPLE && o->kind != K_DICT && o->kind != K_SET)
        return;
    Value id = int_from_u64(w->I, (uint64_t)v);
    if (id == VAL_NULL) return;
    Value had = dict_get(w->I, w->seen, id);
    if (had != VAL_NULL || w->I->exc != VAL_NULL || !dict_set(w->I, w->seen, id, w->I->none))
        return;
    if (vec_push(w->I->heap, &w->queue, v) != K_OK) return; // (out of memory: not walked)
}

static void walk_children(Walk *w, Value v) {
    Interp *I = w->I;
    Obj *o = obj_ptr(v);
    if (o == NULL || o->type == NULL) return; // (walk_add queues only such objects)
    size_t pos = 0;
    Value k, x;
    switch (o->kind) {
    case K_DICT:
        while (dict_next(v, &pos, &k, &x)) {
            walk_add(w, k);
            walk_add(w, x);
        }
        break;
    case K_LIST:
        for (size_t i = list_len(v); i > 0; i--) walk_add(w, list_get(v, i - 1));
        break;
    case K_TUPLE:
        for (size_t i = tuple_len(v); i > 0; i--) walk_add(w, tuple_get(v, i - 1));
        break;
    case K_SET:
        while (set_next(v, &pos, &k)) walk_add(w, k);
        break;
    default:
        break;
    }
    if ((o->type->tflags & TF_HEAP) != 0 && (o->type->tflags & TF_HAS_DICT) != 0) {
        Value d = obj_instance_dict(I, v);
        if (d != VAL_NULL && dict_check(d)) {
            pos = 0;
            while (dict_next(d, &pos, &k, &x)) walk_add(w, x);
        }
    }
    exc_clear(I);
}

// Calls the finalizers of the objects [d] leads to, in the order CPython's would run.
static void finalize_from(Interp *I, Value d) {
    Walk w = {I, dict_new(I), {0}};
    vec_init(&w.queue);
    if (w.seen == VAL_NULL) return;
    walk_add(&w, d);
    ValVec order;
    vec_init(&order);
    for (size_t i = 0; i < w.queue.len; i++) {
        Value v = vec_get(&w.queue, i);
        Obj *o = obj_ptr(v);
        if (o == NULL) continue;
        if ((o->type->tflags & TF_HAS_DEL) != 0 && (o->flags & (OBJ_FIN_SEEN | OBJ_FIN_DONE)) == OBJ_FIN_SEEN &&
            vec_push(I->heap, &order, v) != K_OK)
            break;
        walk_children(&w, v);
    }
    exc_clear(I);
    for (size_t i = 0; i < order.len && !I->exiting; i++) call_del(I, vec_get(&order, i), true);
}

void finalize_at_exit(Interp *I, Value main_dict) {
    Heap *h = I->heap;
    if (h->fin_live == 0 || I->exiting) return;
    Value saved = exc_fetch(I);
    I->fin_depth++;
    // registered before the shutdown began (CPython does not finalize what its shutdown
    // finalizers create): the registry keeps registration order, new entries go last
    size_t before = h->fin_live;
    finalize_run_ready(I);
    if (main_dict != VAL_NULL && dict_check(main_dict)) finalize_from(I, main_dict);
    // then everything still registered (held by other modules, by cycles, by a stale
    // word), in registration order
    Value obj;
    for (size_t n = 0; n < before && !I->exiting && (obj = heap_fin_take(h, true)) != 0; n++)
        call_del(I, obj, true);
    I->fin_depth--;
    exc_clear(I);
    I->exc = saved;
}
