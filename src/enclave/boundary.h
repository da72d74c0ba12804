/*
 * boundary.h: the transport of the Linux enclave: length-prefixed frames (a u32
 * little-endian payload length, then one wire value) over the request and reply pipes.
 * These are the only functions of the trusted side that make system calls (read on the
 * request descriptor, write on the reply descriptor; mmap before the sandbox is sealed);
 * the seccomp filter allows nothing else. tests/enclave/check_trusted.sh checks that no
 * other trusted object references a system call wrapper.
 */
#ifndef SAFEPY_ENCLAVE_BOUNDARY_H
#define SAFEPY_ENCLAVE_BOUNDARY_H

#include "../kernel/buf.h"
#include "../objects/interp.h"

/* Results of boundary_read_frame. */
#define FRAME_OK 1
#define FRAME_EOF 0         /* clean end of input at a frame boundary */
#define FRAME_BROKEN (-1)   /* read error, or end of input inside a frame */
#define FRAME_TOO_LARGE (-2) /* the frame exceeded the limit; its bytes were skipped */
#define FRAME_NOMEM (-3)    /* MemoryError pending */

/* Writes all [n] bytes at [p] to [fd]. n or -errno. */
int64_t boundary_write_all(int fd, const uint8_t *p, size_t n);

/* Reads the next frame's payload from [fd] into [out] (re-initialised). A frame longer
 * than [max] is read and discarded (the stream stays in step) and gives FRAME_TOO_LARGE. */
int boundary_read_frame(Interp *I, int fd, size_t max, Buf *out);

/* Encodes [v] (wire.h) and writes it as one frame to [fd]. False with an exception pending
 * when [v] cannot be encoded; false without one when the write failed. */
bool boundary_send(Interp *I, int fd, Value v);

/* Writes one frame holding ("out", [stream], bytes [p, n]) without allocating: the OCALL
 * that carries print() output to the host. n or -errno. */
int64_t boundary_send_output(int fd, int stream, const uint8_t *p, size_t n);

/* Reserves [n] bytes of zeroed memory (anonymous, committed only when touched) for the
 * heap or the snapshot buffer. Called only before the sandbox is sealed. NULL on failure. */
void *boundary_map(size_t n);

/* Test hook: makes a system call the sandbox forbids (getpid). */
long boundary_forbidden_syscall(void);

#ifdef SAFEPY_FREESTANDING
/* The freestanding image only (`make enclave`), where this file also holds the entry
 * point (_start) and the raw system calls. */

/* Forbids core dumps and new privileges and installs the seccomp filter
 * (seccomp_filter.h). False when the kernel refused. */
bool boundary_seal(void);

/* Ends the process (exit_group). */
__attribute__((noreturn)) void boundary_exit(int status);
#endif

#endif
