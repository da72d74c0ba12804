/*
 * args.h: argument parsing for C functions, with CPython's error messages.
 */
#ifndef SAFEPY_OBJECTS_ARGS_H
#define SAFEPY_OBJECTS_ARGS_H

#include "interp.h"

/* Parses [args]/[kwnames] for function [fname] against [spec]: parameter names separated
 * by spaces; "|" marks the start of optional ones, "$" the start of keyword-only ones,
 * "/" ends the positional-only ones (placed after them), "*" collects extra positionals
 * into a tuple (its Value* out gets the tuple). One Value* per name follows, in order;
 * omitted optional parameters are set to VAL_NULL.
 * Example: args_parse(I, a, kw, "sorted", "iterable / | $ key reverse", &it, &key, &rev). */
bool args_parse(Interp *I, ValView args, Value kwnames, const char *fname, const char *spec,
                ...);

/* Raises "[fname]() takes no keyword arguments" when kwnames is not empty. */
bool args_no_kw_slow(Interp *I, Value kwnames, const char *fname);
static inline bool args_no_kw(Interp *I, Value kwnames, const char *fname) {
    // (inline: the check every builtin makes on each call costs a compare)
    return kwnames == VAL_NULL || args_no_kw_slow(I, kwnames, fname);
}

/* The keyword check of the __new__ of a builtin type that takes no keyword arguments and
 * does not define __init__ (map, filter, itertools.chain...), as CPython makes it: the
 * keywords are refused ("[fname]() takes no keyword arguments") only when [t] keeps
 * object.__init__; a subclass with its own __init__ may take keywords, which __new__
 * then ignores: they are dropped from [*args] (kwnames no longer applies to it). */
bool args_new_no_kw(Interp *I, Type *t, ValView *args, Value kwnames, const char *fname);

/* Checks the positional count is in [min, max] (no keywords allowed), with CPython's
 * messages ("[fname] expected at most 2 arguments, got 3", "[fname] expected 1 argument,
 * got 0", ...). */
bool args_count_slow(Interp *I, ValView args, Value kwnames, const char *fname, size_t min,
                     size_t max);
static inline bool args_count(Interp *I, ValView args, Value kwnames, const char *fname,
                              size_t min, size_t max) {
    if (kwnames == VAL_NULL && args.n >= min && args.n <= max) return true;
    return args_count_slow(I, args, kwnames, fname, min, max);
}

/* CPython's METH_O check: exactly one positional argument, no keywords
 * ("[fname]() takes exactly one argument (0 given)"; fname qualified: "dict.__getitem__"). */
bool args_one_slow(Interp *I, ValView args, Value kwnames, const char *fname);
static inline bool args_one(Interp *I, ValView args, Value kwnames, const char *fname) {
    return (kwnames == VAL_NULL && args.n == 1) || args_one_slow(I, args, kwnames, fname);
}

/* Number of keyword arguments. */
size_t args_nkw_slow(Value kwnames);
static inline size_t args_nkw(Value kwnames) {
    return kwnames == VAL_NULL ? 0 : args_nkw_slow(kwnames);
}

/* A Py_ssize_t argument (argument clinic's converter): v.__index__() as int64,
 * OverflowError "Python int too large to convert to C ssize_t" when it does not fit. */
bool args_ssize(Interp *I, Value v, int64_t *out);

#endif
