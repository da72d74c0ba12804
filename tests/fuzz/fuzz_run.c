/*
 * fuzz_run.c: libFuzzer harness for the whole interpreter: arbitrary bytes are compiled
 * as a module and run with an instruction budget, a 48 MiB heap, a 1 MiB C stack budget
 * and a recursion limit of 200 (fuzz_interp.h). Any outcome is fine (a result, any
 * Python exception, MemoryError, budget exhaustion) except a crash or a sanitizer
 * report. After the run the harness also takes repr() of every global the program left
 * behind, so half-built objects are exercised too. Build and run: `make fuzz`.
 */
#include "fuzz_interp.h"

#include "../../src/objects/dict.h"
#include "../../src/objects/module.h"
#include "../../src/objects/ops.h"
#include "../../src/objects/str.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 4096) return 0;
    Interp *I = fz_new_interp(__builtin_frame_address(0));
    BView src = {data, size};
    Value fn = str_from_cstr(I, "<fuzz>");
    if (fn == VAL_NULL) abort();
    Value r = import_run_source_main(I, src, fn);
    (void)r;
    exc_clear(I);
    // Give the leftovers a little more budget and look at them.
    I->limits.max_steps = I->steps + FZ_STEPS;
    if (I->main_module != VAL_NULL) {
        Value d = obj_getattr_cstr(I, I->main_module, "__dict__");
        if (d != VAL_NULL) {
            Value rr = obj_repr(I, d);
            (void)rr;
        }
    }
    exc_clear(I);
    return 0;
}
