/*
 * fuzz_buf.c: libFuzzer harness for kernel/buf.c. The input is a program of buffer
 * operations (push, append from input or from the buffer itself, repeat, resize, splice,
 * tail/commit, clear, set) with adversarial sizes, mirrored on a plain C model; after
 * every step the buffer must equal the model and keep its invariants (len <= cap, NUL
 * after the bytes). Failed operations must leave the buffer unchanged. The view
 * functions (find, rfind, count, find_byte, cmp, eq, startswith, endswith) are checked
 * against naive loops.
 */
#include <stdio.h>

#include "fuzz_kernel.h"

#include "../../src/kernel/buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAXM 8192

static int64_t naive_find(BView h, BView nd, size_t start) {
    if (nd.n > h.n) return -1;
    for (size_t i = start; i + nd.n <= h.n; i++)
        if (nd.n == 0 || memcmp(h.p + i, nd.p, nd.n) == 0) return (int64_t)i;
    return -1;
}

static int64_t naive_rfind(BView h, BView nd, size_t end) {
    if (end > h.n) end = h.n;
    if (nd.n > end) return -1;
    for (size_t i = end - nd.n + 1; i-- > 0;)
        if (nd.n == 0 || memcmp(h.p + i, nd.p, nd.n) == 0) return (int64_t)i;
    return -1;
}

