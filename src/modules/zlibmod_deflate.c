/*
 * zlibmod_deflate.c: the compressor's stream logic and match finders (zlibmod_deflate.h),
 * following zlib 1.2.13's deflate.c step for step so the bytes are the same:
 *   - the window holds 2*wsize bytes; when the lookahead runs low with strstart in the
 *     upper half, the upper half moves down and the hash positions drop by wsize;
 *   - a rolling hash of 3 bytes indexes head[]; prev[] chains earlier positions;
 *   - levels 1-3 take the first match found (deflate_fast), levels 4-9 defer a match by
 *     one byte to see whether the next is longer (deflate_slow), level 0 copies stored
 *     blocks as large as the caller's output room allows (deflate_stored), and the
 *     strategies Z_HUFFMAN_ONLY and Z_RLE have their own loops;
 *   - a block ends when the symbol buffer (memLevel-sized) is full or at a flush.
 * zlibmod_deflate_call reproduces how CPython 3.11 calls deflate(): the output room
 * grows 32 KiB, 64 KiB, 256 KiB, ... and deflate() is called again while it is full,
 * which matters to level 0 (stored blocks are cut at the room left).
 *
 * Invariant: window indices are masked to the array (2*ZD_WMAX), prev indices by w_mask,
 * head indices by hash_mask; input is read through bview_get / bview_slice only.
 */
#include "zlibmod.h"
#include "zlibmod_deflate.h"

#define MIN_MATCH 3
#define MAX_MATCH 258
#define MIN_LOOKAHEAD (MAX_MATCH + MIN_MATCH + 1)
#define MAX_STORED 65535u
#define TOO_FAR 4096u

enum { ST_INIT, ST_GZIP, ST_BUSY, ST_FINISH };
typedef enum { NEED_MORE, BLOCK_DONE, FINISH_STARTED, FINISH_DONE } BlockState;

typedef struct Config {
    uint16_t good, lazy, nice, chain;
} Config;

static const Config config_table[10] = {
    {0, 0, 0, 0},       {4, 4, 8, 4},       {4, 5, 16, 8},      {4, 6, 32, 32},      {4, 4, 16, 16},
    {8, 16, 32, 32},    {8, 16, 128, 128},  {8, 32, 128, 256},  {32, 128, 258, 1024}, {32, 258, 258, 4096},
};

static uint32_t min_u32(uint32_t a, uint32_t b) { return a < b ? a : b; }

static uint32_t W(const ZDeflate *z, uint32_t i) { return z->window[i & (2 * ZD_WMAX - 1)]; }
static void set_w(ZDeflate *z, uint32_t i, uint32_t b) { z->window[i & (2 * ZD_WMAX - 1)] = (uint8_t)b; }

static size_t avail_in(const ZDeflate *z) { return z->in.n - z->in_pos; }
static uint32_t max_dist(const ZDeflate *z) { return z->w_size - MIN_LOOKAHEAD; }
static size_t pending_len(const ZDeflate *z) { return z->pending.len - z->pending_out; }

static void copy_within(ZDeflate *z, uint32_t to, uint32_t from, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) set_w(z, to + i, W(z, from + i));
}

static void checksum(ZDeflate *z, BView v) {
    if (z->wrap == 1) z->adler = zlibmod_adler32(v, z->adler);
    else if (z->wrap == 2) z->adler = zlibmod_crc32(v, z->adler);
    z->total_in += (uint32_t)v.n;
}

// zlib's read_buf into the window at [at]: up to [size] bytes of input.
static uint32_t read_window(ZDeflate *z, uint32_t at, uint32_t size) {
    size_t len = avail_in(z);
    if (len > size) len = size;
    if (len == 0) return 0;
    BView v = bview_slice(z->in, z->in_pos, z->in_pos + len);
    for (size_t i = 0; i < len; i++) set_w(z, at + (uint32_t)i, (uint32_t)bview_get(v, i));
    checksum(z, v);
    z->in_pos += len;
    return (uint32_t)len;
}

