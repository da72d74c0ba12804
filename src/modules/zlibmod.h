/*
 * zlibmod.h: the decompressor behind the zlib module (zlibmod.c): a resumable inflater
 * (zlibmod_codec.c) over the kernel's checked Buf/BView API, plus the two checksums (the
 * compressor is zlibmod_deflate.h). They build no Python objects and raise nothing: they
 * return a ZStatus and, on an error, the message zlib itself would give.
 */
#ifndef SAFEPY_MODULES_ZLIBMOD_H
#define SAFEPY_MODULES_ZLIBMOD_H

#include <stdbool.h>
#include <stdint.h>

#include "../kernel/buf.h"
#include "../kernel/heap.h"

typedef enum {
    ZS_OK,    /* progress made; more input may follow */
    ZS_END,   /* the stream (with its trailer) is complete */
    ZS_ERROR, /* malformed data: [msg] says what (zlib's words) */
    ZS_NOMEM, /* the heap is full */
} ZStatus;

/* Container formats (zlib's wbits ranges). */
typedef enum { ZF_ZLIB, ZF_RAW, ZF_GZIP, ZF_AUTO } ZFormat;

#define ZLIBMOD_WSIZE 32768u

/* A canonical Huffman code: the number of codes of each length, the symbols in order. */
typedef struct ZHuff {
    uint16_t count[16];
    uint16_t sym[320];
} ZHuff;

/* Inflate state. [in] holds the input not yet consumed, starting at the stream
 * position [bitpos] bits in; decoding resumes at a symbol of a Huffman block (whose
 * codes are kept in [lit]/[dist]), inside a match or a stored block, or at the start of
 * a header, so the input of a partly received symbol or header stays in [in] until the
 * rest arrives. [win] holds the last output (at least the 32 KiB window once that much
 * was produced). */
typedef struct ZInflate {
    Buf in;
    size_t bitpos;
    Buf win;
    ZFormat fmt;
    int wbits;       /* window size of wbits (0: from the zlib header, not read yet) */
    int stage;       /* 0 header, 1 blocks, 2 trailer, 3 done */
    int inblock;     /* 0 between blocks, 1 in a Huffman block (bitpos at a symbol), 2 stored */
    uint32_t copy_len, copy_dist; /* the part of a match not yet copied */
    uint32_t stored_left;         /* the bytes of a stored block still to come */
    bool last;       /* the current block is the final one */
    bool paused;     /* the last call stopped at its output limit with input left */
    ZHuff lit, dist; /* the codes of the current Huffman block */
    uint32_t check;  /* adler32 (zlib) or crc32 (gzip) of the output so far */
    uint32_t total;  /* bytes of output so far, mod 2^32 */
    const char *msg; /* the error, for ZS_ERROR */
    Buf dict;        /* the preset dictionary (zdict), used when has_dict */
    bool has_dict;
} ZInflate;

/* ZInflate.msg of a zlib stream that needs a preset dictionary (zlib's Z_NEED_DICT). */
extern const char zlibmod_need_dict[];

/* ZInflate.msg when the preset dictionary given is not the one the stream names. */
extern const char zlibmod_bad_dict[];

/* Gives [z] (just initialised) the preset dictionary [dict]: a raw stream's window
 * starts with it; a zlib stream uses it when its header asks for a dictionary with the
 * same adler32. */
ZStatus zlibmod_inflate_dict(Heap *h, ZInflate *z, BView dict);

/* Prepares [z] for a stream of format [fmt] with a window of 2**[wbits] bytes (8..15;
 * 0: the zlib header's window, 32 KiB for gzip). */
void zlibmod_inflate_init(ZInflate *z, ZFormat fmt, int wbits);

/* Appends [data] to [z]'s input and decodes all of it that is complete, appending the
 * output to [out]; when [limit] > 0, stops (z->paused) once about [limit] bytes were
 * output (a little more: a whole symbol or stored block). ZS_END once the trailer is
 * checked: the bytes after it are then what zlibmod_inflate_rest returns. */
ZStatus zlibmod_inflate(Heap *h, ZInflate *z, BView data, Buf *out, size_t limit);

/* The input not consumed: after ZS_END, the bytes after the stream; after a pause, the
 * whole bytes not yet read (at most a partly read byte stays before them). */
BView zlibmod_inflate_rest(const ZInflate *z);

/* Checksums: CPython's zlib.crc32 / zlib.adler32 continued from [start]. */
uint32_t zlibmod_crc32(BView v, uint32_t start);
uint32_t zlibmod_adler32(BView v, uint32_t start);

#endif
