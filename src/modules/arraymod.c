/*
 * arraymod.c: the array module: array.array, a mutable sequence of C numbers stored
 * packed in native (little-endian, x86-64) layout, with CPython 3.11's conversions,
 * overflow messages, sequence operations and methods.
 *
 * Invariant: an ArrayObject's buffer length is always a multiple of its item size, and
 * every stored item is a valid encoding for its typecode (conversions check ranges
 * before writing). Bytes are only read and written through Buf/BView.
 */
#include "modtab.h"

#include "arraymod.h"

#include "../kernel/utf8.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/bytes.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/iterobject.h"
#include "../objects/list.h"
#include "../objects/memview.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/slice.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

typedef struct ArrayObject {
    CustomObj h;
    Buf b;
    uint8_t tc;       // typecode character
    uint8_t itemsize; // bytes per item
    size_t exports;   // memoryviews made over the array since the last check (memview.h)
} ArrayObject;

static const CustomLayout array_layout = {"ArrayObject"};
CUSTOM_CAST_FN(array_cast, ArrayObject, array_layout)

static const char typecodes[] = "bBuhHiIlLqQfd";

static int itemsize_of(int tc) {
    switch (tc) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': case 'u': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}


static size_t alen(const ArrayObject *a) { return a->b.len / a->itemsize; }

typedef union { float f; uint32_t u; } AF32;
typedef union { double d; uint64_t u; } AF64;

// ---- raw item access ----

static uint64_t raw_get(const ArrayObject *a, size_t i) {
    uint64_t w = 0;
    size_t at = i * a->itemsize;
    for (size_t k = 0; k < a->itemsize; k++) {
        int c = buf_get(&a->b, at + k);
        w |= (uint64_t)(c < 0 ? 0 : c) << (8 * k);
    }
    return w;
}

static void raw_set(ArrayObject *a, size_t i, uint64_t w) {
    size_t at = i * a->itemsize;
    for (size_t k = 0; k < a->itemsize; k++) (void)buf_set(&a->b, at + k, (uint8_t)(w >> (8 * k)));
}

// Raises CPython's error for a 'u' item outside Unicode (from frombytes); false then.
static bool check_cp(Interp *I, uint64_t cp, bool for_chr) {
    if (cp <= 0x10ffff) return true;
    if (for_chr) return exc_raise(I, TY_VALUE_ERROR, "chr() arg not in range(0x110000)"), false;
    char hex[9];
    size_t n = 0;
    for (int sh = 28; sh >= 0; sh -= 4) {
        unsigned d = (unsigned)(cp >> sh) & 15;
        if (n == 0 && d == 0 && sh >= 16) continue;
        hex[n++] = "0123456789abcdef"[d];
    }
    hex[n] = 0;
    exc_raise(I, TY_VALUE_ERROR, "character U+%s is not in range [U+0000; U+10ffff]", hex);
    return false;
}

static Value item_value(Interp *I, const ArrayObject *a, size_t i) {
    uint64_t w = raw_get(a, i);
    if (a->tc == 'u' && !check_cp(I, w, true)) return VAL_NULL;
    switch (a->tc) {
    case 'b': return int_from_i64(I, (int8_t)(uint8_t)w);
    case 'h': return int_from_i64(I, (int16_t)(uint16_t)w);
    case 'i': return int_from_i64(I, (int32_t)(uint32_t)w);
    case 'l': case 'q': return int_from_i64(I, (int64_t)w);
    case 'u': return str_from_codepoint(I, (uint32_t)w);
    case 'f': {
        AF32 u;
        u.u = (uint32_t)w;
        return float_new(I, (double)u.f);
    }
    case 'd': {
        AF64 u;
        u.u = w;
        return float_new(I, u.d);
    }
    default: return int_from_u64(I, w);
    }
}

// ---- conversion of Python values to items ----

static Value ovf(Interp *I, const char *msg) { return exc_raise(I, TY_OVERFLOW_ERROR, "%s", msg); }

// int [x] as int64 when it fits, else OverflowError [msg].
static bool to_i64(Interp *I, Value x, int64_t *out, const char *msg) {
    uint64_t bits = int_bit_length(I, x);
    if (bits > 63) {
        Value lo = int_from_i64(I, INT64_MIN);
        if (bits == 64 && int_sign(I, x) < 0 && lo != VAL_NULL && int_compare(I, x, lo) == 0) {
            *out = INT64_MIN;
            return true;
        }
        ovf(I, msg);
        return false;
    }
    return int_to_i64(I, x, out);
}

static bool to_u64(Interp *I, Value x, uint64_t *out, const char *msg) {
    uint64_t bits = int_bit_length(I, x);
    if (bits > 64) return ovf(I, msg), false;
    if (bits == 64) {
        Value m = int_binop(I, x, int_from_i64(I, INT64_MAX), BINOP_AND);
        int64_t lo;
        if (m == VAL_NULL || !int_to_i64(I, m, &lo)) return false;
        *out = (uint64_t)lo | 0x8000000000000000u;
        return true;
    }
    int64_t v;
    if (!int_to_i64(I, x, &v)) return false;
    *out = (uint64_t)v;
    return true;
}

static bool range_check(Interp *I, int64_t v, int64_t lo, int64_t hi, const char *what) {
    if (v > hi) return exc_raise(I, TY_OVERFLOW_ERROR, "%s is greater than maximum", what), false;
    if (v < lo) return exc_raise(I, TY_OVERFLOW_ERROR, "%s is less than minimum", what), false;
    return true;
}

static bool item_word(Interp *I, int tc, Value v, uint64_t *w) {
    if (tc == 'u') {
        if (!str_check(v) || str_len(v) != 1)
            return exc_raise(I, TY_TYPE_ERROR, "array item must be unicode character"), false;
        size_t len;
        *w = utf8_get(str_view(v), 0, &len);
        return true;
    }
    if (tc == 'f' || tc == 'd') {
        double d;
        if (!float_as_double(I, v, &d)) {
            if (exc_pending_is(I, TY_TYPE_ERROR)) {
                exc_clear(I);
                exc_raise(I, TY_TYPE_ERROR, "must be real number, not %T", v);
            }
            return false;
        }
        if (tc == 'f') {
            AF32 u;
            u.f = (float)d;
            *w = u.u;
        } else {
            AF64 u;
            u.d = d;
            *w = u.u;
        }
        return true;
    }
    Value x = obj_index(I, v);
    if (x == VAL_NULL) return false;
    const char *longmsg = "Python int too large to convert to C long";
    int64_t s;
    uint64_t u;
    switch (tc) {
    case 'b':
        if (!to_i64(I, x, &s, longmsg) || !range_check(I, s, -32768, 32767, "signed short integer") ||
            !range_check(I, s, -128, 127, "signed char"))
            return false;
        break;
    case 'B':
        if (!to_i64(I, x, &s, longmsg) || !range_check(I, s, 0, 255, "unsigned byte integer")) return false;
        break;
    case 'h':
        if (!to_i64(I, x, &s, longmsg) || !range_check(I, s, -32768, 32767, "signed short integer"))
            return false;
        break;
    case 'H':
        if (!to_i64(I, x, &s, longmsg) || !range_check(I, s, INT32_MIN, INT32_MAX, "signed integer") ||
            !range_check(I, s, 0, 65535, "unsigned short"))
            return false;
        break;
    case 'i':
        if (!to_i64(I, x, &s, longmsg) || !range_check(I, s, INT32_MIN, INT32_MAX, "signed integer"))
            return false;
        break;
    case 'l':
        if (!to_i64(I, x, &s, longmsg)) return false;
        break;
    case 'q':
        if (!to_i64(I, x, &s, "int too big to convert")) return false;
        break;
    case 'I': case 'L':
        if (int_sign(I, x) < 0) return ovf(I, "can't convert negative value to unsigned int"), false;
        if (!to_u64(I, x, &u, "Python int too large to convert to C unsigned long")) return false;
        if (tc == 'I' && u > 0xffffffffu) return ovf(I, "unsigned int is greater than maximum"), false;
        *w = u;
        return true;
    default: // 'Q'
        if (int_sign(I, x) < 0) return ovf(I, "can't convert negative int to unsigned"), false;
        if (!to_u64(I, x, &u, "int too big to convert")) return false;
        *w = u;
        return true;
    }
    *w = (uint64_t)s;
    return true;
}

// False with BufferError while a memoryview of [a] is alive and not released (CPython
// refuses every change of an exported array's length).
static bool resizable(Interp *I, ArrayObject *a) {
    if (!memview_exported(I, obj_val(a))) return true;
    exc_raise(I, TY_BUFFER_ERROR, "cannot resize an array that is exporting buffers");
    return false;
}

static bool push_value(Interp *I, ArrayObject *a, Value v) {
    uint64_t w;
    if (!item_word(I, a->tc, v, &w) || !resizable(I, a)) return false;
    size_t n = alen(a);
    if (buf_resize(I->heap, &a->b, a->b.len + a->itemsize) != K_OK) return exc_nomem(I), false;
    raw_set(a, n, w);
    return true;
}

// ---- construction ----

static Type *array_type(Interp *I) {
    Value d = I->scratch != VAL_NULL ? dict_get_cstr(I, I->scratch, "array.array") : VAL_NULL;
    Type *t = type_cast(d);
    return t != NULL ? t : I->types[TY_OBJECT];
}

static ArrayObject *new_array(Interp *I, Type *t, int tc) {
    ArrayObject *a = custom_alloc(I, t, &array_layout, sizeof(ArrayObject));
    if (a == NULL) return NULL;
    buf_init(&a->b);
    a->tc = (uint8_t)tc;
    a->itemsize = (uint8_t)itemsize_of(tc);
    return a;
}

static bool extend_iterable(Interp *I, ArrayObject *a, Value it_src) {
    Value it = obj_iter(I, it_src);
    if (it == VAL_NULL) return false;
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) return I->exc == VAL_NULL;
        if (!push_value(I, a, x)) return false;
    }
}