// zlib's read_buf straight into the output (level 0).
static void read_out(ZDeflate *z, uint32_t len) {
    BView v = bview_slice(z->in, z->in_pos, z->in_pos + len);
    if (buf_append(z->h, &z->out, v) != K_OK) z->nomem = true;
    checksum(z, v);
    z->in_pos += v.n;
    z->avail_out -= v.n;
}

// Moves as much pending output as the room allows to z->out.
static void flush_pending(ZDeflate *z) {
    zltree_flush_bits(z);
    size_t len = pending_len(z);
    if (len > z->avail_out) len = z->avail_out;
    if (len == 0) return;
    BView p = bview_slice(buf_view(&z->pending), z->pending_out, z->pending_out + len);
    if (buf_append(z->h, &z->out, p) != K_OK) z->nomem = true;
    z->pending_out += len;
    z->avail_out -= len;
    if (z->pending_out == z->pending.len) {
        if (buf_resize(z->h, &z->pending, 0) != K_OK) z->nomem = true;
        z->pending_out = 0;
    }
}

static void clear_hash(ZDeflate *z) {
    for (uint32_t i = 0; i < z->hash_size && i < ZD_HMAX; i++) z->head[i] = 0;
}

static void update_hash(ZDeflate *z, uint32_t c) { z->ins_h = ((z->ins_h << z->hash_shift) ^ c) & z->hash_mask; }

// Inserts the string at [str] in the hash chains; returns the previous head of its chain.
static uint32_t insert_string(ZDeflate *z, uint32_t str) {
    update_hash(z, W(z, str + MIN_MATCH - 1));
    uint32_t head = z->head[z->ins_h & (ZD_HMAX - 1)];
    z->prev[str & z->w_mask & (ZD_WMAX - 1)] = (uint16_t)head;
    z->head[z->ins_h & (ZD_HMAX - 1)] = (uint16_t)str;
    return head;
}

// After the window moved down by wsize: positions drop by wsize, those gone become 0.
static void slide_hash(ZDeflate *z) {
    uint32_t wsize = z->w_size;
    for (uint32_t i = 0; i < z->hash_size && i < ZD_HMAX; i++) {
        uint32_t m = z->head[i];
        z->head[i] = (uint16_t)(m >= wsize ? m - wsize : 0);
    }
    for (uint32_t i = 0; i < wsize && i < ZD_WMAX; i++) {
        uint32_t m = z->prev[i];
        z->prev[i] = (uint16_t)(m >= wsize ? m - wsize : 0);
    }
}

// Reads input until the lookahead is MIN_LOOKAHEAD or the input ends, first moving the
// window down when strstart is deep in its upper half.
static void fill_window(ZDeflate *z) {
    uint32_t wsize = z->w_size;
    do {
        uint32_t more = z->window_size - z->lookahead - z->strstart;
        if (z->strstart >= wsize + max_dist(z)) {
            copy_within(z, 0, wsize, wsize - more);
            z->match_start -= wsize;
            z->strstart -= wsize;
            z->block_start -= (int64_t)wsize;
            if (z->insert > z->strstart) z->insert = z->strstart;
            slide_hash(z);
            more += wsize;
        }
        if (avail_in(z) == 0) break;
        z->lookahead += read_window(z, z->strstart + z->lookahead, more);
        // The hash of the strings left uninserted at the end of the last input.
        if (z->lookahead + z->insert >= MIN_MATCH) {
            uint32_t str = z->strstart - z->insert;
            z->ins_h = W(z, str);
            update_hash(z, W(z, str + 1));
            while (z->insert) {
                update_hash(z, W(z, str + MIN_MATCH - 1));
                z->prev[str & z->w_mask & (ZD_WMAX - 1)] = z->head[z->ins_h & (ZD_HMAX - 1)];
                z->head[z->ins_h & (ZD_HMAX - 1)] = (uint16_t)str;
                str++;
                z->insert--;
                if (z->lookahead + z->insert < MIN_MATCH) break;
            }
        }
    } while (z->lookahead < MIN_LOOKAHEAD && avail_in(z) != 0);
    // Zero the MAX_MATCH bytes past the data the first time they are reached: the match
    // finder compares past the lookahead (the result is cut to it), as zlib's does.
    if (z->high_water < z->window_size) {
        uint32_t curr = z->strstart + z->lookahead, init;
        if (z->high_water < curr) {
            init = min_u32(z->window_size - curr, MAX_MATCH);
            for (uint32_t i = 0; i < init; i++) set_w(z, curr + i, 0);
            z->high_water = curr + init;
        } else if (z->high_water < curr + MAX_MATCH) {
            init = min_u32(curr + MAX_MATCH - z->high_water, z->window_size - z->high_water);
            for (uint32_t i = 0; i < init; i++) set_w(z, z->high_water + i, 0);
            z->high_water += init;
        }
    }
}

