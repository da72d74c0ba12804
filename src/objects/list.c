/*
 * list.c: list, list_iterator and list_reverseiterator (sorting is in list_sort.c).
 *
 * Invariant: the items live in the ListObject's ValVec and are only reached through
 * vec_* calls, which check every index. Any call into Python (__eq__, __repr__, __index__,
 * an iterator) may mutate the list, so loops re-read the length on every step and never
 * keep an index across a callback without re-checking it; `mutations` changes on every
 * structural change (list_sort uses it to detect mutation during sort).
 */
#include "list.h"

#include "args.h"
#include "exc.h"
#include "int.h"
#include "iterobject.h"
#include "ops.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

static ListObject *lst(Value v) { return list_cast(v); }

// Slot and method functions run only on their own type (the descriptors check self), so
// a failed cast cannot happen; it is still raised, never dereferenced.
static Value bad_self(Interp *I, Value self) {
    return exc_raise(I, TY_TYPE_ERROR, "descriptor requires a 'list' object but received a '%T'",
                     self);
}

static void *alloc_inst(Interp *I, Type *t, size_t size) {
    if (t->inst_size > size) size = t->inst_size;
    return obj_alloc(I, t, size);
}

static Value kfail(Interp *I, KStatus s) {
    if (s == K_NOMEM || s == K_OVERFLOW) return exc_nomem(I);
    return exc_from_kstatus(I, s, "list index out of range");
}

static bool kcheck(Interp *I, KStatus s) {
    if (s == K_OK) return true;
    kfail(I, s);
    return false;
}

// dst += src * count. Skips the kernel call when there is nothing to copy (vec_repeat
// would pass a NULL pointer to memcpy for an empty vector).
static KStatus vrepeat(Heap *h, ValVec *dst, const ValVec *src, size_t count) {
    if (src->len == 0 || count == 0) return K_OK;
    return vec_repeat(h, dst, src, count);
}

static Value new_typed(Interp *I, Type *t, size_t cap) {
    ListObject *o = alloc_inst(I, t, sizeof(ListObject));
    if (o == NULL) return VAL_NULL;
    vec_init(&o->v);
    if (cap > 0 && !kcheck(I, vec_reserve(I->heap, &o->v, cap))) return VAL_NULL;
    return obj_val(o);
}

Value list_new(Interp *I, size_t cap) { return new_typed(I, interp_type(I, TY_LIST), cap); }

// BUILD_LIST and every list made from a known run of Values: an exact list allocated with
// a constant size (the heap's inline path: class lookup and zero-fill fold) and its items
// copied in one step into an array of exactly their number, as CPython's (so
// [x].__sizeof__() is CPython's 48; the first append then grows it as usual).
Value list_from_view(Interp *I, ValView v) {
    Type *t = interp_type(I, TY_LIST);
    ListObject *o;
    if (t->inst_size > sizeof(ListObject)) {
        o = lst(new_typed(I, t, 0));
        if (o == NULL) return VAL_NULL;
    } else {
        o = heap_new_small(I->heap, sizeof(ListObject), HEAP_OBJ);
        if (o == NULL) return exc_nomem(I);
        o->h.type = t;
        o->h.kind = t->inst_kind;
    }
    if (v.n > 0 && !kcheck(I, vec_from_view(I->heap, &o->v, v))) return VAL_NULL;
    return obj_val(o);
}

bool list_check(Value v) { return lst(v) != NULL; }

size_t list_len(Value l) {
    ListObject *o = lst(l);
    return o == NULL ? 0 : o->v.len;
}

Value list_get(Value l, size_t i) {
    ListObject *o = lst(l);
    return o == NULL ? VAL_NULL : vec_get(&o->v, i);
}

bool list_append(Interp *I, Value l, Value x) {
    ListObject *o = lst(l);
    if (o == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "expected a list");
        return false;
    }
    if (!kcheck(I, vec_push(I->heap, &o->v, x))) return false;
    o->mutations++;
    return true;
}

bool list_set(Interp *I, Value l, size_t i, Value x) {
    ListObject *o = lst(l);
    if (o == NULL || vec_set(&o->v, i, x) != K_OK) {
        exc_raise(I, TY_INDEX_ERROR, "list assignment index out of range");
        return false;
    }
    return true;
}

