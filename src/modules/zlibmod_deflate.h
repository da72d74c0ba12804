/*
 * zlibmod_deflate.h: the DEFLATE compressor of the zlib module. It re-implements the
 * algorithm of the zlib library (1.2.13, the one CPython 3.11 links on Debian 12) so the
 * output is the same bytes: the per-level match finders over a 2*wsize window with a
 * rolling hash and hash chains, the stored method of level 0, the strategies, blocks
 * that end where zlib's symbol buffer fills, zlib's Huffman tree construction and block
 * type choice, and its 16-bit bit writer. zlibmod_deflate.c holds the matchers and the
 * stream logic (zlib's deflate()), zlibmod_trees.c the trees and the bit writer.
 *
 * The state mirrors zlib's deflate_state with fixed-size arrays (sized for the largest
 * window and memLevel); every window, hash and tree index is masked or bounded by those
 * sizes, so a logic error gives wrong bytes, never an access out of bounds. Output goes
 * to Buf's; a failed allocation sets [nomem], which the entry points report.
 */
#ifndef SAFEPY_MODULES_ZLIBMOD_DEFLATE_H
#define SAFEPY_MODULES_ZLIBMOD_DEFLATE_H

#include <stdbool.h>
#include <stdint.h>

#include "../kernel/buf.h"
#include "../kernel/heap.h"

#define ZD_WMAX 32768u  /* the largest window (wbits 15) */
#define ZD_HMAX 65536u  /* the largest hash table (memLevel 9) */
#define ZD_LMAX 32768u  /* the largest symbol buffer (memLevel 9) */
#define ZD_HEAP 573     /* 2 * 286 + 1: the nodes of the literal/length tree */

/* zlib's flush modes and the return codes of one deflate step. */
enum { ZD_NO_FLUSH = 0, ZD_PARTIAL_FLUSH = 1, ZD_SYNC_FLUSH = 2, ZD_FULL_FLUSH = 3, ZD_FINISH = 4, ZD_BLOCK = 5 };
enum { ZD_OK = 0, ZD_STREAM_END = 1, ZD_STREAM_ERROR = -2, ZD_BUF_ERROR = -5 };

/* A Huffman tree as zlib keeps it: per node its frequency, code, parent and length. */
typedef struct ZTree {
    uint16_t freq[ZD_HEAP];
    uint16_t code[ZD_HEAP];
    uint16_t dad[ZD_HEAP];
    uint16_t len[ZD_HEAP];
    int max_code;
} ZTree;

typedef struct ZDeflate {
    Heap *h; /* the heap of the current call */
    bool nomem;
    /* parameters */
    int level, strategy;
    int wrap; /* 0 raw, 1 zlib, 2 gzip; negated once the trailer is written */
    uint32_t w_bits, w_size, w_mask, window_size;
    uint32_t hash_size, hash_mask, hash_shift;
    uint32_t lit_bufsize, pending_buf_size;
    uint32_t good_match, max_lazy, nice_match, max_chain;
    /* the stream */
    int status;
    int last_flush;
    uint32_t adler; /* adler32 (zlib) or crc32 (gzip) of the input read */
    uint32_t total_in;
    BView in;       /* this call's input; [in_pos] bytes of it are read */
    size_t in_pos;
    Buf pending;    /* bytes made and not yet moved to [out]: from [pending_out] on */
    size_t pending_out;
    Buf out;        /* the output of this call (zlib's next_out) */
    size_t avail_out;
    uint32_t bi_buf;
    int bi_valid;
    /* the window and the match finder */
    uint32_t strstart, lookahead, insert, match_start, prev_match, match_length, prev_length;
    uint32_t ins_h, high_water, matches;
    int64_t block_start;
    bool match_available;
    uint8_t window[2 * ZD_WMAX];
    uint16_t prev[ZD_WMAX];
    uint16_t head[ZD_HMAX];
    /* the symbols of the current block: distance (0 for a literal) and literal/length */
    uint32_t sym_next, sym_end;
    uint16_t sym_dist[ZD_LMAX];
    uint8_t sym_lc[ZD_LMAX];
    /* Huffman trees */
    ZTree ltree, dtree, bltree, stat_l, stat_d;
    int heap[ZD_HEAP];
    int heap_len, heap_max;
    uint8_t depth[ZD_HEAP];
    uint16_t bl_count[16];
    uint64_t opt_len, static_len;
    uint8_t length_code[256];
    uint8_t dist_code[512];
    uint16_t base_length[29];
    uint16_t base_dist[30];
} ZDeflate;

/* Prepares [z] (zeroed) as zlib's deflateInit2: [level] 0..9, [wrap] 0 raw / 1 zlib /
 * 2 gzip, window 2**[wbits] (9..15), [memlevel] 1..9, [strategy] 0..4. */
void zlibmod_deflate_init(ZDeflate *z, int level, int wrap, int wbits, int memlevel, int strategy);

/* zlib's deflateSetDictionary: ZD_OK, or ZD_STREAM_ERROR (gzip, or data already given). */
int zlibmod_deflate_dict(Heap *h, ZDeflate *z, BView dict);

/* One call of CPython's Compress.compress / flush / zlib.compress: feeds [data] with
 * flush mode [flush] through zlib's deflate() with the output blocks CPython's buffer
 * gives (32 KiB, 64 KiB, 256 KiB, ...), appending the output to z->out. Returns zlib's
 * code of the last step, or ZD_STREAM_ERROR; *nomem tells a failed allocation. */
int zlibmod_deflate_call(Heap *h, ZDeflate *z, BView data, int flush, bool *nomem);

/* ---- between zlibmod_deflate.c and zlibmod_trees.c ---- */

/* zlib's _tr_init: tables, static trees, an empty block, an empty bit buffer. */
void zltree_init(ZDeflate *z);

/* Records a literal / a match ([dist] >= 1, [lc] = length - 3); true when the symbol
 * buffer is full (the block must be flushed). */
bool zltree_tally_lit(ZDeflate *z, uint32_t c);
bool zltree_tally_dist(ZDeflate *z, uint32_t dist, uint32_t lc);

/* Emits the current block (window bytes [start, start + len) when [has_buf]) as zlib's
 * _tr_flush_block chooses: stored, fixed or dynamic; final when [last]. */
void zltree_flush_block(ZDeflate *z, bool has_buf, uint32_t start, uint32_t len, bool last);

/* A stored block of window bytes [start, start + len). */
void zltree_stored_block(ZDeflate *z, uint32_t start, uint32_t len, bool last);

/* zlib's _tr_align (an empty fixed block, for Z_PARTIAL_FLUSH) and _tr_flush_bits. */
void zltree_align(ZDeflate *z);
void zltree_flush_bits(ZDeflate *z);

/* Appends a byte to the pending output. */
void zltree_put_byte(ZDeflate *z, uint32_t b);

#endif
