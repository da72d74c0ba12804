/*
 * eval_attr.c: the slow paths of the eval loop's attribute caches: full lookups that
 * behave exactly like obj_getattr / obj_setattr (generic getattr and setattr written out
 * so that what they found can be recorded), and the refilling of the instruction's
 * InlineCache. The fast paths that use the caches are in eval.c; eval_attr.h says what
 * each cache kind promises.
 *
 * Invariant: a cache is filled only with facts that the recorded version tags cover.
 * Facts about a descriptor's own type (data or not, has __get__ or not) are covered only
 * when that type is a builtin (immutable) type, so caches are filled only for those.
 * Version tags are read before the lookups, which may run Python code (a key's __eq__):
 * a change made meanwhile gives a newer tag, so the entry just never matches.
 */
#include "eval_attr.h"

#include "../objects/descr.h"
#include "../objects/exc.h"
#include "../objects/ops.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "eval_ops.h"
#include "func.h"

// True when [v]'s type is a builtin type (its slots never change).
static bool builtin_typed(Interp *I, Value v) { return (type_of(I, v)->tflags & TF_HEAP) == 0; }

static void fill(InlineCache *c, uint32_t kind, Value key, uint64_t version, Value value,
                 uint32_t index) {
    c->kind = kind;
    c->key = key;
    c->version = version;
    c->value = value;
    c->index = index;
}

// The entry index of key [name] (identity) in dict [d], or -1 (then nothing is cached).
// A probe of the dict's own index for name's str hash, so a cache refill costs what the
// lookup did (a scan of the entries made every miss on a big dict quadratic); only
// identity is compared, so no Python code runs.
static int64_t entry_of(Interp *I, Value d, Value name) {
    DictObject *dd = dict_cast(d);
    if (dd == NULL || !str_check(name)) return -1;
    HProbe p;
    hindex_probe_init(&dd->ix, str_hash(I, name), &p);
    for (;;) {
        int64_t e = hindex_probe_next(&dd->ix, &p);
        if (e < 0 || (uint64_t)e > UINT32_MAX) return -1; // end of the chain (or odd state)
        if (vec_get(&dd->ents, 2 * (size_t)e) == name) return e;
    }
}

/* An instruction's recall list (eval_attr.h) is a tuple in its cache's key2, never seen
 * by Python code: up to RECALL_MAX records of RECALL_WIDTH Values each: the type's
 * version (a small int, never 0; version tags are unique across all types and never
 * reused, so it names the type too), a small int packing the cache kind (bits 0-7) and
 * index (bits 8-39), the cache's value, and the type. A new record goes in front, after dropping the records
 * of types whose version changed since (they can never match again); a list still full
 * takes no more (a site seeing more classes than that takes the full lookup for the
 * others, as it did before). Records are read through the tuple's bounds-checked items
 * and compared, so anything else there is a miss. gc.collect() empties the caches, and
 * with them the lists (code_clear_caches). */
#define RECALL_MAX 4u
#define RECALL_WIDTH 4u

// The cache kinds whose facts are about the receiver's exact type only, as bit sets
// indexed by the instruction kind whose fast paths use them.
static const uint32_t op_kinds[3] = {
    [IC_OP_LOAD] = 1u << IC_ATTR_DICT | 1u << IC_ATTR_SPLIT | 1u << IC_ATTR_SLOT |
                   1u << IC_ATTR_PROPERTY | 1u << IC_ATTR_DATA,
    [IC_OP_METHOD] = 1u << IC_METHOD,
    [IC_OP_STORE] = 1u << IC_STORE_DICT | 1u << IC_STORE_SPLIT | 1u << IC_STORE_SLOT,
};

static inline bool type_keyed(uint32_t kind, unsigned op) {
    return op < 3u && kind < 32u && ((op_kinds[op] >> kind) & 1u) != 0;
}

// True when record [i] of recall list [rl] is still current (its type has the version
// recorded) and is not for type [t].
static bool record_keep(const TupleObject *rl, size_t i, const Type *t) {
    Type *rt = type_cast(varr_get(&rl->a, i + 3));
    Value ver = varr_get(&rl->a, i);
    return rt != NULL && rt != t && val_is_small(ver) && (uint64_t)val_small(ver) == rt->version;
}

