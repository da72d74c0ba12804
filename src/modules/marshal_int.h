/*
 * marshal_int.h: the marshal format's type codes (private to marshal_dump.c and
 * marshal_load.c). The values are CPython's (the format is shared with it).
 */
#ifndef SAFEPY_MODULES_MARSHAL_INT_H
#define SAFEPY_MODULES_MARSHAL_INT_H

/* Nesting bound of both directions (CPython's MAX_MARSHAL_STACK_DEPTH). */
#define MARSHAL_MAX_DEPTH 2000

enum {
    MT_NULL = '0',
    MT_NONE = 'N',
    MT_FALSE = 'F',
    MT_TRUE = 'T',
    MT_STOPITER = 'S',
    MT_ELLIPSIS = '.',
    MT_INT = 'i',
    MT_INT64 = 'I', /* read only (old files) */
    MT_FLOAT = 'f',
    MT_BINARY_FLOAT = 'g',
    MT_COMPLEX = 'x',
    MT_BINARY_COMPLEX = 'y',
    MT_LONG = 'l',
    MT_STRING = 's',
    MT_INTERNED = 't',
    MT_REF = 'r',
    MT_TUPLE = '(',
    MT_LIST = '[',
    MT_DICT = '{',
    MT_CODE = 'c',
    MT_UNICODE = 'u',
    MT_SET = '<',
    MT_FROZENSET = '>',
    MT_ASCII = 'a',
    MT_ASCII_INTERNED = 'A',
    MT_SMALL_TUPLE = ')',
    MT_SHORT_ASCII = 'z',
    MT_SHORT_ASCII_INTERNED = 'Z',
    MT_FLAG_REF = 0x80
};

#endif
