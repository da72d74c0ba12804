/*
 * eva_buf.c: Frama-C Eva driver for kernel/buf.c (and the inline accessors of buf.h).
 * A Buf of every capacity 0..N (storage of exactly that many bytes, unknown contents)
 * with every valid length, and views of every length 0..N (each its own object of exactly
 * that size), then every function with every small index/length and with adversarial
 * ones (SIZE_MAX, just past the end), including views of the buffer itself
 * (append/splice of a slice of b into b). Every call that allocates is also run with the
 * heap failing (eva_heap_stub.h), and the stub's live-chunk counter is checked after the
 * temporary copy in buf_splice.
 * Every size and index is its own abstract state (ANY_SIZE below), so no len <= cap
 * relation is lost; each t_* function is kept to a few hundred states (the slevel set in verify.sh).
 * Not called: bview_find and bview_count. Frama-C 25's memchr contract does not bound its
 * result below s + n, so every access derived from it is a false alarm (fuzz_buf covers
 * them against a model).
 * utf8.c's Buf writers (utf8_buf_push, utf8_buf_from_latin1) run here too, on the same
 * buffers (tools/verify.sh runs eva_buf with utf8.c).
 * Run: sh tools/verify.sh eva_buf (every unit) or eva_buf.NAME (one)
 */
#include "eva_heap_stub.h"
#include "eva_unit.h"
#include "kernel/buf.h"
#include "kernel/utf8.h"

#define N 4

static Heap heap;

/* Every size/index here is drawn with Frama_C_interval_split: one abstract state per
 * value, kept apart by the slevel (a `split` annotation cannot be used: two calls of one
 * helper share its split key, so the second split undoes the first). Hence macros. */
#define ANY_SIZE(max) ((size_t)Frama_C_interval_split(0, (int)(max)))

/* Every index up to just past [bound] and SIZE_MAX (the checks treat every index past
 * the end alike, so SIZE_MAX stands for all huge ones). */
#define ANY_INDEX(i, bound)                                                               \
    size_t i = ANY_SIZE((bound) + 2);                                                     \
    if (i == (bound) + 2) i = SIZE_MAX

/* A view of [0, max] unknown bytes, each length its own object of exactly that size
 * (a 1-byte object for length 0, never read). */
#define ANY_VIEW(v, max)                                                                  \
    BView v = {NULL, 0};                                                                  \
    do {                                                                                  \
        size_t n_ = ANY_SIZE(max);                                                        \
        uint8_t *p_ = malloc(n_ > 0 ? n_ : 1);                                            \
        if (p_ == NULL) return;                                                           \
        Frama_C_make_unknown((char *)p_, n_ > 0 ? n_ : 1);                                \
        v.p = p_;                                                                         \
        v.n = n_;                                                                         \
    } while (0)

/* A buffer of every capacity 0..max (storage of exactly cap bytes) and length < cap,
 * holding unknown bytes and the terminator at data[len]. */
#define ANY_BUF(b, max)                                                                   \
    Buf b;                                                                                \
    buf_init(&b);                                                                         \
    do {                                                                                  \
        size_t cap_ = ANY_SIZE(max);                                                      \
        if (cap_ == 0) break;                                                             \
        uint8_t *p_ = malloc(cap_);                                                       \
        if (p_ == NULL) return;                                                           \
        Frama_C_make_unknown((char *)p_, cap_);                                           \
        size_t len_ = ANY_SIZE(cap_ - 1);                                                 \
        p_[len_] = 0;                                                                     \
        b.data = p_;                                                                      \
        b.cap = cap_;                                                                     \
        b.len = len_;                                                                     \
    } while (0)

static void t_access(void) {
    ANY_BUF(b, N);
    ANY_INDEX(i, N);
    int g = buf_get(&b, i);
    //@ assert -1 <= g <= 255;
    (void)buf_set(&b, i, 7);
    const char *c = buf_cstr(&b);
    (void)c;
    BView v = buf_view(&b);
    //@ assert v.n == b.len;
    (void)bview_get(v, i);
}

static void t_view_get(void) {
    ANY_VIEW(v, N);
    ANY_INDEX(i, N);
    int g = bview_get(v, i);
    //@ assert -1 <= g <= 255;
    (void)bview_find_byte(v, 3, i);
    (void)bview_rfind(v, bview_slice(v, 0, 1), i);
    (void)bview_eq_cstr(v, "ab");
    (void)bview_eq_cstr(bview_cstr("ab"), "ab");
}

static void t_view_slice(void) {
    ANY_VIEW(v, N);
    ANY_INDEX(lo, N);
    ANY_INDEX(hi, N);
    BView sl = bview_slice(v, lo, hi);
    //@ assert sl.n <= v.n;
    (void)bview_get(sl, 0);
    (void)bview_get(sl, sl.n - 1);
    (void)bview_get(sl, sl.n);
}

