/*
 * int_text.c: int <-> text: str()/repr()/hex digits, int() parsing with CPython's rules
 * (whitespace, sign, base prefixes, underscores, Unicode decimal digits, the 4300-digit
 * limit) and int.__format__ (the d/n/b/o/x/X/c presentation types; e/f/g/% go to
 * float_format_double).
 */
#include "../kernel/unicode.h"
#include "../kernel/utf8.h"
#include "bytes.h"
#include "exc.h"
#include "int_impl.h"
#include "ops.h"

static bool sb_status(Interp *I, KStatus s) {
    if (s == K_OK) return true;
    exc_from_kstatus(I, s, "int");
    return false;
}

// Appends [v] to [sb], upper-casing ASCII letters when [upper].
static bool add_maybe_upper(Interp *I, StrBuilder *sb, BView v, bool upper) {
    if (!upper) return sb_add_view(I, sb, v);
    uint8_t chunk[256];
    size_t k = 0;
    for (size_t i = 0; i < v.n; i++) {
        int c = bview_get(v, i);
        if (c >= 'a' && c <= 'z') c = c - 'a' + 'A';
        chunk[k++] = (uint8_t)c;
        if (k == sizeof chunk || i + 1 == v.n) {
            BView part = {chunk, k};
            if (!sb_add_view(I, sb, part)) return false;
            k = 0;
        }
    }
    return true;
}

bool int_text_append(Interp *I, StrBuilder *sb, Value v, int base, bool upper, bool with_sign) {
    IntRef r;
    int_ref(v, &r);
    if (with_sign && r.neg && !sb_add_cstr(I, sb, "-")) return false;
    if (r.n <= 2) {
        // one or two limbs: digits straight from a uint64
        uint64_t u = 0;
        (void)big_to_u64(r.d, r.n, &u);
        uint8_t tmp[72];
        size_t k = sizeof tmp;
        static const char digs[] = "0123456789abcdef";
        do {
            tmp[--k] = (uint8_t)digs[u % (uint64_t)base];
            u /= (uint64_t)base;
        } while (u != 0 && k > 0);
        BView part = bview_slice((BView){tmp, sizeof tmp}, k, sizeof tmp);
        return add_maybe_upper(I, sb, part, upper);
    }
    if (base == 10) {
        // 0.30103 > log10(2): refuse clearly oversized values before converting
        uint64_t bits = big_bit_length(r.d, r.n);
        uint64_t est = bits / 4; // a lower bound on the digit count (log10(16) > 1)
        if (!int_check_str_digits(I, est, false)) return false;
    }
    size_t cap = big_text_size(r.n, (unsigned)base);
    if (cap == 0) {
        exc_nomem(I);
        return false;
    }
    uint8_t *out = heap_alloc(I->heap, cap, HEAP_RAW);
    if (out == NULL) {
        exc_nomem(I);
        return false;
    }
    size_t len = 0;
    if (!sb_status(I, big_to_text(I->heap, r.d, r.n, (unsigned)base, out, cap, &len))) return false;
    if (base == 10 && !int_check_str_digits(I, len, false)) return false;
    BView digits = {out, len};
    return add_maybe_upper(I, sb, digits, upper);
}

Value int_to_str(Interp *I, Value v, int base) {
    if (val_is_small(v) && base == 10) {
        // str(i), f"{i}", "{}".format(i) of a small int: the digits right to left into a
        // fixed array and one str, without a StrBuilder
        int64_t x = val_small(v);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        uint8_t d[24];
        size_t k = sizeof d;
        do {
            d[--k] = (uint8_t)('0' + u % 10);
            u /= 10;
        } while (u != 0 && k > 1);
        if (x < 0) d[--k] = '-';
        return str_new(I, bview_slice((BView){d, sizeof d}, k, sizeof d));
    }
    StrBuilder sb;
    sb_init(&sb);
    if (!int_text_append(I, &sb, v, base, false, true)) return VAL_NULL;
    return sb_finish(I, &sb);
}

// ---- parsing ----

static bool is_space_cp(uint32_t cp, bool is_bytes) {
    if (is_bytes) return cp == ' ' || (cp >= '\t' && cp <= '\r');
    return unicode_is_space(cp);
}

