/*
 * vec.c: checked growable Value arrays (see vec.h). Old item chunks are never freed
 * here: a resize copies into a new chunk and leaves the old one to the collector, so a
 * reference to it held anywhere (even a stale C local) can never dangle.
 */
#include "vec.h"

#include <string.h>

#include "checked.h"

static KStatus grow_kind(Heap *h, ValVec *v, size_t newcap, HeapKind kind) {
    size_t bytes;
    if (newcap > VEC_MAX_LEN || !size_mul(newcap, sizeof(Value), &bytes)) return K_OVERFLOW;
    Value *n = heap_new_small(h, bytes, kind);
    if (n == NULL) return K_NOMEM;
    if (v->len > 0) memcpy(n, v->items, v->len * sizeof(Value));
    v->items = n;
    v->cap = newcap;
    return K_OK;
}

static KStatus grow_to(Heap *h, ValVec *v, size_t newcap) { return grow_kind(h, v, newcap, HEAP_SCAN); }

KStatus vec_reserve(Heap *h, ValVec *v, size_t mincap) {
    if (mincap <= v->cap) return K_OK;
    if (mincap > VEC_MAX_LEN) return K_OVERFLOW;
    size_t c = v->cap < 4 ? 4 : v->cap;
    while (c < mincap) c = c > VEC_MAX_LEN / 2 ? VEC_MAX_LEN : c + c / 2 + 1;
    return grow_to(h, v, c);
}

KStatus vec_push(Heap *h, ValVec *v, Value x) {
    if (v->len == v->cap) {
        KStatus s = vec_reserve(h, v, v->len + 1);
        if (s != K_OK) return s;
    }
    v->items[v->len++] = x;
    return K_OK;
}

KStatus vec_push_weak(Heap *h, ValVec *v, Value x) {
    if (v->len == v->cap) {
        // drop the entries the collector cleared first (order kept): a vector of short-
        // lived targets then stays as long as its live part, not as all it ever held
        size_t k = 0;
        for (size_t i = 0; i < v->len; i++)
            if (v->items[i] != VAL_NULL) v->items[k++] = v->items[i];
        if (k < v->len) memset(v->items + k, 0, (v->len - k) * sizeof(Value));
        v->len = k;
    }
    if (v->len == v->cap) {
        if (v->cap > VEC_MAX_LEN / 2) return K_OVERFLOW;
        // a new chunk is weak too; the copy is made after the allocation, so entries a
        // collection during it cleared are copied as cleared
        KStatus s = grow_kind(h, v, v->cap < 4 ? 4 : 2 * v->cap, HEAP_WEAK);
        if (s != K_OK) return s;
    }
    v->items[v->len++] = x;
    return K_OK;
}

Value vec_pop(ValVec *v) {
    if (v->len == 0) return VAL_NULL;
    Value x = v->items[--v->len];
    v->items[v->len] = VAL_NULL;
    return x;
}

KStatus vec_insert(Heap *h, ValVec *v, size_t i, Value x) {
    if (K_FAILS(i > v->len)) return K_RANGE;
    if (v->len == v->cap) {
        KStatus s = vec_reserve(h, v, v->len + 1);
        if (s != K_OK) return s;
    }
    if (v->len > i) memmove(v->items + i + 1, v->items + i, (v->len - i) * sizeof(Value));
    v->items[i] = x;
    v->len++;
    return K_OK;
}

KStatus vec_remove_range(ValVec *v, size_t i, size_t n) {
    if (K_FAILS(i > v->len || n > v->len - i)) return K_RANGE;
    if (n == 0) return K_OK;
    if (v->len - i > n) memmove(v->items + i, v->items + i + n, (v->len - i - n) * sizeof(Value));
    memset(v->items + v->len - n, 0, n * sizeof(Value));
    v->len -= n;
    return K_OK;
}

KStatus vec_resize(Heap *h, ValVec *v, size_t n) {
    if (n > v->len) {
        // an empty vector sized once (a generator's frame storage, at every generator
        // made) gets exactly n slots, not vec_reserve's growth steps past n
        KStatus s = v->cap == 0 ? grow_to(h, v, n) : vec_reserve(h, v, n);
        if (s != K_OK) return s;
        // slots beyond len are already VAL_NULL
        v->len = n;
        return K_OK;
    }
    if (n < v->len) memset(v->items + n, 0, (v->len - n) * sizeof(Value));
    v->len = n;
    return K_OK;
}

