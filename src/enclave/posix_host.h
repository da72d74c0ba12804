/*
 * posix_host.h: the host table of the normal (non-enclave) build: real file descriptors,
 * clocks and the kernel's random source.
 */
#ifndef SAFEPY_ENCLAVE_POSIX_HOST_H
#define SAFEPY_ENCLAVE_POSIX_HOST_H

#include "host.h"

/* The POSIX host (a static const table: the host keeps no state of its own). */
const Host *posix_host(void);

#endif
