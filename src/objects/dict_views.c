/*
 * dict_views.c: dict_keys / dict_values / dict_items views (set operations on keys and
 * items views, as CPython 3.11 computes them) and the dict iterators.
 *
 * Invariant: an iterator walks the dict's entries by index, re-reading the dict on every
 * step through bounds-checked accessors; it raises RuntimeError "dictionary changed size
 * during iteration" when the length differs from the one it started with (sticky, as in
 * CPython), and never reads an entry index beyond the current entries.
 */
#include "args.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "iterobject.h"
#include "list.h"
#include "ops.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define ITER_REVERSED 1u
#define STAMP_BROKEN UINT64_MAX

static DictObject *dobj(Value v) { return dict_ready(v); }

// ---- iterators ----

static Type *reverse_type(Interp *I, TypeId id);

Value dict_iter_new(Interp *I, Value d, TypeId id, bool rev) {
    DictObject *o = dobj(d);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected a dict");
    Type *rt = rev ? reverse_type(I, id) : NULL;
    if (rev && rt == NULL) return VAL_NULL;
    IterObject *it = iterobject_new(I, id, d);
    if (it == NULL) return VAL_NULL;
    it->stamp = o->ix.used;
    it->n = (int64_t)o->ix.used;
    if (rev) {
        it->h.type = rt; // same layout; only the type (name, next slot) differs
        it->mode = ITER_REVERSED;
        it->i = (int64_t)o->ix.nent - 1;
    }
    return obj_val(it);
}

// Advances [it] to its next live entry: 1 with the entry, 0 exhausted, -1 error.
static int step(Interp *I, IterObject *it, Value *k, Value *v) {
    if (it == NULL || it->src == VAL_NULL) return 0;
    DictObject *d = dobj(it->src);
    if (d == NULL) return 0;
    if (it->stamp != (uint64_t)d->ix.used) {
        it->stamp = STAMP_BROKEN;
        exc_raise(I, TY_RUNTIME_ERROR, "dictionary changed size during iteration");
        return -1;
    }
    int64_t n = (int64_t)d->ix.nent;
    int64_t i = it->i;
    if (it->mode & ITER_REVERSED) {
        if (i >= n) i = n - 1;
        while (i >= 0 && vec_get(&d->ents, 2 * (size_t)i) == VAL_NULL) i--;
        if (i < 0) {
            it->src = VAL_NULL;
            return 0;
        }
        it->i = i - 1;
    } else {
        while (i >= 0 && i < n && vec_get(&d->ents, 2 * (size_t)i) == VAL_NULL) i++;
        if (i < 0 || i >= n) {
            it->src = VAL_NULL;
            return 0;
        }
        if (it->n <= 0) {
            it->src = VAL_NULL;
            exc_raise(I, TY_RUNTIME_ERROR, "dictionary keys changed during iteration");
            return -1;
        }
        it->i = i + 1;
    }
    it->n--;
    *k = vec_get(&d->ents, 2 * (size_t)i);
    *v = vec_get(&d->ents, 2 * (size_t)i + 1);
    return 1;
}

static Value keyiter_next(Interp *I, Value self) {
    Value k, v;
    return step(I, iterobject_get(I, self, TY_DICT_KEYITER), &k, &v) > 0 ? k : VAL_NULL;
}

static Value valueiter_next(Interp *I, Value self) {
    Value k, v;
    return step(I, iterobject_get(I, self, TY_DICT_VALUEITER), &k, &v) > 0 ? v : VAL_NULL;
}

static Value itemiter_next(Interp *I, Value self) {
    Value k, v;
    if (step(I, iterobject_get(I, self, TY_DICT_ITEMITER), &k, &v) <= 0) return VAL_NULL;
    return tuple_pack(I, 2, k, v);
}

int dict_itemiter_next_pair(Interp *I, Value self, Value *k, Value *v) {
    IterObject *it = iterobject_cast(self);
    if (it == NULL || it->h.type != interp_type(I, TY_DICT_ITEMITER)) return -1;
    return step(I, it, k, v) > 0 ? 1 : 0;
}

// Reverse iterators are their own types in CPython (dict_reversekeyiterator ...). They
// have no TypeId: made on first use from the specs below and kept in I->scratch. Their
// next functions only need an IterObject over a dict (step() re-checks everything).
static Value revkey_next(Interp *I, Value self) {
    Value k, v;
    return step(I, iterobject_cast(self), &k, &v) > 0 ? k : VAL_NULL;
}

