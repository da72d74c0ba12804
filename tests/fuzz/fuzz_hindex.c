/*
 * fuzz_hindex.c: libFuzzer harness for kernel/hindex.c, driven the way dict and set
 * drive it (the probe protocol of hindex.h). Keys are small ints whose hash is chosen by
 * the input (so chains collide heavily); width 1 or 2. Operations: insert (probe, then
 * hindex_insert, resizing on K_OVERFLOW), insert_clean, delete, pop-last + trim,
 * compact, resize to an arbitrary size (too small must be refused), copy, clear, and a
 * probe left stale across a rebuild (must report HINDEX_STALE or K_INVALID, never read a
 * stale slot). After every step each key of the model is found at an entry holding it,
 * each absent key is not found, and the counts agree.
 */
#include <stdio.h>

#include "fuzz_kernel.h"

#include "../../src/kernel/hindex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct Tab {
    HIndex t;
    ValVec ents;
} Tab;

static int64_t hash_of(const uint8_t *hmap, unsigned k) { return (int64_t)hmap[k] * 0x9E3779B97F4A7C15ll; }

// The entry holding key k, or -1 (slot of the match or of the insertion point in *slot).
static int64_t lookup(Tab *tb, const uint8_t *hmap, unsigned k, HProbe *p) {
    hindex_probe_init(&tb->t, hash_of(hmap, k), p);
    for (;;) {
        int64_t e = hindex_probe_next(&tb->t, p);
        if (e < 0) {
            FZ_CHECK(e == HINDEX_END);
            return -1;
        }
        Value key = vec_get(&tb->ents, (size_t)e * tb->t.width);
        if (key == val_from_small(k)) return e;
    }
}

static void check(Tab *tb, const uint8_t *hmap, const bool *present) {
    size_t n = 0;
    for (unsigned k = 0; k < 256; k++) {
        HProbe p;
        int64_t e = lookup(tb, hmap, k, &p);
        FZ_CHECK((e >= 0) == present[k]);
        if (e >= 0) {
            n++;
            FZ_CHECK(hindex_slot(&tb->t, p.slot) == e);
            FZ_CHECK(hindex_slot_of(&tb->t, (size_t)e) == p.slot);
            int64_t hh;
            FZ_CHECK(hindex_entry_hash(&tb->t, (size_t)e, &hh) && hh == hash_of(hmap, k));
        }
    }
    FZ_CHECK(tb->t.used == n);
    FZ_CHECK(tb->t.used <= tb->t.fill && (tb->t.nslots == 0 || tb->t.fill < tb->t.nslots));
    FZ_CHECK(tb->ents.len == tb->t.nent * tb->t.width);
    FZ_CHECK(hindex_slot(&tb->t, SIZE_MAX) == HINDEX_EMPTY);
}

