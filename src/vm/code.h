/*
 * code.h: code objects: verified bytecode plus the tables its operands index.
 *
 * Invariant: a code object runs only after code_verify() accepted it (DESIGN.md
 * "Bytecode verifier"): every jump target, operand and exception-table entry is in range
 * and the stack depth at every instruction is known and <= stacksize. The eval loop's
 * unchecked operand access relies on exactly this.
 */
#ifndef SAFEPY_VM_CODE_H
#define SAFEPY_VM_CODE_H

#include "../objects/interp.h"

/* co_flags, CPython's values. */
#define CO_OPTIMIZED 0x1
#define CO_NEWLOCALS 0x2
#define CO_VARARGS 0x4
#define CO_VARKEYWORDS 0x8
#define CO_NESTED 0x10
#define CO_GENERATOR 0x20
#define CO_NOFREE 0x40
#define CO_COROUTINE 0x80
#define CO_ITERABLE_COROUTINE 0x100
#define CO_ASYNC_GENERATOR 0x200
/* Code whose calls make a generator-like object (generator, coroutine, async generator). */
#define CO_GENLIKE (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)
/* safepy's own flag (no CPython meaning): an exception passing through a frame of this
 * code gets no traceback entry. The frozen stdlib sets it on what CPython implements in C
 * (asyncio's Future and Task), so user tracebacks show the frames CPython's do. */
#define CO_SAFEPY_NO_TRACEBACK 0x40000000

/* One exception-table entry: instructions [start, end) are covered; on an exception the
 * stack is cut to [depth] items, the instruction index is pushed when [lasti] is set,
 * then the exception, and execution continues at [target]. Entries are sorted by start
 * and do not overlap (as CPython 3.11's table; the verifier rejects other tables), so
 * the entry covering an instruction is found by binary search. */
typedef struct ExcEntry {
    uint32_t start, end, target, depth, lasti;
} ExcEntry;

/* Source position of one instruction (1-based lines, 0-based UTF-8 byte columns; 0 line
 * means "no position"). */
typedef struct SrcPos {
    int32_t line, end_line, col, end_col;
} SrcPos;

/* One inline cache slot of the eval loop (one per instruction; VM-private): a lookup
 * result valid while the version tags of what it was looked up in are unchanged
 * (attributes: the receiver's type; LOAD_GLOBAL: the globals and builtins dicts). */
typedef struct InlineCache {
    Value key;          /* Type, or the globals dict */
    uint64_t version;   /* its version tag when filled */
    Value value;        /* the lookup result (VAL_NULL: absent) */
    Value key2;         /* LOAD_GLOBAL: the builtins dict */
    uint64_t version2;  /* (spare) */
    uint32_t kind;      /* attribute caches: which fast path applies (eval_attr.h IC_*) */
    uint32_t index;     /* attribute caches: entry-index hint into instance dicts */
} InlineCache;

