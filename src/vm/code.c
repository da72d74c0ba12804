/*
 * code.c: code objects and the bytecode verifier.
 *
 * Owns: building code objects (code_new / code_emit / code_patch / code_add_exc), reading
 * them back through checked byte views, and code_verify(), the one gate every code object
 * passes before the eval loop runs it. The eval loop reads instruction words, constants,
 * names, locals, cells and the exception table without bounds checks; this file proves
 * (at run time, once per code object) that every such access is in range and that the
 * value stack can never underflow or exceed co->stacksize.
 *
 * Invariant: co->verified is true only while the object is exactly as verified;
 * code_emit / code_patch / code_add_exc clear it.
 */
#include "code.h"

#include "../kernel/checked.h"
#include "../objects/exc.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "opcodes.h"

Value code_new(Interp *I) {
    CodeObject *co = obj_alloc(I, interp_type(I, TY_CODE), sizeof(CodeObject));
    if (co == NULL) return VAL_NULL;
    buf_init(&co->code);
    buf_init(&co->orig);
    buf_init(&co->positions);
    buf_init(&co->exctable);
    co->consts = I->empty_tuple;
    co->names = I->empty_tuple;
    co->localnames = I->empty_tuple;
    co->cellnames = I->empty_tuple;
    co->freenames = I->empty_tuple;
    co->cell2arg = I->empty_tuple;
    co->filename = I->empty_str;
    co->name = I->empty_str;
    co->qualname = I->empty_str;
    co->firstlineno = 1;
    co->verified = false;
    co->deferred = false;
    return obj_val(co);
}

Value code_copy(Interp *I, CodeObject *src) {
    Value nv = code_new(I);
    CodeObject *co = nv == VAL_NULL ? NULL : code_cast(nv);
    if (co == NULL) return VAL_NULL;
    for (size_t i = 0; i < src->ninstr; i++)
        if (!code_emit_word(I, co, code_instr(src, i))) return VAL_NULL;
    if (!code_set_positions(I, co, code_positions(src))) return VAL_NULL;
    for (size_t i = 0; i < src->nexc; i++) {
        ExcEntry e;
        if (!code_get_exc(src, i, &e) || !code_add_exc(I, co, e)) return VAL_NULL;
    }
    co->consts = src->consts;
    co->names = src->names;
    co->localnames = src->localnames;
    co->cellnames = src->cellnames;
    co->freenames = src->freenames;
    co->cell2arg = src->cell2arg;
    co->filename = src->filename;
    co->name = src->name;
    co->qualname = src->qualname;
    co->argcount = src->argcount;
    co->posonlyargcount = src->posonlyargcount;
    co->kwonlyargcount = src->kwonlyargcount;
    co->nlocals = src->nlocals;
    co->ncells = src->ncells;
    co->nfrees = src->nfrees;
    co->stacksize = src->stacksize;
    co->flags = src->flags;
    co->firstlineno = src->firstlineno;
    co->frozen_module = src->frozen_module;
    co->frozen_seq = src->frozen_seq;
    return nv;
}

// ---- byte-level access (native order, through checked views) ----

typedef union {
    uint32_t w;
    uint8_t b[4];
} Word;

typedef union {
    ExcEntry e;
    uint8_t b[sizeof(ExcEntry)];
} ExcBytes;

static bool append_bytes(Interp *I, Buf *b, const uint8_t *p, size_t n) {
    BView v = {p, n};
    KStatus s = buf_append(I->heap, b, v);
    if (s != K_OK) {
        exc_from_kstatus(I, s, "code");
        return false;
    }
    return true;
}

static uint8_t byte_at(const Buf *b, size_t off) {
    int c = buf_get(b, off);
    return c < 0 ? 0 : (uint8_t)c;
}

static Word read_word(const Buf *b, size_t off) {
    Word w;
    for (size_t k = 0; k < sizeof w.b; k++) w.b[k] = byte_at(b, off + k);
    return w;
}

static ExcBytes read_exc(const Buf *b, size_t off) {
    ExcBytes x;
    for (size_t k = 0; k < sizeof x.b; k++) x.b[k] = byte_at(b, off + k);
    return x;
}

bool code_emit_word(Interp *I, CodeObject *co, uint32_t word) {
    Word w;
    w.w = word;
    if (co->ninstr >= CODE_MAX_COUNT) {
        exc_raise(I, TY_SYSTEM_ERROR, "code object too large");
        return false;
    }
    code_uninstrument(co); // (an instrumented stream's orig would miss the new word)
    if (!append_bytes(I, &co->code, w.b, 4)) return false;
    co->ninstr++;
    co->verified = false;
    return true;
}

bool code_set_cell2arg(Interp *I, CodeObject *co) {
    size_t ncells = tuple_check(co->cellnames) ? tuple_len(co->cellnames) : 0;
    size_t nloc = tuple_check(co->localnames) ? tuple_len(co->localnames) : 0;
    uint64_t nargs = (uint64_t)co->argcount + co->kwonlyargcount +
                     ((co->flags & CO_VARARGS) ? 1 : 0) + ((co->flags & CO_VARKEYWORDS) ? 1 : 0);
    if (nargs > nloc) nargs = nloc; // the verifier refuses such an object
    Value c2a = tuple_new(I, ncells);
    if (c2a == VAL_NULL) return false;
    for (size_t i = 0; i < ncells; i++) {
        Value name = tuple_get(co->cellnames, i);
        intptr_t arg = -1;
        for (size_t k = 0; k < nargs && arg < 0; k++)
            if (str_check(name) && str_eq(tuple_get(co->localnames, k), name)) arg = (intptr_t)k;
        tuple_init_item(c2a, i, val_from_small(arg));
    }
    co->cell2arg = c2a;
    return true;
}

