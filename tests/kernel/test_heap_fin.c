/*
 * test_heap_fin.c: the finalization registry of the GC heap (heap_fin_add/heap_fin_take):
 * a registered chunk that becomes unreachable is kept (with what it reaches) and handed
 * out once as ready, then freed by a later collection; a reachable one is not ready; of a
 * chain of registered chunks only the head is ready first (its finalizer runs before its
 * children's); a registered cycle falls back to all of them; ready chunks stay roots until
 * taken; the registry grows, compacts and keeps registration order; non-chunk addresses
 * are refused; weak cells to a ready chunk stay set, except for cycles (cleared first,
 * as CPython's collector does).
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

// Overwrites the dead part of the stack, so stale copies of addresses do not keep chunks
// (not instrumented: ASan's redzones around the array would keep stale words).
__attribute__((no_sanitize_address)) static __attribute__((noinline)) void clobber_stack(void) {
    volatile uint8_t junk[16384];
    for (size_t i = 0; i < sizeof junk; i++) junk[i] = 0;
}

// A registered 32-byte chunk whose word 0 is [child]; its address goes to [slot] (a
// weak-ish place: the caller decides whether it is scanned) complemented, so that no
// scanned word refers to it.
static __attribute__((noinline)) uintptr_t make_fin(Heap *h, uintptr_t nchild) {
    uintptr_t *p = heap_new(h, 32, HEAP_SCAN);
    CHECK(p != NULL);
    if (p == NULL) return 0;
    p[0] = nchild != 0 ? ~nchild : 0;
    CHECK(heap_fin_add(h, (Value)(uintptr_t)p));
    return ~(uintptr_t)p;
}

static __attribute__((noinline)) uintptr_t make_raw(Heap *h) {
    return ~(uintptr_t)heap_alloc(h, 48, HEAP_RAW);
}

// Two registered chunks referring to each other, complemented into out[0] and out[1].
static __attribute__((noinline)) void make_cycle(Heap *h, uintptr_t *out) {
    uintptr_t *p = heap_new(h, 32, HEAP_SCAN), *q = heap_new(h, 32, HEAP_SCAN);
    CHECK(p != NULL && q != NULL);
    if (p == NULL || q == NULL) return;
    p[0] = (uintptr_t)q;
    q[0] = (uintptr_t)p;
    CHECK(heap_fin_add(h, (Value)(uintptr_t)p) && heap_fin_add(h, (Value)(uintptr_t)q));
    out[0] = ~(uintptr_t)p;
    out[1] = ~(uintptr_t)q;
}

static __attribute__((noinline)) void make_many(Heap *h, Value *keep, size_t n) {
    for (size_t i = 0; i < n; i++) {
        uintptr_t *o = heap_new(h, 24, HEAP_SCAN);
        CHECK(o != NULL && heap_fin_add(h, (Value)(uintptr_t)o));
        keep[i] = (Value)(uintptr_t)o;
    }
}

static bool is_live(Heap *h, uintptr_t p) { return heap_chunk_size(h, (const void *)p) != 0; }

int main(void) {
    size_t size = (size_t)8 << 20;
    uint8_t *region = map_region(size);
    CHECK(region != NULL);
    Heap *h = calloc(1, sizeof *h);
    CHECK(heap_init_fresh(h, region, size));
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));

    // refused: not a chunk start, a RAW chunk, a tagged address
    uint8_t *raw = heap_alloc(h, 64, HEAP_RAW);
    CHECK(!heap_fin_add(h, (Value)(uintptr_t)raw));
    CHECK(!heap_fin_add(h, (Value)12345));
    uintptr_t *s = heap_new(h, 32, HEAP_SCAN);
    CHECK(!heap_fin_add(h, (Value)((uintptr_t)s + 8)));
    CHECK(heap_fin_take(h, false) == 0 && heap_fin_take(h, true) == 0);

    // a chain a -> b -> c of registered chunks, c -> d (plain): only a is ready first
    // (a weak cell to a stays set while a waits for its finalizer)
    Value *holder = heap_new(h, 8 * sizeof(Value), HEAP_SCAN);
    CHECK(holder != NULL && heap_add_root(h, (Value)(uintptr_t)holder));
    holder[7] = make_raw(h); // (complemented: not a reference)
    holder[2] = make_fin(h, holder[7]);
    holder[1] = make_fin(h, holder[2]);
    holder[0] = make_fin(h, holder[1]);
    holder[6] = (uintptr_t)heap_weak_new(h, (Value)~holder[0]);
    clobber_stack();
    CHECK(h->fin_live == 3);
    heap_collect(h);
    CHECK(h->fin_ready == 1 && h->fin_found == 1);
    CHECK(heap_weak_get((void *)(uintptr_t)holder[6]) == (Value)~holder[0]);
    CHECK(heap_fin_take(h, false) == (Value)~holder[0]);
    CHECK(heap_fin_take(h, false) == 0);
    CHECK(is_live(h, ~holder[0]) && is_live(h, ~holder[1]) && is_live(h, ~holder[2]));
    CHECK(is_live(h, ~holder[7]));
    clobber_stack();
    heap_collect(h); // a is garbage now (taken: not registered any more); b is ready
    CHECK(h->fin_ready == 1);
    CHECK(heap_fin_take(h, false) == (Value)~holder[1]);
    clobber_stack();
    heap_collect(h);
    CHECK(!is_live(h, ~holder[0]));
    CHECK(heap_fin_take(h, false) == (Value)~holder[2]);
    CHECK(is_live(h, ~holder[7])); // c used it: kept while c waited
    clobber_stack();
    heap_collect(h);
    heap_collect(h);
    CHECK(!is_live(h, ~holder[1]) && !is_live(h, ~holder[2]) && !is_live(h, ~holder[7]));
    CHECK(h->fin_live == 0 && h->fin_ready == 0);

    // a reachable registered chunk is not ready; ready ones stay roots until taken
    uintptr_t *kept = heap_new(h, 32, HEAP_SCAN);
    holder[3] = (uintptr_t)kept;
    CHECK(heap_fin_add(h, (Value)(uintptr_t)kept));
    holder[4] = make_fin(h, 0);
    clobber_stack();
    heap_collect(h);
    CHECK(h->fin_ready == 1 && h->fin_live == 2);
    heap_collect(h);
    heap_collect(h);
    CHECK(h->fin_ready == 1 && is_live(h, ~holder[4]));
    CHECK(heap_fin_take(h, false) == (Value)~holder[4]);
    CHECK(heap_fin_take(h, true) == (Value)(uintptr_t)kept);
    CHECK(h->fin_live == 0);

    // a cycle p <-> q (both registered): nothing is ready on its own, so both are
    make_cycle(h, holder + 5);
    Value *cells = heap_new(h, 2 * sizeof(Value), HEAP_SCAN);
    holder[4] = (uintptr_t)cells;
    cells[0] = (Value)(uintptr_t)heap_weak_new(h, (Value)~holder[5]);
    clobber_stack();
    heap_collect(h);
    CHECK(h->fin_ready == 2);
    // (CPython clears the weak references to cyclic garbage before its finalizers run)
    CHECK(heap_weak_get((void *)(uintptr_t)cells[0]) == 0);
    CHECK(heap_fin_take(h, false) == (Value)~holder[5]);
    CHECK(heap_fin_take(h, false) == (Value)~holder[6]);
    clobber_stack();
    heap_collect(h);
    CHECK(!is_live(h, ~holder[5]) && !is_live(h, ~holder[6]));

    // growth and order: 1000 registrations, every other one dropped, taken in order
    Value *keep = heap_new(h, 1000 * sizeof(Value), HEAP_SCAN);
    holder[3] = (uintptr_t)keep;
    make_many(h, keep, 1000);
    CHECK(h->fin_live == 1000 && h->fin_cap >= 1000);
    for (size_t i = 0; i < 1000; i += 2) keep[i] = ~keep[i];
    clobber_stack();
    heap_collect(h);
    size_t nready = h->fin_ready;
    CHECK(nready >= 495 && nready <= 500); // (a stale stack word may keep one)
    size_t got = 0;
    Value prev = 0;
    bool ordered = true;
    for (Value v; (v = heap_fin_take(h, false)) != 0; got++) {
        ordered = ordered && v > prev; // (consecutive allocations of one class: ascending)
        prev = v;
    }
    CHECK(got == nready);
    CHECK(ordered && h->fin_ready == 0);
    size_t rest = 0;
    while (heap_fin_take(h, true) != 0) rest++;
    CHECK(rest + got == 1000 && h->fin_live == 0);
    return ktest_done();
}
