/*
 * fuzz_wire.c: libFuzzer harness for the boundary checkpoint (wire_decode). Every input
 * must either decode or give a ValueError; a decoded value must re-encode to exactly the
 * same bytes (the format is canonical). Part of `make fuzz` (FUZZ_INTERP in the Makefile:
 * linked with the whole interpreter, enclave layer included); one interpreter serves
 * every input, as the enclave serves every request.
 */
#include <stdlib.h>

#include "../../src/enclave/enclave.h"
#include "../../src/enclave/posix_host.h"
#include "../../src/enclave/wire.h"
#include "../../src/objects/exc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static Interp *fuzz_interp;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    int base = 0;
    if (fuzz_interp == NULL) {
        EnclaveConfig cfg = {(size_t)256 << 20, 0, 0, 0, 0, false};
        // The outermost frame libFuzzer gives us: deeper calls only.
        fuzz_interp = enclave_interp_new(&cfg, posix_host(), &base);
        if (fuzz_interp == NULL) abort();
    }
    Interp *I = fuzz_interp;
    BView in = {data, size};
    Value v = wire_decode(I, in, WIRE_MAX_SIZE, WIRE_MAX_DEPTH);
    if (v == VAL_NULL) {
        if (!exc_pending_is(I, TY_VALUE_ERROR) && !exc_pending_is(I, TY_MEMORY_ERROR)) abort();
        exc_clear(I);
        return 0;
    }
    Buf b;
    buf_init(&b);
    if (!wire_encode(I, v, &b, WIRE_MAX_DEPTH)) abort();
    if (!bview_eq(buf_view(&b), in)) abort(); // canonical: one encoding per value
    return 0;
}
