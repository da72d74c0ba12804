/*
 * safepy_host.c: safepy-host, the untrusted side of enclave mode on Linux.
 *
 *   safepy-host [--heap SIZE] [--max-steps N] [--max-output N] [--recursion N]
 *               [--max-message N] [--test-hooks] COMMAND ...
 *   COMMAND: run FILE [FILE...]        each file is one request in the same child
 *            call FILE FUNCTION ARGS-JSON
 *            hostile                   (test) malformed frames, then a good request
 *            test-syscall              (test, needs --test-hooks) a forbidden syscall
 *            ping N                    N empty round trips; prints the mean time of one
 *
 * The host keeps an interpreter of its own (never sandboxed) to parse the JSON arguments
 * (with the json module) and to decode replies through the same checkpoint the trusted
 * side uses (wire_decode), then prints results with repr(). Exit status: 0 when every
 * request succeeded, 1 otherwise (an exception, a rejected request, a dead enclave), 2
 * for a usage error.
 */
#include <signal.h>
#include <sys/wait.h>

#include "../enclave/boundary.h"
#include "../enclave/enclave.h"
#include "../enclave/posix_host.h"
#include "../enclave/wire.h"
#include "../kernel/cargs.h"
#include "../modules/import.h"
#include "../objects/bytes.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "sandbox.h"

#define HOST_MAX_REPLY ((size_t)256 << 20)

typedef struct Session {
    Interp *I;   /* the host's own interpreter */
    Sandbox sb;
    bool dead;
} Session;

static void out(int fd, BView v) { posix_host()->write(NULL, fd, v.p, v.n); }
static void outs(int fd, const char *s) { out(fd, bview_cstr(s)); }
static void outv(int fd, Value s) {
    if (s != VAL_NULL && str_check(s)) out(fd, str_view(s));
}

static const char USAGE[] =
    "usage: safepy-host [--heap SIZE] [--max-steps N] [--max-output N] [--recursion N]\n"
    "                   [--max-message N] [--test-hooks] COMMAND\n"
    "  run FILE [FILE...]            run each file as __main__ (one request each)\n"
    "  call FILE FUNCTION ARGS-JSON  load FILE as a module and call FUNCTION(*ARGS)\n";

static bool parse_size(const char *text, uint64_t *outv_) {
    BView v = bview_cstr(text);
    uint64_t x = 0;
    size_t i = 0;
    for (; i < v.n; i++) {
        int c = bview_get(v, i);
        if (c < '0' || c > '9') break;
        if (x > (UINT64_MAX - 9) / 10) return false;
        x = x * 10 + (uint64_t)(c - '0');
    }
    if (i == 0) return false;
    uint64_t mul = 1;
    if (i < v.n) {
        int c = bview_get(v, i);
        if (c == 'k' || c == 'K') mul = (uint64_t)1 << 10;
        else if (c == 'm' || c == 'M') mul = (uint64_t)1 << 20;
        else if (c == 'g' || c == 'G') mul = (uint64_t)1 << 30;
        else return false;
        if (i + 1 != v.n) return false;
    }
    if (x > UINT64_MAX / mul) return false;
    *outv_ = x * mul;
    return true;
}