static Value revvalue_next(Interp *I, Value self) {
    Value k, v;
    return step(I, iterobject_cast(self), &k, &v) > 0 ? v : VAL_NULL;
}

static Value revitem_next(Interp *I, Value self) {
    Value k, v;
    if (step(I, iterobject_cast(self), &k, &v) <= 0) return VAL_NULL;
    return tuple_pack(I, 2, k, v);
}

static Value iter_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__length_hint__", 0, 0)) return VAL_NULL;
    IterObject *it = iterobject_cast(self);
    if (it == NULL || it->src == VAL_NULL) return int_from_i64(I, 0);
    DictObject *d = dobj(it->src);
    if (d == NULL || it->stamp != (uint64_t)d->ix.used) return int_from_i64(I, 0);
    return int_from_i64(I, it->n < 0 ? 0 : it->n);
}

// ---- views ----

Value dict_view_new(Interp *I, Value d, TypeId id) {
    DictViewObject *v = obj_alloc_kind(I, interp_type(I, id), K_DICTVIEW, sizeof(DictViewObject));
    if (v == NULL) return VAL_NULL;
    v->dict = d;
    return obj_val(v);
}

TypeId dict_view_kind(Interp *I, Value v) {
    DictViewObject *dv = dictview_cast(v);
    if (dv == NULL) return TY_OBJECT;
    Type *t = dv->h.type;
    if (t == interp_type(I, TY_DICT_KEYS)) return TY_DICT_KEYS;
    if (t == interp_type(I, TY_DICT_ITEMS)) return TY_DICT_ITEMS;
    if (t == interp_type(I, TY_DICT_VALUES)) return TY_DICT_VALUES;
    return TY_OBJECT;
}

Value dict_view_dict(Value v) {
    DictViewObject *dv = dictview_cast(v);
    return dv == NULL ? VAL_NULL : dv->dict;
}

static bool is_setlike_view(Interp *I, Value v) {
    TypeId k = dict_view_kind(I, v);
    return k == TY_DICT_KEYS || k == TY_DICT_ITEMS;
}

static int64_t view_len(Interp *I, Value self) {
    (void)I;
    return (int64_t)dict_len(dict_view_dict(self));
}

static Value keys_iter(Interp *I, Value self) {
    return dict_iter_new(I, dict_view_dict(self), TY_DICT_KEYITER, false);
}
static Value values_iter(Interp *I, Value self) {
    return dict_iter_new(I, dict_view_dict(self), TY_DICT_VALUEITER, false);
}
static Value items_iter(Interp *I, Value self) {
    return dict_iter_new(I, dict_view_dict(self), TY_DICT_ITEMITER, false);
}

static Value keys_reversed(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reversed__", 0, 0)) return VAL_NULL;
    return dict_iter_new(I, dict_view_dict(self), TY_DICT_KEYITER, true);
}
static Value values_reversed(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reversed__", 0, 0)) return VAL_NULL;
    return dict_iter_new(I, dict_view_dict(self), TY_DICT_VALUEITER, true);
}
static Value items_reversed(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reversed__", 0, 0)) return VAL_NULL;
    return dict_iter_new(I, dict_view_dict(self), TY_DICT_ITEMITER, true);
}

static int keys_contains(Interp *I, Value self, Value key) {
    return dict_contains(I, dict_view_dict(self), key);
}

static int items_contains(Interp *I, Value self, Value item) {
    TupleObject *t = tuple_cast(item);
    if (t == NULL || t->a.len != 2) return 0;
    Value key = varr_get(&t->a, 0), value = varr_get(&t->a, 1);
    Value found = dict_get(I, dict_view_dict(self), key);
    if (found == VAL_NULL) return I->exc != VAL_NULL ? -1 : 0;
    return obj_richcmp_bool(I, found, value, CMP_EQ);
}

static Value view_repr(Interp *I, Value self) {
    int r = list_repr_enter(I, self);
    if (r < 0) return VAL_NULL;
    if (r > 0) return str_from_cstr(I, "...");
    Value result = VAL_NULL;
    Value seq = obj_to_list(I, self);
    if (seq != VAL_NULL) result = str_from_format(I, "%s(%R)", obj_type_name(I, self), seq);
    list_repr_leave(I, self);
    return result;
}

// Every item of [a] is in [b]: 1, 0, -1.
static int all_contained_in(Interp *I, Value a, Value b) {
    Value it = obj_iter(I, a);
    if (it == VAL_NULL) return -1;
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) return I->exc == VAL_NULL ? 1 : -1;
        int r = obj_contains(I, b, x);
        if (r <= 0) return r;
    }
}

