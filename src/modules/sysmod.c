/*
 * sysmod.c: the sys module (argv, path, modules, stdin/stdout/stderr, exit, recursion
 * limit, version and implementation information, exc_info, displayhook, excepthook...)
 * and the struct-sequence helper behind sys.version_info and friends.
 *
 * Invariant: sys state that the core also reads lives in the Interp (I->modules,
 * I->recursion_limit, I->int_max_str_digits, I->exc_info), so sys functions read and
 * write it there and never keep a second copy.
 */
#include "sysmod.h"
#include "modtab.h"

#include "../kernel/cargs.h"
#include "../objects/args.h"
#include "../objects/descr.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/frame.h"
#include "../vm/trace.h"
#include "../vm/func.h"
#include "iomod.h"
#include "traceback.h"

#define SYS_VERSION "3.11.0 (main, safepy 0.1.0) [C11]"
#define SYS_HEXVERSION 0x030b00f0

/* ---- struct sequences ---- */

// Field getter: [self] is the field's index, bound when the property was made.
static Value sq_field(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "structseq field", 1, 1)) return VAL_NULL;
    Value t = vview_get(args, 0);
    if (!tuple_check(t) || !val_is_small(self))
        return exc_raise(I, TY_TYPE_ERROR, "descriptor requires a struct sequence, not '%T'", t);
    Value x = tuple_get(t, (size_t)val_small(self));
    if (x == VAL_NULL) return exc_raise(I, TY_INDEX_ERROR, "tuple index out of range");
    return x;
}

static Value sq_repr(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__repr__", 0, 0)) return VAL_NULL;
    Type *t = type_of(I, self);
    Value fields = type_lookup(I, t, interp_name(I, N___match_args__));
    Value qn = type_qualified_name(I, t);
    if (qn == VAL_NULL) return VAL_NULL;
    StrBuilder sb;
    sb_init(&sb);
    if (!sb_add_str(I, &sb, qn) || !sb_add_cstr(I, &sb, "(")) return VAL_NULL;
    size_t n = tuple_len(self);
    for (size_t i = 0; i < n; i++) {
        Value name = fields != VAL_NULL && tuple_check(fields) ? tuple_get(fields, i) : VAL_NULL;
        Value r = obj_repr(I, tuple_get(self, i));
        if (r == VAL_NULL) return VAL_NULL;
        if (i > 0 && !sb_add_cstr(I, &sb, ", ")) return VAL_NULL;
        if (name != VAL_NULL && (!sb_add_str(I, &sb, name) || !sb_add_cstr(I, &sb, "=")))
            return VAL_NULL;
        if (!sb_add_str(I, &sb, r)) return VAL_NULL;
    }
    if (!sb_add_cstr(I, &sb, ")")) return VAL_NULL;
    return sb_finish(I, &sb);
}

static const MethodDef sq_repr_def = {"__repr__", sq_repr, 0, "Return repr(self)."};

// Installs C method [def] on class [t] as a method descriptor (so instances bind it).
// Reserves the names of the [n] methods [defs] in class namespace [ns] with None, so that
// the class's slots are set up once, at its creation, for "something under that name";
// set_methods then puts the methods there (a method descriptor also gives the generic
// slot: the same slots as assigning them after creation, without a second fix-up).
static bool reserve_methods(Interp *I, Value ns, const MethodDef *defs, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!dict_set_cstr(I, ns, methoddef_at(defs, i)->name, I->none)) return false;
    return true;
}

static bool set_methods(Interp *I, Type *t, const MethodDef *defs, size_t n) {
    for (size_t i = 0; i < n; i++) {
        const MethodDef *def = methoddef_at(defs, i);
        Value m = cfunc_new_method(I, t, def);
        if (m == VAL_NULL) return false;
        Obj *o = obj_ptr(m);
        if (o != NULL) o->type = interp_type(I, TY_METHOD_DESCR);
        CFuncObject *cf = cfunc_cast(m);
        if (cf != NULL) cf->owner = t;
        if (!dict_set_cstr(I, t->h.dict, def->name, m)) return false;
    }
    type_modified(I, t);
    return true;
}

// A new class [name] in [module] with [bases] and namespace [ns].
static Type *new_class(Interp *I, const char *module, const char *name, Value bases, Value ns) {
    Value mod = str_from_cstr(I, module);
    Value nm = str_from_cstr(I, name);
    if (mod == VAL_NULL || nm == VAL_NULL) return NULL;
    if (!dict_set(I, ns, interp_name(I, N___module__), mod)) return NULL;
    Value t = type_new(I, interp_type(I, TY_TYPE), nm, bases, ns, vview_make(NULL, 0), VAL_NULL);
    if (t == VAL_NULL) return NULL;
    return type_cast(t);
}

// The __new__ of sys.version_info and sys.flags: as in CPython, only the interpreter
// makes them ([self] is the qualified name).
static Value no_new(Interp *I, Value self, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    return exc_raise(I, TY_TYPE_ERROR, "cannot create '%U' instances", self);
}