bool code_set_code(Interp *I, CodeObject *co, BView words) {
    if (words.n % 4 != 0) {
        exc_raise(I, TY_VALUE_ERROR, "code length must be a multiple of 4");
        return false;
    }
    code_uninstrument(co);
    buf_init(&co->code);
    buf_init(&co->orig);
    co->ninstr = 0;
    co->frozen_module = 0; // new instructions: the module's positions no longer apply
    for (size_t i = 0; i < words.n; i += 4) {
        Word w;
        for (size_t k = 0; k < 4; k++) w.b[k] = (uint8_t)bview_get(words, i + k);
        if (!code_emit_word(I, co, w.w)) return false;
    }
    return code_set_positions(I, co, bview_cstr(""));
}

// ---- Position table ----
//
// co->positions holds runs of consecutive instructions that share one position, each
// described relative to the run before it (before the first: line and end line
// co_firstlineno, columns 0, as CPython's co_linetable starts from co_firstlineno; the
// code's first lines then cost no more than the others). An entry is a
// header byte, then the zigzag varints (7 bits a byte, low first) it announces:
//   bits 0-2  run length - 1 (1 to 8 instructions)
//   bits 3-4  line: 0 the previous line, 1 the previous line + 1, 2 a varint (line -
//             previous line) follows; 3 is invalid
//   bit 5     a varint (end line - line) follows; else end line = line
//   bit 6     a varint (column - previous column) follows; else the previous column
//   bit 7     a varint (the width: end column - column) follows; else the previous
//             width
// Every value decodes to an int32 and the runs add up to ninstr (code_verify checks
// both), so a verified table maps each instruction to exactly one position. An empty
// table means "no positions" (every instruction at 0). A typical instruction of compiled
// code costs two or three bytes, against sixteen as a SrcPos.

// Longest varint of a 64-bit value.
#define VARINT_MAX 10

static bool append_varint(Interp *I, Buf *b, int64_t x) {
    uint64_t u = x < 0 ? ((~(uint64_t)x) << 1) | 1u : (uint64_t)x << 1;
    uint8_t out[VARINT_MAX];
    size_t n = 0;
    while (u >= 0x80) {
        out[n++] = (uint8_t)(u | 0x80);
        u >>= 7;
    }
    out[n++] = (uint8_t)u;
    return append_bytes(I, b, out, n);
}

// One zigzag varint at *off of [b] into *out; false when it runs past the end or past
// 64 bits.
static bool read_varint(BView b, size_t *off, int64_t *out) {
    uint64_t u = 0;
    for (unsigned k = 0; k < VARINT_MAX; k++) {
        int c = bview_get(b, *off);
        if (c < 0 || (k == VARINT_MAX - 1 && c > 1)) return false; // (*off: where it failed)
        (*off)++;
        u |= (uint64_t)(c & 0x7f) << (7 * k);
        if (!(c & 0x80)) {
            *out = (u & 1) ? -(int64_t)(u >> 1) - 1 : (int64_t)(u >> 1);
            return true;
        }
    }
    return false;
}

// *out = base + delta when that fits int32 ([base] within +-2^33).
static bool add_i32(int64_t base, int64_t delta, int32_t *out) {
    if (delta > (int64_t)UINT32_MAX || delta < -(int64_t)UINT32_MAX) return false;
    int64_t x = base + delta;
    if (x < INT32_MIN || x > INT32_MAX) return false;
    *out = (int32_t)x;
    return true;
}

// Reads the varint that [h]'s [bit] announces into *x (else leaves it).
static bool read_field(BView b, size_t *off, int h, int bit, int64_t *x) {
    if (!(h & bit)) return true;
    int c = bview_get(b, *off);
    if (c >= 0 && c < 0x80) { // one byte: most fields (the unmarshalling of every import)
        (*off)++;
        *x = (c & 1) ? -(int64_t)(c >> 1) - 1 : (int64_t)(c >> 1);
        return true;
    }
    return read_varint(b, off, x);
}

// The fields of one entry as stored.
typedef struct PosEntry {
    size_t run;
    int64_t dl, el, dc, width;
    bool has_width;
} PosEntry;

// Parses the entry at *off (its syntax only). False for a truncated or invalid entry.
static bool parse_entry(BView b, size_t *off, PosEntry *e) {
    int h = bview_get(b, *off);
    if (h < 0 || (h & 0x18) == 0x18) return false;
    (*off)++;
    e->run = (size_t)(h & 7) + 1;
    e->dl = (h & 0x18) == 0x08;
    e->el = e->dc = e->width = 0;
    e->has_width = (h & 0x80) != 0;
    return read_field(b, off, h, 0x10, &e->dl) && read_field(b, off, h, 0x20, &e->el) &&
           read_field(b, off, h, 0x40, &e->dc) && read_field(b, off, h, 0x80, &e->width);
}

// The position of entry [e] after position [prev]; false when it leaves int32.
static bool apply_entry(const PosEntry *e, SrcPos prev, SrcPos *pos) {
    SrcPos p;
    if (!add_i32(prev.line, e->dl, &p.line) || !add_i32(p.line, e->el, &p.end_line) ||
        !add_i32(prev.col, e->dc, &p.col) ||
        !add_i32(p.col, e->has_width ? e->width : (int64_t)prev.end_col - prev.col, &p.end_col))
        return false;
    *pos = p;
    return true;
}

// Decodes the entry at *off that follows position [prev]: its run length and position.
// False for a truncated or invalid entry or a value outside int32.
static bool read_entry(BView b, size_t *off, SrcPos prev, size_t *run, SrcPos *pos) {
    PosEntry e;
    if (!parse_entry(b, off, &e) || !apply_entry(&e, prev, pos)) return false;
    *run = e.run;
    return true;
}

