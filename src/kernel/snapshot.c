/*
 * snapshot.c: heap snapshot and restore (see snapshot.h).
 *
 * Buffer layout (nb = s->nblocks): abits[0 .. nb*BWORDS), obits[0 .. nb*BWORDS),
 * bspan[0 .. nb), bnext[0 .. nb),
 * bused[0 .. nb), bclass[0 .. nb), bkind[0 .. nb), padding to a multiple of 64 bytes, then
 * the contents of blocks [0, nb) (the buffer itself must be 8-byte aligned).
 * Under AddressSanitizer the heap poisons free memory, so the save reads block contents
 * with an uninstrumented loop and the restore re-derives the poisoning from the restored
 * metadata (whole free blocks poisoned, blocks in use unpoisoned).
 */
#include "snapshot.h"

#include <string.h>

#include "checked.h"

#define BWORDS (HEAP_BLOCK / 16u / 64u) /* as heap.c: allocation bitmap words per block */
#define META_PER_BLOCK (2u * BWORDS * sizeof(uint64_t) + 4u + 4u + 2u + 1u + 1u)

#if defined(__SANITIZE_ADDRESS__)
#define SNAP_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SNAP_ASAN 1
#endif
#endif

#ifdef SNAP_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#define NO_ASAN __attribute__((no_sanitize_address))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#define NO_ASAN
#endif

size_t snapshot_blocks_in_use(const Heap *h) {
    size_t n = h->nblocks;
    while (n > 0 && h->bclass[n - 1] == 0) n--;
    return n;
}

size_t snapshot_capacity(const Heap *h) {
    size_t per = META_PER_BLOCK + HEAP_BLOCK, total = 0;
    if (!size_mul(h->nblocks, per, &total) || !size_add(total, 64, &total)) return SIZE_MAX;
    return total;
}

// Bytes of metadata for [nb] blocks, rounded up so the block contents that follow are
// 64-byte aligned in the buffer.
static size_t meta_bytes(size_t nb) { return (nb * META_PER_BLOCK + 63u) & ~(size_t)63u; }

void snapshot_init(HeapSnapshot *s, uint8_t *buf, size_t cap) {
    s->buf = buf;
    s->cap = buf != NULL ? cap : 0;
    s->nblocks = 0;
    s->bytes = 0;
    s->valid = false;
}

/* Copies n bytes that may be poisoned for ASan (free heap memory) from src to dst. The
 * volatile accesses keep the compiler from turning the loop into an (intercepted) memcpy. */
NO_ASAN static void copy_out(uint8_t *dst, const uint8_t *src, size_t n) {
    size_t w = n / sizeof(uint64_t);
    volatile const uint64_t *s = (volatile const uint64_t *)(const void *)src;
    uint64_t *d = (uint64_t *)(void *)dst;
    for (size_t i = 0; i < w; i++) d[i] = s[i];
    for (size_t i = w * sizeof(uint64_t); i < n; i++) dst[i] = ((volatile const uint8_t *)src)[i];
}

bool snapshot_save(HeapSnapshot *s, const Heap *h) {
    s->valid = false;
    if (h->mlen != 0) return false; // a collection is running
    size_t nb = snapshot_blocks_in_use(h), need = 0;
    if (!size_mul(nb, META_PER_BLOCK + HEAP_BLOCK, &need) || !size_add(need, 64, &need) || need > s->cap)
        return false;
    uint8_t *p = s->buf;
    memcpy(p, h->abits, nb * BWORDS * sizeof(uint64_t));
    p += nb * BWORDS * sizeof(uint64_t);
    memcpy(p, h->obits, nb * BWORDS * sizeof(uint64_t));
    p += nb * BWORDS * sizeof(uint64_t);
    memcpy(p, h->bspan, nb * 4u);
    p += nb * 4u;
    memcpy(p, h->bnext, nb * 4u);
    p += nb * 4u;
    memcpy(p, h->bused, nb * 2u);
    p += nb * 2u;
    memcpy(p, h->bclass, nb);
    p += nb;
    memcpy(p, h->bkind, nb);
    p = s->buf + meta_bytes(nb);
    copy_out(p, h->blocks, nb * HEAP_BLOCK);
    s->nblocks = nb;
    s->bytes = need;
    s->valid = true;
    return true;
}

bool snapshot_restore(const HeapSnapshot *s, Heap *h) {
    if (!s->valid) return false;
    // The Heap struct is itself inside the blocks being restored: take what is needed
    // first (the addresses are the same before and after, the region never moves).
    size_t nb = s->nblocks, now = snapshot_blocks_in_use(h);
    size_t top = now > nb ? now : nb;
    uint64_t *abits = h->abits, *mbits = h->mbits, *obits = h->obits;
    uint32_t *bspan = h->bspan, *bnext = h->bnext;
    uint16_t *bused = h->bused;
    uint8_t *bclass = h->bclass, *bkind = h->bkind, *blocks = h->blocks;
    size_t zero_from = h->zero_from; // blocks used since the save are no longer zero
    const uint8_t *p = s->buf;
    memcpy(abits, p, nb * BWORDS * sizeof(uint64_t));
    p += nb * BWORDS * sizeof(uint64_t);
    memcpy(obits, p, nb * BWORDS * sizeof(uint64_t));
    p += nb * BWORDS * sizeof(uint64_t);
    memcpy(bspan, p, nb * 4u);
    p += nb * 4u;
    memcpy(bnext, p, nb * 4u);
    p += nb * 4u;
    memcpy(bused, p, nb * 2u);
    p += nb * 2u;
    memcpy(bclass, p, nb);
    p += nb;
    memcpy(bkind, p, nb);
    p = s->buf + meta_bytes(nb);
    // Blocks taken since the save become free again.
    if (top > nb) {
        memset(abits + nb * BWORDS, 0, (top - nb) * BWORDS * sizeof(uint64_t));
        memset(obits + nb * BWORDS, 0, (top - nb) * BWORDS * sizeof(uint64_t));
        memset(bclass + nb, 0, top - nb);
        memset(bkind + nb, 0, top - nb);
        memset(bused + nb, 0, (top - nb) * 2u);
    }
    memset(mbits, 0, top * BWORDS * sizeof(uint64_t));
#ifdef SNAP_ASAN
    // Block by block: ASan releases the shadow of a large unpoisoned range with madvise,
    // a system call the enclave's sandbox forbids.
    for (size_t b = 0; b < nb; b++) UNPOISON(blocks + b * HEAP_BLOCK, HEAP_BLOCK);
#endif
    memcpy(blocks, p, nb * HEAP_BLOCK);
    if (h->zero_from < zero_from) h->zero_from = zero_from;
#ifdef SNAP_ASAN
    for (size_t b = 0; b < top; b++) {
        if (bclass[b] == 0) POISON(blocks + b * HEAP_BLOCK, HEAP_BLOCK);
        else UNPOISON(blocks + b * HEAP_BLOCK, HEAP_BLOCK);
    }
#endif
    return true;
}