// A struct sequence [module].[name] with [fields] (space-separated) holding [values];
// with [sealed] (the type's qualified name) its type then refuses new instances.
//
// The class comes out as if `__new__` had been assigned to it after the instance was
// made (its dict ends with __new__, and its slot is the generic one), without a second
// slot fix-up: __new__ is reserved in the namespace (so the fix-up at creation already
// picks the generic slot), taken out while the instance is made (the generic slot then
// finds tuple.__new__), and put back last.
static Value make_structseq(Interp *I, const char *module, const char *name,
                            const char *fields, ValView values, const char *sealed) {
    Value ns = dict_new(I);
    Value names = list_new(I, values.n);
    if (ns == VAL_NULL || names == VAL_NULL) return VAL_NULL;
    BView fv = bview_cstr(fields);
    size_t pos = 0;
    for (size_t i = 0; i < values.n; i++) {
        int64_t sp = bview_find_byte(fv, ' ', pos);
        size_t end = sp < 0 ? fv.n : (size_t)sp;
        Value fname = str_new(I, bview_slice(fv, pos, end));
        if (fname == VAL_NULL) return VAL_NULL;
        fname = str_intern(I, fname);
        pos = end + 1;
        Value getter = cfunc_new(I, "structseq_field", sq_field, val_from_small((intptr_t)i));
        if (fname == VAL_NULL || getter == VAL_NULL) return VAL_NULL;
        // property(getter): a cfunc_new getter's __doc__ is None
        Value prop = descr_new_property(I, getter, I->none);
        if (prop == VAL_NULL || !dict_set(I, ns, fname, prop) || !list_append(I, names, fname))
            return VAL_NULL;
    }
    Value match = list_to_tuple(I, names);
    Value n = val_from_small((intptr_t)values.n);
    if (match == VAL_NULL || !dict_set(I, ns, interp_name(I, N___match_args__), match) ||
        !dict_set_cstr(I, ns, "n_fields", n) || !dict_set_cstr(I, ns, "n_sequence_fields", n) ||
        !dict_set_cstr(I, ns, "n_unnamed_fields", val_from_small(0)))
        return VAL_NULL;
    Value bases = tuple_pack(I, 1, obj_val(interp_type(I, TY_TUPLE)));
    if (bases == VAL_NULL || !reserve_methods(I, ns, &sq_repr_def, 1)) return VAL_NULL;
    Value new_key = interp_name(I, N___new__);
    if (sealed != NULL && !dict_set(I, ns, new_key, I->none)) return VAL_NULL;
    Type *t = new_class(I, module, name, bases, ns);
    if (t == NULL || !set_methods(I, t, &sq_repr_def, 1)) return VAL_NULL;
    if (sealed != NULL) {
        if (dict_del(I, t->h.dict, new_key) < 0) return VAL_NULL;
        type_modified(I, t);
    }
    Value items = tuple_from_view(I, values);
    if (items == VAL_NULL) return VAL_NULL;
    Value v = obj_call1(I, obj_val(t), items);
    if (v == VAL_NULL || sealed == NULL) return v;
    Value qn = str_from_cstr(I, sealed);
    Value fn = qn != VAL_NULL ? cfunc_new(I, "__new__", no_new, qn) : VAL_NULL;
    Value sm = fn != VAL_NULL ? obj_call1(I, obj_val(interp_type(I, TY_STATICMETHOD)), fn) : VAL_NULL;
    if (sm == VAL_NULL || !dict_set(I, t->h.dict, new_key, sm)) return VAL_NULL;
    type_modified(I, t);
    return v;
}

Value sysmod_structseq(Interp *I, const char *module, const char *name, const char *fields,
                       ValView values) {
    return make_structseq(I, module, name, fields, values, NULL);
}

/* ---- types.SimpleNamespace (the type of sys.implementation; lib/types.py exports it,
 * as CPython's types.py does with type(sys.implementation)) ---- */

#define NS_KEY "types.SimpleNamespace"

static Type *namespace_type(Interp *I) {
    Value t = dict_get_cstr(I, I->scratch, NS_KEY);
    if (t == VAL_NULL) I->exc = VAL_NULL;
    return t == VAL_NULL ? NULL : type_cast(t);
}

static bool is_namespace(Interp *I, Value v) {
    Type *t = namespace_type(I);
    return t != NULL && type_is_subtype(type_of(I, v), t);
}

// SimpleNamespace(**kwargs): the keywords become attributes.
static Value ns_init(Interp *I, Value self, ValView args, Value kwnames) {
    size_t nkw = args_nkw(kwnames);
    if (args.n > nkw) return exc_raise(I, TY_TYPE_ERROR, "no positional arguments expected");
    for (size_t i = 0; i < nkw; i++) {
        if (obj_setattr(I, self, tuple_get(kwnames, i), vview_get(args, args.n - nkw + i)) < 0)
            return VAL_NULL;
    }
    return I->none;
}

