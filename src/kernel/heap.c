/*
 * heap.c: size-class allocator and conservative mark-sweep collector (see heap.h).
 *
 * Metadata is out of band: per-block arrays and bitmaps at the start of the region, so a
 * bug that overwrites a chunk can never corrupt the allocator's own bookkeeping. Free
 * slots are found through the allocation bitmap; no free-list pointer is ever stored
 * inside the arena.
 */
#include "heap.h"

#include <setjmp.h>
#include <string.h>

#include "checked.h"

#define BWORDS (HEAP_BLOCK / 16u / 64u) /* bitmap words per block: one bit per 16 bytes min */
#define CLS_FREE 0u
#define CLS_LARGE 254u
#define CLS_CONT 255u
#define NONE 0xffffffffu
#define MSTACK_CAP 65536u
/* Collection policy (docs/notes/mem6.md): the next collection comes after TRACE_FACTOR
 * times the bytes the last one traced were allocated, and never before MIN_THRESHOLD.
 * A collection's cost is its trace (plus a small per-block sweep), so this bounds the
 * collector's share of the run; basing it on traced bytes rather than live bytes lets
 * programs whose live data is mostly raw (strings, integers, code) collect sooner. */
#define MIN_THRESHOLD ((size_t)3 << 20)
#define TRACE_FACTOR 2u

#if defined(__SANITIZE_ADDRESS__)
#define HEAP_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HEAP_ASAN 1
#endif
#endif

#ifdef HEAP_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#define NO_ASAN __attribute__((no_sanitize_address))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#define NO_ASAN
#endif

#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_heap.c; VERIFY.md rule 5) */
/*@ assigns \nothing;
    ensures \result < HEAP_NCLASS;
    ensures n <= 256 ==> n <= heap_class_size[\result];
    ensures 256 < n <= 16384 ==> n <= heap_class_size[\result]; */
#endif
static unsigned size_to_class(size_t n) {
    if (n <= 256) return heap_small_class[(n + 7) / 8];
    unsigned c = 0;
#ifdef FRAMAC_WP
    /*@ loop invariant 0 <= c <= HEAP_NCLASS - 1;
        loop invariant \forall integer k; 0 <= k < c ==> heap_class_size[k] < n;
        loop assigns c;
        loop variant HEAP_NCLASS - 1 - c; */
#endif
    while (c < HEAP_NCLASS - 1 && heap_class_size[c] < n) c++;
    return c;
}

// HEAP_BLOCK / heap_class_size[c], precomputed (no division on the allocation path).
static const uint16_t class_nslots[HEAP_NCLASS] = {
    2048, 1365, 1024, 819, 682, 585, 512, 455, 409, 341, 292, 256, 227, 204, 170, 146, 128, 102, 85, 73, 64, 51, 42, 32, 25, 21, 16, 12, 10, 8, 6, 5, 4, 3, 2};

#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_heap.c; VERIFY.md rule 5) */
/*@ assigns \nothing;
    ensures \result <= 2048;
    ensures c >= HEAP_NCLASS ==> \result == 0; */
#endif
static uint32_t class_slots(unsigned c) { return c < HEAP_NCLASS ? class_nslots[c] : 0; }

static uint8_t *block_addr(const Heap *h, size_t b) { return h->blocks + b * HEAP_BLOCK; }

static uint64_t *abits_of(const Heap *h, size_t b) { return h->abits + b * BWORDS; }
static uint64_t *mbits_of(const Heap *h, size_t b) { return h->mbits + b * BWORDS; }
static uint64_t *obits_of(const Heap *h, size_t b) { return h->obits + b * BWORDS; }

#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_heap.c; VERIFY.md rule 5) */
/*@ requires \valid_read(w + (i / 64));
    assigns \nothing; */
#endif
static bool bit_get(const uint64_t *w, uint32_t i) { return (w[i / 64u] >> (i % 64u)) & 1u; }

// Number of bits set in [x]. __builtin_popcountll is a libgcc call without -mpopcnt
// (about 21 instructions plus the call; 0.8 % of bench/nbody.py, most of it in sweep):
// the same count in a dozen inline operations (bit pairs, nibbles, then a multiply that
// adds the eight byte counts into the top byte).
static inline uint32_t popcount64(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555u);
    x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fu;
    return (uint32_t)((x * 0x0101010101010101u) >> 56);
}
static void bit_set(uint64_t *w, uint32_t i) { w[i / 64u] |= (uint64_t)1 << (i % 64u); }

#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_heap.c; VERIFY.md rule 5) */
/*@ assigns \nothing;
    ensures \result == 12 + 3 * BWORDS * 8; */
#endif
static size_t meta_per_block(void) {
    return 1 + 1 + 4 + 4 + 2 + 3 * BWORDS * sizeof(uint64_t);
}

#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_heap.c; VERIFY.md rule 5) */
/*@ requires nblocks <= 0x10000000000;
    assigns \nothing;
    ensures \result >= nblocks * HEAP_BLOCK; */
#endif
size_t heap_region_size(size_t nblocks) {
    return 64 + MSTACK_CAP * sizeof(uintptr_t) + nblocks * (meta_per_block() + HEAP_BLOCK) + 64;
}

static uint8_t *align_up(uint8_t *p, size_t a) {
    uintptr_t u = (uintptr_t)p;
    uintptr_t r = (u + (a - 1)) & ~(uintptr_t)(a - 1);
    return p + (r - u);
}

