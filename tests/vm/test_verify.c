/*
 * test_verify.c: the bytecode verifier rejects malformed code objects with SystemError
 * and accepts well-formed ones; random instruction streams either fail verification or
 * run to an exception / result without crashing (run under ASan+UBSan in `make test`).
 *
 * Build (after `make`): see tests/vm/run.sh.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/enclave/posix_host.h"
#include "../../src/objects/dict.h"
#include "../../src/objects/exc.h"
#include "../../src/objects/interp.h"
#include "../../src/objects/ops.h"
#include "../../src/objects/str.h"
#include "../../src/objects/tuple.h"
#include "../../src/vm/code.h"
#include "../../src/vm/eval.h"
#include "../../src/vm/func.h"

static int fails, checks;

// Word [i] of [co]'s instruction stream as stored (hooks included), through the Buf API.
static uint32_t read_code_word(const CodeObject *co, size_t i) {
    uint32_t w = 0;
    for (size_t k = 0; k < 4; k++) w |= (uint32_t)buf_get(&co->code, i * 4 + k) << (8 * k);
    return w;
}

#define W(op, arg) INSTR_MAKE(OP_##op, (arg))

typedef struct Exc {
    uint32_t start, end, target, depth, lasti;
} Exc;

typedef struct Spec {
    const uint32_t *code;
    size_t n;
    uint32_t stacksize, nlocals, ncells, nfrees, flags, argcount;
    const Exc *exc;
    size_t nexc;
} Spec;

static Value strs(Interp *I, size_t n, const char *const *names) {
    Value t = tuple_new(I, n);
    for (size_t i = 0; i < n; i++) tuple_init_item(t, i, str_from_cstr(I, names[i]));
    return t;
}

static const char *const lnames[] = {"a", "b", "c", "d"};

static CodeObject *build(Interp *I, const Spec *s) {
    Value c = code_new(I);
    CodeObject *co = code_cast(c);
    SrcPos p = {1, 1, 0, 1};
    for (size_t i = 0; i < s->n; i++) {
        if (!code_emit(I, co, s->code[i], p)) abort();
    }
    for (size_t i = 0; i < s->nexc; i++) {
        ExcEntry e = {s->exc[i].start, s->exc[i].end, s->exc[i].target, s->exc[i].depth,
                      s->exc[i].lasti};
        if (!code_add_exc(I, co, e)) abort();
    }
    co->stacksize = s->stacksize;
    co->nlocals = s->nlocals;
    co->ncells = s->ncells;
    co->nfrees = s->nfrees;
    co->flags = s->flags;
    co->argcount = s->argcount;
    co->localnames = strs(I, s->nlocals, lnames);
    co->cellnames = strs(I, s->ncells, lnames);
    co->freenames = strs(I, s->nfrees, lnames + s->ncells);
    Value kw = tuple_pack(I, 1, str_from_cstr(I, "k"));
    co->consts = tuple_pack(I, 4, I->none, val_from_small(1), str_from_cstr(I, "s"), kw);
    co->names = tuple_pack(I, 2, str_from_cstr(I, "x"), str_from_cstr(I, "y"));
    co->name = str_from_cstr(I, "t");
    co->qualname = co->name;
    co->filename = str_from_cstr(I, "<test>");
    return co;
}

static void expect(Interp *I, const char *name, CodeObject *co, bool ok) {
    checks++;
    bool r = code_verify(I, co);
    if (r != ok) {
        fails++;
        printf("FAIL %s: expected %s\n", name, ok ? "accept" : "reject");
        if (!r) {
            Value e = exc_fetch(I);
            Value m = exc_message(I, e);
            printf("  got: %.*s\n", (int)str_view(m).n, (const char *)str_view(m).p);
        }
        exc_clear(I);
        return;
    }
    if (!r) {
        if (!exc_pending_is(I, TY_SYSTEM_ERROR)) {
            fails++;
            printf("FAIL %s: rejected without SystemError\n", name);
        }
        exc_clear(I);
    }
    if (r != co->verified) {
        fails++;
        printf("FAIL %s: verified flag not set correctly\n", name);
    }
}

#define CASE(I, name, ok, stack, ...)                                                     \
    do {                                                                                  \
        static const uint32_t code_[] = {__VA_ARGS__};                                    \
        Spec s_ = {code_, sizeof code_ / sizeof code_[0], stack, 0, 0, 0, 0, 0, NULL, 0}; \
        expect(I, name, build(I, &s_), ok);                                               \
    } while (0)

static void test_operands(Interp *I) {
    CASE(I, "return const", true, 1, W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    CASE(I, "invalid opcode", false, 1, W(LOAD_CONST, 0), 250u, W(RETURN_VALUE, 0));
    CASE(I, "opcode just past the table", false, 1, (uint32_t)OP__COUNT, W(RETURN_VALUE, 0));
    CASE(I, "const index", false, 1, W(LOAD_CONST, 4), W(RETURN_VALUE, 0));
    CASE(I, "name index", false, 1, W(LOAD_GLOBAL, 2), W(RETURN_VALUE, 0));
    CASE(I, "local index", false, 1, W(LOAD_FAST, 0), W(RETURN_VALUE, 0));
    CASE(I, "deref index", false, 1, W(LOAD_DEREF, 0), W(RETURN_VALUE, 0));
    CASE(I, "closure index", false, 1, W(LOAD_CLOSURE, 0), W(RETURN_VALUE, 0));
    CASE(I, "jump target", false, 1, W(LOAD_CONST, 0), W(JUMP, 9), W(RETURN_VALUE, 0));
    CASE(I, "jump target max", false, 1, W(JUMP, 0xffffff), W(RETURN_VALUE, 0));
    CASE(I, "NONE operand not 0", false, 1, W(LOAD_CONST, 0), W(RETURN_VALUE, 1));
    CASE(I, "reserved RETURN_GENERATOR", false, 1, W(RETURN_GENERATOR, 0), W(LOAD_CONST, 0),
         W(RETURN_VALUE, 0));
    // CHECK_EG_MATCH (except*) pops the group and the type, pushes the rest and the match
    CASE(I, "CHECK_EG_MATCH underflow", false, 1, W(LOAD_CONST, 0), W(CHECK_EG_MATCH, 0),
         W(RETURN_VALUE, 0));
    CASE(I, "CHECK_EG_MATCH two operands", true, 2, W(LOAD_CONST, 0), W(LOAD_CONST, 0),
         W(CHECK_EG_MATCH, 0), W(POP_TOP, 0), W(RETURN_VALUE, 0));
    CASE(I, "yield outside generator", false, 1, W(LOAD_CONST, 0), W(YIELD_VALUE, 0),
         W(RETURN_VALUE, 0));
    CASE(I, "BINARY_OP operator", false, 2, W(LOAD_CONST, 1), W(LOAD_CONST, 1),
         W(BINARY_OP, 26), W(RETURN_VALUE, 0));
    CASE(I, "BINARY_OP inplace ok", true, 2, W(LOAD_CONST, 1), W(LOAD_CONST, 1),
         W(BINARY_OP, 25), W(RETURN_VALUE, 0));
    // the BINOP_TMP_LEFT / BINOP_TMP_RIGHT flags (32, 64) ride on any operator; nothing
    // else does
    CASE(I, "BINARY_OP tmp flags ok", true, 2, W(LOAD_CONST, 1), W(LOAD_CONST, 1),
         W(BINARY_OP, 25 | 32 | 64), W(RETURN_VALUE, 0));
    CASE(I, "BINARY_OP tmp left ok", true, 2, W(LOAD_CONST, 1), W(LOAD_CONST, 1),
         W(BINARY_OP, 32), W(RETURN_VALUE, 0));
    CASE(I, "BINARY_OP flags on a bad operator", false, 2, W(LOAD_CONST, 1), W(LOAD_CONST, 1),
         W(BINARY_OP, 26 | 64), W(RETURN_VALUE, 0));
    CASE(I, "BINARY_OP operator 31 with flag", false, 2, W(LOAD_CONST, 1), W(LOAD_CONST, 1),
         W(BINARY_OP, 31 | 32), W(RETURN_VALUE, 0));
    CASE(I, "BINARY_OP bit 7", false, 2, W(LOAD_CONST, 1), W(LOAD_CONST, 1),
         W(BINARY_OP, 128), W(RETURN_VALUE, 0));
    CASE(I, "BINARY_OP high bits", false, 2, W(LOAD_CONST, 1), W(LOAD_CONST, 1),
         W(BINARY_OP, 0x10000 | 32), W(RETURN_VALUE, 0));
    CASE(I, "COMPARE_OP 6", false, 2, W(LOAD_CONST, 1), W(LOAD_CONST, 1), W(COMPARE_OP, 6),
         W(RETURN_VALUE, 0));
    CASE(I, "IS_OP 2", false, 2, W(LOAD_CONST, 1), W(LOAD_CONST, 1), W(IS_OP, 2),
         W(RETURN_VALUE, 0));
    CASE(I, "BUILD_SLICE 4", false, 4, W(LOAD_CONST, 1), W(LOAD_CONST, 1), W(LOAD_CONST, 1),
         W(LOAD_CONST, 1), W(BUILD_SLICE, 4), W(RETURN_VALUE, 0));
    CASE(I, "COPY 0", false, 2, W(LOAD_CONST, 1), W(COPY, 0), W(RETURN_VALUE, 0));
    CASE(I, "SWAP 1", false, 2, W(LOAD_CONST, 1), W(SWAP, 1), W(RETURN_VALUE, 0));
    CASE(I, "SWAP deeper than stack", false, 2, W(LOAD_CONST, 1), W(LOAD_CONST, 1),
         W(SWAP, 3), W(RETURN_VALUE, 0));
    CASE(I, "COPY deeper than stack", false, 3, W(LOAD_CONST, 1), W(COPY, 2),
         W(RETURN_VALUE, 0));
    CASE(I, "LIST_APPEND 0", false, 2, W(BUILD_LIST, 0), W(LOAD_CONST, 1), W(LIST_APPEND, 0),
         W(RETURN_VALUE, 0));
    CASE(I, "LIST_APPEND below stack", false, 2, W(BUILD_LIST, 0), W(LOAD_CONST, 1),
         W(LIST_APPEND, 2), W(RETURN_VALUE, 0));
    CASE(I, "MAP_ADD ok", true, 3, W(BUILD_MAP, 0), W(LOAD_CONST, 1), W(LOAD_CONST, 1),
         W(MAP_ADD, 1), W(RETURN_VALUE, 0));
    CASE(I, "RAISE_VARARGS 3", false, 3, W(LOAD_CONST, 0), W(LOAD_CONST, 0), W(LOAD_CONST, 0),
         W(RAISE_VARARGS, 3));
    CASE(I, "RERAISE 2", false, 2, W(LOAD_CONST, 0), W(LOAD_CONST, 0), W(RERAISE, 2));
    CASE(I, "RERAISE 1 needs two", false, 2, W(LOAD_CONST, 0), W(RERAISE, 1));
    CASE(I, "MAKE_FUNCTION 16", false, 3, W(LOAD_CONST, 0), W(LOAD_CONST, 0),
         W(MAKE_FUNCTION, 16), W(RETURN_VALUE, 0));
    CASE(I, "FORMAT_VALUE 8", false, 2, W(LOAD_CONST, 0), W(FORMAT_VALUE, 8),
         W(RETURN_VALUE, 0));
    CASE(I, "CALL_FUNCTION_EX 2", false, 5, W(PUSH_NULL, 0), W(LOAD_CONST, 0),
         W(LOAD_CONST, 0), W(LOAD_CONST, 0), W(CALL_FUNCTION_EX, 2), W(RETURN_VALUE, 0));
    CASE(I, "KW_NAMES const not a tuple", false, 3, W(PUSH_NULL, 0), W(LOAD_CONST, 0),
         W(LOAD_CONST, 1), W(KW_NAMES, 1), W(CALL, 1), W(RETURN_VALUE, 0));
    CASE(I, "KW_NAMES not before CALL", false, 3, W(PUSH_NULL, 0), W(LOAD_CONST, 0),
         W(LOAD_CONST, 1), W(KW_NAMES, 3), W(NOP, 0), W(CALL, 1), W(RETURN_VALUE, 0));
    CASE(I, "KW_NAMES more names than args", false, 3, W(PUSH_NULL, 0), W(LOAD_CONST, 0),
         W(KW_NAMES, 3), W(CALL, 0), W(RETURN_VALUE, 0));
    CASE(I, "KW_NAMES ok", true, 3, W(PUSH_NULL, 0), W(LOAD_CONST, 0), W(LOAD_CONST, 1),
         W(KW_NAMES, 3), W(CALL, 1), W(RETURN_VALUE, 0));
    CASE(I, "KW_NAMES last", false, 3, W(PUSH_NULL, 0), W(LOAD_CONST, 0), W(LOAD_CONST, 1),
         W(RETURN_VALUE, 0), W(KW_NAMES, 3));
}

static void test_stack(Interp *I) {
    CASE(I, "underflow", false, 1, W(POP_TOP, 0), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    CASE(I, "return on empty stack", false, 1, W(RETURN_VALUE, 0));
    CASE(I, "overflow", false, 1, W(LOAD_CONST, 0), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    CASE(I, "stacksize 0", false, 0, W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    CASE(I, "falls off the end", false, 1, W(LOAD_CONST, 0), W(POP_TOP, 0));
    CASE(I, "branch falls off the end", false, 1, W(LOAD_CONST, 0), W(POP_JUMP_IF_TRUE, 4),
         W(LOAD_CONST, 0), W(RETURN_VALUE, 0), W(NOP, 0));
    CASE(I, "inconsistent merge", false, 2, W(LOAD_CONST, 1), W(POP_JUMP_IF_FALSE, 3),
         W(LOAD_CONST, 0), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    CASE(I, "consistent merge", true, 2, W(LOAD_CONST, 1), W(POP_JUMP_IF_FALSE, 4),
         W(LOAD_CONST, 0), W(JUMP, 5), W(LOAD_CONST, 1), W(RETURN_VALUE, 0));
    CASE(I, "loop growing the stack", false, 4, W(LOAD_CONST, 0), W(LOAD_CONST, 0),
         W(POP_JUMP_IF_TRUE, 0), W(RETURN_VALUE, 0));
    CASE(I, "unreachable tail ignored", true, 1, W(LOAD_CONST, 0), W(RETURN_VALUE, 0),
         W(POP_TOP, 0), W(POP_TOP, 0));
    CASE(I, "for loop", true, 3, W(BUILD_LIST, 0), W(GET_ITER, 0), W(FOR_ITER, 5),
         W(POP_TOP, 0), W(JUMP, 2), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    CASE(I, "FOR_ITER exit depth mismatch", false, 3, W(BUILD_LIST, 0), W(GET_ITER, 0),
         W(FOR_ITER, 4), W(JUMP, 2), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    CASE(I, "huge BUILD_TUPLE", false, 2, W(LOAD_CONST, 0), W(BUILD_TUPLE, 0xffffff),
         W(RETURN_VALUE, 0));
    CASE(I, "huge UNPACK_SEQUENCE", false, 3, W(LOAD_CONST, 0), W(UNPACK_SEQUENCE, 0xffffff),
         W(RETURN_VALUE, 0));
    CASE(I, "huge UNPACK_EX", false, 3, W(LOAD_CONST, 0), W(UNPACK_EX, 0xffffff),
         W(RETURN_VALUE, 0));
    CASE(I, "CALL underflow", false, 3, W(PUSH_NULL, 0), W(LOAD_CONST, 0), W(CALL, 1),
         W(RETURN_VALUE, 0));
    CASE(I, "BUILD_MAP underflow", false, 3, W(LOAD_CONST, 0), W(LOAD_CONST, 0),
         W(BUILD_MAP, 2), W(RETURN_VALUE, 0));
    CASE(I, "WITH_EXCEPT_START needs 4", false, 4, W(LOAD_CONST, 0), W(LOAD_CONST, 0),
         W(LOAD_CONST, 0), W(WITH_EXCEPT_START, 0), W(RETURN_VALUE, 0));
    CASE(I, "SEND jump depth", true, 3, W(LOAD_CONST, 0), W(LOAD_CONST, 0), W(SEND, 4),
         W(RETURN_VALUE, 0), W(RETURN_VALUE, 0));
}

#define XCASE(I, name, ok, stack, excs, ...)                                              \
    do {                                                                                  \
        static const uint32_t code_[] = {__VA_ARGS__};                                    \
        Spec s_ = {code_, sizeof code_ / sizeof code_[0], stack, 0, 0, 0, 0, 0, excs,     \
                   sizeof excs / sizeof excs[0]};                                         \
        expect(I, name, build(I, &s_), ok);                                               \
    } while (0)

static void test_exc_table(Interp *I) {
    // try: x  except: pass  -> handler at 3 with depth 0
    static const Exc good[] = {{0, 2, 3, 0, 0}};
    XCASE(I, "handler ok", true, 2, good, W(LOAD_GLOBAL, 0), W(POP_TOP, 0), W(JUMP, 5),
          W(POP_TOP, 0), W(JUMP, 5), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    static const Exc lasti[] = {{0, 2, 3, 0, 1}};
    XCASE(I, "handler with lasti", true, 2, lasti, W(LOAD_GLOBAL, 0), W(POP_TOP, 0),
          W(JUMP, 6), W(POP_TOP, 0), W(POP_TOP, 0), W(JUMP, 6), W(LOAD_CONST, 0),
          W(RETURN_VALUE, 0));
    static const Exc empty_range[] = {{1, 1, 3, 0, 0}};
    XCASE(I, "start == end", false, 2, empty_range, W(LOAD_GLOBAL, 0), W(POP_TOP, 0),
          W(JUMP, 5), W(POP_TOP, 0), W(JUMP, 5), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    static const Exc past_end[] = {{0, 9, 3, 0, 0}};
    XCASE(I, "end past code", false, 2, past_end, W(LOAD_GLOBAL, 0), W(POP_TOP, 0),
          W(JUMP, 5), W(POP_TOP, 0), W(JUMP, 5), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    static const Exc bad_target[] = {{0, 2, 7, 0, 0}};
    XCASE(I, "target past code", false, 2, bad_target, W(LOAD_GLOBAL, 0), W(POP_TOP, 0),
          W(JUMP, 5), W(POP_TOP, 0), W(JUMP, 5), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    static const Exc deep[] = {{0, 2, 3, 2, 0}};
    XCASE(I, "depth exceeds stacksize", false, 2, deep, W(LOAD_GLOBAL, 0), W(POP_TOP, 0),
          W(JUMP, 5), W(POP_TOP, 0), W(JUMP, 5), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    static const Exc above[] = {{0, 2, 3, 1, 0}};
    XCASE(I, "handler depth above stack", false, 3, above, W(LOAD_GLOBAL, 0), W(POP_TOP, 0),
          W(JUMP, 5), W(POP_TOP, 0), W(JUMP, 5), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    static const Exc flag[] = {{0, 2, 3, 0, 2}};
    XCASE(I, "lasti flag 2", false, 3, flag, W(LOAD_GLOBAL, 0), W(POP_TOP, 0), W(JUMP, 5),
          W(POP_TOP, 0), W(JUMP, 5), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    static const Exc mismatch[] = {{0, 2, 3, 0, 0}};
    XCASE(I, "handler entry depth mismatch", false, 3, mismatch, W(LOAD_GLOBAL, 0),
          W(POP_TOP, 0), W(JUMP, 6), W(LOAD_CONST, 0), W(POP_TOP, 0), W(JUMP, 6),
          W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    static const Exc overlap[] = {{0, 2, 3, 0, 0}, {1, 2, 3, 0, 0}};
    XCASE(I, "overlapping entries", false, 2, overlap, W(LOAD_GLOBAL, 0), W(POP_TOP, 0),
          W(JUMP, 5), W(POP_TOP, 0), W(JUMP, 5), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    static const Exc unsorted[] = {{1, 2, 3, 0, 0}, {0, 1, 3, 0, 0}};
    XCASE(I, "unsorted entries", false, 2, unsorted, W(LOAD_GLOBAL, 0), W(POP_TOP, 0),
          W(JUMP, 5), W(POP_TOP, 0), W(JUMP, 5), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    static const Exc adjacent[] = {{0, 1, 3, 0, 0}, {1, 2, 3, 0, 0}};
    XCASE(I, "adjacent entries", true, 2, adjacent, W(LOAD_GLOBAL, 0), W(POP_TOP, 0),
          W(JUMP, 5), W(POP_TOP, 0), W(JUMP, 5), W(LOAD_CONST, 0), W(RETURN_VALUE, 0));
    // the handler target is itself reached by fall-through with another depth
    static const Exc join[] = {{0, 1, 2, 0, 0}};
    XCASE(I, "handler target joined at another depth", false, 3, join, W(LOAD_GLOBAL, 0),
          W(LOAD_CONST, 0), W(POP_TOP, 0), W(POP_TOP, 0), W(LOAD_CONST, 0),
          W(RETURN_VALUE, 0));
}

static void test_header(Interp *I) {
    static const uint32_t ret[] = {W(LOAD_CONST, 0), W(RETURN_VALUE, 0)};
    Spec s = {ret, 2, 1, 0, 0, 0, 0, 0, NULL, 0};
    CodeObject *co;

    co = build(I, &s);
    co->consts = I->none;
    expect(I, "consts not a tuple", co, false);

    co = build(I, &s);
    co->names = tuple_pack(I, 1, val_from_small(3));
    expect(I, "names hold a non-str", co, false);

    co = build(I, &s);
    co->nlocals = 3;
    expect(I, "nlocals != len(varnames)", co, false);

    co = build(I, &s);
    co->ninstr = 3;
    expect(I, "ninstr past the code buffer", co, false);

    co = build(I, &s);
    co->nexc = 1;
    expect(I, "nexc past the table", co, false);

    co = build(I, &s);
    co->argcount = 1;
    expect(I, "more arguments than locals", co, false);

    co = build(I, &s);
    co->filename = I->none;
    expect(I, "filename not a str", co, false);

    Spec sc = {ret, 2, 1, 1, 1, 0, 0, 1, NULL, 0};
    co = build(I, &sc);
    co->cell2arg = tuple_pack(I, 1, val_from_small(0));
    expect(I, "cell2arg ok", co, true);
    co = build(I, &sc);
    co->cell2arg = tuple_pack(I, 1, val_from_small(1));
    expect(I, "cell2arg past the arguments", co, false);
    co = build(I, &sc);
    co->cell2arg = tuple_pack(I, 1, I->none);
    expect(I, "cell2arg not an int", co, false);

    Spec empty = {ret, 0, 1, 0, 0, 0, 0, 0, NULL, 0};
    expect(I, "empty code", build(I, &empty), false);

    // a patch after verification clears the flag
    co = build(I, &s);
    expect(I, "patch base", co, true);
    code_patch(co, 0, W(LOAD_CONST, 9));
    checks++;
    if (co->verified) {
        fails++;
        printf("FAIL code_patch keeps verified\n");
    }
    expect(I, "patched", co, false);
}

// Position tables (code.c "Position table"): code_emit's runs and deltas decode back to
// every instruction's position, and code_verify rejects a table that is truncated, has
// an invalid header, over-long varints, values outside int32 or runs that do not add up
// to ninstr.
static void check_pos(const char *name, CodeObject *co, size_t i, SrcPos want) {
    checks++;
    SrcPos p = code_pos(co, i);
    if (p.line != want.line || p.end_line != want.end_line || p.col != want.col ||
        p.end_col != want.end_col) {
        fails++;
        printf("FAIL %s: instruction %zu at %d:%d-%d:%d\n", name, i, p.line, p.col, p.end_line,
               p.end_col);
    }
}

static CodeObject *with_table(Interp *I, const uint8_t *t, size_t n) {
    static const uint32_t ret[] = {W(LOAD_CONST, 0), W(RETURN_VALUE, 0)};
    Spec s = {ret, 2, 1, 0, 0, 0, 0, 0, NULL, 0};
    CodeObject *co = build(I, &s);
    BView v = {t, n};
    if (!code_set_positions(I, co, v)) abort();
    return co;
}

static void test_positions(Interp *I) {
    // 40 instructions: runs longer than one entry holds, lines back and forth, far
    // lines, wide columns, negative widths, "no position" zeros
    enum { N = 40 };
    SrcPos want[N];
    CodeObject *co = code_cast(code_new(I));
    co->firstlineno = 7;
    for (size_t i = 0; i < N; i++) {
        int32_t k = (int32_t)i;
        want[i] = i < 12 ? (SrcPos){7, 7, 4, 9}
                  : i % 5 == 0 ? (SrcPos){0, 0, 0, 0}
                  : i % 3 == 0 ? (SrcPos){INT32_MAX - k, INT32_MAX, 300 * k, 2}
                               : (SrcPos){k * 1000, k * 1000 + (k & 1), k, k + (k % 4)};
        uint32_t w = i + 2 < N ? W(NOP, 0) : i + 1 < N ? W(LOAD_CONST, 0) : W(RETURN_VALUE, 0);
        if (!code_emit(I, co, w, want[i])) abort();
    }
    co->consts = tuple_pack(I, 1, I->none);
    co->stacksize = 1;
    co->name = co->qualname = co->filename = str_from_cstr(I, "p");
    // backwards, forwards, repeated and out of range
    for (size_t i = N; i > 0; i--) check_pos("pos backwards", co, i - 1, want[i - 1]);
    for (size_t i = 0; i < N; i++) check_pos("pos forwards", co, i, want[i]);
    check_pos("pos repeated", co, 3, want[3]);
    check_pos("pos past the end", co, N, (SrcPos){0, 0, 0, 0});
    expect(I, "position table from code_emit", co, true);
    // the same table set whole decodes the same
    Buf copy;
    buf_init(&copy);
    if (buf_append(I->heap, &copy, code_positions(co)) != K_OK) abort();
    if (!code_set_positions(I, co, buf_view(&copy))) abort();
    for (size_t i = 0; i < N; i++) check_pos("pos set whole", co, i, want[i]);
    expect(I, "position table set whole", co, true);
    // every truncation of the table is rejected
    BView t = code_positions(co);
    for (size_t n = 1; n < t.n; n++) {
        CodeObject *cut = code_cast(code_new(I));
        cut->firstlineno = 7;
        for (size_t i = 0; i < N; i++) (void)code_emit_word(I, cut, code_instr(co, i));
        cut->consts = co->consts;
        cut->stacksize = 1;
        cut->name = cut->qualname = cut->filename = co->name;
        if (!code_set_positions(I, cut, bview_slice(t, 0, n))) abort();
        expect(I, "truncated position table", cut, false);
    }
    // code_emit after a table set whole continues it (extending its last run)
    if (!code_emit(I, co, W(NOP, 0), want[N - 1]) || !code_emit(I, co, W(NOP, 0), want[0])) abort();
    for (size_t i = 0; i < N; i++) check_pos("pos set whole", co, i, want[i]);
    check_pos("pos emitted after a set", co, N, want[N - 1]);
    check_pos("pos emitted after a set", co, N + 1, want[0]);
    // two instructions: one entry of run 2, or two of run 1
    static const uint8_t run2[] = {0x01}, two[] = {0x00, 0x00}, empty[] = {0};
    expect(I, "one entry, run 2", with_table(I, run2, 1), true);
    expect(I, "two entries", with_table(I, two, 2), true);
    expect(I, "no table", with_table(I, empty, 0), true);
    static const uint8_t run1[] = {0x00}, run3[] = {0x02}, three[] = {0x00, 0x00, 0x00};
    expect(I, "runs short of ninstr", with_table(I, run1, 1), false);
    expect(I, "runs past ninstr", with_table(I, run3, 1), false);
    expect(I, "entries past ninstr", with_table(I, three, 3), false);
    static const uint8_t bad_line_kind[] = {0x19};
    expect(I, "line kind 3", with_table(I, bad_line_kind, 1), false);
    static const uint8_t overlong[] = {0x51, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
                                       0x80, 0x80, 0x80, 0x80, 0x00};
    expect(I, "over-long varint", with_table(I, overlong, sizeof overlong), false);
    static const uint8_t tenth[] = {0x51, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02};
    expect(I, "varint past 64 bits", with_table(I, tenth, sizeof tenth), false);
    static const uint8_t far_line[] = {0x11, 0xfe, 0xff, 0xff, 0xff, 0x0f}; // +2^31 - 1
    expect(I, "line past int32", with_table(I, far_line, sizeof far_line), false);
    static const uint8_t wide[] = {0xc1, 0x02, 0xfe, 0xff, 0xff, 0xff, 0x0f}; // 1, 2^31 - 1
    expect(I, "end column past int32", with_table(I, wide, sizeof wide), false);
    static const uint8_t neg[] = {0x41, 0xfd, 0xff, 0xff, 0xff, 0x0f}; // column -2^31 + 1
    expect(I, "column -2^31 + 1", with_table(I, neg, sizeof neg), true);
    // code_add_position_entry checks each entry against the table so far; code_verify
    // then compares only the count
    static const uint32_t ret[] = {W(LOAD_CONST, 0), W(RETURN_VALUE, 0)};
    Spec rs = {ret, 2, 1, 0, 0, 0, 0, 0, NULL, 0};
    CodeObject *added = build(I, &rs);
    static const uint8_t empty_table[] = {0};
    if (!code_set_positions(I, added, (BView){empty_table, 0})) abort();
    size_t alen = 0, arun = 0;
    static const uint8_t e1[] = {0xc8, 0x0a, 0x06}, max_line[] = {0x10, 0xfa, 0xff, 0xff, 0xff, 0x0f};
    checks += 5;
    if (code_add_position_entry(I, added, (BView){e1, sizeof e1}, &alen, &arun) != 1 || alen != 3 ||
        arun != 1) {
        fails++;
        printf("FAIL code_add_position_entry: an entry\n");
    }
    if (code_add_position_entry(I, added, (BView){e1, 2}, &alen, &arun) != 0) {
        fails++;
        printf("FAIL code_add_position_entry: a cut entry\n");
    }
    if (code_add_position_entry(I, added, (BView){bad_line_kind, 1}, &alen, &arun) != -1) {
        fails++;
        printf("FAIL code_add_position_entry: an invalid entry\n");
    }
    // the first entry ends at line 2: + 2^31 - 3 fits, + 2^31 - 3 again does not
    if (code_add_position_entry(I, added, (BView){max_line, sizeof max_line}, &alen, &arun) != 1) {
        fails++;
        printf("FAIL code_add_position_entry: up to INT32_MAX\n");
    }
    if (code_add_position_entry(I, added, (BView){max_line, sizeof max_line}, &alen, &arun) != -1) {
        fails++;
        printf("FAIL code_add_position_entry: past INT32_MAX\n");
    }
    check_pos("added entries", added, 0, (SrcPos){2, 2, 5, 8});
    check_pos("added entries", added, 1, (SrcPos){INT32_MAX, INT32_MAX, 5, 8});
    expect(I, "entries added one by one", added, true);
    if (code_add_position_entry(I, added, (BView){run1, 1}, &alen, &arun) != 1) abort();
    expect(I, "entries added past ninstr", added, false);

    // code_position_entry: an entry, a cut entry, an invalid one
    size_t len = 0, run = 0;
    BView whole = {wide, sizeof wide}, cut = {wide, 3}, inval = {bad_line_kind, 1};
    checks += 3;
    if (code_position_entry(whole, &len, &run) != 1 || len != sizeof wide || run != 2) {
        fails++;
        printf("FAIL code_position_entry whole: len %zu run %zu\n", len, run);
    }
    if (code_position_entry(cut, &len, &run) != 0) {
        fails++;
        printf("FAIL code_position_entry cut\n");
    }
    if (code_position_entry(inval, &len, &run) != -1) {
        fails++;
        printf("FAIL code_position_entry invalid\n");
    }
}

// Running bad code through the public entry points raises SystemError.
static void test_entry_points(Interp *I) {
    static const uint32_t bad[] = {W(POP_TOP, 0), W(RETURN_VALUE, 0)};
    Spec s = {bad, 2, 1, 0, 0, 0, 0, 0, NULL, 0};
    Value g = dict_new(I);
    Value r = vm_exec(I, obj_val(build(I, &s)), g, g);
    checks++;
    if (r != VAL_NULL || !exc_pending_is(I, TY_SYSTEM_ERROR)) {
        fails++;
        printf("FAIL vm_exec ran unverifiable code\n");
    }
    exc_clear(I);
    Value f = func_new(I, obj_val(build(I, &s)), g, VAL_NULL);
    checks++;
    if (f != VAL_NULL || !exc_pending_is(I, TY_SYSTEM_ERROR)) {
        fails++;
        printf("FAIL func_new accepted unverifiable code\n");
    }
    exc_clear(I);
}

// Random instruction streams: must be rejected or run without crashing.
static void test_random(Interp *I, unsigned iters) {
    unsigned long seed = 12345;
    unsigned accepted = 0, ran = 0;
    for (unsigned it = 0; it < iters; it++) {
        uint32_t code[16];
        seed = seed * 6364136223846793005ul + 1442695040888963407ul;
        size_t n = 2 + (size_t)((seed >> 40) % 14);
        int depth = 0;
        for (size_t i = 0; i + 2 < n; i++) {
            unsigned op = 0, arg = 0;
            // prefer instructions the current (straight-line) depth can feed
            for (int tries = 0; tries < 8; tries++) {
                seed = seed * 6364136223846793005ul + 1442695040888963407ul;
                op = (unsigned)(seed >> 33) % (OP__COUNT + 1);
                arg = (unsigned)(seed >> 45) % ((seed >> 60) < 12 ? 3 : 16);
                int e = vm_stack_effect(op, arg, false);
                if (depth + e >= 0 && depth + e <= 3) break;
            }
            depth += vm_stack_effect(op, arg, false);
            if (depth < 0) depth = 0;
            code[i] = INSTR_MAKE(op, arg);
        }
        code[n - 2] = W(LOAD_CONST, (unsigned)(seed % 4));
        code[n - 1] = W(RETURN_VALUE, 0);
        Exc ex[1];
        size_t nex = 0;
        if ((seed >> 20) % 3 == 0) {
            seed = seed * 6364136223846793005ul + 1442695040888963407ul;
            uint32_t st = (uint32_t)((seed >> 33) % n);
            ex[0].start = st;
            ex[0].end = st + 1 + (uint32_t)((seed >> 40) % (n - st));
            ex[0].target = (uint32_t)((seed >> 50) % n);
            ex[0].depth = (uint32_t)((seed >> 55) % 2);
            ex[0].lasti = (uint32_t)((seed >> 60) % 2);
            nex = 1;
        }
        Spec s = {code, n, 4, 2, 1, 1, (it & 1) ? CO_GENERATOR : 0, 1, ex, nex};
        CodeObject *co = build(I, &s);
        if (!code_verify(I, co)) {
            exc_clear(I);
            continue;
        }
        accepted++;
        co->nfrees = 0;
        co->freenames = I->empty_tuple;
        co->verified = false;
        if (!code_verify(I, co)) {
            exc_clear(I);
            continue;
        }
        Value g = dict_new(I);
        I->limits.max_steps = I->steps + 1000;
        if (co->flags & CO_GENERATOR) {
            // a generator function of one argument: make it, iterate a few steps
            Value fn = func_new(I, obj_val(co), g, VAL_NULL);
            Value arg = val_from_small(7);
            Value gen = fn != VAL_NULL ? obj_call(I, fn, vview_make(&arg, 1), VAL_NULL) : VAL_NULL;
            for (int k = 0; gen != VAL_NULL && k < 5; k++) {
                if (obj_next(I, gen) == VAL_NULL) break;
            }
        } else {
            co->argcount = 0;
            co->verified = false;
            if (code_verify(I, co)) (void)vm_exec(I, obj_val(co), g, g);
        }
        ran++;
        exc_clear(I);
        I->limits.max_steps = 0;
    }
    printf("random: %u of %u accepted, %u run\n", accepted, iters, ran);
}

// code_instrument / code_uninstrument (trace.c's hooks): a word appended to an
// instrumented stream (code_emit) must leave no OP_TRACE_HOOK behind and lose no
// original word; uninstrumenting restores every word.
static void test_instrument(Interp *I) {
    static const uint32_t code_[] = {W(LOAD_CONST, 1), W(RETURN_VALUE, 0)};
    Spec s = {code_, 2, 1, 0, 0, 0, 0, 0, NULL, 0};
    CodeObject *co = build(I, &s);
    expect(I, "instrument: verified", co, true);
    checks++;
    if (!code_instrument(I, co) || co->orig.len == 0 ||
        INSTR_OP(read_code_word(co, 0)) != OP_TRACE_HOOK || code_instr(co, 0) != code_[0]) {
        fails++;
        printf("FAIL instrument: hooks not in place\n");
    }
    SrcPos p = {1, 1, 0, 1};
    if (!code_emit(I, co, W(NOP, 0), p)) abort();
    checks++;
    for (size_t i = 0; i < co->ninstr; i++) {
        uint32_t want = i < 2 ? code_[i] : W(NOP, 0);
        if (code_instr(co, i) != want || read_code_word(co, i) != want) {
            fails++;
            printf("FAIL instrument: word %zu after code_emit is %08x, not %08x\n", i,
                   (unsigned)read_code_word(co, i), (unsigned)want);
        }
    }
    co = build(I, &s);
    expect(I, "instrument: verified again", co, true);
    checks++;
    if (!code_instrument(I, co)) abort();
    code_uninstrument(co);
    if (co->orig.len != 0 || read_code_word(co, 0) != code_[0] || read_code_word(co, 1) != code_[1]) {
        fails++;
        printf("FAIL uninstrument: words not restored\n");
    }
}

int main(void) {
    size_t size = (size_t)256 << 20;
    uint8_t *region = malloc(size);
    if (region == NULL) return 2;
    Limits lim;
    memset(&lim, 0, sizeof lim);
    Interp *I = interp_new(region, size, posix_host(), &lim);
    if (I == NULL) {
        printf("interp_new failed\n");
        return 2;
    }
    test_operands(I);
    test_stack(I);
    test_exc_table(I);
    test_header(I);
    test_positions(I);
    test_entry_points(I);
    test_instrument(I);
    test_random(I, 200000);
    printf("%d checks, %d failures\n", checks, fails);
    return fails != 0;
}
