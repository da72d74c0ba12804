/*
 * freezecode.c: the second freeze stage (build time, host). Linked with the whole
 * interpreter and the source-only table of frozen modules (tools/lzpack.c's output) into
 * the "stage-0" program $(BUILD)/stage0/freezecode, it compiles every frozen module
 * exactly as the importer would (the same minified text, filename "<frozen NAME>",
 * compile_source's defaults), marshals the code object (src/modules/marshal.h), checks
 * that marshal_load gives back a verified object (whose marshalling is a fixed point),
 * compresses the bytes (SPZ, tools/lzenc.c) and writes the final C table: each module's
 * compressed source and compressed code (src/modules/frozen.h).
 * The code keeps line numbers only: columns and end lines are left out (a quarter of the
 * compressed bytes) and recovered at run time by compiling the source again
 * (src/modules/frozenpos.h). That is sound only if compiling is deterministic: each
 * module is compiled twice here and both must give the same instructions and positions.
 * Each source is compressed again with its module's marshalled code as the preset
 * dictionary (frozen.h): the stage-0 table's standalone compressed sources are not kept.
 *   freezecode OUT.c
 * The output depends only on the sources and the compiler: a fixed hash key (the
 * marshalled set constants are sorted anyway), no time, no path. An unchanged OUT.c is
 * left untouched (its time stamp too). STATS=1 prints sizes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tools/lzenc.c"
#include "compiler/compile.h"
#include "enclave/posix_host.h"
#include "kernel/heap.h"
#include "modules/builtins.h"
#include "modules/frozen.h"
#include "modules/import.h"
#include "modules/marshal.h"
#include "modules/sysmod.h"
#include "objects/exc.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/code.h"

#define HEAP_BYTES ((size_t)512 << 20)

static bool fixed_random(void *ctx, uint8_t *p, size_t n) {
    (void)ctx;
    for (size_t i = 0; i < n; i++) p[i] = (uint8_t)(i * 29u + 3u);
    return true;
}

static void fail(Interp *I, const char *what) {
    fprintf(stderr, "freezecode: %s\n", what);
    if (I != NULL && I->exc != VAL_NULL) {
        Value e = exc_fetch(I);
        Value s = obj_repr(I, e);
        if (s != VAL_NULL) fprintf(stderr, "  %s\n", str_cstr(I, s));
    }
    exit(1);
}

// True when files [a] and [b] both exist with the same bytes.
static bool same_file(const char *a, const char *b) {
    FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
    bool same = fa != NULL && fb != NULL;
    while (same) {
        int ca = getc(fa), cb = getc(fb);
        if (ca != cb) same = false;
        if (ca == EOF || cb == EOF) break;
    }
    if (fa != NULL) fclose(fa);
    if (fb != NULL) fclose(fb);
    return same;
}

static void write_array(FILE *out, const char *kind, size_t k, const uint8_t *p, size_t n) {
    fprintf(out, "static const unsigned char frozen_%s_%zu[] = {", kind, k);
    for (size_t i = 0; i < n; i++) fprintf(out, "%s%u,", i % 24 == 0 ? "\n" : "", p[i]);
    fprintf(out, "\n};\n");
}

// True when code trees [a] and [b] have the same instructions and position tables (and
// the same tree shape), in marshal's reading order (frozenpos.c's preorder).
static bool same_tree(Value a, Value b) {
    CodeObject *ca = code_cast(a), *cb = code_cast(b);
    if ((ca == NULL) != (cb == NULL)) return false;
    if (ca != NULL) {
        if (ca->ninstr != cb->ninstr || ca->firstlineno != cb->firstlineno ||
            !bview_eq(code_positions(ca), code_positions(cb)))
            return false;
        for (size_t i = 0; i < ca->ninstr; i++)
            if (code_instr(ca, i) != code_instr(cb, i)) return false;
        return same_tree(ca->consts, cb->consts);
    }
    if (tuple_check(a) != tuple_check(b)) return false;
    if (!tuple_check(a)) return true;
    if (tuple_len(a) != tuple_len(b)) return false;
    for (size_t i = 0; i < tuple_len(a); i++)
        if (!same_tree(tuple_get(a, i), tuple_get(b, i))) return false;
    return true;
}

// Replaces the position table of every code object in [v] by its lines only (end line =
// line, columns 0).
static void strip_columns(Interp *I, Value v) {
    CodeObject *co = code_cast(v);
    if (co == NULL) {
        if (tuple_check(v))
            for (size_t i = 0; i < tuple_len(v); i++) strip_columns(I, tuple_get(v, i));
        return;
    }
    Value tv = code_new(I);
    CodeObject *t = tv == VAL_NULL ? NULL : code_cast(tv);
    if (t == NULL) fail(I, "out of memory");
    t->firstlineno = co->firstlineno;
    if (code_positions(co).n > 0) {
        for (size_t i = 0; i < co->ninstr; i++) {
            SrcPos p = code_pos(co, i);
            SrcPos l = {p.line, p.line, 0, 0};
            if (!code_emit(I, t, code_instr(co, i), l)) fail(I, "out of memory");
        }
        if (!code_set_positions(I, co, code_positions(t)) || !code_verify(I, co)) fail(I, "line table");
    }
    strip_columns(I, co->consts);
}

// The marshalled code of frozen module [k], compressed: *zn bytes (malloc'd); *plain
// gets the uncompressed size.
static uint8_t *freeze_one(Interp *I, size_t k, size_t *zn, size_t *plain, uint8_t **src_z, size_t *src_zn) {
    const FrozenModule *fm = &frozen_modules[k];
    Buf text;
    if (!import_frozen_source(I, k, &text)) fail(I, fm->name);
    Value name = str_from_cstr(I, fm->name);
    Value filename = name == VAL_NULL ? VAL_NULL : str_from_format(I, "<frozen %U>", name);
    if (filename == VAL_NULL) fail(I, "out of memory");
    Value code = compile_source(I, buf_view(&text), filename, COMPILE_EXEC);
    if (code == VAL_NULL) fail(I, fm->name);
    Value twice = compile_source(I, buf_view(&text), filename, COMPILE_EXEC);
    if (twice == VAL_NULL) fail(I, fm->name);
    if (!same_tree(code, twice)) {
        fprintf(stderr, "freezecode: %s: two compilations differ (frozenpos.h needs them equal)\n", fm->name);
        exit(1);
    }
    strip_columns(I, code);
    Buf data;
    buf_init(&data);
    if (!marshal_dump(I, code, MARSHAL_VERSION, &data)) fail(I, fm->name);
    // the importer's path: the bytes load (verified) and marshal to something that loads
    // and marshals to itself (loading interns names, so the first round may share more)
    Buf once = data;
    for (int round = 0; round < 2; round++) {
        size_t used = 0;
        Value back = marshal_load(I, buf_view(&once), &used);
        if (back == VAL_NULL || used != once.len) fail(I, "marshal_load does not take marshal_dump's output");
        Buf again;
        buf_init(&again);
        if (!marshal_dump(I, back, MARSHAL_VERSION, &again)) fail(I, fm->name);
        if (round == 1 && !bview_eq(buf_view(&again), buf_view(&once))) fail(I, "marshal round trip changes the code");
        once = again;
    }
    uint8_t *z = lzenc_compress(data.data, data.len, zn);
    if (z == NULL) fail(I, "code too large to compress");
    uint8_t *check = malloc(data.len + 1);
    BView zv = {z, *zn};
    if (check == NULL || lz_decode(zv, check, data.len) != K_OK || memcmp(check, data.data, data.len) != 0)
        fail(I, "the decoder does not give the code back");
    free(check);
    *plain = data.len;
    // the source, compressed after the code (its names, strings and docstrings are there):
    // a quarter smaller; decoding it (tracebacks, inspect) decodes the code first
    size_t both = data.len + text.len;
    uint8_t *joined = malloc(both + 1);
    if (joined == NULL) fail(NULL, "out of memory");
    memcpy(joined, data.data, data.len);
    if (text.len > 0) memcpy(joined + data.len, text.data, text.len);
    *src_z = lzenc_compress_pre(joined, data.len, both, src_zn);
    if (*src_z == NULL) fail(I, "source too large to compress");
    uint8_t *back = malloc(both + 1);
    BView sv = {*src_z, *src_zn};
    if (back == NULL || lz_decode_after(zv, back, 0, data.len) != K_OK ||
        lz_decode_after(sv, back, data.len, both) != K_OK || memcmp(back, joined, both) != 0)
        fail(I, "the decoder does not give the source back");
    free(back);
    free(joined);
    return z;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: freezecode OUT.c\n");
        return 2;
    }
    (void)lzenc_minify; // (lzpack minified the sources already)
    Host host = *posix_host();
    host.random = fixed_random;
    size_t size = HEAP_BYTES + heap_region_size(0) + HEAP_BYTES / 32;
    uint8_t *region = malloc(size);
    if (region == NULL) fail(NULL, "out of memory");
    Limits lim;
    memset(&lim, 0, sizeof lim);
    lim.max_heap = HEAP_BYTES;
    lim.c_stack = (size_t)4 << 20;
    lim.recursion_limit = 1000;
    Interp *I = interp_new(region, size, &host, &lim);
    if (I == NULL) fail(NULL, "cannot create the interpreter");
    heap_set_stack_base(I->heap, (uintptr_t)__builtin_frame_address(0));
    if (!import_init(I) || !builtins_init(I) || !sysmod_init(I, 0, NULL)) fail(I, "interpreter start-up");

    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
    FILE *out = fopen(tmp, "w");
    if (out == NULL) {
        perror(tmp);
        return 1;
    }
    size_t n = 0;
    while (frozen_modules[n].name != NULL) n++;
    size_t *zn = calloc(n + 1, sizeof *zn), *plain = calloc(n + 1, sizeof *plain);
    size_t *srczn = calloc(n + 1, sizeof *srczn);
    if (zn == NULL || plain == NULL || srczn == NULL) fail(NULL, "out of memory");
    size_t tot_src = 0, tot_code = 0, tot_plain = 0;
    fprintf(out, "/* Generated by tools/freezecode: frozen Python modules (source and code). "
                 "Do not edit. */\n#include \"modules/frozen.h\"\n");
    for (size_t k = 0; k < n; k++) {
        uint8_t *src_z;
        uint8_t *z = freeze_one(I, k, &zn[k], &plain[k], &src_z, &srczn[k]);
        write_array(out, "src", k, src_z, srczn[k]);
        write_array(out, "code", k, z, zn[k]);
        free(z);
        free(src_z);
        tot_src += srczn[k];
        tot_code += zn[k];
        tot_plain += plain[k];
    }
    fprintf(out, "const FrozenModule frozen_modules[] = {\n");
    for (size_t k = 0; k < n; k++) {
        const FrozenModule *fm = &frozen_modules[k];
        fprintf(out, "  {\"%s\", %d, frozen_src_%zu, %zu, %zu, frozen_code_%zu, %zu, %zu},\n", fm->name,
                fm->is_package, k, srczn[k], fm->size, k, zn[k], plain[k]);
    }
    fprintf(out, "  {0, 0, 0, 0, 0, 0, 0, 0}\n};\n");
    fprintf(out, "/* freezecode stats: source compressed %zu, code %zu compressed %zu */\n", tot_src, tot_plain,
            tot_code);
    free(zn);
    free(plain);
    free(srczn);
    if (fclose(out) != 0) {
        perror(tmp);
        return 1;
    }
    if (same_file(tmp, argv[1])) {
        remove(tmp); // unchanged: keep its time stamp (nothing to recompile)
    } else if (rename(tmp, argv[1]) != 0) {
        perror(argv[1]);
        return 1;
    }
    if (getenv("STATS") != NULL)
        fprintf(stderr, "freezecode: %zu modules, source compressed %zu, code %zu, compressed %zu\n", n, tot_src,
                tot_plain, tot_code);
    free(region);
    return 0;
}
