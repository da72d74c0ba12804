/*
 * enclave.c: the trusted request loop (ECALL dispatch) and the enclave host table
 * (OCALLs). Invariant: every request payload passes wire_decode (the one checkpoint)
 * before anything looks at it; a request that fails any check gets an "error" reply and
 * the loop goes on. Budgets are per request: the step and output counters and the
 * recursion limit are reset before each one.
 */
#include "enclave.h"

#include <sys/mman.h>

#include "../compiler/compile.h"
#include "../modules/builtins.h"
#include "../modules/import.h"
#include "../modules/iomod.h"
#include "../modules/sysmod.h"
#include "../modules/traceback.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/eval.h"
#include "../vm/frame.h"
#include "boundary.h"
#include "wire.h"

/* ---- the host table: output crosses as frames, everything else is refused ---- */

static int64_t e_write(void *ctx, int fd, const uint8_t *p, size_t n) {
    (void)ctx;
    if (fd != HOST_STDOUT && fd != HOST_STDERR) return -HOST_EINVAL;
    return boundary_send_output(ENCLAVE_REPLY_FD, fd, p, n);
}
static int64_t e_read(void *ctx, int fd, uint8_t *p, size_t n) {
    (void)ctx, (void)p, (void)n;
    return fd == HOST_STDIN ? 0 : -HOST_EINVAL; // stdin is empty inside
}
static bool e_isatty(void *ctx, int fd) { return (void)ctx, (void)fd, false; }
static int64_t e_open(void *ctx, const char *path, const char *mode) {
    return (void)ctx, (void)path, (void)mode, -HOST_ENOSYS;
}
static int64_t e_fread(void *ctx, int64_t h, uint8_t *p, size_t n) {
    return (void)ctx, (void)h, (void)p, (void)n, -HOST_ENOSYS;
}
static int64_t e_fwrite(void *ctx, int64_t h, const uint8_t *p, size_t n) {
    return (void)ctx, (void)h, (void)p, (void)n, -HOST_ENOSYS;
}
static int e_fclose(void *ctx, int64_t h) { return (void)ctx, (void)h, -HOST_ENOSYS; }
static int e_stat(void *ctx, const char *path) { return (void)ctx, (void)path, 0; }
static double e_clock(void *ctx, int which) { return (void)ctx, (void)which, 0.0; }
static bool e_random(void *ctx, uint8_t *p, size_t n) { return (void)ctx, (void)p, (void)n, false; }
static bool e_getcwd(void *ctx, char *p, size_t n) { return (void)ctx, (void)p, (void)n, false; }

static const Host ENCLAVE_HOST = {
    .ctx = NULL,
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
};

const Host *enclave_host(void) { return &ENCLAVE_HOST; }

/* ---- creation ---- */

Interp *enclave_interp_new(const EnclaveConfig *cfg, const Host *host, void *stack_base) {
    size_t size = cfg->heap;
    if (size < (size_t)4 << 20) size = (size_t)4 << 20;
    size_t region_size = size + size / 32 + heap_region_size(0);
    // Reserved now, before any sandbox: the heap never asks the kernel for memory again.
    void *m = mmap(NULL, region_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) return NULL;
    Limits lim = {0};
    lim.max_heap = size;
    lim.region_zeroed = true;
    lim.c_stack = (size_t)4 << 20;
    lim.max_steps = cfg->max_steps;
    lim.max_output = cfg->max_output;
    lim.recursion_limit = cfg->recursion_limit > 0 ? cfg->recursion_limit : 1000;
    Interp *I = interp_new(m, region_size, host, &lim);
    if (I == NULL) return NULL;
    heap_set_stack_base(I->heap, (uintptr_t)stack_base);
    if (!import_init(I) || !builtins_init(I) || !sysmod_init(I, 0, NULL)) return NULL;
    return I;
}

/* ---- requests ---- */

// A reply frame built in fixed memory (no heap), for reports of last resort.
typedef struct FixedFrame {
    uint8_t b[256];
    size_t k;   // bytes used; past sizeof b means the frame overflowed
} FixedFrame;

