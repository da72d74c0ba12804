/*
 * buf.c: checked byte buffers and views (see buf.h). Like vec.c, growth copies into a
 * new chunk and leaves the old one to the collector.
 */
#include "buf.h"

#include <string.h>

#include "checked.h"

BView bview_cstr(const char *s) {
    BView v = {(const uint8_t *)s, s == NULL ? 0 : strlen(s)};
    return v;
}

KStatus buf_reserve(Heap *h, Buf *b, size_t mincap) {
    if (mincap < b->cap) return K_OK; // strictly less: keep room for the terminator
    if (mincap >= BUF_MAX_LEN) return K_OVERFLOW;
    size_t c = b->cap < 16 ? 16 : b->cap;
    while (c <= mincap) c = c > BUF_MAX_LEN / 2 ? BUF_MAX_LEN : c + c / 2;
    uint8_t *n = heap_alloc(h, c, HEAP_RAW);
    if (n == NULL) return K_NOMEM;
    if (b->len > 0) memcpy(n, b->data, b->len);
    b->data = n;
    b->cap = c;
    return K_OK;
}

KStatus buf_push(Heap *h, Buf *b, uint8_t x) {
    if (b->len + 1 >= b->cap) {
        KStatus s = buf_reserve(h, b, b->len + 1);
        if (s != K_OK) return s;
    }
    b->data[b->len++] = x;
    b->data[b->len] = 0; // keep the terminator invariant (cap > len + 1 here)
    return K_OK;
}

KStatus buf_append(Heap *h, Buf *b, BView v) {
    if (v.n == 0) return K_OK;
    size_t need;
    if (!size_add(b->len, v.n, &need)) return K_OVERFLOW;
    // v may point into b's current chunk; the old chunk stays valid after growth
    // because growth never frees it.
    KStatus s = buf_reserve(h, b, need);
    if (s != K_OK) return s;
    memmove(b->data + b->len, v.p, v.n); // v.n > 0 here, so v.p is not NULL
    b->len = need;
    b->data[b->len] = 0;
    return K_OK;
}

KStatus buf_append_cstr(Heap *h, Buf *b, const char *s) { return buf_append(h, b, bview_cstr(s)); }

KStatus buf_append_repeat(Heap *h, Buf *b, BView v, size_t count) {
    size_t add, need;
    if (!size_mul(v.n, count, &add) || !size_add(b->len, add, &need)) return K_OVERFLOW;
    KStatus s = buf_reserve(h, b, need);
    if (s != K_OK) return s;
    for (size_t i = 0; i < count && v.n > 0; i++) {
        memmove(b->data + b->len, v.p, v.n);
        b->len += v.n;
    }
    if (b->cap > b->len) b->data[b->len] = 0;
    return K_OK;
}

KStatus buf_append_i64(Heap *h, Buf *b, int64_t x) {
    uint8_t tmp[24];
    size_t n = 0;
    uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    do {
        tmp[n++] = (uint8_t)('0' + u % 10);
        u /= 10;
    } while (u != 0 && n < sizeof tmp);
    if (x < 0) {
        KStatus s = buf_push(h, b, '-');
        if (s != K_OK) return s;
    }
    while (n > 0) {
        KStatus s = buf_push(h, b, tmp[--n]);
        if (s != K_OK) return s;
    }
    return K_OK;
}

KStatus buf_resize(Heap *h, Buf *b, size_t n) {
    if (n > b->len) {
        KStatus s = buf_reserve(h, b, n);
        if (s != K_OK) return s;
        memset(b->data + b->len, 0, n - b->len);
    }
    b->len = n;
    if (b->cap > n) b->data[n] = 0;
    return K_OK;
}

KStatus buf_splice(Heap *h, Buf *b, size_t lo, size_t hi, BView v) {
    if (K_FAILS(lo > hi || hi > b->len)) return K_RANGE;
    Buf tmp;
    buf_init(&tmp);
    KStatus s = buf_from_view(h, &tmp, v); // v may view b
    if (s != K_OK) return s;
    size_t old = hi - lo, newlen;
    if (!size_add(b->len - old, v.n, &newlen)) return K_OVERFLOW;
    s = buf_reserve(h, b, newlen);
    if (s != K_OK) return s;
    if (b->len > hi) memmove(b->data + lo + v.n, b->data + hi, b->len - hi);
    if (v.n > 0) memcpy(b->data + lo, tmp.data, v.n);
    b->len = newlen;
    b->data[newlen] = 0;
    return K_OK;
}

KStatus buf_from_view(Heap *h, Buf *b, BView v) {
    Buf out;
    buf_init(&out);
    if (v.n < HEAP_INLINE_MAX) {
        // Short text (most strs): one inline allocation of the smallest multiple of 8
        // above n (room for the terminator; at least 16, as buf_reserve), never larger
        // than buf_reserve's 1.5x growth would take, and no growth loop.
        size_t c = v.n < 16 ? 16 : (v.n + 8) / 8 * 8;
        uint8_t *p = heap_new_small(h, c, HEAP_RAW);
        if (p == NULL) return K_NOMEM;
        if (v.n > 0) memcpy(p, v.p, v.n);
        p[v.n] = 0;
        out.data = p;
        out.len = v.n;
        out.cap = c;
        *b = out;
        return K_OK;
    }
    KStatus s = buf_reserve(h, &out, v.n);
    if (s != K_OK) return s;
    if (out.data == NULL) return K_NOMEM; // cannot happen (out had no room); for -fanalyzer
    if (v.n > 0) memcpy(out.data, v.p, v.n);
    out.len = v.n;
    out.data[v.n] = 0;
    *b = out;
    return K_OK;
}

