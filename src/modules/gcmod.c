/*
 * gcmod.c: the gc module over the kernel's mark-sweep heap. collect() runs a real full
 * collection (heap_collect) and returns how many chunks it freed. There is no cyclic
 * collector separate from the heap's, so enable/disable, thresholds and freeze only keep
 * the state CPython reports (the heap keeps collecting when it must: a program that
 * disables gc must not run out of memory because of it).
 *
 * Invariant: the module's state lives in its own dict (_enabled, _threshold, _frozen),
 * never in C globals.
 */
#include "modtab.h"
#include "weakrefmod.h"

#include "../kernel/heap.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/descr.h"
#include "../objects/instdict.h"
#include "../objects/set.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/code.h"
#include "../vm/finalize.h"
#include "../vm/func.h"

static Value state(Interp *I, Value m, const char *key) {
    Value d = module_dict(m);
    if (d == VAL_NULL) return exc_raise(I, TY_SYSTEM_ERROR, "gc module has no namespace");
    Value v = dict_get_cstr(I, d, key);
    if (v == VAL_NULL && I->exc == VAL_NULL) return exc_raise(I, TY_SYSTEM_ERROR, "gc state lost");
    return v;
}

static bool set_state(Interp *I, Value m, const char *key, Value v) {
    Value d = module_dict(m);
    if (d == VAL_NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "gc module has no namespace");
        return false;
    }
    return dict_set_cstr(I, d, key, v);
}

// Calls every entry of gc.callbacks with (phase, info), as CPython does around a
// collection.
static bool run_callbacks(Interp *I, Value cbs, const char *phase, int64_t gen, int64_t collected) {
    if (!list_check(cbs) || list_len(cbs) == 0) return true;
    Value ph = str_from_cstr(I, phase);
    Value info = dict_new(I);
    if (ph == VAL_NULL || info == VAL_NULL) return false;
    if (!dict_set_cstr(I, info, "generation", val_from_small(gen)) ||
        !dict_set_cstr(I, info, "collected", val_from_small(collected)) ||
        !dict_set_cstr(I, info, "uncollectable", val_from_small(0)))
        return false;
    Value snapshot = list_from_view(I, list_view(cbs));
    if (snapshot == VAL_NULL) return false;
    for (size_t k = 0; k < list_len(snapshot); k++)
        if (obj_call2(I, list_get(snapshot, k), ph, info) == VAL_NULL) return false;
    return true;
}

/* ---- walking the live objects ---- */

// Whether heap object [o] may be handed to Python code: its header is set, it is not an
// interpreter-internal object (shared-key tables, plain-object-typed helper structs), and
// a tuple is complete (a tuple being filled has unset items).
static bool exposable(Interp *I, Value o) {
    Obj *ob = obj_ptr(o);
    if (ob == NULL || ob->type == NULL || ob->kind >= K__COUNT) return false;
    if (ob->type == interp_type(I, TY_OBJECT)) return false; // atoms for CPython too
    switch (ob->kind) {
    case K_SHAREDKEYS: case K_SPLITVALUES:
        return false;
    case K_TUPLE:
        if ((ob->flags & TUPLE_BUILDING) != 0) return false;
        for (size_t k = 0; k < tuple_len(o); k++)
            if (tuple_get(o, k) == VAL_NULL) return false;
        return true;
    default:
        return true;
    }
}

static int tracked(Interp *I, Value o, int depth, size_t *budget);

typedef struct Walk {
    Interp *I;
    bool (*each)(struct Walk *w, Value o); /* false: stop (exception pending) */
    Value out;     /* the result list (never listed itself) */
    Value scratch; /* get_referrers: a list reused for each object's referents */
    ValView objs;  /* get_referrers: the objects asked about */
} Walk;

// heap_walk's visitor: the objects CPython's collector tracks go to w->each.
static bool visit(void *ctx, Value o) {
    Walk *w = ctx;
    if (o == w->out || o == w->scratch || !exposable(w->I, o)) return true;
    size_t budget = 64;
    if (tracked(w->I, o, 0, &budget) == 0) return true;
    return w->each(w, o);
}