static Value invalid_literal(Interp *I, BView text, int base, bool is_bytes, Value orig) {
    if (orig == VAL_NULL) {
        orig = is_bytes ? bytes_new(I, text) : str_new(I, text);
        if (orig == VAL_NULL) return VAL_NULL;
    }
    Value r = obj_repr(I, orig);
    if (r == VAL_NULL) return VAL_NULL;
    if (str_len(r) > 200) {
        r = str_substr(I, r, 0, 200);
        if (r == VAL_NULL) return VAL_NULL;
    }
    return exc_raise(I, TY_VALUE_ERROR, "invalid literal for int() with base %d: %U", base, r);
}

static int ascii_digit(uint32_t cp) {
    if (cp >= '0' && cp <= '9') return (int)(cp - '0');
    if (cp >= 'a' && cp <= 'z') return (int)(cp - 'a') + 10;
    if (cp >= 'A' && cp <= 'Z') return (int)(cp - 'A') + 10;
    return -1;
}

Value int_parse(Interp *I, BView text, int base, bool is_bytes, Value orig) {
    int given_base = base;
    size_t pos = 0, end = text.n, len = 0;
    // strip whitespace on both sides
    while (pos < end) {
        uint32_t cp = is_bytes ? (uint32_t)bview_get(text, pos) : utf8_get(text, pos, &len);
        if (is_bytes) len = 1;
        if (!is_space_cp(cp, is_bytes)) break;
        pos += len;
    }
    while (end > pos) {
        size_t prev = is_bytes ? end - 1 : utf8_prev(text, end);
        uint32_t cp = is_bytes ? (uint32_t)bview_get(text, prev) : utf8_get(text, prev, &len);
        if (!is_space_cp(cp, is_bytes)) break;
        end = prev;
    }
    BView t = bview_slice(text, 0, end);
    bool neg = false;
    int c = bview_get(t, pos);
    if (c == '+' || c == '-') {
        neg = c == '-';
        pos++;
    }
    bool prefixed = false;
    if (bview_get(t, pos) == '0') {
        int p = bview_get(t, pos + 1);
        int pbase = (p == 'x' || p == 'X') ? 16 : (p == 'o' || p == 'O') ? 8 : (p == 'b' || p == 'B') ? 2 : 0;
        if (pbase != 0 && (base == 0 || base == pbase)) {
            base = pbase;
            pos += 2;
            prefixed = true;
        }
    }
    bool zero_rule = false; // base 0 without prefix: no leading zeros on non-zero values
    if (base == 0) {
        base = 10;
        zero_rule = bview_get(t, pos) == '0';
    }
    Buf digits;
    buf_init(&digits);
    bool last_underscore = false, any = false, nonzero = false;
    uint64_t acc = 0;
    bool acc_ok = true;
    while (pos < end) {
        uint32_t cp;
        if (is_bytes) {
            cp = (uint32_t)bview_get(t, pos);
            len = 1;
        } else {
            cp = utf8_get(t, pos, &len);
        }
        pos += len;
        if (cp == '_') {
            if (last_underscore || (!any && !prefixed)) return invalid_literal(I, text, given_base, is_bytes, orig);
            last_underscore = true;
            continue;
        }
        int d = ascii_digit(cp);
        if (d < 0 && !is_bytes && cp >= 0x80) d = unicode_decimal_value(cp);
        if (d < 0 || d >= base) return invalid_literal(I, text, given_base, is_bytes, orig);
        last_underscore = false;
        any = true;
        if (d != 0) nonzero = true;
        if (acc_ok && acc <= (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
            acc = acc * (uint64_t)base + (uint64_t)d;
        else
            acc_ok = false;
        static const char digs[] = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (!sb_status(I, buf_push(I->heap, &digits, (uint8_t)digs[d]))) return VAL_NULL;
    }
    if (!any || last_underscore || (zero_rule && nonzero))
        return invalid_literal(I, text, given_base, is_bytes, orig);
    if ((base & (base - 1)) != 0 && !int_check_str_digits(I, digits.len, true)) return VAL_NULL;
    if (acc_ok) {
        if (!neg) return int_from_u64(I, acc);
        if (acc <= (uint64_t)INT64_MAX) return int_from_i64(I, -(int64_t)acc);
    }
    size_t cap = big_limbs_for_digits(digits.len, (unsigned)base);
    if (cap == 0) return exc_nomem(I);
    uint32_t *r = int_limbs(I, cap);
    if (r == NULL) return VAL_NULL;
    size_t n;
    if (!int_status(I, big_from_text(r, cap, digits.data, digits.len, (unsigned)base, &n)))
        return VAL_NULL;
    return int_from_mag(I, neg, r, n);
}

Value int_from_text(Interp *I, BView text, int base) {
    return int_parse(I, text, base, false, VAL_NULL);
}

// ---- format ----

static Value format_char(Interp *I, Value self, const FormatSpec *fs) {
    if (fs->sign != 0)
        return exc_raise(I, TY_VALUE_ERROR, "Sign not allowed with integer format specifier 'c'");
    if (fs->alt)
        return exc_raise(I, TY_VALUE_ERROR,
                         "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t x = 0;
    if (!int_to_i64(I, self, &x)) return VAL_NULL;
    if (x < 0 || x > 0x10FFFF)
        return exc_raise(I, TY_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
    uint8_t enc[4];
    size_t n = utf8_encode((uint32_t)x, enc);
    BView body = {enc, n};
    StrBuilder sb;
    sb_init(&sb);
    BView none = {NULL, 0};
    if (!fmtspec_pad_split(I, &sb, none, 0, body, 1, fs, '>')) return VAL_NULL;
    return sb_finish(I, &sb);
}

static Value format_long(Interp *I, Value self, const FormatSpec *fs) {
    if (fs->precision != -1)
        return exc_raise(I, TY_VALUE_ERROR, "Precision not allowed in integer format specifier");
    if (fs->no_neg_zero)
        return exc_raise(I, TY_VALUE_ERROR,
                         "Negative zero coercion (z) not allowed in integer format specifier");
    if (fs->type == 'c') return format_char(I, self, fs);
    int base = 10, group = 3;
    char letter = 0; // the base prefix is '0' followed by this
    bool upper = false;
    switch (fs->type) {
    case 'b': base = 2; group = 4; letter = 'b'; break;
    case 'o': base = 8; group = 4; letter = 'o'; break;
    case 'x': base = 16; group = 4; letter = 'x'; break;
    case 'X': base = 16; group = 4; letter = 'X'; upper = true; break;
    default: break;
    }
    StrBuilder digits;
    sb_init(&digits);
    if (!int_text_append(I, &digits, self, base, upper, false)) return VAL_NULL;
    // sign and base prefix
    uint8_t pre[4];
    size_t np = 0;
    int sgn = int_sign(I, self);
    if (sgn < 0) pre[np++] = (uint8_t)'-';
    else if (fs->sign == '+') pre[np++] = (uint8_t)'+';
    else if (fs->sign == ' ') pre[np++] = (uint8_t)' ';
    if (fs->alt && letter != 0) {
        pre[np++] = (uint8_t)'0';
        pre[np++] = (uint8_t)letter;
    }
    BView pv = {pre, np};
    size_t min_width = 0;
    if (fs->fill == '0' && fs->align == '=' && fs->width > 0 && (uint64_t)fs->width > np) {
        uint64_t w = (uint64_t)fs->width - np;
        if (w > (uint64_t)(BUF_MAX_LEN / 4)) return exc_nomem(I);
        min_width = (size_t)w;
    }
    StrBuilder body;
    sb_init(&body);
    size_t nchars = 0;
    if (!fmtspec_group_digits(I, &body, buf_view(&digits.b), fs->grouping, group, min_width, &nchars))
        return VAL_NULL;
    StrBuilder out;
    sb_init(&out);
    if (!fmtspec_pad_split(I, &out, pv, np, buf_view(&body.b), nchars, fs, '>')) return VAL_NULL;
    return sb_finish(I, &out);
}

Value int_format(Interp *I, Value self, Value spec) {
    if (str_view(spec).n == 0) return obj_str(I, self);
    const char *tname = obj_type_name(I, self);
    FormatSpec fs;
    if (!fmtspec_parse_as(I, spec, tname, 'd', '>', &fs)) return VAL_NULL;
    switch (fs.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_long(I, self, &fs);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x;
        if (!int_to_double(I, self, &x)) return VAL_NULL;
        return float_format_double(I, x, &fs);
    }
    default:
        fmtspec_unknown_code(I, fs.type, tname);
        return VAL_NULL;
    }
}
