/*
 * host.h: the host table. The core never calls libc I/O, time or randomness itself: all
 * of it goes through one Host (DESIGN.md "Host interface"). The normal build installs the
 * POSIX host (posix_host.c); the enclave build installs one that forwards each call
 * across the boundary. A host may refuse any capability by returning an error.
 *
 * Byte ranges are passed as pointer + length; the host must not keep them after return.
 */
#ifndef SAFEPY_ENCLAVE_HOST_H
#define SAFEPY_ENCLAVE_HOST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Stream numbers for write/read. */
#define HOST_STDIN 0
#define HOST_STDOUT 1
#define HOST_STDERR 2

/* Error codes returned (negated) by host calls, mirroring errno values Python exposes. */
#define HOST_ENOENT 2
#define HOST_EACCES 13
#define HOST_EEXIST 17
#define HOST_ENOTDIR 20
#define HOST_EISDIR 21
#define HOST_EINVAL 22
#define HOST_ENOSYS 38 /* capability refused */

typedef struct Host {
    void *ctx;
    /* Writes n bytes to stream [fd] (1 stdout, 2 stderr). Returns n or -errno. */
    int64_t (*write)(void *ctx, int fd, const uint8_t *p, size_t n);
    /* Reads up to n bytes from stdin. Returns count (0 at EOF) or -errno. */
    int64_t (*read)(void *ctx, int fd, uint8_t *p, size_t n);
    /* True when stream [fd] is an interactive terminal. */
    bool (*isatty)(void *ctx, int fd);
    /* Opens [path] (NUL-terminated) with [mode] "r", "w", "a" (+ "b" ignored). Returns a
     * handle >= 0 or -errno. */
    int64_t (*open)(void *ctx, const char *path, const char *mode);
    int64_t (*fread)(void *ctx, int64_t h, uint8_t *p, size_t n);
    int64_t (*fwrite)(void *ctx, int64_t h, const uint8_t *p, size_t n);
    int (*fclose)(void *ctx, int64_t h);
    /* 0 missing, 1 regular file, 2 directory, or -errno. */
    int (*stat)(void *ctx, const char *path);
    /* Seconds: which=0 wall clock (time.time), 1 monotonic, 2 process CPU time. */
    double (*clock)(void *ctx, int which);
    /* Fills p with n random bytes. False when refused. */
    bool (*random)(void *ctx, uint8_t *p, size_t n);
    /* Current working directory into p (NUL-terminated); false when refused. */
    bool (*getcwd)(void *ctx, char *p, size_t n);
    /* Integer nanoseconds of clock [which] (as for clock): time.time_ns and friends.
     * Negative -errno when refused. */
    int64_t (*clock_ns)(void *ctx, int which);
    /* Sleeps [ns] >= 0 nanoseconds (time.sleep). 0, or -errno when refused. */
    int (*sleep)(void *ctx, int64_t ns);
} Host;

#endif
