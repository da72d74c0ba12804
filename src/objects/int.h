/*
 * int.h: Python int (arbitrary precision) and bool. Values in the small range are unboxed
 * (kernel/value.h); larger ones are IntObject with limbs from the kernel's bigint module.
 * bool's True/False are IntObjects of type bool.
 */
#ifndef SAFEPY_OBJECTS_INT_H
#define SAFEPY_OBJECTS_INT_H

#include "interp.h"

/* True when [v] is an int (incl. bool and subclasses). */
bool int_check(Interp *I, Value v);

/* An int Value for [x] (unboxed when it fits). */
Value int_from_i64(Interp *I, int64_t x);
Value int_from_u64(Interp *I, uint64_t x);

/* Parses [text] as int() does with [base] (0 = literal rules: prefixes, underscores).
 * Raises ValueError "invalid literal for int() with base %d: %R" on bad input. */
Value int_from_text(Interp *I, BView text, int base);

/* The value as int64; false with OverflowError when it doesn't fit. [v] must be an int. */
bool int_to_i64(Interp *I, Value v, int64_t *out);

/* The value as double; false with OverflowError "int too large to convert to float". */
bool int_to_double(Interp *I, Value v, double *out);

/* Normalised int from a float (truncates); raises for inf/nan. */
Value int_from_double(Interp *I, double d);

/* The decimal (or base 2/8/16) text of [v] (base prefix not included). */
Value int_to_str(Interp *I, Value v, int base);

/* Sign of an int: -1, 0, 1. */
int int_sign(Interp *I, Value v);

/* Hash of an int, as CPython computes it (modulo 2**61 - 1). */
int64_t int_hash(Interp *I, Value v);

/* Compares two ints: -1, 0, 1. */
int int_compare(Interp *I, Value a, Value b);

#endif
