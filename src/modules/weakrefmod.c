/*
 * weakrefmod.c: the _weakref module: the weak reference type (weakref.ReferenceType,
 * exported as `ref`), which the weakref package (lib/weakref.py: proxies,
 * WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize) builds on.
 *
 * A weakref holds its referent only through a kernel weak cell (heap_weak_new): the
 * collector does not trace the cell and clears it when the referent is collected, after
 * which ref() returns None. Callbacks cannot run inside the collector (it runs in the
 * middle of an allocation), so each weakref with a callback is watched through an inner
 * weakref (so the watch list does not keep it alive) and the callbacks of those whose
 * referents died run at safe points: every weakref creation and call, _weakref._collect()
 * and weakrefmod_collect (for gc.collect()).
 *
 * Invariant: a WeakrefObject's cell is never NULL once constructed; the watch list
 * (I->scratch["_weakref.watch"]) holds only inner weakrefs without callbacks.
 */
#include "weakrefmod.h"
#include "sysmod.h"

#include "import.h"
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/type.h"

typedef struct WeakrefObject {
    CustomObj h;
    void *cell;     /* kernel weak cell -> the referent (0 once collected) */
    Value callback; /* callable, or VAL_NULL */
    int64_t hash;   /* hash(referent), once computed */
    bool hashed;
} WeakrefObject;

static const CustomLayout weakref_layout = {"WeakrefObject"};
CUSTOM_CAST_FN(wr_cast, WeakrefObject, weakref_layout)

#define WATCH_KEY "_weakref.watch"
#define SEEN_KEY "_weakref.seen"
#define BYID_KEY "_weakref.byid"        /* id(referent) -> list of inner weakrefs to its weakrefs */
#define SWEPT_KEY "_weakref.byid_swept" /* registry size after its last sweep */

static Value referent(const WeakrefObject *w) { return heap_weak_get(w->cell); }

bool weakrefmod_supported(Interp *I, Value obj) {
    Obj *o = obj_ptr(obj);
    if (o == NULL) return false;
    Type *t = type_of(I, obj);
    // types.GenericAlias has a weakref slot in CPython, and so its subclasses
    // (collections.abc's Callable alias, whose __slots__ is empty)
    Type *ga = type_cast(type_alias_types(I, false));
    if (ga != NULL && type_is_subtype(t, ga)) return true;
    if ((t->tflags & TF_HEAP) != 0) {
        // like CPython: variable-size bases (int, tuple, bytes) have no weakref slot; str
        // subclasses do (str is not variable-size there)
        if ((t->tflags & (TF_INT_SUB | TF_TUPLE_SUB)) != 0 ||
            type_is_subtype(t, interp_type(I, TY_BYTES))) {
            return false;
        }
        Value wk = interp_name(I, N___weakref__);
        return type_lookup(I, t, wk) != VAL_NULL;
    }
    switch (o->kind) {
    case K_TYPE: case K_FUNC: case K_CFUNC: case K_METHOD: case K_SET: case K_GEN:
    case K_CODE: case K_MODULE: case K_FILE: case K_MEMVIEW:
        return true;
    case K_CUSTOM:
        return wr_cast(obj) == NULL;
    default:
        return false;
    }
}

static Value watch_list(Interp *I) {
    if (I->scratch == VAL_NULL) {
        I->scratch = dict_new(I);
        if (I->scratch == VAL_NULL) return VAL_NULL;
    }
    Value l = dict_get_cstr(I, I->scratch, WATCH_KEY);
    if (l != VAL_NULL || I->exc != VAL_NULL) return l;
    l = list_new(I, 0);
    if (l == VAL_NULL || !dict_set_cstr(I, I->scratch, WATCH_KEY, l)) return VAL_NULL;
    return l;
}