/* Reports the end of the child (it closed the reply pipe). */
static void report_death(Session *s) {
    Interp *I = s->I;
    int st = sandbox_wait(&s->sb);
    s->dead = true;
    Value msg;
    if (WIFSIGNALED(st)) {
        int sig = WTERMSIG(st);
        msg = str_from_format(I, "safepy-host: enclave killed by signal %d%s\n", sig,
                              sig == SIGSYS ? " (SIGSYS: forbidden system call)" : "");
    } else {
        msg = str_from_format(I, "safepy-host: enclave exited with status %d\n", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
    }
    outv(HOST_STDERR, msg);
}

static const char *field_cstr(Interp *I, Value t, size_t i) {
    Value v = tuple_len(t) > i ? tuple_get(t, i) : VAL_NULL;
    return v != VAL_NULL && str_check(v) ? str_cstr(I, v) : NULL;
}

/* Reads replies until the final one and prints it. Returns 0 (ok) or 1. With [quiet_error]
 * an "error" reply is printed on stdout as "error: MSG" (the hostile test's transcript). */
static int await_reply(Session *s, bool quiet_error) {
    Interp *I = s->I;
    for (;;) {
        Buf frame;
        int st = boundary_read_frame(I, s->sb.reply, HOST_MAX_REPLY, &frame);
        if (st == FRAME_EOF || st == FRAME_BROKEN) {
            report_death(s);
            return 1;
        }
        if (st != FRAME_OK) {
            exc_clear(I);
            outs(HOST_STDERR, "safepy-host: reply too large\n");
            return 1;
        }
        Value r = wire_decode(I, buf_view(&frame), HOST_MAX_REPLY, WIRE_MAX_DEPTH);
        const char *kind = r != VAL_NULL && tuple_check(r) ? field_cstr(I, r, 0) : NULL;
        if (kind == NULL) {
            exc_clear(I);
            outs(HOST_STDERR, "safepy-host: malformed reply from the enclave\n");
            return 1;
        }
        BView k = bview_cstr(kind);
        if (bview_eq_cstr(k, "out") && tuple_len(r) == 3) {
            Value stream = tuple_get(r, 1), data = tuple_get(r, 2);
            int64_t fd = 0;
            if (!int_check(I, stream) || !int_to_i64(I, stream, &fd) || !bytes_check(data)) continue;
            out(fd == HOST_STDERR ? HOST_STDERR : HOST_STDOUT, bytes_view(data));
            continue;
        }
        if (bview_eq_cstr(k, "ok") && tuple_len(r) == 2) {
            Value v = tuple_get(r, 1);
            if (v != I->none) {
                Value rep = obj_repr(I, v);
                outv(HOST_STDOUT, rep);
                outs(HOST_STDOUT, "\n");
            }
            return 0;
        }
        if (bview_eq_cstr(k, "exc") && tuple_len(r) == 5) {
            if (quiet_error) {
                outs(HOST_STDOUT, "exception: ");
                outv(HOST_STDOUT, tuple_get(r, 1));
                outs(HOST_STDOUT, ": ");
                outv(HOST_STDOUT, tuple_get(r, 2));
                outs(HOST_STDOUT, "\n");
                return 1;
            }
            outv(HOST_STDERR, tuple_get(r, 3));
            const char *budget = field_cstr(I, r, 4);
            if (budget != NULL) {
                outs(HOST_STDERR, "safepy-host: budget exceeded: ");
                outs(HOST_STDERR, budget);
                outs(HOST_STDERR, "\n");
            }
            return 1;
        }
        if (bview_eq_cstr(k, "error") && tuple_len(r) == 2) {
            const char *m = field_cstr(I, r, 1);
            outs(quiet_error ? HOST_STDOUT : HOST_STDERR, quiet_error ? "error: " : "safepy-host: request rejected: ");
            outs(quiet_error ? HOST_STDOUT : HOST_STDERR, m != NULL ? m : "?");
            outs(quiet_error ? HOST_STDOUT : HOST_STDERR, "\n");
            return 1;
        }
        outs(HOST_STDERR, "safepy-host: unexpected reply from the enclave\n");
        return 1;
    }
}

static int request(Session *s, Value req) {
    Interp *I = s->I;
    if (s->dead) return 1;
    if (req == VAL_NULL || !boundary_send(I, s->sb.req, req)) {
        if (I->exc != VAL_NULL) {
            Value e = exc_fetch(I);
            exc_clear(I);
            outs(HOST_STDERR, "safepy-host: ");
            outv(HOST_STDERR, e != VAL_NULL ? exc_message(I, e) : VAL_NULL);
            outs(HOST_STDERR, "\n");
            return 1;
        }
        report_death(s);
        return 1;
    }
    return await_reply(s, false);
}

/* The text of file [path] as a str, or VAL_NULL after reporting the problem. */
static Value read_source(Interp *I, const char *path) {
    const Host *h = posix_host();
    int64_t fh = h->open(h->ctx, path, "r");
    if (fh < 0) {
        outv(HOST_STDERR, str_from_format(I, "safepy-host: can't open file '%s': [Errno %d]\n", path, (int)-fh));
        return VAL_NULL;
    }
    Buf b;
    buf_init(&b);
    uint8_t chunk[65536];
    for (;;) {
        int64_t r = h->fread(h->ctx, fh, chunk, sizeof chunk);
        if (r <= 0) break;
        if (buf_append(I->heap, &b, (BView){chunk, (size_t)r}) != K_OK) break;
    }
    h->fclose(h->ctx, fh);
    Value s = str_from_utf8(I, buf_view(&b));
    if (s == VAL_NULL) {
        exc_clear(I);
        outv(HOST_STDERR, str_from_format(I, "safepy-host: '%s' is not valid UTF-8\n", path));
    }
    return s;
}

static Value cs(Interp *I, const char *s) { return str_from_cstr(I, s); }

static int cmd_run(Session *s, int argc, char **argv, int first) {
    Interp *I = s->I;
    int status = 0;
    for (int i = first; i < argc; i++) {
        const char *path = cargs_get(argc, argv, i);
        Value src = read_source(I, path);
        if (src == VAL_NULL) {
            status = 1;
            continue;
        }
        if (request(s, tuple_pack(I, 3, cs(I, "run"), src, cs(I, path))) != 0) status = 1;
    }
    return status;
}

static int cmd_call(Session *s, const char *path, const char *func, const char *json) {
    Interp *I = s->I;
    Value src = read_source(I, path);
    if (src == VAL_NULL) return 1;
    Value mod = import_module_cstr(I, "json");
    Value loads = mod != VAL_NULL ? obj_getattr_cstr(I, mod, "loads") : VAL_NULL;
    Value text = cs(I, json);
    Value args = loads != VAL_NULL && text != VAL_NULL ? obj_call1(I, loads, text) : VAL_NULL;
    if (args == VAL_NULL || !list_check(args)) {
        exc_clear(I);
        outs(HOST_STDERR, "safepy-host: ARGS-JSON must be a JSON array of arguments\n");
        return 2;
    }
    return request(s, tuple_pack(I, 5, cs(I, "call"), src, cs(I, path), cs(I, func), args));
}

/* ---- the hostile test: frames a malicious host could send ---- */

#define RAW(lit) {(const void *)(lit), sizeof(lit) - 1}

static const struct {
    const char *what;
    BView payload;
} HOSTILE[] = {
    {"garbage", RAW("\xff\x00garbage")},
    {"empty payload", RAW("")},
    {"truncated str", RAW("s\x64\x00\x00\x00" "abc")},
    {"truncated length", RAW("s\x03\x00")},
    {"invalid UTF-8", RAW("s\x02\x00\x00\x00\xc3\x28")},
    {"surrogate in UTF-8", RAW("s\x03\x00\x00\x00\xed\xa0\x80")},
    {"trailing bytes", RAW("NN")},
    {"huge list count", RAW("l\xff\xff\xff\xff")},
    {"huge dict count", RAW("d\xff\xff\xff\x7f" "NN")},
    {"non-canonical int", RAW("i\x00\x02\x00\x00\x00\x00\x01")},
    {"negative zero", RAW("i\x01\x00\x00\x00\x00")},
    {"bad int sign", RAW("i\x07\x01\x00\x00\x00\x01")},
    {"truncated float", RAW("f\x00\x00\x00")},
    {"unhashable key", RAW("d\x01\x00\x00\x00l\x00\x00\x00\x00N")},
    {"repeated key", RAW("d\x02\x00\x00\x00NTNF")},
    {"not a request", RAW("N")},
    {"unknown request", RAW("t\x01\x00\x00\x00s\x05\x00\x00\x00" "bogus")},
    {"run with wrong arity", RAW("t\x01\x00\x00\x00s\x03\x00\x00\x00" "run")},
    {"run with non-str source", RAW("t\x03\x00\x00\x00s\x03\x00\x00\x00" "runNN")},
};

static bool send_raw(Session *s, BView payload, uint32_t claimed) {
    uint8_t hdr[4];
    for (int k = 0; k < 4; k++) hdr[k] = (uint8_t)(claimed >> (8 * k));
    return boundary_write_all(s->sb.req, hdr, 4) >= 0 && boundary_write_all(s->sb.req, payload.p, payload.n) >= 0;
}

static int cmd_hostile(Session *s, size_t max_message) {
    Interp *I = s->I;
    size_t n = sizeof HOSTILE / sizeof HOSTILE[0];
    for (size_t i = 0; i < n; i++) {
        outs(HOST_STDOUT, HOSTILE[i].what);
        outs(HOST_STDOUT, ": ");
        if (!send_raw(s, HOSTILE[i].payload, (uint32_t)HOSTILE[i].payload.n)) break;
        await_reply(s, true);
    }
    // Deep nesting: 200 one-element lists (the limit is WIRE_MAX_DEPTH).
    Buf deep;
    buf_init(&deep);
    for (int i = 0; i < 200; i++) {
        if (buf_append(I->heap, &deep, (BView)RAW("l\x01\x00\x00\x00")) != K_OK) return 1;
    }
    if (buf_push(I->heap, &deep, 'N') != K_OK) return 1;
    outs(HOST_STDOUT, "deep nesting: ");
    if (send_raw(s, buf_view(&deep), (uint32_t)buf_view(&deep).n)) await_reply(s, true);
    // A frame over the limit (its bytes follow, so the stream stays in step).
    Buf big;
    buf_init(&big);
    if (buf_resize(I->heap, &big, max_message + 1) != K_OK) return 1;
    outs(HOST_STDOUT, "oversized frame: ");
    if (send_raw(s, buf_view(&big), (uint32_t)buf_view(&big).n)) await_reply(s, true);
    // Still usable after all that?
    outs(HOST_STDOUT, "good request after them:\n");
    int st = request(s, tuple_pack(I, 3, cs(I, "run"), cs(I, "print('enclave still alive', 6 * 7)"), cs(I, "<hostile>")));
    // Finally a frame cut short: the child must end cleanly, not crash.
    outs(HOST_STDOUT, "truncated frame: ");
    if (send_raw(s, (BView)RAW("abc"), 100)) {
        sandbox_stop(&s->sb);
        outs(HOST_STDOUT, "enclave ended\n");
        s->dead = true;
    }
    return st;
}

/* N "ping" round trips: the cost of one ECALL (frame out, checkpoint, frame back). */
static int cmd_ping(Session *s, const char *count) {
    Interp *I = s->I;
    uint64_t n = 0;
    if (count == NULL || !parse_size(count, &n) || n == 0 || n > 100000000) {
        outs(HOST_STDERR, USAGE);
        return 2;
    }
    Value req = tuple_pack(I, 1, cs(I, "ping"));
    Buf body;
    buf_init(&body);
    if (req == VAL_NULL || !wire_encode(I, req, &body, WIRE_MAX_DEPTH)) return 1;
    const Host *h = posix_host();
    int64_t t0 = h->clock_ns(h->ctx, 1);
    for (uint64_t k = 0; k < n; k++) {
        if (!send_raw(s, buf_view(&body), (uint32_t)buf_view(&body).n)) return 1;
        Buf frame;
        if (boundary_read_frame(I, s->sb.reply, HOST_MAX_REPLY, &frame) != FRAME_OK) {
            report_death(s);
            return 1;
        }
        Value r = wire_decode(I, buf_view(&frame), HOST_MAX_REPLY, WIRE_MAX_DEPTH);
        if (r == VAL_NULL || !tuple_check(r)) return 1;
    }
    int64_t t1 = h->clock_ns(h->ctx, 1);
    outv(HOST_STDOUT, str_from_format(I, "%lld round trips, %lld ns each\n", (long long)n,
                                      (long long)((t1 - t0) / (int64_t)n)));
    return 0;
}

int main(int argc, char **argv) {
    EnclaveConfig cfg = {(size_t)64 << 20, 0, 0, 0, WIRE_MAX_SIZE, false};
    int i = 1;
    for (; i < argc; i++) {
        const char *a = cargs_get(argc, argv, i);
        BView av = bview_cstr(a);
        if (bview_eq_cstr(av, "--test-hooks")) {
            cfg.test_hooks = true;
            continue;
        }
        if (!bview_startswith(av, bview_cstr("--"))) break;
        const char *val = cargs_get(argc, argv, i + 1);
        uint64_t n = 0;
        if (val == NULL || !parse_size(val, &n) || n > (uint64_t)1 << 40) {
            outs(HOST_STDERR, "safepy-host: bad or missing value for ");
            outs(HOST_STDERR, a);
            outs(HOST_STDERR, "\n");
            return 2;
        }
        i++;
        if (bview_eq_cstr(av, "--heap")) cfg.heap = (size_t)n;
        else if (bview_eq_cstr(av, "--max-steps")) cfg.max_steps = (int64_t)n;
        else if (bview_eq_cstr(av, "--max-output")) cfg.max_output = (int64_t)n;
        else if (bview_eq_cstr(av, "--recursion") && n > 0 && n < 1000000) cfg.recursion_limit = (int)n;
        else if (bview_eq_cstr(av, "--max-message") && n > 0 && n <= UINT32_MAX) cfg.max_message = (size_t)n;
        else {
            outs(HOST_STDERR, USAGE);
            return 2;
        }
    }
    const char *cmd = cargs_get(argc, argv, i);
    BView c = bview_cstr(cmd != NULL ? cmd : "");
    bool ok = (bview_eq_cstr(c, "run") && argc > i + 1) || (bview_eq_cstr(c, "call") && argc == i + 4) ||
              bview_eq_cstr(c, "hostile") || bview_eq_cstr(c, "test-syscall") ||
              (bview_eq_cstr(c, "ping") && argc == i + 2);
    if (!ok) {
        outs(HOST_STDERR, USAGE);
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    Session s = {NULL, {0, -1, -1}, false};
    if (!sandbox_start(&cfg, &s.sb)) {
        outs(HOST_STDERR, "safepy-host: cannot start the enclave\n");
        return 1;
    }
    EnclaveConfig hcfg = {(size_t)256 << 20, 0, 0, 0, 0, false};
    s.I = enclave_interp_new(&hcfg, posix_host(), __builtin_frame_address(0));
    if (s.I == NULL) {
        outs(HOST_STDERR, "safepy-host: cannot reserve the host's heap\n");
        return 1;
    }
    int status;
    if (bview_eq_cstr(c, "run")) status = cmd_run(&s, argc, argv, i + 1);
    else if (bview_eq_cstr(c, "call"))
        status = cmd_call(&s, cargs_get(argc, argv, i + 1), cargs_get(argc, argv, i + 2), cargs_get(argc, argv, i + 3));
    else if (bview_eq_cstr(c, "hostile")) status = cmd_hostile(&s, cfg.max_message);
    else if (bview_eq_cstr(c, "ping")) status = cmd_ping(&s, cargs_get(argc, argv, i + 1));
    else status = request(&s, tuple_pack(s.I, 1, cs(s.I, "test-syscall")));
    if (!s.dead) {
        int st = sandbox_stop(&s.sb);
        if (st != 0 && status == 0) status = 1;
    }
    return status;
}
