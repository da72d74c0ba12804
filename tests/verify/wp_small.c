/*
 * wp_small.c: the translation unit WP proves the small stand-alone kernel functions in:
 * cargs_get (kernel/cargs.h: an argv index is used only when 0 <= i < argc),
 * xfer_to_raw (kernel/xfer.c: copies min(src.n, cap) bytes, writes nothing past cap) and
 * the Value tag tests of kernel/value.h (val_is_small, val_is_ptr, val_fits_small; the
 * tagging shifts themselves wrap on purpose and are not in the list). Each contract and
 * every -wp-rte guard is proved for all inputs.
 */
#include "kernel/cargs.h"
#include "kernel/value.h"
#include "kernel/xfer.c"
