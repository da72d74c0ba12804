/*
 * test_heap_weak.c: weak cells and the emergency reserve of the GC heap: a weak cell
 * does not keep its target alive and reads 0 once the target was collected, keeps a
 * reachable target, tolerates non-heap targets; every word of a weak vector
 * (vec_push_weak) is weak, and a full one drops its cleared items before growing;
 * heap_walk visits exactly the handed-out chunks of one kind; heap_clear checks its chunk;
 * a failed allocation releases the reserve so the next one succeeds.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "kernel/heap.h"
#include "kernel/vec.h"
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

// Pushes [n] garbage targets (RAW chunks nothing else refers to) onto weak vector [v],
// then one target kept in [keep].
static __attribute__((noinline)) void weak_push_garbage(Heap *h, ValVec *v, size_t n, Value *keep) {
    for (size_t k = 0; k < n; k++) {
        uint8_t *t = heap_alloc(h, 48, HEAP_RAW);
        CHECK(t != NULL && vec_push_weak(h, v, (Value)(uintptr_t)t) == K_OK);
    }
    uint8_t *t = heap_alloc(h, 48, HEAP_RAW);
    *keep = (Value)(uintptr_t)t;
    CHECK(t != NULL && vec_push_weak(h, v, *keep) == K_OK);
}

typedef struct Count {
    size_t n;
    Value want;
    bool seen;
} Count;

static bool count_chunk(void *ctx, Value chunk) {
    Count *c = ctx;
    c->n++;
    if (chunk == c->want) c->seen = true;
    return true;
}

static bool stop_at_first(void *ctx, Value chunk) {
    (void)chunk;
    Count *c = ctx;
    c->n++;
    return false;
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

    // a weak vector: its items are all weak; the one kept target stays, in order
    ValVec *wv = heap_new(h, sizeof(ValVec), HEAP_SCAN);
    CHECK(wv != NULL);
    holder[0] = (Value)(uintptr_t)wv;
    Value *kept2 = heap_new(h, 2 * sizeof(Value), HEAP_SCAN);
    CHECK(kept2 != NULL && heap_add_root(h, (Value)(uintptr_t)kept2));
    weak_push_garbage(h, wv, 7, &kept2[0]); // 8 items: the vector is full (cap 8)
    clobber_stack();
    CHECK(wv->len == 8 && wv->cap == 8);
    heap_collect(h);
    size_t live = 0;
    for (size_t k = 0; k < wv->len; k++) live += vec_get(wv, k) != VAL_NULL;
    CHECK(live <= 2 && vec_get(wv, 7) == kept2[0]);
    // the next push finds it full: the cleared items go first, the order is kept
    uint8_t *t2 = heap_alloc(h, 48, HEAP_RAW);
    kept2[1] = (Value)(uintptr_t)t2;
    CHECK(vec_push_weak(h, wv, kept2[1]) == K_OK);
    CHECK(wv->cap == 8 && wv->len == live + 1);
    CHECK(vec_get(wv, wv->len - 2) == kept2[0] && vec_get(wv, wv->len - 1) == kept2[1]);
    // growing keeps it weak
    for (size_t k = 0; k < 40; k++) CHECK(vec_push_weak(h, wv, kept2[1]) == K_OK);
    CHECK(wv->cap > 8 && wv->len == live + 41);
    kept2[1] = 0;
    clobber_stack();
    t2 = NULL;
    heap_collect(h);
    CHECK(vec_get(wv, 0) == VAL_NULL || vec_get(wv, 0) == kept2[0]);

    // heap_walk visits the handed-out chunks of one kind, and stops when asked
    Value *o1 = heap_new(h, 40, HEAP_OBJ);
    CHECK(o1 != NULL);
    holder[1] = (Value)(uintptr_t)o1;
    Count c = {0, (Value)(uintptr_t)o1, false};
    CHECK(heap_walk(h, HEAP_OBJ, count_chunk, &c));
    CHECK(c.seen && c.n == 1); // the other slots of its claim are not handed out
    Count none = {0, 0, false};
    CHECK(heap_walk(h, HEAP_OBJ, stop_at_first, &none) == false && none.n == 1);
    CHECK(heap_walk(h, (HeapKind)7, count_chunk, &none) && none.n == 1);
    // heap_clear: only the start of an allocated chunk, only within its size
    o1[0] = 5;
    CHECK(!heap_clear(h, o1, 4096));
    CHECK(!heap_clear(h, (uint8_t *)o1 + 8, 8));
    CHECK(o1[0] == 5 && heap_clear(h, o1, 40) && o1[0] == 0);

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
    free(h);
    return ktest_done();
}
