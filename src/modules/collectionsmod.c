/*
 * collectionsmod.c: _collections, the C half of collections: deque (a ring buffer) and
 * its two iterators, plus helpers for the Python half: _count_elements (Counter's update
 * loop), _tuplegetter (namedtuple field descriptors), _od_popfirst
 * (OrderedDict.popitem(last=False)) and _caller_module (namedtuple's default module).
 *
 * Invariant: a deque's items are buf[(head + i) % cap] for i in [0, n), with
 * cap == len(buf) (a power of two, or 0) and n <= cap; slots outside that window are
 * VAL_NULL. [state] changes on every mutation so iterators can detect them.
 */
#include "import.h"
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/slice.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/frame.h"

typedef struct Deque {
    CustomObj h;
    ValVec buf;
    size_t head, n;
    int64_t maxlen; /* -1: unbounded */
    uint64_t state;
} Deque;

typedef struct DequeIter {
    CustomObj h;
    Value deque;
    size_t index;   /* items already produced */
    size_t counter; /* items left (0 after a mutation was seen), as CPython's */
    uint64_t state; /* the deque's state when the iterator was made */
    bool rev;
} DequeIter;

static const CustomLayout deque_layout = {"Deque"};
static const CustomLayout dequeiter_layout = {"DequeIter"};
CUSTOM_CAST_FN(deque_cast, Deque, deque_layout)
CUSTOM_CAST_FN(dequeiter_cast, DequeIter, dequeiter_layout)

// Types created by this module, kept in I->scratch under these keys.
#define KEY_DEQUE "_collections.deque"
#define KEY_ITER "_collections._deque_iterator"
#define KEY_REVITER "_collections._deque_reverse_iterator"

// [v] as an int64 count/index; OverflowError worded as CPython's Py_ssize_t conversion.
static bool ssize_arg(Interp *I, Value v, int64_t *out) {
    if (obj_index_i64(I, v, out)) return true;
    if (exc_pending_is(I, TY_OVERFLOW_ERROR)) {
        exc_clear(I);
        exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    }
    return false;
}

static Deque *get_deque(Interp *I, Value v) {
    Deque *d = deque_cast(v);
    if (d == NULL) exc_raise(I, TY_TYPE_ERROR, "descriptor requires a 'collections.deque' object");
    return d;
}

static size_t cap_of(const Deque *d) { return d->buf.len; }

static Value item_at(const Deque *d, size_t i) {
    return vec_get(&d->buf, (d->head + i) & (cap_of(d) - 1));
}

static void set_at(Deque *d, size_t i, Value x) {
    (void)vec_set(&d->buf, (d->head + i) & (cap_of(d) - 1), x);
}

// Makes room for one more item (doubling the ring, items re-laid from index 0).
static bool grow(Interp *I, Deque *d) {
    if (d->n < cap_of(d)) return true;
    size_t ncap = cap_of(d) == 0 ? 8 : cap_of(d) * 2;
    if (ncap < cap_of(d)) {
        exc_nomem(I);
        return false;
    }
    ValVec nb;
    vec_init(&nb);
    KStatus s = vec_resize(I->heap, &nb, ncap);
    if (s != K_OK) {
        exc_from_kstatus(I, s, "deque");
        return false;
    }
    for (size_t i = 0; i < d->n; i++) (void)vec_set(&nb, i, item_at(d, i));
    d->buf = nb;
    d->head = 0;
    return true;
}

static Value pop_right(Deque *d) {
    Value x = item_at(d, d->n - 1);
    set_at(d, d->n - 1, VAL_NULL);
    d->n--;
    d->state++;
    return x;
}

static Value pop_left(Deque *d) {
    Value x = item_at(d, 0);
    set_at(d, 0, VAL_NULL);
    d->head = (d->head + 1) & (cap_of(d) - 1);
    d->n--;
    d->state++;
    return x;
}

static bool push_right(Interp *I, Deque *d, Value x) {
    if (d->maxlen == 0) return true;
    if (!grow(I, d)) return false;
    set_at(d, d->n, x);
    d->n++;
    d->state++;
    if (d->maxlen >= 0 && d->n > (size_t)d->maxlen) (void)pop_left(d);
    return true;
}

static bool push_left(Interp *I, Deque *d, Value x) {
    if (d->maxlen == 0) return true;
    if (!grow(I, d)) return false;
    d->head = (d->head + cap_of(d) - 1) & (cap_of(d) - 1);
    set_at(d, 0, x);
    d->n++;
    d->state++;
    if (d->maxlen >= 0 && d->n > (size_t)d->maxlen) (void)pop_right(d);
    return true;
}

static void clear(Deque *d) {
    if (d->n == 0) return; // as CPython: clearing an empty deque is no mutation
    vec_init(&d->buf);
    d->head = 0;
    d->n = 0;
    d->state++;
}

static bool extend(Interp *I, Deque *d, Value iterable, bool left) {
    if (iterable == obj_val(d)) {
        iterable = obj_to_list(I, iterable);
        if (iterable == VAL_NULL) return false;
    }
    Value it = obj_iter(I, iterable);
    if (it == VAL_NULL) return false;
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) return I->exc == VAL_NULL;
        if (!(left ? push_left(I, d, x) : push_right(I, d, x))) return false;
    }
}

static Value deque_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    Deque *d = custom_alloc(I, t, &deque_layout, sizeof(Deque));
    if (d == NULL) return VAL_NULL;
    d->maxlen = -1;
    vec_init(&d->buf);
    return obj_val(d);
}

