/*
 * fuzz_marshal.c: libFuzzer harness for marshal.loads (src/modules/marshal_load.c), the
 * loader of the frozen modules' precompiled code. The input is marshal data: CPython's
 * data format or safepy's code objects (seeds in corpus/marshal). Checks, besides the
 * sanitizers: loading either succeeds or raises (any Python exception: malformed input
 * must never crash, allocate beyond what the input can fill, or nest without bound); a
 * loaded object marshals again (marshal_dump) to bytes that load back and marshal to
 * themselves (a fixed point after that first round, whose interning may share more); a
 * loaded code object passed code_verify and runs (as module code in a fresh namespace,
 * under the instruction budget) with at most a Python exception. Every input gets a fresh
 * interpreter (the code it runs may change interpreter state).
 */

#define FZ_STEPS 20000
#define FZ_MAX_INPUT 4096

#include "fuzz_interp.h"

#include "../../src/modules/marshal.h"
#include "../../src/objects/dict.h"
#include "../../src/vm/code.h"
#include "../../src/vm/eval.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// An exception that is not a verdict on the input (the fuzzing budgets).
static bool budget_exc(Interp *I) {
    return exc_pending_is(I, TY_MEMORY_ERROR) || exc_pending_is(I, TY_RECURSION_ERROR);
}

static Value dump_load(Interp *I, Value v, Buf *out) {
    buf_init(out);
    if (!marshal_dump(I, v, MARSHAL_VERSION, out)) {
        if (budget_exc(I)) return VAL_NULL;
        abort(); // a loaded object is always marshallable
    }
    size_t used = 0;
    Value back = marshal_load(I, buf_view(out), &used);
    if (back == VAL_NULL && budget_exc(I)) return VAL_NULL;
    if (back == VAL_NULL || used != out->len) abort(); // marshal_dump's output loads, whole
    return back;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > FZ_MAX_INPUT) return 0;
    Interp *I = fz_new_interp(__builtin_frame_address(0));
    BView in = {data, size};
    size_t used = 0;
    Value v = marshal_load(I, in, &used);
    if (v == VAL_NULL) {
        if (I->exc == VAL_NULL) abort(); // a failure always has an exception
        exc_clear(I);
        return 0;
    }
    if (used > size) abort();
    Buf first, second, third;
    Value v2 = dump_load(I, v, &first);
    Value v3 = v2 == VAL_NULL ? VAL_NULL : dump_load(I, v2, &second);
    if (v3 != VAL_NULL) {
        buf_init(&third);
        if (marshal_dump(I, v3, MARSHAL_VERSION, &third) && !bview_eq(buf_view(&third), buf_view(&second)))
            abort(); // marshal_dump(marshal_load(x)) is a fixed point from the second round
    }
    exc_clear(I);
    CodeObject *co = code_cast(v);
    if (co != NULL) {
        if (!co->verified) abort(); // marshal_load returns verified code only
        Value globals = dict_new(I);
        if (globals != VAL_NULL) (void)vm_exec(I, v, globals, globals);
        exc_clear(I);
    }
    return 0;
}
