/*
 * exc_group.c: BaseExceptionGroup / ExceptionGroup (PEP 654): construction checks,
 * message / exceptions, split / subgroup / derive, and the two except* opcodes' work
 * (CHECK_EG_MATCH's matching, PREP_RERAISE_STAR's merging of what the clauses raised).
 *
 * BaseExceptionGroup has a TypeId (layout K_EXC); ExceptionGroup, which derives from both
 * BaseExceptionGroup and Exception, is made with type_new next to the other builtin
 * exception classes without a TypeId (exc_extra_types). A group's args are
 * (message, exceptions as given); the message and a tuple copy of the exceptions, taken
 * once by the constructor, are kept in the group's own fields (ExcGroupObject: the
 * sequence given may change later, and args may be reassigned).
 *
 * Invariant: every group built here has a str message and a non-empty tuple of exception
 * instances (the constructor checks both; derive goes through the constructor).
 */
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "ops.h"
#include "args.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "../vm/func.h"

static Value eg_class(Interp *I) {
    Value d = exc_extra_types(I);
    if (d == VAL_NULL) return VAL_NULL;
    Value c = dict_get_cstr(I, d, "ExceptionGroup");
    if (c == VAL_NULL && I->exc == VAL_NULL)
        exc_raise(I, TY_SYSTEM_ERROR, "ExceptionGroup class missing");
    return c;
}

bool exc_group_check(Interp *I, Value v) {
    return obj_is_instance_of(I, v, interp_type(I, TY_BASE_EXCEPTION_GROUP));
}

// [v] as a group with its own fields: an exception of a BaseExceptionGroup subtype, which
// all have BaseExceptionGroup's instance size (both checked), or NULL.
static ExcGroupObject *eg_cast(Interp *I, Value v) {
    ExcObject *e = exc_cast(v);
    if (e == NULL || e->h.type->inst_size < sizeof(ExcGroupObject) || !exc_group_check(I, v))
        return NULL;
    void *p = e;
    return p;
}

// args[k] of group [self] (VAL_NULL when missing: a broken subclass).
static Value eg_arg(Value self, size_t k) {
    ExcObject *e = exc_cast(self);
    if (e == NULL || e->args == VAL_NULL || !tuple_check(e->args) || tuple_len(e->args) <= k)
        return VAL_NULL;
    return tuple_get(e->args, k);
}

static Value eg_msg(Interp *I, Value self) {
    ExcGroupObject *g = eg_cast(I, self);
    if (g != NULL && g->msg != VAL_NULL) return g->msg;
    return eg_arg(self, 0);
}

static Value eg_excs(Interp *I, Value self) {
    ExcGroupObject *g = eg_cast(I, self);
    if (g != NULL && g->excs != VAL_NULL) return g->excs;
    Value x = eg_arg(self, 1);
    if (x == VAL_NULL) return exc_raise(I, TY_TYPE_ERROR, "not an exception group");
    if (tuple_check(x)) return x;
    return obj_to_tuple(I, x);
}

static bool is_sequence(Interp *I, Value v) {
    Type *t = type_of(I, v);
    return t->getitem != NULL && !dict_check(v);
}

