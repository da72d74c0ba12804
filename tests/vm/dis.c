/*
 * dis.c: debugging aid: compiles a Python file and prints the disassembly of its code
 * object and every nested one (vm/dis.c). Build like test_verify (tests/vm/run.sh).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/compiler/compile.h"
#include "../../src/enclave/posix_host.h"
#include "../../src/objects/exc.h"
#include "../../src/objects/str.h"
#include "../../src/vm/dis.h"

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
    StrBuilder sb;
    sb_init(&sb);
    if (code == VAL_NULL || !dis_code(I, code, &sb)) {
        Value m = exc_message(I, exc_fetch(I));
        printf("error: %.*s\n", (int)str_view(m).n, (const char *)str_view(m).p);
        return 1;
    }
    Value s = sb_finish(I, &sb);
    fwrite(str_view(s).p, 1, str_view(s).n, stdout);
    return 0;
}
