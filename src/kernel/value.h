/*
 * value.h: the Value word, shared by every layer.
 *
 * A Value is one machine word. Bit 0 set: a small integer (the word shifted right by
 * one, arithmetically). Bit 0 clear and non-zero: the address of a GC heap chunk
 * (chunks are 8-byte aligned). Zero is VAL_NULL: "no value", which functions that can
 * raise return to say an exception is pending.
 *
 * Invariant: a non-int, non-null Value always points at the start of a live chunk of
 * the interpreter's heap. Only the kernel turns a Value into an address.
 */
#ifndef SAFEPY_KERNEL_VALUE_H
#define SAFEPY_KERNEL_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uintptr_t Value;

#define VAL_NULL ((Value)0)

/* Range of integers that fit unboxed in a Value. */
#define VAL_SMALL_MAX ((intptr_t)(INTPTR_MAX >> 1))
#define VAL_SMALL_MIN ((intptr_t)(INTPTR_MIN >> 1))

/* True when [v] is an unboxed small integer. */
static inline bool val_is_small(Value v) { return (v & 1u) != 0; }

/* True when [v] refers to a heap chunk (not null, not a small int). */
static inline bool val_is_ptr(Value v) { return v != 0 && (v & 1u) == 0; }

/* The integer held by a small-int Value [v]. Requires val_is_small(v). */
static inline intptr_t val_small(Value v) { return ((intptr_t)v) >> 1; }

/* Boxes [i], which must lie in [VAL_SMALL_MIN, VAL_SMALL_MAX]. */
static inline Value val_from_small(intptr_t i) { return (((uintptr_t)i) << 1) | 1u; }

/* True when [i] fits unboxed. */
static inline bool val_fits_small(intptr_t i) { return i >= VAL_SMALL_MIN && i <= VAL_SMALL_MAX; }

#endif
