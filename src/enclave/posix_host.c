/*
 * posix_host.c: the POSIX implementation of the host table (host.h). This is the only
 * file of the normal build that performs system calls on the interpreter's behalf.
 * Byte ranges arrive as (pointer, length) and are walked with kernel views, so partial
 * reads/writes never compute pointers here.
 */
#include "posix_host.h"

#include <errno.h>
#include <dirent.h>
#include <stdio.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../kernel/buf.h"
#include "../kernel/cargs.h"

static int64_t write_all(int fd, const uint8_t *p, size_t n) {
    BView v = {p, n};
    size_t done = 0;
    while (done < v.n) {
        BView rest = bview_slice(v, done, v.n);
        ssize_t w = write(fd, rest.p, rest.n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -(int64_t)errno;
        }
        done += (size_t)w;
    }
    return (int64_t)n;
}

static int64_t h_write(void *ctx, int fd, const uint8_t *p, size_t n) {
    (void)ctx;
    if (fd != HOST_STDOUT && fd != HOST_STDERR) return -HOST_EINVAL;
    return write_all(fd, p, n);
}

static int64_t h_read(void *ctx, int fd, uint8_t *p, size_t n) {
    (void)ctx;
    if (fd != HOST_STDIN) return -HOST_EINVAL;
    for (;;) {
        ssize_t r = read(0, p, n);
        if (r < 0 && errno == EINTR) continue;
        return r < 0 ? -(int64_t)errno : (int64_t)r;
    }
}

static bool h_isatty(void *ctx, int fd) {
    (void)ctx;
    return fd >= 0 && fd <= 2 && isatty(fd) == 1;
}

static int64_t h_open(void *ctx, const char *path, const char *mode) {
    (void)ctx;
    BView m = bview_cstr(mode);
    int flags;
    int c = bview_get(m, 0);
    bool plus = bview_find_byte(m, '+', 0) >= 0;
    if (c == 'r') flags = plus ? O_RDWR : O_RDONLY;
    else if (c == 'w') flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    else if (c == 'a') flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    else if (c == 'x') flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    else return -HOST_EINVAL;
    int fd = open(path, flags | O_CLOEXEC, 0666);
    if (fd < 0) return -(int64_t)errno;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return -HOST_EISDIR;
    }
    return fd;
}

static int64_t h_fread(void *ctx, int64_t h, uint8_t *p, size_t n) {
    (void)ctx;
    for (;;) {
        ssize_t r = read((int)h, p, n);
        if (r < 0 && errno == EINTR) continue;
        return r < 0 ? -(int64_t)errno : (int64_t)r;
    }
}

static int64_t h_fwrite(void *ctx, int64_t h, const uint8_t *p, size_t n) {
    (void)ctx;
    return write_all((int)h, p, n);
}

static int64_t h_seek(void *ctx, int64_t h, int64_t off, int whence) {
    (void)ctx;
    int w = whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : whence == 2 ? SEEK_END : -1;
    if (w < 0) return -HOST_EINVAL;
    off_t r = lseek((int)h, (off_t)off, w);
    return r < 0 ? -(int64_t)errno : (int64_t)r;
}

static int h_truncate(void *ctx, int64_t h, int64_t size) {
    (void)ctx;
    if (size < 0) return -HOST_EINVAL;
    return ftruncate((int)h, (off_t)size) == 0 ? 0 : -errno;
}

static int h_fclose(void *ctx, int64_t h) {
    (void)ctx;
    return close((int)h) == 0 ? 0 : -errno;
}

static int h_stat(void *ctx, const char *path) {
    (void)ctx;
    struct stat st;
    if (stat(path, &st) != 0) return errno == ENOENT || errno == ENOTDIR ? 0 : -errno;
    return S_ISDIR(st.st_mode) ? 2 : 1;
}

static double h_clock(void *ctx, int which) {
    (void)ctx;
    struct timespec ts;
    clockid_t id = which == 0 ? CLOCK_REALTIME : which == 1 ? CLOCK_MONOTONIC : CLOCK_PROCESS_CPUTIME_ID;
    if (clock_gettime(id, &ts) != 0) return 0.0;
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int64_t h_clock_ns(void *ctx, int which) {
    (void)ctx;
    struct timespec ts;
    clockid_t id = which == 0 ? CLOCK_REALTIME : which == 1 ? CLOCK_MONOTONIC : CLOCK_PROCESS_CPUTIME_ID;
    if (clock_gettime(id, &ts) != 0) return -(int64_t)errno;
    return (int64_t)ts.tv_sec * 1000000000 + (int64_t)ts.tv_nsec;
}

static int h_sleep(void *ctx, int64_t ns) {
    (void)ctx;
    struct timespec req = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)};
    struct timespec rem;
    while (nanosleep(&req, &rem) != 0) {
        if (errno != EINTR) return -errno;
        req = rem;
    }
    return 0;
}