// Runs a full collection (so only objects still alive are listed), then w->each on every
// tracked object. False with an exception pending.
static bool walk_live(Interp *I, Walk *w) {
    heap_collect(I->heap);
    if (!heap_walk(I->heap, HEAP_OBJ, visit, w)) return false;
    return true;
}

static bool each_object(Walk *w, Value o) { return list_append(w->I, w->out, o); }

// gc.collect(): the lookup caches that name classes (the type_lookup cache, every code
// object's inline caches) are emptied first, so a class only they refer to is freed.
static bool drop_cache(void *ctx, Value o) {
    Interp *I = ctx;
    CodeObject *co = code_cast(o);
    if (co != NULL) code_clear_caches(I, co);
    return true;
}

static Value gc_collect(Interp *I, Value self, ValView args, Value kwnames) {
    Value gen;
    if (!args_parse(I, args, kwnames, "collect", "| generation", &gen)) return VAL_NULL;
    int64_t g = 2;
    if (gen != VAL_NULL) {
        if (!obj_index_i64(I, gen, &g)) return VAL_NULL;
        if (g < 0 || g > 2) return exc_raise(I, TY_VALUE_ERROR, "invalid generation");
    }
    Value cbs = state(I, self, "callbacks");
    if (cbs == VAL_NULL || !run_callbacks(I, cbs, "start", g, 0)) return VAL_NULL;
    size_t before = I->heap->live_chunks;
    type_clear_cache(I);
    (void)heap_walk(I->heap, HEAP_OBJ, drop_cache, I);
    finalize_collect(I); // a full collection, the finalizers and weakref callbacks it made due
    if (I->exc != VAL_NULL) return VAL_NULL;
    size_t after = I->heap->live_chunks;
    size_t freed = before > after ? before - after : 0;
    if (!run_callbacks(I, cbs, "stop", g, (int64_t)(freed > INT32_MAX ? INT32_MAX : freed))) return VAL_NULL;
    return int_from_u64(I, freed);
}

static Value gc_enable(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "enable", 0, 0)) return VAL_NULL;
    return set_state(I, self, "_enabled", I->true_) ? I->none : VAL_NULL;
}

static Value gc_disable(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "disable", 0, 0)) return VAL_NULL;
    return set_state(I, self, "_enabled", I->false_) ? I->none : VAL_NULL;
}

static Value gc_isenabled(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "isenabled", 0, 0)) return VAL_NULL;
    return state(I, self, "_enabled");
}

static Value gc_get_count(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "get_count", 0, 0)) return VAL_NULL;
    Value a = int_from_u64(I, (I->heap->since_gc / 256u) % 700u);
    if (a == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 3, a, val_from_small(0), val_from_small(0));
}

static Value gc_get_threshold(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "get_threshold", 0, 0)) return VAL_NULL;
    return state(I, self, "_threshold");
}

static Value gc_set_threshold(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_no_kw(I, kwnames, "set_threshold")) return VAL_NULL;
    if (!args_count(I, args, kwnames, "set_threshold", 1, 3)) return VAL_NULL;
    Value old = state(I, self, "_threshold");
    if (old == VAL_NULL) return VAL_NULL;
    // the state is a module attribute a program may have replaced: never pack VAL_NULL
    Value t[3] = {val_from_small(700), val_from_small(10), val_from_small(10)};
    for (size_t k = 0; k < 3 && tuple_check(old) && tuple_len(old) == 3; k++) t[k] = tuple_get(old, k);
    for (size_t k = 0; k < args.n && k < 3; k++) { // args_count: n <= 3 (bound for clang)
        int64_t x;
        if (!obj_index_i64(I, vview_get(args, k), &x)) return VAL_NULL;
        t[k] = int_from_i64(I, x);
        if (t[k] == VAL_NULL) return VAL_NULL;
    }
    Value nt = tuple_pack(I, 3, t[0], t[1], t[2]);
    if (nt == VAL_NULL) return VAL_NULL;
    return set_state(I, self, "_threshold", nt) ? I->none : VAL_NULL;
}

