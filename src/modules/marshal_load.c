/*
 * marshal_load.c: the marshal deserializer (marshal.h). Reads CPython 3.11's data format
 * and safepy's code-object layout (marshal_dump.c), raising CPython's exceptions for bad
 * input: EOFError "marshal data too short" / "EOF read where object expected",
 * ValueError "bad marshal data (...)", TypeError "NULL object in marshal data for ...".
 *
 * Invariant: input is read only through the checked view [r->data] at r->pos <= len;
 * nothing is allocated beyond what the bytes left can fill (each element takes at least
 * one byte), nesting is bounded by MARSHAL_MAX_DEPTH (as CPython, not by
 * sys.getrecursionlimit()) and the C stack is checked at every level, and a code object
 * is returned only after code_verify() accepted it.
 */
#include "marshal.h"

#include "../kernel/utf8.h"
#include "../objects/bytes.h"
#include "../objects/complex.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/code.h"
#include "../vm/opcodes.h"
#include "marshal_int.h"

typedef struct Reader {
    Interp *I;
    BView data;
    size_t pos;
    int depth;
    ValVec refs; /* objects flagged FLAG_REF, in order; VAL_NULL: still being built */
    bool stream; /* marshal.load(file): CPython words running out of data differently */
    bool defer;  /* frozen code: nested code objects are shape-checked, verified when run */
    int code_nest; /* code objects being read (1: the outermost) */
    uint32_t tag;  /* frozen code: CodeObject.frozen_module of every code object read */
    uint32_t seq;  /* code objects read so far (their CodeObject.frozen_seq, preorder) */
} Reader;

static Value too_short(Reader *r) {
    return exc_raise(r->I, TY_EOF_ERROR, r->stream ? "EOF read where not expected" : "marshal data too short");
}

static Value bad(Reader *r, const char *what) {
    return exc_raise(r->I, TY_VALUE_ERROR, "bad marshal data (%s)", what);
}

static size_t left(const Reader *r) { return r->data.n - r->pos; }

static bool r_view(Reader *r, size_t n, BView *out) {
    if (n > left(r)) {
        too_short(r);
        return false;
    }
    *out = bview_slice(r->data, r->pos, r->pos + n);
    r->pos += n;
    return true;
}

static bool r_u32(Reader *r, uint32_t *out) {
    BView v;
    if (!r_view(r, 4, &v)) return false;
    *out = (uint32_t)bview_get(v, 0) | (uint32_t)bview_get(v, 1) << 8 | (uint32_t)bview_get(v, 2) << 16 |
           (uint32_t)bview_get(v, 3) << 24;
    return true;
}

static bool r_i32(Reader *r, int32_t *out) {
    uint32_t u;
    if (!r_u32(r, &u)) return false;
    *out = (int32_t)u;
    return true;
}

static inline bool r_byte(Reader *r, uint8_t *out) {
    int c = bview_get(r->data, r->pos);
    if (c < 0) {
        too_short(r);
        return false;
    }
    r->pos++;
    *out = (uint8_t)c;
    return true;
}

// A one-byte length (short strings, small tuples, float text): CPython reports its
// absence as a missing object.
static bool r_len_byte(Reader *r, uint8_t *out) {
    if (left(r) == 0) {
        exc_raise(r->I, TY_EOF_ERROR, "EOF read where object expected");
        return false;
    }
    return r_byte(r, out);
}

// A size field: a negative one is [what]'s "size out of range". A size beyond the bytes
// left is found out by reading (as CPython, so the same error comes first): callers
// allocate no more than the bytes left.
static bool r_size(Reader *r, const char *what, size_t *out) {
    int32_t n;
    if (!r_i32(r, &n)) return false;
    if (n < 0) {
        bad(r, what);
        return false;
    }
    *out = (size_t)n;
    return true;
}

static bool r_double(Reader *r, double *out) {
    uint32_t lo, hi;
    if (!r_u32(r, &lo) || !r_u32(r, &hi)) return false;
    union {
        uint64_t u;
        double d;
    } c;
    c.u = (uint64_t)hi << 32 | lo;
    *out = c.d;
    return true;
}

