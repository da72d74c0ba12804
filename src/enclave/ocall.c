/*
 * ocall.c: the OCALLs of the trusted side: the enclave host table (what the interpreter
 * core calls for output, clocks and randomness) and the Python module `enclave` (input
 * and output blobs). Every OCALL is a capability: one the host did not grant (cfg->caps)
 * is refused inside without asking the host, and the host refuses it again on its side.
 *
 * An OCALL that needs an answer sends ("ocall", NAME, ARG...) on the reply pipe and reads
 * one frame from the request pipe, which passes the same checkpoint as a request
 * (wire_decode) and must be ("ret", VALUE) of the expected type or ("denied", MESSAGE).
 * Invariant: nothing from the host is used before that check.
 */
#include "enclave.h"

#include "../kernel/xfer.h"
#include "../objects/bytes.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "boundary.h"
#include "wire.h"

static Value cstr(Interp *I, const char *s) { return str_from_cstr(I, s); }

static bool granted(const EnclaveState *st, unsigned cap) { return (st->cfg->caps & cap) != 0; }

static Value denied(Interp *I, const char *what) {
    return exc_raise(I, TY_PERMISSION_ERROR, "enclave: the host did not grant the '%s' capability", what);
}

// Sends [req] as an OCALL and returns the host's answer value (after the checkpoint).
static Value ocall(EnclaveState *st, Value req) {
    Interp *I = st->I;
    if (!st->serving) return exc_raise(I, TY_OS_ERROR, "enclave: no host to call yet");
    if (req == VAL_NULL) return VAL_NULL;
    if (!boundary_send(I, ENCLAVE_REPLY_FD, req)) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_OS_ERROR, "enclave: the host is gone");
    }
    size_t max = st->cfg->max_message != 0 ? st->cfg->max_message : WIRE_MAX_SIZE;
    Buf frame;
    int fs = boundary_read_frame(I, ENCLAVE_REQ_FD, max, &frame);
    if (fs == FRAME_NOMEM) return VAL_NULL;
    if (fs == FRAME_TOO_LARGE) return exc_raise(I, TY_OS_ERROR, "enclave: ocall answer too large");
    if (fs != FRAME_OK) return exc_raise(I, TY_OS_ERROR, "enclave: the host is gone");
    Value r = wire_decode(I, buf_view(&frame), max, WIRE_MAX_DEPTH);
    if (r == VAL_NULL) return VAL_NULL;
    if (tuple_check(r) && tuple_len(r) == 2 && str_check(tuple_get(r, 0))) {
        Value kind = tuple_get(r, 0), v = tuple_get(r, 1);
        if (str_eq_cstr(kind, "ret")) return v;
        if (str_eq_cstr(kind, "denied") && str_check(v)) return exc_raise(I, TY_PERMISSION_ERROR, "%U", v);
    }
    return exc_raise(I, TY_OS_ERROR, "enclave: malformed ocall answer from the host");
}

/* ---- the host table ---- */

static int64_t e_write(void *ctx, int fd, const uint8_t *p, size_t n) {
    EnclaveState *st = ctx;
    if (fd != HOST_STDOUT && fd != HOST_STDERR) return -HOST_EINVAL;
    if (!granted(st, ENCLAVE_CAP_STDOUT)) return -HOST_EACCES;
    return boundary_send_output(ENCLAVE_REPLY_FD, fd, p, n);
}
static int64_t e_read(void *ctx, int fd, uint8_t *p, size_t n) {
    (void)ctx, (void)p, (void)n;
    return fd == HOST_STDIN ? 0 : -HOST_EINVAL; // stdin is empty inside
}
static bool e_isatty(void *ctx, int fd) { return (void)ctx, (void)fd, false; }
/* ---- the source registry: files the enclave can open ----
 * There is no file system inside. The only files that can be opened (read-only) are the
 * sources of the loaded modules and of the current request, so that tracebacks show
 * source lines as in normal mode. The registry is a dict {filename: bytes} in the
 * `enclave` module's __dict__ (under "__sources__"), hence part of the snapshot: loads
 * stay registered, a request's own source goes away with the next restore. */

