/*
 * func.c: function, builtin_function_or_method, method_descriptor, method, cell and code
 * types.
 *
 * Invariant: a FuncObject's code is a verified CodeObject (func_new and the __code__
 * setter verify) or a deferred one (code.h: a frozen module's function, shape checked,
 * verified by whatever first runs it: every frame entry tests co->verified), and its closure is VAL_NULL or a tuple of exactly nfrees cells,
 * which the eval loop relies on when it pushes a frame for the function.
 */
#include "func.h"

#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "code.h"
#include "eval.h"
#include "eval_call.h"
#include "textsig.h"

// "0x7f..." for an object's address (reprs).
typedef struct AddrText {
    char s[2 + 2 * sizeof(Value) + 1];
} AddrText;

static AddrText addr_text(Value v) {
    static const char hex[] = "0123456789abcdef";
    char tmp[2 * sizeof(Value)];
    size_t n = 0;
    uintptr_t x = (uintptr_t)v;
    do {
        tmp[n++] = hex[x & 15u];
        x >>= 4;
    } while (x != 0 && n < sizeof tmp);
    AddrText t;
    t.s[0] = '0';
    t.s[1] = 'x';
    size_t k = 2;
    while (n > 0) t.s[k++] = tmp[--n];
    t.s[k] = 0;
    return t;
}

static bool id_hash(Interp *I, Value self, int64_t *out) {
    (void)I;
    uintptr_t x = (uintptr_t)self;
    *out = (int64_t)((x >> 4) | (x << (8 * sizeof(uintptr_t) - 4)));
    if (*out == -1) *out = -2;
    return true;
}

// ---- functions ----

Value func_new(Interp *I, Value code, Value globals, Value qualname) {
    CodeObject *co = code_cast(code);
    if (co == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected a code object, not %T", code);
    if (!co->verified && !co->deferred && !code_verify(I, co)) return VAL_NULL;
    if (!dict_check(globals))
        return exc_raise(I, TY_TYPE_ERROR, "function() argument 'globals' must be dict, not %T",
                         globals);
    FuncObject *fn = obj_alloc(I, interp_type(I, TY_FUNCTION), sizeof(FuncObject));
    if (fn == NULL) return VAL_NULL;
    fn->code = code;
    fn->globals = globals;
    fn->name = co->name;
    fn->qualname = str_check(qualname) ? qualname : co->qualname;
    Value mod = dict_get(I, globals, interp_name(I, N___name__));
    if (mod == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    fn->module = mod != VAL_NULL ? mod : I->none;
    Value doc = tuple_get(co->consts, 0);
    fn->doc = (doc != VAL_NULL && str_check(doc)) ? doc : I->none;
    fn->defaults = VAL_NULL;
    fn->kwdefaults = VAL_NULL;
    fn->closure = VAL_NULL;
    fn->annotations = VAL_NULL;
    return obj_val(fn);
}

static Value func_repr(Interp *I, Value self) {
    FuncObject *fn = func_cast(self);
    if (fn == NULL) return str_from_cstr(I, "<function>");
    AddrText a = addr_text(self);
    return str_from_format(I, "<function %U at %s>", fn->qualname, a.s);
}

static Value func_descr_get(Interp *I, Value descr, Value obj, Value type) {
    (void)type;
    if (obj == VAL_NULL || obj == I->none) return descr;
    return method_new(I, descr, obj);
}

static Value func_tp_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)t;
    Value code, globals, name = VAL_NULL, argdefs = VAL_NULL, closure = VAL_NULL;
    if (!args_parse(I, args, kwnames, "function", "code globals | name argdefs closure", &code,
                    &globals, &name, &argdefs, &closure))
        return VAL_NULL;
    CodeObject *co = code_cast(code);
    if (co == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "function() argument 'code' must be code, not %T", code);
    if (name != VAL_NULL && name != I->none && !str_check(name))
        return exc_raise(I, TY_TYPE_ERROR, "arg 3 (name) must be None or string");
    if (argdefs != VAL_NULL && argdefs != I->none && !tuple_check(argdefs))
        return exc_raise(I, TY_TYPE_ERROR, "arg 4 (defaults) must be None or tuple");
    if (closure != VAL_NULL && closure != I->none && !tuple_check(closure))
        return exc_raise(I, TY_TYPE_ERROR, "arg 5 (closure) must be None or tuple");
    if (!eval_call_check_closure(I, co, closure)) return VAL_NULL;
    Value fv = func_new(I, code, globals, VAL_NULL);
    FuncObject *fn = func_cast(fv);
    if (fn == NULL) return VAL_NULL;
    if (name != VAL_NULL && name != I->none) fn->name = name;
    if (argdefs != VAL_NULL && argdefs != I->none) fn->defaults = argdefs;
    if (closure != VAL_NULL && closure != I->none) fn->closure = closure;
    return fv;
}

#define FUNC_SELF(fn, self, err)                                                          \
    FuncObject *fn = func_cast(self);                                                     \
    if (fn == NULL) return err

