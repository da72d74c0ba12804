/*
 * test_hindex.c: the dict/set index table: lookups through the probe protocol, CPython
 * 3.11's set slot order (growth, linear probes, last-dummy reuse), deletion and
 * compaction keep entries bounded, resize/copy/clear, small maps without a table, and
 * stale or invalid probes are reported instead of reading outside the table.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "kernel/heap.h"
#include "kernel/hindex.h"
#include "kernel/vec.h"
#include "ktest.h"

static uint8_t *map_region(size_t n) {
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

typedef struct Tab {
    HIndex t;
    ValVec e;
} Tab;

// Lookup by key identity (keys are small ints, the hash is given separately).
static int64_t find(Tab *x, Value key, int64_t hash) {
    HProbe p;
    hindex_probe_init(&x->t, hash, &p);
    for (;;) {
        int64_t ix = hindex_probe_next(&x->t, &p);
        if (ix < 0) return ix;
        if (vec_get(&x->e, (size_t)ix * x->t.width) == key) return ix;
    }
}

// CPython's set_add_entry + growth rule.
static bool add(Heap *h, Tab *x, Value key, int64_t hash) {
    HProbe p;
    hindex_probe_init(&x->t, hash, &p);
    for (;;) {
        int64_t ix = hindex_probe_next(&x->t, &p);
        if (ix == HINDEX_END) break;
        if (ix < 0) return false;
        if (vec_get(&x->e, (size_t)ix * x->t.width) == key) return true;
    }
    size_t fill0 = x->t.fill, e;
    if (hindex_insert(h, &x->t, &x->e, &p, hash, key, key, &e) != K_OK) return false;
    if (x->t.fill > fill0 && x->t.fill * 5 >= (x->t.nslots - 1) * 3) {
        size_t u = x->t.used;
        if (hindex_resize(h, &x->t, &x->e, u > 50000 ? u * 2 : u * 4) != K_OK) return false;
    }
    return true;
}

static bool del(Tab *x, Value key, int64_t hash) {
    HProbe p;
    hindex_probe_init(&x->t, hash, &p);
    for (;;) {
        int64_t ix = hindex_probe_next(&x->t, &p);
        if (ix < 0) return false;
        if (vec_get(&x->e, (size_t)ix * x->t.width) == key)
            return hindex_delete(&x->t, &x->e, p.slot) == K_OK;
    }
}

// Keys in slot order (set iteration order) as ints, into out; returns the count.
static size_t order(Tab *x, intptr_t *out, size_t max) {
    size_t n = 0;
    for (size_t s = 0; s < x->t.nslots; s++) {
        int64_t ix = hindex_slot(&x->t, s);
        if (ix < 0) continue;
        Value k = vec_get(&x->e, (size_t)ix * x->t.width);
        if (n < max) out[n] = val_small(k);
        n++;
    }
    return n;
}

static void tab_init(Tab *x, size_t width) {
    hindex_init(&x->t, width);
    vec_init(&x->e);
}

static bool same(const intptr_t *a, const intptr_t *b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return false;
    return true;
}

int main(void) {
    size_t size = (size_t)64 << 20;
    uint8_t *region = map_region(size);
    CHECK(region != NULL);
    static Heap heap;
    Heap *h = &heap;
    CHECK(heap_init_fresh(h, region, size));
    int base_marker = 0;
    heap_set_stack_base(h, (uintptr_t)&base_marker + 4096);

    CHECK(hindex_size_for(0) == 8);
    CHECK(hindex_size_for(7) == 8);
    CHECK(hindex_size_for(8) == 16);
    CHECK(hindex_size_for(20) == 32);
    CHECK(hindex_size_for(SIZE_MAX) == 0);

    // empty table: lookups end at once, no table is read
    Tab a;
    tab_init(&a, 1);
    CHECK(find(&a, val_from_small(1), 1) == HINDEX_END);
    CHECK(hindex_slot(&a.t, 0) == HINDEX_EMPTY);
    CHECK(hindex_slot_of(&a.t, 0) == HINDEX_NOSLOT);

    // CPython: print({5, 3, 1}) -> {1, 3, 5}; print(set([10, 100, 1000])) -> {1000, 10, 100}
    intptr_t got[64];
    CHECK(add(h, &a, val_from_small(5), 5));
    CHECK(add(h, &a, val_from_small(3), 3));
    CHECK(add(h, &a, val_from_small(1), 1));
    intptr_t want1[] = {1, 3, 5};
    CHECK(order(&a, got, 64) == 3 && same(got, want1, 3));
    Tab b;
    tab_init(&b, 1);
    CHECK(add(h, &b, val_from_small(10), 10));
    CHECK(add(h, &b, val_from_small(100), 100));
    CHECK(add(h, &b, val_from_small(1000), 1000));
    intptr_t want2[] = {1000, 10, 100};
    CHECK(order(&b, got, 64) == 3 && same(got, want2, 3));

    // CPython: s = set(range(20)); discard multiples of 3; print(s)
    Tab c;
    tab_init(&c, 1);
    for (int i = 0; i < 20; i++) CHECK(add(h, &c, val_from_small(i), i));
    CHECK(c.t.nslots == 128);
    for (int i = 0; i < 20; i += 3) CHECK(del(&c, val_from_small(i), i));
    intptr_t want3[] = {1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19};
    CHECK(order(&c, got, 64) == 13 && same(got, want3, 13));
    CHECK(c.t.used == 13 && c.t.fill == 20);
    CHECK(find(&c, val_from_small(3), 3) == HINDEX_END);
    CHECK(find(&c, val_from_small(4), 4) >= 0);

    // last dummy on the chain is reused: all keys hash 0 in a 32-slot table
    Tab d;
    tab_init(&d, 1);
    for (int i = 100; i < 110; i++) CHECK(add(h, &d, val_from_small(i), i));
    for (int i = 1; i <= 5; i++) CHECK(add(h, &d, val_from_small(i), 0));
    for (int i = 100; i < 110; i++) CHECK(del(&d, val_from_small(i), i));
    CHECK(del(&d, val_from_small(2), 0));
    CHECK(del(&d, val_from_small(4), 0));
    CHECK(add(h, &d, val_from_small(6), 0));
    intptr_t want4[] = {1, 3, 6, 5};
    size_t nd = order(&d, got, 64);
    CHECK(nd == 4 && same(got, want4, 4));

    // many colliding keys with resizes: all found, absent keys not
    Tab e;
    tab_init(&e, 2);
    for (int i = 0; i < 2000; i++) CHECK(add(h, &e, val_from_small(i), i % 3));
    CHECK(e.t.used == 2000 && e.e.len == 4000);
    int found = 0;
    for (int i = 0; i < 2000; i++) found += find(&e, val_from_small(i), i % 3) >= 0;
    CHECK(found == 2000);
    CHECK(find(&e, val_from_small(5000), 1) == HINDEX_END);
    for (int i = 0; i < 2000; i++) {
        int64_t ix = find(&e, val_from_small(i), i % 3);
        CHECK(ix >= 0 && hindex_slot(&e.t, hindex_slot_of(&e.t, (size_t)ix)) == ix);
    }

    // add/delete churn: entries stay bounded by compaction, table does not grow
    Tab f;
    tab_init(&f, 2);
    for (int i = 0; i < 4; i++) CHECK(add(h, &f, val_from_small(i), i));
    for (int i = 4; i < 100000; i++) {
        CHECK(del(&f, val_from_small(i - 4), i - 4));
        CHECK(add(h, &f, val_from_small(i), i));
    }
    CHECK(f.t.used == 4 && f.t.nent <= f.t.nslots && f.t.nslots <= 64);
    CHECK(f.e.len == f.t.nent * 2);
    for (int i = 99996; i < 100000; i++) CHECK(find(&f, val_from_small(i), i) >= 0);

    // stale probes: a rebuild between two steps is reported, and an insert through it
    // is refused
    HProbe p;
    hindex_probe_init(&c.t, 4, &p);
    CHECK(hindex_probe_next(&c.t, &p) >= 0);
    CHECK(hindex_resize(h, &c.t, &c.e, 64) == K_OK);
    CHECK(c.t.nent == 13);
    CHECK(hindex_probe_next(&c.t, &p) == HINDEX_STALE);
    size_t ent;
    CHECK(hindex_insert(h, &c.t, &c.e, &p, 4, val_from_small(4), 0, &ent) == K_INVALID);
    for (int i = 0; i < 20; i++) CHECK((find(&c, val_from_small(i), i) >= 0) == (i % 3 != 0));

    // an insert through a probe whose slot got taken meanwhile is refused
    Tab g;
    tab_init(&g, 1);
    CHECK(add(h, &g, val_from_small(1), 1));
    HProbe q;
    hindex_probe_init(&g.t, 9, &q);
    while (hindex_probe_next(&g.t, &q) >= 0) {
    }
    HProbe r = q;
    CHECK(hindex_insert(h, &g.t, &g.e, &q, 9, val_from_small(9), 0, &ent) == K_OK);
    CHECK(hindex_insert(h, &g.t, &g.e, &r, 9, val_from_small(9), 0, &ent) == K_INVALID);
    CHECK(g.t.used == 2);

    // delete: out of range and non-live slots
    CHECK(hindex_delete(&g.t, &g.e, 1000) == K_RANGE);
    CHECK(hindex_delete(&g.t, &g.e, 7) == K_RANGE || hindex_slot(&g.t, 7) >= 0);

    // copy keeps the slot layout; the copy is independent
    Tab k;
    tab_init(&k, 1);
    CHECK(hindex_copy(h, &k.t, &k.e, &c.t, &c.e) == K_OK);
    intptr_t o1[64], o2[64];
    size_t n1 = order(&c, o1, 64), n2 = order(&k, o2, 64);
    CHECK(n1 == n2 && same(o1, o2, n1));
    CHECK(del(&k, val_from_small(1), 1));
    CHECK(find(&c, val_from_small(1), 1) >= 0);
    CHECK(hindex_copy(h, &k.t, &k.e, &k.t, &k.e) == K_INVALID);

    // trim after deleting the last entry
    Tab m;
    tab_init(&m, 2);
    for (int i = 0; i < 5; i++) CHECK(add(h, &m, val_from_small(i), i));
    CHECK(del(&m, val_from_small(4), 4));
    CHECK(del(&m, val_from_small(3), 3));
    hindex_trim(&m.t, &m.e);
    CHECK(m.t.nent == 3 && m.e.len == 6);
    CHECK(add(h, &m, val_from_small(7), 7));
    CHECK(find(&m, val_from_small(7), 7) == 3);

    // clear
    hindex_clear(&m.t, &m.e);
    CHECK(m.t.nslots == 0 && m.t.used == 0 && m.e.len == 0);
    CHECK(find(&m, val_from_small(7), 7) == HINDEX_END);
    CHECK(add(h, &m, val_from_small(7), 7));
    CHECK(find(&m, val_from_small(7), 7) == 0);

    // inconsistent entries vector is refused
    Tab bad;
    tab_init(&bad, 1);
    CHECK(add(h, &bad, val_from_small(1), 1));
    bad.e.len = 0;
    CHECK(hindex_insert_clean(h, &bad.t, &bad.e, 2, val_from_small(2), 0) == K_INVALID);
    CHECK(hindex_resize(h, &bad.t, &bad.e, 10) == K_INVALID);

    // a full table (no EMPTY slot) ends the probe with BAD instead of looping
    Tab full;
    tab_init(&full, 1);
    CHECK(add(h, &full, val_from_small(1), 1));
    full.t.fill = full.t.nslots; // simulate corruption of the counters only
    CHECK(hindex_insert_clean(h, &full.t, &full.e, 3, val_from_small(3), 0) == K_INVALID);

    // a broken entry count (nent > hcap) cannot make a probe or hindex_entry_hash read
    // past the hash array (found by tests/verify/eva_hindex.c's adversarial tables): a
    // slot naming entry hcap + 5 (tag 0 = hash 0) is reported as BAD
    Tab brk;
    tab_init(&brk, 1);
    CHECK(add(h, &brk, val_from_small(1), 0));
    size_t bs = hindex_slot_of(&brk.t, 0);
    CHECK(bs < brk.t.nslots);
    brk.t.nent = brk.t.hcap + 10; // simulate corruption of the counter only
    brk.t.slots[bs] = (int64_t)(brk.t.hcap + 5);
    HProbe bp;
    hindex_probe_init(&brk.t, 0, &bp);
    CHECK(hindex_probe_next(&brk.t, &bp) == HINDEX_BAD);
    int64_t bh = 0;
    CHECK(!hindex_entry_hash(&brk.t, brk.t.hcap + 5, &bh));
    CHECK(hindex_find_ident(&brk.t, &brk.e, 0, val_from_small(1)) == HINDEX_BAD);

    // hindex_find_ident agrees with the probe protocol: with distinct hashes it finds
    // exactly what the protocol finds (present or END), also after deletions left dummies;
    // over long chains of equal hashes (hash = key % 37) a hit is the protocol's entry,
    // and an equal hash held by another key object first is STALE (the caller then
    // compares with __eq__)
    Tab id, eq;
    tab_init(&id, 1);
    tab_init(&eq, 1);
    for (intptr_t key = 0; key < 600; key++) {
        CHECK(add(h, &id, val_from_small(key), key * 7919));
        CHECK(add(h, &eq, val_from_small(key), key % 37));
    }
    for (intptr_t key = 0; key < 600; key += 3) {
        CHECK(del(&id, val_from_small(key), key * 7919));
        CHECK(del(&eq, val_from_small(key), key % 37));
    }
    int agree = 1;
    size_t hits = 0, stale = 0;
    for (intptr_t key = 0; key < 700; key++) {
        if (hindex_find_ident(&id.t, &id.e, key * 7919, val_from_small(key)) !=
            find(&id, val_from_small(key), key * 7919))
            agree = 0;
        int64_t want = find(&eq, val_from_small(key), key % 37);
        int64_t got1 = hindex_find_ident(&eq.t, &eq.e, key % 37, val_from_small(key));
        if (got1 >= 0) hits++;
        if (got1 == HINDEX_STALE) stale++;
        if (got1 >= 0 ? got1 != want : got1 != HINDEX_STALE && !(got1 == HINDEX_END && want == HINDEX_END))
            agree = 0;
    }
    CHECK(agree);
    CHECK(hits > 0 && stale > 0);
    Tab one;
    tab_init(&one, 1);
    CHECK(add(h, &one, val_from_small(7), 5));
    CHECK(hindex_find_ident(&one.t, &one.e, 5, val_from_small(7)) >= 0);
    CHECK(hindex_find_ident(&one.t, &one.e, 5, val_from_small(8)) == HINDEX_STALE);
    CHECK(hindex_find_ident(&one.t, &one.e, 6, val_from_small(8)) == HINDEX_END);
    CHECK(hindex_find_ident(&a.t, &a.e, 4, val_from_small(4)) == HINDEX_END);

    // hindex_find_ident_probe leaves the probe where the protocol leaves it: on a hit the
    // entry's slot (what hindex_delete takes), after END the insertion slot (the last
    // dummy on the chain, else the EMPTY slot), both with a probe hindex_insert accepts;
    // checked over tables full of dummies and on an empty table
    int same_slot = 1, same_res = 1;
    size_t ends = 0, hits2 = 0;
    for (intptr_t key = -40; key < 700; key++) {
        int64_t hash = key * 7919;
        HProbe want;
        hindex_probe_init(&id.t, hash, &want);
        int64_t w;
        for (;;) {
            w = hindex_probe_next(&id.t, &want);
            if (w < 0 || vec_get(&id.e, (size_t)w) == val_from_small(key)) break;
        }
        HProbe gp;
        int64_t gi = hindex_find_ident_probe(&id.t, &id.e, hash, val_from_small(key), &gp);
        if (gi != w) same_res = 0;
        if (gi >= 0 || gi == HINDEX_END) {
            if (gp.slot != want.slot || !hindex_probe_valid(&id.t, &gp)) same_slot = 0;
            if (gi == HINDEX_END) ends++; else hits2++;
        }
    }
    CHECK(same_res);
    CHECK(same_slot);
    CHECK(ends > 0 && hits2 > 0);
    // inserting at the slot it gave keeps the table a valid set: the key is then found
    HProbe ins;
    CHECK(hindex_find_ident_probe(&id.t, &id.e, 3 * 7919, val_from_small(3), &ins) == HINDEX_END);
    size_t ne;
    CHECK(hindex_insert(h, &id.t, &id.e, &ins, 3 * 7919, val_from_small(3), VAL_NULL, &ne) == K_OK);
    CHECK(hindex_find_ident(&id.t, &id.e, 3 * 7919, val_from_small(3)) == (int64_t)ne);
    HProbe del_p;
    CHECK(hindex_find_ident_probe(&id.t, &id.e, 3 * 7919, val_from_small(3), &del_p) == (int64_t)ne);
    CHECK(hindex_delete(&id.t, &id.e, del_p.slot) == K_OK);
    CHECK(hindex_find_ident(&id.t, &id.e, 3 * 7919, val_from_small(3)) == HINDEX_END);
    Tab empty;
    tab_init(&empty, 1);
    HProbe ep;
    CHECK(hindex_find_ident_probe(&empty.t, &empty.e, 1, val_from_small(1), &ep) == HINDEX_END);
    CHECK(ep.slot == HINDEX_NOSLOT);
    CHECK(hindex_find_ident_probe(&eq.t, &eq.e, 5 % 37, val_from_small(700 + 5), &ep) ==
          HINDEX_STALE);

    // A new table reserves exactly what it takes before its next rebuild (2/3 of the
    // slots, the dict rule): 5 entries for 8 slots, 10 for 16, 21 for 32 (rounding up by
    // vec_reserve's growth step wasted a size class on every small dict).
    Tab rx;
    tab_init(&rx, 2);
    CHECK(hindex_resize(h, &rx.t, &rx.e, 0) == K_OK);
    CHECK(rx.t.nslots == 8 && rx.t.hcap == 5 && rx.e.cap == 10);
    CHECK(heap_chunk_size(h, rx.e.items) == 80 && heap_chunk_size(h, rx.t.hashes) == 40);
    for (int i = 0; i < 5; i++)
        CHECK(hindex_insert_clean(h, &rx.t, &rx.e, i, val_from_small(i), val_from_small(i)) == K_OK);
    CHECK(rx.t.hcap == 5 && rx.e.cap == 10 && rx.e.len == 10);
    CHECK(hindex_resize(h, &rx.t, &rx.e, 14) == K_OK);
    CHECK(rx.t.nslots == 16 && rx.t.hcap == 10 && rx.e.cap == 20);
    CHECK(hindex_resize(h, &rx.t, &rx.e, 20) == K_OK);
    CHECK(rx.t.nslots == 32 && rx.t.hcap == 21 && rx.e.cap == 42);
    for (int i = 0; i < 5; i++) CHECK(find(&rx, val_from_small(i), i) == i);
    // a first entry with no table: 5 entries too (an 80-byte array, not 88 in a 96 class)
    Tab fx;
    tab_init(&fx, 2);
    CHECK(hindex_insert_clean(h, &fx.t, &fx.e, 7, val_from_small(7), val_from_small(8)) == K_OK);
    CHECK(fx.t.hcap == 5 && fx.e.cap == 10 && heap_chunk_size(h, fx.e.items) == 80);
    for (int i = 0; i < 4; i++)
        CHECK(hindex_insert_clean(h, &fx.t, &fx.e, i, val_from_small(i), val_from_small(i)) == K_OK);
    CHECK(fx.e.cap == 10 && fx.e.len == 10 && find(&fx, val_from_small(7), 7) == 0);
    // the sixth entry grows the arrays (an 8-slot table holds 6 before it has no EMPTY
    // slot left; the objects layer rebuilds at 5 already)
    CHECK(hindex_insert_clean(h, &fx.t, &fx.e, 9, val_from_small(9), val_from_small(9)) == K_OK);
    CHECK(fx.e.cap > 10 && fx.t.hcap > 5 && find(&fx, val_from_small(9), 9) == 5);

    // hindex_reserve: exactly n entries, kept by the first table, grown past as usual
    Tab pz;
    tab_init(&pz, 2);
    CHECK(hindex_reserve(h, &pz.t, &pz.e, 0) == K_INVALID);
    CHECK(hindex_reserve(h, &pz.t, &pz.e, HINDEX_SMALL + 1) == K_INVALID);
    CHECK(hindex_reserve(h, &pz.t, &pz.e, 3) == K_OK);
    CHECK(pz.t.hcap == 3 && pz.e.cap == 6 && pz.t.nslots == 0 && pz.e.len == 0);
    CHECK(heap_chunk_size(h, pz.e.items) == 48 && heap_chunk_size(h, pz.t.hashes) == 24);
    CHECK(hindex_resize(h, &pz.t, &pz.e, 0) == K_OK); // the dict's first table
    CHECK(pz.t.nslots == 8 && pz.t.hcap == 3 && pz.e.cap == 6);
    for (int i = 0; i < 3; i++)
        CHECK(hindex_insert_clean(h, &pz.t, &pz.e, i, val_from_small(i), val_from_small(-i)) == K_OK);
    CHECK(pz.t.hcap == 3 && pz.e.cap == 6 && pz.e.len == 6);
    CHECK(hindex_reserve(h, &pz.t, &pz.e, 2) == K_INVALID); // has a table and entries
    CHECK(hindex_insert_clean(h, &pz.t, &pz.e, 3, val_from_small(3), val_from_small(-3)) == K_OK);
    CHECK(pz.t.hcap >= 4 && pz.e.cap >= 8);
    for (int i = 0; i < 4; i++)
        CHECK(find(&pz, val_from_small(i), i) == i && vec_get(&pz.e, 2 * (size_t)i + 1) == val_from_small(-i));
    // a presized index whose first table is big keeps no small room: it reserves as usual
    Tab pb;
    tab_init(&pb, 2);
    CHECK(hindex_reserve(h, &pb.t, &pb.e, 2) == K_OK);
    CHECK(hindex_resize(h, &pb.t, &pb.e, 20) == K_OK);
    CHECK(pb.t.nslots == 32 && pb.t.hcap == 21 && pb.e.cap == 42);
    // with no table, an insertion keeps the reserved room too
    Tab pc;
    tab_init(&pc, 1);
    CHECK(hindex_reserve(h, &pc.t, &pc.e, 2) == K_OK);
    CHECK(hindex_insert_clean(h, &pc.t, &pc.e, 5, val_from_small(5), VAL_NULL) == K_OK);
    CHECK(pc.t.hcap == 2 && pc.e.cap == 2 && find(&pc, val_from_small(5), 5) == 0);

    // A small map (width 2) has no table for its first HINDEX_SMALL entries: lookups walk
    // the entries, equal hashes included; "slot" is the entry index; a hole is skipped;
    // the next insertion past HINDEX_SMALL (or a resize) builds the table from the
    // entries in order. A set (width 1) gets its table at its first entry.
    Tab sm;
    tab_init(&sm, 2);
    for (int i = 0; i < (int)HINDEX_SMALL; i++) // hashes 0, 1, 0, 1, 0: chains of equals
        CHECK(hindex_insert_clean(h, &sm.t, &sm.e, i % 2, val_from_small(10 + i), val_from_small(i)) == K_OK);
    CHECK(sm.t.nslots == 0 && sm.t.slots == NULL && sm.t.used == HINDEX_SMALL && sm.t.fill == 0);
    CHECK(hindex_capacity(&sm.t) == HINDEX_SMALL);
    for (int i = 0; i < (int)HINDEX_SMALL; i++) {
        CHECK(find(&sm, val_from_small(10 + i), i % 2) == i);
        CHECK(hindex_slot_of(&sm.t, (size_t)i) == (size_t)i);
        CHECK(hindex_find_ident(&sm.t, &sm.e, i % 2, val_from_small(10 + i)) == (i < 2 ? i : HINDEX_STALE));
    }
    CHECK(find(&sm, val_from_small(99), 0) == HINDEX_END);
    CHECK(find(&sm, val_from_small(99), 5) == HINDEX_END);
    CHECK(hindex_find_ident(&sm.t, &sm.e, 5, val_from_small(99)) == HINDEX_END);
    HProbe sp;
    CHECK(hindex_find_ident_probe(&sm.t, &sm.e, 1, val_from_small(11), &sp) == 1 && sp.slot == 1);
    // deletion by entry index leaves a hole, found by hash but with a NULL key
    CHECK(del(&sm, val_from_small(12), 0));
    CHECK(sm.t.nslots == 0 && sm.t.used == HINDEX_SMALL - 1 && sm.t.nent == HINDEX_SMALL);
    CHECK(find(&sm, val_from_small(12), 0) == HINDEX_END && find(&sm, val_from_small(14), 0) == 4);
    CHECK(hindex_find_ident(&sm.t, &sm.e, 0, val_from_small(14)) == HINDEX_STALE);
    CHECK(hindex_delete(&sm.t, &sm.e, 2) == K_RANGE); // the hole
    CHECK(hindex_delete(&sm.t, &sm.e, HINDEX_SMALL) == K_RANGE);
    CHECK(hindex_delete(&sm.t, &sm.e, SIZE_MAX) == K_RANGE);
    // a copy of a table-less index is table-less and compacted
    Tab sc;
    tab_init(&sc, 2);
    CHECK(hindex_copy(h, &sc.t, &sc.e, &sm.t, &sm.e) == K_OK);
    CHECK(sc.t.nslots == 0 && sc.t.nent == HINDEX_SMALL - 1 && find(&sc, val_from_small(14), 0) == 3);
    // the next insertion builds the table (16 slots for the 9 live entries) holding the
    // live entries in entry order
    CHECK(HINDEX_SMALL == 10);
    CHECK(hindex_insert_clean(h, &sm.t, &sm.e, 0, val_from_small(20), val_from_small(5)) == K_OK);
    CHECK(sm.t.nslots == 16 && sm.t.fill == HINDEX_SMALL && sm.t.used == HINDEX_SMALL);
    CHECK(sm.t.nent == HINDEX_SMALL); // the hole was compacted away
    const int live[] = {10, 11, 13, 14, 15, 16, 17, 18, 19, 20};
    for (int i = 0; i < 10; i++)
        CHECK(find(&sm, val_from_small(live[i]), live[i] % 2) == i);
    CHECK(find(&sm, val_from_small(12), 0) == HINDEX_END);
    // a resize of a table-less index places its entries in entry order
    CHECK(hindex_resize(h, &sc.t, &sc.e, 0) == K_INVALID); // 8 slots cannot take 9
    CHECK(hindex_resize(h, &sc.t, &sc.e, 9) == K_OK);
    CHECK(sc.t.nslots == 16 && sc.t.fill == 9 && sc.t.used == 9);
    for (int i = 0; i < 9; i++)
        CHECK(find(&sc, val_from_small(live[i]), live[i] % 2) == i);
    // a set's first entry makes its table; a cleared map has no table again
    Tab ss;
    tab_init(&ss, 1);
    CHECK(hindex_capacity(&ss.t) == 0);
    CHECK(hindex_insert_clean(h, &ss.t, &ss.e, 3, val_from_small(3), VAL_NULL) == K_OK);
    CHECK(ss.t.nslots == 8 && hindex_capacity(&ss.t) == 5);
    hindex_clear(&sm.t, &sm.e);
    CHECK(hindex_insert_clean(h, &sm.t, &sm.e, 3, val_from_small(3), val_from_small(3)) == K_OK);
    CHECK(sm.t.nslots == 0 && find(&sm, val_from_small(3), 3) == 0);
    // a probe on a table-less index goes stale when the table is built under it
    HProbe st;
    hindex_probe_init(&sm.t, 3, &st);
    CHECK(hindex_resize(h, &sm.t, &sm.e, 0) == K_OK);
    CHECK(hindex_probe_next(&sm.t, &st) == HINDEX_STALE);

    // entries inside the owner (HInline): appends without allocation, then a third entry
    // moves them to arrays of their own and zeroes the inline ones; clear zeroes them too
    static HInline inl;
    Tab si;
    tab_init(&si, 2);
    CHECK(hindex_init_inline(&si.t, &si.e, &inl) == K_OK);
    CHECK(hindex_init_inline(&si.t, &si.e, &inl) == K_INVALID); // arrays already given
    CHECK(hindex_append_small(&si.t, &si.e, 7, val_from_small(1), val_from_small(2)) == K_OK);
    CHECK(hindex_append_small(&si.t, &si.e, 8, val_from_small(3), val_from_small(4)) == K_OK);
    CHECK(si.t.nent == 2 && si.t.used == 2 && si.e.len == 4 && inl.hashes[1] == 8);
    CHECK(inl.ents[2] == val_from_small(3));
    CHECK(hindex_append_small(&si.t, &si.e, 9, val_from_small(5), val_from_small(6)) == K_OVERFLOW);
    CHECK(find(&si, val_from_small(3), 8) == 1);
    CHECK(hindex_insert_clean(h, &si.t, &si.e, 9, val_from_small(5), val_from_small(6)) == K_OK);
    CHECK(si.t.nent == 3 && si.t.hcap == 5 && si.e.cap == 10);
    for (int i = 0; i < 4; i++) CHECK(inl.ents[i] == VAL_NULL);
    CHECK(inl.hashes[0] == 0 && inl.hashes[1] == 0);
    CHECK(find(&si, val_from_small(1), 7) == 0 && find(&si, val_from_small(5), 9) == 2);
    // clear zeroes the inline arrays and drops them: an append then refuses (K_OVERFLOW)
    Tab sj;
    tab_init(&sj, 2);
    CHECK(hindex_init_inline(&sj.t, &sj.e, &inl) == K_OK);
    CHECK(hindex_append_small(&sj.t, &sj.e, 4, val_from_small(9), val_from_small(9)) == K_OK);
    hindex_clear(&sj.t, &sj.e);
    CHECK(inl.ents[0] == VAL_NULL && inl.ents[1] == VAL_NULL && inl.hashes[0] == 0);
    CHECK(hindex_append_small(&sj.t, &sj.e, 4, val_from_small(9), val_from_small(9)) == K_OVERFLOW);
    Tab sw;
    tab_init(&sw, 1);
    CHECK(hindex_init_inline(&sw.t, &sw.e, &inl) == K_INVALID); // a set: width 1

    return ktest_done();
}