static bool same_pos(SrcPos a, SrcPos b) {
    return a.line == b.line && a.end_line == b.end_line && a.col == b.col && a.end_col == b.end_col;
}

// The position the first entry is relative to.
static SrcPos table_start(const CodeObject *co) {
    return (SrcPos){co->firstlineno, co->firstlineno, 0, 0};
}

static void reset_hint(CodeObject *co) {
    co->pos_hint_instr = co->pos_hint_off = 0;
    co->pos_hint_prev = table_start(co);
}

// Finds the table's last entry for code_emit (a malformed table leaves the start:
// code_verify rejects the table anyway).
static void find_last(CodeObject *co) {
    co->pos_last_off = 0;
    co->pos_last = table_start(co);
    size_t off = 0, run, total = 0;
    SrcPos p = table_start(co);
    while (off < co->positions.len) {
        size_t at = off;
        if (!read_entry(buf_view(&co->positions), &off, p, &run, &p)) return;
        co->pos_last_off = at;
        co->pos_last = p;
        total += run;
    }
    co->pos_covered = total;
}

// Counts [run] more covered instructions (unless the count is not known).
static void add_covered(CodeObject *co, size_t run) {
    if (co->pos_covered != SIZE_MAX) co->pos_covered += run;
}

bool code_emit(Interp *I, CodeObject *co, uint32_t word, SrcPos pos) {
    if (!code_emit_word(I, co, word)) return false;
    if (co->positions.len > 0 && co->pos_last_off == SIZE_MAX) find_last(co);
    // extend the last run when the position repeats (a non-empty table has a last entry)
    if (co->positions.len > 0 && same_pos(pos, co->pos_last)) {
        int h = buf_get(&co->positions, co->pos_last_off);
        if (h >= 0 && (h & 7) < 7) {
            (void)buf_set(&co->positions, co->pos_last_off, (uint8_t)(h + 1));
            add_covered(co, 1);
            return true;
        }
    }
    size_t off = co->positions.len;
    SrcPos prev = co->positions.len > 0 ? co->pos_last : table_start(co);
    int64_t dl = (int64_t)pos.line - prev.line, el = (int64_t)pos.end_line - pos.line;
    int64_t dc = (int64_t)pos.col - prev.col;
    int64_t width = (int64_t)pos.end_col - pos.col;
    uint8_t h = (uint8_t)((dl == 0 ? 0 : dl == 1 ? 0x08 : 0x10) | (el != 0 ? 0x20 : 0) |
                          (dc != 0 ? 0x40 : 0) | (width != (int64_t)prev.end_col - prev.col ? 0x80 : 0));
    if (!append_bytes(I, &co->positions, &h, 1) ||
        ((h & 0x10) && !append_varint(I, &co->positions, dl)) ||
        ((h & 0x20) && !append_varint(I, &co->positions, el)) ||
        ((h & 0x40) && !append_varint(I, &co->positions, dc)) ||
        ((h & 0x80) && !append_varint(I, &co->positions, width)))
        return false;
    co->pos_last_off = off;
    co->pos_last = pos;
    add_covered(co, 1);
    return true;
}

int code_add_position_entry(Interp *I, CodeObject *co, BView v, size_t *len, size_t *run) {
    if (co->positions.len > 0 && co->pos_last_off == SIZE_MAX) find_last(co);
    size_t off = 0;
    PosEntry e;
    SrcPos p;
    if (!parse_entry(v, &off, &e)) return off >= v.n ? 0 : -1;
    if (!apply_entry(&e, co->positions.len > 0 ? co->pos_last : table_start(co), &p)) return -1;
    size_t at = co->positions.len;
    if (!append_bytes(I, &co->positions, v.p, off)) return -2;
    co->pos_last_off = at;
    co->pos_last = p;
    add_covered(co, e.run);
    co->verified = false;
    *len = off;
    *run = e.run;
    return 1;
}

bool code_set_positions(Interp *I, CodeObject *co, BView table) {
    buf_init(&co->positions);
    if (!append_bytes(I, &co->positions, table.p, table.n)) return false;
    co->pos_last_off = SIZE_MAX; // found by the next code_emit, if any
    co->pos_covered = SIZE_MAX;  // code_verify decodes the table
    reset_hint(co);
    co->verified = false;
    return true;
}

BView code_positions(const CodeObject *co) { return buf_view(&co->positions); }

static bool positions_ok(const CodeObject *co);

bool code_replace_positions(Interp *I, CodeObject *co, BView table) {
    Buf old = co->positions;
    size_t old_covered = co->pos_covered, old_last = co->pos_last_off;
    bool verified = co->verified;
    bool set = code_set_positions(I, co, table);
    co->verified = verified;
    if (set && (table.n == 0 || positions_ok(co))) return true;
    co->positions = old; // a failed or wrong table: the old one back, as promised
    co->pos_covered = old_covered;
    co->pos_last_off = old_last;
    reset_hint(co);
    return false;
}

int code_position_entry(BView v, size_t *len, size_t *run) {
    size_t off = 0;
    PosEntry e;
    if (!parse_entry(v, &off, &e)) return off >= v.n ? 0 : -1;
    *len = off;
    *run = e.run;
    return 1;
}

void code_clear_caches(Interp *I, CodeObject *co) {
    size_t bytes;
    if (co->caches != NULL && size_mul(co->ncaches, sizeof(InlineCache), &bytes))
        (void)heap_clear(I->heap, co->caches, bytes);
}