ValView list_view(Value l) {
    ListObject *o = lst(l);
    if (o == NULL) return vview_make(NULL, 0);
    return vview_of_vec(&o->v);
}

bool list_insert(Interp *I, Value l, int64_t i, Value x) {
    ListObject *o = lst(l);
    if (o == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "expected a list");
        return false;
    }
    int64_t n = (int64_t)o->v.len;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (!kcheck(I, vec_insert(I->heap, &o->v, (size_t)i, x))) return false;
    o->mutations++;
    return true;
}

Value list_pop_last(Value l) {
    ListObject *o = lst(l);
    if (o == NULL) return VAL_NULL;
    Value x = vec_pop(&o->v);
    if (x != VAL_NULL) o->mutations++;
    return x;
}

void list_clear(Value l) {
    ListObject *o = lst(l);
    if (o == NULL) return;
    vec_clear(&o->v);
    o->mutations++;
}

Value list_to_tuple(Interp *I, Value l) {
    // Copy first: building the tuple cannot call Python, but keep the view short-lived.
    return tuple_from_view(I, list_view(l));
}

bool list_extend(Interp *I, Value l, Value iterable) {
    ListObject *o = lst(l);
    if (o == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "expected a list");
        return false;
    }
    // only an exact list or tuple is copied directly: a subclass's __iter__ decides, as
    // in CPython (list(sub), extend, json, ...)
    Type *ty = type_of(I, iterable);
    ListObject *src = ty == I->types[TY_LIST] ? lst(iterable) : NULL;
    if (src != NULL) {
        // vec_repeat copies the source length first, so l.extend(l) doubles once.
        if (!kcheck(I, vrepeat(I->heap, &o->v, &src->v, 1))) return false;
        o->mutations++;
        return true;
    }
    TupleObject *t = ty == I->types[TY_TUPLE] ? tuple_cast(iterable) : NULL;
    if (t != NULL) {
        ValVec items = vec_of_arr(&t->a);
        if (!kcheck(I, vrepeat(I->heap, &o->v, &items, 1))) return false;
        o->mutations++;
        return true;
    }
    Value it = obj_iter(I, iterable);
    if (it == VAL_NULL) return false;
    // As CPython, once the iterator exists a length hint is asked for: a class's __len__
    // or __length_hint__ runs, and what it raises (other than TypeError) propagates, e.g.
    // "__len__() should return >= 0".
    if (!obj_length_hint_probe(I, iterable)) return false;
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) return I->exc == VAL_NULL;
        if (!list_append(I, l, x)) return false;
    }
}

// ---- repr guard ----

int list_repr_enter(Interp *I, Value v) {
    if (I->repr_active == VAL_NULL) {
        I->repr_active = list_new(I, 8);
        if (I->repr_active == VAL_NULL) return -1;
    }
    ListObject *a = lst(I->repr_active);
    if (a == NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "repr guard list is corrupt");
        return -1;
    }
    for (size_t i = 0; i < a->v.len; i++)
        if (vec_get(&a->v, i) == v) return 1;
    if (!kcheck(I, vec_push(I->heap, &a->v, v))) return -1;
    return 0;
}

void list_repr_leave(Interp *I, Value v) {
    ListObject *a = lst(I->repr_active);
    if (a == NULL) return;
    for (size_t i = a->v.len; i > 0; i--) {
        if (vec_get(&a->v, i - 1) == v) {
            KStatus st = vec_remove_range(&a->v, i - 1, 1);
            (void)st; // cannot fail: i - 1 < len
            return;
        }
    }
}

Value list_repr(Interp *I, Value l) { return tuple_repr_seq(I, l, "[", "]", false); }

// ---- comparison ----

