/*
 * heapqmod.c: _heapq, the C core of heapq: push/pop/heapify/replace/pushpop on plain
 * lists (min-heaps) and the max-heap helpers nlargest/merge use.
 *
 * Invariant: the sift strategy is CPython's (the hole sinks to a leaf along the smaller
 * children, then the item bubbles up), so the list layouts are the same as CPython's.
 * Every comparison may run user code that mutates the heap: the length is re-checked
 * after each one ("list changed size during iteration") and items are re-read.
 */
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/exc.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"

// a < b for the min-heap, b < a for the max-heap: 1, 0 or -1.
static int less(Interp *I, Value a, Value b, bool max) {
    return max ? obj_richcmp_bool(I, b, a, CMP_LT) : obj_richcmp_bool(I, a, b, CMP_LT);
}

static bool size_changed(Interp *I, Value heap, size_t n) {
    if (list_len(heap) == n) return false;
    exc_raise(I, TY_RUNTIME_ERROR, "list changed size during iteration");
    return true;
}

static bool swap(Interp *I, Value heap, size_t i, size_t j) {
    Value a = list_get(heap, i), b = list_get(heap, j);
    if (a == VAL_NULL || b == VAL_NULL) {
        exc_raise(I, TY_RUNTIME_ERROR, "list changed size during iteration");
        return false;
    }
    return list_set(I, heap, i, b) && list_set(I, heap, j, a);
}

// Moves the item at [pos] up towards [startpos] while it is smaller than its parent.
static bool siftdown(Interp *I, Value heap, size_t startpos, size_t pos, bool max) {
    size_t n = list_len(heap);
    if (pos >= n) {
        exc_raise(I, TY_INDEX_ERROR, "index out of range");
        return false;
    }
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        int lt = less(I, list_get(heap, pos), list_get(heap, parentpos), max);
        if (lt < 0) return false;
        if (size_changed(I, heap, n)) return false;
        if (!lt) break;
        if (!swap(I, heap, pos, parentpos)) return false;
        pos = parentpos;
    }
    return true;
}

// Sinks the item at [pos] to a leaf along the smaller children, then sifts it back up.
static bool siftup(Interp *I, Value heap, size_t pos, bool max) {
    size_t endpos = list_len(heap);
    size_t startpos = pos;
    if (pos >= endpos) {
        exc_raise(I, TY_INDEX_ERROR, "index out of range");
        return false;
    }
    size_t limit = endpos >> 1;
    while (pos < limit) {
        size_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int lt = less(I, list_get(heap, childpos), list_get(heap, childpos + 1), max);
            if (lt < 0) return false;
            if (!lt) childpos++;
            if (size_changed(I, heap, endpos)) return false;
        }
        if (!swap(I, heap, pos, childpos)) return false;
        pos = childpos;
    }
    return siftdown(I, heap, startpos, pos, max);
}

static Value list_arg(Interp *I, Value v, const char *fname, bool single) {
    if (list_check(v)) return v;
    if (single)
        return exc_raise(I, TY_TYPE_ERROR, "%s() argument must be list, not %T", fname, v);
    return exc_raise(I, TY_TYPE_ERROR, "%s() argument 1 must be list, not %T", fname, v);
}

// CPython names its module functions with the module in this error ("_heapq.heappush()").
static bool no_kw(Interp *I, Value kwnames, const char *name) {
    if (args_nkw(kwnames) == 0) return true;
    exc_raise(I, TY_TYPE_ERROR, "_heapq.%s() takes no keyword arguments", name);
    return false;
}

static Value hq_heappush(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_kw(I, kwnames, "heappush") || !args_count(I, args, VAL_NULL, "heappush", 2, 2))
        return VAL_NULL;
    Value heap = list_arg(I, vview_get(args, 0), "heappush", false);
    if (heap == VAL_NULL || !list_append(I, heap, vview_get(args, 1))) return VAL_NULL;
    return siftdown(I, heap, 0, list_len(heap) - 1, false) ? I->none : VAL_NULL;
}

