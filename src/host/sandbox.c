/*
 * sandbox.c: the child process of safepy-host (sandbox.h). Untrusted-side code: it runs
 * only before the sandbox is sealed; after seccomp the child executes nothing but the
 * trusted request loop (enclave_serve).
 * Invariant: the filter is installed before the first byte of a request is read.
 */
#include "sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__x86_64__)
#define SANDBOX_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define SANDBOX_ARCH AUDIT_ARCH_AARCH64
#else
#error "sandbox.c: add the AUDIT_ARCH of this machine"
#endif
#ifndef SECCOMP_RET_KILL_PROCESS
#define SECCOMP_RET_KILL_PROCESS 0x80000000U
#endif

#define LD_DATA(field) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, (uint32_t)offsetof(struct seccomp_data, field))
#define JEQ(k, jt, jf) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (uint32_t)(k), jt, jf)

// Positions: KILL is instruction 12, ALLOW 13 (jump offsets are relative to the next one).
static const struct sock_filter FILTER[] = {
    /* 0 */ LD_DATA(arch),
    /* 1 */ JEQ(SANDBOX_ARCH, 0, 10),
    /* 2 */ LD_DATA(nr),
    /* 3 */ JEQ(__NR_read, 0, 2),
    /* 4 */ LD_DATA(args[0]),
    /* 5 */ JEQ(ENCLAVE_REQ_FD, 7, 6),
    /* 6 */ JEQ(__NR_write, 0, 2),
    /* 7 */ LD_DATA(args[0]),
    /* 8 */ JEQ(ENCLAVE_REPLY_FD, 4, 3),
    /* 9 */ JEQ(__NR_exit, 3, 0),
    /* 10 */ JEQ(__NR_exit_group, 2, 0),
    /* 11 */ JEQ(__NR_rt_sigreturn, 1, 0),
    /* 12 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
    /* 13 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
};

static bool seal(void) {
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) return false;
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return false;
    struct sock_fprog prog = {(unsigned short)(sizeof FILTER / sizeof FILTER[0]), (void *)FILTER};
    return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) == 0 ||
           prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0) == 0;
}

// Moves [req] and [reply] to the fixed descriptors and closes every other one.
static bool fix_fds(int req, int reply) {
    // pipe() may have returned 3 or 4 itself: go above them first.
    int a = fcntl(req, F_DUPFD, 10), b = fcntl(reply, F_DUPFD, 10);
    if (a < 0 || b < 0) return false;
    if (dup2(a, ENCLAVE_REQ_FD) < 0 || dup2(b, ENCLAVE_REPLY_FD) < 0) return false;
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) max = 65536;
    for (int fd = 0; fd < (int)max; fd++) {
        if (fd != ENCLAVE_REQ_FD && fd != ENCLAVE_REPLY_FD) close(fd);
    }
    return true;
}

static void child(const EnclaveConfig *cfg, int req, int reply) {
    EnclaveState st; // outside the heap: survives every heap restore
    enclave_state_init(&st, cfg);
    // The stack base is this frame's top, so the collector also sees st's fields.
    st.I = enclave_interp_new(cfg, &st.host, __builtin_frame_address(0));
    if (st.I == NULL || !enclave_install_module(&st) || !fix_fds(req, reply)) _exit(3);
    enclave_map_snapshot(&st);
    if (!seal()) _exit(4);
    int status = enclave_serve(&st);
    syscall(SYS_exit_group, status);
}

bool sandbox_start(const EnclaveConfig *cfg, Sandbox *sb) {
    int rq[2], rp[2];
    if (pipe(rq) != 0) return false;
    if (pipe(rp) != 0) {
        close(rq[0]);
        close(rq[1]);
        return false;
    }
    pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
        child(cfg, rq[0], rp[1]);
        _exit(5);
    }
    close(rq[0]);
    close(rp[1]);
    fcntl(rq[1], F_SETFD, FD_CLOEXEC);
    fcntl(rp[0], F_SETFD, FD_CLOEXEC);
    sb->pid = (int)pid;
    sb->req = rq[1];
    sb->reply = rp[0];
    return true;
}

static int wait_child(Sandbox *sb) {
    int status = 0;
    if (sb->pid <= 0) return 0;
    while (waitpid(sb->pid, &status, 0) < 0) {
        if (errno != EINTR) return 0;
    }
    sb->pid = 0;
    return status;
}

int sandbox_stop(Sandbox *sb) {
    if (sb->req >= 0) close(sb->req);
    sb->req = -1;
    int st = wait_child(sb);
    if (sb->reply >= 0) close(sb->reply);
    sb->reply = -1;
    return st;
}

int sandbox_wait(Sandbox *sb) { return wait_child(sb); }
