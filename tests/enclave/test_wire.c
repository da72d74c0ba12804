/*
 * test_wire.c: unit tests of the boundary serialisation (src/enclave/wire.c): round trips
 * of every type, exact canonical encodings, every truncation and many corruptions of a
 * valid message, depth and size limits, and encoder refusals. Linked with the library
 * objects (see run_enclave.sh). Prints "wire: N checks, M failed"; exit 1 on failure.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../../src/enclave/enclave.h"
#include "../../src/enclave/posix_host.h"
#include "../../src/enclave/wire.h"
#include "../../src/modules/import.h"
#include "../../src/objects/bytes.h"
#include "../../src/objects/dict.h"
#include "../../src/objects/exc.h"
#include "../../src/objects/int.h"
#include "../../src/objects/list.h"
#include "../../src/objects/module.h"
#include "../../src/objects/ops.h"
#include "../../src/objects/str.h"

static int checks, failed;

#define CHECK(cond, ...)                                  \
    do {                                                  \
        checks++;                                         \
        if (!(cond)) {                                    \
            failed++;                                     \
            printf("FAIL line %d: ", __LINE__);           \
            printf(__VA_ARGS__);                          \
            printf("\n");                                 \
        }                                                 \
    } while (0)

static Interp *I;

static Value eval(const char *expr) {
    char src[4096];
    snprintf(src, sizeof src, "v = %s\n", expr);
    Value r = import_run_source_main(I, bview_cstr(src), str_from_cstr(I, "<test>"));
    if (r == VAL_NULL) {
        exc_clear(I);
        return VAL_NULL;
    }
    return dict_get_cstr(I, module_dict(I->main_module), "v");
}

static const char *pending_msg(void) {
    Value e = exc_fetch(I);
    exc_clear(I);
    if (e == VAL_NULL) return "(no exception)";
    Value m = exc_message(I, e);
    return m != VAL_NULL ? str_cstr(I, m) : "?";
}

// Same value and same type (True is not 1 here).
static bool same(Value a, Value b) {
    if (type_of(I, a) != type_of(I, b)) return false;
    if (int_check(I, a)) return obj_richcmp_bool(I, a, b, CMP_EQ) == 1;
    Value ra = obj_repr(I, a), rb = obj_repr(I, b);
    return ra != VAL_NULL && rb != VAL_NULL && str_eq(ra, rb);
}

static void roundtrip(const char *expr) {
    Value v = eval(expr);
    CHECK(v != VAL_NULL, "cannot evaluate %s", expr);
    if (v == VAL_NULL) return;
    Buf b;
    buf_init(&b);
    bool ok = wire_encode(I, v, &b, WIRE_MAX_DEPTH);
    CHECK(ok, "encode %s: %s", expr, pending_msg());
    if (!ok) return;
    Value d = wire_decode(I, buf_view(&b), WIRE_MAX_SIZE, WIRE_MAX_DEPTH);
    CHECK(d != VAL_NULL, "decode %s: %s", expr, pending_msg());
    if (d == VAL_NULL) return;
    CHECK(same(v, d), "round trip of %s gives %s", expr, str_cstr(I, obj_repr(I, d)));
    Buf b2;
    buf_init(&b2);
    CHECK(wire_encode(I, d, &b2, WIRE_MAX_DEPTH) && bview_eq(buf_view(&b), buf_view(&b2)), "re-encoding %s differs",
          expr);
    // Every proper prefix must be rejected cleanly.
    BView all = buf_view(&b);
    for (size_t n = 0; n < all.n; n++) {
        Value p = wire_decode(I, bview_slice(all, 0, n), WIRE_MAX_SIZE, WIRE_MAX_DEPTH);
        CHECK(p == VAL_NULL && exc_pending_is(I, TY_VALUE_ERROR), "prefix %zu of %s accepted", n, expr);
        exc_clear(I);
    }
}

static void encodes_as(const char *expr, const char *bytes, size_t n) {
    Value v = eval(expr);
    Buf b;
    buf_init(&b);
    bool ok = v != VAL_NULL && wire_encode(I, v, &b, WIRE_MAX_DEPTH);
    CHECK(ok && bview_eq(buf_view(&b), (BView){(const uint8_t *)bytes, n}), "encoding of %s", expr);
    exc_clear(I);
}

static void rejects(const char *what, const char *bytes, size_t n, const char *msg) {
    Value v = wire_decode(I, (BView){(const uint8_t *)bytes, n}, WIRE_MAX_SIZE, WIRE_MAX_DEPTH);
    const char *got = v == VAL_NULL ? pending_msg() : "(accepted)";
    CHECK(v == VAL_NULL && strstr(got, msg) != NULL, "%s: expected '%s', got '%s'", what, msg, got);
}

#define REJECTS(what, lit, msg) rejects(what, lit, sizeof(lit) - 1, msg)
#define ENCODES(expr, lit) encodes_as(expr, lit, sizeof(lit) - 1)

// Deterministic corruption: flip bytes of a valid message; must never crash.
static void corrupt(const char *expr) {
    Value v = eval(expr);
    Buf b;
    buf_init(&b);
    if (v == VAL_NULL || !wire_encode(I, v, &b, WIRE_MAX_DEPTH)) return;
    uint64_t seed = 12345;
    BView orig = buf_view(&b);
    for (int round = 0; round < 3000; round++) {
        Buf c;
        buf_init(&c);
        if (buf_append(I->heap, &c, orig) != K_OK) return;
        for (int k = 0; k < 1 + round % 3; k++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            size_t at = (size_t)(seed >> 33) % c.len;
            (void)buf_set(&c, at, (uint8_t)(seed >> 17));
        }
        Value d = wire_decode(I, buf_view(&c), WIRE_MAX_SIZE, WIRE_MAX_DEPTH);
        checks++;
        if (d == VAL_NULL && !exc_pending_is(I, TY_VALUE_ERROR)) {
            failed++;
            printf("FAIL corruption %d of %s: %s\n", round, expr, pending_msg());
        }
        exc_clear(I);
    }
}

static Value nested(int levels) {
    Buf b;
    buf_init(&b);
    for (int i = 0; i < levels; i++) {
        if (buf_append(I->heap, &b, (BView){(const uint8_t *)"l\x01\x00\x00\x00", 5}) != K_OK) return VAL_NULL;
    }
    if (buf_push(I->heap, &b, 'N') != K_OK) return VAL_NULL;
    return wire_decode(I, buf_view(&b), WIRE_MAX_SIZE, WIRE_MAX_DEPTH);
}

int main(void) {
    EnclaveConfig cfg = {(size_t)256 << 20, 0, 0, 0, 0, false};
    // The stack base is main's frame, above all its locals: with the address of one local
    // (it was &base) a local placed above it, the Buf `big` below, went unscanned and a
    // collection freed its chunk while buf_push grew it (use-after-poison under ASan).
    I = enclave_interp_new(&cfg, posix_host(), __builtin_frame_address(0));
    if (I == NULL) {
        printf("cannot create an interpreter\n");
        return 1;
    }
    static const char *const VALUES[] = {
        "None", "True", "False", "0", "1", "-1", "127", "128", "255", "256", "-256",
        "2**55", "2**56 - 1", "2**56", "-(2**63)", "2**64", "-(2**64) + 1", "2**100", "-(3**200)",
        "2**20000 + 12345", "0.0", "-0.0", "1.5", "-2.5e-300", "float('inf')", "float('-inf')",
        "1e308", "5e-324", "''", "'a'", "'h\\xe9llo \\u20ac \\U0001f600'", "'\\x00'", "'x' * 100000",
        "b''", "b'\\x00\\xff'", "bytes(range(256))", "[]", "()", "{}", "[1, [2, [3, []]]]", "(1,)",
        "(None, True, 1.0, 'a', b'b', [], (), {})", "{'a': 1, 2: (3,), (4, 5): [6], None: None, b'k': {}}",
        "[{'n': i, 's': str(i)} for i in range(200)]", "{True: 1, 2.5: 2, -7: 3, 'x': 4}",
    };
    for (size_t i = 0; i < sizeof VALUES / sizeof VALUES[0]; i++) roundtrip(VALUES[i]);

    // nan: the bits survive (nan != nan, so compare the repr only).
    Value nan = eval("float('nan')");
    Buf nb;
    buf_init(&nb);
    CHECK(nan != VAL_NULL && wire_encode(I, nan, &nb, WIRE_MAX_DEPTH), "encode nan");
    Value dn = wire_decode(I, buf_view(&nb), WIRE_MAX_SIZE, WIRE_MAX_DEPTH);
    CHECK(dn != VAL_NULL && str_eq_cstr(obj_repr(I, dn), "nan"), "nan round trip");

    // Exact, canonical encodings (docs/ENCLAVE.md).
    ENCODES("None", "N");
    ENCODES("True", "T");
    ENCODES("False", "F");
    ENCODES("0", "i\x00\x00\x00\x00\x00");
    ENCODES("1", "i\x00\x01\x00\x00\x00\x01");
    ENCODES("-256", "i\x01\x02\x00\x00\x00\x01\x00");
    ENCODES("2**64", "i\x00\x09\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00");
    ENCODES("1.0", "f\x00\x00\x00\x00\x00\x00\xf0\x3f");
    ENCODES("'\\xe9'", "s\x02\x00\x00\x00\xc3\xa9");
    ENCODES("b'ab'", "b\x02\x00\x00\x00" "ab");
    ENCODES("[None]", "l\x01\x00\x00\x00N");
    ENCODES("(True, False)", "t\x02\x00\x00\x00TF");
    ENCODES("{None: 1}", "d\x01\x00\x00\x00Ni\x00\x01\x00\x00\x00\x01");

    // Malformed input: each rejected with its reason.
    REJECTS("empty", "", "truncated message");
    REJECTS("unknown tag", "X", "unknown tag at offset 0");
    REJECTS("nul tag", "\x00", "unknown tag");
    REJECTS("trailing", "NT", "trailing bytes after the value at offset 1");
    REJECTS("short length", "s\x01\x00", "truncated str");
    REJECTS("str too long", "s\x05\x00\x00\x00" "abc", "truncated str at offset 5");
    REJECTS("bytes too long", "b\xff\xff\xff\xff" "abc", "truncated bytes");
    REJECTS("bad utf8", "s\x01\x00\x00\x00\xff", "invalid UTF-8");
    REJECTS("overlong utf8", "s\x02\x00\x00\x00\xc0\x80", "invalid UTF-8");
    REJECTS("surrogate", "s\x03\x00\x00\x00\xed\xa0\x80", "invalid UTF-8");
    REJECTS("cut utf8", "s\x02\x00\x00\x00\xe2\x82", "invalid UTF-8");
    REJECTS("list count lie", "l\xff\xff\xff\xff", "truncated list/tuple");
    REJECTS("list short", "l\x02\x00\x00\x00N", "truncated list/tuple");
    REJECTS("list item missing", "l\x02\x00\x00\x00Ns", "truncated str");
    REJECTS("tuple count lie", "t\x00\x00\x00\x10NN", "truncated list/tuple");
    REJECTS("dict count lie", "d\x02\x00\x00\x00NN", "truncated dict");
    REJECTS("dict odd", "d\x01\x00\x00\x00N", "truncated dict");
    REJECTS("unhashable key", "d\x01\x00\x00\x00l\x00\x00\x00\x00N", "unhashable dict key at offset 5");
    REJECTS("dict key", "d\x01\x00\x00\x00" "d\x00\x00\x00\x00N", "unhashable dict key");
    REJECTS("repeated key", "d\x02\x00\x00\x00NTNF", "repeated dict key at offset 7");
    REJECTS("1 == True key", "d\x02\x00\x00\x00i\x00\x01\x00\x00\x00\x01NTN", "repeated dict key");
    REJECTS("int leading zero", "i\x00\x02\x00\x00\x00\x00\x01", "non-canonical int");
    REJECTS("big int leading zero", "i\x00\x09\x00\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08", "non-canonical int");
    REJECTS("negative zero", "i\x01\x00\x00\x00\x00", "negative zero");
    REJECTS("int sign", "i\x02\x01\x00\x00\x00\x01", "bad int sign");
    REJECTS("int short", "i\x00\x04\x00\x00\x00\x01", "truncated int");
    REJECTS("float short", "f\x00\x00", "truncated float");

    // Depth: WIRE_MAX_DEPTH levels pass, one more is refused.
    CHECK(nested(WIRE_MAX_DEPTH - 1) != VAL_NULL, "depth %d: %s", WIRE_MAX_DEPTH, pending_msg());
    Value deep = nested(WIRE_MAX_DEPTH);
    CHECK(deep == VAL_NULL && strstr(pending_msg(), "nesting too deep") != NULL, "depth limit");
    CHECK(nested(100000) == VAL_NULL && strstr(pending_msg(), "nesting too deep") != NULL, "very deep");

    // A 2 MB magnitude decodes in linear time (it used to go through hex text, quadratic:
    // about 90 s here) and to the right value, negative too.
    {
        size_t nb = (size_t)2 << 20;
        Buf big;
        buf_init(&big);
        bool built = buf_push(I->heap, &big, 'i') == K_OK && buf_push(I->heap, &big, 1) == K_OK;
        for (int k = 0; built && k < 4; k++) built = buf_push(I->heap, &big, (uint8_t)(nb >> (8 * k))) == K_OK;
        for (size_t k = 0; built && k < nb; k++) built = buf_push(I->heap, &big, 0xff) == K_OK;
        clock_t t0 = clock();
        Value bv = built ? wire_decode(I, buf_view(&big), WIRE_MAX_SIZE, WIRE_MAX_DEPTH) : VAL_NULL;
        double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
        Value want = eval("-(2 ** (8 * 2097152) - 1)");
        CHECK(bv != VAL_NULL && want != VAL_NULL && obj_richcmp_bool(I, bv, want, CMP_EQ) == 1, "2 MB int: %s",
              pending_msg());
        CHECK(secs < 10.0, "2 MB int took %.1f s to decode", secs);
    }

    // Size limit.
    Value sz = wire_decode(I, (BView){(const uint8_t *)"s\x03\x00\x00\x00" "abc", 8}, 7, WIRE_MAX_DEPTH);
    CHECK(sz == VAL_NULL && strstr(pending_msg(), "message too large") != NULL, "size limit");
    sz = wire_decode(I, (BView){(const uint8_t *)"s\x03\x00\x00\x00" "abc", 8}, 8, WIRE_MAX_DEPTH);
    CHECK(sz != VAL_NULL && str_eq_cstr(sz, "abc"), "size limit boundary");

    // Encoder refusals.
    static const char *const BAD[] = {"{1, 2}", "object()", "[1, {2}]", "{'k': 1j}", "bytearray(b'x')", "print"};
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
        Value v = eval(BAD[i]);
        Buf b;
        buf_init(&b);
        bool ok = v != VAL_NULL && wire_encode(I, v, &b, WIRE_MAX_DEPTH);
        CHECK(!ok && exc_pending_is(I, TY_TYPE_ERROR), "encoding %s should be a TypeError", BAD[i]);
        exc_clear(I);
    }
    Value sur = eval("['ok', '\\ud800']");
    Buf sb;
    buf_init(&sb);
    CHECK(sur != VAL_NULL && !wire_encode(I, sur, &sb, WIRE_MAX_DEPTH) && exc_pending_is(I, TY_VALUE_ERROR),
          "lone surrogate refused by the encoder");
    exc_clear(I);
    Value cyc = eval("[]");
    if (cyc != VAL_NULL) (void)list_append(I, cyc, cyc);
    Buf cb;
    buf_init(&cb);
    CHECK(cyc != VAL_NULL && !wire_encode(I, cyc, &cb, WIRE_MAX_DEPTH) && exc_pending_is(I, TY_VALUE_ERROR),
          "cyclic list refused");
    exc_clear(I);

    corrupt("{'a': [1, 2.5, 'x\\u20ac', b'\\x00'], 'b': (None, True, 2**70), 7: {'c': -1}}");
    corrupt("[[[]], ((),), {'': ''}, 'abc' * 5]");

    printf("wire: %d checks, %d failed\n", checks, failed);
    return failed == 0 ? 0 : 1;
}