static bool init(Heap *h, uint8_t *region, size_t size, bool fresh) {
    memset(h, 0, sizeof *h);
    size_t fixed = 64 + MSTACK_CAP * sizeof(uintptr_t) + 64;
    if (size <= fixed) return false;
    size_t nb = (size - fixed) / (meta_per_block() + HEAP_BLOCK);
    if (nb == 0) return false;
    if (nb > 0x7fffffffu) nb = 0x7fffffffu;
    uint8_t *p = align_up(region, 64);
    h->abits = (uint64_t *)p; p += nb * BWORDS * sizeof(uint64_t);
    h->mbits = (uint64_t *)p; p += nb * BWORDS * sizeof(uint64_t);
    h->obits = (uint64_t *)p; p += nb * BWORDS * sizeof(uint64_t);
    h->mstack = (uintptr_t *)p; p += MSTACK_CAP * sizeof(uintptr_t);
    h->bspan = (uint32_t *)p; p += nb * 4;
    h->bnext = (uint32_t *)p; p += nb * 4;
    h->bused = (uint16_t *)p; p += nb * 2;
    h->bclass = p; p += nb;
    h->bkind = p; p += nb;
    h->blocks = align_up(p, 64);
    h->nblocks = nb;
    h->mcap = MSTACK_CAP;
    // A reused region must have its metadata cleared; fresh mmap memory is already zero
    // (and touching it would commit pages for the whole reservation).
    if (!fresh) {
        memset(h->bclass, 0, nb);
        memset(h->abits, 0, nb * BWORDS * sizeof(uint64_t));
        memset(h->mbits, 0, nb * BWORDS * sizeof(uint64_t));
        memset(h->obits, 0, nb * BWORDS * sizeof(uint64_t));
    }
    for (unsigned c = 0; c < HEAP_NCLASS; c++)
        for (unsigned k = 0; k < HEAP_NKINDS; k++) {
            h->cur[c][k] = NONE;
            h->partial[c][k] = NONE;
            h->curword[c][k] = 0;
            h->claim[c][k] = 0;
            h->claim_nbase[c][k] = 0;
        }
    h->threshold = MIN_THRESHOLD;
    h->min_threshold = MIN_THRESHOLD;
    h->zero_from = fresh ? 0 : nb;
    // 1/32 of the heap, at most 2 MiB, for handling a MemoryError; none in tiny heaps
    h->reserve = nb >= 64 ? (nb / 32 < 64 ? nb / 32 : 64) : 0;
    h->reserve_armed = h->reserve > 0;
    return true;
}

// Blocks the allocator may hand out now (all but the armed reserve).
static size_t usable_blocks(const Heap *h) {
    return h->nblocks - (h->reserve_armed ? h->reserve : 0);
}

bool heap_init(Heap *h, uint8_t *region, size_t size) { return init(h, region, size, false); }

bool heap_init_fresh(Heap *h, uint8_t *region, size_t size) { return init(h, region, size, true); }

size_t heap_capacity(const Heap *h) { return h->nblocks * HEAP_BLOCK; }

uint8_t *heap_align_blocks(uint8_t *mapped, size_t mapped_size, size_t size, size_t align) {
    if (align < 64 || (align & (align - 1u)) != 0 || size > mapped_size ||
        mapped_size - size < align || ((uintptr_t)mapped & 63u) != 0)
        return mapped;
    // Where the blocks of a heap in [mapped] start: the layout only depends on the
    // region's size once the start is 64-aligned, so every shift kept a multiple of 64
    // moves the blocks by the same amount. init with fresh = true writes to no region byte.
    Heap probe;
    if (!init(&probe, mapped, size, true)) return mapped;
    uintptr_t b = (uintptr_t)probe.blocks;
    uintptr_t shift = (align - (b & (align - 1u))) & (align - 1u);
    return mapped + shift; // shift < align <= mapped_size - size: the heap fits
}

bool heap_tail_range(const Heap *h, size_t from, size_t align, uint8_t **start, size_t *len) {
    if (from >= h->nblocks || align == 0 || (align & (align - 1u)) != 0) return false;
    uintptr_t lo = (uintptr_t)block_addr(h, from);
    uintptr_t hi = (uintptr_t)block_addr(h, 0) + h->nblocks * (uintptr_t)HEAP_BLOCK;
    if (lo > UINTPTR_MAX - (align - 1u)) return false;
    uintptr_t a = (lo + (align - 1u)) & ~(uintptr_t)(align - 1u);
    if (a >= hi) return false;
    *start = block_addr(h, from) + (a - lo);
    *len = (size_t)(hi - a);
    return true;
}

bool heap_add_root(Heap *h, Value v) {
    if (h->nroots >= HEAP_NROOTS) return false;
    h->roots[h->nroots++] = v;
    return true;
}

void heap_set_stack_base(Heap *h, uintptr_t addr) {
    if (addr > h->stack_base) h->stack_base = addr;
}

size_t heap_stack_used(const Heap *h) {
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    if (h->stack_base == 0 || here > h->stack_base) return 0;
    return h->stack_base - here;
}

/* ---- marking ---- */

static inline void mark_push(Heap *h, uintptr_t chunk) {
    if (h->mlen >= h->mcap) {
        h->moverflow = true; // the chunk stays marked; a rescan will trace it
        return;
    }
    h->mstack[h->mlen++] = chunk;
}

// 2^47 / class size + 1: (r * class_inv[c]) >> 47 == r / heap_class_size[c] for every
// r < HEAP_BLOCK (the error r * (inv * size - 2^47) / 2^47 stays below 1 / size since
// HEAP_BLOCK * 16384^2 < 2^47; checked for every class and offset by tests/kernel/test_heap.c
// through heap_slot_of). Marking divides a block offset by the class size once per
// scanned word that points into a small block: a multiply instead of a division.
#define INV(d) ((((uint64_t)1 << 47) / (d)) + 1u)
static const uint64_t class_inv[HEAP_NCLASS] = {
    INV(16), INV(24), INV(32), INV(40), INV(48), INV(56), INV(64), INV(72), INV(80), INV(96),
    INV(112), INV(128), INV(144), INV(160), INV(192), INV(224), INV(256), INV(320), INV(384), INV(448),
    INV(512), INV(640), INV(768), INV(1024), INV(1280), INV(1536), INV(2048), INV(2560),
    INV(3072), INV(4096), INV(5120), INV(6144), INV(8192), INV(10920), INV(16384)};
#undef INV

#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_heap.c; VERIFY.md rule 5) */
/*@ requires c < HEAP_NCLASS && r < HEAP_BLOCK;
    assigns \nothing; */
#endif
static inline uint32_t slot_of(unsigned c, uint32_t r) {
    return (uint32_t)(((uint64_t)r * class_inv[c]) >> 47);
}

#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_heap.c; VERIFY.md rule 5) */
/*@ assigns \nothing;
    ensures c >= HEAP_NCLASS || r >= HEAP_BLOCK ==> \result == 0; */
#endif
uint32_t heap_slot_of(unsigned c, uint32_t r) {
    return c < HEAP_NCLASS && r < HEAP_BLOCK ? slot_of(c, r) : 0;
}

/* Marks the chunk containing the address at offset [off] from the first block, when
 * off < bhigh * HEAP_BLOCK (the caller checks: no block from bhigh on holds a chunk).
 * Returns the size of that chunk when it is a small chunk that was marked already (its
 * start offset in *[hit]), else 0: scan_words then skips the words that point into the
 * same chunk (mark bits are only set during marking, so the chunk stays marked). */