static bool r_float_text(Reader *r, double *out) {
    uint8_t n;
    BView t;
    if (!r_len_byte(r, &n) || !r_view(r, n, &t)) return false;
    return float_parse_c_text(r->I, t, out);
}

// A reference slot for an object flagged FLAG_REF ([flag]); [v] VAL_NULL reserves it.
static bool r_ref_reserve(Reader *r, bool flag, Value v, size_t *idx) {
    *idx = r->refs.len;
    if (!flag) return true;
    KStatus s = vec_push(r->I->heap, &r->refs, v);
    if (s != K_OK) return exc_from_kstatus(r->I, s, "marshal"), false;
    return true;
}

static Value r_ref_set(Reader *r, bool flag, size_t idx, Value v) {
    if (flag && v != VAL_NULL) {
        KStatus s = vec_set(&r->refs, idx, v);
        if (s != K_OK) return exc_from_kstatus(r->I, s, "marshal");
    }
    return v;
}

static Value r_ref(Reader *r, bool flag, Value v) {
    size_t idx;
    if (v == VAL_NULL || !r_ref_reserve(r, flag, v, &idx)) return VAL_NULL;
    return v;
}

static Value r_object(Reader *r);

// An item of a container: a NULL object there is "NULL object in marshal data for [what]".
static Value r_item(Reader *r, const char *what) {
    Value v = r_object(r);
    if (v == VAL_NULL && r->I->exc == VAL_NULL)
        exc_raise(r->I, TY_TYPE_ERROR, "NULL object in marshal data for %s", what);
    return v;
}

// 15-bit digits into a little-endian magnitude, then the int.
static Value r_long(Reader *r, bool flag) {
    Interp *I = r->I;
    int32_t n;
    if (!r_i32(r, &n)) return VAL_NULL;
    if (n == INT32_MIN) return bad(r, "long size out of range");
    size_t nd = (size_t)(n < 0 ? -(int64_t)n : n);
    Buf mag;
    buf_init(&mag);
    uint64_t acc = 0;
    unsigned bits = 0;
    for (size_t k = 0; k < nd; k++) {
        uint8_t lo, hi;
        if (!r_byte(r, &lo) || !r_byte(r, &hi)) return VAL_NULL;
        unsigned d = (unsigned)lo | (unsigned)hi << 8;
        if (d > 0x7fffu) return bad(r, "digit out of range in long");
        if (d == 0 && k + 1 == nd) return bad(r, "unnormalized long data");
        acc |= (uint64_t)d << bits;
        bits += 15;
        while (bits >= 8) {
            KStatus s = buf_push(I->heap, &mag, (uint8_t)acc);
            if (s != K_OK) return exc_from_kstatus(I, s, "marshal");
            acc >>= 8;
            bits -= 8;
        }
    }
    if (bits > 0) {
        KStatus s = buf_push(I->heap, &mag, (uint8_t)acc);
        if (s != K_OK) return exc_from_kstatus(I, s, "marshal");
    }
    return r_ref(r, flag, int_from_bytes_mag(I, buf_view(&mag), false, n < 0));
}

