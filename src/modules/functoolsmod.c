/*
 * functoolsmod.c: _functools, the C half of functools: reduce, partial (with its fast
 * call path and nested-partial flattening), _lru_cache_wrapper (lru_cache's whole call
 * path) and cmp_to_key's KeyWrapper. The rest of functools is Python
 * (src/modules/lib/functools.py).
 *
 * Invariant: a partial's [args] is always a tuple and [kw] always a dict (possibly
 * empty); a partial whose func is an exact partial is flattened at construction. An
 * lru cache's dict holds only completed results, in recency order when bounded.
 */
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/list.h"
#include "../objects/type.h"
#include "../objects/int.h"
#include "../vm/func.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

static Value ft_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_no_kw(I, kwnames, "reduce")) return VAL_NULL;
    if (!args_count(I, args, VAL_NULL, "reduce", 2, 3)) return VAL_NULL;
    Value fn = vview_get(args, 0);
    Value acc = args.n == 3 ? vview_get(args, 2) : VAL_NULL;
    Value it = obj_iter(I, vview_get(args, 1));
    if (it == VAL_NULL) {
        if (exc_pending_is(I, TY_TYPE_ERROR)) {
            exc_clear(I);
            return exc_raise(I, TY_TYPE_ERROR, "reduce() arg 2 must support iteration");
        }
        return VAL_NULL;
    }
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            break;
        }
        if (acc == VAL_NULL) {
            acc = x;
            continue;
        }
        acc = obj_call2(I, fn, acc, x);
        if (acc == VAL_NULL) return VAL_NULL;
    }
    if (acc == VAL_NULL)
        return exc_raise(I, TY_TYPE_ERROR, "reduce() of empty iterable with no initial value");
    return acc;
}

// ---- partial ----

typedef struct Partial {
    CustomObj h;
    Value fn;
    Value args; /* tuple */
    Value kw;   /* dict */
} Partial;

static const CustomLayout partial_layout = {"Partial"};
CUSTOM_CAST_FN(partial_cast, Partial, partial_layout)

static Value partial_new(Interp *I, Type *t, ValView args, Value kwnames) {
    size_t nkw = args_nkw(kwnames);
    size_t npos = args.n - nkw;
    if (npos < 1)
        return exc_raise(I, TY_TYPE_ERROR, "type 'partial' takes at least one argument");
    Value fn = vview_get(args, 0);
    Value pargs = VAL_NULL, kw = dict_new(I);
    if (kw == VAL_NULL) return VAL_NULL;
    Partial *inner = partial_cast(fn);
    ValView mine = vview_slice(args, 1, npos);
    Type *pt = inner != NULL ? type_of(I, fn) : NULL;
    // flatten partial(partial(f, 1), 2) into partial(f, 1, 2) when fn is a plain partial
    if (inner != NULL && pt == t && (pt->tflags & TF_HEAP) == 0 && obj_ptr(fn)->dict == VAL_NULL) {
        Value l = list_new(I, 0);
        if (l == VAL_NULL) return VAL_NULL;
        ValView ia = tuple_view(inner->args);
        for (size_t i = 0; i < ia.n; i++)
            if (!list_append(I, l, vview_get(ia, i))) return VAL_NULL;
        for (size_t i = 0; i < mine.n; i++)
            if (!list_append(I, l, vview_get(mine, i))) return VAL_NULL;
        pargs = list_to_tuple(I, l);
        if (!dict_update(I, kw, inner->kw)) return VAL_NULL;
        fn = inner->fn;
    } else {
        Type *ft = type_of(I, fn);
        if (ft->call == NULL)
            return exc_raise(I, TY_TYPE_ERROR, "the first argument must be callable");
        pargs = tuple_from_view(I, mine);
    }
    if (pargs == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < nkw; i++)
        if (!dict_set(I, kw, tuple_get(kwnames, i), vview_get(args, npos + i))) return VAL_NULL;
    Partial *p = custom_alloc(I, t, &partial_layout, sizeof(Partial));
    if (p == NULL) return VAL_NULL;
    p->fn = fn;
    p->args = pargs;
    p->kw = kw;
    return obj_val(p);
}

