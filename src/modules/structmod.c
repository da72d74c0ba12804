/*
 * structmod.c: the _struct module (struct.py re-exports it): pack/unpack of C values to
 * and from bytes by a format string, the Struct class, iter_unpack's iterator and the
 * struct.error exception, with CPython 3.11's sizes (x86-64 native), alignment rules and
 * error messages.
 *
 * A format is validated and measured once (fmt_measure) when a Struct is created; pack
 * and unpack then walk the same text again with the same parser, so they can rely on it
 * being well formed. Every byte goes through the checked Buf/BView API.
 *
 * Invariant: a StructObject with fmt != VAL_NULL holds a format that fmt_measure
 * accepted, and size/nitems are what it computed.
 */
#include <math.h>

#include "modexc.h"
#include "modtab.h"

#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/memview.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

#define ERR_KEY "_struct.error"

static Value struct_err(Interp *I, const char *msg) {
    return exc_raise_type(I, modexc_get(I, ERR_KEY), "%s", msg);
}

// ---- format tables ----

typedef enum {
    F_PAD, F_CHAR, F_BOOL, F_SINT, F_UINT, F_HALF, F_FLOAT, F_DOUBLE, F_STR, F_PSTR, F_PTR
} FKind;

typedef struct FmtDef {
    char code;
    uint8_t size;
    uint8_t align;
    uint8_t kind;
} FmtDef;

static const FmtDef native_defs[] = {
    {'x', 1, 1, F_PAD},   {'c', 1, 1, F_CHAR},  {'b', 1, 1, F_SINT},   {'B', 1, 1, F_UINT},
    {'?', 1, 1, F_BOOL},  {'h', 2, 2, F_SINT},  {'H', 2, 2, F_UINT},   {'i', 4, 4, F_SINT},
    {'I', 4, 4, F_UINT},  {'l', 8, 8, F_SINT},  {'L', 8, 8, F_UINT},   {'q', 8, 8, F_SINT},
    {'Q', 8, 8, F_UINT},  {'n', 8, 8, F_SINT},  {'N', 8, 8, F_UINT},   {'e', 2, 2, F_HALF},
    {'f', 4, 4, F_FLOAT}, {'d', 8, 8, F_DOUBLE}, {'s', 1, 1, F_STR},   {'p', 1, 1, F_PSTR},
    {'P', 8, 8, F_PTR},   {0, 0, 0, 0},
};

static const FmtDef std_defs[] = {
    {'x', 1, 1, F_PAD},   {'c', 1, 1, F_CHAR},  {'b', 1, 1, F_SINT},   {'B', 1, 1, F_UINT},
    {'?', 1, 1, F_BOOL},  {'h', 2, 1, F_SINT},  {'H', 2, 1, F_UINT},   {'i', 4, 1, F_SINT},
    {'I', 4, 1, F_UINT},  {'l', 4, 1, F_SINT},  {'L', 4, 1, F_UINT},   {'q', 8, 1, F_SINT},
    {'Q', 8, 1, F_UINT},  {'e', 2, 1, F_HALF},  {'f', 4, 1, F_FLOAT},  {'d', 8, 1, F_DOUBLE},
    {'s', 1, 1, F_STR},   {'p', 1, 1, F_PSTR},  {0, 0, 0, 0},
};

static const FmtDef *find_def(char mode, int c) {
    if (mode == '@') {
        for (size_t i = 0; native_defs[i].code != 0; i++)
            if (native_defs[i].code == c) return &native_defs[i];
        return NULL;
    }
    for (size_t i = 0; std_defs[i].code != 0; i++)
        if (std_defs[i].code == c) return &std_defs[i];
    return NULL;
}

// ---- the format parser ----

typedef struct FmtParser {
    BView f;
    size_t pos;
    char mode;  // '@' native, '<' little standard, '>' big standard ('=' is '<', '!' is '>')
    bool eqmode; // '=' or '<' given as '=' (same behaviour on a little-endian host)
} FmtParser;

static void parser_init(FmtParser *p, BView f) {
    p->f = f;
    p->pos = 0;
    p->mode = '@';
    p->eqmode = false;
    int c = bview_get(f, 0);
    if (c == '@' || c == '=' || c == '<' || c == '>' || c == '!') {
        p->pos = 1;
        p->mode = c == '=' ? '<' : c == '!' ? '>' : (char)c;
    }
}

