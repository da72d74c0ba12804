/*
 * float_exact.h: exact decimal <-> double conversions in 128-bit integer arithmetic for
 * the common values that the double-arithmetic fast paths (Clinger's) cannot decide: 16
 * and 17 significant digits, as computed floats print (0.30000000000000004,
 * 48.850100000000005). Each returns false when the value is outside the range the 128-bit
 * products cover; the caller then takes kernel/dtoa's big-integer algorithm, which gives
 * the same result.
 */
#ifndef SAFEPY_OBJECTS_FLOAT_EXACT_H
#define SAFEPY_OBJECTS_FLOAT_EXACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* 10^0 .. 10^22: every one is exactly a double (10^22 = 2^22 * 5^22, 5^22 < 2^53); the
 * fast paths of float.c and float_format.c multiply or divide by them. */
extern const double float_exact_pow10[23];

/* Decimal digits D (ASCII, no trailing zeros) of a value 0.D * 10^decpt, as dtoa_shortest
 * gives them. */
typedef struct FloatDigits {
    uint8_t d[20];
    size_t n;
    int decpt;
} FloatDigits;

/* Shortest round-trip digits of finite [a] > 0 into [out] (out->n <= 17). Covers normal
 * doubles from about 1.5e-5 up to 2^53. */
bool float_exact_shortest(double a, FloatDigits *out);

/* The double nearest to [m] / 10^[k] (ties to even), for 1 <= k <= 21 and a quotient
 * between about 0.002 and 2^55. */
bool float_exact_parse(uint64_t m, int k, double *out);

#endif