static inline uint32_t mark_off(Heap *h, uintptr_t off, uintptr_t *hit) {
    size_t b = off / HEAP_BLOCK;
    uint8_t cls = h->bclass[b];
    if (cls == CLS_FREE) return 0;
    uint32_t slot = 0, sz = 0;
    uintptr_t start;
    if (cls == CLS_CONT) {
        b = h->bspan[b];
        start = (uintptr_t)block_addr(h, b);
    } else if (cls == CLS_LARGE) {
        start = (uintptr_t)block_addr(h, b);
    } else {
        unsigned c = cls - 1u;
        if (c >= HEAP_NCLASS) return 0;
        slot = slot_of(c, (uint32_t)(off % HEAP_BLOCK));
        if (slot >= class_nslots[c]) return 0;
        sz = heap_class_size[c];
        start = (uintptr_t)block_addr(h, b) + (uintptr_t)slot * sz;
    }
    uint64_t bit = (uint64_t)1 << (slot % 64u);
    uint64_t aw = abits_of(h, b)[slot / 64u];
    uint64_t *mw = mbits_of(h, b) + slot / 64u;
    if ((aw & bit) == 0) return 0;
    if ((*mw & bit) != 0) {
        *hit = start - (uintptr_t)h->blocks;
        return sz;
    }
    *mw |= bit;
    if (h->bkind[b] == HEAP_SCAN) mark_push(h, start);
    return 0;
}

/* Marks the chunk containing address [w], if any. */
static void mark_addr(Heap *h, uintptr_t w) {
    uintptr_t off = w - (uintptr_t)h->blocks; // wraps for w below the blocks: rejected
    uintptr_t hit;
    if (off < h->bhigh * (uintptr_t)HEAP_BLOCK) (void)mark_off(h, off, &hit);
}

static size_t chunk_bytes(const Heap *h, size_t b) {
    uint8_t cls = h->bclass[b];
    if (cls == CLS_LARGE) return (size_t)h->bspan[b] * HEAP_BLOCK;
    // Callers pass the head block of an allocated chunk (never FREE or CONT); a block in
    // any other state has no chunk to scan. (clang's bounds checker: cls == 0 would index
    // heap_class_size[-1].)
    if (cls == CLS_FREE || cls > HEAP_NCLASS) return 0;
    return heap_class_size[cls - 1u];
}

/* The last small chunk found marked already during one trace: [lo, lo + len) as offsets
 * from the first block (len 0: none). Most objects' first word is their type, marked long
 * before, and runs of objects of one type (the strs of a list, the floats of a vector)
 * name it over and over: those words are skipped without the block and bitmap lookups.
 * Mark bits are only set while marking, so the chunk stays marked for the whole trace. */
/* Besides that range, seen[] remembers exact words (offsets from the first block) found
 * to point into a marked small chunk, direct-mapped by address: the type of each object,
 * the interned keys of dicts and instance attributes, shared constants, which the range
 * alone kept forgetting as the words of one object alternate between them (session 22:
 * a fifth to a quarter of the collector's instructions on bench/json_roundtrip.py, oo.py
 * and binary_trees.py; docs/notes/gc22.md). An entry only ever names a chunk marked
 * during this trace (heap_collect makes one MarkHit per mark phase), and find_ready,
 * the only code that unmarks chunks, empties it right after, so skipping a word found
 * there never leaves a reachable chunk unmarked. Empty entries hold UINTPTR_MAX, which no
 * offset looked up (always below bhigh * HEAP_BLOCK) can equal. The MarkHit is the
 * Heap's own (heap.h), not a local of heap_collect: a kilobyte more of collector frame
 * would move the start of the C stack scan that much deeper, into stale words left by
 * earlier deeper calls, and keep what they name alive. */

static void mark_hit_init(MarkHit *mh) {
    mh->lo = 0;
    mh->len = 0;
    memset(mh->seen, 0xff, sizeof mh->seen);
}

/* Scans [n] bytes at [p] word by word. Reads memory ASan may consider poisoned (slack
 * after the requested size), so it is excluded from instrumentation; it is inlined into
 * its callers (a call per traced chunk cost more than the skipped words saved), which are
 * therefore NO_ASAN too (an inlined body takes its caller's instrumentation). */
NO_ASAN static inline __attribute__((always_inline)) void scan_words(Heap *h, const uint8_t *p, size_t n,
                                                                 MarkHit *mh) {
    const volatile uintptr_t *w = (const volatile uintptr_t *)(const void *)p;
    size_t k = n / sizeof(uintptr_t);
    // the range test inline (most scanned words are not heap addresses or hit no chunk);
    // lo and span cannot change while marking (it allocates no block)
    uintptr_t lo = (uintptr_t)h->blocks, span = h->bhigh * (uintptr_t)HEAP_BLOCK;
    uintptr_t hit = mh->lo, hitlen = mh->len;
#pragma GCC unroll 4
    for (size_t i = 0; i < k; i++) {
        uintptr_t off = w[i] - lo;
        if (off >= span || off - hit < hitlen) continue;
        uintptr_t *seen = &mh->seen[(off / sizeof(uintptr_t)) % SEEN_N];
        if (*seen == off) continue;
        uintptr_t at;
        uint32_t len = mark_off(h, off, &at);
        if (len != 0) {
            hit = at;
            hitlen = len;
            *seen = off;
        }
    }
    mh->lo = hit;
    mh->len = hitlen;
}

/* Bytes of a large chunk traced at a time (see drain). */
#define SCAN_STEP 4096u

/* Traces the chunks on the mark stack until it is empty. An entry is a chunk start or,
 * in a large chunk (blocks LARGE / CONT), where the rest of it is to be scanned: a large
 * chunk is scanned SCAN_STEP bytes at a time, its rest pushed back under the children
 * that step found. Scanned whole, a list of 200,000 objects pushed them all at once and
 * overflowed the mark stack, and each overflow rescans every marked chunk of the heap
 * (a third of bench/oo.py's collection work). */
NO_ASAN static void drain(Heap *h, MarkHit *mh) {
    while (h->mlen > 0) {
        uintptr_t c = h->mstack[--h->mlen];
        size_t b = (c - (uintptr_t)h->blocks) / HEAP_BLOCK;
        uint8_t cls = h->bclass[b];
        size_t n;
        if (cls == CLS_LARGE || cls == CLS_CONT) {
            size_t head = cls == CLS_CONT ? h->bspan[b] : b;
            uintptr_t end = (uintptr_t)block_addr(h, head) + (uintptr_t)h->bspan[head] * HEAP_BLOCK;
            n = end - c;
            if (n > SCAN_STEP) {
                n = SCAN_STEP;
                mark_push(h, c + SCAN_STEP);
            }
        } else {
            n = chunk_bytes(h, b);
        }
        h->traced += n;
        scan_words(h, (const uint8_t *)c, n, mh);
    }
}