uint32_t code_instr(const CodeObject *co, size_t i) {
    if (i >= co->ninstr || i > SIZE_MAX / 4) return 0;
    return read_word(co->orig.len != 0 ? &co->orig : &co->code, i * 4).w;
}

// Writes word [word] at instruction [i] of [b] (in range: checked by the caller).
static bool write_word(Buf *b, size_t i, uint32_t word) {
    Word w;
    w.w = word;
    for (size_t k = 0; k < 4; k++) {
        if (buf_set(b, i * 4 + k, w.b[k]) != K_OK) return false;
    }
    return true;
}

bool code_instrument(Interp *I, CodeObject *co) {
    if (co->orig.len != 0 || !co->verified) return true;
    if (co->code.len != co->ninstr * 4) return true; // (never for verified code)
    Buf saved;
    buf_init(&saved);
    KStatus ks = buf_append(I->heap, &saved, buf_view(&co->code));
    if (ks != K_OK) {
        exc_from_kstatus(I, ks, "code");
        return false;
    }
    for (size_t i = 0; i < co->ninstr; i++) {
        uint32_t w = read_word(&co->code, i * 4).w;
        (void)write_word(&co->code, i, (w & ~(uint32_t)0xffu) | OP_TRACE_HOOK);
    }
    co->orig = saved;
    return true;
}

void code_uninstrument(CodeObject *co) {
    if (co->orig.len == 0) return;
    // every word orig saved goes back (code_emit_word uninstruments before it appends,
    // so the streams have the same length; were code ever longer, its later words were
    // never instrumented, and the hooks before them must not outlive orig)
    size_t n = (co->orig.len < co->code.len ? co->orig.len : co->code.len) / 4;
    for (size_t i = 0; i < n; i++) (void)write_word(&co->code, i, read_word(&co->orig, i * 4).w);
    buf_init(&co->orig);
}

bool code_patch(CodeObject *co, size_t i, uint32_t word) {
    if (i >= co->ninstr || i > SIZE_MAX / 4) return false;
    code_uninstrument(co);
    Word w;
    w.w = word;
    for (size_t k = 0; k < 4; k++) {
        if (buf_set(&co->code, i * 4 + k, w.b[k]) != K_OK) return false;
    }
    co->verified = false;
    return true;
}

SrcPos code_pos(CodeObject *co, size_t i) {
    SrcPos none = {0, 0, 0, 0};
    if (i >= co->ninstr) return none;
    // resume at the hint (the entry found last time) unless [i] lies before it; offset 0
    // is the first entry, which always starts from the table's start (a fresh object's
    // zeroed hint means exactly that)
    if (co->pos_hint_off == 0 || i < co->pos_hint_instr || co->pos_hint_off >= co->positions.len)
        reset_hint(co);
    size_t first = co->pos_hint_instr, off = co->pos_hint_off;
    SrcPos prev = co->pos_hint_prev;
    while (off < co->positions.len) {
        size_t at = off, run;
        SrcPos p;
        if (!read_entry(buf_view(&co->positions), &off, prev, &run, &p)) break;
        if (i - first < run) {
            co->pos_hint_instr = first;
            co->pos_hint_off = at;
            co->pos_hint_prev = prev;
            return p;
        }
        first += run;
        prev = p;
    }
    return none;
}

// True when the position table is empty or decodes to exactly [co->ninstr] positions.
// A table built by code_emit / code_add_position_entry was checked entry by entry as it
// grew: only its count is left to compare.
static bool positions_ok(const CodeObject *co) {
    if (co->pos_covered != SIZE_MAX) return co->positions.len == 0 || co->pos_covered == co->ninstr;
    size_t off = 0, total = 0, run;
    SrcPos p = table_start(co);
    while (off < co->positions.len) {
        if (!read_entry(buf_view(&co->positions), &off, p, &run, &p)) return false;
        total += run;
        if (total > co->ninstr) return false;
    }
    return co->positions.len == 0 || total == co->ninstr;
}

bool code_add_exc(Interp *I, CodeObject *co, ExcEntry e) {
    ExcBytes x;
    x.e = e;
    if (!append_bytes(I, &co->exctable, x.b, sizeof(ExcEntry))) return false;
    co->nexc++;
    co->verified = false;
    return true;
}

bool code_get_exc(const CodeObject *co, size_t i, ExcEntry *out) {
    size_t off;
    if (i >= co->nexc || !size_mul(i, sizeof(ExcEntry), &off)) return false;
    if (co->exctable.len < sizeof(ExcEntry) || off > co->exctable.len - sizeof(ExcEntry))
        return false;
    *out = read_exc(&co->exctable, off).e;
    return true;
}

// ---- stack effects ----

// What one instruction does to the value stack along one edge: it needs [need] items to
// be present, pops [pops] and then pushes [pushes]. need >= pops. All values are small
// (operands are < 2^24), so int64 arithmetic cannot overflow.
typedef struct Effect {
    int64_t need, pops, pushes;
    bool ok; // false: the operand makes no sense for this opcode
} Effect;

static Effect eff(int64_t need, int64_t pops, int64_t pushes) {
    Effect e = {need, pops, pushes, true};
    return e;
}