// All objects are in one generation here: any valid generation lists them all.
static Value gc_get_objects(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value gen;
    if (!args_parse(I, args, kwnames, "get_objects", "| generation", &gen)) return VAL_NULL;
    if (gen != VAL_NULL && gen != I->none) {
        int64_t g;
        if (!obj_index_i64(I, gen, &g)) return VAL_NULL;
        if (g >= 3)
            return exc_raise(I, TY_VALUE_ERROR, "generation parameter must be less than the "
                                                "number of available generations (3)");
        if (g < -1) return exc_raise(I, TY_VALUE_ERROR, "generation parameter cannot be negative");
    }
    Walk w = {I, each_object, list_new(I, 0), VAL_NULL, {NULL, 0}};
    if (w.out == VAL_NULL || !walk_live(I, &w)) return VAL_NULL;
    return w.out;
}

// CPython's rule: atoms (numbers, str, bytes, None, plain object()) are never tracked; a
// dict or tuple is tracked only while it holds a tracked item (as after a collection).
// [budget] bounds the work on shared or deep structures (past it: "tracked").
static int tracked(Interp *I, Value o, int depth, size_t *budget) {
    if (val_is_small(o)) return 0;
    if (depth > 64 || *budget == 0) return 1;
    (*budget)--;
    switch (val_kind(o)) {
    case K_NONE: case K_INT: case K_FLOAT: case K_COMPLEX: case K_STR: case K_BYTES:
    case K_BYTEARRAY: case K_RANGEOBJ:
        return 0;
    case K_OBJECT:
        return type_of(I, o) != interp_type(I, TY_OBJECT);
    case K_TUPLE:
        for (size_t k = 0; k < tuple_len(o); k++) {
            int t = tracked(I, tuple_get(o, k), depth + 1, budget);
            if (t != 0) return t;
        }
        return 0;
    case K_DICT: {
        size_t pos = 0;
        Value k, v;
        while (dict_next(o, &pos, &k, &v)) {
            int t = tracked(I, k, depth + 1, budget);
            if (t == 0) t = tracked(I, v, depth + 1, budget);
            if (t != 0) return t;
        }
        return type_of(I, o) != interp_type(I, TY_DICT);
    }
    default:
        return 1;
    }
}

static Value gc_is_tracked(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "is_tracked", 1, 1)) return VAL_NULL;
    size_t budget = 100000;
    int t = tracked(I, vview_get(args, 0), 0, &budget);
    if (t < 0) return VAL_NULL;
    return interp_bool(I, t != 0);
}

static Value gc_is_finalized(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "is_finalized", 1, 1)) return VAL_NULL;
    return I->false_;
}

static Value gc_freeze(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "freeze", 0, 0)) return VAL_NULL;
    return set_state(I, self, "_frozen", val_from_small(1)) ? I->none : VAL_NULL;
}

static Value gc_unfreeze(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "unfreeze", 0, 0)) return VAL_NULL;
    return set_state(I, self, "_frozen", val_from_small(0)) ? I->none : VAL_NULL;
}

static Value gc_get_freeze_count(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "get_freeze_count", 0, 0)) return VAL_NULL;
    return state(I, self, "_frozen");
}

// Appends [v] to [out] unless it is unset (CPython's Py_VISIT skips NULL members).
static bool put(Interp *I, Value out, Value v) {
    return v == VAL_NULL || list_append(I, out, v);
}

// A dict's part, as CPython's dict traversal: each entry's value, and its key too unless
// every key is an exact str (CPython's str-keys tables do not report their keys).
static bool dict_referents(Interp *I, Value out, Value d) {
    size_t pos = 0;
    Value k, v;
    bool str_keys = true;
    while (str_keys && dict_next(d, &pos, &k, &v)) str_keys = type_of(I, k) == interp_type(I, TY_STR);
    for (pos = 0; dict_next(d, &pos, &k, &v);)
        if (!put(I, out, v) || (!str_keys && !put(I, out, k))) return false;
    return true;
}

