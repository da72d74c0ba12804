/*
 * textsig.h: the text signatures (__text_signature__) of built-in functions and methods,
 * in CPython's notation: "($module, obj, /)", "($self, /, sep=None, maxsplit=-1)",
 * "($type, iterable, value=None, /)". The table (textsig.c) is generated from CPython 3.11
 * by tools/gen_textsig.py.
 */
#ifndef SAFEPY_VM_TEXTSIG_H
#define SAFEPY_VM_TEXTSIG_H

#include "../kernel/buf.h"

/* The text signature of function [name] of [owner] (a module name such as "builtins" or
 * "math" for module functions, a type name such as "str" for methods), or NULL when
 * CPython gives it none. */
const char *textsig_find(BView owner, BView name);

#endif
