/*
 * type_alias.c: the typing helpers builtin types support since Python 3.9/3.10:
 * `list[int]` (types.GenericAlias, through __class_getitem__ on list, dict, tuple, set
 * and frozenset; `type[int]` is obj_getitem's special case) and `int | None`
 * (types.UnionType, through type.__or__), so annotations such as
 * `tags: list[str] | None = None` evaluate as in CPython.
 *
 * Both types are created at start-up from TypeSpecs here (they have no TypeId; they are
 * found through I->scratch). Their instances are plain objects whose __origin__, __args__
 * and __parameters__ live in the instance dict. PEP 646's unpacked alias (`*tuple[int]`,
 * what iterating an alias yields) is a GenericAlias whose __unpacked__ is True; its
 * __typing_unpacked_tuple_args__ is the args when the origin is tuple, else None.
 *
 * Subscribing an alias that has type variables substitutes them with CPython's algorithm
 * (subs_parameters: the parameters' __typing_prepare_subst__ hooks, then each argument's
 * __typing_subst__ or its own subscription), shared with typing's aliases through those
 * hooks. An alias answers only its own attributes (ga_own_attrs) and forwards every
 * other name to its origin, as CPython's ga_getattro.
 *
 * Invariant: a UnionType's __args__ has at least two distinct members and never contains
 * None itself (it holds NoneType instead); a GenericAlias's __args__ is a tuple.
 */
#include "type.h"

#include "args.h"
#include "dict.h"
#include "exc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "iterobject.h"
#include "list.h"
#include "set.h"
#include "../vm/func.h"

#define GA_KEY "core.GenericAlias"
#define UNION_KEY "core.UnionType"
#define GA_ITER_KEY "core.GenericAliasIterator"

static Type *scratch_type(Interp *I, const char *key) {
    if (I->scratch == VAL_NULL) return NULL;
    Value v = dict_get_cstr(I, I->scratch, key);
    if (v == VAL_NULL) I->exc = VAL_NULL;
    return type_cast(v);
}

static bool is_a(Interp *I, Value v, const char *key) {
    Type *t = scratch_type(I, key);
    return t != NULL && type_is_subtype(type_of(I, v), t);
}

static Value attr(Interp *I, Value self, const char *name) {
    Obj *o = obj_ptr(self);
    if (o == NULL || o->dict == VAL_NULL) return VAL_NULL;
    Value v = dict_get_cstr(I, o->dict, name);
    if (v == VAL_NULL) I->exc = VAL_NULL;
    return v;
}

static Value args_of(Interp *I, Value self) {
    Value a = attr(I, self, "__args__");
    return a != VAL_NULL ? a : I->empty_tuple;
}

// [v]'s attribute [name], or VAL_NULL without an exception when it has none.
static Value maybe_attr(Interp *I, Value v, const char *name) {
    Value n = str_from_cstr(I, name);
    return n == VAL_NULL ? VAL_NULL : obj_lookup_attr(I, v, n);
}

// Appends [p] to [out] unless already there.
static bool add_param(Interp *I, ValVec *out, Value p) {
    for (size_t i = 0; i < out->len; i++)
        if (vec_get(out, i) == p) return true;
    if (vec_push(I->heap, out, p) != K_OK) {
        exc_nomem(I);
        return false;
    }
    return true;
}

// The type variables in [args] (CPython's __parameters__): each argument with a
// __typing_subst__ (a TypeVar) and the __parameters__ of the others, without repeats.
static Value collect_params(Interp *I, Value args) {
    ValView a = tuple_view(args);
    ValVec out;
    vec_init(&out);
    for (size_t i = 0; i < a.n; i++) {
        Value x = vview_get(a, i);
        if (type_cast(x) != NULL || val_is_small(x) || x == I->none || x == I->ellipsis) continue;
        Value subst = maybe_attr(I, x, "__typing_subst__");
        if (subst != VAL_NULL) {
            if (!add_param(I, &out, x)) return VAL_NULL;
            continue;
        }
        if (I->exc != VAL_NULL) return VAL_NULL;
        Value ps = maybe_attr(I, x, "__parameters__");
        if (ps == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            continue;
        }
        if (!tuple_check(ps)) continue;
        ValView pv = tuple_view(ps);
        for (size_t j = 0; j < pv.n; j++)
            if (!add_param(I, &out, vview_get(pv, j))) return VAL_NULL;
    }
    if (out.len == 0) return I->empty_tuple;
    return tuple_from_view(I, vview_of_vec(&out));
}

