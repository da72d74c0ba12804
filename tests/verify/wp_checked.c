/*
 * wp_checked.c: the translation unit WP proves kernel/checked.h in. Every function of
 * checked.h has an ACSL contract there; `make verify` runs
 *   frama-c -wp -wp-rte -warn-unsigned-overflow ... -then -report (fail on any unproved goal)
 * so each contract and every runtime-error guard (-wp-rte: overflow, division by zero) is
 * proved for all inputs, not only the sizes an Eva driver enumerates.
 */
#include "kernel/checked.h"
