/*
 * ops_seq.c: the abstract object protocol, part 4: subscription, `in` (falling back to
 * iteration), iter() (falling back to the __getitem__ sequence protocol), next(), len(),
 * and collecting iterables into lists and tuples.
 *
 * Invariant: obj_next distinguishes exhaustion (VAL_NULL, no exception) from errors
 * (VAL_NULL, exception pending); iter() never returns an object that is not an iterator.
 */
#include "ops.h"

#include "args.h"
#include "exc.h"
#include "int.h"
#include "iterobject.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

Value obj_getitem(Interp *I, Value obj, Value key) {
    Type *t = type_of(I, obj);
    if (t->getitem != NULL) return t->getitem(I, obj, key);
    Type *cls = type_cast(obj);
    if (cls != NULL) {
        // CPython's PyObject_GetItem: `type` itself is special-cased (so a metaclass is not
        // subscriptable through an inherited __class_getitem__), any other class goes
        // through a full getattr of __class_getitem__ (the metaclass's __getattr__ too);
        // None there means "not subscriptable"
        if (cls == interp_type(I, TY_TYPE)) return type_generic_alias(I, obj, key);
        Value f = obj_lookup_attr(I, obj, interp_name(I, N___class_getitem__));
        if (f != VAL_NULL && f != I->none) return obj_call1(I, f, key);
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR, "type '%U' is not subscriptable", cls->name);
    }
    return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not subscriptable", obj);
}

int obj_setitem(Interp *I, Value obj, Value key, Value v) {
    Type *t = type_of(I, obj);
    if (t->setitem == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "'%T' object does not support item assignment", obj);
        return -1;
    }
    return t->setitem(I, obj, key, v);
}

int obj_delitem(Interp *I, Value obj, Value key) {
    Type *t = type_of(I, obj);
    if (t->setitem == NULL) {
        // CPython's sequence path words it differently from the mapping path; every
        // class statement's type has a sequence table there, builtins only some.
        bool has_seq = (t->tflags & TF_HEAP) != 0 || t->getitem != NULL || t->contains != NULL;
        bool seq = has_seq && (val_is_small(key) || type_of(I, key)->index != NULL);
        exc_raise(I, TY_TYPE_ERROR, seq ? "'%T' object doesn't support item deletion"
                                        : "'%T' object does not support item deletion", obj);
        return -1;
    }
    return t->setitem(I, obj, key, VAL_NULL);
}

int obj_contains(Interp *I, Value container, Value item) {
    Type *t = type_of(I, container);
    if (t->contains != NULL) return t->contains(I, container, item);
    if (t->iter == NULL && t->getitem == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "argument of type '%T' is not iterable", container);
        return -1;
    }
    Value it = obj_iter(I, container);
    if (it == VAL_NULL) {
        // CPython rewords any TypeError from getting the iterator
        if (exc_pending_is(I, TY_TYPE_ERROR)) {
            exc_clear(I);
            exc_raise(I, TY_TYPE_ERROR, "argument of type '%T' is not iterable", container);
        }
        return -1;
    }
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) return I->exc != VAL_NULL ? -1 : 0;
        int r = obj_eq(I, x, item);
        if (r != 0) return r;
    }
}

Value obj_iter(Interp *I, Value v) {
    Type *t = type_of(I, v);
    if (t->iter != NULL) {
        Value r = t->iter(I, v);
        if (r == VAL_NULL) return VAL_NULL;
        if (type_of(I, r)->next == NULL)
            return exc_raise(I, TY_TYPE_ERROR, "iter() returned non-iterator of type '%T'", r);
        return r;
    }
    if (t->getitem != NULL && type_cast(v) == NULL) return iterobject_seq_iter_new(I, v);
    return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not iterable", v);
}

Value obj_next(Interp *I, Value it) {
    Type *t = type_of(I, it);
    if (t->next == NULL) return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not an iterator", it);
    Value r = t->next(I, it);
    // A next slot may also signal exhaustion with StopIteration (generators returning a
    // value do, so next() can report it): here that is plain exhaustion.
    if (r == VAL_NULL && I->exc != VAL_NULL && exc_pending_is(I, TY_STOP_ITERATION)) exc_clear(I);
    return r;
}

Value obj_next_raising(Interp *I, Value it) {
    Type *t = type_of(I, it);
    if (t->next == NULL) return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not an iterator", it);
    if ((t->tflags & TF_HEAP) != 0) {
        bool found;
        ValView none = {NULL, 0};
        Value r = obj_call_special(I, it, interp_name(I, N___next__), none, &found);
        if (found) return r;
    }
    Value r = t->next(I, it);
    if (r == VAL_NULL && I->exc == VAL_NULL) exc_set(I, obj_val(I->types[TY_STOP_ITERATION]));
    return r;
}

int64_t obj_len(Interp *I, Value v) {
    Type *t = type_of(I, v);
    if (t->len == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "object of type '%T' has no len()", v);
        return -1;
    }
    return t->len(I, v);
}

bool obj_length_hint_probe(Interp *I, Value v) {
    Type *t = type_of(I, v);
    if ((t->tflags & TF_HEAP) == 0) return true;
    if (t->len != NULL) {
        if (obj_len(I, v) >= 0) return true;
        if (!exc_pending_is(I, TY_TYPE_ERROR)) return false;
        exc_clear(I);
    }
    bool found;
    Value r = obj_call_special(I, v, interp_name(I, N___length_hint__), vview_make(NULL, 0), &found);
    if (!found) return I->exc == VAL_NULL;
    if (r == VAL_NULL) {
        if (!exc_pending_is(I, TY_TYPE_ERROR)) return false;
        exc_clear(I);
        return true;
    }
    if (r == I->notimpl) return true;
    if (!int_check(I, r)) {
        exc_raise(I, TY_TYPE_ERROR, "__length_hint__ must be an integer, not %T", r);
        return false;
    }
    int64_t n;
    if (!args_ssize(I, r, &n)) return false;
    if (n < 0) {
        exc_raise(I, TY_VALUE_ERROR, "__length_hint__() should return >= 0");
        return false;
    }
    return true;
}

bool obj_is_exact_seq(Interp *I, Value v) {
    Type *t = type_of(I, v);
    return t == I->types[TY_LIST] || t == I->types[TY_TUPLE];
}

Value obj_to_list(Interp *I, Value iterable) {
    Value l = list_new(I, 0);
    if (l == VAL_NULL) return VAL_NULL;
    if (!list_extend(I, l, iterable)) return VAL_NULL;
    return l;
}

Value obj_to_tuple(Interp *I, Value iterable) {
    Type *t = type_of(I, iterable);
    if (t == I->types[TY_TUPLE]) return iterable;
    // a subclass of tuple or list is iterated (its __iter__ decides), as in CPython
    if (t == I->types[TY_LIST]) return tuple_from_view(I, list_view(iterable));
    Value l = obj_to_list(I, iterable);
    if (l == VAL_NULL) return VAL_NULL;
    return tuple_from_view(I, list_view(l));
}