// A new instance of type [t] (the scratch type [key] when NULL, else a subclass of it
// made in Python) with the given attributes.
static Value make_as(Interp *I, Type *t, const char *key, Value origin, Value args) {
    if (t == NULL) t = scratch_type(I, key);
    if (t == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "typing helpers not initialised");
    Obj *o = obj_alloc(I, t, t->inst_size > sizeof(Obj) ? t->inst_size : sizeof(Obj));
    if (o == NULL) return VAL_NULL;
    o->dict = dict_new(I);
    if (o->dict == VAL_NULL) return VAL_NULL;
    if (origin != VAL_NULL && !dict_set_cstr(I, o->dict, "__origin__", origin)) return VAL_NULL;
    Value params = collect_params(I, args);
    if (params == VAL_NULL || !dict_set_cstr(I, o->dict, "__args__", args) ||
        !dict_set_cstr(I, o->dict, "__parameters__", params) ||
        !dict_set_cstr(I, o->dict, "__unpacked__", I->false_) ||
        !dict_set_cstr(I, o->dict, "__typing_unpacked_tuple_args__", I->none))
        return VAL_NULL;
    return obj_val(o);
}

static bool is_unpacked(Interp *I, Value alias) { return attr(I, alias, "__unpacked__") == I->true_; }

// Marks the fresh alias [alias] unpacked (*alias), keeping its origin and args.
static Value unpack(Interp *I, Value alias) {
    Obj *o = obj_ptr(alias);
    Value origin = attr(I, alias, "__origin__");
    Value tuple_args = origin == obj_val(I->types[TY_TUPLE]) ? args_of(I, alias) : I->none;
    if (o == NULL || !dict_set_cstr(I, o->dict, "__unpacked__", I->true_) ||
        !dict_set_cstr(I, o->dict, "__typing_unpacked_tuple_args__", tuple_args))
        return VAL_NULL;
    return alias;
}

static Value make(Interp *I, const char *key, Value origin, Value args) {
    return make_as(I, NULL, key, origin, args);
}

Value type_generic_alias(Interp *I, Value origin, Value args) {
    Value a = tuple_check(args) ? args : tuple_pack(I, 1, args);
    if (a == VAL_NULL) return VAL_NULL;
    return make(I, GA_KEY, origin, a);
}

/* ---- repr ---- */

// One item of a GenericAlias/Union repr: "...", "int", "mod.C", "None", or repr().
static bool add_item(Interp *I, StrBuilder *sb, Value v, bool none_name) {
    if (v == I->ellipsis) return sb_add_cstr(I, sb, "...");
    if (none_name && (v == I->none || v == obj_val(I->types[TY_NONE])))
        return sb_add_cstr(I, sb, "None");
    Type *t = type_cast(v);
    if (t != NULL && !is_a(I, v, GA_KEY)) {
        Value qn = type_qualified_name(I, t);
        return qn != VAL_NULL && sb_add_str(I, sb, qn);
    }
    Value r = obj_repr(I, v);
    return r != VAL_NULL && sb_add_str(I, sb, r);
}

