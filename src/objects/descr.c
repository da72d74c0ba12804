/*
 * descr.c: descriptor types: property (with getter/setter/deleter copies and doc),
 * staticmethod, classmethod, super (zero-argument and explicit forms), member
 * descriptors for __slots__, getset descriptors for GetSetDef attributes, method
 * descriptors (builtin methods in a type's dict, CFuncObjects) and slot wrappers.
 *
 * Invariant: a descriptor of a builtin type is only ever applied to instances of the
 * type that owns it (checked on every get/set/call), so the C functions behind it
 * always see the layout they expect.
 */
#include "descr.h"

#include "args.h"
#include "dict.h"
#include "exc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "../vm/eval.h"
#include "../vm/func.h"

bool descr_is_data(Interp *I, Value v) { return type_of(I, v)->descr_set != NULL; }

static Value qualname_of(Interp *I, Value v) {
    Type *t = type_of(I, v);
    return t->qualname;
}

/* ---- property ---- */

static Value property_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    PropertyObject *p = obj_alloc(I, t, t->inst_size);
    if (p == NULL) return VAL_NULL;
    p->fget = p->fset = p->fdel = p->doc = I->none;
    return obj_val(p);
}

Value descr_new_property(Interp *I, Value fget, Value fget_doc) {
    Type *t = I->types[TY_PROPERTY];
    PropertyObject *p = obj_alloc(I, t, t->inst_size);
    if (p == NULL) return VAL_NULL;
    p->fset = p->fdel = I->none;
    // what property_init leaves for property(fget)
    p->fget = fget;
    p->doc = fget_doc;
    p->getter_doc = true;
    return obj_val(p);
}

static int property_init(Interp *I, Value self, ValView args, Value kwnames) {
    PropertyObject *p = property_cast(self);
    if (p == NULL) return 0;
    Value fget, fset, fdel, doc;
    if (!args_parse(I, args, kwnames, "property", "| fget fset fdel doc", &fget, &fset, &fdel,
                    &doc))
        return -1;
    p->fget = fget != VAL_NULL ? fget : I->none;
    p->fset = fset != VAL_NULL ? fset : I->none;
    p->fdel = fdel != VAL_NULL ? fdel : I->none;
    p->doc = doc != VAL_NULL ? doc : I->none;
    p->getter_doc = false;
    if (p->doc == I->none && p->fget != I->none) {
        Value d = obj_lookup_attr(I, p->fget, interp_name(I, N___doc__));
        if (d == VAL_NULL && I->exc != VAL_NULL) return -1;
        if (d != VAL_NULL) {
            p->doc = d;
            p->getter_doc = true;
        }
    }
    // A subclass instance gets the getter's __doc__ (None too) as an attribute, set as any
    // attribute is (so a __slots__ subclass without __dict__ fails: "... attribute
    // '__doc__' is read-only"); as in 3.11.2, an explicit doc is not stored there (the
    // class's own __doc__ shows)
    if (type_of(I, self) != I->types[TY_PROPERTY] && (doc == VAL_NULL || doc == I->none) &&
        p->fget != I->none) {
        Value gd = p->getter_doc ? p->doc : I->none;
        if (obj_setattr(I, self, interp_name(I, N___doc__), gd) < 0) return -1;
    }
    return 0;
}

static Value property_get(Interp *I, Value self, Value obj, Value type) {
    (void)type;
    PropertyObject *p = property_cast(self);
    if (obj == VAL_NULL || obj == I->none || p == NULL) return self;
    if (p->fget == I->none) {
        if (p->name != VAL_NULL)
            return exc_raise(I, TY_ATTRIBUTE_ERROR, "property %R of %R object has no getter",
                             p->name, qualname_of(I, obj));
        return exc_raise(I, TY_ATTRIBUTE_ERROR, "property of %R object has no getter",
                         qualname_of(I, obj));
    }
    return obj_call1(I, p->fget, obj);
}

static int property_set(Interp *I, Value self, Value obj, Value v) {
    PropertyObject *p = property_cast(self);
    if (p == NULL) return -1;
    Value f = v == VAL_NULL ? p->fdel : p->fset;
    if (f == I->none) {
        const char *what = v == VAL_NULL ? "deleter" : "setter";
        if (p->name != VAL_NULL)
            exc_raise(I, TY_ATTRIBUTE_ERROR, "property %R of %R object has no %s", p->name,
                      qualname_of(I, obj), what);
        else
            exc_raise(I, TY_ATTRIBUTE_ERROR, "property of %R object has no %s",
                      qualname_of(I, obj), what);
        return -1;
    }
    Value r = v == VAL_NULL ? obj_call1(I, f, obj) : obj_call2(I, f, obj, v);
    return r == VAL_NULL ? -1 : 0;
}