// namespace(a=1, b=2) from the instance dict (a subclass shows its own name);
// a namespace containing itself shows as namespace(...).
static Value ns_repr(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__repr__", 0, 0)) return VAL_NULL;
    Type *t = type_of(I, self);
    Value name = namespace_type(I) == t ? str_from_cstr(I, "namespace")
                                        : obj_getattr_cstr(I, obj_val(t), "__name__");
    if (name == VAL_NULL) return VAL_NULL;
    StrBuilder sb;
    sb_init(&sb);
    if (!sb_add_str(I, &sb, name)) return VAL_NULL;
    int busy = list_repr_enter(I, self);
    if (busy < 0) return VAL_NULL;
    if (busy > 0) return sb_add_cstr(I, &sb, "(...)") ? sb_finish(I, &sb) : VAL_NULL;
    Value d = obj_instance_dict(I, self);
    bool ok = (d != VAL_NULL || I->exc == VAL_NULL) && sb_add_cstr(I, &sb, "(");
    size_t pos = 0;
    Value k, v;
    bool first = true;
    while (ok && d != VAL_NULL && dict_next(d, &pos, &k, &v)) {
        Value r = obj_repr(I, v);
        ok = r != VAL_NULL && (first || sb_add_cstr(I, &sb, ", ")) && sb_add_str(I, &sb, k) &&
             sb_add_cstr(I, &sb, "=") && sb_add_str(I, &sb, r);
        first = false;
    }
    list_repr_leave(I, self);
    if (!ok || !sb_add_cstr(I, &sb, ")")) return VAL_NULL;
    return sb_finish(I, &sb);
}

// Two namespaces are equal when their attributes are.
static Value ns_eq(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__eq__", 1, 1)) return VAL_NULL;
    Value other = vview_get(args, 0);
    if (!is_namespace(I, self) || !is_namespace(I, other)) return I->notimpl;
    Value a = obj_instance_dict(I, self);
    Value b = a != VAL_NULL ? obj_instance_dict(I, other) : VAL_NULL;
    if (b == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : I->notimpl;
    return obj_richcmp(I, a, b, CMP_EQ);
}

// (type(self), (), attribute dict): copy and pickle rebuild it.
static Value ns_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    Value d = obj_instance_dict(I, self);
    if (d == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    Value copy = d != VAL_NULL ? dict_copy(I, d) : dict_new(I);
    if (copy == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 3, obj_val(type_of(I, self)), I->empty_tuple, copy);
}

static const MethodDef ns_method_defs[] = {
    {"__init__", ns_init, 0, "Initialize self.  See help(type(self)) for accurate signature."},
    {"__repr__", ns_repr, 0, "Return repr(self)."},
    {"__eq__", ns_eq, 0, "Return self==value."},
    {"__reduce__", ns_reduce, 0, "Return state information for pickling"},
};

// sys.implementation: namespace(name='safepy', cache_tag=None, version=..., hexversion=...).
static Value make_implementation(Interp *I, Value version_info) {
    Value ns = dict_new(I);
    Value bases = tuple_pack(I, 1, obj_val(interp_type(I, TY_OBJECT)));
    Value doc = str_from_cstr(I, "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)");
    if (ns == VAL_NULL || bases == VAL_NULL || doc == VAL_NULL ||
        !dict_set_cstr(I, ns, "__hash__", I->none) || !dict_set_cstr(I, ns, "__doc__", doc))
        return VAL_NULL;
    size_t nm = sizeof ns_method_defs / sizeof ns_method_defs[0];
    if (!reserve_methods(I, ns, ns_method_defs, nm)) return VAL_NULL;
    Type *t = new_class(I, "types", "SimpleNamespace", bases, ns);
    if (t == NULL || !dict_set_cstr(I, I->scratch, NS_KEY, obj_val(t))) return VAL_NULL;
    t->tflags |= TF_CNAME; // messages say 'types.SimpleNamespace', as for CPython's C type
    if (!set_methods(I, t, ns_method_defs, nm)) return VAL_NULL;
    Value o = obj_call0(I, obj_val(t));
    Value name = str_from_cstr(I, "safepy");
    if (o == VAL_NULL || name == VAL_NULL) return VAL_NULL;
    if (obj_setattr_cstr(I, o, "name", name) < 0 ||
        obj_setattr_cstr(I, o, "cache_tag", I->none) < 0 ||
        obj_setattr_cstr(I, o, "version", version_info) < 0 ||
        obj_setattr_cstr(I, o, "hexversion", val_from_small(SYS_HEXVERSION)) < 0)
        return VAL_NULL;
    return o;
}

/* ---- functions ---- */

static Value sys_exit(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "exit", 0, 1)) return VAL_NULL;
    // As CPython's PyErr_SetObject: None means no arguments, a tuple is the arguments.
    Value status = vview_get(args, 0);
    ValView eargs = args;
    if (status == I->none) eargs = vview_make(NULL, 0);
    else if (status != VAL_NULL && tuple_check(status)) eargs = tuple_view(status);
    Value e = exc_new(I, interp_type(I, TY_SYSTEM_EXIT), eargs);
    if (e == VAL_NULL) return VAL_NULL;
    return exc_set(I, e);
}

