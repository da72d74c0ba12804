/*
 * zlibmod_trees.c: the block coder of the compressor (zlibmod_deflate.h): symbol tallies,
 * Huffman trees built the way zlib builds them (a heap ordered by frequency, ties broken
 * by subtree depth; lengths over the limit fixed up by moving leaves down; canonical
 * codes), the choice between stored, fixed and dynamic blocks by their computed sizes,
 * the run-length coding of the code lengths, and zlib's bit writer, which keeps up to 16
 * bits and hands them over two bytes at a time.
 *
 * Invariant: tree indices stay below ZD_HEAP, symbol indices below sym_end (<= ZD_LMAX);
 * bytes go to z->pending through buf_push only.
 */
#include "zlibmod_deflate.h"

#define L_CODES 286
#define D_CODES 30
#define BL_CODES 19
#define END_BLOCK 256
#define REP_3_6 16
#define REPZ_3_10 17
#define REPZ_11_138 18

static const uint8_t extra_lbits[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                        2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint8_t extra_dbits[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                        6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
static const uint8_t extra_blbits[19] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7};
static const uint8_t bl_order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

// Which tree a generic routine works on: its element count, length limit, extra bits.
typedef enum { T_LIT, T_DIST, T_BL } TreeKind;

static int kind_elems(TreeKind k) { return k == T_LIT ? L_CODES : k == T_DIST ? D_CODES : BL_CODES; }
static int kind_max_length(TreeKind k) { return k == T_BL ? 7 : 15; }

static int kind_extra(TreeKind k, int n) {
    if (k == T_LIT) return n >= 257 && n - 257 < 29 ? extra_lbits[n - 257] : 0;
    if (k == T_DIST) return n < 30 ? extra_dbits[n] : 0;
    return n < 19 ? extra_blbits[n] : 0;
}

static int hx(int i) { return i < 0 ? 0 : i >= ZD_HEAP ? ZD_HEAP - 1 : i; }

/* ---- the bit writer ---- */

void zltree_put_byte(ZDeflate *z, uint32_t b) {
    if (buf_push(z->h, &z->pending, (uint8_t)b) != K_OK) z->nomem = true;
}

static void put_short(ZDeflate *z, uint32_t w) {
    zltree_put_byte(z, w & 0xff);
    zltree_put_byte(z, (w >> 8) & 0xff);
}

// The [length] low bits of [value], least significant first, through a 16-bit buffer
// that is written out whole when it fills.
static void send_bits(ZDeflate *z, uint32_t value, int length) {
    if (z->bi_valid > 16 - length) {
        z->bi_buf = (z->bi_buf | (value << z->bi_valid)) & 0xffff;
        put_short(z, z->bi_buf);
        z->bi_buf = (value >> (16 - z->bi_valid)) & 0xffff;
        z->bi_valid += length - 16;
    } else {
        z->bi_buf = (z->bi_buf | (value << z->bi_valid)) & 0xffff;
        z->bi_valid += length;
    }
}

static void send_code(ZDeflate *z, int c, const ZTree *t) { send_bits(z, t->code[hx(c)], t->len[hx(c)]); }

void zltree_flush_bits(ZDeflate *z) {
    if (z->bi_valid == 16) {
        put_short(z, z->bi_buf);
        z->bi_buf = 0;
        z->bi_valid = 0;
    } else if (z->bi_valid >= 8) {
        zltree_put_byte(z, z->bi_buf & 0xff);
        z->bi_buf >>= 8;
        z->bi_valid -= 8;
    }
}

static void bi_windup(ZDeflate *z) {
    if (z->bi_valid > 8) put_short(z, z->bi_buf);
    else if (z->bi_valid > 0) zltree_put_byte(z, z->bi_buf & 0xff);
    z->bi_buf = 0;
    z->bi_valid = 0;
}

static uint32_t bi_reverse(uint32_t code, int len) {
    uint32_t r = 0;
    for (int i = 0; i < len; i++, code >>= 1) r = (r << 1) | (code & 1);
    return r;
}

/* ---- tables and blocks ---- */

// Canonical codes for the lengths in t->len[0..max_code] with bl_count[] of each length.
static void gen_codes(ZTree *t, int max_code, const uint16_t (*bl_count)[16]) {
    uint32_t next_code[16], code = 0;
    next_code[0] = 0;
    for (int bits = 1; bits <= 15; bits++) {
        code = (code + (*bl_count)[bits - 1]) << 1;
        next_code[bits] = code;
    }
    for (int n = 0; n <= max_code && n < ZD_HEAP; n++) {
        int len = t->len[n];
        if (len == 0 || len > 15) continue;
        t->code[n] = (uint16_t)bi_reverse(next_code[len]++, len);
    }
}

static void init_block(ZDeflate *z) {
    for (int n = 0; n < L_CODES; n++) z->ltree.freq[n] = 0;
    for (int n = 0; n < D_CODES; n++) z->dtree.freq[n] = 0;
    for (int n = 0; n < BL_CODES; n++) z->bltree.freq[n] = 0;
    z->ltree.freq[END_BLOCK] = 1;
    z->opt_len = z->static_len = 0;
    z->sym_next = 0;
    z->matches = 0;
}

void zltree_init(ZDeflate *z) {
    int length = 0, code;
    for (code = 0; code < 28; code++) {
        z->base_length[code] = (uint16_t)length;
        for (int n = 0; n < (1 << extra_lbits[code]); n++) z->length_code[length++ & 255] = (uint8_t)code;
    }
    // length 258 (index 255) has its own code, 28, rather than code 27 with extra 31
    z->length_code[255] = (uint8_t)code;
    z->base_length[28] = 0;
    int dist = 0;
    for (code = 0; code < 16; code++) {
        z->base_dist[code] = (uint16_t)dist;
        for (int n = 0; n < (1 << extra_dbits[code]); n++) z->dist_code[dist++ & 511] = (uint8_t)code;
    }
    dist >>= 7; // distances from 257 on are looked up by dist >> 7
    for (; code < D_CODES; code++) {
        z->base_dist[code] = (uint16_t)(dist << 7);
        for (int n = 0; n < (1 << (extra_dbits[code] - 7)); n++) z->dist_code[(256 + dist++) & 511] = (uint8_t)code;
    }
    uint16_t bl_count[16] = {0};
    int n = 0;
    for (; n <= 143; n++) z->stat_l.len[n] = 8;
    for (; n <= 255; n++) z->stat_l.len[n] = 9;
    for (; n <= 279; n++) z->stat_l.len[n] = 7;
    for (; n <= 287; n++) z->stat_l.len[n] = 8;
    bl_count[7] = 24;
    bl_count[8] = 144 + 8;
    bl_count[9] = 112;
    gen_codes(&z->stat_l, L_CODES + 1, &bl_count);
    for (n = 0; n < D_CODES; n++) {
        z->stat_d.len[n] = 5;
        z->stat_d.code[n] = (uint16_t)bi_reverse((uint32_t)n, 5);
    }
    z->bi_buf = 0;
    z->bi_valid = 0;
    init_block(z);
}

static uint32_t d_code(const ZDeflate *z, uint32_t dist) {
    return dist < 256 ? z->dist_code[dist] : z->dist_code[(256 + (dist >> 7)) & 511];
}

bool zltree_tally_lit(ZDeflate *z, uint32_t c) {
    uint32_t i = z->sym_next % ZD_LMAX;
    z->sym_dist[i] = 0;
    z->sym_lc[i] = (uint8_t)c;
    z->sym_next++;
    z->ltree.freq[c & 255]++;
    return z->sym_next == z->sym_end;
}

bool zltree_tally_dist(ZDeflate *z, uint32_t dist, uint32_t lc) {
    uint32_t i = z->sym_next % ZD_LMAX;
    z->sym_dist[i] = (uint16_t)dist;
    z->sym_lc[i] = (uint8_t)lc;
    z->sym_next++;
    z->matches++;
    dist--;
    z->ltree.freq[z->length_code[lc & 255] + 257]++;
    z->dtree.freq[d_code(z, dist)]++;
    return z->sym_next == z->sym_end;
}

/* ---- building a tree ---- */

// Node n sorts before node m: less frequent, or as frequent and not deeper.
static bool smaller(const ZDeflate *z, const ZTree *t, int n, int m) {
    return t->freq[hx(n)] < t->freq[hx(m)] ||
           (t->freq[hx(n)] == t->freq[hx(m)] && z->depth[hx(n)] <= z->depth[hx(m)]);
}

// Restores the heap order from position k down.
static void pqdownheap(ZDeflate *z, const ZTree *t, int k) {
    int v = z->heap[hx(k)];
    int j = k << 1;
    while (j <= z->heap_len) {
        if (j < z->heap_len && smaller(z, t, z->heap[hx(j + 1)], z->heap[hx(j)])) j++;
        if (smaller(z, t, v, z->heap[hx(j)])) break;
        z->heap[hx(k)] = z->heap[hx(j)];
        k = j;
        j <<= 1;
    }
    z->heap[hx(k)] = v;
}

// Code lengths from the tree in heap[heap_max..]: each node one deeper than its parent,
// capped at the kind's limit; the overflow is repaired as zlib does (a leaf of the
// deepest level below the limit moves down with the overflowing one), then the lengths
// are handed out again to the leaves in their frequency order.
static void gen_bitlen(ZDeflate *z, ZTree *t, const ZTree *stree, TreeKind k) {
    int max_code = t->max_code, max_length = kind_max_length(k);
    int h, overflow = 0;
    for (int bits = 0; bits <= 15; bits++) z->bl_count[bits] = 0;
    t->len[hx(z->heap[hx(z->heap_max)])] = 0;
    for (h = z->heap_max + 1; h < ZD_HEAP; h++) {
        int n = z->heap[h];
        int bits = t->len[hx(t->dad[hx(n)])] + 1;
        if (bits > max_length) bits = max_length, overflow++;
        t->len[hx(n)] = (uint16_t)bits;
        if (n > max_code) continue; // an inner node
        z->bl_count[bits]++;
        int xbits = kind_extra(k, n);
        uint64_t f = t->freq[hx(n)];
        z->opt_len += f * (uint64_t)(bits + xbits);
        if (stree != NULL) z->static_len += f * (uint64_t)(stree->len[hx(n)] + xbits);
    }
    if (overflow == 0) return;
    do {
        int bits = max_length - 1;
        while (bits > 0 && z->bl_count[bits] == 0) bits--;
        z->bl_count[bits]--;
        z->bl_count[bits + 1] += 2;
        z->bl_count[max_length]--;
        overflow -= 2;
    } while (overflow > 0);
    for (int bits = max_length; bits != 0; bits--) {
        int n = z->bl_count[bits];
        while (n != 0 && h > 0) {
            int m = z->heap[hx(--h)];
            if (m > max_code) continue;
            if (t->len[hx(m)] != (unsigned)bits) {
                z->opt_len += ((uint64_t)bits - t->len[hx(m)]) * t->freq[hx(m)];
                t->len[hx(m)] = (uint16_t)bits;
            }
            n--;
        }
    }
}

static void build_tree(ZDeflate *z, ZTree *t, const ZTree *stree, TreeKind k) {
    int elems = kind_elems(k), max_code = -1, node;
    z->heap_len = 0;
    z->heap_max = ZD_HEAP;
    for (int n = 0; n < elems; n++) {
        if (t->freq[n] != 0) {
            z->heap[hx(++z->heap_len)] = max_code = n;
            z->depth[n] = 0;
        } else {
            t->len[n] = 0;
        }
    }
    // At least two codes: a lone symbol is paired with symbol 0 or 1 (frequency 1).
    while (z->heap_len < 2) {
        node = z->heap[hx(++z->heap_len)] = max_code < 2 ? ++max_code : 0;
        t->freq[hx(node)] = 1;
        z->depth[hx(node)] = 0;
        z->opt_len--;
        if (stree != NULL) z->static_len -= stree->len[hx(node)];
    }
    t->max_code = max_code;
    for (int n = z->heap_len / 2; n >= 1; n--) pqdownheap(z, t, n);
    node = elems;
    do {
        int n = z->heap[1];
        z->heap[1] = z->heap[hx(z->heap_len--)];
        pqdownheap(z, t, 1);
        int m = z->heap[1];
        z->heap[hx(--z->heap_max)] = n;
        z->heap[hx(--z->heap_max)] = m;
        t->freq[hx(node)] = (uint16_t)(t->freq[hx(n)] + t->freq[hx(m)]);
        int dn = z->depth[hx(n)], dm = z->depth[hx(m)];
        z->depth[hx(node)] = (uint8_t)((dn >= dm ? dn : dm) + 1);
        t->dad[hx(n)] = t->dad[hx(m)] = (uint16_t)node;
        z->heap[1] = node++;
        pqdownheap(z, t, 1);
    } while (z->heap_len >= 2);
    z->heap[hx(--z->heap_max)] = z->heap[1];
    gen_bitlen(z, t, stree, k);
    gen_codes(t, max_code, &z->bl_count);
}

// The run-length coding of the lengths of [t], as frequencies of the bit length tree
// ([send] false) or as bits ([send] true): runs of a length repeat with code 16, runs of
// zeros with 17 or 18, as zlib cuts them.
static void code_lengths(ZDeflate *z, ZTree *t, int max_code, bool send) {
    int prevlen = -1, curlen, nextlen = t->len[0], count = 0, max_count = 7, min_count = 4;
    if (nextlen == 0) max_count = 138, min_count = 3;
    if (!send) t->len[hx(max_code + 1)] = 0xffff; // guard
    for (int n = 0; n <= max_code; n++) {
        curlen = nextlen;
        nextlen = t->len[hx(n + 1)];
        if (++count < max_count && curlen == nextlen) continue;
        ZTree *bl = &z->bltree;
        if (count < min_count) {
            if (!send) bl->freq[hx(curlen)] = (uint16_t)(bl->freq[hx(curlen)] + count);
            else
                do send_code(z, curlen, bl);
                while (--count != 0);
        } else if (curlen != 0) {
            if (curlen != prevlen) {
                if (!send) bl->freq[hx(curlen)]++;
                else send_code(z, curlen, bl), count--;
            }
            if (!send) bl->freq[REP_3_6]++;
            else send_code(z, REP_3_6, bl), send_bits(z, (uint32_t)(count - 3), 2);
        } else if (count <= 10) {
            if (!send) bl->freq[REPZ_3_10]++;
            else send_code(z, REPZ_3_10, bl), send_bits(z, (uint32_t)(count - 3), 3);
        } else {
            if (!send) bl->freq[REPZ_11_138]++;
            else send_code(z, REPZ_11_138, bl), send_bits(z, (uint32_t)(count - 11), 7);
        }
        count = 0;
        prevlen = curlen;
        if (nextlen == 0) max_count = 138, min_count = 3;
        else if (curlen == nextlen) max_count = 6, min_count = 3;
        else max_count = 7, min_count = 4;
    }
}

static int build_bl_tree(ZDeflate *z) {
    code_lengths(z, &z->ltree, z->ltree.max_code, false);
    code_lengths(z, &z->dtree, z->dtree.max_code, false);
    build_tree(z, &z->bltree, NULL, T_BL);
    int max_blindex;
    for (max_blindex = BL_CODES - 1; max_blindex >= 3; max_blindex--)
        if (z->bltree.len[bl_order[max_blindex]] != 0) break;
    z->opt_len += 3 * ((uint64_t)max_blindex + 1) + 5 + 5 + 4;
    return max_blindex;
}

static void send_all_trees(ZDeflate *z, int lcodes, int dcodes, int blcodes) {
    send_bits(z, (uint32_t)(lcodes - 257), 5);
    send_bits(z, (uint32_t)(dcodes - 1), 5);
    send_bits(z, (uint32_t)(blcodes - 4), 4);
    for (int rank = 0; rank < blcodes && rank < BL_CODES; rank++) send_bits(z, z->bltree.len[bl_order[rank]], 3);
    code_lengths(z, &z->ltree, lcodes - 1, true);
    code_lengths(z, &z->dtree, dcodes - 1, true);
}

static void compress_block(ZDeflate *z, const ZTree *lt, const ZTree *dt) {
    for (uint32_t sx = 0; sx < z->sym_next && sx < ZD_LMAX; sx++) {
        uint32_t dist = z->sym_dist[sx], lc = z->sym_lc[sx];
        if (dist == 0) {
            send_code(z, (int)lc, lt);
            continue;
        }
        uint32_t code = z->length_code[lc];
        send_code(z, (int)code + 257, lt);
        int extra = extra_lbits[code % 29];
        if (extra != 0) send_bits(z, lc - z->base_length[code % 29], extra);
        dist--;
        code = d_code(z, dist);
        send_code(z, (int)code, dt);
        extra = extra_dbits[code % 30];
        if (extra != 0) send_bits(z, dist - z->base_dist[code % 30], extra);
    }
    send_code(z, END_BLOCK, lt);
}

void zltree_stored_block(ZDeflate *z, uint32_t start, uint32_t len, bool last) {
    send_bits(z, last ? 1u : 0u, 3);
    bi_windup(z);
    put_short(z, len & 0xffff);
    put_short(z, ~len & 0xffff);
    BView w = {z->window, sizeof z->window};
    if (len > 0 && buf_append(z->h, &z->pending, bview_slice(w, start, (size_t)start + len)) != K_OK)
        z->nomem = true;
}

void zltree_align(ZDeflate *z) {
    send_bits(z, 1u << 1, 3);
    send_code(z, END_BLOCK, &z->stat_l);
    zltree_flush_bits(z);
}

void zltree_flush_block(ZDeflate *z, bool has_buf, uint32_t start, uint32_t len, bool last) {
    uint64_t opt_lenb, static_lenb;
    int max_blindex = 0;
    if (z->level > 0) {
        build_tree(z, &z->ltree, &z->stat_l, T_LIT);
        build_tree(z, &z->dtree, &z->stat_d, T_DIST);
        max_blindex = build_bl_tree(z);
        opt_lenb = (z->opt_len + 3 + 7) >> 3;
        static_lenb = (z->static_len + 3 + 7) >> 3;
        if (static_lenb <= opt_lenb || z->strategy == 4) opt_lenb = static_lenb;
    } else {
        opt_lenb = static_lenb = (uint64_t)len + 5;
    }
    if ((uint64_t)len + 4 <= opt_lenb && has_buf) {
        zltree_stored_block(z, start, len, last);
    } else if (static_lenb == opt_lenb) {
        send_bits(z, (1u << 1) + (last ? 1u : 0u), 3);
        compress_block(z, &z->stat_l, &z->stat_d);
    } else {
        send_bits(z, (2u << 1) + (last ? 1u : 0u), 3);
        send_all_trees(z, z->ltree.max_code + 1, z->dtree.max_code + 1, max_blindex + 1);
        compress_block(z, &z->ltree, &z->dtree);
    }
    init_block(z);
    if (last) bi_windup(z);
}