static Value list_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if (!list_check(a) || !list_check(b)) return I->notimpl;
    if ((op == CMP_EQ || op == CMP_NE) && list_len(a) != list_len(b))
        return interp_bool(I, op == CMP_NE);
    if (!interp_enter_c(I, "in comparison")) return VAL_NULL;
    Value res = VAL_NULL;
    for (size_t i = 0;; i++) {
        size_t na = list_len(a), nb = list_len(b);
        if (i >= na || i >= nb) {
            res = interp_bool(I, cmp_holds((int64_t)na - (int64_t)nb, op));
            break;
        }
        Value x = list_get(a, i), y = list_get(b, i);
        int c = obj_cmp_known(I, x, y);
        if (c != CMP_UNKNOWN) {
            if (c == 0) continue;
            res = interp_bool(I, cmp_holds(c, op));
            break;
        }
        int eq = obj_richcmp_bool(I, x, y, CMP_EQ);
        if (eq < 0) break;
        if (eq) continue;
        // An __eq__ may have shrunk a list: then the length decides, as in CPython.
        if (i >= list_len(a) || i >= list_len(b)) continue;
        if (op == CMP_EQ) res = I->false_;
        else if (op == CMP_NE) res = I->true_;
        else res = obj_richcmp(I, list_get(a, i), list_get(b, i), op);
        break;
    }
    interp_leave_c(I);
    return res;
}

// ---- item access ----

static int64_t list_len_slot(Interp *I, Value self) {
    (void)I;
    return (int64_t)list_len(self);
}

Value list_slice_get(Interp *I, Value self, int64_t start, int64_t step, int64_t count) {
    ListObject *o = lst(self);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "descriptor requires a list");
    if (count <= 0) return list_new(I, 0);
    Value r = list_new(I, 0);
    if (r == VAL_NULL) return VAL_NULL;
    ListObject *ro = lst(r);
    if (step == 1 || step == -1) {
        // one contiguous range (a reversed one for step -1: its lowest index is
        // start - (count - 1)); vec_copy_range checks the range
        int64_t lo = step == 1 ? start : start - (count - 1);
        if (lo < 0 ||
            !kcheck(I, vec_copy_range(I->heap, &ro->v, &o->v, (size_t)lo, (size_t)count)))
            return lo < 0 ? exc_raise(I, TY_SYSTEM_ERROR, "bad slice range") : VAL_NULL;
        if (step == -1) vec_reverse(&ro->v);
        return r;
    }
    if (!kcheck(I, vec_reserve(I->heap, &ro->v, (size_t)count))) return VAL_NULL;
    for (int64_t k = 0; k < count; k++) {
        Value x = vec_get(&o->v, (size_t)(start + k * step));
        // bounds outside the list (a caller broke the contract) never put a hole in r
        if (x == VAL_NULL) return exc_raise(I, TY_SYSTEM_ERROR, "bad slice range");
        if (!kcheck(I, vec_push(I->heap, &ro->v, x))) return VAL_NULL;
    }
    return r;
}

int list_slice_set(Interp *I, Value self, int64_t lo, int64_t hi, Value src) {
    ListObject *o = lst(self);
    const ValVec *sv;
    ValVec tuple_items;
    bool exact = obj_is_exact_seq(I, src); // a subclass goes the general way (its __iter__)
    ListObject *sl = exact ? lst(src) : NULL;
    TupleObject *st = exact ? tuple_cast(src) : NULL;
    if (o == NULL) return 0;
    if (sl != NULL) {
        sv = &sl->v;
    } else if (st != NULL) {
        tuple_items = vec_of_arr(&st->a);
        sv = &tuple_items;
    } else {
        return 0;
    }
    if (lo < 0 || (size_t)lo > o->v.len) return 0;
    if (hi < lo) hi = lo;
    if ((size_t)hi > o->v.len) return 0;
    if (lo == hi && sv->len == 0) return 1;
    if (!kcheck(I, vec_splice(I->heap, &o->v, (size_t)lo, (size_t)hi, sv, 0, sv->len))) return -1;
    o->mutations++;
    return 1;
}

static Value list_getitem(Interp *I, Value self, Value key) {
    ListObject *o = lst(self);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "descriptor requires a list");
    if (val_is_small(key)) {
        intptr_t i = val_small(key);
        if (i < 0) i += (intptr_t)o->v.len;
        if (i >= 0 && (size_t)i < o->v.len) return vec_get(&o->v, (size_t)i);
        return exc_raise(I, TY_INDEX_ERROR, "list index out of range");
    }
    if (slice_cast(key) != NULL) {
        // __index__ of the slice's parts may change the list: bounds against its length
        // after them (slice_unpack, then slice_adjust), as CPython
        int64_t start, stop, step;
        if (!slice_unpack(I, key, &start, &stop, &step)) return VAL_NULL;
        int64_t count = slice_adjust((int64_t)o->v.len, &start, &stop, step);
        return list_slice_get(I, self, start, step, count);
    }
    int64_t i;
    if (!seq_index(I, key, (int64_t)o->v.len, "list", &i)) return VAL_NULL;
    Value x = vec_get(&o->v, (size_t)i);
    if (x == VAL_NULL) return exc_raise(I, TY_INDEX_ERROR, "list index out of range");
    return x;
}

