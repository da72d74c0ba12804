/*
 * marshal.h: the marshal serializer (marshal_dump.c) and deserializer (marshal_load.c),
 * used by the marshal module (marshalmod.c) and by the importer for the frozen modules'
 * precompiled code (docs/notes/frozen_bytecode.md).
 *
 * Data values use CPython 3.11's format byte for byte (type codes, little-endian
 * lengths, 15-bit long digits, FLAG_REF back-references for version >= 3). Code objects
 * use safepy's own layout under type code 'c' (CPython's is version-specific anyway).
 *
 * Invariant: marshal_load never trusts its input: nothing is allocated beyond what the
 * bytes left can fill, nesting is bounded (2000 levels, as
 * CPython, and the C stack is checked at each level), and every code object it builds has
 * passed code_verify().
 */
#ifndef SAFEPY_MODULES_MARSHAL_H
#define SAFEPY_MODULES_MARSHAL_H

#include "../objects/interp.h"

/* The current format version (marshal.version). */
#define MARSHAL_VERSION 4

/* Appends the serialization of [v] with format [version] to [out]. False with
 * ValueError ("unmarshallable object", "object too deeply nested to marshal") or
 * MemoryError pending. */
bool marshal_dump(Interp *I, Value v, int version, Buf *out);

/* Reads one object from the start of [data]; *used (may be NULL) gets the bytes it took.
 * VAL_NULL with CPython's exception pending for malformed or truncated input. */
Value marshal_load(Interp *I, BView data, size_t *used);

/* marshal_load, with [stream] true for data read from a file (marshal.load): running out
 * of data is then EOFError "EOF read where not expected", as CPython words it there. */
Value marshal_load_from(Interp *I, BView data, size_t *used, bool stream);

/* marshal_load for a frozen module's code (import.c): the outermost code object is
 * verified, the code objects nested in it only shape-checked (code_check_shape), each
 * verified when it first runs. Every code object gets CodeObject.frozen_module = [tag]
 * (0: none) and its preorder number (import_code_positions recovers its columns). */
Value marshal_load_frozen(Interp *I, BView data, size_t *used, uint32_t tag);

#endif
