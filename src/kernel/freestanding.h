/*
 * freestanding.h: the C runtime of the freestanding trusted image (`make enclave`,
 * built with -DSAFEPY_FREESTANDING): the memory and string primitives the compiler and
 * the trusted code call (memcpy, memmove, memset, memcmp, bcmp, memchr, strlen),
 * setjmp/longjmp (x86-64 asm), the stack protector's global guard, and the reading of
 * the initial process stack (argc, argv, aux vector). None of it makes a system call:
 * the entry point, the system calls and __stack_chk_fail are the boundary layer's
 * (src/enclave/boundary.c). In the normal (hosted) build this file compiles to nothing.
 */
#ifndef SAFEPY_KERNEL_FREESTANDING_H
#define SAFEPY_KERNEL_FREESTANDING_H

#include <stdint.h>

/* The initial stack as the kernel hands it to _start: argc, argv[], NULL, envp[], NULL,
 * then the aux vector. */
int freestanding_argc(const void *sp);
char **freestanding_argv(const void *sp);

/* Sets __stack_chk_guard from the 16 random bytes the kernel passes at AT_RANDOM (aux
 * vector of the initial stack [sp]); its low byte is zero, as in glibc, so that string
 * overflows cannot reproduce it. Must be called before any protected function returns. */
void freestanding_init_guard(const void *sp);

/* A thread control block for the %fs register (x86-64 TLS ABI): word 0 points to
 * itself, the word at offset 0x28 is the stack guard (the same value as
 * __stack_chk_guard), for library objects compiled with the default TLS guard (musl's
 * math functions). The boundary layer points %fs at it (arch_prctl) at start. */
void *freestanding_tcb(void);

#endif
