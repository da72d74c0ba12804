/*
 * marshal_dump.c: the marshal serializer (marshal.h). Writes CPython 3.11's byte format
 * for the data types, and safepy's own layout for code objects (type code 'c').
 *
 * Back-references (version >= 3): CPython flags an object with FLAG_REF only when its
 * reference count is above one, which safepy (a tracing GC) cannot know. We treat every
 * object as shared, which is what CPython does for values bound to names, constants and
 * container items (docs/notes/frozen_bytecode.md). Identity is the Value word itself, so
 * unboxed ints are "the same object" when equal (CPython's small-int cache behaves so for
 * -5..256, and equal constants of one code object are merged).
 *
 * Invariant: every object is written by w_object, which bounds the nesting at
 * MARSHAL_MAX_DEPTH (CPython's limit; independent of sys.getrecursionlimit(), as there)
 * and checks the C stack (interp_check_stack) at every level.
 */
#include "marshal.h"

#include "../kernel/bigint.h"
#include "../objects/bytes.h"
#include "../objects/complex.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/code.h"
#include "../vm/opcodes.h"
#include "frozenpos.h"
#include "marshal_int.h"

typedef struct Writer {
    Interp *I;
    Buf *out;
    int version;
    int depth;
    Value refs; /* dict: int(Value word) -> reference index (version >= 3) */
    Value sort_keys; /* dict: int(Value word) -> bytes, the standalone dump of a set item
                        (shared by the writers of one marshal_dump: nested sets are dumped
                        once each, not once per enclosing set) */
} Writer;

static bool w_object(Writer *w, Value v);

static bool w_fail(Writer *w, KStatus s) {
    if (s == K_OK) return true;
    exc_from_kstatus(w->I, s, "marshal");
    return false;
}

static bool w_byte(Writer *w, uint8_t b) { return w_fail(w, buf_push(w->I->heap, w->out, b)); }

static bool w_u32(Writer *w, uint32_t x) {
    uint8_t b[4] = {(uint8_t)x, (uint8_t)(x >> 8), (uint8_t)(x >> 16), (uint8_t)(x >> 24)};
    BView v = {b, 4};
    return w_fail(w, buf_append(w->I->heap, w->out, v));
}

static bool w_bytes(Writer *w, BView v) { return w_fail(w, buf_append(w->I->heap, w->out, v)); }

// A length field: a size above 2^31-1 cannot be marshalled (CPython's W_SIZE).
static bool w_size(Writer *w, size_t n) {
    if (n > 0x7fffffffu) {
        exc_raise(w->I, TY_VALUE_ERROR, "unmarshallable object");
        return false;
    }
    return w_u32(w, (uint32_t)n);
}

static bool w_double(Writer *w, double d) {
    union {
        double d;
        uint64_t u;
    } c;
    c.d = d;
    return w_u32(w, (uint32_t)c.u) && w_u32(w, (uint32_t)(c.u >> 32));
}

// A float as text for versions 0 and 1 ('%.17g'): one length byte, then the digits.
static bool w_float_text(Writer *w, double d) {
    Interp *I = w->I;
    Value spec = str_from_cstr(I, ".17g");
    Value f = spec == VAL_NULL ? VAL_NULL : float_new(I, d);
    Value s = f == VAL_NULL ? VAL_NULL : obj_format(I, f, spec);
    if (s == VAL_NULL) return false;
    BView t = str_view(s);
    return w_byte(w, (uint8_t)t.n) && w_bytes(w, t);
}