// The longest match for strstart along the chain from [cur_match], longer than
// prev_length (else prev_length); sets match_start. As zlib's: the chain is cut short
// when prev_length is already good, the third byte is not compared (the hash covers it),
// and candidates that cannot beat the best are skipped by their bytes at best_len.
static uint32_t longest_match(ZDeflate *z, uint32_t cur_match) {
    uint32_t chain = z->max_chain, scan = z->strstart;
    uint32_t best_len = z->prev_length, nice = z->nice_match;
    uint32_t limit = z->strstart > max_dist(z) ? z->strstart - max_dist(z) : 0;
    uint32_t scan_end1 = W(z, scan + best_len - 1), scan_end = W(z, scan + best_len);
    if (z->prev_length >= z->good_match) chain >>= 2;
    if (nice > z->lookahead) nice = z->lookahead;
    do {
        uint32_t m = cur_match;
        if (W(z, m + best_len) != scan_end || W(z, m + best_len - 1) != scan_end1 || W(z, m) != W(z, scan) ||
            W(z, m + 1) != W(z, scan + 1))
            continue;
        uint32_t len = 3;
        while (len < MAX_MATCH && W(z, scan + len) == W(z, m + len)) len++;
        if (len > best_len) {
            z->match_start = cur_match;
            best_len = len;
            if (len >= nice) break;
            scan_end1 = W(z, scan + best_len - 1);
            scan_end = W(z, scan + best_len);
        }
    } while ((cur_match = z->prev[cur_match & z->w_mask & (ZD_WMAX - 1)]) > limit && --chain != 0);
    return best_len <= z->lookahead ? best_len : z->lookahead;
}

// The block from block_start to strstart; false when the caller must return now (its
// output room is full).
static bool flush_block(ZDeflate *z, bool last) {
    bool has = z->block_start >= 0;
    uint32_t start = has ? (uint32_t)z->block_start : 0;
    zltree_flush_block(z, has, start, (uint32_t)((int64_t)z->strstart - z->block_start), last);
    z->block_start = z->strstart;
    flush_pending(z);
    return z->avail_out != 0;
}