typedef struct CodeObject {
    Obj h;
    Buf code;            /* uint32_t instruction words (native order), 4 bytes each */
    Buf orig;            /* while instrumented for tracing (trace.h): the instruction
                          * words as verified, [code] then holding the same words with
                          * every opcode OP_TRACE_HOOK; empty otherwise. Readers other than
                          * the eval loop go through code_instr, which reads these */
    size_t ninstr;
    Buf positions;       /* position table (code.c "Position table"), empty: no positions */
    Buf exctable;        /* ExcEntry records */
    size_t nexc;
    Value consts;        /* tuple */
    Value names;         /* tuple of str: globals, attributes, imports */
    Value localnames;    /* tuple of str: arguments first (co_varnames) */
    Value cellnames;     /* tuple of str: locals captured by inner functions */
    Value freenames;     /* tuple of str: variables from enclosing scopes */
    Value cell2arg;      /* tuple: for each cell, the argument index it starts from, or -1 */
    Value filename;      /* str */
    Value name;          /* str: co_name */
    Value qualname;      /* str */
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t nlocals, ncells, nfrees;
    uint32_t stacksize;
    uint32_t flags;      /* CO_* */
    int32_t firstlineno;
    bool verified;
    uint32_t frozen_module; /* 1 + the frozen_modules index of the module this code was
                          * loaded from with its columns left out (tools/freezecode.c: lines
                          * only); import_code_positions recovers them; 0: complete table */
    uint32_t frozen_seq; /* its number in that module's code tree, in preorder */
    bool deferred;       /* shape checked (code_check_shape), instructions verified when it
                          * first runs: func_new does not verify it (frozen modules' functions,
                          * most of which never run) */
    InlineCache *caches; /* ncaches (== ninstr once verified) slots, set by code_verify */
    size_t ncaches;
    /* Set by code_verify from what it checked, for the eval loop's frame switches (valid
     * while [verified]; the fields they come from are only set before verification):
     * nlocals + ncells + nfrees, that plus stacksize (the frame's slots), and the items
     * of the consts and names tuples. */
    uint32_t nlocalsplus, framesize;
    const Value *const_items, *name_items;
    /* Also set by code_verify: (uintptr_t)caches - sizeof(InlineCache) - (sizeof(
     * InlineCache) / 4) * (uintptr_t)code.data (modulo 2^64), so that the cache of the
     * instruction before word pointer ip is at cache_bias + (sizeof(InlineCache) / 4) * ip
     * (eval.c CACHE). code.data and caches do not move while [verified]: code_emit clears
     * it, instrumentation rewrites the words in place, code_verify reuses caches. */
    uintptr_t cache_bias;
    /* Position table state (code.c): the last entry (its offset and position) for
     * code_emit, and the entry code_pos last found (first instruction, offset, the
     * position before it) so sequential and repeated lookups do not rescan. */
    size_t pos_last_off;
    SrcPos pos_last;
    size_t pos_covered;  /* instructions the table covers (SIZE_MAX: not known, decode) */
    size_t pos_hint_instr, pos_hint_off;
    SrcPos pos_hint_prev;
} CodeObject;
OBJ_CAST_FN(code_cast, CodeObject, K_CODE)

/* The code type (TY_CODE; defined in func.c). */
extern const TypeSpec code_spec;

/* A blank code object (the compiler fills the fields, then calls code_verify). */
Value code_new(Interp *I);

/* Bound on every count the verifier accepts (locals, cells, stack size, instructions):
 * operands are 24 bits, and keeping all sizes below 2^24 keeps every sum far from any
 * overflow. */
#define CODE_MAX_COUNT 0xffffffu

/* Sets [co]'s cell2arg from its names: a cell named as one of the parameters (the first
 * argcount + kwonlyargcount + *args + **kwargs local names) starts out holding that
 * argument. Needs the names, counts and flags set. False with MemoryError. */
bool code_set_cell2arg(Interp *I, CodeObject *co);

/* The opcode the eval loop runs in place of every instruction of an instrumented code
 * object (CodeObject.orig): past OP__COUNT, so the verifier refuses it in any code. */
#define OP_TRACE_HOOK 255u

/* Instruments verified [co] for tracing (idempotent): saves its words in co->orig and
 * turns every opcode in co->code into OP_TRACE_HOOK, in place (the buffer keeps its
 * address: running frames see the change at their next instruction). False with
 * MemoryError. */
bool code_instrument(Interp *I, CodeObject *co);

/* The value-stack depth before each instruction of verified [co] (what code_verify
 * proved): *[depth] gets ninstr entries, a small int each, VAL_NULL where unreachable.
 * False with an exception. */
bool code_stack_depths(Interp *I, CodeObject *co, ValVec *depth);

/* code_stack_depths' [depth], and where each value on the stack before each instruction
 * came from: [prod] gets ninstr rows of stacksize + 1 entries, entry k of row i (k <
 * depth[i]) a small int: 1 + the index of the instruction that pushed that value (COPY and
 * SWAP move the codes of the values they copy or exchange), -(1 + t) for the values an
 * exception handler at t starts with, 0 where paths into i disagree. Two instructions
 * whose rows agree on every slot have on their stacks values made in the same places.
 * False with an exception. */
bool code_stack_producers(Interp *I, CodeObject *co, ValVec *depth, ValVec *prod);

/* Undoes code_instrument, in place. */
void code_uninstrument(CodeObject *co);