static Value ga_repr(Interp *I, Value self) {
    StrBuilder sb;
    sb_init(&sb);
    Value origin = attr(I, self, "__origin__");
    if (is_unpacked(I, self) && !sb_add_cstr(I, &sb, "*")) return VAL_NULL;
    if (origin == VAL_NULL || !add_item(I, &sb, origin, false) || !sb_add_cstr(I, &sb, "["))
        return VAL_NULL;
    ValView a = tuple_view(args_of(I, self));
    if (a.n == 0 && !sb_add_cstr(I, &sb, "()")) return VAL_NULL;
    for (size_t i = 0; i < a.n; i++) {
        if (i > 0 && !sb_add_cstr(I, &sb, ", ")) return VAL_NULL;
        if (!add_item(I, &sb, vview_get(a, i), false)) return VAL_NULL;
    }
    if (!sb_add_cstr(I, &sb, "]")) return VAL_NULL;
    return sb_finish(I, &sb);
}

static Value union_repr(Interp *I, Value self) {
    StrBuilder sb;
    sb_init(&sb);
    ValView a = tuple_view(args_of(I, self));
    for (size_t i = 0; i < a.n; i++) {
        if (i > 0 && !sb_add_cstr(I, &sb, " | ")) return VAL_NULL;
        if (!add_item(I, &sb, vview_get(a, i), true)) return VAL_NULL;
    }
    return sb_finish(I, &sb);
}

/* ---- X | Y ---- */

// True when [v] may take part in a union: a type, None, a GenericAlias or a union.
static bool unionable(Interp *I, Value v) {
    return v == I->none || type_cast(v) != NULL || is_a(I, v, GA_KEY) || is_a(I, v, UNION_KEY);
}

// Appends [v] (flattening unions, None as NoneType) to [out] unless already there.
static bool add_member(Interp *I, ValVec *out, Value v) {
    if (is_a(I, v, UNION_KEY)) {
        ValView a = tuple_view(args_of(I, v));
        for (size_t i = 0; i < a.n; i++)
            if (!add_member(I, out, vview_get(a, i))) return false;
        return true;
    }
    if (v == I->none) v = obj_val(I->types[TY_NONE]);
    for (size_t i = 0; i < out->len; i++) {
        Value x = vec_get(out, i);
        if (x == v) return true;
        if (is_a(I, x, GA_KEY) && is_a(I, v, GA_KEY)) {
            int r = obj_eq(I, x, v);
            if (r < 0) return false;
            if (r) return true;
        }
    }
    if (vec_push(I->heap, out, v) != K_OK) {
        exc_nomem(I);
        return false;
    }
    return true;
}

Value type_union(Interp *I, Value a, Value b) {
    if (!unionable(I, a) || !unionable(I, b)) return I->notimpl;
    ValVec out;
    vec_init(&out);
    if (!add_member(I, &out, a) || !add_member(I, &out, b)) return VAL_NULL;
    if (out.len == 1) return vec_get(&out, 0);
    Value args = tuple_from_view(I, vview_of_vec(&out));
    if (args == VAL_NULL) return VAL_NULL;
    return make(I, UNION_KEY, VAL_NULL, args);
}

static Value or_binop(Interp *I, Value a, Value b, BinOp op) {
    if (op != BINOP_OR) return I->notimpl;
    return type_union(I, a, b);
}

/* ---- comparison and hashing ---- */

static Value ga_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_a(I, b, GA_KEY)) return I->notimpl;
    if (is_unpacked(I, a) != is_unpacked(I, b)) return interp_bool(I, op == CMP_NE);
    int r = obj_eq(I, attr(I, a, "__origin__"), attr(I, b, "__origin__"));
    if (r > 0) r = obj_eq(I, args_of(I, a), args_of(I, b));
    if (r < 0) return VAL_NULL;
    return interp_bool(I, op == CMP_EQ ? r != 0 : r == 0);
}

static bool ga_hash(Interp *I, Value self, int64_t *out) {
    int64_t h1, h2;
    if (!obj_hash(I, attr(I, self, "__origin__"), &h1) || !obj_hash(I, args_of(I, self), &h2))
        return false;
    int64_t h = h1 ^ h2;
    *out = h == -1 ? -2 : h;
    return true;
}

