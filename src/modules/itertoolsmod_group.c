/*
 * itertoolsmod_group.c: groupby (with its _grouper sub-iterators) and tee (with the
 * shared _tee_dataobject blocks) of _itertools.
 *
 * Invariant (groupby): only the grouper made by the latest groupby step is live; an older
 * one reports exhaustion. Invariant (tee): the items read from the source live in a
 * chain of blocks of at most TEE_BLOCK values; each _tee holds its block and index, so a
 * block nobody can reach any more is reclaimed by the collector.
 */
#include "itertoolsmod.h"

#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/iterobject.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

CUSTOM_CAST_FN(grp_cast, ItObj, itertoolsmod_layout)

// [v] as a groupby's ItObj (its v vector has the two groupby slots), or NULL.
static ItObj *it_is_groupby(Value v) {
    ItObj *g = grp_cast(v);
    return g != NULL && g->v.len == 2 ? g : NULL;
}

// ---- groupby: a = iterator, b = key function (VAL_NULL: identity), c = tgtkey,
// d = currkey, v = [currvalue, currgrouper] (VAL_NULL when absent) ----

static Value gb_currvalue(ItObj *g) { return vec_get(&g->v, 0); }
static Value gb_grouper(ItObj *g) { return vec_get(&g->v, 1); }
static void gb_set_currvalue(ItObj *g, Value x) { (void)vec_set(&g->v, 0, x); }
static void gb_set_grouper(ItObj *g, Value x) { (void)vec_set(&g->v, 1, x); }

static Value groupby_new(Interp *I, Type *t, ValView args, Value kwnames) {
    Value iterable, key = VAL_NULL;
    if (!args_parse(I, args, kwnames, "groupby", "iterable | key", &iterable, &key))
        return VAL_NULL;
    Value src = obj_iter(I, iterable);
    if (src == VAL_NULL) return VAL_NULL;
    ItObj *g = itertoolsmod_alloc(I, t);
    if (g == NULL) return VAL_NULL;
    KStatus s = vec_resize(I->heap, &g->v, 2);
    if (s != K_OK) return exc_from_kstatus(I, s, "groupby");
    g->a = src;
    g->b = key == I->none ? VAL_NULL : key;
    return obj_val(g);
}

// Reads the next value and its key. False at the end (no exception) or on error.
static bool groupby_step(Interp *I, ItObj *g) {
    Value v = obj_next(I, g->a);
    if (v == VAL_NULL) return false;
    Value k = v;
    if (g->b != VAL_NULL) {
        k = obj_call1(I, g->b, v);
        if (k == VAL_NULL) return false;
    }
    gb_set_currvalue(g, v);
    g->d = k;
    return true;
}

static Value grouper_new_for(Interp *I, Value parent, Value tgtkey);

static Value groupby_next(Interp *I, Value self) {
    ItObj *g = itertoolsmod_cast(I, self);
    if (g == NULL) return VAL_NULL;
    gb_set_grouper(g, VAL_NULL);
    for (;;) {
        if (g->d != VAL_NULL) {
            if (g->c == VAL_NULL) break;
            int eq = obj_richcmp_bool(I, g->c, g->d, CMP_EQ);
            if (eq < 0) return VAL_NULL;
            if (!eq) break;
        }
        if (!groupby_step(I, g)) return VAL_NULL;
    }
    g->c = g->d;
    Value gr = grouper_new_for(I, self, g->c);
    return gr == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, g->d, gr);
}

// ---- _grouper: a = the groupby, b = its target key ----

static Value grouper_new_for(Interp *I, Value parent, Value tgtkey) {
    Value tv = dict_get_cstr(I, I->scratch, "_itertools._grouper");
    Type *t = type_cast(tv);
    if (t == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "_grouper type missing");
    ItObj *g = it_is_groupby(parent);
    ItObj *gr = itertoolsmod_alloc(I, t);
    if (g == NULL || gr == NULL) return VAL_NULL;
    gr->a = parent;
    gr->b = tgtkey;
    gb_set_grouper(g, obj_val(gr)); // the newest grouper is the live one (as CPython's)
    return obj_val(gr);
}

