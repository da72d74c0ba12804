/*
 * type.c: the `type` type: attribute lookup along the MRO (type_lookup), type objects'
 * own attribute access (metatype data descriptors, then the class's MRO, then the
 * metatype), type(x) and class instantiation (type.__call__: __new__ then __init__),
 * repr, the attributes __name__ __qualname__ __module__ __bases__ __base__ __mro__
 * __dict__ __doc__ __abstractmethods__, the methods mro() __subclasses__() __dir__()
 * __instancecheck__ __subclasscheck__ __prepare__, version tags, and the set-up of
 * builtin types from their TypeSpecs. Class creation itself is in type_new.c; slot
 * wiring and slot wrappers are in type_slots.c.
 *
 * Invariant: t->mro is a tuple starting with t (or VAL_NULL only while the interpreter
 * is being built, when lookups walk the base chain); a type's version changes whenever
 * its dict or the dict of any class on its MRO changes.
 */
#include "type.h"

#include "args.h"
#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "../vm/finalize.h"
#include "../vm/func.h"

/* ---- lookup and subtyping ---- */

static bool lazy_lacks(Value d, Value name);

// Walks the MRO (no cache).
static Value lookup_mro(Interp *I, Type *t, Value name) {
    if (t->mro == VAL_NULL) {
        for (Type *c = t; c != NULL; c = c->base) {
            if (c->h.dict == VAL_NULL || lazy_lacks(c->h.dict, name)) continue;
            Value v = dict_get(I, c->h.dict, name);
            if (v != VAL_NULL) return v;
            if (I->exc != VAL_NULL) return VAL_NULL;
        }
        return VAL_NULL;
    }
    ValView mro = tuple_view(t->mro);
    for (size_t i = 0; i < mro.n; i++) {
        Type *c = type_cast(vview_get(mro, i));
        if (c == NULL || c->h.dict == VAL_NULL || lazy_lacks(c->h.dict, name)) continue;
        Value v = dict_get(I, c->h.dict, name);
        if (v != VAL_NULL) return v;
        if (I->exc != VAL_NULL) {
            // Type dicts hold str keys; a failing comparison is not a lookup result.
            I->exc = VAL_NULL;
        }
    }
    return VAL_NULL;
}

/* The lookup cache: TYPE_MCACHE entries of four Values (type, version as a small int,
 * name, result or VAL_NULL for "absent"). An entry is valid only while the type's version
 * is unchanged, and every change to a class's dict or bases gives it and its subclasses
 * new versions (type_modified), so stale entries never match. Names match by identity
 * (interned strs); anything else just misses. */
#define TYPE_MCACHE 2048u

// The cache's pages are written before anything reads them: a first read of a fresh page
// maps the shared zero page, and the first store then faults a second time. Start-up's
// ~1000 lookups, scattered over the cache, read all 16 of its pages first: 32 page
// faults instead of 16, at about 2 us each on our VM (docs/notes/start24.md).
bool type_init_cache(Interp *I) {
    if (vec_resize(I->heap, &I->mcache, (size_t)TYPE_MCACHE * 4) != K_OK) return false;
    for (size_t i = 0; i < I->mcache.len; i += 256) (void)vec_set(&I->mcache, i, VAL_NULL);
    return true;
}

void type_clear_cache(Interp *I) {
    for (size_t i = 0; i < I->mcache.len; i++) (void)vec_set(&I->mcache, i, VAL_NULL);
}

Value type_lookup(Interp *I, Type *t, Value name) {
    StrObject *s = str_cast(name);
    if (I->mcache.len == 0 || t->version == 0 || s == NULL) return lookup_mro(I, t, name);
    int64_t h = str_flag(s, STR_HASHED) ? s->hash : str_hash(I, name);
    uint64_t mix = (uint64_t)h ^ ((uint64_t)(uintptr_t)t >> 4) ^ ((uint64_t)(uintptr_t)t >> 13);
    size_t base = (size_t)(mix % TYPE_MCACHE) * 4;
    Value ver = val_from_small((intptr_t)(t->version & (uint64_t)VAL_SMALL_MAX));
    if (vec_get(&I->mcache, base) == obj_val(t) && vec_get(&I->mcache, base + 1) == ver &&
        vec_get(&I->mcache, base + 2) == name)
        return vec_get(&I->mcache, base + 3);
    Value r = lookup_mro(I, t, name);
    if (I->exc != VAL_NULL) return r;
    (void)(vec_set(&I->mcache, base, obj_val(t)) == K_OK &&
           vec_set(&I->mcache, base + 1, ver) == K_OK &&
           vec_set(&I->mcache, base + 2, name) == K_OK &&
           vec_set(&I->mcache, base + 3, r) == K_OK);
    return r;
}

bool type_is_subtype(const Type *a, const Type *b) {
    if (a == b) return true;
    if (a->mro == VAL_NULL) {
        for (const Type *c = a; c != NULL; c = c->base)
            if (c == b) return true;
        return false;
    }
    ValView mro = tuple_view(a->mro);
    Value bv = obj_val(b);
    for (size_t i = 0; i < mro.n; i++)
        if (vview_get(mro, i) == bv) return true;
    return false;
}