/* After a mark-stack overflow: trace every marked SCAN chunk again until none is lost. */
NO_ASAN static void rescan_marked(Heap *h, MarkHit *mh) {
    while (h->moverflow) {
        h->moverflow = false;
        for (size_t b = 0; b < h->bhigh; b++) {
            uint8_t cls = h->bclass[b];
            if (cls == CLS_FREE || cls == CLS_CONT || h->bkind[b] != HEAP_SCAN) continue;
            uint64_t *mb = mbits_of(h, b);
            uint32_t n = cls == CLS_LARGE ? 1u : class_slots(cls - 1u);
            size_t sz = chunk_bytes(h, b);
            for (uint32_t s = 0; s < n; s++) {
                if (!bit_get(mb, s)) continue;
                scan_words(h, block_addr(h, b) + (size_t)s * (cls == CLS_LARGE ? 0 : sz), sz, mh);
                drain(h, mh);
            }
        }
    }
}

NO_ASAN static void scan_stack(Heap *h, MarkHit *mh) {
    jmp_buf regs; // spills callee-saved registers into this frame
    if (setjmp(regs) != 0) return;
    volatile uintptr_t marker = 0;
    uintptr_t lo = (uintptr_t)&marker & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    uintptr_t hi = h->stack_base;
    if (hi == 0 || hi < lo) return;
    for (uintptr_t a = lo; a + sizeof(uintptr_t) <= hi + sizeof(uintptr_t); a += sizeof(uintptr_t)) {
        uintptr_t w = *(const volatile uintptr_t *)a;
        mark_addr(h, w);
    }
    scan_words(h, (const uint8_t *)(const void *)&regs, sizeof regs, mh);
}

/* ---- weak cells ---- */

/* True when [w] is not the address of an allocated heap chunk, or that chunk is marked:
 * what a weak cell may keep referring to after this mark phase. */
static bool survives(const Heap *h, uintptr_t w) {
    uintptr_t lo = (uintptr_t)h->blocks;
    if (w < lo) return true;
    uintptr_t off = w - lo;
    if (off >= h->nblocks * (uintptr_t)HEAP_BLOCK) return true;
    size_t b = off / HEAP_BLOCK;
    uint8_t cls = h->bclass[b];
    if (cls == CLS_FREE) return true;
    uint32_t slot = 0;
    if (cls == CLS_CONT) {
        b = h->bspan[b];
    } else if (cls != CLS_LARGE) {
        unsigned c = cls - 1u;
        slot = (uint32_t)((off % HEAP_BLOCK) / heap_class_size[c]);
        if (slot >= class_slots(c)) return true;
    }
    if (!bit_get(abits_of(h, b), slot)) return true;
    return bit_get(mbits_of(h, b), slot);
}

/* Clears the words of live weak chunks whose targets are about to be swept (not those of
 * the finalization registry, whose targets find_ready keeps). A marked cell may be a
 * claimed slot not handed out yet (poisoned under ASan), hence NO_ASAN. */
NO_ASAN static void clear_weak(Heap *h) {
    for (size_t b = 0; b < h->bhigh; b++) {
        uint8_t cls = h->bclass[b];
        if (cls == CLS_FREE || cls == CLS_CONT || h->bkind[b] != HEAP_WEAK) continue;
        uint64_t *mb = mbits_of(h, b);
        uint32_t n = cls == CLS_LARGE ? 1u : class_slots(cls - 1u);
        size_t sz = chunk_bytes(h, b);
        for (uint32_t s = 0; s < n; s++) {
            if (!bit_get(mb, s)) continue;
            uintptr_t *cell = (uintptr_t *)(void *)(block_addr(h, b) + (size_t)s * (cls == CLS_LARGE ? 0 : sz));
            if (cell == h->fin) continue; // the finalization registry is find_ready's
            for (size_t i = 0; i < sz / sizeof(uintptr_t); i++)
                if (cell[i] != 0 && !survives(h, cell[i])) cell[i] = 0;
        }
    }
}

void *heap_weak_new(Heap *h, Value target) {
    uintptr_t *cell = heap_new(h, sizeof(uintptr_t), HEAP_WEAK);
    if (cell != NULL) *cell = (uintptr_t)target;
    return cell;
}

Value heap_weak_get(const void *cell) {
    return cell == NULL ? 0 : (Value) * (const uintptr_t *)cell;
}

/* ---- finalization ---- */

#define FIN_READY 1u /* registry tag: the chunk is ready (see heap.h) */
#define FIN_CAND 2u  /* registry tag inside find_ready: registered, unmarked by the trace */
#define FIN_TAGS 3u  /* chunks start at multiples of 8: the low bits are free for tags */

// True when [w] is the start of an allocated HEAP_SCAN chunk.
static bool scan_chunk_start(const Heap *h, uintptr_t w) {
    if (heap_chunk_size(h, (const void *)w) == 0) return false;
    return h->bkind[(w - (uintptr_t)h->blocks) / HEAP_BLOCK] == HEAP_SCAN;
}

#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_heap.c; VERIFY.md rule 5) */
/*@ requires \valid(h);
    requires h->fin_len <= h->fin_cap;
    requires h->fin_len == 0 || \valid(h->fin + (0 .. h->fin_len - 1));
    requires \separated(h, h->fin + (0 .. h->fin_cap - 1));
    assigns h->fin[0 .. h->fin_len - 1], h->fin_len, h->fin_next, h->fin_any_next;
    ensures h->fin_len <= \old(h->fin_len) && h->fin_next == 0 && h->fin_any_next == 0; */
#endif
// Drops the free words of the registry, keeping the order of the others.
static void fin_compact(Heap *h) {
    size_t j = 0;
    size_t n = h->fin_len;
    uintptr_t *fin = h->fin;
#ifdef FRAMAC_WP
    /*@ loop invariant 0 <= j <= i <= n;
        loop assigns i, j, fin[0 .. n - 1];
        loop variant n - i; */
#endif
    for (size_t i = 0; i < n; i++) {
        uintptr_t w = fin[i];
        if (w != 0) fin[j++] = w;
    }
#ifdef FRAMAC_WP
    /*@ loop invariant j <= i <= n;
        loop assigns i, fin[j .. n - 1];
        loop variant n - i; */
#endif
    for (size_t i = j; i < n; i++) fin[i] = 0;
    h->fin_len = j;
    h->fin_next = 0;
    h->fin_any_next = 0;
}