static bool is_space(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Next item: 1 with *num and *def set, 0 at the end, -1 with struct.error raised.
static int parser_next(Interp *I, FmtParser *p, int64_t *num, const FmtDef **def) {
    int c;
    for (;;) {
        c = bview_get(p->f, p->pos);
        if (c < 0) return 0;
        p->pos++;
        if (!is_space(c)) break;
    }
    int64_t n = 1;
    if (c >= '0' && c <= '9') {
        n = c - '0';
        for (;;) {
            c = bview_get(p->f, p->pos);
            if (c < 0) {
                struct_err(I, "repeat count given without format specifier");
                return -1;
            }
            p->pos++;
            if (c < '0' || c > '9') break;
            if (n > (INT64_MAX - (c - '0')) / 10) {
                struct_err(I, "total struct size too long");
                return -1;
            }
            n = n * 10 + (c - '0');
        }
    }
    const FmtDef *d = find_def(p->mode, c);
    if (d == NULL) {
        struct_err(I, "bad char in struct format");
        return -1;
    }
    *num = n;
    *def = d;
    return 1;
}

// Rounds [size] up to [def]'s alignment (native mode only); -1 on overflow.
static int64_t align_to(int64_t size, char mode, const FmtDef *def) {
    if (mode != '@' || def->align <= 1) return size;
    int64_t a = def->align;
    if (size > INT64_MAX - (a - 1)) return -1;
    return (size + a - 1) / a * a;
}

// Validates the format and computes its byte size and item count.
static bool fmt_measure(Interp *I, BView f, int64_t *size, int64_t *nitems) {
    if (bview_find_byte(f, 0, 0) >= 0) return struct_err(I, "embedded null character"), false;
    FmtParser p;
    parser_init(&p, f);
    int64_t sz = 0, items = 0, num;
    const FmtDef *d;
    int r;
    while ((r = parser_next(I, &p, &num, &d)) == 1) {
        sz = align_to(sz, p.mode, d);
        if (sz < 0 || num > (INT64_MAX - sz) / d->size)
            return struct_err(I, "total struct size too long"), false;
        sz += num * d->size;
        if (d->kind == F_STR || d->kind == F_PSTR) items += 1;
        else if (d->kind != F_PAD) items += num;
    }
    if (r < 0) return false;
    *size = sz;
    *nitems = items;
    return true;
}

// ---- Struct objects ----

typedef struct StructObject {
    CustomObj h;
    Value fmt;    // the format as str
    Value fbytes; // the format as bytes
    int64_t size;
    int64_t nitems;
} StructObject;

static const CustomLayout struct_layout = {"StructObject"};
CUSTOM_CAST_FN(struct_cast, StructObject, struct_layout)

static bool struct_set_format(Interp *I, StructObject *s, Value fmt) {
    Value fs, fb;
    if (str_check(fmt)) {
        // a non-ASCII str format is the ascii codec's UnicodeEncodeError, as in CPython
        Value ascii = str_from_cstr(I, "ascii");
        fs = fmt;
        fb = ascii == VAL_NULL ? VAL_NULL : str_encode(I, fmt, ascii, VAL_NULL);
    } else if (bytes_check(fmt)) {
        fb = fmt;
        fs = str_from_latin1(I, bytes_view(fmt));
    } else {
        exc_raise(I, TY_TYPE_ERROR, "Struct() argument 1 must be a str or bytes object, not %T",
                  fmt);
        return false;
    }
    if (fs == VAL_NULL || fb == VAL_NULL) return false;
    // CPython 3.11 stores the new format before reading it: a format it cannot read
    // still shows in .format, while packing keeps the old layout (fbytes)
    s->fmt = fs;
    int64_t size, nitems;
    if (!fmt_measure(I, bytes_view(fb), &size, &nitems)) return false;
    s->fbytes = fb;
    s->size = size;
    s->nitems = nitems;
    return true;
}

static Type *struct_type(Interp *I) { return modexc_get(I, "_struct.Struct"); }

// The module-level functions' Structs, keyed by format (exact str or bytes), as
// CPython's cache: cleared when it would exceed CACHE_MAX formats, and by _clearcache.
// No user code can reach a cached Struct, so its format never changes.
#define CACHE_MAX 100

// The Struct for [fmt] (the module-level functions): the cached one, or a new one.
static StructObject *struct_for(Interp *I, Value fmt) {
    Type *ft = type_of(I, fmt);
    Value cache = VAL_NULL;
    if (ft == I->types[TY_STR] || ft == I->types[TY_BYTES]) {
        cache = I->struct_cache;
        StructObject *hit = cache != VAL_NULL ? struct_cast(dict_get(I, cache, fmt)) : NULL;
        if (hit != NULL) return hit;
        if (I->exc != VAL_NULL) return NULL;
    }
    StructObject *s = custom_alloc(I, struct_type(I), &struct_layout, sizeof(StructObject));
    if (s == NULL) return NULL;
    if (!struct_set_format(I, s, fmt)) return NULL;
    if (cache != VAL_NULL) {
        if (dict_len(cache) >= CACHE_MAX) dict_clear(cache);
        if (!dict_set(I, cache, fmt, obj_val(s))) return NULL;
    }
    return s;
}

// ---- packing ----

static Value int_arg(Interp *I, Value v) {
    if (int_check(I, v)) return v;
    Value r = obj_index(I, v);
    if (r == VAL_NULL && exc_pending_is(I, TY_TYPE_ERROR)) {
        exc_clear(I);
        struct_err(I, "required argument is not an integer");
    }
    return r;
}

// [v] as a 64-bit two's complement word within [lo, hi] (signed) or [0, uhi] (unsigned).
// Fails with struct.error: [ovf] when it does not even fit 64 bits, [rng] otherwise.
static bool get_int(Interp *I, Value v, bool is_signed, bool neg_is_ovf, uint64_t *out,
                    const char *ovf) {
    if (val_is_small(v)) { // fits 63 bits: the checks below reduce to the sign's
        int64_t y = (int64_t)val_small(v);
        if (y < 0 && neg_is_ovf) return struct_err(I, ovf), false;
        *out = (uint64_t)y;
        return true;
    }
    Value x = int_arg(I, v);
    if (x == VAL_NULL) return false;
    int sign = int_sign(I, x);
    uint64_t bits = int_bit_length(I, x);
    if (sign < 0 && neg_is_ovf) return struct_err(I, ovf), false;
    if (is_signed || sign < 0) {
        int64_t y;
        if (bits > 63 && !(sign < 0 && bits == 64)) return struct_err(I, ovf), false;
        if (bits == 64) { // exactly -2**63 when accepted above
            Value lo = int_from_i64(I, INT64_MIN);
            if (lo == VAL_NULL) return false;
            if (int_compare(I, x, lo) != 0) return struct_err(I, ovf), false;
            *out = (uint64_t)INT64_MIN;
            return true;
        }
        if (!int_to_i64(I, x, &y)) return false;
        *out = (uint64_t)y;
        return true;
    }
    if (bits > 64) return struct_err(I, ovf), false;
    if (bits == 64) {
        Value m = int_binop(I, x, int_from_i64(I, INT64_MAX), BINOP_AND);
        int64_t lo;
        if (m == VAL_NULL || !int_to_i64(I, m, &lo)) return false;
        *out = (uint64_t)lo | 0x8000000000000000u;
        return true;
    }
    int64_t y;
    if (!int_to_i64(I, x, &y)) return false;
    *out = (uint64_t)y;
    return true;
}

static void put_word(Buf *b, size_t at, uint64_t w, int size, bool big) {
    for (int i = 0; i < size; i++) {
        int shift = big ? 8 * (size - 1 - i) : 8 * i;
        (void)buf_set(b, at + (size_t)i, (uint8_t)(w >> shift));
    }
}

static uint64_t get_word(BView v, size_t at, int size, bool big) {
    uint64_t w = 0;
    for (int i = 0; i < size; i++) {
        int c = bview_get(v, at + (size_t)i);
        uint64_t byte = c < 0 ? 0 : (uint64_t)c;
        int shift = big ? 8 * (size - 1 - i) : 8 * i;
        w |= byte << shift;
    }
    return w;
}

// Packs an integer code, with the message family CPython 3.11 uses for this mode/code.
static bool pack_integer(Interp *I, FmtParser *p, const FmtDef *d, Value v, uint64_t *w) {
    bool sgn = d->kind == F_SINT;
    int size = d->size;
    char c = d->code;
    // Native-style packers: '@' always; '<'/'=' for the codes whose sizes match native;
    // every mode for b and B.
    bool native = p->mode == '@' || c == 'b' || c == 'B' ||
                  (p->mode == '<' && c != 'l' && c != 'L');
    if (d->kind == F_PTR) {
        Value x = int_arg(I, v);
        if (x == VAL_NULL) return false;
        bool neg = int_sign(I, x) < 0;
        return get_int(I, x, neg, false, w, "int too large to convert");
    }
    if (!native && size == 8)
        return get_int(I, v, sgn, !sgn, w, "int too large to convert");
    bool via_unsigned = !sgn && (!native || c == 'I' || c == 'L' || c == 'Q' || c == 'N');
    if (!get_int(I, v, sgn || !via_unsigned, via_unsigned, w, "argument out of range"))
        return false;
    if (size == 8) return true;
    int64_t sv = (int64_t)*w;
    if (sgn) {
        int64_t hi = (int64_t)((UINT64_C(1) << (8 * size - 1)) - 1), lo = -hi - 1;
        if (sv >= lo && sv <= hi) return true;
        if (native && c == 'b') return struct_err(I, "byte format requires -128 <= number <= 127"), false;
        if (native && c == 'h')
            return struct_err(I, "short format requires -32768 <= number <= 32767"), false;
        exc_raise_type(I, modexc_get(I, ERR_KEY), "'%c' format requires %lld <= number <= %lld", c,
                       (long long)lo, (long long)hi);
        return false;
    }
    uint64_t uhi = (UINT64_C(1) << (8 * size)) - 1;
    if (via_unsigned ? *w <= uhi : (sv >= 0 && (uint64_t)sv <= uhi)) return true;
    if (native && c == 'B') return struct_err(I, "ubyte format requires 0 <= number <= 255"), false;
    if (native && c == 'H') return struct_err(I, "ushort format requires 0 <= number <= 65535"), false;
    exc_raise_type(I, modexc_get(I, ERR_KEY), "'%c' format requires 0 <= number <= %llu", c,
                   (unsigned long long)uhi);
    return false;
}

static bool float_arg(Interp *I, Value v, double *x) {
    if (float_as_double(I, v, x)) return true;
    exc_clear(I);
    struct_err(I, "required argument is not a float");
    return false;
}

typedef union { float f; uint32_t u; } F32;
typedef union { double d; uint64_t u; } F64;

// IEEE binary16 bits of [x], rounding half to even; false when it overflows.
static bool half_bits(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000u : 0;
    if (isnan(x)) {
        *out = sign | 0x7e00u;
        return true;
    }
    double a = fabs(x);
    if (isinf(a)) {
        *out = sign | 0x7c00u;
        return true;
    }
    if (a == 0.0) {
        *out = sign;
        return true;
    }
    int e;
    double f = frexp(a, &e); // a = f * 2**e, 0.5 <= f < 1
    int E = e - 1;
    if (E < -14) {
        double m = rint(ldexp(a, 24));
        *out = sign | (uint16_t)m; // m == 1024 is the smallest normal, encoded the same way
        return true;
    }
    double m = rint((2.0 * f - 1.0) * 1024.0);
    if (m >= 1024.0) {
        m = 0.0;
        E++;
    }
    if (E > 15) return false;
    *out = sign | (uint16_t)((E + 15) << 10) | (uint16_t)m;
    return true;
}

static double half_value(uint16_t h) {
    int sign = h >> 15, E = (h >> 10) & 0x1f, m = h & 0x3ff;
    double v;
    if (E == 0) v = ldexp((double)m, -24);
    else if (E == 31) v = m ? NAN : INFINITY;
    else v = ldexp(1.0 + m / 1024.0, E - 15);
    return sign ? -v : v;
}

// Packs [args] by format [s] into [b] at [at] (b has room for s->size bytes from there).
static bool pack_items(Interp *I, StructObject *s, ValView args, Buf *b, size_t at) {
    FmtParser p;
    parser_init(&p, bytes_view(s->fbytes));
    bool big = p.mode == '>';
    int64_t num, off = 0;
    const FmtDef *d;
    size_t ai = 0;
    while (parser_next(I, &p, &num, &d) == 1) {
        off = align_to(off, p.mode, d);
        if (d->kind == F_PAD) {
            off += num;
            continue;
        }
        if (d->kind == F_STR || d->kind == F_PSTR) {
            Value v = vview_get(args, ai++);
            if (!bytes_check(v) && !bytearray_check(v)) {
                exc_raise_type(I, modexc_get(I, ERR_KEY), "argument for '%c' must be a bytes object",
                               d->code);
                return false;
            }
            BView bv = bytes_view(v);
            size_t pos = at + (size_t)off;
            size_t room = (size_t)num;
            if (d->kind == F_PSTR) {
                if (num == 0) continue;
                size_t n = bv.n < room - 1 ? bv.n : room - 1;
                (void)buf_set(b, pos, (uint8_t)(n > 255 ? 255 : n));
                for (size_t i = 0; i < n; i++) (void)buf_set(b, pos + 1 + i, (uint8_t)bview_get(bv, i));
            } else {
                size_t n = bv.n < room ? bv.n : room;
                for (size_t i = 0; i < n; i++) (void)buf_set(b, pos + i, (uint8_t)bview_get(bv, i));
            }
            off += num;
            continue;
        }
        for (int64_t k = 0; k < num; k++, off += d->size) {
            Value v = vview_get(args, ai++);
            size_t pos = at + (size_t)off;
            uint64_t w = 0;
            switch ((FKind)d->kind) {
            case F_CHAR: {
                if (!bytes_check(v) || bytes_view(v).n != 1)
                    return struct_err(I, "char format requires a bytes object of length 1"), false;
                w = (uint64_t)bview_get(bytes_view(v), 0);
                break;
            }
            case F_BOOL: {
                int t = obj_truth(I, v);
                if (t < 0) return false;
                w = (uint64_t)t;
                break;
            }
            case F_SINT: case F_UINT: case F_PTR:
                if (!pack_integer(I, &p, d, v, &w)) return false;
                break;
            case F_HALF: {
                double x;
                uint16_t h;
                if (!float_arg(I, v, &x)) return false;
                if (!half_bits(x, &h)) {
                    exc_raise(I, TY_OVERFLOW_ERROR, "float too large to pack with e format");
                    return false;
                }
                w = h;
                break;
            }
            case F_FLOAT: {
                double x;
                if (!float_arg(I, v, &x)) return false;
                F32 u;
                u.f = (float)x;
                if (p.mode != '@' && isinf(u.f) && !isinf(x)) {
                    exc_raise(I, TY_OVERFLOW_ERROR, "float too large to pack with f format");
                    return false;
                }
                w = u.u;
                break;
            }
            case F_DOUBLE: {
                F64 u;
                if (!float_arg(I, v, &u.d)) return false;
                w = u.u;
                break;
            }
            default:
                break;
            }
            put_word(b, pos, w, d->size, big);
        }
    }
    return I->exc == VAL_NULL;
}

static bool check_pack_count(Interp *I, StructObject *s, size_t n) {
    if ((int64_t)n == s->nitems) return true;
    exc_raise_type(I, modexc_get(I, ERR_KEY), "pack expected %lld items for packing (got %zu)",
                   (long long)s->nitems, n);
    return false;
}

static Value do_pack(Interp *I, StructObject *s, ValView args) {
    if (!check_pack_count(I, s, args.n)) return VAL_NULL;
    Buf b;
    buf_init(&b);
    if (buf_resize(I->heap, &b, (size_t)s->size) != K_OK) return exc_nomem(I);
    if (!pack_items(I, s, args, &b, 0)) return VAL_NULL;
    return bytes_new(I, buf_view(&b));
}

// ---- unpacking ----

static Value unpack_items(Interp *I, StructObject *s, BView v) {
    Value t = tuple_new(I, (size_t)s->nitems);
    if (t == VAL_NULL) return VAL_NULL;
    FmtParser p;
    parser_init(&p, bytes_view(s->fbytes));
    bool big = p.mode == '>';
    int64_t num, off = 0;
    const FmtDef *d;
    size_t ti = 0;
    while (parser_next(I, &p, &num, &d) == 1) {
        off = align_to(off, p.mode, d);
        if (d->kind == F_PAD) {
            off += num;
            continue;
        }
        if (d->kind == F_STR || d->kind == F_PSTR) {
            BView part = bview_slice(v, (size_t)off, (size_t)(off + num));
            if (d->kind == F_PSTR && num > 0) {
                size_t n = (size_t)bview_get(part, 0);
                if (n > (size_t)num - 1) n = (size_t)num - 1;
                part = bview_slice(part, 1, 1 + n);
            } else if (d->kind == F_PSTR) {
                part = bview_slice(part, 0, 0);
            }
            Value x = bytes_new(I, part);
            if (x == VAL_NULL) return VAL_NULL;
            tuple_init_item(t, ti++, x);
            off += num;
            continue;
        }
        for (int64_t k = 0; k < num; k++, off += d->size) {
            uint64_t w = get_word(v, (size_t)off, d->size, big);
            Value x = VAL_NULL;
            switch ((FKind)d->kind) {
            case F_CHAR: {
                uint8_t ch[1] = {(uint8_t)w};
                BView cv = {ch, 1};
                x = bytes_new(I, cv);
                break;
            }
            case F_BOOL: x = interp_bool(I, w != 0); break;
            case F_SINT: {
                // sign-extend the size-byte field (w < 2**(8*size)); no signed shifts
                int64_t sv = (int64_t)w;
                if (d->size >= 1 && d->size < 8) {
                    int64_t m = INT64_C(1) << (8 * d->size - 1);
                    sv = (sv ^ m) - m;
                }
                x = int_from_i64(I, sv);
                break;
            }
            case F_UINT: case F_PTR: x = int_from_u64(I, w); break;
            case F_HALF: x = float_new(I, half_value((uint16_t)w)); break;
            case F_FLOAT: {
                F32 u;
                u.u = (uint32_t)w;
                x = float_new(I, (double)u.f);
                break;
            }
            case F_DOUBLE: {
                F64 u;
                u.u = w;
                x = float_new(I, u.d);
                break;
            }
            default: break;
            }
            if (x == VAL_NULL) return VAL_NULL;
            tuple_init_item(t, ti++, x);
        }
    }
    return t;
}

// The bytes of a bytes-like object (bytes, bytearray, memoryview, array).
static bool get_buffer(Interp *I, Value v, BView *out) { return bytes_arg(I, v, NULL, out); }

static Value do_unpack(Interp *I, StructObject *s, Value buffer) {
    BView v;
    if (!get_buffer(I, buffer, &v)) return VAL_NULL;
    if ((int64_t)v.n != s->size) {
        exc_raise_type(I, modexc_get(I, ERR_KEY), "unpack requires a buffer of %lld bytes",
                       (long long)s->size);
        return VAL_NULL;
    }
    return unpack_items(I, s, v);
}

// An offset argument as Py_ssize_t.
static bool ssize_arg(Interp *I, Value v, int64_t *out) {
    Value x = obj_index(I, v);
    if (x == VAL_NULL) return false;
    if (int_bit_length(I, x) > 63 && !(int_sign(I, x) < 0 && int_bit_length(I, x) == 64)) {
        exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        return false;
    }
    return int_to_i64(I, x, out);
}

static Value do_unpack_from(Interp *I, StructObject *s, Value buffer, Value offv) {
    BView v;
    if (!get_buffer(I, buffer, &v)) return VAL_NULL;
    int64_t off = 0;
    if (offv != VAL_NULL && !ssize_arg(I, offv, &off)) return VAL_NULL;
    int64_t n = (int64_t)v.n;
    if (off < 0) {
        if (off + n < 0) {
            exc_raise_type(I, modexc_get(I, ERR_KEY), "offset %lld out of range for %lld-byte buffer",
                           (long long)off, (long long)n);
            return VAL_NULL;
        }
        if (-off < s->size) {
            exc_raise_type(I, modexc_get(I, ERR_KEY), "not enough data to unpack %lld bytes at offset %lld",
                           (long long)s->size, (long long)off);
            return VAL_NULL;
        }
        off += n;
    }
    if (n - off < s->size) {
        exc_raise_type(I, modexc_get(I, ERR_KEY),
                       "unpack_from requires a buffer of at least %llu bytes for unpacking %lld "
                       "bytes at offset %lld (actual buffer size is %lld)",
                       (unsigned long long)s->size + (unsigned long long)off, (long long)s->size,
                       (long long)off, (long long)n);
        return VAL_NULL;
    }
    return unpack_items(I, s, bview_slice(v, (size_t)off, (size_t)(off + s->size)));
}

static Value do_pack_into(Interp *I, StructObject *s, ValView args) {
    // args: buffer, offset, values...
    if (args.n < 2) {
        if (args.n == 0)
            return exc_raise(I, TY_TYPE_ERROR, "pack_into expected buffer argument");
        return exc_raise(I, TY_TYPE_ERROR, "pack_into expected offset argument");
    }
    Value buffer = vview_get(args, 0);
    ValView items = vview_slice(args, 2, args.n);
    if ((int64_t)items.n != s->nitems) {
        exc_raise_type(I, modexc_get(I, ERR_KEY), "pack_into expected %lld items for packing (got %zu)",
                       (long long)s->nitems, items.n);
        return VAL_NULL;
    }
    Value target;
    int64_t base, n;  // the target's bytes are [base, base + n) of target's buffer
    if (!memview_writable(buffer, &target, &base, &n))
        return exc_raise(I, TY_TYPE_ERROR, "argument must be read-write bytes-like object, not %T",
                         buffer);
    int64_t off;
    if (!ssize_arg(I, vview_get(args, 1), &off)) return VAL_NULL;
    if (off < 0) {
        if (off + n < 0) {
            exc_raise_type(I, modexc_get(I, ERR_KEY), "offset %lld out of range for %lld-byte buffer",
                           (long long)off, (long long)n);
            return VAL_NULL;
        }
        if (-off < s->size) {
            exc_raise_type(I, modexc_get(I, ERR_KEY), "no space to pack %lld bytes at offset %lld",
                           (long long)s->size, (long long)off);
            return VAL_NULL;
        }
        off += n;
    }
    if (n - off < s->size) {
        exc_raise_type(I, modexc_get(I, ERR_KEY),
                       "pack_into requires a buffer of at least %llu bytes for packing %lld bytes "
                       "at offset %lld (actual buffer size is %lld)",
                       (unsigned long long)s->size + (unsigned long long)off, (long long)s->size,
                       (long long)off, (long long)n);
        return VAL_NULL;
    }
    // CPython zeroes the target's window, then packs the items in order: pad bytes and
    // short strings leave zeros, and a failing item leaves the ones before it written.
    // Packing into a zeroed scratch buffer, copied even on failure, gives the same bytes
    // without the target's size changing under a conversion (__index__) in between.
    Buf tmp;
    buf_init(&tmp);
    if (buf_resize(I->heap, &tmp, (size_t)s->size) != K_OK) return exc_nomem(I);
    bool packed = pack_items(I, s, items, &tmp, 0);
    if (!packed) {
        Value err = exc_fetch(I);
        if (memview_write(I, target, base + off, buf_view(&tmp))) exc_set(I, err);
        return VAL_NULL;
    }
    if (!memview_write(I, target, base + off, buf_view(&tmp))) return VAL_NULL;
    return I->none;
}

// ---- iter_unpack ----

typedef struct UnpackIter {
    CustomObj h;
    Value st;     // the Struct
    Value buffer; // the object unpacked (any buffer: read again at each step)
    size_t pos;
} UnpackIter;

static const CustomLayout unpack_iter_layout = {"UnpackIter"};
CUSTOM_CAST_FN(unpack_iter_cast, UnpackIter, unpack_iter_layout)

static Value do_iter_unpack(Interp *I, StructObject *s, Value buffer) {
    BView v;
    if (!get_buffer(I, buffer, &v)) return VAL_NULL;
    if (s->size == 0) return struct_err(I, "cannot iteratively unpack with a struct of length 0");
    if (v.n % (uint64_t)s->size != 0) {
        exc_raise_type(I, modexc_get(I, ERR_KEY),
                       "iterative unpacking requires a buffer of a multiple of %lld bytes",
                       (long long)s->size);
        return VAL_NULL;
    }
    UnpackIter *it = custom_alloc(I, modexc_get(I, "_struct.unpack_iterator"), &unpack_iter_layout,
                                  sizeof(UnpackIter));
    if (it == NULL) return VAL_NULL;
    it->st = obj_val(s);
    it->buffer = buffer;
    it->pos = 0;
    return obj_val(it);
}

static Value ui_next(Interp *I, Value self) {
    UnpackIter *it = unpack_iter_cast(self);
    StructObject *s = it != NULL ? struct_cast(it->st) : NULL;
    if (s == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad unpack iterator");
    BView v;
    if (!get_buffer(I, it->buffer, &v)) return VAL_NULL;
    if (it->pos >= v.n || v.n - it->pos < (size_t)s->size) return VAL_NULL;
    Value r = unpack_items(I, s, bview_slice(v, it->pos, it->pos + (size_t)s->size));
    it->pos += (size_t)s->size;
    return r;
}

static Value ui_iter(Interp *I, Value self) {
    (void)I;
    return self;
}

static Value ui_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__length_hint__", 0, 0)) return VAL_NULL;
    UnpackIter *it = unpack_iter_cast(self);
    StructObject *s = it != NULL ? struct_cast(it->st) : NULL;
    if (s == NULL) return exc_raise(I, TY_TYPE_ERROR, "bad unpack iterator");
    BView v;
    if (!get_buffer(I, it->buffer, &v)) return VAL_NULL;
    size_t left = it->pos >= v.n ? 0 : v.n - it->pos;
    return int_from_u64(I, left / (size_t)s->size);
}

static const MethodDef ui_methods[] = {
    {"__length_hint__", ui_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const TypeSpec unpack_iter_spec = {
    .name = "_struct.unpack_iterator",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(UnpackIter),
    .base = TY_OBJECT,
    .iter = ui_iter,
    .next = ui_next,
    .methods = ui_methods,
};

// ---- Struct methods ----

static StructObject *self_struct(Interp *I, Value self) {
    StructObject *s = struct_cast(self);
    if (s == NULL || s->fmt == VAL_NULL || s->fbytes == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "Struct object is not initialized");
        return NULL;
    }
    return s;
}

static Value st_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    StructObject *s = custom_alloc(I, t, &struct_layout, sizeof(StructObject));
    return s == NULL ? VAL_NULL : obj_val(s);
}

static int st_init(Interp *I, Value self, ValView args, Value kwnames) {
    Value fmt;
    if (!args_parse(I, args, kwnames, "Struct", "format", &fmt)) return -1;
    StructObject *s = struct_cast(self);
    if (s == NULL) return -1;
    return struct_set_format(I, s, fmt) ? 0 : -1;
}

static Value st_pack(Interp *I, Value self, ValView args, Value kwnames) {
    StructObject *s = self_struct(I, self);
    if (s == NULL || !args_no_kw(I, kwnames, "pack")) return VAL_NULL;
    return do_pack(I, s, args);
}

static Value st_unpack(Interp *I, Value self, ValView args, Value kwnames) {
    StructObject *s = self_struct(I, self);
    Value buf;
    if (s == NULL || !args_parse(I, args, kwnames, "unpack", "buffer /", &buf)) return VAL_NULL;
    return do_unpack(I, s, buf);
}

static Value st_unpack_from(Interp *I, Value self, ValView args, Value kwnames) {
    StructObject *s = self_struct(I, self);
    Value buf, off;
    if (s == NULL || !args_parse(I, args, kwnames, "unpack_from", "buffer | offset", &buf, &off))
        return VAL_NULL;
    return do_unpack_from(I, s, buf, off);
}

static Value st_pack_into(Interp *I, Value self, ValView args, Value kwnames) {
    StructObject *s = self_struct(I, self);
    if (s == NULL || !args_no_kw(I, kwnames, "pack_into")) return VAL_NULL;
    return do_pack_into(I, s, args);
}

static Value st_iter_unpack(Interp *I, Value self, ValView args, Value kwnames) {
    StructObject *s = self_struct(I, self);
    Value buf;
    if (s == NULL || !args_parse(I, args, kwnames, "iter_unpack", "buffer /", &buf)) return VAL_NULL;
    return do_iter_unpack(I, s, buf);
}

static Value st_format(Interp *I, Value self) {
    StructObject *s = self_struct(I, self);
    return s == NULL ? VAL_NULL : s->fmt;
}

static Value st_size(Interp *I, Value self) {
    StructObject *s = self_struct(I, self);
    return s == NULL ? VAL_NULL : int_from_i64(I, s->size);
}

static Value st_sizeof(Interp *I, Value self, ValView args, Value kwnames) {
    StructObject *s = self_struct(I, self);
    if (s == NULL || !args_count(I, args, kwnames, "__sizeof__", 0, 0)) return VAL_NULL;
    return int_from_i64(I, (int64_t)sizeof(StructObject) + s->nitems * 24);
}

static const MethodDef st_methods[] = {
    {"pack", st_pack, 0, "S.pack(v1, v2, ...) -> bytes"},
    {"unpack", st_unpack, 0, "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from", st_unpack_from, 0, "Return a tuple containing unpacked values."},
    {"pack_into", st_pack_into, 0, "S.pack_into(buffer, offset, v1, v2, ...)"},
    {"iter_unpack", st_iter_unpack, 0, "Return an iterator yielding tuples."},
    {"__sizeof__", st_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef st_getsets[] = {
    {"format", st_format, NULL},
    {"size", st_size, NULL},
    {NULL, NULL, NULL},
};

static const TypeSpec struct_spec = {
    .name = "_struct.Struct",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(StructObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .new_ = st_new,
    .init = st_init,
    .methods = st_methods,
    .getsets = st_getsets,
    .doc = "Struct(fmt) --> compiled struct object",
};

// ---- module functions ----

static StructObject *fmt_arg(Interp *I, ValView args, const char *fname, size_t need) {
    if (args.n < need) {
        if (args.n == 0 && need == 1) {
            exc_raise(I, TY_TYPE_ERROR, "missing format argument");
            return NULL;
        }
        exc_raise(I, TY_TYPE_ERROR, "%s expected %zu arguments, got %zu", fname, need, args.n);
        return NULL;
    }
    return struct_for(I, vview_get(args, 0));
}

// CPython names its module functions with the module in this error ("_struct.pack()").
static bool no_kw(Interp *I, Value kwnames, const char *name) {
    if (args_nkw(kwnames) == 0) return true;
    exc_raise(I, TY_TYPE_ERROR, "_struct.%s() takes no keyword arguments", name);
    return false;
}

static Value m_pack(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_kw(I, kwnames, "pack")) return VAL_NULL;
    StructObject *s = fmt_arg(I, args, "pack", 1);
    return s == NULL ? VAL_NULL : do_pack(I, s, vview_slice(args, 1, args.n));
}

static Value m_pack_into(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_kw(I, kwnames, "pack_into")) return VAL_NULL;
    StructObject *s = fmt_arg(I, args, "pack_into", 1);
    return s == NULL ? VAL_NULL : do_pack_into(I, s, vview_slice(args, 1, args.n));
}

static Value m_unpack(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_kw(I, kwnames, "unpack")) return VAL_NULL;
    if (!args_count(I, args, kwnames, "unpack", 2, 2)) {
        if (args.n < 2 && args_nkw(kwnames) == 0) {
            exc_clear(I);
            return exc_raise(I, TY_TYPE_ERROR, "unpack expected 2 arguments, got %zu", args.n);
        }
        return VAL_NULL;
    }
    StructObject *s = struct_for(I, vview_get(args, 0));
    return s == NULL ? VAL_NULL : do_unpack(I, s, vview_get(args, 1));
}

static Value m_unpack_from(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value fmt, buf, off;
    if (!args_parse(I, args, kwnames, "unpack_from", "format / buffer | offset", &fmt, &buf, &off))
        return VAL_NULL;
    StructObject *s = struct_for(I, fmt);
    return s == NULL ? VAL_NULL : do_unpack_from(I, s, buf, off);
}

static Value m_iter_unpack(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_kw(I, kwnames, "iter_unpack") || !args_count(I, args, kwnames, "iter_unpack", 2, 2)) return VAL_NULL;
    StructObject *s = struct_for(I, vview_get(args, 0));
    return s == NULL ? VAL_NULL : do_iter_unpack(I, s, vview_get(args, 1));
}