static Effect stack_effect(unsigned op, unsigned arg, bool jump) {
    int64_t n = (int64_t)arg;
    switch (op) {
    case OP_NOP: case OP_KW_NAMES: case OP_DELETE_FAST: case OP_DELETE_DEREF:
    case OP_DELETE_NAME: case OP_DELETE_GLOBAL: case OP_SETUP_ANNOTATIONS: case OP_JUMP:
        return eff(0, 0, 0);
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_NAME:
    case OP_STORE_GLOBAL: case OP_DELETE_ATTR: case OP_RETURN_VALUE: case OP_IMPORT_STAR:
    case OP_POP_EXCEPT: case OP_PRINT_EXPR: case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
        return eff(1, 1, 0);
    case OP_COPY:
        if (n < 1) break;
        return eff(n, 0, 1);
    case OP_SWAP:
        if (n < 2) break;
        return eff(n, 0, 0);
    case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF: case OP_LOAD_NAME: case OP_LOAD_GLOBAL: case OP_PUSH_NULL:
    case OP_LOAD_BUILD_CLASS: case OP_LOAD_ASSERTION_ERROR:
        return eff(0, 0, 1);
    case OP_LOAD_ATTR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT:
    case OP_UNARY_NOT: case OP_LIST_TO_TUPLE: case OP_GET_ITER: case OP_YIELD_VALUE:
    case OP_GET_YIELD_FROM_ITER: case OP_GET_AITER: case OP_ASYNC_GEN_WRAP:
        return eff(1, 1, 1);
    case OP_GET_AWAITABLE:
        if (n > 2) break;
        return eff(1, 1, 1);
    case OP_GET_ANEXT:
        return eff(1, 0, 1);
    case OP_GET_FOR_ITER:
        if (n > 1) break;
        return eff(1, 1, 1);
    case OP_POP_FOR_ITER:
        return eff(1, 1, 0);
    case OP_BEFORE_ASYNC_WITH:
        return eff(1, 1, 2);
    case OP_END_ASYNC_FOR:
        return eff(2, 2, 0);
    case OP_CHECK_EG_MATCH:
        return eff(2, 2, 2);
    case OP_PREP_RERAISE_STAR:
        return eff(2, 2, 1);
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR:
        return eff(2, 2, 0);
    case OP_LOAD_METHOD: case OP_BEFORE_WITH:
        return eff(1, 1, 2);
    case OP_CALL:
        return eff(n + 2, n + 2, 1);
    case OP_CALL_FUNCTION_EX:
        if (n > 1) break;
        return eff(3 + n, 3 + n, 1);
    case OP_BINARY_OP:
        if ((n & ~(BINOP_TMP_LEFT | BINOP_TMP_RIGHT)) >= BINOP__COUNT) break;
        return eff(2, 2, 1);
    case OP_COMPARE_OP:
        if (n > CMP_GE) break;
        return eff(2, 2, 1);
    case OP_IS_OP: case OP_CONTAINS_OP:
        if (n > 1) break;
        return eff(2, 2, 1);
    case OP_BINARY_SUBSCR:
        return eff(2, 2, 1);
    case OP_STORE_SUBSCR:
        return eff(3, 3, 0);
    case OP_BUILD_SLICE:
        if (n != 2 && n != 3) break;
        return eff(n, n, 1);
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
        return eff(n, n, 1);
    case OP_BUILD_MAP:
        return eff(2 * n, 2 * n, 1);
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE: case OP_DICT_MERGE:
        if (n < 1) break;
        return eff(n + 1, 1, 0);
    case OP_MAP_ADD:
        if (n < 1) break;
        return eff(n + 2, 2, 0);
    case OP_UNPACK_SEQUENCE:
        return eff(1, 1, n);
    case OP_UNPACK_EX:
        return eff(1, 1, (n & 0xff) + (n >> 8) + 1);
    case OP_FORMAT_VALUE:
        if (n > 7) break;
        return (n & 4) ? eff(2, 2, 1) : eff(1, 1, 1);
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? eff(1, 0, 0) : eff(1, 1, 0);
    case OP_FOR_ITER:
        return jump ? eff(1, 1, 0) : eff(1, 0, 1);
    case OP_SEND:
        return jump ? eff(2, 2, 1) : eff(2, 1, 1);
    case OP_MAKE_FUNCTION: {
        if (n > 15) break;
        int64_t k = 2 + (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1);
        return eff(k, k, 1);
    }
    case OP_IMPORT_NAME:
        return eff(2, 2, 1);
    case OP_IMPORT_FROM:
        return eff(1, 0, 1);
    case OP_RAISE_VARARGS:
        if (n > 2) break;
        return eff(n, n, 0);
    case OP_PUSH_EXC_INFO:
        return eff(1, 1, 2);
    case OP_CHECK_EXC_MATCH:
        return eff(2, 1, 1);
    case OP_RERAISE:
        if (n > 1) break;
        return eff(1 + n, 1, 0);
    case OP_WITH_EXCEPT_START:
        return eff(4, 0, 1);
    case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE:
        return eff(1, 0, 1);
    case OP_MATCH_KEYS:
        return eff(2, 0, 1);
    case OP_MATCH_CLASS:
        return eff(3, 3, 1);
    default:
        break;
    }
    Effect bad = {0, 0, 0, false};
    return bad;
}

int vm_stack_effect(unsigned op, unsigned arg, bool jump) {
    Effect e = stack_effect(op, arg, jump);
    if (!e.ok) return 0;
    return (int)(e.pushes - e.pops);
}

// ---- the verifier ----

static bool bad(Interp *I, const char *what, size_t at) {
    exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: %s (at instruction %zu)", what, at);
    return false;
}

static bool bad0(Interp *I, const char *what) {
    exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: %s", what);
    return false;
}

static bool is_str_tuple(Value t) {
    if (!tuple_check(t)) return false;
    size_t n = tuple_len(t);
    for (size_t i = 0; i < n; i++) {
        if (!str_check(tuple_get(t, i))) return false;
    }
    return true;
}

static bool is_terminator(unsigned op) {
    return op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE ||
           op == OP_JUMP;
}

static bool has_jump(unsigned op) {
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP ||
           op == OP_FOR_ITER || op == OP_SEND;
}