static void put_byte(FixedFrame *f, uint8_t x) {
    if (f->k < sizeof f->b) f->b[f->k] = x;
    f->k++;
}

static void put_u32(FixedFrame *f, uint32_t x) {
    for (int j = 0; j < 4; j++) put_byte(f, (uint8_t)(x >> (8 * j)));
}

static Value cstr(Interp *I, const char *s) { return str_from_cstr(I, s); }

static bool send(Interp *I, Value v) {
    if (v == VAL_NULL) return false;
    return boundary_send(I, ENCLAVE_REPLY_FD, v);
}

// ("error", message): the request was rejected before running anything.
static bool reply_error(Interp *I, Value msg) {
    if (msg == VAL_NULL) return false;
    return send(I, tuple_pack(I, 2, cstr(I, "error"), msg));
}

static bool reply_error_pending(Interp *I) {
    Value e = exc_fetch(I);
    Value m = e != VAL_NULL ? exc_message(I, e) : VAL_NULL;
    exc_clear(I);
    return reply_error(I, m != VAL_NULL ? m : cstr(I, "request rejected"));
}

// Which budget (if any) ended the request that raised [e].
static const char *budget_kind(Interp *I, Value e) {
    const Limits *L = &I->limits;
    if (L->max_steps > 0 && I->steps > L->max_steps) return "steps";
    if (obj_is_instance_of(I, e, interp_type(I, TY_BUDGET_ERROR)) && L->max_output > 0 && I->output >= L->max_output)
        return "output";
    if (obj_is_instance_of(I, e, interp_type(I, TY_MEMORY_ERROR))) return "heap";
    if (obj_is_instance_of(I, e, interp_type(I, TY_RECURSION_ERROR))) return "recursion";
    return NULL;
}

// Appends the wire str [s] + [suffix] to [f].
static void put_fixed_str(FixedFrame *f, const char *s, const char *suffix) {
    BView a = bview_cstr(s), b = bview_cstr(suffix);
    put_byte(f, WIRE_STR);
    put_u32(f, (uint32_t)(a.n + b.n));
    for (size_t j = 0; j < a.n; j++) put_byte(f, (uint8_t)bview_get(a, j));
    for (size_t j = 0; j < b.n; j++) put_byte(f, (uint8_t)bview_get(b, j));
}

// Sends ("exc", type, "", "type\n", budget) from fixed memory: the report of last resort
// when the heap cannot hold even the reply.
static bool send_fixed_exc(const char *type, const char *budget) {
    FixedFrame f;
    f.k = 4;
    put_byte(&f, WIRE_TUPLE);
    put_u32(&f, 5);
    put_fixed_str(&f, "exc", "");
    put_fixed_str(&f, type, "");
    put_fixed_str(&f, "", "");
    put_fixed_str(&f, type, "\n");
    put_fixed_str(&f, budget, "");
    if (f.k > sizeof f.b) return false;
    size_t n = f.k;
    f.k = 0;
    put_u32(&f, (uint32_t)(n - 4));
    return boundary_write_all(ENCLAVE_REPLY_FD, f.b, n) >= 0;
}

// Between requests (no Python frame running): clears the references of the idle frame
// records, which the collector scans like live ones, so a finished request's garbage (e.g.
// the list that filled the heap) is not kept alive through them. (Dead value-stack slots
// are cleared before every collection by the interpreter itself.) Records are fully
// re-initialised when next used.
static void scrub_vm(Interp *I) {
    VmState *vm = I->vm;
    if (vm == NULL || vm->current != NULL) return;
    for (Frame *f = vm->spare; f != NULL; f = f->spare) {
        f->co = NULL;
        f->back = NULL;
        f->store = NULL;
        f->func = f->globals = f->builtins = f->locals = f->fastdict = f->gen = VAL_NULL;
    }
}

// Forgets the request's module: no state leaks into the next request through sys.modules.
static void drop_module(Interp *I, Value m) {
    if (m == VAL_NULL) return;
    if (I->main_module == m) I->main_module = VAL_NULL;
    Value name = obj_getattr_cstr(I, m, "__name__");
    if (name != VAL_NULL && dict_get(I, I->modules, name) == m && dict_del(I, I->modules, name) < 0) exc_clear(I);
    exc_clear(I);
}

