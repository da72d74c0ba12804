/*
 * test_heap_weak.c: weak cells and the emergency reserve of the GC heap: a weak cell
 * does not keep its target alive and reads 0 once the target was collected, keeps a
 * reachable target, tolerates non-heap targets; a failed allocation releases the
 * reserve so the next one succeeds.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "kernel/heap.h"
#include "ktest.h"

static uint8_t *map_region(size_t n) {
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

// Makes a chunk only a weak cell refers to; the chunk's address never stays in this frame.
static __attribute__((noinline)) void *weak_to_garbage(Heap *h, Value *scan_slot) {
    uint8_t *target = heap_alloc(h, 64, HEAP_RAW);
    if (target == NULL) return NULL;
    void *cell = heap_weak_new(h, (Value)(uintptr_t)target);
    *scan_slot = (Value)(uintptr_t)cell; // keeps the cell (not its target) reachable
    return NULL;
}

static __attribute__((noinline)) void clobber_stack(void) {
    volatile uintptr_t junk[256];
    for (size_t i = 0; i < 256; i++) junk[i] = 0;
    (void)junk[0];
}

int main(void) {
    size_t size = (size_t)8 << 20;
    uint8_t *region = map_region(size);
    CHECK(region != NULL);
    Heap *h = calloc(1, sizeof *h);
    CHECK(heap_init_fresh(h, region, size));
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));

    // a root chunk holds the cells; their targets are garbage (a stray copy of one
    // address on the stack may keep that one, as the collector is conservative)
    Value *holder = heap_new(h, 4 * sizeof(Value), HEAP_SCAN);
    CHECK(holder != NULL && heap_add_root(h, (Value)(uintptr_t)holder));
    Value *cells = heap_new(h, 64 * sizeof(Value), HEAP_SCAN);
    CHECK(cells != NULL && heap_add_root(h, (Value)(uintptr_t)cells));
    for (size_t k = 0; k < 64; k++) (void)weak_to_garbage(h, &cells[k]);
    clobber_stack();
    size_t set = 0, cleared = 0;
    for (size_t k = 0; k < 64; k++) set += heap_weak_get((void *)(uintptr_t)cells[k]) != 0;
    CHECK(set == 64);
    heap_collect(h);
    for (size_t k = 0; k < 64; k++) cleared += heap_weak_get((void *)(uintptr_t)cells[k]) == 0;
    CHECK(cleared >= 60);

    // a reachable target stays
    uint8_t *kept = heap_alloc(h, 64, HEAP_RAW);
    holder[1] = (Value)(uintptr_t)kept;
    holder[2] = (Value)(uintptr_t)heap_weak_new(h, (Value)(uintptr_t)kept);
    heap_collect(h);
    CHECK(heap_weak_get((void *)(uintptr_t)holder[2]) == (Value)(uintptr_t)kept);

    // non-heap targets (small ints) are never cleared
    holder[3] = (Value)(uintptr_t)heap_weak_new(h, 7);
    heap_collect(h);
    CHECK(heap_weak_get((void *)(uintptr_t)holder[3]) == 7);
    CHECK(heap_weak_get(NULL) == 0);

    // the reserve: filling the heap fails once, then the reserve serves a few more
    Value *keep = heap_new(h, 4096 * sizeof(Value), HEAP_SCAN);
    CHECK(keep != NULL && heap_add_root(h, (Value)(uintptr_t)keep));
    size_t i = 0;
    for (; i < 4096; i++) {
        uint8_t *q = heap_alloc(h, 30000, HEAP_RAW);
        if (q == NULL) break;
        keep[i] = (Value)(uintptr_t)q;
    }
    CHECK(i < 4096);
    CHECK(!h->reserve_armed);
    CHECK(heap_alloc(h, 30000, HEAP_RAW) != NULL);
    // dropping the data re-arms the reserve at the next collection
    memset(keep, 0, 4096 * sizeof(Value));
    heap_collect(h);
    CHECK(h->reserve_armed);
    return ktest_done();
}
