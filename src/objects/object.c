/*
 * object.c: object allocation (obj_alloc) and the `object` type: generic attribute access
 * (descriptors, instance dict, class attributes), the default __new__/__init__ with
 * CPython's "takes no arguments" rules, identity __eq__/__hash__, __repr__, __str__,
 * __format__, __class__, __dict__, __dir__, __init_subclass__; plus the singleton types
 * NoneType, NotImplementedType and ellipsis.
 *
 * Invariant: every object is created here (obj_try_alloc) with its header set; the
 * instance dict of an object is consulted by generic lookup only when its type is not a
 * __slots__-only type (whose h.dict is the hidden slot storage, see descr.h).
 */
#include "object.h"

#include "args.h"
#include "descr.h"
#include "dict.h"
#include "instdict.h"
#include "exc.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- allocation ---- */

bool obj_fin_register(Interp *I, Obj *o) {
    if ((o->flags & OBJ_FIN_SEEN) != 0) return true;
    if (!heap_fin_add(I->heap, obj_val(o))) return false;
    o->flags |= OBJ_FIN_SEEN;
    I->fin_on = true;
    if (o->kind != K_GEN) I->fin_strong++;
    return true;
}

Value obj_fin_check(Interp *I, Value v) {
    Obj *o = obj_ptr(v);
    if (o != NULL && o->type != NULL && (o->type->tflags & TF_HAS_DEL) != 0)
        (void)obj_fin_register(I, o); // (a registry that cannot grow: no finalizer)
    return v;
}

// The allocation every object goes through (inlined into the entry points: allocation
// is the hot path of float arithmetic and of object creation).
static inline Obj *try_alloc(Interp *I, Type *t, uint32_t kind, size_t size) {
    if (size < sizeof(Obj)) size = sizeof(Obj);
    Obj *o = heap_new_small(I->heap, size, HEAP_OBJ);
    if (o == NULL) return NULL;
    o->type = t;
    o->kind = kind;
    // flags and dict: the chunk is zero-filled (VAL_NULL is 0)
    return o;
}

void *obj_try_alloc(Interp *I, Type *t, uint32_t kind, size_t size) {
    return try_alloc(I, t, kind, size);
}

void *obj_alloc_kind(Interp *I, Type *t, uint32_t kind, size_t size) {
    void *p = try_alloc(I, t, kind, size);
    if (p == NULL) exc_nomem(I);
    return p;
}

void *custom_alloc(Interp *I, Type *t, const CustomLayout *layout, size_t size) {
    if (t != NULL && t->inst_size > size) size = t->inst_size;
    if (size < sizeof(CustomObj)) size = sizeof(CustomObj);
    CustomObj *c = obj_alloc_kind(I, t, K_CUSTOM, size);
    if (c != NULL) c->layout = layout;
    return c;
}

void *obj_alloc(Interp *I, Type *t, size_t size) {
    void *p = try_alloc(I, t, t != NULL ? t->inst_kind : (uint32_t)K_OBJECT, size);
    if (p == NULL) exc_nomem(I);
    return p;
}

/* ---- generic attribute access ---- */

Value obj_instance_dict(Interp *I, Value v) {
    Obj *o = obj_ptr(v);
    if (o == NULL || o->type == NULL) return VAL_NULL;
    if ((o->type->tflags & TF_HAS_DICT) == 0) return VAL_NULL;
    if (o->dict == VAL_NULL) o->dict = dict_new(I);
    return instdict_materialise(I, o);
}

// The dict generic lookup may read for [o] of type [tp], or VAL_NULL.
static Value visible_dict(const Obj *o, const Type *tp) {
    if (o == NULL || (tp->tflags & TF_HAS_SLOTS) != 0) return VAL_NULL;
    return o->dict;
}

Value obj_generic_getattr_ex(Interp *I, Value obj, Value name, bool suppress) {
    if (!str_check(name))
        return exc_raise(I, TY_TYPE_ERROR, "attribute name must be string, not '%T'", name);
    Type *tp = type_of(I, obj);
    Value descr = type_lookup(I, tp, name);
    DescrGetFn f = NULL;
    if (descr != VAL_NULL) {
        Type *dt = type_of(I, descr);
        f = dt->descr_get;
        if (f != NULL && dt->descr_set != NULL) return f(I, descr, obj, obj_val(tp));
    }
    Obj *o = obj_ptr(obj);
    if (visible_dict(o, tp) != VAL_NULL) {
        Value v = instdict_get(I, o, name, NULL);
        if (v != VAL_NULL) return v;
        if (I->exc != VAL_NULL) return VAL_NULL;
    }
    if (f != NULL) return f(I, descr, obj, obj_val(tp));
    if (descr != VAL_NULL) return descr;
    if (suppress) return VAL_NULL;
    return exc_raise_attr(I, obj, name);
}