// Interned (as CPython would have it): ASCII made only of identifier characters, which is
// the rule CPython 3.11 applies to the string constants of code.
static bool looks_interned(BView v) {
    for (size_t i = 0; i < v.n; i++) {
        int c = bview_get(v, i);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

static bool w_str(Writer *w, Value v, uint8_t flag) {
    StrObject *s = str_cast(v);
    BView t = str_view(v);
    bool interned = w->version >= 3 && looks_interned(t);
    if (w->version >= 4 && s != NULL && str_flag(s, STR_ASCII)) {
        if (t.n < 256)
            return w_byte(w, (uint8_t)((interned ? MT_SHORT_ASCII_INTERNED : MT_SHORT_ASCII) | flag)) &&
                   w_byte(w, (uint8_t)t.n) && w_bytes(w, t);
        return w_byte(w, (uint8_t)((interned ? MT_ASCII_INTERNED : MT_ASCII) | flag)) && w_size(w, t.n) &&
               w_bytes(w, t);
    }
    // the internal text is UTF-8 with lone surrogates encoded: exactly 'surrogatepass'
    return w_byte(w, (uint8_t)((interned ? MT_INTERNED : MT_UNICODE) | flag)) && w_size(w, t.n) &&
           w_bytes(w, t);
}

// An int outside the 32-bit range: 15-bit digits, least significant first; the count
// carries the sign.
static bool w_long(Writer *w, Value v, uint8_t flag) {
    IntObject *o = int_cast(v);
    uint32_t limbs[2];
    const uint32_t *a = limbs;
    size_t na;
    bool neg;
    if (o != NULL) {
        a = o->limbs;
        na = o->n;
        neg = o->neg;
    } else {
        int64_t x = (int64_t)val_small(v);
        neg = x < 0;
        uint64_t m = neg ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        limbs[0] = (uint32_t)m;
        limbs[1] = (uint32_t)(m >> 32);
        na = limbs[1] != 0 ? 2 : 1;
    }
    uint64_t bits = big_bit_length(a, na);
    uint64_t nd = (bits + 14) / 15;
    if (nd > 0x7fffffffu) return exc_raise(w->I, TY_VALUE_ERROR, "unmarshallable object"), false;
    if (!w_byte(w, (uint8_t)(MT_LONG | flag)) || !w_u32(w, neg ? (uint32_t)0 - (uint32_t)nd : (uint32_t)nd))
        return false;
    for (uint64_t k = 0; k < nd; k++) {
        uint64_t bit = k * 15, limb = bit / 32;
        unsigned sh = (unsigned)(bit % 32);
        uint64_t word = (uint64_t)big_limb(a, na, (size_t)limb) | ((uint64_t)big_limb(a, na, (size_t)limb + 1) << 32);
        uint16_t d = (uint16_t)((word >> sh) & 0x7fffu);
        if (!w_byte(w, (uint8_t)d) || !w_byte(w, (uint8_t)(d >> 8))) return false;
    }
    return true;
}


// A varint: 7 bits a byte, low first, high bit "more follows"; signed ones zigzag.
static bool w_uvarint(Writer *w, uint64_t u) {
    while (u >= 0x80) {
        if (!w_byte(w, (uint8_t)(u | 0x80))) return false;
        u >>= 7;
    }
    return w_byte(w, (uint8_t)u);
}

static bool w_svarint(Writer *w, int64_t x) {
    return w_uvarint(w, x < 0 ? ((~(uint64_t)x) << 1) | 1u : (uint64_t)x << 1);
}

static bool w_items(Writer *w, ValView items) {
    for (size_t i = 0; i < items.n; i++)
        if (!w_object(w, vview_get(items, i))) return false;
    return true;
}

// Set items in the order of their own serializations (as CPython 3.11: the output does
// not depend on the hash seed, so frozen bytecode is reproducible).
// The items of a set, in the order of their standalone dumps (as CPython 3.11: the
// output does not depend on the set's iteration order). A standalone dump continues the
// enclosing one's nesting depth.
static bool w_set_items(Writer *w, Value v) {
    Interp *I = w->I;
    Value pairs = list_new(I, set_len(v));
    if (pairs == VAL_NULL) return false;
    if (w->sort_keys == VAL_NULL && (w->sort_keys = dict_new(I)) == VAL_NULL) return false;
    size_t pos = 0;
    Value k;
    while (set_next(v, &pos, &k)) {
        Value id = int_from_u64(I, (uint64_t)k);
        if (id == VAL_NULL) return false;
        Value b = dict_get(I, w->sort_keys, id);
        if (b == VAL_NULL) {
            if (I->exc != VAL_NULL) return false;
            Buf one;
            buf_init(&one);
            Writer sub = {I, &one, w->version, w->depth, VAL_NULL, w->sort_keys};
            if (!w_object(&sub, k)) return false;
            b = bytes_new(I, buf_view(&one));
            if (b == VAL_NULL || !dict_set(I, w->sort_keys, id, b)) return false;
        }
        Value pair = tuple_pack(I, 2, b, k);
        if (pair == VAL_NULL || !list_append(I, pairs, pair)) return false;
    }
    if (!list_sort(I, pairs, VAL_NULL, false)) return false;
    for (size_t i = 0; i < list_len(pairs); i++)
        if (!w_object(w, tuple_get(list_get(pairs, i), 1))) return false;
    return true;
}

// Code objects: safepy's layout (marshal_load.c r_code reads it back). Numbers are
// varints. A byte says whether the code has a position table; each instruction is its
// opcode byte and operand, followed, when it starts an entry of the table (code.c
// "Position table"), by that entry as the code object holds it. (Interleaved, repeated
// code compresses better than as two separate streams.)
static bool w_code(Writer *w, CodeObject *co, uint8_t flag) {
    frozenpos_complete(w->I, co); // (frozen code keeps lines only: write what it had)
    BView table = code_positions(co);
    if (!w_byte(w, (uint8_t)(MT_CODE | flag)) || !w_uvarint(w, co->argcount) ||
        !w_uvarint(w, co->posonlyargcount) || !w_uvarint(w, co->kwonlyargcount) || !w_uvarint(w, co->stacksize) ||
        !w_uvarint(w, co->flags) || !w_svarint(w, co->firstlineno) || !w_uvarint(w, co->ninstr) ||
        !w_byte(w, table.n != 0))
        return false;
    size_t toff = 0, next = 0;  // the table offset and the instruction of the next entry
    for (size_t i = 0; i < co->ninstr; i++) {
        uint32_t word = code_instr(co, i);
        if (!w_byte(w, (uint8_t)INSTR_OP(word)) || !w_uvarint(w, INSTR_ARG(word))) return false;
        if (table.n == 0 || i != next) continue;
        size_t len, run;
        if (code_position_entry(bview_slice(table, toff, table.n), &len, &run) != 1)
            return exc_raise(w->I, TY_VALUE_ERROR, "unmarshallable object"), false;
        for (size_t k = toff; k < toff + len; k++)
            if (!w_byte(w, (uint8_t)bview_get(table, k))) return false;
        toff += len;
        next += run;
    }
    if (toff != table.n) return exc_raise(w->I, TY_VALUE_ERROR, "unmarshallable object"), false;
    if (!w_uvarint(w, co->nexc)) return false;
    for (size_t i = 0; i < co->nexc; i++) {
        ExcEntry e;
        if (!code_get_exc(co, i, &e)) return exc_raise(w->I, TY_VALUE_ERROR, "unmarshallable object"), false;
        if (!w_uvarint(w, e.start) || !w_uvarint(w, e.end) || !w_uvarint(w, e.target) || !w_uvarint(w, e.depth) ||
            !w_uvarint(w, e.lasti))
            return false;
    }
    Value c2a = co->cell2arg != VAL_NULL ? co->cell2arg : w->I->empty_tuple;
    return w_object(w, co->consts) && w_object(w, co->names) && w_object(w, co->localnames) &&
           w_object(w, co->cellnames) && w_object(w, co->freenames) && w_object(w, c2a) &&
           w_object(w, co->filename) && w_object(w, co->name) && w_object(w, co->qualname);
}

// Version >= 3: the object's first appearance gets FLAG_REF (*flag), a later one is
// written as a reference. True in *done when the reference was written.
static bool w_ref(Writer *w, Value v, uint8_t *flag, bool *done) {
    *flag = 0;
    *done = false;
    if (w->version < 3) return true;
    Interp *I = w->I;
    if (w->refs == VAL_NULL && (w->refs = dict_new(I)) == VAL_NULL) return false;
    Value key = int_from_u64(I, (uint64_t)v);
    if (key == VAL_NULL) return false;
    Value at = dict_get(I, w->refs, key);
    if (at != VAL_NULL) {
        *done = true;
        return w_byte(w, MT_REF) && w_u32(w, (uint32_t)val_small(at));
    }
    if (I->exc != VAL_NULL) return false;
    size_t n = dict_len(w->refs);
    if (n >= 0x7fffffffu) return exc_raise(I, TY_VALUE_ERROR, "unmarshallable object"), false;
    *flag = MT_FLAG_REF;
    return dict_set(I, w->refs, key, val_from_small((intptr_t)n));
}

static bool w_complex_object(Writer *w, Value v) {
    Interp *I = w->I;
    uint8_t flag;
    bool done;
    if (!w_ref(w, v, &flag, &done)) return false;
    if (done) return true;
    Type *t = type_of(I, v);
    switch (val_kind(v)) {
    case K_INT:
        if (t != interp_type(I, TY_INT)) break;
        if (val_is_small(v) && val_small(v) >= INT32_MIN && val_small(v) <= INT32_MAX)
            return w_byte(w, (uint8_t)(MT_INT | flag)) && w_u32(w, (uint32_t)(int32_t)val_small(v));
        return w_long(w, v, flag);
    case K_FLOAT:
        if (t != interp_type(I, TY_FLOAT)) break;
        if (w->version > 1) return w_byte(w, (uint8_t)(MT_BINARY_FLOAT | flag)) && w_double(w, float_value(v));
        return w_byte(w, (uint8_t)(MT_FLOAT | flag)) && w_float_text(w, float_value(v));
    case K_COMPLEX: {
        ComplexObject *c = complex_cast(v);
        if (c == NULL || t != interp_type(I, TY_COMPLEX)) break;
        if (w->version > 1)
            return w_byte(w, (uint8_t)(MT_BINARY_COMPLEX | flag)) && w_double(w, c->re) && w_double(w, c->im);
        return w_byte(w, (uint8_t)(MT_COMPLEX | flag)) && w_float_text(w, c->re) && w_float_text(w, c->im);
    }
    case K_STR:
        if (t != interp_type(I, TY_STR)) break;
        return w_str(w, v, flag);
    case K_BYTES:
    case K_BYTEARRAY: {
        // bytes, their subclasses and bytearray: as CPython, any such buffer is bytes
        BView b = bytes_view(v);
        return w_byte(w, (uint8_t)(MT_STRING | flag)) && w_size(w, b.n) && w_bytes(w, b);
    }
    case K_TUPLE: {
        if (t != interp_type(I, TY_TUPLE)) break;
        size_t n = tuple_len(v);
        if (w->version >= 4 && n < 256) {
            if (!w_byte(w, (uint8_t)(MT_SMALL_TUPLE | flag)) || !w_byte(w, (uint8_t)n)) return false;
        } else if (!w_byte(w, (uint8_t)(MT_TUPLE | flag)) || !w_size(w, n)) {
            return false;
        }
        return w_items(w, tuple_view(v));
    }
    case K_LIST: {
        if (t != interp_type(I, TY_LIST)) break;
        size_t n = list_len(v);
        if (!w_byte(w, (uint8_t)(MT_LIST | flag)) || !w_size(w, n)) return false;
        // (no Python code runs while items are written; the bound is rechecked anyway)
        for (size_t i = 0; i < n && i < list_len(v); i++)
            if (!w_object(w, list_get(v, i))) return false;
        return true;
    }
    case K_DICT: {
        if (t != interp_type(I, TY_DICT)) break;
        if (!w_byte(w, (uint8_t)(MT_DICT | flag))) return false;
        size_t pos = 0;
        Value k, x;
        while (dict_next(v, &pos, &k, &x))
            if (!w_object(w, k) || !w_object(w, x)) return false;
        return w_byte(w, MT_NULL);
    }
    case K_SET: {
        bool frozen = t == interp_type(I, TY_FROZENSET);
        if (!frozen && t != interp_type(I, TY_SET)) break;
        if (!w_byte(w, (uint8_t)((frozen ? MT_FROZENSET : MT_SET) | flag)) || !w_size(w, set_len(v)))
            return false;
        return w_set_items(w, v);
    }
    case K_CODE: {
        CodeObject *co = code_cast(v);
        if (co == NULL) break;
        return w_code(w, co, flag);
    }
    default: {
        // any other C-contiguous buffer (memoryview, array.array) is written as bytes
        BView b;
        if (bytes_arg(I, v, NULL, &b))
            return w_byte(w, (uint8_t)(MT_STRING | flag)) && w_size(w, b.n) && w_bytes(w, b);
        exc_clear(I);
        break;
    }
    }
    exc_raise(I, TY_VALUE_ERROR, "unmarshallable object");
    return false;
}

static bool w_object(Writer *w, Value v) {
    Interp *I = w->I;
    if (++w->depth > MARSHAL_MAX_DEPTH) {
        w->depth--;
        exc_raise(I, TY_VALUE_ERROR, "object too deeply nested to marshal");
        return false;
    }
    bool ok;
    if (v == I->none) ok = w_byte(w, MT_NONE);
    else if (v == obj_val(interp_type(I, TY_STOP_ITERATION))) ok = w_byte(w, MT_STOPITER);
    else if (v == I->ellipsis) ok = w_byte(w, MT_ELLIPSIS);
    else if (v == I->false_) ok = w_byte(w, MT_FALSE);
    else if (v == I->true_) ok = w_byte(w, MT_TRUE);
    else ok = interp_check_stack(I, "while marshalling") && w_complex_object(w, v);
    w->depth--;
    return ok;
}

bool marshal_dump(Interp *I, Value v, int version, Buf *out) {
    Writer w = {I, out, version, 0, VAL_NULL, VAL_NULL};
    return w_object(&w, v);
}
