/*
 * bisectmod.c: _bisect, the C core of bisect: binary search (bisect_left/right) and
 * sorted insertion (insort_left/right) over any sequence, with lo/hi bounds and key=.
 *
 * Invariant: the search reads items only through obj_getitem (lists through list_get
 * with a bounds check each step), so a sequence mutated by a comparison or key function
 * gives an IndexError, never a stale read.
 */
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"

static Value item_at(Interp *I, Value a, int64_t i) {
    if (list_check(a) && type_of(I, a) == interp_type(I, TY_LIST)) {
        Value x = list_get(a, (size_t)i);
        if (x == VAL_NULL) return exc_raise(I, TY_INDEX_ERROR, "list index out of range");
        return x;
    }
    Value k = int_from_i64(I, i);
    return k == VAL_NULL ? VAL_NULL : obj_getitem(I, a, k);
}

// The insertion point of [x] in a[lo:hi]: leftmost (before equal items) or rightmost.
// -1 on error.
static int64_t search(Interp *I, Value a, Value x, Value lov, Value hiv, Value key, bool right) {
    int64_t lo = 0, hi = -1;
    if (lov != VAL_NULL && !obj_index_i64(I, lov, &lo)) return -1;
    if (lo < 0) {
        exc_raise(I, TY_VALUE_ERROR, "lo must be non-negative");
        return -1;
    }
    if (hiv == VAL_NULL || hiv == I->none) {
        hi = obj_len(I, a);
        if (hi < 0) return -1;
    } else if (!obj_index_i64(I, hiv, &hi)) {
        return -1;
    }
    if (key == I->none) key = VAL_NULL;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        Value item = item_at(I, a, mid);
        if (item == VAL_NULL) return -1;
        if (key != VAL_NULL) {
            item = obj_call1(I, key, item);
            if (item == VAL_NULL) return -1;
        }
        int lt = right ? obj_richcmp_bool(I, x, item, CMP_LT) : obj_richcmp_bool(I, item, x, CMP_LT);
        if (lt < 0) return -1;
        if (right ? lt : !lt)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static Value do_bisect(Interp *I, ValView args, Value kwnames, const char *name, bool right) {
    Value a, x, lo, hi, key;
    if (!args_parse(I, args, kwnames, name, "a x | lo hi $ key", &a, &x, &lo, &hi, &key))
        return VAL_NULL;
    int64_t r = search(I, a, x, lo, hi, key == VAL_NULL ? I->none : key, right);
    return r < 0 ? VAL_NULL : int_from_i64(I, r);
}

static Value do_insort(Interp *I, ValView args, Value kwnames, const char *name, bool right) {
    Value a, x, lo, hi, key;
    if (!args_parse(I, args, kwnames, name, "a x | lo hi $ key", &a, &x, &lo, &hi, &key))
        return VAL_NULL;
    Value kx = x;
    if (key != VAL_NULL && key != I->none) {
        kx = obj_call1(I, key, x);
        if (kx == VAL_NULL) return VAL_NULL;
    }
    int64_t r = search(I, a, kx, lo, hi, key == VAL_NULL ? I->none : key, right);
    if (r < 0) return VAL_NULL;
    if (type_of(I, a) == interp_type(I, TY_LIST))
        return list_insert(I, a, r, x) ? I->none : VAL_NULL;
    Value rv = int_from_i64(I, r);
    if (rv == VAL_NULL) return VAL_NULL;
    Value argv[2] = {rv, x};
    Value res = obj_call_method(I, a, "insert", vview_make(argv, 2));
    return res == VAL_NULL ? VAL_NULL : I->none;
}

static Value bs_bisect_right(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return do_bisect(I, args, kwnames, "bisect_right", true);
}

static Value bs_bisect_left(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return do_bisect(I, args, kwnames, "bisect_left", false);
}

static Value bs_insort_right(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return do_insort(I, args, kwnames, "insort_right", true);
}

static Value bs_insort_left(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return do_insort(I, args, kwnames, "insort_left", false);
}

static const MethodDef bisect_functions[] = {
    {"bisect_right", bs_bisect_right, 0, "Return the index where to insert item x in list a, assuming a is sorted."},
    {"bisect_left", bs_bisect_left, 0, "Return the index where to insert item x in list a, assuming a is sorted."},
    {"insort_right", bs_insort_right, 0, "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {"insort_left", bs_insort_left, 0, "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {NULL, NULL, 0, NULL},
};

bool bisectmod_init(Interp *I, Value m) { return module_add_functions(I, m, bisect_functions); }
