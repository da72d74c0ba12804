/*
 * boundary.c: frames over pipes (boundary.h). Invariant: every byte read from the peer
 * lands in a checked Buf (or a fixed local array) and is handed on only as a whole frame
 * whose length was checked against the limit; nothing here interprets a payload (that is
 * wire_decode's job).
 */
#include "boundary.h"

#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "../objects/exc.h"
#include "wire.h"

#ifdef SAFEPY_FREESTANDING
/* ---- the freestanding image: raw system calls (x86-64), the only ones in the image ---- */
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>

#include "../kernel/freestanding.h"
#include "image.h"
#include "seccomp_filter.h"

#if !defined(__x86_64__)
#error "boundary.c: the freestanding image is implemented for x86-64 only"
#endif

/* The one function of the image that holds a system call instruction (checked by
 * tests/enclave/run_freestanding.sh on the linked image). */
__attribute__((noinline)) long boundary_syscall(long nr, long a, long b, long c, long d, long e, long f);
long boundary_syscall(long nr, long a, long b, long c, long d, long e, long f) {
    long r;
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    __asm__ volatile("syscall" : "=a"(r) : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return r;
}

__attribute__((noreturn)) static void sys_exit_group(int status) {
    for (;;) boundary_syscall(SYS_exit_group, status, 0, 0, 0, 0, 0);
}

static int64_t sys_read(int fd, void *p, size_t n) { return boundary_syscall(SYS_read, fd, (long)(uintptr_t)p, (long)n, 0, 0, 0); }

static int64_t sys_write(int fd, const void *p, size_t n) {
    return boundary_syscall(SYS_write, fd, (long)(uintptr_t)p, (long)n, 0, 0, 0);
}

static void *sys_map(size_t n) {
    long r = boundary_syscall(SYS_mmap, 0, (long)n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return r < 0 && r > -4096 ? NULL : (void *)(uintptr_t)r;
}

static long sys_getpid(void) { return boundary_syscall(SYS_getpid, 0, 0, 0, 0, 0, 0); }

/* The stack protector's failure path (-mstack-protector-guard=global): no message (the
 * reply pipe may be mid-frame), just the end of the process with status 127. */
__attribute__((noreturn)) void __stack_chk_fail(void);
void __stack_chk_fail(void) { sys_exit_group(127); }

bool boundary_seal(void) {
    // No core dumps (RLIMIT_CORE = 0), no new privileges, then the filter.
    struct {
        uint64_t cur, max;
    } none = {0, 0};
    if (boundary_syscall(SYS_prlimit64, 0, 4 /* RLIMIT_CORE */, (long)(uintptr_t)&none, 0, 0, 0) != 0) return false;
    if (boundary_syscall(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0, 0) != 0) return false;
    struct sock_fprog prog = {(unsigned short)(sizeof ENCLAVE_FILTER / sizeof ENCLAVE_FILTER[0]),
                              (void *)ENCLAVE_FILTER};
    return boundary_syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, (long)(uintptr_t)&prog, 0, 0, 0) == 0;
}

/* The entry point: the kernel jumps here with the initial stack (argc, argv, envp, aux
 * vector) at %rsp. Clear the frame pointer, align the stack, call boundary_start. */
__asm__(".text\n"
        ".globl _start\n.type _start,@function\n"
        "_start:\n"
        "\txor %ebp, %ebp\n"
        "\tmov %rsp, %rdi\n"
        "\tand $-16, %rsp\n"
        "\tcall boundary_start\n"
        "\thlt\n"
        ".size _start, .-_start\n");

__attribute__((noreturn, no_stack_protector)) void boundary_start(const void *sp);
void boundary_start(const void *sp) {
    freestanding_init_guard(sp);
    // %fs -> our TCB and TLS block, for glibc's libm (TLS stack guard, errno).
    if (boundary_syscall(SYS_arch_prctl, 0x1002 /* ARCH_SET_FS */, (long)(uintptr_t)freestanding_tcb(), 0, 0, 0, 0) != 0)
        sys_exit_group(5);
    if (!freestanding_init_libm(sp)) sys_exit_group(6);
    sys_exit_group(enclave_image_main(freestanding_argc(sp), freestanding_argv(sp)));
}

void boundary_exit(int status) { sys_exit_group(status); }

#else
/* ---- the hosted build: the C library's wrappers ---- */
#include <unistd.h>

static int64_t sys_read(int fd, void *p, size_t n) {
    ssize_t r = read(fd, p, n);
    return r < 0 ? -(int64_t)errno : (int64_t)r;
}

static int64_t sys_write(int fd, const void *p, size_t n) {
    ssize_t r = write(fd, p, n);
    return r < 0 ? -(int64_t)errno : (int64_t)r;
}

static void *sys_map(size_t n) {
    void *m = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return m == MAP_FAILED ? NULL : m;
}

static long sys_getpid(void) { return syscall(SYS_getpid); }
#endif

int64_t boundary_write_all(int fd, const uint8_t *p, size_t n) {
    BView v = {p, n};
    size_t done = 0;
    while (done < v.n) {
        BView rest = bview_slice(v, done, v.n);
        int64_t w = sys_write(fd, rest.p, rest.n);
        if (w < 0) {
            if (w == -EINTR) continue;
            return w;
        }
        done += (size_t)w;
    }
    return (int64_t)n;
}

// One read() of at most [n] bytes into [p]: count, 0 at EOF, -1 on error.
static int64_t read_some(int fd, uint8_t *p, size_t n) {
    for (;;) {
        int64_t r = sys_read(fd, p, n);
        if (r == -EINTR) continue;
        return r;
    }
}

// Reads exactly [n] bytes into [out] (appending) or, with out NULL, discards them.
// [*got] counts the bytes read (so a caller can tell a clean EOF from a cut frame).
static int read_exact(Interp *I, int fd, size_t n, Buf *out, size_t *got) {
    uint8_t chunk[16384];
    size_t done = 0;
    *got = 0;
    while (done < n) {
        size_t want = n - done < sizeof chunk ? n - done : sizeof chunk;
        int64_t r = read_some(fd, chunk, want);
        if (r <= 0) return FRAME_BROKEN;
        BView part = {chunk, (size_t)r};
        if (out != NULL && buf_append(I->heap, out, part) != K_OK) {
            exc_nomem(I);
            return FRAME_NOMEM;
        }
        done += (size_t)r;
        *got = done;
    }
    return FRAME_OK;
}

int boundary_read_frame(Interp *I, int fd, size_t max, Buf *out) {
    buf_init(out);
    Buf hdr;
    buf_init(&hdr);
    size_t got = 0;
    int hs = read_exact(I, fd, 4, &hdr, &got);
    if (hs == FRAME_BROKEN && got == 0) return FRAME_EOF;
    if (hs != FRAME_OK) return hs;
    uint32_t len = 0;
    if (!wire_get_u32(buf_view(&hdr), 0, &len)) return FRAME_BROKEN;
    size_t n = 0;
    if (len > max) {
        int st = read_exact(I, fd, len, NULL, &n);
        return st == FRAME_OK ? FRAME_TOO_LARGE : st;
    }
    if (buf_reserve(I->heap, out, len) != K_OK) {
        // Keep the stream in step even when the frame cannot be held.
        int st = read_exact(I, fd, len, NULL, &n);
        if (st != FRAME_OK) return st;
        exc_nomem(I);
        return FRAME_NOMEM;
    }
    return read_exact(I, fd, len, out, &n);
}

bool boundary_send(Interp *I, int fd, Value v) {
    // One buffer, one write: a 4-byte header placeholder, the value, then the header.
    Buf frame;
    buf_init(&frame);
    if (!wire_put_u32(I, &frame, 0) || !wire_encode(I, v, &frame, WIRE_MAX_DEPTH)) return false;
    BView b = buf_view(&frame);
    if (b.n - 4 > UINT32_MAX) return exc_raise(I, TY_VALUE_ERROR, "wire: message too large"), false;
    for (int k = 0; k < 4; k++) (void)buf_set(&frame, (size_t)k, (uint8_t)((uint32_t)(b.n - 4) >> (8 * k)));
    return boundary_write_all(fd, b.p, b.n) >= 0;
}

int64_t boundary_send_output(int fd, int stream, const uint8_t *p, size_t n) {
    if (n > UINT32_MAX - 64) return -EINVAL;
    // tuple of 3: "out", int stream, bytes data. Layout (all lengths u32 LE):
    //   t [3] s [3] "out" i [sign 0] [1] stream b [n] data
    uint8_t h[32];
    size_t k = 0;
    uint32_t body = 1 + 4 + (1 + 4 + 3) + (1 + 1 + 4 + 1) + (1 + 4) + (uint32_t)n;
    uint32_t nums[3] = {body, 3, 3};
    for (int b = 0; b < 4; b++) h[k++] = (uint8_t)(nums[0] >> (8 * b));
    h[k++] = WIRE_TUPLE;
    for (int b = 0; b < 4; b++) h[k++] = (uint8_t)(nums[1] >> (8 * b));
    h[k++] = WIRE_STR;
    for (int b = 0; b < 4; b++) h[k++] = (uint8_t)(nums[2] >> (8 * b));
    h[k++] = 'o';
    h[k++] = 'u';
    h[k++] = 't';
    h[k++] = WIRE_INT;
    h[k++] = 0;
    h[k++] = 1;
    h[k++] = 0;
    h[k++] = 0;
    h[k++] = 0;
    h[k++] = (uint8_t)(stream == HOST_STDERR ? 2 : 1); // canonical: never 0
    h[k++] = WIRE_BYTES;
    for (int b = 0; b < 4; b++) h[k++] = (uint8_t)((uint32_t)n >> (8 * b));
    int64_t r = boundary_write_all(fd, h, k);
    if (r < 0) return r;
    r = boundary_write_all(fd, p, n);
    return r < 0 ? r : (int64_t)n;
}

long boundary_forbidden_syscall(void) { return sys_getpid(); }

void *boundary_map(size_t n) { return sys_map(n); }
