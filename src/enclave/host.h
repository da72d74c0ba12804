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

/* File metadata for the os module (Host.stat_full). Times are seconds since the epoch. */
typedef struct HostStat {
    uint32_t mode;
    int64_t ino, dev, nlink, uid, gid, size;
    double atime, mtime, ctime;
} HostStat;

/* Callback of Host.listdir / Host.environ: receives one NUL-terminated entry; a nonzero
 * return stops the walk and becomes the host call's result. */
typedef int (*HostEachFn)(void *arg, const char *entry);

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

    /* ---- the os module (each may be NULL: capability refused) ---- */
    /* Metadata of [path] (following symlinks when [follow]). 0 or -errno. */
    int (*stat_full)(void *ctx, const char *path, bool follow, HostStat *out);
    /* Calls each(arg, name) for every entry of directory [path] except "." and "..".
     * 0, -errno, or the first nonzero result of each. */
    int (*listdir)(void *ctx, const char *path, HostEachFn each, void *arg);
    /* Calls each(arg, "NAME=value") for every environment variable (0 or as listdir). */
    int (*environ)(void *ctx, HostEachFn each, void *arg);
    /* Directory and file operations: 0 or -errno. */
    int (*mkdir)(void *ctx, const char *path, int mode);
    int (*unlink)(void *ctx, const char *path);
    int (*rmdir)(void *ctx, const char *path);
    int (*rename)(void *ctx, const char *from, const char *to);
    int (*chdir)(void *ctx, const char *path);
    /* Process id (or -errno) and number of CPUs (0 when unknown). */
    int64_t (*getpid)(void *ctx);
    int (*cpu_count)(void *ctx);
    /* Integer nanoseconds of clock [which] (as for clock): time.time_ns and friends.
     * Negative -errno when refused. */
    int64_t (*clock_ns)(void *ctx, int which);
    /* Sleeps [ns] >= 0 nanoseconds (time.sleep). 0, or -errno when refused. */
    int (*sleep)(void *ctx, int64_t ns);
    /* Moves file handle [h] to [off] from whence 0 (start), 1 (current), 2 (end); the new
     * position or -errno. NULL: files cannot seek. */
    int64_t (*seek)(void *ctx, int64_t h, int64_t off, int whence);
    /* Cuts or extends (with zeros) file handle [h] to [size] >= 0 bytes, its position
     * unchanged: 0 or -errno. NULL: files cannot be truncated. */
    int (*truncate)(void *ctx, int64_t h, int64_t size);
    /* Sets the permission bits of [path] (following symlinks) to [mode]: 0 or -errno.
     * NULL: refused (os.chmod raises ENOSYS). */
    int (*chmod)(void *ctx, const char *path, int mode);
} Host;

#endif