// "sys.NAME() takes no arguments (N given)".
static bool no_args(Interp *I, ValView args, Value kwnames, const char *name) {
    if (!args_no_kw(I, kwnames, name)) return false;
    if (args.n > 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no arguments (%zu given)", name, args.n);
        return false;
    }
    return true;
}

static Value sys_getrecursionlimit(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_args(I, args, kwnames, "sys.getrecursionlimit")) return VAL_NULL;
    return int_from_i64(I, I->recursion_limit);
}


static Value sys_setrecursionlimit(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_no_kw(I, kwnames, "setrecursionlimit")) return VAL_NULL;
    if (args.n != 1)
        return exc_raise(I, TY_TYPE_ERROR, "setrecursionlimit() takes exactly one argument (%zu given)",
                         args.n);
    int64_t n;
    if (!int_index_c_int(I, vview_get(args, 0), &n)) return VAL_NULL;
    if (n < 1) return exc_raise(I, TY_VALUE_ERROR, "recursion limit must be greater or equal than 1");
    if (n <= I->depth)
        return exc_raise(I, TY_RECURSION_ERROR,
                         "cannot set the recursion limit to %d at the recursion depth %d: the "
                         "limit is too low",
                         (int)n, I->depth);
    I->recursion_limit = (int)n;
    if (!I->trace_on) I->depth_trap = I->recursion_limit;
    return I->none;
}

static Value sys_get_int_max_str_digits(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_args(I, args, kwnames, "sys.get_int_max_str_digits")) return VAL_NULL;
    return int_from_i64(I, I->int_max_str_digits);
}

static Value sys_set_int_max_str_digits(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value v;
    if (!args_parse(I, args, kwnames, "set_int_max_str_digits", "maxdigits", &v)) return VAL_NULL;
    int64_t n;
    if (!int_index_c_int(I, v, &n)) return VAL_NULL;
    if (n != 0 && n < 640)
        return exc_raise(I, TY_VALUE_ERROR, "maxdigits must be 0 or larger than 640");
    I->int_max_str_digits = (int)n;
    return I->none;
}

static Value sys_intern(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_no_kw(I, kwnames, "intern")) return VAL_NULL;
    if (args.n != 1)
        return exc_raise(I, TY_TYPE_ERROR, "intern() takes exactly one argument (%zu given)", args.n);
    Value s = vview_get(args, 0);
    if (!str_check(s)) return exc_raise(I, TY_TYPE_ERROR, "intern() argument must be str, not %T", s);
    if (type_of(I, s) != interp_type(I, TY_STR))
        return exc_raise(I, TY_TYPE_ERROR, "can't intern %T", s);
    return str_intern(I, s);
}

static Value sys_getsizeof(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value o, dflt;
    if (!args_parse(I, args, kwnames, "getsizeof", "object | default", &o, &dflt)) return VAL_NULL;
    bool found = false;
    Value r = obj_call_special(I, o, interp_name(I, N___sizeof__), vview_make(NULL, 0), &found);
    if (r == VAL_NULL) {
        if (I->exc == VAL_NULL && !found) {
            if (dflt != VAL_NULL) return dflt;
            return exc_raise(I, TY_TYPE_ERROR, "Type %T doesn't define __sizeof__", o);
        }
        if (dflt != VAL_NULL && exc_pending_is(I, TY_TYPE_ERROR)) {
            exc_clear(I);
            return dflt;
        }
        return VAL_NULL;
    }
    if (!int_check(I, r)) return exc_raise(I, TY_TYPE_ERROR, "an integer is required");
    if (int_sign(I, r) < 0)
        return exc_raise(I, TY_VALUE_ERROR, "__sizeof__() should return >= 0");
    // CPython adds the collector's header to objects it tracks; containers and instances.
    uint32_t k = val_kind(o);
    bool gc = !(k == K_INT || k == K_FLOAT || k == K_STR || k == K_BYTES || k == K_NONE ||
                k == K_COMPLEX);
    return gc ? obj_binop(I, r, val_from_small(16), BINOP_ADD) : r;
}

// (type, value, traceback) of the exception being handled, or three Nones.
static Value sys_exc_info(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_args(I, args, kwnames, "sys.exc_info")) return VAL_NULL;
    Value e = I->exc_info;
    if (e == VAL_NULL || e == I->none) return tuple_pack(I, 3, I->none, I->none, I->none);
    Value tb = exc_get_traceback(e);
    return tuple_pack(I, 3, obj_val(type_of(I, e)), e, tb == VAL_NULL ? I->none : tb);
}

static Value sys_exception(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_args(I, args, kwnames, "sys.exception")) return VAL_NULL;
    Value e = I->exc_info;
    return e == VAL_NULL ? I->none : e;
}

static Value sys_attr(Interp *I, const char *name) {
    if (I->sys == VAL_NULL) return VAL_NULL;
    return dict_get_cstr(I, module_dict(I->sys), name);
}

