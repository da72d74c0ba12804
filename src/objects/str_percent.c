/*
 * str_percent.c: printf-style formatting, `fmt % args`, for str and for bytes/bytearray
 * (one engine, two output rules). Follows CPython 3.11's PyUnicode_Format and
 * _PyBytes_FormatEx: mapping keys %(name)s, flags - + space # 0, width and precision
 * (digits or *), conversions s r a (b for bytes) d i u o x X e E f F g G c and %%, and
 * the same errors in the same order.
 *
 * Floats are rendered by the float type's __format__ with an equivalent format spec, so
 * both paths share one float-to-text implementation. Sizes (width, precision) are
 * bounded before any padding is allocated.
 *
 * Invariant: the output Buf only ever receives complete UTF-8 sequences (str formatting)
 * or arbitrary bytes (bytes formatting), and offsets into the format never pass its end.
 */
#include <limits.h>

#include "args.h"
#include "../kernel/checked.h"
#include "../kernel/utf8.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "ops.h"
#include "str_impl.h"
#include "tuple.h"

#define F_LJUST 1u
#define F_SIGN 2u
#define F_BLANK 4u
#define F_ALT 8u
#define F_ZERO 16u
#define F_NO_NEG_0 32u /* 'z' (bytes formatting only, as CPython 3.11) */

typedef struct Pct {
    bool bytes;     /* bytes formatting (else str) */
    BView fmt;      /* the format's bytes */
    Value fmtobj;   /* the format str (str formatting: for error indices) */
    Value args;     /* current argument source: the tuple, the single value, or a keyed value */
    int64_t arglen; /* -1: args is one value */
    int64_t argidx;
    Value dict;     /* mapping for %(key)s, or VAL_NULL */
    Buf out;
} Pct;

static bool put(Interp *I, Pct *p, BView v) {
    KStatus s = buf_append(I->heap, &p->out, v);
    if (s != K_OK) {
        exc_nomem(I);
        return false;
    }
    return true;
}

static bool put_fill(Interp *I, Pct *p, uint8_t c, int64_t n) {
    if (n <= 0) return true;
    BView one = {&c, 1};
    KStatus s = buf_append_repeat(I->heap, &p->out, one, (size_t)n);
    if (s != K_OK) {
        exc_nomem(I);
        return false;
    }
    return true;
}

static Value next_arg(Interp *I, Pct *p) {
    if (p->argidx < p->arglen) {
        int64_t idx = p->argidx++;
        if (p->arglen < 0) return p->args;
        return tuple_get(p->args, (size_t)idx);
    }
    return exc_raise(I, TY_TYPE_ERROR, "not enough arguments for format string");
}

// Appends text [v] ([nchars] units: code points for str, bytes for bytes) padded to
// [width] with spaces.
static bool put_padded(Interp *I, Pct *p, BView v, size_t nchars, unsigned flags, int64_t width) {
    int64_t padn = width > 0 && (uint64_t)width > nchars ? width - (int64_t)nchars : 0;
    if (!(flags & F_LJUST) && !put_fill(I, p, ' ', padn)) return false;
    if (!put(I, p, v)) return false;
    return (flags & F_LJUST) ? put_fill(I, p, ' ', padn) : true;
}

static bool is_number(Interp *I, Value v) {
    if (int_check(I, v) || float_check(v) || val_kind(v) == K_COMPLEX) return true;
    Type *t = type_of(I, v);
    if (t == NULL) return false;
    if (t->index != NULL) return true;
    return type_lookup(I, t, interp_name(I, N___int__)) != VAL_NULL ||
           type_lookup(I, t, interp_name(I, N___float__)) != VAL_NULL;
}

