/*
 * kstatus.h: the status every fallible kernel function returns. The kernel never builds
 * exceptions; the objects layer maps these to IndexError / MemoryError / OverflowError.
 */
#ifndef SAFEPY_KERNEL_KSTATUS_H
#define SAFEPY_KERNEL_KSTATUS_H

typedef enum {
    K_OK = 0,
    K_RANGE = 1,    /* index or range outside the valid bounds */
    K_NOMEM = 2,    /* the heap could not provide the memory */
    K_OVERFLOW = 3, /* a size computation would overflow */
    K_INVALID = 4   /* malformed input (encoding, syntax of a number, ...) */
} KStatus;

#define K_MUST __attribute__((warn_unused_result))

#include "kcheck.h"

#endif