// sys.stdout (or another stream) for writing, with CPython's "lost sys.stdout" error.
static Value std_stream(Interp *I, const char *name) {
    Value f = sys_attr(I, name);
    if (f == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    if (f == VAL_NULL || f == I->none) return exc_raise(I, TY_RUNTIME_ERROR, "lost sys.%s", name);
    return f;
}

static Value sys_displayhook(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_no_kw(I, kwnames, "displayhook")) return VAL_NULL;
    if (args.n != 1)
        return exc_raise(I, TY_TYPE_ERROR, "displayhook() takes exactly one argument (%zu given)",
                         args.n);
    Value x = vview_get(args, 0);
    if (x == I->none) return I->none;
    Value under = str_intern_cstr(I, "_");
    if (under == VAL_NULL) return VAL_NULL;
    // CPython clears builtins._ first so a failing repr does not leave a stale value.
    if (I->builtins != VAL_NULL && !dict_set(I, I->builtins, under, I->none)) return VAL_NULL;
    Value out = std_stream(I, "stdout");
    if (out == VAL_NULL) return VAL_NULL;
    Value r = obj_repr(I, x);
    if (r == VAL_NULL) return VAL_NULL;
    Value nl = str_from_cstr(I, "\n");
    if (nl == VAL_NULL || !iomod_write(I, out, r) || !iomod_write(I, out, nl)) return VAL_NULL;
    if (I->builtins != VAL_NULL && !dict_set(I, I->builtins, under, x)) return VAL_NULL;
    return I->none;
}

static Value sys_excepthook(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "excepthook", 3, 3)) return VAL_NULL;
    Value v = vview_get(args, 1);
    if (!exc_is_instance(I, v)) {
        Value err = std_stream(I, "stderr");
        if (err == VAL_NULL) return VAL_NULL;
        Value msg = str_from_format(I, "TypeError: print_exception(): Exception expected for value, %T found\n", v);
        if (msg == VAL_NULL || !iomod_write(I, err, msg)) return VAL_NULL;
        return I->none;
    }
    return sysmod_print_exception(I, v, VAL_NULL) ? I->none : VAL_NULL;
}

static Value const_str(Interp *I, const char *s, ValView args, Value kwnames, const char *fname) {
    if (!no_args(I, args, kwnames, fname)) return VAL_NULL;
    return str_from_cstr(I, s);
}

static Value sys_getdefaultencoding(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return const_str(I, "utf-8", args, kwnames, "sys.getdefaultencoding");
}

static Value sys_getfilesystemencoding(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return const_str(I, "utf-8", args, kwnames, "sys.getfilesystemencoding");
}

static Value sys_getfilesystemencodeerrors(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return const_str(I, "surrogateescape", args, kwnames, "sys.getfilesystemencodeerrors");
}

static Value sys_is_finalizing(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_args(I, args, kwnames, "sys.is_finalizing")) return VAL_NULL;
    return I->false_;
}

// gettrace()/getprofile(): the functions settrace/setprofile set (src/vm/trace.c).
static Value sys_gettrace(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_args(I, args, kwnames, "sys.gettrace")) return VAL_NULL;
    return I->trace_fn != VAL_NULL ? I->trace_fn : I->none;
}

static Value sys_getprofile(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_args(I, args, kwnames, "sys.getprofile")) return VAL_NULL;
    return I->profile_fn != VAL_NULL ? I->profile_fn : I->none;
}

static Value sys_settrace(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "settrace", 1, 1)) return VAL_NULL;
    if (!trace_set(I, vview_get(args, 0), false)) return VAL_NULL;
    return I->none;
}

static Value sys_setprofile(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "setprofile", 1, 1)) return VAL_NULL;
    if (!trace_set(I, vview_get(args, 0), true)) return VAL_NULL;
    return I->none;
}

static Value sys_getrefcount(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "getrefcount", 1, 1)) return VAL_NULL;
    // No reference counts exist here; CPython's answer for a fresh temporary.
    return val_from_small(2);
}

// sys._getframe([depth]): the frame [depth] calls out from the caller, as a stand-in
// object (safepy's frame records are not Python objects); its f_back chain is built now.
static Value sys_getframe(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (args_nkw(kwnames) > 0) return exc_raise(I, TY_TYPE_ERROR, "sys._getframe() takes no keyword arguments");
    if (!args_count(I, args, kwnames, "_getframe", 0, 1)) return VAL_NULL;
    int64_t depth = 0;
    if (args.n > 0 && !int_index_c_int(I, vview_get(args, 0), &depth)) return VAL_NULL;
    Frame *f = I->vm != NULL ? I->vm->current : NULL;
    for (; f != NULL; f = f->back) {
        if (f->co == NULL) continue;
        if (depth <= 0) break;
        depth--;
    }
    if (f == NULL) return exc_raise(I, TY_VALUE_ERROR, "call stack is not deep enough");
    return frame_standin_chain(I, f);
}

/* ---- audit hooks (PEP 578): safepy raises no events of its own, so hooks see the
 * events Python code raises with sys.audit (pickle's find_class, user events). ---- */

#define AUDIT_KEY "sys.audithooks"