Value obj_generic_getattr(Interp *I, Value obj, Value name) {
    return obj_generic_getattr_ex(I, obj, name, false);
}

int obj_generic_setattr(Interp *I, Value obj, Value name, Value v) {
    if (!str_check(name)) {
        exc_raise(I, TY_TYPE_ERROR, "attribute name must be string, not '%T'", name);
        return -1;
    }
    Type *tp = type_of(I, obj);
    Value descr = type_lookup(I, tp, name);
    if (descr != VAL_NULL) {
        Type *dt = type_of(I, descr);
        if (dt->descr_set != NULL) return dt->descr_set(I, descr, obj, v);
    }
    Obj *o = obj_ptr(obj);
    bool has_dict = o != NULL && ((tp->tflags & TF_HAS_DICT) != 0 ||
                                  visible_dict(o, tp) != VAL_NULL);
    if (has_dict) {
        if (v != VAL_NULL) {
            int r = instdict_store(I, o, name, v, 0, NULL);
            if (r != 0) return r > 0 ? 0 : -1;
            if (o->dict == VAL_NULL) {
                o->dict = dict_new(I);
                if (o->dict == VAL_NULL) return -1;
            }
            return dict_set(I, o->dict, name, v) ? 0 : -1;
        }
        // a deletion leaves the shared order: a real dict from now on
        if (instdict_materialise(I, o) == VAL_NULL && I->exc != VAL_NULL) return -1;
        if (o->dict != VAL_NULL) {
            int r = dict_del(I, o->dict, name);
            if (r < 0) return -1;
            if (r > 0) return 0;
        }
        exc_raise_attr(I, obj, name);
        return -1;
    }
    if (descr != VAL_NULL) {
        exc_raise(I, TY_ATTRIBUTE_ERROR, "'%T' object attribute '%U' is read-only", obj, name);
        return -1;
    }
    exc_raise_attr(I, obj, name);
    return -1;
}

/* ---- object's slots ---- */

Value obj_default_repr(Interp *I, Value v) {
    Type *tp = type_of(I, v);
    Value qn = type_qualified_name(I, tp);
    if (qn == VAL_NULL) return VAL_NULL;
    return exc_format(I, "<%U object at %p>", qn, (const void *)obj_ptr(v));
}

static Value object_repr(Interp *I, Value self) { return obj_default_repr(I, self); }

static Value object_str(Interp *I, Value self) {
    Type *tp = type_of(I, self);
    if (tp->repr == NULL) return obj_default_repr(I, self);
    // the repr slot itself, as CPython: obj_str checks its result as __str__'s
    return tp->repr(I, self);
}

static bool object_hash(Interp *I, Value self, int64_t *out) {
    (void)I;
    uint64_t a = (uint64_t)self;
    uint64_t r = (a >> 4) | (a << 60);
    int64_t h = (int64_t)r;
    if (h == -1) h = -2;
    *out = h;
    return true;
}

static Value object_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if (op == CMP_EQ) return a == b ? I->true_ : I->notimpl;
    if (op == CMP_NE) {
        Type *ta = type_of(I, a);
        if (ta->richcmp == NULL) return I->notimpl;
        Value r = ta->richcmp(I, a, b, CMP_EQ);
        if (r == VAL_NULL || r == I->notimpl) return r;
        int t = obj_truth(I, r);
        if (t < 0) return VAL_NULL;
        return interp_bool(I, t == 0);
    }
    return I->notimpl;
}

static Value object_format(Interp *I, Value self, Value spec) {
    if (str_check(spec) && str_len(spec) > 0)
        return exc_raise(I, TY_TYPE_ERROR, "unsupported format string passed to %T.__format__",
                         self);
    return obj_str(I, self);
}

