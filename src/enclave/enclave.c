/*
 * enclave.c: the trusted request loop (ECALL dispatch: load, run, call, reset, report,
 * ping). The host table and the OCALLs are in ocall.c, measurement and the snapshot
 * buffer in measure.c. Invariant: every request payload passes wire_decode (the one
 * checkpoint) before anything looks at it; a request that fails any check gets an
 * "error" reply and the loop goes on. Budgets are per request: the step and output
 * counters and the recursion limit are reset before each one. With reset on (the
 * default), the heap is restored to its snapshot (taken after init and the loads) before
 * any request that follows a run, call or failed load, so no state survives a request.
 */
#include "enclave.h"

#include "../compiler/compile.h"
#include "../modules/builtins.h"
#include "../modules/import.h"
#include "../modules/iomod.h"
#include "../modules/sysmod.h"
#include "../modules/traceback.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/eval.h"
#include "../vm/finalize.h"
#include "../vm/frame.h"
#include "boundary.h"
#include "wire.h"

/* ---- creation ---- */

Interp *enclave_interp_new(const EnclaveConfig *cfg, const Host *host, void *stack_base) {
    size_t size = cfg->heap;
    if (size < (size_t)4 << 20) size = (size_t)4 << 20;
    size_t region_size = size + size / 32 + heap_region_size(0);
    // Reserved now, before any sandbox: the heap never asks the kernel for memory again.
    void *m = boundary_map(region_size);
    if (m == NULL) return NULL;
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

bool enclave_map_snapshot(EnclaveState *st) {
    snapshot_init(&st->snap, NULL, 0);
    if (st->cfg->no_reset || st->I == NULL) return false;
    size_t cap = snapshot_capacity(st->I->heap);
    // Reserved like the heap; only the pages a snapshot touches are ever committed.
    void *m = boundary_map(cap);
    if (m == NULL) return false;
    snapshot_init(&st->snap, m, cap);
    return true;
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
            return send(I, ok);
        }
    }
    Value e = exc_fetch(I);
    exc_clear(I);
    bool sent = e != VAL_NULL ? reply_exception(I, e) : reply_error(I, cstr(I, "no result"));
    drop_module(I, m);
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

// A script that raised SystemExit ends as in normal mode: code None or 0 is success
// (("ok", None)); any other code is ("exc", "SystemExit", ...) whose traceback text is
// what CPython prints for it: nothing for an int, str(code) for anything else.
static bool reply_exit(Interp *I, const EnclaveConfig *cfg, Value m) {
    Value e = exc_fetch(I);
    Value code = obj_getattr_cstr(I, e, "code");
    exc_clear(I);
    int64_t n = 0;
    bool is_int = code != VAL_NULL && int_check(I, code);
    if (is_int && !int_to_i64(I, code, &n)) {
        exc_clear(I);
        n = 1;
    }
    if (code == VAL_NULL || code == I->none || (is_int && n == 0)) return reply_result(I, cfg, I->none, m);
    Value text = is_int ? I->empty_str : obj_str(I, code);
    Value tb = text != VAL_NULL ? str_from_format(I, is_int ? "%U" : "%U\n", text) : VAL_NULL;
    Value msg = obj_str(I, code);
    Value r = tb != VAL_NULL && msg != VAL_NULL ? tuple_pack(I, 5, cstr(I, "exc"), cstr(I, "SystemExit"), msg, tb, I->none)
                                                 : VAL_NULL;
    iomod_flush_std(I);
    drop_module(I, m);
    if (r != VAL_NULL && send(I, r)) return true;
    exc_clear(I);
    return send_fixed_exc("SystemExit", "");
}

static Value str_arg(Interp *I, Value req, size_t i, const char *what) {
    Value v = tuple_get(req, i);
    if (!str_check(v)) return exc_raise(I, TY_TYPE_ERROR, "request field '%s' must be str", what);
    return v;
}

