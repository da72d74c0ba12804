/*
 * kcheck.h: marks the kernel's safety checks (bounds of vectors, buffers and limb arrays,
 * hash-index integrity) so that they can be compiled out for ONE purpose:
 * measuring what they cost (issue 4/6; `make MODE=unchecked`, bench/checks.sh).
 *
 * K_FAILS(c) is a check whose condition [c] is true when the check fails. In every real
 * build it is exactly (c): the preprocessed code is identical to writing the test by hand.
 * With -DSAFEPY_UNCHECKED (build/unchecked only, never installed, never tested against
 * hostile input) the failure is declared impossible, so the compiler drops the test and
 * may assume its negation. That build is unsafe by construction and exists only to be
 * timed against the checked one.
 *
 * Only checks whose failure is never a normal outcome are marked: not size overflow
 * (checked.h: a program asking for `[0] * 2**62` gets a MemoryError from it), not a
 * hindex_insert refused through a probe an __eq__ made stale (the caller looks up again).
 * Only checks that report a failure are marked. Accessors whose contract defines an
 * out-of-range result (vec_get / vview_get -> VAL_NULL, bview_get / buf_get -> -1,
 * big_limb -> 0) are part of the API (callers rely on them for optional arguments and
 * ends of sequences) and stay as they are in both builds.
 */
#ifndef SAFEPY_KERNEL_KCHECK_H
#define SAFEPY_KERNEL_KCHECK_H

#ifdef SAFEPY_UNCHECKED
#define K_FAILS(c) ((c) ? (__builtin_unreachable(), 0) : 0)
#else
#define K_FAILS(c) (c)
#endif

#endif