// Calls every hook with (event, args); a hook added by a hook is called too.
static bool run_audit_hooks(Interp *I, Value event, Value args) {
    Value hooks = dict_get_cstr(I, I->scratch, AUDIT_KEY);
    if (hooks == VAL_NULL) return I->exc == VAL_NULL;
    for (size_t i = 0; i < list_len(hooks); i++) {
        if (obj_call2(I, list_get(hooks, i), event, args) == VAL_NULL) return false;
    }
    return true;
}

// The hooks already there see a "sys.addaudithook" event first: one raising an
// Exception cancels the addition silently (a BaseException propagates), as in CPython.
static Value sys_addaudithook(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value hook;
    if (!args_parse(I, args, kwnames, "addaudithook", "hook", &hook)) return VAL_NULL;
    Value event = str_from_cstr(I, "sys.addaudithook");
    if (event == VAL_NULL) return VAL_NULL;
    if (!run_audit_hooks(I, event, I->empty_tuple)) {
        if (!exc_pending_is(I, TY_EXCEPTION)) return VAL_NULL;
        exc_clear(I);
        return I->none;
    }
    Value hooks = dict_get_cstr(I, I->scratch, AUDIT_KEY);
    if (hooks == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        hooks = list_new(I, 0);
        if (hooks == VAL_NULL || !dict_set_cstr(I, I->scratch, AUDIT_KEY, hooks)) return VAL_NULL;
    }
    return list_append(I, hooks, hook) ? I->none : VAL_NULL;
}

static Value sys_audit(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_no_kw(I, kwnames, "sys.audit")) return VAL_NULL;
    if (args.n == 0) return exc_raise(I, TY_TYPE_ERROR, "audit() missing 1 required positional argument: 'event'");
    Value event = vview_get(args, 0);
    if (!str_check(event))
        return exc_raise(I, TY_TYPE_ERROR, "expected str for argument 'event', not %T", event);
    if (dict_get_cstr(I, I->scratch, AUDIT_KEY) == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : I->none;
    Value rest = tuple_from_view(I, vview_slice(args, 1, args.n));
    if (rest == VAL_NULL) return VAL_NULL;
    return run_audit_hooks(I, event, rest) ? I->none : VAL_NULL;
}

static const MethodDef sys_methods[] = {
    {"audit", sys_audit, 0, "Passes the event to any audit hooks that are attached."},
    {"addaudithook", sys_addaudithook, 0, "Adds a new audit hook callback."},
    {"_getframe", sys_getframe, 0, "Return a frame object from the call stack."},
    {"exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, 0, "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, 0, "Set the maximum depth of the Python interpreter stack to n."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"intern", sys_intern, 0, "``Intern'' the given string."},
    {"getsizeof", sys_getsizeof, 0, "Return the size of object in bytes."},
    {"exc_info", sys_exc_info, 0, "Return current exception information: (type, value, traceback)."},
    {"exception", sys_exception, 0, "Return the current exception."},
    {"displayhook", sys_displayhook, 0, "Print an object to sys.stdout and also save it in builtins._"},
    {"excepthook", sys_excepthook, 0, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"getdefaultencoding", sys_getdefaultencoding, 0, "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0, "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, "Return the error mode used Unicode to OS filename conversion."},
    {"is_finalizing", sys_is_finalizing, 0, "Return True if Python is exiting."},
    {"gettrace", sys_gettrace, 0, "Return the global debug tracing function set with sys.settrace."},
    {"getprofile", sys_getprofile, 0, "Return the profiling function set with sys.setprofile."},
    {"settrace", sys_settrace, 0, "Set the global debug tracing function."},
    {"setprofile", sys_setprofile, 0, "Set the profiling function."},
    {"getrefcount", sys_getrefcount, 0, "Return the reference count of object."},
    {NULL, NULL, 0, NULL},
};

/* ---- exception reports ---- */

bool sysmod_print_exception(Interp *I, Value exc, Value file) {
    if (file == VAL_NULL) {
        file = std_stream(I, "stderr");
        if (file == VAL_NULL) return false;
    }
    StrBuilder sb;
    sb_init(&sb);
    if (!traceback_format(I, exc, &sb)) return false;
    Value text = sb_finish(I, &sb);
    if (text == VAL_NULL || !iomod_write(I, file, text)) return false;
    return iomod_flush(I, file);
}

// Reports an error raised by a replaced sys.excepthook, then the original exception.
static void hook_failed(Interp *I, Value exc) {
    Value herr = exc_fetch(I);
    Value err = std_stream(I, "stderr");
    Value head = str_from_cstr(I, "Error in sys.excepthook:\n");
    if (err == VAL_NULL || head == VAL_NULL || !iomod_write(I, err, head)) goto plain;
    if (herr != VAL_NULL) traceback_print(I, herr);
    Value mid = str_from_cstr(I, "\nOriginal exception was:\n");
    if (mid == VAL_NULL || !iomod_write(I, err, mid)) goto plain;
plain:
    exc_clear(I);
    traceback_print(I, exc);
}

