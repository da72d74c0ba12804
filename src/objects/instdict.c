/*
 * instdict.c: shared-key instance dicts (see instdict.h for the layout and invariants).
 *
 * A store keeps the split layout only when it is the next attribute in the shared
 * order: a value replaced in place, the next name of the keys appended, or a new name
 * added to both the keys and the values while the instance holds every key. Everything
 * else materialises a DictObject. Keys are interned exact strs, so lookups by the VM's
 * (interned) names are identity comparisons and run no Python code.
 */
#include "instdict.h"

#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "str.h"
#include "tuple.h"

// True when [t]'s instances may use shared keys: a heap class with a __dict__, no
// __slots__ members (their store hangs off a real dict, descr.h) and nothing but heap
// classes and object on its MRO (a builtin base's C code may read the dict itself).
static bool qualifies(Interp *I, const Type *t) {
    if ((t->tflags & (TF_HEAP | TF_HAS_DICT | TF_HAS_SLOTS)) != (TF_HEAP | TF_HAS_DICT) ||
        t->inst_kind != K_OBJECT || descr_slot_count(t) != 0 || t->mro == VAL_NULL)
        return false;
    Type *object = interp_type(I, TY_OBJECT);
    ValView mro = tuple_view(t->mro);
    for (size_t i = 0; i < mro.n; i++) {
        Type *c = type_cast(vview_get(mro, i));
        if (c == NULL || ((c->tflags & TF_HEAP) == 0 && c != object)) return false;
    }
    return true;
}

bool instdict_setup(Interp *I, Type *t) {
    t->shared_keys = VAL_NULL;
    if (!qualifies(I, t)) return true;
    SharedKeys *k = obj_alloc_kind(I, interp_type(I, TY_OBJECT), K_SHAREDKEYS, sizeof(SharedKeys));
    if (k == NULL) return false;
    vec_init(&k->names);
    t->shared_keys = obj_val(k);
    return true;
}

void instdict_recheck(Interp *I, Type *t) {
    if (t->shared_keys != VAL_NULL && !qualifies(I, t)) t->shared_keys = VAL_NULL;
}

static bool exact_str(Interp *I, Value name) {
    Obj *o = obj_ptr(name);
    return o != NULL && o->kind == K_STR && o->type == interp_type(I, TY_STR);
}

// The index of the exact str [name] in [k], or -1; name [hint] is tried first. Keys are
// interned, so an interned name is found by identity alone; another str by content.
static int64_t key_index(const SharedKeys *k, Value name, uint32_t hint) {
    if (vec_get(&k->names, hint) == name) return hint;
    size_t n = k->names.len;
    for (size_t i = 0; i < n; i++)
        if (vec_get(&k->names, i) == name) return (int64_t)i;
    StrObject *s = str_cast(name);
    if (s == NULL || str_flag(s, STR_INTERNED)) return -1;
    // a computed name (getattr(o, name)): its hash, cached by the type look-up before
    // this, and the keys' own (interned names hash when interned) rule out most keys
    // without comparing bytes
    bool hashed = str_flag(s, STR_HASHED);
    for (size_t i = 0; i < n; i++) {
        Value ki = vec_get(&k->names, i);
        StrObject *ks = str_cast(ki);
        if (hashed && ks != NULL && str_flag(ks, STR_HASHED) && ks->hash != s->hash) continue;
        if (str_eq(ki, name)) return (int64_t)i;
    }
    return -1;
}

Value instdict_materialise(Interp *I, Obj *o) {
    SplitValues *sv = splitvalues_cast(o->dict);
    if (sv == NULL) return o->dict;
    SharedKeys *k = sharedkeys_cast(sv->keys);
    if (k == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "bad shared keys");
    size_t n = sv->vals.len;
    Value d = dict_new_presized(I, n);
    if (d == VAL_NULL) return VAL_NULL;
    // distinct interned strs (the keys never repeat a name): no lookup needed
    for (size_t i = 0; i < n; i++)
        if (!dict_set_absent(I, d, vec_get(&k->names, i), vec_get(&sv->vals, i))) return VAL_NULL;
    o->dict = d;
    return d;
}