static Value view_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if (!is_setlike_view(I, a)) return I->notimpl;
    if (!set_check(b) && !is_setlike_view(I, b)) return I->notimpl;
    int64_t la = obj_len(I, a);
    if (la < 0) return VAL_NULL;
    int64_t lb = obj_len(I, b);
    if (lb < 0) return VAL_NULL;
    if (!interp_enter_c(I, "in comparison")) return VAL_NULL;
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (la == lb) ok = all_contained_in(I, a, b);
        if (op == CMP_NE && ok >= 0) ok = !ok;
        break;
    case CMP_LT:
        if (la < lb) ok = all_contained_in(I, a, b);
        break;
    case CMP_LE:
        if (la <= lb) ok = all_contained_in(I, a, b);
        break;
    case CMP_GT:
        if (la > lb) ok = all_contained_in(I, b, a);
        break;
    case CMP_GE:
        if (la >= lb) ok = all_contained_in(I, b, a);
        break;
    }
    interp_leave_c(I);
    if (ok < 0) return VAL_NULL;
    return interp_bool(I, ok != 0);
}

// set(self), reading a keys view of a plain dict straight from the dict.
static Value to_set(Interp *I, Value self) {
    if (dict_view_kind(I, self) == TY_DICT_KEYS) {
        Value d = dict_view_dict(self);
        if (type_of(I, d) == interp_type(I, TY_DICT)) return set_from_iterable(I, d, false);
    }
    return set_from_iterable(I, self, false);
}

static Value view_intersect(Interp *I, Value self, Value other) {
    if (!is_setlike_view(I, self)) {
        Value t = self;
        self = other;
        other = t;
    }
    int64_t ls = view_len(I, self);
    if (type_of(I, other) == interp_type(I, TY_SET)) {
        int64_t lo = obj_len(I, other);
        if (lo < 0) return VAL_NULL;
        if (ls <= lo) return set_intersection(I, other, self);
    }
    if (is_setlike_view(I, other) && view_len(I, other) > ls) {
        Value t = self;
        self = other;
        other = t;
    }
    Value result = set_new(I, false);
    if (result == VAL_NULL) return VAL_NULL;
    Value it = obj_iter(I, other);
    if (it == VAL_NULL) return VAL_NULL;
    bool keys = dict_view_kind(I, self) == TY_DICT_KEYS;
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) return I->exc == VAL_NULL ? result : VAL_NULL;
        int r = keys ? keys_contains(I, self, x) : items_contains(I, self, x);
        if (r < 0) return VAL_NULL;
        if (r && !set_add(I, result, x)) return VAL_NULL;
    }
}

static Value items_xor(Interp *I, Value self, Value other) {
    Value d1 = dict_view_dict(self), d2 = dict_view_dict(other);
    Value temp = dict_copy(I, d1);
    if (temp == VAL_NULL) return VAL_NULL;
    Value result = set_new(I, false);
    if (result == VAL_NULL) return VAL_NULL;
    size_t pos = 0;
    Value key, val2;
    int64_t hash;
    while (dict_next_hash(d2, &pos, &key, &val2, &hash)) {
        Value val1 = dict_get(I, temp, key);
        int to_delete = 0;
        if (val1 == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
        } else {
            to_delete = obj_richcmp_bool(I, val1, val2, CMP_EQ);
            if (to_delete < 0) return VAL_NULL;
        }
        if (to_delete) {
            if (dict_del(I, temp, key) < 0) return VAL_NULL;
        } else {
            Value pair = tuple_pack(I, 2, key, val2);
            if (pair == VAL_NULL || !set_add(I, result, pair)) return VAL_NULL;
        }
    }
    Value rest = dict_view_new(I, temp, TY_DICT_ITEMS);
    if (rest == VAL_NULL || !set_update(I, result, rest)) return VAL_NULL;
    return result;
}