#define PARTIAL_SMALL 16

static Value partial_call_inner(Interp *I, Value self, ValView args, Value kwnames) {
    Partial *p = partial_cast(self);
    if (p == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad partial");
    ValView pa = tuple_view(p->args);
    size_t nkw = args_nkw(kwnames);
    size_t stored_kw = dict_len(p->kw);
    if (stored_kw == 0) {
        if (pa.n == 0) return obj_call(I, p->fn, args, kwnames);
        if (pa.n + args.n <= PARTIAL_SMALL) {
            Value buf[PARTIAL_SMALL];
            size_t k = 0;
            for (size_t i = 0; i < pa.n; i++) buf[k++] = vview_get(pa, i);
            for (size_t i = 0; i < args.n; i++) buf[k++] = vview_get(args, i);
            return obj_call(I, p->fn, vview_make(buf, k), kwnames);
        }
    }
    // general case: positionals, then the merged keywords (call's override stored ones)
    Value l = list_new(I, pa.n + args.n + stored_kw);
    if (l == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < pa.n; i++)
        if (!list_append(I, l, vview_get(pa, i))) return VAL_NULL;
    size_t npos = args.n - nkw;
    for (size_t i = 0; i < npos; i++)
        if (!list_append(I, l, vview_get(args, i))) return VAL_NULL;
    Value names = VAL_NULL;
    if (stored_kw == 0) {
        for (size_t i = npos; i < args.n; i++)
            if (!list_append(I, l, vview_get(args, i))) return VAL_NULL;
        names = kwnames;
    } else {
        Value kw = dict_copy(I, p->kw);
        if (kw == VAL_NULL) return VAL_NULL;
        for (size_t i = 0; i < nkw; i++)
            if (!dict_set(I, kw, tuple_get(kwnames, i), vview_get(args, npos + i)))
                return VAL_NULL;
        names = tuple_new(I, dict_len(kw));
        if (names == VAL_NULL) return VAL_NULL;
        size_t pos = 0, k = 0;
        Value key, val;
        while (dict_next(kw, &pos, &key, &val)) {
            if (!str_check(key))
                return exc_raise(I, TY_TYPE_ERROR, "keywords must be strings");
            tuple_init_item(names, k++, key);
            if (!list_append(I, l, val)) return VAL_NULL;
        }
    }
    return obj_call(I, p->fn, list_view(l), names);
}

// A partial forwards to its func without a frame of its own, and the forwarding call is
// a tail call the compiler turns into a jump: a partial whose func leads back to itself
// (possible through __setstate__) would loop forever without stack growth. The depth
// guard makes it a RecursionError.
static Value partial_call(Interp *I, Value self, ValView args, Value kwnames) {
    if (!interp_enter_c(I, " while calling a Python object")) return VAL_NULL;
    Value r = partial_call_inner(I, self, args, kwnames);
    interp_leave_c(I);
    return r;
}

static Value partial_repr(Interp *I, Value self) {
    Partial *p = partial_cast(self);
    if (p == NULL) return obj_default_repr(I, self);
    int busy = list_repr_enter(I, self);
    if (busy < 0) return VAL_NULL;
    if (busy) return str_from_cstr(I, "...");
    Type *t = type_of(I, self);
    StrBuilder sb;
    sb_init(&sb);
    // like CPython's tp_name: "functools.partial", or a subclass's bare name
    Value qn = (t->tflags & TF_HEAP) ? t->name : type_qualified_name(I, t);
    Value fr = obj_repr(I, p->fn);
    bool ok = qn != VAL_NULL && fr != VAL_NULL && sb_add_str(I, &sb, qn) &&
              sb_add_cstr(I, &sb, "(") && sb_add_str(I, &sb, fr);
    ValView pa = tuple_view(p->args);
    for (size_t i = 0; ok && i < pa.n; i++) {
        Value r = obj_repr(I, vview_get(pa, i));
        ok = r != VAL_NULL && sb_add_cstr(I, &sb, ", ") && sb_add_str(I, &sb, r);
    }
    size_t pos = 0;
    Value key, val;
    while (ok && dict_next(p->kw, &pos, &key, &val)) {
        Value r = obj_repr(I, val);
        ok = r != VAL_NULL && sb_add_format(I, &sb, ", %S=", key) && sb_add_str(I, &sb, r);
    }
    list_repr_leave(I, self);
    if (!ok || !sb_add_cstr(I, &sb, ")")) return VAL_NULL;
    return sb_finish(I, &sb);
}

static Value partial_get_func(Interp *I, Value self) {
    Partial *p = partial_cast(self);
    return p != NULL ? p->fn : exc_raise(I, TY_TYPE_ERROR, "bad partial");
}

static Value partial_get_args(Interp *I, Value self) {
    Partial *p = partial_cast(self);
    return p != NULL ? p->args : exc_raise(I, TY_TYPE_ERROR, "bad partial");
}

static Value partial_get_keywords(Interp *I, Value self) {
    Partial *p = partial_cast(self);
    return p != NULL ? p->kw : exc_raise(I, TY_TYPE_ERROR, "bad partial");
}

static const GetSetDef partial_getsets[] = {
    {"func", partial_get_func, NULL},
    {"args", partial_get_args, NULL},
    {"keywords", partial_get_keywords, NULL},
    {NULL, NULL, NULL},
};

static Value partial_class_getitem(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__class_getitem__", 1, 1)) return VAL_NULL;
    return type_generic_alias(I, self, vview_get(args, 0));
}

// (type(p), (func,), (func, args, keywords or None, __dict__ or None)): what copy and
// pickle use to rebuild a partial.
static Value partial_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    Partial *p = partial_cast(self);
    if (p == NULL || !args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    Value d = obj_ptr(self)->dict;
    Value state = tuple_pack(I, 4, p->fn, p->args, p->kw,
                             d != VAL_NULL && dict_len(d) > 0 ? d : I->none);
    Value fa = tuple_pack(I, 1, p->fn);
    if (state == VAL_NULL || fa == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 3, obj_val(type_of(I, self)), fa, state);
}

static Value partial_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    Partial *p = partial_cast(self);
    if (p == NULL || !args_count(I, args, kwnames, "__setstate__", 1, 1)) return VAL_NULL;
    Value st = vview_get(args, 0);
    if (!tuple_check(st)) return exc_raise(I, TY_TYPE_ERROR, "argument to __setstate__ must be a tuple");
    if (tuple_len(st) != 4) return exc_raise(I, TY_TYPE_ERROR, "invalid partial state");
    Value fn = tuple_get(st, 0), fargs = tuple_get(st, 1), kw = tuple_get(st, 2),
          d = tuple_get(st, 3);
    if (type_of(I, fn)->call == NULL || !tuple_check(fargs) ||
        (kw != I->none && !dict_check(kw)) || (d != I->none && !dict_check(d)))
        return exc_raise(I, TY_TYPE_ERROR, "invalid partial state");
    // an exact dict is shared, as CPython does (copy.copy(p).keywords is p.keywords)
    Value nkw = kw == I->none ? dict_new(I)
                : type_of(I, kw) == interp_type(I, TY_DICT) ? kw : dict_copy(I, kw);
    // an exact tuple is shared too (copy.copy(p).args is p.args)
    Value nargs = type_of(I, fargs) == interp_type(I, TY_TUPLE)
                      ? fargs : tuple_from_view(I, tuple_view(fargs));
    if (nkw == VAL_NULL || nargs == VAL_NULL) return VAL_NULL;
    p->fn = fn;
    p->args = nargs;
    p->kw = nkw;
    // the state's namespace replaces the instance's attributes; None empties them
    Value mine = obj_instance_dict(I, self);
    if (mine == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : I->none;
    dict_clear(mine);
    if (d != I->none && !dict_update(I, mine, d)) return VAL_NULL;
    return I->none;
}

static const MethodDef partial_methods[] = {
    {"__class_getitem__", partial_class_getitem, METH_CLASS, NULL},
    {"__reduce__", partial_reduce, 0, NULL},
    {"__setstate__", partial_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const TypeSpec partial_spec = {
    .name = "functools.partial",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(Partial),
    .tflags = TF_BASETYPE | TF_HAS_DICT,
    .base = TY_OBJECT,
    .repr = partial_repr,
    .call = partial_call,
    .new_ = partial_new,
    .methods = partial_methods,
    .getsets = partial_getsets,
    .doc = "partial(func, *args, **keywords) - new function with partial application\n"
           "    of the given arguments and keywords.\n",
};

// ---- _lru_cache_wrapper: lru_cache's callable, the hit path in C ----

typedef struct LruCache {
    CustomObj h;
    Value fn;
    Value cache;     /* dict key -> result; its order is the recency order (bounded) */
    Value kwd_mark;  /* separates positional from keyword parts of a key */
    Value info;      /* callable(hits, misses, maxsize, currsize) -> CacheInfo */
    int64_t maxsize; /* -1: unbounded */
    int64_t hits, misses;
    bool typed;
} LruCache;

static const CustomLayout lru_layout = {"LruCache"};
CUSTOM_CAST_FN(lru_cast, LruCache, lru_layout)

static Value lru_new(Interp *I, Type *t, ValView args, Value kwnames) {
    Value fn, maxsize, typed, info, mark;
    // CPython's signature has the first four; our functools.py also passes its key mark
    // (CPython's own functools.py does not: then the cache makes its own).
    if (!args_parse(I, args, kwnames, "_lru_cache_wrapper",
                    "user_function maxsize typed cache_info_type | mark", &fn, &maxsize, &typed,
                    &info, &mark))
        return VAL_NULL;
    if (mark == VAL_NULL) {
        mark = obj_call(I, obj_val(interp_type(I, TY_OBJECT)), vview_make(NULL, 0), VAL_NULL);
        if (mark == VAL_NULL) return VAL_NULL;
    }
    if (type_of(I, fn)->call == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "the first argument must be callable");
    int64_t ms = -1;
    if (maxsize != I->none) {
        if (!obj_index_i64(I, maxsize, &ms)) return VAL_NULL;
        if (ms < 0) ms = 0;
    }
    int tr = obj_truth(I, typed);
    if (tr < 0) return VAL_NULL;
    LruCache *c = custom_alloc(I, t, &lru_layout, sizeof(LruCache));
    if (c == NULL) return VAL_NULL;
    c->fn = fn;
    c->cache = dict_new(I);
    c->kwd_mark = mark;
    c->info = info;
    c->maxsize = ms;
    c->typed = tr == 1;
    return c->cache == VAL_NULL ? VAL_NULL : obj_val(c);
}

// The cache key of a call: the lone int/str argument itself, else a tuple of the
// positionals, the keyword mark and name/value pairs, and (typed) the argument types.
static Value make_key(Interp *I, LruCache *c, ValView args, Value kwnames) {
    size_t nkw = args_nkw(kwnames), npos = args.n - nkw;
    if (nkw == 0 && !c->typed && npos == 1) {
        Value a = vview_get(args, 0);
        Type *at = type_of(I, a);
        if (at == interp_type(I, TY_INT) || at == interp_type(I, TY_STR)) return a;
    }
    if (nkw == 0 && !c->typed) return tuple_from_view(I, args);
    Value l = list_new(I, args.n * 2 + 1);
    if (l == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < npos; i++)
        if (!list_append(I, l, vview_get(args, i))) return VAL_NULL;
    if (nkw > 0) {
        if (!list_append(I, l, c->kwd_mark)) return VAL_NULL;
        for (size_t i = 0; i < nkw; i++)
            if (!list_append(I, l, tuple_get(kwnames, i)) ||
                !list_append(I, l, vview_get(args, npos + i)))
                return VAL_NULL;
    }
    if (c->typed)
        for (size_t i = 0; i < args.n; i++)
            if (!list_append(I, l, obj_val(type_of(I, vview_get(args, i))))) return VAL_NULL;
    return list_to_tuple(I, l);
}

static Value lru_call(Interp *I, Value self, ValView args, Value kwnames) {
    LruCache *c = lru_cast(self);
    if (c == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad lru_cache wrapper");
    if (c->maxsize == 0) {
        c->misses++;
        return obj_call(I, c->fn, args, kwnames);
    }
    Value key = make_key(I, c, args, kwnames);
    if (key == VAL_NULL) return VAL_NULL;
    int64_t h;
    if (!obj_hash(I, key, &h)) return VAL_NULL;
    Value r = dict_get(I, c->cache, key);
    if (r != VAL_NULL) {
        c->hits++;
        if (c->maxsize > 0 && dict_len(c->cache) > 1) {
            // move to the most recent end
            if (dict_del(I, c->cache, key) < 0 || !dict_set_hash(I, c->cache, key, h, r))
                return VAL_NULL;
        }
        return r;
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    c->misses++;
    r = obj_call(I, c->fn, args, kwnames);
    if (r == VAL_NULL) return VAL_NULL;
    if (c->maxsize > 0) {
        int have = dict_contains_hash(I, c->cache, key, h);
        if (have < 0) return VAL_NULL;
        if (have) {
            // a recursive call stored it meanwhile: keep the newer position
            if (dict_del(I, c->cache, key) < 0) return VAL_NULL;
        } else if ((int64_t)dict_len(c->cache) >= c->maxsize) {
            size_t pos = 0;
            Value oldest, ov;
            if (dict_next(c->cache, &pos, &oldest, &ov) && dict_del(I, c->cache, oldest) < 0)
                return VAL_NULL;
        }
    }
    return dict_set_hash(I, c->cache, key, h, r) ? r : VAL_NULL;
}

static Value lru_descr_get(Interp *I, Value descr, Value obj, Value type) {
    (void)type;
    if (obj == VAL_NULL || obj == I->none) return descr;
    return method_new(I, descr, obj);
}

static Value lru_cache_info(Interp *I, Value self, ValView args, Value kwnames) {
    LruCache *c = lru_cast(self);
    if (c == NULL || !args_count(I, args, kwnames, "cache_info", 0, 0)) return VAL_NULL;
    Value a[4];
    a[0] = int_from_i64(I, c->hits);
    a[1] = int_from_i64(I, c->misses);
    a[2] = c->maxsize < 0 ? I->none : int_from_i64(I, c->maxsize);
    a[3] = int_from_i64(I, (int64_t)dict_len(c->cache));
    for (size_t i = 0; i < 4; i++)
        if (a[i] == VAL_NULL) return VAL_NULL;
    return obj_call(I, c->info, vview_make(a, 4), VAL_NULL);
}

static Value lru_cache_clear(Interp *I, Value self, ValView args, Value kwnames) {
    LruCache *c = lru_cast(self);
    if (c == NULL || !args_count(I, args, kwnames, "cache_clear", 0, 0)) return VAL_NULL;
    dict_clear(c->cache);
    c->hits = c->misses = 0;
    return I->none;
}

static Value lru_copy(Interp *I, Value self, ValView args, Value kwnames) {
    (void)I;
    (void)args;
    (void)kwnames;
    return self;
}

// A cached function pickles as the global it was made from: its __qualname__ (which
// update_wrapper copied from the wrapped function), as CPython's.
static Value lru_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (lru_cast(self) == NULL || !args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    return obj_getattr_cstr(I, self, "__qualname__");
}

static const MethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, 0, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, 0, "Clear the cache and cache statistics"},
    {"__reduce__", lru_reduce, 0, NULL},
    {"__copy__", lru_copy, 0, NULL},
    {"__deepcopy__", lru_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const TypeSpec lru_spec = {
    .name = "functools._lru_cache_wrapper",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(LruCache),
    .tflags = TF_HAS_DICT,
    .base = TY_OBJECT,
    .call = lru_call,
    .new_ = lru_new,
    .descr_get = lru_descr_get,
    .methods = lru_methods,
};

// ---- cmp_to_key: KeyWrapper objects (cmp set; obj set once called with a value) ----

typedef struct KeyWrapper {
    CustomObj h;
    Value cmp;
    Value obj; /* VAL_NULL for the factory cmp_to_key returns */
} KeyWrapper;

static const CustomLayout keywrapper_layout = {"KeyWrapper"};
CUSTOM_CAST_FN(keywrapper_cast, KeyWrapper, keywrapper_layout)

#define KEY_KEYWRAPPER "_functools.KeyWrapper"

static Value keywrapper_make(Interp *I, Value cmp, Value obj) {
    Type *t = type_cast(dict_get_cstr(I, I->scratch, KEY_KEYWRAPPER));
    if (t == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "KeyWrapper type missing");
    KeyWrapper *k = custom_alloc(I, t, &keywrapper_layout, sizeof(KeyWrapper));
    if (k == NULL) return VAL_NULL;
    k->cmp = cmp;
    k->obj = obj;
    return obj_val(k);
}

static Value ft_cmp_to_key(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value cmp;
    if (!args_parse(I, args, kwnames, "cmp_to_key", "mycmp", &cmp)) return VAL_NULL;
    return keywrapper_make(I, cmp, VAL_NULL);
}

static Value keywrapper_call(Interp *I, Value self, ValView args, Value kwnames) {
    KeyWrapper *k = keywrapper_cast(self);
    if (k == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad KeyWrapper");
    Value obj;
    if (!args_parse(I, args, kwnames, "K", "obj", &obj)) return VAL_NULL;
    return keywrapper_make(I, k->cmp, obj);
}

static Value keywrapper_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    KeyWrapper *x = keywrapper_cast(a), *y = keywrapper_cast(b);
    if (x == NULL || y == NULL || type_of(I, a) != type_of(I, b))
        return exc_raise(I, TY_TYPE_ERROR, "other argument must be K instance");
    if (x->obj == VAL_NULL || y->obj == VAL_NULL)
        return exc_raise(I, TY_ATTRIBUTE_ERROR, "object");
    Value r = obj_call2(I, x->cmp, x->obj, y->obj);
    if (r == VAL_NULL) return VAL_NULL;
    return obj_richcmp(I, r, val_from_small(0), op);
}

static Value keywrapper_get_obj(Interp *I, Value self) {
    KeyWrapper *k = keywrapper_cast(self);
    if (k == NULL || k->obj == VAL_NULL) return exc_raise(I, TY_ATTRIBUTE_ERROR, "obj");
    return k->obj;
}

static int keywrapper_set_obj(Interp *I, Value self, Value v) {
    KeyWrapper *k = keywrapper_cast(self);
    if (k == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "bad KeyWrapper");
        return -1;
    }
    k->obj = v;
    return 0;
}

static const GetSetDef keywrapper_getsets[] = {
    {"obj", keywrapper_get_obj, keywrapper_set_obj},
    {NULL, NULL, NULL},
};

static const TypeSpec keywrapper_spec = {
    .name = "functools.KeyWrapper",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(KeyWrapper),
    .base = TY_OBJECT,
    .richcmp = keywrapper_richcmp,
    .call = keywrapper_call,
    .getsets = keywrapper_getsets,
};

static const MethodDef functools_functions[] = {
    {"reduce", ft_reduce, 0, NULL},
    {"cmp_to_key", ft_cmp_to_key, 0, "Convert a cmp= function into a key= function."},
    {NULL, NULL, 0, NULL},
};

bool functoolsmod_init(Interp *I, Value m) {
    if (!module_add_functions(I, m, functools_functions)) return false;
    Type *kw = type_from_spec(I, &keywrapper_spec, NULL);
    return kw != NULL && dict_set_cstr(I, I->scratch, KEY_KEYWRAPPER, obj_val(kw)) &&
           module_add_type(I, m, &partial_spec, NULL) != NULL &&
           module_add_type(I, m, &lru_spec, NULL) != NULL;
}