// A copy of property [self] with one accessor replaced ([which] 0 get, 1 set, 2 del).
static Value property_copy(Interp *I, Value self, ValView args, Value kwnames, int which,
                           const char *fname) {
    if (!args_count(I, args, kwnames, fname, 1, 1)) return VAL_NULL;
    PropertyObject *p = property_cast(self);
    if (p == NULL) return VAL_NULL;
    Value f = vview_get(args, 0);
    Value acc[3] = {p->fget, p->fset, p->fdel};
    // CPython 3.11 treats None like a missing function: .getter(None) keeps the getter
    if (f != VAL_NULL && f != I->none) acc[which] = f;
    Value doc = p->doc;
    if (p->getter_doc && acc[0] != I->none) doc = I->none;
    Value a[4] = {acc[0], acc[1], acc[2], doc};
    Value r = obj_call(I, obj_val(type_of(I, self)), vview_make(a, 4), VAL_NULL);
    if (r == VAL_NULL) return VAL_NULL;
    PropertyObject *np = property_cast(r);
    if (np != NULL) np->name = p->name;
    return r;
}

static Value property_getter(Interp *I, Value self, ValView args, Value kwnames) {
    return property_copy(I, self, args, kwnames, 0, "getter");
}
static Value property_setter(Interp *I, Value self, ValView args, Value kwnames) {
    return property_copy(I, self, args, kwnames, 1, "setter");
}
static Value property_deleter(Interp *I, Value self, ValView args, Value kwnames) {
    return property_copy(I, self, args, kwnames, 2, "deleter");
}

static Value property_set_name(Interp *I, Value self, ValView args, Value kwnames) {
    // CPython checks the count itself, with this wording
    if (args_nkw(kwnames) > 0)
        return exc_raise(I, TY_TYPE_ERROR, "property.__set_name__() takes no keyword arguments");
    if (args.n != 2)
        return exc_raise(I, TY_TYPE_ERROR,
                         "__set_name__() takes 2 positional arguments but %zu were given", args.n);
    PropertyObject *p = property_cast(self);
    if (p != NULL) p->name = vview_get(args, 1);
    return I->none;
}

static Value prop_fget(Interp *I, Value self) {
    PropertyObject *p = property_cast(self);
    return p != NULL ? p->fget : I->none;
}
static Value prop_fset(Interp *I, Value self) {
    PropertyObject *p = property_cast(self);
    return p != NULL ? p->fset : I->none;
}
static Value prop_fdel(Interp *I, Value self) {
    PropertyObject *p = property_cast(self);
    return p != NULL ? p->fdel : I->none;
}
static Value prop_doc(Interp *I, Value self) {
    PropertyObject *p = property_cast(self);
    return p != NULL ? p->doc : I->none;
}
static int prop_set_doc(Interp *I, Value self, Value v) {
    PropertyObject *p = property_cast(self);
    if (p != NULL) p->doc = v != VAL_NULL ? v : I->none;
    return 0;
}

// True when any of [fs] has a true __isabstractmethod__.
static Value any_abstract(Interp *I, const Value *fs, size_t n) {
    Value key = str_intern_cstr(I, "__isabstractmethod__");
    if (key == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        ValView one = vview_make(fs, n);
        Value f = vview_get(one, i);
        if (f == I->none || f == VAL_NULL) continue;
        Value v = obj_lookup_attr(I, f, key);
        if (v == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            continue;
        }
        int t = obj_truth(I, v);
        if (t < 0) return VAL_NULL;
        if (t) return I->true_;
    }
    return I->false_;
}