// The items of [v] for slice assignment: a private copy (v may be the list itself).
static bool assign_source(Interp *I, Value v, bool extended, ValVec *out) {
    bool exact = obj_is_exact_seq(I, v);
    ListObject *lo = exact ? lst(v) : NULL;
    if (lo != NULL) return kcheck(I, vec_copy_range(I->heap, out, &lo->v, 0, lo->v.len));
    TupleObject *t = exact ? tuple_cast(v) : NULL;
    if (t != NULL) {
        ValVec items = vec_of_arr(&t->a);
        return kcheck(I, vec_copy_range(I->heap, out, &items, 0, items.len));
    }
    if (type_of(I, v)->iter == NULL && type_of(I, v)->getitem == NULL) {
        exc_raise(I, TY_TYPE_ERROR, extended ? "must assign iterable to extended slice"
                                             : "can only assign an iterable");
        return false;
    }
    Value l = obj_to_list(I, v);
    if (l == VAL_NULL) return false;
    ListObject *c = lst(l);
    if (c == NULL) { // obj_to_list returns a list or fails: cannot happen
        exc_raise(I, TY_SYSTEM_ERROR, "list() did not return a list");
        return false;
    }
    *out = c->v;
    return true;
}

static int assign_slice(Interp *I, ListObject *o, Value key, Value v) {
    // the parts' __index__ run once, first; the bounds are taken against the list's length
    // as it is when the change is made (after them, and after converting the source)
    int64_t start0, stop0, step;
    if (!slice_unpack(I, key, &start0, &stop0, &step)) return -1;
    int64_t start = start0, stop = stop0, count;
    if (v == VAL_NULL) {
        // deletion
        count = slice_adjust((int64_t)o->v.len, &start, &stop, step);
        if (count <= 0) return 0;
        if (step < 0) {
            start = start + (count - 1) * step;
            step = -step;
        }
        if (step == 1) {
            if (!kcheck(I, vec_remove_range(&o->v, (size_t)start, (size_t)count))) return -1;
            o->mutations++;
            return 0;
        }
        ValVec kept;
        vec_init(&kept);
        if (!kcheck(I, vec_reserve(I->heap, &kept, o->v.len - (size_t)count))) return -1;
        int64_t next = start, removed = 0;
        for (size_t i = 0; i < o->v.len; i++) {
            if ((int64_t)i == next && removed < count) {
                removed++;
                if (removed < count) next += step; // never past the last index: no overflow
                continue;
            }
            if (!kcheck(I, vec_push(I->heap, &kept, vec_get(&o->v, i)))) return -1;
        }
        o->v = kept;
        o->mutations++;
        return 0;
    }
    ValVec src;
    vec_init(&src);
    if (!assign_source(I, v, step != 1, &src)) return -1;
    // The source conversion may have run Python code that changed the list.
    count = slice_adjust((int64_t)o->v.len, &start, &stop, step);
    if (step == 1) {
        int64_t lo = start, hi = stop < start ? start : stop;
        if (lo == hi && src.len == 0) return 0;
        if (!kcheck(I, vec_splice(I->heap, &o->v, (size_t)lo, (size_t)hi, &src, 0, src.len)))
            return -1;
        o->mutations++;
        return 0;
    }
    if ((int64_t)src.len != count) {
        exc_raise(I, TY_VALUE_ERROR,
                  "attempt to assign sequence of size %zu to extended slice of size %lld",
                  src.len, (long long)count);
        return -1;
    }
    for (int64_t k = 0; k < count; k++) {
        if (!kcheck(I, vec_set(&o->v, (size_t)(start + k * step), vec_get(&src, (size_t)k))))
            return -1;
    }
    return 0;
}