static bool fmt_int(Interp *I, Pct *p, Value v, uint32_t conv, unsigned flags, int64_t width, int64_t prec) {
    bool need_int = conv == 'o' || conv == 'x' || conv == 'X';
    const char *what = need_int ? "an integer" : "a real number";
    if (!is_number(I, v)) {
        exc_raise(I, TY_TYPE_ERROR, "%%%c format: %s is required, not %T", (int)conv, what, v);
        return false;
    }
    Value iv = v;
    if (!int_check(I, v)) {
        if (need_int) iv = obj_index(I, v);
        else if (float_check(v)) iv = int_from_double(I, float_value(v));
        else iv = obj_call1(I, obj_val(interp_type(I, TY_INT)), v);
        if (iv == VAL_NULL) {
            if (exc_pending_is(I, TY_TYPE_ERROR)) {
                exc_clear(I);
                exc_raise(I, TY_TYPE_ERROR, "%%%c format: %s is required, not %T", (int)conv, what, v);
            }
            return false;
        }
    }
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    BView d;
    bool neg;
    uint8_t dig[24]; // a small int's decimal digits (|x| < 2^62: at most 19)
    if (val_is_small(iv) && base == 10) {
        // "%d" of a small int ("key%d" % i): the digits written here, not through a new
        // str from int_to_str
        intptr_t x = val_small(iv);
        neg = x < 0;
        uint64_t u = neg ? 0u - (uint64_t)x : (uint64_t)x;
        size_t k = sizeof dig;
        do {
            dig[--k] = (uint8_t)('0' + u % 10u);
            u /= 10u;
        } while (u != 0 && k > 0);
        d = bview_slice((BView){dig, sizeof dig}, k, sizeof dig);
    } else {
        Value text = int_to_str(I, iv, base);
        if (text == VAL_NULL) return false;
        d = str_view(text);
        neg = int_sign(I, iv) < 0;
        if (bview_get(d, 0) == '-') d = bview_slice(d, 1, d.n);
    }
    char prefix[4];
    size_t np = 0;
    if (neg) prefix[np++] = '-';
    else if (flags & F_SIGN) prefix[np++] = '+';
    else if (flags & F_BLANK) prefix[np++] = ' ';
    if ((flags & F_ALT) && base != 10) {
        prefix[np++] = '0';
        prefix[np++] = (char)(conv == 'o' ? 'o' : conv);
    }
    int64_t zeros = prec > 0 && (uint64_t)prec > d.n ? prec - (int64_t)d.n : 0;
    int64_t total = (int64_t)np + zeros + (int64_t)d.n;
    int64_t padn = width > total ? width - total : 0;
    if (!(flags & F_LJUST) && !(flags & F_ZERO) && !put_fill(I, p, ' ', padn)) return false;
    for (size_t k = 0; k < np; k++) {
        if (!put_fill(I, p, (uint8_t)prefix[k], 1)) return false;
    }
    if (!(flags & F_LJUST) && (flags & F_ZERO) && !put_fill(I, p, '0', padn)) return false;
    if (!put_fill(I, p, '0', zeros)) return false;
    if (conv == 'X') {
        for (size_t k = 0; k < d.n; k++) {
            int c = bview_get(d, k);
            if (c >= 'a' && c <= 'f') c -= 32;
            if (!put_fill(I, p, (uint8_t)c, 1)) return false;
        }
    } else if (!put(I, p, d)) {
        return false;
    }
    return (flags & F_LJUST) ? put_fill(I, p, ' ', padn) : true;
}