// What an instance of a class statement's type adds, in CPython's order: its __slots__
// values, its attributes (the __dict__, or the values of a dict never materialised),
// its type.
static bool instance_referents(Interp *I, Value out, Value o) {
    Value store = descr_slot_store(I, o, false);
    size_t nslots = tuple_check(store) ? tuple_len(store) : 0;
    for (size_t k = 0; k < nslots; k++)
        if (!put(I, out, descr_slot_get(store, (uint32_t)k))) return false;
    Obj *ob = obj_ptr(o);
    if (ob == NULL) return true;
    Value d = ob->dict;
    SplitValues *sv = splitvalues_cast(d);
    if (sv != NULL) {
        for (size_t k = 0; k < sv->vals.len; k++)
            if (!put(I, out, vec_get(&sv->vals, k))) return false;
    } else if (dict_cast(d) != NULL && !put(I, out, d)) {
        return false;
    }
    return put(I, out, obj_val(type_of(I, o)));
}

// Appends the objects [o] refers to directly, as CPython's traversal of the kinds whose
// answer does not depend on its memory layout: containers' items, instances' attributes
// and type, functions, bound methods, cells. Other kinds (and atoms) add nothing.
static bool add_referents(Interp *I, Value out, Value o) {
    if (val_is_small(o)) return true;
    if (type_of(I, o)->tflags & TF_HEAP) {
        if (!instance_referents(I, out, o)) return false;
    }
    switch (val_kind(o)) {
    case K_LIST: // CPython visits a list's and a tuple's items last to first
        for (size_t k = list_len(o); k > 0; k--)
            if (!put(I, out, list_get(o, k - 1))) return false;
        return true;
    case K_TUPLE:
        for (size_t k = tuple_len(o); k > 0; k--)
            if (!put(I, out, tuple_get(o, k - 1))) return false;
        return true;
    case K_DICT:
        return dict_referents(I, out, o);
    case K_SET: {
        size_t pos = 0;
        Value k;
        while (set_next(o, &pos, &k))
            if (!put(I, out, k)) return false;
        return true;
    }
    case K_FUNC: {
        FuncObject *f = func_cast(o);
        if (f == NULL) return true;
        Value parts[] = {f->code, f->globals, I->builtins, f->module, f->defaults, f->kwdefaults,
                         f->doc, f->name, f->h.dict, f->closure, f->annotations, f->qualname};
        for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
            if (!put(I, out, parts[k])) return false;
        return true;
    }
    case K_METHOD: {
        MethodObject *m = method_cast(o);
        return m == NULL || (put(I, out, m->func) && put(I, out, m->self));
    }
    case K_CELL: {
        CellObject *c = cell_cast(o);
        return c == NULL || put(I, out, c->v);
    }
    default:
        return true;
    }
}

// get_referrers: lists [o] when one of its referents is one of w->objs.
static bool each_referrer(Walk *w, Value o) {
    ListObject *l = list_cast(w->scratch);
    if (l == NULL || vec_resize(w->I->heap, &l->v, 0) != K_OK) return true; // keeps its storage
    if (!add_referents(w->I, w->scratch, o)) return false;
    for (size_t k = 0; k < list_len(w->scratch); k++)
        for (size_t j = 0; j < w->objs.n; j++)
            if (list_get(w->scratch, k) == vview_get(w->objs, j)) return list_append(w->I, w->out, o);
    return true;
}

static Value gc_get_referrers(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_no_kw(I, kwnames, "get_referrers")) return VAL_NULL;
    Walk w = {I, each_referrer, list_new(I, 0), list_new(I, 0), args};
    if (w.out == VAL_NULL || w.scratch == VAL_NULL || !walk_live(I, &w)) return VAL_NULL;
    list_clear(w.scratch);
    return w.out;
}