static int list_setitem(Interp *I, Value self, Value key, Value v) {
    ListObject *o = lst(self);
    if (o == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "descriptor requires a list");
        return -1;
    }
    if (slice_cast(key) != NULL) return assign_slice(I, o, key, v);
    int64_t i;
    if (!slice_index_value(I, key, "list", &i)) return -1;
    if (i < 0) i += (int64_t)o->v.len;
    if (i < 0 || (size_t)i >= o->v.len) {
        exc_raise(I, TY_INDEX_ERROR, "list assignment index out of range");
        return -1;
    }
    if (v == VAL_NULL) {
        if (!kcheck(I, vec_remove_range(&o->v, (size_t)i, 1))) return -1;
        o->mutations++;
        return 0;
    }
    return kcheck(I, vec_set(&o->v, (size_t)i, v)) ? 0 : -1;
}

static int list_contains(Interp *I, Value self, Value item) {
    for (size_t i = 0; i < list_len(self); i++) {
        Value x = list_get(self, i);
        if (x == VAL_NULL) break;
        int r = obj_richcmp_bool(I, x, item, CMP_EQ);
        if (r != 0) return r;
    }
    return 0;
}

// ---- operators ----

static bool is_intlike(Interp *I, Value v) { return int_check(I, v) || type_of(I, v)->index != NULL; }

static bool other_may_handle(Interp *I, Value v) {
    return (type_of(I, v)->tflags & TF_HEAP) != 0;
}


static Value list_binop(Interp *I, Value a, Value b, BinOp op) {
    if (op == BINOP_ADD) {
        if (!list_check(a)) return I->notimpl;
        if (!list_check(b)) {
            if (other_may_handle(I, b)) return I->notimpl;
            return exc_raise(I, TY_TYPE_ERROR, "can only concatenate list (not \"%s\") to list",
                             obj_type_name(I, b));
        }
        size_t na = list_len(a), nb = list_len(b);
        if (nb > VEC_MAX_LEN - na) return exc_nomem(I);
        Value r = list_new(I, na + nb);
        if (r == VAL_NULL) return VAL_NULL;
        ListObject *ro = lst(r);
        if (!kcheck(I, vrepeat(I->heap, &ro->v, &lst(a)->v, 1))) return VAL_NULL;
        if (!kcheck(I, vrepeat(I->heap, &ro->v, &lst(b)->v, 1))) return VAL_NULL;
        return r;
    }
    if (op == BINOP_MUL) {
        Value seq = a, n = b;
        if (!list_check(a)) {
            seq = b;
            n = a;
        }
        if (!list_check(seq)) return I->notimpl;
        if (!is_intlike(I, n) && other_may_handle(I, n)) return I->notimpl;
        int64_t count;
        if (!seq_repeat_count(I, n, &count)) return VAL_NULL;
        Value r = list_new(I, 0);
        if (r == VAL_NULL) return VAL_NULL;
        if (count > 0 && !kcheck(I, vrepeat(I->heap, &lst(r)->v, &lst(seq)->v, (size_t)count)))
            return VAL_NULL;
        return r;
    }
    return I->notimpl;
}

static Value list_inplace(Interp *I, Value a, Value b, BinOp op) {
    ListObject *o = lst(a);
    if (o == NULL) return I->notimpl;
    if (op == BINOP_ADD || op == BINOP_ADD + BINOP_INPLACE) {
        if (!list_extend(I, a, b)) return VAL_NULL;
        return a;
    }
    if (op == BINOP_MUL || op == BINOP_MUL + BINOP_INPLACE) {
        if (!is_intlike(I, b) && other_may_handle(I, b)) return I->notimpl;
        int64_t count;
        if (!seq_repeat_count(I, b, &count)) return VAL_NULL;
        if (count <= 0) {
            list_clear(a);
            return a;
        }
        if (count == 1) return a;
        ValVec copy;
        if (!kcheck(I, vec_copy_range(I->heap, &copy, &o->v, 0, o->v.len))) return VAL_NULL;
        if (!kcheck(I, vrepeat(I->heap, &o->v, &copy, (size_t)count - 1))) return VAL_NULL;
        o->mutations++;
        return a;
    }
    return I->notimpl;
}