static BlockState deflate_stored(ZDeflate *z, int flush) {
    uint32_t min_block = min_u32(z->pending_buf_size - 5, z->w_size);
    uint32_t len, left, have;
    bool last = false;
    size_t used = avail_in(z);
    // Stored blocks copied straight from the window and input to the output, as big
    // as the output room allows.
    do {
        len = MAX_STORED;
        have = (uint32_t)(z->bi_valid + 42) >> 3;
        if (z->avail_out < have) break;
        size_t room = z->avail_out - have;
        left = (uint32_t)((int64_t)z->strstart - z->block_start);
        size_t whole = (size_t)left + avail_in(z);
        if (len > whole) len = (uint32_t)whole;
        if (len > room) len = (uint32_t)room;
        if (len < min_block && ((len == 0 && flush != ZD_FINISH) || flush == ZD_NO_FLUSH || len != whole)) break;
        last = flush == ZD_FINISH && len == whole;
        zltree_stored_block(z, 0, 0, last);
        size_t p = z->pending.len;
        if (p < 4 || buf_set(&z->pending, p - 4, (uint8_t)len) != K_OK ||
            buf_set(&z->pending, p - 3, (uint8_t)(len >> 8)) != K_OK ||
            buf_set(&z->pending, p - 2, (uint8_t)~len) != K_OK ||
            buf_set(&z->pending, p - 1, (uint8_t)(~len >> 8)) != K_OK) {
            z->nomem = true;
            return FINISH_DONE;
        }
        flush_pending(z);
        if (left) {
            if (left > len) left = len;
            BView w = {z->window, sizeof z->window};
            size_t from = (size_t)z->block_start;
            if (buf_append(z->h, &z->out, bview_slice(w, from, from + left)) != K_OK) z->nomem = true;
            z->avail_out -= left;
            z->block_start += left;
            len -= left;
        }
        if (len) read_out(z, len);
    } while (!last);
    // Keep the last wsize bytes copied as the window (history for a later level).
    used -= avail_in(z);
    if (used) {
        if (used >= z->w_size) {
            z->matches = 2;
            BView tail = bview_slice(z->in, z->in_pos - z->w_size, z->in_pos);
            for (uint32_t i = 0; i < z->w_size; i++) set_w(z, i, (uint32_t)bview_get(tail, i));
            z->strstart = z->w_size;
            z->insert = z->strstart;
        } else {
            uint32_t u = (uint32_t)used;
            if (z->window_size - z->strstart <= u) {
                z->strstart -= z->w_size;
                copy_within(z, 0, z->w_size, z->strstart);
                if (z->matches < 2) z->matches++;
                if (z->insert > z->strstart) z->insert = z->strstart;
            }
            BView tail = bview_slice(z->in, z->in_pos - u, z->in_pos);
            for (uint32_t i = 0; i < u; i++) set_w(z, z->strstart + i, (uint32_t)bview_get(tail, i));
            z->strstart += u;
            z->insert += min_u32(u, z->w_size - z->insert);
        }
        z->block_start = z->strstart;
    }
    if (z->high_water < z->strstart) z->high_water = z->strstart;
    if (last) return FINISH_DONE;
    if (flush != ZD_NO_FLUSH && flush != ZD_FINISH && avail_in(z) == 0 && (int64_t)z->strstart == z->block_start)
        return BLOCK_DONE;
    // Fill the window with the input left, moving it down if that makes room.
    size_t fill = z->window_size - z->strstart;
    if (avail_in(z) > fill && z->block_start >= (int64_t)z->w_size) {
        z->block_start -= z->w_size;
        z->strstart -= z->w_size;
        copy_within(z, 0, z->w_size, z->strstart);
        if (z->matches < 2) z->matches++;
        fill += z->w_size;
        if (z->insert > z->strstart) z->insert = z->strstart;
    }
    if (fill > avail_in(z)) fill = avail_in(z);
    if (fill) {
        uint32_t got = read_window(z, z->strstart, (uint32_t)fill);
        z->strstart += got;
        z->insert += min_u32(got, z->w_size - z->insert);
    }
    if (z->high_water < z->strstart) z->high_water = z->strstart;
    // A stored block from the window through the pending buffer when there is enough
    // for one, or when flushing and all input is in the window.
    have = (uint32_t)(z->bi_valid + 42) >> 3;
    have = min_u32(z->pending_buf_size - have, MAX_STORED);
    min_block = min_u32(have, z->w_size);
    left = (uint32_t)((int64_t)z->strstart - z->block_start);
    if (left >= min_block ||
        ((left || flush == ZD_FINISH) && flush != ZD_NO_FLUSH && avail_in(z) == 0 && left <= have)) {
        len = min_u32(left, have);
        last = flush == ZD_FINISH && avail_in(z) == 0 && len == left;
        zltree_stored_block(z, (uint32_t)z->block_start, len, last);
        z->block_start += len;
        flush_pending(z);
    }
    return last ? FINISH_STARTED : NEED_MORE;
}

// The end of a run of one of the matchers: the last block (final for Z_FINISH).
static BlockState finish_blocks(ZDeflate *z, int flush) {
    if (flush == ZD_FINISH) return flush_block(z, true) ? FINISH_DONE : FINISH_STARTED;
    if (z->sym_next && !flush_block(z, false)) return NEED_MORE;
    return BLOCK_DONE;
}