// Clears the mark bit of chunk start [w] (an allocated chunk).
static void unmark(Heap *h, uintptr_t w) {
    uintptr_t off = w - (uintptr_t)h->blocks;
    size_t b = off / HEAP_BLOCK;
    uint8_t cls = h->bclass[b];
    uint32_t slot = 0;
    if (cls == CLS_FREE || cls == CLS_CONT) return;
    if (cls != CLS_LARGE) {
        unsigned c = cls - 1u;
        if (c >= HEAP_NCLASS) return;
        slot = slot_of(c, (uint32_t)(off % HEAP_BLOCK));
        if (slot >= class_nslots[c]) return;
    }
    mbits_of(h, b)[slot / 64u] &= ~((uint64_t)1 << (slot % 64u));
}

/* After the mark phase: the ready chunks waiting for their finalizer are roots (with all
 * they reach); then the registered chunks the trace left unmarked are candidates, and the
 * chunks reachable from any candidate's contents are marked. Candidates still unmarked
 * then (no candidate, itself included, reaches them) become ready; when there is none,
 * every candidate does (they are all in or under cycles). Finally the new ready chunks are
 * marked too, so that nothing they use is freed. Allocates nothing, calls nothing. Each
 * chunk pushed on the mark stack is drained at once, so the push never overflows (a
 * candidate is pushed unmarked: an overflow's rescan would not find it). */
NO_ASAN static void find_ready(Heap *h, MarkHit *mh) {
    fin_compact(h);
    h->fin_found = 0;
    for (size_t i = 0; i < h->fin_len; i++)
        if ((h->fin[i] & FIN_READY) != 0) mark_addr(h, h->fin[i] - FIN_READY);
    drain(h, mh);
    rescan_marked(h, mh);
    size_t cand = 0;
    for (size_t i = 0; i < h->fin_len; i++) {
        uintptr_t w = h->fin[i];
        if ((w & FIN_TAGS) != 0 || survives(h, w)) continue;
        h->fin[i] = w + FIN_CAND;
        cand++;
    }
    if (cand == 0) return;
    for (size_t i = 0; i < h->fin_len; i++) {
        uintptr_t w = h->fin[i];
        // a marked candidate's contents are traced already (marking pushed it)
        if ((w & FIN_CAND) == 0 || survives(h, w - FIN_CAND)) continue;
        mark_push(h, w - FIN_CAND); // (the stack is empty: drained after every push)
        drain(h, mh);
    }
    rescan_marked(h, mh);
    size_t ready = 0;
    for (size_t i = 0; i < h->fin_len; i++) {
        uintptr_t w = h->fin[i];
        if ((w & FIN_CAND) != 0 && !survives(h, w - FIN_CAND)) ready++;
    }
    bool all = ready == 0;
    if (all) {
        // Cycles: CPython's collector clears the weak references to cyclic garbage before
        // it calls the finalizers (a finalizer that resurrects its object leaves those
        // references dead). The candidates are unmarked again for clear_weak, then marked
        // below with the others ready (what they reach stays marked meanwhile).
        for (size_t i = 0; i < h->fin_len; i++)
            if ((h->fin[i] & FIN_CAND) != 0) unmark(h, h->fin[i] - FIN_CAND);
        mark_hit_init(mh); // it may name the chunks just unmarked
        clear_weak(h);
    }
    ready = 0;
    for (size_t i = 0; i < h->fin_len; i++) {
        uintptr_t w = h->fin[i];
        if ((w & FIN_CAND) == 0) continue;
        w -= FIN_CAND;
        if (all || !survives(h, w)) {
            h->fin[i] = w + FIN_READY;
            mark_addr(h, w);
            ready++;
        } else {
            h->fin[i] = w;
        }
    }
    drain(h, mh);
    rescan_marked(h, mh);
    h->fin_ready += ready;
    h->fin_found = ready;
}

bool heap_fin_add(Heap *h, Value obj) {
    uintptr_t w = (uintptr_t)obj;
    if ((w & FIN_TAGS) != 0 || !scan_chunk_start(h, w)) return false;
    if (h->fin_len >= h->fin_cap) {
        fin_compact(h);
        if (h->fin_len >= h->fin_cap / 2) {
            size_t ncap = h->fin_cap < 32 ? 64 : h->fin_cap;
            if (ncap > SIZE_MAX / 2 / sizeof(uintptr_t)) return false;
            ncap *= 2;
            uintptr_t *n = heap_new(h, ncap * sizeof(uintptr_t), HEAP_WEAK);
            if (n == NULL) return false;
            // a collection inside heap_new may have compacted the registry (it never grows
            // it): copied only now
            if (h->fin_len > 0) memcpy(n, h->fin, h->fin_len * sizeof(uintptr_t));
            h->fin = n;
            h->fin_cap = ncap;
        }
    }
    h->fin[h->fin_len++] = w;
    h->fin_live++;
    return true;
}

#ifdef FRAMAC_WP /* WP-only contracts (tests/verify/wp_heap.c; VERIFY.md rule 5) */
/*@ requires \valid(h);
    requires h->fin_len <= h->fin_cap;
    requires h->fin_len == 0 || \valid(h->fin + (0 .. h->fin_len - 1));
    requires \separated(h, h->fin + (0 .. h->fin_cap - 1));
    assigns h->fin[0 .. h->fin_len - 1], h->fin_next, h->fin_any_next, h->fin_live,
            h->fin_ready;
    ensures h->fin_len == \old(h->fin_len); */
#endif
Value heap_fin_take(Heap *h, bool any) {
    size_t n = h->fin_len;
    uintptr_t *fin = h->fin;
#ifdef FRAMAC_WP
    /*@ loop assigns i;
        loop variant n - i; */
#endif
    for (size_t i = any ? h->fin_any_next : h->fin_next; i < n; i++) {
        uintptr_t w = fin[i];
        if (w == 0 || (!any && (w & FIN_READY) == 0)) continue;
        fin[i] = 0;
        if (any) h->fin_any_next = i + 1;
        else h->fin_next = i + 1;
        // (the counters are consistent with the words; checked so a bug cannot wrap them)
        if (h->fin_live > 0) h->fin_live--;
        if ((w & FIN_READY) != 0) {
            if (h->fin_ready > 0) h->fin_ready--;
            w -= FIN_READY;
        }
        return (Value)w;
    }
    return 0;
}

/* ---- sweeping ---- */

static void free_span(Heap *h, size_t b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        h->bclass[b + i] = CLS_FREE;
        memset(abits_of(h, b + i), 0, BWORDS * sizeof(uint64_t));
        memset(obits_of(h, b + i), 0, BWORDS * sizeof(uint64_t));
    }
    POISON(block_addr(h, b), n * HEAP_BLOCK);
    h->blocks_used -= n;
    if (b < h->free_hint) h->free_hint = b;
}

