/*
 * set_ops.c: the set algebra (union, intersection, difference, symmetric difference and
 * their in-place forms, subset tests, comparisons), the methods and slots of set and
 * frozenset, and their type specs.
 *
 * Every operation follows the code path of CPython 3.11's setobject.c (which operand is
 * iterated, when a copy is made, when tables are presized or rebuilt), because those
 * choices decide the printed order of the result.
 *
 * Invariant: callbacks (__eq__, __hash__, iteration of arbitrary iterables) may mutate
 * any set involved; iteration over a set here goes through set_next_hash, which re-reads
 * the current table with bounds checks on every step.
 */
#include "args.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

static bool is_exact(Interp *I, Value v, TypeId id) {
    Obj *o = obj_ptr(v);
    return o != NULL && o->type == interp_type(I, id);
}

static bool hash_of(Interp *I, Value key, int64_t *out) { return obj_hash(I, key, out); }

// ---- algebra ----

Value set_intersection(Interp *I, Value so, Value other) {
    if (so == other) return set_copy(I, so);
    Value result = set_new_basetype(I, so, VAL_NULL);
    if (result == VAL_NULL) return VAL_NULL;
    if (set_check(other)) {
        if (set_len(other) > set_len(so)) {
            Value t = so;
            so = other;
            other = t;
        }
        size_t pos = 0;
        Value k;
        int64_t h;
        SetMark m = set_mark(other);
        while (set_next_hash(other, &pos, &k, &h)) {
            int rv = set_contains_hash(I, so, k, h);
            if (rv < 0) return VAL_NULL;
            // elements of one set are each new to the result, unless the set took new
            // elements meanwhile (a key's __eq__ in the membership test): the walk may
            // then give one again
            if (rv && !(set_mark_same(other, m) ? set_add_absent_hash(I, result, k, h)
                                                 : set_add_hash(I, result, k, h)))
                return VAL_NULL;
        }
        return result;
    }
    Value it = obj_iter(I, other);
    if (it == VAL_NULL) return VAL_NULL;
    for (;;) {
        Value k = obj_next(I, it);
        if (k == VAL_NULL) return I->exc == VAL_NULL ? result : VAL_NULL;
        int64_t h;
        if (!hash_of(I, k, &h)) return VAL_NULL;
        int rv = set_contains_hash(I, so, k, h);
        if (rv < 0) return VAL_NULL;
        if (rv && !set_add_hash(I, result, k, h)) return VAL_NULL;
    }
}

static Value intersection_multi(Interp *I, Value so, ValView others) {
    if (others.n == 0) return set_copy(I, so);
    Value result = so;
    for (size_t i = 0; i < others.n; i++) {
        result = set_intersection(I, result, vview_get(others, i));
        if (result == VAL_NULL) return VAL_NULL;
    }
    return result;
}

bool set_difference_update(Interp *I, Value so, Value other) {
    if (so == other) {
        set_clear(so);
        return true;
    }
    if (set_check(other)) {
        if ((set_len(other) >> 3) > set_len(so)) {
            other = set_intersection(I, so, other);
            if (other == VAL_NULL) return false;
        }
        size_t pos = 0;
        Value k;
        int64_t h;
        while (set_next_hash(other, &pos, &k, &h))
            if (set_discard_hash(I, so, k, h) < 0) return false;
    } else {
        Value it = obj_iter(I, other);
        if (it == VAL_NULL) return false;
        for (;;) {
            Value k = obj_next(I, it);
            if (k == VAL_NULL) {
                if (I->exc != VAL_NULL) return false;
                break;
            }
            int64_t h;
            if (!hash_of(I, k, &h) || set_discard_hash(I, so, k, h) < 0) return false;
        }
    }
    // More than a quarter dummies: rebuild them away.
    if (set_fill(so) - set_len(so) <= set_mask(so) / 4) return true;
    size_t used = set_len(so);
    return set_resize(I, so, used > 50000 ? used * 2 : used * 4);
}

static Value copy_and_difference(Interp *I, Value so, Value other) {
    Value result = set_copy(I, so);
    if (result == VAL_NULL || !set_difference_update(I, result, other)) return VAL_NULL;
    return result;
}