typedef enum { R_GO, R_NEED, R_DONE } Refill;

// Reads input when the lookahead is under [want]: R_NEED when more input must come first
// (no flush asked), R_DONE when all input is consumed.
static Refill refill(ZDeflate *z, int flush, uint32_t want) {
    if (z->lookahead >= want) return R_GO;
    fill_window(z);
    if (z->lookahead < want && flush == ZD_NO_FLUSH) return R_NEED;
    return z->lookahead == 0 ? R_DONE : R_GO;
}

// Hashes the string at strstart when 3 bytes are there; the previous head of its chain.
static uint32_t insert_current(ZDeflate *z) {
    return z->lookahead >= MIN_MATCH ? insert_string(z, z->strstart) : 0;
}

// Levels 1-3: a match is taken as found; its strings are hashed only when it is short.
static BlockState deflate_fast(ZDeflate *z, int flush) {
    for (;;) {
        Refill rf = refill(z, flush, MIN_LOOKAHEAD);
        if (rf == R_NEED) return NEED_MORE;
        if (rf == R_DONE) break;
        uint32_t hash_head = insert_current(z);
        bool bflush;
        if (hash_head != 0 && z->strstart - hash_head <= max_dist(z)) z->match_length = longest_match(z, hash_head);
        if (z->match_length >= MIN_MATCH) {
            bflush = zltree_tally_dist(z, z->strstart - z->match_start, z->match_length - MIN_MATCH);
            z->lookahead -= z->match_length;
            if (z->match_length <= z->max_lazy && z->lookahead >= MIN_MATCH) {
                z->match_length--;
                do {
                    z->strstart++;
                    (void)insert_string(z, z->strstart);
                } while (--z->match_length != 0);
                z->strstart++;
            } else {
                z->strstart += z->match_length;
                z->match_length = 0;
                z->ins_h = W(z, z->strstart);
                update_hash(z, W(z, z->strstart + 1));
            }
        } else {
            bflush = zltree_tally_lit(z, W(z, z->strstart));
            z->lookahead--;
            z->strstart++;
        }
        if (bflush && !flush_block(z, false)) return NEED_MORE;
    }
    z->insert = z->strstart < MIN_MATCH - 1 ? z->strstart : MIN_MATCH - 1;
    return finish_blocks(z, flush);
}

// Levels 4-9: a match is emitted only when the match at the next byte is not longer.
static BlockState deflate_slow(ZDeflate *z, int flush) {
    for (;;) {
        Refill rf = refill(z, flush, MIN_LOOKAHEAD);
        if (rf == R_NEED) return NEED_MORE;
        if (rf == R_DONE) break;
        uint32_t hash_head = insert_current(z);
        z->prev_length = z->match_length;
        z->prev_match = z->match_start;
        z->match_length = MIN_MATCH - 1;
        if (hash_head != 0 && z->prev_length < z->max_lazy && z->strstart - hash_head <= max_dist(z)) {
            z->match_length = longest_match(z, hash_head);
            if (z->match_length <= 5 &&
                (z->strategy == 1 || (z->match_length == MIN_MATCH && z->strstart - z->match_start > TOO_FAR)))
                z->match_length = MIN_MATCH - 1; // a short far match costs more than literals
        }
        if (z->prev_length >= MIN_MATCH && z->match_length <= z->prev_length) {
            uint32_t max_insert = z->strstart + z->lookahead - MIN_MATCH;
            bool bflush = zltree_tally_dist(z, z->strstart - 1 - z->prev_match, z->prev_length - MIN_MATCH);
            z->lookahead -= z->prev_length - 1;
            z->prev_length -= 2;
            do {
                if (++z->strstart <= max_insert) (void)insert_string(z, z->strstart);
            } while (--z->prev_length != 0);
            z->match_available = false;
            z->match_length = MIN_MATCH - 1;
            z->strstart++;
            if (bflush && !flush_block(z, false)) return NEED_MORE;
        } else if (z->match_available) {
            if (zltree_tally_lit(z, W(z, z->strstart - 1))) (void)flush_block(z, false);
            z->strstart++;
            z->lookahead--;
            if (z->avail_out == 0) return NEED_MORE;
        } else {
            z->match_available = true;
            z->strstart++;
            z->lookahead--;
        }
    }
    if (z->match_available) {
        (void)zltree_tally_lit(z, W(z, z->strstart - 1));
        z->match_available = false;
    }
    z->insert = z->strstart < MIN_MATCH - 1 ? z->strstart : MIN_MATCH - 1;
    return finish_blocks(z, flush);
}