static bool frombytes_view(Interp *I, ArrayObject *a, BView v) {
    if (v.n % a->itemsize != 0)
        return exc_raise(I, TY_VALUE_ERROR, "bytes length not a multiple of item size"), false;
    if (v.n > 0 && !resizable(I, a)) return false;
    if (buf_append(I->heap, &a->b, v) != K_OK) return exc_nomem(I), false;
    return true;
}

static bool fromunicode_str(Interp *I, ArrayObject *a, Value s) {
    Value it = obj_iter(I, s);
    if (it == VAL_NULL) return false;
    for (;;) {
        Value ch = obj_next(I, it);
        if (ch == VAL_NULL) return I->exc == VAL_NULL;
        if (!push_value(I, a, ch)) return false;
    }
}

static Value a_new(Interp *I, Type *t, ValView args, Value kwnames) {
    // a subclass may take keywords in its __init__; array.array itself takes none
    size_t nkw = args_nkw(kwnames);
    if (nkw > 0 && t == array_type(I)) return exc_raise(I, TY_TYPE_ERROR, "array.array() takes no keyword arguments");
    args.n -= nkw;
    if (args.n < 1 || args.n > 2)
        return exc_raise(I, TY_TYPE_ERROR, "array() takes at most 2 arguments (%zu given)", args.n);
    Value tcv = vview_get(args, 0);
    if (!str_check(tcv) || str_len(tcv) != 1)
        return exc_raise(I, TY_TYPE_ERROR, "array() argument 1 must be a unicode character, not %T", tcv);
    int tc = bview_get(str_view(tcv), 0);
    if (itemsize_of(tc) == 0)
        return exc_raise(I, TY_VALUE_ERROR, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    ArrayObject *a = new_array(I, t, tc);
    if (a == NULL) return VAL_NULL;
    if (args.n == 2) {
        Value init = vview_get(args, 1);
        ArrayObject *src = array_cast(init);
        if (str_check(init)) {
            if (tc != 'u')
                return exc_raise(I, TY_TYPE_ERROR,
                                 "cannot use a str to initialize an array with typecode '%c'", tc);
            if (!fromunicode_str(I, a, init)) return VAL_NULL;
        } else if (bytes_check(init) || bytearray_check(init)) {
            if (!frombytes_view(I, a, bytes_view(init))) return VAL_NULL;
        } else if (src != NULL && src->tc == tc) {
            if (buf_append(I->heap, &a->b, buf_view(&src->b)) != K_OK) return exc_nomem(I);
        } else if (src != NULL && src->tc == 'u' && tc != 'u') {
            return exc_raise(I, TY_TYPE_ERROR,
                             "cannot use a unicode array to initialize an array with typecode '%c'", tc);
        } else {
            if (!extend_iterable(I, a, init)) return VAL_NULL;
        }
    }
    return obj_val(a);
}

static ArrayObject *self_array(Interp *I, Value self) {
    ArrayObject *a = array_cast(self);
    if (a == NULL) exc_raise(I, TY_TYPE_ERROR, "descriptor requires an 'array.array' object but received '%T'", self);
    return a;
}

// ---- sequence protocol ----

static int64_t a_len(Interp *I, Value self) {
    ArrayObject *a = self_array(I, self);
    return a == NULL ? -1 : (int64_t)alen(a);
}

static bool index_arg(Interp *I, Value key, int64_t *out) {
    if (!int_check(I, key)) {
        Type *t = type_of(I, key);
        if (t->index == NULL) return exc_raise(I, TY_TYPE_ERROR, "array indices must be integers"), false;
    }
    Value x = obj_index(I, key);
    if (x == VAL_NULL) return false;
    if (int_bit_length(I, x) > 63)
        return exc_raise(I, TY_INDEX_ERROR, "cannot fit '%T' into an index-sized integer", key), false;
    if (int_bit_length(I, x) > 62) {
        *out = int_sign(I, x) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        return true;
    }
    return int_to_i64(I, x, out);
}

// Resolves slice [key] against [a]'s length as it is after the slice's __index__ methods
// ran (they may resize [a]).
static bool resolve_slice(Interp *I, ArrayObject *a, Value key, int64_t *start, int64_t *step,
                          int64_t *count) {
    int64_t stop;
    if (!slice_unpack(I, key, start, &stop, step)) return false;
    *count = slice_adjust((int64_t)alen(a), start, &stop, *step);
    return true;
}

static Value slice_of(Interp *I, ArrayObject *a, Value key) {
    int64_t start, step, count;
    if (!resolve_slice(I, a, key, &start, &step, &count)) return VAL_NULL;
    ArrayObject *r = new_array(I, array_type(I), a->tc);
    if (r == NULL) return VAL_NULL;
    if (buf_resize(I->heap, &r->b, (size_t)count * a->itemsize) != K_OK) return exc_nomem(I);
    for (int64_t k = 0; k < count; k++) raw_set(r, (size_t)k, raw_get(a, (size_t)(start + k * step)));
    return obj_val(r);
}

static Value a_getitem(Interp *I, Value self, Value key) {
    ArrayObject *a = self_array(I, self);
    if (a == NULL) return VAL_NULL;
    if (slice_cast(key) != NULL) return slice_of(I, a, key);
    int64_t i;
    if (!index_arg(I, key, &i)) return VAL_NULL;
    int64_t n = (int64_t)alen(a);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return exc_raise(I, TY_INDEX_ERROR, "array index out of range");
    return item_value(I, a, (size_t)i);
}

// Deletes items [lo, hi) (step 1).
static bool del_range(Interp *I, ArrayObject *a, size_t lo, size_t hi) {
    BView empty = {NULL, 0};
    if (hi > lo && !resizable(I, a)) return false;
    if (buf_splice(I->heap, &a->b, lo * a->itemsize, hi * a->itemsize, empty) != K_OK)
        return exc_nomem(I), false;
    return true;
}

static int set_slice(Interp *I, ArrayObject *a, Value key, Value v) {
    int64_t start, step, count;
    if (!resolve_slice(I, a, key, &start, &step, &count)) return -1;
    // CPython refuses a deletion (even of nothing) while exported, like any assignment
    // of another length.
    if (v == VAL_NULL && !resizable(I, a)) return -1;
    if (v == VAL_NULL) {
        if (step == 1) return del_range(I, a, (size_t)start, (size_t)(start + count)) ? 0 : -1;
        // delete every step-th item: rebuild keeping the others
        Buf nb;
        buf_init(&nb);
        size_t n = alen(a);
        int64_t lo = step > 0 ? start : start + (count - 1) * step;
        int64_t st = step > 0 ? step : -step;
        for (size_t i = 0; i < n; i++) {
            bool del = count > 0 && (int64_t)i >= lo && ((int64_t)i - lo) % st == 0 &&
                       ((int64_t)i - lo) / st < count;
            if (del) continue;
            BView one = bview_slice(buf_view(&a->b), i * a->itemsize, (i + 1) * a->itemsize);
            if (buf_append(I->heap, &nb, one) != K_OK) return exc_nomem(I), -1;
        }
        a->b = nb;
        return 0;
    }
    ArrayObject *src = array_cast(v);
    if (src == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "can only assign array (not \"%T\") to array slice", v);
        return -1;
    }
    if (src->tc != a->tc) {
        exc_raise(I, TY_TYPE_ERROR, "bad argument type for built-in operation");
        return -1;
    }
    size_t given = src->b.len / a->itemsize;
    if ((given == 0 || (int64_t)given != count) && !resizable(I, a)) return -1;
    BView sv = buf_view(&src->b);
    Buf copy;
    buf_init(&copy);
    if (buf_append(I->heap, &copy, sv) != K_OK) return exc_nomem(I), -1;
    if (step == 1) {
        if (buf_splice(I->heap, &a->b, (size_t)start * a->itemsize, (size_t)(start + count) * a->itemsize,
                       buf_view(&copy)) != K_OK)
            return exc_nomem(I), -1;
        return 0;
    }
    size_t m = copy.len / a->itemsize;
    if ((int64_t)m != count) {
        exc_raise(I, TY_VALUE_ERROR, "attempt to assign array of size %zu to extended slice of size %lld",
                  m, (long long)count);
        return -1;
    }
    ArrayObject tmp = *src;
    tmp.b = copy;
    for (int64_t k = 0; k < count; k++) raw_set(a, (size_t)(start + k * step), raw_get(&tmp, (size_t)k));
    return 0;
}

