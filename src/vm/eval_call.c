/*
 * eval_call.c: binding call arguments to a Python function's parameters (CPython 3.11's
 * initialize_locals with the same error messages), closure cells, and unpacking the
 * operands of f(*args, **kwargs).
 *
 * Everything here goes through the checked ValVec API: the frame's storage is addressed
 * as (store, base + i) and the caller guarantees base + localsplus <= store->len.
 */
#include "eval_call.h"

#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

static Value get_local(const ValVec *s, size_t base, size_t i) { return vec_get(s, base + i); }

static void set_local(ValVec *s, size_t base, size_t i, Value v) {
    // in range: the caller reserved base + localsplus slots
    (void)vec_set(s, base + i, v);
}

// The items of tuple [t] (empty for VAL_NULL or a non-tuple): one view read with inline
// checked gets, instead of a tuple_get call per item (binding runs at every call).
static inline ValView tview(Value t) {
    TupleObject *o = tuple_cast(t);
    return o == NULL ? vview_make(NULL, 0) : vview_of_arr(&o->a);
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" from the names of the unset locals in
// [start, end).
static Value missing_names(Interp *I, CodeObject *co, const ValVec *s, size_t base,
                           size_t start, size_t end, size_t *count) {
    ValVec names;
    vec_init(&names);
    for (size_t i = start; i < end; i++) {
        if (get_local(s, base, i) != VAL_NULL) continue;
        if (vec_push(I->heap, &names, tuple_get(co->localnames, i)) != K_OK)
            return exc_nomem(I);
    }
    *count = names.len;
    StrBuilder sb;
    sb_init(&sb);
    for (size_t k = 0; k < names.len; k++) {
        if (k > 0) {
            const char *sep = names.len == 2 ? " and " : (k + 1 == names.len ? ", and " : ", ");
            if (!sb_add_cstr(I, &sb, sep)) return VAL_NULL;
        }
        if (!sb_add_format(I, &sb, "%R", vec_get(&names, k))) return VAL_NULL;
    }
    return sb_finish(I, &sb);
}

static bool missing_arguments(Interp *I, FuncObject *fn, CodeObject *co, const ValVec *s,
                              size_t base, int64_t defcount, bool positional) {
    size_t start, end;
    if (positional) {
        start = 0;
        end = co->argcount - (size_t)defcount;
    } else {
        start = co->argcount;
        end = start + co->kwonlyargcount;
    }
    size_t n = 0;
    Value list = missing_names(I, co, s, base, start, end, &n);
    if (list == VAL_NULL) return false;
    exc_raise(I, TY_TYPE_ERROR, "%U() missing %zu required %s argument%s: %U", fn->qualname, n,
              positional ? "positional" : "keyword-only", n == 1 ? "" : "s", list);
    return false;
}

static bool too_many_positional(Interp *I, FuncObject *fn, CodeObject *co, const ValVec *s,
                                size_t base, size_t given) {
    size_t kwonly_given = 0;
    for (size_t i = co->argcount; i < (size_t)co->argcount + co->kwonlyargcount; i++) {
        if (get_local(s, base, i) != VAL_NULL) kwonly_given++;
    }
    size_t defcount = fn->defaults != VAL_NULL ? tuple_len(fn->defaults) : 0;
    Value sig;
    bool plural;
    if (defcount > co->argcount) defcount = co->argcount;
    if (defcount) {
        plural = true;
        sig = str_from_format(I, "from %zu to %zu", (size_t)co->argcount - defcount,
                              (size_t)co->argcount);
    } else {
        plural = co->argcount != 1;
        sig = str_from_format(I, "%zu", (size_t)co->argcount);
    }
    if (sig == VAL_NULL) return false;
    Value kwsig = I->empty_str;
    if (kwonly_given) {
        kwsig = str_from_format(I, " positional argument%s (and %zu keyword-only argument%s)",
                                given != 1 ? "s" : "", kwonly_given,
                                kwonly_given != 1 ? "s" : "");
        if (kwsig == VAL_NULL) return false;
    }
    exc_raise(I, TY_TYPE_ERROR, "%U() takes %U positional argument%s but %zu%U %s given",
              fn->qualname, sig, plural ? "s" : "", given, kwsig,
              given == 1 && !kwonly_given ? "was" : "were");
    return false;
}

// True (with TypeError raised) when some keyword names a positional-only parameter.
static bool posonly_as_keyword(Interp *I, FuncObject *fn, CodeObject *co, Value kwnames) {
    StrBuilder sb;
    sb_init(&sb);
    size_t found = 0;
    size_t nkw = tuple_len(kwnames);
    for (size_t k = 0; k < co->posonlyargcount; k++) {
        Value name = tuple_get(co->localnames, k);
        for (size_t j = 0; j < nkw; j++) {
            Value kw = tuple_get(kwnames, j);
            if (kw == name || str_eq(kw, name)) {
                if (found > 0 && !sb_add_cstr(I, &sb, ", ")) return true;
                if (!sb_add_str(I, &sb, name)) return true;
                found++;
                break;
            }
        }
    }
    if (found == 0) return false;
    Value list = sb_finish(I, &sb);
    if (list == VAL_NULL) return true;
    exc_raise(I, TY_TYPE_ERROR,
              "%U() got some positional-only arguments passed as keyword arguments: '%U'",
              fn->qualname, list);
    return true;
}

// Index of the parameter named by [kw] itself (the compiler's interned names) among the
// named parameters that accept keywords, or -1.
static inline int64_t find_keyword_ident(CodeObject *co, ValView names, Value kw, size_t total) {
    for (size_t j = co->posonlyargcount; j < total; j++) {
        if (vview_get(names, j) == kw) return (int64_t)j;
    }
    return -1;
}

// Index of parameter [kw] (a str) among the named parameters that accept keywords, by
// equality (find_keyword_ident missed), or -1; -2 with an exception pending. An exact str
// compares its text; a str subclass's own __eq__ decides, as CPython's kw == name.
static int64_t find_keyword(Interp *I, CodeObject *co, ValView names, Value kw, size_t total) {
    size_t first = co->posonlyargcount;
    bool exact = type_of(I, kw) == interp_type(I, TY_STR);
    for (size_t j = first; j < total; j++) {
        int eq = exact ? str_eq(vview_get(names, j), kw)
                       : obj_richcmp_bool(I, kw, vview_get(names, j), CMP_EQ);
        if (eq < 0) return -2;
        if (eq) return (int64_t)j;
    }
    return -1;
}

// kwdefaults[name] for keyword-only parameter [name] (VAL_NULL: none, or an exception
// pending). MAKE_FUNCTION builds the dict from the code's own name constants in parameter
// order, so the entries are first searched by identity, from entry [hint] on (a deleted
// entry has VAL_NULL key and value), then by the full lookup.
static Value kwdefault(Interp *I, Value kwdefaults, Value name, size_t hint) {
    DictObject *d = dict_cast(kwdefaults);
    if (d != NULL) {
        size_t n = d->ents.len / 2;
        size_t k = hint < n ? hint : 0;
        for (size_t tries = 0; tries < n && tries < 8; tries++) {
            if (vec_get(&d->ents, 2 * k) == name) {
                Value v = vec_get(&d->ents, 2 * k + 1);
                if (v != VAL_NULL) return v;
                break;
            }
            k = k + 1 < n ? k + 1 : 0;
        }
    }
    return dict_get_name(I, kwdefaults, name);
}

bool eval_call_bind(Interp *I, FuncObject *fn, CodeObject *co, ValVec *store, size_t base,
                    ValView args, Value kwnames) {
    ValView kwv = tview(kwnames);
    size_t nkw = kwv.n;
    if (nkw > args.n) {
        exc_raise(I, TY_SYSTEM_ERROR, "bad keyword argument count");
        return false;
    }
    size_t argcount = args.n - nkw;
    size_t total = (size_t)co->argcount + co->kwonlyargcount;
    size_t nlocals = co->nlocals; // (a local: the stores below could alias co's fields)
    size_t n = argcount > co->argcount ? co->argcount : argcount;
    for (size_t j = 0; j < n; j++) set_local(store, base, j, vview_get(args, j));
    for (size_t i = n; i < nlocals; i++) set_local(store, base, i, VAL_NULL);
    ValView names = tview(co->localnames);

    Value kwdict = VAL_NULL;
    if (co->flags & CO_VARKEYWORDS) {
        // sized for the keywords passed (the most it gets), as a dict literal
        kwdict = nkw <= DICT_PRESIZE_MAX ? dict_new_presized(I, nkw) : dict_new(I);
        if (kwdict == VAL_NULL) return false;
        set_local(store, base, total + ((co->flags & CO_VARARGS) ? 1 : 0), kwdict);
    }
    if (co->flags & CO_VARARGS) {
        Value rest = tuple_from_view(I, vview_slice(args, n, argcount));
        if (rest == VAL_NULL) return false;
        set_local(store, base, total, rest);
    }

    for (size_t k = 0; k < nkw; k++) {
        Value kw = vview_get(kwv, k);
        Value v = vview_get(args, argcount + k);
        // (a keyword that is a parameter's own name is a str: the test is for the others)
        int64_t j = find_keyword_ident(co, names, kw, total);
        if (j < 0 && !str_check(kw)) {
            exc_raise(I, TY_TYPE_ERROR, "%U() keywords must be strings", fn->qualname);
            return false;
        }
        if (j < 0) j = find_keyword(I, co, names, kw, total);
        if (j == -2) return false;
        if (j < 0) {
            if (kwdict == VAL_NULL) {
                if (co->posonlyargcount && posonly_as_keyword(I, fn, co, kwnames)) return false;
                exc_raise(I, TY_TYPE_ERROR, "%U() got an unexpected keyword argument '%U'",
                          fn->qualname, kw);
                return false;
            }
            if (!dict_set(I, kwdict, kw, v)) return false;
            continue;
        }
        if (get_local(store, base, (size_t)j) != VAL_NULL) {
            exc_raise(I, TY_TYPE_ERROR, "%U() got multiple values for argument '%U'",
                      fn->qualname, kw);
            return false;
        }
        set_local(store, base, (size_t)j, v);
    }

    if (argcount > co->argcount && !(co->flags & CO_VARARGS))
        return too_many_positional(I, fn, co, store, base, argcount);

    if (argcount < co->argcount) {
        ValView dv = tview(fn->defaults);
        int64_t defcount = (int64_t)dv.n;
        if (defcount > (int64_t)co->argcount) defcount = co->argcount;
        size_t m = co->argcount - (size_t)defcount;
        size_t missing = 0;
        for (size_t i = argcount; i < m; i++) {
            if (get_local(store, base, i) == VAL_NULL) missing++;
        }
        if (missing) return missing_arguments(I, fn, co, store, base, defcount, true);
        size_t i = argcount > m ? argcount - m : 0;
        size_t dstart = dv.n - (size_t)defcount;
        for (; i < (size_t)defcount; i++) {
            if (get_local(store, base, m + i) == VAL_NULL)
                set_local(store, base, m + i, vview_get(dv, dstart + i));
        }
    }

    if (co->kwonlyargcount > 0) {
        size_t missing = 0;
        for (size_t i = co->argcount; i < total; i++) {
            if (get_local(store, base, i) != VAL_NULL) continue;
            if (fn->kwdefaults != VAL_NULL) {
                Value d = kwdefault(I, fn->kwdefaults, vview_get(names, i), i - co->argcount);
                if (d != VAL_NULL) {
                    set_local(store, base, i, d);
                    continue;
                }
                if (I->exc != VAL_NULL) return false;
            }
            missing++;
        }
        if (missing) return missing_arguments(I, fn, co, store, base, -1, false);
    }
    return true;
}

bool eval_call_check_closure(Interp *I, CodeObject *co, Value closure) {
    if (closure == VAL_NULL || closure == I->none) {
        if (co->nfrees == 0) return true;
        exc_raise(I, TY_TYPE_ERROR, "arg 5 (closure) must be tuple");
        return false;
    }
    TupleObject *t = tuple_cast(closure);
    if (t == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "arg 5 (closure) must be tuple");
        return false;
    }
    // one view of the items (checked reads, no call per item): run for every call of a
    // closure (a generator's too), so the walk is kept short
    ValView cv = vview_of_arr(&t->a);
    if (cv.n != co->nfrees) {
        exc_raise(I, TY_VALUE_ERROR, "%U requires closure of length %zu, not %zu", co->name,
                  (size_t)co->nfrees, cv.n);
        return false;
    }
    for (size_t i = 0; i < cv.n; i++) {
        if (cell_cast(vview_get(cv, i)) == NULL) {
            exc_raise(I, TY_TYPE_ERROR, "arg 5 (closure) expected cell, found %T", vview_get(cv, i));
            return false;
        }
    }
    return true;
}