// ---- construction ----

static Value list_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    return new_typed(I, t, 0);
}

static int list_init(Interp *I, Value self, ValView args, Value kwnames) {
    // As CPython, a subclass with its own __new__ may take keywords (they went to __new__).
    if (args_nkw(kwnames) > 0 && type_of(I, self)->new_ != interp_type(I, TY_LIST)->new_) {
        args = vview_slice(args, 0, args.n - args_nkw(kwnames));
        kwnames = VAL_NULL;
    }
    if (!args_no_kw(I, kwnames, "list")) return -1;
    if (!args_count(I, args, kwnames, "list", 0, 1)) return -1;
    list_clear(self);
    if (args.n == 1 && !list_extend(I, self, vview_get(args, 0))) return -1;
    return 0;
}

// ---- methods ----

static bool one_arg(Interp *I, ValView args, Value kwnames, const char *fname) {
    if (args_nkw(kwnames) != 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no keyword arguments", fname);
        return false;
    }
    if (args.n != 1) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes exactly one argument (%zu given)", fname, args.n);
        return false;
    }
    return true;
}

static bool no_args(Interp *I, ValView args, Value kwnames, const char *fname) {
    if (args_nkw(kwnames) != 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no keyword arguments", fname);
        return false;
    }
    if (args.n != 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no arguments (%zu given)", fname, args.n);
        return false;
    }
    return true;
}

static Value m_append(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, "list.append")) return VAL_NULL;
    if (!list_append(I, self, vview_get(args, 0))) return VAL_NULL;
    return I->none;
}

static Value m_extend(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, "list.extend")) return VAL_NULL;
    if (!list_extend(I, self, vview_get(args, 0))) return VAL_NULL;
    return I->none;
}

static Value m_insert(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_no_kw(I, kwnames, "list.insert")) return VAL_NULL;
    if (args.n != 2) {
        return exc_raise(I, TY_TYPE_ERROR, "insert expected 2 arguments, got %zu", args.n);
    }
    int64_t i;
    if (!args_ssize(I, vview_get(args, 0), &i)) return VAL_NULL;
    if (!list_insert(I, self, i, vview_get(args, 1))) return VAL_NULL;
    return I->none;
}

static Value m_pop(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_no_kw(I, kwnames, "list.pop")) return VAL_NULL;
    if (!args_count(I, args, kwnames, "pop", 0, 1)) return VAL_NULL;
    int64_t i = -1;
    if (args.n == 1 && !args_ssize(I, vview_get(args, 0), &i)) return VAL_NULL;
    ListObject *o = lst(self);
    if (o == NULL) return bad_self(I, self);
    int64_t n = (int64_t)o->v.len;
    if (n == 0) return exc_raise(I, TY_INDEX_ERROR, "pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return exc_raise(I, TY_INDEX_ERROR, "pop index out of range");
    Value x = vec_get(&o->v, (size_t)i);
    if (!kcheck(I, vec_remove_range(&o->v, (size_t)i, 1))) return VAL_NULL;
    o->mutations++;
    return x;
}

static Value m_remove(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, "list.remove")) return VAL_NULL;
    Value value = vview_get(args, 0);
    ListObject *o = lst(self);
    if (o == NULL) return bad_self(I, self);
    for (size_t i = 0; i < o->v.len; i++) {
        int r = obj_richcmp_bool(I, vec_get(&o->v, i), value, CMP_EQ);
        if (r < 0) return VAL_NULL;
        if (r > 0) {
            if (i < o->v.len) {
                if (!kcheck(I, vec_remove_range(&o->v, i, 1))) return VAL_NULL;
                o->mutations++;
            }
            return I->none;
        }
    }
    return exc_raise(I, TY_VALUE_ERROR, "list.remove(x): x not in list");
}

static bool bound_arg(Interp *I, Value v, int64_t len, int64_t *out) {
    if (v == VAL_NULL) return true;
    if (!int_check(I, v) && type_of(I, v)->index == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "slice indices must be integers or have an __index__ method");
        return false;
    }
    int64_t x;
    if (!slice_clamp_index(I, v, &x)) return false;
    if (x < 0) {
        x += len;
        if (x < 0) x = 0;
    }
    *out = x;
    return true;
}

