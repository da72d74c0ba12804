/*
 * eva_heap_stub.h: the GC heap as Eva sees it in the buf/vec/hindex drivers. heap_alloc
 * and heap_new either fail (NULL, as a full heap does) or return a fresh zero-filled
 * object of exactly [n] bytes (malloc under -eva-alloc-builtin fresh), so Eva checks
 * every access against the exact chunk size, with no size-class slack to hide an
 * off-by-one. The stub counts live chunks (heap.h's live_chunks) for leak assertions.
 * heap_chunk_size knows the most recent chunk only (its exact size; 0 for any other
 * address), which is what varr_init's drivers ask about.
 * heap.c itself (bitmaps, sweeping) is not covered by these drivers: see docs/SAFETY.md.
 */
#ifndef SAFEPY_EVA_HEAP_STUB_H
#define SAFEPY_EVA_HEAP_STUB_H

#include <stdlib.h>
#include <string.h>

#include "__fc_builtin.h"
#include "kernel/heap.h"

static const uint8_t *stub_last_chunk;
static size_t stub_last_size;

uint8_t *heap_alloc(Heap *h, size_t n, HeapKind kind) {
    (void)kind;
    if (n == 0 || n > 4096 || Frama_C_nondet(0, 1)) return NULL;
    uint8_t *p = malloc(n);
    if (p == NULL) return NULL;
    memset(p, 0, n);
    h->live_chunks++;
    stub_last_chunk = p;
    stub_last_size = n;
    return p;
}

size_t heap_chunk_size(const Heap *h, const void *p) {
    (void)h;
    return p != NULL && p == (const void *)stub_last_chunk ? stub_last_size : 0;
}

void *heap_new(Heap *h, size_t n, HeapKind kind) { return heap_alloc(h, n, kind); }

#endif