// Z_RLE: matches only at distance 1, runs of the previous byte.
static BlockState deflate_rle(ZDeflate *z, int flush) {
    for (;;) {
        Refill rf = refill(z, flush, MAX_MATCH + 1);
        if (rf == R_NEED) return NEED_MORE;
        if (rf == R_DONE) break;
        z->match_length = 0;
        if (z->lookahead >= MIN_MATCH && z->strstart > 0) {
            uint32_t prev = W(z, z->strstart - 1), n = 0;
            while (n < MAX_MATCH && W(z, z->strstart + n) == prev) n++;
            if (n >= MIN_MATCH) z->match_length = n > z->lookahead ? z->lookahead : n;
        }
        bool bflush;
        if (z->match_length >= MIN_MATCH) {
            bflush = zltree_tally_dist(z, 1, z->match_length - MIN_MATCH);
            z->lookahead -= z->match_length;
            z->strstart += z->match_length;
            z->match_length = 0;
        } else {
            bflush = zltree_tally_lit(z, W(z, z->strstart));
            z->lookahead--;
            z->strstart++;
        }
        if (bflush && !flush_block(z, false)) return NEED_MORE;
    }
    z->insert = 0;
    return finish_blocks(z, flush);
}

// Z_HUFFMAN_ONLY: literals only.
static BlockState deflate_huff(ZDeflate *z, int flush) {
    for (;;) {
        if (z->lookahead == 0) {
            fill_window(z);
            if (z->lookahead == 0) {
                if (flush == ZD_NO_FLUSH) return NEED_MORE;
                break;
            }
        }
        z->match_length = 0;
        bool bflush = zltree_tally_lit(z, W(z, z->strstart));
        z->lookahead--;
        z->strstart++;
        if (bflush && !flush_block(z, false)) return NEED_MORE;
    }
    z->insert = 0;
    return finish_blocks(z, flush);
}

void zlibmod_deflate_init(ZDeflate *z, int level, int wrap, int wbits, int memlevel, int strategy) {
    // the callers check both (zlibmod.c); kept in range here too, so the sizes below
    // never exceed the fixed arrays nor shift out of range
    if (wbits < 9 || wbits > 15) wbits = 15;
    if (memlevel < 1 || memlevel > 9) memlevel = 8;
    z->level = level;
    z->strategy = strategy;
    z->wrap = wrap;
    z->w_bits = (uint32_t)wbits;
    z->w_size = 1u << z->w_bits;
    z->w_mask = z->w_size - 1;
    z->window_size = 2 * z->w_size;
    uint32_t hash_bits = (uint32_t)memlevel + 7;
    z->hash_size = 1u << hash_bits;
    z->hash_mask = z->hash_size - 1;
    z->hash_shift = (hash_bits + MIN_MATCH - 1) / MIN_MATCH;
    z->lit_bufsize = 1u << (memlevel + 6);
    z->pending_buf_size = z->lit_bufsize * 4;
    z->sym_end = z->lit_bufsize - 1;
    z->high_water = 0;
    buf_init(&z->pending);
    buf_init(&z->out);
    z->pending_out = 0;
    z->in = (BView){NULL, 0};
    z->in_pos = 0;
    z->total_in = 0;
    z->status = wrap == 2 ? ST_GZIP : ST_INIT;
    z->adler = wrap == 2 ? 0 : 1;
    z->last_flush = -2;
    zltree_init(z);
    clear_hash(z);
    const Config *c = &config_table[level < 0 || level > 9 ? 6 : level];
    z->max_lazy = c->lazy;
    z->good_match = c->good;
    z->nice_match = c->nice;
    z->max_chain = c->chain;
    z->strstart = 0;
    z->block_start = 0;
    z->lookahead = 0;
    z->insert = 0;
    z->match_length = z->prev_length = MIN_MATCH - 1;
    z->match_available = false;
    z->ins_h = 0;
}