static void sweep(Heap *h) {
    uint32_t tail[HEAP_NCLASS][HEAP_NKINDS]; // last block of each partial list
    for (unsigned c = 0; c < HEAP_NCLASS; c++)
        for (unsigned k = 0; k < HEAP_NKINDS; k++) {
            tail[c][k] = NONE;
            h->cur[c][k] = NONE;
            h->partial[c][k] = NONE;
            h->curword[c][k] = 0;
            h->claim[c][k] = 0;
            h->claim_nbase[c][k] = 0;
        }
    size_t live = 0, chunks = 0;
    for (size_t b = 0; b < h->bhigh; b++) {
        uint8_t cls = h->bclass[b];
        if (cls == CLS_FREE || cls == CLS_CONT) continue;
        uint64_t *ab = abits_of(h, b), *mb = mbits_of(h, b), *ob = obits_of(h, b);
        if (cls == CLS_LARGE) {
            size_t n = h->bspan[b];
            bool keep = bit_get(mb, 0);
            memset(mb, 0, BWORDS * sizeof(uint64_t));
            if (keep) {
                live += n * HEAP_BLOCK;
                chunks++;
            } else {
                free_span(h, b, n);
            }
            b += n - 1;
            continue;
        }
        unsigned c = cls - 1u;
        uint32_t used = 0;
        uint32_t sz = heap_class_size[c];
        // only the bitmap words of the class's slots (no bit past them is ever set)
        uint32_t nw = (class_slots(c) + 63u) / 64u;
        for (uint32_t i = 0; i < nw && i < BWORDS; i++) {
            // nothing allocated here, so nothing marked either (mark_off marks only
            // allocated slots): most words of a sparse block
            if (ab[i] == 0) continue;
            uint64_t dead = ab[i] & ~mb[i];
            ab[i] &= mb[i];
            ob[i] &= mb[i];
            mb[i] = 0;
            used += popcount64(ab[i]);
            while (dead != 0) {
                uint32_t bit = (uint32_t)__builtin_ctzll(dead);
                dead &= dead - 1;
                POISON(block_addr(h, b) + (size_t)(i * 64u + bit) * sz, sz);
            }
        }
        h->bused[b] = (uint16_t)used;
        if (used == 0) {
            free_span(h, b, 1);
            continue;
        }
        live += (size_t)used * sz;
        chunks += used;
        unsigned k = h->bkind[b];
        if (used < class_slots(c) && k < HEAP_NKINDS) {
            // appended: the list is in address order, so the lowest blocks fill up first
            h->bnext[b] = NONE;
            if (tail[c][k] == NONE) h->partial[c][k] = (uint32_t)b;
            else h->bnext[tail[c][k]] = (uint32_t)b;
            tail[c][k] = (uint32_t)b;
        }
    }
    h->live_bytes = live;
    h->live_chunks = chunks;
}

void heap_collect(Heap *h) {
    if (h->inhibit > 0) return;
    if (h->before_collect != NULL) h->before_collect(h->before_ctx);
    h->mlen = 0;
    h->moverflow = false;
    h->traced = 0;
    for (size_t i = 0; i < h->nroots; i++) mark_addr(h, h->roots[i]);
    if (h->fin != NULL) mark_addr(h, (uintptr_t)h->fin); // (a weak chunk: not traced)
    MarkHit *mh = &h->mark_hit; // one for the whole mark phase (see MarkHit)
    mark_hit_init(mh);
    drain(h, mh);
    scan_stack(h, mh);
    drain(h, mh);
    rescan_marked(h, mh);
    if (h->fin_len != 0) find_ready(h, mh);
    clear_weak(h);
    sweep(h);
    h->allocated = h->allocated <= SIZE_MAX - h->since_gc ? h->allocated + h->since_gc : SIZE_MAX;
    h->since_gc = 0;
    // Next collection after TRACE_FACTOR times the traced bytes were allocated (see the
    // top of the file): measured over bench/, 2x traced with a 3 MiB floor took about 5%
    // less CPU than the former 2x live with an 8 MiB floor, and most small programs peak
    // at 9 MiB instead of 15. A failing allocation still collects first, so the heap
    // limit is unaffected.
    size_t next = h->traced <= SIZE_MAX / TRACE_FACTOR ? h->traced * TRACE_FACTOR : SIZE_MAX;
    h->threshold = next > h->min_threshold ? next : h->min_threshold;
    h->collections++;
    if (!h->reserve_armed && h->reserve > 0 && h->blocks_used <= h->nblocks &&
        h->nblocks - h->blocks_used >= 2 * h->reserve) {
        h->reserve_armed = true;
    }
}

/* ---- allocation ---- */

/* Finds [n] consecutive free blocks; NONE if there are none. */
static uint32_t find_span(Heap *h, size_t n) {
    size_t run = 0;
    for (size_t b = h->free_hint; b < h->nblocks; b++) {
        if (h->bclass[b] != CLS_FREE) {
            run = 0;
            continue;
        }
        run++;
        if (run == n) return (uint32_t)(b + 1 - n);
    }
    return NONE;
}

static uint8_t *alloc_large(Heap *h, size_t n, HeapKind kind) {
    size_t nb = n / HEAP_BLOCK + (n % HEAP_BLOCK != 0);
    if (nb > h->nblocks || h->blocks_used > usable_blocks(h) ||
        nb > usable_blocks(h) - h->blocks_used) {
        return NULL;
    }
    uint32_t b = find_span(h, nb);
    if (b == NONE) return NULL;
    h->bclass[b] = CLS_LARGE;
    h->bkind[b] = (uint8_t)kind;
    h->bspan[b] = (uint32_t)nb;
    for (size_t i = 1; i < nb; i++) {
        h->bclass[b + i] = CLS_CONT;
        h->bkind[b + i] = (uint8_t)kind;
        h->bspan[b + i] = b;
    }
    bit_set(abits_of(h, b), 0);
    memset(obits_of(h, b), 0, BWORDS * sizeof(uint64_t));
    h->blocks_used += nb;
    if (b == h->free_hint) h->free_hint = b + nb;
    if (b + nb > h->bhigh) h->bhigh = b + nb;
    // blocks never given out of a fresh region are still zero: clearing them would only
    // commit their pages (a large buffer is often mostly unused)
    bool zero = b >= h->zero_from;
    if (b + nb > h->zero_from) h->zero_from = b + nb;
    uint8_t *p = block_addr(h, b);
    POISON(p, nb * HEAP_BLOCK);
    UNPOISON(p, n);
    if (!zero) memset(p, 0, n);
    return p;
}

