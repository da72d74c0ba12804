/*
 * type_proxy.c: mappingproxy, the read-only live view a class's __dict__ returns (and
 * types.MappingProxyType). Reads go to the wrapped mapping; there is no way to write
 * through it.
 *
 * Storage: the proxy type is a __slots__-style type (TF_HAS_SLOTS), so its h.dict is
 * hidden from attribute lookup; it holds one entry, "obj" -> the wrapped mapping.
 *
 * Invariant: a proxy's wrapped mapping never changes after creation.
 */
#include "type.h"

#include "args.h"
#include "dict.h"
#include "exc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define PROXY_KEY "core.mappingproxy"

static Value mapping_of(Interp *I, Value self) {
    Obj *o = obj_ptr(self);
    if (o == NULL || o->dict == VAL_NULL) return exc_raise(I, TY_SYSTEM_ERROR, "bad mappingproxy");
    Value m = dict_get(I, o->dict, interp_name(I, N_obj));
    if (m == VAL_NULL && I->exc == VAL_NULL) return exc_raise(I, TY_SYSTEM_ERROR, "bad mappingproxy");
    return m;
}

static Type *proxy_type(Interp *I) {
    if (I->scratch == VAL_NULL) return NULL;
    Value v = dict_get_cstr(I, I->scratch, PROXY_KEY);
    if (v == VAL_NULL) I->exc = VAL_NULL;
    return type_cast(v);
}

Value type_mappingproxy(Interp *I, Value mapping) {
    Type *t = proxy_type(I);
    if (t == NULL) return dict_copy(I, mapping);
    Obj *o = obj_alloc(I, t, sizeof(Obj));
    if (o == NULL) return VAL_NULL;
    o->dict = dict_new(I);
    if (o->dict == VAL_NULL || !dict_set(I, o->dict, interp_name(I, N_obj), mapping)) return VAL_NULL;
    return obj_val(o);
}

static Value proxy_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)t;
    Value mapping;
    if (!args_parse(I, args, kwnames, "mappingproxy", "mapping", &mapping)) return VAL_NULL;
    // CPython's check: anything subscriptable but a list or a tuple (a str, a range, a
    // class with only __getitem__ and __len__: dataclasses.field(metadata=...))
    Type *mt = type_of(I, mapping);
    bool is_mapping = mt->getitem != NULL && !tuple_check(mapping) &&
                      !obj_is_instance_of(I, mapping, I->types[TY_LIST]);
    if (!is_mapping)
        return exc_raise(I, TY_TYPE_ERROR, "mappingproxy() argument must be a mapping, not %T", mapping);
    return type_mappingproxy(I, mapping);
}

static Value proxy_repr(Interp *I, Value self) {
    Value m = mapping_of(I, self);
    return m == VAL_NULL ? VAL_NULL : exc_format(I, "mappingproxy(%R)", m);
}

static Value proxy_str(Interp *I, Value self) {
    Value m = mapping_of(I, self);
    return m == VAL_NULL ? VAL_NULL : obj_str(I, m);
}

static Value proxy_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    Value m = mapping_of(I, a);
    return m == VAL_NULL ? VAL_NULL : obj_richcmp(I, m, b, op);
}

static Value proxy_iter(Interp *I, Value self) {
    Value m = mapping_of(I, self);
    return m == VAL_NULL ? VAL_NULL : obj_iter(I, m);
}

static int64_t proxy_len(Interp *I, Value self) {
    Value m = mapping_of(I, self);
    return m == VAL_NULL ? -1 : obj_len(I, m);
}

static Value proxy_getitem(Interp *I, Value self, Value key) {
    Value m = mapping_of(I, self);
    return m == VAL_NULL ? VAL_NULL : obj_getitem(I, m, key);
}

static int proxy_contains(Interp *I, Value self, Value key) {
    Value m = mapping_of(I, self);
    return m == VAL_NULL ? -1 : obj_contains(I, m, key);
}

