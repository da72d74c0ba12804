/*
 * frozen.h: the table of Python modules compiled into the binary (tools/freeze.sh
 * generates it from src/modules/lib). Import consults it before sys.path.
 */
#ifndef SAFEPY_MODULES_FROZEN_H
#define SAFEPY_MODULES_FROZEN_H

#include <stddef.h>

typedef struct FrozenModule {
    const char *name;          /* dotted module name; NULL ends the table */
    int is_package;
    const unsigned char *src;  /* UTF-8 source */
    size_t size;
} FrozenModule;

extern const FrozenModule frozen_modules[];

#endif