// Union equality ignores order: every member of one is in the other.
static int members_subset(Interp *I, Value a, Value b) {
    ValView x = tuple_view(args_of(I, a)), y = tuple_view(args_of(I, b));
    for (size_t i = 0; i < x.n; i++) {
        bool found = false;
        for (size_t j = 0; j < y.n && !found; j++) {
            int r = obj_eq(I, vview_get(x, i), vview_get(y, j));
            if (r < 0) return -1;
            found = r != 0;
        }
        if (!found) return 0;
    }
    return 1;
}

static Value union_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_a(I, b, UNION_KEY)) return I->notimpl;
    int r = members_subset(I, a, b);
    if (r > 0) r = members_subset(I, b, a);
    if (r < 0) return VAL_NULL;
    return interp_bool(I, op == CMP_EQ ? r != 0 : r == 0);
}

static bool union_hash(Interp *I, Value self, int64_t *out) {
    // hash(frozenset(args)), as CPython: int | str hashes as typing.Union[int, str]
    Value fs = set_from_iterable(I, args_of(I, self), true);
    return fs != VAL_NULL && obj_hash(I, fs, out);
}

/* ---- GenericAlias behaviour ---- */

// The attributes an alias answers itself; every other one is its origin's, as in
// CPython (list[int].append is list.append, copy finds no __deepcopy__ of the origin).
static const char *const ga_own_attrs[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__",
};

static bool is_own_attr(Value name) {
    for (size_t i = 0; i < sizeof ga_own_attrs / sizeof ga_own_attrs[0]; i++)
        if (str_eq_cstr(name, ga_own_attrs[i])) return true;
    return false;
}

static Value ga_getattro(Interp *I, Value self, Value name) {
    Value origin = attr(I, self, "__origin__");
    if (origin == VAL_NULL || !str_check(name) || is_own_attr(name))
        return obj_generic_getattr_ex(I, self, name, false);
    // the origin may be an alias too: GenericAlias(GenericAlias(...), ...) nested deep
    if (!interp_enter_c(I, "while getting an attribute")) return VAL_NULL;
    Value r = obj_getattr(I, origin, name);
    interp_leave_c(I);
    return r;
}

// dir(alias): the origin's names and the alias's own.
static Value ga_dir(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__dir__", 0, 0)) return VAL_NULL;
    Value origin = attr(I, self, "__origin__");
    Value dirf = obj_getattr_cstr(I, I->builtins_mod, "dir");
    Value names = dirf == VAL_NULL ? VAL_NULL : obj_call1(I, dirf, origin != VAL_NULL ? origin : I->none);
    if (names == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < sizeof ga_own_attrs / sizeof ga_own_attrs[0]; i++) {
        Value n = str_from_cstr(I, ga_own_attrs[i]);
        int has = n == VAL_NULL ? -1 : obj_contains(I, names, n);
        if (has < 0 || (has == 0 && !list_append(I, names, n))) return VAL_NULL;
    }
    return names;
}

// The position of [p] in the parameters [params], or -1.
static int64_t param_index(ValView params, Value p) {
    for (size_t i = 0; i < params.n; i++)
        if (vview_get(params, i) == p) return (int64_t)i;
    return -1;
}