static int deque_init(Interp *I, Value self, ValView args, Value kwnames) {
    Deque *d = get_deque(I, self);
    if (d == NULL) return -1;
    if (args.n > 2 && args_nkw(kwnames) == 0) {
        exc_raise(I, TY_TYPE_ERROR, "deque() takes at most 2 arguments (%zu given)", args.n);
        return -1;
    }
    Value iterable = VAL_NULL, maxlen = VAL_NULL;
    if (!args_parse(I, args, kwnames, "deque", "| iterable maxlen", &iterable, &maxlen))
        return -1;
    int64_t ml = -1;
    if (maxlen != VAL_NULL && maxlen != I->none) {
        if (!int_check(I, maxlen)) {
            exc_raise(I, TY_TYPE_ERROR, "an integer is required");
            return -1;
        }
        if (!ssize_arg(I, maxlen, &ml)) return -1;
        if (ml < 0) {
            exc_raise(I, TY_VALUE_ERROR, "maxlen must be non-negative");
            return -1;
        }
    }
    d->maxlen = ml;
    if (d->n > 0) clear(d);
    if (iterable != VAL_NULL && !extend(I, d, iterable, false)) return -1;
    return 0;
}

// Arity check for METH_O / METH_NOARGS style methods: "deque.append() takes exactly one
// argument (0 given)".
static bool exactly(Interp *I, ValView args, Value kwnames, const char *name, size_t n) {
    if (!args_no_kw(I, kwnames, name)) return false;
    if (args.n == n) return true;
    if (n == 0)
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no arguments (%zu given)", name, args.n);
    else
        exc_raise(I, TY_TYPE_ERROR, "%s() takes exactly one argument (%zu given)", name, args.n);
    return false;
}

#define DQ_METHOD(fname, qual, nargs)                                                     \
    Deque *d = get_deque(I, self);                                                        \
    if (d == NULL || !exactly(I, args, kwnames, qual, nargs)) return VAL_NULL;

// append/appendleft on a deque of maxlen 0 still count as a mutation (CPython adds the
// item, then drops it); extend and extendleft there do not
static Value dq_append(Interp *I, Value self, ValView args, Value kwnames) {
    DQ_METHOD(append, "deque.append", 1)
    if (d->maxlen == 0) d->state++;
    return push_right(I, d, vview_get(args, 0)) ? I->none : VAL_NULL;
}

static Value dq_appendleft(Interp *I, Value self, ValView args, Value kwnames) {
    DQ_METHOD(appendleft, "deque.appendleft", 1)
    if (d->maxlen == 0) d->state++;
    return push_left(I, d, vview_get(args, 0)) ? I->none : VAL_NULL;
}

static Value dq_pop(Interp *I, Value self, ValView args, Value kwnames) {
    DQ_METHOD(pop, "deque.pop", 0)
    if (d->n == 0) return exc_raise(I, TY_INDEX_ERROR, "pop from an empty deque");
    return pop_right(d);
}

static Value dq_popleft(Interp *I, Value self, ValView args, Value kwnames) {
    DQ_METHOD(popleft, "deque.popleft", 0)
    if (d->n == 0) return exc_raise(I, TY_INDEX_ERROR, "pop from an empty deque");
    return pop_left(d);
}

static Value dq_extend(Interp *I, Value self, ValView args, Value kwnames) {
    DQ_METHOD(extend, "deque.extend", 1)
    return extend(I, d, vview_get(args, 0), false) ? I->none : VAL_NULL;
}

static Value dq_extendleft(Interp *I, Value self, ValView args, Value kwnames) {
    DQ_METHOD(extendleft, "deque.extendleft", 1)
    return extend(I, d, vview_get(args, 0), true) ? I->none : VAL_NULL;
}

static Value dq_clear(Interp *I, Value self, ValView args, Value kwnames) {
    DQ_METHOD(clear, "deque.clear", 0)
    clear(d);
    return I->none;
}

static Value dq_copy(Interp *I, Value self, ValView args, Value kwnames) {
    DQ_METHOD(copy, "deque.copy", 0)
    Type *t = type_of(I, self);
    Value r;
    Value lst = list_new(I, d->n);
    if (lst == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < d->n; i++)
        if (!list_append(I, lst, item_at(d, i))) return VAL_NULL;
    if (d->maxlen < 0) {
        r = obj_call1(I, obj_val(t), lst);
    } else {
        Value ml = int_from_i64(I, d->maxlen);
        if (ml == VAL_NULL) return VAL_NULL;
        r = obj_call2(I, obj_val(t), lst, ml);
    }
    return r;
}

static Value dq_rotate(Interp *I, Value self, ValView args, Value kwnames) {
    Deque *d = get_deque(I, self);
    if (d == NULL || !args_no_kw(I, kwnames, "deque.rotate")) return VAL_NULL;
    if (!args_count(I, args, VAL_NULL, "rotate", 0, 1)) return VAL_NULL;
    int64_t k = 1;
    if (args.n == 1 && !ssize_arg(I, vview_get(args, 0), &k)) return VAL_NULL;
    if (d->n <= 1) return I->none;
    int64_t n = (int64_t)d->n;
    k %= n;
    if (k < 0) k += n;
    // rotating right by k: move the last k items to the front
    for (int64_t i = 0; i < k; i++) {
        Value x = pop_right(d);
        d->head = (d->head + cap_of(d) - 1) & (cap_of(d) - 1);
        set_at(d, 0, x);
        d->n++;
    }
    d->state++;
    return I->none;
}

