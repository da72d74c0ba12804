/*
 * freestanding.c: the C runtime of the freestanding trusted image (freestanding.h).
 * Compiled only with -DSAFEPY_FREESTANDING (`make enclave`); empty otherwise, so the
 * hosted build keeps using its C library. Invariant: nothing here makes a system call or
 * refers to a symbol outside the image; the loops are written so the compiler cannot
 * turn them back into calls to the functions being defined (rep movsb/stosb for the bulk
 * copies, and loop distribution into library calls disabled for this file).
 */
#include "freestanding.h"

#ifdef SAFEPY_FREESTANDING

#include <stddef.h>

#if !defined(__x86_64__)
#error "freestanding.c: the freestanding image is implemented for x86-64 only"
#endif

#if defined(__GNUC__) && !defined(__clang__)
#define NO_LIBCALL __attribute__((optimize("no-tree-loop-distribute-patterns")))
#else
#define NO_LIBCALL
#endif

void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
int bcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);

// Forward byte copy; also correct for overlapping ranges with dst below src (rep movsb
// behaves as the sequential byte loop, whatever the CPU's fast-string tricks).
static void copy_forward(void *dst, const void *src, size_t n) {
    __asm__ volatile("rep movsb" : "+D"(dst), "+S"(src), "+c"(n) : : "memory");
}

void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
    copy_forward(dst, src, n);
    return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
    uintptr_t d = (uintptr_t)dst, s = (uintptr_t)src;
    if (d - s >= n) { // dst below src, or no overlap
        copy_forward(dst, src, n);
        return dst;
    }
    // Backwards: copy from the last byte down.
    void *de = (unsigned char *)dst + n - 1;
    const void *se = (const unsigned char *)src + n - 1;
    __asm__ volatile("std\n\trep movsb\n\tcld" : "+D"(de), "+S"(se), "+c"(n) : : "memory");
    return dst;
}

void *memset(void *dst, int c, size_t n) {
    void *d = dst;
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
    return dst;
}

NO_LIBCALL int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *p = a, *q = b;
    for (size_t i = 0; i < n; i++) {
        if (p[i] != q[i]) return p[i] < q[i] ? -1 : 1;
    }
    return 0;
}

NO_LIBCALL int bcmp(const void *a, const void *b, size_t n) { return memcmp(a, b, n); }

NO_LIBCALL void *memchr(const void *s, int c, size_t n) {
    const unsigned char *p = s;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == (unsigned char)c) return (void *)(uintptr_t)(p + i);
    }
    return NULL;
}

NO_LIBCALL size_t strlen(const char *s) {
    size_t n = 0;
    while (s[n] != '\0') n++;
    return n;
}

/* setjmp/longjmp on glibc's jmp_buf layout (the first 8 words: rbx, rbp, r12-r15, rsp,
 * return address; the signal mask part is unused: there are no signals here). */
__asm__(".text\n"
        ".globl setjmp\n.type setjmp,@function\n"
        ".globl _setjmp\n.type _setjmp,@function\n"
        "setjmp:\n_setjmp:\n"
        "\tmov %rbx, 0(%rdi)\n"
        "\tmov %rbp, 8(%rdi)\n"
        "\tmov %r12, 16(%rdi)\n"
        "\tmov %r13, 24(%rdi)\n"
        "\tmov %r14, 32(%rdi)\n"
        "\tmov %r15, 40(%rdi)\n"
        "\tlea 8(%rsp), %rdx\n"
        "\tmov %rdx, 48(%rdi)\n"
        "\tmov (%rsp), %rdx\n"
        "\tmov %rdx, 56(%rdi)\n"
        "\txor %eax, %eax\n"
        "\tret\n"
        ".size setjmp, .-setjmp\n.size _setjmp, .-_setjmp\n"
        ".globl longjmp\n.type longjmp,@function\n"
        "longjmp:\n"
        "\tmov %esi, %eax\n"
        "\ttest %eax, %eax\n"
        "\tjnz 1f\n"
        "\tinc %eax\n"
        "1:\n"
        "\tmov 0(%rdi), %rbx\n"
        "\tmov 8(%rdi), %rbp\n"
        "\tmov 16(%rdi), %r12\n"
        "\tmov 24(%rdi), %r13\n"
        "\tmov 32(%rdi), %r14\n"
        "\tmov 40(%rdi), %r15\n"
        "\tmov 48(%rdi), %rsp\n"
        "\tjmp *56(%rdi)\n"
        ".size longjmp, .-longjmp\n");

/* The guard -mstack-protector-guard=global compares against; set once at start. */
uintptr_t __stack_chk_guard;

/* The TCB %fs points to (freestanding.h): [0] self, [5] (offset 0x28) the guard. */
static uintptr_t tcb[8];

void *freestanding_tcb(void) { return tcb; }

int freestanding_argc(const void *sp) { return (int)*(const uintptr_t *)sp; }

char **freestanding_argv(const void *sp) { return (char **)((const uintptr_t *)sp + 1); }

#define AT_NULL_ 0
#define AT_RANDOM_ 25

__attribute__((no_stack_protector)) void freestanding_init_guard(const void *sp) {
    const uintptr_t *w = sp;
    size_t argc = (size_t)w[0];
    size_t k = 1 + argc + 1; // past argv and its NULL
    while (w[k] != 0) k++;   // past envp
    k++;
    uintptr_t g = 0;
    for (; w[k] != AT_NULL_; k += 2) {
        if (w[k] == AT_RANDOM_ && w[k + 1] != 0) {
            const unsigned char *r = (const unsigned char *)w[k + 1];
            for (size_t j = 0; j < sizeof g; j++) g |= (uintptr_t)r[j] << (8 * j);
        }
    }
    if (g == 0) g = (uintptr_t)0x5afe9a7d0c0ffee0ULL ^ (uintptr_t)sp; // no AT_RANDOM: best effort
    __stack_chk_guard = g & ~(uintptr_t)0xff;
    tcb[0] = (uintptr_t)tcb;
    tcb[5] = __stack_chk_guard;
}

#endif /* SAFEPY_FREESTANDING */