// Operand kinds (opcodes.h's OP_NONE .. OP_IMM values, named locally).
enum { KIND_NONE = 0, KIND_CONST = 1, KIND_NAME = 2, KIND_LOCAL = 3, KIND_DEREF = 4,
       KIND_JUMP = 5, KIND_COUNT = 6, KIND_IMM = 7 };

static const uint8_t opkinds[OP__COUNT] = {
#define OPCODE_KIND(name, kind, pops, pushes) kind,
    OPCODES(OPCODE_KIND)
#undef OPCODE_KIND
};

// Checks the shape of the object: tables, counts and types.
static bool check_header(Interp *I, CodeObject *co) {
    if (!tuple_check(co->consts)) return bad0(I, "co_consts is not a tuple");
    if (!is_str_tuple(co->names)) return bad0(I, "co_names is not a tuple of str");
    if (!is_str_tuple(co->localnames)) return bad0(I, "co_varnames is not a tuple of str");
    if (!is_str_tuple(co->cellnames)) return bad0(I, "co_cellvars is not a tuple of str");
    if (!is_str_tuple(co->freenames)) return bad0(I, "co_freevars is not a tuple of str");
    if (!str_check(co->filename) || !str_check(co->name) || !str_check(co->qualname))
        return bad0(I, "co_filename, co_name and co_qualname must be str");
    if (co->ninstr == 0) return bad0(I, "empty code");
    if (co->ninstr > CODE_MAX_COUNT || co->nlocals > CODE_MAX_COUNT ||
        co->ncells > CODE_MAX_COUNT || co->nfrees > CODE_MAX_COUNT ||
        co->stacksize > CODE_MAX_COUNT || co->nexc > CODE_MAX_COUNT ||
        co->argcount > CODE_MAX_COUNT || co->kwonlyargcount > CODE_MAX_COUNT)
        return bad0(I, "count out of range");
    if (co->code.len != co->ninstr * 4) return bad0(I, "code length mismatch");
    if (!positions_ok(co)) return bad0(I, "malformed position table");
    if (co->exctable.len != co->nexc * sizeof(ExcEntry))
        return bad0(I, "exception table length mismatch");
    if (tuple_len(co->localnames) != co->nlocals) return bad0(I, "nlocals mismatch");
    if (tuple_len(co->cellnames) != co->ncells) return bad0(I, "ncells mismatch");
    if (tuple_len(co->freenames) != co->nfrees) return bad0(I, "nfrees mismatch");
    uint64_t nargs = (uint64_t)co->argcount + co->kwonlyargcount +
                     ((co->flags & CO_VARARGS) ? 1 : 0) + ((co->flags & CO_VARKEYWORDS) ? 1 : 0);
    if (nargs > co->nlocals) return bad0(I, "more arguments than locals");
    if (co->posonlyargcount > co->argcount) return bad0(I, "bad posonlyargcount");
    // cell2arg: VAL_NULL or () means "no cell starts from an argument"
    if (co->cell2arg != VAL_NULL) {
        if (!tuple_check(co->cell2arg)) return bad0(I, "cell2arg is not a tuple");
        size_t n = tuple_len(co->cell2arg);
        if (n != 0 && n != co->ncells) return bad0(I, "cell2arg length mismatch");
        for (size_t i = 0; i < n; i++) {
            Value a = tuple_get(co->cell2arg, i);
            if (!val_is_small(a)) return bad0(I, "cell2arg entry is not an int");
            intptr_t k = val_small(a);
            if (k < -1 || (k >= 0 && (uint64_t)k >= nargs))
                return bad0(I, "cell2arg entry out of range");
        }
    }
    return true;
}

// Checks one instruction's operand against its kind, independent of control flow.
static bool check_operand(Interp *I, CodeObject *co, size_t i, unsigned op, unsigned arg) {
    if (op >= OP__COUNT) return bad(I, "invalid opcode", i);
    if (op == OP_RETURN_GENERATOR) return bad(I, "reserved opcode", i);
    if (op == OP_YIELD_VALUE && !(co->flags & CO_GENLIKE))
        return bad(I, "yield outside a generator", i);
    if (op == OP_ASYNC_GEN_WRAP && !(co->flags & CO_ASYNC_GENERATOR))
        return bad(I, "ASYNC_GEN_WRAP outside an async generator", i);
    switch (opkinds[op]) {
    case KIND_NONE:
        if (arg != 0) return bad(I, "operand must be 0", i);
        break;
    case KIND_CONST:
        if (arg >= tuple_len(co->consts)) return bad(I, "constant index out of range", i);
        break;
    case KIND_NAME:
        if (arg >= tuple_len(co->names)) return bad(I, "name index out of range", i);
        break;
    case KIND_LOCAL:
        if (arg >= co->nlocals) return bad(I, "local index out of range", i);
        break;
    case KIND_DEREF:
        if ((uint64_t)arg >= (uint64_t)co->ncells + co->nfrees)
            return bad(I, "cell index out of range", i);
        break;
    case KIND_JUMP:
        if (arg >= co->ninstr) return bad(I, "jump target out of range", i);
        break;
    default:
        break;
    }
    if (!stack_effect(op, arg, false).ok) return bad(I, "invalid operand", i);
    if (op == OP_KW_NAMES) {
        Value kw = tuple_get(co->consts, arg);
        if (!is_str_tuple(kw)) return bad(I, "KW_NAMES constant is not a tuple of str", i);
        uint32_t next = code_instr(co, i + 1);
        if (i + 1 >= co->ninstr || INSTR_OP(next) != OP_CALL ||
            INSTR_ARG(next) < tuple_len(kw))
            return bad(I, "KW_NAMES not followed by a matching CALL", i);
    }
    return true;
}

