/*
 * wire.c: encoder and decoder of the boundary serialisation (wire.h, docs/ENCLAVE.md).
 * Invariant: the decoder reads [msg] only through bview_get/bview_slice at positions it
 * has checked against the bytes that remain, recurses at most [max_depth] levels, never
 * allocates more items than there are bytes left, and on any fault returns VAL_NULL
 * with a ValueError whose message starts with "wire: " and names the offset.
 */
#include "wire.h"

#include "../kernel/utf8.h"

#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

static bool kst(Interp *I, KStatus s) {
    if (s == K_OK) return true;
    exc_from_kstatus(I, s, "wire");
    return false;
}

bool wire_put_u32(Interp *I, Buf *out, uint32_t x) {
    for (int k = 0; k < 4; k++) {
        if (!kst(I, buf_push(I->heap, out, (uint8_t)(x >> (8 * k))))) return false;
    }
    return true;
}

bool wire_get_u32(BView v, size_t pos, uint32_t *out) {
    if (pos > v.n || v.n - pos < 4) return false;
    uint32_t x = 0;
    for (int k = 3; k >= 0; k--) x = (x << 8) | (uint32_t)bview_get(v, pos + (size_t)k);
    *out = x;
    return true;
}

/* ---- encoder ---- */

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool put_len(Interp *I, Buf *out, size_t n) {
    if (n > UINT32_MAX) return exc_raise(I, TY_VALUE_ERROR, "wire: object too large to encode"), false;
    return wire_put_u32(I, out, (uint32_t)n);
}

static bool put_view(Interp *I, Buf *out, uint8_t tag, BView v) {
    return kst(I, buf_push(I->heap, out, tag)) && put_len(I, out, v.n) && kst(I, buf_append(I->heap, out, v));
}

// Sign byte, then the magnitude big-endian without leading zero bytes (zero: no bytes).
static bool put_int(Interp *I, Buf *out, Value v) {
    Value hex = int_to_str(I, v, 16);
    if (hex == VAL_NULL) return false;
    BView h = str_view(hex);
    size_t k = 0;
    int neg = 0;
    if (bview_get(h, 0) == '-') {
        neg = 1;
        k = 1;
    }
    if (bview_startswith(bview_slice(h, k, h.n), bview_cstr("0x"))) k += 2;
    while (k < h.n && bview_get(h, k) == '0') k++;
    size_t digits = h.n - k;
    size_t nbytes = (digits + 1) / 2;
    if (nbytes == 0) neg = 0;
    if (!kst(I, buf_push(I->heap, out, WIRE_INT)) || !kst(I, buf_push(I->heap, out, (uint8_t)neg)) ||
        !put_len(I, out, nbytes))
        return false;
    bool odd = digits % 2 == 1;
    for (size_t b = 0; b < nbytes; b++) {
        int hi = 0, lo;
        if (odd && b == 0) {
            lo = hexval(bview_get(h, k));
            k += 1;
        } else {
            hi = hexval(bview_get(h, k));
            lo = hexval(bview_get(h, k + 1));
            k += 2;
        }
        if (hi < 0 || lo < 0) return exc_raise(I, TY_SYSTEM_ERROR, "wire: bad hex from int"), false;
        if (!kst(I, buf_push(I->heap, out, (uint8_t)(hi * 16 + lo)))) return false;
    }
    return true;
}

static bool put_float(Interp *I, Buf *out, double d) {
    union {
        double d;
        uint64_t u;
    } x;
    x.d = d;
    if (!kst(I, buf_push(I->heap, out, WIRE_FLOAT))) return false;
    for (int k = 0; k < 8; k++) {
        if (!kst(I, buf_push(I->heap, out, (uint8_t)(x.u >> (8 * k))))) return false;
    }
    return true;
}

static bool encode(Interp *I, Value v, Buf *out, int depth);

static bool put_seq(Interp *I, Buf *out, uint8_t tag, ValView items, int depth) {
    if (!kst(I, buf_push(I->heap, out, tag)) || !put_len(I, out, items.n)) return false;
    for (size_t k = 0; k < items.n; k++) {
        if (!encode(I, vview_get(items, k), out, depth - 1)) return false;
    }
    return true;
}