static Value r_str(Reader *r, uint8_t type, bool flag) {
    Interp *I = r->I;
    size_t n;
    BView t;
    if (type == MT_SHORT_ASCII || type == MT_SHORT_ASCII_INTERNED) {
        uint8_t b;
        if (!r_len_byte(r, &b)) return VAL_NULL;
        n = b;
    } else if (!r_size(r, type == MT_STRING ? "bytes object size out of range" : "string size out of range", &n)) {
        return VAL_NULL;
    }
    if (!r_view(r, n, &t)) return VAL_NULL;
    bool interned = type == MT_INTERNED || type == MT_ASCII_INTERNED || type == MT_SHORT_ASCII_INTERNED;
    Value v;
    if (interned && utf8_is_ascii(t)) {
        // names: most are interned already (another module's, the interpreter's own)
        return r_ref(r, flag, str_intern_utf8(I, t));
    } else if (type == MT_STRING) {
        v = bytes_new(I, t);
    } else if (type == MT_UNICODE || type == MT_INTERNED) {
        // 'surrogatepass' UTF-8 is the internal text; anything else raises the decoder's error
        if (utf8_is_internal(t)) v = str_new(I, t);
        else {
            Value enc = str_from_cstr(I, "utf-8"), errs = str_from_cstr(I, "surrogatepass");
            v = enc == VAL_NULL || errs == VAL_NULL ? VAL_NULL : str_decode(I, t, enc, errs);
        }
    } else {
        v = utf8_is_ascii(t) ? str_new(I, t) : str_from_latin1(I, t);
    }
    if (v != VAL_NULL && interned) v = str_intern(I, v);
    return r_ref(r, flag, v);
}

static Value r_tuple(Reader *r, uint8_t type, bool flag) {
    Interp *I = r->I;
    size_t n;
    if (type == MT_SMALL_TUPLE) {
        uint8_t b;
        if (!r_len_byte(r, &b)) return VAL_NULL;
        n = b;
    } else if (!r_size(r, "tuple size out of range", &n)) {
        return VAL_NULL;
    }
    if (n > left(r)) {
        // cannot be complete (each item takes a byte): read up to the error CPython gives
        for (size_t i = 0; i < n; i++)
            if (r_item(r, "tuple") == VAL_NULL) return VAL_NULL;
        return too_short(r);
    }
    Value t = n == 0 ? I->empty_tuple : tuple_new(I, n);
    if (t == VAL_NULL) return VAL_NULL;
    // items start as None: a reference to the tuple from inside it may be hashed or
    // printed before the tuple is complete (CPython shows "((...),)")
    for (size_t i = 0; i < n; i++) tuple_init_item(t, i, I->none);
    if (r_ref(r, flag, t) == VAL_NULL) return VAL_NULL;
    // an item referring back to the tuple must not hash it half-built (as a set item or
    // dict key): its hash would be stale once complete
    TupleObject *to = flag ? tuple_cast(t) : NULL;
    if (to != NULL) to->h.flags |= TUPLE_BUILDING;
    for (size_t i = 0; i < n; i++) {
        Value x = r_item(r, "tuple");
        if (x == VAL_NULL) return VAL_NULL;
        tuple_init_item(t, i, x);
    }
    if (to != NULL) to->h.flags &= ~TUPLE_BUILDING;
    return t;
}

static Value r_list(Reader *r, bool flag) {
    size_t n;
    if (!r_size(r, "list size out of range", &n)) return VAL_NULL;
    Value l = r_ref(r, flag, list_new(r->I, n < left(r) ? n : left(r)));
    for (size_t i = 0; l != VAL_NULL && i < n; i++) {
        Value x = r_item(r, "list");
        if (x == VAL_NULL || !list_append(r->I, l, x)) return VAL_NULL;
    }
    return l;
}

static Value r_dict(Reader *r, bool flag) {
    Value d = r_ref(r, flag, dict_new(r->I));
    if (d == VAL_NULL) return VAL_NULL;
    for (;;) {
        // a NULL key (or value) ends the dict
        Value k = r_object(r);
        if (k == VAL_NULL) break;
        Value v = r_object(r);
        if (v == VAL_NULL) break;
        if (!dict_set(r->I, d, k, v)) return VAL_NULL;
    }
    return r->I->exc != VAL_NULL ? VAL_NULL : d;
}

static Value r_set(Reader *r, uint8_t type, bool flag) {
    Interp *I = r->I;
    size_t n;
    if (!r_size(r, "set size out of range", &n)) return VAL_NULL;
    bool frozen = type == MT_FROZENSET;
    Value s = set_new(I, frozen);
    if (s == VAL_NULL) return VAL_NULL;
    // a set is referable while its items are read; a frozenset only once complete
    size_t idx;
    if (!r_ref_reserve(r, flag, frozen ? VAL_NULL : s, &idx)) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value x = r_item(r, "set");
        if (x == VAL_NULL || !set_add(I, s, x)) return VAL_NULL;
    }
    return r_ref_set(r, flag, idx, s);
}

