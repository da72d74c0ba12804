/*
 * report.c: the measurement of the trusted side and the report ECALL (enclave.h).
 *
 *   image    SHA-256 of the executable's read-only loaded segments (kernel/measure.h)
 *   stdlib   SHA-256 over the frozen standard library: for each module in table order,
 *            its name, a NUL, the package flag byte, its decoded size and its compressed
 *            size (8 bytes LE each), its compressed source (frozen.h)
 *   sources  a hash chain over the "load" requests: c0 = 32 zero bytes,
 *            c(k+1) = SHA-256(c(k) || len(filename) (8 LE) || filename || len(src) || src)
 *   measurement = SHA-256("safepy-enclave-v1" NUL || image || stdlib || sources)
 *
 * Invariant: the digests live in EnclaveState (outside the heap), so a heap restore
 * never changes them; only init and successful loads do.
 */
#include "../kernel/digest.h"
#include "../kernel/measure.h"
#include "../modules/frozen.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "enclave.h"

static void put_u64(DigestCtx *c, uint64_t x) {
    uint8_t b[8];
    for (int i = 0; i < 8; i++) b[i] = (uint8_t)(x >> (8 * i));
    digest_update(c, b, sizeof b);
}

static void put_view(DigestCtx *c, BView v) {
    put_u64(c, v.n);
    digest_update(c, v.p, v.n);
}

bool enclave_measure_init(EnclaveState *st) {
    size_t nsegs = 0;
    if (measure_image(st->image, &st->image_bytes, &nsegs) != K_OK) return false;
    DigestCtx c;
    if (digest_init(&c, DIGEST_SHA256) != K_OK) return false;
    size_t n = 0;
    for (; frozen_modules[n].name != NULL; n++) {
        BView name = bview_cstr(frozen_modules[n].name);
        digest_update(&c, name.p, name.n);
        uint8_t flag[2] = {0, frozen_modules[n].is_package != 0};
        digest_update(&c, flag, sizeof flag);
        // The compressed bytes and the decoded size: the decoder is deterministic, so
        // they pin the source text as well as the text itself would.
        put_u64(&c, frozen_modules[n].size);
        put_u64(&c, frozen_modules[n].packed);
        digest_update(&c, frozen_modules[n].data, frozen_modules[n].packed);
        // and the precompiled code that runs instead of it (tools/freezecode.c)
        put_u64(&c, frozen_modules[n].code_size);
        put_u64(&c, frozen_modules[n].code_packed);
        if (frozen_modules[n].code != NULL) digest_update(&c, frozen_modules[n].code, frozen_modules[n].code_packed);
    }
    st->stdlib_modules = n;
    for (size_t i = 0; i < sizeof st->sources; i++) st->sources[i] = 0;
    st->nsources = 0;
    return digest_final(&c, st->stdlib, sizeof st->stdlib) == K_OK;
}

bool enclave_measure_source(EnclaveState *st, Value filename, Value source) {
    DigestCtx c;
    if (digest_init(&c, DIGEST_SHA256) != K_OK) {
        exc_raise(st->I, TY_SYSTEM_ERROR, "sha256 unavailable");
        return false;
    }
    digest_update(&c, st->sources, sizeof st->sources);
    put_view(&c, str_view(filename));
    put_view(&c, str_view(source));
    if (digest_final(&c, st->sources, sizeof st->sources) != K_OK) {
        exc_raise(st->I, TY_SYSTEM_ERROR, "sha256 failed");
        return false;
    }
    st->nsources++;
    return true;
}

static Value hex(Interp *I, const uint8_t (*d)[32]) {
    static const char DIGITS[] = "0123456789abcdef";
    char text[65];
    for (size_t i = 0; i < 32; i++) {
        text[2 * i] = DIGITS[(*d)[i] >> 4];
        text[2 * i + 1] = DIGITS[(*d)[i] & 15];
    }
    text[64] = 0;
    return str_from_cstr(I, text);
}

static bool add(Interp *I, Value d, const char *key, Value v) { return v != VAL_NULL && dict_set_cstr(I, d, key, v); }

static bool add_int(Interp *I, Value d, const char *key, size_t v) {
    return add(I, d, key, int_from_i64(I, (int64_t)v));
}

Value enclave_report(EnclaveState *st) {
    Interp *I = st->I;
    DigestCtx c;
    uint8_t total[32];
    if (digest_init(&c, DIGEST_SHA256) != K_OK) return exc_raise(I, TY_SYSTEM_ERROR, "sha256 unavailable");
    static const uint8_t TAG[] = "safepy-enclave-v1";
    digest_update(&c, TAG, sizeof TAG); // with its NUL
    digest_update(&c, st->image, sizeof st->image);
    digest_update(&c, st->stdlib, sizeof st->stdlib);
    digest_update(&c, st->sources, sizeof st->sources);
    if (digest_final(&c, total, sizeof total) != K_OK) return exc_raise(I, TY_SYSTEM_ERROR, "sha256 failed");
    Value d = dict_new(I);
    Value caps = list_new(I, 0);
    if (d == VAL_NULL || caps == VAL_NULL) return VAL_NULL;
    static const char *const NAMES[] = {"stdout", "input", "output", "clock", "random"};
    for (unsigned k = 0; k < sizeof NAMES / sizeof NAMES[0]; k++) {
        if ((st->cfg->caps & (1u << k)) != 0 && !list_append(I, caps, str_from_cstr(I, NAMES[k]))) return VAL_NULL;
    }
    bool reset = !st->cfg->no_reset && st->snap.valid;
    if (!add(I, d, "measurement", hex(I, &total)) || !add(I, d, "image", hex(I, &st->image)) ||
        !add_int(I, d, "image_bytes", st->image_bytes) || !add(I, d, "stdlib", hex(I, &st->stdlib)) ||
        !add_int(I, d, "stdlib_modules", st->stdlib_modules) || !add(I, d, "sources", hex(I, &st->sources)) ||
        !add_int(I, d, "sources_loaded", st->nsources) || !add(I, d, "reset", reset ? I->true_ : I->false_) ||
        !add_int(I, d, "snapshot_bytes", reset ? st->snap.bytes : 0) || !add(I, d, "capabilities", caps))
        return VAL_NULL;
    return d;
}
