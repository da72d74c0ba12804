/*
 * enclave.h: the trusted side of enclave mode. An interpreter created here talks to the
 * world only through the enclave host table (output becomes "out" frames on the reply
 * pipe; files, clock, randomness and the os module are refused) and is driven by
 * requests read from the request pipe (docs/ENCLAVE.md "Messages").
 */
#ifndef SAFEPY_ENCLAVE_ENCLAVE_H
#define SAFEPY_ENCLAVE_ENCLAVE_H

#include "../objects/interp.h"

/* The fixed descriptors of the sandboxed child. */
#define ENCLAVE_REQ_FD 3
#define ENCLAVE_REPLY_FD 4

typedef struct EnclaveConfig {
    size_t heap;           /* bytes of GC heap (fixed region mapped before sandboxing) */
    int64_t max_steps;     /* per request, 0: unlimited */
    int64_t max_output;    /* per request, 0: unlimited */
    int recursion_limit;   /* per request (sys.setrecursionlimit is reset before each) */
    size_t max_message;    /* largest request frame accepted */
    bool test_hooks;       /* accept the "test-syscall" request (tests only) */
} EnclaveConfig;

/* The host table of the trusted side. */
const Host *enclave_host(void);

/* Maps a fixed heap of cfg->heap bytes and builds an interpreter (builtins, sys, import
 * of frozen modules) talking to [host]. NULL when the heap cannot be mapped or is too
 * small. [stack_base]: an address in the caller's outermost frame. */
Interp *enclave_interp_new(const EnclaveConfig *cfg, const Host *host, void *stack_base);

/* Serves requests from ENCLAVE_REQ_FD until it ends; every request gets exactly one final
 * reply on ENCLAVE_REPLY_FD (after any "out" frames). Returns 0 at a clean end of input,
 * 1 when the request stream broke. */
int enclave_serve(Interp *I, const EnclaveConfig *cfg);

#endif