static Value fget_name(Interp *I, Value self) {
    FUNC_SELF(fn, self, I->none);
    return fn->name;
}
static int fset_name(Interp *I, Value self, Value v) {
    FUNC_SELF(fn, self, -1);
    if (v == VAL_NULL || !str_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "__name__ must be set to a string object");
        return -1;
    }
    fn->name = v;
    return 0;
}
static Value fget_qualname(Interp *I, Value self) {
    FUNC_SELF(fn, self, I->none);
    return fn->qualname;
}
static int fset_qualname(Interp *I, Value self, Value v) {
    FUNC_SELF(fn, self, -1);
    if (v == VAL_NULL || !str_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "__qualname__ must be set to a string object");
        return -1;
    }
    fn->qualname = v;
    return 0;
}
static Value fget_module(Interp *I, Value self) {
    FUNC_SELF(fn, self, I->none);
    return fn->module != VAL_NULL ? fn->module : I->none;
}
static int fset_module(Interp *I, Value self, Value v) {
    FUNC_SELF(fn, self, -1);
    fn->module = v != VAL_NULL ? v : I->none;
    return 0;
}
static Value fget_doc(Interp *I, Value self) {
    FUNC_SELF(fn, self, I->none);
    return fn->doc != VAL_NULL ? fn->doc : I->none;
}
static int fset_doc(Interp *I, Value self, Value v) {
    FUNC_SELF(fn, self, -1);
    fn->doc = v != VAL_NULL ? v : I->none;
    return 0;
}
static Value fget_defaults(Interp *I, Value self) {
    FUNC_SELF(fn, self, I->none);
    return fn->defaults != VAL_NULL ? fn->defaults : I->none;
}
static int fset_defaults(Interp *I, Value self, Value v) {
    FUNC_SELF(fn, self, -1);
    if (v == VAL_NULL || v == I->none) {
        fn->defaults = VAL_NULL;
        return 0;
    }
    if (!tuple_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "__defaults__ must be set to a tuple object");
        return -1;
    }
    fn->defaults = v;
    return 0;
}
static Value fget_kwdefaults(Interp *I, Value self) {
    FUNC_SELF(fn, self, I->none);
    return fn->kwdefaults != VAL_NULL ? fn->kwdefaults : I->none;
}
static int fset_kwdefaults(Interp *I, Value self, Value v) {
    FUNC_SELF(fn, self, -1);
    if (v == VAL_NULL || v == I->none) {
        fn->kwdefaults = VAL_NULL;
        return 0;
    }
    if (!dict_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    fn->kwdefaults = v;
    return 0;
}
static Value fget_code(Interp *I, Value self) {
    FUNC_SELF(fn, self, I->none);
    return fn->code;
}
static int fset_code(Interp *I, Value self, Value v) {
    FUNC_SELF(fn, self, -1);
    CodeObject *co = code_cast(v);
    if (co == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "__code__ must be set to a code object");
        return -1;
    }
    if (!co->verified && !code_verify(I, co)) return -1;
    size_t nclosure = fn->closure != VAL_NULL ? tuple_len(fn->closure) : 0;
    if (nclosure != co->nfrees) {
        exc_raise(I, TY_VALUE_ERROR, "%U() requires a code object with %zu free vars, not %zu",
                  fn->name, nclosure, (size_t)co->nfrees);
        return -1;
    }
    fn->code = v;
    return 0;
}
static Value fget_globals(Interp *I, Value self) {
    FUNC_SELF(fn, self, I->none);
    return fn->globals;
}
static Value fget_closure(Interp *I, Value self) {
    FUNC_SELF(fn, self, I->none);
    return fn->closure != VAL_NULL ? fn->closure : I->none;
}
static Value fget_annotations(Interp *I, Value self) {
    FUNC_SELF(fn, self, VAL_NULL);
    if (fn->annotations == VAL_NULL) {
        Value d = dict_new(I);
        if (d == VAL_NULL) return VAL_NULL;
        fn->annotations = d;
    }
    return fn->annotations;
}
static int fset_annotations(Interp *I, Value self, Value v) {
    FUNC_SELF(fn, self, -1);
    if (v == VAL_NULL || v == I->none) {
        fn->annotations = VAL_NULL;
        return 0;
    }
    if (!dict_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "__annotations__ must be set to a dict object");
        return -1;
    }
    fn->annotations = v;
    return 0;
}
static Value fget_dict(Interp *I, Value self) {
    FUNC_SELF(fn, self, VAL_NULL);
    if (fn->h.dict == VAL_NULL) {
        Value d = dict_new(I);
        if (d == VAL_NULL) return VAL_NULL;
        fn->h.dict = d;
    }
    return fn->h.dict;
}
static int fset_dict(Interp *I, Value self, Value v) {
    FUNC_SELF(fn, self, -1);
    if (v == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "cannot delete __dict__");
        return -1;
    }
    if (!dict_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    fn->h.dict = v;
    return 0;
}
static Value fget_builtins(Interp *I, Value self) {
    FUNC_SELF(fn, self, I->none);
    Value b = dict_get(I, fn->globals, interp_name(I, N___builtins__));
    if (b == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : I->builtins;
    if (val_kind(b) == K_MODULE) return module_dict(b);
    return b;
}

static const GetSetDef func_getsets[] = {
    {"__name__", fget_name, fset_name},
    {"__qualname__", fget_qualname, fset_qualname},
    {"__module__", fget_module, fset_module},
    {"__doc__", fget_doc, fset_doc},
    {"__defaults__", fget_defaults, fset_defaults},
    {"__kwdefaults__", fget_kwdefaults, fset_kwdefaults},
    {"__code__", fget_code, fset_code},
    {"__globals__", fget_globals, NULL},
    {"__closure__", fget_closure, NULL},
    {"__annotations__", fget_annotations, fset_annotations},
    {"__dict__", fget_dict, fset_dict},
    {"__builtins__", fget_builtins, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec function_spec = {
    .name = "function",
    .inst_kind = K_FUNC,
    .inst_size = sizeof(FuncObject),
    .tflags = TF_HAS_DICT,
    .base = TY_OBJECT,
    .repr = func_repr,
    .hash = id_hash,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .call = vm_call_function,
    .descr_get = func_descr_get,
    .new_ = func_tp_new,
    .getsets = func_getsets,
};

// ---- builtin functions and method descriptors ----

static CFuncObject *new_cfunc(Interp *I, TypeId t, Value name, CFunc fn, Value self) {
    CFuncObject *cf = obj_alloc(I, interp_type(I, t), sizeof(CFuncObject));
    if (cf == NULL) return NULL;
    cf->fn = fn;
    cf->self = self;
    cf->name = name;
    cf->qualname = VAL_NULL;
    cf->module = VAL_NULL;
    cf->doc = NULL;
    cf->mflags = 0;
    cf->owner = NULL;
    return cf;
}

Value cfunc_new(Interp *I, const char *name, CFunc fn, Value self) {
    Value n = str_intern_cstr(I, name);
    if (n == VAL_NULL) return VAL_NULL;
    CFuncObject *cf = new_cfunc(I, TY_BUILTIN_FUNCTION, n, fn, self);
    return cf != NULL ? obj_val(cf) : VAL_NULL;
}

Value cfunc_new_method(Interp *I, Type *owner, const MethodDef *def) {
    Value n = str_intern_cstr(I, def->name);
    if (n == VAL_NULL) return VAL_NULL;
    TypeId t = (def->flags & METH_STATIC) ? TY_BUILTIN_FUNCTION : TY_METHOD_DESCR;
    CFuncObject *cf = new_cfunc(I, t, n, def->fn, VAL_NULL);
    if (cf == NULL) return VAL_NULL;
    cf->owner = owner;
    cf->mflags = def->flags;
    cf->doc = def->doc;
    // A builtin type's name never changes: its methods' "Type.name" is made on first use
    // (cfunc_qualname), as filling a namespace makes dozens of them. A class's may be
    // reassigned, so its methods keep the name it had when they were made.
    if (owner != NULL && (owner->tflags & TF_HEAP) != 0) {
        cf->qualname = str_from_format(I, "%U.%U", owner->name, n);
        if (cf->qualname == VAL_NULL) return VAL_NULL;
    }
    return obj_val(cf);
}

// The qualified name of builtin function [cf] not bound to an object: "Owner.name" for a
// method (made on first use and kept, see cfunc_new_method), else its name.
static Value cfunc_qualname(Interp *I, CFuncObject *cf) {
    if (cf->qualname != VAL_NULL) return cf->qualname;
    if (cf->owner == NULL) return cf->name;
    Value q = str_from_format(I, "%U.%U", cf->owner->name, cf->name);
    if (q != VAL_NULL) cf->qualname = q;
    return q;
}

static bool check_descr_self(Interp *I, CFuncObject *cf, Value self) {
    if (cf->owner == NULL || obj_is_instance_of(I, self, cf->owner)) return true;
    exc_raise(I, TY_TYPE_ERROR, "descriptor '%U' for '%N' objects doesn't apply to a '%T' object",
              cf->name, cf->owner, self);
    return false;
}

static Value cfunc_call(Interp *I, Value self, ValView args, Value kwnames) {
    CFuncObject *cf = cfunc_cast(self);
    if (cf == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad builtin function");
    Type *t = obj_ptr(self)->type;
    if (t == interp_type(I, TY_METHOD_DESCR) && cf->self == VAL_NULL) {
        size_t nkw = kwnames != VAL_NULL ? tuple_len(kwnames) : 0;
        if (args.n <= nkw) {
            if (cf->owner != NULL) {
                Value q = cfunc_qualname(I, cf);
                if (q == VAL_NULL) return VAL_NULL;
                return exc_raise(I, TY_TYPE_ERROR, "unbound method %U() needs an argument", q);
            }
            return exc_raise(I, TY_TYPE_ERROR, "descriptor '%U' needs an argument", cf->name);
        }
        Value first = vview_get(args, 0);
        if (cf->mflags & METH_CLASS) {
            Type *ft = type_cast(first);
            if (ft == NULL || (cf->owner != NULL && !type_is_subtype(ft, cf->owner)))
                return exc_raise(I, TY_TYPE_ERROR,
                                 "descriptor '%U' for type '%N' needs a type, not a '%T' as arg 2",
                                 cf->name, cf->owner, first);
        } else if (!check_descr_self(I, cf, first)) {
            return VAL_NULL;
        }
        return cf->fn(I, first, vview_slice(args, 1, args.n), kwnames);
    }
    return cf->fn(I, cf->self, args, kwnames);
}

static Value cfunc_repr(Interp *I, Value self) {
    CFuncObject *cf = cfunc_cast(self);
    if (cf == NULL) return str_from_cstr(I, "<built-in function>");
    if (obj_ptr(self)->type == interp_type(I, TY_METHOD_DESCR) && cf->owner != NULL)
        return str_from_format(I, "<method '%U' of '%N' objects>", cf->name, cf->owner);
    if (cf->self == VAL_NULL && cf->owner != NULL && (cf->mflags & METH_STATIC) != 0) {
        AddrText a = addr_text(obj_val(cf->owner));
        return str_from_format(I, "<built-in method %U of type object at %s>", cf->name, a.s);
    }
    if (cf->self == VAL_NULL || val_kind(cf->self) == K_MODULE)
        return str_from_format(I, "<built-in function %U>", cf->name);
    AddrText a = addr_text(cf->self);
    return str_from_format(I, "<built-in method %U of %s object at %s>", cf->name,
                           obj_type_name(I, cf->self), a.s);
}

static Value cfunc_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    CFuncObject *x = cfunc_cast(a), *y = cfunc_cast(b);
    if ((op != CMP_EQ && op != CMP_NE) || x == NULL || y == NULL) return I->notimpl;
    bool eq = x->fn == y->fn && x->self == y->self && obj_ptr(a)->type == obj_ptr(b)->type;
    return interp_bool(I, eq == (op == CMP_EQ));
}

static bool cfunc_hash(Interp *I, Value self, int64_t *out) {
    CFuncObject *cf = cfunc_cast(self);
    if (cf == NULL) return id_hash(I, self, out);
    int64_t h1 = 0, h2 = 0;
    if (cf->self != VAL_NULL && !id_hash(I, cf->self, &h1)) return false;
    if (!id_hash(I, cf->name, &h2)) return false;
    *out = h1 ^ h2;
    if (*out == -1) *out = -2;
    return true;
}

#define CFUNC_SELF(cf, self)                                                              \
    CFuncObject *cf = cfunc_cast(self);                                                   \
    if (cf == NULL) return I->none

static Value cget_name(Interp *I, Value self) {
    CFUNC_SELF(cf, self);
    return cf->name;
}
// As CPython: a builtin bound to an object is named after the type it was looked up on
// (the object itself when it is a type: int.__new__, B.from_bytes; else its type:
// B(1).to_bytes is "B.to_bytes"); an unbound one keeps its owner's name, if any.
static Value cget_qualname(Interp *I, Value self) {
    CFUNC_SELF(cf, self);
    if (cf->self == VAL_NULL || val_kind(cf->self) == K_MODULE) return cfunc_qualname(I, cf);
    Type *t = type_cast(cf->self);
    if (t == NULL) t = type_of(I, cf->self);
    return str_from_format(I, "%U.%U", t->qualname, cf->name);
}
static Value cget_module(Interp *I, Value self) {
    CFUNC_SELF(cf, self);
    if (cf->module != VAL_NULL) return cf->module;
    if (cf->self != VAL_NULL && val_kind(cf->self) == K_MODULE) {
        ModuleObject *m = module_cast(cf->self);
        if (m != NULL) return m->name;
    }
    if (cf->self == VAL_NULL && cf->owner == NULL) return str_from_cstr(I, "builtins");
    return I->none;
}
static Value cget_self(Interp *I, Value self) {
    CFUNC_SELF(cf, self);
    if (cf->self != VAL_NULL) return cf->self;
    if (cf->owner == NULL && I->builtins_mod != VAL_NULL) return I->builtins_mod;
    return I->none;
}
static Value cget_doc(Interp *I, Value self) {
    CFUNC_SELF(cf, self);
    if (cf->doc == NULL) return I->none;
    return str_from_cstr(I, cf->doc);
}
Value cfunc_text_signature(Interp *I, Value self) {
    CFUNC_SELF(cf, self);
    // A method is found under its type's name, a module function under its module's.
    BView owner;
    if (cf->owner != NULL) {
        owner = bview_cstr(type_name_cstr(I, cf->owner));
    } else {
        Value m = cget_module(I, self);
        if (!str_check(m)) return I->none;
        owner = str_view(m);
    }
    const char *sig = textsig_find(owner, str_view(cf->name));
    return sig != NULL ? str_from_cstr(I, sig) : I->none;
}

static const GetSetDef cfunc_getsets[] = {
    {"__name__", cget_name, NULL},
    {"__qualname__", cget_qualname, NULL},
    {"__module__", cget_module, NULL},
    {"__self__", cget_self, NULL},
    {"__doc__", cget_doc, NULL},
    {"__text_signature__", cfunc_text_signature, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec builtin_function_spec = {
    .name = "builtin_function_or_method",
    .inst_kind = K_CFUNC,
    .inst_size = sizeof(CFuncObject),
    .base = TY_OBJECT,
    .repr = cfunc_repr,
    .hash = cfunc_hash,
    .richcmp = cfunc_richcmp,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .call = cfunc_call,
    .getsets = cfunc_getsets,
};

// ---- bound methods ----

Value method_new(Interp *I, Value func, Value self) {
    MethodObject *m = obj_alloc(I, interp_type(I, TY_METHOD), sizeof(MethodObject));
    if (m == NULL) return VAL_NULL;
    m->func = func;
    m->self = self;
    return obj_val(m);
}

#define METHOD_ARGS_INLINE 16

static Value method_call(Interp *I, Value self, ValView args, Value kwnames) {
    MethodObject *m = method_cast(self);
    if (m == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad method object");
    if (args.n < METHOD_ARGS_INLINE) {
        Value a[METHOD_ARGS_INLINE];
        a[0] = m->self;
        for (size_t i = 0; i < args.n; i++) a[i + 1] = vview_get(args, i);
        return obj_call(I, m->func, vview_make(a, args.n + 1), kwnames);
    }
    ValVec v;
    vec_init(&v);
    if (vec_push(I->heap, &v, m->self) != K_OK) return exc_nomem(I);
    for (size_t i = 0; i < args.n; i++) {
        if (vec_push(I->heap, &v, vview_get(args, i)) != K_OK) return exc_nomem(I);
    }
    return obj_call(I, m->func, vview_of_vec(&v), kwnames);
}

static Value method_repr(Interp *I, Value self) {
    MethodObject *m = method_cast(self);
    if (m == NULL) return str_from_cstr(I, "<bound method>");
    Value name = obj_lookup_attr(I, m->func, interp_name(I, N___qualname__));
    if (name == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        name = obj_lookup_attr(I, m->func, interp_name(I, N___name__));
        if (name == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    }
    if (name == VAL_NULL || !str_check(name)) name = str_from_cstr(I, "?");
    if (name == VAL_NULL) return VAL_NULL;
    return str_from_format(I, "<bound method %U of %R>", name, m->self);
}

static Value method_getattr(Interp *I, Value self, Value name) {
    MethodObject *m = method_cast(self);
    if (m == NULL) return obj_generic_getattr(I, self, name);
    Type *t = obj_ptr(self)->type;
    Value d = type_lookup(I, t, name);
    if (d != VAL_NULL) {
        Type *dt = type_of(I, d);
        if (dt->descr_get != NULL) return dt->descr_get(I, d, self, obj_val(t));
        return d;
    }
    return obj_getattr(I, m->func, name);
}

static Value method_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    MethodObject *x = method_cast(a), *y = method_cast(b);
    if ((op != CMP_EQ && op != CMP_NE) || x == NULL || y == NULL) return I->notimpl;
    bool eq = x->self == y->self;
    if (eq) {
        int r = obj_eq(I, x->func, y->func);
        if (r < 0) return VAL_NULL;
        eq = r != 0;
    }
    return interp_bool(I, eq == (op == CMP_EQ));
}

static bool method_hash(Interp *I, Value self, int64_t *out) {
    MethodObject *m = method_cast(self);
    if (m == NULL) return id_hash(I, self, out);
    int64_t h1, h2;
    if (!id_hash(I, m->self, &h1) || !obj_hash(I, m->func, &h2)) return false;
    *out = h1 ^ h2;
    if (*out == -1) *out = -2;
    return true;
}

static Value mget_func(Interp *I, Value self) {
    MethodObject *m = method_cast(self);
    return m != NULL ? m->func : I->none;
}
static Value mget_self(Interp *I, Value self) {
    MethodObject *m = method_cast(self);
    return m != NULL ? m->self : I->none;
}
static Value mget_doc(Interp *I, Value self) {
    MethodObject *m = method_cast(self);
    if (m == NULL) return I->none;
    return obj_getattr(I, m->func, interp_name(I, N___doc__));
}

static const GetSetDef method_getsets[] = {
    {"__func__", mget_func, NULL},
    {"__self__", mget_self, NULL},
    {"__doc__", mget_doc, NULL},
    {NULL, NULL, NULL},
};

// method(function, instance): types.MethodType.
static Value method_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)t;
    if (!args_count(I, args, kwnames, "method", 2, 2)) return VAL_NULL;
    Value fn = vview_get(args, 0), self = vview_get(args, 1);
    if (type_of(I, fn)->call == NULL) return exc_raise(I, TY_TYPE_ERROR, "first argument must be callable");
    if (self == I->none) return exc_raise(I, TY_TYPE_ERROR, "instance must not be None");
    return method_new(I, fn, self);
}

const TypeSpec method_spec = {
    .name = "method",
    .inst_kind = K_METHOD,
    .inst_size = sizeof(MethodObject),
    .base = TY_OBJECT,
    .repr = method_repr,
    .hash = method_hash,
    .richcmp = method_richcmp,
    .getattr = method_getattr,
    .setattr = obj_generic_setattr,
    .call = method_call,
    .new_ = method_new_slot,
    .getsets = method_getsets,
};

// ---- method-wrapper: a slot wrapper bound to an object ----

Value method_wrapper_new(Interp *I, Value descr, Value self) {
    MethodObject *m = obj_alloc(I, interp_type(I, TY_METHOD_WRAPPER), sizeof(MethodObject));
    if (m == NULL) return VAL_NULL;
    m->func = descr;
    m->self = self;
    return obj_val(m);
}

static Value mw_repr(Interp *I, Value self) {
    MethodObject *m = method_cast(self);
    if (m == NULL) return str_from_cstr(I, "<method-wrapper>");
    Value name = obj_getattr(I, m->func, interp_name(I, N___name__));
    if (name == VAL_NULL) return VAL_NULL;
    if (!str_check(name)) return exc_raise(I, TY_TYPE_ERROR, "bad method-wrapper name");
    AddrText a = addr_text(m->self);
    return str_from_format(I, "<method-wrapper '%U' of %s object at %s>", name,
                           obj_type_name(I, m->self), a.s);
}

// __name__, __qualname__, __objclass__ and __doc__ are the wrapped descriptor's.
static Value mw_from_descr(Interp *I, Value self, NameId n) {
    MethodObject *m = method_cast(self);
    if (m == NULL) return I->none;
    return obj_getattr(I, m->func, interp_name(I, n));
}
static Value mw_name(Interp *I, Value self) { return mw_from_descr(I, self, N___name__); }
static Value mw_qualname(Interp *I, Value self) { return mw_from_descr(I, self, N___qualname__); }
static Value mw_doc(Interp *I, Value self) { return mw_from_descr(I, self, N___doc__); }
static Value mw_objclass(Interp *I, Value self) {
    MethodObject *m = method_cast(self);
    if (m == NULL) return I->none;
    return obj_getattr_cstr(I, m->func, "__objclass__");
}

// (getattr, (self, name)): a bound slot wrapper pickles as the attribute lookup that
// makes it again, as CPython's does ([].__len__, set().__contains__).
static Value mw_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "method-wrapper.__reduce__", 0, 0)) return VAL_NULL;
    MethodObject *m = method_cast(self);
    if (m == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected a method-wrapper, got %T", self);
    Value name = obj_getattr(I, m->func, interp_name(I, N___name__));
    Value fn = name == VAL_NULL ? VAL_NULL : obj_getattr_cstr(I, I->builtins_mod, "getattr");
    Value a = fn == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, m->self, name);
    return a == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, fn, a);
}

