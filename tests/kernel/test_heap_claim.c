/*
 * test_heap_claim.c: the batched small-chunk allocation of the heap (Heap.claim, the
 * inline heap_new_small). A word of free slots is claimed at once and handed out one
 * by one; these tests check that a claimed slot not handed out yet holds nothing the
 * collector traces (regression: a stale word pointing at one marked it and traced its
 * dead contents, keeping a freed structure alive), that every chunk handed out is
 * distinct, aligned and zero-filled, that filling the heap with heap_new_small ends in
 * NULL and releases the emergency reserve, and that memory comes back after a collection.
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

// Overwrites the dead part of the stack below the caller (no stale chunk address left).
static __attribute__((noinline)) void clobber_stack(void) {
    volatile uintptr_t junk[4096];
    for (size_t i = 0; i < 4096; i++) junk[i] = 0;
    (void)junk[0];
}

// The scrub runs at the depth the helpers ran at (called from main), so their dead
// frames are overwritten before the collection.
#define collect(h) (clobber_stack(), heap_collect(h))

// Addresses are kept complemented in this file's locals so the conservative stack scan
// never takes them for references; the volatile keeps the compiler from keeping the
// plain address around (in a spill slot) between two uses.
static uintptr_t hide(const void *p) { return ~(uintptr_t)p; }
static void *show(uintptr_t x) {
    volatile uintptr_t v = x;
    return (void *)~v;
}

/* holder[0] = A1, holder[1] = R (a large chunk); A2 (slot 2 of the same bitmap word as
 * A1) points to R and is dropped, as is X (slot 1). Returns A2's address, hidden. */
static __attribute__((noinline)) uintptr_t setup_stale(Heap *h, Value *holder, uintptr_t *r_out) {
    Value *a1 = heap_new(h, 48, HEAP_SCAN);
    Value *x = heap_new(h, 48, HEAP_SCAN);
    Value *a2 = heap_new(h, 48, HEAP_SCAN);
    uint8_t *r = heap_new(h, 100000, HEAP_RAW);
    if (a1 == NULL || x == NULL || a2 == NULL || r == NULL) return 0;
    a2[0] = (Value)(uintptr_t)r;
    holder[0] = (Value)(uintptr_t)a1;
    holder[1] = (Value)(uintptr_t)r;
    *r_out = hide(r);
    return hide(a2);
}

static __attribute__((noinline)) int take_one(Heap *h, Value *holder) {
    Value *y = heap_new(h, 48, HEAP_SCAN);
    holder[3] = (Value)(uintptr_t)y;
    return y != NULL;
}

// Fills [h] with 16-byte RAW chunks from heap_new_small, listed (hidden) in keep[0 .. cap)
// and made reachable through [refs] (a scanned root chunk); returns how many were given.
static __attribute__((noinline)) size_t fill_small(Heap *h, Value *refs, size_t cap, int *ok) {
    size_t n = 0;
    *ok = 1;
    for (; n < cap; n++) {
        uint64_t *p = heap_new_small(h, 16, HEAP_RAW);
        if (p == NULL) break;
        if (((uintptr_t)p % 16) != 0 || p[0] != 0 || p[1] != 0) *ok = 0;
        p[0] = p[1] = 0x5151515151515151u; // dirty: the next owner must get zeros
        refs[n] = (Value)(uintptr_t)p;
    }
    return n;
}

static int distinct(Value *v, size_t n) {
    for (size_t i = 1; i < n; i++)
        for (size_t j = 0; j < i; j++)
            if (v[i] == v[j]) return 0;
    return 1;
}

int main(void) {
    // ---- a claimed slot's stale contents are not traced ----
    size_t size = (size_t)16 << 20;
    uint8_t *region = map_region(size);
    CHECK(region != NULL);
    Heap *h = calloc(1, sizeof *h);
    CHECK(h != NULL && heap_init_fresh(h, region, size));
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    Value *holder = heap_new(h, 4 * sizeof(Value), HEAP_SCAN);
    CHECK(holder != NULL && heap_add_root(h, (Value)(uintptr_t)holder));
    uintptr_t hr = 0, ha2 = setup_stale(h, holder, &hr);
    CHECK(ha2 != 0);
    collect(h); // X and A2 are freed; A2's bytes still hold R's address
    CHECK(heap_chunk_size(h, show(ha2)) == 0);
    CHECK(take_one(h, holder)); // claims the word: hands out X's slot, A2's stays claimed
    CHECK((uintptr_t)holder[3] != 0 && heap_chunk_size(h, show(ha2)) != 0);
    holder[1] = 0;                         // R is garbage now
    holder[2] = (Value)~ha2;               // a stale word pointing at A2's claimed slot
    collect(h);
    CHECK(heap_chunk_size(h, show(hr)) == 0);  // R was freed, not kept through A2's bytes
    CHECK(heap_chunk_size(h, show(ha2)) == 0); // nor the claimed slot itself
    CHECK(heap_chunk_size(h, (void *)(uintptr_t)holder[0]) == 48);
    CHECK(heap_chunk_size(h, (void *)(uintptr_t)holder[3]) == 48);
    holder[2] = 0;
    // The slot comes back zero-filled when handed out again.
    uint64_t *again = NULL;
    for (int i = 0; i < 8 && again != show(ha2); i++) {
        again = heap_new_small(h, 48, HEAP_SCAN);
        holder[2] = (Value)(uintptr_t)again;
    }
    CHECK(again == show(ha2) && again[0] == 0 && again[5] == 0);
    free(h);
    munmap(region, size);

    // ---- heap_new_small fills a heap, fails, releases the reserve, recovers ----
    size = heap_region_size(80); // 80 blocks: a reserve of 2
    region = map_region(size);
    CHECK(region != NULL);
    h = calloc(1, sizeof *h);
    CHECK(h != NULL && heap_init_fresh(h, region, size));
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    CHECK(h->reserve > 0 && h->reserve_armed);
    size_t cap = (size_t)h->nblocks * (HEAP_BLOCK / 16);
    Value *refs = heap_new(h, cap * sizeof(Value), HEAP_SCAN); // a large chunk
    CHECK(refs != NULL && heap_add_root(h, (Value)(uintptr_t)refs));
    if (refs == NULL) return ktest_done();
    int ok = 0;
    size_t got = fill_small(h, refs, cap, &ok);
    CHECK(ok);
    CHECK(got > 0 && got < cap);
    CHECK(!h->reserve_armed); // the failure released the reserve ...
    CHECK(h->blocks_used <= h->nblocks);
    size_t more = fill_small(h, refs + got, cap - got, &ok); // ... which can be used
    CHECK(ok && more > 0);
    CHECK(distinct(refs, got + more < 4000 ? got + more : 4000));
    // drop everything; the memory comes back zero-filled and the reserve is re-armed
    memset(refs, 0, cap * sizeof(Value));
    collect(h);
    CHECK(h->reserve_armed);
    size_t again_got = fill_small(h, refs, cap, &ok);
    CHECK(ok && again_got == got);
    free(h);
    munmap(region, size);
    return ktest_done();
}
