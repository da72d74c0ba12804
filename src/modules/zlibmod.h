/*
 * zlibmod.h: the DEFLATE engines behind the zlib module (zlibmod.c): a resumable
 * inflater and a deflater (zlibmod_codec.c), both over the kernel's checked Buf/BView
 * API, plus the two checksums. They build no Python objects and raise nothing: they
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

/* Deflate state: the input since the last block emitted is [pending]; [hist] holds
 * the last 32 KiB before it (matches may reach into it). Hash heads and chains index
 * positions of hist+pending. */
#define ZLIBMOD_HBITS 15
typedef struct ZDeflate {
    Buf pending;
    Buf hist;
    Buf out;         /* whole bytes produced and not yet returned */
    uint32_t bits;   /* bits not yet a whole byte (LSB first) */
    int nbits;
    int level;       /* 0..9 */
    int wbits;       /* 9..15 (window size of the zlib header) */
    ZFormat fmt;     /* ZF_ZLIB, ZF_RAW or ZF_GZIP */
    bool started;    /* header written */
    bool finished;   /* final block and trailer written */
    bool fdict;      /* the zlib header names a preset dictionary (dictid) */
    uint32_t dictid;
    uint32_t check;
    uint32_t total;
    int32_t head[1u << ZLIBMOD_HBITS];
    int32_t prev[ZLIBMOD_WSIZE];
} ZDeflate;

/* Prepares [z] (already zeroed) for [level] (0..9), container [fmt], window [wbits]. */
void zlibmod_deflate_init(ZDeflate *z, int level, ZFormat fmt, int wbits);

/* Gives [z] (just initialised, zlib or raw format) the preset dictionary [dict]: its
 * last 32 KiB are the history matches may reach into; a zlib header names its adler32. */
ZStatus zlibmod_deflate_dict(Heap *h, ZDeflate *z, BView dict);

/* Adds [data] to the input; emits a block when much input is pending. */
ZStatus zlibmod_deflate_add(Heap *h, ZDeflate *z, BView data);

/* Flush modes as zlib's: 0 none, 2 sync, 3 full, 4 finish (1 partial is handled as 2). */
ZStatus zlibmod_deflate_flush(Heap *h, ZDeflate *z, int mode);

/* Checksums: CPython's zlib.crc32 / zlib.adler32 continued from [start]. */
uint32_t zlibmod_crc32(BView v, uint32_t start);
uint32_t zlibmod_adler32(BView v, uint32_t start);

#endif