void sysmod_report_uncaught(Interp *I, Value exc) {
    Value hook = I->sys != VAL_NULL ? obj_getattr_cstr(I, I->sys, "excepthook") : VAL_NULL;
    CFuncObject *cf = hook != VAL_NULL ? cfunc_cast(hook) : NULL;
    if (hook == VAL_NULL || (cf != NULL && cf->fn == sys_excepthook)) {
        exc_clear(I);
        if (hook == VAL_NULL && I->sys != VAL_NULL) { // `del sys.excepthook`: said, as CPython
            Value err = std_stream(I, "stderr");
            Value msg = str_from_cstr(I, "sys.excepthook is missing\n");
            if (err != VAL_NULL && msg != VAL_NULL) (void)iomod_write(I, err, msg);
            exc_clear(I);
        }
        traceback_print(I, exc);
        return;
    }
    Value tb = exc_get_traceback(exc);
    Value args[3] = {obj_val(type_of(I, exc)), exc, tb != VAL_NULL ? tb : I->none};
    if (obj_call(I, hook, vview_make(args, 3), VAL_NULL) == VAL_NULL) {
        if (exc_pending_is(I, TY_SYSTEM_EXIT)) return; // the caller exits with its code
        hook_failed(I, exc);
        return;
    }
    iomod_flush_std(I);
}

void sysmod_run_atexit(Interp *I) {
    exc_clear(I);
    Value m = I->modules != VAL_NULL ? dict_get_cstr(I, I->modules, "atexit") : VAL_NULL;
    Value run = m != VAL_NULL ? obj_getattr_cstr(I, m, "_run_exitfuncs") : VAL_NULL;
    Value r = run != VAL_NULL ? obj_call(I, run, vview_make(NULL, 0), VAL_NULL) : VAL_NULL;
    (void)r;
    exc_clear(I);
}

/* ---- the module ---- */

static bool set(Interp *I, Value d, const char *name, Value v) {
    if (v == VAL_NULL) return false;
    return dict_set_cstr(I, d, name, v);
}

// [v] (VAL_NULL passes through) is an instance of one of sys's struct sequences: CPython's
// are static types named "sys.NAME" in messages, whose attributes cannot be set.
static Value sys_sealed(Interp *I, Value v) {
    if (v != VAL_NULL) type_of(I, v)->tflags |= TF_IMMUTABLE | TF_CNAME;
    return v;
}

static bool add_info(Interp *I, Value d) {
    Value rel = str_from_cstr(I, "final");
    if (rel == VAL_NULL) return false;
    Value vi[5] = {val_from_small(3), val_from_small(11), val_from_small(0), rel, val_from_small(0)};
    Value version_info = sys_sealed(I, make_structseq(I, "sys", "version_info",
                                                      "major minor micro releaselevel serial",
                                                      vview_make(vi, 5), "sys.version_info"));
    if (!set(I, d, "version_info", version_info)) return false;
    if (!set(I, d, "implementation", make_implementation(I, version_info))) return false;
    Value fl[18];
    for (size_t i = 0; i < 18; i++) fl[i] = val_from_small(0);
    fl[4] = val_from_small(1);  // dont_write_bytecode: safepy never writes bytecode
    fl[11] = val_from_small(1); // hash_randomization
    fl[13] = I->false_;         // dev_mode
    fl[16] = I->false_;         // safe_path
    fl[17] = val_from_small(-1);
    if (!set(I, d, "flags",
             sys_sealed(I, make_structseq(I, "sys", "flags",
                            "debug inspect interactive optimize dont_write_bytecode "
                            "no_user_site no_site ignore_environment verbose bytes_warning "
                            "quiet hash_randomization isolated dev_mode utf8_mode "
                            "warn_default_encoding safe_path int_max_str_digits",
                            vview_make(fl, 18), "sys.flags"))))
        return false;
    Value fi[11] = {float_new(I, 1.7976931348623157e+308), val_from_small(1024), val_from_small(308),
                    float_new(I, 2.2250738585072014e-308), val_from_small(-1021),
                    val_from_small(-307), val_from_small(15), val_from_small(53),
                    float_new(I, 2.220446049250313e-16), val_from_small(2), val_from_small(1)};
    for (size_t i = 0; i < 11; i++)
        if (fi[i] == VAL_NULL) return false;
    if (!set(I, d, "float_info",
             sys_sealed(I, sysmod_structseq(I, "sys", "float_info",
                              "max max_exp max_10_exp min min_exp min_10_exp dig mant_dig "
                              "epsilon radix rounds",
                              vview_make(fi, 11)))))
        return false;
    Value ii[4] = {val_from_small(30), val_from_small(4), val_from_small(4300), val_from_small(640)};
    if (!set(I, d, "int_info",
             sys_sealed(I, sysmod_structseq(I, "sys", "int_info",
                              "bits_per_digit sizeof_digit default_max_str_digits "
                              "str_digits_check_threshold",
                              vview_make(ii, 4)))))
        return false;
    // one thread of execution: CPython's name for a build without threads
    Value ti[3] = {str_from_cstr(I, "pthread-stubs"), I->none, I->none};
    if (ti[0] == VAL_NULL ||
        !set(I, d, "thread_info",
             sys_sealed(I, sysmod_structseq(I, "sys", "thread_info", "name lock version",
                              vview_make(ti, 3)))))
        return false;
    Value alg = str_from_cstr(I, "siphash13");
    Value mod = int_from_i64(I, 2305843009213693951);
    if (alg == VAL_NULL || mod == VAL_NULL) return false;
    Value hi[9] = {val_from_small(64), mod, val_from_small(314159), val_from_small(0),
                   val_from_small(1000003), alg, val_from_small(64), val_from_small(128),
                   val_from_small(0)};
    return set(I, d, "hash_info",
               sys_sealed(I, sysmod_structseq(I, "sys", "hash_info",
                                "width modulus inf nan imag algorithm hash_bits seed_bits cutoff",
                                vview_make(hi, 9))));
}

