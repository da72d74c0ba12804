/*
 * zlibmod_codec.c: DEFLATE (RFC 1951) inflate and deflate, the zlib (RFC 1950) and gzip
 * (RFC 1952) containers, CRC-32 and Adler-32, for the zlib module (zlibmod.c).
 *
 * Inflate resumes where the input ran out: at the symbol of a Huffman block (its codes
 * are kept in the state), or at the start of a block header or stored block (both
 * bounded: under 64 KiB), so the work per input byte is bounded whatever the block size.
 * Huffman codes are decoded canonically, one bit at a time.
 * The compressor is in zlibmod_deflate.c and zlibmod_trees.c.
 *
 * Invariant: every byte read or written goes through bview_get/buf_get/buf_push; a
 * malformed stream is ZS_ERROR with zlib's message, never an access out of bounds.
 */
#include "zlibmod.h"

/* ---- checksums ---- */

static const uint32_t crc_nibble[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
    0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
};

uint32_t zlibmod_crc32(BView v, uint32_t start) {
    uint32_t c = start ^ 0xffffffffu;
    for (size_t i = 0; i < v.n; i++) {
        c ^= (uint32_t)bview_get(v, i);
        c = (c >> 4) ^ crc_nibble[c & 15];
        c = (c >> 4) ^ crc_nibble[c & 15];
    }
    return c ^ 0xffffffffu;
}

