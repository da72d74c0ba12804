/*
 * sandbox.h: starts the trusted interpreter in a child process under seccomp (Linux).
 * The child maps its fixed heap and builds its interpreter, moves its pipes to
 * ENCLAVE_REQ_FD / ENCLAVE_REPLY_FD, closes every other descriptor, forbids core dumps
 * and new privileges, and installs a BPF filter allowing only read on the request pipe,
 * write on the reply pipe, exit, exit_group and rt_sigreturn: any other system call
 * kills it (SIGSYS).
 */
#ifndef SAFEPY_HOST_SANDBOX_H
#define SAFEPY_HOST_SANDBOX_H

#include "../enclave/enclave.h"

typedef struct Sandbox {
    int pid;
    int req;    /* write end of the request pipe (host side) */
    int reply;  /* read end of the reply pipe (host side) */
} Sandbox;

/* Forks the child. False (with errno set) when the pipes or fork fail. */
bool sandbox_start(const EnclaveConfig *cfg, Sandbox *sb);

/* Forks a child that execs the freestanding trusted image [image] (`make enclave`) with
 * the request and reply pipes on ENCLAVE_REQ_FD / ENCLAVE_REPLY_FD, every other
 * descriptor closed, an empty environment and [cfg] on its command line; the image
 * installs the same seccomp filter itself. A failed exec ends the child with status 127. */
bool sandbox_start_image(const EnclaveConfig *cfg, const char *image, Sandbox *sb);

/* Closes the request pipe and waits for the child. Returns the wait status. */
int sandbox_stop(Sandbox *sb);

/* Waits for the child (already ending). Returns the wait status. */
int sandbox_wait(Sandbox *sb);

#endif