static int a_setitem(Interp *I, Value self, Value key, Value v) {
    ArrayObject *a = self_array(I, self);
    if (a == NULL) return -1;
    if (slice_cast(key) != NULL) return set_slice(I, a, key, v);
    int64_t i;
    if (!index_arg(I, key, &i)) return -1;
    int64_t n = (int64_t)alen(a);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        exc_raise(I, TY_INDEX_ERROR, "array assignment index out of range");
        return -1;
    }
    if (v == VAL_NULL) return del_range(I, a, (size_t)i, (size_t)i + 1) ? 0 : -1;
    uint64_t w;
    if (!item_word(I, a->tc, v, &w)) return -1;
    raw_set(a, (size_t)i, w);
    return 0;
}

static int a_contains(Interp *I, Value self, Value item) {
    ArrayObject *a = self_array(I, self);
    if (a == NULL) return -1;
    for (size_t i = 0; i < alen(a); i++) {
        Value x = item_value(I, a, i);
        if (x == VAL_NULL) return -1;
        int r = obj_eq(I, x, item);
        if (r != 0) return r;
    }
    return 0;
}

static Value a_iter(Interp *I, Value self) { return iterobject_seq_iter_new(I, self); }

static Value a_repr(Interp *I, Value self) {
    ArrayObject *a = self_array(I, self);
    if (a == NULL) return VAL_NULL;
    if (alen(a) == 0) return exc_format(I, "%s('%c')", type_name_cstr(I, type_of(I, self)), a->tc);
    Value body;
    if (a->tc == 'u') {
        StrBuilder sb;
        sb_init(&sb);
        for (size_t i = 0; i < alen(a); i++)
            if (!check_cp(I, raw_get(a, i), false) || !sb_add_codepoint(I, &sb, (uint32_t)raw_get(a, i)))
                return VAL_NULL;
        body = sb_finish(I, &sb);
    } else {
        body = list_new(I, alen(a));
        for (size_t i = 0; body != VAL_NULL && i < alen(a); i++) {
            Value x = item_value(I, a, i);
            if (x == VAL_NULL || !list_append(I, body, x)) return VAL_NULL;
        }
    }
    if (body == VAL_NULL) return VAL_NULL;
    return exc_format(I, "%s('%c', %R)", type_name_cstr(I, type_of(I, self)), a->tc, body);
}

