/*
 * fuzz_pycheck.h: shared driver for the harnesses whose checks are written in Python
 * (fuzz_json, fuzz_re, fuzz_struct). The harness passes the source of a small checker
 * module defining `check(data: bytes)`; it is run as __main__ in each fresh interpreter
 * (fuzz_interp.h) and `check` is then called once per input with the input's bytes.
 *
 * The checker calls the library under test and catches the exceptions the library may
 * legitimately raise for that input (json.JSONDecodeError, re.error, struct.error...);
 * it raises AssertionError when a result is inconsistent. Anything that escapes it must
 * be a resource limit: BudgetExceeded (the step budget), MemoryError (the 48 MiB heap)
 * or RecursionError (depth 200 / the C stack budget). Any other exception is a bug: the
 * harness prints its traceback and aborts, so libFuzzer records the input.
 *
 * Included after fuzz_interp.h by exactly one harness per binary.
 */
#ifndef SAFEPY_FUZZ_PYCHECK_H
#define SAFEPY_FUZZ_PYCHECK_H

#include <stdio.h>

#include "../../src/modules/traceback.h"
#include "../../src/objects/bytes.h"
#include "../../src/objects/ops.h"
#include "../../src/objects/str.h"

// Prints exception [e] (traceback and all) to stderr, then aborts.
static void fz_die(Interp *I, Value e, const char *why) {
    fprintf(stderr, "fuzz check failed: %s\n", why);
    exc_clear(I);
    I->limits.max_steps = 0; // formatting must not run out of budget
    StrBuilder sb;
    sb_init(&sb);
    if (e != VAL_NULL && traceback_format(I, e, &sb)) {
        Value s = sb_finish(I, &sb);
        if (s != VAL_NULL) {
            BView v = str_view(s);
            fwrite(v.p, 1, v.n, stderr);
        }
    }
    abort();
}

// The checker's `check` function: built from [src] when the interpreter is fresh.
static Value fz_checker(Interp *I, const char *src) {
    if (I->main_module != VAL_NULL) {
        Value f = obj_getattr_cstr(I, I->main_module, "check");
        if (f != VAL_NULL) return f;
        exc_clear(I);
    }
    int64_t saved = I->limits.max_steps;
    I->limits.max_steps = 0; // the checker's own setup (imports) runs unbudgeted
    BView sv = {(const uint8_t *)src, strlen(src)};
    Value r = import_run_source_main(I, sv, str_from_cstr(I, "<fuzzcheck>"));
    if (r == VAL_NULL) fz_die(I, exc_fetch(I), "checker setup raised");
    I->limits.max_steps = saved;
    Value f = obj_getattr_cstr(I, I->main_module, "check");
    if (f == VAL_NULL) fz_die(I, exc_fetch(I), "checker defines no check()");
    return f;
}

// Runs check(data) and accepts only a normal return or a resource-limit exception.
static void fz_pycheck(Interp *I, const char *src, const uint8_t *data, size_t size) {
    Value f = fz_checker(I, src);
    I->limits.max_steps = I->steps + FZ_STEPS;
    BView in = {data, size};
    Value b = bytes_new(I, in);
    if (b == VAL_NULL) fz_die(I, exc_fetch(I), "bytes_new failed");
    Value r = obj_call1(I, f, b);
    if (r == VAL_NULL) {
        if (!exc_pending_is(I, TY_BUDGET_ERROR) && !exc_pending_is(I, TY_MEMORY_ERROR) &&
            !exc_pending_is(I, TY_RECURSION_ERROR))
            fz_die(I, exc_fetch(I), "unexpected exception");
    }
    exc_clear(I);
}

#endif