// A weakref of type [t] to [obj]; [check]: refuse objects CPython refuses (the watch
// list's inner weakrefs to weakrefs are ours only).
static Value make(Interp *I, Type *t, Value obj, Value callback, bool check) {
    if (check && !weakrefmod_supported(I, obj))
        return exc_raise(I, TY_TYPE_ERROR, "cannot create weak reference to '%T' object", obj);
    WeakrefObject *w = custom_alloc(I, t, &weakref_layout, sizeof(WeakrefObject));
    if (w == NULL) return VAL_NULL;
    w->cell = heap_weak_new(I->heap, obj);
    if (w->cell == NULL) return exc_nomem(I);
    w->callback = callback == I->none ? VAL_NULL : callback;
    return obj_val(w);
}

/* ---- the registry behind getweakrefcount / getweakrefs ----
 * For each referent (keyed by its id, so the registry does not keep it alive) a list of
 * inner weakrefs to the weakrefs made to it. An entry is live when the inner weakref's
 * target still exists and still refers to that referent (an id may be reused once the
 * collector freed the old object, but then its weakrefs were cleared). Dead entries are
 * dropped when the referent is looked up and by a sweep each time the registry doubled. */

static Value registry(Interp *I) {
    if (I->scratch == VAL_NULL && (I->scratch = dict_new(I)) == VAL_NULL) return VAL_NULL;
    Value d = dict_get_cstr(I, I->scratch, BYID_KEY);
    if (d != VAL_NULL || I->exc != VAL_NULL) return d;
    d = dict_new(I);
    if (d == VAL_NULL || !dict_set_cstr(I, I->scratch, BYID_KEY, d)) return VAL_NULL;
    return d;
}

// The live weakrefs to [obj] in registry list [l] (a new list); [inners] gets their inner
// weakrefs (a new list) when not NULL.
static Value live_of(Interp *I, Value l, Value obj, Value *inners) {
    Value out = list_new(I, 0);
    if (out == VAL_NULL) return VAL_NULL;
    if (inners != NULL && (*inners = list_new(I, 0)) == VAL_NULL) return VAL_NULL;
    size_t n = list_len(l);
    for (size_t i = 0; i < n; i++) {
        Value inner = list_get(l, i);
        Value w = weakrefmod_get(inner);
        if (w == VAL_NULL || weakrefmod_get(w) != obj) continue;
        if (!list_append(I, out, w)) return VAL_NULL;
        if (inners != NULL && !list_append(I, *inners, inner)) return VAL_NULL;
    }
    return out;
}

