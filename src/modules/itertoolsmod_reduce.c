/*
 * itertoolsmod_reduce.c: pickling and copying of the simple _itertools iterators
 * (itertoolsmod.c): __reduce__ and __setstate__ of chain, islice, accumulate, starmap,
 * zip_longest, compress, takewhile, dropwhile, filterfalse and cycle, in CPython 3.11's
 * formats, so pickles move between the two interpreters and copy.copy/deepcopy work.
 *
 * Invariant: __setstate__ checks every part of the state before storing any of it, so a
 * bad state raises and leaves the iterator as it was. Field meanings are those of
 * itertoolsmod.c (one comment per type there).
 */
#include "itertoolsmod.h"

#include "../objects/args.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/tuple.h"

static Value or_none(Interp *I, Value v) { return v == VAL_NULL ? I->none : v; }

// A new iterator of the _itertools type registered under [key] (chain).
static Value make_it(Interp *I, const char *key, ValView args) {
    Type *t = itertoolsmod_type(I, key);
    return t == NULL ? VAL_NULL : obj_call(I, obj_val(t), args, VAL_NULL);
}

// ---- chain: (chain, (), (source[, active])); exhausted: (chain, ()) ----

Value itertoolsmod_chain_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (it == NULL) return VAL_NULL;
    Value empty = I->empty_tuple;
    if (it->a == VAL_NULL) return itertoolsmod_reduced(I, self, empty, VAL_NULL);
    Value st = it->b == VAL_NULL ? tuple_pack(I, 1, it->a) : tuple_pack(I, 2, it->a, it->b);
    return st == VAL_NULL ? VAL_NULL : itertoolsmod_reduced(I, self, empty, st);
}

static bool is_iterator(Interp *I, Value v) { return type_of(I, v)->next != NULL; }

Value itertoolsmod_chain_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__setstate__", 1);
    if (it == NULL) return VAL_NULL;
    Value st = vview_get(args, 0);
    if (!tuple_check(st)) return exc_raise(I, TY_TYPE_ERROR, "state is not a tuple");
    size_t n = tuple_len(st);
    if (n < 1 || n > 2)
        return exc_raise(I, TY_TYPE_ERROR, "function takes at least 1 argument (%zu given)", n);
    Value src = tuple_get(st, 0), active = n == 2 ? tuple_get(st, 1) : VAL_NULL;
    if (!is_iterator(I, src) || (active != VAL_NULL && !is_iterator(I, active)))
        return exc_raise(I, TY_TYPE_ERROR, "Arguments must be iterators.");
    it->a = src;
    it->b = active;
    return I->none;
}

// ---- islice: (islice, (it, next, stop, step), consumed); done: (islice, (iter([]), 0), 0) ----

static Value islice_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (it == NULL) return VAL_NULL;
    Value zero = val_from_small(0);
    if (it->a == VAL_NULL) {
        Value l = list_new(I, 0);
        Value e = l == VAL_NULL ? VAL_NULL : obj_iter(I, l);
        return e == VAL_NULL ? VAL_NULL : itertoolsmod_reduced(I, self, tuple_pack(I, 2, e, zero), zero);
    }
    Value next = int_from_i64(I, it->n), cnt = int_from_i64(I, it->i);
    Value stop = it->j < 0 ? I->none : int_from_i64(I, it->j);
    if (next == VAL_NULL || cnt == VAL_NULL || stop == VAL_NULL) return VAL_NULL;
    return itertoolsmod_reduced(I, self, tuple_pack(I, 4, it->a, next, stop, it->b), cnt);
}

static Value islice_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__setstate__", 1);
    int64_t cnt;
    if (it == NULL || !itertoolsmod_ssize(I, vview_get(args, 0), &cnt)) return VAL_NULL;
    it->i = cnt;
    return I->none;
}

const MethodDef itertoolsmod_islice_pickle[] = {
    {"__reduce__", islice_reduce, 0, "Return state information for pickling."},
    {"__setstate__", islice_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

// ---- accumulate: (accumulate, (it, func), total). State None is never restored (pickle
// skips __setstate__ for it), so a pending initial value travels in the arguments as
// chain((initial,), it); a running total of None reduces to
// (islice, (accumulate(chain((None,), it), func), 1, None)), which skips it again. ----

static Value accumulate_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (it == NULL) return VAL_NULL;
    Value func = or_none(I, it->b);
    bool pending = it->i != 0, none_total = it->started && it->c == I->none;
    if (!pending && !none_total)
        return itertoolsmod_reduced(I, self, tuple_pack(I, 2, it->a, func), it->started ? it->c : I->none);
    Value head = tuple_pack(I, 1, it->c);
    if (head == VAL_NULL) return VAL_NULL;
    Value cargs[2] = {head, it->a};
    Value src = make_it(I, "_itertools.chain", vview_make(cargs, 2));
    if (src == VAL_NULL) return VAL_NULL;
    if (!none_total) return itertoolsmod_reduced(I, self, tuple_pack(I, 2, src, func), I->none);
    Value acc = obj_call2(I, obj_val(type_of(I, self)), src, func);
    Type *islice = itertoolsmod_type(I, "_itertools.islice");
    if (acc == VAL_NULL || islice == NULL) return VAL_NULL;
    Value iargs = tuple_pack(I, 3, acc, val_from_small(1), I->none);
    return iargs == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, obj_val(islice), iargs);
}

