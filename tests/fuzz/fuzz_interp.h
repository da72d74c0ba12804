/*
 * fuzz_interp.h: shared setup for the libFuzzer harnesses that need a whole interpreter
 * (fuzz_run, fuzz_code, fuzz_num). Each input gets a fresh Interp built in one reused
 * region, talking to a host that discards output, refuses files, reads EOF and returns
 * fixed "random" bytes (so string hashing, hence set order, is the same on every run and
 * a crash replays exactly). Budgets: FZ_STEPS bytecode instructions, FZ_HEAP bytes of GC
 * heap, a small C stack and recursion limit, so every input ends quickly.
 *
 * Included by exactly one harness per binary (the functions are static).
 */
#ifndef SAFEPY_FUZZ_INTERP_H
#define SAFEPY_FUZZ_INTERP_H

#include <stdlib.h>
#include <string.h>

#include "../../src/enclave/host.h"
#include "../../src/kernel/heap.h"
#include "../../src/modules/builtins.h"
#include "../../src/modules/import.h"
#include "../../src/modules/sysmod.h"
#include "../../src/objects/exc.h"
#include "../../src/objects/interp.h"

#ifndef FZ_STEPS
#define FZ_STEPS 20000
#endif
#define FZ_HEAP ((size_t)48 << 20)

static int64_t fz_write(void *ctx, int fd, const uint8_t *p, size_t n) {
    (void)ctx, (void)fd, (void)p;
    return (int64_t)n;
}
static int64_t fz_read(void *ctx, int fd, uint8_t *p, size_t n) {
    (void)ctx, (void)fd, (void)p, (void)n;
    return 0;
}
static bool fz_isatty(void *ctx, int fd) {
    (void)ctx, (void)fd;
    return false;
}
static int64_t fz_open(void *ctx, const char *path, const char *mode) {
    (void)ctx, (void)path, (void)mode;
    return -HOST_ENOSYS;
}
static int64_t fz_fread(void *ctx, int64_t h, uint8_t *p, size_t n) {
    (void)ctx, (void)h, (void)p, (void)n;
    return -HOST_ENOSYS;
}
static int64_t fz_fwrite(void *ctx, int64_t h, const uint8_t *p, size_t n) {
    (void)ctx, (void)h, (void)p, (void)n;
    return -HOST_ENOSYS;
}
static int fz_fclose(void *ctx, int64_t h) {
    (void)ctx, (void)h;
    return -HOST_ENOSYS;
}
static int fz_stat(void *ctx, const char *path) {
    (void)ctx, (void)path;
    return 0;
}
static double fz_clock(void *ctx, int which) {
    (void)ctx, (void)which;
    return 1000.0;
}
static bool fz_random(void *ctx, uint8_t *p, size_t n) {
    (void)ctx;
    for (size_t i = 0; i < n; i++) p[i] = (uint8_t)(i * 37u + 11u);
    return true;
}
static bool fz_getcwd(void *ctx, char *p, size_t n) {
    (void)ctx, (void)p, (void)n;
    return false;
}

static const Host fz_host = {NULL,     fz_write,  fz_read,   fz_isatty, fz_open,   fz_fread,
                             fz_fwrite, fz_fclose, fz_stat,   fz_clock,  fz_random, fz_getcwd};

/* The interpreter for one input: a fresh one (in the previous one's region) every
 * FZ_REUSE inputs; in between the same one with its instruction budget renewed and no
 * exception pending. FZ_REUSE 1 (the default) makes every input independent; harnesses
 * whose inputs cannot change interpreter state (fuzz_num, fuzz_code) set it higher for
 * speed, since building an interpreter under ASan takes ~15 ms. */
#ifndef FZ_REUSE
#define FZ_REUSE 1
#endif
static Interp *fz_new_interp(void *stack_base) {
    static uint8_t *region;
    static Interp *cur;
    static unsigned uses;
    if (cur != NULL && ++uses < FZ_REUSE) {
        exc_clear(cur);
        heap_set_stack_base(cur->heap, (uintptr_t)stack_base);
        cur->limits.max_steps = cur->steps + FZ_STEPS;
        return cur;
    }
    uses = 0;
    size_t size = FZ_HEAP + heap_region_size(0) + FZ_HEAP / 32;
    if (region == NULL) region = malloc(size);
    if (region == NULL) abort();
    Limits lim;
    memset(&lim, 0, sizeof lim);
    lim.max_heap = FZ_HEAP;
    lim.c_stack = (size_t)1 << 20;
    lim.recursion_limit = 200;
    Interp *I = interp_new(region, size, &fz_host, &lim);
    if (I == NULL) abort();
    heap_set_stack_base(I->heap, (uintptr_t)stack_base);
    if (!import_init(I) || !builtins_init(I) || !sysmod_init(I, 0, NULL)) abort();
    I->limits.max_steps = I->steps + FZ_STEPS;
    cur = I;
    return I;
}

#endif
