/*
 * wp_heap.c: the translation unit WP proves the allocator's bookkeeping arithmetic in
 * (kernel/heap.c): size_to_class (a request of n <= 16384 bytes gets a class whose chunk
 * holds n, and the class indexes the tables), class_slots (at most 2048 slots a block),
 * slot_of/heap_slot_of (the reciprocal multiply neither overflows nor yields a slot past
 * a block's 2048 bitmap bits), bit_get/bit_set (touch only the bitmap word of bit i) and
 * heap_region_size (the region's size does not wrap for any heap of up to 2^40 blocks);
 * fin_compact and heap_fin_take (the finalization registry: every access stays inside
 * its words, the counters cannot wrap).
 * Each contract and every -wp-rte guard is proved for all inputs. The collector's
 * marking and sweeping (addresses as integers) are not proved: tests/verify/unproved.txt.
 */
#include "kernel/heap.c"
