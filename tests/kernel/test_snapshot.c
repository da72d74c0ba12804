/*
 * test_snapshot.c: heap snapshot/restore (kernel/snapshot.h), the image measurement
 * (kernel/measure.h) and xfer_to_raw (kernel/xfer.h). After a restore, chunks allocated
 * since the save are gone, chunks changed since get their bytes back, the allocator's
 * counters are as saved, and allocation goes on (zero-filled) from there; a restore can
 * be repeated; a buffer too small refuses the save.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "kernel/heap.h"
#include "kernel/measure.h"
#include "kernel/snapshot.h"
#include "kernel/xfer.h"
#include "ktest.h"

static uint8_t *map_region(size_t n) {
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

// A heap whose Heap struct lives in its own region (as interp_new does it).
static Heap *make_heap(uint8_t *region, size_t size) {
    Heap local;
    if (!heap_init_fresh(&local, region, size)) return NULL;
    Heap *h = heap_new(&local, sizeof(Heap), HEAP_SCAN);
    if (h == NULL) return NULL;
    *h = local;
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    heap_add_root(h, (Value)(uintptr_t)h);
    return h;
}

static int all(const uint8_t *p, size_t n, uint8_t x) {
    for (size_t i = 0; i < n; i++)
        if (p[i] != x) return 0;
    return 1;
}

int main(void) {
    size_t size = (size_t)16 << 20;
    uint8_t *region = map_region(size);
    CHECK(region != NULL);
    Heap *h = make_heap(region, size);
    CHECK(h != NULL);
    if (h == NULL) return ktest_done();
    // Live state before the save: a small SCAN chunk, a RAW chunk, a large chunk. Each
    // is kept alive by the root chunk below (precise root) so collections keep them.
    Value *keep = heap_new(h, 4 * sizeof(Value), HEAP_SCAN);
    CHECK(keep != NULL && heap_add_root(h, (Value)(uintptr_t)keep));
    uint8_t *small = heap_alloc(h, 40, HEAP_SCAN);
    uint8_t *raw = heap_alloc(h, 300, HEAP_RAW);
    uint8_t *large = heap_alloc(h, 100000, HEAP_RAW);
    CHECK(small != NULL && raw != NULL && large != NULL);
    memset(small, 0x11, 40);
    memset(raw, 0x22, 300);
    memset(large, 0x33, 100000);
    keep[0] = (Value)(uintptr_t)small;
    keep[1] = (Value)(uintptr_t)raw;
    keep[2] = (Value)(uintptr_t)large;
    size_t used_before = h->blocks_used, nblocks_before = snapshot_blocks_in_use(h);

    HeapSnapshot s;
    size_t cap = snapshot_capacity(h);
    uint8_t *buf = map_region(cap);
    CHECK(buf != NULL);
    // Too small a buffer: refused, nothing held.
    snapshot_init(&s, buf, 100);
    CHECK(!snapshot_save(&s, h) && !s.valid);
    CHECK(!snapshot_restore(&s, h));
    snapshot_init(&s, buf, cap);
    CHECK(snapshot_save(&s, h) && s.valid && s.nblocks == nblocks_before && s.bytes <= cap);

    for (int round = 0; round < 3; round++) {
        // Change everything: overwrite the old chunks, allocate small and large ones
        // (some into the old blocks' free slots, some in new blocks), collect.
        memset(small, 0xaa, 40);
        memset(raw, 0xbb, 300);
        memset(large, 0xcc, 100000);
        uint8_t *extra[64];
        for (int i = 0; i < 64; i++) {
            extra[i] = heap_alloc(h, (size_t)(i % 2 ? 48 : 70000), i % 3 ? HEAP_RAW : HEAP_SCAN);
            CHECK(extra[i] != NULL);
            if (extra[i] != NULL) memset(extra[i], 0xee, 48);
        }
        keep[3] = (Value)(uintptr_t)extra[0];
        heap_collect(h);
        CHECK(h->blocks_used > used_before);
        CHECK(snapshot_restore(&s, h));
        // Back as saved.
        CHECK(h->blocks_used == used_before);
        CHECK(snapshot_blocks_in_use(h) == nblocks_before);
        CHECK(all(small, 40, 0x11) && all(raw, 300, 0x22) && all(large, 100000, 0x33));
        CHECK(keep[3] == 0);
        CHECK(heap_chunk_size(h, small) == 40 && heap_chunk_size(h, large) >= 100000);
        int gone = 1;
        for (int i = 0; i < 64; i++) gone &= extra[i] == NULL || heap_chunk_size(h, extra[i]) == 0;
        CHECK(gone);
        // The allocator goes on from the restored state, zero-filled.
        uint8_t *again = heap_alloc(h, 48, HEAP_RAW);
        CHECK(again != NULL && all(again, 48, 0));
        uint8_t *again_large = heap_alloc(h, 70000, HEAP_RAW);
        CHECK(again_large != NULL && all(again_large, 70000, 0));
    }

    // Measurement of this test program's image: stable, non-trivial.
    uint8_t d1[32], d2[32];
    size_t n1 = 0, n2 = 0, s1 = 0, s2 = 0;
    CHECK(measure_image(d1, &n1, &s1) == K_OK);
    CHECK(measure_image(d2, &n2, &s2) == K_OK);
    CHECK(n1 > 1000 && s1 >= 1 && n1 == n2 && s1 == s2 && memcmp(d1, d2, 32) == 0);
    CHECK(!all(d1, 32, 0));

    // xfer_to_raw copies at most cap bytes.
    uint8_t dst[4] = {9, 9, 9, 9};
    BView src = {(const uint8_t *)"abcdef", 6};
    CHECK(xfer_to_raw(dst, 3, src) == 3 && dst[0] == 'a' && dst[2] == 'c' && dst[3] == 9);
    CHECK(xfer_to_raw(dst, 4, (BView){NULL, 0}) == 0 && dst[0] == 'a');
    return ktest_done();
}