static Value difference(Interp *I, Value so, Value other) {
    size_t other_size;
    bool other_dict = is_exact(I, other, TY_DICT);
    if (set_check(other)) other_size = set_len(other);
    else if (other_dict) other_size = dict_len(other);
    else return copy_and_difference(I, so, other);
    if ((set_len(so) >> 2) > other_size) return copy_and_difference(I, so, other);
    Value result = set_new_basetype(I, so, VAL_NULL);
    if (result == VAL_NULL) return VAL_NULL;
    size_t pos = 0;
    Value k;
    int64_t h;
    SetMark m = set_mark(so);
    while (set_next_hash(so, &pos, &k, &h)) {
        int rv = other_dict ? dict_contains_hash(I, other, k, h) : set_contains_hash(I, other, k, h);
        if (rv < 0) return VAL_NULL;
        if (!rv && !(set_mark_same(so, m) ? set_add_absent_hash(I, result, k, h) // (as above)
                                          : set_add_hash(I, result, k, h)))
            return VAL_NULL;
    }
    return result;
}

static Value difference_multi(Interp *I, Value so, ValView others) {
    if (others.n == 0) return set_copy(I, so);
    Value result = difference(I, so, vview_get(others, 0));
    if (result == VAL_NULL) return VAL_NULL;
    for (size_t i = 1; i < others.n; i++)
        if (!set_difference_update(I, result, vview_get(others, i))) return VAL_NULL;
    return result;
}

// Toggles [k] in [so]: removed when present, added when absent.
static bool toggle(Interp *I, Value so, Value k, int64_t h) {
    int rv = set_discard_hash(I, so, k, h);
    if (rv < 0) return false;
    if (rv == 0 && !set_add_hash(I, so, k, h)) return false;
    return true;
}

bool set_symmetric_difference_update(Interp *I, Value so, Value other) {
    if (so == other) {
        set_clear(so);
        return true;
    }
    size_t pos = 0;
    Value k;
    int64_t h;
    if (is_exact(I, other, TY_DICT)) {
        while (dict_next_hash(other, &pos, &k, NULL, &h))
            if (!toggle(I, so, k, h)) return false;
        return true;
    }
    Value otherset = other;
    if (!set_check(other)) {
        otherset = set_new_basetype(I, so, other);
        if (otherset == VAL_NULL) return false;
    }
    while (set_next_hash(otherset, &pos, &k, &h))
        if (!toggle(I, so, k, h)) return false;
    return true;
}

static Value symmetric_difference(Interp *I, Value so, Value other) {
    Value otherset = set_new_basetype(I, so, other);
    if (otherset == VAL_NULL || !set_symmetric_difference_update(I, otherset, so)) return VAL_NULL;
    return otherset;
}

static Value union_multi(Interp *I, Value so, ValView others) {
    Value result = set_copy(I, so);
    if (result == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < others.n; i++) {
        Value o = vview_get(others, i);
        if (o == so) continue;
        if (!set_update_one(I, result, o)) return VAL_NULL;
    }
    return result;
}

// so <= other: 1, 0, -1.
static int issubset(Interp *I, Value so, Value other) {
    if (!set_check(other)) {
        Value tmp = set_from_iterable(I, other, false);
        if (tmp == VAL_NULL) return -1;
        other = tmp;
    }
    if (set_len(so) > set_len(other)) return 0;
    size_t pos = 0;
    Value k;
    int64_t h;
    while (set_next_hash(so, &pos, &k, &h)) {
        int rv = set_contains_hash(I, other, k, h);
        if (rv <= 0) return rv;
    }
    return 1;
}

static int issuperset(Interp *I, Value so, Value other) {
    if (set_check(other)) return issubset(I, other, so);
    Value tmp = set_from_iterable(I, other, false);
    if (tmp == VAL_NULL) return -1;
    return issubset(I, tmp, so);
}

static int isdisjoint(Interp *I, Value so, Value other) {
    if (so == other) return set_len(so) == 0;
    if (set_check(other)) {
        if (set_len(other) > set_len(so)) {
            Value t = so;
            so = other;
            other = t;
        }
        size_t pos = 0;
        Value k;
        int64_t h;
        while (set_next_hash(other, &pos, &k, &h)) {
            int rv = set_contains_hash(I, so, k, h);
            if (rv != 0) return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    Value it = obj_iter(I, other);
    if (it == VAL_NULL) return -1;
    for (;;) {
        Value k = obj_next(I, it);
        if (k == VAL_NULL) return I->exc == VAL_NULL ? 1 : -1;
        int rv = set_contains(I, so, k);
        if (rv != 0) return rv < 0 ? -1 : 0;
    }
}

// ---- slots ----

static Value set_repr(Interp *I, Value self) {
    const char *name = obj_type_name(I, self);
    if (set_len(self) == 0) return str_from_format(I, "%s()", name);
    int r = list_repr_enter(I, self);
    if (r < 0) return VAL_NULL;
    if (r > 0) return str_from_format(I, "%s(...)", name);
    Value result = VAL_NULL;
    Value keys = obj_to_list(I, self);
    Value body = keys == VAL_NULL ? VAL_NULL : tuple_repr_seq(I, keys, "{", "}", false);
    if (body != VAL_NULL) {
        if (is_exact(I, self, TY_SET)) result = body;
        else result = str_from_format(I, "%s(%U)", name, body);
    }
    list_repr_leave(I, self);
    return result;
}

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ (uint64_t)89869747UL) ^ (h << 16)) * (uint64_t)3644798167UL;
}