// The live weakrefs to [obj] (a new list), pruning its registry entry.
static Value refs_to(Interp *I, Value obj) {
    Value d = registry(I);
    if (d == VAL_NULL) return VAL_NULL;
    Value key = int_from_u64(I, (uint64_t)obj);
    if (key == VAL_NULL) return VAL_NULL;
    Value l = dict_get(I, d, key);
    if (l == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : list_new(I, 0);
    Value inners;
    Value out = live_of(I, l, obj, &inners);
    if (out == VAL_NULL) return VAL_NULL;
    bool ok = list_len(inners) == 0 ? dict_del(I, d, key) >= 0 : dict_set(I, d, key, inners);
    return ok ? out : VAL_NULL;
}

// Drops the registry entries without live weakrefs.
static bool sweep(Interp *I, Value d) {
    Value keys = obj_to_list(I, d);
    if (keys == VAL_NULL) return false;
    size_t n = list_len(keys);
    for (size_t i = 0; i < n; i++) {
        Value key = list_get(keys, i);
        Value l = dict_get(I, d, key);
        if (l == VAL_NULL) {
            if (I->exc != VAL_NULL) return false;
            continue;
        }
        bool alive = false;
        size_t m = list_len(l);
        for (size_t j = 0; j < m && !alive; j++) {
            Value w = weakrefmod_get(list_get(l, j));
            alive = w != VAL_NULL && weakrefmod_get(w) != VAL_NULL;
        }
        if (!alive && dict_del(I, d, key) < 0) return false;
    }
    return dict_set_cstr(I, I->scratch, SWEPT_KEY, val_from_small((intptr_t)dict_len(d)));
}

// Records the new weakref [w] to [obj].
static bool register_ref(Interp *I, Value obj, Value w) {
    Value d = registry(I);
    if (d == VAL_NULL) return false;
    Value swept = dict_get_cstr(I, I->scratch, SWEPT_KEY);
    size_t base = swept != VAL_NULL && val_is_small(swept) ? (size_t)val_small(swept) : 0;
    if (dict_len(d) > 2 * base + 64 && !sweep(I, d)) return false;
    Value key = int_from_u64(I, (uint64_t)obj);
    if (key == VAL_NULL) return false;
    Value l = dict_get(I, d, key);
    if (l == VAL_NULL) {
        if (I->exc != VAL_NULL || (l = list_new(I, 0)) == VAL_NULL || !dict_set(I, d, key, l))
            return false;
    }
    Value inner = make(I, type_of(I, w), w, VAL_NULL, false);
    if (inner == VAL_NULL) return false;
    // CPython's order (getweakrefs shows it): the shared plain ref first, then the others
    // newest first
    WeakrefObject *wo = wr_cast(w);
    bool basic = wo != NULL && wo->callback == VAL_NULL && (type_of(I, w)->tflags & TF_HEAP) == 0;
    int64_t at = 0;
    if (!basic && list_len(l) > 0) {
        Value first = weakrefmod_get(list_get(l, 0));
        WeakrefObject *fo = first != VAL_NULL ? wr_cast(first) : NULL;
        if (fo != NULL && fo->callback == VAL_NULL && (type_of(I, first)->tflags & TF_HEAP) == 0)
            at = 1;
    }
    return list_insert(I, l, at, inner);
}

// Arguments (ob[, callback]) of __new__ / __init__.
static bool ref_args(Interp *I, ValView args, Value kwnames, Value *ob, Value *cb) {
    if (!args_no_kw(I, kwnames, "ref")) return false;
    if (args.n < 1 || args.n > 2) {
        exc_raise(I, TY_TYPE_ERROR, "__new__ expected at %s %s argument%s, got %zu",
                  args.n < 1 ? "least" : "most", args.n < 1 ? "1" : "2", args.n < 1 ? "" : "s",
                  args.n);
        return false;
    }
    *ob = vview_get(args, 0);
    *cb = args.n > 1 ? vview_get(args, 1) : VAL_NULL;
    return true;
}

static Value ref_new(Interp *I, Type *t, ValView args, Value kwnames) {
    weakrefmod_run_callbacks(I);
    if (I->exc != VAL_NULL) return VAL_NULL;
    Value ob, cb;
    // as CPython, __new__ ignores keyword arguments (a subclass's __init__ may take them;
    // ref's own __init__ refuses them)
    ValView pos = vview_slice(args, 0, args.n - args_nkw(kwnames));
    if (!ref_args(I, pos, VAL_NULL, &ob, &cb)) return VAL_NULL;
    bool plain = (t->tflags & TF_HEAP) == 0 && (cb == VAL_NULL || cb == I->none);
    if (plain && weakrefmod_supported(I, ob)) {
        // like CPython, a plain ref(ob) is shared: the existing one is returned
        Value have = refs_to(I, ob);
        if (have == VAL_NULL) return VAL_NULL;
        size_t n = list_len(have);
        for (size_t i = 0; i < n; i++) {
            Value w = list_get(have, i);
            WeakrefObject *wo = wr_cast(w);
            if (wo != NULL && wo->callback == VAL_NULL && (type_of(I, w)->tflags & TF_HEAP) == 0) return w;
        }
    }
    Value r = make(I, t, ob, cb, true);
    if (r == VAL_NULL || !register_ref(I, ob, r)) return VAL_NULL;
    if (cb == VAL_NULL || cb == I->none) return r;
    // watch it through an inner weakref, which does not keep it alive
    Value inner = make(I, type_of(I, r), r, VAL_NULL, false);
    Value l = inner == VAL_NULL ? VAL_NULL : watch_list(I);
    if (l == VAL_NULL || !list_append(I, l, inner)) return VAL_NULL;
    return r;
}

static int ref_init(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value ob, cb;
    return ref_args(I, args, kwnames, &ob, &cb) ? 0 : -1;
}

static Value ref_call(Interp *I, Value self, ValView args, Value kwnames) {
    WeakrefObject *w = wr_cast(self);
    if (w == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected a weakref");
    if (!args_no_kw(I, kwnames, "weakref") ) return VAL_NULL;
    if (args.n != 0)
        return exc_raise(I, TY_TYPE_ERROR, "weakref expected 0 arguments, got %zu", args.n);
    weakrefmod_run_callbacks(I);
    if (I->exc != VAL_NULL) return VAL_NULL;
    Value r = referent(w);
    return r == 0 ? I->none : r;
}

static bool ref_hash(Interp *I, Value self, int64_t *out) {
    WeakrefObject *w = wr_cast(self);
    if (w == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "expected a weakref");
        return false;
    }
    if (!w->hashed) {
        Value r = referent(w);
        if (r == 0) {
            exc_raise(I, TY_TYPE_ERROR, "weak object has gone away");
            return false;
        }
        if (!obj_hash(I, r, &w->hash)) return false;
        w->hashed = true;
    }
    *out = w->hash;
    return true;
}

static Value ref_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    WeakrefObject *x = wr_cast(a), *y = wr_cast(b);
    if ((op != CMP_EQ && op != CMP_NE) || x == NULL || y == NULL) return I->notimpl;
    Value ra = referent(x), rb = referent(y);
    if (ra == 0 || rb == 0) {
        bool same = a == b;
        return interp_bool(I, op == CMP_EQ ? same : !same);
    }
    return obj_richcmp(I, ra, rb, op);
}