static Value object_new(Interp *I, Type *t, ValView args, Value kwnames);
static int object_init(Interp *I, Value self, ValView args, Value kwnames);

// "Can't instantiate abstract class C with abstract method(s) a, b".
static Value raise_abstract(Interp *I, Type *t) {
    Value am = dict_get(I, t->h.dict, interp_name(I, N___abstractmethods__));
    if (am == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR, "Can't instantiate abstract class %U", t->name);
    }
    Value l = obj_to_list(I, am);
    if (l == VAL_NULL) return VAL_NULL;
    if (!list_sort(I, l, VAL_NULL, false)) return VAL_NULL;
    StrBuilder sb;
    sb_init(&sb);
    size_t n = list_len(l);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && !sb_add_cstr(I, &sb, ", ")) return VAL_NULL;
        Value s = obj_str(I, list_get(l, i));
        if (s == VAL_NULL || !sb_add_str(I, &sb, s)) return VAL_NULL;
    }
    Value joined = sb_finish(I, &sb);
    if (joined == VAL_NULL) return VAL_NULL;
    return exc_raise(I, TY_TYPE_ERROR, "Can't instantiate abstract class %U with abstract method%s %U",
                     t->name, n == 1 ? "" : "s", joined);
}

static Value object_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)kwnames;
    if (args.n > 0) {
        if (t->new_ != object_new)
            return exc_raise(I, TY_TYPE_ERROR,
                             "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->init == object_init)
            return exc_raise(I, TY_TYPE_ERROR, "%U() takes no arguments", t->name);
    }
    if ((t->tflags & TF_ABSTRACT) != 0) return raise_abstract(I, t);
    Obj *o = obj_alloc(I, t, t->inst_size);
    if (o == NULL) return VAL_NULL;
    return obj_fin_check(I, obj_val(o));
}

static int object_init(Interp *I, Value self, ValView args, Value kwnames) {
    (void)kwnames;
    if (args.n > 0) {
        Type *t = type_of(I, self);
        if (t->init != object_init) {
            exc_raise(I, TY_TYPE_ERROR,
                      "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->new_ == object_new) {
            exc_raise(I, TY_TYPE_ERROR,
                      "%U.__init__() takes exactly one argument (the instance to initialize)",
                      t->name);
            return -1;
        }
    }
    return 0;
}

/* ---- object's methods and attributes ---- */

// Adds the keys of dict [src] to dict [dst] (values None).
static bool add_keys(Interp *I, Value dst, Value src) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v))
        if (!dict_set(I, dst, k, I->none)) return false;
    return true;
}