bool type_defines(Interp *I, Type *t, Value name) {
    Type *obj = I->types[TY_OBJECT];
    ValView mro = tuple_view(t->mro);
    for (size_t i = 0; i < mro.n; i++) {
        Type *c = type_cast(vview_get(mro, i));
        if (c == NULL || c == obj || c->h.dict == VAL_NULL) continue;
        if (dict_get(I, c->h.dict, name) != VAL_NULL) return true;
        I->exc = VAL_NULL;
    }
    return false;
}

void type_modified(Interp *I, Type *t) {
    // Worklist instead of recursion: class hierarchies can be arbitrarily deep.
    ValVec work;
    vec_init(&work);
    if (vec_push(I->heap, &work, obj_val(t)) != K_OK) {
        t->version = ++I->type_version;
        return;
    }
    while (work.len > 0) {
        Type *c = type_cast(vec_pop(&work));
        if (c == NULL) continue;
        c->version = ++I->type_version;
        if (!type_push_subclasses(I, c, &work)) return;
    }
}

bool type_push_subclasses(Interp *I, Type *t, ValVec *out) {
    for (size_t i = 0; i < t->subclasses.len; i++) {
        Value c = vec_get(&t->subclasses, i);
        if (c != VAL_NULL && vec_push(I->heap, out, c) != K_OK) return false;
    }
    return true;
}

bool type_add_subclass(Interp *I, Type *base, Type *sub) {
    if (vec_push_weak(I->heap, &base->subclasses, obj_val(sub)) == K_OK) return true;
    exc_nomem(I);
    return false;
}

void type_remove_subclass(Type *base, Type *sub) {
    for (size_t i = 0; i < base->subclasses.len; i++)
        if (vec_get(&base->subclasses, i) == obj_val(sub)) {
            (void)(vec_remove_range(&base->subclasses, i, 1) == K_OK); // i < len: cannot fail
            return;
        }
}

/* ---- names ---- */

const char *type_name_cstr(Interp *I, Type *t) {
    StrObject *s = str_cast(t->name);
    if (s == NULL) return "?";
    // The bytes are followed by a NUL unless the str gave its tail away (str.h).
    const void *text = s->data;
    if (text != NULL && !str_flag(s, STR_NO_NUL)) return text;
    // No terminator: copy into a buffer that has one.
    Buf b;
    buf_init(&b);
    if (buf_reserve(I->heap, &b, s->len + 1) != K_OK) return "?";
    if (buf_append(I->heap, &b, str_obj_view(s)) != K_OK) return "?";
    text = b.data;
    return text != NULL ? text : "";
}

// The __module__ of [t] as a str, or VAL_NULL (no exception) when unknown.
static Value module_of(Interp *I, Type *t) {
    if ((t->tflags & TF_HEAP) != 0) {
        Value m = dict_get(I, t->h.dict, interp_name(I, N___module__));
        if (m == VAL_NULL) I->exc = VAL_NULL;
        return m;
    }
    return t->module;
}

Value type_qualified_name(Interp *I, Type *t) {
    Value m = module_of(I, t);
    if (m == VAL_NULL || !str_check(m) || str_eq_cstr(m, "builtins")) return t->qualname;
    return exc_format(I, "%U.%U", m, t->qualname);
}

Value type_repr(Interp *I, Value self) {
    Type *t = type_cast(self);
    if (t == NULL) return obj_default_repr(I, self);
    Value qn = type_qualified_name(I, t);
    if (qn == VAL_NULL) return VAL_NULL;
    return exc_format(I, "<class '%U'>", qn);
}

/* ---- attribute access on types ---- */

static Value type_getattro(Interp *I, Value self, Value name) {
    Type *t = type_cast(self);
    if (t == NULL) return obj_generic_getattr(I, self, name);
    if (!str_check(name))
        return exc_raise(I, TY_TYPE_ERROR, "attribute name must be string, not '%T'", name);
    Type *meta = type_of(I, self);
    Value meta_attr = type_lookup(I, meta, name);
    DescrGetFn meta_get = NULL;
    if (meta_attr != VAL_NULL) {
        Type *mt = type_of(I, meta_attr);
        meta_get = mt->descr_get;
        if (meta_get != NULL && mt->descr_set != NULL)
            return meta_get(I, meta_attr, self, obj_val(meta));
    }
    Value attr = type_lookup(I, t, name);
    if (attr != VAL_NULL) {
        DescrGetFn g = type_of(I, attr)->descr_get;
        if (g != NULL) return g(I, attr, VAL_NULL, self);
        return attr;
    }
    if (meta_get != NULL) return meta_get(I, meta_attr, self, obj_val(meta));
    if (meta_attr != VAL_NULL) return meta_attr;
    return exc_raise(I, TY_ATTRIBUTE_ERROR, "type object '%U' has no attribute '%U'", t->name,
                     name);
}

// True when str [name] looks like "__x__".
static bool is_dunder(Value name) {
    BView v = str_view(name);
    return v.n > 4 && bview_startswith(v, bview_cstr("__")) && bview_endswith(v, bview_cstr("__"));
}

