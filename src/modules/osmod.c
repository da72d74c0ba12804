/*
 * osmod.c: _os, the C half of the os module (src/modules/lib/os.py holds the rest). Every
 * operation goes through the host table (enclave/host.h); a host that lacks a capability
 * (NULL entry) makes the call fail with OSError(ENOSYS). Failures raise OSError with the
 * errno, its Linux message and the file name, so Python sees FileNotFoundError & co.
 *
 * Invariant: no libc file or process call here; only host entries.
 */
#include "modtab.h"

#include "iomod.h"

#include "../kernel/buf.h"
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

typedef struct ErrText {
    int code;
    const char *text;
} ErrText;

static const ErrText err_texts[] = {
    {1, "Operation not permitted"}, {2, "No such file or directory"}, {3, "No such process"},
    {4, "Interrupted system call"}, {5, "Input/output error"}, {9, "Bad file descriptor"},
    {11, "Resource temporarily unavailable"}, {12, "Cannot allocate memory"},
    {13, "Permission denied"}, {16, "Device or resource busy"}, {17, "File exists"},
    {18, "Invalid cross-device link"}, {20, "Not a directory"}, {21, "Is a directory"},
    {22, "Invalid argument"}, {23, "Too many open files in system"},
    {24, "Too many open files"}, {26, "Text file busy"}, {27, "File too large"},
    {28, "No space left on device"}, {30, "Read-only file system"}, {31, "Too many links"},
    {32, "Broken pipe"}, {36, "File name too long"}, {38, "Function not implemented"},
    {39, "Directory not empty"}, {40, "Too many levels of symbolic links"},
    {0, NULL},
};

static const ErrText *err_at(size_t i) { return &err_texts[i]; }

static Value err_text(Interp *I, int code) {
    for (size_t i = 0; err_at(i)->text != NULL; i++)
        if (err_at(i)->code == code) return str_from_cstr(I, err_at(i)->text);
    return str_from_format(I, "Unknown error %d", code);
}

// Raises OSError(code, strerror(code)[, path[, None, path2]]). Returns VAL_NULL.
static Value raise_os(Interp *I, int code, Value path, Value path2) {
    Value args[5];
    args[0] = val_from_small(code);
    args[1] = err_text(I, code);
    if (args[1] == VAL_NULL) return VAL_NULL;
    size_t n = 2;
    if (path != VAL_NULL) args[n++] = path;
    if (path2 != VAL_NULL) {
        args[n++] = I->none;
        args[n++] = path2;
    }
    Value e = obj_call(I, obj_val(interp_type(I, TY_OS_ERROR)), vview_make(args, n), VAL_NULL);
    if (e == VAL_NULL) return VAL_NULL;
    return exc_set(I, e);
}

static bool refused(Interp *I, const void *fn) {
    if (fn != NULL) return false;
    raise_os(I, 38, VAL_NULL, VAL_NULL);
    return true;
}

// The NUL-terminated file-system form of path argument [p] (str only), held by [out].
static const char *path_arg(Interp *I, Value p, const char *fname, Buf *out) {
    if (!str_check(p)) {
        exc_raise(I, TY_TYPE_ERROR, "%s: path should be string, bytes or os.PathLike, not %T", fname, p);
        return NULL;
    }
    return iomod_fs_cstr(I, p, out);
}

// A name from the host: undecodable bytes become lone surrogates, so the name round-trips.
static Value text_of(Interp *I, const char *s) { return iomod_fs_decode(I, bview_cstr(s)); }

static Value os_getcwd(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "getcwd", 0, 0)) return VAL_NULL;
    char cwd[4096];
    if (!I->host->getcwd(I->host->ctx, cwd, sizeof cwd)) return raise_os(I, 2, VAL_NULL, VAL_NULL);
    return text_of(I, cwd);
}

typedef struct ListCtx {
    Interp *I;
    Value out;  // list, or dict for environ
} ListCtx;

static int add_entry(void *arg, const char *name) {
    ListCtx *c = arg;
    Value s = text_of(c->I, name);
    if (s == VAL_NULL || !list_append(c->I, c->out, s)) return 1;
    return 0;
}

static Value os_listdir(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value p;
    if (!args_parse(I, args, kwnames, "listdir", "| path", &p)) return VAL_NULL;
    if (p == VAL_NULL || p == I->none) p = str_from_cstr(I, ".");
    if (p == VAL_NULL) return VAL_NULL;
    Buf pb;
    const char *path = path_arg(I, p, "listdir", &pb);
    if (path == NULL || refused(I, (const void *)I->host->listdir)) return VAL_NULL;
    ListCtx c = {I, list_new(I, 0)};
    if (c.out == VAL_NULL) return VAL_NULL;
    int r = I->host->listdir(I->host->ctx, path, add_entry, &c);
    if (r == 1) return VAL_NULL;
    if (r < 0) return raise_os(I, -r, p, VAL_NULL);
    return c.out;
}