// A tuple whose items are all str (interned: the compiler compares names by identity).
static bool r_names(Reader *r, Value *out) {
    Value t = r_object(r);
    if (t == VAL_NULL) {
        if (r->I->exc == VAL_NULL) exc_raise(r->I, TY_TYPE_ERROR, "NULL object in marshal data for object");
        return false;
    }
    if (!tuple_check(t)) return bad(r, "code tuple expected"), false;
    size_t n = tuple_len(t);
    bool all_interned = true;
    for (size_t i = 0; i < n; i++) {
        StrObject *so = str_cast(tuple_get(t, i));
        if (so == NULL) return bad(r, "code name is not a str"), false;
        all_interned = all_interned && str_flag(so, STR_INTERNED);
    }
    *out = t;
    if (all_interned) return true; // (the usual case: names are written as interned)
    Value c = tuple_new(r->I, n);
    if (c == VAL_NULL) return false;
    for (size_t i = 0; i < n; i++) {
        Value s = str_intern(r->I, tuple_get(t, i));
        if (s == VAL_NULL) return false;
        tuple_init_item(c, i, s);
    }
    *out = c;
    return true;
}

static bool r_field(Reader *r, Value *out) {
    *out = r_object(r);
    if (*out == VAL_NULL && r->I->exc == VAL_NULL)
        exc_raise(r->I, TY_TYPE_ERROR, "NULL object in marshal data for object");
    return *out != VAL_NULL;
}

static bool fits_i32(int64_t x) { return x >= INT32_MIN && x <= INT32_MAX; }

// A varint (marshal_dump.c w_uvarint) of at most 63 bits; more is "[what] out of range".
static bool r_uvarint(Reader *r, const char *what, uint64_t *out) {
    uint64_t u = 0;
    for (unsigned shift = 0;; shift += 7) {
        uint8_t b;
        if (!r_byte(r, &b)) return false;
        if (shift > 56) {
            bad(r, what);
            return false;
        }
        u |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) break;
    }
    *out = u;
    return true;
}

static int64_t unzigzag(uint64_t u) { return (u & 1) ? -(int64_t)(u >> 1) - 1 : (int64_t)(u >> 1); }

static bool r_svarint(Reader *r, const char *what, int64_t *out) {
    uint64_t u;
    if (!r_uvarint(r, what, &u)) return false;
    *out = unzigzag(u);
    return true;
}

// A varint field of a code object that must fit 32 bits.
static bool r_u32v(Reader *r, uint32_t *out) {
    uint64_t u;
    if (!r_uvarint(r, "code field out of range", &u)) return false;
    if (u > UINT32_MAX) return bad(r, "code field out of range"), false;
    *out = (uint32_t)u;
    return true;
}