static Value m_index(Interp *I, Value self, ValView args, Value kwnames) {
    Value value, vstart, vstop;
    if (!args_no_kw(I, kwnames, "list.index")) return VAL_NULL; // named with its type, as CPython
    if (!args_parse(I, args, kwnames, "index", "value | start stop /", &value, &vstart, &vstop))
        return VAL_NULL;
    int64_t len = (int64_t)list_len(self);
    int64_t start = 0, stop = INT64_MAX;
    if (!bound_arg(I, vstart, len, &start) || !bound_arg(I, vstop, len, &stop)) return VAL_NULL;
    for (int64_t i = start; i < stop && i < (int64_t)list_len(self); i++) {
        int r = obj_richcmp_bool(I, list_get(self, (size_t)i), value, CMP_EQ);
        if (r < 0) return VAL_NULL;
        if (r) return int_from_i64(I, i);
    }
    return exc_raise(I, TY_VALUE_ERROR, "%R is not in list", value);
}

static Value m_count(Interp *I, Value self, ValView args, Value kwnames) {
    if (!one_arg(I, args, kwnames, "list.count")) return VAL_NULL;
    Value value = vview_get(args, 0);
    int64_t n = 0;
    for (size_t i = 0; i < list_len(self); i++) {
        int r = obj_richcmp_bool(I, list_get(self, i), value, CMP_EQ);
        if (r < 0) return VAL_NULL;
        n += r;
    }
    return int_from_i64(I, n);
}

static Value m_sort(Interp *I, Value self, ValView args, Value kwnames) {
    Value key, reverse;
    if (!args_parse(I, args, kwnames, "sort", "| $ key reverse", &key, &reverse)) return VAL_NULL;
    int rev = 0;
    if (reverse != VAL_NULL) {
        // CPython parses reverse as an int ("i" format): floats are refused.
        if (!is_intlike(I, reverse)) {
            return exc_raise(I, TY_TYPE_ERROR, "'%T' object cannot be interpreted as an integer",
                             reverse);
        }
        rev = obj_truth(I, reverse);
        if (rev < 0) return VAL_NULL;
    }
    if (key == I->none) key = VAL_NULL;
    if (!list_sort(I, self, key, rev != 0)) return VAL_NULL;
    return I->none;
}

static Value m_reverse(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "list.reverse")) return VAL_NULL;
    ListObject *o = lst(self);
    if (o == NULL) return bad_self(I, self);
    vec_reverse(&o->v);
    return I->none;
}

static Value m_copy(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "list.copy")) return VAL_NULL;
    return list_from_view(I, list_view(self));
}

static Value m_clear(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "list.clear")) return VAL_NULL;
    list_clear(self);
    return I->none;
}

static Value m_reversed(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "list.__reversed__")) return VAL_NULL;
    IterObject *it = iterobject_new(I, TY_LIST_REVITER, self);
    if (it == NULL) return VAL_NULL;
    it->i = (int64_t)list_len(self) - 1;
    return obj_val(it);
}

static Value m_sizeof(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "list.__sizeof__")) return VAL_NULL;
    ListObject *o = lst(self);
    if (o == NULL) return bad_self(I, self);
    return int_from_i64(I, (int64_t)(40 + o->v.cap * sizeof(Value)));
}

// ---- iterators ----

static Value list_iter(Interp *I, Value self) {
    IterObject *it = iterobject_new(I, TY_LIST_ITER, self);
    return it == NULL ? VAL_NULL : obj_val(it);
}

static Value list_iter_next(Interp *I, Value self) {
    IterObject *it = iterobject_get(I, self, TY_LIST_ITER);
    if (it == NULL || it->src == VAL_NULL) return VAL_NULL;
    ListObject *o = lst(it->src);
    if (o != NULL && it->i >= 0 && (size_t)it->i < o->v.len) return vec_get(&o->v, (size_t)it->i++);
    it->src = VAL_NULL;
    return VAL_NULL;
}

static Value list_reviter_next(Interp *I, Value self) {
    IterObject *it = iterobject_get(I, self, TY_LIST_REVITER);
    if (it == NULL || it->src == VAL_NULL) return VAL_NULL;
    ListObject *o = lst(it->src);
    if (o != NULL && it->i >= 0 && (size_t)it->i < o->v.len) return vec_get(&o->v, (size_t)it->i--);
    it->src = VAL_NULL;
    return VAL_NULL;
}