// Records being gathered for a new recall list.
typedef struct Records {
    Value v[RECALL_MAX * RECALL_WIDTH];
    size_t n; // records in v
} Records;

// Appends to [r] the record of cache content [c] for instruction kind [op] when it is a
// current fill keyed by a type other than [t] and [r] has none for its version yet.
static void add_record(Records *r, const InlineCache *c, const Type *t, unsigned op) {
    Type *ct = type_cast(c->key);
    if (r->n >= RECALL_MAX || ct == NULL || ct == t || !type_keyed(c->kind, op) ||
        c->version != ct->version || c->version == 0 || c->version > (uint64_t)VAL_SMALL_MAX)
        return;
    Value ver = val_from_small((intptr_t)c->version);
    for (size_t i = 0; i < r->n; i++)
        if (r->v[i * RECALL_WIDTH] == ver) return;
    size_t at = r->n * RECALL_WIDTH;
    r->v[at] = ver;
    r->v[at + 1] = val_from_small((intptr_t)(c->kind | (uint64_t)c->index << 8));
    r->v[at + 2] = c->value;
    r->v[at + 3] = c->key;
    r->n++;
}

// After a full lookup on a receiver of type [t] refilled [c] (whose content before was
// [prev]): when the instruction has now seen another class than before, or already
// keeps a recall list, the new fill is added to the list (with the previous fill when
// the list is new), after dropping the records that can never match again (their type
// changed version) and the one for [t] itself. A list already full of current records
// of other types takes no more. (An allocation failure just leaves the list as it was.)
static void remember(Interp *I, InlineCache *c, const InlineCache *prev, Type *t, unsigned op) {
    if (c->key != obj_val(t) || !type_keyed(c->kind, op)) return;
    TupleObject *old = tuple_cast(c->key2);
    if (old == NULL && (prev->key == obj_val(t) || !type_keyed(prev->kind, op))) return;
    Records r = {.n = 0};
    add_record(&r, c, NULL, op);
    if (r.n == 0) return;
    if (old == NULL) {
        add_record(&r, prev, t, op);
    } else {
        // a record for this type and version is there already: a refill for the same
        // class (an entry-index hint that differs per instance) allocates nothing
        for (size_t i = 0; i + RECALL_WIDTH <= old->a.len; i += RECALL_WIDTH)
            if (varr_get(&old->a, i) == r.v[0]) return;
        for (size_t i = 0; i + RECALL_WIDTH <= old->a.len; i += RECALL_WIDTH) {
            if (!record_keep(old, i, t)) continue;
            if (r.n >= RECALL_MAX) return; // full of current records of other types
            for (size_t k = 0; k < RECALL_WIDTH; k++)
                r.v[r.n * RECALL_WIDTH + k] = varr_get(&old->a, i + k);
            r.n++;
        }
    }
    Value fresh = tuple_new(I, r.n * RECALL_WIDTH);
    if (fresh == VAL_NULL) {
        I->exc = VAL_NULL;
        return;
    }
    for (size_t i = 0; i < r.n * RECALL_WIDTH; i++) tuple_init_item(fresh, i, r.v[i]);
    c->key2 = fresh;
}

// Refills [c] from its recall list for a receiver of type [t] and instruction kind [op]:
// true when it changed.
static inline __attribute__((always_inline)) bool recall(InlineCache *c, Type *t, unsigned op) {
    TupleObject *rl = tuple_cast(c->key2);
    if (rl == NULL || (c->key == obj_val(t) && c->version == t->version) ||
        t->version > (uint64_t)VAL_SMALL_MAX)
        return false;
    Value ver = val_from_small((intptr_t)t->version);
    size_t n = rl->a.len - rl->a.len % RECALL_WIDTH;
    for (size_t i = 0; i < n; i += RECALL_WIDTH) {
        if (varr_get(&rl->a, i) != ver) continue;
        Value meta = varr_get(&rl->a, i + 1);
        if (!val_is_small(meta)) return false;
        uint64_t m = (uint64_t)val_small(meta);
        uint32_t kind = (uint32_t)m & 0xffu;
        if (!type_keyed(kind, op)) return false;
        fill(c, kind, obj_val(t), t->version, varr_get(&rl->a, i + 2), (uint32_t)(m >> 8));
        return true;
    }
    return false;
}