Value excgroup_new(Interp *I, Type *t, ValView args, Value kwnames) {
    size_t nkw = kwnames != VAL_NULL && tuple_check(kwnames) ? tuple_len(kwnames) : 0;
    size_t n = args.n - nkw;
    if (n != 2)
        return exc_raise(I, TY_TYPE_ERROR,
                         "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", n);
    Value msg = vview_get(args, 0), seq = vview_get(args, 1);
    if (!str_check(msg))
        return exc_raise(I, TY_TYPE_ERROR,
                         "BaseExceptionGroup.__new__() argument 1 must be str, not %T", msg);
    if (!is_sequence(I, seq))
        return exc_raise(I, TY_TYPE_ERROR, "second argument (exceptions) must be a sequence");
    Value excs = obj_to_tuple(I, seq);
    if (excs == VAL_NULL) return VAL_NULL;
    size_t k = tuple_len(excs);
    if (k == 0)
        return exc_raise(I, TY_VALUE_ERROR,
                         "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    Type *exception = interp_type(I, TY_EXCEPTION);
    for (size_t i = 0; i < k; i++) {
        Value x = tuple_get(excs, i);
        if (!exc_is_instance(I, x))
            return exc_raise(I, TY_VALUE_ERROR,
                             "Item %zu of second argument (exceptions) is not an exception", i);
        if (!obj_is_instance_of(I, x, exception)) nested_base = true;
    }
    Value egc = eg_class(I);
    if (egc == VAL_NULL) return VAL_NULL;
    Type *eg = type_cast(egc);
    if (t == interp_type(I, TY_BASE_EXCEPTION_GROUP)) {
        if (!nested_base && eg != NULL) t = eg;
    } else if (t == eg) {
        if (nested_base)
            return exc_raise(I, TY_TYPE_ERROR, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && type_is_subtype(t, exception)) {
        return exc_raise(I, TY_TYPE_ERROR, "Cannot nest BaseExceptions in '%N'", t);
    }
    Value two[2] = {msg, seq};
    ValView a2 = {two, 2};
    Value r = I->types[TY_BASE_EXCEPTION]->new_(I, t, a2, VAL_NULL);
    ExcGroupObject *g = r != VAL_NULL ? eg_cast(I, r) : NULL;
    if (g != NULL) {
        g->msg = msg;
        g->excs = excs;
    }
    return r;
}

int excgroup_init(Interp *I, Value self, ValView args, Value kwnames) {
    (void)args;
    if (kwnames != VAL_NULL && tuple_check(kwnames) && tuple_len(kwnames) > 0) {
        exc_raise(I, TY_TYPE_ERROR, "%T() takes no keyword arguments", self);
        return -1;
    }
    return 0;
}

Value excgroup_str(Interp *I, Value self) {
    Value msg = eg_msg(I, self);
    Value excs = eg_excs(I, self);
    if (msg == VAL_NULL || excs == VAL_NULL) return VAL_NULL;
    size_t n = tuple_len(excs);
    return str_from_format(I, "%U (%zu sub-exception%s)", str_check(msg) ? msg : I->empty_str, n,
                           n == 1 ? "" : "s");
}

static Value g_message(Interp *I, Value self) {
    Value m = eg_msg(I, self);
    return m != VAL_NULL ? m : I->none;
}
static Value g_exceptions(Interp *I, Value self) { return eg_excs(I, self); }
static int readonly(Interp *I, Value self, Value v) {
    (void)self;
    (void)v;
    exc_raise(I, TY_ATTRIBUTE_ERROR, "readonly attribute");
    return -1;
}

const GetSetDef excgroup_getsets[] = {
    {"message", g_message, readonly},
    {"exceptions", g_exceptions, readonly},
    {NULL, NULL, NULL},
};

// ---- split / subgroup ----

enum { M_TYPE = 0, M_PRED = 1, M_LEAVES = 2 };

typedef struct Matcher {
    int kind;
    Value v; /* the type(s), the predicate, or a list of leaf exceptions */
} Matcher;

static bool is_exc_type_or_tuple(Interp *I, Value v) {
    if (exc_is_class(I, v)) return true;
    if (!tuple_check(v)) return false;
    for (size_t i = 0; i < tuple_len(v); i++)
        if (!exc_is_class(I, tuple_get(v, i))) return false;
    return true;
}

// As CPython: an exception class, an exact tuple of them, or a Python function (not any
// callable: builtins, bound methods and callable instances are refused).
static bool make_matcher(Interp *I, Value v, Matcher *m) {
    if (exc_is_class(I, v) || (type_of(I, v) == I->types[TY_TUPLE] && is_exc_type_or_tuple(I, v))) {
        m->kind = M_TYPE;
    } else if (func_cast(v) != NULL) {
        m->kind = M_PRED;
    } else {
        exc_raise(I, TY_TYPE_ERROR, "expected a function, exception type or tuple of exception types");
        return false;
    }
    m->v = v;
    return true;
}

static int matches(Interp *I, const Matcher *m, Value exc) {
    switch (m->kind) {
    case M_TYPE:
        return obj_isinstance(I, exc, m->v);
    case M_PRED: {
        Value r = obj_call1(I, m->v, exc);
        if (r == VAL_NULL) return -1;
        return obj_truth(I, r);
    }
    default:
        // a leaf of one of the listed groups (by identity)
        if (exc_group_check(I, exc)) return 0;
        for (size_t i = 0; i < list_len(m->v); i++)
            if (list_get(m->v, i) == exc) return 1;
        return 0;
    }
}

// [orig].derive(excs) with orig's traceback, cause, context and notes.
static Value subset(Interp *I, Value orig, Value excs) {
    Value eg = obj_call_method(I, orig, "derive", vview_make(&excs, 1));
    if (eg == VAL_NULL) return VAL_NULL;
    if (!exc_group_check(I, eg))
        return exc_raise(I, TY_TYPE_ERROR, "derive must return an instance of BaseExceptionGroup");
    ExcObject *d = exc_cast(eg), *o = exc_cast(orig);
    if (d != NULL && o != NULL) {
        d->traceback = o->traceback;
        d->cause = o->cause;
        d->context = o->context;
        d->suppress_context = true; // as setting __cause__ does, even to None (CPython too)
    }
    Value notes = obj_lookup_attr(I, orig, str_intern_cstr(I, "__notes__"));
    if (notes == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
    } else if (is_sequence(I, notes)) { // other __notes__ values are left behind, as in CPython
        Value copy = obj_to_list(I, notes);
        if (copy == VAL_NULL || obj_setattr_cstr(I, eg, "__notes__", copy) < 0) return VAL_NULL;
    }
    return eg;
}

// Splits [exc] by [m]: *match and (when rest != NULL) *rest, None for empty parts.
static bool split_rec(Interp *I, Value exc, const Matcher *m, Value *match, Value *rest) {
    *match = I->none;
    if (rest != NULL) *rest = I->none;
    int r = matches(I, m, exc);
    if (r < 0) return false;
    if (r > 0) {
        *match = exc;
        return true;
    }
    if (!exc_group_check(I, exc)) {
        if (rest != NULL) *rest = exc;
        return true;
    }
    Value excs = eg_excs(I, exc);
    if (excs == VAL_NULL) return false;
    Value ml = list_new(I, 0), rl = list_new(I, 0);
    if (ml == VAL_NULL || rl == VAL_NULL) return false;
    if (!interp_enter_c(I, "in exceptiongroup_split_recursive")) return false;
    bool ok = true;
    for (size_t i = 0; ok && i < tuple_len(excs); i++) {
        Value sm = VAL_NULL, sr = VAL_NULL;
        ok = split_rec(I, tuple_get(excs, i), m, &sm, rest != NULL ? &sr : NULL);
        if (ok && sm != I->none) ok = list_append(I, ml, sm);
        if (ok && rest != NULL && sr != I->none) ok = list_append(I, rl, sr);
    }
    interp_leave_c(I);
    if (!ok) return false;
    if (list_len(ml) > 0) {
        *match = subset(I, exc, ml);
        if (*match == VAL_NULL) return false;
    }
    if (rest != NULL && list_len(rl) > 0) {
        *rest = subset(I, exc, rl);
        if (*rest == VAL_NULL) return false;
    }
    return true;
}

static Value m_split(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "split", 1, 1)) return VAL_NULL;
    Matcher m;
    if (!make_matcher(I, vview_get(args, 0), &m)) return VAL_NULL;
    Value match, rest;
    if (!split_rec(I, self, &m, &match, &rest)) return VAL_NULL;
    return tuple_pack(I, 2, match, rest);
}