// The subscription items [key] with each unpacked fixed-length tuple spread out, as
// PEP 646 asks (list[T][*tuple[int]] is list[int]); *tuple[int, ...] stays one item.
static Value unpack_items(Interp *I, Value key) {
    ValView kv = tuple_check(key) ? tuple_view(key) : vview_make(&key, 1);
    ValVec out;
    vec_init(&out);
    for (size_t i = 0; i < kv.n; i++) {
        Value x = vview_get(kv, i);
        Value sub = type_cast(x) == NULL && !val_is_small(x)
                        ? maybe_attr(I, x, "__typing_unpacked_tuple_args__") : VAL_NULL;
        if (sub == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
        ValView sv = sub != VAL_NULL && tuple_check(sub) ? tuple_view(sub) : vview_make(NULL, 0);
        bool spread = sub != VAL_NULL && tuple_check(sub) &&
                      !(sv.n > 0 && vview_get(sv, sv.n - 1) == I->ellipsis);
        for (size_t j = 0; j < (spread ? sv.n : 1); j++)
            if (vec_push(I->heap, &out, spread ? vview_get(sv, j) : x) != K_OK) return exc_nomem(I);
    }
    return tuple_from_view(I, vview_of_vec(&out));
}

// True when [v] is an unpacked TypeVarTuple (*Ts): its args stand for several items.
static int is_unpacked_tvt(Interp *I, Value v) {
    if (type_cast(v) != NULL || val_is_small(v)) return 0;
    Value f = maybe_attr(I, v, "__typing_is_unpacked_typevartuple__");
    if (f == VAL_NULL) return I->exc != VAL_NULL ? -1 : 0;
    return obj_truth(I, f);
}

// True when the parameter [p] is a TypeVarTuple (its type iterates: iter(Ts) is *Ts).
static int is_tvt_param(Interp *I, Value p) {
    Value it = maybe_attr(I, obj_val(type_of(I, p)), "__iter__");
    if (it == VAL_NULL) return I->exc != VAL_NULL ? -1 : 0;
    return it != I->none;
}

// Appends [x] to [out], or its items when [spread] and it is a tuple.
static bool push_items(Interp *I, ValVec *out, Value x, bool spread) {
    ValView xv = spread && tuple_check(x) ? tuple_view(x) : vview_make(&x, 1);
    for (size_t i = 0; i < xv.n; i++)
        if (vec_push(I->heap, out, vview_get(xv, i)) != K_OK) {
            exc_nomem(I);
            return false;
        }
    return true;
}

// [arg] (an argument that has parameters of its own, like list[T] inside dict[str,
// list[T]]) with its parameters replaced by their items: arg[items...].
static Value subs_tvars(Interp *I, Value arg, ValView params, ValView items) {
    Value sub = maybe_attr(I, arg, "__parameters__");
    if (sub == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : arg;
    if (!tuple_check(sub) || tuple_len(sub) == 0) return arg;
    ValView sv = tuple_view(sub);
    ValVec out;
    vec_init(&out);
    for (size_t j = 0; j < sv.n; j++) {
        Value p = vview_get(sv, j);
        int64_t k = param_index(params, p);
        if (k < 0) {
            if (!push_items(I, &out, p, false)) return VAL_NULL;
            continue;
        }
        int tvt = is_tvt_param(I, p);
        if (tvt < 0 || !push_items(I, &out, vview_get(items, (size_t)k), tvt > 0)) return VAL_NULL;
    }
    Value subitems = tuple_from_view(I, vview_of_vec(&out));
    if (subitems == VAL_NULL) return VAL_NULL;
    if (!interp_enter_c(I, "in alias substitution")) return VAL_NULL; // list[list[...T]]
    Value r = obj_getitem(I, arg, subitems);
    interp_leave_c(I);
    return r;
}

// The new __args__ of [self] (whose arguments are [args] and type variables [params])
// subscripted with [key], as CPython's substitution: each parameter with a
// __typing_prepare_subst__ (TypeVarTuple, ParamSpec) first regroups the items, then
// each argument that is a parameter calls its __typing_subst__ with its item, and
// the others are subscripted with the items of their own parameters. An unpacked
// TypeVarTuple's result (a tuple) is spread: tuple[T, *Ts][int, str, bytes].
static Value subs_parameters(Interp *I, Value self, Value args, Value params, Value key) {
    ValView pv = params != VAL_NULL && tuple_check(params) ? tuple_view(params) : vview_make(NULL, 0);
    if (pv.n == 0) return exc_raise(I, TY_TYPE_ERROR, "%R is not a generic class", self);
    Value items = unpack_items(I, key);
    if (items == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < pv.n; i++) {
        Value p = vview_get(pv, i);
        if (type_cast(p) != NULL || val_is_small(p)) continue;
        Value prep = maybe_attr(I, p, "__typing_prepare_subst__");
        if (prep == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            continue;
        }
        items = obj_call2(I, prep, self, items);
        if (items == VAL_NULL) return VAL_NULL;
        if (!tuple_check(items)) items = tuple_pack(I, 1, items);
        if (items == VAL_NULL) return VAL_NULL;
    }
    ValView iv = tuple_view(items);
    if (iv.n != pv.n)
        return exc_raise(I, TY_TYPE_ERROR, "Too %s arguments for %R; actual %zu, expected %zu",
                         iv.n > pv.n ? "many" : "few", self, iv.n, pv.n);
    ValView a = tuple_view(args);
    ValVec out;
    vec_init(&out);
    for (size_t i = 0; i < a.n; i++) {
        Value x = vview_get(a, i), r;
        if (type_cast(x) != NULL || val_is_small(x)) {
            if (!push_items(I, &out, x, false)) return VAL_NULL;
            continue;
        }
        int unpack = is_unpacked_tvt(I, x);
        if (unpack < 0) return VAL_NULL;
        Value subst = maybe_attr(I, x, "__typing_subst__");
        if (subst != VAL_NULL) {
            int64_t at = param_index(pv, x);
            if (at < 0) return exc_raise(I, TY_TYPE_ERROR, "%R is not a type variable", x);
            r = obj_call1(I, subst, vview_get(iv, (size_t)at));
        } else {
            r = I->exc != VAL_NULL ? VAL_NULL : subs_tvars(I, x, pv, iv);
        }
        if (r == VAL_NULL || !push_items(I, &out, r, unpack > 0)) return VAL_NULL;
    }
    return tuple_from_view(I, vview_of_vec(&out));
}

// alias[items]: substitutes the alias's type variables (list[T][int] -> list[int]).
static Value ga_getitem(Interp *I, Value self, Value key) {
    Value out = subs_parameters(I, self, args_of(I, self), attr(I, self, "__parameters__"), key);
    if (out == VAL_NULL) return VAL_NULL;
    Value origin = attr(I, self, "__origin__");
    Value res = make_as(I, type_of(I, self), GA_KEY, origin, out);
    return res != VAL_NULL && is_unpacked(I, self) ? unpack(I, res) : res;
}

// union[items]: (int | list[T])[str] is int | list[str], the new members joined by |.
static Value union_getitem(Interp *I, Value self, Value key) {
    Value out = subs_parameters(I, self, args_of(I, self), attr(I, self, "__parameters__"), key);
    if (out == VAL_NULL) return VAL_NULL;
    ValView ov = tuple_view(out);
    if (ov.n == 0) return exc_raise(I, TY_TYPE_ERROR, "%R is not a generic class", self);
    Value res = vview_get(ov, 0);
    for (size_t i = 1; i < ov.n && res != VAL_NULL; i++)
        res = obj_binop(I, res, vview_get(ov, i), BINOP_OR);
    return res;
}

// iter(alias) yields one unpacked alias, *alias (PEP 646: `*tuple[int]`, `f(*list[T])`);
// without __iter__, iter() would fall back to alias[0], alias[1], ... and substitute
// forever (`3 in list[T]` hung).
static Value ga_iter(Interp *I, Value self) {
    Type *t = scratch_type(I, GA_ITER_KEY);
    if (t == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "typing helpers not initialised");
    IterObject *it = obj_alloc_kind(I, t, K_ITER, sizeof(IterObject));
    if (it == NULL) return VAL_NULL;
    it->src = self;
    return obj_val(it);
}

static IterObject *ga_iter_cast(Interp *I, Value v) {
    IterObject *it = iterobject_cast(v);
    Type *t = scratch_type(I, GA_ITER_KEY);
    if (it != NULL && t != NULL && type_is_subtype(it->h.type, t)) return it;
    exc_raise(I, TY_TYPE_ERROR, "expected a generic_alias_iterator, got %T", v);
    return NULL;
}

static Value ga_iter_next(Interp *I, Value self) {
    IterObject *it = ga_iter_cast(I, self);
    if (it == NULL || it->src == VAL_NULL) return VAL_NULL;
    Value alias = it->src;
    it->src = VAL_NULL;
    Value res = make(I, GA_KEY, attr(I, alias, "__origin__"), args_of(I, alias));
    return res == VAL_NULL ? VAL_NULL : unpack(I, res);
}

// (iter, (alias,)), or (iter, ((),)) once exhausted, as CPython.
static Value ga_iter_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    IterObject *it = ga_iter_cast(I, self);
    if (it == NULL) return VAL_NULL;
    return iterobject_reduce(I, it->src != VAL_NULL ? it->src : I->empty_tuple, VAL_NULL);
}

// (GenericAlias, (origin, args)); an unpacked alias is next(iter(alias)).
static Value ga_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    Value origin = attr(I, self, "__origin__");
    if (origin == VAL_NULL) return exc_raise(I, TY_TYPE_ERROR, "cannot pickle %R", self);
    if (!is_unpacked(I, self)) {
        Value a = tuple_pack(I, 2, origin, args_of(I, self));
        return a == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, obj_val(type_of(I, self)), a);
    }
    Value plain = make(I, GA_KEY, origin, args_of(I, self));
    Value it = plain == VAL_NULL ? VAL_NULL : ga_iter(I, plain);
    Value next = it == VAL_NULL ? VAL_NULL : obj_getattr_cstr(I, I->builtins_mod, "next");
    Value a = next == VAL_NULL ? VAL_NULL : tuple_pack(I, 1, it);
    return a == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, next, a);
}

