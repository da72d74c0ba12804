/*
 * test_checked.c: the overflow predicates of kernel/checked.h answer in every build,
 * MODE=unchecked included (`make MODE=unchecked build/unchecked/ktests/test_checked`): an
 * overflow is a normal outcome (`[0] * 2**62` reaches vec_repeat's size_mul and is a
 * MemoryError), not a broken invariant the measurement build may assume away (kcheck.h).
 */
#include <stdlib.h>
#include <sys/mman.h>

#include "kernel/checked.h"
#include "kernel/heap.h"
#include "kernel/vec.h"
#include "ktest.h"

int main(void) {
    // volatile: the answers come from the code, not from constant folding
    volatile size_t big = SIZE_MAX, one = 1, quarter = (size_t)1 << 62, four = 4;
    size_t out = 7;
    CHECK(!size_add(big, one, &out) && out == 7);
    CHECK(size_add(big - 1, one, &out) && out == SIZE_MAX);
    CHECK(!size_mul(quarter, four, &out) && out == SIZE_MAX);
    CHECK(size_mul(quarter, four - 1, &out) && out == 3 * ((size_t)1 << 62));
    CHECK(size_mul(0, big, &out) && out == 0);

    // [a, b, c, d] * 2**62: K_OVERFLOW before any allocation or copy
    size_t size = (size_t)4 << 20;
    uint8_t *region = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(region != MAP_FAILED);
    Heap *h = calloc(1, sizeof *h);
    CHECK(h != NULL && heap_init_fresh(h, region, size));
    h->inhibit = 1; // the vectors live in C locals only
    ValVec src, dst;
    vec_init(&src);
    vec_init(&dst);
    for (intptr_t i = 0; i < 4; i++) CHECK(vec_push(h, &src, val_from_small(i)) == K_OK);
    CHECK(vec_repeat(h, &dst, &src, quarter) == K_OVERFLOW && dst.len == 0);
    CHECK(vec_repeat(h, &dst, &src, 3) == K_OK && dst.len == 12);
    free(h);
    munmap(region, size);
    return ktest_done();
}