static int type_setattro(Interp *I, Value self, Value name, Value v) {
    Type *t = type_cast(self);
    if (t == NULL) return obj_generic_setattr(I, self, name, v);
    if (!str_check(name)) {
        exc_raise(I, TY_TYPE_ERROR, "attribute name must be string, not '%T'", name);
        return -1;
    }
    if ((t->tflags & TF_HEAP) == 0 || (t->tflags & TF_IMMUTABLE) != 0) {
        exc_raise(I, TY_TYPE_ERROR, "cannot set %R attribute of immutable type '%N'", name, t);
        return -1;
    }
    Type *meta = type_of(I, self);
    Value meta_attr = type_lookup(I, meta, name);
    if (meta_attr != VAL_NULL) {
        Type *mt = type_of(I, meta_attr);
        if (mt->descr_set != NULL) {
            int r = mt->descr_set(I, meta_attr, self, v);
            type_modified(I, t);
            return r;
        }
    }
    Value key = str_intern(I, name);
    if (key == VAL_NULL) return -1;
    if (v != VAL_NULL) {
        if (!dict_set(I, t->h.dict, key, v)) return -1;
    } else {
        int r = dict_del(I, t->h.dict, key);
        if (r < 0) return -1;
        if (r == 0) {
            exc_raise(I, TY_ATTRIBUTE_ERROR, "type object '%U' has no attribute '%U'", t->name,
                      name);
            return -1;
        }
    }
    type_modified(I, t);
    if (is_dunder(key)) {
        bool had = (t->tflags & TF_HAS_DEL) != 0;
        type_fixup_slots(I, t);
        // __del__ set on a class that had none: its existing instances get finalizers too
        if (!had && (t->tflags & TF_HAS_DEL) != 0) finalize_class_gained(I, t);
    }
    return 0;
}

/* ---- type's attributes ---- */

static Type *self_type(Value self) { return type_cast(self); }

static bool check_heap_set(Interp *I, Type *t, const char *attr, Value v) {
    if ((t->tflags & TF_HEAP) == 0 || (t->tflags & TF_IMMUTABLE) != 0) {
        exc_raise(I, TY_TYPE_ERROR, "cannot set '%s' attribute of immutable type '%N'", attr, t);
        return false;
    }
    if (v == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "cannot delete '%s' attribute of immutable type '%N'", attr,
                  t);
        return false;
    }
    return true;
}

static Value tget_name(Interp *I, Value self) {
    Type *t = self_type(self);
    return t != NULL ? t->name : I->none;
}

static int tset_name(Interp *I, Value self, Value v) {
    Type *t = self_type(self);
    if (t == NULL || !check_heap_set(I, t, "__name__", v)) return -1;
    if (!str_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "can only assign string to %U.__name__, not '%T'", t->name, v);
        return -1;
    }
    if (!type_check_name(I, v)) return -1;
    t->name = v;
    return 0;
}

static Value tget_qualname(Interp *I, Value self) {
    Type *t = self_type(self);
    return t != NULL ? t->qualname : I->none;
}

static int tset_qualname(Interp *I, Value self, Value v) {
    Type *t = self_type(self);
    if (t == NULL || !check_heap_set(I, t, "__qualname__", v)) return -1;
    if (!str_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "can only assign string to %U.__qualname__, not '%T'",
                  t->name, v);
        return -1;
    }
    t->qualname = v;
    return 0;
}

static Value tget_module(Interp *I, Value self) {
    Type *t = self_type(self);
    if (t == NULL) return I->none;
    Value m = module_of(I, t);
    if (m == VAL_NULL) {
        if ((t->tflags & TF_HEAP) != 0)
            return exc_raise_arg(I, TY_ATTRIBUTE_ERROR, interp_name(I, N___module__));
        return str_intern_cstr(I, "builtins");
    }
    return m;
}

static int tset_module(Interp *I, Value self, Value v) {
    Type *t = self_type(self);
    if (t == NULL || !check_heap_set(I, t, "__module__", v)) return -1;
    return dict_set(I, t->h.dict, interp_name(I, N___module__), v) ? 0 : -1;
}

static Value tget_bases(Interp *I, Value self) {
    Type *t = self_type(self);
    return t != NULL && t->bases != VAL_NULL ? t->bases : I->empty_tuple;
}

static int tset_bases(Interp *I, Value self, Value v) {
    Type *t = self_type(self);
    if (t == NULL || !check_heap_set(I, t, "__bases__", v)) return -1;
    return type_set_bases(I, t, v);
}

static Value tget_base(Interp *I, Value self) {
    Type *t = self_type(self);
    return t != NULL && t->base != NULL ? obj_val(t->base) : I->none;
}

static Value tget_mro(Interp *I, Value self) {
    Type *t = self_type(self);
    return t != NULL && t->mro != VAL_NULL ? t->mro : I->empty_tuple;
}

static Value tget_dict(Interp *I, Value self) {
    Type *t = self_type(self);
    if (t == NULL || t->h.dict == VAL_NULL) return dict_new(I);
    return type_mappingproxy(I, t->h.dict);
}