static Value gc_get_referents(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_no_kw(I, kwnames, "get_referents")) return VAL_NULL;
    Value out = list_new(I, 0);
    if (out == VAL_NULL) return VAL_NULL;
    for (size_t k = 0; k < args.n; k++)
        if (!add_referents(I, out, vview_get(args, k))) return VAL_NULL;
    return out;
}

static Value gc_get_stats(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "get_stats", 0, 0)) return VAL_NULL;
    Value l = list_new(I, 3);
    if (l == VAL_NULL) return VAL_NULL;
    for (int g = 0; g < 3; g++) {
        Value d = dict_new(I);
        if (d == VAL_NULL) return VAL_NULL;
        Value c = int_from_u64(I, g == 2 ? I->heap->collections : 0);
        if (c == VAL_NULL || !dict_set_cstr(I, d, "collections", c) ||
            !dict_set_cstr(I, d, "collected", val_from_small(0)) ||
            !dict_set_cstr(I, d, "uncollectable", val_from_small(0)) || !list_append(I, l, d))
            return VAL_NULL;
    }
    return l;
}

static Value gc_get_debug(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "get_debug", 0, 0)) return VAL_NULL;
    return state(I, self, "_debug");
}

static Value gc_set_debug(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "set_debug", 1, 1)) return VAL_NULL;
    int64_t x;
    if (!obj_index_i64(I, vview_get(args, 0), &x)) return VAL_NULL;
    Value v = int_from_i64(I, x);
    return v != VAL_NULL && set_state(I, self, "_debug", v) ? I->none : VAL_NULL;
}

static const MethodDef gc_functions[] = {
    {"collect", gc_collect, 0, "Run the garbage collector."},
    {"enable", gc_enable, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled."},
    {"get_count", gc_get_count, 0, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, 0, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, 0, "Set the collection thresholds."},
    {"get_objects", gc_get_objects, 0, "Return a list of objects tracked by the collector."},
    {"is_tracked", gc_is_tracked, 0, "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, 0, "Returns true if the object has been already finalized by the GC."},
    {"freeze", gc_freeze, 0, "Freeze all current tracked objects."},
    {"unfreeze", gc_unfreeze, 0, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, 0, "Return the number of objects in the permanent generation."},
    {"get_referrers", gc_get_referrers, 0, "Return the list of objects that directly refer to any of objs."},
    {"get_referents", gc_get_referents, 0, "Return the list of objects that are directly referred to by objs."},
    {"get_stats", gc_get_stats, 0, "Return a list of dictionaries containing per-generation statistics."},
    {"get_debug", gc_get_debug, 0, "Get the garbage collection debugging flags."},
    {"set_debug", gc_set_debug, 0, "Set the garbage collection debugging flags."},
    {NULL, NULL, 0, NULL},
};

bool gcmod_init(Interp *I, Value m) {
    if (!module_add_functions(I, m, gc_functions)) return false;
    Value thr = tuple_pack(I, 3, val_from_small(700), val_from_small(10), val_from_small(10));
    Value garbage = list_new(I, 0);
    Value callbacks = list_new(I, 0);
    if (thr == VAL_NULL || garbage == VAL_NULL || callbacks == VAL_NULL) return false;
    return module_add_value(I, m, "_enabled", I->true_) &&
           module_add_value(I, m, "_threshold", thr) &&
           module_add_value(I, m, "_frozen", val_from_small(0)) &&
           module_add_value(I, m, "_debug", val_from_small(0)) &&
           module_add_value(I, m, "garbage", garbage) &&
           module_add_value(I, m, "callbacks", callbacks) &&
           module_add_int(I, m, "DEBUG_STATS", 1) && module_add_int(I, m, "DEBUG_COLLECTABLE", 2) &&
           module_add_int(I, m, "DEBUG_UNCOLLECTABLE", 4) && module_add_int(I, m, "DEBUG_SAVEALL", 32) &&
           module_add_int(I, m, "DEBUG_LEAK", 38);
}