static const MethodDef method_wrapper_methods[] = {
    {"__reduce__", mw_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef method_wrapper_getsets[] = {
    {"__self__", mget_self, NULL},
    {"__name__", mw_name, NULL},
    {"__qualname__", mw_qualname, NULL},
    {"__objclass__", mw_objclass, NULL},
    {"__doc__", mw_doc, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec method_wrapper_spec = {
    .name = "method-wrapper",
    .inst_kind = K_METHOD,
    .inst_size = sizeof(MethodObject),
    .base = TY_OBJECT,
    .repr = mw_repr,
    .hash = method_hash,
    .richcmp = method_richcmp,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .call = method_call,
    .methods = method_wrapper_methods,
    .getsets = method_wrapper_getsets,
};

// ---- cells ----

Value cell_new(Interp *I, Value v) {
    CellObject *c = obj_alloc(I, interp_type(I, TY_CELL), sizeof(CellObject));
    if (c == NULL) return VAL_NULL;
    c->v = v;
    return obj_val(c);
}

static Value cell_repr(Interp *I, Value self) {
    CellObject *c = cell_cast(self);
    AddrText a = addr_text(self);
    if (c == NULL || c->v == VAL_NULL) return str_from_format(I, "<cell at %s: empty>", a.s);
    AddrText b = addr_text(c->v);
    return str_from_format(I, "<cell at %s: %s object at %s>", a.s, obj_type_name(I, c->v), b.s);
}

static Value cell_get_contents(Interp *I, Value self) {
    CellObject *c = cell_cast(self);
    if (c == NULL || c->v == VAL_NULL) return exc_raise(I, TY_VALUE_ERROR, "Cell is empty");
    return c->v;
}

static int cell_set_contents(Interp *I, Value self, Value v) {
    (void)I;
    CellObject *c = cell_cast(self);
    if (c == NULL) return -1;
    c->v = v;
    return 0;
}

static Value cell_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    CellObject *x = cell_cast(a), *y = cell_cast(b);
    if (x == NULL || y == NULL) return I->notimpl;
    if (x->v != VAL_NULL && y->v != VAL_NULL) return obj_richcmp(I, x->v, y->v, op);
    intptr_t c = (x->v != VAL_NULL) - (y->v != VAL_NULL);
    return interp_bool(I, cmp_holds(c, op));
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

// cell([contents]): types.CellType, empty without an argument.
static Value cell_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)t;
    if (kwnames != VAL_NULL && tuple_len(kwnames) > 0)
        return exc_raise(I, TY_TYPE_ERROR, "cell() takes no keyword arguments");
    if (args.n > 1)
        return exc_raise(I, TY_TYPE_ERROR, "cell expected at most 1 argument, got %zu", args.n);
    return cell_new(I, args.n == 1 ? vview_get(args, 0) : VAL_NULL);
}

const TypeSpec cell_spec = {
    .name = "cell",
    .new_ = cell_new_slot,
    .inst_kind = K_CELL,
    .inst_size = sizeof(CellObject),
    .base = TY_OBJECT,
    .repr = cell_repr,
    .richcmp = cell_richcmp,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .getsets = cell_getsets,
};

// ---- code objects (the type; building and verifying them is code.c) ----

static Value code_repr(Interp *I, Value self) {
    CodeObject *co = code_cast(self);
    if (co == NULL) return str_from_cstr(I, "<code object>");
    AddrText a = addr_text(self);
    // CPython prints the file name in double quotes
    return str_from_format(I, "<code object %U at %s, file \"%U\", line %d>", co->name, a.s,
                           co->filename, (int)co->firstlineno);
}

#define CODE_SELF(co, self)                                                               \
    CodeObject *co = code_cast(self);                                                     \
    if (co == NULL) return I->none

static Value co_name(Interp *I, Value self) {
    CODE_SELF(co, self);
    return co->name;
}
static Value co_qualname(Interp *I, Value self) {
    CODE_SELF(co, self);
    return co->qualname;
}
static Value co_filename(Interp *I, Value self) {
    CODE_SELF(co, self);
    return co->filename;
}
static Value co_firstlineno(Interp *I, Value self) {
    CODE_SELF(co, self);
    return val_from_small(co->firstlineno);
}
static Value co_argcount(Interp *I, Value self) {
    CODE_SELF(co, self);
    return val_from_small((intptr_t)co->argcount);
}
static Value co_posonlyargcount(Interp *I, Value self) {
    CODE_SELF(co, self);
    return val_from_small((intptr_t)co->posonlyargcount);
}
static Value co_kwonlyargcount(Interp *I, Value self) {
    CODE_SELF(co, self);
    return val_from_small((intptr_t)co->kwonlyargcount);
}
static Value co_nlocals(Interp *I, Value self) {
    CODE_SELF(co, self);
    return val_from_small((intptr_t)co->nlocals);
}
static Value co_stacksize(Interp *I, Value self) {
    CODE_SELF(co, self);
    return val_from_small((intptr_t)co->stacksize);
}
static Value co_flags(Interp *I, Value self) {
    CODE_SELF(co, self);
    return val_from_small((intptr_t)co->flags);
}
static Value co_varnames(Interp *I, Value self) {
    CODE_SELF(co, self);
    return co->localnames;
}
static Value co_cellvars(Interp *I, Value self) {
    CODE_SELF(co, self);
    return co->cellnames;
}
static Value co_freevars(Interp *I, Value self) {
    CODE_SELF(co, self);
    return co->freenames;
}
static Value co_names(Interp *I, Value self) {
    CODE_SELF(co, self);
    return co->names;
}
static Value co_consts(Interp *I, Value self) {
    CODE_SELF(co, self);
    return co->consts;
}
static Value co_code(Interp *I, Value self) {
    CODE_SELF(co, self);
    return bytes_new(I, code_words(co));
}

// A count field of code.replace(): an int in [0, CODE_MAX_COUNT] (firstlineno may be 0).
static bool replace_count(Interp *I, Value v, const char *name, uint32_t *out) {
    if (v == VAL_NULL) return true;
    int64_t n;
    if (!int_check(I, v)) {
        exc_raise(I, TY_TYPE_ERROR, "replace() argument '%s' must be int, not %s", name, obj_type_name(I, v));
        return false;
    }
    if (!args_ssize(I, v, &n)) return false;
    if (n < 0 || n > CODE_MAX_COUNT) {
        exc_raise(I, TY_VALUE_ERROR, "replace() argument '%s' out of range", name);
        return false;
    }
    *out = (uint32_t)n;
    return true;
}

// co_flags of code.replace(): a bit set, not a count, so any non-negative C int.
static bool replace_flags(Interp *I, Value v, uint32_t *out) {
    if (v == VAL_NULL) return true;
    int64_t n;
    if (!int_check(I, v)) {
        exc_raise(I, TY_TYPE_ERROR, "replace() argument 'co_flags' must be int, not %s", obj_type_name(I, v));
        return false;
    }
    if (!args_ssize(I, v, &n)) return false;
    if (n < 0 || n > INT32_MAX) {
        exc_raise(I, TY_VALUE_ERROR, "replace() argument 'co_flags' out of range");
        return false;
    }
    *out = (uint32_t)n;
    return true;
}

// A str or tuple field of code.replace(): of the given type (the verifier checks items).
static bool replace_value(Interp *I, Value v, const char *name, bool tuple, Value *out) {
    if (v == VAL_NULL) return true;
    if (tuple ? !tuple_check(v) : !str_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "replace() argument '%s' must be %s, not %s", name,
                  tuple ? "tuple" : "str", obj_type_name(I, v));
        return false;
    }
    *out = v;
    return true;
}

/* code.replace(**changes): a copy with the named fields replaced, which the bytecode
 * verifier checks as it checks every code object (a bad combination is an exception). */
static Value code_replace(Interp *I, Value self, ValView args, Value kwnames) {
    CodeObject *src = code_cast(self);
    Value v[16];
    if (src == NULL ||
        !args_parse(I, args, kwnames, "replace",
                    "| $ co_argcount co_posonlyargcount co_kwonlyargcount co_nlocals co_stacksize "
                    "co_flags co_firstlineno co_code co_consts co_names co_varnames co_freevars "
                    "co_cellvars co_filename co_name co_qualname",
                    &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8], &v[9], &v[10],
                    &v[11], &v[12], &v[13], &v[14], &v[15]))
        return VAL_NULL;
    Value nv = code_copy(I, src);
    CodeObject *co = nv == VAL_NULL ? NULL : code_cast(nv);
    if (co == NULL) return VAL_NULL;
    uint32_t first = (uint32_t)co->firstlineno;
    if (!replace_count(I, v[0], "co_argcount", &co->argcount) ||
        !replace_count(I, v[1], "co_posonlyargcount", &co->posonlyargcount) ||
        !replace_count(I, v[2], "co_kwonlyargcount", &co->kwonlyargcount) ||
        !replace_count(I, v[3], "co_nlocals", &co->nlocals) ||
        !replace_count(I, v[4], "co_stacksize", &co->stacksize) ||
        !replace_flags(I, v[5], &co->flags) ||
        !replace_count(I, v[6], "co_firstlineno", &first) ||
        !replace_value(I, v[8], "co_consts", true, &co->consts) ||
        !replace_value(I, v[9], "co_names", true, &co->names) ||
        !replace_value(I, v[10], "co_varnames", true, &co->localnames) ||
        !replace_value(I, v[11], "co_freevars", true, &co->freenames) ||
        !replace_value(I, v[12], "co_cellvars", true, &co->cellnames) ||
        !replace_value(I, v[13], "co_filename", false, &co->filename) ||
        !replace_value(I, v[14], "co_name", false, &co->name) ||
        !replace_value(I, v[15], "co_qualname", false, &co->qualname))
        return VAL_NULL;
    co->firstlineno = (int32_t)first;
    if (v[10] != VAL_NULL) co->nlocals = (uint32_t)tuple_len(co->localnames);
    if (v[11] != VAL_NULL) co->nfrees = (uint32_t)tuple_len(co->freenames);
    if (v[12] != VAL_NULL) co->ncells = (uint32_t)tuple_len(co->cellnames);
    // cells named as parameters start out holding them, whatever changed
    if ((v[0] != VAL_NULL || v[2] != VAL_NULL || v[5] != VAL_NULL || v[10] != VAL_NULL ||
         v[12] != VAL_NULL) &&
        !code_set_cell2arg(I, co))
        return VAL_NULL;
    if (v[7] != VAL_NULL) {
        // new instructions in safepy's word format; the old positions no longer apply
        if (!bytes_check(v[7])) return exc_raise(I, TY_TYPE_ERROR, "replace() argument 'co_code' must be bytes");
        if (!code_set_code(I, co, bytes_view(v[7]))) return VAL_NULL;
    }
    if (!code_verify(I, co)) return VAL_NULL;
    return nv;
}

