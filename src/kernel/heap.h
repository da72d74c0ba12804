/*
 * heap.h: the GC heap. The only allocator in safepy, and the only code that frees.
 *
 * The heap lives in one region given at init (mmap'd by the POSIX host, a fixed buffer
 * in the enclave). The region starts with out-of-band metadata (per-block class, kind,
 * allocation and mark bitmaps) followed by 32 KiB blocks. Small chunks (<= 16 KiB) come
 * from blocks holding one size class; larger chunks take a span of whole blocks.
 *
 * Collection is mark-sweep and non-moving. Every word of a SCAN chunk and of the C stack
 * (registers spilled with setjmp) is treated as a possible reference, interior pointers
 * included, so no C code can ever hold a dangling reference: a chunk is reused only after
 * a full trace finds no word pointing into it. RAW chunks (bytes, limbs) are not scanned.
 *
 * Invariants: every chunk handed out is zero-filled; a chunk's memory is never reused
 * while any scanned word points into it; the heap never grows past the region.
 */
#ifndef SAFEPY_KERNEL_HEAP_H
#define SAFEPY_KERNEL_HEAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "value.h"

/* What the collector does with a chunk's contents. */
typedef enum {
    HEAP_SCAN = 0, /* every word may be a reference: objects, Value arrays, C structs */
    HEAP_RAW = 1,  /* no references: bytes, integer limbs, code words */
    HEAP_WEAK = 2, /* weak words (heap_weak_new, vec_push_weak): no word of the chunk keeps
                      its target alive; each is cleared when its target is collected */
    HEAP_OBJ = 3   /* for allocation and heap_walk only, not a block kind: a HEAP_SCAN
                      chunk that holds an object of the layer above (an Obj header
                      first), recorded in the object bitmap (Heap.obits) */
} HeapKind;
#define HEAP_NKINDS 3 /* block kinds (HEAP_OBJ chunks share HEAP_SCAN's blocks) */

#define HEAP_BLOCK 32768u
#define HEAP_NCLASS 35
#define HEAP_SMALL_MAX 16384u
#define HEAP_NROOTS 8

/* Marking scratch of heap.c (see MarkHit there): the chunk range and the exact words
 * (offsets from the first block) last found pointing at marked chunks. */
#define SEEN_N 128u
typedef struct MarkHit {
    uintptr_t lo, len;
    uintptr_t seen[SEEN_N];
} MarkHit;

