/*
 * str_args.c: argument checking shared by the str and bytes methods, producing CPython's
 * exact messages for each calling convention (METH_NOARGS, METH_O, Argument Clinic
 * positional and keyword forms, PyArg_ParseTuple), plus the integer conversions of
 * width/count/start/end arguments.
 *
 * Invariant: parsed values are only ever read through vview_get and the fixed array of
 * StrArgs, so malformed calls cannot read outside the argument window.
 */
#include "args.h"
#include "exc.h"
#include "int.h"
#include "ops.h"
#include "str_impl.h"
#include "tuple.h"

static const char *plural(size_t n) { return n == 1 ? "" : "s"; }

// "str.center" -> "center", as a str (only built on error paths).
static Value short_name(Interp *I, const char *qual) {
    Value q = str_from_cstr(I, qual);
    if (q == VAL_NULL) return VAL_NULL;
    int64_t dot = bview_find_byte(str_view(q), '.', 0);
    if (dot < 0) return q;
    return str_substr(I, q, (size_t)dot + 1, str_len(q));
}

bool str_args_none(Interp *I, ValView args, Value kwnames, const char *qual) {
    if (kwnames == VAL_NULL && args.n == 0) return true; // the usual call: s.isalpha()
    size_t nkw = args_nkw(kwnames);
    if (nkw > 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no keyword arguments", qual);
        return false;
    }
    if (args.n > 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no arguments (%zu given)", qual, args.n);
        return false;
    }
    return true;
}

bool str_args_one(Interp *I, ValView args, Value kwnames, const char *qual) {
    if (args_nkw(kwnames) > 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no keyword arguments", qual);
        return false;
    }
    if (args.n != 1) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes exactly one argument (%zu given)", qual, args.n);
        return false;
    }
    return true;
}

bool str_args_pos(Interp *I, ValView args, Value kwnames, const char *qual, size_t min,
                  size_t max) {
    if (args_nkw(kwnames) > 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no keyword arguments", qual);
        return false;
    }
    if (args.n < min || args.n > max) {
        Value name = short_name(I, qual);
        if (name == VAL_NULL) return false;
        if (min == max)
            exc_raise(I, TY_TYPE_ERROR, "%U expected %zu argument%s, got %zu", name, min, plural(min), args.n);
        else if (args.n < min)
            exc_raise(I, TY_TYPE_ERROR, "%U expected at least %zu argument%s, got %zu", name, min, plural(min), args.n);
        else
            exc_raise(I, TY_TYPE_ERROR, "%U expected at most %zu argument%s, got %zu", name, max, plural(max), args.n);
        return false;
    }
    return true;
}

bool str_args_old(Interp *I, ValView args, Value kwnames, const char *qual, size_t min,
                  size_t max) {
    if (args_nkw(kwnames) > 0) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no keyword arguments", qual);
        return false;
    }
    if (args.n < min || args.n > max) {
        const char *how = min == max ? "exactly" : args.n < min ? "at least" : "at most";
        size_t lim = args.n < min ? min : max;
        Value name = short_name(I, qual);
        if (name == VAL_NULL) return false;
        exc_raise(I, TY_TYPE_ERROR, "%U() takes %s %zu argument%s (%zu given)", name, how, lim, plural(lim), args.n);
        return false;
    }
    return true;
}

const char *str_args_tname(Interp *I, Value v) { return v == I->none ? "None" : obj_type_name(I, v); }

// Index of parameter [kw] in the space-separated list [names], or -1.
static int param_index(Value kw, const char *names) {
    BView all = bview_cstr(names), k = str_view(kw);
    size_t start = 0;
    int idx = 0;
    while (start <= all.n) {
        int64_t sp = bview_find_byte(all, ' ', start);
        size_t end = sp < 0 ? all.n : (size_t)sp;
        if (bview_eq(bview_slice(all, start, end), k)) return idx;
        idx++;
        start = end + 1;
    }
    return -1;
}

bool str_args_kw(Interp *I, ValView args, Value kwnames, const char *name, const char *names,
                 StrArgs *out) {
    size_t nkw = args_nkw(kwnames);
    size_t npos = args.n >= nkw ? args.n - nkw : 0;
    size_t n = 1;
    BView all = bview_cstr(names);
    for (size_t i = 0; i < all.n; i++) {
        if (bview_get(all, i) == ' ') n++;
    }
    for (size_t k = 0; k < STR_ARGS_MAX; k++) out->v[k] = VAL_NULL;
    if (n > STR_ARGS_MAX) n = STR_ARGS_MAX;
    if (args.n > n) {
        exc_raise(I, TY_TYPE_ERROR, "%s() takes at most %zu %sargument%s (%zu given)", name, n,
                  npos == 0 ? "keyword " : "", plural(n), args.n);
        return false;
    }
    for (size_t k = 0; k < npos && k < STR_ARGS_MAX; k++) out->v[k] = vview_get(args, k);
    for (size_t k = 0; k < nkw; k++) {
        Value kw = tuple_get(kwnames, k);
        int j = param_index(kw, names);
        if (j < 0 || (size_t)j >= n) {
            exc_raise(I, TY_TYPE_ERROR, "'%U' is an invalid keyword argument for %s()", kw, name);
            return false;
        }
        if (out->v[j] != VAL_NULL) {
            exc_raise(I, TY_TYPE_ERROR, "argument for %s() given by name ('%U') and position (%d)",
                      name, kw, j + 1);
            return false;
        }
        out->v[j] = vview_get(args, npos + k);
    }
    return true;
}

static bool is_indexable(Interp *I, Value v) {
    if (int_check(I, v)) return true;
    Type *t = type_of(I, v);
    return t != NULL && t->index != NULL;
}


bool str_args_int(Interp *I, Value v, int *out) {
    int64_t x;
    Value iv = obj_index(I, v);
    if (iv == VAL_NULL) return false;
    bool ok = int_to_i64(I, iv, &x);
    if (!ok && !exc_pending_is(I, TY_OVERFLOW_ERROR)) return false;
    if (!ok || x > INT32_MAX || x < INT32_MIN) {
        exc_clear(I);
        exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C int");
        return false;
    }
    *out = (int)x;
    return true;
}

bool str_args_slice_index(Interp *I, Value v, int64_t *out) {
    if (v == VAL_NULL || v == I->none) return true;
    if (!is_indexable(I, v)) {
        exc_raise(I, TY_TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Value iv = obj_index(I, v);
    if (iv == VAL_NULL) return false;
    if (!int_to_i64(I, iv, out)) {
        if (!exc_pending_is(I, TY_OVERFLOW_ERROR)) return false;
        exc_clear(I);
        *out = int_sign(I, iv) < 0 ? INT64_MIN : INT64_MAX;
    }
    return true;
}

void str_args_adjust(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end = *end < -len ? 0 : *end + len;
    }
    if (*start < 0) *start = *start < -len ? 0 : *start + len;
}

