/*
 * fuzz_kernel.h: shared setup for the kernel-only libFuzzer harnesses (fuzz_buf, fuzz_vec,
 * fuzz_bigint, fuzz_dtoa, fuzz_hindex): a byte reader over the input and a fresh GC heap
 * per input in one reused region (FZK_HEAP bytes, so exhaustion paths are reached too).
 * The heap's stack base is the harness's frame, so the collector may run mid-input and
 * must keep everything the harness holds in locals.
 */
#ifndef SAFEPY_FUZZ_KERNEL_H
#define SAFEPY_FUZZ_KERNEL_H

#include <stdlib.h>
#include <string.h>

#include "../../src/kernel/heap.h"

#ifndef FZK_HEAP
#define FZK_HEAP ((size_t)8 << 20)
#endif

#define FZ_CHECK(c)                                                                       \
    do {                                                                                  \
        if (!(c)) {                                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);         \
            abort();                                                                      \
        }                                                                                 \
    } while (0)

typedef struct FzIn {
    const uint8_t *p;
    size_t n;
} FzIn;

static uint8_t fz_u8(FzIn *in) {
    if (in->n == 0) return 0;
    uint8_t b = in->p[0];
    in->p++;
    in->n--;
    return b;
}

static uint64_t fz_u64(FzIn *in, size_t nbytes) {
    uint64_t x = 0;
    for (size_t i = 0; i < nbytes; i++) x = x << 8 | fz_u8(in);
    return x;
}

/* A size: mostly small, sometimes near SIZE_MAX or a power of two (adversarial). */
static size_t fz_size(FzIn *in, size_t small) {
    uint8_t k = fz_u8(in);
    switch (k >> 5) {
    case 0: return SIZE_MAX - (k & 31);
    case 1: return (size_t)1 << (k & 63);
    case 2: return ((size_t)1 << (k & 63)) - 1;
    default: return small == 0 ? 0 : (size_t)fz_u64(in, 2) % (small + 1);
    }
}

/* Takes [k] bytes of input (fewer at the end). */
static const uint8_t *fz_bytes(FzIn *in, size_t k, size_t *got) {
    if (k > in->n) k = in->n;
    const uint8_t *r = in->p;
    in->p += k;
    in->n -= k;
    *got = k;
    return r;
}

/* A fresh heap for this input. */
static Heap *fz_heap(void *stack_base) {
    static uint8_t *region;
    static Heap heap;
    if (region == NULL) region = malloc(FZK_HEAP);
    if (region == NULL) abort();
    memset(&heap, 0, sizeof heap);
    if (!heap_init(&heap, region, FZK_HEAP)) abort();
    heap_set_stack_base(&heap, (uintptr_t)stack_base);
    return &heap;
}

#endif