static uint32_t fresh_block(Heap *h, unsigned c, HeapKind kind) {
    if (h->blocks_used >= usable_blocks(h)) return NONE;
    uint32_t b = find_span(h, 1);
    if (b == NONE) return NONE;
    h->bclass[b] = (uint8_t)(c + 1u);
    h->bkind[b] = (uint8_t)kind;
    h->bused[b] = 0;
    memset(abits_of(h, b), 0, BWORDS * sizeof(uint64_t));
    memset(obits_of(h, b), 0, BWORDS * sizeof(uint64_t));
    POISON(block_addr(h, b), HEAP_BLOCK);
    h->blocks_used++;
    if (b == h->free_hint) h->free_hint = b + 1;
    if (b + 1u > h->bhigh) h->bhigh = b + 1u;
    if (b + 1u > h->zero_from) h->zero_from = b + 1u;
    return b;
}

// Zero-fills the first [n] bytes of a small chunk. Chunks are 8-aligned and their class
// sizes multiples of 8, so rounding [n] up to words stays inside the chunk. Most objects
// are a few words long: plain stores beat memset's `rep stos`, whose start-up cost was
// the largest single item of float-heavy programs.
static inline void zero_chunk(uint8_t *p, size_t n) {
#ifdef HEAP_ASAN
    // only [n] bytes are unpoisoned: the rounded-up stores below would touch the slack
    memset(p, 0, n);
    return;
#endif
    if (n > 64) {
        memset(p, 0, n);
        return;
    }
    uint64_t *w = (uint64_t *)(void *)p;
    switch ((n + 7) / 8) {
    case 8: w[7] = 0; /* fall through */
    case 7: w[6] = 0; /* fall through */
    case 6: w[5] = 0; /* fall through */
    case 5: w[4] = 0; /* fall through */
    case 4: w[3] = 0; /* fall through */
    case 3: w[2] = 0; /* fall through */
    case 2: w[1] = 0; /* fall through */
    default: w[0] = 0;
    }
}

// Counts the [k] slots ([bytes] in all) of a new claim as allocated (saturating): the
// accounting of small chunks is done per claim, so handing a claimed slot out touches no
// counter. The unused rest of a claim is counted until the next sweep recomputes
// live_bytes / live_chunks from the marks (at most 64 slots per class and kind).
static void account_claim(Heap *h, size_t bytes, size_t k) {
    h->since_gc = h->since_gc <= SIZE_MAX - bytes ? h->since_gc + bytes : SIZE_MAX;
    h->live_bytes = h->live_bytes <= SIZE_MAX - bytes ? h->live_bytes + bytes : SIZE_MAX;
    h->live_chunks = h->live_chunks <= SIZE_MAX - k ? h->live_chunks + k : SIZE_MAX;
}

// Claims every free slot of the next bitmap word with one (of the class's current block,
// else of a partial or fresh block): their allocation bits are set at once and the slots
// are handed out one by one from claim[c][kind] by the fast path of heap_alloc. Claimed
// slots not yet handed out look allocated to the collector (at worst a stale word marks
// one and it is kept until the next collection); sweep drops every claim, so the
// unmarked ones are freed and never handed out afterwards. False when the heap is full.
static bool claim_word(Heap *h, unsigned c, HeapKind kind) {
    uint32_t nslots = class_slots(c);
    uint32_t lastw = (nslots - 1u) / 64u;
    uint64_t lastmask = nslots % 64u != 0 ? ((uint64_t)1 << (nslots % 64u)) - 1u : ~(uint64_t)0;
    uint32_t b = h->cur[c][kind];
    for (;;) {
        if (b != NONE) {
            uint64_t *ab = abits_of(h, b);
            for (uint32_t wi = h->curword[c][kind]; wi <= lastw; wi++) {
                uint64_t freebits = ~ab[wi];
                if (wi == lastw) freebits &= lastmask;
                if (freebits == 0) continue;
                ab[wi] |= freebits;
                uint32_t k = popcount64(freebits);
                h->bused[b] = (uint16_t)(h->bused[b] + k);
                account_claim(h, (size_t)k * heap_class_size[c], k);
                h->curword[c][kind] = wi + 1u;
                h->claim[c][kind] = freebits;
                h->claim_nbase[c][kind] = ~(uintptr_t)(block_addr(h, b) + (size_t)wi * 64u * heap_class_size[c]);
                if (kind == HEAP_SCAN) h->claim_obw[c] = obits_of(h, b) + wi;
                return true;
            }
        }
        // the next block with free slots: a partial one before a fresh one, also right
        // after a sweep (cur is then NONE). Taking a fresh block there left the partial
        // blocks of rarely used classes unused, and each collection added a block per
        // class: with frequent collections the heap grew to several times the live size.
        b = h->partial[c][kind];
        if (b != NONE) {
            h->partial[c][kind] = h->bnext[b];
        } else {
            b = fresh_block(h, c, kind);
            if (b == NONE) return false;
        }
        h->cur[c][kind] = b;
        h->curword[c][kind] = 0;
    }
}

// Hands out the lowest claimed slot of class [c] (the claim is not empty), zero-filled.
static inline uint8_t *take_claimed(Heap *h, unsigned c, size_t n, HeapKind kind) {
    uint64_t m = h->claim[c][kind];
    h->claim[c][kind] = m & (m - 1u);
    uint8_t *p = (uint8_t *)~h->claim_nbase[c][kind] + (size_t)__builtin_ctzll(m) * heap_class_size[c];
    UNPOISON(p, n);
    zero_chunk(p, n);
    return p;
}

// A chunk of [n] bytes from size class [c] (c == size_to_class(n)).
static uint8_t *alloc_small(Heap *h, unsigned c, size_t n, HeapKind kind) {
    // c comes from size_to_class (< HEAP_NCLASS by construction); checked here, off the
    // inline fast path, so claim_word/take_claimed never index the class tables with a
    // bad class (clang's bounds checker cannot bound size_to_class's result).
    if (c >= HEAP_NCLASS || (unsigned)kind >= HEAP_NKINDS) return NULL;
    if (h->claim[c][kind] == 0 && !claim_word(h, c, kind)) return NULL;
    return take_claimed(h, c, n, kind);
}