// ("exc", type name, message, traceback text, budget kind or None). When the heap ran
// out, the report is built from the heap's emergency reserve (kernel/heap.h), which the
// failed allocation released.
static bool reply_exception(Interp *I, Value e) {
    const char *kind = budget_kind(I, e);
    // Let the report itself be made whatever budget ended the call.
    I->limits.max_steps = 0;
    I->limits.max_output = 0;
    Value name = traceback_type_name(I, e);
    Value msg = exc_message(I, e);
    StrBuilder sb;
    sb_init(&sb);
    Value tb = traceback_format(I, e, &sb) ? sb_finish(I, &sb) : VAL_NULL;
    Value k = kind != NULL ? cstr(I, kind) : I->none;
    Value r = name != VAL_NULL && msg != VAL_NULL && tb != VAL_NULL && k != VAL_NULL
                  ? tuple_pack(I, 5, cstr(I, "exc"), name, msg, tb, k)
                  : VAL_NULL;
    if (r != VAL_NULL && send(I, r)) return true;
    if (I->exc == VAL_NULL) return false; // the write itself failed
    // Out of memory even for the report: a fixed reply built without allocating.
    exc_clear(I);
    return send_fixed_exc(obj_is_instance_of(I, e, interp_type(I, TY_MEMORY_ERROR)) ? "MemoryError" : "SystemError",
                          kind != NULL ? kind : "heap");
}

// Sends the outcome of a request: ("ok", result) or the pending exception.
static bool reply_result(Interp *I, const EnclaveConfig *cfg, Value result, Value m) {
    iomod_flush_std(I);
    if (result != VAL_NULL) {
        Value ok = tuple_pack(I, 2, cstr(I, "ok"), result);
        Buf probe;
        buf_init(&probe);
        // Encode first: a result that cannot cross becomes a TypeError reply.
        if (ok != VAL_NULL && wire_encode(I, ok, &probe, WIRE_MAX_DEPTH)) {
            drop_module(I, m);
            scrub_vm(I);
            return send(I, ok);
        }
    }
    Value e = exc_fetch(I);
    exc_clear(I);
    bool sent = e != VAL_NULL ? reply_exception(I, e) : reply_error(I, cstr(I, "no result"));
    drop_module(I, m);
    scrub_vm(I);
    if (e == I->memerror) {
        // Detach the preallocated MemoryError from this request's traceback (whose code
        // objects may still reach the request's data).
        exc_nomem(I);
        exc_clear(I);
    }
    I->limits.max_steps = cfg->max_steps;
    I->limits.max_output = cfg->max_output;
    return sent;
}

static Value str_arg(Interp *I, Value req, size_t i, const char *what) {
    Value v = tuple_get(req, i);
    if (!str_check(v)) return exc_raise(I, TY_TYPE_ERROR, "request field '%s' must be str", what);
    return v;
}

// ("run", source, filename): runs source as __main__; the result is None.
static Value do_run(Interp *I, Value req, Value *mod) {
    if (tuple_len(req) != 3) return exc_raise(I, TY_TYPE_ERROR, "run takes (source, filename)");
    Value src = str_arg(I, req, 1, "source");
    Value fn = src != VAL_NULL ? str_arg(I, req, 2, "filename") : VAL_NULL;
    if (fn == VAL_NULL) return VAL_NULL;
    I->main_module = VAL_NULL;
    Value r = import_run_source_main(I, str_view(src), fn);
    *mod = I->main_module;
    return r;
}

// The module name of [filename]: its base name without ".py".
static Value module_name(Interp *I, Value filename) {
    BView f = str_view(filename);
    int64_t slash = bview_rfind(f, bview_cstr("/"), f.n);
    BView base = bview_slice(f, slash < 0 ? 0 : (size_t)slash + 1, f.n);
    if (bview_endswith(base, bview_cstr(".py"))) base = bview_slice(base, 0, base.n - 3);
    return base.n == 0 ? cstr(I, "module") : str_new(I, base);
}