static Value grouper_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)t;
    if (!args_no_kw(I, kwnames, "_grouper") || !args_count(I, args, VAL_NULL, "_grouper", 2, 2))
        return VAL_NULL;
    Type *gbt = itertoolsmod_type(I, "_itertools.groupby");
    if (gbt == NULL) return VAL_NULL;
    Value parent = vview_get(args, 0);
    if (!type_is_subtype(type_of(I, parent), gbt) || it_is_groupby(parent) == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "_grouper() argument 1 must be itertools.groupby, not %T",
                         parent);
    return grouper_new_for(I, vview_get(args, 0), vview_get(args, 1));
}

static Value grouper_next(Interp *I, Value self) {
    ItObj *gr = itertoolsmod_cast(I, self);
    if (gr == NULL) return VAL_NULL;
    ItObj *g = itertoolsmod_cast(I, gr->a);
    if (g == NULL || g->v.len != 2) return VAL_NULL;
    if (gb_grouper(g) != self) return VAL_NULL;
    if (gb_currvalue(g) == VAL_NULL && !groupby_step(I, g)) return VAL_NULL;
    int eq = obj_richcmp_bool(I, gr->b, g->d, CMP_EQ);
    if (eq <= 0) return VAL_NULL;
    Value r = gb_currvalue(g);
    gb_set_currvalue(g, VAL_NULL);
    return r;
}

// ---- tee: _tee_dataobject blocks (a = source iterator, v = values read, b = next
// block), _tee iterators (a = block, i = index in it) ----

#define TEE_BLOCK 57

static Value teedata_new_for(Interp *I, Value src) {
    Type *t = itertoolsmod_type(I, "_itertools._tee_dataobject");
    if (t == NULL) return VAL_NULL;
    ItObj *b = itertoolsmod_alloc(I, t);
    if (b == NULL) return VAL_NULL;
    b->a = src;
    return obj_val(b);
}

static Value tee_from_block(Interp *I, Type *t, Value block, int64_t index) {
    ItObj *it = itertoolsmod_alloc(I, t);
    if (it == NULL) return VAL_NULL;
    it->a = block;
    it->i = index;
    return obj_val(it);
}

// A _tee reading iter([iterable]) from its start; over a _tee, a copy of it (sharing its
// blocks), as CPython's tee_fromiterable.
static Value tee_fromiterable(Interp *I, Type *t, Value iterable) {
    Value src = obj_iter(I, iterable);
    if (src == VAL_NULL) return VAL_NULL;
    ItObj *from = type_of(I, src) == t ? itertoolsmod_cast(I, src) : NULL;
    if (from != NULL) return tee_from_block(I, t, from->a, from->i);
    Value block = teedata_new_for(I, src);
    if (block == VAL_NULL) return VAL_NULL;
    return tee_from_block(I, t, block, 0);
}

static Value tee_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!args_no_kw(I, kwnames, "_tee") || !args_count(I, args, VAL_NULL, "_tee", 1, 1))
        return VAL_NULL;
    return tee_fromiterable(I, t, vview_get(args, 0));
}

static Value tee_next(Interp *I, Value self) {
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    ItObj *b = itertoolsmod_cast(I, it->a);
    if (b == NULL) return VAL_NULL;
    if (it->i >= TEE_BLOCK) {
        if (b->b == VAL_NULL) {
            b->b = teedata_new_for(I, b->a);
            if (b->b == VAL_NULL) return VAL_NULL;
        }
        it->a = b->b;
        it->i = 0;
        b = itertoolsmod_cast(I, it->a);
        if (b == NULL) return VAL_NULL;
    }
    if ((size_t)it->i < b->v.len) return vec_get(&b->v, (size_t)it->i++);
    if (b->started) {
        exc_raise(I, TY_RUNTIME_ERROR, "cannot re-enter the tee iterator");
        return VAL_NULL;
    }
    b->started = true; // reading the source may call back into this tee
    Value x = obj_next(I, b->a);
    b->started = false;
    if (x == VAL_NULL) return VAL_NULL;
    KStatus s = vec_push(I->heap, &b->v, x);
    if (s != K_OK) return exc_from_kstatus(I, s, "tee");
    it->i++;
    return x;
}

static Value tee_copy(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__copy__", 0, 0)) return VAL_NULL;
    ItObj *it = itertoolsmod_cast(I, self);
    if (it == NULL) return VAL_NULL;
    return tee_from_block(I, type_of(I, self), it->a, it->i);
}

static Value tee_reduce(Interp *I, Value self, ValView args, Value kwnames);
static Value tee_setstate(Interp *I, Value self, ValView args, Value kwnames);