void *buf_new_trailing_room(Heap *h, size_t hdr, Buf *b, size_t room) {
    size_t cap, total;
    if (room >= BUF_MAX_LEN || !size_add(room, 1, &cap) || !size_add(hdr, cap, &total)) return NULL;
    uint8_t *p = heap_new_small(h, total, HEAP_RAW);
    if (p == NULL) return NULL;
    b->data = p + hdr; // data[0] == 0: the chunk is zero-filled
    b->len = 0;
    b->cap = cap;
    return p;
}

void *buf_new_trailing(Heap *h, size_t hdr, Buf *b, BView v) {
    size_t cap, total;
    if (v.n >= BUF_MAX_LEN || !size_add(v.n, 1, &cap) || !size_add(hdr, cap, &total)) return NULL;
    uint8_t *p = heap_new_small(h, total, HEAP_RAW);
    if (p == NULL) return NULL;
    uint8_t *d = p + hdr;
    if (v.n > 0) memcpy(d, v.p, v.n);
    d[v.n] = 0; // (already zero: the chunk is zero-filled)
    b->data = d;
    b->len = v.n;
    b->cap = cap;
    return p;
}

uint8_t *buf_tail(Heap *h, Buf *b, size_t want) {
    size_t need;
    if (!size_add(b->len, want, &need)) return NULL;
    if (buf_reserve(h, b, need) != K_OK) return NULL;
    return b->data + b->len;
}

KStatus buf_commit(Buf *b, size_t n) {
    if (K_FAILS(b->cap == 0 || n >= b->cap - b->len)) return K_RANGE;
    b->len += n;
    b->data[b->len] = 0;
    return K_OK;
}

const char *buf_cstr(const Buf *b) {
    if (b->data == NULL || b->cap <= b->len) return "";
    b->data[b->len] = 0;
    return (const char *)b->data;
}

void buf_clear(Buf *b) { buf_init(b); }

bool bview_eq(BView a, BView b) {
    if (a.n != b.n) return false;
    return a.n == 0 || memcmp(a.p, b.p, a.n) == 0;
}

int bview_cmp(BView a, BView b) {
    size_t n = a.n < b.n ? a.n : b.n;
    int c = n == 0 ? 0 : memcmp(a.p, b.p, n);
    if (c != 0) return c;
    return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
}

bool bview_eq_cstr(BView v, const char *s) { return bview_eq(v, bview_cstr(s)); }

int64_t bview_find(BView hay, BView needle, size_t start) {
    if (start > hay.n || needle.n > hay.n - start) return -1;
    if (needle.n == 0) return (int64_t)start;
    size_t last = hay.n - needle.n;
    uint8_t first = needle.p[0];
    for (size_t i = start; i <= last; i++) {
        const uint8_t *q = memchr(hay.p + i, first, last - i + 1);
        if (q == NULL) return -1;
        i = (size_t)(q - hay.p);
        if (memcmp(hay.p + i, needle.p, needle.n) == 0) return (int64_t)i;
    }
    return -1;
}

int64_t bview_rfind(BView hay, BView needle, size_t end) {
    if (end > hay.n) end = hay.n;
    if (needle.n > end) return -1;
    for (size_t i = end - needle.n + 1; i-- > 0;) {
        if (needle.n == 0 || memcmp(hay.p + i, needle.p, needle.n) == 0) return (int64_t)i;
    }
    return -1;
}

size_t bview_count(BView hay, BView needle) {
    if (needle.n == 0) return hay.n + 1;
    size_t c = 0, pos = 0;
    for (;;) {
        int64_t f = bview_find(hay, needle, pos);
        if (f < 0) return c;
        c++;
        pos = (size_t)f + needle.n;
    }
}

int64_t bview_find_byte(BView v, uint8_t c, size_t start) {
    if (start >= v.n) return -1;
    const uint8_t *q = memchr(v.p + start, c, v.n - start);
    return q == NULL ? -1 : (int64_t)(q - v.p);
}

bool bview_startswith(BView v, BView prefix) {
    return prefix.n <= v.n && (prefix.n == 0 || memcmp(v.p, prefix.p, prefix.n) == 0);
}

bool bview_endswith(BView v, BView suffix) {
    return suffix.n <= v.n && (suffix.n == 0 || memcmp(v.p + v.n - suffix.n, suffix.p, suffix.n) == 0);
}

void buf_map_bytes(Buf *b, const uint8_t map[256]) {
    size_t n = b->len < b->cap ? b->len : b->cap; // (len < cap for every Buf)
    uint8_t *d = b->data;
#pragma GCC unroll 4
    for (size_t i = 0; i < n; i++) d[i] = map[d[i]];
}