// safepy's code layout (marshal_dump.c w_code); the object must pass code_verify().
static Value r_code(Reader *r, bool flag) {
    Interp *I = r->I;
    size_t idx;
    if (!r_ref_reserve(r, flag, VAL_NULL, &idx)) return VAL_NULL;
    uint32_t argc, posonly, kwonly, stacksize, flags, ninstr, nexc;
    int64_t first;
    uint8_t haspos;
    if (!r_u32v(r, &argc) || !r_u32v(r, &posonly) || !r_u32v(r, &kwonly) || !r_u32v(r, &stacksize) ||
        !r_u32v(r, &flags) || !r_svarint(r, "code field out of range", &first) || !r_u32v(r, &ninstr) ||
        !r_byte(r, &haspos))
        return VAL_NULL;
    if (!fits_i32(first) || haspos > 1) return bad(r, "code field out of range");
    // each instruction takes two bytes at least
    if ((uint64_t)ninstr * 2u > left(r)) return too_short(r);
    Value cov = code_new(I);
    CodeObject *co = code_cast(cov);
    if (co == NULL) return VAL_NULL;
    co->firstlineno = (int32_t)first; // the position table is relative to it
    if (r->tag != 0) {
        co->frozen_module = r->tag;
        co->frozen_seq = r->seq++;
    }
    KStatus ks = buf_reserve(I->heap, &co->code, (size_t)ninstr * 4);
    if (ks != K_OK) return exc_from_kstatus(I, ks, "marshal");
    // the position table's entries as stored, after the instructions that start them
    // (each checked as it is added; code_verify checks that they cover every instruction)
    size_t next = 0;
    for (size_t i = 0; i < ninstr; i++) {
        uint8_t op;
        uint64_t arg;
        if (!r_byte(r, &op) || !r_uvarint(r, "code operand out of range", &arg)) return VAL_NULL;
        if (arg > INSTR_ARG_MAX) return bad(r, "code operand out of range");
        if (!code_emit_word(I, co, INSTR_MAKE(op, arg))) return VAL_NULL;
        if (!haspos || i != next) continue;
        size_t len, run;
        int got = code_add_position_entry(I, co, bview_slice(r->data, r->pos, r->data.n), &len, &run);
        if (got == 0) return too_short(r);
        if (got == -2) return VAL_NULL;
        if (got < 0) return bad(r, "code position out of range");
        r->pos += len;
        next += run;
    }
    if (!r_u32v(r, &nexc)) return VAL_NULL;
    if ((uint64_t)nexc * 5 > left(r)) return too_short(r);
    for (size_t i = 0; i < nexc; i++) {
        ExcEntry e;
        if (!r_u32v(r, &e.start) || !r_u32v(r, &e.end) || !r_u32v(r, &e.target) || !r_u32v(r, &e.depth) ||
            !r_u32v(r, &e.lasti) || !code_add_exc(I, co, e))
            return VAL_NULL;
    }
    Value consts, names, localnames, cellnames, freenames, cell2arg, filename, name, qualname;
    if (!r_field(r, &consts) || !r_names(r, &names) || !r_names(r, &localnames) || !r_names(r, &cellnames) ||
        !r_names(r, &freenames) || !r_field(r, &cell2arg) || !r_field(r, &filename) || !r_field(r, &name) ||
        !r_field(r, &qualname))
        return VAL_NULL;
    co->consts = consts;
    co->names = names;
    co->localnames = localnames;
    co->cellnames = cellnames;
    co->freenames = freenames;
    co->cell2arg = cell2arg;
    co->filename = filename;
    co->name = name;
    co->qualname = qualname;
    co->argcount = argc;
    co->posonlyargcount = posonly;
    co->kwonlyargcount = kwonly;
    co->nlocals = (uint32_t)tuple_len(localnames);
    co->ncells = (uint32_t)tuple_len(cellnames);
    co->nfrees = (uint32_t)tuple_len(freenames);
    co->stacksize = stacksize;
    co->flags = flags;
    // the verifier checks every field above (types, counts, operands, stack depths) and
    // raises SystemError "bad bytecode: ..." for a malformed object; a frozen module's
    // nested code (its functions) gets the shape check now and the rest when it first runs
    if (r->defer && r->code_nest > 1 ? !code_check_shape(I, co) : !code_verify(I, co)) return VAL_NULL;
    return r_ref_set(r, flag, idx, cov);
}

static Value r_code_nested(Reader *r, bool flag) {
    r->code_nest++;
    Value v = r_code(r, flag);
    r->code_nest--;
    return v;
}