static Value prop_abstract(Interp *I, Value self) {
    PropertyObject *p = property_cast(self);
    if (p == NULL) return I->false_;
    Value fs[3] = {p->fget, p->fset, p->fdel};
    return any_abstract(I, fs, 3);
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, 0, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, 0, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, 0, "Method to set name of a property."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef property_getsets[] = {
    {"fget", prop_fget, NULL},
    {"fset", prop_fset, NULL},
    {"fdel", prop_fdel, NULL},
    {"__doc__", prop_doc, prop_set_doc},
    {"__isabstractmethod__", prop_abstract, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec property_spec = {
    .name = "property",
    .inst_kind = K_PROPERTY,
    .inst_size = sizeof(PropertyObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .new_ = property_new,
    .init = property_init,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .getsets = property_getsets,
    .doc = "Property attribute.",
};

/* ---- staticmethod and classmethod ---- */

Value descr_new_staticmethod(Interp *I, Value f) {
    StaticMethodObject *s =
        obj_alloc_kind(I, I->types[TY_STATICMETHOD], K_STATICMETHOD, sizeof(StaticMethodObject));
    if (s == NULL) return VAL_NULL;
    s->func = f;
    return obj_val(s);
}

Value descr_new_classmethod(Interp *I, Value f) {
    ClassMethodObject *c =
        obj_alloc_kind(I, I->types[TY_CLASSMETHOD], K_CLASSMETHOD, sizeof(ClassMethodObject));
    if (c == NULL) return VAL_NULL;
    c->func = f;
    return obj_val(c);
}

// The wrapped callable of a staticmethod/classmethod.
static Value wrapped_func(Value self) {
    StaticMethodObject *s = staticmethod_cast(self);
    if (s != NULL) return s->func;
    ClassMethodObject *c = classmethod_cast(self);
    return c != NULL ? c->func : VAL_NULL;
}

static void set_wrapped_func(Value self, Value f) {
    StaticMethodObject *s = staticmethod_cast(self);
    if (s != NULL) s->func = f;
    ClassMethodObject *c = classmethod_cast(self);
    if (c != NULL) c->func = f;
}

static Value wrapper_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    Obj *o = obj_alloc(I, t, t->inst_size);
    return o != NULL ? obj_val(o) : VAL_NULL;
}

// staticmethod(f) / classmethod(f): stores f and copies its metadata into the instance
// dict as CPython's functools_wraps does (f itself is __wrapped__, a slot as __func__).
static int wrapper_init(Interp *I, Value self, ValView args, Value kwnames, const char *name) {
    if (!args_count(I, args, kwnames, name, 1, 1)) return -1;
    Value f = vview_get(args, 0);
    set_wrapped_func(self, f);
    Value d = obj_instance_dict(I, self);
    if (d == VAL_NULL) return I->exc != VAL_NULL ? -1 : 0;
    static const NameId copied[] = {N___module__, N___name__, N___qualname__, N___doc__,
                                    N___annotations__};
    for (size_t i = 0; i < sizeof copied / sizeof copied[0]; i++) {
        Value v = obj_lookup_attr(I, f, interp_name(I, copied[i]));
        if (v == VAL_NULL) {
            if (I->exc != VAL_NULL) return -1;
            continue;
        }
        if (!dict_set(I, d, interp_name(I, copied[i]), v)) return -1;
    }
    return 0;
}

static int staticmethod_init(Interp *I, Value self, ValView args, Value kwnames) {
    return wrapper_init(I, self, args, kwnames, "staticmethod");
}

static int classmethod_init(Interp *I, Value self, ValView args, Value kwnames) {
    return wrapper_init(I, self, args, kwnames, "classmethod");
}

static Value staticmethod_get(Interp *I, Value self, Value obj, Value type) {
    (void)obj;
    (void)type;
    Value f = wrapped_func(self);
    if (f == VAL_NULL) return exc_raise(I, TY_RUNTIME_ERROR, "uninitialized staticmethod object");
    return f;
}

static Value staticmethod_call(Interp *I, Value self, ValView args, Value kwnames) {
    Value f = wrapped_func(self);
    if (f == VAL_NULL) return exc_raise(I, TY_RUNTIME_ERROR, "uninitialized staticmethod object");
    return obj_call(I, f, args, kwnames);
}

static Value classmethod_get(Interp *I, Value self, Value obj, Value type) {
    Value f = wrapped_func(self);
    if (f == VAL_NULL) return exc_raise(I, TY_RUNTIME_ERROR, "uninitialized classmethod object");
    if (type == VAL_NULL || type == I->none) type = obj_val(type_of(I, obj));
    Type *ft = type_of(I, f);
    if (ft->descr_get != NULL) return ft->descr_get(I, f, type, type);
    return method_new(I, f, type);
}

static Value sm_repr(Interp *I, Value self) {
    Value f = wrapped_func(self);
    return exc_format(I, "<%T(%R)>", self, f != VAL_NULL ? f : I->none);
}

static Value sm_func(Interp *I, Value self) {
    Value f = wrapped_func(self);
    return f != VAL_NULL ? f : I->none;
}

static Value sm_abstract(Interp *I, Value self) {
    Value f = wrapped_func(self);
    Value fs[1] = {f != VAL_NULL ? f : I->none};
    return any_abstract(I, fs, 1);
}

static const GetSetDef sm_getsets[] = {
    {"__func__", sm_func, NULL},
    {"__wrapped__", sm_func, NULL},
    {"__isabstractmethod__", sm_abstract, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec staticmethod_spec = {
    .name = "staticmethod",
    .inst_kind = K_STATICMETHOD,
    .inst_size = sizeof(StaticMethodObject),
    .tflags = TF_BASETYPE | TF_HAS_DICT,
    .base = TY_OBJECT,
    .repr = sm_repr,
    .call = staticmethod_call,
    .new_ = wrapper_new,
    .init = staticmethod_init,
    .descr_get = staticmethod_get,
    .getsets = sm_getsets,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
};

const TypeSpec classmethod_spec = {
    .name = "classmethod",
    .inst_kind = K_CLASSMETHOD,
    .inst_size = sizeof(ClassMethodObject),
    .tflags = TF_BASETYPE | TF_HAS_DICT,
    .base = TY_OBJECT,
    .repr = sm_repr,
    .new_ = wrapper_new,
    .init = classmethod_init,
    .descr_get = classmethod_get,
    .getsets = sm_getsets,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
};

/* ---- super ---- */

// The type whose MRO super(type, obj) searches, or NULL with TypeError.
static Type *super_check(Interp *I, Type *type, Value obj) {
    Type *ot = type_cast(obj);
    if (ot != NULL && type_is_subtype(ot, type)) return ot;
    Type *t = type_of(I, obj);
    if (type_is_subtype(t, type)) return t;
    Value cls = obj_lookup_attr(I, obj, interp_name(I, N___class__));
    if (cls == VAL_NULL && I->exc != VAL_NULL) return NULL;
    Type *ct = type_cast(cls);
    if (ct != NULL && ct != t && type_is_subtype(ct, type)) return ct;
    exc_raise(I, TY_TYPE_ERROR, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static Value super_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    SuperObject *s = obj_alloc(I, t, t->inst_size);
    return s != NULL ? obj_val(s) : VAL_NULL;
}

static int super_init(Interp *I, Value self, ValView args, Value kwnames) {
    SuperObject *s = super_cast(self);
    if (s == NULL) return -1;
    if (!args_no_kw(I, kwnames, "super")) return -1;
    if (args.n > 2) {
        exc_raise(I, TY_TYPE_ERROR, "super() expected at most 2 arguments, got %zu", args.n);
        return -1;
    }
    Value type = vview_get(args, 0), obj = vview_get(args, 1);
    if (args.n == 0) {
        if (!vm_super_args(I, &type, &obj)) return -1;
    }
    if (obj == I->none) obj = VAL_NULL;
    Type *t = type_cast(type);
    if (t == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "super() argument 1 must be a type, not %T", type);
        return -1;
    }
    Type *ot = NULL;
    if (obj != VAL_NULL) {
        ot = super_check(I, t, obj);
        if (ot == NULL) return -1;
    }
    s->type = t;
    s->obj = obj;
    s->obj_type = ot;
    return 0;
}

static Value super_getattro(Interp *I, Value self, Value name) {
    SuperObject *s = super_cast(self);
    if (s == NULL || s->obj_type == NULL || !str_check(name) ||
        str_eq_cstr(name, "__class__"))
        return obj_generic_getattr(I, self, name);
    Type *start = s->obj_type;
    ValView mro = tuple_view(start->mro);
    size_t i = 0;
    while (i < mro.n && vview_get(mro, i) != obj_val(s->type)) i++;
    for (i++; i < mro.n; i++) {
        Type *c = type_cast(vview_get(mro, i));
        if (c == NULL || c->h.dict == VAL_NULL) continue;
        Value r = dict_get(I, c->h.dict, name);
        if (r == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            continue;
        }
        DescrGetFn g = type_of(I, r)->descr_get;
        if (g == NULL) return r;
        Value obj = s->obj == obj_val(start) ? VAL_NULL : s->obj;
        return g(I, r, obj, obj_val(start));
    }
    return obj_generic_getattr(I, self, name);
}

static Value super_get(Interp *I, Value self, Value obj, Value type) {
    (void)type;
    SuperObject *s = super_cast(self);
    if (s == NULL || obj == VAL_NULL || obj == I->none || s->obj != VAL_NULL) return self;
    Value a[2] = {obj_val(s->type), obj};
    return obj_call(I, obj_val(type_of(I, self)), vview_make(a, 2), VAL_NULL);
}

static Value super_repr(Interp *I, Value self) {
    SuperObject *s = super_cast(self);
    if (s == NULL || s->type == NULL) return obj_default_repr(I, self);
    if (s->obj_type != NULL)
        return exc_format(I, "<super: <class %R>, <%U object>>", s->type->name, s->obj_type->name);
    return exc_format(I, "<super: <class %R>, NULL>", s->type->name);
}

static Value super_thisclass(Interp *I, Value self) {
    SuperObject *s = super_cast(self);
    return s != NULL && s->type != NULL ? obj_val(s->type) : I->none;
}
static Value super_self(Interp *I, Value self) {
    SuperObject *s = super_cast(self);
    return s != NULL && s->obj != VAL_NULL ? s->obj : I->none;
}
static Value super_self_class(Interp *I, Value self) {
    SuperObject *s = super_cast(self);
    return s != NULL && s->obj_type != NULL ? obj_val(s->obj_type) : I->none;
}

static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_thisclass, NULL},
    {"__self__", super_self, NULL},
    {"__self_class__", super_self_class, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec super_spec = {
    .name = "super",
    .inst_kind = K_SUPER,
    .inst_size = sizeof(SuperObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .repr = super_repr,
    .getattr = super_getattro,
    .new_ = super_new,
    .init = super_init,
    .descr_get = super_get,
    .getsets = super_getsets,
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
};

/* ---- member, getset and wrapper descriptors ---- */

static Value new_descr(Interp *I, TypeId id, Type *owner, Value name) {
    DescrObject *d = obj_alloc_kind(I, I->types[id], K_MEMBER, sizeof(DescrObject));
    if (d == NULL) return VAL_NULL;
    d->owner = owner;
    d->name = name;
    return obj_val(d);
}

Value descr_new_member(Interp *I, Type *owner, Value name, uint32_t index) {
    Value v = new_descr(I, TY_MEMBER, owner, name);
    DescrObject *d = descr_cast(v);
    if (d != NULL) d->arg = index;
    return v;
}

size_t descr_slot_count(const Type *t) {
    size_t n = 0;
    for (const Type *c = t; c != NULL; c = c->base)
        if ((c->tflags & TF_HEAP) != 0 && c->slotnames != VAL_NULL) n += tuple_len(c->slotnames);
    return n;
}

Value descr_new_getset(Interp *I, Type *owner, const GetSetDef *def) {
    Value name = str_intern_cstr(I, def->name);
    if (name == VAL_NULL) return VAL_NULL;
    Value v = new_descr(I, TY_GETSET, owner, name);
    DescrObject *d = descr_cast(v);
    if (d != NULL) d->getset = def;
    return v;
}

Value descr_new_wrapper(Interp *I, Type *owner, Value name, uint32_t wrap, uint32_t arg) {
    Value v = new_descr(I, TY_WRAPPER_DESCR, owner, name);
    DescrObject *d = descr_cast(v);
    if (d != NULL) {
        d->wrap = wrap;
        d->arg = arg;
    }
    return v;
}

static bool check_owner(Interp *I, DescrObject *d, Value obj) {
    if (obj_is_instance_of(I, obj, d->owner)) return true;
    exc_raise(I, TY_TYPE_ERROR, "descriptor '%U' for '%U' objects doesn't apply to a '%T' object",
              d->name, d->owner->name, obj);
    return false;
}

// A new slot store for an instance of [t] with room for entry [need] at least, holding
// the entries of [old] (a store or VAL_NULL).
static Value new_store(Interp *I, const Type *t, size_t need, Value old) {
    size_t n = descr_slot_count(t);
    if (n <= need) n = need + 1;
    Value s = tuple_new(I, n);
    if (s == VAL_NULL || old == VAL_NULL) return s;
    ValView ov = tuple_check(old) ? tuple_view(old) : vview_make(NULL, 0);
    for (size_t i = 0; s != VAL_NULL && i < ov.n && i < n; i++) tuple_init_item(s, i, vview_get(ov, i));
    return s;
}

// Where instance [o]'s slot store is kept: o->dict, or the slot_store of its __dict__
// (NULL on a corrupt __dict__).
static Value *store_field(Interp *I, Obj *o, bool create) {
    if (o->type == NULL || (o->type->tflags & TF_HAS_DICT) == 0) return &o->dict;
    if (o->dict == VAL_NULL) {
        if (!create) return NULL;
        o->dict = dict_new(I);
        if (o->dict == VAL_NULL) return NULL;
    }
    DictObject *dd = dict_cast(o->dict);
    return dd != NULL ? &dd->slot_store : NULL;
}

Value descr_slot_store(Interp *I, Value obj, bool create) {
    Obj *o = obj_ptr(obj);
    if (o == NULL) return VAL_NULL;
    Value *f = store_field(I, o, create);
    if (f == NULL) return VAL_NULL;
    if (*f == VAL_NULL && create) *f = new_store(I, o->type, 0, VAL_NULL);
    return *f;
}

Value descr_slot_store_new(Interp *I, Value obj, size_t n) {
    Obj *o = obj_ptr(obj);
    if (o == NULL) return VAL_NULL;
    Value *f = store_field(I, o, true);
    if (f == NULL) return VAL_NULL;
    if (*f == VAL_NULL) *f = tuple_new(I, n); // as new_store(I, o->type, 0, VAL_NULL)
    return *f;
}

static Value member_get(Interp *I, Value self, Value obj, Value type) {
    (void)type;
    DescrObject *d = descr_cast(self);
    if (d == NULL || obj == VAL_NULL) return self;
    if (!check_owner(I, d, obj)) return VAL_NULL;
    Value v = descr_slot_get(descr_slot_store(I, obj, false), d->arg);
    if (v == VAL_NULL && I->exc == VAL_NULL)
        return exc_raise(I, TY_ATTRIBUTE_ERROR, "'%T' object has no attribute '%U'", obj, d->name);
    return v;
}

static int member_set(Interp *I, Value self, Value obj, Value v) {
    DescrObject *d = descr_cast(self);
    if (d == NULL || !check_owner(I, d, obj)) return -1;
    if (v == VAL_NULL) {
        Value store = descr_slot_store(I, obj, false);
        if (descr_slot_get(store, d->arg) == VAL_NULL) {
            if (I->exc == VAL_NULL) exc_raise_arg(I, TY_ATTRIBUTE_ERROR, d->name);
            return -1;
        }
        return descr_slot_put(store, d->arg, VAL_NULL) ? 0 : -1;
    }
    Obj *o = obj_ptr(obj);
    Value *f = o != NULL ? store_field(I, o, true) : NULL;
    if (f == NULL) {
        if (I->exc == VAL_NULL) exc_raise(I, TY_SYSTEM_ERROR, "bad slot store");
        return -1;
    }
    if (descr_slot_put(*f, d->arg, v)) return 0;
    // no store yet, or one too short (the class's bases were reassigned): a bigger one
    Value s = new_store(I, o->type, d->arg, *f);
    if (s == VAL_NULL) return -1;
    *f = s;
    return descr_slot_put(s, d->arg, v) ? 0 : -1;
}

static Value member_repr(Interp *I, Value self) {
    DescrObject *d = descr_cast(self);
    if (d == NULL) return obj_default_repr(I, self);
    return exc_format(I, "<member %R of %R objects>", d->name, d->owner->name);
}

static Value getset_get(Interp *I, Value self, Value obj, Value type) {
    (void)type;
    DescrObject *d = descr_cast(self);
    if (d == NULL || obj == VAL_NULL) return self;
    if (!check_owner(I, d, obj)) return VAL_NULL;
    if (d->getset == NULL || d->getset->get == NULL)
        return exc_raise(I, TY_ATTRIBUTE_ERROR, "attribute '%U' of '%U' objects is not readable",
                         d->name, d->owner->name);
    return d->getset->get(I, obj);
}

static int getset_set(Interp *I, Value self, Value obj, Value v) {
    DescrObject *d = descr_cast(self);
    if (d == NULL || !check_owner(I, d, obj)) return -1;
    if (d->getset == NULL || d->getset->set == NULL) {
        exc_raise(I, TY_ATTRIBUTE_ERROR, "attribute '%U' of '%U' objects is not writable", d->name,
                  d->owner->name);
        return -1;
    }
    return d->getset->set(I, obj, v);
}

static Value getset_repr(Interp *I, Value self) {
    DescrObject *d = descr_cast(self);
    if (d == NULL) return obj_default_repr(I, self);
    return exc_format(I, "<attribute %R of %R objects>", d->name, d->owner->name);
}

static Value wrapper_get(Interp *I, Value self, Value obj, Value type) {
    (void)type;
    DescrObject *d = descr_cast(self);
    if (d == NULL || obj == VAL_NULL) return self;
    if (!check_owner(I, d, obj)) return VAL_NULL;
    return method_wrapper_new(I, self, obj);
}

static Value wrapper_repr(Interp *I, Value self) {
    DescrObject *d = descr_cast(self);
    if (d == NULL) return obj_default_repr(I, self);
    return exc_format(I, "<slot wrapper %R of %R objects>", d->name, d->owner->name);
}

static Value d_name(Interp *I, Value self) {
    DescrObject *d = descr_cast(self);
    return d != NULL ? d->name : I->none;
}

static Value d_qualname(Interp *I, Value self) {
    DescrObject *d = descr_cast(self);
    if (d == NULL) return I->none;
    return exc_format(I, "%U.%U", d->owner->qualname, d->name);
}

static Value d_objclass(Interp *I, Value self) {
    DescrObject *d = descr_cast(self);
    return d != NULL ? obj_val(d->owner) : I->none;
}

static Value d_doc(Interp *I, Value self) {
    (void)self;
    return I->none;
}

// (getattr, (owner, name)): how a descriptor of a builtin type pickles (str.upper...).
static Value reduce_to_getattr(Interp *I, Type *owner, Value name) {
    Value fn = obj_getattr_cstr(I, I->builtins_mod, "getattr");
    Value a = fn == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, obj_val(owner), name);
    return a == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, fn, a);
}

static Value d_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    DescrObject *d = descr_cast(self);
    if (d == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected a descriptor, got %T", self);
    return reduce_to_getattr(I, d->owner, d->name);
}

static const MethodDef descr_methods[] = {
    {"__reduce__", d_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef descr_getsets[] = {
    {"__name__", d_name, NULL},
    {"__qualname__", d_qualname, NULL},
    {"__objclass__", d_objclass, NULL},
    {"__doc__", d_doc, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec member_spec = {
    .name = "member_descriptor",
    .inst_kind = K_MEMBER,
    .inst_size = sizeof(DescrObject),
    .base = TY_OBJECT,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .methods = descr_methods,
    .getsets = descr_getsets,
};

const TypeSpec getset_spec = {
    .name = "getset_descriptor",
    .inst_kind = K_MEMBER,
    .inst_size = sizeof(DescrObject),
    .base = TY_OBJECT,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .getsets = descr_getsets,
};

const TypeSpec wrapper_descr_spec = {
    .name = "wrapper_descriptor",
    .inst_kind = K_MEMBER,
    .inst_size = sizeof(DescrObject),
    .base = TY_OBJECT,
    .repr = wrapper_repr,
    .call = type_wrapper_call,
    .descr_get = wrapper_get,
    .methods = descr_methods,
    .getsets = descr_getsets,
};

/* ---- method descriptors (CFuncObjects in a builtin type's dict) ---- */

Value descr_bind_cfunc(Interp *I, Value m, Value obj) {
    CFuncObject *src = cfunc_cast(m);
    if (src == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "bad method descriptor");
    CFuncObject *b =
        obj_alloc_kind(I, I->types[TY_BUILTIN_FUNCTION], K_CFUNC, sizeof(CFuncObject));
    if (b == NULL) return VAL_NULL;
    *b = *src;
    b->h.type = I->types[TY_BUILTIN_FUNCTION];
    b->h.dict = VAL_NULL;
    b->self = obj;
    return obj_val(b);
}

static Value mdescr_get(Interp *I, Value self, Value obj, Value type) {
    CFuncObject *m = cfunc_cast(self);
    if (m == NULL) return self;
    Type *owner = m->owner != NULL ? m->owner : I->types[TY_OBJECT];
    if ((m->mflags & METH_CLASS) != 0) {
        if (type == VAL_NULL || type == I->none) {
            if (obj == VAL_NULL) return self;
            type = obj_val(type_of(I, obj));
        }
        Type *t = type_cast(type);
        if (t == NULL)
            return exc_raise(I, TY_TYPE_ERROR, "descriptor '%U' for type '%U' needs a type, not a '%T' as arg 2",
                             m->name, owner->name, type);
        if (!type_is_subtype(t, owner))
            return exc_raise(I, TY_TYPE_ERROR, "descriptor '%U' requires a subtype of '%U' but received '%U'",
                             m->name, owner->name, t->name);
        return descr_bind_cfunc(I, self, type);
    }
    if (obj == VAL_NULL || ((m->mflags & METH_STATIC) != 0)) return self;
    if (!obj_is_instance_of(I, obj, owner))
        return exc_raise(I, TY_TYPE_ERROR, "descriptor '%U' for '%U' objects doesn't apply to a '%T' object",
                         m->name, owner->name, obj);
    return descr_bind_cfunc(I, self, obj);
}

static Value mdescr_call(Interp *I, Value self, ValView args, Value kwnames) {
    CFuncObject *m = cfunc_cast(self);
    if (m == NULL || m->fn == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "bad method descriptor");
    Type *owner = m->owner != NULL ? m->owner : I->types[TY_OBJECT];
    if ((m->mflags & METH_STATIC) != 0) return m->fn(I, VAL_NULL, args, kwnames);
    size_t nkw = args_nkw(kwnames);
    if (args.n - nkw == 0) {
        if ((m->mflags & METH_CLASS) != 0)
            return exc_raise(I, TY_TYPE_ERROR, "descriptor '%U' of '%U' object needs an argument",
                             m->name, owner->name);
        return exc_raise(I, TY_TYPE_ERROR, "unbound method %U.%U() needs an argument",
                         owner->qualname, m->name);
    }
    Value first = vview_get(args, 0);
    if ((m->mflags & METH_CLASS) != 0) {
        Type *t = type_cast(first);
        if (t == NULL)
            return exc_raise(I, TY_TYPE_ERROR, "descriptor '%U' for type '%U' needs a type, not a '%T' as arg 2",
                             m->name, owner->name, first);
        if (!type_is_subtype(t, owner))
            return exc_raise(I, TY_TYPE_ERROR, "descriptor '%U' requires a subtype of '%U' but received '%U'",
                             m->name, owner->name, t->name);
    } else if (!obj_is_instance_of(I, first, owner)) {
        return exc_raise(I, TY_TYPE_ERROR, "descriptor '%U' for '%U' objects doesn't apply to a '%T' object",
                         m->name, owner->name, first);
    }
    return m->fn(I, first, vview_slice(args, 1, args.n), kwnames);
}

static Value mdescr_repr(Interp *I, Value self) {
    CFuncObject *m = cfunc_cast(self);
    if (m == NULL) return obj_default_repr(I, self);
    Type *owner = m->owner != NULL ? m->owner : I->types[TY_OBJECT];
    return exc_format(I, "<method %R of %R objects>", m->name, owner->name);
}

static Value md_name(Interp *I, Value self) {
    CFuncObject *m = cfunc_cast(self);
    return m != NULL && m->name != VAL_NULL ? m->name : I->none;
}

static Value md_qualname(Interp *I, Value self) {
    CFuncObject *m = cfunc_cast(self);
    if (m == NULL || m->name == VAL_NULL) return I->none;
    Type *owner = m->owner != NULL ? m->owner : I->types[TY_OBJECT];
    return exc_format(I, "%U.%U", owner->qualname, m->name);
}

static Value md_objclass(Interp *I, Value self) {
    CFuncObject *m = cfunc_cast(self);
    return m != NULL && m->owner != NULL ? obj_val(m->owner) : I->none;
}

static Value md_doc(Interp *I, Value self) {
    CFuncObject *m = cfunc_cast(self);
    if (m == NULL || m->doc == NULL) return I->none;
    return str_from_cstr(I, m->doc);
}

static Value md_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    CFuncObject *m = cfunc_cast(self);
    if (m == NULL || m->name == VAL_NULL)
        return exc_raise(I, TY_TYPE_ERROR, "expected a method descriptor, got %T", self);
    return reduce_to_getattr(I, m->owner != NULL ? m->owner : I->types[TY_OBJECT], m->name);
}

static const MethodDef mdescr_methods[] = {
    {"__reduce__", md_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef mdescr_getsets[] = {
    {"__name__", md_name, NULL},
    {"__qualname__", md_qualname, NULL},
    {"__objclass__", md_objclass, NULL},
    {"__doc__", md_doc, NULL},
    {"__text_signature__", cfunc_text_signature, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec method_descr_spec = {
    .name = "method_descriptor",
    .inst_kind = K_CFUNC,
    .inst_size = sizeof(CFuncObject),
    .base = TY_OBJECT,
    .repr = mdescr_repr,
    .call = mdescr_call,
    .descr_get = mdescr_get,
    .methods = mdescr_methods,
    .getsets = mdescr_getsets,
};

// Builtin classmethods (dict.fromkeys, int.from_bytes, object.__init_subclass__) are
// method descriptors with METH_CLASS; CPython gives them their own type. It has no TypeId
// (the same slots as method_descriptor, only the name differs): made once, on first use,
// and kept in I->scratch.
static const TypeSpec classmethod_descr_spec = {
    .name = "classmethod_descriptor",
    .inst_kind = K_CFUNC,
    .inst_size = sizeof(CFuncObject),
    .base = TY_OBJECT,
    .repr = mdescr_repr,
    .call = mdescr_call,
    .descr_get = mdescr_get,
    .getsets = mdescr_getsets,
};

Type *descr_classmethod_type(Interp *I) { return type_from_spec_once(I, &classmethod_descr_spec); }