// ("call", source, filename, function, args): loads the module, calls function(*args).
static Value do_call(Interp *I, Value req, Value *mod) {
    if (tuple_len(req) != 5) return exc_raise(I, TY_TYPE_ERROR, "call takes (source, filename, function, args)");
    Value src = str_arg(I, req, 1, "source");
    Value fn = src != VAL_NULL ? str_arg(I, req, 2, "filename") : VAL_NULL;
    Value fname = fn != VAL_NULL ? str_arg(I, req, 3, "function") : VAL_NULL;
    if (fname == VAL_NULL) return VAL_NULL;
    Value args = tuple_get(req, 4);
    if (list_check(args)) args = list_to_tuple(I, args);
    if (args == VAL_NULL || !tuple_check(args)) return exc_raise(I, TY_TYPE_ERROR, "call arguments must be a list");
    Value name = module_name(I, fn);
    Value m = name != VAL_NULL ? module_new(I, name) : VAL_NULL;
    if (m == VAL_NULL) return VAL_NULL;
    *mod = m;
    Value d = module_dict(m);
    if (!dict_set_cstr(I, d, "__file__", fn) || !dict_set_cstr(I, d, "__builtins__", I->builtins_mod) ||
        !dict_set(I, I->modules, name, m))
        return VAL_NULL;
    Value code = compile_source(I, str_view(src), fn, COMPILE_EXEC);
    if (code == VAL_NULL || vm_exec(I, code, d, d) == VAL_NULL) return VAL_NULL;
    Value f = obj_getattr(I, m, fname);
    if (f == VAL_NULL) return VAL_NULL;
    return obj_call(I, f, tuple_view(args), VAL_NULL);
}

// Resets the per-request budgets.
static void begin_request(Interp *I, const EnclaveConfig *cfg) {
    I->steps = 0;
    I->output = 0;
    I->limits.max_steps = cfg->max_steps;
    I->limits.max_output = cfg->max_output;
    I->recursion_limit = cfg->recursion_limit > 0 ? cfg->recursion_limit : 1000;
    I->exc_info = VAL_NULL;
    exc_clear(I);
}

// Handles one decoded request; false when the reply could not be written.
static bool handle(Interp *I, const EnclaveConfig *cfg, Value req) {
    if (!tuple_check(req) || tuple_len(req) == 0 || !str_check(tuple_get(req, 0)))
        return reply_error(I, cstr(I, "a request is a tuple starting with its name"));
    Value op = tuple_get(req, 0);
    begin_request(I, cfg);
    Value m = VAL_NULL;
    if (str_eq_cstr(op, "run")) {
        Value r = do_run(I, req, &m);
        return reply_result(I, cfg, r, m);
    }
    if (str_eq_cstr(op, "call")) {
        Value r = do_call(I, req, &m);
        return reply_result(I, cfg, r, m);
    }
    if (str_eq_cstr(op, "ping")) return send(I, tuple_pack(I, 2, cstr(I, "ok"), cstr(I, "pong")));
    if (str_eq_cstr(op, "test-syscall") && cfg->test_hooks) {
        // Proves the sandbox: the kernel kills the process here.
        long pid = boundary_forbidden_syscall();
        return reply_error(I, str_from_format(I, "forbidden system call returned %ld", pid));
    }
    return reply_error(I, str_from_format(I, "unknown request %R", op));
}

int enclave_serve(Interp *I, const EnclaveConfig *cfg) {
    size_t max = cfg->max_message != 0 ? cfg->max_message : WIRE_MAX_SIZE;
    for (;;) {
        Buf frame;
        int st = boundary_read_frame(I, ENCLAVE_REQ_FD, max, &frame);
        if (st == FRAME_EOF) return 0;
        if (st == FRAME_BROKEN) return 1;
        bool ok;
        if (st == FRAME_TOO_LARGE) {
            ok = reply_error(I, cstr(I, "wire: message too large"));
        } else if (st == FRAME_NOMEM) {
            ok = reply_error_pending(I);
        } else {
            Value req = wire_decode(I, buf_view(&frame), max, WIRE_MAX_DEPTH);
            ok = req == VAL_NULL ? reply_error_pending(I) : handle(I, cfg, req);
        }
        exc_clear(I);
        if (!ok) return 1;
    }
}
