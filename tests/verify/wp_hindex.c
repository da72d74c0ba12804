/*
 * wp_hindex.c: the translation unit WP proves the slot accessors of kernel/hindex.c in:
 * hindex_slot (reads a slot only below nslots, EMPTY past the end), hindex_entry_hash
 * (reads a hash only below both nent and hcap; true exactly then), hindex_size_for (a
 * power-of-two table size in [HINDEX_MINSIZE, HINDEX_MAX_SLOTS] above minused, or 0,
 * never wrapping), slot_ix, hindex_init. The contracts are in hindex.h/hindex.c behind
 * FRAMAC_WP; every -wp-rte guard is proved as well. (The probe loops are covered by
 * tests/verify/eva_hindex.c over adversarial tables.)
 */
#include "kernel/hindex.c"
