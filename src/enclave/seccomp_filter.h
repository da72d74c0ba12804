/*
 * seccomp_filter.h: the seccomp BPF program of the enclave child (Linux), shared by the
 * forked child of safepy-host (src/host/sandbox.c) and the freestanding image, which
 * installs it itself (boundary.c, boundary_seal). Allowed: read on ENCLAVE_REQ_FD, write
 * on ENCLAVE_REPLY_FD, exit, exit_group, rt_sigreturn; anything else, or another
 * architecture, is SECCOMP_RET_KILL_PROCESS. Include after <linux/filter.h>,
 * <linux/seccomp.h>, <linux/audit.h> and <sys/syscall.h>.
 */
#ifndef SAFEPY_ENCLAVE_SECCOMP_FILTER_H
#define SAFEPY_ENCLAVE_SECCOMP_FILTER_H

#include <stddef.h>

#include "enclave.h"

#if defined(__x86_64__)
#define ENCLAVE_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define ENCLAVE_AUDIT_ARCH AUDIT_ARCH_AARCH64
#else
#error "seccomp_filter.h: add the AUDIT_ARCH of this machine"
#endif
#ifndef SECCOMP_RET_KILL_PROCESS
#define SECCOMP_RET_KILL_PROCESS 0x80000000U
#endif

#define ENCLAVE_LD_DATA(field) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, (uint32_t)offsetof(struct seccomp_data, field))
#define ENCLAVE_JEQ(k, jt, jf) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (uint32_t)(k), jt, jf)

// Positions: KILL is instruction 12, ALLOW 13 (jump offsets are relative to the next one).
static const struct sock_filter ENCLAVE_FILTER[] = {
    /* 0 */ ENCLAVE_LD_DATA(arch),
    /* 1 */ ENCLAVE_JEQ(ENCLAVE_AUDIT_ARCH, 0, 10),
    /* 2 */ ENCLAVE_LD_DATA(nr),
    /* 3 */ ENCLAVE_JEQ(__NR_read, 0, 2),
    /* 4 */ ENCLAVE_LD_DATA(args[0]),
    /* 5 */ ENCLAVE_JEQ(ENCLAVE_REQ_FD, 7, 6),
    /* 6 */ ENCLAVE_JEQ(__NR_write, 0, 2),
    /* 7 */ ENCLAVE_LD_DATA(args[0]),
    /* 8 */ ENCLAVE_JEQ(ENCLAVE_REPLY_FD, 4, 3),
    /* 9 */ ENCLAVE_JEQ(__NR_exit, 3, 0),
    /* 10 */ ENCLAVE_JEQ(__NR_exit_group, 2, 0),
    /* 11 */ ENCLAVE_JEQ(__NR_rt_sigreturn, 1, 0),
    /* 12 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
    /* 13 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
};

#endif
