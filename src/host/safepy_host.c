/*
 * safepy_host.c: safepy-host, the untrusted side of enclave mode on Linux.
 *
 *   safepy-host [--heap SIZE] [--max-steps N] [--max-output N] [--recursion N]
 *               [--max-message N] [--test-hooks] [--no-reset] [--allow CAPS]
 *               [--deny CAPS] [--input NAME=FILE] [--output NAME=FILE]
 *               [--image TRUSTED-IMAGE] COMMAND ...
 *   --image: run the freestanding trusted image (`make enclave`) with fork + exec
 *            instead of the trusted code linked into this binary.
 *   COMMAND: run FILE [FILE...]        each file is one request in the same child
 *            call FILE FUNCTION ARGS-JSON [ARGS-JSON...]
 *                                      load FILE (measured), then one call per ARGS
 *            report [FILE...]          load the files, print the measurement
 *            hostile                   (test) malformed frames and OCALL answers
 *            test-syscall              (test, needs --test-hooks) a forbidden syscall
 *            ping N / reset N [FILE...] N round trips; prints the mean time of one
 *
 * The host serves the enclave's OCALLs (clock, random, input/output blobs) when the
 * command line granted them, and refuses them otherwise ("denied" answers).
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
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "sandbox.h"

#define HOST_MAX_REPLY ((size_t)256 << 20)

#define MAX_BLOBS 16

/* A blob the host grants: NAME=FILE from --input or --output. */
typedef struct Blob {
    const char *spec;   /* the NAME=FILE argument */
    Value name;         /* NAME (str, in the host's heap) */
    const char *path;   /* FILE (NUL-terminated, in the host's heap) */
} Blob;

typedef struct Session {
    Interp *I;   /* the host's own interpreter */
    Sandbox sb;
    bool dead;
    unsigned caps;              /* ENCLAVE_CAP_* granted */
    Blob inputs[MAX_BLOBS], outputs[MAX_BLOBS];
    size_t ninputs, noutputs;
    int hostile_ocall;          /* >= 1: answer OCALLs with HOSTILE_OCALL[k - 1] (test) */
} Session;

static bool send_raw(Session *s, BView payload, uint32_t claimed);
static bool send_hostile_answer(Session *s);

static void out(int fd, BView v) { posix_host()->write(NULL, fd, v.p, v.n); }
static void outs(int fd, const char *s) { out(fd, bview_cstr(s)); }
static void outv(int fd, Value s) {
    if (s != VAL_NULL && str_check(s)) out(fd, str_view(s));
}

static const char USAGE[] =
    "usage: safepy-host [--heap SIZE] [--max-steps N] [--max-output N] [--recursion N]\n"
    "                   [--max-message N] [--test-hooks] [--no-reset] [--allow CAPS]\n"
    "                   [--deny CAPS] [--input NAME=FILE] [--output NAME=FILE]\n"
    "                   [--image TRUSTED-IMAGE] COMMAND\n"
    "  CAPS: comma-separated among stdout (granted by default), clock, random\n"
    "  run FILE [FILE...]            run each file as __main__ (one request each)\n"
    "  call FILE FUNCTION ARGS-JSON [ARGS-JSON...]\n"
    "                                load FILE as a module, call FUNCTION(*ARGS) for each\n"
    "  report [FILE...]              load each FILE, print the enclave's measurement\n"
    "  ping N | reset N [FILE...]    N round trips (after loading FILEs); mean time of one\n";

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

static Value cs(Interp *I, const char *s) { return str_from_cstr(I, s); }

/* The contents of file [path] as bytes, or VAL_NULL after reporting the problem. */
static Value read_file(Interp *I, const char *path) {
    const Host *h = posix_host();
    int64_t fh = h->open(h->ctx, path, "rb");
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
    return bytes_new(I, buf_view(&b));
}

static const Blob *find_blob(const Blob (*tab)[MAX_BLOBS], size_t n, Value name) {
    for (size_t k = 0; k < n && k < MAX_BLOBS; k++) {
        const Blob *b = &(*tab)[k];
        if (b->name != VAL_NULL && bview_eq(str_view(name), str_view(b->name))) return b;
    }
    return NULL;
}

static Value refuse(Interp *I, const char *what) {
    return tuple_pack(I, 2, cs(I, "denied"), str_from_format(I, "enclave: the host did not grant the '%s' capability", what));
}

