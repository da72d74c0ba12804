/*
 * cargs.h: checked access to the process's argument vector, which arrives from the OS as
 * a raw pointer array; the command line reads it only through this function.
 */
#ifndef SAFEPY_KERNEL_CARGS_H
#define SAFEPY_KERNEL_CARGS_H

#include <stddef.h>

/*@ requires argc >= 0 && \valid_read(argv + (0 .. argc - 1));
    assigns \nothing;
    ensures (i < 0 || i >= argc) ==> \result == \null; */
static inline const char *cargs_get(int argc, char *const *argv, int i) {
    if (argv == NULL || i < 0 || i >= argc) return NULL;
    return argv[i];
}

#endif