static Value a_richcmp(Interp *I, Value self, Value other, CmpOp op) {
    ArrayObject *a = array_cast(self), *b = array_cast(other);
    if (a == NULL || b == NULL) return I->notimpl;
    size_t na = alen(a), nb = alen(b);
    if ((op == CMP_EQ || op == CMP_NE) && na != nb) return interp_bool(I, op == CMP_NE);
    size_t i = 0;
    for (; i < na && i < nb; i++) {
        Value x = item_value(I, a, i), y = item_value(I, b, i);
        if (x == VAL_NULL || y == VAL_NULL) return VAL_NULL;
        int eq = obj_eq(I, x, y);
        if (eq < 0) return VAL_NULL;
        if (!eq) {
            if (op == CMP_EQ) return I->false_;
            if (op == CMP_NE) return I->true_;
            return obj_richcmp(I, x, y, op);
        }
    }
    int64_t d = (int64_t)na - (int64_t)nb;
    return interp_bool(I, cmp_holds(d, op));
}

static Value repeat(Interp *I, ArrayObject *a, Value nv) {
    int64_t n;
    if (!obj_index_i64(I, nv, &n)) return VAL_NULL;
    if (n < 0) n = 0;
    ArrayObject *r = new_array(I, array_type(I), a->tc);
    if (r == NULL) return VAL_NULL;
    if (a->b.len != 0 && (uint64_t)n > BUF_MAX_LEN / a->b.len) return exc_nomem(I);
    if (buf_append_repeat(I->heap, &r->b, buf_view(&a->b), (size_t)n) != K_OK) return exc_nomem(I);
    return obj_val(r);
}