static bool h_random(void *ctx, uint8_t *p, size_t n) {
    (void)ctx;
    // getrandom returns at most 256 bytes per call reliably; callers ask for small keys.
    if (n > 256) return false;
    ssize_t r = getrandom(p, n, 0);
    return r >= 0 && (size_t)r == n;
}

static bool h_getcwd(void *ctx, char *p, size_t n) {
    (void)ctx;
    return getcwd(p, n) != NULL;
}

static double ts_seconds(struct timespec ts) { return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9; }

static int h_stat_full(void *ctx, const char *path, bool follow, HostStat *out) {
    (void)ctx;
    struct stat st;
    int r = follow ? stat(path, &st) : lstat(path, &st);
    if (r != 0) return -errno;
    out->mode = (uint32_t)st.st_mode;
    out->ino = (int64_t)st.st_ino;
    out->dev = (int64_t)st.st_dev;
    out->nlink = (int64_t)st.st_nlink;
    out->uid = (int64_t)st.st_uid;
    out->gid = (int64_t)st.st_gid;
    out->size = (int64_t)st.st_size;
    out->atime = ts_seconds(st.st_atim);
    out->mtime = ts_seconds(st.st_mtim);
    out->ctime = ts_seconds(st.st_ctim);
    return 0;
}

static bool is_dot_entry(const struct dirent *ent) {
    const char *n = ent->d_name;
    BView v = bview_cstr(n);
    return bview_eq_cstr(v, ".") || bview_eq_cstr(v, "..");
}

static int h_listdir(void *ctx, const char *path, HostEachFn each, void *arg) {
    (void)ctx;
    DIR *d = opendir(path);
    if (d == NULL) return -errno;
    int result = 0;
    for (;;) {
        errno = 0;
        struct dirent *ent = readdir(d);
        if (ent == NULL) {
            if (errno != 0) result = -errno;
            break;
        }
        if (is_dot_entry(ent)) continue;
        result = each(arg, ent->d_name);
        if (result != 0) break;
    }
    closedir(d);
    return result;
}

extern char **environ;

static int h_environ(void *ctx, HostEachFn each, void *arg) {
    (void)ctx;
    // environ is NULL-terminated: cargs_get with an unbounded count reads up to the NULL.
    for (int i = 0; i < INT_MAX; i++) {
        const char *e = cargs_get(INT_MAX, environ, i);
        if (e == NULL) break;
        int r = each(arg, e);
        if (r != 0) return r;
    }
    return 0;
}

static int h_mkdir(void *ctx, const char *path, int mode) {
    (void)ctx;
    return mkdir(path, (mode_t)mode) == 0 ? 0 : -errno;
}

static int h_unlink(void *ctx, const char *path) {
    (void)ctx;
    return unlink(path) == 0 ? 0 : -errno;
}

static int h_rmdir(void *ctx, const char *path) {
    (void)ctx;
    return rmdir(path) == 0 ? 0 : -errno;
}

static int h_rename(void *ctx, const char *from, const char *to) {
    (void)ctx;
    return rename(from, to) == 0 ? 0 : -errno;
}

static int h_chdir(void *ctx, const char *path) {
    (void)ctx;
    return chdir(path) == 0 ? 0 : -errno;
}

static int h_chmod(void *ctx, const char *path, int mode) {
    (void)ctx;
    return chmod(path, (mode_t)mode) == 0 ? 0 : -errno;
}

static int64_t h_getpid(void *ctx) {
    (void)ctx;
    return (int64_t)getpid();
}

static int h_cpu_count(void *ctx) {
    (void)ctx;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 && n < INT_MAX ? (int)n : 0;
}

static const Host the_posix_host = {
    NULL, h_write, h_read, h_isatty, h_open, h_fread, h_fwrite, h_fclose, h_stat, h_clock, h_random, h_getcwd,
    h_stat_full, h_listdir, h_environ, h_mkdir, h_unlink, h_rmdir, h_rename, h_chdir, h_getpid, h_cpu_count,
    h_clock_ns, h_sleep, h_seek, h_truncate, h_chmod,
};

const Host *posix_host(void) { return &the_posix_host; }