typedef struct Heap {
    uint8_t *blocks;      /* first block (aligned to 64 bytes) */
    size_t nblocks;
    uint8_t *bclass;      /* per block: 0 free, 1..NCLASS small class+1, LARGE, CONT */
    uint8_t *bkind;       /* per block: HeapKind of its chunks */
    uint32_t *bspan;      /* LARGE head: span length in blocks; CONT: head block index */
    uint32_t *bnext;      /* link in a partial-block list */
    uint16_t *bused;      /* small block: allocated slots */
    uint64_t *abits;      /* allocation bitmap, HEAP_BWORDS words per block */
    uint64_t *mbits;      /* mark bitmap, same shape */
    uint64_t *obits;      /* object bitmap, same shape: the chunk was allocated as HEAP_OBJ
                             (a bit is set only while its chunk is allocated) */
    uintptr_t *mstack;    /* mark stack of chunk addresses */
    size_t mcap, mlen;
    bool moverflow;       /* a push was dropped: rescan marked chunks */
    uint32_t cur[HEAP_NCLASS][HEAP_NKINDS];     /* block being filled, per class and kind */
    uint32_t curword[HEAP_NCLASS][HEAP_NKINDS]; /* bitmap word to resume the search at */
    uint32_t partial[HEAP_NCLASS][HEAP_NKINDS]; /* list of blocks with free slots */
    uint64_t claim[HEAP_NCLASS][HEAP_NKINDS];   /* claimed slots not yet handed out (bits) */
    uintptr_t claim_nbase[HEAP_NCLASS][HEAP_NKINDS]; /* ~address of the claim's bit 0
                             slot: complemented, so this struct (itself in a scanned chunk)
                             holds no word that looks like a reference into the heap */
    uint64_t *claim_obw[HEAP_NCLASS]; /* the object-bitmap word of each class's HEAP_SCAN
                             claim (same bit positions as claim[c][HEAP_SCAN]); points into
                             the metadata, never into the blocks */
    size_t free_hint;     /* first block index worth searching for a free span */
    size_t bhigh;         /* 1 + the highest block ever given out: every block from here
                             on is free (the collector's block loops stop here) */
    size_t zero_from;     /* every block from here on has held no data since the region
                             was mapped, so its bytes are all zero (nblocks: none known;
                             a large chunk there needs no clearing); >= bhigh */
    size_t blocks_used;
    size_t live_bytes;    /* bytes in chunks live after the last sweep, plus allocated since */
    size_t since_gc;      /* bytes allocated since the last collection */
    size_t threshold;     /* collect when since_gc passes this */
    size_t min_threshold; /* the smallest threshold (heap_init sets a default; an embedder
                             may change it, e.g. to trade time for memory) */
    size_t traced;        /* bytes of HEAP_SCAN chunks the last collection traced: the
                             collector's work, the basis of the next threshold */
    size_t live_chunks;   /* chunks allocated and not yet swept (leak checks); small
                             chunks are counted per claim (claimed slots count as live
                             until the next sweep) */
    size_t collections;
    uintptr_t stack_base; /* highest C stack address that may hold references */
    Value roots[HEAP_NROOTS];
    size_t nroots;
    int inhibit;          /* > 0: never collect (used while the heap itself is set up) */
    size_t reserve;       /* blocks kept back while armed: when an allocation fails even
                             after a collection, the reserve is released so the handler of
                             the MemoryError (and a traceback) can still allocate; it is
                             re-armed by a collection that leaves twice as many free */
    bool reserve_armed;
    const uint8_t *ucd_names; /* the decompressed Unicode name tables (unicode_ucd.c), also
                                 a root; NULL until first used */
    const uint8_t *ucd_props; /* the decompressed Unicode property tables, likewise */
    /* Called at the start of every collection with [before_ctx] (NULL: none). It may
     * clear references the collector must not see (the interpreter drops the dead part
     * of its value stack there); it must not allocate. */
    void (*before_collect)(void *ctx);
    void *before_ctx;
    /* The finalization registry (heap_fin_add): a HEAP_WEAK chunk of fin_cap words, NULL
     * until the first registration. A word is 0 (free), the address of a registered chunk
     * (an object whose finalizer has not run) or that address + 1 once the chunk is ready:
     * a collection found it unreachable, and it (with all it reaches) is kept until
     * heap_fin_take hands it out. Each collection compacts the words, keeping their order. */
    uintptr_t *fin;
    size_t fin_len;       /* words in use, free ones included */
    size_t fin_cap;
    size_t fin_live;      /* registered chunks not yet taken (ready ones included) */
    size_t fin_ready;     /* ready words */
    size_t fin_found;     /* chunks the last collection made ready */
    size_t fin_next;      /* no ready word below this index (heap_fin_take's cursor) */
    size_t fin_any_next;  /* no nonzero word below this index */
    size_t allocated;     /* bytes allocated before the last collection (saturating): with
                             since_gc, what the program allocated so far */
    MarkHit mark_hit;     /* heap_collect's marking scratch (offsets, not addresses) */
} Heap;

/* Builds a heap in [region] of [size] bytes. False when the region is too small for
 * metadata plus one block. The region must stay valid for the heap's lifetime. */
bool heap_init(Heap *h, uint8_t *region, size_t size);

/* Same as heap_init for a region known to be all zero bytes (fresh anonymous mmap):
 * skips clearing the metadata, so a large reservation costs nothing until used. */
bool heap_init_fresh(Heap *h, uint8_t *region, size_t size);

/* Allocates a zero-filled chunk of [n] bytes (n >= 1) of kind [kind]. May collect first.
 * Returns NULL when the heap cannot hold it even after a collection; the caller turns
 * that into MemoryError. Such a failure releases the emergency reserve (see Heap), so
 * allocations right after it may succeed. */
uint8_t *heap_alloc(Heap *h, size_t n, HeapKind kind);

/* Same as heap_alloc, returning the chunk as an untyped pointer for struct allocation. */
void *heap_new(Heap *h, size_t n, HeapKind kind);

/* Usable size of the chunk starting at [p] (its size class or span), 0 if [p] is not
 * the start of an allocated chunk. */
size_t heap_chunk_size(const Heap *h, const void *p);

/* Runs a full collection now. */
void heap_collect(Heap *h);

/* A new weak cell referring to [target] (a heap address or any other word): a HEAP_WEAK
 * chunk that the collector does not trace. After each mark phase, every word of a live
 * HEAP_WEAK chunk whose target is an unmarked heap chunk is set to 0 before that chunk is
 * freed, so a weak word never refers to freed memory. NULL when the heap is exhausted.
 * The cell itself lives while a scanned word refers to it. */