/* The words co_code gives: the original ones of an instrumented code object. */
static inline BView code_words(const CodeObject *co) {
    return buf_view(co->orig.len != 0 ? &co->orig : &co->code);
}

/* Replaces [co]'s instructions by [words] (4 bytes each, native order, as co_code gives
 * them) and drops its position table; ValueError when the length is not a multiple of 4. */
bool code_set_code(Interp *I, CodeObject *co, BView words);

/* An unverified copy of [src] (code.replace() changes fields, then verifies it). */
Value code_copy(Interp *I, CodeObject *src);

/* Appends one instruction at position [pos] (the table is relative to co->firstlineno:
 * set it before the first call). False with MemoryError. */
bool code_emit(Interp *I, CodeObject *co, uint32_t word, SrcPos pos);

/* Appends one instruction without a position (the table is then set whole with
 * code_set_positions). False with MemoryError. */
bool code_emit_word(Interp *I, CodeObject *co, uint32_t word);

/* Replaces the position table by the encoded table [table] (as code_positions gives it,
 * relative to co->firstlineno: set it first; code_verify checks the table). False with
 * MemoryError. */
bool code_set_positions(Interp *I, CodeObject *co, BView table);

/* Appends the position-table entry [v] starts with (as code_position_entry splits
 * them), checking its values against the table so far: 1 with its length in *[len] and
 * the instructions it covers in *[run]; 0 when [v] ends inside the entry; -1 for an
 * invalid entry or a position outside int32; -2 with MemoryError. */
int code_add_position_entry(Interp *I, CodeObject *co, BView v, size_t *len, size_t *run);

/* Replaces [co]'s position table by [table] if it describes exactly co->ninstr
 * instructions, keeping co->verified (the eval loop never reads positions); false,
 * leaving the table unchanged, otherwise or with MemoryError pending. */
bool code_replace_positions(Interp *I, CodeObject *co, BView table);

/* The encoded position table (valid until the next code_emit / code_set_positions). */
BView code_positions(const CodeObject *co);

/* Splits off the position-table entry [v] starts with: 1 with its length in bytes in
 * *[len] and the number of instructions it covers in *[run]; 0 when [v] ends inside the
 * entry; -1 for an invalid entry. */
int code_position_entry(BView v, size_t *len, size_t *run);

/* Empties the inline caches of [co] (gc.collect(): an entry must not keep a class that
 * nothing else refers to alive). Safe while [co] runs: an empty entry is a miss. */
void code_clear_caches(Interp *I, CodeObject *co);

/* Instruction [i] (0 when out of range). */
uint32_t code_instr(const CodeObject *co, size_t i);

/* Overwrites instruction [i] (jump patching). */
bool code_patch(CodeObject *co, size_t i, uint32_t word);

/* Source position of instruction [i] (zeroes when out of range or the table is empty or
 * malformed). Updates the object's lookup hint. */
SrcPos code_pos(CodeObject *co, size_t i);

/* Appends / reads exception-table entries. */
bool code_add_exc(Interp *I, CodeObject *co, ExcEntry e);
bool code_get_exc(const CodeObject *co, size_t i, ExcEntry *out);

/* Checks the shape of [co] only (field types, counts, table lengths), not its
 * instructions; SystemError "bad bytecode: ..." and false otherwise. On success the object
 * is marked deferred: func_new accepts it and it is verified when it first runs. */
bool code_check_shape(Interp *I, CodeObject *co);

/* Checks everything the eval loop assumes and computes nothing: raises SystemError
 * ("bad bytecode: ...") and returns false for a malformed code object. Sets co->verified. */
bool code_verify(Interp *I, CodeObject *co);

/* Net stack effect of instruction [op]/[arg] along its jump edge ([jump] true) or its
 * fall-through edge (for the compiler's stack-size computation). 0 for an invalid
 * operand. */
int vm_stack_effect(unsigned op, unsigned arg, bool jump);

/* The code's localsplus size: nlocals + ncells + nfrees. */
static inline size_t code_nlocalsplus(const CodeObject *co) {
    return (size_t)co->nlocals + co->ncells + co->nfrees;
}

#endif