static Value ref_repr(Interp *I, Value self) {
    WeakrefObject *w = wr_cast(self);
    if (w == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected a weakref");
    Value r = referent(w);
    if (r == 0) return exc_format(I, "<weakref at %p; dead>", (const void *)obj_ptr(self));
    Value name = obj_lookup_attr(I, r, interp_name(I, N___name__));
    if (name == VAL_NULL && I->exc != VAL_NULL) exc_clear(I);
    if (name != VAL_NULL && str_check(name))
        return exc_format(I, "<weakref at %p; to '%T' at %p (%U)>", (const void *)obj_ptr(self), r,
                          (const void *)obj_ptr(r), name);
    return exc_format(I, "<weakref at %p; to '%T' at %p>", (const void *)obj_ptr(self), r,
                      (const void *)obj_ptr(r));
}

static Value ref_callback_get(Interp *I, Value self) {
    WeakrefObject *w = wr_cast(self);
    return w == NULL || w->callback == VAL_NULL ? I->none : w->callback;
}

static const GetSetDef ref_getsets[] = {
    {"__callback__", ref_callback_get, NULL},
    {NULL, NULL, NULL},
};

static const TypeSpec ref_spec = {
    .name = "weakref.ReferenceType",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(WeakrefObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcmp = ref_richcmp,
    .call = ref_call,
    .new_ = ref_new,
    .init = ref_init,
    .getsets = ref_getsets,
    .doc = "Weak reference to an object.",
};

Value weakrefmod_get(Value wr) {
    WeakrefObject *w = wr_cast(wr);
    if (w == NULL) return VAL_NULL;
    Value r = referent(w);
    return r == 0 ? VAL_NULL : r;
}

void weakrefmod_run_callbacks(Interp *I) {
    if (I->scratch == VAL_NULL) return;
    Value l = dict_get_cstr(I, I->scratch, WATCH_KEY);
    if (l == VAL_NULL) return;
    Value seen = dict_get_cstr(I, I->scratch, SEEN_KEY);
    int64_t done = seen != VAL_NULL && val_is_small(seen) ? (int64_t)val_small(seen) : -1;
    int64_t now = (int64_t)(I->heap->collections & 0x3fffffffu);
    if (done == now) return;
    if (!dict_set_cstr(I, I->scratch, SEEN_KEY, val_from_small((intptr_t)now))) return;
    Value keep = list_new(I, 0), due = list_new(I, 0);
    if (keep == VAL_NULL || due == VAL_NULL) return;
    size_t n = list_len(l);
    for (size_t i = 0; i < n; i++) {
        Value inner = list_get(l, i);
        Value w = weakrefmod_get(inner);
        if (w == VAL_NULL) continue; // the weakref itself is gone: no callback
        bool dead = weakrefmod_get(w) == VAL_NULL;
        if (!list_append(I, dead ? due : keep, dead ? w : inner)) return;
    }
    if (!dict_set_cstr(I, I->scratch, WATCH_KEY, keep)) return;
    size_t nd = list_len(due);
    for (size_t i = 0; i < nd; i++) {
        WeakrefObject *w = wr_cast(list_get(due, i));
        if (w == NULL || w->callback == VAL_NULL) continue;
        Value cb = w->callback;
        w->callback = VAL_NULL;
        // CPython reports a failing callback as "Exception ignored in: <callback>", goes on
        if (obj_call1(I, cb, obj_val(w)) == VAL_NULL) {
            Value e = exc_fetch(I);
            if (e != VAL_NULL) sysmod_write_unraisable(I, e, cb, false);
            exc_clear(I);
        }
    }
}

void weakrefmod_collect(Interp *I) {
    heap_collect(I->heap); // the heap's hook drops the dead part of the value stack first
    weakrefmod_run_callbacks(I);
}

static Value m_getweakrefcount(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_one(I, args, kwnames, "_weakref.getweakrefcount")) return VAL_NULL;
    Value obj = vview_get(args, 0);
    if (!weakrefmod_supported(I, obj)) return val_from_small(0);
    Value l = refs_to(I, obj);
    return l == VAL_NULL ? VAL_NULL : int_from_i64(I, (int64_t)list_len(l));
}

static Value m_getweakrefs(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_one(I, args, kwnames, "_weakref.getweakrefs")) return VAL_NULL;
    Value obj = vview_get(args, 0);
    if (!weakrefmod_supported(I, obj)) return list_new(I, 0);
    return refs_to(I, obj);
}