static bool is_intlike(Interp *I, Value v) { return int_check(I, v) || type_of(I, v)->index != NULL; }

static Value a_binop(Interp *I, Value x, Value y, BinOp op) {
    ArrayObject *a = array_cast(x), *b = array_cast(y);
    if (op == BINOP_ADD) {
        if (a == NULL) return I->notimpl;
        if (b == NULL)
            return exc_raise(I, TY_TYPE_ERROR, "can only append array (not \"%T\") to array", y);
        if (a->tc != b->tc) return exc_raise(I, TY_TYPE_ERROR, "bad argument type for built-in operation");
        ArrayObject *r = new_array(I, array_type(I), a->tc);
        if (r == NULL) return VAL_NULL;
        if (buf_append(I->heap, &r->b, buf_view(&a->b)) != K_OK ||
            buf_append(I->heap, &r->b, buf_view(&b->b)) != K_OK)
            return exc_nomem(I);
        return obj_val(r);
    }
    if (op == BINOP_MUL) {
        if (a != NULL && is_intlike(I, y)) return repeat(I, a, y);
        if (b != NULL && is_intlike(I, x)) return repeat(I, b, x);
        if (a != NULL && b == NULL)
            return exc_raise(I, TY_TYPE_ERROR, "can't multiply sequence by non-int of type '%T'", y);
        return I->notimpl;
    }
    return I->notimpl;
}

static Value a_inplace(Interp *I, Value x, Value y, BinOp op) {
    ArrayObject *a = array_cast(x);
    if (a == NULL) return I->notimpl;
    BinOp base = op >= BINOP_INPLACE ? (BinOp)(op - BINOP_INPLACE) : op;
    if (base == BINOP_ADD) {
        ArrayObject *b = array_cast(y);
        if (b == NULL)
            return exc_raise(I, TY_TYPE_ERROR, "can only extend array with array (not \"%T\")", y);
        if (a->tc != b->tc) return exc_raise(I, TY_TYPE_ERROR, "can only extend with array of same kind");
        if (b->b.len > 0 && !resizable(I, a)) return VAL_NULL;
        if (buf_append(I->heap, &a->b, buf_view(&b->b)) != K_OK) return exc_nomem(I);
        return x;
    }
    if (base == BINOP_MUL) {
        if (!is_intlike(I, y))
            return exc_raise(I, TY_TYPE_ERROR, "can't multiply sequence by non-int of type '%T'", y);
        Value r = repeat(I, a, y);
        ArrayObject *ra = array_cast(r);
        if (ra == NULL || (ra->b.len != a->b.len && !resizable(I, a))) return VAL_NULL;
        a->b = ra->b;
        return x;
    }
    return I->notimpl;
}

// ---- methods ----

#define SELF_OR_FAIL                                                                      \
    ArrayObject *a = self_array(I, self);                                                 \
    if (a == NULL) return VAL_NULL;

static Value m_append(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    if (args.n != 1 || args_nkw(kwnames) > 0)
        return exc_raise(I, TY_TYPE_ERROR, "array.append() takes exactly one argument (%zu given)", args.n);
    if (!push_value(I, a, vview_get(args, 0))) return VAL_NULL;
    return I->none;
}

static Value m_extend(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    Value src;
    if (!args_parse(I, args, kwnames, "extend", "bb /", &src)) return VAL_NULL;
    ArrayObject *b = array_cast(src);
    if (b != NULL) {
        if (b->tc != a->tc) return exc_raise(I, TY_TYPE_ERROR, "can only extend with array of same kind");
        if (b->b.len > 0 && !resizable(I, a)) return VAL_NULL;
        if (buf_append(I->heap, &a->b, buf_view(&b->b)) != K_OK) return exc_nomem(I);
        return I->none;
    }
    if (!extend_iterable(I, a, src)) return VAL_NULL;
    return I->none;
}

static Value m_insert(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    Value iv, v;
    if (!args_parse(I, args, kwnames, "insert", "i v /", &iv, &v)) return VAL_NULL;
    int64_t i;
    if (!obj_index_i64(I, iv, &i)) return VAL_NULL;
    uint64_t w;
    if (!item_word(I, a->tc, v, &w)) return VAL_NULL;
    // The length after the conversion, which may have run user code that resized [a].
    int64_t n = (int64_t)alen(a);
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    uint8_t bytes[8];
    for (size_t k = 0; k < 8; k++) bytes[k] = (uint8_t)(w >> (8 * k));
    BView bv = {bytes, a->itemsize};
    size_t at = (size_t)i * a->itemsize;
    if (!resizable(I, a)) return VAL_NULL;
    if (buf_splice(I->heap, &a->b, at, at, bv) != K_OK) return exc_nomem(I);
    return I->none;
}

static Value m_pop(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    Value iv;
    if (!args_parse(I, args, kwnames, "pop", "| i /", &iv)) return VAL_NULL;
    int64_t i = -1;
    if (iv != VAL_NULL && !obj_index_i64(I, iv, &i)) return VAL_NULL;
    int64_t n = (int64_t)alen(a);
    if (n == 0) return exc_raise(I, TY_INDEX_ERROR, "pop from empty array");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return exc_raise(I, TY_INDEX_ERROR, "pop index out of range");
    Value x = item_value(I, a, (size_t)i);
    if (x == VAL_NULL || !del_range(I, a, (size_t)i, (size_t)i + 1)) return VAL_NULL;
    return x;
}