static Value ga_call(Interp *I, Value self, ValView args, Value kwnames) {
    Value origin = attr(I, self, "__origin__");
    if (origin == VAL_NULL) return exc_raise(I, TY_TYPE_ERROR, "'types.GenericAlias' object is not callable");
    Value r = obj_call(I, origin, args, kwnames);
    if (r == VAL_NULL) return VAL_NULL;
    // the instance remembers the alias that made it (MyTup[int]().__orig_class__),
    // unless it takes no attributes
    if (obj_setattr_cstr(I, r, "__orig_class__", self) < 0) {
        if (!exc_pending_is(I, TY_ATTRIBUTE_ERROR) && !exc_pending_is(I, TY_TYPE_ERROR))
            return VAL_NULL;
        exc_clear(I);
    }
    return r;
}

// GenericAlias(origin, args), also through subclasses (CPython's _collections_abc
// subclasses it): the instance has the class being constructed.
static Value ga_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "GenericAlias", 2, 2)) return VAL_NULL;
    Value a = vview_get(args, 1);
    a = tuple_check(a) ? a : tuple_pack(I, 1, a);
    if (a == VAL_NULL) return VAL_NULL;
    return make_as(I, t, GA_KEY, vview_get(args, 0), a);
}

static Value ga_mro_entries(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__mro_entries__", 1, 1)) return VAL_NULL;
    Value origin = attr(I, self, "__origin__");
    return tuple_pack(I, 1, origin != VAL_NULL ? origin : I->none);
}

