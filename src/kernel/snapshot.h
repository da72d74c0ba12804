/*
 * snapshot.h: save and restore the whole state of a heap (kernel/heap.h) byte for byte,
 * for the enclave's per-request reset. Everything an interpreter owns lives in its heap
 * region (the Heap and Interp structs themselves are chunks of it, there are no globals
 * and no malloc), so copying the region's used part back restores the interpreter
 * exactly as it was when the snapshot was taken, at the same addresses.
 *
 * What is saved: the allocator metadata (class, kind, span, link and use count per block,
 * allocation bitmap) and the contents of blocks [0, nblocks), where nblocks is one past
 * the last block in use at save time. Mark bits and the mark stack are not saved: both
 * are empty outside a collection. Blocks past nblocks are marked free on restore; their
 * contents need not be cleared because the allocator zero-fills every chunk it hands out.
 *
 * The Heap struct itself must be a chunk of its own heap (as interp_new places it), so
 * that its counters and allocation cursors are restored with the blocks.
 *
 * Invariant: the buffer never overlaps the heap region; save and restore are only
 * called outside a collection, with no C frame still using objects allocated after the
 * save (restore frees them all, whatever points to them).
 */
#ifndef SAFEPY_KERNEL_SNAPSHOT_H
#define SAFEPY_KERNEL_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "heap.h"

typedef struct HeapSnapshot {
    uint8_t *buf;    /* storage outside the heap region, buf[0 .. cap-1] */
    size_t cap;
    size_t nblocks;  /* blocks [0, nblocks) saved */
    size_t bytes;    /* bytes of buf in use */
    bool valid;      /* a snapshot is held */
} HeapSnapshot;

/* Bytes of buffer a snapshot of [h] may need at most (every block in use). */
size_t snapshot_capacity(const Heap *h);

/*@ requires \valid(s) && (cap == 0 || \valid(buf + (0 .. cap-1)));
    assigns *s; */
/* Starts [s] empty over buf[0 .. cap-1]. */
void snapshot_init(HeapSnapshot *s, uint8_t *buf, size_t cap);

/* Saves the state of [h] in [s]. False (and s->valid false) when the buffer is too small
 * or a collection is running. */
bool snapshot_save(HeapSnapshot *s, const Heap *h);

/* Puts [h] back in the state saved in [s]: every chunk allocated since is freed, every
 * chunk changed since gets its saved bytes back. False when [s] holds no snapshot (then
 * [h] is unchanged). */
bool snapshot_restore(const HeapSnapshot *s, Heap *h);

/* Number of blocks of [h] in use (one past the last non-free block). */
size_t snapshot_blocks_in_use(const Heap *h);

#endif
