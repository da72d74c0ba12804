/*
 * args.c: argument parsing for C functions (args.h) with CPython 3.11's messages: the
 * argument-clinic style ("f() takes at most 2 arguments (3 given)", "f() missing
 * required argument 'x' (pos 1)", "'k' is an invalid keyword argument for f()") for
 * functions with keyword parameters, and the positional style ("f expected at most 1
 * argument, got 2") for purely positional ones.
 *
 * Invariant: on success every output pointer has been written (VAL_NULL for omitted
 * optional parameters); on failure an exception is pending and outputs are unspecified.
 */
#include "args.h"

#include <stdarg.h>

#include "exc.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#define ARGS_MAX 32

bool args_ssize(Interp *I, Value v, int64_t *out) {
    Value iv = obj_index(I, v);
    if (iv == VAL_NULL) return false;
    if (!int_to_i64(I, iv, out)) {
        if (exc_pending_is(I, TY_OVERFLOW_ERROR)) {
            exc_clear(I);
            exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        return false;
    }
    return true;
}

size_t args_nkw_slow(Value kwnames) { return kwnames == VAL_NULL ? 0 : tuple_len(kwnames); }

bool args_no_kw_slow(Interp *I, Value kwnames, const char *fname) {
    if (args_nkw(kwnames) == 0) return true;
    exc_raise(I, TY_TYPE_ERROR, "%s() takes no keyword arguments", fname);
    return false;
}

bool args_new_no_kw(Interp *I, Type *t, ValView *args, Value kwnames, const char *fname) {
    size_t nkw = args_nkw(kwnames);
    if (nkw == 0) return true;
    Value init = interp_name(I, N___init__);
    if (type_lookup(I, t, init) == type_lookup(I, interp_type(I, TY_OBJECT), init))
        return args_no_kw(I, kwnames, fname);
    args->n -= nkw;
    return true;
}

// "f expected at most 2 arguments, got 3" and friends.
static bool positional_error(Interp *I, const char *fname, size_t min, size_t max, size_t n) {
    if (min == max)
        exc_raise(I, TY_TYPE_ERROR, "%s expected %zu argument%s, got %zu", fname, min,
                  min == 1 ? "" : "s", n);
    else if (n < min)
        exc_raise(I, TY_TYPE_ERROR, "%s expected at least %zu argument%s, got %zu", fname, min,
                  min == 1 ? "" : "s", n);
    else
        exc_raise(I, TY_TYPE_ERROR, "%s expected at most %zu argument%s, got %zu", fname, max,
                  max == 1 ? "" : "s", n);
    return false;
}

bool args_count_slow(Interp *I, ValView args, Value kwnames, const char *fname, size_t min,
                     size_t max) {
    if (!args_no_kw(I, kwnames, fname)) return false;
    if (max == 0 && args.n > 0) {
        // CPython's METH_NOARGS message (its fname is qualified: "int.bit_length")
        exc_raise(I, TY_TYPE_ERROR, "%s() takes no arguments (%zu given)", fname, args.n);
        return false;
    }
    if (args.n < min || args.n > max) return positional_error(I, fname, min, max, args.n);
    return true;
}

bool args_one_slow(Interp *I, ValView args, Value kwnames, const char *fname) {
    if (!args_no_kw(I, kwnames, fname)) return false;
    if (args.n == 1) return true;
    exc_raise(I, TY_TYPE_ERROR, "%s() takes exactly one argument (%zu given)", fname, args.n);
    return false;
}

typedef struct Param {
    BView name;
    bool posonly, optional, kwonly;
} Param;

typedef struct Spec {
    Param p[ARGS_MAX];
    size_t n;        /* parameters (without the star) */
    int star;        /* output slot of "*", or -1 */
    size_t nout;     /* output slots (parameters + star) */
    int slot[ARGS_MAX]; /* output slot of each parameter */
} Spec;

// Splits [spec] into parameters. False (SystemError) for a malformed spec.
static bool parse_spec(Interp *I, const char *spec, Spec *s) {
    BView v = bview_cstr(spec);
    s->n = 0;
    s->star = -1;
    s->nout = 0;
    bool optional = false, kwonly = false;
    size_t i = 0;
    while (i < v.n) {
        while (i < v.n && bview_get(v, i) == ' ') i++;
        size_t j = i;
        while (j < v.n && bview_get(v, j) != ' ') j++;
        if (j == i) break;
        BView tok = bview_slice(v, i, j);
        i = j;
        if (bview_eq_cstr(tok, "|")) {
            optional = true;
        } else if (bview_eq_cstr(tok, "$")) {
            kwonly = true;
        } else if (bview_eq_cstr(tok, "/")) {
            for (size_t k = 0; k < s->n; k++) s->p[k].posonly = true;
        } else if (bview_eq_cstr(tok, "*")) {
            if (s->nout >= ARGS_MAX) break;
            s->star = (int)s->nout++;
            kwonly = true;
        } else {
            if (s->n >= ARGS_MAX || s->nout >= ARGS_MAX) {
                exc_raise(I, TY_SYSTEM_ERROR, "argument spec too long");
                return false;
            }
            Param *p = &s->p[s->n];
            p->name = tok;
            p->posonly = false;
            p->optional = optional;
            p->kwonly = kwonly;
            s->slot[s->n] = (int)s->nout++;
            s->n++;
        }
    }
    return true;
}

static Value param_str(Interp *I, const Param *p) { return str_new(I, p->name); }

// The positional arguments [s] accepts: *maxpos parameters are not keyword-only, the
// first *minpos of them are required.
static void positional_range(const Spec *s, size_t *minpos, size_t *maxpos) {
    *minpos = *maxpos = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (s->p[i].kwonly) continue;
        (*maxpos)++;
        if (!s->p[i].optional) *minpos = *maxpos;
    }
}

