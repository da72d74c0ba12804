/*
 * fuzz_vec.c: libFuzzer harness for kernel/vec.c. The input is a program of ValVec
 * operations (push, pop, insert, remove_range, resize, splice from another vector or
 * from itself, copy_range, repeat, reverse, swap, set/get, clear, reserve) with
 * adversarial indices and sizes, mirrored on a plain C array. After every step the
 * vector must equal the model and keep its invariants (len <= cap, every slot at or past
 * len is VAL_NULL); a failed operation leaves the vector unchanged.
 */
#include <stdio.h>

#include "fuzz_kernel.h"

#include "../../src/kernel/vec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAXM 4096

static Value item(FzIn *in) { return val_from_small((int64_t)fz_u8(in) + 1); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Heap *h = fz_heap(__builtin_frame_address(0));
    static Value model[MAXM], tmp[MAXM];
    size_t mlen = 0;
    ValVec v, w;
    vec_init(&v);
    vec_init(&w);
    for (int i = 0; i < 5; i++) FZ_CHECK(vec_push(h, &w, val_from_small(1000 + i)) == K_OK);
    FzIn in = {data, size};
    while (in.n > 0) {
        uint8_t op = fz_u8(&in);
        KStatus s = K_OK;
        switch (op % 14) {
        case 0: {
            Value x = item(&in);
            if (mlen + 1 >= MAXM) break;
            s = vec_push(h, &v, x);
            if (s == K_OK) model[mlen++] = x;
            break;
        }
        case 1: {
            Value x = vec_pop(&v);
            FZ_CHECK(x == (mlen ? model[--mlen] : VAL_NULL));
            break;
        }
        case 2: {
            size_t i = fz_size(&in, mlen + 1);
            Value x = item(&in);
            if (mlen + 1 >= MAXM) break;
            s = vec_insert(h, &v, i, x);
            FZ_CHECK((s == K_OK) == (i <= mlen) || s == K_NOMEM);
            if (s == K_OK) {
                memmove(model + i + 1, model + i, (mlen - i) * sizeof(Value));
                model[i] = x;
                mlen++;
            }
            break;
        }
        case 3: {
            size_t i = fz_size(&in, mlen), n = fz_size(&in, mlen);
            s = vec_remove_range(&v, i, n);
            bool ok = i <= mlen && n <= mlen - i;
            FZ_CHECK((s == K_OK) == ok);
            if (ok) {
                memmove(model + i, model + i + n, (mlen - i - n) * sizeof(Value));
                mlen -= n;
            }
            break;
        }
        case 4: {
            size_t n = fz_size(&in, MAXM - 1);
            if (n >= MAXM && n <= FZK_HEAP / sizeof(Value)) break; // would succeed: too big
            s = vec_resize(h, &v, n);
            if (s == K_OK) {
                FZ_CHECK(n < MAXM);
                for (size_t i = mlen; i < n; i++) model[i] = VAL_NULL;
                mlen = n;
            }
            break;
        }
        case 5: { // splice from w or from v itself
            bool self = op & 0x80;
            const ValVec *src = self ? &v : &w;
            size_t lo = fz_size(&in, mlen), hi = fz_size(&in, mlen);
            size_t from = fz_size(&in, src->len), n = fz_size(&in, src->len);
            bool ok = lo <= hi && hi <= mlen && from <= src->len && n <= src->len - from;
            if (ok && mlen - (hi - lo) + n >= MAXM) break;
            if (ok && n > 0) memcpy(tmp, src->items + from, n * sizeof(Value));
            s = vec_splice(h, &v, lo, hi, src, from, n);
            FZ_CHECK(s == K_OK ? ok : (!ok || s == K_NOMEM));
            if (s == K_OK) {
                memmove(model + lo + n, model + hi, (mlen - hi) * sizeof(Value));
                memcpy(model + lo, tmp, n * sizeof(Value));
                mlen = mlen - (hi - lo) + n;
            }
            break;
        }
        case 6: { // copy_range of v into w
            size_t from = fz_size(&in, mlen), n = fz_size(&in, mlen);
            ValVec d;
            vec_init(&d);
            s = vec_copy_range(h, &d, &v, from, n);
            bool ok = from <= mlen && n <= mlen - from;
            FZ_CHECK(s == K_OK ? ok : (!ok || s == K_NOMEM));
            if (s == K_OK) {
                FZ_CHECK(d.len == n);
                for (size_t i = 0; i < n; i++) FZ_CHECK(vec_get(&d, i) == model[from + i]);
                if (n > 0) w = d;
            }
            s = K_OK;
            break;
        }
        case 7: {
            size_t count = fz_size(&in, 8);
            size_t before = mlen;
            bool over = w.len != 0 && count > SIZE_MAX / w.len;
            size_t total = over ? 0 : w.len * count;
            bool fits = !over && total < MAXM - mlen;
            if (!over && !fits && total <= FZK_HEAP / sizeof(Value)) break;
            s = vec_repeat(h, &v, &w, count);
            if (!fits) {
                FZ_CHECK(s != K_OK && v.len == before);
            } else if (s == K_OK) {
                for (size_t c = 0; c < count; c++)
                    for (size_t i = 0; i < w.len; i++) model[mlen++] = w.items[i];
            }
            break;
        }
        case 8:
            vec_reverse(&v);
            for (size_t i = 0; i < mlen / 2; i++) {
                Value t = model[i];
                model[i] = model[mlen - 1 - i];
                model[mlen - 1 - i] = t;
            }
            break;
        case 9: {
            size_t i = fz_size(&in, mlen), j = fz_size(&in, mlen);
            s = vec_swap(&v, i, j);
            FZ_CHECK((s == K_OK) == (i < mlen && j < mlen));
            if (s == K_OK) {
                Value t = model[i];
                model[i] = model[j];
                model[j] = t;
            }
            break;
        }
        case 10: {
            size_t i = fz_size(&in, mlen + 1);
            Value x = item(&in);
            s = vec_set(&v, i, x);
            FZ_CHECK((s == K_OK) == (i < mlen));
            if (s == K_OK) model[i] = x;
            FZ_CHECK(vec_get(&v, i) == (i < mlen ? model[i] : VAL_NULL));
            ValView vw = vview_of_vec(&v);
            FZ_CHECK(vview_get(vw, i) == vec_get(&v, i));
            ValView sl = vview_slice(vw, fz_size(&in, mlen), fz_size(&in, mlen));
            FZ_CHECK(sl.n <= mlen);
            if (sl.n) FZ_CHECK(sl.p >= v.items && sl.p + sl.n <= v.items + mlen);
            break;
        }
        case 11:
            vec_clear(&v);
            mlen = 0;
            break;
        default: {
            size_t r = fz_size(&in, MAXM);
            if (r > MAXM && r <= FZK_HEAP / sizeof(Value)) break;
            size_t cap = v.cap;
            s = vec_reserve(h, &v, r);
            if (s == K_OK) FZ_CHECK(v.cap >= r);
            else FZ_CHECK(v.cap == cap);
            break;
        }
        }
        FZ_CHECK(s == K_OK || s == K_OVERFLOW || s == K_NOMEM || s == K_RANGE);
        FZ_CHECK(v.len == mlen && v.len <= v.cap);
        FZ_CHECK((v.items == NULL) == (v.cap == 0));
        if (mlen) FZ_CHECK(memcmp(v.items, model, mlen * sizeof(Value)) == 0);
        for (size_t i = v.len; i < v.cap; i++) FZ_CHECK(v.items[i] == VAL_NULL);
    }
    return 0;
}
