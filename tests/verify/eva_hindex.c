/*
 * eva_hindex.c: Frama-C Eva driver for kernel/hindex.c (the dict/set index table).
 * Two kinds of tables:
 * - adversarial (t_probe): slot arrays of 8, 16 and 32 slots (each exactly that many
 *   int64_t) holding ANY bit patterns, hash arrays of capacity 0, 2 or 3 holding any
 *   values, any entry count nent <= hcap (any at all without a hash array), entries
 *   vectors of 0..6 Values that need not match nent, width 1 and 2;
 *   then the read-only functions (probe_init/probe_next, find_ident, slot, entry_hash
 *   and, in units of their own, slot_of) with any int64 hash and any small or huge
 *   slot/entry index. This is what "every slot or entry index read from the table is
 *   checked" has to survive: no invariant of the table is assumed, only that the arrays
 *   have the sizes the header fields claim. The same again without a slot array (a
 *   small map's state: lookups walk the entries), plus a delete by entry index.
 * - built through the API (t_build): every width, up to 8 insert_clean calls with any
 *   hashes (so any collision pattern), each allocation may fail (eva_heap_stub.h: the
 *   first failure ends the building); then a probe + hindex_insert with any hash,
 *   delete of any slot index (huge included), trim, compact (its temporary map is the
 *   only chunk it takes: checked with the stub's live counter), resize to any size,
 *   copy and clear.
 * Run: sh tools/verify.sh eva_hindex (every unit) or eva_hindex.NAME (one)
 */
#include "eva_heap_stub.h"
#include "eva_unit.h"
#include "kernel/hindex.h"

static Heap heap;

#define ANY_I64() ((int64_t)Frama_C_long_long_interval(INT64_MIN, INT64_MAX))

/* An adversarial table: [ns] slots and [hc] hashes holding any bit patterns, any entry
 * count nent <= hc (any value at all when hc == 0: no hash array then), [el] entry Values
 * of any value, width 1 or 2, any used/fill/layout. The sizes are constants of each call
 * site (the states of one call are joined inside the probe loops, so each object keeps
 * its own size), every other field is unknown. */
static void any_table(HIndex *t, ValVec *ents, size_t ns, size_t hc, size_t el) {
    int64_t *sl = malloc(ns * sizeof(int64_t));
    int64_t *hs = hc > 0 ? malloc(hc * sizeof(int64_t)) : NULL;
    Value *it = el > 0 ? malloc(el * sizeof(Value)) : NULL;
    if (sl == NULL || (hc > 0 && hs == NULL) || (el > 0 && it == NULL)) {
        hindex_init(t, 1);
        vec_init(ents);
        return;
    }
    Frama_C_make_unknown((char *)sl, ns * sizeof(int64_t));
    if (hc > 0) Frama_C_make_unknown((char *)hs, hc * sizeof(int64_t));
    if (el > 0) Frama_C_make_unknown((char *)it, el * sizeof(Value));
    t->slots = sl;
    t->nslots = ns;
    t->hashes = hs;
    t->hcap = hc;
    t->nent = hc > 0 ? Frama_C_size_t_interval(0, hc) : Frama_C_size_t_interval(0, SIZE_MAX);
    t->used = Frama_C_size_t_interval(0, SIZE_MAX);
    t->fill = Frama_C_size_t_interval(0, SIZE_MAX);
    t->width = 1 + (size_t)Frama_C_interval(0, 1);
    t->layout = Frama_C_unsigned_long_long_interval(0, UINT64_MAX);
    ents->items = it;
    ents->len = el;
    ents->cap = el;
}

/* Any index up to [bound] + 1, or SIZE_MAX. */
static size_t any_index(size_t bound) {
    size_t i = Frama_C_size_t_interval(0, bound + 2);
    return i == bound + 2 ? SIZE_MAX : i;
}

/* any_table, then with [noslots] the slot array dropped (nslots 0): the state of a small
 * map, whose lookups walk the entries and whose "slot" is an entry index (< hc). False
 * when the table could not be built. */
static bool any_shaped_table(HIndex *t, ValVec *ents, size_t ns, size_t hc, size_t el,
                             bool noslots) {
    any_table(t, ents, ns, hc, el);
    if (t->slots == NULL) return false;
    if (noslots) {
        t->slots = NULL;
        t->nslots = 0;
    }
    return true;
}

/* Probe walks, lookups and slot/hash reads on any table of that shape. */
static void t_probe(size_t ns, size_t hc, size_t el, bool noslots) {
    HIndex t;
    ValVec ents;
    if (!any_shaped_table(&t, &ents, ns, hc, el, noslots)) return;
    size_t sb = noslots ? hc : ns; // bound on a slot
    HProbe p;
    hindex_probe_init(&t, ANY_I64(), &p);
    for (int k = 0; k < 3; k++) {
        int64_t e = hindex_probe_next(&t, &p);
        // (the sizes are singletons here: Eva's checks are non-relational)
        //@ assert e < (int64_t)hc;
        //@ assert e >= 0 ==> p.slot < sb;
        //@ assert (e == HINDEX_END && !noslots) ==> p.slot < ns;
        if (e < 0) break;
    }
    int64_t f = hindex_find_ident(&t, &ents, ANY_I64(), Frama_C_unsigned_long_interval(0, UINTPTR_MAX));
    //@ assert f < (int64_t)hc;
    (void)hindex_slot(&t, any_index(ns));
    int64_t h;
    size_t x = any_index(hc);
    (void)hindex_entry_hash(&t, x, &h);
    if (noslots) (void)hindex_delete(&t, &ents, any_index(hc));
}

