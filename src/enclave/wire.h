/*
 * wire.h: the typed serialisation that carries values across the enclave boundary
 * (docs/ENCLAVE.md "Wire format"): None, bool, int of any size, float, str, bytes, list,
 * tuple, dict. wire_decode is the single validation checkpoint for every byte that
 * crosses: it checks every length against the bytes that remain, the nesting depth, the
 * total size, UTF-8, tags, canonical forms and trailing bytes, and turns anything
 * malformed into a ValueError ("wire: ..."), never a crash.
 */
#ifndef SAFEPY_ENCLAVE_WIRE_H
#define SAFEPY_ENCLAVE_WIRE_H

#include "../kernel/buf.h"
#include "../objects/interp.h"

/* Default bounds of the checkpoint. */
#define WIRE_MAX_DEPTH 64
#define WIRE_MAX_SIZE ((size_t)16 << 20)

/* Tags (one byte each). */
#define WIRE_NONE 'N'
#define WIRE_FALSE 'F'
#define WIRE_TRUE 'T'
#define WIRE_INT 'i'
#define WIRE_FLOAT 'f'
#define WIRE_STR 's'
#define WIRE_BYTES 'b'
#define WIRE_LIST 'l'
#define WIRE_TUPLE 't'
#define WIRE_DICT 'd'

/* Appends the encoding of [v] to [out]. TypeError for a value (or nested value) of
 * another type, ValueError when nested deeper than [max_depth] (cycles included). */
bool wire_encode(Interp *I, Value v, Buf *out, int max_depth);

/* Decodes exactly one value filling all of [msg]. ValueError "wire: ..." (with the
 * offset of the fault) when [msg] is longer than [max_size], nested deeper than
 * [max_depth], truncated, has trailing bytes, an unknown tag, a non-canonical int,
 * invalid UTF-8, or a dict with an unhashable or repeated key. */
Value wire_decode(Interp *I, BView msg, size_t max_size, int max_depth);

/* Appends [x] as 4 bytes little-endian (frame headers and lengths). */
bool wire_put_u32(Interp *I, Buf *out, uint32_t x);

/* The little-endian u32 at [pos] of [v]; false when fewer than 4 bytes remain. */
bool wire_get_u32(BView v, size_t pos, uint32_t *out);

#endif