static bool fmt_float(Interp *I, Pct *p, Value v, uint32_t conv, unsigned flags, int64_t width, int64_t prec) {
    double d;
    if (!is_number(I, v)) {
        exc_raise(I, TY_TYPE_ERROR, p->bytes ? "float argument required, not %T" : "must be real number, not %T", v);
        return false;
    }
    if (!float_as_double(I, v, &d)) {
        // CPython's bytes formatting replaces any conversion error with its own message
        if (p->bytes && exc_pending_is(I, TY_TYPE_ERROR)) {
            exc_clear(I);
            exc_raise(I, TY_TYPE_ERROR, "float argument required, not %T", v);
        }
        return false;
    }
    Value f = float_new(I, d);
    Value spec = f == VAL_NULL ? VAL_NULL
                               : str_from_format(I, "%s%s%s%s%s%lld.%lld%c", (flags & F_LJUST) ? "<" : "",
                                                 (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "",
                                                 (flags & F_NO_NEG_0) ? "z" : "",
                                                 (flags & F_ALT) ? "#" : "",
                                                 ((flags & F_ZERO) && !(flags & F_LJUST)) ? "0" : "",
                                                 (long long)(width > 0 ? width : 0), (long long)(prec < 0 ? 6 : prec),
                                                 (int)conv);
    if (spec == VAL_NULL) return false;
    Value text = obj_format(I, f, spec);
    if (text == VAL_NULL) return false;
    return put(I, p, str_view(text));
}

// [v] through __index__ for %c (an int subclass or any object with __index__, as
// CPython's PyLong_AsLong); VAL_NULL with [msg] as the TypeError when it has none.
static Value char_index(Interp *I, Value v, const char *msg) {
    if (int_check(I, v)) return v;
    Value r = obj_index(I, v);
    if (r == VAL_NULL && exc_pending_is(I, TY_TYPE_ERROR)) {
        exc_clear(I);
        exc_raise(I, TY_TYPE_ERROR, "%s", msg);
    }
    return r;
}

static bool fmt_char(Interp *I, Pct *p, Value v, unsigned flags, int64_t width) {
    uint8_t tmp[4];
    size_t n = 0;
    if (p->bytes) {
        BView bv;
        if (bytes_like(v, &bv) && bv.n == 1) {
            tmp[0] = (uint8_t)bview_get(bv, 0);
            n = 1;
        } else {
            v = char_index(I, v, "%c requires an integer in range(256) or a single byte");
            if (v == VAL_NULL) return false;
            int64_t x;
            if (!int_to_i64(I, v, &x) || x < 0 || x > 255) {
                exc_clear(I);
                exc_raise(I, TY_OVERFLOW_ERROR, "%%c arg not in range(256)");
                return false;
            }
            tmp[0] = (uint8_t)x;
            n = 1;
        }
    } else if (str_check(v)) {
        if (str_len(v) != 1) {
            exc_raise(I, TY_TYPE_ERROR, "%%c requires int or char");
            return false;
        }
        n = utf8_encode(str_char(v, 0), tmp);
    } else {
        v = char_index(I, v, "%c requires int or char");
        if (v == VAL_NULL) return false;
        int64_t x;
        if (!int_to_i64(I, v, &x) || x < 0 || x > (int64_t)UTF8_MAX_CP) {
            exc_clear(I);
            exc_raise(I, TY_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
            return false;
        }
        n = utf8_encode((uint32_t)x, tmp);
    }
    BView one = {tmp, n};
    return put_padded(I, p, one, 1, flags, width);
}

// %s %r %a (and %b for bytes).
static bool fmt_text(Interp *I, Pct *p, Value v, uint32_t conv, unsigned flags, int64_t width, int64_t prec) {
    BView out;
    size_t units;
    if (p->bytes && (conv == 's' || conv == 'b')) {
        Value holder = v;
        if (!bytes_like(v, &out)) {
            Type *t = type_of(I, v);
            Value m = t == NULL ? VAL_NULL : type_lookup(I, t, interp_name(I, N___bytes__));
            if (m == VAL_NULL) {
                exc_raise(I, TY_TYPE_ERROR,
                          "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
                return false;
            }
            bool found;
            ValView none = {NULL, 0};
            holder = obj_call_special(I, v, interp_name(I, N___bytes__), none, &found);
            if (holder == VAL_NULL) return false;
            if (!bytes_like(holder, &out)) {
                exc_raise(I, TY_TYPE_ERROR, "__bytes__ returned non-bytes (type %T)", holder);
                return false;
            }
        }
        units = out.n;
        if (prec >= 0 && (uint64_t)prec < units) {
            out = bview_slice(out, 0, (size_t)prec);
            units = (size_t)prec;
        }
        return put_padded(I, p, out, units, flags, width);
    }
    Value text;
    if (conv == 's') {
        text = obj_str(I, v);
    } else {
        text = obj_repr(I, v);
        if (text != VAL_NULL && (conv == 'a' || p->bytes)) text = str_escape_ascii(I, text);
    }
    if (text == VAL_NULL) return false;
    out = str_view(text);
    units = str_len(text);
    if (prec >= 0 && (uint64_t)prec < units) {
        units = (size_t)prec;
        out = bview_slice(out, 0, str_offset(text, units));
    }
    return put_padded(I, p, out, units, flags, width);
}

static Value unsupported(Interp *I, Pct *p, uint32_t c, size_t off, bool after_digits) {
    if (p->bytes) {
        // CPython 3.11 reads the conversion byte as a signed char except right after width
        // or precision digits; a negative one makes the message fail and leaves a bare
        // ValueError(). Other bytes are shown as they are.
        if (c >= 0x80 && !after_digits) {
            Value e = exc_new(I, interp_type(I, TY_VALUE_ERROR), vview_make(NULL, 0));
            return e == VAL_NULL ? VAL_NULL : exc_set(I, e);
        }
        return exc_raise(I, TY_VALUE_ERROR, "unsupported format character '%c' (0x%x) at index %lld", (int)c,
                         (unsigned)c, (long long)off);
    }
    int64_t idx = (int64_t)str_index_of_offset(p->fmtobj, off);
    return exc_raise(I, TY_VALUE_ERROR, "unsupported format character '%c' (0x%x) at index %lld",
                     (c >= 31 && c <= 126) ? (int)c : '?', (unsigned)c, (long long)idx);
}

// Reads digits at *pos into *out; false with ValueError [msg] when above [limit].
static bool read_digits(Interp *I, BView f, size_t *pos, int64_t *out, int64_t limit, const char *msg) {
    int64_t n = 0;
    for (;;) {
        int c = bview_get(f, *pos);
        if (c < '0' || c > '9') break;
        if (n > (limit - (c - '0')) / 10) {
            exc_raise(I, TY_VALUE_ERROR, "%s", msg);
            return false;
        }
        n = n * 10 + (c - '0');
        (*pos)++;
    }
    *out = n;
    return true;
}

// Handles one directive starting after its '%' at *pos.
static bool directive(Interp *I, Pct *p, size_t *pos) {
    BView f = p->fmt;
    if (bview_get(f, *pos) == '(') {
        if (p->dict == VAL_NULL) {
            exc_raise(I, TY_TYPE_ERROR, "format requires a mapping");
            return false;
        }
        size_t start = ++(*pos);
        int depth = 1;
        while (depth > 0 && *pos < f.n) {
            int c = bview_get(f, (*pos)++);
            if (c == ')') depth--;
            else if (c == '(') depth++;
        }
        if (depth > 0) {
            exc_raise(I, TY_VALUE_ERROR, "incomplete format key");
            return false;
        }
        BView kv = bview_slice(f, start, *pos - 1);
        Value key = p->bytes ? bytes_new(I, kv) : str_new(I, kv);
        if (key == VAL_NULL) return false;
        Value val = obj_getitem(I, p->dict, key);
        if (val == VAL_NULL) return false;
        p->args = val;
        p->arglen = -1;
        p->argidx = -2;
    }
    unsigned flags = 0;
    for (;;) {
        int c = bview_get(f, *pos);
        if (c == '-') flags |= F_LJUST;
        else if (c == '+') flags |= F_SIGN;
        else if (c == ' ') flags |= F_BLANK;
        else if (c == '#') flags |= F_ALT;
        else if (c == '0') flags |= F_ZERO;
        else if (c == 'z' && p->bytes) flags |= F_NO_NEG_0;
        else break;
        (*pos)++;
    }
    int64_t width = -1, prec = -1;
    bool after_digits = false;
    size_t digits_from = *pos;
    if (bview_get(f, *pos) == '*') {
        (*pos)++;
        Value w = next_arg(I, p);
        if (w == VAL_NULL) return false;
        if (!int_check(I, w)) {
            exc_raise(I, TY_TYPE_ERROR, "* wants int");
            return false;
        }
        if (!args_ssize(I, w, &width)) return false;
        if (width < 0) {
            flags |= F_LJUST;
            width = width == INT64_MIN ? INT64_MAX : -width;
        }
    } else if (!read_digits(I, f, pos, &width, INT64_MAX, "width too big")) {
        return false;
    } else {
        after_digits = *pos > digits_from;
    }
    if (bview_get(f, *pos) == '.') {
        (*pos)++;
        after_digits = false;
        digits_from = *pos;
        if (bview_get(f, *pos) == '*') {
            (*pos)++;
            Value pr = next_arg(I, p);
            if (pr == VAL_NULL) return false;
            if (!int_check(I, pr)) {
                exc_raise(I, TY_TYPE_ERROR, "* wants int");
                return false;
            }
            int pi;
            if (!str_args_int(I, pr, &pi)) return false;
            prec = pi < 0 ? 0 : pi;
        } else if (!read_digits(I, f, pos, &prec, INT_MAX, "precision too big")) {
            return false;
        } else {
            after_digits = *pos > digits_from;
        }
    }
    int m = bview_get(f, *pos);
    if (m == 'h' || m == 'l' || m == 'L') {
        (*pos)++;
        after_digits = false;
    }
    if (*pos >= f.n) {
        exc_raise(I, TY_VALUE_ERROR, "incomplete format");
        return false;
    }
    size_t conv_off = *pos, len = 1;
    uint32_t conv = p->bytes ? (uint32_t)bview_get(f, *pos) : utf8_get(f, *pos, &len);
    *pos += len;
    Value v = next_arg(I, p);
    if (v == VAL_NULL) return false;
    switch (conv) {
    case 's':
    case 'r':
    case 'a': return fmt_text(I, p, v, conv, flags, width, prec);
    case 'b':
        if (!p->bytes) break;
        return fmt_text(I, p, v, conv, flags, width, prec);
    case 'i':
        if (p->bytes) conv = 'd'; // bytes formatting reports %i as %d
        return fmt_int(I, p, v, conv, flags, width, prec);
    case 'd':
    case 'u': return fmt_int(I, p, v, conv, flags, width, prec);
    case 'o':
    case 'x':
    case 'X': return fmt_int(I, p, v, conv, flags, width, prec);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': return fmt_float(I, p, v, conv, flags, width, prec);
    case 'c': return fmt_char(I, p, v, flags, width);
    default: break;
    }
    unsupported(I, p, conv, conv_off, after_digits);
    return false;
}

static bool run(Interp *I, Pct *p) {
    BView f = p->fmt;
    size_t pos = 0, run = 0;
    while (pos < f.n) {
        if (bview_get(f, pos) != '%') {
            pos++;
            continue;
        }
        if (!put(I, p, bview_slice(f, run, pos))) return false;
        pos++;
        if (bview_get(f, pos) == '%') {
            if (!put_fill(I, p, '%', 1)) return false;
            pos++;
        } else if (!directive(I, p, &pos)) {
            return false;
        }
        run = pos;
    }
    if (!put(I, p, bview_slice(f, run, f.n))) return false;
    if (p->argidx < p->arglen && p->dict == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "not all arguments converted during %s formatting", p->bytes ? "bytes" : "string");
        return false;
    }
    return true;
}

static void setup(Interp *I, Pct *p, Value args) {
    p->args = args;
    if (tuple_check(args)) {
        p->arglen = (int64_t)tuple_len(args);
        p->argidx = 0;
    } else {
        p->arglen = -1;
        p->argidx = -2;
    }
    p->dict = VAL_NULL;
    Type *t = type_of(I, args);
    bool text_like = p->bytes ? (bytes_check(args) || bytearray_check(args) || str_check(args))
                              : str_check(args);
    if (t != NULL && t->getitem != NULL && !tuple_check(args) && !text_like) p->dict = args;
    buf_init(&p->out);
}

Value str_percent_format(Interp *I, Value fmt, Value args) {
    Pct p;
    p.bytes = false;
    p.fmt = str_view(fmt);
    p.fmtobj = fmt;
    setup(I, &p, args);
    if (!interp_enter_c(I, "while formatting")) return VAL_NULL;
    bool ok = run(I, &p);
    interp_leave_c(I);
    if (!ok) return VAL_NULL;
    BView v = buf_view(&p.out);
    bool ascii = utf8_is_ascii(v);
    return str_wrap(I, p.out, ascii ? v.n : utf8_count(v), ascii);
}

Value str_percent_format_bytes(Interp *I, BView fmt, Value args, bool as_bytearray) {
    Pct p;
    p.bytes = true;
    p.fmt = fmt;
    p.fmtobj = VAL_NULL;
    setup(I, &p, args);
    if (!interp_enter_c(I, "while formatting")) return VAL_NULL;
    bool ok = run(I, &p);
    interp_leave_c(I);
    if (!ok) return VAL_NULL;
    return bytes_wrap(I, p.out, as_bytearray);
}
