/*
 * arraymod.h: what the array module's pickling half (arraymod_pickle.c) shares with the
 * array type (arraymod.c).
 */
#ifndef SAFEPY_MODULES_ARRAYMOD_H
#define SAFEPY_MODULES_ARRAYMOD_H

#include "../objects/interp.h"

/* CPython's machine format code of typecode [tc] on this (little-endian, LP64) machine:
 * the number array._array_reconstructor takes; -1 for an unknown typecode. */
int arraymod_mformat(int tc);

/* array._array_reconstructor(arraytype, typecode, mformat_code, items): the array of
 * [arraytype] holding [items] (bytes in machine format [mformat_code]), converted to the
 * typecode CPython picks when the format is not the native one of [typecode]. */
Value arraymod_reconstructor(Interp *I, Value self, ValView args, Value kwnames);

#endif