bool eval_call_cells(Interp *I, Value closure, CodeObject *co, ValVec *store, size_t base) {
    size_t nl = co->nlocals;
    size_t nmap = co->ncells > 0 && co->cell2arg != VAL_NULL ? tuple_len(co->cell2arg) : 0;
    for (size_t i = 0; i < co->ncells; i++) {
        Value init = VAL_NULL;
        if (i < nmap) {
            intptr_t a = val_small(tuple_get(co->cell2arg, i));
            if (a >= 0) {
                init = get_local(store, base, (size_t)a);
                set_local(store, base, (size_t)a, VAL_NULL);
            }
        }
        Value c = cell_new(I, init);
        if (c == VAL_NULL) return false;
        set_local(store, base, nl + i, c);
    }
    if (co->nfrees > 0) {
        // the bounds in locals: the stores through [store] could alias [co]'s fields, so
        // the compiler would reload them on every cell (a generator of a closure runs this
        // at each creation)
        size_t nfree = co->nfrees, off = base + nl + co->ncells;
        TupleObject *t = tuple_cast(closure);
        ValView cv = t != NULL ? vview_of_arr(&t->a) : vview_make(NULL, 0);
        if (t == NULL || cv.n != nfree) {
            // not a tuple of nfree items: eval_call_check_closure raises its message
            if (eval_call_check_closure(I, co, closure))
                exc_raise(I, TY_SYSTEM_ERROR, "bad closure");
            return false;
        }
        // each item checked as it is copied (one pass; eval_call_check_closure's message)
        for (size_t i = 0; i < nfree; i++) {
            Value c = vview_get(cv, i);
            if (cell_cast(c) == NULL) {
                exc_raise(I, TY_TYPE_ERROR, "arg 5 (closure) expected cell, found %T", c);
                return false;
            }
            set_local(store, off, i, c);
        }
    }
    return true;
}