static bool insert(Heap *h, Tab *tb, const uint8_t *hmap, unsigned k, bool clean) {
    for (int tries = 0; tries < 4; tries++) {
        HProbe p;
        if (lookup(tb, hmap, k, &p) >= 0) return true;
        KStatus s;
        if (clean) {
            s = hindex_insert_clean(h, &tb->t, &tb->ents, hash_of(hmap, k), val_from_small(k),
                                    val_from_small(k + 1000));
        } else {
            size_t e;
            s = hindex_insert(h, &tb->t, &tb->ents, &p, hash_of(hmap, k), val_from_small(k),
                              val_from_small(k + 1000), &e);
            if (s == K_OK) FZ_CHECK(vec_get(&tb->ents, e * tb->t.width) == val_from_small(k));
        }
        if (s == K_OK) {
            // CPython's growth rule
            if (tb->t.fill * 5 >= tb->t.nslots * 3) {
                KStatus r = hindex_resize(h, &tb->t, &tb->ents, tb->t.used * 4);
                FZ_CHECK(r == K_OK || r == K_NOMEM);
            }
            return true;
        }
        FZ_CHECK(s == K_OVERFLOW || s == K_NOMEM || s == K_INVALID);
        if (s == K_NOMEM) return false;
        if (s == K_OVERFLOW) FZ_CHECK(hindex_resize(h, &tb->t, &tb->ents, tb->t.used * 2 + 1) == K_OK);
    }
    FZ_CHECK(!"insert did not settle");
    return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Heap *h = fz_heap(__builtin_frame_address(0));
    FzIn in = {data, size};
    uint8_t hmap[256];
    bool present[256], present2[256];
    memset(present, 0, sizeof present);
    uint8_t hmod = fz_u8(&in);
    for (unsigned k = 0; k < 256; k++) hmap[k] = (uint8_t)(hmod ? k % hmod : k);
    Tab tb, cp;
    hindex_init(&tb.t, 1 + (fz_u8(&in) & 1));
    vec_init(&tb.ents);
    hindex_init(&cp.t, tb.t.width);
    vec_init(&cp.ents);
    bool have_copy = false;
    while (in.n > 0) {
        uint8_t op = fz_u8(&in);
        unsigned k = fz_u8(&in);
        switch (op % 9) {
        case 0:
        case 1:
        case 2:
            if (insert(h, &tb, hmap, k, op % 9 == 2 && !present[k])) present[k] = true;
            break;
        case 3: {
            HProbe p;
            int64_t e = lookup(&tb, hmap, k, &p);
            if (e >= 0) {
                FZ_CHECK(hindex_delete(&tb.t, &tb.ents, p.slot) == K_OK);
                present[k] = false;
                FZ_CHECK(hindex_delete(&tb.t, &tb.ents, p.slot) == K_RANGE);
            }
            FZ_CHECK(hindex_delete(&tb.t, &tb.ents, SIZE_MAX - k) == K_RANGE);
            break;
        }
        case 4: { // pop the last live entry, then trim (dict.popitem)
            size_t w = tb.t.width;
            for (size_t e = tb.t.nent; e-- > 0;) {
                Value key = vec_get(&tb.ents, e * w);
                if (key == VAL_NULL) continue;
                size_t s = hindex_slot_of(&tb.t, e);
                FZ_CHECK(s != HINDEX_NOSLOT);
                FZ_CHECK(hindex_delete(&tb.t, &tb.ents, s) == K_OK);
                present[val_small(key)] = false;
                hindex_trim(&tb.t, &tb.ents);
                break;
            }
            break;
        }
        case 5:
            FZ_CHECK(hindex_compact(h, &tb.t, &tb.ents) == K_OK);
            break;
        case 6: { // resize to an arbitrary size; a stale probe must notice
            HProbe p;
            hindex_probe_init(&tb.t, hash_of(hmap, k), &p);
            size_t want = k & 0x80 ? SIZE_MAX - k : k;
            KStatus s = hindex_resize(h, &tb.t, &tb.ents, want);
            size_t n = hindex_size_for(want);
            if (n == 0) FZ_CHECK(s == K_OVERFLOW);
            else if (tb.t.used >= n) FZ_CHECK(s == K_INVALID);
            else FZ_CHECK(s == K_OK || s == K_NOMEM);
            if (s == K_OK && hindex_probe_valid(&tb.t, &p) == false) {
                int64_t e = hindex_probe_next(&tb.t, &p);
                FZ_CHECK(e == HINDEX_STALE);
                size_t ee;
                FZ_CHECK(hindex_insert(h, &tb.t, &tb.ents, &p, 1, val_from_small(1), val_from_small(1), &ee) == K_INVALID);
            }
            break;
        }
        case 7:
            FZ_CHECK(hindex_copy(h, &cp.t, &cp.ents, &tb.t, &tb.ents) == K_OK);
            memcpy(present2, present, sizeof present);
            have_copy = true;
            FZ_CHECK(hindex_copy(h, &tb.t, &tb.ents, &tb.t, &tb.ents) == K_INVALID);
            break;
        default:
            if (k & 1) {
                hindex_clear(&tb.t, &tb.ents);
                memset(present, 0, sizeof present);
            } else if (have_copy) { // continue with the copy
                Tab t2 = tb;
                tb = cp;
                cp = t2;
                bool tmp[256];
                memcpy(tmp, present, sizeof tmp);
                memcpy(present, present2, sizeof tmp);
                memcpy(present2, tmp, sizeof tmp);
            }
            break;
        }
        check(&tb, hmap, present);
    }
    if (have_copy) check(&cp, hmap, present2);
    return 0;
}