static Value registry(Interp *I, bool create) {
    Value m = dict_get_cstr(I, I->modules, "enclave");
    if (m == VAL_NULL) return VAL_NULL;
    Value d = module_dict(m);
    Value r = dict_get_cstr(I, d, "__sources__");
    if (r != VAL_NULL || !create) return r != VAL_NULL && dict_check(r) ? r : VAL_NULL;
    r = dict_new(I);
    return r != VAL_NULL && dict_set_cstr(I, d, "__sources__", r) ? r : VAL_NULL;
}

bool enclave_register_source(EnclaveState *st, Value filename, Value source) {
    Interp *I = st->I;
    Value r = registry(I, true);
    Value b = r != VAL_NULL ? bytes_new(I, str_view(source)) : VAL_NULL;
    return b != VAL_NULL && dict_set(I, r, filename, b);
}

void enclave_close_files(EnclaveState *st) {
    for (size_t k = 0; k < sizeof st->files / sizeof st->files[0]; k++) st->files[k].src = VAL_NULL;
}

static int64_t e_open(void *ctx, const char *path, const char *mode) {
    EnclaveState *st = ctx;
    Interp *I = st->I;
    BView m = bview_cstr(mode);
    if (I == NULL || !(bview_eq_cstr(m, "r") || bview_eq_cstr(m, "rb"))) return -HOST_ENOSYS;
    Value saved = I->exc;
    Value r = registry(I, false);
    Value key = r != VAL_NULL ? str_from_cstr(I, path) : VAL_NULL;
    Value src = key != VAL_NULL ? dict_get(I, r, key) : VAL_NULL;
    I->exc = saved;
    if (src == VAL_NULL || !bytes_check(src)) return -HOST_ENOSYS;
    for (size_t k = 0; k < sizeof st->files / sizeof st->files[0]; k++) {
        if (st->files[k].src != VAL_NULL) continue;
        st->files[k].src = src;
        st->files[k].off = 0;
        return (int64_t)k;
    }
    return -HOST_EINVAL;
}

static bool open_handle(const EnclaveState *st, int64_t h) {
    return h >= 0 && (size_t)h < sizeof st->files / sizeof st->files[0] && st->files[h].src != VAL_NULL;
}

static int64_t e_fread(void *ctx, int64_t h, uint8_t *p, size_t n) {
    EnclaveState *st = ctx;
    if (!open_handle(st, h)) return -HOST_EINVAL;
    BView v = bytes_view(st->files[h].src);
    size_t off = st->files[h].off <= v.n ? st->files[h].off : v.n;
    size_t got = xfer_to_raw(p, n, bview_slice(v, off, v.n));
    st->files[h].off = off + got;
    return (int64_t)got;
}
static int64_t e_fwrite(void *ctx, int64_t h, const uint8_t *p, size_t n) {
    return (void)ctx, (void)h, (void)p, (void)n, -HOST_ENOSYS;
}
static int e_fclose(void *ctx, int64_t h) {
    EnclaveState *st = ctx;
    if (!open_handle(st, h)) return -HOST_EINVAL;
    st->files[h].src = VAL_NULL;
    return 0;
}
static int e_stat(void *ctx, const char *path) { return (void)ctx, (void)path, 0; }
static bool e_getcwd(void *ctx, char *p, size_t n) { return (void)ctx, (void)p, (void)n, false; }

// Nanoseconds of clock [which] from the host; -HOST_EACCES when the clock is not granted
// (the time module raises PermissionError), -HOST_EINVAL when the OCALL failed.
static int64_t e_clock_ns(void *ctx, int which) {
    EnclaveState *st = ctx;
    if (!granted(st, ENCLAVE_CAP_CLOCK)) return -HOST_EACCES;
    Interp *I = st->I;
    if (I == NULL || !st->serving) return -HOST_EINVAL;
    Value saved = I->exc;
    Value r = ocall(st, tuple_pack(I, 3, cstr(I, "ocall"), cstr(I, "clock"), int_from_i64(I, which)));
    int64_t ns = -1;
    if (r == VAL_NULL || !int_check(I, r) || !int_to_i64(I, r, &ns) || ns < 0) ns = -HOST_EINVAL;
    I->exc = saved; // a host callback cannot raise: the failure is the return value
    return ns;
}

static double e_clock(void *ctx, int which) {
    int64_t ns = e_clock_ns(ctx, which);
    return ns >= 0 ? (double)ns * 1e-9 : 0.0;
}