static Value dq_reverse(Interp *I, Value self, ValView args, Value kwnames) {
    DQ_METHOD(reverse, "deque.reverse", 0)
    for (size_t i = 0, j = d->n; i + 1 < j; i++, j--) {
        Value a = item_at(d, i);
        set_at(d, i, item_at(d, j - 1));
        set_at(d, j - 1, a);
    }
    // CPython's reverse leaves the state alone: iterators go on over the new order
    return I->none;
}

static Value dq_count(Interp *I, Value self, ValView args, Value kwnames) {
    DQ_METHOD(count, "deque.count", 1)
    Value x = vview_get(args, 0);
    int64_t c = 0;
    uint64_t st = d->state;
    for (size_t i = 0; i < d->n; i++) {
        int eq = obj_eq(I, item_at(d, i), x);
        if (eq < 0) return VAL_NULL;
        if (d->state != st)
            return exc_raise(I, TY_RUNTIME_ERROR, "deque mutated during iteration");
        c += eq;
    }
    return int_from_i64(I, c);
}

// Resolves an optional start/stop argument as list.index does.
static bool bound_arg(Interp *I, Value v, int64_t n, int64_t *out) {
    if (v == VAL_NULL) return true;
    if (!slice_clamp_index(I, v, out)) return false;
    if (*out < 0) {
        *out += n;
        if (*out < 0) *out = 0;
    }
    if (*out > n) *out = n;
    return true;
}

static Value dq_index(Interp *I, Value self, ValView args, Value kwnames) {
    Deque *d = get_deque(I, self);
    if (d == NULL || !args_no_kw(I, kwnames, "deque.index")) return VAL_NULL;
    if (!args_count(I, args, VAL_NULL, "index", 1, 3)) return VAL_NULL;
    Value x = vview_get(args, 0);
    int64_t n = (int64_t)d->n, lo = 0, hi = n;
    if (!bound_arg(I, args.n > 1 ? vview_get(args, 1) : VAL_NULL, n, &lo)) return VAL_NULL;
    if (!bound_arg(I, args.n > 2 ? vview_get(args, 2) : VAL_NULL, n, &hi)) return VAL_NULL;
    uint64_t st = d->state;
    for (int64_t i = lo; i < hi && i < (int64_t)d->n; i++) {
        int eq = obj_eq(I, item_at(d, (size_t)i), x);
        if (eq < 0) return VAL_NULL;
        if (d->state != st)
            return exc_raise(I, TY_RUNTIME_ERROR, "deque mutated during iteration");
        if (eq) return int_from_i64(I, i);
    }
    return exc_raise(I, TY_VALUE_ERROR, "%R is not in deque", x);
}

// Inserts [x] before position [i] (0 <= i <= n); the deque has room.
static bool insert_at(Interp *I, Deque *d, size_t i, Value x) {
    if (!push_right(I, d, x)) return false;
    for (size_t j = d->n - 1; j > i; j--) set_at(d, j, item_at(d, j - 1));
    set_at(d, i, x);
    return true;
}

static void delete_at(Deque *d, size_t i) {
    for (size_t j = i; j + 1 < d->n; j++) set_at(d, j, item_at(d, j + 1));
    (void)pop_right(d);
}

static Value dq_insert(Interp *I, Value self, ValView args, Value kwnames) {
    Deque *d = get_deque(I, self);
    if (d == NULL || !args_no_kw(I, kwnames, "deque.insert")) return VAL_NULL;
    if (args.n != 2)
        return exc_raise(I, TY_TYPE_ERROR, "insert() takes exactly 2 arguments (%zu given)",
                         args.n);
    int64_t i;
    if (!ssize_arg(I, vview_get(args, 0), &i)) return VAL_NULL;
    if (d->maxlen >= 0 && d->n >= (size_t)d->maxlen)
        return exc_raise(I, TY_INDEX_ERROR, "deque already at its maximum size");
    int64_t n = (int64_t)d->n;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    return insert_at(I, d, (size_t)i, vview_get(args, 1)) ? I->none : VAL_NULL;
}

static Value dq_remove(Interp *I, Value self, ValView args, Value kwnames) {
    DQ_METHOD(remove, "deque.remove", 1)
    Value x = vview_get(args, 0);
    uint64_t st = d->state;
    for (size_t i = 0; i < d->n; i++) {
        int eq = obj_eq(I, item_at(d, i), x);
        if (eq < 0) return VAL_NULL;
        if (d->state != st) return exc_raise(I, TY_INDEX_ERROR, "deque mutated during iteration");
        if (eq) {
            delete_at(d, i);
            return I->none;
        }
    }
    return exc_raise(I, TY_VALUE_ERROR, "%R is not in deque", x);
}

static Value make_iter(Interp *I, Value self, bool rev);

// (type, () or ((), maxlen), self.__getstate__(), iter(self)), as CPython 3.11 pickles
// a deque: the state carries a subclass instance's __dict__ / __slots__ values
static Value dq_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    DQ_METHOD(__reduce__, "deque.__reduce__", 0)
    Value getstate = obj_getattr_cstr(I, self, "__getstate__");
    Value state = getstate == VAL_NULL ? VAL_NULL : obj_call0(I, getstate);
    if (state == VAL_NULL) return VAL_NULL;
    Value cargs = I->empty_tuple;
    if (d->maxlen >= 0) {
        Value ml = int_from_i64(I, d->maxlen);
        if (ml == VAL_NULL) return VAL_NULL;
        cargs = tuple_pack(I, 2, I->empty_tuple, ml);
        if (cargs == VAL_NULL) return VAL_NULL;
    }
    // iter(self): a subclass's own __iter__ is used (and may fail), as CPython does
    Value it = obj_iter(I, self);
    if (it == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 4, obj_val(type_of(I, self)), cargs, state, it);
}