static bool put_dict(Interp *I, Buf *out, Value d, int depth) {
    size_t n = dict_len(d);
    if (!kst(I, buf_push(I->heap, out, WIRE_DICT)) || !put_len(I, out, n)) return false;
    size_t pos = 0, seen = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        if (!encode(I, k, out, depth - 1) || !encode(I, v, out, depth - 1)) return false;
        seen++;
    }
    if (seen != n || dict_len(d) != n)
        return exc_raise(I, TY_RUNTIME_ERROR, "dictionary changed size during iteration"), false;
    return true;
}

static bool encode_any(Interp *I, Value v, Buf *out, int depth) {
    if (v == I->none) return kst(I, buf_push(I->heap, out, WIRE_NONE));
    if (v == I->true_) return kst(I, buf_push(I->heap, out, WIRE_TRUE));
    if (v == I->false_) return kst(I, buf_push(I->heap, out, WIRE_FALSE));
    if (int_check(I, v)) return put_int(I, out, v);
    if (float_check(v)) return put_float(I, out, float_value(v));
    if (str_check(v)) {
        // Only real UTF-8 crosses: a str holding a lone surrogate is refused here, at the
        // sender, rather than by the receiver's checkpoint.
        size_t nch, at, len;
        if (utf8_validate(str_view(v), &nch, &at, &len) != UTF8_OK) {
            exc_raise(I, TY_VALUE_ERROR, "wire: a str with a lone surrogate cannot cross the boundary");
            return false;
        }
        return put_view(I, out, WIRE_STR, str_view(v));
    }
    if (bytes_check(v)) return put_view(I, out, WIRE_BYTES, bytes_view(v));
    if (list_check(v)) return put_seq(I, out, WIRE_LIST, list_view(v), depth);
    if (tuple_check(v)) return put_seq(I, out, WIRE_TUPLE, tuple_view(v), depth);
    if (dict_check(v)) return put_dict(I, out, v, depth);
    exc_raise(I, TY_TYPE_ERROR, "wire: cannot send a value of type '%T' across the boundary", v);
    return false;
}

static bool encode(Interp *I, Value v, Buf *out, int depth) {
    if (depth <= 0) return exc_raise(I, TY_VALUE_ERROR, "wire: value nested too deeply"), false;
    if (!interp_enter_c(I, " while encoding a value")) return false;
    bool ok = encode_any(I, v, out, depth);
    interp_leave_c(I);
    return ok;
}

bool wire_encode(Interp *I, Value v, Buf *out, int max_depth) { return encode(I, v, out, max_depth); }

/* ---- decoder: the checkpoint ---- */

typedef struct Reader {
    Interp *I;
    BView msg;
    size_t pos;
} Reader;

static Value fault(Reader *r, const char *what) {
    Interp *I = r->I;
    if (I->exc != VAL_NULL) exc_clear(I);
    return exc_raise(I, TY_VALUE_ERROR, "wire: %s at offset %zu", what, r->pos);
}

static size_t left(const Reader *r) { return r->msg.n - r->pos; }

static bool get_u8(Reader *r, int *out) {
    if (left(r) < 1) return false;
    *out = bview_get(r->msg, r->pos);
    r->pos++;
    return true;
}

static bool get_len(Reader *r, uint32_t *out) {
    if (!wire_get_u32(r->msg, r->pos, out)) return false;
    r->pos += 4;
    return true;
}

// The next [n] bytes; false when fewer remain.
static bool get_bytes(Reader *r, size_t n, BView *out) {
    if (n > left(r)) return false;
    *out = bview_slice(r->msg, r->pos, r->pos + n);
    r->pos += n;
    return true;
}

static Value get_int(Reader *r) {
    Interp *I = r->I;
    int sign;
    uint32_t n;
    BView mag;
    if (!get_u8(r, &sign) || !get_len(r, &n) || !get_bytes(r, n, &mag)) return fault(r, "truncated int");
    if (sign > 1) return fault(r, "bad int sign");
    if (n > 0 && bview_get(mag, 0) == 0) return fault(r, "non-canonical int (leading zero byte)");
    if (n == 0 && sign == 1) return fault(r, "non-canonical int (negative zero)");
    if (n <= 7) {
        uint64_t u = 0; // at most 7 bytes: below 2**56, so the int64_t conversion is exact
        for (size_t k = 0; k < n; k++) u = (u << 8) | bview_get(mag, k);
        int64_t x = (int64_t)u;
        return int_from_i64(I, sign ? -x : x);
    }
    return int_from_bytes_mag(I, mag, true, sign == 1); // linear in n
}