// ("run", source, filename): runs source as __main__; the result is None.
static Value do_run(EnclaveState *st, Value req, Value *mod) {
    Interp *I = st->I;
    if (tuple_len(req) != 3) return exc_raise(I, TY_TYPE_ERROR, "run takes (source, filename)");
    Value src = str_arg(I, req, 1, "source");
    Value fn = src != VAL_NULL ? str_arg(I, req, 2, "filename") : VAL_NULL;
    if (fn == VAL_NULL) return VAL_NULL;
    I->main_module = VAL_NULL;
    if (!enclave_register_source(st, fn, src)) return VAL_NULL;
    Value r = import_run_source_main(I, str_view(src), fn);
    *mod = I->main_module;
    // the script ends as in the normal build (api.c finish): the finalizers (__del__) of
    // what __main__ left, the pending exception (or SystemExit) kept for the reply. Not
    // with --no-reset: the state, and what __main__ left, lives on for the next request
    // (finalizing it would run __del__ on objects still reachable).
    if (!st->cfg->no_reset && I->main_module != VAL_NULL && val_kind(I->main_module) == K_MODULE)
        finalize_at_exit(I, module_dict(I->main_module));
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

// Creates module [name] from [src] (registered in sys.modules as [name], __file__ [fn])
// and runs its body. The module, or VAL_NULL with the exception pending (*mod is set as
// soon as the module exists, so the caller can forget it).
static Value exec_module(Interp *I, Value name, Value src, Value fn, Value *mod) {
    Value m = module_new(I, name);
    if (m == VAL_NULL) return VAL_NULL;
    *mod = m;
    Value d = module_dict(m);
    if (!dict_set_cstr(I, d, "__file__", fn) || !dict_set_cstr(I, d, "__builtins__", I->builtins_mod) ||
        !dict_set(I, I->modules, name, m))
        return VAL_NULL;
    Value code = compile_source(I, str_view(src), fn, COMPILE_EXEC);
    if (code == VAL_NULL || vm_exec(I, code, d, d) == VAL_NULL) return VAL_NULL;
    return m;
}

// ("call", source, filename, function, args): loads the module, calls function(*args).
// With source None the module is the one loaded (and measured) from [filename] by a
// "load" request; it is not forgotten afterwards.
static Value do_call(EnclaveState *st, Value req, Value *mod) {
    Interp *I = st->I;
    if (tuple_len(req) != 5) return exc_raise(I, TY_TYPE_ERROR, "call takes (source, filename, function, args)");
    Value src = tuple_get(req, 1);
    if (src != I->none && !str_check(src)) return exc_raise(I, TY_TYPE_ERROR, "request field 'source' must be str");
    Value fn = str_arg(I, req, 2, "filename");
    Value fname = fn != VAL_NULL ? str_arg(I, req, 3, "function") : VAL_NULL;
    if (fname == VAL_NULL) return VAL_NULL;
    Value args = tuple_get(req, 4);
    if (list_check(args)) args = list_to_tuple(I, args);
    if (args == VAL_NULL || !tuple_check(args)) return exc_raise(I, TY_TYPE_ERROR, "call arguments must be a list");
    Value name = module_name(I, fn);
    if (name == VAL_NULL) return VAL_NULL;
    Value m;
    if (src == I->none) {
        m = dict_get(I, I->modules, name);
        if (m == VAL_NULL && I->exc == VAL_NULL)
            exc_raise(I, TY_IMPORT_ERROR, "no module loaded from %R", fn);
        if (m == VAL_NULL) return VAL_NULL;
    } else if (!enclave_register_source(st, fn, src) || exec_module(I, name, src, fn, mod) == VAL_NULL) {
        return VAL_NULL;
    } else {
        m = *mod;
    }
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
    I->depth_trap = I->trace_on ? 0 : I->recursion_limit;
    I->exc_info = VAL_NULL;
    I->exiting = false; // an os._exit() of the last request ended that request only
    exc_clear(I);
}

// ("load", source, filename): runs [source] as module <basename of filename> and keeps
// it (later "call" requests with source None use it); its name and source extend the
// measurement. Only before the first run/call/reset: the snapshot taken after the loads
// is what every later request starts from.
static bool do_load(EnclaveState *st, Value req) {
    Interp *I = st->I;
    if (st->sealed) return reply_error(I, cstr(I, "the enclave is sealed: load modules before the first call"));
    if (tuple_len(req) != 3) return reply_error(I, cstr(I, "load takes (source, filename)"));
    Value src = str_arg(I, req, 1, "source");
    Value fn = src != VAL_NULL ? str_arg(I, req, 2, "filename") : VAL_NULL;
    Value name = fn != VAL_NULL ? module_name(I, fn) : VAL_NULL;
    if (name == VAL_NULL) return reply_error_pending(I);
    Value m = VAL_NULL;
    Value r = enclave_register_source(st, fn, src) ? exec_module(I, name, src, fn, &m) : VAL_NULL;
    if (r == VAL_NULL) {
        st->dirty = true; // back to the state before this load
        return reply_result(I, st->cfg, VAL_NULL, m);
    }
    if (!enclave_measure_source(st, fn, src)) return reply_error_pending(I);
    st->want_snapshot = true;
    return reply_result(I, st->cfg, I->none, VAL_NULL);
}

// Puts the heap back to the snapshot. True when it was restored.
static bool restore(EnclaveState *st) {
    st->dirty = false;
    enclave_close_files(st);
    return !st->cfg->no_reset && snapshot_restore(&st->snap, st->I->heap);
}

// Handles one decoded request; false when the reply could not be written.
static bool handle(EnclaveState *st, Value req) {
    Interp *I = st->I;
    const EnclaveConfig *cfg = st->cfg;
    if (!tuple_check(req) || tuple_len(req) == 0 || !str_check(tuple_get(req, 0)))
        return reply_error(I, cstr(I, "a request is a tuple starting with its name"));
    Value op = tuple_get(req, 0);
    begin_request(I, cfg);
    Value m = VAL_NULL;
    if (str_eq_cstr(op, "run") || str_eq_cstr(op, "call")) {
        st->sealed = true;
        st->dirty = true;
        bool run = str_eq_cstr(op, "run");
        Value r = run ? do_run(st, req, &m) : do_call(st, req, &m);
        if (r == VAL_NULL && run && exc_pending_is(I, TY_SYSTEM_EXIT)) return reply_exit(I, cfg, m);
        return reply_result(I, cfg, r, m);
    }
    if (str_eq_cstr(op, "load")) return do_load(st, req);
    if (str_eq_cstr(op, "ping") && tuple_len(req) == 1) return send(I, tuple_pack(I, 2, cstr(I, "ok"), cstr(I, "pong")));
    if (str_eq_cstr(op, "reset") && tuple_len(req) == 1) {
        // req is not used after this: the restore frees it.
        st->sealed = true;
        bool done = restore(st);
        return send(I, tuple_pack(I, 2, cstr(I, "ok"), done ? int_from_i64(I, (int64_t)st->snap.bytes) : I->none));
    }
    if (str_eq_cstr(op, "report") && tuple_len(req) == 1) {
        Value rep = enclave_report(st);
        return rep != VAL_NULL ? send(I, tuple_pack(I, 2, cstr(I, "ok"), rep)) : reply_error_pending(I);
    }
    if (str_eq_cstr(op, "test-syscall") && cfg->test_hooks) {
        // Proves the sandbox: the kernel kills the process here.
        long pid = boundary_forbidden_syscall();
        return reply_error(I, str_from_format(I, "forbidden system call returned %ld", pid));
    }
    return reply_error(I, str_from_format(I, "unknown request %R", op));
}

// Between requests: restores the heap after a request that may have changed it, and
// takes a new snapshot after init and after each successful load.
static void between_requests(EnclaveState *st) {
    if (st->dirty) restore(st);
    if (st->want_snapshot && !st->cfg->no_reset) {
        heap_collect(st->I->heap);
        snapshot_save(&st->snap, st->I->heap);
    }
    st->want_snapshot = false;
}

int enclave_serve(EnclaveState *st) {
    Interp *I = st->I;
    size_t max = st->cfg->max_message != 0 ? st->cfg->max_message : WIRE_MAX_SIZE;
    st->serving = true;
    st->want_snapshot = true;
    if (!enclave_measure_init(st)) return 1;
    for (;;) {
        between_requests(st);
        Buf frame;
        int fs = boundary_read_frame(I, ENCLAVE_REQ_FD, max, &frame);
        if (fs == FRAME_EOF) return 0;
        if (fs == FRAME_BROKEN) return 1;
        bool ok;
        if (fs == FRAME_TOO_LARGE) {
            ok = reply_error(I, cstr(I, "wire: message too large"));
        } else if (fs == FRAME_NOMEM) {
            ok = reply_error_pending(I);
        } else {
            Value req = wire_decode(I, buf_view(&frame), max, WIRE_MAX_DEPTH);
            ok = req == VAL_NULL ? reply_error_pending(I) : handle(st, req);
        }
        exc_clear(I);
        if (!ok) return 1;
    }
}