static const MethodDef code_methods[] = {
    {"replace", code_replace, 0, "Return a copy of the code object with new values for the specified fields."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef code_getsets[] = {
    {"co_name", co_name, NULL},
    {"co_qualname", co_qualname, NULL},
    {"co_filename", co_filename, NULL},
    {"co_firstlineno", co_firstlineno, NULL},
    {"co_argcount", co_argcount, NULL},
    {"co_posonlyargcount", co_posonlyargcount, NULL},
    {"co_kwonlyargcount", co_kwonlyargcount, NULL},
    {"co_nlocals", co_nlocals, NULL},
    {"co_stacksize", co_stacksize, NULL},
    {"co_flags", co_flags, NULL},
    {"co_varnames", co_varnames, NULL},
    {"co_cellvars", co_cellvars, NULL},
    {"co_freevars", co_freevars, NULL},
    {"co_names", co_names, NULL},
    {"co_consts", co_consts, NULL},
    {"co_code", co_code, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec code_spec = {
    .name = "code",
    .inst_kind = K_CODE,
    .inst_size = sizeof(CodeObject),
    .base = TY_OBJECT,
    .repr = code_repr,
    .hash = id_hash,
    .getattr = obj_generic_getattr,
    .getsets = code_getsets,
    .methods = code_methods,
};