// Records depth [d] for instruction [t]; queues it the first time. False (with
// SystemError) when t already has a different depth or d is out of range.
static bool reach(Interp *I, CodeObject *co, ValVec *depth, ValVec *work, size_t t, int64_t d,
                  size_t from) {
    if (t >= co->ninstr) return bad(I, "control falls off the end of the code", from);
    if (d < 0) return bad(I, "stack underflow", from);
    if (d > (int64_t)co->stacksize) return bad(I, "stack depth exceeds stacksize", from);
    Value old = vec_get(depth, t);
    if (old != VAL_NULL) {
        if (val_small(old) != d) return bad(I, "inconsistent stack depth", t);
        return true;
    }
    if (vec_set(depth, t, val_from_small((intptr_t)d)) != K_OK ||
        vec_push(I->heap, work, val_from_small((intptr_t)t)) != K_OK) {
        exc_nomem(I);
        return false;
    }
    return true;
}

// The exception-table entry covering instruction [i], or -1 (entries are sorted and
// disjoint: checked before this is used).
static int64_t handler_for(const CodeObject *co, size_t i, ExcEntry *out) {
    size_t lo = 0, hi = co->nexc;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        ExcEntry e;
        if (!code_get_exc(co, mid, &e)) return -1;
        if (i < e.start) {
            hi = mid;
        } else if (i >= e.end) {
            lo = mid + 1;
        } else {
            *out = e;
            return (int64_t)mid;
        }
    }
    return -1;
}

bool code_check_shape(Interp *I, CodeObject *co) {
    co->verified = false;
    co->deferred = false;
    if (!check_header(I, co)) return false;
    co->deferred = true;
    return true;
}

// The exception table's entries: in range, sorted, with depths within stacksize.
static bool check_exctable(Interp *I, CodeObject *co) {
    uint32_t prev_end = 0;
    for (size_t k = 0; k < co->nexc; k++) {
        ExcEntry e;
        if (!code_get_exc(co, k, &e)) return bad0(I, "unreadable exception table");
        if (e.start >= e.end || e.end > co->ninstr || e.target >= co->ninstr)
            return bad0(I, "exception table entry out of range");
        if (e.start < prev_end) return bad0(I, "exception table entries overlap or are unsorted");
        prev_end = e.end;
        if (e.lasti > 1) return bad0(I, "exception table lasti flag must be 0 or 1");
        if ((uint64_t)e.depth + e.lasti + 1 > co->stacksize)
            return bad0(I, "exception handler depth exceeds stacksize");
    }
    return true;
}

// The stack depth before every instruction (*out: a small int each, VAL_NULL where
// unreachable), checking that it is the same on every path, never negative and within
// stacksize, and that handler depths are consistent. False with SystemError.
static bool flow(Interp *I, CodeObject *co, ValVec *out) {
    ValVec depth, work;
    vec_init(&depth);
    vec_init(&work);
    if (vec_resize(I->heap, &depth, co->ninstr) != K_OK) {
        exc_nomem(I);
        return false;
    }
    if (!reach(I, co, &depth, &work, 0, 0, 0)) return false;
    while (work.len > 0) {
        size_t i = (size_t)val_small(vec_pop(&work));
        int64_t d = val_small(vec_get(&depth, i));
        uint32_t w = code_instr(co, i);
        unsigned op = INSTR_OP(w), arg = INSTR_ARG(w);
        Effect fall = stack_effect(op, arg, false);
        if (d < fall.need) return bad(I, "stack underflow", i);
        ExcEntry h;
        if (handler_for(co, i, &h) >= 0) {
            // An error anywhere inside this instruction cuts the stack to h.depth, so
            // h.depth must not exceed the lowest depth the instruction passes through.
            int64_t low = d - fall.pops;
            if (has_jump(op)) {
                Effect j = stack_effect(op, arg, true);
                if (d - j.pops < low) low = d - j.pops;
            }
            if ((int64_t)h.depth > low) return bad(I, "handler depth above stack depth", i);
            if (!reach(I, co, &depth, &work, h.target, (int64_t)h.depth + h.lasti + 1, i))
                return false;
        }
        if (has_jump(op)) {
            Effect j = stack_effect(op, arg, true);
            if (d < j.need) return bad(I, "stack underflow", i);
            if (!reach(I, co, &depth, &work, arg, d - j.pops + j.pushes, i)) return false;
        }
        if (!is_terminator(op)) {
            if (!reach(I, co, &depth, &work, i + 1, d - fall.pops + fall.pushes, i))
                return false;
        }
    }
    *out = depth;
    return true;
}

bool code_stack_depths(Interp *I, CodeObject *co, ValVec *depth) {
    if (!co->verified) {
        exc_raise(I, TY_SYSTEM_ERROR, "stack depths of unverified code");
        return false;
    }
    return flow(I, co, depth);
}

// Merges stack [s] ([n] producer codes) into instruction [t]'s entry of [prod] (width
// [w]); queues t when it changed or is reached the first time ([seen]).
static bool merge_prod(Interp *I, ValVec *prod, ValVec *seen, ValVec *work, size_t w,
                       size_t t, const ValVec *s, size_t n) {
    bool changed = vec_get(seen, t) == VAL_NULL;
    for (size_t k = 0; k < n && k < w; k++) {
        Value old = vec_get(prod, t * w + k), v = vec_get(s, k);
        if (old == v || old == val_from_small(0)) continue;
        (void)vec_set(prod, t * w + k, old == VAL_NULL ? v : val_from_small(0));
        changed = true;
    }
    if (!changed) return true;
    if (vec_set(seen, t, val_from_small(1)) != K_OK ||
        vec_push(I->heap, work, val_from_small((intptr_t)t)) != K_OK) {
        exc_nomem(I);
        return false;
    }
    return true;
}

