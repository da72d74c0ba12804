/*
 * test_heap.c: the GC heap, vectors and buffers: allocation is zeroed and aligned,
 * unreachable chunks are reclaimed, chunks reachable from the stack, a root or another
 * scanned chunk survive, the heap limit returns NULL instead of overflowing, and vec/buf
 * report range and overflow errors. Also: the collector's reciprocal slot computation
 * (every class, every offset), interior pointers to the last byte of a chunk, and the
 * reuse of partial blocks right after a sweep. Inline Value arrays (ValArr): varr_init
 * accepts only a length whose slots fit the chunk. The collection threshold (2 x the
 * traced bytes); a large chunk traced in steps keeps everything it refers to.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "kernel/buf.h"
#include "kernel/heap.h"
#include "kernel/vec.h"
#include "ktest.h"

static uint8_t *map_region(size_t n) {
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

// A heap over a fresh mapping of [size] bytes, stored in *[region]; NULL on failure. The
// caller sets the stack base from its own frame (this frame's would leave the caller's
// locals outside the conservative scan).
static Heap *open_heap(size_t size, uint8_t **region) {
    *region = map_region(size);
    if (*region == NULL) return NULL;
    Heap *h = calloc(1, sizeof *h);
    if (h != NULL && heap_init_fresh(h, *region, size)) return h;
    free(h);
    munmap(*region, size);
    return NULL;
}

// Allocates garbage in a separate frame so no stale copies stay in this frame.
static __attribute__((noinline)) void make_garbage(Heap *h, int n) {
    for (int i = 0; i < n; i++) {
        uint8_t *p = heap_alloc(h, 100, HEAP_SCAN);
        if (p == NULL) return;
    }
}

static __attribute__((noinline)) Value *make_chain(Heap *h) {
    Value *a = heap_new(h, 2 * sizeof(Value), HEAP_SCAN);
    Value *b = heap_new(h, 64, HEAP_RAW);
    if (a == NULL || b == NULL) return NULL;
    memset(b, 0x5a, 64);
    a[0] = (Value)(uintptr_t)b;
    return a;
}

static bool all_zero(const uint8_t *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (p[i] != 0) return false;
    return true;
}

static __attribute__((noinline)) void dirty_large(Heap *h, size_t n) {
    uint8_t *q = heap_alloc(h, n, HEAP_RAW);
    if (q != NULL) memset(q, 0x77, n);
}

// Large chunks in never-used blocks of a fresh region are not cleared (they are zero
// already); blocks used before are cleared again when reused, on fresh and non-fresh
// heaps alike. heap_tail_range gives the aligned end of the block area.
static void test_zero_from(void) {
    for (int fresh = 0; fresh < 2; fresh++) { // the dirty (non-fresh) region first
        size_t size = (size_t)8 << 20;
        uint8_t *region = map_region(size);
        CHECK(region != NULL);
        if (region == NULL) return;
        if (!fresh) memset(region, 0x55, size); // a reused region holds garbage
        Heap *h = calloc(1, sizeof *h);
        CHECK(fresh ? heap_init_fresh(h, region, size) : heap_init(h, region, size));
        heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
        CHECK(h->zero_from == (fresh ? 0 : h->nblocks));
        uint8_t *a = heap_alloc(h, 100000, HEAP_RAW);
        CHECK(a != NULL && all_zero(a, 100000));
        CHECK(h->zero_from >= h->bhigh && h->bhigh >= 4);
        // used and dropped: its blocks come back dirty and must be cleared on reuse
        for (int i = 0; i < 4; i++) dirty_large(h, 200000);
        heap_collect(h);
        uint8_t *c = heap_alloc(h, 200000, HEAP_RAW);
        CHECK(c != NULL && all_zero(c, 200000));
        // small chunks from a block a large chunk used before are zero too
        dirty_large(h, 70000);
        heap_collect(h);
        int ok = 1;
        for (int i = 0; i < 3000; i++) {
            uint8_t *s = heap_alloc(h, 200, HEAP_RAW);
            ok &= s != NULL && all_zero(s, 200);
        }
        CHECK(ok);
        uint8_t *st = NULL;
        size_t len = 0;
        CHECK(heap_tail_range(h, 2, 4096, &st, &len));
        CHECK(st != NULL && (uintptr_t)st % 4096 == 0 && st >= h->blocks + 2 * HEAP_BLOCK &&
              st < h->blocks + 2 * HEAP_BLOCK + 4096 &&
              st + len == h->blocks + h->nblocks * HEAP_BLOCK);
        CHECK(!heap_tail_range(h, h->nblocks, 4096, &st, &len));
        CHECK(!heap_tail_range(h, 0, 3000, &st, &len));
        CHECK(!heap_tail_range(h, h->nblocks - 1, (size_t)1 << 40, &st, &len));
        free(h);
        munmap(region, size);
    }
}

// heap_align_blocks: a heap built at the start it gives has its blocks on the requested
// boundary and ends inside the mapping, for any 64-aligned mapping address; a request it
// cannot honour (alignment not a power of two >= 64, no room, unaligned mapping) gives
// the mapping itself. Nothing is written to the region.
static void test_align_blocks(void) {
    size_t size = (size_t)3 << 20, align = (size_t)2 << 20, mapped_size = size + align;
    uint8_t *m = map_region(mapped_size + 4096);
    CHECK(m != NULL);
    if (m == NULL) return;
    int ok = 1;
    for (size_t skew = 0; skew < 4096; skew += 64) { // every 64-aligned start in a page
        uint8_t *mp = m + skew;
        uint8_t *r = heap_align_blocks(mp, mapped_size, size, align);
        Heap h;
        ok &= r >= mp && r + size <= mp + mapped_size && heap_init_fresh(&h, r, size) &&
              (uintptr_t)h.blocks % align == 0 &&
              h.blocks + h.nblocks * HEAP_BLOCK <= r + size;
    }
    CHECK(ok);
    CHECK(all_zero(m, mapped_size + 4096));
    CHECK(heap_align_blocks(m, mapped_size, size, 3 << 20) == m);     // not a power of two
    CHECK(heap_align_blocks(m, mapped_size, size, 32) == m);          // below 64
    CHECK(heap_align_blocks(m, size + align - 1, size, align) == m);  // no room to shift
    CHECK(heap_align_blocks(m, size - 1, size, 64) == m);             // smaller than the heap
    CHECK(heap_align_blocks(m + 8, mapped_size, size, align) == m + 8); // unaligned mapping
    CHECK(heap_align_blocks(m, mapped_size, 100, align) == m);        // too small for a heap
    munmap(m, mapped_size + 4096);
}

// The collector's slot computation (a multiply by a reciprocal) equals the division for
// every size class and every offset in a block.
static void test_slot_of(void) {
    int ok = 1;
    for (unsigned c = 0; c < HEAP_NCLASS; c++)
        for (uint32_t r = 0; r < HEAP_BLOCK; r++) ok &= heap_slot_of(c, r) == r / heap_class_size[c];
    CHECK(ok);
    CHECK(heap_slot_of(HEAP_NCLASS, 5) == 0 && heap_slot_of(0, HEAP_BLOCK) == 0);
}

// A chunk of each size class referenced only by a pointer to its last byte, stored in a
// rooted scanned chunk, survives collections with its contents: the interior pointer is
// mapped to the right slot (not the next one) in every class.
static __attribute__((noinline)) void fill_interior(Heap *h, uintptr_t *holder) {
    for (unsigned c = 0; c < HEAP_NCLASS; c++) {
        size_t sz = heap_class_size[c];
        for (unsigned k = 0; k < 3; k++) { // a few slots in, so slot > 0 is covered
            uint8_t *q = heap_alloc(h, sz, HEAP_RAW);
            if (q == NULL) return;
            q[sz - 1] = (uint8_t)(c + 1);
            holder[c * 3 + k] = (uintptr_t)(q + sz - 1);
        }
    }
}

static void test_interior(void) {
    size_t size = (size_t)16 << 20;
    uint8_t *region;
    Heap *h = open_heap(size, &region);
    CHECK(h != NULL);
    if (h == NULL) return;
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    uintptr_t *holder = heap_new(h, HEAP_NCLASS * 3 * sizeof(uintptr_t), HEAP_SCAN);
    CHECK(holder != NULL && heap_add_root(h, (Value)(uintptr_t)holder));
    if (holder == NULL) return;
    fill_interior(h, holder);
    make_garbage(h, 5000);
    heap_collect(h);
    make_garbage(h, 5000);
    heap_collect(h);
    int ok = 1;
    for (unsigned c = 0; c < HEAP_NCLASS; c++)
        for (unsigned k = 0; k < 3; k++) {
            const uint8_t *last = (const uint8_t *)holder[c * 3 + k];
            size_t sz = heap_class_size[c];
            ok &= last != NULL && heap_chunk_size(h, last + 1 - sz) == sz && *last == c + 1;
        }
    CHECK(ok);
    munmap(region, size);
    free(h);
}

// Regression: right after a sweep the allocator took a fresh block for a class instead
// of a partial one, so a class used a few times per collection cycle gained a block per
// collection. 40 cycles each keeping one more 4096-byte chunk (8 per block) must reuse
// the partial blocks: about 5 blocks for them, not 40.
static void test_partial_reuse(void) {
    size_t size = (size_t)16 << 20;
    uint8_t *region;
    Heap *h = open_heap(size, &region);
    CHECK(h != NULL);
    if (h == NULL) return;
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    uintptr_t *holder = heap_new(h, 40 * sizeof(uintptr_t), HEAP_SCAN);
    CHECK(holder != NULL && heap_add_root(h, (Value)(uintptr_t)holder));
    if (holder == NULL) return;
    for (int i = 0; i < 40; i++) {
        holder[i] = (uintptr_t)heap_alloc(h, 4096, HEAP_RAW);
        make_garbage(h, 50);
        heap_collect(h);
    }
    int ok = 1;
    for (int i = 0; i < 40; i++) ok &= heap_chunk_size(h, (const void *)holder[i]) == 4096;
    CHECK(ok);
    CHECK(h->blocks_used <= 12);
    munmap(region, size);
    free(h);
}

// Chunks just over 8 KiB take a small class (3 or 2 a block), not a whole 32 KiB block:
// counted by their size towards the threshold, such garbage made four times as many
// blocks as the threshold said (pidigits: 14 MiB of blocks for 2 MiB live).
static void test_big_classes(void) {
    size_t size = (size_t)16 << 20;
    uint8_t *region;
    Heap *h = open_heap(size, &region);
    CHECK(h != NULL);
    if (h == NULL) return;
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    uint8_t *a = heap_alloc(h, 8256, HEAP_RAW), *b = heap_alloc(h, 8256, HEAP_RAW);
    uint8_t *c = heap_alloc(h, 8256, HEAP_RAW), *d = heap_alloc(h, 12000, HEAP_SCAN);
    CHECK(a != NULL && heap_chunk_size(h, a) == 10920 && heap_chunk_size(h, d) == 16384);
    CHECK(heap_chunk_size(h, b) == 10920 && heap_chunk_size(h, c) == 10920);
    CHECK(h->blocks_used == 2); // a, b, c share one block
    uint8_t *e = heap_alloc(h, HEAP_SMALL_MAX, HEAP_RAW), *f = heap_alloc(h, HEAP_SMALL_MAX + 1, HEAP_RAW);
    CHECK(heap_chunk_size(h, e) == HEAP_SMALL_MAX && heap_chunk_size(h, f) == HEAP_BLOCK);
    int zero = 1;
    for (size_t i = 0; i < 8256; i++) zero &= c[i] == 0;
    CHECK(zero);
    // 8.1 KiB garbage: the heap stays near the threshold's worth of blocks
    h->min_threshold = (size_t)1 << 20;
    heap_collect(h);
    for (int i = 0; i < 400; i++) CHECK(heap_alloc(h, 8256, HEAP_RAW) != NULL);
    CHECK(h->bhigh <= 56);
    munmap(region, size);
    free(h);
}

// Collection policy: the next collection after 2 x the traced bytes, never before the
// floor; with a steady live set and garbage made in a loop the heap's blocks stay within
// the live blocks plus that headroom (so a lower factor shows here first).
#define POLICY_CHUNKS 2048
static __attribute__((noinline)) void fill_live(Heap *h, uintptr_t *holder) {
    for (int i = 0; i < POLICY_CHUNKS; i++) holder[i] = (uintptr_t)heap_new(h, 4096, HEAP_SCAN);
}

static void test_threshold_policy(void) {
    size_t size = (size_t)64 << 20;
    uint8_t *region;
    Heap *h = open_heap(size, &region);
    CHECK(h != NULL);
    if (h == NULL) return;
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    heap_collect(h);
    CHECK(h->threshold == h->min_threshold); // little traced: the floor
    uintptr_t *holder = heap_new(h, POLICY_CHUNKS * sizeof(uintptr_t), HEAP_SCAN);
    CHECK(holder != NULL && heap_add_root(h, (Value)(uintptr_t)holder));
    if (holder == NULL) return;
    fill_live(h, holder);
    heap_collect(h);
    CHECK(h->traced >= (size_t)POLICY_CHUNKS * 4096);
    CHECK(h->threshold == 2 * h->traced);
    size_t live_blocks = h->blocks_used, headroom = h->threshold / HEAP_BLOCK;
    size_t collections = h->collections;
    make_garbage(h, 450000); // 50 MB of 112-byte chunks: several collections
    CHECK(h->collections >= collections + 2);
    CHECK(h->bhigh <= live_blocks + headroom + 8);
    int kept = 1;
    for (int i = 0; i < POLICY_CHUNKS; i++) kept &= heap_chunk_size(h, (const void *)holder[i]) == 4096;
    CHECK(kept);
    munmap(region, size);
    free(h);
}

// A large chunk is traced a step (4 KiB) at a time, its rest pushed back under the
// children each step found (heap.c drain): 150,000 chunks referred to from one 1.2 MB
// chunk (many blocks: the steps cross CONT blocks), each referring to one more chunk,
// all survive, with their contents.
#define WIDE_CHUNKS 150000
static __attribute__((noinline)) void fill_wide(Heap *h, uintptr_t *wide) {
    for (int i = 0; i < WIDE_CHUNKS; i++) {
        uintptr_t *c = heap_new(h, 2 * sizeof(uintptr_t), HEAP_SCAN);
        uint32_t *leaf = heap_new(h, sizeof(uint32_t), HEAP_RAW);
        if (c == NULL || leaf == NULL) return;
        *leaf = (uint32_t)i;
        c[0] = (uintptr_t)leaf;
        wide[i] = (uintptr_t)c;
    }
}

static void test_wide_chunk(void) {
    size_t size = (size_t)64 << 20;
    uint8_t *region;
    Heap *h = open_heap(size, &region);
    CHECK(h != NULL);
    if (h == NULL) return;
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    uintptr_t *wide = heap_new(h, WIDE_CHUNKS * sizeof(uintptr_t), HEAP_SCAN);
    CHECK(wide != NULL && heap_add_root(h, (Value)(uintptr_t)wide));
    if (wide == NULL) return;
    fill_wide(h, wide);
    heap_collect(h);
    make_garbage(h, 20000);
    heap_collect(h);
    int kept = 1;
    for (int i = 0; i < WIDE_CHUNKS; i++) {
        const uintptr_t *c = (const uintptr_t *)wide[i];
        kept &= heap_chunk_size(h, c) == 16 && heap_chunk_size(h, (const void *)c[0]) == 16 &&
                *(const uint32_t *)c[0] == (uint32_t)i;
    }
    CHECK(kept);
    CHECK(h->traced >= WIDE_CHUNKS * (sizeof(uintptr_t) + 16));
    munmap(region, size);
    free(h);
}

// Every small request gets the smallest class that holds it, through the inline table
// (n <= 256) and the search above it alike. The 72-byte class (a str object) sits
// between 64 and 80: 65..72 bytes took 80 before it.
static void test_class_fit(void) {
    size_t size = (size_t)16 << 20;
    uint8_t *region;
    Heap *h = open_heap(size, &region);
    CHECK(h != NULL);
    if (h == NULL) return;
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    int ok = 1;
    for (size_t n = 1; n <= 1100; n++) {
        size_t want = 0;
        for (unsigned c = 0; c < HEAP_NCLASS && want == 0; c++)
            if (heap_class_size[c] >= n) want = heap_class_size[c];
        uint8_t *q = heap_alloc(h, n, n % 2 ? HEAP_RAW : HEAP_SCAN);
        ok &= q != NULL && heap_chunk_size(h, q) == want;
    }
    CHECK(ok);
    CHECK(heap_chunk_size(h, heap_alloc(h, 65, HEAP_SCAN)) == 72);
    CHECK(heap_chunk_size(h, heap_alloc(h, 72, HEAP_SCAN)) == 72);
    CHECK(heap_chunk_size(h, heap_alloc(h, 73, HEAP_SCAN)) == 80);
    munmap(region, size);
    free(h);
}

// heap_new_small's inline path (n <= HEAP_INLINE_MAX, every kind): each chunk is a
// whole slot of the smallest class holding n, zero-filled although the slots held
// garbage before (filled with 0xa5, dropped, collected, handed out again), the object
// bitmap is set for HEAP_OBJ only (heap_walk sees exactly those), and chunks reachable
// only from a HEAP_OBJ chunk survive. buf_from_view's short path (n < HEAP_INLINE_MAX)
// keeps the terminator and a capacity above n, within the chunk.
static __attribute__((noinline)) void fill_small_garbage(Heap *h) {
    for (size_t n = 1; n <= HEAP_INLINE_MAX; n++)
        for (int k = 0; k < 40; k++) {
            uint8_t *q = heap_new_small(h, n, k % 2 ? HEAP_RAW : HEAP_SCAN);
            if (q != NULL) memset(q, 0xa5, n); // (n = a class size fills the whole slot)
        }
}

static bool count_obj(void *ctx, Value chunk) {
    (void)chunk;
    ++*(size_t *)ctx;
    return true;
}

static void test_inline_small(void) {
    size_t size = (size_t)16 << 20;
    uint8_t *region;
    Heap *h = open_heap(size, &region);
    CHECK(h != NULL);
    if (h == NULL) return;
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    fill_small_garbage(h);
    heap_collect(h);
    static const HeapKind kinds[] = {HEAP_RAW, HEAP_SCAN, HEAP_OBJ};
    int ok = 1, zero = 1;
    size_t made_obj = 0;
    uintptr_t *keep = heap_new(h, 3 * HEAP_INLINE_MAX * sizeof(uintptr_t), HEAP_SCAN);
    CHECK(keep != NULL && heap_add_root(h, (Value)(uintptr_t)keep));
    if (keep == NULL) return;
    for (size_t n = 1; n <= HEAP_INLINE_MAX; n++)
        for (unsigned k = 0; k < 3; k++) {
            uint8_t *q = heap_new_small(h, n, kinds[k]);
            size_t want = 0;
            for (unsigned c = 0; c < HEAP_NCLASS && want == 0; c++)
                if (heap_class_size[c] >= n) want = heap_class_size[c];
            ok &= q != NULL && heap_chunk_size(h, q) == want;
            if (q == NULL) continue;
            zero &= all_zero(q, n);
            made_obj += kinds[k] == HEAP_OBJ;
            keep[(n - 1) * 3 + k] = (uintptr_t)q;
            if (kinds[k] != HEAP_RAW && n >= 16) {
                // the chunk refers to a RAW chunk: it must survive through it
                uint8_t *inner = heap_new_small(h, 24, HEAP_RAW);
                ok &= inner != NULL;
                if (inner != NULL) {
                    inner[0] = (uint8_t)n;
                    ((uintptr_t *)(void *)q)[1] = (uintptr_t)inner;
                }
            }
        }
    CHECK(ok);
    CHECK(zero);
    fill_small_garbage(h);
    heap_collect(h);
    size_t objs = 0;
    CHECK(heap_walk(h, HEAP_OBJ, count_obj, &objs));
    CHECK(objs == made_obj);
    int kept = 1;
    for (size_t n = 16; n <= HEAP_INLINE_MAX; n++)
        for (unsigned k = 1; k < 3; k++) {
            const uintptr_t *q = (const uintptr_t *)keep[(n - 1) * 3 + k];
            const uint8_t *inner = (const uint8_t *)q[1];
            kept &= heap_chunk_size(h, q) > 0 && heap_chunk_size(h, inner) == 24 && inner[0] == (uint8_t)n;
        }
    CHECK(kept);
    // buf_from_view: short (inline) and long (buf_reserve) paths
    uint8_t text[300];
    for (size_t i = 0; i < sizeof text; i++) text[i] = (uint8_t)('a' + i % 26);
    int bok = 1;
    for (size_t n = 0; n < sizeof text; n++) {
        Buf b;
        buf_init(&b);
        KStatus s = buf_from_view(h, &b, (BView){text, n});
        bok &= s == K_OK && b.len == n && b.cap > n && heap_chunk_size(h, b.data) >= b.cap &&
               b.data[n] == 0 && memcmp(b.data, text, n) == 0;
        if (n < HEAP_INLINE_MAX) bok &= b.cap == (n < 16 ? 16 : (n + 8) / 8 * 8);
        if (s == K_OK) bok &= buf_append(h, &b, (BView){text, 5}) == K_OK && b.len == n + 5 &&
                              b.data[n + 5] == 0 && memcmp(b.data + n, text, 5) == 0;
    }
    CHECK(bok);
    munmap(region, size);
    free(h);
}

// buf_new_trailing: one RAW chunk holding [hdr] zero bytes, then the copied bytes and a
// terminator, for every header size a caller uses (0, 8, a 72-byte struct) and every text
// length up to past the inline limit; the Buf has no spare room (an append copies out and
// leaves the chunk as it was); a chunk held only through a pointer into its bytes (from a
// scanned root) survives collections with garbage allocated in between; an overflowing
// size is refused with the Buf untouched.
static void test_trailing(void) {
    size_t size = (size_t)16 << 20;
    uint8_t *region;
    Heap *h = open_heap(size, &region);
    CHECK(h != NULL);
    if (h == NULL) return;
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    fill_small_garbage(h);
    heap_collect(h);
    static const size_t hdrs[] = {0, 8, 72};
    enum { TEXT = 300 };
    uint8_t text[TEXT];
    for (size_t i = 0; i < sizeof text; i++) text[i] = (uint8_t)('A' + i % 50);
    uintptr_t *keep = heap_new(h, 3 * TEXT * sizeof(uintptr_t), HEAP_SCAN);
    CHECK(keep != NULL && heap_add_root(h, (Value)(uintptr_t)keep));
    if (keep == NULL) return;
    int ok = 1;
    for (unsigned k = 0; k < 3; k++)
        for (size_t n = 0; n < TEXT; n++) {
            Buf b;
            buf_init(&b);
            uint8_t *p = buf_new_trailing(h, hdrs[k], &b, (BView){text, n});
            ok &= p != NULL;
            if (p == NULL) continue;
            ok &= all_zero(p, hdrs[k]) && b.data == p + hdrs[k] && b.len == n && b.cap == n + 1;
            ok &= heap_chunk_size(h, p) >= hdrs[k] + n + 1 && b.data[n] == 0;
            ok &= memcmp(b.data, text, n) == 0;
            memset(p, 0x5a, hdrs[k]); // the caller's struct
            keep[k * TEXT + n] = (uintptr_t)(b.data + n / 2); // an interior pointer only
            Buf c = b;
            ok &= buf_append(h, &c, (BView){text, 3}) == K_OK && c.data != b.data && c.len == n + 3;
            ok &= memcmp(c.data, text, n) == 0 && b.data[n] == 0;
        }
    CHECK(ok);
    fill_small_garbage(h);
    heap_collect(h);
    fill_small_garbage(h);
    heap_collect(h);
    int kept = 1;
    for (unsigned k = 0; k < 3; k++)
        for (size_t n = 0; n < TEXT; n++) {
            const uint8_t *d = (const uint8_t *)keep[k * TEXT + n] - n / 2;
            kept &= memcmp(d, text, n) == 0 && d[n] == 0;
            if (hdrs[k] > 0) kept &= d[-1] == 0x5a;
        }
    CHECK(kept);
    // buf_new_trailing_room: appends up to the room stay in the chunk, one more copies out
    int rok = 1;
    for (size_t room = 0; room < 200; room++) {
        Buf r;
        uint8_t *p = buf_new_trailing_room(h, 72, &r, room);
        rok &= p != NULL && all_zero(p, 72 + room + 1) && r.data == p + 72 && r.len == 0 && r.cap == room + 1;
        if (p == NULL) continue;
        size_t half = room / 2;
        rok &= buf_append(h, &r, (BView){text, half}) == K_OK;
        rok &= buf_append(h, &r, (BView){text + half, room - half}) == K_OK;
        rok &= r.data == p + 72 && r.len == room && r.data[room] == 0 && memcmp(r.data, text, room) == 0;
        rok &= buf_append(h, &r, (BView){text, 1}) == K_OK && r.data != p + 72 && r.len == room + 1;
    }
    CHECK(rok);
    Buf z;
    buf_init(&z);
    CHECK(buf_new_trailing_room(h, SIZE_MAX, &z, 4) == NULL && buf_new_trailing_room(h, 0, &z, SIZE_MAX) == NULL);
    CHECK(buf_new_trailing(h, SIZE_MAX, &z, (BView){text, 4}) == NULL && z.data == NULL && z.len == 0);
    CHECK(buf_new_trailing(h, 8, &z, (BView){text, SIZE_MAX}) == NULL && z.data == NULL && z.cap == 0);
    munmap(region, size);
    free(h);
}

// bview_span: the end of a run of one byte class from any start (past the end: v.n);
// buf_map_bytes: every byte through the table, length and terminator unchanged.
static void test_span_map(void) {
    uint8_t cls[256] = {0};
    cls[' '] = 1;
    cls['\t'] = 1;
    static const uint8_t text[] = "  ab\t c  ";
    BView v = {text, sizeof text - 1};
    CHECK(bview_span(v, 0, cls, 1) == 2 && bview_span(v, 2, cls, 0) == 4);
    CHECK(bview_span(v, 4, cls, 1) == 6 && bview_span(v, 6, cls, 0) == 7);
    CHECK(bview_span(v, 7, cls, 1) == 9 && bview_span(v, 9, cls, 1) == 9);
    CHECK(bview_span(v, 9, cls, 0) == 9 && bview_span(v, 100, cls, 0) == 9);
    CHECK(bview_span(v, SIZE_MAX, cls, 1) == 9 && bview_span((BView){NULL, 0}, 0, cls, 0) == 0);
    uint8_t map[256];
    for (int i = 0; i < 256; i++) map[i] = (uint8_t)(255 - i);
    uint8_t raw[300];
    Buf b = {raw, 0, sizeof raw};
    for (size_t i = 0; i < 260; i++) raw[i] = (uint8_t)i;
    raw[260] = 0;
    b.len = 260;
    buf_map_bytes(&b, map);
    int ok = b.len == 260 && raw[260] == 0;
    for (size_t i = 0; i < 260; i++) ok &= raw[i] == (uint8_t)(255 - (uint8_t)i);
    CHECK(ok);
    Buf e;
    buf_init(&e);
    buf_map_bytes(&e, map); // empty: nothing touched
    CHECK(e.len == 0);
}

// varr_init checks a claimed length against the chunk's real size: an object header of
// 24 bytes plus a ValArr of n Values in a chunk sized by varr_size takes n and no more,
// (and, the chunk's class being larger, what the class holds); an array outside its chunk
// or a pointer that is not a chunk is refused. Accessors stay within the length.
static void test_inline_array(void) {
    size_t size = (size_t)16 << 20;
    uint8_t *region;
    Heap *h = open_heap(size, &region);
    CHECK(h != NULL);
    if (h == NULL) return;
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));
    size_t need = 0;
    CHECK(varr_size(24, 2, &need) && need == 48);
    CHECK(varr_size(24, 0, &need) && need == 32);
    CHECK(!varr_size(24, VEC_MAX_LEN + 1, &need) && !varr_size(SIZE_MAX - 8, 1, &need));
    CHECK(!varr_size(24, SIZE_MAX, &need));
    for (size_t n = 0; n < 3000; n += n < 20 ? 1 : 97) {
        CHECK(varr_size(24, n, &need));
        uint8_t *c = heap_alloc(h, need, HEAP_SCAN);
        CHECK(c != NULL);
        if (c == NULL) break;
        ValArr *a = (ValArr *)(void *)(c + 24);
        size_t room = (heap_chunk_size(h, c) - 24 - sizeof(ValArr)) / sizeof(Value);
        CHECK(room >= n);
        CHECK(varr_init(h, c, a, room + 1) == K_RANGE && a->len == 0);
        CHECK(varr_init(h, c, a, SIZE_MAX) == K_RANGE && a->len == 0);
        CHECK(varr_init(h, c + 8, a, 0) == K_RANGE);       // not a chunk's start
        CHECK(varr_init(h, c, (ValArr *)(void *)(c + heap_chunk_size(h, c)), 0) == K_RANGE);
        CHECK(varr_init(h, c, a, n) == K_OK && a->len == n);
        CHECK(varr_set(a, n, 1) == K_RANGE && varr_get(a, n) == VAL_NULL);
        if (n > 0) CHECK(varr_set(a, n - 1, 7) == K_OK && varr_get(a, n - 1) == 7);
        ValView v = vview_of_arr(a);
        ValVec w = vec_of_arr(a);
        CHECK(v.n == n && w.len == n && w.cap == n && (n > 0 || (v.p == NULL && w.items == NULL)));
        if (n > 0) CHECK(vview_get(v, n - 1) == 7 && vec_get(&w, n - 1) == 7);
    }
    munmap(region, size);
    free(h);
}

int main(void) {
    // first: its dirty region must be memory ASan never saw poisoned by another heap
    test_zero_from();
    test_align_blocks();
    test_slot_of();
    test_interior();
    test_partial_reuse();
    test_big_classes();
    test_threshold_policy();
    test_wide_chunk();
    test_class_fit();
    test_inline_array();
    test_inline_small();
    test_trailing();
    test_span_map();
    size_t size = (size_t)64 << 20;
    uint8_t *region = map_region(size);
    CHECK(region != NULL);
    Heap *h = calloc(1, sizeof *h);
    CHECK(heap_init_fresh(h, region, size));
    // The top of main's frame bounds the conservative scan (regression: scanning past
    // the stack's top mapping crashed at -O2).
    heap_set_stack_base(h, (uintptr_t)__builtin_frame_address(0));

    // zeroed, aligned, sizes
    uint8_t *p = heap_alloc(h, 24, HEAP_SCAN);
    CHECK(p != NULL && ((uintptr_t)p % 8) == 0);
    int zero = 1;
    for (int i = 0; i < 24; i++) zero &= p[i] == 0;
    CHECK(zero);
    CHECK(heap_chunk_size(h, p) == 24);
    CHECK(heap_chunk_size(h, p + 8) == 0);
    uint8_t *big = heap_alloc(h, 100000, HEAP_RAW);
    CHECK(big != NULL && heap_chunk_size(h, big) >= 100000);

    // reachability through a scanned chunk survives a collection
    Value *chain = make_chain(h);
    CHECK(chain != NULL);
    make_garbage(h, 20000);
    size_t before = h->live_chunks;
    heap_collect(h);
    CHECK(h->live_chunks < before);
    uint8_t *inner = (uint8_t *)(uintptr_t)chain[0];
    CHECK(heap_chunk_size(h, inner) == 64 && inner[63] == 0x5a);
    CHECK(heap_chunk_size(h, chain) > 0);

    // a root keeps a chunk alive even with no stack reference
    uint8_t *r = heap_alloc(h, 40, HEAP_RAW);
    CHECK(heap_add_root(h, (Value)(uintptr_t)r));
    heap_collect(h);
    CHECK(heap_chunk_size(h, r) == 40);

    // the limit: an allocation bigger than the heap fails cleanly
    CHECK(heap_alloc(h, size * 2, HEAP_RAW) == NULL);
    CHECK(heap_alloc(h, SIZE_MAX, HEAP_RAW) == NULL);

    // filling the heap ends with NULL, and memory comes back after the garbage is dropped
    size_t got = 0;
    ValVec keep;
    vec_init(&keep);
    CHECK(vec_reserve(h, &keep, 100) == K_OK);
    for (;;) {
        uint8_t *q = heap_alloc(h, 1 << 20, HEAP_RAW);
        if (q == NULL) break;
        CHECK(vec_push(h, &keep, (Value)(uintptr_t)q) == K_OK);
        got++;
    }
    CHECK(got > 10 && got < 64);
    // drop the references by clearing the slots (vec_clear would only forget the items
    // chunk, and a stale copy of its address on the stack keeps every chunk it lists)
    CHECK(vec_resize(h, &keep, 0) == K_OK);
    heap_collect(h);
    CHECK(heap_alloc(h, 1 << 20, HEAP_RAW) != NULL);

    // vectors
    ValVec v;
    vec_init(&v);
    for (intptr_t i = 0; i < 1000; i++) CHECK(vec_push(h, &v, val_from_small(i)) == K_OK);
    CHECK(v.len == 1000 && val_small(vec_get(&v, 999)) == 999);
    CHECK(vec_get(&v, 1000) == VAL_NULL);
    CHECK(vec_set(&v, 1000, 1) == K_RANGE);
    CHECK(vec_insert(h, &v, 1001, 1) == K_RANGE);
    CHECK(vec_remove_range(&v, 990, 11) == K_RANGE);
    CHECK(vec_remove_range(&v, 0, 500) == K_OK && v.len == 500 && val_small(vec_get(&v, 0)) == 500);
    CHECK(vec_splice(h, &v, 0, 2, &v, 0, 500) == K_OK && v.len == 998);
    CHECK(val_small(vec_get(&v, 500)) == 502);
    ValVec w;
    vec_init(&w);
    CHECK(vec_repeat(h, &w, &v, SIZE_MAX / 2) == K_OVERFLOW);
    CHECK(vec_resize(h, &v, 3) == K_OK && v.len == 3);
    vec_reverse(&v);
    CHECK(val_small(vec_get(&v, 0)) == 502);

    // empty vectors have no storage: every operation on them must still be defined
    // (regression: memmove/memcpy were called with NULL and length 0)
    ValVec e1, e2;
    vec_init(&e1);
    vec_init(&e2);
    CHECK(vec_repeat(h, &e2, &e1, 5) == K_OK && e2.len == 0);
    CHECK(vec_splice(h, &e1, 0, 0, &e2, 0, 0) == K_OK && e1.len == 0);
    CHECK(vec_insert(h, &e1, 0, val_from_small(1)) == K_OK && e1.len == 1);
    CHECK(vec_remove_range(&e1, 0, 1) == K_OK && e1.len == 0);
    // a vector with no storage is sized exactly by vec_resize (a generator's frame
    // storage); one with storage grows by vec_reserve's steps; new slots are VAL_NULL
    ValVec ex;
    vec_init(&ex);
    CHECK(vec_resize(h, &ex, 13) == K_OK && ex.len == 13 && ex.cap == 13);
    CHECK(vec_get(&ex, 0) == VAL_NULL && vec_get(&ex, 12) == VAL_NULL);
    CHECK(vec_set(&ex, 12, val_from_small(7)) == K_OK && vec_set(&ex, 13, 1) == K_RANGE);
    CHECK(vec_resize(h, &ex, 14) == K_OK && ex.len == 14 && ex.cap > 14);
    CHECK(val_small(vec_get(&ex, 12)) == 7 && vec_get(&ex, 13) == VAL_NULL);
    vec_init(&ex);
    CHECK(vec_resize(h, &ex, SIZE_MAX / 4) == K_OVERFLOW && ex.len == 0);
    Buf eb;
    buf_init(&eb);
    CHECK(buf_splice(h, &eb, 0, 0, bview_cstr("")) == K_OK);
    CHECK(buf_append_repeat(h, &eb, bview_cstr(""), 3) == K_OK && eb.len == 0);

    // buffers
    Buf b;
    buf_init(&b);
    CHECK(buf_append_cstr(h, &b, "hello") == K_OK && b.len == 5);
    CHECK(buf_append(h, &b, buf_view(&b)) == K_OK && b.len == 10);
    CHECK(bview_eq_cstr(buf_view(&b), "hellohello"));
    CHECK(buf_get(&b, 10) == -1 && buf_get(&b, 9) == 'o');
    CHECK(bview_find(buf_view(&b), bview_cstr("oh"), 0) == 4);
    CHECK(bview_rfind(buf_view(&b), bview_cstr("l"), 10) == 8);
    CHECK(bview_count(buf_view(&b), bview_cstr("l")) == 4);
    CHECK(buf_append_repeat(h, &b, bview_cstr("ab"), SIZE_MAX / 2) == K_OVERFLOW);
    CHECK(buf_splice(h, &b, 0, 5, bview_cstr("J")) == K_OK && bview_eq_cstr(buf_view(&b), "Jhello"));
    CHECK(buf_splice(h, &b, 4, 3, bview_cstr("")) == K_RANGE);
    Buf n;
    buf_init(&n);
    CHECK(buf_append_i64(h, &n, INT64_MIN) == K_OK && bview_eq_cstr(buf_view(&n), "-9223372036854775808"));

    free(h);
    munmap(region, size);
    return ktest_done();
}
