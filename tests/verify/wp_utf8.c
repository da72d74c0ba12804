/*
 * wp_utf8.c: the translation unit WP proves the loop-free UTF-8 primitives of
 * kernel/utf8.c in: utf8_decode_strict (reads only v.p[i .. i+3] below v.n, reports a
 * length 1..v.n-i, never a code point above U+10FFFF), utf8_encode (writes only
 * out[0..3], length <= 4), utf8_cp_len. The contracts are the ones in utf8.h (their
 * FRAMAC_WP parts included); every -wp-rte guard is proved as well. The file includes
 * utf8.c itself so the static helpers are visible to WP.
 */
#include "kernel/utf8.c"