static Value get_float(Reader *r) {
    BView b;
    if (!get_bytes(r, 8, &b)) return fault(r, "truncated float");
    union {
        double d;
        uint64_t u;
    } x;
    x.u = 0;
    for (int k = 7; k >= 0; k--) x.u = (x.u << 8) | (uint64_t)bview_get(b, (size_t)k);
    return float_new(r->I, x.d);
}

static Value decode(Reader *r, int depth);

static Value get_seq(Reader *r, int tag, int depth) {
    Interp *I = r->I;
    uint32_t n;
    // Every item takes at least one byte: a count beyond what remains is a lie.
    if (!get_len(r, &n) || n > left(r)) return fault(r, "truncated list/tuple");
    // The count is only a claim: grow as items actually arrive.
    Value l = list_new(I, n < 1024 ? n : 1024);
    if (l == VAL_NULL) return VAL_NULL;
    for (uint32_t k = 0; k < n; k++) {
        Value x = decode(r, depth - 1);
        if (x == VAL_NULL || !list_append(I, l, x)) return VAL_NULL;
    }
    return tag == WIRE_TUPLE ? list_to_tuple(I, l) : l;
}

static Value get_dict(Reader *r, int depth) {
    Interp *I = r->I;
    uint32_t n;
    if (!get_len(r, &n) || n > left(r) / 2) return fault(r, "truncated dict");
    Value d = dict_new(I);
    if (d == VAL_NULL) return VAL_NULL;
    for (uint32_t k = 0; k < n; k++) {
        size_t at = r->pos;
        Value key = decode(r, depth - 1);
        if (key == VAL_NULL) return VAL_NULL;
        Value val = decode(r, depth - 1);
        if (val == VAL_NULL) return VAL_NULL;
        size_t before = dict_len(d);
        if (!dict_set(I, d, key, val)) {
            if (!exc_pending_is(I, TY_TYPE_ERROR)) return VAL_NULL;
            r->pos = at;
            return fault(r, "unhashable dict key");
        }
        if (dict_len(d) == before) {
            r->pos = at;
            return fault(r, "repeated dict key");
        }
    }
    return d;
}

static Value decode_any(Reader *r, int depth) {
    Interp *I = r->I;
    size_t at = r->pos;
    int tag;
    if (!get_u8(r, &tag)) return fault(r, "truncated message (tag expected)");
    switch (tag) {
    case WIRE_NONE: return I->none;
    case WIRE_FALSE: return I->false_;
    case WIRE_TRUE: return I->true_;
    case WIRE_INT: return get_int(r);
    case WIRE_FLOAT: return get_float(r);
    case WIRE_STR:
    case WIRE_BYTES: {
        uint32_t n;
        BView b;
        if (!get_len(r, &n) || !get_bytes(r, n, &b)) return fault(r, tag == WIRE_STR ? "truncated str" : "truncated bytes");
        if (tag == WIRE_BYTES) return bytes_new(I, b);
        Value s = str_from_utf8(I, b);
        if (s == VAL_NULL && exc_pending_is(I, TY_UNICODE_DECODE_ERROR)) {
            r->pos = at;
            return fault(r, "invalid UTF-8 in str");
        }
        return s;
    }
    case WIRE_LIST:
    case WIRE_TUPLE: return get_seq(r, tag, depth);
    case WIRE_DICT: return get_dict(r, depth);
    default: r->pos = at; return fault(r, "unknown tag");
    }
}

static Value decode(Reader *r, int depth) {
    if (depth <= 0) return fault(r, "nesting too deep");
    if (!interp_enter_c(r->I, " while decoding a value")) return VAL_NULL;
    Value v = decode_any(r, depth);
    interp_leave_c(r->I);
    return v;
}

Value wire_decode(Interp *I, BView msg, size_t max_size, int max_depth) {
    Reader r = {I, msg, 0};
    if (msg.n > max_size) return fault(&r, "message too large");
    Value v = decode(&r, max_depth);
    if (v == VAL_NULL) return VAL_NULL;
    if (r.pos != msg.n) return fault(&r, "trailing bytes after the value");
    return v;
}