/* Prints the report dict as "key: value" lines (str values as they are). */
static void print_report(Interp *I, Value d) {
    Value items = dict_items_list(I, d);
    for (size_t k = 0; items != VAL_NULL && k < list_len(items); k++) {
        Value kv = list_get(items, k);
        Value key = tuple_get(kv, 0), v = tuple_get(kv, 1);
        outv(HOST_STDOUT, key);
        outs(HOST_STDOUT, ": ");
        outv(HOST_STDOUT, str_check(v) ? v : obj_repr(I, v));
        outs(HOST_STDOUT, "\n");
    }
    exc_clear(I);
}

/* The host's answer to ("ocall", NAME, ARG...): ("ret", VALUE) or ("denied", MESSAGE).
 * The host enforces the capabilities itself (the enclave checks them too). */
static Value ocall_answer(Session *s, Value r) {
    Interp *I = s->I;
    const char *name = field_cstr(I, r, 1);
    Value arg = tuple_len(r) > 2 ? tuple_get(r, 2) : VAL_NULL;
    BView n = bview_cstr(name != NULL ? name : "");
    const Host *h = posix_host();
    int64_t x = 0;
    if (bview_eq_cstr(n, "clock") && tuple_len(r) == 3) {
        if ((s->caps & ENCLAVE_CAP_CLOCK) == 0) return refuse(I, "clock");
        if (!int_check(I, arg) || !int_to_i64(I, arg, &x) || x < 0 || x > 2) return VAL_NULL;
        return tuple_pack(I, 2, cs(I, "ret"), int_from_i64(I, h->clock_ns(h->ctx, (int)x)));
    }
    if (bview_eq_cstr(n, "random") && tuple_len(r) == 3) {
        if ((s->caps & ENCLAVE_CAP_RANDOM) == 0) return refuse(I, "random");
        if (!int_check(I, arg) || !int_to_i64(I, arg, &x) || x < 0 || x > (1 << 20)) return VAL_NULL;
        Buf b;
        buf_init(&b);
        uint8_t chunk[256];
        while (b.len < (size_t)x) {
            size_t want = (size_t)x - b.len < sizeof chunk ? (size_t)x - b.len : sizeof chunk;
            if (!h->random(h->ctx, chunk, want) || buf_append(I->heap, &b, (BView){chunk, want}) != K_OK) return VAL_NULL;
        }
        return tuple_pack(I, 2, cs(I, "ret"), bytes_new(I, buf_view(&b)));
    }
    if (bview_eq_cstr(n, "read") && tuple_len(r) == 3 && str_check(arg)) {
        const Blob *bl = find_blob(&s->inputs, s->ninputs, arg);
        if ((s->caps & ENCLAVE_CAP_INPUT) == 0 || bl == NULL)
            return tuple_pack(I, 2, cs(I, "denied"), str_from_format(I, "enclave: no input blob named %R", arg));
        Value data = read_file(I, bl->path);
        return data != VAL_NULL ? tuple_pack(I, 2, cs(I, "ret"), data) : VAL_NULL;
    }
    if (bview_eq_cstr(n, "write") && tuple_len(r) == 4 && str_check(arg) && bytes_check(tuple_get(r, 3))) {
        const Blob *bl = find_blob(&s->outputs, s->noutputs, arg);
        if ((s->caps & ENCLAVE_CAP_OUTPUT) == 0 || bl == NULL)
            return tuple_pack(I, 2, cs(I, "denied"), str_from_format(I, "enclave: no output blob named %R", arg));
        int64_t fh = h->open(h->ctx, bl->path, "wb");
        BView data = bytes_view(tuple_get(r, 3));
        bool ok = fh >= 0 && h->fwrite(h->ctx, fh, data.p, data.n) == (int64_t)data.n;
        if (fh >= 0 && h->fclose(h->ctx, fh) != 0) ok = false;
        if (!ok) return tuple_pack(I, 2, cs(I, "denied"), str_from_format(I, "enclave: cannot write output blob %R", arg));
        return tuple_pack(I, 2, cs(I, "ret"), I->none);
    }
    return tuple_pack(I, 2, cs(I, "denied"), cs(I, "enclave: unknown ocall"));
}

/* Reads replies until the final one and prints it. Returns 0 (ok) or 1. With [quiet_error]
 * an "error" reply is printed on stdout as "error: MSG" (the hostile test's transcript). */
