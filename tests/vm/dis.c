/*
 * dis.c: debugging aid: compiles a Python file and prints the disassembly of its code
 * object and every nested code object. Build like test_verify (tests/vm/run.sh).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/compiler/compile.h"
#include "../../src/enclave/posix_host.h"
#include "../../src/objects/exc.h"
#include "../../src/objects/str.h"
#include "../../src/objects/tuple.h"
#include "../../src/vm/code.h"

static void dump(Interp *I, Value code) {
    CodeObject *co = code_cast(code);
    if (co == NULL) return;
    Value s = code_disassemble(I, co);
    if (s == VAL_NULL) return;
    BView v = str_view(s);
    fwrite(v.p, 1, v.n, stdout);
    printf("\n");
    for (size_t i = 0; i < tuple_len(co->consts); i++) {
        Value c = tuple_get(co->consts, i);
        if (code_cast(c) != NULL) dump(I, c);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    FILE *fp = fopen(argv[1], "rb");
    if (fp == NULL) return 2;
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf, fp);
    fclose(fp);
    size_t size = (size_t)256 << 20;
    uint8_t *region = malloc(size);
    Limits lim;
    memset(&lim, 0, sizeof lim);
    Interp *I = interp_new(region, size, posix_host(), &lim);
    if (I == NULL) return 2;
    BView src = {(const uint8_t *)buf, n};
    Value code = compile_source(I, src, str_from_cstr(I, argv[1]), COMPILE_EXEC);
    if (code == VAL_NULL) {
        Value m = exc_message(I, exc_fetch(I));
        printf("compile error: %.*s\n", (int)str_view(m).n, (const char *)str_view(m).p);
        return 1;
    }
    dump(I, code);
    return 0;
}