static void t_view_pairs(void) {
    ANY_VIEW(v, N);
    ANY_VIEW(w, N);
    (void)bview_eq(v, w);
    (void)bview_cmp(v, w);
    (void)bview_startswith(v, w);
    (void)bview_endswith(v, w);
    (void)bview_rfind(v, w, SIZE_MAX);
}

static void t_view_rfind(void) {
    ANY_VIEW(v, N);
    ANY_VIEW(w, 2);
    ANY_INDEX(i, N);
    (void)bview_rfind(v, w, i);
}

static void t_push(void) {
    ANY_BUF(b, N);
    if (buf_push(&heap, &b, 1) == K_OK) {
        //@ assert b.len < b.cap;
        (void)buf_get(&b, b.len - 1);
    }
}

/* Every int64 value into a buffer of exactly 21 bytes (the longest text, "-" and 19
 * digits, plus the terminator: any longer output would be an out-of-bounds write),
 * then growth from an empty buffer with the longest and with one-digit values. (Every
 * value from an empty buffer makes Eva allocate a fresh heap base at every growth of
 * every state: it did not finish in 30 minutes.) */
static void t_i64(void) {
    Buf b;
    buf_init(&b);
    uint8_t *p = malloc(21);
    if (p == NULL) return;
    p[0] = 0;
    b.data = p;
    b.cap = 21;
    (void)buf_append_i64(&heap, &b, (int64_t)Frama_C_long_long_interval(INT64_MIN, INT64_MAX));
    //@ assert b.len <= 20;
    Buf e;
    buf_init(&e);
    (void)buf_append_i64(&heap, &e, INT64_MIN);
    (void)buf_append_i64(&heap, &e, (int64_t)Frama_C_long_long_interval(-9, 9));
}

static void t_append(void) {
    ANY_BUF(b, N);
    ANY_VIEW(v, N);
    (void)buf_append(&heap, &b, v);
    (void)buf_append_cstr(&heap, &b, "xyz");
    (void)buf_cstr(&b);
}

static void t_append_self(void) {
    ANY_BUF(b, N);
    ANY_INDEX(lo, N);
    ANY_INDEX(hi, N);
    (void)buf_append(&heap, &b, bview_slice(buf_view(&b), lo, hi));
}

static void t_repeat(void) {
    ANY_BUF(b, N);
    ANY_VIEW(v, 2);
    ANY_INDEX(k, 3);
    (void)buf_append_repeat(&heap, &b, v, k);
}

static void t_resize(void) {
    ANY_BUF(b, N);
    ANY_INDEX(n, N);
    (void)buf_resize(&heap, &b, n);
    ANY_INDEX(x1, N);
    (void)buf_reserve(&heap, &b, x1);
}

static void t_splice(void) {
    ANY_BUF(b, 3);
    ANY_VIEW(v, 2);
    ANY_INDEX(lo, 3);
    ANY_INDEX(hi, 3);
    size_t live = heap.live_chunks;
    KStatus s = buf_splice(&heap, &b, lo, hi, v);
    // The temporary copy of v plus at most one regrowth of b, nothing else.
    //@ assert no_leak: heap.live_chunks <= live + 2;
    (void)s;
}

static void t_splice_self(void) {
    ANY_BUF(b, 3);
    ANY_INDEX(lo, 3);
    ANY_INDEX(hi, 3);
    BView v = bview_slice(buf_view(&b), 1, 3);
    (void)buf_splice(&heap, &b, lo, hi, v);
}

static void t_tail(void) {
    ANY_BUF(b, N);
    ANY_INDEX(want, 2);
    uint8_t *t = buf_tail(&heap, &b, want);
    if (t != NULL && want > 0 && want < 3) {
        t[want - 1] = 1; // the reserved room is writable
        KStatus s = buf_commit(&b, want);
        (void)s;
    }
    ANY_INDEX(x2, N);
    (void)buf_commit(&b, x2);
}

static void t_from_view(void) {
    ANY_VIEW(v, N);
    Buf c;
    buf_init(&c);
    if (buf_from_view(&heap, &c, v) == K_OK) {
        //@ assert c.len == v.n && c.len < c.cap;
        (void)buf_get(&c, c.len - 1);
        (void)buf_cstr(&c);
    }
    buf_clear(&c);
}

/* buf_new_trailing: every header size 0..N+1 and SIZE_MAX (the size overflows), every
 * view 0..N. The header is written whole (the caller's struct) and the bytes read through
 * the Buf, the terminator included (buf_cstr); an append then copies out (no room). */
static void t_trailing(void) {
    ANY_VIEW(v, N);
    ANY_INDEX(hdr, N);
    Buf b;
    buf_init(&b);
    uint8_t *p = buf_new_trailing(&heap, hdr, &b, v);
    if (p == NULL) {
        //@ assert b.data == \null && b.len == 0 && b.cap == 0;
        return;
    }
    //@ assert hdr <= N + 1;
    for (size_t i = 0; i < hdr; i++) p[i] = 0xA5;
    //@ assert b.len == v.n && b.cap == v.n + 1;
    //@ assert b.data == p + hdr;
    if (v.n > 0) (void)buf_get(&b, v.n - 1);
    (void)buf_get(&b, v.n);
    (void)buf_cstr(&b);
    size_t before = heap.live_chunks;
    KStatus s = buf_append(&heap, &b, v);
    //@ assert s == K_OK ==> b.len == 2 * v.n;
    //@ assert s == K_OK && v.n > 0 ==> heap.live_chunks == before + 1;
    (void)buf_cstr(&b);
}