static bool frozenset_hash(Interp *I, Value self, int64_t *out) {
    SetObject *so = set_cast(self);
    if (so == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "unhashable type: '%T'", self);
        return false;
    }
    if (so->hashed) {
        *out = so->hash;
        return true;
    }
    uint64_t hash = 0;
    size_t pos = 0;
    Value k;
    int64_t h;
    while (set_next_hash(self, &pos, &k, &h)) hash ^= shuffle_bits((uint64_t)h);
    hash ^= ((uint64_t)set_len(self) + 1) * (uint64_t)1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + (uint64_t)907133923UL;
    if (hash == UINT64_MAX) hash = 590923713u;
    so->hash = (int64_t)hash;
    so->hashed = true;
    *out = so->hash;
    return true;
}

static Value set_richcmp_body(Interp *I, Value v, Value w, CmpOp op);

static Value set_richcmp(Interp *I, Value v, Value w, CmpOp op) {
    if (!set_check(v) || !set_check(w)) return I->notimpl;
    // Elements may be frozensets themselves: nested comparisons recurse through here.
    if (!interp_enter_c(I, "in comparison")) return VAL_NULL;
    Value r = set_richcmp_body(I, v, w, op);
    interp_leave_c(I);
    return r;
}

static Value set_richcmp_body(Interp *I, Value v, Value w, CmpOp op) {
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE: {
        if (set_len(v) != set_len(w)) return interp_bool(I, op == CMP_NE);
        SetObject *a = set_cast(v), *b = set_cast(w);
        if (a == NULL || b == NULL) return I->notimpl; // callers pass two sets
        if (a->hashed && b->hashed && a->hash != b->hash) return interp_bool(I, op == CMP_NE);
        r = issubset(I, v, w);
        if (r >= 0 && op == CMP_NE) r = !r;
        break;
    }
    case CMP_LE:
        r = issubset(I, v, w);
        break;
    case CMP_GE:
        r = issuperset(I, v, w);
        break;
    case CMP_LT:
        if (set_len(v) >= set_len(w)) return I->false_;
        r = issubset(I, v, w);
        break;
    case CMP_GT:
        if (set_len(v) <= set_len(w)) return I->false_;
        r = issuperset(I, v, w);
        break;
    default:
        return I->notimpl;
    }
    if (r < 0) return VAL_NULL;
    return interp_bool(I, r != 0);
}

static Value set_binop(Interp *I, Value a, Value b, BinOp op) {
    if (!set_check(a) || !set_check(b)) return I->notimpl;
    switch (op) {
    case BINOP_OR: {
        Value r = set_copy(I, a);
        if (r == VAL_NULL || a == b) return r;
        return set_update_one(I, r, b) ? r : VAL_NULL;
    }
    case BINOP_AND:
        return set_intersection(I, a, b);
    case BINOP_SUB:
        return difference(I, a, b);
    case BINOP_XOR:
        return symmetric_difference(I, a, b);
    default:
        return I->notimpl;
    }
}

static Value set_inplace(Interp *I, Value a, Value b, BinOp op) {
    if (!set_check(a) || !set_check(b) || set_is_frozen(I, a)) return I->notimpl;
    int base = op >= BINOP_INPLACE ? (int)op - BINOP_INPLACE : (int)op;
    switch (base) {
    case BINOP_OR:
        return set_update_one(I, a, b) ? a : VAL_NULL;
    case BINOP_AND: {
        Value tmp = set_intersection(I, a, b);
        if (tmp == VAL_NULL) return VAL_NULL;
        set_swap_bodies(I, a, tmp);
        return a;
    }
    case BINOP_SUB:
        return set_difference_update(I, a, b) ? a : VAL_NULL;
    case BINOP_XOR:
        return set_symmetric_difference_update(I, a, b) ? a : VAL_NULL;
    default:
        return I->notimpl;
    }
}

static int64_t set_len_slot(Interp *I, Value self) {
    (void)I;
    return (int64_t)set_len(self);
}