static Value m_calcsize(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value fmt;
    // CPython's calcsize takes one argument (METH_O), named with its module in errors
    if (!no_kw(I, kwnames, "calcsize")) return VAL_NULL;
    if (args.n != 1)
        return exc_raise(I, TY_TYPE_ERROR, "_struct.calcsize() takes exactly one argument (%zu given)", args.n);
    fmt = vview_get(args, 0);
    StructObject *s = struct_for(I, fmt);
    return s == NULL ? VAL_NULL : int_from_i64(I, s->size);
}

static Value m_clearcache(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "_clearcache", 0, 0)) return VAL_NULL;
    if (I->struct_cache != VAL_NULL) dict_clear(I->struct_cache);
    return I->none;
}

static const MethodDef module_functions[] = {
    {"pack", m_pack, 0, "pack(format, v1, v2, ...) -> bytes"},
    {"pack_into", m_pack_into, 0, "pack_into(format, buffer, offset, v1, v2, ...)"},
    {"unpack", m_unpack, 0, "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from", m_unpack_from, 0, "Return a tuple containing values unpacked according to the format string."},
    {"iter_unpack", m_iter_unpack, 0, "Return an iterator yielding tuples."},
    {"calcsize", m_calcsize, 0, "Return size in bytes of the struct described by the format string."},
    {"_clearcache", m_clearcache, 0, "Clear the internal cache."},
    {NULL, NULL, 0, NULL},
};

bool structmod_init(Interp *I, Value m) {
    if (!module_add_functions(I, m, module_functions)) return false;
    if (modexc_new_class(I, m, "struct", "error", I->types[TY_EXCEPTION], ERR_KEY) == NULL)
        return false;
    Type *st = module_add_type(I, m, &struct_spec, NULL);
    if (st == NULL || !dict_set_cstr(I, I->scratch, "_struct.Struct", obj_val(st))) return false;
    if (I->struct_cache == VAL_NULL && (I->struct_cache = dict_new(I)) == VAL_NULL) return false;
    Type *ui = type_from_spec(I, &unpack_iter_spec, NULL);
    if (ui == NULL || !dict_set_cstr(I, I->scratch, "_struct.unpack_iterator", obj_val(ui)))
        return false;
    return true;
}