// proxy | other and other | proxy work on a dict copy of the mapping.
static Value proxy_binop(Interp *I, Value a, Value b, BinOp op) {
    if (op != BINOP_OR) return I->notimpl;
    Type *pt = proxy_type(I);
    Value ma = type_of(I, a) == pt ? mapping_of(I, a) : a;
    Value mb = type_of(I, b) == pt ? mapping_of(I, b) : b;
    if (ma == VAL_NULL || mb == VAL_NULL) return VAL_NULL;
    if (!dict_check(ma) || !dict_check(mb)) return I->notimpl;
    Value r = dict_copy(I, ma);
    if (r == VAL_NULL || !dict_update(I, r, mb)) return VAL_NULL;
    return r;
}

// proxy |= other: a proxy is read-only, so CPython refuses it instead of rebinding
static Value proxy_inplace(Interp *I, Value a, Value b, BinOp op) {
    (void)b;
    if (op != BINOP_INPLACE + BINOP_OR || type_of(I, a) != proxy_type(I)) return I->notimpl;
    return exc_raise(I, TY_TYPE_ERROR, "'|=' is not supported by %T; use '|' instead", a);
}

static Value call_on_mapping(Interp *I, Value self, const char *name, ValView args) {
    Value m = mapping_of(I, self);
    return m == VAL_NULL ? VAL_NULL : obj_call_method(I, m, name, args);
}

static Value pm_get(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "get", 1, 2)) return VAL_NULL;
    return call_on_mapping(I, self, "get", args);
}

static Value pm_keys(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "keys", 0, 0)) return VAL_NULL;
    return call_on_mapping(I, self, "keys", args);
}

static Value pm_values(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "values", 0, 0)) return VAL_NULL;
    return call_on_mapping(I, self, "values", args);
}

static Value pm_items(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "items", 0, 0)) return VAL_NULL;
    return call_on_mapping(I, self, "items", args);
}

static Value pm_copy(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "copy", 0, 0)) return VAL_NULL;
    return call_on_mapping(I, self, "copy", args);
}

static Value pm_reversed(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reversed__", 0, 0)) return VAL_NULL;
    return call_on_mapping(I, self, "__reversed__", args);
}

static const MethodDef proxy_methods[] = {
    {"get", pm_get, 0, "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", pm_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", pm_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", pm_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", pm_copy, 0, "D.copy() -> a shallow copy of D"},
    {"__reversed__", pm_reversed, 0, "D.__reversed__() -> reverse iterator"},
    {NULL, NULL, 0, NULL},
};

static const TypeSpec proxy_spec = {
    .name = "mappingproxy",
    .inst_kind = K_OBJECT,
    .inst_size = sizeof(Obj),
    .tflags = TF_HAS_SLOTS | TF_MAPPING,
    .base = TY_OBJECT,
    .repr = proxy_repr,
    .str = proxy_str,
    .richcmp = proxy_richcmp,
    .iter = proxy_iter,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .contains = proxy_contains,
    .binop = proxy_binop,
    .inplace = proxy_inplace,
    .new_ = proxy_new,
    .methods = proxy_methods,
    .doc = "Read-only proxy of a mapping.",
};

bool type_proxy_init(Interp *I) {
    Type *t = obj_alloc_kind(I, I->types[TY_TYPE], K_TYPE, sizeof(Type));
    if (t == NULL) return false;
    type_init_builtin(I, t, &proxy_spec, I->types[TY_OBJECT]);
    if (!type_fill_builtin(I, t, &proxy_spec) || !type_alias_add_class_getitem(I, t)) return false;
    return dict_set_cstr(I, I->scratch, PROXY_KEY, obj_val(t));
}

Value type_mappingproxy_type(Interp *I) {
    Type *t = proxy_type(I);
    return t != NULL ? obj_val(t) : I->none;
}