/* buf_new_trailing_room: every header size 0..N+1 and SIZE_MAX, every room 0..N+1 and
 * SIZE_MAX; then appends of every view 0..N (past the room: copies out). */
static void t_trailing_room(void) {
    ANY_INDEX(hdr, N);
    ANY_INDEX(room, N);
    Buf b;
    buf_init(&b);
    uint8_t *p = buf_new_trailing_room(&heap, hdr, &b, room);
    if (p == NULL) {
        //@ assert b.data == \null && b.len == 0 && b.cap == 0;
        return;
    }
    for (size_t i = 0; i < hdr; i++) p[i] = 0xA5;
    //@ assert b.len == 0 && b.cap == room + 1 && b.data == p + hdr;
    (void)buf_cstr(&b);
    ANY_VIEW(v, N);
    size_t before = heap.live_chunks;
    KStatus s = buf_append(&heap, &b, v);
    //@ assert s == K_OK ==> b.len == v.n;
    //@ assert s == K_OK && v.n <= room ==> b.data == p + hdr && heap.live_chunks == before;
    (void)buf_get(&b, b.len);
    (void)buf_cstr(&b);
}

/* utf8.c's writers into a Buf (built on buf_push/buf_append/buf_reserve): every uint32_t
 * code point, every Latin-1 view of 0..N unknown bytes, on every buffer. */
static void t_utf8_push(void) {
    ANY_BUF(b, N);
    uint32_t cp = Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu);
    size_t before = b.len;
    KStatus s = utf8_buf_push(&heap, &b, cp);
    //@ assert s == K_OK ? before < b.len && b.len <= before + 4 : b.len == before;
    //@ assert b.len <= b.cap;
    if (utf8_is_surrogate(cp)) {
        //@ assert 0xD800 <= cp <= 0xDFFF;
    }
}

static void t_utf8_latin1(void) {
    ANY_BUF(b, N);
    ANY_VIEW(v, N);
    size_t before = b.len;
    KStatus s = utf8_buf_from_latin1(&heap, &b, v);
    //@ assert s == K_OK ==> before + v.n <= b.len <= before + 2 * v.n;
    //@ assert b.len <= b.cap;
}

/* bview_span and buf_map_bytes: every view / buffer, every start index, an unknown
 * 256-entry class or map table (a static object of exactly 256 bytes) and class. */
static uint8_t byte_table[256];

static void t_span(void) {
    ANY_VIEW(v, N);
    ANY_INDEX(from, N);
    Frama_C_make_unknown((char *)byte_table, sizeof byte_table);
    uint8_t want = (uint8_t)Frama_C_interval(0, 255);
    size_t e = bview_span(v, from, byte_table, want);
    //@ assert e <= v.n;
    //@ assert from <= v.n ==> from <= e;
}

static void t_map_bytes(void) {
    ANY_BUF(b, N);
    Frama_C_make_unknown((char *)byte_table, sizeof byte_table);
    size_t len = b.len;
    buf_map_bytes(&b, byte_table);
    //@ assert b.len == len;
    (void)buf_cstr(&b);
}

/* The gate units (eva_unit.h), one per group of functions. */
EVA_UNIT(eva_buf, access, t_access())
EVA_UNIT(eva_buf, view_get, t_view_get())
EVA_UNIT(eva_buf, view_slice, t_view_slice())
EVA_UNIT(eva_buf, view_pairs, t_view_pairs())
EVA_UNIT(eva_buf, view_rfind, t_view_rfind())
EVA_UNIT(eva_buf, push, t_push())
EVA_UNIT(eva_buf, i64, t_i64())
EVA_UNIT(eva_buf, append, t_append())
EVA_UNIT(eva_buf, append_self, t_append_self())
EVA_UNIT(eva_buf, repeat, t_repeat())
EVA_UNIT(eva_buf, resize, t_resize())
EVA_UNIT(eva_buf, splice, t_splice())
EVA_UNIT(eva_buf, splice_self, t_splice_self())
EVA_UNIT(eva_buf, tail, t_tail())
EVA_UNIT(eva_buf, from_view, t_from_view())
EVA_UNIT(eva_buf, trailing, t_trailing())
EVA_UNIT(eva_buf, trailing_room, t_trailing_room())
EVA_UNIT(eva_buf, utf8_push, t_utf8_push())
EVA_UNIT(eva_buf, utf8_latin1, t_utf8_latin1())
EVA_UNIT(eva_buf, span, t_span())
EVA_UNIT(eva_buf, map_bytes, t_map_bytes())