static Value object_dir(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "object.__dir__", 0, 0)) return VAL_NULL;
    Value d = dict_new(I);
    if (d == VAL_NULL) return VAL_NULL;
    Value idict = obj_lookup_attr(I, self, interp_name(I, N___dict__));
    if (idict == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    if (idict != VAL_NULL && dict_check(idict) && !add_keys(I, d, idict)) return VAL_NULL;
    Value cls = obj_lookup_attr(I, self, interp_name(I, N___class__));
    if (cls == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    Type *t = type_cast(cls);
    if (t != NULL) {
        ValView mro = tuple_view(t->mro);
        for (size_t i = 0; i < mro.n; i++) {
            Type *b = type_cast(vview_get(mro, i));
            if (b != NULL && b->h.dict != VAL_NULL && !add_keys(I, d, b->h.dict)) return VAL_NULL;
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

static Value object_init_subclass(Interp *I, Value self, ValView args, Value kwnames) {
    // CPython names the class by its __qualname__ ("f.<locals>.C.__init_subclass__()")
    Type *t = type_cast(self);
    Value name = t != NULL && str_check(t->qualname) ? t->qualname : str_from_cstr(I, "object");
    if (name == VAL_NULL) return VAL_NULL;
    if (args_nkw(kwnames) > 0)
        return exc_raise(I, TY_TYPE_ERROR, "%U.__init_subclass__() takes no keyword arguments",
                         name);
    if (args.n > 0)
        return exc_raise(I, TY_TYPE_ERROR, "%U.__init_subclass__() takes no arguments (%zu given)",
                         name, args.n);
    return I->none;
}

static Value object_subclasshook(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    (void)args;
    (void)kwnames;
    return I->notimpl;
}

static Value object_sizeof(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "object.__sizeof__", 0, 0)) return VAL_NULL;
    Type *t = type_of(I, self);
    return val_from_small((intptr_t)t->inst_size);
}

// object.__getstate__(): the instance dict (None when empty), paired with a dict of the
// __slots__ values that are set, as CPython 3.11 does.
static Value object_getstate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "object.__getstate__", 0, 0)) return VAL_NULL;
    Type *t = type_of(I, self);
    Obj *o = obj_ptr(self);
    Value store = descr_slot_store(I, self, false);
    Value slots = dict_new(I);
    if (slots == VAL_NULL) return VAL_NULL;
    ValView mro = tuple_view(t->mro);
    for (size_t i = 0; store != VAL_NULL && i < mro.n; i++) {
        Type *c = type_cast(vview_get(mro, i));
        if (c == NULL || c->slotnames == VAL_NULL) continue;
        ValView names = tuple_view(c->slotnames);
        for (size_t j = 0; j < names.n; j++) {
            // the value getattr would see: the member found along t's MRO (a subclass's
            // slot of the same name hides the base's)
            Value nm = vview_get(names, j);
            Value md = type_lookup(I, t, nm);
            if (md == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
            Obj *mo = obj_ptr(md);
            DescrObject *d = mo != NULL && mo->type == interp_type(I, TY_MEMBER) ? descr_cast(md)
                                                                             : NULL;
            Value v = d != NULL ? descr_slot_get(store, d->arg) : VAL_NULL;
            if (v != VAL_NULL && !dict_set(I, slots, nm, v)) return VAL_NULL;
        }
    }
    Value state = I->none;
    if (o != NULL && (t->tflags & TF_HAS_SLOTS) == 0 && instdict_materialise(I, o) == VAL_NULL &&
        I->exc != VAL_NULL)
        return VAL_NULL;
    if (o != NULL && o->dict != VAL_NULL && (t->tflags & TF_HAS_SLOTS) == 0 &&
        dict_len(o->dict) > 0) {
        state = dict_copy(I, o->dict);
        if (state == VAL_NULL) return VAL_NULL;
    }
    if (dict_len(slots) > 0) return tuple_pack(I, 2, state, slots);
    return state;
}

// copyreg.[fn](self, protocol): object's default reductions live in lib/copyreg.py
// (imported through builtins.__import__, as the objects layer does not import).
static Value copyreg_call(Interp *I, const char *fn, Value self, Value proto) {
    Value imp = dict_get_cstr(I, I->builtins, "__import__");
    if (imp == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : exc_raise(I, TY_IMPORT_ERROR, "__import__ not found");
    Value name = str_from_cstr(I, "copyreg");
    if (name == VAL_NULL) return VAL_NULL;
    Value m = obj_call1(I, imp, name);
    if (m == VAL_NULL) return VAL_NULL;
    Value f = obj_getattr_cstr(I, m, fn);
    if (f == VAL_NULL) return VAL_NULL;
    Value a[2] = {self, proto};
    return obj_call(I, f, vview_make(a, 2), VAL_NULL);
}

// object.__reduce__(): copyreg._reduce_ex(self, 0), as CPython.
static Value object_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "object.__reduce__", 0, 0)) return VAL_NULL;
    return copyreg_call(I, "_reduce_ex", self, val_from_small(0));
}

// object.__reduce_ex__(protocol): an overriding __reduce__ wins; otherwise copyreg's
// _reduce_ex (protocols 0 and 1) or _reduce_newobj (2 and up).
static Value object_reduce_ex(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_one(I, args, kwnames, "object.__reduce_ex__")) return VAL_NULL;
    Value proto = vview_get(args, 0);
    int64_t p;
    if (!obj_index_i64(I, proto, &p)) return VAL_NULL;
    Value mine = obj_getattr_cstr(I, obj_val(type_of(I, self)), "__reduce__");
    if (mine == VAL_NULL) return VAL_NULL;
    Value base = dict_get_cstr(I, interp_type(I, TY_OBJECT)->h.dict, "__reduce__");
    if (base == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    if (mine != base) {
        Value bound = obj_getattr_cstr(I, self, "__reduce__");
        return bound == VAL_NULL ? VAL_NULL : obj_call(I, bound, vview_make(NULL, 0), VAL_NULL);
    }
    return copyreg_call(I, p < 2 ? "_reduce_ex" : "_reduce_newobj", self, val_from_small((intptr_t)p));
}

