/*
 * jsonmod.h: the _json accelerator module shared between its two files: jsonmod.c (the
 * module table and the encoder) and jsonmod_scan.c (the decoder: string scanning and the
 * whole parse of a document). The Python package json/ (src/modules/lib/json) calls
 * these; it owns the classes (JSONEncoder, JSONDecoder, JSONDecodeError).
 */
#ifndef SAFEPY_MODULES_JSONMOD_H
#define SAFEPY_MODULES_JSONMOD_H

#include "../objects/interp.h"

/* _json.scanstring(s, end, strict=True, errcls=None) -> (str, end): decodes the JSON
 * string body that starts at char index [end] (just after the opening quote). */
Value jsonmod_scanstring(Interp *I, Value self, ValView args, Value kwnames);

/* _json.scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
 * parse_constant, errcls) -> (value, end). Raises StopIteration(idx) when no value starts
 * at [idx], errcls(msg, s, pos) for malformed documents. */
Value jsonmod_scan_once(Interp *I, Value self, ValView args, Value kwnames);

#endif
