/*
 * int_impl.h: the internal interface of the numbers family (int.c, int_text.c,
 * int_methods.c, float.c, float_format.c, complex.c). Nothing else includes it; the public
 * contracts are int.h, float.h and complex.h.
 *
 * Each declaration carries the prefix of the file that defines it.
 */
#ifndef SAFEPY_OBJECTS_INT_IMPL_H
#define SAFEPY_OBJECTS_INT_IMPL_H

#include "../kernel/bigint.h"
#include "fmtspec.h"
#include "int.h"

/* A read-only view of an int's sign and magnitude. For small ints the limbs live in
 * [tmp], so an IntRef must not be copied: fill it in place with int_ref and use it only
 * while the int it views is reachable (a C local holding the Value suffices). */
typedef struct IntRef {
    const uint32_t *d;
    size_t n;     /* normalised */
    bool neg;     /* never true for zero */
    uint32_t tmp[2];
} IntRef;

/* ---- int.c ---- */

/* Fills [r] with the value of int [v] (small or IntObject; anything else reads as 0). */
void int_ref(Value v, IntRef *r);

/* The int with sign [neg] and magnitude d[0 .. n) (normalised: unboxed when it fits).
 * [d] (from int_limbs) is adopted by the result, not copied. */
Value int_from_mag(Interp *I, bool neg, uint32_t *d, size_t n);

/* Same, copying the magnitude (for views of existing ints). */
Value int_from_mag_copy(Interp *I, bool neg, const uint32_t *d, size_t n);

/* A zeroed limb array of [n] limbs (n may be 0: one limb is allocated); MemoryError and
 * NULL when it cannot be had. */
uint32_t *int_limbs(Interp *I, size_t n);

/* Raises what a kernel status means for int arithmetic (K_NOMEM/K_OVERFLOW: MemoryError)
 * and returns false; true for K_OK. */
bool int_status(Interp *I, KStatus s);

/* Arithmetic on two ints (no type checks): the exact result or VAL_NULL with an
 * exception (ZeroDivisionError messages as CPython's). */
Value int_add(Interp *I, Value a, Value b);
Value int_sub(Interp *I, Value a, Value b);
Value int_mul(Interp *I, Value a, Value b);
Value int_floordiv(Interp *I, Value a, Value b);
Value int_mod(Interp *I, Value a, Value b);
/* Floor division and modulo at once; either out pointer may be NULL. */
bool int_divmod_parts(Interp *I, Value a, Value b, Value *q, Value *r);
Value int_neg(Interp *I, Value a);
Value int_abs(Interp *I, Value a);
Value int_pow(Interp *I, Value a, Value b);
Value int_truediv(Interp *I, Value a, Value b);
Value int_shift(Interp *I, Value a, Value b, bool left);

/* Rounds q (with [sticky]: the exact value is strictly above q) times 2**e to the nearest
 * double, ties to even, honouring the subnormal range (inf when too large). q must have
 * at least 55 significant bits. */
double int_round_scaled(uint64_t q, bool sticky, int64_t e);

/* Limit check of int<->str conversion: ValueError when [ndigits] (decimal) exceeds
 * I->int_max_str_digits (0: no limit). [parsing] selects the parse-side message. */
bool int_check_str_digits(Interp *I, uint64_t ndigits, bool parsing);

/* ---- int_text.c ---- */

/* Text of int [v] in [base] (2, 8, 10, 16) appended to [sb]: sign ("-") when
 * [with_sign], no prefix; uppercase letters when [upper]. Applies the digit limit for
 * base 10. */
bool int_text_append(Interp *I, StrBuilder *sb, Value v, int base, bool upper, bool with_sign);

/* int() parsing of code points or bytes: [text] is UTF-8 (is_bytes: raw bytes, ASCII only),
 * [orig] the object named in the error message (a str or bytes). */
Value int_parse(Interp *I, BView text, int base, bool is_bytes, Value orig);

/* ---- float_format.c ---- */

/* Formats double [x] by parsed spec [fs] (float.__format__ rules; [from_int] when called
 * for int's e/f/g/% types) into a new str. */
Value float_format_double(Interp *I, double x, const FormatSpec *fs);

/* Appends the shortest repr of [d] to [sb]: ".0" added to integral values when
 * [add_dot_0] (float repr) and a '+' before non-negative values when [force_sign]
 * (imaginary parts of complex reprs). */
bool float_repr_append(Interp *I, StrBuilder *sb, double d, bool add_dot_0, bool force_sign);

/* format(complex, spec) for a parsed [fs] (complex.__format__ rules: no zero padding, no
 * '=' alignment, parentheses only for the default type). */
Value float_format_complex(Interp *I, double re, double im, const FormatSpec *fs);

/* ---- float.c ---- */

/* a OP b on doubles with Python float semantics (ZeroDivisionError, OverflowError,
 * complex results of negative ** fractional). */
Value float_binop_double(Interp *I, double a, double b, BinOp op);

/* Compares int [i] with double [d] exactly: -1, 0, 1; 2 when d is nan. */
int float_compare_int_double(Interp *I, Value i, double d);

#endif