static Value view_binop(Interp *I, Value a, Value b, BinOp op) {
    if (!is_setlike_view(I, a) && !is_setlike_view(I, b)) return I->notimpl;
    switch (op) {
    case BINOP_AND:
        return view_intersect(I, a, b);
    case BINOP_OR: {
        Value r = to_set(I, a);
        if (r == VAL_NULL || !set_update(I, r, b)) return VAL_NULL;
        return r;
    }
    case BINOP_SUB: {
        Value r = to_set(I, a);
        if (r == VAL_NULL || !set_difference_update(I, r, b)) return VAL_NULL;
        return r;
    }
    case BINOP_XOR: {
        if (dict_view_kind(I, a) == TY_DICT_ITEMS && dict_view_kind(I, b) == TY_DICT_ITEMS)
            return items_xor(I, a, b);
        Value r = to_set(I, a);
        if (r == VAL_NULL || !set_symmetric_difference_update(I, r, b)) return VAL_NULL;
        return r;
    }
    default:
        return I->notimpl;
    }
}

static Value view_isdisjoint(Interp *I, Value self, ValView args, Value kwnames) {
    if (args_nkw(kwnames) != 0 || args.n != 1) {
        return exc_raise(I, TY_TYPE_ERROR, "isdisjoint() takes exactly one argument (%zu given)",
                         args.n);
    }
    Value other = vview_get(args, 0);
    if (other == self) return interp_bool(I, view_len(I, self) == 0);
    Value a = self, b = other;
    if (set_check(other) || is_setlike_view(I, other)) {
        int64_t lo = obj_len(I, other);
        if (lo < 0) return VAL_NULL;
        if (lo > view_len(I, self)) {
            a = other;
            b = self;
        }
    }
    Value it = obj_iter(I, b);
    if (it == VAL_NULL) return VAL_NULL;
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) return I->exc == VAL_NULL ? I->true_ : VAL_NULL;
        int r = obj_contains(I, a, x);
        if (r < 0) return VAL_NULL;
        if (r) return I->false_;
    }
}

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", keys_reversed, 0, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", items_reversed, 0, "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef values_methods[] = {
    {"__reversed__", values_reversed, 0, "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", iterobject_reduce_drained, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

// view.mapping: a read-only proxy of the dict the view shows.
static Value view_mapping(Interp *I, Value self) {
    Value d = dict_view_dict(self);
    if (d == VAL_NULL) return exc_raise(I, TY_TYPE_ERROR, "bad dict view");
    return type_mappingproxy(I, d);
}

static const GetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec dict_keys_spec = {
    .name = "dict_keys",
    .inst_kind = K_DICTVIEW,
    .inst_size = sizeof(DictViewObject),
    .base = TY_OBJECT,
    .repr = view_repr,
    .richcmp = view_richcmp,
    .iter = keys_iter,
    .len = view_len,
    .contains = keys_contains,
    .binop = view_binop,
    .methods = keys_methods,
    .getsets = view_getsets,
};

const TypeSpec dict_items_spec = {
    .name = "dict_items",
    .inst_kind = K_DICTVIEW,
    .inst_size = sizeof(DictViewObject),
    .base = TY_OBJECT,
    .repr = view_repr,
    .richcmp = view_richcmp,
    .iter = items_iter,
    .len = view_len,
    .contains = items_contains,
    .binop = view_binop,
    .methods = items_methods,
    .getsets = view_getsets,
};

const TypeSpec dict_values_spec = {
    .name = "dict_values",
    .inst_kind = K_DICTVIEW,
    .inst_size = sizeof(DictViewObject),
    .base = TY_OBJECT,
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .methods = values_methods,
    .getsets = view_getsets,
};

const TypeSpec dict_keyiter_spec = {
    .name = "dict_keyiterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = keyiter_next,
    .methods = iter_methods,
};

const TypeSpec dict_valueiter_spec = {
    .name = "dict_valueiterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = valueiter_next,
    .methods = iter_methods,
};

const TypeSpec dict_itemiter_spec = {
    .name = "dict_itemiterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = itemiter_next,
    .methods = iter_methods,
};

static const TypeSpec dict_revkeyiter_spec = {
    .name = "dict_reversekeyiterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = revkey_next,
    .methods = iter_methods,
};

static const TypeSpec dict_revvalueiter_spec = {
    .name = "dict_reversevalueiterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = revvalue_next,
    .methods = iter_methods,
};

static const TypeSpec dict_revitemiter_spec = {
    .name = "dict_reverseitemiterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = revitem_next,
    .methods = iter_methods,
};

// The reverse iterator type for forward iterator type [id], made once per interpreter.
static Type *reverse_type(Interp *I, TypeId id) {
    const TypeSpec *spec = id == TY_DICT_VALUEITER ? &dict_revvalueiter_spec
                           : id == TY_DICT_ITEMITER ? &dict_revitemiter_spec
                                                    : &dict_revkeyiter_spec;
    return type_from_spec_once(I, spec);
}