static Value tget_doc(Interp *I, Value self) {
    Type *t = self_type(self);
    if (t == NULL || t->h.dict == VAL_NULL) return I->none;
    Value d = dict_get(I, t->h.dict, interp_name(I, N___doc__));
    if (d == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : I->none;
    // type's own __doc__ entry is this getset: its docstring lives in the spec.
    if (t == I->types[TY_TYPE]) return str_from_cstr(I, type_spec.doc);
    DescrGetFn g = type_of(I, d)->descr_get;
    if (g != NULL) return g(I, d, VAL_NULL, self);
    return d;
}

static int tset_doc(Interp *I, Value self, Value v) {
    Type *t = self_type(self);
    if (t == NULL || !check_heap_set(I, t, "__doc__", v)) return -1;
    return dict_set(I, t->h.dict, interp_name(I, N___doc__), v) ? 0 : -1;
}

static Value tget_abstract(Interp *I, Value self) {
    Type *t = self_type(self);
    Value name = interp_name(I, N___abstractmethods__);
    Value v = t != NULL && t != I->types[TY_TYPE] ? dict_get(I, t->h.dict, name) : VAL_NULL;
    if (v == VAL_NULL && I->exc == VAL_NULL) return exc_raise_arg(I, TY_ATTRIBUTE_ERROR, name);
    return v;
}

static int tset_abstract(Interp *I, Value self, Value v) {
    Type *t = self_type(self);
    if (t == NULL) return -1;
    Value name = interp_name(I, N___abstractmethods__);
    int abstract = 0;
    if (v != VAL_NULL) {
        abstract = obj_truth(I, v);
        if (abstract < 0) return -1;
        if (!dict_set(I, t->h.dict, name, v)) return -1;
    } else {
        int r = dict_del(I, t->h.dict, name);
        if (r < 0) return -1;
        if (r == 0) {
            exc_raise_arg(I, TY_ATTRIBUTE_ERROR, name);
            return -1;
        }
    }
    if (abstract) t->tflags |= TF_ABSTRACT;
    else t->tflags &= ~(uint32_t)TF_ABSTRACT;
    return 0;
}

static Value tget_annotations(Interp *I, Value self) {
    Type *t = self_type(self);
    if (t == NULL) return I->none;
    Value name = interp_name(I, N___annotations__);
    Value v = dict_get(I, t->h.dict, name);
    if (v != VAL_NULL || I->exc != VAL_NULL) return v;
    if ((t->tflags & TF_HEAP) == 0)
        return exc_raise(I, TY_ATTRIBUTE_ERROR, "type object '%U' has no attribute '__annotations__'",
                         t->name);
    v = dict_new(I);
    if (v == VAL_NULL || !dict_set(I, t->h.dict, name, v)) return VAL_NULL;
    return v;
}

static int tset_annotations(Interp *I, Value self, Value v) {
    Type *t = self_type(self);
    if (t == NULL || !check_heap_set(I, t, "__annotations__", v == VAL_NULL ? I->none : v))
        return -1;
    Value name = interp_name(I, N___annotations__);
    if (v == VAL_NULL) {
        int r = dict_del(I, t->h.dict, name);
        if (r == 0) exc_raise_arg(I, TY_ATTRIBUTE_ERROR, name);
        return r > 0 ? 0 : -1;
    }
    return dict_set(I, t->h.dict, name, v) ? 0 : -1;
}

static Value tget_basicsize(Interp *I, Value self) {
    (void)I;
    Type *t = self_type(self);
    return val_from_small(t != NULL ? (intptr_t)t->inst_size : 0);
}

static Value tget_zero(Interp *I, Value self) {
    (void)I;
    (void)self;
    return val_from_small(0);
}

// The type flags, with the pattern-matching kinds at CPython's bits (Py_TPFLAGS_SEQUENCE
// 1 << 5, Py_TPFLAGS_MAPPING 1 << 6, which ABCs copy through __abc_tpflags__) in place of
// the internal bits that share those positions (TF_INT_SUB, TF_STR_SUB: not shown).
static Value tget_flags(Interp *I, Value self) {
    (void)I;
    Type *t = self_type(self);
    if (t == NULL) return val_from_small(0);
    uint32_t f = t->tflags;
    uint32_t shown = f & ~(uint32_t)(TF_INT_SUB | TF_STR_SUB | TF_SEQUENCE | TF_MAPPING);
    if ((f & TF_SEQUENCE) != 0) shown |= 1u << 5;
    if ((f & TF_MAPPING) != 0) shown |= 1u << 6;
    return val_from_small((intptr_t)shown);
}

static const GetSetDef type_getsets[] = {
    {"__name__", tget_name, tset_name},
    {"__qualname__", tget_qualname, tset_qualname},
    {"__module__", tget_module, tset_module},
    {"__bases__", tget_bases, tset_bases},
    {"__base__", tget_base, NULL},
    {"__mro__", tget_mro, NULL},
    {"__dict__", tget_dict, NULL},
    {"__doc__", tget_doc, tset_doc},
    {"__abstractmethods__", tget_abstract, tset_abstract},
    {"__annotations__", tget_annotations, tset_annotations},
    {"__basicsize__", tget_basicsize, NULL},
    {"__itemsize__", tget_zero, NULL},
    {"__flags__", tget_flags, NULL},
    {"__dictoffset__", tget_zero, NULL},
    {"__weakrefoffset__", tget_zero, NULL},
    {NULL, NULL, NULL},
};

/* ---- type's methods ---- */

static Value tm_mro(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "type.mro", 0, 0)) return VAL_NULL;
    Type *t = self_type(self);
    if (t == NULL) return exc_raise(I, TY_TYPE_ERROR, "descriptor 'mro' requires a 'type' object");
    Value mro = type_compute_mro(I, t);
    if (mro == VAL_NULL) return VAL_NULL;
    return list_from_view(I, tuple_view(mro));
}