static Value m_collect(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_collect", 0, 0)) return VAL_NULL;
    weakrefmod_collect(I);
    return I->exc != VAL_NULL ? VAL_NULL : I->none;
}

/* Names CPython's _weakref exports that safepy implements in Python (lib/weakref.py):
 * module __getattr__ (PEP 562) fetches them from weakref on first use, so unmodified
 * code doing `from _weakref import proxy` (CPython's collections, weakref) works. */
static const ImportLazyNames from_weakref_py = {{
    "proxy", "ProxyType", "CallableProxyType",
    "_remove_dead_weakref",
}};

static Value m_getattr(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_one(I, args, kwnames, "__getattr__")) return VAL_NULL;
    return import_lazy_attr(I, vview_get(args, 0), "_weakref", "weakref", &from_weakref_py);
}

static const MethodDef weakref_functions[] = {
    {"getweakrefcount", m_getweakrefcount, 0, "Return the number of weak references to 'object'."},
    {"getweakrefs", m_getweakrefs, 0, "Return a list of all weak reference objects pointing to 'object'."},
    {"_collect", m_collect, 0, "Run a full collection and the weakref callbacks it made due."},
    {"__getattr__", m_getattr, 0, "Names implemented in weakref.py, fetched on first use."},
    {NULL, NULL, 0, NULL},
};

bool weakrefmod_init(Interp *I, Value m) {
    Type *t = module_add_type(I, m, &ref_spec, I->types[TY_OBJECT]);
    if (t == NULL || !type_alias_add_class_getitem(I, t)) return false;
    return module_add_value(I, m, "ref", obj_val(t)) && module_add_functions(I, m, weakref_functions);
}
