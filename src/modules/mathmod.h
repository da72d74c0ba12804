/*
 * mathmod.h: shared pieces of the math module, which is split into mathmod.c (float
 * functions, constants, module init) and mathmod_int.c (integer functions: gcd, lcm,
 * isqrt, factorial, comb, perm, prod). The cmath module reuses the error helpers.
 */
#ifndef SAFEPY_MODULES_MATHMOD_H
#define SAFEPY_MODULES_MATHMOD_H

#include "../objects/interp.h"

/* The integer functions' MethodDef table (mathmod_int.c), added by mathmod_init. */
extern const MethodDef mathmod_int_methods[];

/* Raises ValueError "math domain error" / OverflowError "math range error"; VAL_NULL. */
Value mathmod_domain_error(Interp *I);
Value mathmod_range_error(Interp *I);

/* Checks that a METH_O style function [fname] got exactly one positional argument and
 * no keywords, with CPython's messages; false with TypeError otherwise. */
bool mathmod_one_arg(Interp *I, ValView args, Value kwnames, const char *fname);

/* args_count for function [fname] of module [mod] ("math"): keywords are refused as
 * "mod.fname() takes no keyword arguments", counts as "fname expected ...". */
bool mathmod_count(Interp *I, ValView args, Value kwnames, const char *mod, const char *fname,
                   size_t min, size_t max);

#endif
