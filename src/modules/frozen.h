/*
 * frozen.h: the table of Python modules compiled into the binary (tools/lzpack.c,
 * run by tools/freeze.sh, generates it from src/modules/lib). Import consults it before
 * sys.path. Each source is stored minified (comments and trailing blanks removed, line
 * numbers kept) and compressed in the SPZ format of kernel/lz.h; import_frozen_source
 * (import.h) gives the text back.
 */
#ifndef SAFEPY_MODULES_FROZEN_H
#define SAFEPY_MODULES_FROZEN_H

#include <stddef.h>

typedef struct FrozenModule {
    const char *name;           /* dotted module name; NULL ends the table */
    int is_package;
    const unsigned char *data;  /* the compressed UTF-8 source */
    size_t packed;              /* bytes at data */
    size_t size;                /* bytes of the source once decompressed */
} FrozenModule;

extern const FrozenModule frozen_modules[];

#endif