static const MethodDef tee_methods[] = {
    {"__copy__", tee_copy, 0, "Returns an independent iterator."},
    {"__reduce__", tee_reduce, 0, "Return state information for pickling."},
    {"__setstate__", tee_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

// tee(iterable, n=2, /): n independent iterators over one source.
static Value it_tee(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_no_kw(I, kwnames, "tee") || !args_count(I, args, VAL_NULL, "tee", 1, 2))
        return VAL_NULL;
    int64_t n = 2;
    if (args.n == 2 && !itertoolsmod_ssize(I, vview_get(args, 1), &n)) return VAL_NULL;
    if (n < 0) return exc_raise(I, TY_VALUE_ERROR, "n must be >= 0");
    if (n == 0) return I->empty_tuple;
    Value it = obj_iter(I, vview_get(args, 0));
    if (it == VAL_NULL) return VAL_NULL;
    Value copy = str_intern_cstr(I, "__copy__");
    if (copy == VAL_NULL) return VAL_NULL;
    Value first = it;
    if (type_lookup(I, type_of(I, it), copy) == VAL_NULL) {
        Type *tt = itertoolsmod_type(I, "_itertools._tee");
        if (tt == NULL) return VAL_NULL;
        first = tee_fromiterable(I, tt, it);
        if (first == VAL_NULL) return VAL_NULL;
    }
    Value r = tuple_new(I, (size_t)n);
    if (r == VAL_NULL) return VAL_NULL;
    tuple_init_item(r, 0, first);
    for (int64_t i = 1; i < n; i++) {
        Value c = obj_call_method(I, first, "__copy__", vview_make(NULL, 0));
        if (c == VAL_NULL) return VAL_NULL;
        tuple_init_item(r, (size_t)i, c);
    }
    return r;
}

// ---- pickling, in CPython 3.11's formats ----

// (groupby, (it, key)[, (currkey, currvalue, tgtkey)]): the state only mid-group.
static Value groupby_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *g = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (g == NULL) return VAL_NULL;
    Value a = tuple_pack(I, 2, g->a, g->b == VAL_NULL ? I->none : g->b), st = VAL_NULL;
    if (it_is_groupby(self) != NULL && g->c != VAL_NULL && g->d != VAL_NULL &&
        gb_currvalue(g) != VAL_NULL) {
        st = tuple_pack(I, 3, g->d, gb_currvalue(g), g->c);
        if (st == VAL_NULL) return VAL_NULL;
    }
    return itertoolsmod_reduced(I, self, a, st);
}

// The parts of a state tuple of exactly [n] items (CPython's "state is not a tuple",
// "function takes exactly 3 arguments (1 given)").
static bool state_tuple(Interp *I, Value st, size_t n) {
    if (!tuple_check(st)) {
        exc_raise(I, TY_TYPE_ERROR, "state is not a tuple");
        return false;
    }
    if (tuple_len(st) == n) return true;
    exc_raise(I, TY_TYPE_ERROR, "function takes exactly %zu arguments (%zu given)", n, tuple_len(st));
    return false;
}

static Value groupby_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *g = itertoolsmod_method_self(I, self, args, kwnames, "__setstate__", 1);
    if (g == NULL) return VAL_NULL;
    Value st = vview_get(args, 0);
    if (it_is_groupby(self) == NULL || !state_tuple(I, st, 3)) return VAL_NULL;
    g->d = tuple_get(st, 0);
    gb_set_currvalue(g, tuple_get(st, 1));
    g->c = tuple_get(st, 2);
    return I->none;
}

