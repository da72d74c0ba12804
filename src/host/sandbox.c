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

#include "../enclave/seccomp_filter.h"

static bool seal(void) {
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) return false;
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return false;
    struct sock_fprog prog = {(unsigned short)(sizeof ENCLAVE_FILTER / sizeof ENCLAVE_FILTER[0]), (void *)ENCLAVE_FILTER};
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

// The request pipe [rq] and the reply pipe [rp]; false (nothing left open) on failure.
static bool pipe_pair(int (*rq)[2], int (*rp)[2]) {
    if (pipe(*rq) != 0) return false;
    if (pipe(*rp) == 0) return true;
    close((*rq)[0]);
    close((*rq)[1]);
    return false;
}

bool sandbox_start(const EnclaveConfig *cfg, Sandbox *sb) {
    int rq[2], rp[2];
    if (!pipe_pair(&rq, &rp)) return false;
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

/* ---- the freestanding image (`make enclave`): fork + exec ---- */

#define IMAGE_NUMS 6

// Decimal text of [x] in [out] (NUL-terminated).
static void fmt_u64(char (*out)[24], uint64_t x) {
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + x % 10);
        x /= 10;
    } while (x != 0 && n < 23);
    for (int k = 0; k < n; k++) (*out)[k] = tmp[n - 1 - k];
    (*out)[n] = '\0';
}

bool sandbox_start_image(const EnclaveConfig *cfg, const char *image, Sandbox *sb) {
    // Everything the child needs is prepared before fork (the child only moves
    // descriptors and calls execve).
    static const char *const NAMES[IMAGE_NUMS] = {"--heap", "--max-steps", "--max-output", "--recursion",
                                                  "--max-message", "--caps"};
    uint64_t vals[IMAGE_NUMS] = {cfg->heap, (uint64_t)cfg->max_steps, (uint64_t)cfg->max_output,
                                 (uint64_t)(cfg->recursion_limit > 0 ? cfg->recursion_limit : 1000),
                                 cfg->max_message, cfg->caps};
    char nums[IMAGE_NUMS][24];
    char *args[2 * IMAGE_NUMS + 4];
    int n = 0;
    args[n++] = (void *)image; // execve's argv is char *const[], yet it writes no string
    for (int k = 0; k < IMAGE_NUMS; k++) {
        fmt_u64(&nums[k], vals[k]);
        args[n++] = (void *)NAMES[k];
        args[n++] = nums[k];
    }
    if (cfg->test_hooks) args[n++] = "--test-hooks";
    if (cfg->no_reset) args[n++] = "--no-reset";
    args[n] = NULL;
    char *env[1] = {NULL};
    int rq[2], rp[2];
    if (!pipe_pair(&rq, &rp)) return false;
    pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
        // The image seals itself (no core dumps, no new privileges, the same filter).
        if (fix_fds(rq[0], rp[1])) execve(image, args, env);
        _exit(127);
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