static Value tm_subclasses(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "type.__subclasses__", 0, 0)) return VAL_NULL;
    Type *t = self_type(self);
    Value out = list_new(I, 0);
    ListObject *l = list_cast(out);
    if (t == NULL || l == NULL) return out;
    if (!type_push_subclasses(I, t, &l->v)) return exc_nomem(I);
    return out;
}

static Value tm_instancecheck(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__instancecheck__", 1, 1)) return VAL_NULL;
    int r = obj_real_isinstance(I, vview_get(args, 0), self);
    return r < 0 ? VAL_NULL : interp_bool(I, r);
}

static Value tm_subclasscheck(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__subclasscheck__", 1, 1)) return VAL_NULL;
    int r = obj_real_issubclass(I, vview_get(args, 0), self);
    return r < 0 ? VAL_NULL : interp_bool(I, r);
}

static Value tm_dir(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "type.__dir__", 0, 0)) return VAL_NULL;
    Type *t = self_type(self);
    Value d = dict_new(I);
    if (d == VAL_NULL) return VAL_NULL;
    if (t != NULL) {
        ValView mro = tuple_view(t->mro);
        for (size_t i = 0; i < mro.n; i++) {
            Type *c = type_cast(vview_get(mro, i));
            if (c == NULL || c->h.dict == VAL_NULL) continue;
            size_t pos = 0;
            Value k, v;
            while (dict_next(c->h.dict, &pos, &k, &v))
                if (!dict_set(I, d, k, I->none)) return VAL_NULL;
        }
    }
    Value l = list_new(I, dict_len(d));
    if (l == VAL_NULL) return VAL_NULL;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (!list_append(I, l, k)) return VAL_NULL;
    return l;
}

static Value tm_prepare(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    (void)args;
    (void)kwnames;
    return dict_new(I);
}

static Value tm_sizeof(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "type.__sizeof__", 0, 0)) return VAL_NULL;
    (void)self;
    return val_from_small((intptr_t)sizeof(Type));
}

