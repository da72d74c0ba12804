/*
 * module.c: module objects. The namespace is the module's h.dict; attribute lookup falls
 * back to a module-level __getattr__ (PEP 562) and then raises CPython 3.11's "module
 * 'x' has no attribute 'y'".
 *
 * Invariant: a module always has a namespace dict (created by module_new or __new__).
 */
#include "module.h"

#include "args.h"
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "int.h"
#include "float.h"
#include "type.h"
#include "../vm/func.h"

#define MODULE_BUILTIN 1u /* made by module_new: reprs as "(built-in)" without __file__ */
#define MODULE_FROZEN 2u  /* frozen Python source: reprs as "(frozen)" without __file__ */

static bool init_namespace(Interp *I, Value d, Value name, Value doc) {
    return dict_set(I, d, interp_name(I, N___name__), name) &&
           dict_set(I, d, interp_name(I, N___doc__), doc) &&
           dict_set(I, d, interp_name(I, N___package__), I->none) &&
           dict_set(I, d, interp_name(I, N___loader__), I->none) &&
           dict_set(I, d, interp_name(I, N___spec__), I->none);
}

Value module_new(Interp *I, Value name) {
    ModuleObject *m = obj_alloc(I, I->types[TY_MODULE], sizeof(ModuleObject));
    if (m == NULL) return VAL_NULL;
    m->name = name;
    m->h.flags |= MODULE_BUILTIN;
    m->h.dict = dict_new(I);
    if (m->h.dict == VAL_NULL) return VAL_NULL;
    if (!init_namespace(I, m->h.dict, name, I->none)) return VAL_NULL;
    return obj_val(m);
}

void module_mark_frozen(Value m) {
    Obj *o = obj_ptr(m);
    if (o != NULL && val_kind(m) == K_MODULE) o->flags |= MODULE_FROZEN;
}

Value module_dict(Value m) {
    Obj *o = obj_ptr(m);
    return o != NULL ? o->dict : VAL_NULL;
}

bool module_add_functions(Interp *I, Value m, const MethodDef *defs) {
    Value d = module_dict(m);
    if (d == VAL_NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "module has no namespace");
        return false;
    }
    Value modname = dict_get(I, d, interp_name(I, N___name__));
    if (modname == VAL_NULL && I->exc != VAL_NULL) return false;
    for (size_t i = 0; defs != NULL; i++) {
        const MethodDef *def = methoddef_at(defs, i);
        if (def->name == NULL) break;
        Value f = cfunc_new(I, def->name, def->fn, m);
        if (f == VAL_NULL) return false;
        CFuncObject *cf = cfunc_cast(f);
        if (cf != NULL) {
            cf->doc = def->doc;
            cf->mflags = def->flags;
            if (modname != VAL_NULL) cf->module = modname;
        }
        // the function holds its interned name: the key without a second interning
        if (cf != NULL && cf->name != VAL_NULL ? !dict_set(I, d, cf->name, f)
                                               : !dict_set_cstr(I, d, def->name, f))
            return false;
    }
    return true;
}

bool module_add_value(Interp *I, Value m, const char *name, Value v) {
    Value d = module_dict(m);
    if (d == VAL_NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "module has no namespace");
        return false;
    }
    return v != VAL_NULL && dict_set_cstr(I, d, name, v);
}

bool module_add_int(Interp *I, Value m, const char *name, int64_t v) {
    return module_add_value(I, m, name, int_from_i64(I, v));
}

bool module_add_float(Interp *I, Value m, const char *name, double v) {
    return module_add_value(I, m, name, float_new(I, v));
}

bool module_add_str(Interp *I, Value m, const char *name, const char *v) {
    return module_add_value(I, m, name, str_from_cstr(I, v));
}

Type *module_add_type(Interp *I, Value m, const TypeSpec *spec, Type *base) {
    Type *t = type_from_spec(I, spec, base);
    if (t == NULL) return NULL;
    Value d = module_dict(m);
    if (d == VAL_NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "module has no namespace");
        return NULL;
    }
    return dict_set(I, d, t->name, obj_val(t)) ? t : NULL;
}

// The module's name for messages: __name__ from the namespace, else the stored name.
static Value name_of(Interp *I, Value self) {
    Value d = module_dict(self);
    if (d != VAL_NULL) {
        Value n = dict_get(I, d, interp_name(I, N___name__));
        if (n != VAL_NULL && str_check(n)) return n;
        I->exc = VAL_NULL;
    }
    ModuleObject *m = module_cast(self);
    return m != NULL && m->name != VAL_NULL ? m->name : VAL_NULL;
}

// True when module [name]'s body is still running (import.c lists such modules in the
// scratch dict "import.initializing"); CPython's message then names a circular import.
static bool initializing(Interp *I, Value name) {
    Value d = I->scratch != VAL_NULL ? dict_get_cstr(I, I->scratch, "import.initializing") : VAL_NULL;
    Value v = d != VAL_NULL && dict_check(d) ? dict_get(I, d, name) : VAL_NULL;
    I->exc = VAL_NULL;
    return v != VAL_NULL;
}