static Value accumulate_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__setstate__", 1);
    if (it == NULL) return VAL_NULL;
    it->c = vview_get(args, 0);
    it->started = true;
    it->i = 0;
    return I->none;
}

const MethodDef itertoolsmod_accumulate_pickle[] = {
    {"__reduce__", accumulate_reduce, 0, "Return state information for pickling."},
    {"__setstate__", accumulate_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

// ---- starmap, filterfalse: (type, (a, b)); compress: (compress, (data, selectors)) ----

static Value pair_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    return it == NULL ? VAL_NULL : itertoolsmod_reduced(I, self, tuple_pack(I, 2, it->a, it->b), VAL_NULL);
}

const MethodDef itertoolsmod_pair_pickle[] = {
    {"__reduce__", pair_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

// ---- takewhile: (takewhile, (pred, it), stopped); dropwhile: ... started ----

static Value flag_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (it == NULL) return VAL_NULL;
    bool flag = it->done || it->started;
    return itertoolsmod_reduced(I, self, tuple_pack(I, 2, it->a, it->b), val_from_small(flag ? 1 : 0));
}

// The flag of takewhile (done: stopped taking) or dropwhile (started: stopped dropping).
static Value flag_setstate(Interp *I, Value self, ValView args, Value kwnames, bool drop) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__setstate__", 1);
    if (it == NULL) return VAL_NULL;
    int tr = obj_truth(I, vview_get(args, 0));
    if (tr < 0) return VAL_NULL;
    if (drop)
        it->started = tr != 0;
    else
        it->done = tr != 0;
    return I->none;
}

static Value takewhile_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    return flag_setstate(I, self, args, kwnames, false);
}

static Value dropwhile_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    return flag_setstate(I, self, args, kwnames, true);
}

const MethodDef itertoolsmod_takewhile_pickle[] = {
    {"__reduce__", flag_reduce, 0, "Return state information for pickling."},
    {"__setstate__", takewhile_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const MethodDef itertoolsmod_dropwhile_pickle[] = {
    {"__reduce__", flag_reduce, 0, "Return state information for pickling."},
    {"__setstate__", dropwhile_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

// ---- zip_longest: (zip_longest, iterators (() for an exhausted one), fillvalue) ----

static Value zip_longest_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (it == NULL) return VAL_NULL;
    size_t n = it->v.len;
    Value its = tuple_new(I, n);
    if (its == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value src = vec_get(&it->v, i);
        tuple_init_item(its, i, src == VAL_NULL ? I->empty_tuple : src);
    }
    return itertoolsmod_reduced(I, self, its, it->a);
}

static Value zip_longest_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__setstate__", 1);
    if (it == NULL) return VAL_NULL;
    it->a = vview_get(args, 0);
    return I->none;
}

const MethodDef itertoolsmod_zip_longest_pickle[] = {
    {"__reduce__", zip_longest_reduce, 0, "Return state information for pickling."},
    {"__setstate__", zip_longest_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

// ---- cycle: (cycle, (it,), (saved, firstpass)); once the input is exhausted the
// iterator is one over the saved items from the replay position, with firstpass True
// (its items are already saved). The saved list itself is shared, as in CPython. ----

static Value cycle_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__reduce__", 0);
    if (it == NULL) return VAL_NULL;
    Value src = it->a;
    bool firstpass = it->started;
    if (src == VAL_NULL) {
        src = obj_iter(I, it->c);
        if (src == VAL_NULL) return VAL_NULL;
        for (int64_t k = 0; k < it->i; k++)
            if (obj_next(I, src) == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
        firstpass = true;
    }
    Value st = tuple_pack(I, 2, it->c, interp_bool(I, firstpass));
    return st == VAL_NULL ? VAL_NULL : itertoolsmod_reduced(I, self, tuple_pack(I, 1, src), st);
}

static Value cycle_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    ItObj *it = itertoolsmod_method_self(I, self, args, kwnames, "__setstate__", 1);
    if (it == NULL) return VAL_NULL;
    Value st = vview_get(args, 0);
    if (!tuple_check(st)) return exc_raise(I, TY_TYPE_ERROR, "state is not a tuple");
    if (tuple_len(st) != 2)
        return exc_raise(I, TY_TYPE_ERROR, "function takes exactly 2 arguments (%zu given)",
                         tuple_len(st));
    Value saved = tuple_get(st, 0);
    if (!list_check(saved))
        return exc_raise(I, TY_TYPE_ERROR, "argument 1 must be list, not %T", saved);
    int64_t firstpass;
    if (!itertoolsmod_ssize(I, tuple_get(st, 1), &firstpass)) return VAL_NULL;
    it->c = saved;
    it->started = firstpass != 0;
    it->i = 0;
    return I->none;
}

const MethodDef itertoolsmod_cycle_pickle[] = {
    {"__reduce__", cycle_reduce, 0, "Return state information for pickling."},
    {"__setstate__", cycle_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};