static bool e_random(void *ctx, uint8_t *p, size_t n) {
    EnclaveState *st = ctx;
    if (!granted(st, ENCLAVE_CAP_RANDOM) || st->I == NULL || !st->serving) return false;
    Interp *I = st->I;
    Value saved = I->exc;
    Value r = ocall(st, tuple_pack(I, 3, cstr(I, "ocall"), cstr(I, "random"), int_from_i64(I, (int64_t)n)));
    bool ok = r != VAL_NULL && bytes_check(r) && bytes_view(r).n == n;
    if (ok) xfer_to_raw(p, n, bytes_view(r));
    I->exc = saved;
    return ok;
}

void enclave_state_init(EnclaveState *st, const EnclaveConfig *cfg) {
    *st = (EnclaveState){0};
    st->cfg = cfg;
    st->host = (Host){
        .ctx = st,
        .write = e_write,
        .read = e_read,
        .isatty = e_isatty,
        .open = e_open,
        .fread = e_fread,
        .fwrite = e_fwrite,
        .fclose = e_fclose,
        .stat = e_stat,
        .clock = e_clock,
        .random = e_random,
        .getcwd = e_getcwd,
        .clock_ns = e_clock_ns,
    };
}

/* ---- the Python module `enclave` ---- */

static EnclaveState *state_of(Interp *I) { return I->host->ctx; }

static const char *const CAP_NAMES[] = {"stdout", "input", "output", "clock", "random"};

// enclave.read_input(name) -> bytes: the input blob [name] the host was given.
static Value m_read_input(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value name;
    if (!args_parse(I, args, kwnames, "read_input", "name /", &name)) return VAL_NULL;
    if (!str_check(name)) return exc_raise(I, TY_TYPE_ERROR, "read_input() argument must be str, not %T", name);
    EnclaveState *st = state_of(I);
    if (!granted(st, ENCLAVE_CAP_INPUT)) return denied(I, "input");
    Value r = ocall(st, tuple_pack(I, 3, cstr(I, "ocall"), cstr(I, "read"), name));
    if (r == VAL_NULL) return VAL_NULL;
    if (!bytes_check(r)) return exc_raise(I, TY_OS_ERROR, "enclave: malformed ocall answer from the host");
    return r;
}

// enclave.write_output(name, data) -> None: hands the output blob [name] to the host.
static Value m_write_output(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value name, data;
    if (!args_parse(I, args, kwnames, "write_output", "name data /", &name, &data)) return VAL_NULL;
    if (!str_check(name)) return exc_raise(I, TY_TYPE_ERROR, "write_output() argument 1 must be str, not %T", name);
    if (!bytes_check(data)) return exc_raise(I, TY_TYPE_ERROR, "write_output() argument 2 must be bytes, not %T", data);
    EnclaveState *st = state_of(I);
    if (!granted(st, ENCLAVE_CAP_OUTPUT)) return denied(I, "output");
    Value r = ocall(st, tuple_pack(I, 4, cstr(I, "ocall"), cstr(I, "write"), name, bytes_new(I, bytes_view(data))));
    if (r == VAL_NULL) return VAL_NULL;
    return I->none;
}

// enclave.capabilities() -> list of the granted capability names.
static Value m_capabilities(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "capabilities", 0, 0)) return VAL_NULL;
    EnclaveState *st = state_of(I);
    Value l = list_new(I, 0);
    for (unsigned k = 0; l != VAL_NULL && k < sizeof CAP_NAMES / sizeof CAP_NAMES[0]; k++) {
        if (granted(st, 1u << k) && !list_append(I, l, cstr(I, CAP_NAMES[k]))) return VAL_NULL;
    }
    return l;
}

static const MethodDef ENCLAVE_FUNCTIONS[] = {
    {"read_input", m_read_input, 0, "Return the input blob NAME granted by the host, as bytes."},
    {"write_output", m_write_output, 0, "Hand the bytes DATA to the host as the output blob NAME."},
    {"capabilities", m_capabilities, 0, "Return the names of the capabilities the host granted."},
    {NULL, NULL, 0, NULL},
};

bool enclave_install_module(EnclaveState *st) {
    Interp *I = st->I;
    Value name = cstr(I, "enclave");
    Value m = name != VAL_NULL ? module_new(I, name) : VAL_NULL;
    if (m == VAL_NULL || !module_add_functions(I, m, ENCLAVE_FUNCTIONS)) return false;
    return dict_set(I, I->modules, name, m);
}