static int set_contains_slot(Interp *I, Value self, Value key) { return set_contains(I, self, key); }

// CPython refuses keywords in set()/frozenset() unless a subclass has its own __init__
// (which then takes them).
static bool own_init(Interp *I, Type *t, TypeId base) { return t->init != interp_type(I, base)->init; }

static Value set_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    if (!own_init(I, t, TY_SET) && !args_no_kw(I, kwnames, "set")) return VAL_NULL;
    return set_new_of_type(I, t);
}

static int set_init(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_no_kw(I, kwnames, "set")) return -1;
    if (!args_count(I, args, kwnames, "set", 0, 1)) return -1;
    if (set_fill(self) > 0 || set_len(self) > 0) set_clear(self);
    if (args.n == 1 && !set_update_one(I, self, vview_get(args, 0))) return -1;
    return 0;
}

static Value frozenset_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    bool exact = t == interp_type(I, TY_FROZENSET);
    if (!own_init(I, t, TY_FROZENSET) && !args_no_kw(I, kwnames, "frozenset")) return VAL_NULL;
    args.n -= args_nkw(kwnames); // keywords are the subclass __init__'s
    if (!args_count(I, args, VAL_NULL, "frozenset", 0, 1)) return VAL_NULL;
    Value iterable = args.n == 1 ? vview_get(args, 0) : VAL_NULL;
    if (exact) {
        if (iterable != VAL_NULL && is_exact(I, iterable, TY_FROZENSET)) return iterable;
        return set_from_iterable(I, iterable, true);
    }
    Value s = set_new_of_type(I, t);
    if (s == VAL_NULL) return VAL_NULL;
    if (iterable != VAL_NULL && !set_update_one(I, s, iterable)) return VAL_NULL;
    return s;
}

// ---- methods ----

static bool no_kw(Interp *I, Value kwnames, const char *fname) {
    if (kwnames == VAL_NULL || args_nkw(kwnames) == 0) return true;
    exc_raise(I, TY_TYPE_ERROR, "%s() takes no keyword arguments", fname);
    return false;
}

static bool one_arg(Interp *I, ValView args, Value kwnames, const char *fname) {
    if (!no_kw(I, kwnames, fname)) return false;
    if (args.n != 1) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes exactly one argument (%zu given)", fname, args.n);
        return false;
    }
    return true;
}

static bool no_args(Interp *I, ValView args, Value kwnames, const char *fname) {
    if (!no_kw(I, kwnames, fname)) return false;
    if (args.n != 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no arguments (%zu given)", fname, args.n);
        return false;
    }
    return true;
}

static Value m_add(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, "set.add")) return VAL_NULL;
    return set_add(I, self, vview_get(args, 0)) ? I->none : VAL_NULL;
}

static Value m_clear(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "set.clear")) return VAL_NULL;
    set_clear(self);
    return I->none;
}

static Value m_copy(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "set.copy")) return VAL_NULL;
    return set_copy(I, self);
}

static Value m_frozen_copy(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "frozenset.copy")) return VAL_NULL;
    if (is_exact(I, self, TY_FROZENSET)) return self;
    return set_copy(I, self);
}

static Value m_discard(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, "set.discard")) return VAL_NULL;
    return set_discard(I, self, vview_get(args, 0)) < 0 ? VAL_NULL : I->none;
}

static Value m_remove(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, "set.remove")) return VAL_NULL;
    Value key = vview_get(args, 0);
    int r = set_discard(I, self, key);
    if (r < 0) return VAL_NULL;
    if (r == 0) return exc_raise_arg(I, TY_KEY_ERROR, key);
    return I->none;
}

static Value m_pop(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "set.pop")) return VAL_NULL;
    return set_pop_item(I, self);
}

static Value m_update(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_kw(I, kwnames, "set.update")) return VAL_NULL;
    for (size_t i = 0; i < args.n; i++)
        if (!set_update_one(I, self, vview_get(args, i))) return VAL_NULL;
    return I->none;
}

static Value m_union(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_kw(I, kwnames, set_is_frozen(I, self) ? "frozenset.union" : "set.union")) return VAL_NULL;
    return union_multi(I, self, args);
}

static Value m_intersection(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_kw(I, kwnames, set_is_frozen(I, self) ? "frozenset.intersection" : "set.intersection"))
        return VAL_NULL;
    return intersection_multi(I, self, args);
}

static Value m_intersection_update(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_kw(I, kwnames, "set.intersection_update")) return VAL_NULL;
    Value tmp = intersection_multi(I, self, args);
    if (tmp == VAL_NULL) return VAL_NULL;
    set_swap_bodies(I, self, tmp);
    return I->none;
}