static Value dq_reversed(Interp *I, Value self, ValView args, Value kwnames);

static Value dq_class_getitem(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__class_getitem__", 1, 1)) return VAL_NULL;
    return type_generic_alias(I, self, vview_get(args, 0));
}

static Value dq_get_maxlen(Interp *I, Value self) {
    Deque *d = get_deque(I, self);
    if (d == NULL) return VAL_NULL;
    return d->maxlen < 0 ? I->none : int_from_i64(I, d->maxlen);
}

// ---- slots ----

static Value deque_repr(Interp *I, Value self) {
    Deque *d = get_deque(I, self);
    if (d == NULL) return VAL_NULL;
    int busy = list_repr_enter(I, self);
    if (busy < 0) return VAL_NULL;
    if (busy) return str_from_cstr(I, "[...]");
    Value lst = list_new(I, d->n);
    bool ok = lst != VAL_NULL;
    for (size_t i = 0; ok && i < d->n; i++) ok = list_append(I, lst, item_at(d, i));
    Value lr = ok ? obj_repr(I, lst) : VAL_NULL;
    list_repr_leave(I, self);
    if (lr == VAL_NULL) return VAL_NULL;
    Type *t = type_of(I, self);
    if (d->maxlen < 0) return str_from_format(I, "%U(%U)", t->name, lr);
    return str_from_format(I, "%U(%U, maxlen=%lld)", t->name, lr, (long long)d->maxlen);
}

static int64_t deque_len(Interp *I, Value self) {
    Deque *d = get_deque(I, self);
    return d == NULL ? -1 : (int64_t)d->n;
}

static bool deque_index_arg(Interp *I, Deque *d, Value key, size_t *out) {
    Type *kt = type_of(I, key);
    if (!(kt->tflags & TF_INT_SUB) && kt->index == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "sequence index must be integer, not '%T'", key);
        return false;
    }
    int64_t i;
    if (!obj_index_i64(I, key, &i)) return false;
    if (i < 0) i += (int64_t)d->n;
    if (i < 0 || i >= (int64_t)d->n) {
        exc_raise(I, TY_INDEX_ERROR, "deque index out of range");
        return false;
    }
    *out = (size_t)i;
    return true;
}

static Value deque_getitem(Interp *I, Value self, Value key) {
    Deque *d = get_deque(I, self);
    size_t i;
    if (d == NULL || !deque_index_arg(I, d, key, &i)) return VAL_NULL;
    return item_at(d, i);
}

static int deque_setitem(Interp *I, Value self, Value key, Value v) {
    Deque *d = get_deque(I, self);
    size_t i;
    if (d == NULL || !deque_index_arg(I, d, key, &i)) return -1;
    if (v == VAL_NULL)
        delete_at(d, i);
    else
        set_at(d, i, v);
    return 0;
}

static int deque_contains(Interp *I, Value self, Value x) {
    Deque *d = get_deque(I, self);
    if (d == NULL) return -1;
    uint64_t st = d->state;
    for (size_t i = 0; i < d->n; i++) {
        int eq = obj_eq(I, item_at(d, i), x);
        if (eq != 0) return eq;
        if (d->state != st) {
            exc_raise(I, TY_RUNTIME_ERROR, "deque mutated during iteration");
            return -1;
        }
    }
    return 0;
}

static int deque_truth(Interp *I, Value self) {
    Deque *d = get_deque(I, self);
    return d == NULL ? -1 : d->n > 0;
}

static Value deque_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    Deque *x = deque_cast(a), *y = deque_cast(b);
    if (x == NULL || y == NULL) return I->notimpl;
    if ((op == CMP_EQ || op == CMP_NE) && x->n != y->n) return interp_bool(I, op == CMP_NE);
    size_t i = 0;
    for (; i < x->n && i < y->n; i++) {
        Value p = item_at(x, i), q = item_at(y, i);
        int eq = obj_eq(I, p, q);
        if (eq < 0) return VAL_NULL;
        if (!eq) {
            if (op == CMP_EQ) return I->false_;
            if (op == CMP_NE) return I->true_;
            return obj_richcmp(I, p, q, op);
        }
    }
    size_t m = x->n, n = y->n;
    return interp_bool(I, cmp_holds((int64_t)m - (int64_t)n, op));
}

static Value deque_repeat(Interp *I, Value self, Value times, bool inplace) {
    Deque *d = get_deque(I, self);
    if (d == NULL) return VAL_NULL;
    int64_t k;
    if (!seq_repeat_count(I, times, &k)) return VAL_NULL;
    Value target = self;
    if (!inplace) {
        target = dq_copy(I, self, vview_make(NULL, 0), VAL_NULL);
        if (target == VAL_NULL) return VAL_NULL;
    }
    Deque *t = deque_cast(target);
    if (t == NULL) return exc_raise(I, TY_TYPE_ERROR, "deque copy is not a deque");
    size_t n = t->n;
    if (k <= 0 || n == 0) {
        clear(t);
        return target;
    }
    Value items = list_new(I, n);
    if (items == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < n; i++)
        if (!list_append(I, items, item_at(t, i))) return VAL_NULL;
    // a bounded deque keeps only its last maxlen items: skip copies that would fall off
    int64_t reps = k - 1;
    if (t->maxlen >= 0 && reps > t->maxlen / (int64_t)n + 1) reps = t->maxlen / (int64_t)n + 1;
    if (t->maxlen < 0 && (uint64_t)k > SIZE_MAX / 16 / n) return exc_nomem(I);
    for (int64_t r = 0; r < reps; r++)
        for (size_t i = 0; i < n; i++)
            if (!push_right(I, t, list_get(items, i))) return VAL_NULL;
    return target;
}

