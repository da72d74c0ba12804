/*
 * image.h: the main function of the freestanding trusted image (`make enclave`:
 * build/enclave/safepy-trusted), which safepy-host --image starts with fork + exec.
 */
#ifndef SAFEPY_ENCLAVE_IMAGE_H
#define SAFEPY_ENCLAVE_IMAGE_H

/* Reads the configuration from the command line, maps the heap, builds the interpreter,
 * installs the seccomp filter itself and serves requests on ENCLAVE_REQ_FD /
 * ENCLAVE_REPLY_FD (which the host set up before exec) until the request pipe closes.
 *   safepy-trusted [--heap N] [--max-steps N] [--max-output N] [--recursion N]
 *                  [--max-message N] [--caps BITS] [--test-hooks] [--no-reset]
 * (N, BITS: decimal). Returns the exit status: 0 at a clean end, 1 when the stream broke,
 * 2 for a bad command line, 3 when the interpreter cannot be built, 4 when sealing
 * failed. */
int enclave_image_main(int argc, char **argv);

#endif