Value eval_call_funcstr(Interp *I, Value func) {
    Value qual = obj_lookup_attr(I, func, interp_name(I, N___qualname__));
    if (qual == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return obj_str(I, func);
    }
    if (!str_check(qual)) return obj_str(I, func);
    Value mod = obj_lookup_attr(I, func, interp_name(I, N___module__));
    if (mod == VAL_NULL && I->exc != VAL_NULL) exc_clear(I);
    if (mod != VAL_NULL && str_check(mod) && !str_eq_cstr(mod, "builtins"))
        return str_from_format(I, "%U.%U()", mod, qual);
    return str_from_format(I, "%U()", qual);
}

static bool has_keys(Interp *I, Value m) {
    Value k = obj_lookup_attr(I, m, interp_name(I, N_keys));
    if (k == VAL_NULL) {
        if (I->exc != VAL_NULL) exc_clear(I);
        return false;
    }
    return true;
}

bool eval_call_unpack(Interp *I, Value func, Value star, Value dstar, ValVec *out,
                      Value *kwnames) {
    *kwnames = VAL_NULL;
    if (type_of(I, star) == I->types[TY_TUPLE]) { // a subclass is iterated (its __iter__)
        ValView v = tuple_view(star);
        for (size_t i = 0; i < v.n; i++) {
            if (vec_push(I->heap, out, vview_get(v, i)) != K_OK) {
                exc_nomem(I);
                return false;
            }
        }
    } else {
        Value it = obj_iter(I, star);
        if (it == VAL_NULL) {
            if (exc_pending_is(I, TY_TYPE_ERROR) && type_of(I, star)->iter == NULL &&
                type_of(I, star)->getitem == NULL) {
                exc_clear(I);
                Value fs = eval_call_funcstr(I, func);
                if (fs == VAL_NULL) return false;
                exc_raise(I, TY_TYPE_ERROR, "%U argument after * must be an iterable, not %T",
                          fs, star);
            }
            return false;
        }
        if (!obj_length_hint_probe(I, star)) return false; // as CPython's PySequence_Tuple
        for (;;) {
            Value x = obj_next(I, it);
            if (x == VAL_NULL) {
                if (I->exc != VAL_NULL) return false;
                break;
            }
            if (vec_push(I->heap, out, x) != K_OK) {
                exc_nomem(I);
                return false;
            }
        }
    }
    if (dstar == VAL_NULL) return true;
    Value d = dstar;
    if (!dict_check(dstar)) {
        if (!has_keys(I, dstar)) {
            Value fs = eval_call_funcstr(I, func);
            if (fs == VAL_NULL) return false;
            exc_raise(I, TY_TYPE_ERROR, "%U argument after ** must be a mapping, not %T", fs,
                      dstar);
            return false;
        }
        d = dict_new(I);
        if (d == VAL_NULL || !dict_update(I, d, dstar)) return false;
    }
    size_t nkw = dict_len(d);
    if (nkw == 0) return true;
    Value names = tuple_new(I, nkw);
    if (names == VAL_NULL) return false;
    size_t pos = 0, k = 0;
    Value key, val;
    while (k < nkw && dict_next(d, &pos, &key, &val)) {
        if (!str_check(key)) {
            exc_raise(I, TY_TYPE_ERROR, "keywords must be strings");
            return false;
        }
        tuple_init_item(names, k++, key);
        if (vec_push(I->heap, out, val) != K_OK) {
            exc_nomem(I);
            return false;
        }
    }
    if (k != nkw) {
        exc_raise(I, TY_RUNTIME_ERROR, "dictionary changed size during iteration");
        return false;
    }
    *kwnames = names;
    return true;
}
