/*
 * measure.h: SHA-256 of the trusted image as it is loaded in memory, for the enclave's
 * report (what an SGX quote's MRENCLAVE stands for). The measured bytes are every
 * read-only loadable segment of the running executable (ELF PT_LOAD without PF_W): the
 * ELF and program headers, the code (.init, .plt, .text, .fini) and the read-only data
 * (.rodata, .eh_frame, the dynamic symbol and relocation tables). None of these is
 * written by the loader (position-independent code has no text relocations), so the
 * digest is the same in every run of the same build whatever the load address.
 * Writable segments (.data, .bss, and the relocated .data.rel.ro / .got) are not
 * measured: their contents depend on the load address.
 */
#ifndef SAFEPY_KERNEL_MEASURE_H
#define SAFEPY_KERNEL_MEASURE_H

#include <stddef.h>
#include <stdint.h>

#include "kstatus.h"

/*@ requires \valid(out + (0 .. 31)) && \valid(nbytes) && \valid(nsegs);
    assigns out[0 .. 31], *nbytes, *nsegs; */
/* Writes the SHA-256 of the read-only segments (each preceded by its virtual address
 * relative to the first segment and its size, 8 bytes little-endian each) to out[0..31],
 * the number of bytes measured to *nbytes and of segments to *nsegs. K_INVALID when the
 * executable's headers are not an ELF image of this machine's word size. */
K_MUST KStatus measure_image(uint8_t out[32], size_t *nbytes, size_t *nsegs);

#endif
