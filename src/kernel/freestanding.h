/*
 * freestanding.h: the C runtime of the freestanding trusted image (`make enclave`,
 * built with -DSAFEPY_FREESTANDING): the memory and string primitives the compiler and
 * the trusted code call (memcpy, memmove, memset, memcmp, bcmp, memchr, strlen),
 * setjmp/longjmp (x86-64 asm), the stack protector's global guard, the reading of
 * the initial process stack (argc, argv, aux vector), and what glibc's static libm needs
 * from a C library (errno in a static TLS block, the CPU features its IFUNC resolvers
 * read, the IRELATIVE relocations, qsort). None of it makes a system call:
 * the entry point, the system calls and __stack_chk_fail are the boundary layer's
 * (src/enclave/boundary.c). In the normal (hosted) build this file compiles to nothing.
 */
#ifndef SAFEPY_KERNEL_FREESTANDING_H
#define SAFEPY_KERNEL_FREESTANDING_H

#include <stdbool.h>
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
 * __stack_chk_guard), for library objects compiled with the default TLS guard (glibc's
 * math functions); the image's static TLS block (errno) lies just below it. The boundary
 * layer points %fs at it (arch_prctl) at start. */
void *freestanding_tcb(void);

/* After %fs is set: copies the PT_TLS image into the TLS block (false if it does not fit
 * in the room reserved), fills the CPU features glibc's libm resolvers read (the same
 * rules as glibc 2.36) and applies the IRELATIVE relocations (false on any other type),
 * so that every multiarch math function takes the variant glibc's dynamic libm takes on
 * this CPU. [sp] is the initial stack (for the aux vector's AT_PHDR/AT_PHNUM). */
bool freestanding_init_libm(const void *sp);

#endif