static Value ga_instancecheck(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    (void)args;
    (void)kwnames;
    return exc_raise(I, TY_TYPE_ERROR, "isinstance() argument 2 cannot be a parameterized generic");
}

static Value ga_subclasscheck(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    (void)args;
    (void)kwnames;
    return exc_raise(I, TY_TYPE_ERROR, "issubclass() argument 2 cannot be a parameterized generic");
}

/* ---- UnionType behaviour ---- */

static Value union_check(Interp *I, Value self, ValView args, Value kwnames, bool sub) {
    if (!args_count(I, args, kwnames, sub ? "__subclasscheck__" : "__instancecheck__", 1, 1))
        return VAL_NULL;
    Value x = vview_get(args, 0);
    ValView a = tuple_view(args_of(I, self));
    for (size_t i = 0; i < a.n; i++) {
        Value m = vview_get(a, i);
        if (is_a(I, m, GA_KEY))
            return exc_raise(I, TY_TYPE_ERROR, sub ? "issubclass() argument 2 cannot contain a parameterized generic"
                                                   : "isinstance() argument 2 cannot contain a parameterized generic");
        int r = sub ? obj_issubclass(I, x, m) : obj_isinstance(I, x, m);
        if (r < 0) return VAL_NULL;
        if (r) return I->true_;
    }
    return I->false_;
}

