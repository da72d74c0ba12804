/*
 * ops_call.c: the abstract object protocol, part 2: attribute access (getattr, setattr,
 * lookup without AttributeError) and calls (obj_call and friends, special-method calls
 * that look the dunder up on the type, not the instance).
 *
 * Invariant: every call into a type's call slot first checks the C stack budget, so
 * recursion that passes through C (a builtin calling back into Python) cannot exhaust
 * the C stack. (It does not count against the recursion limit: Python frames do.)
 */
#include "ops.h"

#include "exc.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "../vm/func.h"

/* ---- attributes ---- */

Value obj_getattr(Interp *I, Value obj, Value name) {
    if (!str_check(name))
        return exc_raise(I, TY_TYPE_ERROR, "attribute name must be string, not '%T'", name);
    Type *t = type_of(I, obj);
    Value r = t->getattr == NULL ? obj_generic_getattr(I, obj, name) : t->getattr(I, obj, name);
    if (r == VAL_NULL) exc_attr_context(I, obj, name);
    return r;
}

Value obj_getattr_cstr(Interp *I, Value obj, const char *name) {
    Value n = str_intern_cstr(I, name);
    if (n == VAL_NULL) return VAL_NULL;
    return obj_getattr(I, obj, n);
}

Value obj_lookup_attr(Interp *I, Value obj, Value name) {
    if (!str_check(name))
        return exc_raise(I, TY_TYPE_ERROR, "attribute name must be string, not '%T'", name);
    Type *t = type_of(I, obj);
    Value r;
    if (t->getattr == NULL || t->getattr == obj_generic_getattr)
        r = obj_generic_getattr_ex(I, obj, name, true);
    else
        r = t->getattr(I, obj, name);
    if (r == VAL_NULL && exc_pending_is(I, TY_ATTRIBUTE_ERROR)) exc_clear(I);
    return r;
}

int obj_setattr(Interp *I, Value obj, Value name, Value v) {
    if (!str_check(name)) {
        exc_raise(I, TY_TYPE_ERROR, "attribute name must be string, not '%T'", name);
        return -1;
    }
    Type *t = type_of(I, obj);
    if (t->setattr == NULL) {
        if (type_lookup(I, t, name) != VAL_NULL)
            exc_raise(I, TY_ATTRIBUTE_ERROR, "'%T' object attribute '%U' is read-only", obj, name);
        else
            exc_raise_attr(I, obj, name);
        return -1;
    }
    return t->setattr(I, obj, name, v);
}

int obj_setattr_cstr(Interp *I, Value obj, const char *name, Value v) {
    Value n = str_intern_cstr(I, name);
    if (n == VAL_NULL) return -1;
    return obj_setattr(I, obj, n, v);
}

/* ---- calls ---- */

Value obj_call(Interp *I, Value f, ValView args, Value kwnames) {
    Type *t = type_of(I, f);
    if (t->call == NULL) return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not callable", f);
    if (!interp_check_stack(I, " while calling a Python object")) return VAL_NULL;
    return t->call(I, f, args, kwnames);
}

Value obj_call0(Interp *I, Value f) {
    ValView none = {NULL, 0};
    return obj_call(I, f, none, VAL_NULL);
}

Value obj_call1(Interp *I, Value f, Value a) { return obj_call(I, f, vview_make(&a, 1), VAL_NULL); }

Value obj_call2(Interp *I, Value f, Value a, Value b) {
    Value args[2] = {a, b};
    return obj_call(I, f, vview_make(args, 2), VAL_NULL);
}

Value obj_call3(Interp *I, Value f, Value a, Value b, Value c) {
    Value args[3] = {a, b, c};
    return obj_call(I, f, vview_make(args, 3), VAL_NULL);
}

Value obj_call_prepend(Interp *I, Value f, Value first, ValView args, Value kwnames) {
    Value buf[8];
    if (args.n < 8) {
        buf[0] = first;
        for (size_t i = 0; i < args.n; i++) buf[i + 1] = vview_get(args, i);
        return obj_call(I, f, vview_make(buf, args.n + 1), kwnames);
    }
    ValVec v;
    vec_init(&v);
    if (vec_reserve(I->heap, &v, args.n + 1) != K_OK || vec_push(I->heap, &v, first) != K_OK)
        return exc_nomem(I);
    for (size_t i = 0; i < args.n; i++)
        if (vec_push(I->heap, &v, vview_get(args, i)) != K_OK) return exc_nomem(I);
    return obj_call(I, f, vview_of_vec(&v), kwnames);
}

Value obj_call_descr(Interp *I, Value f, Value self, ValView args, Value kwnames) {
    Type *ft = type_of(I, f);
    if (ft == I->types[TY_FUNCTION] || ft == I->types[TY_WRAPPER_DESCR])
        return obj_call_prepend(I, f, self, args, kwnames);
    if (ft == I->types[TY_METHOD_DESCR]) {
        CFuncObject *m = cfunc_cast(f);
        if (m != NULL && (m->mflags & (METH_CLASS | METH_STATIC)) == 0)
            return obj_call_prepend(I, f, self, args, kwnames);
    }
    if (ft->descr_get != NULL) {
        Value b = ft->descr_get(I, f, self, obj_val(type_of(I, self)));
        if (b == VAL_NULL) return VAL_NULL;
        return obj_call(I, b, args, kwnames);
    }
    return obj_call(I, f, args, kwnames);
}

Value obj_call_special(Interp *I, Value obj, Value name, ValView args, bool *found) {
    Value f = type_lookup(I, type_of(I, obj), name);
    if (f == VAL_NULL) {
        *found = false;
        return VAL_NULL;
    }
    *found = true;
    return obj_call_descr(I, f, obj, args, VAL_NULL);
}

Value obj_call_method(Interp *I, Value obj, const char *name, ValView args) {
    Value f = obj_getattr_cstr(I, obj, name);
    if (f == VAL_NULL) return VAL_NULL;
    return obj_call(I, f, args, VAL_NULL);
}
