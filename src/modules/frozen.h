/*
 * frozen.h: the table of Python modules compiled into the binary, generated from
 * src/modules/lib in two stages (docs/notes/frozen_bytecode.md): tools/lzpack.c (run by
 * tools/freeze.sh) writes the source-only table the stage-0 program is linked with, then
 * tools/freezecode.c (that program) adds each module's precompiled code. Import consults
 * it before sys.path. Each source is stored minified (comments and trailing blanks
 * removed, line numbers kept) and compressed in the SPZ format of kernel/lz.h;
 * import_frozen_source (import.h) gives the text back, only when something asks for it
 * (tracebacks, linecache, inspect). The code is the marshalled code object
 * (modules/marshal.h) of exactly that text, compressed the same way; the importer loads,
 * verifies and runs it instead of compiling the source.
 */
#ifndef SAFEPY_MODULES_FROZEN_H
#define SAFEPY_MODULES_FROZEN_H

#include <stddef.h>

typedef struct FrozenModule {
    const char *name;           /* dotted module name; NULL ends the table */
    int is_package;
    const unsigned char *data;  /* the compressed UTF-8 source; when [code] is not NULL,
                                 * compressed after the decompressed code (its preset
                                 * dictionary: kernel/lz.h lz_decode_pair_buf) */
    size_t packed;              /* bytes at data */
    size_t size;                /* bytes of the source once decompressed */
    const unsigned char *code;  /* the compressed marshalled code; NULL: compile the source */
    size_t code_packed;         /* bytes at code */
    size_t code_size;           /* bytes of the marshalled code once decompressed */
} FrozenModule;

extern const FrozenModule frozen_modules[];

#endif