static Value r_value(Reader *r, uint8_t type, bool flag) {
    Interp *I = r->I;
    switch (type) {
    case MT_NULL: return VAL_NULL;
    case MT_NONE: return I->none;
    case MT_STOPITER: return obj_val(interp_type(I, TY_STOP_ITERATION));
    case MT_ELLIPSIS: return I->ellipsis;
    case MT_FALSE: return I->false_;
    case MT_TRUE: return I->true_;
    case MT_INT: {
        int32_t x;
        if (!r_i32(r, &x)) return VAL_NULL;
        return r_ref(r, flag, int_from_i64(I, x));
    }
    case MT_INT64: {
        uint32_t lo, hi;
        if (!r_u32(r, &lo) || !r_u32(r, &hi)) return VAL_NULL;
        return r_ref(r, flag, int_from_i64(I, (int64_t)((uint64_t)hi << 32 | lo)));
    }
    case MT_LONG: return r_long(r, flag);
    case MT_FLOAT: {
        double d;
        if (!r_float_text(r, &d)) return VAL_NULL;
        return r_ref(r, flag, float_new(I, d));
    }
    case MT_BINARY_FLOAT: {
        double d;
        if (!r_double(r, &d)) return VAL_NULL;
        return r_ref(r, flag, float_new(I, d));
    }
    case MT_COMPLEX: {
        double re, im;
        if (!r_float_text(r, &re) || !r_float_text(r, &im)) return VAL_NULL;
        return r_ref(r, flag, complex_new(I, re, im));
    }
    case MT_BINARY_COMPLEX: {
        double re, im;
        if (!r_double(r, &re) || !r_double(r, &im)) return VAL_NULL;
        return r_ref(r, flag, complex_new(I, re, im));
    }
    case MT_STRING: case MT_UNICODE: case MT_INTERNED: case MT_ASCII: case MT_ASCII_INTERNED:
    case MT_SHORT_ASCII: case MT_SHORT_ASCII_INTERNED:
        return r_str(r, type, flag);
    case MT_TUPLE: case MT_SMALL_TUPLE: return r_tuple(r, type, flag);
    case MT_LIST: return r_list(r, flag);
    case MT_DICT: return r_dict(r, flag);
    case MT_SET: case MT_FROZENSET: return r_set(r, type, flag);
    case MT_CODE: return r_code_nested(r, flag);
    case MT_REF: {
        uint32_t n;
        if (!r_u32(r, &n)) return VAL_NULL;
        if (n >= r->refs.len || vec_get(&r->refs, n) == VAL_NULL) return bad(r, "invalid reference");
        return vec_get(&r->refs, n);
    }
    default: return bad(r, "unknown type code");
    }
}

static Value r_object(Reader *r) {
    Interp *I = r->I;
    uint8_t code;
    if (left(r) == 0) return exc_raise(I, TY_EOF_ERROR, "EOF read where object expected");
    if (!r_byte(r, &code)) return VAL_NULL;
    if (++r->depth > MARSHAL_MAX_DEPTH) {
        r->depth--;
        return exc_raise(I, TY_VALUE_ERROR, "recursion limit exceeded");
    }
    Value v = VAL_NULL;
    if (interp_check_stack(I, "while unmarshalling"))
        v = r_value(r, (uint8_t)(code & ~MT_FLAG_REF), (code & MT_FLAG_REF) != 0);
    r->depth--;
    return v;
}

Value marshal_load(Interp *I, BView data, size_t *used) { return marshal_load_from(I, data, used, false); }

static Value load(Interp *I, BView data, size_t *used, bool stream, bool defer, uint32_t tag) {
    Reader r;
    r.I = I;
    r.data = data;
    r.pos = 0;
    r.depth = 0;
    r.stream = stream;
    r.defer = defer;
    r.code_nest = 0;
    r.tag = tag;
    r.seq = 0;
    vec_init(&r.refs);
    Value v = r_object(&r);
    if (v == VAL_NULL && I->exc == VAL_NULL)
        exc_raise(I, TY_TYPE_ERROR, "NULL object in marshal data for object");
    if (used != NULL) *used = r.pos;
    return v;
}

Value marshal_load_from(Interp *I, BView data, size_t *used, bool stream) {
    return load(I, data, used, stream, false, 0);
}

Value marshal_load_frozen(Interp *I, BView data, size_t *used, uint32_t tag) {
    return load(I, data, used, false, true, tag);
}