uint32_t zlibmod_adler32(BView v, uint32_t start) {
    uint32_t a = start & 0xffff, b = start >> 16;
    size_t i = 0;
    while (i < v.n) {
        // 5552 bytes keep the sums below 2^32 before the reduction (zlib's NMAX).
        size_t stop = v.n - i > 5552 ? i + 5552 : v.n;
        for (; i < stop; i++) {
            a += (uint32_t)bview_get(v, i);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return (b << 16) | a;
}

static uint32_t update_check(ZFormat fmt, uint32_t check, BView v) {
    return fmt == ZF_GZIP ? zlibmod_crc32(v, check) : zlibmod_adler32(v, check);
}

/* ---- tables shared by both directions ---- */

static const uint16_t len_base[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                      31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t len_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t dist_base[30] = {1,    2,    3,    4,    5,    7,     9,     13,    17,  25,
                                       33,   49,   65,   97,   129,  193,   257,   385,   513, 769,
                                       1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const uint8_t dist_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                       6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
static const uint8_t clen_order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

/* ---- inflate ---- */

const char zlibmod_need_dict[] = "need dictionary";
const char zlibmod_bad_dict[] = "invalid input data";

typedef ZHuff Huff;

typedef struct Lens {
    uint8_t v[320];
} Lens;

// Builds the canonical code of lengths L->v[0..n): -1 over-subscribed, 0 complete,
// else the number of missing codes (an incomplete code).
static int huff_build(Huff *h, const Lens *L, int n) {
    for (int i = 0; i < 16; i++) h->count[i] = 0;
    for (int s = 0; s < n; s++) h->count[L->v[s]]++;
    if (h->count[0] == n) return 0;
    int left = 1;
    for (int len = 1; len < 16; len++) {
        left <<= 1;
        left -= h->count[len];
        if (left < 0) return -1;
    }
    uint16_t offs[16];
    offs[1] = 0;
    for (int len = 1; len < 15; len++) offs[len + 1] = (uint16_t)(offs[len] + h->count[len]);
    for (int s = 0; s < n; s++)
        if (L->v[s] != 0) h->sym[offs[L->v[s]]++] = (uint16_t)s;
    return left;
}

// RD_END: end of block; RD_PAUSE: the output limit of this call was reached.
typedef enum { RD_OK, RD_MORE, RD_BAD, RD_END, RD_PAUSE } Rd;

static Rd getbits(ZInflate *z, BView in, int n, uint32_t *out) {
    if (z->bitpos + (size_t)n > in.n * 8) return RD_MORE;
    uint32_t v = 0;
    for (int i = 0; i < n; i++) {
        size_t p = z->bitpos + (size_t)i;
        v |= (uint32_t)((bview_get(in, p >> 3) >> (p & 7)) & 1) << i;
    }
    z->bitpos += (size_t)n;
    *out = v;
    return RD_OK;
}

// One symbol of code [h]; RD_BAD for a bit sequence no code has.
static Rd decode(ZInflate *z, BView in, const Huff *h, int *sym) {
    int code = 0, first = 0, index = 0;
    for (int len = 1; len < 16; len++) {
        uint32_t bit;
        if (getbits(z, in, 1, &bit) != RD_OK) return RD_MORE;
        code |= (int)bit;
        int count = h->count[len];
        if (code - first < count) {
            *sym = h->sym[index + code - first];
            return RD_OK;
        }
        index += count;
        first += count;
        first <<= 1;
        code <<= 1;
    }
    return RD_BAD;
}

static Rd fail(ZInflate *z, const char *msg) {
    z->msg = msg;
    return RD_BAD;
}

static void fixed_codes(Huff *lit, Huff *dist) {
    Lens L;
    int s = 0;
    for (; s < 144; s++) L.v[s] = 8;
    for (; s < 256; s++) L.v[s] = 9;
    for (; s < 280; s++) L.v[s] = 7;
    for (; s < 288; s++) L.v[s] = 8;
    (void)huff_build(lit, &L, 288);
    // 32 codes as zlib's: 30 and 31 are then "invalid distance code", not a bad bit string
    for (s = 0; s < 32; s++) L.v[s] = 5;
    (void)huff_build(dist, &L, 32);
}

// The literal/length and distance codes of a dynamic block's header.
static Rd dynamic_codes(ZInflate *z, BView in, Huff *lit, Huff *dist) {
    uint32_t nlen, ndist, ncode;
    if (getbits(z, in, 5, &nlen) || getbits(z, in, 5, &ndist) || getbits(z, in, 4, &ncode))
        return RD_MORE;
    nlen += 257;
    ndist += 1;
    ncode += 4;
    if (nlen > 286 || ndist > 30) return fail(z, "too many length or distance symbols");
    Lens L;
    for (int i = 0; i < 19; i++) L.v[i] = 0;
    for (uint32_t i = 0; i < ncode; i++) {
        uint32_t v;
        if (getbits(z, in, 3, &v)) return RD_MORE;
        L.v[clen_order[i]] = (uint8_t)v;
    }
    Huff lencode;
    if (huff_build(&lencode, &L, 19) != 0) return fail(z, "invalid code lengths set");
    if (lencode.count[0] == 19) {
        // as zlib's: an empty code-length code reads every length as 0, one bit each
        lencode.count[1] = 2;
        lencode.sym[0] = lencode.sym[1] = 0;
    }
    uint32_t idx = 0;
    while (idx < nlen + ndist) {
        int sym;
        Rd r = decode(z, in, &lencode, &sym);
        if (r == RD_MORE) return r;
        if (r == RD_BAD) return fail(z, "invalid code lengths set");
        if (sym < 16) {
            L.v[idx++] = (uint8_t)sym;
            continue;
        }
        uint8_t val = 0;
        uint32_t rep;
        if (sym == 16) {
            if (idx == 0) return fail(z, "invalid bit length repeat");
            val = L.v[idx - 1];
            if (getbits(z, in, 2, &rep)) return RD_MORE;
            rep += 3;
        } else if (sym == 17) {
            if (getbits(z, in, 3, &rep)) return RD_MORE;
            rep += 3;
        } else {
            if (getbits(z, in, 7, &rep)) return RD_MORE;
            rep += 11;
        }
        if (idx + rep > nlen + ndist) return fail(z, "invalid bit length repeat");
        while (rep-- > 0) L.v[idx++] = val;
    }
    if (L.v[256] == 0) return fail(z, "invalid code -- missing end-of-block");
    int err = huff_build(lit, &L, (int)nlen);
    // as zlib's: an incomplete code only when it is a single code of length 1
    if (err < 0 || (err > 0 && (nlen - lit->count[0] != 1 || lit->count[1] != 1)))
        return fail(z, "invalid literal/lengths set");
    Lens D;
    for (uint32_t i = 0; i < ndist; i++) D.v[i] = L.v[nlen + i];
    err = huff_build(dist, &D, (int)ndist);
    if (err < 0 || (err > 0 && (ndist - dist->count[0] != 1 || dist->count[1] != 1)))
        return fail(z, "invalid distances set");
    return RD_OK;
}

static Rd push(Heap *h, Buf *b, int byte) {
    return buf_push(h, b, (uint8_t)byte) == K_OK ? RD_OK : RD_BAD;
}

// One symbol of the current Huffman block: a literal into z->win, or a match, whose copy
// is left in z->copy_len / z->copy_dist (RD_END: the end code). All its bits are read
// before any output. RD_BAD with msg NULL means out of memory.
static Rd symbol(Heap *h, ZInflate *z, BView in) {
    int sym;
    Rd r = decode(z, in, &z->lit, &sym);
    if (r == RD_MORE) return r;
    if (r == RD_BAD) return fail(z, "invalid literal/length code");
    if (sym < 256) return push(h, &z->win, sym) ? fail(z, NULL) : RD_OK;
    if (sym == 256) return RD_END;
    sym -= 257;
    if (sym >= 29) return fail(z, "invalid literal/length code");
    uint32_t extra, len, d;
    if (getbits(z, in, len_extra[sym], &extra)) return RD_MORE;
    len = len_base[sym] + extra;
    r = decode(z, in, &z->dist, &sym);
    if (r == RD_MORE) return r;
    if (r == RD_BAD || sym >= 30) return fail(z, "invalid distance code");
    if (getbits(z, in, dist_extra[sym], &extra)) return RD_MORE;
    d = dist_base[sym] + extra;
    // zlib checks a distance against the output it still has (its window, plus this
    // call's output), not against 2**wbits: a stream decoded in one piece may reach
    // further back; we keep at least the 32 KiB any stream may reach.
    if (d > z->win.len) return fail(z, "invalid distance too far back");
    z->copy_len = len;
    z->copy_dist = d;
    return RD_OK;
}

// The symbols of the current Huffman block up to its end code, or until the input ends
// (RD_MORE, at the start of a symbol) or z->win holds [stop] bytes (RD_PAUSE: a match
// may be cut there; as zlib, an end code is still taken but no more output).
static Rd codes(Heap *h, ZInflate *z, BView in, size_t stop) {
    for (;;) {
        for (; z->copy_len > 0; z->copy_len--) {
            if (z->win.len >= stop) return RD_PAUSE;
            if (push(h, &z->win, buf_get(&z->win, z->win.len - z->copy_dist))) return fail(z, NULL);
        }
        size_t at = z->bitpos, had = z->win.len;
        Rd r = symbol(h, z, in);
        if (r == RD_MORE) z->bitpos = at;
        if (r == RD_OK && had >= stop) {
            // Output past the limit: this symbol waits for the next call.
            z->bitpos = at;
            z->copy_len = 0;
            return buf_resize(h, &z->win, had) == K_OK ? RD_PAUSE : fail(z, NULL);
        }
        if (r != RD_OK) return r;
    }
}

// The bytes of the current stored block (z->stored_left of them still to come), as far
// as the input and [stop] allow.
static Rd stored(Heap *h, ZInflate *z, BView in, size_t stop) {
    while (z->stored_left > 0) {
        size_t at = z->bitpos >> 3, n = z->stored_left;
        if (at >= in.n) return RD_MORE;
        if (z->win.len >= stop) return RD_PAUSE;
        if (n > in.n - at) n = in.n - at;
        if (n > stop - z->win.len) n = stop - z->win.len;
        if (buf_append(h, &z->win, bview_slice(in, at, at + n)) != K_OK) return fail(z, NULL);
        z->bitpos += n * 8;
        z->stored_left -= (uint32_t)n;
    }
    return RD_END;
}

// A stored block's header (its lengths, after the padding to a byte boundary).
static Rd stored_header(ZInflate *z, BView in) {
    z->bitpos = (z->bitpos + 7) & ~(size_t)7;
    uint32_t len, nlen;
    if (getbits(z, in, 16, &len) || getbits(z, in, 16, &nlen)) return RD_MORE;
    if (len != (~nlen & 0xffff)) return fail(z, "invalid stored block lengths");
    z->stored_left = len;
    return RD_OK;
}

// The next block, or the rest of the current one: RD_END when it is complete (z->last
// tells whether it was the final one), RD_PAUSE when z->win reached [stop] bytes first,
// RD_MORE when the input ends (at a point decoding can resume from).
static Rd block(Heap *h, ZInflate *z, BView in, size_t stop) {
    if (z->inblock == 0) {
        size_t at = z->bitpos;
        uint32_t hdr = 0;
        Rd r = getbits(z, in, 3, &hdr);
        if (r == RD_OK) {
            z->last = (hdr & 1) != 0;
            switch (hdr >> 1) {
            case 0: r = stored_header(z, in); break;
            case 1: fixed_codes(&z->lit, &z->dist); break;
            case 2: r = dynamic_codes(z, in, &z->lit, &z->dist); break;
            default: return fail(z, "invalid block type");
            }
        }
        if (r == RD_MORE) z->bitpos = at;
        if (r != RD_OK) return r;
        z->inblock = (hdr >> 1) == 0 ? 2 : 1;
        z->copy_len = 0;
    }
    Rd r = z->inblock == 2 ? stored(h, z, in, stop) : codes(h, z, in, stop);
    if (r == RD_END) z->inblock = 0;
    return r;
}

// The stream header (at in[0]: the input is not compacted before it is complete):
// RD_MORE until all of it is there.
static Rd header(Heap *h, ZInflate *z, BView in) {
    uint32_t a, b;
    if (z->fmt == ZF_AUTO) {
        if (in.n < 2) return RD_MORE;
        z->fmt = bview_get(in, 0) == 0x1f && bview_get(in, 1) == 0x8b ? ZF_GZIP : ZF_ZLIB;
        z->check = z->fmt == ZF_GZIP ? 0 : 1;
    }
    if (z->fmt == ZF_RAW) return RD_OK;
    if (z->fmt == ZF_ZLIB) {
        if (getbits(z, in, 8, &a) || getbits(z, in, 8, &b)) return RD_MORE;
        if (((a << 8) | b) % 31 != 0) return fail(z, "incorrect header check");
        if ((a & 15) != 8) return fail(z, "unknown compression method");
        int w = (int)(a >> 4) + 8;
        if (z->wbits == 0) z->wbits = w;
        if (w > 15 || w > z->wbits) return fail(z, "invalid window size");
        if ((b & 0x20) == 0) return RD_OK;
        if (!z->has_dict) return fail(z, zlibmod_need_dict);
        uint32_t id = 0;
        for (int k = 0; k < 4; k++) { // the dictionary's adler32, most significant byte first
            if (getbits(z, in, 8, &a)) return RD_MORE;
            id = (id << 8) | a;
        }
        if (id != zlibmod_adler32(buf_view(&z->dict), 1)) return fail(z, zlibmod_bad_dict);
        return buf_append(h, &z->win, buf_view(&z->dict)) == K_OK ? RD_OK : fail(z, NULL);
    }
    uint32_t flags, skip;
    if (z->wbits == 0) z->wbits = 15;
    if (getbits(z, in, 8, &a) || getbits(z, in, 8, &b)) return RD_MORE;
    if (a != 0x1f || b != 0x8b) return fail(z, "incorrect header check");
    if (getbits(z, in, 8, &a) || getbits(z, in, 8, &flags)) return RD_MORE;
    if (a != 8) return fail(z, "unknown compression method");
    if ((flags & 0xe0) != 0) return fail(z, "unknown header flags set");
    if (getbits(z, in, 32, &a) || getbits(z, in, 16, &b)) return RD_MORE; // mtime, xfl, os
    if ((flags & 4) != 0) {
        if (getbits(z, in, 16, &skip)) return RD_MORE;
        if (in.n - (z->bitpos >> 3) < skip) return RD_MORE;
        z->bitpos += (size_t)skip * 8;
    }
    for (uint32_t f = 8; f <= 16; f <<= 1) { // file name, comment: zero-terminated
        if ((flags & f) == 0) continue;
        do {
            if (getbits(z, in, 8, &a)) return RD_MORE;
        } while (a != 0);
    }
    if ((flags & 2) != 0) {
        // The header's CRC-32 (low 16 bits) of everything before it.
        size_t end = z->bitpos >> 3;
        if (getbits(z, in, 16, &a)) return RD_MORE;
        if (a != (zlibmod_crc32(bview_slice(in, 0, end), 0) & 0xffff)) return fail(z, "header crc mismatch");
    }
    return RD_OK;
}

static Rd trailer(ZInflate *z, BView in) {
    z->bitpos = (z->bitpos + 7) & ~(size_t)7;
    if (z->fmt == ZF_RAW) return RD_OK;
    uint32_t a, b;
    if (z->fmt == ZF_ZLIB) {
        uint32_t want = 0;
        for (int i = 0; i < 4; i++) {
            if (getbits(z, in, 8, &a)) return RD_MORE;
            want = (want << 8) | a;
        }
        return want == z->check ? RD_OK : fail(z, "incorrect data check");
    }
    // as zlib's: the CRC is checked as soon as it is there, before the length comes
    if (getbits(z, in, 32, &a)) return RD_MORE;
    if (a != z->check) return fail(z, "incorrect data check");
    if (getbits(z, in, 32, &b)) return RD_MORE;
    return b == z->total ? RD_OK : fail(z, "incorrect length check");
}

void zlibmod_inflate_init(ZInflate *z, ZFormat fmt, int wbits) {
    z->wbits = wbits;
    buf_init(&z->in);
    buf_init(&z->win);
    z->bitpos = 0;
    z->fmt = fmt;
    z->stage = 0;
    z->inblock = 0;
    z->copy_len = 0;
    z->copy_dist = 0;
    z->stored_left = 0;
    z->last = false;
    z->paused = false;
    z->check = fmt == ZF_GZIP ? 0 : 1;
    z->total = 0;
    z->msg = NULL;
    buf_init(&z->dict);
    z->has_dict = false;
}

ZStatus zlibmod_inflate_dict(Heap *h, ZInflate *z, BView dict) {
    buf_init(&z->dict);
    if (buf_append(h, &z->dict, dict) != K_OK) return ZS_NOMEM;
    z->has_dict = true;
    if (z->fmt == ZF_RAW && buf_append(h, &z->win, dict) != K_OK) return ZS_NOMEM;
    return ZS_OK;
}

BView zlibmod_inflate_rest(const ZInflate *z) {
    BView v = buf_view(&z->in);
    size_t at = (z->bitpos + 7) >> 3;
    return bview_slice(v, at > v.n ? v.n : at, v.n);
}

// Drops the whole bytes of input already consumed.
static ZStatus compact(Heap *h, ZInflate *z) {
    size_t drop = z->bitpos >> 3;
    if (drop == 0) return ZS_OK;
    BView none = {NULL, 0};
    if (buf_splice(h, &z->in, 0, drop, none) != K_OK) return ZS_NOMEM;
    z->bitpos &= 7;
    return ZS_OK;
}

// Moves the output of the blocks just decoded (win[from..]) to [out], then trims the
// window to its last 32 KiB.
static ZStatus emit(Heap *h, ZInflate *z, size_t from, Buf *out) {
    BView fresh = bview_slice(buf_view(&z->win), from, z->win.len);
    if (buf_append(h, out, fresh) != K_OK) return ZS_NOMEM;
    z->check = update_check(z->fmt, z->check, fresh);
    z->total += (uint32_t)fresh.n;
    if (z->win.len > 2 * ZLIBMOD_WSIZE) {
        BView none = {NULL, 0};
        if (buf_splice(h, &z->win, 0, z->win.len - ZLIBMOD_WSIZE, none) != K_OK) return ZS_NOMEM;
    }
    return ZS_OK;
}

ZStatus zlibmod_inflate(Heap *h, ZInflate *z, BView data, Buf *out, size_t limit) {
    z->msg = NULL;
    z->paused = false;
    if (z->stage == 3) {
        // After the end, more data is only more unused data.
        return buf_append(h, &z->in, data) == K_OK ? ZS_END : ZS_NOMEM;
    }
    if (buf_append(h, &z->in, data) != K_OK) return ZS_NOMEM;
    BView in = buf_view(&z->in);
    Rd r = RD_OK;
    if (z->stage == 0) {
        size_t save = z->bitpos;
        r = header(h, z, in);
        if (r == RD_MORE) z->bitpos = save;
        if (r == RD_OK) z->stage = 1;
    }
    size_t from = z->win.len, given = 0;
    while (r == RD_OK && z->stage == 1 && !z->paused) {
        // Decode about 128 KiB (or what is left of the limit) before handing it over.
        size_t made = given + (z->win.len - from), room = 4 * ZLIBMOD_WSIZE;
        if (limit > 0) room = made >= limit ? 0 : limit - made < room ? limit - made : room;
        Rd b = block(h, z, in, z->win.len + room);
        if (b == RD_END && z->last) z->stage = 2;
        if (b == RD_MORE || b == RD_BAD) r = b;
        if (b == RD_PAUSE && limit > 0 && given + (z->win.len - from) >= limit) z->paused = true;
        if (r != RD_BAD && z->win.len - from >= 4 * ZLIBMOD_WSIZE) {
            // Hand over long output early so the window stays small.
            given += z->win.len - from;
            if (emit(h, z, from, out) != ZS_OK) return ZS_NOMEM;
            from = z->win.len;
        }
    }
    if (r == RD_BAD && z->msg == NULL) return ZS_NOMEM;
    if (r != RD_BAD && emit(h, z, from, out) != ZS_OK) return ZS_NOMEM;
    if (r == RD_OK && z->stage == 2) {
        size_t save = z->bitpos;
        r = trailer(z, in);
        if (r == RD_MORE) z->bitpos = save;
        if (r == RD_OK) {
            z->stage = 3;
            z->bitpos = (z->bitpos + 7) & ~(size_t)7;
        }
    }
    if (r == RD_BAD) return ZS_ERROR;
    if (compact(h, z) != ZS_OK) return ZS_NOMEM;
    return z->stage == 3 ? ZS_END : ZS_OK;
}
