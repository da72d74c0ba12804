/*
 * freestanding.c: the C runtime of the freestanding trusted image (freestanding.h).
 * Compiled only with -DSAFEPY_FREESTANDING (`make enclave`); empty otherwise, so the
 * hosted build keeps using its C library. Invariant: nothing here makes a system call or
 * refers to a symbol outside the image; the loops are written so the compiler cannot
 * turn them back into calls to the functions being defined (rep movsb/stosb for the bulk
 * copies, and loop distribution into library calls disabled for this file). It also
 * stands in for glibc's start-up code towards glibc's static libm (TLS errno, CPU
 * features, IRELATIVE relocations, qsort: see the last section).
 */
#include "freestanding.h"

#ifdef SAFEPY_FREESTANDING

#include <stdbool.h>
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

/* The thread pointer block (freestanding.h): the static TLS block of the image (x86-64
 * TLS variant II: just below the thread pointer) followed by the TCB %fs points to,
 * [0] self, [5] (offset 0x28) the guard. 64-byte alignment covers any TLS alignment up
 * to 64; the block's size is checked against PT_TLS at start. */
#define TLS_ROOM 256
static struct {
    unsigned char tls[TLS_ROOM];
    uintptr_t tcb[8];
} __attribute__((aligned(64))) tp_block;

void *freestanding_tcb(void) { return tp_block.tcb; }

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
    tp_block.tcb[0] = (uintptr_t)tp_block.tcb;
    tp_block.tcb[5] = __stack_chk_guard;
}

/* ---- what glibc's static libm expects from its C library ----
 * The image links glibc's own libm (libm-2.36.a) so that its math is bit-identical to the
 * normal build's (docs/ENCLAVE.md "Freestanding image"). That archive needs: errno as a
 * thread-local variable (also under libc's alias __libc_errno), so a real static TLS
 * block; `_dl_x86_cpu_features`, which its IFUNC resolvers read to choose a variant
 * (sse2 / avx / fma / fma4 of sin, exp, atan2...); the IRELATIVE relocations those
 * resolvers answer, which glibc's start-up code would apply; and qsort (clog's x2y2m1). */

__thread int errno;
extern __thread int __libc_errno __attribute__((alias("errno")));

#define AT_PHDR_ 3
#define AT_PHNUM_ 5

static uintptr_t auxv_get(const void *sp, uintptr_t type) {
    const uintptr_t *w = sp;
    size_t k = 1 + (size_t)w[0] + 1; // past argc, argv and its NULL
    while (w[k] != 0) k++;           // past envp
    for (k++; w[k] != AT_NULL_; k += 2) {
        if (w[k] == type) return w[k + 1];
    }
    return 0;
}

/* ELF64 program header and RELA entry (the fields used). */
typedef struct {
    uint32_t type, flags;
    uint64_t offset, vaddr, paddr, filesz, memsz, align;
} FsPhdr;
typedef struct {
    uint64_t offset, info;
    int64_t addend;
} FsRela;
#define PT_TLS_ 7
#define R_X86_64_IRELATIVE_ 37

static bool init_tls(const void *sp) {
    const FsPhdr *ph = (const FsPhdr *)auxv_get(sp, AT_PHDR_);
    size_t n = (size_t)auxv_get(sp, AT_PHNUM_);
    if (ph == NULL) return false;
    for (size_t i = 0; i < n; i++) {
        if (ph[i].type != PT_TLS_) continue;
        uint64_t align = ph[i].align ? ph[i].align : 1;
        if (align > 64 || (align & (align - 1)) != 0 || ph[i].filesz > ph[i].memsz || ph[i].memsz > TLS_ROOM) return false;
        // The block ends at the thread pointer; the linker placed the variables at
        // -round_up(memsz, align) from it.
        size_t size = (size_t)((ph[i].memsz + align - 1) & ~(align - 1));
        if (size > TLS_ROOM) return false;
        unsigned char *block = tp_block.tls + (TLS_ROOM - size);
        memcpy(block, (const void *)(uintptr_t)ph[i].vaddr, (size_t)ph[i].filesz);
        memset(block + ph[i].filesz, 0, size - (size_t)ph[i].filesz);
    }
    return true;
}

