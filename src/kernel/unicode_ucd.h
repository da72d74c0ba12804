/*
 * unicode_ucd.h: the Unicode character database of the unicodedata module and of
 * \N{...} escapes: character names (both directions), general category, bidirectional
 * class, combining class, East Asian width, mirrored, decomposition mappings, canonical
 * composition pairs and numeric values, generated from CPython 3.11's unicodedata
 * (tools/gen_unicode_ucd.py -> unicode_ucd_db.c; Unicode 14.0.0).
 *
 * Invariant: every function accepts any uint32_t (values above U+10FFFF are unassigned)
 * and any name bytes, and reads the tables only at checked indices; output buffers are
 * written only within the capacity given.
 */
#ifndef SAFEPY_KERNEL_UNICODE_UCD_H
#define SAFEPY_KERNEL_UNICODE_UCD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "heap.h"
#include "kstatus.h"

/* Longest character name, in bytes (ASCII). */
#define UNICODE_UCD_NAME_MAX 88
/* Most code points of one decomposition mapping (one level, as unicodedata gives it). */
#define UNICODE_UCD_DECOMP_MAX 18

/* The Unicode version of the tables ("14.0.0"), a NUL-terminated ASCII string. */
const char *unicode_ucd_version(void);

/* The name tables (stored compressed) in a view [out] for unicode_ucd_name and
 * unicode_ucd_lookup. Decompressed into [h] on first use and kept there (a root of the
 * heap, h->ucd_names); K_NOMEM when the heap cannot hold them. */
K_MUST KStatus unicode_ucd_names(Heap *h, BView *out);

/*@ requires \valid(out + (0 .. cap - 1));
    assigns out[0 .. cap - 1];
    ensures \result <= cap; */
/* Writes the name of [cp] (unicodedata.name) into out[0..cap) and returns its length,
 * or 0 when [cp] has no name or the name does not fit in [cap] bytes
 * (cap >= UNICODE_UCD_NAME_MAX always fits). [names] comes from unicode_ucd_names (any
 * other view gives "no name", never a read outside it). */
size_t unicode_ucd_name(BView names, uint32_t cp, uint8_t *out, size_t cap);

/*@ requires \valid_read(name + (0 .. len - 1));
    assigns \nothing;
    ensures -1 <= \result <= 0x10FFFF; */
/* The code point named name[0..len) (unicodedata.lookup without aliases and named
 * sequences; case-insensitive except for Hangul syllables and CJK unified ideographs,
 * as in CPython), or -1. */
int32_t unicode_ucd_lookup(BView names, const uint8_t *name, size_t len);

/* The property tables (stored compressed) in a view [out] for the functions below.
 * Decompressed into [h] on first use and kept there (a root of the heap, h->ucd_props);
 * K_NOMEM when the heap cannot hold them. Any other view [db] gives "no data" (category
 * Cn, no decomposition ...), never a read outside it. */
K_MUST KStatus unicode_ucd_props(Heap *h, BView *out);

/* General category ("Lu", "Cn", ...), bidirectional class ("" for none), East Asian
 * width ("N", "W", ...): static NUL-terminated strings. */
const char *unicode_ucd_category(BView db, uint32_t cp);
const char *unicode_ucd_bidirectional(BView db, uint32_t cp);
const char *unicode_ucd_east_asian_width(BView db, uint32_t cp);

/*@ assigns \nothing; ensures 0 <= \result <= 255; */
/* Canonical combining class. */
int unicode_ucd_combining(BView db, uint32_t cp);

/*@ assigns \nothing; */
/* Bidi_Mirrored. */
bool unicode_ucd_mirrored(BView db, uint32_t cp);

/*@ requires \valid(out + (0 .. UNICODE_UCD_DECOMP_MAX - 1)) && \valid(tag);
    assigns out[0 .. UNICODE_UCD_DECOMP_MAX - 1], *tag;
    ensures \result <= UNICODE_UCD_DECOMP_MAX; */
/* The decomposition mapping of [cp] (one level; Hangul syllables have none here) into
 * out[], returning its length (0 when none); *tag is "" for a canonical mapping or the
 * compatibility tag ("<compat>", "<font>", ...). */
size_t unicode_ucd_decomposition(BView db, uint32_t cp, uint32_t out[UNICODE_UCD_DECOMP_MAX],
                                 const char **tag);

/*@ assigns \nothing; ensures -1 <= \result <= 0x10FFFF; */
/* The primary composite of the pair (first, second) (canonical composition, excluding
 * composition exclusions; Hangul is algorithmic and not covered), or -1. */
int32_t unicode_ucd_compose(BView db, uint32_t first, uint32_t second);

/*@ assigns \nothing; */
/* Whether [cp] is the second code point of a pair that unicode_ucd_compose composes
 * (needs no table view: a short list kept uncompressed). */
bool unicode_ucd_is_second(uint32_t cp);

/*@ requires \valid(num) && \valid(den);
    assigns *num, *den; */
/* Numeric value of [cp] as the fraction *num / *den (den >= 1); false when none. */
bool unicode_ucd_numeric(BView db, uint32_t cp, int64_t *num, uint32_t *den);

#endif