static int add_env(void *arg, const char *entry) {
    ListCtx *c = arg;
    Value s = text_of(c->I, entry);
    if (s == VAL_NULL) return 1;
    BView v = str_view(s);
    int64_t eq = bview_find_byte(v, '=', 1);
    if (eq < 0) return 0;
    Value k = str_new(c->I, bview_slice(v, 0, (size_t)eq));
    Value val = str_new(c->I, bview_slice(v, (size_t)eq + 1, v.n));
    if (k == VAL_NULL || val == VAL_NULL || !dict_set(c->I, c->out, k, val)) return 1;
    return 0;
}

static Value os_environ(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "environ", 0, 0)) return VAL_NULL;
    ListCtx c = {I, dict_new(I)};
    if (c.out == VAL_NULL) return VAL_NULL;
    if (I->host->environ == NULL) return c.out;
    int r = I->host->environ(I->host->ctx, add_env, &c);
    if (r == 1) return VAL_NULL;
    return c.out;
}

static Value os_stat(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value p, follow;
    if (!args_parse(I, args, kwnames, "stat", "path | follow_symlinks", &p, &follow)) return VAL_NULL;
    Buf pb;
    const char *path = path_arg(I, p, "stat", &pb);
    if (path == NULL || refused(I, (const void *)I->host->stat_full)) return VAL_NULL;
    int f = follow == VAL_NULL ? 1 : obj_truth(I, follow);
    if (f < 0) return VAL_NULL;
    HostStat st = {0};
    int r = I->host->stat_full(I->host->ctx, path, f != 0, &st);
    if (r < 0) return raise_os(I, -r, p, VAL_NULL);
    Value fields[10] = {int_from_i64(I, st.mode), int_from_i64(I, st.ino), int_from_i64(I, st.dev),
                        int_from_i64(I, st.nlink), int_from_i64(I, st.uid), int_from_i64(I, st.gid),
                        int_from_i64(I, st.size), float_new(I, st.atime), float_new(I, st.mtime),
                        float_new(I, st.ctime)};
    for (size_t k = 0; k < 10; k++)
        if (fields[k] == VAL_NULL) return VAL_NULL;
    return tuple_from_view(I, vview_make(fields, 10));
}

typedef int (*PathOp)(void *ctx, const char *path);

static Value path_op(Interp *I, ValView args, Value kwnames, const char *fname, PathOp op) {
    Value p;
    if (!args_parse(I, args, kwnames, fname, "path", &p)) return VAL_NULL;
    Buf pb;
    const char *path = path_arg(I, p, fname, &pb);
    if (path == NULL || refused(I, (const void *)op)) return VAL_NULL;
    int r = op(I->host->ctx, path);
    if (r < 0) return raise_os(I, -r, p, VAL_NULL);
    return I->none;
}

static Value os_unlink(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return path_op(I, args, kwnames, "unlink", I->host->unlink);
}

static Value os_rmdir(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return path_op(I, args, kwnames, "rmdir", I->host->rmdir);
}

static Value os_chdir(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return path_op(I, args, kwnames, "chdir", I->host->chdir);
}

static Value os_mkdir(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value p, modev;
    if (!args_parse(I, args, kwnames, "mkdir", "path | mode", &p, &modev)) return VAL_NULL;
    Buf pb;
    const char *path = path_arg(I, p, "mkdir", &pb);
    if (path == NULL || refused(I, (const void *)I->host->mkdir)) return VAL_NULL;
    int64_t mode = 0777;
    if (modev != VAL_NULL && !obj_index_i64(I, modev, &mode)) return VAL_NULL;
    int r = I->host->mkdir(I->host->ctx, path, (int)(mode & 07777));
    if (r < 0) return raise_os(I, -r, p, VAL_NULL);
    return I->none;
}

// _os.chmod(path, mode): the mode is a C int as in CPython ("Python int too large to
// convert to C int"); os.chmod in lib/os.py handles descriptors and keywords.
static Value os_chmod(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value p, modev;
    if (!args_parse(I, args, kwnames, "chmod", "path mode", &p, &modev)) return VAL_NULL;
    Buf pb;
    const char *path = path_arg(I, p, "chmod", &pb);
    if (path == NULL) return VAL_NULL;
    int64_t mode;
    if (!int_index_c_int(I, modev, &mode) || refused(I, (const void *)I->host->chmod))
        return VAL_NULL;
    int r = I->host->chmod(I->host->ctx, path, (int)mode);
    if (r < 0) return raise_os(I, -r, p, VAL_NULL);
    return I->none;
}

