/*
 * image.c: the main function of the freestanding trusted image (image.h). Compiled only
 * into build/enclave/safepy-trusted (-DSAFEPY_FREESTANDING); the hosted build forks its
 * child from src/host/sandbox.c instead. The steps are the same as that child's:
 * interpreter first (it maps memory), then the snapshot buffer, then the seal, then
 * requests. Invariant: the seccomp filter is installed before the first request byte is
 * read, and by the image itself (it does not rely on the host having done it).
 */
#include "image.h"

#ifdef SAFEPY_FREESTANDING

#include "../kernel/cargs.h"
#include "boundary.h"
#include "enclave.h"
#include "wire.h"

static bool parse_num(const char *text, uint64_t *out) {
    if (text == NULL) return false;
    BView v = bview_cstr(text);
    uint64_t x = 0;
    if (v.n == 0) return false;
    for (size_t i = 0; i < v.n; i++) {
        int c = bview_get(v, i);
        if (c < '0' || c > '9' || x > (UINT64_MAX - 9) / 10) return false;
        x = x * 10 + (uint64_t)(c - '0');
    }
    *out = x;
    return true;
}

static bool parse_args(int argc, char **argv, EnclaveConfig *cfg) {
    for (int i = 1; i < argc; i++) {
        BView a = bview_cstr(cargs_get(argc, argv, i));
        if (bview_eq_cstr(a, "--test-hooks")) {
            cfg->test_hooks = true;
            continue;
        }
        if (bview_eq_cstr(a, "--no-reset")) {
            cfg->no_reset = true;
            continue;
        }
        uint64_t n = 0;
        if (!parse_num(cargs_get(argc, argv, i + 1), &n) || n > (uint64_t)1 << 40) return false;
        i++;
        if (bview_eq_cstr(a, "--heap")) cfg->heap = (size_t)n;
        else if (bview_eq_cstr(a, "--max-steps")) cfg->max_steps = (int64_t)n;
        else if (bview_eq_cstr(a, "--max-output")) cfg->max_output = (int64_t)n;
        else if (bview_eq_cstr(a, "--recursion") && n > 0 && n < 1000000) cfg->recursion_limit = (int)n;
        else if (bview_eq_cstr(a, "--max-message") && n > 0 && n <= UINT32_MAX) cfg->max_message = (size_t)n;
        else if (bview_eq_cstr(a, "--caps") && n < 256) cfg->caps = (unsigned)n;
        else return false;
    }
    return true;
}

int enclave_image_main(int argc, char **argv) {
    EnclaveConfig cfg = {(size_t)64 << 20, 0, 0, 0, WIRE_MAX_SIZE, false, ENCLAVE_CAP_STDOUT, false};
    if (!parse_args(argc, argv, &cfg)) return 2;
    EnclaveState st; // outside the heap: survives every heap restore
    enclave_state_init(&st, &cfg);
    // The stack base is this frame's top, so the collector also sees st's fields.
    st.I = enclave_interp_new(&cfg, &st.host, __builtin_frame_address(0));
    if (st.I == NULL || !enclave_install_module(&st)) return 3;
    enclave_map_snapshot(&st);
    if (!boundary_seal()) return 4;
    return enclave_serve(&st);
}

#endif /* SAFEPY_FREESTANDING */