static Value union_instancecheck(Interp *I, Value self, ValView args, Value kwnames) {
    return union_check(I, self, args, kwnames, false);
}

static Value union_subclasscheck(Interp *I, Value self, ValView args, Value kwnames) {
    return union_check(I, self, args, kwnames, true);
}

/* ---- the types ---- */

static const MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {"__dir__", ga_dir, 0, NULL},
    {"__instancecheck__", ga_instancecheck, 0, NULL},
    {"__subclasscheck__", ga_subclasscheck, 0, NULL},
    {"__reduce__", ga_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef ga_iter_methods[] = {
    {"__reduce__", ga_iter_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, 0, NULL},
    {"__subclasscheck__", union_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const TypeSpec ga_spec = {
    .name = "types.GenericAlias",
    .inst_kind = K_OBJECT,
    .inst_size = sizeof(Obj),
    .tflags = TF_HAS_DICT | TF_BASETYPE,
    .base = TY_OBJECT,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcmp = ga_richcmp,
    .getattr = ga_getattro,
    .call = ga_call,
    .getitem = ga_getitem,
    .iter = ga_iter,
    .binop = type_binop_or,
    .new_ = ga_new,
    .methods = ga_methods,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
           "and t.__args__ is (int,).",
};

static const TypeSpec ga_iter_spec = {
    .name = "generic_alias_iterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = ga_iter_next,
    .methods = ga_iter_methods,
};

static const TypeSpec union_spec = {
    .name = "types.UnionType",
    .inst_kind = K_OBJECT,
    .inst_size = sizeof(Obj),
    .tflags = TF_HAS_DICT,
    .base = TY_OBJECT,
    .repr = union_repr,
    .hash = union_hash,
    .richcmp = union_richcmp,
    .getitem = union_getitem,
    .binop = type_binop_or,
    .methods = union_methods,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};

// cls[item] for the builtin generic containers (a classmethod on each).
static Value class_getitem(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__class_getitem__", 1, 1)) return VAL_NULL;
    return type_generic_alias(I, self, vview_get(args, 0));
}

static const MethodDef class_getitem_def = {"__class_getitem__", class_getitem, METH_CLASS,
                                            "See PEP 585"};

bool type_alias_add_class_getitem(Interp *I, Type *t) {
    return type_add_methods(I, t, &class_getitem_def, 1);
}

static bool make_type(Interp *I, const TypeSpec *spec, const char *key) {
    Type *t = obj_alloc_kind(I, I->types[TY_TYPE], K_TYPE, sizeof(Type));
    if (t == NULL) return false;
    type_init_builtin(I, t, spec, I->types[TY_OBJECT]);
    if (!type_fill_builtin(I, t, spec)) return false;
    return dict_set_cstr(I, I->scratch, key, obj_val(t));
}

Value type_binop_or(Interp *I, Value a, Value b, BinOp op) { return or_binop(I, a, b, op); }

bool type_alias_init(Interp *I) {
    if (!make_type(I, &ga_spec, GA_KEY) || !make_type(I, &union_spec, UNION_KEY) ||
        !make_type(I, &ga_iter_spec, GA_ITER_KEY))
        return false;
    // (not type: `type[int]` is special-cased in obj_getitem, as CPython's PyObject_GetItem)
    static const TypeId generic[] = {TY_LIST, TY_DICT, TY_TUPLE, TY_SET, TY_FROZENSET,
                                     TY_ENUMERATE, TY_ASYNC_GENERATOR};
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
        if (!type_add_methods(I, I->types[generic[i]], &class_getitem_def, 1)) return false;
    return true;
}

Value type_alias_types(Interp *I, bool uniontype) {
    Type *t = scratch_type(I, uniontype ? UNION_KEY : GA_KEY);
    return t != NULL ? obj_val(t) : I->none;
}