static Value heappop(Interp *I, ValView args, Value kwnames, const char *name, bool max) {
    if (!no_kw(I, kwnames, name)) return VAL_NULL;
    if (args.n != 1)
        return exc_raise(I, TY_TYPE_ERROR, "_heapq.%s() takes exactly one argument (%zu given)", name,
                         args.n);
    Value heap = list_arg(I, vview_get(args, 0), name, true);
    if (heap == VAL_NULL) return VAL_NULL;
    Value last = list_pop_last(heap);
    if (last == VAL_NULL) return exc_raise(I, TY_INDEX_ERROR, "index out of range");
    if (list_len(heap) == 0) return last;
    Value ret = list_get(heap, 0);
    if (!list_set(I, heap, 0, last) || !siftup(I, heap, 0, max)) return VAL_NULL;
    return ret;
}

static Value hq_heappop(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return heappop(I, args, kwnames, "heappop", false);
}

static Value hq_heappop_max(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return heappop(I, args, kwnames, "_heappop_max", true);
}

static Value heapreplace(Interp *I, ValView args, Value kwnames, const char *name, bool max) {
    if (!no_kw(I, kwnames, name) || !args_count(I, args, VAL_NULL, name, 2, 2))
        return VAL_NULL;
    Value heap = list_arg(I, vview_get(args, 0), name, false);
    if (heap == VAL_NULL) return VAL_NULL;
    if (list_len(heap) == 0) return exc_raise(I, TY_INDEX_ERROR, "index out of range");
    Value ret = list_get(heap, 0);
    if (!list_set(I, heap, 0, vview_get(args, 1)) || !siftup(I, heap, 0, max)) return VAL_NULL;
    return ret;
}

static Value hq_heapreplace(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return heapreplace(I, args, kwnames, "heapreplace", false);
}

static Value hq_heapreplace_max(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return heapreplace(I, args, kwnames, "_heapreplace_max", true);
}

static Value hq_heappushpop(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_kw(I, kwnames, "heappushpop") ||
        !args_count(I, args, VAL_NULL, "heappushpop", 2, 2))
        return VAL_NULL;
    Value heap = list_arg(I, vview_get(args, 0), "heappushpop", false);
    if (heap == VAL_NULL) return VAL_NULL;
    Value item = vview_get(args, 1);
    if (list_len(heap) == 0) return item;
    Value top = list_get(heap, 0);
    int lt = obj_richcmp_bool(I, top, item, CMP_LT);
    if (lt < 0) return VAL_NULL;
    if (!lt) return item;
    if (list_len(heap) == 0) return exc_raise(I, TY_INDEX_ERROR, "index out of range");
    Value ret = list_get(heap, 0);
    if (!list_set(I, heap, 0, item) || !siftup(I, heap, 0, false)) return VAL_NULL;
    return ret;
}

static Value heapify(Interp *I, ValView args, Value kwnames, const char *name, bool max) {
    if (!no_kw(I, kwnames, name)) return VAL_NULL;
    if (args.n != 1)
        return exc_raise(I, TY_TYPE_ERROR, "_heapq.%s() takes exactly one argument (%zu given)", name,
                         args.n);
    Value heap = list_arg(I, vview_get(args, 0), name, true);
    if (heap == VAL_NULL) return VAL_NULL;
    for (size_t i = list_len(heap) / 2; i-- > 0;) {
        if (i >= list_len(heap)) continue;
        if (!siftup(I, heap, i, max)) return VAL_NULL;
    }
    return I->none;
}

static Value hq_heapify(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return heapify(I, args, kwnames, "heapify", false);
}

static Value hq_heapify_max(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return heapify(I, args, kwnames, "_heapify_max", true);
}

static const MethodDef heapq_functions[] = {
    {"heappush", hq_heappush, 0, "Push item onto heap, maintaining the heap invariant."},
    {"heappop", hq_heappop, 0, "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", hq_heapreplace, 0, "Pop and return the current smallest value, and add the new item."},
    {"heappushpop", hq_heappushpop, 0, "Push item on the heap, then pop and return the smallest item from the heap."},
    {"heapify", hq_heapify, 0, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", hq_heappop_max, 0, "Maxheap variant of heappop."},
    {"_heapreplace_max", hq_heapreplace_max, 0, "Maxheap variant of heapreplace."},
    {"_heapify_max", hq_heapify_max, 0, "Maxheap variant of heapify."},
    {NULL, NULL, 0, NULL},
};

bool heapqmod_init(Interp *I, Value m) { return module_add_functions(I, m, heapq_functions); }