static Value deque_binop(Interp *I, Value a, Value b, BinOp op) {
    if (op == BINOP_ADD) {
        if (deque_cast(a) == NULL) return I->notimpl;
        if (deque_cast(b) == NULL)
            return exc_raise(I, TY_TYPE_ERROR, "can only concatenate deque (not \"%T\") to deque",
                             b);
        Value r = dq_copy(I, a, vview_make(NULL, 0), VAL_NULL);
        Deque *rd = deque_cast(r);
        if (rd == NULL) return r;
        return extend(I, rd, b, false) ? r : VAL_NULL;
    }
    if (op == BINOP_MUL) {
        if (deque_cast(a) != NULL) return deque_repeat(I, a, b, false);
        if (deque_cast(b) != NULL) return deque_repeat(I, b, a, false);
    }
    return I->notimpl;
}

static Value deque_inplace(Interp *I, Value a, Value b, BinOp op) {
    Deque *d = deque_cast(a);
    if (d == NULL) return I->notimpl;
    if (op == BINOP_INPLACE + BINOP_ADD) return extend(I, d, b, false) ? a : VAL_NULL;
    if (op == BINOP_INPLACE + BINOP_MUL) return deque_repeat(I, a, b, true);
    return I->notimpl;
}

// ---- iterators ----

static Value make_iter(Interp *I, Value self, bool rev) {
    Deque *d = get_deque(I, self);
    if (d == NULL) return VAL_NULL;
    Value tv = dict_get_cstr(I, I->scratch, rev ? KEY_REVITER : KEY_ITER);
    Type *t = type_cast(tv);
    if (t == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "deque iterator type missing");
    DequeIter *it = custom_alloc(I, t, &dequeiter_layout, sizeof(DequeIter));
    if (it == NULL) return VAL_NULL;
    it->deque = self;
    it->state = d->state;
    it->counter = d->n;
    it->rev = rev;
    return obj_val(it);
}

static Value deque_iter(Interp *I, Value self) { return make_iter(I, self, false); }

static Value dq_reversed(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reversed__", 0, 0)) return VAL_NULL;
    return make_iter(I, self, true);
}

static Value dequeiter_self(Interp *I, Value self) {
    (void)I;
    return self;
}

// As CPython: the forward iterator checks for a mutation first, the reverse one first
// for its end. While the state holds, the deque's length is what it was (index+counter).
static Value dequeiter_next(Interp *I, Value self) {
    DequeIter *it = dequeiter_cast(self);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad deque iterator");
    Deque *d = deque_cast(it->deque);
    if (d == NULL) return VAL_NULL;
    if (it->rev && it->counter == 0) return VAL_NULL;
    if (d->state != it->state) {
        it->counter = 0;
        return exc_raise(I, TY_RUNTIME_ERROR, "deque mutated during iteration");
    }
    if (it->counter == 0 || it->index >= d->n) return VAL_NULL;
    size_t i = it->rev ? d->n - 1 - it->index : it->index;
    it->index++;
    it->counter--;
    return item_at(d, i);
}

// _deque_iterator(deque[, index]) / _deque_reverse_iterator(...): a fresh iterator moved
// on by index items (what __reduce__ gives); keywords are ignored, as CPython's
// PyArg_ParseTuple does.
static Value dequeiter_new_common(Interp *I, ValView args, bool rev) {
    size_t npos = args.n;
    if (npos < 1 || npos > 2)
        return exc_raise(I, TY_TYPE_ERROR, "function takes at %s %d argument%s (%zu given)",
                         npos < 1 ? "least" : "most", npos < 1 ? 1 : 2, npos < 1 ? "" : "s", npos);
    Value dq = vview_get(args, 0);
    if (deque_cast(dq) == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "argument 1 must be collections.deque, not %T", dq);
    int64_t index = 0;
    if (npos == 2 && !ssize_arg(I, vview_get(args, 1), &index)) return VAL_NULL;
    Value itv = make_iter(I, dq, rev);
    if (itv == VAL_NULL) return VAL_NULL;
    for (int64_t i = 0; i < index; i++) {
        if (dequeiter_next(I, itv) != VAL_NULL) continue;
        if (I->exc != VAL_NULL) return VAL_NULL;
        break;
    }
    return itv;
}

static Value dequeiter_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)t;
    return dequeiter_new_common(I, vview_slice(args, 0, args.n - args_nkw(kwnames)), false);
}

static Value dequereviter_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)t;
    return dequeiter_new_common(I, vview_slice(args, 0, args.n - args_nkw(kwnames)), true);
}

static Value dequeiter_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__reduce__", 0, 0)) return VAL_NULL;
    DequeIter *it = dequeiter_cast(self);
    Deque *d = it != NULL ? deque_cast(it->deque) : NULL;
    if (d == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad deque iterator");
    int64_t pos = (int64_t)d->n - (int64_t)it->counter;
    Value n = int_from_i64(I, pos);
    Value a = n == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, it->deque, n);
    return a == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, obj_val(type_of(I, self)), a);
}

static Value dequeiter_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__length_hint__", 0, 0)) return VAL_NULL;
    DequeIter *it = dequeiter_cast(self);
    return int_from_i64(I, it == NULL ? 0 : (int64_t)it->counter);
}