// Index of the first item equal to [v] in [lo, hi), -1 when none, -2 on error.
static int64_t find(Interp *I, ArrayObject *a, Value v, int64_t lo, int64_t hi) {
    for (int64_t i = lo; i < hi && i < (int64_t)alen(a); i++) {
        Value x = item_value(I, a, (size_t)i);
        if (x == VAL_NULL) return -2;
        int r = obj_eq(I, x, v);
        if (r < 0) return -2;
        if (r) return i;
    }
    return -1;
}

static Value m_remove(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    Value v;
    if (!args_parse(I, args, kwnames, "remove", "v /", &v)) return VAL_NULL;
    int64_t i = find(I, a, v, 0, (int64_t)alen(a));
    if (i == -2) return VAL_NULL;
    if (i < 0) return exc_raise(I, TY_VALUE_ERROR, "array.remove(x): x not in array");
    if (!del_range(I, a, (size_t)i, (size_t)i + 1)) return VAL_NULL;
    return I->none;
}

static Value m_index(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    Value v, sv, ev;
    if (!args_parse(I, args, kwnames, "index", "v | start stop /", &v, &sv, &ev)) return VAL_NULL;
    int64_t lo = 0, hi = INT64_MAX;
    if (sv != VAL_NULL && !slice_clamp_index(I, sv, &lo)) return VAL_NULL;
    if (ev != VAL_NULL && !slice_clamp_index(I, ev, &hi)) return VAL_NULL;
    int64_t n = (int64_t)alen(a); // after any __index__ above ran
    if (lo < 0 && (lo += n) < 0) lo = 0;
    if (hi < 0 && (hi += n) < 0) hi = 0;
    int64_t i = find(I, a, v, lo, hi);
    if (i == -2) return VAL_NULL;
    if (i < 0) return exc_raise(I, TY_VALUE_ERROR, "array.index(x): x not in array");
    return int_from_i64(I, i);
}

static Value m_count(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    Value v;
    if (!args_parse(I, args, kwnames, "count", "v /", &v)) return VAL_NULL;
    int64_t c = 0;
    for (size_t i = 0; i < alen(a); i++) {
        Value x = item_value(I, a, i);
        if (x == VAL_NULL) return VAL_NULL;
        int r = obj_eq(I, x, v);
        if (r < 0) return VAL_NULL;
        c += r;
    }
    return int_from_i64(I, c);
}

static Value m_reverse(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    if (!args_count(I, args, kwnames, "reverse", 0, 0)) return VAL_NULL;
    size_t n = alen(a);
    for (size_t i = 0; i < n / 2; i++) {
        uint64_t x = raw_get(a, i), y = raw_get(a, n - 1 - i);
        raw_set(a, i, y);
        raw_set(a, n - 1 - i, x);
    }
    return I->none;
}

static Value m_byteswap(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    if (args.n != 0 || args_nkw(kwnames) > 0)
        return exc_raise(I, TY_TYPE_ERROR, "array.byteswap() takes no arguments (%zu given)", args.n);
    for (size_t i = 0; i < alen(a); i++) {
        uint64_t w = raw_get(a, i), r = 0;
        for (size_t k = 0; k < a->itemsize; k++) r |= ((w >> (8 * k)) & 0xff) << (8 * (a->itemsize - 1 - k));
        raw_set(a, i, r);
    }
    return I->none;
}

static Value m_tobytes(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    if (!args_count(I, args, kwnames, "tobytes", 0, 0)) return VAL_NULL;
    return bytes_new(I, buf_view(&a->b));
}

static Value m_frombytes(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    Value v;
    if (!args_parse(I, args, kwnames, "frombytes", "buffer /", &v)) return VAL_NULL;
    // any C-contiguous buffer of single bytes (CPython: a memoryview or array of wider
    // items is refused); the array itself is exported while it reads it
    MemViewObject *mvo = memview_cast(v);
    ArrayObject *src = array_cast(v);
    if ((mvo != NULL && mvo->isz != 1) || (src != NULL && src->itemsize != 1))
        return exc_raise(I, TY_TYPE_ERROR, "a bytes-like object is required");
    BView bv;
    if (!bytes_arg(I, v, NULL, &bv)) return VAL_NULL;
    if (src == a && bv.n > 0)
        return exc_raise(I, TY_BUFFER_ERROR, "cannot resize an array that is exporting buffers");
    Buf copy;
    buf_init(&copy);
    if (buf_append(I->heap, &copy, bv) != K_OK) return exc_nomem(I);
    if (!frombytes_view(I, a, buf_view(&copy))) return VAL_NULL;
    return I->none;
}

// fromfile(f, n): n items read with one f.read(); EOFError (after storing what came) when
// the file had fewer.
static Value m_fromfile(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    if (!args_no_kw(I, kwnames, "fromfile") || !args_count(I, args, kwnames, "fromfile", 2, 2)) return VAL_NULL;
    int64_t n;
    if (!obj_index_i64(I, vview_get(args, 1), &n)) return VAL_NULL;
    if (n < 0) return exc_raise(I, TY_VALUE_ERROR, "negative count");
    if ((uint64_t)n > BUF_MAX_LEN / a->itemsize) return exc_nomem(I);
    Value want = int_from_i64(I, n * a->itemsize);
    Value data = want == VAL_NULL ? VAL_NULL : obj_call_method(I, vview_get(args, 0), "read", vview_make(&want, 1));
    if (data == VAL_NULL) return VAL_NULL;
    if (!bytes_check(data)) return exc_raise(I, TY_TYPE_ERROR, "read() didn't return bytes");
    bool short_read = bytes_view(data).n != (uint64_t)n * a->itemsize;
    if (!frombytes_view(I, a, bytes_view(data))) return VAL_NULL;
    if (short_read) return exc_raise(I, TY_EOF_ERROR, "read() didn't return enough bytes");
    return I->none;
}