Value instdict_get(Interp *I, Obj *o, Value name, int64_t *at) {
    if (at != NULL) *at = -1;
    SplitValues *sv = splitvalues_cast(o->dict);
    if (sv == NULL || !exact_str(I, name)) {
        // a str subclass's __eq__ decides: the real dict's lookup
        Value d = instdict_materialise(I, o);
        return d != VAL_NULL ? dict_get(I, d, name) : VAL_NULL;
    }
    SharedKeys *k = sharedkeys_cast(sv->keys);
    int64_t i = k != NULL ? key_index(k, name, 0) : -1;
    Value v = i >= 0 ? vec_get(&sv->vals, (size_t)i) : VAL_NULL;
    if (v != VAL_NULL && at != NULL) *at = i;
    return v;
}

// Where [name] goes in an instance holding the first [nvals] values of [k] (name [hint]
// tried first): an index
// below nvals (replace), nvals (append; when [name] is not in [k] yet, the caller adds it
// to the keys too, *fresh true), or -1 (the layout would diverge: a real dict).
static int64_t place(const SharedKeys *k, size_t nvals, Value name, uint32_t hint, bool *fresh) {
    int64_t i = key_index(k, name, hint);
    *fresh = i < 0;
    if (i >= 0) return (size_t)i <= nvals ? i : -1;
    if (nvals != k->names.len || k->names.len >= INSTDICT_MAX_KEYS) return -1;
    return (int64_t)nvals;
}

static int kfail(Interp *I, KStatus s) {
    exc_from_kstatus(I, s, "instance dict");
    return -1;
}

// A new values object for instance [o] laid out by [keys] (o->dict must be VAL_NULL).
static SplitValues *new_values(Interp *I, Obj *o, Value keys, const SharedKeys *k) {
    SplitValues *sv = obj_alloc_kind(I, interp_type(I, TY_OBJECT), K_SPLITVALUES, sizeof(SplitValues));
    if (sv == NULL) return NULL;
    sv->keys = keys;
    vec_init(&sv->vals);
    // room for every shared key: __init__ most likely stores them all
    KStatus s = vec_reserve(I->heap, &sv->vals, k->names.len > 0 ? k->names.len : 1);
    if (s != K_OK) {
        kfail(I, s);
        return NULL;
    }
    o->dict = obj_val(sv);
    return sv;
}

int instdict_append(Interp *I, Obj *o, Value keys, uint32_t i, Value v) {
    SharedKeys *k = sharedkeys_cast(keys);
    if (k == NULL || i >= k->names.len) return 0;
    SplitValues *sv = splitvalues_cast(o->dict);
    if (sv == NULL) {
        if (o->dict != VAL_NULL || i != 0 || o->type == NULL || o->type->shared_keys != keys)
            return 0;
        sv = new_values(I, o, keys, k);
        if (sv == NULL) return -1;
    }
    if (sv->keys != keys || sv->vals.len != i) return 0;
    KStatus s = vec_push(I->heap, &sv->vals, v);
    return s == K_OK ? 1 : kfail(I, s);
}

int instdict_store(Interp *I, Obj *o, Value name, Value v, uint32_t hint, int64_t *at) {
    SplitValues *sv = splitvalues_cast(o->dict);
    Value keys = sv != NULL ? sv->keys
                 : (o->dict == VAL_NULL && o->type != NULL) ? o->type->shared_keys
                                                            : VAL_NULL;
    SharedKeys *k = sharedkeys_cast(keys);
    if (k == NULL) return 0;
    bool fresh = false;
    int64_t pos = exact_str(I, name) ? place(k, sv != NULL ? sv->vals.len : 0, name, hint, &fresh)
                                     : -1;
    if (at != NULL) *at = pos;
    if (pos < 0) return instdict_materialise(I, o) == VAL_NULL && I->exc != VAL_NULL ? -1 : 0;
    if (sv == NULL) {
        sv = new_values(I, o, keys, k);
        if (sv == NULL) return -1;
    }
    if ((size_t)pos < sv->vals.len) {
        KStatus s = vec_set(&sv->vals, (size_t)pos, v);
        return s == K_OK ? 1 : kfail(I, s);
    }
    if (fresh) {
        Value iname = str_intern(I, name);
        if (iname == VAL_NULL) return -1;
        KStatus s = vec_push(I->heap, &k->names, iname);
        if (s != K_OK) return kfail(I, s);
    }
    KStatus s = vec_push(I->heap, &sv->vals, v);
    return s == K_OK ? 1 : kfail(I, s);
}