// LOAD_ATTR on instance [o] from [c]'s recall list: the value kept in the instance when
// the list has a record for o's type (IC_ATTR_DICT / SPLIT / SLOT), refilling [c];
// VAL_NULL when not known (a descriptor kind is refilled into [c] and left to the full
// lookup). Runs no Python code.
static Value recall_load(InlineCache *c, Obj *o, Value name) {
    if (o->type == NULL || !recall(c, o->type, IC_OP_LOAD)) return VAL_NULL;
    switch (c->kind) {
    case IC_ATTR_DICT: return eval_attr_dict_hint(o->dict, c->index, name);
    case IC_ATTR_SPLIT: return eval_attr_split_get(o->dict, c->value, c->index);
    case IC_ATTR_SLOT: return descr_slot_get(o->dict, c->index);
    default: return VAL_NULL; // (a descriptor: the instruction's cached path next time)
    }
}

// LOAD_METHOD on instance [o] from [c]'s recall list: the function or method
// descriptor to call with o prepended, or VAL_NULL (not known).
static Value recall_method(Interp *I, InlineCache *c, Obj *o, Value name) {
    Type *t = o->type;
    if (t == NULL || !recall(c, t, IC_OP_METHOD) || c->kind != IC_METHOD) return VAL_NULL;
    if (o->dict == VAL_NULL || (t->tflags & TF_HAS_SLOTS) ||
        (c->index != 0 && eval_attr_dict_lacks(I, o->dict, name)))
        return c->value;
    return VAL_NULL;
}

// STORE_ATTR on instance [o] from [c]'s recall list: 1 done, 0 not known, -1 error.
// Runs no Python code (plain stores with the generic setattr).
static int recall_store(Interp *I, InlineCache *c, Obj *o, Value name, Value v) {
    if (o->type == NULL || !recall(c, o->type, IC_OP_STORE)) return 0;
    if ((c->kind == IC_STORE_SPLIT && eval_attr_split_set(o->dict, c->value, c->index, v)) ||
        (c->kind == IC_STORE_DICT && eval_attr_dict_hint_set(o->dict, c->index, name, v)) ||
        (c->kind == IC_STORE_SLOT && descr_slot_put(o->dict, c->index, v)))
        return 1;
    // a new attribute: the known store (plain stores with generic setattr: no Python code)
    return eval_attr_store_known(I, c, obj_val(o), name, v);
}

bool eval_attr_store_global_slow(Interp *I, InlineCache *c, Value globals, Value name, Value v) {
    c->kind = IC_NONE;
    if (!dict_set(I, globals, name, v)) return false;
    int64_t e = entry_of(I, globals, name);
    if (e >= 0) fill(c, IC_GLOBAL, VAL_NULL, 0, VAL_NULL, (uint32_t)e);
    return true;
}

