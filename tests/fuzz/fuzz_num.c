/*
 * fuzz_num.c: libFuzzer harness for number text: int() and float() parsing, their repr /
 * str, format(x, spec) and printf-style '%' formatting. The first input byte picks the
 * operation, the rest is the text (for formatting: "value|spec"). Checks, besides the
 * sanitizers: a parsed int prints and re-parses to an equal int in bases 10, 2, 8, 16; a
 * parsed float's repr parses back to the same bits (or NaN); formatting either succeeds
 * with a str or raises a Python exception.
 */
#define FZ_REUSE 500
#include "fuzz_interp.h"

#include "../../src/objects/float.h"
#include "../../src/objects/int.h"
#include "../../src/objects/ops.h"
#include "../../src/objects/str.h"
#include "../../src/vm/opcodes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void roundtrip_int(Interp *I, Value v) {
    static const int bases[] = {10, 2, 8, 16};
    for (size_t k = 0; k < 4; k++) {
        Value s = int_to_str(I, v, bases[k]);
        if (s == VAL_NULL) {
            if (!exc_pending_is(I, TY_VALUE_ERROR) && !exc_pending_is(I, TY_MEMORY_ERROR)) abort();
            exc_clear(I);
            continue;
        }
        Value back = int_from_text(I, str_view(s), bases[k]);
        if (back == VAL_NULL) {
            // Only the int_max_str_digits limit may refuse our own output.
            if (!exc_pending_is(I, TY_VALUE_ERROR)) abort();
            exc_clear(I);
            continue;
        }
        if (obj_eq(I, v, back) != 1) abort();
    }
}

static Value number_from(Interp *I, BView t) {
    Value v = int_from_text(I, t, 0);
    if (v != VAL_NULL) return v;
    exc_clear(I);
    v = float_from_text(I, t);
    if (v != VAL_NULL) return v;
    exc_clear(I);
    return VAL_NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1 || size > 1024) return 0;
    Interp *I = fz_new_interp(__builtin_frame_address(0));
    uint8_t op = data[0];
    BView text = {data + 1, size - 1};
    switch (op % 5) {
    case 0: { // int(text, base)
        int b = (op / 5) % 38;
        if (b == 1) b = 10;
        if (b == 37) b = 0;
        Value v = int_from_text(I, text, b);
        if (v == VAL_NULL) {
            exc_clear(I);
            break;
        }
        roundtrip_int(I, v);
        Value r = obj_repr(I, v);
        (void)r;
        break;
    }
    case 1: { // float(text), repr round trip
        Value v = float_from_text(I, text);
        if (v == VAL_NULL) {
            exc_clear(I);
            break;
        }
        double d = float_value(v);
        Value r = float_repr(I, d);
        if (r == VAL_NULL) abort();
        Value back = float_from_text(I, str_view(r));
        if (back == VAL_NULL) abort();
        double e = float_value(back);
        if (d == d && memcmp(&d, &e, sizeof d) != 0) abort();
        if (d != d && e == e) abort();
        Value iv = int_from_double(I, d);
        if (iv == VAL_NULL) exc_clear(I);
        break;
    }
    case 2:   // format(number, spec)
    case 3: { // spec % number
        int64_t bar = bview_find_byte(text, '|', 0);
        if (bar < 0) break;
        Value v = number_from(I, bview_slice(text, 0, (size_t)bar));
        if (v == VAL_NULL) break;
        Value spec = str_from_utf8(I, bview_slice(text, (size_t)bar + 1, text.n));
        if (spec == VAL_NULL) {
            exc_clear(I);
            break;
        }
        Value r = op % 5 == 2 ? obj_format(I, v, spec) : obj_binop(I, spec, v, BINOP_MOD);
        if (r != VAL_NULL && !str_check(r)) abort();
        exc_clear(I);
        break;
    }
    default: { // int(text) with literal rules, then float arithmetic on it
        Value v = number_from(I, text);
        if (v == VAL_NULL) break;
        Value s = obj_str(I, v);
        if (s == VAL_NULL) exc_clear(I);
        Value f = obj_binop(I, v, float_new(I, 0.5), BINOP_TRUEDIV);
        if (f == VAL_NULL) exc_clear(I);
        else {
            Value fs = obj_repr(I, f);
            (void)fs;
        }
        exc_clear(I);
        break;
    }
    }
    exc_clear(I);
    return 0;
}