static Value module_getattro(Interp *I, Value self, Value name) {
    Value r = obj_generic_getattr_ex(I, self, name, true);
    if (r != VAL_NULL || I->exc != VAL_NULL) return r;
    Value d = module_dict(self);
    if (d != VAL_NULL && str_eq_cstr(name, "__annotations__")) {
        // as CPython 3.11's module getset: a module without annotations gets an empty
        // dict, stored in its namespace (before any module __getattr__)
        Value ann = dict_new(I);
        if (ann == VAL_NULL || !dict_set(I, d, name, ann)) return VAL_NULL;
        return ann;
    }
    if (d != VAL_NULL) {
        Value ga = dict_get(I, d, interp_name(I, N___getattr__));
        if (ga != VAL_NULL) return obj_call1(I, ga, name);
        if (I->exc != VAL_NULL) return VAL_NULL;
    }
    Value mn = name_of(I, self);
    if (mn != VAL_NULL && initializing(I, mn))
        r = exc_raise(I, TY_ATTRIBUTE_ERROR,
                      "partially initialized module '%U' has no attribute '%U' (most likely due "
                      "to a circular import)", mn, name);
    else if (mn != VAL_NULL)
        r = exc_raise(I, TY_ATTRIBUTE_ERROR, "module '%U' has no attribute '%U'", mn, name);
    else
        r = exc_raise(I, TY_ATTRIBUTE_ERROR, "module has no attribute '%U'", name);
    if (exc_pending_is(I, TY_ATTRIBUTE_ERROR)) {
        Value e = I->exc;
        if (obj_setattr_cstr(I, e, "name", name) < 0 || obj_setattr_cstr(I, e, "obj", self) < 0)
            return VAL_NULL;
        I->exc = e;
    }
    return r;
}

static Value module_repr(Interp *I, Value self) {
    Value name = name_of(I, self);
    if (name == VAL_NULL) name = str_intern_cstr(I, "?");
    if (name == VAL_NULL) return VAL_NULL;
    Value d = module_dict(self);
    Value file = d != VAL_NULL ? dict_get(I, d, interp_name(I, N___file__)) : VAL_NULL;
    if (file == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    if (file != VAL_NULL && str_check(file))
        return exc_format(I, "<module %R from %R>", name, file);
    if (file == I->none && dict_get(I, d, interp_name(I, N___path__)) != VAL_NULL)
        return exc_format(I, "<module %R (namespace)>", name);  // PEP 420 package
    if (I->exc != VAL_NULL) return VAL_NULL;
    Obj *o = obj_ptr(self);
    if (o != NULL && (o->flags & MODULE_FROZEN) != 0)
        return exc_format(I, "<module %R (frozen)>", name);
    if (o != NULL && (o->flags & MODULE_BUILTIN) != 0)
        return exc_format(I, "<module %R (built-in)>", name);
    return exc_format(I, "<module %R>", name);
}

static Value module_tp_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    ModuleObject *m = obj_alloc(I, t, t->inst_size);
    if (m == NULL) return VAL_NULL;
    m->h.dict = dict_new(I);
    if (m->h.dict == VAL_NULL) return VAL_NULL;
    return obj_val(m);
}

static int module_init(Interp *I, Value self, ValView args, Value kwnames) {
    Value name, doc;
    if (!args_parse(I, args, kwnames, "module", "name | doc", &name, &doc)) return -1;
    if (!str_check(name)) {
        exc_raise(I, TY_TYPE_ERROR, "module() argument 'name' must be str, not %T", name);
        return -1;
    }
    ModuleObject *m = module_cast(self);
    if (m != NULL) m->name = name;
    Value d = module_dict(self);
    if (d == VAL_NULL) return -1;
    return init_namespace(I, d, name, doc != VAL_NULL ? doc : I->none) ? 0 : -1;
}

static Value module_dir(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__dir__", 0, 0)) return VAL_NULL;
    // As CPython, the namespace is the __dict__ attribute (a subclass may override it).
    Value d = obj_getattr(I, self, interp_name(I, N___dict__));
    if (d == VAL_NULL) return VAL_NULL;
    if (!dict_check(d)) return exc_raise(I, TY_TYPE_ERROR, "<module>.__dict__ is not a dictionary");
    Value f = dict_get(I, d, interp_name(I, N___dir__));
    if (f != VAL_NULL) return obj_call0(I, f);
    if (I->exc != VAL_NULL) return VAL_NULL;
    Value l = list_new(I, dict_len(d));
    if (l == VAL_NULL) return VAL_NULL;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (!list_append(I, l, k)) return VAL_NULL;
    return l;
}

static const MethodDef module_methods[] = {
    {"__dir__", module_dir, 0, "__dir__() -> list\nspecialized dir() implementation"},
    {NULL, NULL, 0, NULL},
};

const TypeSpec module_spec = {
    .name = "module",
    .inst_kind = K_MODULE,
    .inst_size = sizeof(ModuleObject),
    .tflags = TF_BASETYPE | TF_HAS_DICT,
    .base = TY_OBJECT,
    .repr = module_repr,
    .getattr = module_getattro,
    .new_ = module_tp_new,
    .init = module_init,
    .methods = module_methods,
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument "
           "can have any type.",
};