Value eval_attr_global(Interp *I, InlineCache *c, Value globals, Value builtins, Value name) {
    c->kind = IC_NONE;
    DictObject *g = dict_cast(globals);
    uint64_t gver = g != NULL ? g->version : 0;
    Value v = dict_get(I, globals, name);
    if (v != VAL_NULL) {
        int64_t e = entry_of(I, globals, name);
        if (e >= 0) fill(c, IC_GLOBAL, VAL_NULL, 0, VAL_NULL, (uint32_t)e);
        return v;
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    if (dict_cast(builtins) == NULL) return eval_ops_load_builtin(I, builtins, name);
    v = dict_get(I, builtins, name);
    if (v == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return eval_ops_name_error(I, name);
    }
    int64_t e = entry_of(I, builtins, name);
    if (e >= 0 && g != NULL) {
        fill(c, IC_BUILTIN, globals, gver, VAL_NULL, (uint32_t)e);
        c->key2 = builtins;
    }
    return v;
}

// [descr] as a member descriptor (__slots__) that applies to every instance of [t], or
// NULL.
static DescrObject *slot_member(Interp *I, Type *t, Value descr) {
    Obj *d = obj_ptr(descr);
    if (d == NULL || d->type != interp_type(I, TY_MEMBER)) return NULL;
    DescrObject *md = descr_cast(descr);
    if (md == NULL || md->owner == NULL || !str_check(md->name) || !type_is_subtype(t, md->owner))
        return NULL;
    return md;
}

static bool generic_get(Type *t) { return t->getattr == NULL || t->getattr == obj_generic_getattr; }

// obj.name on a type with the generic getattr (obj_generic_getattr), filling [c].
static Value load_generic(Interp *I, InlineCache *c, Type *t, Value obj, Value name) {
    uint64_t ver = t->version;
    c->kind = IC_NONE;
    Value descr = type_lookup(I, t, name);
    DescrGetFn fget = NULL;
    if (descr != VAL_NULL) {
        Type *dt = type_of(I, descr);
        fget = dt->descr_get;
        if (fget != NULL && dt->descr_set != NULL) {
            DescrObject *md = slot_member(I, t, descr);
            if (md != NULL) {
                // a __slots__ member: its value is entry md->arg of the slot store, which
                // is h.dict when the class has no __dict__ (descr.h)
                Value r = fget(I, descr, obj, obj_val(t));
                if (r != VAL_NULL && !(t->tflags & TF_HAS_DICT))
                    fill(c, IC_ATTR_SLOT, obj_val(t), ver, VAL_NULL, md->arg);
                return r;
            }
            if ((dt->tflags & TF_HEAP) == 0)
                fill(c, dt == interp_type(I, TY_PROPERTY) ? IC_ATTR_PROPERTY : IC_ATTR_DATA,
                     obj_val(t), ver, descr, 0);
            return fget(I, descr, obj, obj_val(t));
        }
    }
    Obj *o = obj_ptr(obj);
    SplitValues *sv = o != NULL && !(t->tflags & TF_HAS_SLOTS) ? splitvalues_cast(o->dict) : NULL;
    if (sv != NULL) {
        // the previous index first: instances of sibling classes often share the layout
        int64_t e = c->index;
        Value v = instdict_hint_get(o->dict, c->index, name);
        if (v == VAL_NULL) v = instdict_get(I, o, name, &e);
        if (v != VAL_NULL) {
            if (e >= 0 && (descr == VAL_NULL || builtin_typed(I, descr)))
                fill(c, IC_ATTR_SPLIT, obj_val(t), ver, sv->keys, (uint32_t)e);
            return v;
        }
        if (I->exc != VAL_NULL) return VAL_NULL;
    } else if (o != NULL && o->dict != VAL_NULL && !(t->tflags & TF_HAS_SLOTS)) {
        Value d = o->dict;
        // the previous hint first: instances of sibling classes often share the layout
        uint32_t hint = c->index;
        Value v = eval_attr_dict_hint(d, hint, name);
        int64_t e = hint;
        if (v == VAL_NULL) {
            v = dict_get(I, d, name);
            e = v != VAL_NULL ? entry_of(I, d, name) : -1;
        }
        if (v != VAL_NULL) {
            if (e >= 0 && (descr == VAL_NULL || builtin_typed(I, descr)))
                fill(c, IC_ATTR_DICT, obj_val(t), ver, VAL_NULL, (uint32_t)e);
            return v;
        }
        if (I->exc != VAL_NULL) return VAL_NULL;
    }
    if (fget != NULL) return fget(I, descr, obj, obj_val(t));
    if (descr != VAL_NULL) return descr;
    return obj_getattr(I, obj, name); // the AttributeError, with CPython's message
}

Value eval_attr_load(Interp *I, InlineCache *c, Value obj, Value name) {
    Type *t = type_of(I, obj);
    Obj *ro = obj_ptr(obj);
    if (c->key2 != VAL_NULL && ro != NULL) {
        Value v = recall_load(c, ro, name);
        if (v != VAL_NULL) return v;
    }
    if (generic_get(t)) {
        InlineCache prev = *c;
        Value r = load_generic(I, c, t, obj, name);
        remember(I, c, &prev, t, IC_OP_LOAD);
        return r;
    }
    Obj *o = obj_ptr(obj);
    if (o != NULL && t == interp_type(I, TY_MODULE) && dict_check(o->dict) &&
        type_lookup(I, t, name) == VAL_NULL) {
        // module attribute: the module dict decides while its version is unchanged
        Value d = o->dict;
        Value v = dict_get(I, d, name);
        if (v != VAL_NULL) {
            int64_t e = entry_of(I, d, name);
            if (e >= 0) fill(c, IC_ATTR_MODULE, VAL_NULL, 0, VAL_NULL, (uint32_t)e);
            return v;
        }
        if (I->exc != VAL_NULL) return VAL_NULL;
    }
    Type *cls = type_cast(obj);
    if (cls != NULL && t == interp_type(I, TY_TYPE) &&
        type_lookup(I, t, name) == VAL_NULL) {
        // class attribute without __get__ and nothing on the metatype: the value itself
        uint64_t ver = cls->version;
        Value v = type_lookup(I, cls, name);
        if (v != VAL_NULL && builtin_typed(I, v) && type_of(I, v)->descr_get == NULL) {
            fill(c, IC_ATTR_CLASS, obj, ver, v, 0);
            return v;
        }
    }
    return obj_getattr(I, obj, name);
}

// Raises [t]'s attr_hint to the entries of its instance dict [d] after a store.
static void note_attr_count(Type *t, Value d) {
    if (t->attr_hint > DICT_PRESIZE_MAX) return;
    size_t n = dict_len(d);
    if (n > t->attr_hint) t->attr_hint = n > DICT_PRESIZE_MAX ? DICT_PRESIZE_MAX + 1 : (uint32_t)n;
}

static int store_full(Interp *I, InlineCache *c, Type *t, Value obj, Value name, Value v) {
    Obj *o = obj_ptr(obj);
    c->kind = IC_NONE;
    if (t->setattr != obj_generic_setattr || o == NULL) return obj_setattr(I, obj, name, v);
    uint64_t ver = t->version;
    Value descr = type_lookup(I, t, name);
    if (descr != VAL_NULL) {
        Type *dt = type_of(I, descr);
        if (dt->descr_set != NULL) {
            DescrObject *md = slot_member(I, t, descr);
            int r = dt->descr_set(I, descr, obj, v);
            if (r == 0 && md != NULL && !(t->tflags & TF_HAS_DICT))
                fill(c, IC_STORE_SLOT, obj_val(t), ver, VAL_NULL, md->arg);
            return r;
        }
    }
    if ((t->tflags & TF_HAS_DICT) || (o->dict != VAL_NULL && !(t->tflags & TF_HAS_SLOTS))) {
        bool cacheable = descr == VAL_NULL || builtin_typed(I, descr);
        int64_t e = c->index;
        int r = instdict_hint_set(o->dict, c->index, name, v)
                    ? 1
                    : instdict_store(I, o, name, v, c->index, &e);
        if (r < 0) return -1;
        if (r > 0) {
            SplitValues *sv = splitvalues_cast(o->dict);
            if (sv != NULL && e >= 0 && cacheable)
                fill(c, IC_STORE_SPLIT, obj_val(t), ver, sv->keys, (uint32_t)e);
            return 0;
        }
        if (o->dict == VAL_NULL) {
            o->dict = dict_new_presized(I, t->attr_hint);
            if (o->dict == VAL_NULL) return -1;
        }
        Value d = o->dict;
        e = c->index;
        if (!eval_attr_dict_hint_set(d, c->index, name, v)) {
            if (!dict_set(I, d, name, v)) return -1;
            note_attr_count(t, d);
            e = entry_of(I, d, name);
        }
        if (e >= 0 && cacheable) fill(c, IC_STORE_DICT, obj_val(t), ver, VAL_NULL, (uint32_t)e);
        return 0;
    }
    return obj_setattr(I, obj, name, v);
}

int eval_attr_store(Interp *I, InlineCache *c, Value obj, Value name, Value v) {
    Obj *ro = obj_ptr(obj);
    if (c->key2 != VAL_NULL && ro != NULL) {
        int r = recall_store(I, c, ro, name, v);
        if (r != 0) return r < 0 ? -1 : 0;
    }
    Type *t = type_of(I, obj);
    InlineCache prev = *c;
    int r = store_full(I, c, t, obj, name, v);
    if (r == 0) remember(I, c, &prev, t, IC_OP_STORE);
    return r;
}

// dict_set of an attribute: a new interned name in a dict whose keys are all other
// interned strs (the usual instance dict while __init__ fills it) cannot be present, as
// interned strs are unique per content, so it is appended without a lookup.
static bool attr_dict_set(Interp *I, Value d, Value name, Value v) {
    StrObject *s = str_cast(name);
    if (s != NULL && str_flag(s, STR_INTERNED) && s->h.type == interp_type(I, TY_STR) &&
        eval_attr_dict_lacks(I, d, name))
        return dict_set_absent(I, d, name, v);
    return dict_set(I, d, name, v);
}

int eval_attr_store_known(Interp *I, const InlineCache *c, Value obj, Value name, Value v) {
    Obj *o = obj_ptr(obj);
    if (o == NULL || o->type == NULL || o->type->setattr != obj_generic_setattr) return 0;
    Type *t = o->type;
    if (c->kind == IC_STORE_SLOT && !(t->tflags & TF_HAS_DICT)) {
        // the member descriptor's set: entry c->index of the instance's slot store (made
        // on the first store); the owner check held when the cache was filled. A store
        // too short for it takes the descriptor's own path (0).
        Value store = descr_slot_store(I, obj, true);
        if (store == VAL_NULL) return -1;
        return descr_slot_put(store, c->index, v) ? 1 : 0;
    }
    if (c->kind == IC_STORE_SPLIT && (t->tflags & TF_HAS_DICT))
        return instdict_append(I, o, c->value, c->index, v); // 0: the full path
    if (c->kind == IC_STORE_DICT && (t->tflags & TF_HAS_DICT)) {
        // no data descriptor for [name] (the cache is only filled then): the instance
        // dict, or values object while its layout holds
        int r = instdict_store(I, o, name, v, c->index, NULL);
        if (r != 0) return r;
        if (o->dict == VAL_NULL) {
            o->dict = dict_new_presized(I, t->attr_hint);
            if (o->dict == VAL_NULL) return -1;
        }
        if (!attr_dict_set(I, o->dict, name, v)) return -1;
        note_attr_count(t, o->dict);
        return 1;
    }
    return 0;
}

int eval_attr_store_slow(Interp *I, InlineCache *c, Value obj, Value name, Value v, bool known) {
    if (known) {
        int r = eval_attr_store_known(I, c, obj, name, v);
        if (r != 0) return r > 0 ? 0 : -1;
    }
    return eval_attr_store(I, c, obj, name, v);
}

// True when LOAD_METHOD may push [m] unbound with self (a function or an instance
// method descriptor of a builtin type).
static bool method_like(Interp *I, Value m) {
    Obj *o = obj_ptr(m);
    if (o == NULL) return false;
    if (o->kind == K_FUNC) return o->type == interp_type(I, TY_FUNCTION);
    if (o->kind != K_CFUNC || o->type != interp_type(I, TY_METHOD_DESCR)) return false;
    CFuncObject *cf = cfunc_cast(m);
    return cf != NULL && (cf->mflags & (METH_STATIC | METH_CLASS)) == 0 && cf->self == VAL_NULL;
}

static Value method_full(Interp *I, InlineCache *c, Type *t, Value obj, Value name, bool *bound) {
    *bound = true;
    if (!generic_get(t)) return eval_attr_load(I, c, obj, name);
    uint64_t ver = t->version;
    Value m = type_lookup(I, t, name);
    if (m != VAL_NULL && method_like(I, m)) {
        Obj *o = obj_ptr(obj);
        Value d = (o != NULL && !(t->tflags & TF_HAS_SLOTS)) ? o->dict : VAL_NULL;
        StrObject *s = str_cast(name);
        bool interned = s != NULL && str_flag(s, STR_INTERNED);
        if (d != VAL_NULL && interned && eval_attr_dict_lacks(I, d, name)) d = VAL_NULL;
        Value shadow = d != VAL_NULL ? instdict_get(I, o, name, NULL) : VAL_NULL;
        if (shadow == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            fill(c, IC_METHOD, obj_val(t), ver, m, interned ? 1u : 0u);
            *bound = false;
            return m;
        }
        c->kind = IC_NONE;
        return shadow;
    }
    return load_generic(I, c, t, obj, name);
}

Value eval_attr_method(Interp *I, InlineCache *c, Value obj, Value name, bool *bound) {
    Obj *ro = obj_ptr(obj);
    if (c->key2 != VAL_NULL && ro != NULL) {
        Value m = recall_method(I, c, ro, name);
        if (m != VAL_NULL) {
            *bound = false;
            return m;
        }
    }
    Type *t = type_of(I, obj);
    InlineCache prev = *c;
    Value r = method_full(I, c, t, obj, name, bound);
    if (r != VAL_NULL) remember(I, c, &prev, t, IC_OP_METHOD);
    return r;
}

bool eval_attr_init_fill(Interp *I, InlineCache *c, Type *cls) {
    Type *obj = interp_type(I, TY_OBJECT);
    if (!(cls->tflags & TF_HEAP) || (cls->tflags & TF_ABSTRACT) || cls->inst_kind != K_OBJECT ||
        cls->new_ != obj->new_ || cls->init == obj->init || cls->init == NULL)
        return false;
    uint64_t ver = cls->version;
    Value init = type_lookup(I, cls, interp_name(I, N___init__));
    FuncObject *fn = func_cast(init);
    if (fn == NULL || obj_ptr(init)->type != interp_type(I, TY_FUNCTION)) return false;
    fill(c, IC_INIT, obj_val(cls), ver, init, 0);
    return true;
}

Value eval_attr_new_instance(Interp *I, Type *cls) {
    Obj *o = obj_alloc(I, cls, cls->inst_size);
    if (o == NULL) return VAL_NULL;
    // a class with __slots__ members: its slot store now, so __init__'s stores take
    // STORE_ATTR's IC_STORE_SLOT fast path from the first one
    if (cls->tflags & TF_HAS_SLOTS) {
        size_t n = descr_slot_count(cls);
        if (n > 0 && descr_slot_store_new(I, obj_val(o), n) == VAL_NULL) return VAL_NULL;
    }
    return obj_fin_check(I, obj_val(o));
}

bool eval_attr_binop_fill(Interp *I, InlineCache *c, Type *cls, unsigned op) {
    // A plain class (no builtin base with its own operator slots) has the generic binop
    // slot, which for two instances of the same class calls cls.__op__(a, b) and nothing
    // else: NotImplemented from it means the TypeError (no reflected method is tried).
    if (!(cls->tflags & TF_HEAP) || cls->inst_kind != K_OBJECT || cls->binop == NULL ||
        op >= BINOP_INPLACE || I->dunders == VAL_NULL)
        return false;
    uint64_t ver = cls->version;
    Value fn = type_lookup(I, cls, tuple_get(I->dunders, op));
    Obj *o = obj_ptr(fn);
    if (o == NULL || o->kind != K_FUNC || o->type != interp_type(I, TY_FUNCTION)) return false;
    fill(c, IC_BINOP, obj_val(cls), ver, fn, op);
    return true;
}

static const char *const binop_syms[BINOP_INPLACE] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
};

Value eval_attr_binop_error(Interp *I, Type *cls, unsigned op) {
    if (op >= BINOP_INPLACE) return exc_raise(I, TY_SYSTEM_ERROR, "bad binary operator");
    if (op == BINOP_POW)
        return exc_raise(I, TY_TYPE_ERROR,
                         "unsupported operand type(s) for ** or pow(): '%N' and '%N'", cls, cls);
    return exc_raise(I, TY_TYPE_ERROR, "unsupported operand type(s) for %s: '%N' and '%N'",
                     binop_syms[op], cls, cls);
}