static Value os_rename(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value a, b;
    if (!args_parse(I, args, kwnames, "rename", "src dst", &a, &b)) return VAL_NULL;
    Buf ba, bb;
    const char *pa = path_arg(I, a, "rename", &ba);
    const char *pb = pa != NULL ? path_arg(I, b, "rename", &bb) : NULL;
    if (pa == NULL || pb == NULL || refused(I, (const void *)I->host->rename)) return VAL_NULL;
    int r = I->host->rename(I->host->ctx, pa, pb);
    if (r < 0) return raise_os(I, -r, a, b);
    return I->none;
}

static Value os_getpid(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "getpid", 0, 0)) return VAL_NULL;
    if (refused(I, (const void *)I->host->getpid)) return VAL_NULL;
    return int_from_i64(I, I->host->getpid(I->host->ctx));
}

// _exit(status): ends the run at once with [status], as C's _exit(): no exception handler,
// finally block or atexit function runs and buffered output is not flushed. No system
// call: a SystemExit unwinds every frame (Interp.exiting makes the VM skip handlers) and
// the embedder ends the run with the status (the enclave replies as for sys.exit).
static Value os_exit(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value status;
    int64_t n;
    if (!args_parse(I, args, kwnames, "_exit", "status", &status) || !int_index_c_int(I, status, &n))
        return VAL_NULL;
    Value code = int_from_i64(I, n);
    if (code == VAL_NULL) return VAL_NULL;
    I->exiting = true;
    I->exit_status = (int)(n & 0xff); // what the OS keeps of _exit(n): -1 gives 255
    return exc_raise_arg(I, TY_SYSTEM_EXIT, code);
}

static Value os_cpu_count(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "cpu_count", 0, 0)) return VAL_NULL;
    int n = I->host->cpu_count == NULL ? 0 : I->host->cpu_count(I->host->ctx);
    return n > 0 ? int_from_i64(I, n) : I->none;
}

static Value os_urandom(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "urandom", 1, 1)) return VAL_NULL;
    int64_t n;
    if (!obj_index_i64(I, vview_get(args, 0), &n)) return VAL_NULL;
    if (n < 0) return exc_raise(I, TY_VALUE_ERROR, "negative argument not allowed");
    Buf b;
    buf_init(&b);
    uint8_t chunk[256];
    while (b.len < (size_t)n) {
        size_t want = (size_t)n - b.len;
        if (want > sizeof chunk) want = sizeof chunk;
        if (!I->host->random(I->host->ctx, chunk, want)) return raise_os(I, 38, VAL_NULL, VAL_NULL);
        BView v = {chunk, want};
        KStatus s = buf_append(I->heap, &b, v);
        if (s != K_OK) return exc_from_kstatus(I, s, "urandom");
    }
    return bytes_new(I, buf_view(&b));
}

static Value os_strerror(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "strerror", 1, 1)) return VAL_NULL;
    int64_t code;
    if (!int_index_c_int(I, vview_get(args, 0), &code)) return VAL_NULL;
    if (code == 0) return str_from_cstr(I, "Success");
    return err_text(I, (int)code);
}

static const MethodDef os_functions[] = {
    {"getcwd", os_getcwd, 0, "Return a unicode string representing the current working directory."},
    {"listdir", os_listdir, 0, "Return a list containing the names of the files in the directory."},
    {"environ", os_environ, 0, "A dict copy of the process environment."},
    {"stat", os_stat, 0, "Perform a stat system call on the given path (a 10-tuple)."},
    {"unlink", os_unlink, 0, "Remove a file (same as remove())."},
    {"rmdir", os_rmdir, 0, "Remove a directory."},
    {"chdir", os_chdir, 0, "Change the current working directory to the specified path."},
    {"mkdir", os_mkdir, 0, "Create a directory."},
    {"chmod", os_chmod, 0, "Change the access permissions of a file."},
    {"rename", os_rename, 0, "Rename a file or directory."},
    {"getpid", os_getpid, 0, "Return the current process id."},
    {"_exit", os_exit, 0, "Exit to the system with specified status, without normal exit processing."},
    {"cpu_count", os_cpu_count, 0, "Return the number of CPUs in the system; return None if indeterminable."},
    {"urandom", os_urandom, 0, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"strerror", os_strerror, 0, "Translate an error code to a message string."},
    {NULL, NULL, 0, NULL},
};

bool osmod_init(Interp *I, Value m) { return module_add_functions(I, m, os_functions); }