static bool add_streams(Interp *I, Value d) {
    static const char *const names[3][2] = {
        {"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
    for (int i = 0; i < 3; i++) {
        Value f = iomod_std_new(I, i);
        if (!set(I, d, names[i][0], f) || !set(I, d, names[i][1], f)) return false;
    }
    return true;
}

static bool add_argv(Interp *I, Value d, int argc, const char *const *argv) {
    // cargs_get reads the vector; its parameter type drops only the inner const.
    const void *raw = argv;
    char *const *av = raw;
    Value l = list_new(I, argc > 0 ? (size_t)argc : 1);
    if (l == VAL_NULL) return false;
    for (int i = 0; i < argc; i++) {
        const char *s = cargs_get(argc, av, i);
        if (s == NULL) break;
        BView v = bview_cstr(s);
        // Bytes that are not UTF-8 are decoded with replacement rather than refused.
        Value a = str_decode(I, v, VAL_NULL, str_intern_cstr(I, "replace"));
        if (a == VAL_NULL || !list_append(I, l, a)) return false;
    }
    if (list_len(l) == 0 && !list_append(I, l, I->empty_str)) return false;
    Value orig = list_from_view(I, list_view(l));
    return set(I, d, "argv", l) && set(I, d, "orig_argv", orig);
}

bool sysmod_init(Interp *I, int argc, const char *const *argv) {
    if (I->modules == VAL_NULL) {
        I->modules = dict_new(I);
        if (I->modules == VAL_NULL) return false;
    }
    Value name = str_intern_cstr(I, "sys");
    if (name == VAL_NULL) return false;
    Value m = module_new(I, name);
    if (m == VAL_NULL) return false;
    I->sys = m;
    if (!module_add_functions(I, m, sys_methods) || !sysmod_more_init(I, m)) return false;
    Value d = module_dict(m);
    if (!add_argv(I, d, argc, argv) || !add_streams(I, d) || !add_info(I, d)) return false;
    Value mods = modtab_names(I);
    if (mods == VAL_NULL || !list_append(I, mods, str_intern_cstr(I, "builtins")) ||
        !list_append(I, mods, str_intern_cstr(I, "sys")) || !list_sort(I, mods, VAL_NULL, false))
        return false;
    mods = list_to_tuple(I, mods);
    if (!set(I, d, "builtin_module_names", mods)) return false;
    if (!set(I, d, "modules", I->modules) || !set(I, d, "path", list_new(I, 0)) ||
        !set(I, d, "meta_path", list_new(I, 0)) || !set(I, d, "path_hooks", list_new(I, 0)) ||
        !set(I, d, "path_importer_cache", dict_new(I)) || !set(I, d, "warnoptions", list_new(I, 0)))
        return false;
    if (!set(I, d, "version", str_from_cstr(I, SYS_VERSION)) ||
        !set(I, d, "hexversion", val_from_small(SYS_HEXVERSION)) ||
        !set(I, d, "api_version", val_from_small(1013)) ||
        !set(I, d, "maxsize", int_from_i64(I, INT64_MAX)) ||
        !set(I, d, "maxunicode", val_from_small(0x10FFFF)) ||
        !set(I, d, "platform", str_from_cstr(I, "linux")) ||
        !set(I, d, "platlibdir", str_from_cstr(I, "lib")) || !set(I, d, "abiflags", I->empty_str) ||
        !set(I, d, "byteorder", str_from_cstr(I, "little")) ||
        !set(I, d, "executable", I->empty_str) || !set(I, d, "prefix", I->empty_str) ||
        !set(I, d, "exec_prefix", I->empty_str) || !set(I, d, "base_prefix", I->empty_str) ||
        !set(I, d, "base_exec_prefix", I->empty_str) ||
        !set(I, d, "float_repr_style", str_from_cstr(I, "short")) ||
        !set(I, d, "copyright", str_from_cstr(I, "Copyright (c) the safepy authors.")) ||
        !set(I, d, "dont_write_bytecode", I->true_) ||
        !set(I, d, "pycache_prefix", I->none))
        return false;
    return dict_set(I, I->modules, name, m);
}