static Value iter_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "__length_hint__")) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_LIST_ITER);
    if (it != NULL) {
        if (it->src == VAL_NULL) return int_from_i64(I, 0);
        int64_t left = (int64_t)list_len(it->src) - it->i;
        return int_from_i64(I, left < 0 ? 0 : left);
    }
    it = iterobject_get(I, self, TY_LIST_REVITER);
    if (it == NULL || it->src == VAL_NULL) return int_from_i64(I, 0);
    int64_t left = it->i + 1;
    if (left > (int64_t)list_len(it->src)) left = 0;
    return int_from_i64(I, left < 0 ? 0 : left);
}

static const MethodDef list_methods[] = {
    {"append", m_append, 0, "Append object to the end of the list."},
    {"extend", m_extend, 0, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, 0, "Insert object before index."},
    {"pop", m_pop, 0, "Remove and return item at index (default last)."},
    {"remove", m_remove, 0, "Remove first occurrence of value."},
    {"index", m_index, 0, "Return first index of value."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"sort", m_sort, 0, "Sort the list in ascending order and return None."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"copy", m_copy, 0, "Return a shallow copy of the list."},
    {"clear", m_clear, 0, "Remove all items from list."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the list."},
    {"__sizeof__", m_sizeof, 0, "Return the size of the list in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static Value list_iter_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!no_args(I, args, kwnames, "__reduce__")) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_LIST_ITER);
    bool rev = it == NULL;
    if (rev && (it = iterobject_get(I, self, TY_LIST_REVITER)) == NULL) return bad_self(I, self);
    if (it->src == VAL_NULL) {
        Value empty = list_new(I, 0);
        return empty == VAL_NULL ? VAL_NULL : iterobject_reduce(I, empty, VAL_NULL);
    }
    Value index = int_from_i64(I, it->i);
    if (!rev || index == VAL_NULL) return iterobject_reduce(I, it->src, index);
    // reversed(list): (reversed, (list,), index)
    Value args1 = tuple_pack(I, 1, it->src);
    return args1 == VAL_NULL ? VAL_NULL : tuple_pack(I, 3, obj_val(interp_type(I, TY_REVERSED)), args1, index);
}

static Value list_iter_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    int64_t idx;
    if (!iterobject_index_arg(I, args, kwnames, &idx)) return VAL_NULL;
    IterObject *it = iterobject_get(I, self, TY_LIST_ITER);
    bool rev = it == NULL;
    if (rev && (it = iterobject_get(I, self, TY_LIST_REVITER)) == NULL) return bad_self(I, self);
    if (it->src == VAL_NULL) return I->none;
    int64_t n = (int64_t)list_len(it->src);
    if (rev) {
        // a reverse iterator's index is the next position to read, -1 when done
        it->i = idx < -1 ? -1 : idx > n - 1 ? n - 1 : idx;
    } else {
        it->i = idx < 0 ? 0 : idx > n ? n : idx;
    }
    return I->none;
}

static const MethodDef list_iter_methods[] = {
    {"__length_hint__", iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", list_iter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", list_iter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec list_spec = {
    .name = "list",
    .inst_kind = K_LIST,
    .inst_size = sizeof(ListObject),
    .tflags = TF_BASETYPE | TF_LIST_SUB | TF_SEQUENCE,
    .base = TY_OBJECT,
    .repr = list_repr,
    .richcmp = list_richcmp,
    .iter = list_iter,
    .len = list_len_slot,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .binop = list_binop,
    .inplace = list_inplace,
    .new_ = list_new_slot,
    .init = list_init,
    .methods = list_methods,
    .doc = "Built-in mutable sequence.",
};

const TypeSpec list_iter_spec = {
    .name = "list_iterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = list_iter_next,
    .methods = list_iter_methods,
};

const TypeSpec list_reviter_spec = {
    .name = "list_reverseiterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(IterObject),
    .base = TY_OBJECT,
    .iter = iterobject_self,
    .next = list_reviter_next,
    .methods = list_iter_methods,
};