// [s] (stack [d] deep, producer codes) after instruction [i] ([op], [arg]) along an edge
// with effect [e]: COPY and SWAP move codes, every other push gets i's code (1 + i).
// The new depth.
static size_t produce(unsigned op, unsigned arg, Effect e, size_t i, ValVec *s, size_t d) {
    size_t n = arg;
    if (op == OP_SWAP && n >= 2 && n <= d) {
        Value t = vec_get(s, d - 1);
        (void)vec_set(s, d - 1, vec_get(s, d - n));
        (void)vec_set(s, d - n, t);
        return d;
    }
    Value copied = op == OP_COPY && n >= 1 && n <= d ? vec_get(s, d - n) : VAL_NULL;
    size_t b = d - (size_t)e.pops;
    for (size_t k = 0; k < (size_t)e.pushes; k++)
        (void)vec_set(s, b + k, copied != VAL_NULL ? copied : val_from_small((intptr_t)i + 1));
    return b + (size_t)e.pushes;
}

bool code_stack_producers(Interp *I, CodeObject *co, ValVec *depth, ValVec *prod) {
    if (!code_stack_depths(I, co, depth)) return false;
    size_t w = co->stacksize + 1, cells;
    ValVec seen, work, s;
    vec_init(prod);
    vec_init(&seen);
    vec_init(&work);
    vec_init(&s);
    if (!size_mul(co->ninstr, w, &cells) || vec_resize(I->heap, prod, cells) != K_OK ||
        vec_resize(I->heap, &seen, co->ninstr) != K_OK ||
        vec_resize(I->heap, &s, w + 1) != K_OK) {
        exc_nomem(I);
        return false;
    }
    if (co->ninstr > 0 && !merge_prod(I, prod, &seen, &work, w, 0, &s, 0)) return false;
    while (work.len > 0) {
        size_t i = (size_t)val_small(vec_pop(&work));
        Value dv = vec_get(depth, i);
        if (dv == VAL_NULL) continue;
        size_t d = (size_t)val_small(dv);
        uint32_t word = code_instr(co, i);
        unsigned op = INSTR_OP(word), arg = INSTR_ARG(word);
        ExcEntry h;
        // (the verifier proved every depth below within stacksize and every target in
        // range: the checks here only keep the walk inside the arrays)
        if (handler_for(co, i, &h) >= 0 && h.depth <= d && h.target < co->ninstr) {
            for (size_t k = 0; k < h.depth; k++) (void)vec_set(&s, k, vec_get(prod, i * w + k));
            size_t n = h.depth + h.lasti + 1;
            for (size_t k = h.depth; k < n && k < w; k++)
                (void)vec_set(&s, k, val_from_small(-(intptr_t)h.target - 1));
            if (!merge_prod(I, prod, &seen, &work, w, h.target, &s, n)) return false;
        }
        Effect e[2] = {stack_effect(op, arg, false), stack_effect(op, arg, true)};
        size_t to[2] = {i + 1, arg};
        bool take[2] = {!is_terminator(op), has_jump(op)};
        for (int k = 0; k < 2; k++) {
            if (!take[k] || to[k] >= co->ninstr || (size_t)e[k].need > d ||
                d - (size_t)e[k].pops + (size_t)e[k].pushes > w)
                continue;
            for (size_t j = 0; j < d; j++) (void)vec_set(&s, j, vec_get(prod, i * w + j));
            size_t n = produce(op, arg, e[k], i, &s, d);
            if (!merge_prod(I, prod, &seen, &work, w, to[k], &s, n)) return false;
        }
    }
    return true;
}

bool code_verify(Interp *I, CodeObject *co) {
    co->verified = false;
    if (!check_header(I, co)) return false;
    for (size_t i = 0; i < co->ninstr; i++) {
        uint32_t w = code_instr(co, i);
        if (!check_operand(I, co, i, INSTR_OP(w), INSTR_ARG(w))) return false;
    }
    if (!check_exctable(I, co)) return false;
    ValVec depth;
    if (!flow(I, co, &depth)) return false;
    {
        // fresh (zeroed) caches: entries filled for an older instruction stream must go.
        // Caches of the right length are cleared in place, not replaced: the eval loop
        // addresses them from a base it computed when the frame was loaded (eval.c
        // CACHE), which a running frame's code object must keep.
        size_t bytes;
        if (!size_mul(co->ninstr, sizeof(InlineCache), &bytes)) return bad0(I, "code too large");
        InlineCache *c = NULL;
        if (co->caches != NULL && co->ncaches == co->ninstr && heap_clear(I->heap, co->caches, bytes))
            c = co->caches;
        else
            c = heap_new(I->heap, bytes, HEAP_SCAN);
        if (c == NULL) {
            exc_nomem(I);
            return false;
        }
        co->caches = c;
        co->ncaches = co->ninstr;
    }
    {
        // what the eval loop reads at every call and return (check_header bounded the
        // counts by CODE_MAX_COUNT, so the sums fit)
        TupleObject *ct = tuple_cast(co->consts), *nt = tuple_cast(co->names);
        if (ct == NULL || nt == NULL) return bad0(I, ct == NULL ? "co_consts is not a tuple" : "co_names is not a tuple");
        co->nlocalsplus = (uint32_t)code_nlocalsplus(co);
        co->framesize = co->nlocalsplus + co->stacksize;
        co->const_items = ct->a.items;
        co->name_items = nt->a.items;
        co->cache_bias = (uintptr_t)co->caches - sizeof(InlineCache) -
                         sizeof(InlineCache) / sizeof(uint32_t) * (uintptr_t)co->code.data;
    }
    co->verified = true;
    return true;
}