void *heap_weak_new(Heap *h, Value target);

/* The target of weak cell [cell] (from heap_weak_new), 0 once collected or for NULL. */
Value heap_weak_get(const void *cell);

/* Registers [obj], the start of an allocated HEAP_SCAN chunk (an object), for
 * finalization: once a collection finds it unreachable it becomes ready instead of being
 * freed. Among the registered chunks a collection finds unreachable, those not reachable
 * from another of them (nor from themselves) become ready, so an object's finalizer runs
 * before those of the objects it refers to; when every one of them is (cycles), all of
 * them become ready. A ready chunk and everything it reaches stay allocated (it is a root)
 * until heap_fin_take hands it out; after that it is an ordinary chunk again (a
 * registration is used once). May allocate (and so collect) to grow the registry. False
 * when [obj] is not such a chunk or the heap is exhausted (nothing registered). */
bool heap_fin_add(Heap *h, Value obj);

/* Removes from the registry and returns the first ready chunk in registration order
 * ([any]: the first registered chunk, ready or not); 0 when there is none. Never
 * allocates or collects. The caller then runs the chunk's finalizer: the chunk is freed by
 * a later collection once nothing refers to it. */
Value heap_fin_take(Heap *h, bool any);

/* Called by heap_walk with each chunk's address (as a Value); false stops the walk. */
typedef bool (*HeapVisit)(void *ctx, Value chunk);

/* Calls [visit]([ctx], chunk) for every chunk of kind [kind] (HEAP_OBJ: the chunks
 * allocated as HEAP_OBJ; HEAP_SCAN: all scanned chunks, objects included) that was
 * handed out and not yet swept, in address order (claimed slots not handed out yet are skipped: their bytes
 * are stale). No collection runs during the walk (an allocation by [visit] that finds the
 * heap full fails instead), so no chunk is freed or moved under it; chunks allocated by
 * [visit] may or may not be visited. Chunks dead since the last collection are visited
 * too: collect first for the live ones only. False when [visit] stopped the walk. */
bool heap_walk(Heap *h, HeapKind kind, HeapVisit visit, void *ctx);

/* Zero-fills the first [n] bytes of the chunk that starts at [p]. False (nothing written)
 * when [p] is not the start of an allocated chunk or [n] exceeds its size. */
bool heap_clear(Heap *h, void *p, size_t n);

/* Registers [v] as a precise root (at most HEAP_NROOTS). False when full. */
bool heap_add_root(Heap *h, Value v);

/* Records [addr] (an address in the outermost frame that uses the heap) as the stack
 * base for conservative scanning. Keeps the highest address seen. */
void heap_set_stack_base(Heap *h, uintptr_t addr);

/* Bytes of C stack in use between the stack base and the caller's frame. */
size_t heap_stack_used(const Heap *h);

/* The size classes: chunk size of each class, and the class of a chunk of n <= 256 bytes
 * at [(n + 7) / 8]. Defined here (not in heap.c) so that heap_new_small with a constant
 * size folds both lookups, and the hardened build's bounds check on h->claim[c] with
 * them. */
static const uint32_t heap_class_size[HEAP_NCLASS] = {
    16, 24, 32, 40, 48, 56, 64, 72, 80, 96, 112, 128, 144, 160, 192, 224, 256, 320,
    384, 448, 512, 640, 768, 1024, 1280, 1536, 2048, 2560, 3072, 4096, 5120, 6144, 8192,
    10920, 16384}; // the last two: 3 and 2 a block (a chunk just over 8 KiB took a whole
                   // 32 KiB block: pidigits' ints held 4x their bytes, see mem8 notes)

// size_to_class for n <= 256, indexed by (n + 7) / 8 (allocation is hot: no search).
static const uint8_t heap_small_class[33] = {0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 14, 14, 15, 15, 15, 15, 16, 16, 16, 16};

/* The slot holding byte offset [r] (< HEAP_BLOCK) of a block of size class [c], as the
 * collector computes it (a multiply by a reciprocal); 0 for arguments out of range. */
uint32_t heap_slot_of(unsigned c, uint32_t r);

#if defined(__SANITIZE_ADDRESS__)
#define HEAP_INLINE_ALLOC 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HEAP_INLINE_ALLOC 0
#endif
#endif
#ifndef HEAP_INLINE_ALLOC
#define HEAP_INLINE_ALLOC 1
#endif
/* The largest chunk heap_new_small hands out inline (a str is 72 bytes, its bytes up to
 * 128 in the short-text path of buf_from_view). */