/* hindex_slot_of (a probe walk to any entry index, huge ones included) on the same
 * adversarial tables: units of their own, whose options do not split the walk's
 * hindex_probe_next results (split, its loop multiplied the states without bound). The
 * 8-slot table and the small maps only: on 16 slots the walk had not finished after 180
 * CPU seconds (docs/notes/verify12.md). */
static void t_slot_of(size_t ns, size_t hc, size_t el, bool noslots) {
    HIndex t;
    ValVec ents;
    if (!any_shaped_table(&t, &ents, ns, hc, el, noslots)) return;
    size_t sb = noslots ? hc : ns; // bound on a slot
    size_t so = hindex_slot_of(&t, any_index(hc));
    //@ assert so == HINDEX_NOSLOT || so < sb;
}

static void t_build(size_t width) {
    HIndex t;
    ValVec ents;
    hindex_init(&t, width);
    vec_init(&ents);
    // A failed insert (its allocation failed) ends the building: the table it leaves
    // goes through every call below. Going on after it, the 2^8 success/failure
    // histories were joined in this loop and the entry count lost its relation to the
    // hash array's size (19 false alarms).
    for (int k = 0; k < 8; k++) {
        KStatus s = hindex_insert_clean(&heap, &t, &ents, ANY_I64(), 8 + 8 * (Value)k, 3);
        if (s != K_OK) break;
    }
    //@ assert t.fill < t.nslots || t.nslots == 0;
    int64_t hash = ANY_I64();
    HProbe p;
    hindex_probe_init(&t, hash, &p);
    int64_t e = hindex_probe_next(&t, &p);
    if (e == HINDEX_END) {
        size_t ne;
        KStatus s = hindex_insert(&heap, &t, &ents, &p, hash, 200, 5, &ne);
        (void)s;
    }
    (void)hindex_find_ident(&t, &ents, hash, 200);
    (void)hindex_delete(&t, &ents, any_index(t.nslots));
    hindex_trim(&t, &ents);
    size_t live = heap.live_chunks;
    KStatus cs = hindex_compact(&heap, &t, &ents);
    //@ assert no_leak: heap.live_chunks <= live + 1;
    (void)cs;
    size_t minused = Frama_C_size_t_interval(0, 20);
    KStatus rs = hindex_resize(&heap, &t, &ents, minused);
    (void)rs;
    HIndex d;
    ValVec dents;
    hindex_init(&d, 1);
    vec_init(&dents);
    KStatus ks = hindex_copy(&heap, &d, &dents, &t, &ents);
    (void)ks;
    (void)hindex_copy(&heap, &t, &ents, &t, &ents);
    hindex_clear(&t, &ents);
    (void)hindex_size_for(SIZE_MAX);
}

/* Entries inside the owner (HInline): init on an empty map, then any number of appends
 * (up to 4: the third and later refuse without room) with any hashes and keys, a growth
 * off the inline arrays through insert_clean (its allocations may fail), and clear; also
 * init and append on an adversarial table-less map (any field values). */
static void t_inline(void) {
    static HInline s;
    HIndex t;
    ValVec ents;
    hindex_init(&t, 2);
    vec_init(&ents);
    KStatus is = hindex_init_inline(&t, &ents, &s);
    //@ assert is == K_OK;
    for (int k = 0; k < 4; k++) {
        KStatus a = hindex_append_small(&t, &ents, ANY_I64(), 8 + 8 * (Value)k, 3);
        if (a != K_OK) break;
    }
    (void)hindex_find_ident(&t, &ents, ANY_I64(), 16);
    KStatus c = hindex_insert_clean(&heap, &t, &ents, ANY_I64(), 64, 5);
    (void)c;
    hindex_clear(&t, &ents);
    HIndex u;
    ValVec uents;
    any_table(&u, &uents, 8, 3, 6);
    u.slots = NULL;
    u.nslots = Frama_C_size_t_interval(0, 1) * 8;
    (void)hindex_init_inline(&u, &uents, &s);
    (void)hindex_append_small(&u, &uents, ANY_I64(), 24, 3);
}

/* The gate units (eva_unit.h): each adversarial table shape, then each width built
 * through the API. */
EVA_UNIT(eva_hindex, probe8_empty, t_probe(8, 0, 0, false))
EVA_UNIT(eva_hindex, probe8, t_probe(8, 3, 5, false))
EVA_UNIT(eva_hindex, probe16, t_probe(16, 3, 4, false))
EVA_UNIT(eva_hindex, probe32, t_probe(32, 2, 6, false))
EVA_UNIT(eva_hindex, small_empty, t_probe(8, 0, 0, true))
EVA_UNIT(eva_hindex, small3, t_probe(8, 3, 6, true))
EVA_UNIT(eva_hindex, small5, t_probe(8, 5, 4, true))
EVA_UNIT(eva_hindex, small10, t_probe(8, 10, 20, true))
EVA_UNIT(eva_hindex, slotof8, t_slot_of(8, 3, 5, false))
EVA_UNIT(eva_hindex, slotof_small3, t_slot_of(8, 3, 6, true))
EVA_UNIT(eva_hindex, slotof_small5, t_slot_of(8, 5, 4, true))
EVA_UNIT(eva_hindex, slotof_small10, t_slot_of(8, 10, 20, true))
EVA_UNIT(eva_hindex, build1, t_build(1))
EVA_UNIT(eva_hindex, build2, t_build(2))
EVA_UNIT(eva_hindex, inline, t_inline())
