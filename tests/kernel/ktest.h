/*
 * ktest.h: the assert macros shared by the kernel unit tests (tests/kernel/test_*.c).
 * CHECK counts failures and prints where they happened; main ends with
 * `return ktest_done();`, which reports and gives the exit status.
 */
#ifndef SAFEPY_TESTS_KTEST_H
#define SAFEPY_TESTS_KTEST_H

#include <stdio.h>

static int ktest_failures;
static int ktest_checks;

#define CHECK(cond)                                                                       \
    do {                                                                                  \
        ktest_checks++;                                                                   \
        if (!(cond)) {                                                                    \
            ktest_failures++;                                                             \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);      \
        }                                                                                 \
    } while (0)

static inline int ktest_done(void) {
    if (ktest_failures != 0) {
        fprintf(stderr, "%d of %d checks failed\n", ktest_failures, ktest_checks);
        return 1;
    }
    printf("ok (%d checks)\n", ktest_checks);
    return 0;
}

#endif
