/*
 * builtins_seq.c: the builtin functions that iterate, aggregate or do I/O: all any iter
 * next max min sum sorted print input.
 *
 * Invariant: every loop pulls items with obj_next and re-checks the pending exception
 * when it ends, so an iterator that raises is never mistaken for one that is exhausted;
 * nothing here keeps a C pointer into a container across a call into Python.
 */
#include "../kernel/checked.h"
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/iterobject.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "builtins.h"
#include "iomod.h"

// all()/any(): [want] is the truth value that decides early.
static Value all_any(Interp *I, ValView args, Value kwnames, const char *fname, bool want) {
    Value x;
    if (!builtins_one_arg(I, args, kwnames, fname, &x)) return VAL_NULL;
    Value it = obj_iter(I, x);
    if (it == VAL_NULL) return VAL_NULL;
    for (;;) {
        Value item = obj_next(I, it);
        if (item == VAL_NULL) break;
        int t = obj_truth(I, item);
        if (t < 0) return VAL_NULL;
        if ((t != 0) == want) return interp_bool(I, want);
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    return interp_bool(I, !want);
}

static Value b_all(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return all_any(I, args, kwnames, "all", false);
}

static Value b_any(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return all_any(I, args, kwnames, "any", true);
}

static Value b_iter(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "iter", 1, 2)) return VAL_NULL;
    Value v = vview_get(args, 0);
    if (args.n == 1) return obj_iter(I, v);
    if (type_of(I, v)->call == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "iter(v, w): v must be callable");
    return iterobject_call_iter_new(I, v, vview_get(args, 1));
}

static Value b_next(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "next", 1, 2)) return VAL_NULL;
    Value it = vview_get(args, 0);
    if (type_of(I, it)->next == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "'%T' object is not an iterator", it);
    // StopIteration keeps its value (a generator's return value, a class's own raise).
    Value r = obj_next_raising(I, it);
    if (r != VAL_NULL) return r;
    if (args.n == 2 && exc_pending_is(I, TY_STOP_ITERATION)) {
        exc_clear(I);
        return vview_get(args, 1);
    }
    return VAL_NULL;
}

/* ---- max / min ---- */

