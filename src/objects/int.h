/*
 * int.h: Python int (arbitrary precision) and bool. Values in the small range are unboxed
 * (kernel/value.h); larger ones are IntObject with limbs from the kernel's bigint module.
 * bool's True/False are IntObjects of type bool.
 */
#ifndef SAFEPY_OBJECTS_INT_H
#define SAFEPY_OBJECTS_INT_H

#include "interp.h"

/* A boxed int: any int outside the small range, True/False, and every instance of an int
 * subclass. The magnitude is n limbs (kernel/bigint.h, least significant first, no high
 * zero limb) in a HEAP_RAW chunk; zero has n == 0 and neg == false. An exact int whose
 * value fits the small range is never boxed (results are normalised). */
typedef struct IntObject {
    Obj h;
    bool neg;
    uint32_t cap; /* limbs allocated when known to be more than n (int_arith_tmp), else n */
    size_t n;
    uint32_t *limbs;
} IntObject;
OBJ_CAST_FN(int_cast, IntObject, K_INT)

/* True when [v] is an int (incl. bool and subclasses). */
bool int_check(Interp *I, Value v);

/* An int Value for [x] (unboxed when it fits). */
Value int_from_i64(Interp *I, int64_t x);
Value int_from_u64(Interp *I, uint64_t x);

/* The int whose magnitude is the unsigned number in bytes [mag] (big-endian when [big],
 * else little-endian), negated when [neg]; linear in the length. */
Value int_from_bytes_mag(Interp *I, BView mag, bool big, bool neg);

/* Parses [text] as int() does with [base] (0 = literal rules: prefixes, underscores).
 * Raises ValueError "invalid literal for int() with base %d: %R" on bad input. */
Value int_from_text(Interp *I, BView text, int base);

/* The value as int64; false with OverflowError when it doesn't fit. [v] must be an int. */
bool int_to_i64(Interp *I, Value v, int64_t *out);

/* [v].__index__() as a C int argument (CPython's "i" conversion): TypeError for a
 * non-integer, OverflowError "Python int too large to convert to C int" outside the
 * int32 range. */
bool int_index_c_int(Interp *I, Value v, int64_t *out);

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

/* The int and bool types (TY_INT, TY_BOOL). */
extern const TypeSpec int_spec;
extern const TypeSpec bool_spec;

/* Creates the True or False object (an IntObject of value 1/0 whose type is bool); the
 * interpreter calls this once for each and keeps them in I->true_ / I->false_. */
Value bool_new_singleton(Interp *I, bool v);

/* pow(a, b, m) for ints (builtin pow with three arguments): ValueError "pow() 3rd
 * argument cannot be 0", "base is not invertible for the given modulus"; TypeError "pow()
 * 3rd argument not allowed unless all arguments are integers" for non-ints. */
Value int_powmod(Interp *I, Value a, Value b, Value m);

/* divmod(a, b) for two ints: the tuple (a // b, a % b); NotImplemented when either is not
 * an int. */
Value int_divmod(Interp *I, Value a, Value b);

/* The result of the int slot binop / richcmp / unary (also usable directly). */
Value int_binop(Interp *I, Value a, Value b, BinOp op);
/* a + b, a - b or a * b ([op]) for exact ints that are not both small, for BINARY_OP.
 * [flags] are its BINOP_TMP_* bits; [*fresh] is the int this function made last (or
 * another value). An operand so flagged that is also [*fresh] is a boxed exact int whose
 * only reference is the caller's value-stack slot: its box and limbs then take the result
 * when it fits in them (no allocation). The result (a small int, that operand, or a new
 * exact int no one else holds) becomes [*fresh]. */
Value int_arith_tmp(Interp *I, Value a, Value b, BinOp op, unsigned flags, Value *fresh);

/* Both [a] and [b] are exact ints (small, or boxed of type int itself). */
static inline bool int_exact_pair(Interp *I, Value a, Value b) {
    Type *it = interp_type(I, TY_INT);
    IntObject *x = val_is_small(a) ? NULL : int_cast(a), *y = val_is_small(b) ? NULL : int_cast(b);
    return (val_is_small(a) || (x != NULL && x->h.type == it)) &&
           (val_is_small(b) || (y != NULL && y->h.type == it));
}
Value int_richcmp(Interp *I, Value a, Value b, CmpOp op);

/* The exact int with the value of int (or int subclass instance) [v]. */
Value int_exact(Interp *I, Value v);

/* An instance of int subclass [t] (or int itself) with the value of int [v]. */
Value int_new_of_type(Interp *I, Type *t, Value v);

/* int(x) for one argument: __int__, __index__, __trunc__, str/bytes parsing, float. */
Value int_from_object(Interp *I, Value x);

/* format(int, spec) (the int type's format slot). */
Value int_format(Interp *I, Value self, Value spec);

/* Number of significant bits of |v| for an int [v]. */
uint64_t int_bit_length(Interp *I, Value v);

/* True when int [v] is zero / odd. */
bool int_is_zero(Value v);
bool int_is_odd(Value v);

#endif