static const MethodDef type_methods[] = {
    {"mro", tm_mro, 0, "Return a type's method resolution order."},
    {"__subclasses__", tm_subclasses, 0, "Return a list of immediate subclasses."},
    {"__prepare__", tm_prepare, METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__instancecheck__", tm_instancecheck, 0, "Check if an object is an instance."},
    {"__subclasscheck__", tm_subclasscheck, 0, "Check if a class is a subclass."},
    {"__dir__", tm_dir, 0, "Specialized __dir__ implementation for types."},
    {"__sizeof__", tm_sizeof, 0, "Return memory consumption of the type object."},
    {NULL, NULL, 0, NULL},
};

/* ---- type's slots: call, new, init ---- */

static Value type_call(Interp *I, Value self, ValView args, Value kwnames) {
    Type *t = type_cast(self);
    if (t == NULL) return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not callable", self);
    size_t nkw = args_nkw(kwnames);
    if (t == I->types[TY_TYPE]) {
        size_t npos = args.n - nkw;
        if (npos == 1 && nkw == 0) return obj_val(type_of(I, vview_get(args, 0)));
        if (npos != 3) return exc_raise(I, TY_TYPE_ERROR, "type() takes 1 or 3 arguments");
    }
    if (t->new_ == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "cannot create '%s' instances", type_name_cstr(I, t));
    Value obj = t->new_(I, t, args, kwnames);
    if (obj == VAL_NULL) return VAL_NULL;
    (void)obj_fin_check(I, obj); // (a builtin base's __new__ made it)
    Type *ot = type_of(I, obj);
    if (!type_is_subtype(ot, t)) return obj;
    if (ot->init != NULL && ot->init(I, obj, args, kwnames) < 0) return VAL_NULL;
    return obj;
}

static Value type_new_slot(Interp *I, Type *meta, ValView args, Value kwnames) {
    size_t nkw = args_nkw(kwnames);
    size_t npos = args.n - nkw;
    if (npos != 3)
        return exc_raise(I, TY_TYPE_ERROR, "type.__new__() takes exactly 3 arguments (%zu given)",
                         npos);
    Value name = vview_get(args, 0), bases = vview_get(args, 1), dict = vview_get(args, 2);
    if (!str_check(name))
        return exc_raise(I, TY_TYPE_ERROR, "type.__new__() argument 1 must be str, not %T", name);
    if (!tuple_check(bases))
        return exc_raise(I, TY_TYPE_ERROR, "type.__new__() argument 2 must be tuple, not %T",
                         bases);
    if (!dict_check(dict))
        return exc_raise(I, TY_TYPE_ERROR, "type.__new__() argument 3 must be dict, not %T", dict);
    return type_new(I, meta, name, bases, dict, vview_slice(args, npos, args.n), kwnames);
}

static int type_init_slot(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    size_t nkw = args_nkw(kwnames);
    size_t npos = args.n - nkw;
    if (nkw > 0 && npos == 1) {
        exc_raise(I, TY_TYPE_ERROR, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (npos != 1 && npos != 3) {
        exc_raise(I, TY_TYPE_ERROR, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

const TypeSpec type_spec = {
    .name = "type",
    .inst_kind = K_TYPE,
    .inst_size = sizeof(Type),
    .tflags = TF_BASETYPE | TF_TYPE_SUB,
    .base = TY_OBJECT,
    .repr = type_repr,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .call = type_call,
    .binop = type_binop_or,
    .new_ = type_new_slot,
    .init = type_init_slot,
    .methods = type_methods,
    .getsets = type_getsets,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
};

/* ---- builtin types from specs ---- */

void type_init_builtin(Interp *I, Type *t, const TypeSpec *spec, Type *base) {
    (void)I;
    t->base = base;
    t->inst_kind = spec->inst_kind;
    t->inst_size = spec->inst_size < sizeof(Obj) ? sizeof(Obj) : spec->inst_size;
    t->tflags = spec->tflags & ~(uint32_t)TF_HEAP;
    t->repr = spec->repr;
    t->str = spec->str;
    t->hash = spec->hash;
    t->richcmp = spec->richcmp;
    t->getattr = spec->getattr;
    t->setattr = spec->setattr;
    t->call = spec->call;
    t->iter = spec->iter;
    t->next = spec->next;
    t->len = spec->len;
    t->getitem = spec->getitem;
    t->setitem = spec->setitem;
    t->contains = spec->contains;
    t->truth = spec->truth;
    t->binop = spec->binop;
    t->inplace = spec->inplace;
    t->unary = spec->unary;
    t->index = spec->index;
    t->new_ = spec->new_;
    t->init = spec->init;
    t->descr_get = spec->descr_get;
    t->descr_set = spec->descr_set;
    t->format = spec->format;
    t->buffer = spec->buffer;
    t->buffer_format = spec->buffer_format;
    t->buffer_store = spec->buffer_store;
    t->buffer_exports = spec->buffer_exports;
    if (base == NULL) return;
    t->tflags |= base->tflags & (TF_EXC | TF_INT_SUB | TF_STR_SUB | TF_TUPLE_SUB | TF_LIST_SUB |
                                 TF_DICT_SUB | TF_TYPE_SUB | TF_HAS_DICT);
#define INHERIT(f) \
    if (t->f == NULL) t->f = base->f
    INHERIT(repr);
    INHERIT(str);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(next);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(truth);
    INHERIT(binop);
    INHERIT(inplace);
    INHERIT(unary);
    INHERIT(index);
    INHERIT(init);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(format);
#undef INHERIT
    if (t->richcmp == NULL && t->hash == NULL) {
        t->richcmp = base->richcmp;
        t->hash = base->hash;
    }
    // Types whose base is object do not inherit object.__new__ (as CPython's static types).
    if (t->new_ == NULL && base->base != NULL) t->new_ = base->new_;
}

// Sets dict[name] = v unless the name is already there.
static bool set_default(Interp *I, Value d, Value name, Value v) {
    Value old = dict_get(I, d, name);
    if (old != VAL_NULL) return true;
    if (I->exc != VAL_NULL) return false;
    return dict_set(I, d, name, v);
}

// The interned name of getset descriptor [d] made from [def] (it holds it: no second
// interning).
static Value getset_name(Interp *I, Value d, const GetSetDef *def) {
    DescrObject *dd = descr_cast(d);
    return dd != NULL && dd->name != VAL_NULL ? dd->name : str_intern_cstr(I, def->name);
}

static bool add_getsets(Interp *I, Type *t, const GetSetDef *defs) {
    for (size_t i = 0; defs != NULL; i++) {
        const GetSetDef *def = getsetdef_at(defs, i);
        if (def->name == NULL) break;
        Value d = descr_new_getset(I, t, def);
        Value name = getset_name(I, d, def);
        if (name == VAL_NULL || d == VAL_NULL || !set_default(I, t->h.dict, name, d)) return false;
    }
    return true;
}

// Adds method [def] to t's namespace (a method descriptor, or a staticmethod for
// METH_STATIC) unless the name is already there.
static bool add_method(Interp *I, Type *t, const MethodDef *def) {
    Value f = cfunc_new_method(I, t, def);
    if (f == VAL_NULL) return false;
    // the cfunc holds the interned name (no second interning)
    CFuncObject *fc = cfunc_cast(f);
    Value name = fc != NULL && fc->name != VAL_NULL ? fc->name : str_intern_cstr(I, def->name);
    if (name == VAL_NULL) return false;
    Value m;
    if ((def->flags & METH_STATIC) != 0) {
        // knows its owner (qualname "str.maketrans", repr "of type object"), as CPython's
        m = descr_new_staticmethod(I, f);
    } else {
        m = f;
        Obj *o = obj_ptr(m);
        Type *dt = I->types[TY_METHOD_DESCR];
        if ((def->flags & METH_CLASS) != 0 && (dt = descr_classmethod_type(I)) == NULL)
            return false;
        if (o != NULL) o->type = dt;
        CFuncObject *cf = cfunc_cast(m);
        if (cf != NULL) {
            cf->owner = t;
            cf->mflags = def->flags;
            if (cf->name == VAL_NULL) cf->name = name;
        }
    }
    return m != VAL_NULL && set_default(I, t->h.dict, name, m);
}

static bool add_methods(Interp *I, Type *t, const MethodDef *defs) {
    for (size_t i = 0; defs != NULL; i++) {
        const MethodDef *def = methoddef_at(defs, i);
        if (def->name == NULL) break;
        if (!add_method(I, t, def)) return false;
    }
    return true;
}

/* ---- lazy namespaces ----
 * A builtin type's dict starts empty and marked DICT_LAZY with a LazyFill; the first use
 * of the dict through the dict API (any lookup, iteration, len, copy, store) builds the
 * entries, in the order eager filling gave them: methods, getsets, __dict__, slot
 * wrappers, __hash__ = None, __doc__, then the [extra] method added after creation
 * (type_add_method). Start-up then builds only the namespaces it uses. */
typedef struct LazyFill {
    CustomObj h;
    Interp *I;
    Type *t;
    const TypeSpec *spec;
    const MethodDef *extra; /* [nextra] more methods (type_add_methods) */
    size_t nextra;
} LazyFill;
static const CustomLayout lazyfill_layout = {"LazyFill"};
CUSTOM_CAST_FN(lazyfill_cast, LazyFill, lazyfill_layout)

static bool fill_dict(Interp *I, Type *t, const TypeSpec *spec) {
    if (!add_methods(I, t, spec->methods)) return false;
    if (!add_getsets(I, t, spec->getsets)) return false;
    if ((t->tflags & TF_HAS_DICT) != 0 &&
        (t->base == NULL || (t->base->tflags & TF_HAS_DICT) == 0) &&
        !add_getsets(I, t, object_builtin_dict_getsetdef()))
        return false;
    if (!type_add_slot_wrappers(I, t, spec)) return false;
    if (t->hash == NULL && !set_default(I, t->h.dict, interp_name(I, N___hash__), I->none))
        return false;
    Value doc = spec->doc != NULL ? str_from_cstr(I, spec->doc) : I->none;
    return doc != VAL_NULL && set_default(I, t->h.dict, interp_name(I, N___doc__), doc);
}

bool type_lazy_fill(Value filler) {
    LazyFill *f = lazyfill_cast(filler);
    if (f == NULL) return true;
    Interp *I = f->I;
    Value saved = I->exc;
    I->exc = VAL_NULL;
    bool ok = fill_dict(I, f->t, f->spec);
    for (size_t i = 0; ok && i < f->nextra; i++) ok = add_method(I, f->t, methoddef_at(f->extra, i));
    // a pending exception of the caller is kept (a failed fill's own one replaces it)
    if (ok) I->exc = saved;
    return ok;
}

bool type_add_methods(Interp *I, Type *t, const MethodDef *defs, size_t n) {
    if (n == SIZE_MAX) {
        n = 0;
        while (methoddef_at(defs, n)->name != NULL) n++;
    }
    DictObject *d = dict_cast(t->h.dict);
    LazyFill *f = d != NULL && (d->h.flags & DICT_LAZY) != 0 ? lazyfill_cast(d->slot_store)
                                                                : NULL;
    if (f != NULL && f->nextra == 0) {
        f->extra = defs;
        f->nextra = n;
    } else {
        for (size_t i = 0; i < n; i++)
            if (!add_method(I, t, methoddef_at(defs, i))) return false;
    }
    type_modified(I, t);
    return true;
}

// Dunder names no slot wrapper stands for and fill_dict adds only from a spec's tables
// (so a lazy namespace lacks them unless a MethodDef or GetSetDef names them). Never add
// a slot wrapper's name (type_slots.c wrap_name), __new__, __hash__, __doc__ or __dict__.
static const char *const plain_dunder_names[] = {
    "__set_name__", "__init_subclass__", "__getattr__", "__class_getitem__",
    "__mro_entries__", "__prepare__", "__instancecheck__", "__subclasscheck__", "__slots__",
    "__weakref__", "__classcell__", "__annotations__", "__qualname__", "__module__",
    "__abstractmethods__", "__length_hint__", "__missing__", "__fspath__", "__reduce__",
    "__reduce_ex__", "__getstate__", "__setstate__", "__getnewargs__", "__getnewargs_ex__",
    "__copy__", "__deepcopy__", "__enter__", "__exit__", "__aenter__", "__aexit__",
    "__await__", "__aiter__", "__anext__", "__del__", "__dir__", "__sizeof__",
    "__subclasshook__", "__match_args__", "__orig_bases__", "__post_init__",
    "__isabstractmethod__", "__wrapped__", "__objclass__", "__self__", "__func__",
    "__name__", "__bases__", "__mro__", "__class__", "__reversed__", "__bytes__",
    "__complex__", "__trunc__", "__floor__", "__ceil__", "__round__", "__buffer__",
    "__release_buffer__", "__text_signature__", "__annotate__", "__type_params__",
};

// True when lazy namespace [d] (not built yet) certainly lacks [name], so a lookup can
// skip it without building it: an exact str that no table of the spec names and that
// is not a name fill_dict can add on its own (a dunder outside plain_dunder_names).
// False whenever unsure (then the lookup builds the namespace).
static bool lazy_lacks(Value d, Value name) {
    DictObject *dd = dict_cast(d);
    if (dd == NULL || (dd->h.flags & DICT_LAZY) == 0) return false;
    LazyFill *f = lazyfill_cast(dd->slot_store);
    StrObject *so = str_cast(name);
    if (f == NULL || so == NULL || so->h.type != f->I->types[TY_STR]) return false;
    BView n = str_view(name);
    if (n.n >= 5 && bview_get(n, 0) == '_' && bview_get(n, 1) == '_' &&
        bview_get(n, n.n - 1) == '_' && bview_get(n, n.n - 2) == '_') {
        bool plain = false;
        for (size_t i = 0; !plain && i < sizeof plain_dunder_names / sizeof plain_dunder_names[0]; i++)
            plain = bview_eq_cstr(n, plain_dunder_names[i]);
        if (!plain) return false;
    }
    for (size_t i = 0; f->spec->methods != NULL; i++) {
        const MethodDef *def = methoddef_at(f->spec->methods, i);
        if (def->name == NULL) break;
        if (bview_eq_cstr(n, def->name)) return false;
    }
    for (size_t i = 0; f->spec->getsets != NULL; i++) {
        const GetSetDef *def = getsetdef_at(f->spec->getsets, i);
        if (def->name == NULL) break;
        if (bview_eq_cstr(n, def->name)) return false;
    }
    for (size_t i = 0; i < f->nextra; i++)
        if (bview_eq_cstr(n, methoddef_at(f->extra, i)->name)) return false;
    return true;
}

Type *type_from_spec(Interp *I, const TypeSpec *spec, Type *base) {
    Type *t = obj_alloc_kind(I, I->types[TY_TYPE], K_TYPE, sizeof(Type));
    if (t == NULL) return NULL;
    type_init_builtin(I, t, spec, base != NULL ? base : I->types[TY_OBJECT]);
    return type_fill_builtin(I, t, spec) ? t : NULL;
}

Type *type_from_spec_once(Interp *I, const TypeSpec *spec) {
    if (I->scratch == VAL_NULL) { // (during start-up's fill_types, before interp_new makes it)
        I->scratch = dict_new(I);
        if (I->scratch == VAL_NULL) return NULL;
    }
    Value have = dict_get_cstr(I, I->scratch, spec->name);
    if (have != VAL_NULL) return type_cast(have);
    if (I->exc != VAL_NULL) return NULL;
    Type *t = type_from_spec(I, spec, NULL);
    if (t == NULL || !dict_set_cstr(I, I->scratch, spec->name, obj_val(t))) return NULL;
    return t;
}

bool type_fill_builtin(Interp *I, Type *t, const TypeSpec *spec) {
    // "mod.name" specs give the type a __module__ other than builtins.
    BView full = bview_cstr(spec->name);
    int64_t dot = -1; // the last '.'
    for (int64_t at = bview_find_byte(full, '.', 0); at >= 0;
         at = bview_find_byte(full, '.', (size_t)at + 1))
        dot = at;
    Value name, module;
    if (dot >= 0) {
        name = str_new(I, bview_slice(full, (size_t)dot + 1, full.n));
        module = str_new(I, bview_slice(full, 0, (size_t)dot));
        if (name == VAL_NULL || module == VAL_NULL) return false;
        name = str_intern(I, name);
        module = str_intern(I, module);
    } else {
        name = str_intern_cstr(I, spec->name);
        // object's module is the interned "builtins" once object is filled (it comes
        // first at start-up): ~120 types share it without hashing the name again
        Value om = I->types[TY_OBJECT] != NULL ? I->types[TY_OBJECT]->module : VAL_NULL;
        module = om != VAL_NULL ? om : str_intern_cstr(I, "builtins");
    }
    if (name == VAL_NULL || module == VAL_NULL) return false;
    t->name = name;
    t->qualname = name;
    t->module = module;
    t->bases = t->base != NULL ? tuple_pack(I, 1, obj_val(t->base)) : I->empty_tuple;
    if (t->bases == VAL_NULL) return false;
    size_t nmro = 1;
    ValView bmro = {NULL, 0};
    if (t->base != NULL) {
        bmro = tuple_view(t->base->mro);
        nmro += bmro.n;
    }
    Value mro = tuple_new(I, nmro);
    if (mro == VAL_NULL) return false;
    tuple_init_item(mro, 0, obj_val(t));
    for (size_t i = 0; i < bmro.n; i++) tuple_init_item(mro, i + 1, vview_get(bmro, i));
    t->mro = mro;
    if (t->base != NULL && !type_add_subclass(I, t->base, t)) return false;
    if (t->h.dict == VAL_NULL) {
        t->h.dict = dict_new(I);
        if (t->h.dict == VAL_NULL) return false;
    }
    if (dict_len(t->h.dict) == 0) {
        // the usual case (a new type): build the namespace on first use
        LazyFill *f = custom_alloc(I, I->types[TY_OBJECT], &lazyfill_layout, sizeof(LazyFill));
        if (f == NULL) return false;
        f->I = I;
        f->t = t;
        f->spec = spec;
        dict_make_lazy(t->h.dict, obj_val(f));
    } else if (!fill_dict(I, t, spec)) {
        return false;
    }
    t->version = ++I->type_version;
    return true;
}