/* The part of glibc 2.36's struct cpu_features (sysdeps/x86/include/cpu-features.h) that
 * libm's resolvers read: after five words of basic information, one entry per CPUID leaf
 * (CPUID_INDEX_1, CPUID_INDEX_7, CPUID_INDEX_80000001, ...), each the raw registers then
 * the "active" (usable) bits. The resolvers test active bits only: leaf 1 ECX (SSE4.1,
 * FMA, AVX), leaf 7 EBX (AVX2), leaf 0x80000001 ECX (FMA4); run_freestanding.sh checks
 * that the linked resolvers read nothing else. The rest of glibc's struct is never read;
 * `rest` keeps the object as large as a reader could assume. */
typedef struct {
    uint32_t cpuid[4]; // eax, ebx, ecx, edx
    uint32_t active[4];
} FsCpuidLeaf;
typedef struct {
    uint32_t basic[5]; // kind, max_cpuid, family, model, stepping
    FsCpuidLeaf leaf[3];
    uint32_t rest[128];
} FsCpuFeatures;

FsCpuFeatures fs_cpu_features __asm__("_dl_x86_cpu_features");

enum { R_EAX, R_EBX, R_ECX, R_EDX };
#define L1_ECX_FMA (1u << 12)
#define L1_ECX_SSE4_1 (1u << 19)
#define L1_ECX_OSXSAVE (1u << 27)
#define L1_ECX_AVX (1u << 28)
#define L7_EBX_AVX2 (1u << 5)
#define LX1_ECX_FMA4 (1u << 16)

static void cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4]) {
    __asm__ volatile("cpuid" : "=a"(r[R_EAX]), "=b"(r[R_EBX]), "=c"(r[R_ECX]), "=d"(r[R_EDX]) : "a"(leaf), "c"(sub));
}

/* The same rules as glibc 2.36's update_active for the bits above: SSE4.1 when the CPU
 * has it; AVX only when the OS saves the XMM and YMM state (OSXSAVE, XCR0 bits 1 and 2);
 * FMA, AVX2 and FMA4 only when AVX is usable. */
static void init_cpu_features(void) {
    FsCpuFeatures *f = &fs_cpu_features;
    uint32_t r[4];
    cpuid(0, 0, r);
    uint32_t max = r[R_EAX];
    f->basic[1] = max;
    cpuid(1, 0, f->leaf[0].cpuid);
    if (max >= 7) cpuid(7, 0, f->leaf[1].cpuid);
    cpuid(0x80000000u, 0, r);
    if (r[R_EAX] >= 0x80000001u) cpuid(0x80000001u, 0, f->leaf[2].cpuid);
    uint32_t ecx1 = f->leaf[0].cpuid[R_ECX];
    f->leaf[0].active[R_ECX] = ecx1 & L1_ECX_SSE4_1;
    bool avx = false;
    if (ecx1 & L1_ECX_OSXSAVE) {
        uint32_t lo, hi;
        __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
        avx = (lo & 6u) == 6u && (ecx1 & L1_ECX_AVX) != 0;
    }
    if (avx) {
        f->leaf[0].active[R_ECX] |= L1_ECX_AVX | (ecx1 & L1_ECX_FMA);
        f->leaf[1].active[R_EBX] = f->leaf[1].cpuid[R_EBX] & L7_EBX_AVX2;
        f->leaf[2].active[R_ECX] = f->leaf[2].cpuid[R_ECX] & LX1_ECX_FMA4;
    }
}

/* The IRELATIVE relocations of a static executable (bounds from the linker script). */
extern const FsRela __rela_iplt_start[] __attribute__((weak));
extern const FsRela __rela_iplt_end[] __attribute__((weak));

bool freestanding_init_libm(const void *sp) {
    if (!init_tls(sp)) return false;
    init_cpu_features();
    for (const FsRela *r = __rela_iplt_start; r < __rela_iplt_end; r++) {
        if ((uint32_t)r->info != R_X86_64_IRELATIVE_) return false;
        uintptr_t (*resolver)(void) = (uintptr_t(*)(void))(uintptr_t)r->addend;
        *(uintptr_t *)(uintptr_t)r->offset = resolver();
    }
    return true;
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));

/* Stable insertion sort: for a consistent comparator its result is the unique stable
 * order, the same as glibc's merge sort gives (x2y2m1 sorts five doubles). */
NO_LIBCALL void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    unsigned char *b = base;
    for (size_t i = 1; i < n; i++) {
        for (size_t j = i; j > 0 && cmp(b + (j - 1) * size, b + j * size) > 0; j--) {
            unsigned char *p = b + (j - 1) * size, *q = b + j * size;
            for (size_t k = 0; k < size; k++) {
                unsigned char t = p[k];
                p[k] = q[k];
                q[k] = t;
            }
        }
    }
}

#endif /* SAFEPY_FREESTANDING */