static Value class_get(Interp *I, Value self) { return obj_val(type_of(I, self)); }

// The class whose own __slots__ last extend [t]'s slot store (descr.h): t, or the nearest
// class down its base chain that adds slots, or the first builtin type there.
static const Type *slots_base(const Type *t) {
    while ((t->tflags & TF_HEAP) != 0 && t->base != NULL &&
           (t->slotnames == VAL_NULL || tuple_len(t->slotnames) == 0))
        t = t->base;
    return t;
}

// Instances of [a] and [b] have the same slot-store layout: the same class adds the last
// slots, or two classes add the same (sorted, mangled) names to the same base, as
// CPython's check of the slots two classes add.
static bool same_slots(const Type *a, const Type *b) {
    a = slots_base(a);
    b = slots_base(b);
    if (a == b) return true;
    if (a->base != b->base || a->slotnames == VAL_NULL || b->slotnames == VAL_NULL) return false;
    ValView x = tuple_view(a->slotnames), y = tuple_view(b->slotnames);
    if (x.n != y.n) return false;
    for (size_t i = 0; i < x.n; i++)
        if (!str_eq(vview_get(x, i), vview_get(y, i))) return false;
    return true;
}

// Instances of [a] and [b] have the same C layout (for __class__ assignment).
static bool same_layout(const Type *a, const Type *b) {
    if (a->inst_kind != b->inst_kind || a->inst_size != b->inst_size) return false;
    uint32_t m = TF_HAS_DICT | TF_HAS_SLOTS;
    if ((a->tflags & m) != (b->tflags & m)) return false;
    return same_slots(a, b);
}

static int class_set(Interp *I, Value self, Value v) {
    if (v == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "can't delete __class__ attribute");
        return -1;
    }
    Type *nt = type_cast(v);
    if (nt == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "__class__ must be set to a class, not '%T' object", v);
        return -1;
    }
    Type *ot = type_of(I, self);
    Obj *o = obj_ptr(self);
    bool mod = ot->inst_kind == K_MODULE && nt->inst_kind == K_MODULE;
    if (o == NULL || (!mod && ((ot->tflags & TF_HEAP) == 0 || (nt->tflags & TF_HEAP) == 0))) {
        exc_raise(I, TY_TYPE_ERROR,
                  "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!same_layout(ot, nt)) {
        exc_raise(I, TY_TYPE_ERROR, "__class__ assignment: '%U' object layout differs from '%U'",
                  nt->name, ot->name);
        return -1;
    }
    // values laid out by the old class's keys stay meaningful (they name their keys
    // object), but only a class with shared keys expects them (instdict.h)
    if (nt->shared_keys == VAL_NULL && instdict_materialise(I, o) == VAL_NULL &&
        I->exc != VAL_NULL)
        return -1;
    o->type = nt;
    (void)obj_fin_check(I, obj_val(o)); // a class with __del__: registered from now on
    return 0;
}

static Value dict_attr_get(Interp *I, Value self) {
    Value d = obj_instance_dict(I, self);
    if (d == VAL_NULL && I->exc == VAL_NULL)
        return exc_raise_attr(I, self, interp_name(I, N___dict__));
    return d;
}

static int dict_attr_set(Interp *I, Value self, Value v) {
    Obj *o = obj_ptr(self);
    if (o == NULL || (type_of(I, self)->tflags & TF_HAS_DICT) == 0) {
        exc_raise_attr(I, self, interp_name(I, N___dict__));
        return -1;
    }
    if (v != VAL_NULL && !dict_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    // the __slots__ values hang off the old __dict__ (descr.h): carry them over
    Value store = descr_slot_store(I, self, false);
    if (v == VAL_NULL && store != VAL_NULL) {
        v = dict_new(I);
        if (v == VAL_NULL) return -1;
    }
    DictObject *nd = dict_cast(v), *od = dict_cast(o->dict);
    if (nd != NULL && store != VAL_NULL) nd->slot_store = store;
    // the old dict, which Python code may still hold and give to another instance, keeps
    // no pointer to this instance's store
    if (od != NULL && od != nd) od->slot_store = VAL_NULL;
    o->dict = v;
    return 0;
}

// The __dict__ of builtin types with one (functions' kin: partial, exceptions, AST
// nodes...), as CPython's PyObject_GenericSetDict: it may be replaced, not deleted.
static int builtin_dict_attr_set(Interp *I, Value self, Value v) {
    if (v == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "cannot delete __dict__");
        return -1;
    }
    return dict_attr_set(I, self, v);
}