int zlibmod_deflate_dict(Heap *h, ZDeflate *z, BView dict) {
    int wrap = z->wrap;
    if (wrap == 2 || (wrap == 1 && z->status != ST_INIT) || z->lookahead) return ZD_STREAM_ERROR;
    z->h = h;
    if (wrap == 1) z->adler = zlibmod_adler32(dict, z->adler);
    z->wrap = 0; // no checksum of the dictionary as input
    if (dict.n >= z->w_size) {
        if (wrap == 0) {
            clear_hash(z);
            z->strstart = 0;
            z->block_start = 0;
            z->insert = 0;
        }
        dict = bview_slice(dict, dict.n - z->w_size, dict.n);
    }
    BView save = z->in;
    size_t save_pos = z->in_pos;
    z->in = dict;
    z->in_pos = 0;
    fill_window(z);
    while (z->lookahead >= MIN_MATCH) {
        uint32_t str = z->strstart, n = z->lookahead - (MIN_MATCH - 1);
        do {
            (void)insert_string(z, str);
            str++;
        } while (--n);
        z->strstart = str;
        z->lookahead = MIN_MATCH - 1;
        fill_window(z);
    }
    z->strstart += z->lookahead;
    z->block_start = z->strstart;
    z->insert = z->lookahead;
    z->lookahead = 0;
    z->match_length = z->prev_length = MIN_MATCH - 1;
    z->match_available = false;
    z->in = save;
    z->in_pos = save_pos;
    z->wrap = wrap;
    return ZD_OK;
}

static void put_short_msb(ZDeflate *z, uint32_t b) {
    zltree_put_byte(z, (b >> 8) & 0xff);
    zltree_put_byte(z, b & 0xff);
}

static int rank(int f) { return f * 2 - (f > 4 ? 9 : 0); }

// zlib's header; false when its bytes do not all fit the output room.
static bool write_header(ZDeflate *z) {
    if (z->status == ST_INIT) {
        uint32_t header = (8 + ((z->w_bits - 8) << 4)) << 8, level_flags;
        if (z->strategy >= 2 || z->level < 2) level_flags = 0;
        else if (z->level < 6) level_flags = 1;
        else if (z->level == 6) level_flags = 2;
        else level_flags = 3;
        header |= level_flags << 6;
        if (z->strstart != 0) header |= 0x20; // a preset dictionary
        header += 31 - (header % 31);
        put_short_msb(z, header);
        if (z->strstart != 0) {
            put_short_msb(z, z->adler >> 16);
            put_short_msb(z, z->adler & 0xffff);
        }
        z->adler = 1;
    } else {
        static const uint8_t gz[8] = {31, 139, 8, 0, 0, 0, 0, 0};
        z->adler = 0;
        for (int i = 0; i < 8; i++) zltree_put_byte(z, gz[i]);
        zltree_put_byte(z, z->level == 9 ? 2 : z->strategy >= 2 || z->level < 2 ? 4 : 0);
        zltree_put_byte(z, 3); // OS: Unix
    }
    z->status = ST_BUSY;
    flush_pending(z);
    if (pending_len(z) != 0) {
        z->last_flush = -1;
        return false;
    }
    return true;
}