// Counts [acct] freshly allocated bytes (saturating).
static void account(Heap *h, size_t acct) {
    h->since_gc = h->since_gc <= SIZE_MAX - acct ? h->since_gc + acct : SIZE_MAX;
    h->live_bytes = h->live_bytes <= SIZE_MAX - acct ? h->live_bytes + acct : SIZE_MAX;
    h->live_chunks++;
}

static uint8_t *alloc_slow(Heap *h, size_t n, HeapKind kind);

static inline uint8_t *alloc(Heap *h, size_t n, HeapKind kind) {
    // the hot path: a small chunk from the claimed slots, no collection due
    if (n - 1u < 256u) {
        unsigned c = heap_small_class[(n + 7) / 8];
        if (h->claim[c][kind] != 0) return take_claimed(h, c, n, kind); // counted by the claim
    }
    return alloc_slow(h, n, kind);
}

static uint8_t *alloc_slow(Heap *h, size_t n, HeapKind kind) {
    if (n == 0) n = 1;
    if (n <= HEAP_SMALL_MAX) {
        // the hot path: one class computation, no capacity test (a heap too small for
        // one block has no block to give, so alloc_small fails by itself)
        unsigned c = size_to_class(n);
        if (h->since_gc > h->threshold) heap_collect(h);
        uint8_t *p = alloc_small(h, c, n, kind);
        if (p == NULL) {
            heap_collect(h);
            p = alloc_small(h, c, n, kind);
            if (p == NULL) {
                h->reserve_armed = false; // for the MemoryError's handler (see heap.h)
                return NULL;
            }
        }
        return p; // counted by its claim (claim_word)
    }
    if (n > heap_capacity(h)) return NULL;
    if (h->since_gc > h->threshold) heap_collect(h);
    uint8_t *p = alloc_large(h, n, kind);
    if (p == NULL) {
        heap_collect(h);
        p = alloc_large(h, n, kind);
        if (p == NULL) {
            h->reserve_armed = false; // for the MemoryError's handler (see heap.h)
            return NULL;
        }
    }
    account(h, n);
    return p;
}

// Records the chunk at [p] (just allocated, HEAP_SCAN) as an object.
static void set_obit(Heap *h, const uint8_t *p) {
    uintptr_t off = (uintptr_t)p - (uintptr_t)h->blocks;
    size_t b = off / HEAP_BLOCK;
    uint8_t cls = h->bclass[b];
    uint32_t slot = 0;
    if (cls != CLS_LARGE) {
        if (cls == CLS_FREE || cls > HEAP_NCLASS) return; // (p is a small chunk's start)
        slot = slot_of(cls - 1u, (uint32_t)(off % HEAP_BLOCK));
    }
    bit_set(obits_of(h, b), slot);
}

static uint8_t *alloc_kind(Heap *h, size_t n, HeapKind kind) {
    if (kind != HEAP_OBJ) return (unsigned)kind < HEAP_NKINDS ? alloc(h, n, kind) : NULL;
    uint8_t *p = alloc(h, n, HEAP_SCAN);
    if (p != NULL) set_obit(h, p);
    return p;
}

uint8_t *heap_alloc(Heap *h, size_t n, HeapKind kind) { return alloc_kind(h, n, kind); }

void *heap_new(Heap *h, size_t n, HeapKind kind) { return alloc_kind(h, n, kind); }

size_t heap_chunk_size(const Heap *h, const void *p) {
    uintptr_t w = (uintptr_t)p, lo = (uintptr_t)h->blocks;
    if (w < lo) return 0;
    uintptr_t off = w - lo;
    if (off >= h->nblocks * (uintptr_t)HEAP_BLOCK) return 0;
    size_t b = off / HEAP_BLOCK;
    uint8_t cls = h->bclass[b];
    if (cls == CLS_FREE || cls == CLS_CONT) return 0;
    if (cls == CLS_LARGE) return off % HEAP_BLOCK == 0 ? (size_t)h->bspan[b] * HEAP_BLOCK : 0;
    unsigned c = cls - 1u;
    if ((off % HEAP_BLOCK) % heap_class_size[c] != 0) return 0;
    uint32_t slot = (uint32_t)((off % HEAP_BLOCK) / heap_class_size[c]);
    if (slot >= class_slots(c) || !bit_get(abits_of(h, b), slot)) return 0;
    return heap_class_size[c];
}

/* ---- walking ---- */

// True when the slot at [p] of class [c] is claimed but not handed out (kind [kind]).
static bool is_claimed(const Heap *h, unsigned c, HeapKind kind, uintptr_t p) {
    uint64_t m = h->claim[c][kind];
    if (m == 0) return false;
    uintptr_t base = ~h->claim_nbase[c][kind];
    if (p < base) return false;
    uintptr_t i = (p - base) / heap_class_size[c];
    return i < 64u && (p - base) % heap_class_size[c] == 0 && ((m >> i) & 1u) != 0;
}

// Whether slot [s] of block [b] (of the kind [kind] walks) is to be visited.
static bool walked(const Heap *h, HeapKind kind, size_t b, uint32_t s) {
    if (!bit_get(abits_of(h, b), s)) return false;
    return kind != HEAP_OBJ || bit_get(obits_of(h, b), s);
}

bool heap_walk(Heap *h, HeapKind kind, HeapVisit visit, void *ctx) {
    HeapKind bk = kind == HEAP_OBJ ? HEAP_SCAN : kind;
    if ((unsigned)bk >= HEAP_NKINDS) return true;
    h->inhibit++;
    bool go = true;
    // bhigh, bclass and the claims are read again at each step: [visit] may allocate
    for (size_t b = 0; go && b < h->bhigh; b++) {
        uint8_t cls = h->bclass[b];
        if (cls == CLS_FREE || cls == CLS_CONT || h->bkind[b] != bk) continue;
        if (cls == CLS_LARGE) {
            if (walked(h, kind, b, 0)) go = visit(ctx, (Value)(uintptr_t)block_addr(h, b));
            continue;
        }
        unsigned c = cls - 1u;
        if (c >= HEAP_NCLASS) continue;
        for (uint32_t s = 0; go && s < class_slots(c); s++) {
            if (h->bclass[b] != cls || !walked(h, kind, b, s)) continue;
            uint8_t *p = block_addr(h, b) + (size_t)s * heap_class_size[c];
            if (!is_claimed(h, c, bk, (uintptr_t)p)) go = visit(ctx, (Value)(uintptr_t)p);
        }
    }
    h->inhibit--;
    return go;
}

bool heap_clear(Heap *h, void *p, size_t n) {
    size_t sz = heap_chunk_size(h, p);
    if (sz == 0 || n > sz) return false;
    memset(p, 0, n);
    return true;
}