static int await_reply(Session *s, bool quiet_error, bool report) {
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
        if (bview_eq_cstr(k, "ocall") && s->hostile_ocall > 0) {
            if (!send_hostile_answer(s)) return 1;
            continue;
        }
        if (bview_eq_cstr(k, "ocall")) {
            Value ans = ocall_answer(s, r);
            if (ans == VAL_NULL) {
                exc_clear(I);
                ans = tuple_pack(I, 2, cs(I, "denied"), cs(I, "enclave: the host could not answer"));
            }
            if (ans == VAL_NULL || !boundary_send(I, s->sb.req, ans)) {
                exc_clear(I);
                outs(HOST_STDERR, "safepy-host: cannot answer an ocall\n");
                return 1;
            }
            continue;
        }
        if (bview_eq_cstr(k, "ok") && tuple_len(r) == 2) {
            Value v = tuple_get(r, 1);
            if (report && dict_check(v)) {
                print_report(I, v);
                return 0;
            }
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

static int request_as(Session *s, Value req, bool report) {
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
    return await_reply(s, false, report);
}

static int request(Session *s, Value req) { return request_as(s, req, false); }

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

/* call FILE FUNCTION ARGS-JSON [ARGS-JSON...]: loads FILE once, then one call per
 * ARGS-JSON (each starting from the state after the load when reset is on). */
static int cmd_call(Session *s, int argc, char **argv, int first) {
    Interp *I = s->I;
    const char *path = cargs_get(argc, argv, first), *func = cargs_get(argc, argv, first + 1);
    Value src = read_source(I, path);
    if (src == VAL_NULL) return 1;
    Value mod = import_module_cstr(I, "json");
    Value loads = mod != VAL_NULL ? obj_getattr_cstr(I, mod, "loads") : VAL_NULL;
    Value calls = list_new(I, 0);
    for (int k = first + 2; k < argc && loads != VAL_NULL && calls != VAL_NULL; k++) {
        Value text = cs(I, cargs_get(argc, argv, k));
        Value args = text != VAL_NULL ? obj_call1(I, loads, text) : VAL_NULL;
        if (args == VAL_NULL || !list_check(args)) {
            exc_clear(I);
            outs(HOST_STDERR, "safepy-host: ARGS-JSON must be a JSON array of arguments\n");
            return 2;
        }
        if (!list_append(I, calls, args)) return 1;
    }
    if (calls == VAL_NULL || loads == VAL_NULL) return 1;
    // The module is loaded (and measured) once; each call names it by its file.
    if (request(s, tuple_pack(I, 3, cs(I, "load"), src, cs(I, path))) != 0) return 1;
    int status = 0;
    for (size_t k = 0; k < list_len(calls); k++) {
        if (request(s, tuple_pack(I, 5, cs(I, "call"), I->none, cs(I, path), cs(I, func), list_get(calls, k))) != 0)
            status = 1;
    }
    return status;
}

/* Loads each file as a module, then prints the enclave's report. */
static int cmd_report(Session *s, int argc, char **argv, int first) {
    Interp *I = s->I;
    for (int i = first; i < argc; i++) {
        const char *path = cargs_get(argc, argv, i);
        Value src = read_source(I, path);
        if (src == VAL_NULL || request(s, tuple_pack(I, 3, cs(I, "load"), src, cs(I, path))) != 0) return 1;
    }
    return request_as(s, tuple_pack(I, 1, cs(I, "report")), true);
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

/* Answers an OCALL made by the enclave: malformed answers a hostile host could give. */
static const struct {
    BView payload;
    uint32_t claimed; /* 0: the payload's length */
} HOSTILE_OCALL[] = {
    {RAW("\xff"), 0},                                          // unknown tag
    {RAW("N"), 0},                                              // not a tuple
    {RAW("t\x02\x00\x00\x00s\x03\x00\x00\x00reti\x00\x01\x00\x00\x00\x05"), 0}, // ("ret", 5): wrong type
    {RAW("t\x02\x00\x00\x00s\x06\x00\x00\x00" "deniedN"), 0},  // ("denied", None)
    {RAW("t\x02\x00\x00\x00s\x03\x00\x00\x00yesb\x00\x00\x00\x00"), 0}, // unknown kind
    {RAW("t\x02\x00\x00\x00s\x03\x00\x00\x00rets\x09\x00\x00\x00" "ab"), 0}, // truncated str
    {RAW("t\x01\x00\x00\x00s\x03\x00\x00\x00ret"), 0},     // ("ret",): wrong arity
    {RAW("t\x02\x00\x00\x00s\x03\x00\x00\x00retb\x02\x00\x00\x00" "ok"), 0}, // a good answer
};

static bool send_hostile_answer(Session *s) {
    size_t n = sizeof HOSTILE_OCALL / sizeof HOSTILE_OCALL[0];
    size_t k = (size_t)s->hostile_ocall - 1;
    if (k >= n) k = n - 1; // then always the good answer
    s->hostile_ocall++;
    BView p = HOSTILE_OCALL[k].payload;
    if (!send_raw(s, p, HOSTILE_OCALL[k].claimed != 0 ? HOSTILE_OCALL[k].claimed : (uint32_t)p.n)) {
        outs(HOST_STDERR, "safepy-host: cannot answer an ocall\n");
        return false;
    }
    return true;
}

static int cmd_hostile(Session *s, size_t max_message) {
    Interp *I = s->I;
    size_t n = sizeof HOSTILE / sizeof HOSTILE[0];
    for (size_t i = 0; i < n; i++) {
        outs(HOST_STDOUT, HOSTILE[i].what);
        outs(HOST_STDOUT, ": ");
        if (!send_raw(s, HOSTILE[i].payload, (uint32_t)HOSTILE[i].payload.n)) break;
        await_reply(s, true, false);
    }
    // Deep nesting: 200 one-element lists (the limit is WIRE_MAX_DEPTH).
    Buf deep;
    buf_init(&deep);
    for (int i = 0; i < 200; i++) {
        if (buf_append(I->heap, &deep, (BView)RAW("l\x01\x00\x00\x00")) != K_OK) return 1;
    }
    if (buf_push(I->heap, &deep, 'N') != K_OK) return 1;
    outs(HOST_STDOUT, "deep nesting: ");
    if (send_raw(s, buf_view(&deep), (uint32_t)buf_view(&deep).n)) await_reply(s, true, false);
    // A frame over the limit (its bytes follow, so the stream stays in step).
    Buf big;
    buf_init(&big);
    if (buf_resize(I->heap, &big, max_message + 1) != K_OK) return 1;
    outs(HOST_STDOUT, "oversized frame: ");
    if (send_raw(s, buf_view(&big), (uint32_t)buf_view(&big).n)) await_reply(s, true, false);
    // Still usable after all that?
    outs(HOST_STDOUT, "good request after them:\n");
    int st = request(s, tuple_pack(I, 3, cs(I, "run"), cs(I, "print('enclave still alive', 6 * 7)"), cs(I, "<hostile>")));
    // A load after the first run: refused (the snapshot and the measurement are sealed).
    outs(HOST_STDOUT, "load after a run: ");
    BView load = RAW("t\x03\x00\x00\x00s\x04\x00\x00\x00loads\x00\x00\x00\x00s\x04\x00\x00\x00x.py");
    if (send_raw(s, load, (uint32_t)load.n)) await_reply(s, true, false);
    // OCALL answers from a hostile host: each one an exception inside, never a crash.
    outs(HOST_STDOUT, "hostile ocall answers:\n");
    s->hostile_ocall = 1;
    if (request(s, tuple_pack(I, 3, cs(I, "run"),
                              cs(I, "import enclave\nfor i in range(9):\n"
                                    "    try:\n        print(i, 'ok', enclave.read_input('data'))\n"
                                    "    except Exception as e:\n        print(i, type(e).__name__, e)\n"),
                              cs(I, "<hostile-ocall>"))) != 0)
        st = 1;
    s->hostile_ocall = 0;
    // Finally a frame cut short: the child must end cleanly, not crash.
    outs(HOST_STDOUT, "truncated frame: ");
    if (send_raw(s, (BView)RAW("abc"), 100)) {
        sandbox_stop(&s->sb);
        outs(HOST_STDOUT, "enclave ended\n");
        s->dead = true;
    }
    return st;
}

/* N "ping" (or "reset") round trips: the cost of one ECALL (frame out, checkpoint, frame
 * back), plus the heap restore for reset. */
static int cmd_ping(Session *s, bool reset, const char *count, int argc, char **argv, int first) {
    const char *op = reset ? "reset" : "ping";
    Interp *I = s->I;
    uint64_t n = 0;
    if (count == NULL || !parse_size(count, &n) || n == 0 || n > 100000000) {
        outs(HOST_STDERR, USAGE);
        return 2;
    }
    // reset N FILE...: load the files first (a bigger snapshot to restore).
    for (int k = first; reset && k < argc; k++) {
        const char *path = cargs_get(argc, argv, k);
        Value src = read_source(I, path);
        if (src == VAL_NULL || request(s, tuple_pack(I, 3, cs(I, "load"), src, cs(I, path))) != 0) return 1;
    }
    Value req = tuple_pack(I, 1, cs(I, op));
    Buf body;
    buf_init(&body);
    if (req == VAL_NULL || !wire_encode(I, req, &body, WIRE_MAX_DEPTH)) return 1;
    const Host *h = posix_host();
    // One untimed ping first: the child's start-up (heap, interpreter, measurement) is
    // not part of a round trip.
    Value warm = tuple_pack(I, 1, cs(I, "ping"));
    Buf wf;
    if (warm == VAL_NULL || !boundary_send(I, s->sb.req, warm) ||
        boundary_read_frame(I, s->sb.reply, HOST_MAX_REPLY, &wf) != FRAME_OK) {
        report_death(s);
        return 1;
    }
    int64_t t0 = h->clock_ns(h->ctx, 1);
    Value last = I->none;
    for (uint64_t k = 0; k < n; k++) {
        if (!send_raw(s, buf_view(&body), (uint32_t)buf_view(&body).n)) return 1;
        Buf frame;
        if (boundary_read_frame(I, s->sb.reply, HOST_MAX_REPLY, &frame) != FRAME_OK) {
            report_death(s);
            return 1;
        }
        Value r = wire_decode(I, buf_view(&frame), HOST_MAX_REPLY, WIRE_MAX_DEPTH);
        if (r == VAL_NULL || !tuple_check(r) || tuple_len(r) != 2) return 1;
        last = tuple_get(r, 1);
    }
    int64_t t1 = h->clock_ns(h->ctx, 1);
    outv(HOST_STDOUT, str_from_format(I, "%lld %s, %lld ns each\n", (long long)n,
                                      reset ? "resets" : "round trips", (long long)((t1 - t0) / (int64_t)n)));
    if (reset) {
        Value rep = obj_repr(I, last);
        outs(HOST_STDOUT, "snapshot bytes: ");
        outv(HOST_STDOUT, rep);
        outs(HOST_STDOUT, "\n");
        exc_clear(I);
    }
    return 0;
}

/* The ENCLAVE_CAP_* bits named in the comma-separated [list]; false for an unknown name. */
static bool parse_caps(const char *list, unsigned *bits) {
    static const struct {
        const char *name;
        unsigned bit;
    } NAMES[] = {{"stdout", ENCLAVE_CAP_STDOUT}, {"clock", ENCLAVE_CAP_CLOCK}, {"random", ENCLAVE_CAP_RANDOM}};
    BView v = bview_cstr(list);
    size_t lo = 0;
    *bits = 0;
    while (lo <= v.n) {
        int64_t comma = bview_find_byte(v, ',', lo);
        size_t hi = comma < 0 ? v.n : (size_t)comma;
        BView item = bview_slice(v, lo, hi);
        size_t k = 0;
        while (k < sizeof NAMES / sizeof NAMES[0] && !bview_eq_cstr(item, NAMES[k].name)) k++;
        if (k == sizeof NAMES / sizeof NAMES[0]) return false;
        *bits |= NAMES[k].bit;
        lo = hi + 1;
    }
    return true;
}

/* Splits each blob's NAME=FILE (in the host's heap). False after reporting a bad one. */
static bool split_blobs(Interp *I, Blob (*tab)[MAX_BLOBS], size_t n) {
    for (size_t k = 0; k < n && k < MAX_BLOBS; k++) {
        Blob *b = &(*tab)[k];
        BView v = bview_cstr(b->spec);
        int64_t eq = bview_find_byte(v, '=', 0);
        if (eq <= 0 || (size_t)eq + 1 >= v.n) {
            outs(HOST_STDERR, "safepy-host: a blob is NAME=FILE, not ");
            outs(HOST_STDERR, b->spec);
            outs(HOST_STDERR, "\n");
            return false;
        }
        b->name = str_from_utf8(I, bview_slice(v, 0, (size_t)eq));
        Value path = str_from_utf8(I, bview_slice(v, (size_t)eq + 1, v.n));
        b->path = path != VAL_NULL ? str_cstr(I, path) : NULL;
        if (b->name == VAL_NULL || b->path == NULL) {
            exc_clear(I);
            outs(HOST_STDERR, "safepy-host: bad blob name or file\n");
            return false;
        }
    }
    return true;
}

int main(int argc, char **argv) {
    EnclaveConfig cfg = {(size_t)64 << 20, 0, 0, 0, WIRE_MAX_SIZE, false, ENCLAVE_CAP_STDOUT, false};
    Session s = {NULL, {0, -1, -1}, false, 0, {{0}}, {{0}}, 0, 0, 0};
    const char *image = NULL;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = cargs_get(argc, argv, i);
        BView av = bview_cstr(a);
        if (bview_eq_cstr(av, "--image") && cargs_get(argc, argv, i + 1) != NULL) {
            image = cargs_get(argc, argv, ++i);
            continue;
        }
        if (bview_eq_cstr(av, "--test-hooks")) {
            cfg.test_hooks = true;
            continue;
        }
        if (bview_eq_cstr(av, "--no-reset")) {
            cfg.no_reset = true;
            continue;
        }
        if (!bview_startswith(av, bview_cstr("--"))) break;
        const char *val = cargs_get(argc, argv, i + 1);
        bool is_in = bview_eq_cstr(av, "--input"), is_out = bview_eq_cstr(av, "--output");
        if ((is_in || is_out) && val != NULL) {
            size_t *cnt = is_in ? &s.ninputs : &s.noutputs;
            if (*cnt >= MAX_BLOBS) {
                outs(HOST_STDERR, "safepy-host: too many blobs\n");
                return 2;
            }
            if (is_in) s.inputs[s.ninputs].spec = val;
            else s.outputs[s.noutputs].spec = val;
            (*cnt)++;
            cfg.caps |= is_in ? ENCLAVE_CAP_INPUT : ENCLAVE_CAP_OUTPUT;
            i++;
            continue;
        }
        bool is_allow = bview_eq_cstr(av, "--allow"), is_deny = bview_eq_cstr(av, "--deny");
        if ((is_allow || is_deny) && val != NULL) {
            unsigned bits = 0;
            if (!parse_caps(val, &bits)) {
                outs(HOST_STDERR, "safepy-host: unknown capability in ");
                outs(HOST_STDERR, val);
                outs(HOST_STDERR, " (stdout, clock, random)\n");
                return 2;
            }
            cfg.caps = is_allow ? cfg.caps | bits : cfg.caps & ~bits;
            i++;
            continue;
        }
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
    bool ok = (bview_eq_cstr(c, "run") && argc > i + 1) || (bview_eq_cstr(c, "call") && argc >= i + 4) ||
              bview_eq_cstr(c, "hostile") || bview_eq_cstr(c, "test-syscall") ||
              bview_eq_cstr(c, "report") || (bview_eq_cstr(c, "ping") && argc == i + 2) || (bview_eq_cstr(c, "reset") && argc >= i + 2);
    if (!ok) {
        outs(HOST_STDERR, USAGE);
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    s.caps = cfg.caps;
    if (image != NULL ? !sandbox_start_image(&cfg, image, &s.sb) : !sandbox_start(&cfg, &s.sb)) {
        outs(HOST_STDERR, "safepy-host: cannot start the enclave\n");
        return 1;
    }
    EnclaveConfig hcfg = {(size_t)256 << 20, 0, 0, 0, 0, false, 0, true};
    s.I = enclave_interp_new(&hcfg, posix_host(), __builtin_frame_address(0));
    if (s.I == NULL) {
        outs(HOST_STDERR, "safepy-host: cannot reserve the host's heap\n");
        return 1;
    }
    if (!split_blobs(s.I, &s.inputs, s.ninputs) || !split_blobs(s.I, &s.outputs, s.noutputs)) {
        sandbox_stop(&s.sb);
        return 2;
    }
    int status;
    if (bview_eq_cstr(c, "run")) status = cmd_run(&s, argc, argv, i + 1);
    else if (bview_eq_cstr(c, "call"))
        status = cmd_call(&s, argc, argv, i + 1);
    else if (bview_eq_cstr(c, "hostile")) status = cmd_hostile(&s, cfg.max_message);
    else if (bview_eq_cstr(c, "report")) status = cmd_report(&s, argc, argv, i + 1);
    else if (bview_eq_cstr(c, "ping") || bview_eq_cstr(c, "reset"))
        status = cmd_ping(&s, bview_eq_cstr(c, "reset"), cargs_get(argc, argv, i + 1), argc, argv, i + 2);
    else status = request(&s, tuple_pack(s.I, 1, cs(s.I, "test-syscall")));
    if (!s.dead) {
        int st = sandbox_stop(&s.sb);
        if (st != 0 && status == 0) status = 1;
    }
    return status;
}