static Value m_subgroup(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "subgroup", 1, 1)) return VAL_NULL;
    Matcher m;
    if (!make_matcher(I, vview_get(args, 0), &m)) return VAL_NULL;
    Value match;
    if (!split_rec(I, self, &m, &match, NULL)) return VAL_NULL;
    return match;
}

static Value m_derive(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "derive", 1, 1)) return VAL_NULL;
    Value msg = eg_msg(I, self);
    if (msg == VAL_NULL) return exc_raise(I, TY_TYPE_ERROR, "not an exception group");
    return obj_call2(I, obj_val(interp_type(I, TY_BASE_EXCEPTION_GROUP)), msg, vview_get(args, 0));
}

static Value m_class_getitem(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__class_getitem__", 1, 1)) return VAL_NULL;
    return type_generic_alias(I, self, vview_get(args, 0));
}

const MethodDef excgroup_methods[] = {
    {"__class_getitem__", m_class_getitem, METH_CLASS, "See PEP 585"},
    {"split", m_split, 0, NULL},
    {"subgroup", m_subgroup, 0, NULL},
    {"derive", m_derive, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// ---- except* ----

Value exc_group_match(Interp *I, Value exc, Value typ, Value *match) {
    *match = I->none;
    if (!is_exc_type_or_tuple(I, typ)) {
        exc_raise(I, TY_TYPE_ERROR,
                  "catching classes that do not inherit from BaseException is not allowed");
        return VAL_NULL;
    }
    Type *beg = interp_type(I, TY_BASE_EXCEPTION_GROUP);
    size_t nt = tuple_check(typ) ? tuple_len(typ) : 1;
    for (size_t i = 0; i < nt; i++) {
        Type *t = type_cast(tuple_check(typ) ? tuple_get(typ, i) : typ);
        if (t != NULL && type_is_subtype(t, beg)) {
            exc_raise(I, TY_TYPE_ERROR,
                      "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return VAL_NULL;
        }
    }
    int r = obj_isinstance(I, exc, typ);
    if (r < 0) return VAL_NULL;
    if (r > 0) {
        if (exc_group_check(I, exc)) {
            *match = exc;
        } else {
            // a naked exception: wrap it in a group (without a traceback, as CPython 3.11)
            Value one = tuple_pack(I, 1, exc);
            if (one == VAL_NULL) return VAL_NULL;
            Value g = obj_call2(I, obj_val(beg), I->empty_str, one);
            if (g == VAL_NULL) return VAL_NULL;
            *match = g;
        }
        return I->none;
    }
    if (!exc_group_check(I, exc)) return exc;
    Value pair = obj_call_method(I, exc, "split", vview_make(&typ, 1));
    if (pair == VAL_NULL) return VAL_NULL;
    if (!tuple_check(pair) || tuple_len(pair) != 2)
        return exc_raise(I, TY_TYPE_ERROR, "%T.split must return a 2-tuple, got %T", exc, pair);
    Value m = tuple_get(pair, 0);
    if (m == I->none) return exc;
    *match = m;
    return tuple_get(pair, 1);
}

// Appends the leaf exceptions of [e] to list [out].
static bool collect_leaves(Interp *I, Value e, Value out) {
    if (e == I->none) return true;
    if (!exc_group_check(I, e)) return list_append(I, out, e);
    Value excs = eg_excs(I, e);
    if (excs == VAL_NULL || !interp_enter_c(I, "in collect_exception_group_leaves")) return false;
    bool ok = true;
    for (size_t i = 0; ok && i < tuple_len(excs); i++) ok = collect_leaves(I, tuple_get(excs, i), out);
    interp_leave_c(I);
    return ok;
}

// Same traceback, cause and context: a re-raise of (part of) the original group.
static bool same_metadata(Value a, Value b) {
    ExcObject *x = exc_cast(a), *y = exc_cast(b);
    if (x == NULL || y == NULL) return false;
    return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

Value exc_group_prep_reraise(Interp *I, Value orig, Value excs) {
    if (!list_check(excs)) return exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: PREP_RERAISE_STAR");
    size_t n = list_len(excs);
    if (n == 0) return I->none;
    if (!exc_group_check(I, orig)) {
        // a naked exception was wrapped: at most one clause ran
        return list_get(excs, 0);
    }
    Value raised = list_new(I, 0), reraised = list_new(I, 0);
    if (raised == VAL_NULL || reraised == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value e = list_get(excs, i);
        if (e == I->none) continue;
        bool re = same_metadata(e, orig);
        if (!list_append(I, re ? reraised : raised, e)) return VAL_NULL;
    }
    Value kept = I->none;
    if (list_len(reraised) > 0) {
        Matcher m = {M_LEAVES, list_new(I, 0)};
        if (m.v == VAL_NULL) return VAL_NULL;
        for (size_t i = 0; i < list_len(reraised); i++)
            if (!collect_leaves(I, list_get(reraised, i), m.v)) return VAL_NULL;
        if (!split_rec(I, orig, &m, &kept, NULL)) return VAL_NULL;
    }
    if (list_len(raised) == 0) return kept;
    if (kept != I->none && !list_append(I, raised, kept)) return VAL_NULL;
    return obj_call2(I, obj_val(interp_type(I, TY_BASE_EXCEPTION_GROUP)), I->empty_str, raised);
}

// ExceptionGroup(BaseExceptionGroup, Exception), added to [d] (exc_extra_types).
bool exc_group_make_class(Interp *I, Value d) {
    Value name = str_intern_cstr(I, "ExceptionGroup");
    Value ns = dict_new(I);
    Value bases = tuple_pack(I, 2, obj_val(interp_type(I, TY_BASE_EXCEPTION_GROUP)),
                             obj_val(interp_type(I, TY_EXCEPTION)));
    Value modname = str_intern_cstr(I, "builtins");
    if (name == VAL_NULL || ns == VAL_NULL || bases == VAL_NULL || modname == VAL_NULL) return false;
    if (!dict_set(I, ns, interp_name(I, N___module__), modname)) return false;
    ValView nokw = {NULL, 0};
    Value cls = type_new(I, I->types[TY_TYPE], name, bases, ns, nokw, VAL_NULL);
    return cls != VAL_NULL && dict_set(I, d, name, cls);
}