// tofile(f): the machine values written with f.write() in blocks of 64 KiB.
static Value m_tofile(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    if (!args_no_kw(I, kwnames, "tofile") || !args_count(I, args, kwnames, "tofile", 1, 1)) return VAL_NULL;
    BView all = buf_view(&a->b);
    for (size_t at = 0; at < all.n; at += 65536) {
        Value chunk = bytes_new(I, bview_slice(all, at, all.n - at > 65536 ? at + 65536 : all.n));
        if (chunk == VAL_NULL) return VAL_NULL;
        if (obj_call_method(I, vview_get(args, 0), "write", vview_make(&chunk, 1)) == VAL_NULL) return VAL_NULL;
        all = buf_view(&a->b);  // write() may have resized the array
    }
    return I->none;
}

static Value m_tolist(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    if (!args_count(I, args, kwnames, "tolist", 0, 0)) return VAL_NULL;
    Value l = list_new(I, alen(a));
    for (size_t i = 0; l != VAL_NULL && i < alen(a); i++) {
        Value x = item_value(I, a, i);
        if (x == VAL_NULL || !list_append(I, l, x)) return VAL_NULL;
    }
    return l;
}

static Value m_fromlist(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    Value l;
    if (!args_parse(I, args, kwnames, "fromlist", "list /", &l)) return VAL_NULL;
    if (!list_check(l)) return exc_raise(I, TY_TYPE_ERROR, "arg must be list");
    size_t keep = a->b.len;
    ValView items = list_view(l);
    if (items.n > 0 && !resizable(I, a)) return VAL_NULL;
    for (size_t i = 0; i < items.n; i++) {
        if (!push_value(I, a, vview_get(items, i))) {
            if (buf_resize(I->heap, &a->b, keep) != K_OK) return exc_nomem(I);
            return VAL_NULL;
        }
    }
    return I->none;
}

static Value m_tounicode(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    if (!args_count(I, args, kwnames, "tounicode", 0, 0)) return VAL_NULL;
    if (a->tc != 'u')
        return exc_raise(I, TY_VALUE_ERROR, "tounicode() may only be called on unicode type arrays");
    StrBuilder sb;
    sb_init(&sb);
    for (size_t i = 0; i < alen(a); i++)
        if (!check_cp(I, raw_get(a, i), false) || !sb_add_codepoint(I, &sb, (uint32_t)raw_get(a, i)))
            return VAL_NULL;
    return sb_finish(I, &sb);
}

static Value m_fromunicode(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    Value s;
    if (!args_parse(I, args, kwnames, "fromunicode", "ustr /", &s)) return VAL_NULL;
    if (!str_check(s))
        return exc_raise(I, TY_TYPE_ERROR, "fromunicode() argument must be str, not %T", s);
    if (a->tc != 'u')
        return exc_raise(I, TY_VALUE_ERROR, "fromunicode() may only be called on unicode type arrays");
    if (str_len(s) > 0 && !resizable(I, a)) return VAL_NULL;
    if (!fromunicode_str(I, a, s)) return VAL_NULL;
    return I->none;
}

static Value m_buffer_info(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    if (!args_count(I, args, kwnames, "buffer_info", 0, 0)) return VAL_NULL;
    // The address is a stable identity for the buffer, not a usable pointer.
    Value addr = int_from_u64(I, (uint64_t)(uintptr_t)(void *)a->b.data);
    Value n = int_from_u64(I, alen(a));
    if (addr == VAL_NULL || n == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 2, addr, n);
}

static Value m_copy(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    (void)args;
    (void)kwnames;
    ArrayObject *r = new_array(I, array_type(I), a->tc);
    if (r == NULL) return VAL_NULL;
    if (buf_append(I->heap, &r->b, buf_view(&a->b)) != K_OK) return exc_nomem(I);
    return obj_val(r);
}

// Protocols 0-2 pickle (type, (typecode, list), dict); 3 and up the machine format,
// read back by array._array_reconstructor.
static Value m_reduce_ex(Interp *I, Value self, ValView args, Value kwnames) {
    SELF_OR_FAIL
    if (args.n != 1 || args_nkw(kwnames) > 0)
        return exc_raise(I, TY_TYPE_ERROR, "__reduce_ex__() takes exactly 1 positional argument (%zu given)",
                         args.n);
    int64_t proto;
    if (!obj_index_i64(I, vview_get(args, 0), &proto)) return VAL_NULL;
    Value tcs = str_from_codepoint(I, a->tc);
    Value d = obj_instance_dict(I, self);
    if (tcs == VAL_NULL || (d == VAL_NULL && I->exc != VAL_NULL)) return VAL_NULL;
    Value state = d == VAL_NULL ? I->none : d;
    Value t = obj_val(type_of(I, self));
    if (proto < 3) {
        Value lst = m_tolist(I, self, vview_make(NULL, 0), VAL_NULL);
        Value cargs = lst == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, tcs, lst);
        return cargs == VAL_NULL ? VAL_NULL : tuple_pack(I, 3, t, cargs, state);
    }
    Value fn = I->scratch != VAL_NULL ? dict_get_cstr(I, I->scratch, "array._array_reconstructor") : VAL_NULL;
    Value mf = int_from_i64(I, arraymod_mformat(a->tc));
    Value data = bytes_new(I, buf_view(&a->b));
    if (fn == VAL_NULL) return exc_raise(I, TY_RUNTIME_ERROR, "array._array_reconstructor is missing");
    Value cargs = mf == VAL_NULL || data == VAL_NULL ? VAL_NULL : tuple_pack(I, 4, t, tcs, mf, data);
    return cargs == VAL_NULL ? VAL_NULL : tuple_pack(I, 3, fn, cargs, state);
}

