/*
 * wp_access.c: the translation unit WP proves the inline accessors of kernel/buf.h and
 * kernel/vec.h in (bview_get, bview_slice, buf_get, buf_set, buf_view, buf_init,
 * vview_get, vview_slice, vview_of_vec, vview_make, vec_init, vec_get, vec_set, varr_get,
 * varr_set, vview_of_arr, vec_of_arr) plus
 * big_limb/big_set_limb of kernel/bigint.h. The contracts sit in the headers behind
 * FRAMAC_WP (verify.sh defines it for WP runs only, so Eva drivers are not asked to
 * re-check them): any index is rejected unless it is below the length, a slice of a
 * valid view is a valid view, and nothing outside the element read/written is touched.
 * Each contract and every -wp-rte guard is proved for all inputs.
 */
#include "kernel/bigint.h"
#include "kernel/buf.h"
#include "kernel/vec.h"