static const MethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_length_hint, 0, NULL},
    {"__reduce__", dequeiter_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const TypeSpec dequeiter_spec = {
    .name = "_collections._deque_iterator",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(DequeIter),
    .base = TY_OBJECT,
    .new_ = dequeiter_new,
    .iter = dequeiter_self,
    .next = dequeiter_next,
    .methods = dequeiter_methods,
};

static const TypeSpec dequereviter_spec = {
    .name = "_collections._deque_reverse_iterator",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(DequeIter),
    .base = TY_OBJECT,
    .new_ = dequereviter_new,
    .iter = dequeiter_self,
    .next = dequeiter_next,
    .methods = dequeiter_methods,
};

static Value dq_copy_m(Interp *I, Value self, ValView args, Value kwnames) {
    return dq_copy(I, self, args, kwnames);
}

static const MethodDef deque_methods[] = {
    {"append", dq_append, 0, "Add an element to the right side of the deque."},
    {"appendleft", dq_appendleft, 0, "Add an element to the left side of the deque."},
    {"pop", dq_pop, 0, "Remove and return the rightmost element."},
    {"popleft", dq_popleft, 0, "Remove and return the leftmost element."},
    {"extend", dq_extend, 0, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", dq_extendleft, 0, "Extend the left side of the deque with elements from the iterable"},
    {"clear", dq_clear, 0, "Remove all elements from the deque."},
    {"copy", dq_copy_m, 0, "Return a shallow copy of a deque."},
    {"__copy__", dq_copy_m, 0, "Return a shallow copy of a deque."},
    {"rotate", dq_rotate, 0, "Rotate the deque n steps to the right (default n=1)."},
    {"reverse", dq_reverse, 0, "D.reverse() -- reverse *IN PLACE*"},
    {"count", dq_count, 0, "D.count(value) -- return number of occurrences of value"},
    {"index", dq_index, 0, "D.index(value, [start, [stop]]) -- return first index of value."},
    {"insert", dq_insert, 0, "D.insert(index, object) -- insert object before index"},
    {"remove", dq_remove, 0, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", dq_reversed, 0, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__reduce__", dq_reduce, 0, "Return state information for pickling."},
    {"__class_getitem__", dq_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef deque_getsets[] = {
    {"maxlen", dq_get_maxlen, NULL},
    {NULL, NULL, NULL},
};

static const TypeSpec deque_spec = {
    .name = "collections.deque",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(Deque),
    .tflags = TF_BASETYPE | TF_SEQUENCE,
    .base = TY_OBJECT,
    .repr = deque_repr,
    .richcmp = deque_richcmp,
    .iter = deque_iter,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .truth = deque_truth,
    .binop = deque_binop,
    .inplace = deque_inplace,
    .new_ = deque_new,
    .init = deque_init,
    .methods = deque_methods,
    .getsets = deque_getsets,
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
           "A list-like sequence optimized for data accesses near its endpoints.",
};

// _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each x.
static Value cl_count_elements(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_count_elements", 2, 2)) return VAL_NULL;
    Value map = vview_get(args, 0);
    Value it = obj_iter(I, vview_get(args, 1));
    if (it == VAL_NULL) return VAL_NULL;
    // a dict (or a subclass keeping dict's get and __setitem__) is updated directly
    bool exact = false;
    if (dict_cast(map) != NULL) {
        Type *t = type_of(I, map), *dt = interp_type(I, TY_DICT);
        Value g = str_intern_cstr(I, "get");
        if (g == VAL_NULL) return VAL_NULL;
        exact = type_lookup(I, t, g) == type_lookup(I, dt, g) &&
                type_lookup(I, t, interp_name(I, N___setitem__)) ==
                    type_lookup(I, dt, interp_name(I, N___setitem__));
    }
    Value getm = VAL_NULL;
    if (!exact) {
        getm = obj_getattr_cstr(I, map, "get");
        if (getm == VAL_NULL) return VAL_NULL;
    }
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : I->none;
        Value cur;
        if (exact) {
            cur = dict_get(I, map, x);
            if (cur == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
            if (cur == VAL_NULL) cur = val_from_small(0);
        } else {
            cur = obj_call2(I, getm, x, val_from_small(0));
            if (cur == VAL_NULL) return VAL_NULL;
        }
        Value nv = obj_binop(I, cur, val_from_small(1), BINOP_ADD);
        if (nv == VAL_NULL) return VAL_NULL;
        if (exact ? !dict_set(I, map, x, nv) : obj_setitem(I, map, x, nv) < 0) return VAL_NULL;
    }
}

// _caller_module(depth=1): __name__ of the globals of the Python frame [depth] levels
// out from the innermost one (namedtuple's default module), or None.
static Value cl_caller_module(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_caller_module", 0, 1)) return VAL_NULL;
    int64_t depth = 1;
    if (args.n == 1 && !obj_index_i64(I, vview_get(args, 0), &depth)) return VAL_NULL;
    Frame *f = I->vm != NULL ? I->vm->current : NULL;
    for (int64_t i = 0; i < depth && f != NULL; i++) f = f->back;
    if (f == NULL || dict_cast(f->globals) == NULL) return I->none;
    Value name = dict_get_cstr(I, f->globals, "__name__");
    if (name == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : I->none;
    return name;
}

// ---- _tuplegetter: namedtuple's field descriptors ----

typedef struct TupleGetter {
    CustomObj h;
    int64_t index;
    Value doc;
} TupleGetter;

static const CustomLayout tuplegetter_layout = {"TupleGetter"};
CUSTOM_CAST_FN(tuplegetter_cast, TupleGetter, tuplegetter_layout)

static Value tuplegetter_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (!args_no_kw(I, kwnames, "_tuplegetter")) return VAL_NULL;
    if (!args_count(I, args, VAL_NULL, "_tuplegetter", 2, 2)) return VAL_NULL;
    int64_t i;
    if (!obj_index_i64(I, vview_get(args, 0), &i)) return VAL_NULL;
    TupleGetter *g = custom_alloc(I, t, &tuplegetter_layout, sizeof(TupleGetter));
    if (g == NULL) return VAL_NULL;
    g->index = i;
    g->doc = vview_get(args, 1);
    return obj_val(g);
}

static Value tuplegetter_get(Interp *I, Value descr, Value obj, Value type) {
    (void)type;
    TupleGetter *g = tuplegetter_cast(descr);
    if (g == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad _tuplegetter");
    if (obj == VAL_NULL || obj == I->none) return descr;
    if (!tuple_check(obj))
        return exc_raise(I, TY_TYPE_ERROR,
                         "descriptor for index '%lld' for tuple subclasses doesn't apply to "
                         "'%T' object",
                         (long long)g->index, obj);
    Value x = g->index >= 0 ? tuple_get(obj, (size_t)g->index) : VAL_NULL;
    if (x == VAL_NULL) return exc_raise(I, TY_INDEX_ERROR, "tuple index out of range");
    return x;
}

static int tuplegetter_set(Interp *I, Value descr, Value obj, Value v) {
    (void)descr;
    (void)obj;
    exc_raise(I, TY_ATTRIBUTE_ERROR, v == VAL_NULL ? "can't delete attribute" : "can't set attribute");
    return -1;
}

static Value tuplegetter_get_doc(Interp *I, Value self) {
    TupleGetter *g = tuplegetter_cast(self);
    return g != NULL && g->doc != VAL_NULL ? g->doc : I->none;
}

static int tuplegetter_set_doc(Interp *I, Value self, Value v) {
    TupleGetter *g = tuplegetter_cast(self);
    if (g == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "bad _tuplegetter");
        return -1;
    }
    g->doc = v;
    return 0;
}

// "_tuplegetter(0, 'Alias for field number 0')", as CPython's
static Value tuplegetter_repr(Interp *I, Value self) {
    TupleGetter *g = tuplegetter_cast(self);
    if (g == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad _tuplegetter");
    return str_from_format(I, "%T(%lld, %R)", self, (long long)g->index,
                           g->doc != VAL_NULL ? g->doc : I->none);
}

static const GetSetDef tuplegetter_getsets[] = {
    {"__doc__", tuplegetter_get_doc, tuplegetter_set_doc},
    {NULL, NULL, NULL},
};

static const TypeSpec tuplegetter_spec = {
    .name = "_collections._tuplegetter",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(TupleGetter),
    .base = TY_OBJECT,
    .new_ = tuplegetter_new,
    .repr = tuplegetter_repr,
    .descr_get = tuplegetter_get,
    .descr_set = tuplegetter_set,
    .getsets = tuplegetter_getsets,
};

// _od_popfirst(od): removes and returns the first (key, value) of dict [od] (KeyError
// "dictionary is empty"); OrderedDict.popitem(last=False). Front deletions leave holes
// at the start of the entry table, so a scan from position 0 would get slower with each
// pop: the position after the popped entry is remembered (with the dict's version, in
// I->scratch) and reused when the same dict is popped again unchanged, and the table is
// re-packed once the holes outnumber the live entries. Both keep a drain loop O(1)
// amortized per pop.
#define KEY_OD_HINT "_collections.od_hint"

static Value cl_od_popfirst(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_od_popfirst", 1, 1)) return VAL_NULL;
    Value d = vview_get(args, 0);
    DictObject *o = dict_cast(d);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "_od_popfirst() needs a dict");
    size_t pos = 0;
    Value hint = dict_get_cstr(I, I->scratch, KEY_OD_HINT);
    if (hint == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    if (hint != VAL_NULL && tuple_len(hint) == 3 && tuple_get(hint, 0) == d &&
        val_is_small(tuple_get(hint, 1)) && val_is_small(tuple_get(hint, 2)) &&
        (uint64_t)val_small(tuple_get(hint, 1)) == (dict_version(d) & 0x3fffffffu))
        pos = (size_t)val_small(tuple_get(hint, 2));
    Value key, val;
    if (!dict_next(d, &pos, &key, &val)) {
        pos = 0;
        if (!dict_next(d, &pos, &key, &val))
            return exc_raise_arg(I, TY_KEY_ERROR, str_from_cstr(I, "dictionary is empty"));
    }
    Value r = tuple_pack(I, 2, key, val);
    if (r == VAL_NULL) return VAL_NULL;
    if (dict_del(I, d, key) < 0) return VAL_NULL;
    size_t live = dict_len(d), slots = o->ents.len / 2;
    if (slots > 2 * live + 32) {
        Value keys = list_new(I, live), vals = list_new(I, live);
        if (keys == VAL_NULL || vals == VAL_NULL) return VAL_NULL;
        size_t p2 = 0;
        while (dict_next(d, &p2, &key, &val))
            if (!list_append(I, keys, key) || !list_append(I, vals, val)) return VAL_NULL;
        dict_clear(d);
        for (size_t i = 0; i < list_len(keys); i++)
            if (!dict_set(I, d, list_get(keys, i), list_get(vals, i))) return VAL_NULL;
        pos = 0;
    }
    Value h = tuple_pack(I, 3, d, val_from_small((intptr_t)(dict_version(d) & 0x3fffffffu)),
                         val_from_small((intptr_t)(pos & 0x3fffffffu)));
    if (h == VAL_NULL || !dict_set_cstr(I, I->scratch, KEY_OD_HINT, h)) return VAL_NULL;
    return r;
}

// _c_type_name(cls, final=False): marks a class of a frozen module that stands in for
// one of CPython's C types, so interpreter messages name it "module.name"
// ('collections.defaultdict' object has no attribute ...). Subclasses are not marked.
// [final]: the C type cannot be subclassed (re.Match: "type 're.Match' is not an
// acceptable base type"). Returns cls (a decorator).
static Value cl_c_type_name(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_c_type_name", 1, 2)) return VAL_NULL;
    Value cls = vview_get(args, 0);
    Type *t = type_cast(cls);
    if (t == NULL || (t->tflags & TF_HEAP) == 0)
        return exc_raise(I, TY_TYPE_ERROR, "_c_type_name() argument must be a class");
    int final = args.n > 1 ? obj_truth(I, vview_get(args, 1)) : 0;
    if (final < 0) return VAL_NULL;
    t->tflags |= TF_CNAME;
    if (final) t->tflags &= ~(uint32_t)TF_BASETYPE;
    return cls;
}

/* ---- the pattern-matching flags of ABCs (CPython's _abc keeps them) ---- */

#define ABC_SEQUENCE_BIT 32 // 1 << 5, Py_TPFLAGS_SEQUENCE in __abc_tpflags__
#define ABC_MAPPING_BIT 64  // 1 << 6, Py_TPFLAGS_MAPPING

// _abc_init_flags(cls, value): an ABC's own __abc_tpflags__ (an exact int) adds the
// sequence or mapping flag to cls, as CPython's _abc_init. Returns None.
static Value cl_abc_init_flags(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_abc_init_flags", 2, 2)) return VAL_NULL;
    Type *t = type_cast(vview_get(args, 0));
    Value v = vview_get(args, 1);
    // (classes only: a builtin type's kind is fixed)
    if (t == NULL || (t->tflags & TF_HEAP) == 0 || type_of(I, v) != I->types[TY_INT])
        return I->none;
    int64_t n;
    if (!int_to_i64(I, v, &n)) return VAL_NULL;
    if ((n & ABC_SEQUENCE_BIT) != 0 && (n & ABC_MAPPING_BIT) != 0)
        return exc_raise(I, TY_TYPE_ERROR,
                         "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and "
                         "Py_TPFLAGS_MAPPING");
    if ((n & ABC_SEQUENCE_BIT) != 0) t->tflags |= TF_SEQUENCE;
    if ((n & ABC_MAPPING_BIT) != 0) t->tflags |= TF_MAPPING;
    return I->none;
}

// _abc_register_flags(abc, subclass): registering a class with an ABC that has the
// sequence or mapping flag gives it (instead of the other one) to the class and to its
// subclasses, skipping builtin types, as CPython's set_collection_flag_recursive.
static Value cl_abc_register_flags(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_abc_register_flags", 2, 2)) return VAL_NULL;
    Type *abc = type_cast(vview_get(args, 0));
    Type *sub = type_cast(vview_get(args, 1));
    if (abc == NULL || sub == NULL) return I->none;
    uint32_t flag = abc->tflags & (TF_SEQUENCE | TF_MAPPING);
    if (flag == 0) return I->none;
    ValVec work;
    vec_init(&work);
    if (vec_push(I->heap, &work, obj_val(sub)) != K_OK) return exc_nomem(I);
    while (work.len > 0) {
        Type *c = type_cast(vec_pop(&work));
        if (c == NULL || (c->tflags & TF_HEAP) == 0 ||
            (c->tflags & (TF_SEQUENCE | TF_MAPPING)) == flag)
            continue;
        c->tflags = (c->tflags & ~(uint32_t)(TF_SEQUENCE | TF_MAPPING)) | flag;
        if (!type_push_subclasses(I, c, &work)) return exc_nomem(I);
    }
    return I->none;
}

/* defaultdict and OrderedDict are C in CPython's _collections and Python here
 * (lib/collections): __getattr__ fetches them for code doing `from _collections import
 * defaultdict` (CPython's own collections package does). */
static const ImportLazyNames from_collections_py = {{"defaultdict", "OrderedDict"}};

static Value cl_getattr(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_one(I, args, kwnames, "__getattr__")) return VAL_NULL;
    return import_lazy_attr(I, vview_get(args, 0), "_collections", "collections",
                            &from_collections_py);
}

static const MethodDef collections_functions[] = {
    {"__getattr__", cl_getattr, 0, NULL},
    {"_c_type_name", cl_c_type_name, 0, NULL},
    {"_abc_init_flags", cl_abc_init_flags, 0, NULL},
    {"_abc_register_flags", cl_abc_register_flags, 0, NULL},
    {"_od_popfirst", cl_od_popfirst, 0, NULL},
    {"_caller_module", cl_caller_module, 0, NULL},
    {"_count_elements", cl_count_elements, 0, NULL},
    {NULL, NULL, 0, NULL},
};

bool collectionsmod_init(Interp *I, Value m) {
    if (!module_add_functions(I, m, collections_functions)) return false;
    Type *dq = module_add_type(I, m, &deque_spec, NULL);
    if (dq == NULL) return false;
    Type *it = module_add_type(I, m, &dequeiter_spec, NULL);
    Type *rit = it != NULL ? module_add_type(I, m, &dequereviter_spec, NULL) : NULL;
    if (rit == NULL) return false;
    if (module_add_type(I, m, &tuplegetter_spec, NULL) == NULL) return false;
    return dict_set_cstr(I, I->scratch, KEY_DEQUE, obj_val(dq)) &&
           dict_set_cstr(I, I->scratch, KEY_ITER, obj_val(it)) &&
           dict_set_cstr(I, I->scratch, KEY_REVITER, obj_val(rit));
}
