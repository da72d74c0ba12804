/*
 * fuzz_code.c: libFuzzer harness for the bytecode verifier (code_verify) and the eval
 * loop behind it. The input describes a code object: header bytes (stack size, locals,
 * cells, free variables, flags, argument count, exception-table entries) followed by
 * instructions of two bytes each (opcode byte, raw, so invalid opcodes occur; operand
 * byte, spread to 24 bits when the opcode byte's top bit is set). The verifier must
 * accept or reject it with SystemError; an accepted object is then run (as module code,
 * or as a function / generator with a closure of fresh cells) under the instruction
 * budget, where any Python exception is fine but a crash or sanitizer report is a bug:
 * the eval loop's unchecked operand access is only sound if the verifier is.
 */
#define FZ_REUSE 500
#include "fuzz_interp.h"

#include "../../src/objects/dict.h"
#include "../../src/objects/ops.h"
#include "../../src/objects/str.h"
#include "../../src/objects/tuple.h"
#include "../../src/vm/code.h"
#include "../../src/vm/eval.h"
#include "../../src/vm/func.h"
#include "../../src/vm/opcodes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const fz_names[] = {"a", "b", "c", "d", "e", "f", "g", "h"};

static Value names_tuple(Interp *I, size_t n, size_t first) {
    Value t = tuple_new(I, n);
    if (t == VAL_NULL) abort();
    for (size_t i = 0; i < n; i++) tuple_init_item(t, i, str_from_cstr(I, fz_names[first + i]));
    return t;
}

static uint8_t take(const uint8_t **p, size_t *n) {
    if (*n == 0) return 0;
    uint8_t b = **p;
    (*p)++;
    (*n)--;
    return b;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 2048) return 0;
    Interp *I = fz_new_interp(__builtin_frame_address(0));
    const uint8_t *p = data;
    size_t n = size;
    uint32_t stacksize = take(&p, &n) % 12;
    uint32_t nlocals = take(&p, &n) % 4;
    uint32_t ncells = take(&p, &n) % 3;
    uint32_t nfrees = take(&p, &n) % 3;
    uint8_t fl = take(&p, &n);
    uint32_t flags = (fl & 1 ? CO_GENERATOR : 0) | (fl & 2 ? CO_VARARGS : 0) |
                     (fl & 4 ? CO_VARKEYWORDS : 0) | CO_OPTIMIZED | CO_NEWLOCALS;
    uint32_t argcount = take(&p, &n) % 4;
    size_t nexc = take(&p, &n) % 4;

    Value c = code_new(I);
    CodeObject *co = code_cast(c);
    if (co == NULL) abort();
    for (size_t i = 0; i < nexc; i++) {
        ExcEntry e;
        e.start = take(&p, &n) % 64;
        e.end = e.start + 1 + take(&p, &n) % 8;
        e.target = take(&p, &n) % 64;
        e.depth = take(&p, &n) % 8;
        e.lasti = take(&p, &n) % 2;
        if (!code_add_exc(I, co, e)) abort();
    }
    SrcPos pos = {1, 1, 0, 1};
    while (n > 0) {
        uint8_t op = take(&p, &n);
        uint32_t arg = take(&p, &n);
        if (op & 0x80) arg = arg * 0x10101u;
        if (!code_emit(I, co, INSTR_MAKE(op & 0x7f, arg), pos)) abort();
    }
    co->stacksize = stacksize;
    co->nlocals = nlocals;
    co->ncells = ncells;
    co->nfrees = nfrees;
    co->flags = flags;
    co->argcount = argcount;
    co->localnames = names_tuple(I, nlocals, 0);
    co->cellnames = names_tuple(I, ncells, 4);
    co->freenames = names_tuple(I, nfrees, 6);
    Value kw = tuple_pack(I, 1, str_from_cstr(I, "k"));
    Value inner = tuple_pack(I, 2, val_from_small(1), str_from_cstr(I, "t"));
    co->consts = tuple_pack(I, 6, I->none, val_from_small(1), str_from_cstr(I, "s"), kw,
                            inner, I->true_);
    co->names = tuple_pack(I, 3, str_from_cstr(I, "x"), str_from_cstr(I, "append"),
                           str_from_cstr(I, "__class__"));
    co->name = str_from_cstr(I, "fz");
    co->qualname = co->name;
    co->filename = str_from_cstr(I, "<fuzz>");

    if (!code_verify(I, co)) {
        if (!exc_pending_is(I, TY_SYSTEM_ERROR)) abort();
        exc_clear(I);
        return 0;
    }
    if (!co->verified) abort();
    Value g = dict_new(I);
    if (g == VAL_NULL) abort();
    if (nfrees == 0 && argcount == 0 && !(flags & (CO_GENERATOR | CO_VARARGS | CO_VARKEYWORDS))) {
        Value r = vm_exec(I, c, g, g);
        (void)r;
        exc_clear(I);
        return 0;
    }
    Value fn = func_new(I, c, g, VAL_NULL);
    if (fn == VAL_NULL) {
        exc_clear(I);
        return 0;
    }
    FuncObject *fo = func_cast(fn);
    if (fo == NULL) abort();
    if (nfrees > 0) {
        Value cl = tuple_new(I, nfrees);
        for (size_t i = 0; i < nfrees; i++) tuple_init_item(cl, i, cell_new(I, val_from_small((int64_t)i)));
        fo->closure = cl;
    }
    Value args[4] = {val_from_small(7), I->none, str_from_cstr(I, "z"), I->empty_tuple};
    Value r = obj_call(I, fn, vview_make(args, argcount), VAL_NULL);
    for (int k = 0; r != VAL_NULL && (flags & CO_GENERATOR) && k < 5; k++) {
        if (obj_next(I, r) == VAL_NULL) break;
    }
    exc_clear(I);
    return 0;
}