static Value min_max(Interp *I, ValView args, Value kwnames, const char *fname, CmpOp op) {
    size_t nkw = args_nkw(kwnames);
    size_t npos = args.n - nkw;
    if (npos == 0)
        return exc_raise(I, TY_TYPE_ERROR, "%s expected at least 1 argument, got 0", fname);
    Value key = VAL_NULL, dflt = VAL_NULL;
    // CPython parses key= and default= from the keywords alone: more than two is counted
    // before any name is looked at
    if (nkw > 2)
        return exc_raise(I, TY_TYPE_ERROR, "%s() takes at most 2 keyword arguments (%zu given)", fname, nkw);
    for (size_t k = 0; k < nkw; k++) {
        Value name = tuple_get(kwnames, k);
        Value v = vview_get(args, npos + k);
        if (str_eq_cstr(name, "key")) key = v;
        else if (str_eq_cstr(name, "default")) dflt = v;
        else
            return exc_raise(I, TY_TYPE_ERROR, "'%U' is an invalid keyword argument for %s()", name,
                             fname);
    }
    if (npos > 1 && dflt != VAL_NULL)
        return exc_raise(I, TY_TYPE_ERROR,
                         "Cannot specify a default for %s() with multiple positional arguments",
                         fname);
    if (key == I->none) key = VAL_NULL;
    Value it;
    if (npos == 1) {
        it = obj_iter(I, vview_get(args, 0));
    } else {
        Value t = tuple_from_view(I, vview_slice(args, 0, npos));
        it = t == VAL_NULL ? VAL_NULL : obj_iter(I, t);
    }
    if (it == VAL_NULL) return VAL_NULL;
    Value best = VAL_NULL, bestval = VAL_NULL;
    for (;;) {
        Value item = obj_next(I, it);
        if (item == VAL_NULL) break;
        Value val = item;
        if (key != VAL_NULL) {
            val = obj_call1(I, key, item);
            if (val == VAL_NULL) return VAL_NULL;
        }
        if (best == VAL_NULL) {
            best = item;
            bestval = val;
            continue;
        }
        int c = obj_richcmp_bool(I, val, bestval, op);
        if (c < 0) return VAL_NULL;
        if (c > 0) {
            best = item;
            bestval = val;
        }
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    if (best != VAL_NULL) return best;
    if (dflt != VAL_NULL) return dflt;
    return exc_raise(I, TY_VALUE_ERROR, "%s() arg is an empty sequence", fname);
}

static Value b_max(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return min_max(I, args, kwnames, "max", CMP_GT);
}

static Value b_min(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return min_max(I, args, kwnames, "min", CMP_LT);
}

/* ---- sum ---- */

// True for an exact int or a bool (sum's integer fast path), false for subclasses.
static bool plain_int(Interp *I, Value v) {
    if (val_is_small(v)) return true;
    Type *t = type_of(I, v);
    return t == interp_type(I, TY_INT) || t == interp_type(I, TY_BOOL);
}

static bool exact_float(Interp *I, Value v) {
    return float_check(v) && type_of(I, v) == interp_type(I, TY_FLOAT);
}

// sum() as CPython 3.11: an int64 loop while items are plain ints, then a double loop
// while they are floats (or ints that fit), then generic addition.
static Value do_sum(Interp *I, Value it, Value result) {
    Value item = VAL_NULL;
    if (plain_int(I, result) && type_of(I, result) != interp_type(I, TY_BOOL)) {
        int64_t acc;
        if (int_to_i64(I, result, &acc)) {
            for (;;) {
                item = obj_next(I, it);
                if (item == VAL_NULL) {
                    if (I->exc != VAL_NULL) return VAL_NULL;
                    return int_from_i64(I, acc);
                }
                int64_t b, s;
                if (val_is_small(item) && i64_add(acc, (int64_t)val_small(item), &s)) {
                    acc = s; // (a small int: no call to read it)
                    continue;
                }
                if (plain_int(I, item) && int_to_i64(I, item, &b) && i64_add(acc, b, &s)) {
                    acc = s;
                    continue;
                }
                if (I->exc != VAL_NULL) exc_clear(I);
                break;
            }
            result = int_from_i64(I, acc);
            if (result == VAL_NULL) return VAL_NULL;
            result = obj_binop(I, result, item, BINOP_ADD);
            if (result == VAL_NULL) return VAL_NULL;
        } else {
            exc_clear(I);
        }
    }
    if (exact_float(I, result)) {
        double acc = float_value(result);
        for (;;) {
            item = obj_next(I, it);
            if (item == VAL_NULL) {
                if (I->exc != VAL_NULL) return VAL_NULL;
                return float_new(I, acc);
            }
            if (exact_float(I, item)) {
                acc += float_value(item);
                continue;
            }
            if (int_check(I, item)) {
                int64_t b;
                if (int_to_i64(I, item, &b)) {
                    acc += (double)b;
                    continue;
                }
                exc_clear(I);
            }
            break;
        }
        result = float_new(I, acc);
        if (result == VAL_NULL) return VAL_NULL;
        result = obj_binop(I, result, item, BINOP_ADD);
        if (result == VAL_NULL) return VAL_NULL;
    }
    for (;;) {
        item = obj_next(I, it);
        if (item == VAL_NULL) break;
        result = obj_binop(I, result, item, BINOP_ADD);
        if (result == VAL_NULL) return VAL_NULL;
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    return result;
}

static Value b_sum(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    size_t npos = args.n - args_nkw(kwnames);
    if (npos == 0)
        return exc_raise(I, TY_TYPE_ERROR, "sum() takes at least 1 positional argument (0 given)");
    Value iterable, start;
    if (!args_parse(I, args, kwnames, "sum", "iterable / | start", &iterable, &start)) return VAL_NULL;
    if (start == VAL_NULL) start = val_from_small(0);
    if (str_check(start))
        return exc_raise(I, TY_TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]");
    if (bytes_check(start))
        return exc_raise(I, TY_TYPE_ERROR, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (bytearray_check(start))
        return exc_raise(I, TY_TYPE_ERROR, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = obj_iter(I, iterable);
    if (it == VAL_NULL) return VAL_NULL;
    return do_sum(I, it, start);
}

/* ---- sorted ---- */

static Value b_sorted(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    size_t nkw = args_nkw(kwnames);
    size_t npos = args.n - nkw;
    if (npos != 1) return exc_raise(I, TY_TYPE_ERROR, "sorted expected 1 argument, got %zu", npos);
    Value l = obj_to_list(I, vview_get(args, 0));
    if (l == VAL_NULL) return VAL_NULL;
    if (nkw == 0) return list_sort(I, l, VAL_NULL, false) ? l : VAL_NULL;
    // With keywords, list.sort parses them (its messages name sort(), as CPython's do).
    Value sort = obj_getattr_cstr(I, l, "sort");
    if (sort == VAL_NULL) return VAL_NULL;
    if (obj_call(I, sort, vview_slice(args, 1, args.n), kwnames) == VAL_NULL) return VAL_NULL;
    return l;
}

/* ---- print / input ---- */

// sys.<name>, or VAL_NULL (with no exception) when sys or the attribute is missing.
static Value sys_get(Interp *I, const char *name) {
    if (I->sys == VAL_NULL) return VAL_NULL;
    Value d = module_dict(I->sys);
    if (d == VAL_NULL) return VAL_NULL;
    return dict_get_cstr(I, d, name);
}

// The one-character str [c] (ASCII).
static Value char_str(Interp *I, char c) {
    Value s = tuple_get(I->small_strs, (size_t)(unsigned char)c);
    if (s != VAL_NULL) return s;
    return str_from_codepoint(I, (uint32_t)(unsigned char)c);
}

static Value b_print(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    size_t nkw = args_nkw(kwnames);
    size_t npos = args.n - nkw;
    Value sep = VAL_NULL, end = VAL_NULL, file = VAL_NULL, flush = VAL_NULL;
    for (size_t k = 0; k < nkw; k++) {
        Value name = tuple_get(kwnames, k);
        Value v = vview_get(args, npos + k);
        if (str_eq_cstr(name, "sep")) sep = v;
        else if (str_eq_cstr(name, "end")) end = v;
        else if (str_eq_cstr(name, "file")) file = v;
        else if (str_eq_cstr(name, "flush")) flush = v;
        else
            return exc_raise(I, TY_TYPE_ERROR, "'%U' is an invalid keyword argument for print()",
                             name);
    }
    if (file == VAL_NULL || file == I->none) {
        file = sys_get(I, "stdout");
        if (file == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            return exc_raise(I, TY_RUNTIME_ERROR, "lost sys.stdout");
        }
        if (file == I->none) return I->none;
    }
    if (sep == VAL_NULL || sep == I->none) sep = char_str(I, ' ');
    else if (!str_check(sep))
        return exc_raise(I, TY_TYPE_ERROR, "sep must be None or a string, not %T", sep);
    if (end == VAL_NULL || end == I->none) end = char_str(I, '\n');
    else if (!str_check(end))
        return exc_raise(I, TY_TYPE_ERROR, "end must be None or a string, not %T", end);
    if (sep == VAL_NULL || end == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < npos; i++) {
        if (i > 0 && !iomod_write(I, file, sep)) return VAL_NULL;
        Value s = obj_str(I, vview_get(args, i));
        if (s == VAL_NULL || !iomod_write(I, file, s)) return VAL_NULL;
    }
    if (!iomod_write(I, file, end)) return VAL_NULL;
    if (flush != VAL_NULL) {
        int t = obj_truth(I, flush);
        if (t < 0) return VAL_NULL;
        if (t > 0 && !iomod_flush(I, file)) return VAL_NULL;
    }
    return I->none;
}

static Value b_input(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "input", 0, 1)) return VAL_NULL;
    Value fin = sys_get(I, "stdin");
    if (fin == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    if (fin == VAL_NULL || fin == I->none)
        return exc_raise(I, TY_RUNTIME_ERROR, "input(): lost sys.stdin");
    Value fout = sys_get(I, "stdout");
    if (fout == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    if (fout == VAL_NULL || fout == I->none)
        return exc_raise(I, TY_RUNTIME_ERROR, "input(): lost sys.stdout");
    Value ferr = sys_get(I, "stderr");
    if (ferr == VAL_NULL) exc_clear(I);
    if (ferr != VAL_NULL && ferr != I->none && !iomod_flush(I, ferr)) exc_clear(I);
    if (args.n == 1) {
        Value p = obj_str(I, vview_get(args, 0));
        if (p == VAL_NULL || !iomod_write(I, fout, p)) return VAL_NULL;
    }
    if (!iomod_flush(I, fout)) exc_clear(I);
    Value line = iomod_readline(I, fin);
    if (line == VAL_NULL) return VAL_NULL;
    if (bytes_check(line)) {
        BView b = bytes_view(line);
        if (b.n == 0) return exc_raise(I, TY_EOF_ERROR, "EOF when reading a line");
        if (bview_get(b, b.n - 1) == '\n') return bytes_new(I, bview_slice(b, 0, b.n - 1));
        return line;
    }
    if (!str_check(line)) return exc_raise(I, TY_TYPE_ERROR, "object.readline() returned non-string");
    BView v = str_view(line);
    if (v.n == 0) return exc_raise(I, TY_EOF_ERROR, "EOF when reading a line");
    if (bview_get(v, v.n - 1) == '\n') return str_new(I, bview_slice(v, 0, v.n - 1));
    return line;
}

const MethodDef builtins_seq_methods[] = {
    {"all", b_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"any", b_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"iter", b_iter, 0, "Get an iterator from an object."},
    {"next", b_next, 0, "Return the next item from the iterator."},
    {"max", b_max, 0,
     "max(iterable, *[, default=obj, key=func]) -> value\n"
     "max(arg1, arg2, *args, *[, key=func]) -> value\n\n"
     "With a single iterable argument, return its biggest item."},
    {"min", b_min, 0,
     "min(iterable, *[, default=obj, key=func]) -> value\n"
     "min(arg1, arg2, *args, *[, key=func]) -> value\n\n"
     "With a single iterable argument, return its smallest item."},
    {"sum", b_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"sorted", b_sorted, 0, "Return a new list containing all items from the iterable in ascending order."},
    {"print", b_print, 0, "Prints the values to a stream, or to sys.stdout by default."},
    {"input", b_input, 0, "Read a string from standard input.  The trailing newline is stripped."},
    {NULL, NULL, 0, NULL},
};