static const GetSetDef dict_getset[] = {
    {"__dict__", dict_attr_get, dict_attr_set},
    {NULL, NULL, NULL},
};

static const GetSetDef builtin_dict_getset[] = {
    {"__dict__", dict_attr_get, builtin_dict_attr_set},
    {NULL, NULL, NULL},
};

const GetSetDef *object_dict_getsetdef(void) { return dict_getset; }

const GetSetDef *object_builtin_dict_getsetdef(void) { return builtin_dict_getset; }

static const MethodDef object_methods[] = {
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__init_subclass__", object_init_subclass, METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, METH_CLASS, "Abstract classes can override this."},
    {"__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes."},
    {"__getstate__", object_getstate, 0, "Helper for pickle."},
    {"__reduce_ex__", object_reduce_ex, 0, "Helper for pickle."},
    {"__reduce__", object_reduce, 0, "Helper for pickle."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef object_getsets[] = {
    {"__class__", class_get, class_set},
    {NULL, NULL, NULL},
};

const TypeSpec object_spec = {
    .name = "object",
    .inst_kind = K_OBJECT,
    .inst_size = sizeof(Obj),
    .tflags = TF_BASETYPE,
    .base = -1,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcmp = object_richcmp,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .format = object_format,
    .methods = object_methods,
    .getsets = object_getsets,
    .doc = "The base class of the class hierarchy.\n\n"
           "When called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
};

/* ---- None, NotImplemented, Ellipsis ---- */

static Value singleton_new(Interp *I, const char *name, ValView args, Value value) {
    if (args.n > 0) return exc_raise(I, TY_TYPE_ERROR, "%s takes no arguments", name);
    return value;
}

static Value none_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)kwnames;
    (void)t;
    return singleton_new(I, "NoneType", args, I->none);
}
static Value notimpl_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)kwnames;
    (void)t;
    return singleton_new(I, "NotImplementedType", args, I->notimpl);
}
static Value ellipsis_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)kwnames;
    (void)t;
    return singleton_new(I, "EllipsisType", args, I->ellipsis);
}

static Value none_repr(Interp *I, Value self) {
    (void)self;
    return str_from_cstr(I, "None");
}
static Value notimpl_repr(Interp *I, Value self) {
    (void)self;
    return str_from_cstr(I, "NotImplemented");
}
static Value ellipsis_repr(Interp *I, Value self) {
    (void)self;
    return str_from_cstr(I, "Ellipsis");
}

static int none_truth(Interp *I, Value self) {
    (void)I;
    (void)self;
    return 0;
}

static Value singleton_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (self == I->notimpl) return str_from_cstr(I, "NotImplemented");
    return str_from_cstr(I, "Ellipsis");
}

static const MethodDef singleton_methods[] = {
    {"__reduce__", singleton_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const TypeSpec none_spec = {
    .name = "NoneType",
    .inst_kind = K_NONE,
    .inst_size = sizeof(Obj),
    .base = TY_OBJECT,
    .repr = none_repr,
    .truth = none_truth,
    .new_ = none_new,
};

// bool(NotImplemented) is True, with CPython 3.9+'s DeprecationWarning.
static int notimpl_truth(Interp *I, Value self) {
    (void)self;
    if (!exc_warn(I, TY_DEPRECATION_WARNING, "NotImplemented should not be used in a boolean context"))
        return -1;
    return 1;
}

const TypeSpec notimpl_spec = {
    .name = "NotImplementedType",
    .inst_kind = K_NONE,
    .inst_size = sizeof(Obj),
    .base = TY_OBJECT,
    .repr = notimpl_repr,
    .truth = notimpl_truth,
    .new_ = notimpl_new,
    .methods = singleton_methods,
};

const TypeSpec ellipsis_spec = {
    .name = "ellipsis",
    .inst_kind = K_NONE,
    .inst_size = sizeof(Obj),
    .base = TY_OBJECT,
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
    .methods = singleton_methods,
};