#define HEAP_INLINE_MAX 128u
/* The same for a size known at compile time (a one- or two-key dict, whose entries are in
 * its own chunk, is 192 bytes): only constant sizes take it, so the function stays small
 * enough for the variable-size callers (obj_alloc) to inline. */
#define HEAP_INLINE_CONST_MAX 192u

/* heap_new for the hottest allocation sites (floats, strs and their bytes, small objects),
 * inlined: a chunk of at most HEAP_INLINE_MAX bytes (HEAP_INLINE_CONST_MAX for a size
 * known at compile time) is the lowest claimed slot of its
 * class (see Heap.claim), zero-filled word by word (chunks are 8-aligned and class sizes
 * multiples of 8, so the rounded-up stores stay inside the slot; claimed slots were
 * counted in live_bytes / since_gc when claimed, as heap_new does);
 * everything else (no claimed slot, larger chunks, ASan builds, which poison free slots)
 * calls heap_new, which also starts a collection when one is due. Same contract. */
static inline void *heap_new_small(Heap *h, size_t n, HeapKind kind) {
#if HEAP_INLINE_ALLOC
    HeapKind bk = kind == HEAP_OBJ ? HEAP_SCAN : kind; // (folds: kind is a constant)
    if ((n - 1u < HEAP_INLINE_MAX ||
         (__builtin_constant_p(n) && n - 1u < HEAP_INLINE_CONST_MAX)) &&
        (unsigned)bk < HEAP_NKINDS) {
        unsigned c = heap_small_class[(n + 7u) / 8u];
        uint64_t m = h->claim[c][bk];
        size_t sz = heap_class_size[c];
        if (m != 0) {
            h->claim[c][bk] = m & (m - 1u);
            if (kind == HEAP_OBJ) *h->claim_obw[c] |= m & (0u - m);
            uint64_t *w = (uint64_t *)(~h->claim_nbase[c][bk] + (uintptr_t)__builtin_ctzll(m) * sz);
            // words 16 and up: only a constant size over 128 bytes has any (unrolled
            // then). Not guarded by a second __builtin_constant_p: nothing promises it
            // folds as the admission test's did, and a slot must never keep old words.
            size_t nw = (n + 7u) / 8u;
            for (size_t i = 16; i < nw; i++) w[i] = 0;
            switch (nw > 16u ? 16u : nw) {
            case 16: w[15] = 0; /* fall through */
            case 15: w[14] = 0; /* fall through */
            case 14: w[13] = 0; /* fall through */
            case 13: w[12] = 0; /* fall through */
            case 12: w[11] = 0; /* fall through */
            case 11: w[10] = 0; /* fall through */
            case 10: w[9] = 0; /* fall through */
            case 9: w[8] = 0; /* fall through */
            case 8: w[7] = 0; /* fall through */
            case 7: w[6] = 0; /* fall through */
            case 6: w[5] = 0; /* fall through */
            case 5: w[4] = 0; /* fall through */
            case 4: w[3] = 0; /* fall through */
            case 3: w[2] = 0; /* fall through */
            case 2: w[1] = 0; /* fall through */
            default: w[0] = 0;
            }
            return w; // counted when claimed
        }
    }
#endif
    return heap_new(h, n, kind);
}

/* A start inside [mapped] ([mapped_size] bytes, 64-aligned) for a heap of [size] bytes
 * whose blocks then begin at a multiple of [align] (a power of two >= 64): heap_init*(
 * result, size) fits in the mapping. Needs mapped_size >= size + align; otherwise (or
 * when the heap cannot be built) returns [mapped]. Writes nothing to the region. */
uint8_t *heap_align_blocks(uint8_t *mapped, size_t mapped_size, size_t size, size_t align);

/* The blocks from index [from] to the end of the heap, as an address range starting at
 * the first multiple of [align] (a power of two) at or after block [from]: [*start] and
 * [*len] bytes. False (outputs untouched) when that range is empty or [align] is not a
 * power of two. For the embedder's memory advice (huge pages for a grown heap only). */
bool heap_tail_range(const Heap *h, size_t from, size_t align, uint8_t **start, size_t *len);

/* Total bytes the heap can hand out (blocks * block size). */
size_t heap_capacity(const Heap *h);

/* Bytes of the region needed for metadata + [nblocks] blocks (for sizing a region). */
size_t heap_region_size(size_t nblocks);

#endif