static void check_views(BView a, BView b, size_t start) {
    FZ_CHECK(bview_find(a, b, start) == (start > a.n ? -1 : naive_find(a, b, start)));
    FZ_CHECK(bview_rfind(a, b, start) == naive_rfind(a, b, start));
    if (b.n > 0) {
        size_t c = 0;
        for (size_t i = 0; i + b.n <= a.n;) {
            if (memcmp(a.p + i, b.p, b.n) == 0) {
                c++;
                i += b.n;
            } else {
                i++;
            }
        }
        FZ_CHECK(bview_count(a, b) == c);
        int64_t fb = -1;
        for (size_t i = start; i < a.n; i++)
            if (a.p[i] == b.p[0]) {
                fb = (int64_t)i;
                break;
            }
        FZ_CHECK(bview_find_byte(a, b.p[0], start) == fb);
    }
    size_t m = a.n < b.n ? a.n : b.n;
    int c = m ? memcmp(a.p, b.p, m) : 0;
    if (c == 0) c = a.n < b.n ? -1 : a.n > b.n;
    int r = bview_cmp(a, b);
    FZ_CHECK((r < 0) == (c < 0) && (r > 0) == (c > 0));
    FZ_CHECK(bview_eq(a, b) == (c == 0));
    FZ_CHECK(bview_startswith(a, b) == (b.n <= a.n && (b.n == 0 || memcmp(a.p, b.p, b.n) == 0)));
    FZ_CHECK(bview_endswith(a, b) ==
             (b.n <= a.n && (b.n == 0 || memcmp(a.p + a.n - b.n, b.p, b.n) == 0)));
    BView s = bview_slice(a, start, start + b.n);
    FZ_CHECK(s.n <= a.n);
    FZ_CHECK(bview_get(a, start) == (start < a.n ? a.p[start] : -1));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Heap *h = fz_heap(__builtin_frame_address(0));
    static uint8_t model[MAXM];
    size_t mlen = 0;
    Buf b;
    buf_init(&b);
    FzIn in = {data, size};
    while (in.n > 0) {
        uint8_t op = fz_u8(&in);
        KStatus s = K_OK;
        size_t got;
        if (getenv("FZ_TRACE")) fprintf(stderr, "op %d len %zu cap %zu\n", op % 12, b.len, b.cap);
        switch (op % 12) {
        case 0: {
            uint8_t x = fz_u8(&in);
            if (mlen + 1 >= MAXM) break;
            s = buf_push(h, &b, x);
            if (s == K_OK) model[mlen++] = x;
            break;
        }
        case 1: {
            const uint8_t *p = fz_bytes(&in, fz_u8(&in), &got);
            if (mlen + got >= MAXM) break;
            BView v = {p, got};
            s = buf_append(h, &b, v);
            if (s == K_OK) {
                if (got) memcpy(model + mlen, p, got);
                mlen += got;
            }
            break;
        }
        case 2: { // append a slice of the buffer itself
            size_t lo = fz_size(&in, mlen), hi = fz_size(&in, mlen);
            BView v = bview_slice(buf_view(&b), lo, hi);
            if (mlen + v.n >= MAXM) break;
            size_t off = v.n ? (size_t)(v.p - b.data) : 0;
            s = buf_append(h, &b, v);
            if (s == K_OK) {
                memmove(model + mlen, model + off, v.n);
                mlen += v.n;
            }
            break;
        }
        case 3: {
            const uint8_t *p = fz_bytes(&in, fz_u8(&in) % 8, &got);
            size_t count = fz_size(&in, 64);
            BView v = {p, got};
            size_t before = b.len;
            bool over = got != 0 && count > SIZE_MAX / got;
            size_t total = over ? 0 : got * count;
            bool fits = !over && total < MAXM - mlen;
            if (!over && !fits && total <= 2 * FZK_HEAP) break; // would succeed: too big to model
            s = buf_append_repeat(h, &b, v, count);
            if (!fits) {
                FZ_CHECK(s != K_OK && b.len == before);
            } else {
                FZ_CHECK(s == K_OK || s == K_NOMEM);
                for (size_t i = 0; s == K_OK && i < count && got; i++) {
                    memcpy(model + mlen, p, got);
                    mlen += got;
                }
            }
            break;
        }
        case 4: {
            size_t n = fz_size(&in, MAXM - 1);
            if (n >= MAXM && n <= 2 * FZK_HEAP) break; // would succeed: too big to model
            s = buf_resize(h, &b, n);
            if (s == K_OK) {
                FZ_CHECK(n < MAXM);
                if (n > mlen) memset(model + mlen, 0, n - mlen);
                mlen = n;
            }
            break;
        }
        case 5: { // splice [lo, hi) with input bytes or a slice of itself
            size_t lo = fz_size(&in, mlen), hi = fz_size(&in, mlen);
            uint8_t tmp[256];
            BView v;
            if (op & 0x80) {
                v = bview_slice(buf_view(&b), fz_u8(&in), fz_u8(&in) + (size_t)fz_u8(&in));
                if (v.n) memcpy(tmp, v.p, v.n > 256 ? 256 : v.n);
                if (v.n > 256) break;
            } else {
                const uint8_t *p = fz_bytes(&in, fz_u8(&in) % 64, &got);
                v.p = p;
                v.n = got;
                if (got) memcpy(tmp, p, got);
            }
            bool valid = lo <= hi && hi <= mlen;
            if (valid && mlen - (hi - lo) + v.n >= MAXM) break;
            s = buf_splice(h, &b, lo, hi, v);
            if (s == K_OK) {
                FZ_CHECK(valid);
                memmove(model + lo + v.n, model + hi, mlen - hi);
                if (v.n) memcpy(model + lo, tmp, v.n);
                mlen = mlen - (hi - lo) + v.n;
            }
            break;
        }
        case 6: {
            size_t want = fz_size(&in, 300);
            uint8_t *t = buf_tail(h, &b, want);
            if (t == NULL || want >= MAXM - mlen || b.cap - b.len >= MAXM - mlen) {
                if (t != NULL) FZ_CHECK(buf_commit(&b, 0) == K_OK);
                break;
            }
            size_t n = fz_size(&in, want + 2);
            for (size_t i = 0; i < want; i++) t[i] = (uint8_t)(i + 1);
            size_t room = b.cap - b.len;
            s = buf_commit(&b, n);
            FZ_CHECK((s == K_OK) == (n < room));
            if (s == K_OK) {
                // bytes past [want] are whatever the reserved room held: take them as is
                for (size_t i = 0; i < n; i++) model[mlen + i] = i < want ? (uint8_t)(i + 1) : b.data[mlen + i];
                mlen += n;
                if (mlen >= MAXM) return 0;
            } else {
                // a reader that fails still ends with buf_commit (buf.h): commit nothing
                FZ_CHECK(buf_commit(&b, 0) == K_OK);
            }
            break;
        }
        case 7:
            buf_clear(&b);
            mlen = 0;
            break;
        case 8: {
            size_t i = fz_size(&in, mlen + 1);
            uint8_t x = fz_u8(&in);
            s = buf_set(&b, i, x);
            FZ_CHECK((s == K_OK) == (i < mlen));
            if (s == K_OK) model[i] = x;
            FZ_CHECK(buf_get(&b, i) == (i < mlen ? model[i] : -1));
            break;
        }
        case 9: {
            int64_t x = (int64_t)fz_u64(&in, 8);
            char tmp[32];
            int k = snprintf(tmp, sizeof tmp, "%lld", (long long)x);
            if (mlen + (size_t)k >= MAXM) break;
            s = buf_append_i64(h, &b, x);
            if (s == K_OK) {
                memcpy(model + mlen, tmp, (size_t)k);
                mlen += (size_t)k;
            }
            break;
        }
        case 10: {
            const uint8_t *p = fz_bytes(&in, fz_u8(&in) % 16, &got);
            BView nd = {p, got};
            check_views(buf_view(&b), nd, fz_size(&in, mlen + 1));
            check_views(nd, buf_view(&b), fz_size(&in, got + 1));
            break;
        }
        default: {
            size_t r = fz_size(&in, 4 * MAXM);
            s = buf_reserve(h, &b, r);
            if (s == K_OK) FZ_CHECK(b.cap > r);
            break;
        }
        }
        FZ_CHECK(s == K_OK || s == K_OVERFLOW || s == K_NOMEM || s == K_RANGE);
        FZ_CHECK(b.len == mlen && b.len <= b.cap);
        FZ_CHECK((b.data == NULL) == (b.cap == 0));
        if (mlen) FZ_CHECK(memcmp(b.data, model, mlen) == 0);
        if (b.cap > b.len) FZ_CHECK(b.data[b.len] == 0);
        FZ_CHECK(strlen(buf_cstr(&b)) <= b.len);
    }
    return 0;
}