static Value m_difference(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_kw(I, kwnames, set_is_frozen(I, self) ? "frozenset.difference" : "set.difference"))
        return VAL_NULL;
    return difference_multi(I, self, args);
}

static Value m_difference_update(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_kw(I, kwnames, "set.difference_update")) return VAL_NULL;
    for (size_t i = 0; i < args.n; i++)
        if (!set_difference_update(I, self, vview_get(args, i))) return VAL_NULL;
    return I->none;
}

static Value m_symmetric_difference(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames,
                 set_is_frozen(I, self) ? "frozenset.symmetric_difference" : "set.symmetric_difference"))
        return VAL_NULL;
    return symmetric_difference(I, self, vview_get(args, 0));
}

static Value m_symmetric_difference_update(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, "set.symmetric_difference_update")) return VAL_NULL;
    return set_symmetric_difference_update(I, self, vview_get(args, 0)) ? I->none : VAL_NULL;
}

static Value bool_result(Interp *I, int r) { return r < 0 ? VAL_NULL : interp_bool(I, r != 0); }

static Value m_issubset(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, set_is_frozen(I, self) ? "frozenset.issubset" : "set.issubset"))
        return VAL_NULL;
    return bool_result(I, issubset(I, self, vview_get(args, 0)));
}

static Value m_issuperset(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, set_is_frozen(I, self) ? "frozenset.issuperset" : "set.issuperset"))
        return VAL_NULL;
    return bool_result(I, issuperset(I, self, vview_get(args, 0)));
}

static Value m_isdisjoint(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, set_is_frozen(I, self) ? "frozenset.isdisjoint" : "set.isdisjoint"))
        return VAL_NULL;
    return bool_result(I, isdisjoint(I, self, vview_get(args, 0)));
}

static Value m_sizeof(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "set.__sizeof__")) return VAL_NULL;
    return int_from_i64(I, (int64_t)(200 + (set_mask(self) + 1) * 16));
}

static Value m_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "set.__reduce__")) return VAL_NULL;
    Value keys = obj_to_list(I, self);
    if (keys == VAL_NULL) return VAL_NULL;
    Value a = tuple_pack(I, 1, keys);
    if (a == VAL_NULL) return VAL_NULL;
    // the state is self.__getstate__(), as CPython: never h.dict itself, which for a
    // subclass with __slots__ is the hidden slot store (descr.h)
    Value state = obj_call_method(I, self, "__getstate__", vview_make(NULL, 0));
    if (state == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 3, obj_val(type_of(I, self)), a, state);
}

static const MethodDef set_methods[] = {
    {"add", m_add, 0, "Add an element to a set."},
    {"clear", m_clear, 0, "Remove all elements from this set."},
    {"copy", m_copy, 0, "Return a shallow copy of a set."},
    {"discard", m_discard, 0, "Remove an element from a set if it is a member."},
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"difference_update", m_difference_update, 0, "Remove all elements of another set from this set."},
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"intersection_update", m_intersection_update, 0, "Update a set with the intersection of itself and another."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"pop", m_pop, 0, "Remove and return an arbitrary set element."},
    {"remove", m_remove, 0, "Remove an element from a set; it must be a member."},
    {"symmetric_difference", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", m_symmetric_difference_update, 0, "Update a set with the symmetric difference of itself and another."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"update", m_update, 0, "Update a set with the union of itself and others."},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {"__sizeof__", m_sizeof, 0, "S.__sizeof__() -> size of S in memory, in bytes"},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_frozen_copy, 0, "Return a shallow copy of a set."},
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"symmetric_difference", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {"__sizeof__", m_sizeof, 0, "S.__sizeof__() -> size of S in memory, in bytes"},
    {NULL, NULL, 0, NULL},
};

const TypeSpec set_spec = {
    .name = "set",
    .inst_kind = K_SET,
    .inst_size = sizeof(SetObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .repr = set_repr,
    .richcmp = set_richcmp,
    .iter = set_iter_slot,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .binop = set_binop,
    .inplace = set_inplace,
    .new_ = set_new_slot,
    .init = set_init,
    .methods = set_methods,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
};

const TypeSpec frozenset_spec = {
    .name = "frozenset",
    .inst_kind = K_SET,
    .inst_size = sizeof(SetObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcmp = set_richcmp,
    .iter = set_iter_slot,
    .len = set_len_slot,
    .contains = set_contains_slot,
    .binop = set_binop,
    .new_ = frozenset_new_slot,
    .methods = frozenset_methods,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
};
