/*
 * unicodedatamod.h: normalization for the rest of the interpreter (the compiler's
 * identifiers, PEP 3131); the module itself is reached through modtab.
 */
#ifndef SAFEPY_MODULES_UNICODEDATAMOD_H
#define SAFEPY_MODULES_UNICODEDATAMOD_H

#include "../objects/interp.h"

/* The NFKC form of str [s] ([s] itself when it is ASCII); VAL_NULL on MemoryError. */
Value unicodedatamod_nfkc(Interp *I, Value s);

#endif