static const MethodDef groupby_methods[] = {
    {"__reduce__", groupby_reduce, 0, "Return state information for pickling."},
    {"__setstate__", groupby_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

// (_grouper, (parent, tgtkey)) while it is the live grouper; a stale one as iter(()).
static Value grouper_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *gr = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (gr == NULL) return VAL_NULL;
    ItObj *g = it_is_groupby(gr->a);
    if (g == NULL || gb_grouper(g) != self) return iterobject_reduce(I, I->empty_tuple, VAL_NULL);
    return itertoolsmod_reduced(I, self, tuple_pack(I, 2, gr->a, gr->b), VAL_NULL);
}

static const MethodDef grouper_methods[] = {
    {"__reduce__", grouper_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

// (_tee, ((),), (block, index)): an empty tee then pointed at the shared block.
static Value tee_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (it == NULL) return VAL_NULL;
    Value index = int_from_i64(I, it->i);
    Value st = index == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, it->a, index);
    if (st == VAL_NULL) return VAL_NULL;
    return itertoolsmod_reduced(I, self, tuple_pack(I, 1, I->empty_tuple), st);
}

static Value tee_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__setstate__", 1);
    Type *bt = itertoolsmod_type(I, "_itertools._tee_dataobject");
    if (it == NULL || bt == NULL) return VAL_NULL;
    Value st = vview_get(args, 0);
    if (!state_tuple(I, st, 2)) return VAL_NULL;
    Value block = tuple_get(st, 0);
    if (type_of(I, block) != bt)
        return exc_raise(I, TY_TYPE_ERROR, "argument 1 must be itertools._tee_dataobject, not %T", block);
    int64_t index;
    if (!itertoolsmod_ssize(I, tuple_get(st, 1), &index)) return VAL_NULL;
    if (index < 0 || index > TEE_BLOCK) return exc_raise(I, TY_VALUE_ERROR, "Index out of range");
    it->a = block;
    it->i = index;
    return I->none;
}

// _tee_dataobject(iterator, values, next): a block as its __reduce__ gives it. Only a full
// block may have a next one; the index of a _tee never passes its block's end.
static Value teedata_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)t;
    if (!args_no_kw(I, kwnames, "teedataobject") ||
        !args_count(I, args, VAL_NULL, "teedataobject", 3, 3))
        return VAL_NULL;
    Value src = vview_get(args, 0), values = vview_get(args, 1), next = vview_get(args, 2);
    if (!list_check(values))
        return exc_raise(I, TY_TYPE_ERROR, "teedataobject() argument 2 must be list, not %T", values);
    size_t n = list_len(values);
    Type *bt = itertoolsmod_type(I, "_itertools._tee_dataobject");
    if (bt == NULL) return VAL_NULL;
    bool next_ok = next == I->none || (n == TEE_BLOCK && type_of(I, next) == bt);
    if (n > TEE_BLOCK || !next_ok) return exc_raise(I, TY_VALUE_ERROR, "Invalid arguments");
    Value block = teedata_new_for(I, src);
    ItObj *b = block == VAL_NULL ? NULL : itertoolsmod_cast(I, block);
    if (b == NULL) return VAL_NULL;
    for (size_t k = 0; k < n; k++) {
        KStatus s = vec_push(I->heap, &b->v, list_get(values, k));
        if (s != K_OK) return exc_from_kstatus(I, s, "tee");
    }
    b->b = next == I->none ? VAL_NULL : next;
    return block;
}

static Value teedata_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *b = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (b == NULL) return VAL_NULL;
    Value values = list_from_view(I, vview_of_vec(&b->v));
    if (values == VAL_NULL) return VAL_NULL;
    Value a = tuple_pack(I, 3, b->a, values, b->b == VAL_NULL ? I->none : b->b);
    return itertoolsmod_reduced(I, self, a, VAL_NULL);
}

static const MethodDef teedata_methods[] = {
    {"__reduce__", teedata_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

const MethodDef itertoolsmod_group_functions[] = {
    {"tee", it_tee, 0, "Returns a tuple of n independent iterators."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec itertoolsmod_groupby_spec = {
    .name = "itertools.groupby",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ItObj),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .iter = itertoolsmod_self,
    .next = groupby_next,
    .new_ = groupby_new,
    .methods = groupby_methods,
    .doc = "make an iterator that returns consecutive keys and groups from the iterable",
};

const TypeSpec itertoolsmod_grouper_spec = {
    .name = "itertools._grouper",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ItObj),
    .base = TY_OBJECT,
    .iter = itertoolsmod_self,
    .next = grouper_next,
    .new_ = grouper_new,
    .methods = grouper_methods,
};

const TypeSpec itertoolsmod_tee_spec = {
    .name = "itertools._tee",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ItObj),
    .base = TY_OBJECT,
    .iter = itertoolsmod_self,
    .next = tee_next,
    .new_ = tee_new,
    .methods = tee_methods,
    .doc = "Iterator wrapped to make it copyable.",
};

const TypeSpec itertoolsmod_teedata_spec = {
    .name = "itertools._tee_dataobject",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ItObj),
    .base = TY_OBJECT,
    .new_ = teedata_new,
    .methods = teedata_methods,
    .doc = "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.",
};