KStatus vec_splice(Heap *h, ValVec *v, size_t lo, size_t hi, const ValVec *src, size_t from,
                   size_t n) {
    if (K_FAILS(lo > hi || hi > v->len)) return K_RANGE;
    if (K_FAILS(from > src->len || n > src->len - from)) return K_RANGE;
    if (n == hi - lo) {
        // same length (a[i:j] = b of len j - i): v does not move, so copy in place;
        // memmove since src may be v itself or share its items array
        if (n > 0) memmove(v->items + lo, src->items + from, n * sizeof(Value));
        return K_OK;
    }
    // Copy the source first: it may be v itself, and growing v would move it.
    ValVec tmp;
    vec_init(&tmp);
    if (n > 0) {
        KStatus s = vec_copy_range(h, &tmp, src, from, n);
        if (s != K_OK) return s;
    }
    size_t old = hi - lo;
    size_t newlen;
    if (!size_add(v->len - old, n, &newlen)) return K_OVERFLOW;
    if (n > old) {
        KStatus s = vec_reserve(h, v, newlen);
        if (s != K_OK) return s;
    }
    if (v->len > hi) memmove(v->items + lo + n, v->items + hi, (v->len - hi) * sizeof(Value));
    if (n > 0) memcpy(v->items + lo, tmp.items, n * sizeof(Value));
    if (newlen < v->len) memset(v->items + newlen, 0, (v->len - newlen) * sizeof(Value));
    v->len = newlen;
    return K_OK;
}

KStatus vec_copy_range(Heap *h, ValVec *dst, const ValVec *src, size_t from, size_t n) {
    if (K_FAILS(from > src->len || n > src->len - from)) return K_RANGE;
    ValVec out;
    vec_init(&out);
    if (n > 0) {
        KStatus s = grow_to(h, &out, n);
        if (s != K_OK) return s;
        memcpy(out.items, src->items + from, n * sizeof(Value));
        out.len = n;
    }
    *dst = out;
    return K_OK;
}

KStatus vec_from_view(Heap *h, ValVec *dst, ValView src) {
    ValVec out;
    vec_init(&out);
    if (src.n > 0) {
        if (K_FAILS(src.p == NULL)) return K_RANGE;
        KStatus s = grow_to(h, &out, src.n);
        if (s != K_OK) return s;
        memcpy(out.items, src.p, src.n * sizeof(Value));
        out.len = src.n;
    }
    *dst = out;
    return K_OK;
}

KStatus vec_repeat(Heap *h, ValVec *dst, const ValVec *src, size_t count) {
    size_t add, total;
    if (!size_mul(src->len, count, &add)) return K_OVERFLOW;
    if (!size_add(dst->len, add, &total) || total > VEC_MAX_LEN) return K_OVERFLOW;
    size_t n = src->len; // src may be dst: remember its length before growing
    ValVec s0 = *src;
    KStatus s = vec_reserve(h, dst, total);
    if (s != K_OK) return s;
    if (src == dst) s0 = *dst;
    for (size_t c = 0; c < count && n > 0; c++) {
        memcpy(dst->items + dst->len, s0.items, n * sizeof(Value));
        dst->len += n;
    }
    return K_OK;
}

void vec_reverse(ValVec *v) {
    if (v->len < 2) return;
    size_t i = 0, j = v->len - 1;
    while (i < j) {
        Value t = v->items[i];
        v->items[i] = v->items[j];
        v->items[j] = t;
        i++;
        j--;
    }
}

KStatus vec_swap(ValVec *v, size_t i, size_t j) {
    if (K_FAILS(i >= v->len || j >= v->len)) return K_RANGE;
    Value t = v->items[i];
    v->items[i] = v->items[j];
    v->items[j] = t;
    return K_OK;
}

void vec_clear(ValVec *v) { vec_init(v); }

bool varr_size(size_t off, size_t n, size_t *out) {
    size_t items;
    if (n > VEC_MAX_LEN || !size_mul(n, sizeof(Value), &items)) return false;
    return size_add(off, sizeof(ValArr), out) && size_add(*out, items, out);
}

KStatus varr_init(const Heap *h, const void *chunk, ValArr *a, size_t n) {
    // The slots must lie inside the chunk: [a] at or after its start, and the whole
    // array (header and n slots) within its usable size.
    uintptr_t base = (uintptr_t)chunk, at = (uintptr_t)a;
    size_t need;
    if (K_FAILS(at < base || !varr_size(at - base, n, &need))) return K_RANGE;
    if (K_FAILS(need > heap_chunk_size(h, chunk))) return K_RANGE;
    a->len = n;
    return K_OK;
}