static Value g_typecode(Interp *I, Value self) {
    SELF_OR_FAIL
    return str_from_codepoint(I, a->tc);
}

static Value g_itemsize(Interp *I, Value self) {
    SELF_OR_FAIL
    return int_from_i64(I, a->itemsize);
}

static const MethodDef array_methods[] = {
    {"append", m_append, 0, "Append new value v to the end of the array."},
    {"extend", m_extend, 0, "Append items to the end of the array."},
    {"insert", m_insert, 0, "Insert a new item v into the array before position i."},
    {"pop", m_pop, 0, "Return the i-th element and delete it from the array."},
    {"remove", m_remove, 0, "Remove the first occurrence of v in the array."},
    {"index", m_index, 0, "Return index of first occurrence of v in the array."},
    {"count", m_count, 0, "Return number of occurrences of v in the array."},
    {"reverse", m_reverse, 0, "Reverse the order of the items in the array."},
    {"byteswap", m_byteswap, 0, "Byteswap all items of the array."},
    {"tobytes", m_tobytes, 0, "Convert the array to an array of machine values."},
    {"fromfile", m_fromfile, 0, "Read n objects from the file object f and append them to the end of the array."},
    {"tofile", m_tofile, 0, "Write all items (as machine values) to the file object f."},
    {"frombytes", m_frombytes, 0, "Appends items from the string."},
    {"tolist", m_tolist, 0, "Convert array to an ordinary list with the same items."},
    {"fromlist", m_fromlist, 0, "Append items to array from list."},
    {"tounicode", m_tounicode, 0, "Extends this array with data from the unicode string ustr."},
    {"fromunicode", m_fromunicode, 0, "Extends this array with data from the unicode string ustr."},
    {"buffer_info", m_buffer_info, 0, "Return a tuple (address, length)."},
    {"__copy__", m_copy, 0, "Return a copy of the array."},
    {"__deepcopy__", m_copy, 0, "Return a copy of the array."},
    {"__reduce_ex__", m_reduce_ex, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef array_getsets[] = {
    {"typecode", g_typecode, NULL},
    {"itemsize", g_itemsize, NULL},
    {NULL, NULL, NULL},
};

// The buffer protocol: the items' machine representation, as tobytes() gives it.
static bool a_buffer(Value self, BView *out) {
    ArrayObject *a = array_cast(self);
    if (a == NULL) return false;
    *out = buf_view(&a->b);
    return true;
}

// For memoryview: the item format and in-place writes of item bytes (no Python code runs,
// so a subclass's typecode/itemsize properties cannot change what a view reads or writes).
static int a_buffer_format(Value self) {
    ArrayObject *a = array_cast(self);
    return a == NULL ? 0 : (int)a->tc;
}

static bool a_buffer_store(Value self, size_t off, int n, uint64_t w) {
    ArrayObject *a = array_cast(self);
    if (a == NULL) return false;
    for (int k = 0; k < n; k++)
        if (off + (size_t)k >= a->b.len) return false;
    for (int k = 0; k < n; k++)
        if (buf_set(&a->b, off + (size_t)k, (uint8_t)(w >> (8 * k))) != K_OK) return false;
    return true;
}

static size_t *a_buffer_exports(Value self) {
    ArrayObject *a = array_cast(self);
    return a != NULL ? &a->exports : NULL;
}

static const TypeSpec array_spec = {
    .name = "array.array",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ArrayObject),
    .tflags = TF_BASETYPE | TF_SEQUENCE,
    .base = TY_OBJECT,
    .repr = a_repr,
    .richcmp = a_richcmp,
    .iter = a_iter,
    .len = a_len,
    .getitem = a_getitem,
    .setitem = a_setitem,
    .contains = a_contains,
    .binop = a_binop,
    .inplace = a_inplace,
    .new_ = a_new,
    .buffer = a_buffer,
    .buffer_format = a_buffer_format,
    .buffer_store = a_buffer_store,
    .buffer_exports = a_buffer_exports,
    .methods = array_methods,
    .getsets = array_getsets,
    .doc = "array(typecode [, initializer]) -> array",
};

static const MethodDef array_functions[] = {
    {"_array_reconstructor", arraymod_reconstructor, 0, "Internal. Used for pickling support."},
    {NULL, NULL, 0, NULL},
};

bool arraymod_init(Interp *I, Value m) {
    if (I->scratch == VAL_NULL) {
        I->scratch = dict_new(I);
        if (I->scratch == VAL_NULL) return false;
    }
    Type *t = module_add_type(I, m, &array_spec, NULL);
    if (t == NULL || !dict_set_cstr(I, I->scratch, "array.array", obj_val(t))) return false;
    if (!module_add_value(I, m, "ArrayType", obj_val(t))) return false;
    if (!module_add_str(I, m, "typecodes", typecodes)) return false;
    if (!module_add_functions(I, m, array_functions)) return false;
    Value fn = obj_getattr_cstr(I, m, "_array_reconstructor");
    return fn != VAL_NULL && dict_set_cstr(I, I->scratch, "array._array_reconstructor", fn);
}