// zlib's deflate(): one step with the input z->in[in_pos..] and z->avail_out of room.
static int deflate_step(ZDeflate *z, int flush) {
    if (flush > ZD_BLOCK || flush < 0) return ZD_STREAM_ERROR;
    if (z->status == ST_FINISH && flush != ZD_FINISH) return ZD_STREAM_ERROR;
    if (z->avail_out == 0) return ZD_BUF_ERROR;
    int old_flush = z->last_flush;
    z->last_flush = flush;
    if (pending_len(z) != 0) {
        flush_pending(z);
        if (z->avail_out == 0) {
            z->last_flush = -1;
            return ZD_OK;
        }
    } else if (avail_in(z) == 0 && rank(flush) <= rank(old_flush) && flush != ZD_FINISH) {
        return ZD_BUF_ERROR; // nothing to do: a repeated flush adds nothing
    }
    if (z->status == ST_FINISH && avail_in(z) != 0) return ZD_BUF_ERROR;
    if (z->status == ST_INIT && z->wrap == 0) z->status = ST_BUSY;
    if ((z->status == ST_INIT || z->status == ST_GZIP) && !write_header(z)) return ZD_OK;
    if (avail_in(z) != 0 || z->lookahead != 0 || (flush != ZD_NO_FLUSH && z->status != ST_FINISH)) {
        BlockState bs = z->level == 0           ? deflate_stored(z, flush)
                        : z->strategy == 2      ? deflate_huff(z, flush)
                        : z->strategy == 3      ? deflate_rle(z, flush)
                        : z->level <= 3         ? deflate_fast(z, flush)
                                                : deflate_slow(z, flush);
        if (bs == FINISH_STARTED || bs == FINISH_DONE) z->status = ST_FINISH;
        if (bs == NEED_MORE || bs == FINISH_STARTED) {
            if (z->avail_out == 0) z->last_flush = -1;
            return ZD_OK;
        }
        if (bs == BLOCK_DONE) {
            if (flush == ZD_PARTIAL_FLUSH) {
                zltree_align(z);
            } else if (flush != ZD_BLOCK) {
                zltree_stored_block(z, 0, 0, false); // sync or full flush: an empty stored block
                if (flush == ZD_FULL_FLUSH) {
                    clear_hash(z); // forget the history
                    if (z->lookahead == 0) {
                        z->strstart = 0;
                        z->block_start = 0;
                        z->insert = 0;
                    }
                }
            }
            flush_pending(z);
            if (z->avail_out == 0) {
                z->last_flush = -1;
                return ZD_OK;
            }
        }
    }
    if (flush != ZD_FINISH) return ZD_OK;
    if (z->wrap <= 0) return ZD_STREAM_END;
    if (z->wrap == 2) {
        for (int sh = 0; sh < 32; sh += 8) zltree_put_byte(z, (z->adler >> sh) & 0xff);
        for (int sh = 0; sh < 32; sh += 8) zltree_put_byte(z, (z->total_in >> sh) & 0xff);
    } else {
        put_short_msb(z, z->adler >> 16);
        put_short_msb(z, z->adler & 0xffff);
    }
    flush_pending(z);
    z->wrap = -z->wrap; // the trailer is written once
    return pending_len(z) != 0 ? ZD_OK : ZD_STREAM_END;
}

int zlibmod_deflate_call(Heap *h, ZDeflate *z, BView data, int flush, bool *nomem) {
    // CPython's output buffer: blocks of these sizes, the last repeated.
    static const uint32_t block_size[17] = {
        32u << 10, 64u << 10, 256u << 10, 1u << 20,   4u << 20,   8u << 20,   16u << 20,  16u << 20, 32u << 20,
        32u << 20, 32u << 20, 32u << 20,  64u << 20,  64u << 20, 128u << 20, 128u << 20, 256u << 20,
    };
    z->h = h;
    z->nomem = false;
    z->in = data;
    z->in_pos = 0;
    int nblock = 0, r;
    z->avail_out = block_size[0];
    do {
        if (z->avail_out == 0) {
            nblock += nblock < 16 ? 1 : 0;
            z->avail_out = block_size[nblock];
        }
        r = deflate_step(z, flush);
    } while (r != ZD_STREAM_ERROR && z->avail_out == 0 && !z->nomem);
    z->in = (BView){NULL, 0};
    z->in_pos = 0;
    *nomem = z->nomem;
    return r;
}
