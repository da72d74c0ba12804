/*
 * enclave.h: the trusted side of enclave mode. An interpreter created here talks to the
 * world only through the enclave host table (ocall.c: output becomes "out" frames on the
 * reply pipe; clock, randomness and blobs are OCALLs granted by capability; files other
 * than the loaded sources and the os module's operations are refused) and is driven by
 * requests read from the request pipe (docs/ENCLAVE.md "Messages"). Its heap is
 * restored from a snapshot between requests (kernel/snapshot.h) and it reports a
 * measurement of its image, frozen library and loaded sources (report.c).
 */
#ifndef SAFEPY_ENCLAVE_ENCLAVE_H
#define SAFEPY_ENCLAVE_ENCLAVE_H

#include "../kernel/snapshot.h"
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
    unsigned caps;         /* ENCLAVE_CAP_* the host grants */
    bool no_reset;         /* keep state from one request to the next (no snapshot) */
} EnclaveConfig;

/* Capabilities: each OCALL the host may grant or deny (docs/ENCLAVE.md "OCALLs"). */
#define ENCLAVE_CAP_STDOUT 1u  /* print() and sys.stdout/stderr writes ("out" frames) */
#define ENCLAVE_CAP_INPUT 2u   /* enclave.read_input(NAME) */
#define ENCLAVE_CAP_OUTPUT 4u  /* enclave.write_output(NAME, DATA) */
#define ENCLAVE_CAP_CLOCK 8u   /* time.time() and the other clocks */
#define ENCLAVE_CAP_RANDOM 16u /* os.urandom, random seeding, hash randomisation */

/* The trusted side's state outside the heap: it must survive a heap restore. It lives in
 * the outermost frame of the enclave (the sandboxed child's entry function). */
typedef struct EnclaveState {
    const EnclaveConfig *cfg;
    Host host;                /* the enclave host table; host.ctx points here */
    Interp *I;
    bool serving;             /* the pipes are in place: OCALLs may be made */
    bool sealed;              /* a run/call/reset happened: no more loads */
    bool dirty;               /* the heap changed since the snapshot: restore it */
    bool want_snapshot;       /* take a (new) snapshot before the next request */
    HeapSnapshot snap;
    uint8_t image[32];        /* SHA-256 of the read-only segments (kernel/measure.h) */
    size_t image_bytes;
    uint8_t stdlib[32];       /* SHA-256 of the frozen standard library */
    size_t stdlib_modules;
    uint8_t sources[32];      /* hash chain over the loaded modules (name, source) */
    size_t nsources;
    /* Open "files" (sources served to the traceback printer, see ocall.c): the source
     * bytes (also held by the registry, so kept alive) and the read offset. */
    struct {
        Value src;
        size_t off;
    } files[4];
} EnclaveState;

/* Fills st->host with the enclave host table (ctx = st) for [cfg]; st->I stays NULL
 * until the interpreter exists. */
void enclave_state_init(EnclaveState *st, const EnclaveConfig *cfg);

/* Reserves the snapshot buffer for [st]'s heap (before sandboxing: it maps memory). False
 * when it cannot (then requests run without reset). */
bool enclave_map_snapshot(EnclaveState *st);

/* Installs the Python module `enclave` (read_input, write_output, capabilities) in
 * [st]'s interpreter. False with an exception pending. */
bool enclave_install_module(EnclaveState *st);

/* Maps a fixed heap of cfg->heap bytes and builds an interpreter (builtins, sys, import
 * of frozen modules) talking to [host]. NULL when the heap cannot be mapped or is too
 * small. [stack_base]: an address in the caller's outermost frame. */
Interp *enclave_interp_new(const EnclaveConfig *cfg, const Host *host, void *stack_base);

/* Measures the trusted image and the frozen standard library into [st] and starts the
 * source chain (report.c). False when the image cannot be measured. */
bool enclave_measure_init(EnclaveState *st);

/* Extends the source chain with module file [filename] and its [source] (both str). */
bool enclave_measure_source(EnclaveState *st, Value filename, Value source);

/* The report ECALL's answer: a dict of the measurements (hex SHA-256 digests), the
 * snapshot size and the granted capabilities. VAL_NULL with an exception pending. */
Value enclave_report(EnclaveState *st);

/* Registers [source] (str) as the text of file [filename] (str) for the duration of the
 * current state (until the next restore, or for good when done before the snapshot), so
 * tracebacks made inside show source lines. False with an exception pending. */
bool enclave_register_source(EnclaveState *st, Value filename, Value source);

/* Forgets the open source files (their contents may be gone after a restore). */
void enclave_close_files(EnclaveState *st);

/* Serves requests from ENCLAVE_REQ_FD until it ends; every request gets exactly one final
 * reply on ENCLAVE_REPLY_FD (after any "out" frames). Returns 0 at a clean end of input,
 * 1 when the request stream broke. */
int enclave_serve(EnclaveState *st);

#endif