// Memoises the shape of [spec] for calls without keywords: simple when it has no "*" and
// no required keyword-only parameter, so that such a call with [minpos, maxpos]
// positional arguments binds them one to one to the leading parameters, the rest left
// VAL_NULL. Anything else takes args_parse's general path (errors included).
static void spec_shape(Interp *I, const char *spec, ArgSpecMemo *m) {
    Spec s;
    bool parsed = parse_spec(I, spec, &s);
    if (!parsed) exc_clear(I); // a malformed spec: the general path raises it again
    bool simple = parsed && s.star < 0;
    for (size_t i = 0; simple && i < s.n; i++)
        if (s.p[i].kwonly && !s.p[i].optional) simple = false;
    size_t minpos = 0, maxpos = 0;
    if (simple) positional_range(&s, &minpos, &maxpos);
    m->spec = spec;
    m->n = (uint8_t)(simple ? s.n : 0);
    m->minpos = (uint8_t)minpos;
    m->maxpos = (uint8_t)maxpos;
    m->simple = simple;
}

bool args_parse(Interp *I, ValView args, Value kwnames, const char *fname, const char *spec,
                ...) {
    if (args_nkw(kwnames) == 0) {
        ArgSpecMemo *m = &I->argspec[((uintptr_t)spec >> 3) % ARGSPEC_MEMO];
        if (m->spec != spec) spec_shape(I, spec, m);
        if (m->simple && args.n >= m->minpos && args.n <= m->maxpos) {
            va_list ap;
            va_start(ap, spec);
            for (size_t i = 0; i < m->n; i++) {
                Value *o = va_arg(ap, Value *);
                *o = i < args.n ? vview_get(args, i) : VAL_NULL;
            }
            va_end(ap);
            return true;
        }
    }
    Spec s;
    if (!parse_spec(I, spec, &s)) return false;
    Value *outs[ARGS_MAX];
    va_list ap;
    va_start(ap, spec);
    for (size_t i = 0; i < s.nout; i++) outs[i] = va_arg(ap, Value *);
    va_end(ap);
    Value vals[ARGS_MAX];
    for (size_t i = 0; i < ARGS_MAX; i++) vals[i] = VAL_NULL;

    size_t nkw = args_nkw(kwnames);
    size_t npos = args.n >= nkw ? args.n - nkw : 0;
    size_t maxpos, minpos;
    positional_range(&s, &minpos, &maxpos);
    bool any_kw = false;
    for (size_t i = 0; i < s.n; i++)
        if (!s.p[i].posonly) any_kw = true;
    if (!any_kw && s.star < 0) {
        if (!args_no_kw(I, kwnames, fname)) return false;
        if (npos < minpos || npos > maxpos) return positional_error(I, fname, minpos, maxpos, npos);
    }
    if (s.star < 0) {
        if (npos + nkw > s.n) {
            exc_raise(I, TY_TYPE_ERROR, "%s() takes at most %zu %sargument%s (%zu given)", fname,
                      s.n, npos == 0 ? "keyword " : "", s.n == 1 ? "" : "s", npos + nkw);
            return false;
        }
        // a missing positional-only argument is counted, not named (CPython's clinic)
        size_t minposonly = 0;
        for (size_t i = 0; i < s.n && s.p[i].posonly; i++)
            if (!s.p[i].optional) minposonly = i + 1;
        if (npos < minposonly && npos <= maxpos) {
            exc_raise(I, TY_TYPE_ERROR, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                      minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", npos);
            return false;
        }
        if (npos > maxpos) {
            if (maxpos == 0)
                exc_raise(I, TY_TYPE_ERROR, "%s() takes no positional arguments", fname);
            else
                exc_raise(I, TY_TYPE_ERROR, "%s() takes %s %zu positional argument%s (%zu given)",
                          fname, minpos < maxpos ? "at most" : "exactly", maxpos,
                          maxpos == 1 ? "" : "s", npos);
            return false;
        }
    }
    size_t take = npos < maxpos ? npos : maxpos;
    for (size_t i = 0; i < take; i++) vals[i] = vview_get(args, i);
    if (s.star >= 0) {
        Value extra = tuple_from_view(I, vview_slice(args, take, npos));
        if (extra == VAL_NULL) return false;
        *outs[s.star] = extra;
    }
    // As CPython's parsers: a missing required argument is reported before a keyword
    // given with its position, and that before an unknown keyword (the first of each).
    Value unknown = VAL_NULL, twice = VAL_NULL;
    size_t twice_at = 0;
    for (size_t k = 0; k < nkw; k++) {
        Value key = tuple_get(kwnames, k);
        BView kv = str_view(key);
        size_t found = s.n;
        for (size_t i = 0; i < s.n; i++)
            if (!s.p[i].posonly && bview_eq(s.p[i].name, kv)) found = i;
        if (found == s.n) {
            if (unknown == VAL_NULL) unknown = key;
        } else if (vals[found] != VAL_NULL) {
            if (twice == VAL_NULL) {
                twice = key;
                twice_at = found + 1;
            }
        } else {
            vals[found] = vview_get(args, npos + k);
        }
    }
    for (size_t i = 0; i < s.n; i++) {
        if (vals[i] != VAL_NULL || s.p[i].optional) continue;
        Value nm = param_str(I, &s.p[i]);
        if (nm == VAL_NULL) return false;
        if (s.p[i].kwonly)
            exc_raise(I, TY_TYPE_ERROR, "%s() missing required keyword-only argument '%U'", fname, nm);
        else
            exc_raise(I, TY_TYPE_ERROR, "%s() missing required argument '%U' (pos %zu)", fname, nm,
                      i + 1);
        return false;
    }
    if (twice != VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "argument for %s() given by name (%R) and position (%zu)", fname,
                  twice, twice_at);
        return false;
    }
    if (unknown != VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "%R is an invalid keyword argument for %s()", unknown, fname);
        return false;
    }
    for (size_t i = 0; i < s.n; i++) *outs[s.slot[i]] = vals[i];
    return true;
}
