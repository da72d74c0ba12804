/*
 * float_format.c: float -> text: repr (shortest round-trip), and float.__format__ with the
 * e/E/f/F/g/G/n/% and default presentation types, following CPython 3.11's
 * PyOS_double_to_string / format_float_short and format_float_internal: the same choice
 * between fixed and exponent notation, the same digits (correctly rounded, from
 * kernel/dtoa), the same sign, zero-padding, grouping and 'z' handling.
 */
#include <math.h>

#include "../kernel/dtoa.h"
#include "exc.h"
#include "float.h"
#include "float_exact.h"
#include "int_impl.h"

// Text of a finite or special double split for padding: the integer digits (grouped by
// the caller) and the rest (point, fraction, exponent, '%').
typedef struct FloatText {
    bool neg;
    Buf whole; // integer part digits, or "inf"/"nan"
    Buf rest;
    bool special; // inf or nan
} FloatText;

static bool st(Interp *I, KStatus s) {
    if (s == K_OK) return true;
    exc_from_kstatus(I, s, "float format");
    return false;
}

// Digit i of the conceptually infinite digit string (zeros outside D).
static uint8_t digit_at(BView d, int64_t i) {
    if (i < 0 || (uint64_t)i >= d.n) return '0';
    return (uint8_t)bview_get(d, (size_t)i);
}

#define TWO_POW_53 9007199254740992.0

/*
 * Shortest round-trip digits of finite |x| > 0 without big integers, for the common case
 * of a value with at most 16 significant digits and at most 22 digits after the point
 * (prices, coordinates, measurements: most floats programs print). For p = 0, 1, ... it
 * takes the integers c next to |x| * 10^p and keeps those for which c / 10^p, computed
 * in double arithmetic, gives |x| back: c and 10^p are exact doubles (c < 2^53, p <= 22),
 * so the division is rounded once, exactly as reading the text "c e-p" back is (the
 * Clinger fast path). The first p with a round-tripping c gives the fewest digits; when
 * two neighbours both round-trip, the nearest one is wanted and double arithmetic cannot
 * tell which, so it gives up. False (nothing written) whenever it cannot decide: the
 * caller then takes kernel/dtoa's exact algorithm. On success: fd->d holds the digits
 * without trailing zeros, fd->n of them, and the value is 0.D * 10^fd->decpt
 * (dtoa_shortest's convention).
 */
static bool shortest_double(double x, FloatDigits *fd) {
    double a = fabs(x);
    if (!(a > 0) || a >= TWO_POW_53) return false;
    for (int p = 0; p <= 22; p++) {
        double pw = float_exact_pow10[p];
        double y = a * pw;
        if (y >= TWO_POW_53 / 2) return false; // c + 1 must stay below 2^53
        double m = floor(y + 0.5);
        int found = 0;
        double best = 0;
        for (int k = -1; k <= 1; k++) {
            double c = m + k;
            if (c < 1) continue;
            if (c / pw == a) {
                found++;
                best = c;
            }
        }
        if (found > 1) return false;
        if (found == 0) continue;
        uint64_t v = (uint64_t)best;
        while (v % 10 == 0) v /= 10; // v >= 1: ends
        uint8_t rev[20] = {0};
        size_t n = 0, total = 0;
        for (uint64_t t = (uint64_t)best; t > 0; t /= 10) total++;
        while (v > 0 && n < sizeof rev) {
            rev[n++] = (uint8_t)('0' + v % 10);
            v /= 10;
        }
        for (size_t i = 0; i < n; i++) fd->d[i] = rev[n - 1 - i];
        fd->n = n;
        fd->decpt = (int)total - p;
        return true;
    }
    return false;
}

// shortest_double, then float_exact's 128-bit integer test for what it cannot decide (16
// and 17 digits); false when neither applies.
static bool shortest_fast(double x, FloatDigits *fd) {
    return shortest_double(x, fd) || float_exact_shortest(fabs(x), fd);
}

/*
 * The digits of |x| rounded to [prec] places after the point ('f' formatting: %.2f,
 * f"{x:.3f}", format(x, "f")) without big integers, in dtoa_digits' 'f' form (value
 * 0.D * 10^decpt, D empty when it rounds to zero). y = |x| * 10^prec is one rounding away
 * from the exact product (10^prec is exact for prec <= 22), at most half an ulp of y,
 * i.e. below 1.2e-16 * y; when y's fraction is farther than 4.5e-16 * y from one half,
 * rounding y to an integer rounds the exact product the same way (no tie is possible
 * there, so half-even does not matter). Nearer to one half, or too large: false, and the
 * caller takes dtoa_digits' exact rounding.
 */
static bool fixed_fast(double x, int64_t prec, FloatDigits *fd) {
    double a = fabs(x);
    if (prec < 0 || prec > 22) return false;
    double y = a * float_exact_pow10[prec];
    if (!(y < TWO_POW_53 / 4)) return false;
    double whole = floor(y);
    double frac = y - whole; // exact: y < 2^51
    if (fabs(frac - 0.5) <= y * 4.5e-16) return false;
    uint64_t m = (uint64_t)whole + (frac > 0.5 ? 1u : 0u);
    uint8_t rev[20];
    size_t n = 0;
    for (uint64_t t = m; t > 0 && n < sizeof rev; t /= 10) rev[n++] = (uint8_t)('0' + t % 10);
    for (size_t i = 0; i < n; i++) fd->d[i] = rev[n - 1 - i];
    fd->n = n;
    fd->decpt = n == 0 ? 0 : (int)n - (int)prec;
    return true;
}

/*
 * Formats |x| with [code] in e f g r (lowercase), [prec] as CPython's
 * PyOS_double_to_string takes it, into out->whole / out->rest.
 */
static bool float_text(Interp *I, double x, char code, int64_t prec, bool alt, bool add_dot_0,
                       bool upper, bool no_neg_zero, FloatText *out) {
    buf_init(&out->whole);
    buf_init(&out->rest);
    out->neg = signbit(x) != 0;
    out->special = false;
    Heap *h = I->heap;
    if (isnan(x) || isinf(x)) {
        out->special = true;
        if (isnan(x)) out->neg = false;
        const char *t = isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return st(I, buf_append_cstr(h, &out->whole, t));
    }
    uint8_t small[DTOA_SHORTEST_CAP];
    static const uint8_t zero_digit[1] = {'0'};
    FloatDigits fdf;
    BView d;
    size_t nd = 0;
    int decpt = 0;
    if (code == 'r') {
        FloatDigits fd;
        if (shortest_fast(x, &fd)) {
            for (size_t i = 0; i < fd.n; i++) small[i] = fd.d[i];
            nd = fd.n;
            decpt = fd.decpt;
        } else if (!st(I, dtoa_shortest(h, x, small, sizeof small, &nd, &decpt))) {
            return false;
        }
        d = (BView){small, nd};
    } else if (code == 'f' && fixed_fast(x, prec, &fdf)) {
        for (size_t i = 0; i < fdf.n; i++) small[i] = fdf.d[i];
        nd = fdf.n;
        decpt = fdf.decpt;
        d = (BView){small, nd};
        if (nd == 0) { // rounded to zero
            d = (BView){zero_digit, 1};
            decpt = 1;
        }
    } else {
        char mode = code == 'f' ? 'f' : 'e';
        int64_t ndig = code == 'e' ? prec + 1 : prec;
        if (code == 'g' && ndig == 0) ndig = 1;
        size_t cap = dtoa_digits_cap(x, mode, ndig);
        if (cap == 0) {
            exc_raise(I, TY_VALUE_ERROR, "precision too big");
            return false;
        }
        uint8_t *buf = heap_alloc(h, cap, HEAP_RAW);
        if (buf == NULL) {
            exc_nomem(I);
            return false;
        }
        if (!st(I, dtoa_digits(h, x, mode, ndig, buf, cap, &nd, &decpt))) return false;
        d = (BView){buf, nd};
        if (nd == 0) { // 'f' rounded to zero
            d = (BView){zero_digit, 1};
            decpt = 1;
        }
    }
    bool is_zero = d.n == 1 && bview_get(d, 0) == '0';
    if (no_neg_zero && is_zero) out->neg = false;
    if (code == 'g' && prec == 0) prec = 1;
    int64_t vend = (int64_t)d.n;
    bool use_exp = false;
    switch (code) {
    case 'e':
        use_exp = true;
        vend = prec + 1;
        break;
    case 'f':
        vend = (int64_t)decpt + prec;
        break;
    case 'g':
        if (decpt <= -4 || (int64_t)decpt > (add_dot_0 ? prec - 1 : prec)) use_exp = true;
        if (alt) vend = prec;
        break;
    default: // 'r'
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    int64_t exp10 = 0;
    int64_t dp = decpt;
    if (use_exp) {
        exp10 = (int64_t)decpt - 1;
        dp = 1;
    }
    int64_t vstart = dp <= 0 ? dp - 1 : 0;
    if (!use_exp && add_dot_0) vend = vend > dp ? vend : dp + 1;
    else vend = vend > dp ? vend : dp;
    // integer part: positions vstart .. dp-1 (a lone "0" when dp <= 0)
    if (dp <= 0) {
        if (!st(I, buf_push(h, &out->whole, '0'))) return false;
    } else {
        for (int64_t i = vstart; i < dp; i++)
            if (!st(I, buf_push(h, &out->whole, digit_at(d, i)))) return false;
    }
    // fraction: the point, then positions max(dp, vstart+1) .. vend-1
    if (vend > dp || alt) {
        if (!st(I, buf_push(h, &out->rest, '.'))) return false;
    }
    for (int64_t i = dp; i < vend; i++)
        if (!st(I, buf_push(h, &out->rest, digit_at(d, i)))) return false;
    if (use_exp) {
        char e[8];
        int k = 0;
        e[k++] = upper ? 'E' : 'e';
        e[k++] = exp10 < 0 ? '-' : '+';
        int64_t a = exp10 < 0 ? -exp10 : exp10;
        if (a >= 100) e[k++] = (char)('0' + a / 100);
        e[k++] = (char)('0' + (a / 10) % 10);
        e[k++] = (char)('0' + a % 10);
        e[k] = 0;
        if (!st(I, buf_append_cstr(h, &out->rest, e))) return false;
    }
    return true;
}

bool float_repr_append(Interp *I, StrBuilder *sb, double d, bool add_dot_0, bool force_sign) {
    FloatText t;
    if (!float_text(I, d, 'r', 0, false, add_dot_0, false, false, &t)) return false;
    if (t.neg && !sb_add_cstr(I, sb, "-")) return false;
    if (!t.neg && force_sign && !sb_add_cstr(I, sb, "+")) return false;
    if (!sb_add_view(I, sb, buf_view(&t.whole))) return false;
    return sb_add_view(I, sb, buf_view(&t.rest));
}

// repr(d) in [r] when shortest_fast finds its digits and repr uses fixed notation
// (-4 < decpt <= 16: 1e-4 <= |d| < 1e16), the most common case, without the FloatText
// buffers; false otherwise.
typedef struct ReprText {
    uint8_t t[48];
    size_t n;
} ReprText;

static bool repr_fast(double d, ReprText *r) {
    FloatDigits fd;
    if (isnan(d) || isinf(d) || !shortest_fast(d, &fd) || fd.decpt <= -4 || fd.decpt > 16)
        return false;
    size_t n = 0;
    if (signbit(d)) r->t[n++] = '-';
    if (fd.decpt <= 0) {
        r->t[n++] = '0';
        r->t[n++] = '.';
        for (int i = fd.decpt; i < 0; i++) r->t[n++] = '0';
        for (size_t i = 0; i < fd.n; i++) r->t[n++] = fd.d[i];
    } else {
        size_t dp = (size_t)fd.decpt;
        for (size_t i = 0; i < fd.n && i < dp; i++) r->t[n++] = fd.d[i];
        for (size_t i = fd.n; i < dp; i++) r->t[n++] = '0';
        r->t[n++] = '.';
        if (dp >= fd.n) r->t[n++] = '0';
        for (size_t i = dp; i < fd.n; i++) r->t[n++] = fd.d[i];
    }
    r->n = n;
    return true;
}

bool float_repr_into(Interp *I, StrBuilder *sb, double d) {
    ReprText r;
    if (repr_fast(d, &r)) return sb_add_view(I, sb, (BView){r.t, r.n});
    return float_repr_append(I, sb, d, true, false);
}

Value float_repr(Interp *I, double d) {
    ReprText r;
    if (repr_fast(d, &r)) return str_new(I, (BView){r.t, r.n});
    FloatText t;
    if (!float_text(I, d, 'r', 0, false, true, false, false, &t)) return VAL_NULL;
    StrBuilder sb;
    sb_init(&sb);
    if (t.neg && !sb_add_cstr(I, &sb, "-")) return VAL_NULL;
    if (!sb_add_view(I, &sb, buf_view(&t.whole))) return VAL_NULL;
    if (!sb_add_view(I, &sb, buf_view(&t.rest))) return VAL_NULL;
    return sb_finish(I, &sb);
}

Value float_format_double(Interp *I, double x, const FormatSpec *fs) {
    uint32_t type = fs->type;
    int64_t prec = fs->precision;
    bool add_dot_0 = false;
    char code;
    bool upper = false, pct = false;
    if (prec > 0x7FFFFFFF) return exc_raise(I, TY_VALUE_ERROR, "precision too big");
    switch (type) {
    case 0:
        add_dot_0 = true;
        code = prec < 0 ? 'r' : 'g';
        break;
    case 'n': code = 'g'; break;
    case '%':
        code = 'f';
        pct = true;
        x *= 100;
        break;
    case 'E': code = 'e'; upper = true; break;
    case 'F': code = 'f'; upper = true; break;
    case 'G': code = 'g'; upper = true; break;
    case 'e': case 'f': case 'g': code = (char)type; break;
    default: fmtspec_unknown_code(I, type, "float"); return VAL_NULL;
    }
    if (prec < 0) prec = code == 'r' ? 0 : 6;
    FloatText t;
    if (!float_text(I, x, code, prec, fs->alt, add_dot_0, upper, fs->no_neg_zero, &t))
        return VAL_NULL;
    if (pct && !st(I, buf_push(I->heap, &t.rest, '%'))) return VAL_NULL;
    uint8_t pre[1];
    size_t np = 0;
    if (t.neg) pre[np++] = (uint8_t)'-';
    else if (fs->sign == '+') pre[np++] = (uint8_t)'+';
    else if (fs->sign == ' ') pre[np++] = (uint8_t)' ';
    BView pv = {pre, np};
    size_t rest_chars = t.rest.len; // ASCII
    size_t min_width = 0;
    if (fs->fill == '0' && fs->align == '=' && fs->width > 0 &&
        (uint64_t)fs->width > np + rest_chars) {
        uint64_t w = (uint64_t)fs->width - np - rest_chars;
        if (w > (uint64_t)(BUF_MAX_LEN / 4)) return exc_nomem(I);
        min_width = (size_t)w;
    }
    StrBuilder body;
    sb_init(&body);
    size_t nchars = 0;
    char sep = t.special ? 0 : fs->grouping;
    if (t.special) {
        // inf/nan: zero padding still pads, without grouping
        if (!fmtspec_fill(I, &body, '0', min_width > t.whole.len ? min_width - t.whole.len : 0))
            return VAL_NULL;
        if (!sb_add_view(I, &body, buf_view(&t.whole))) return VAL_NULL;
        nchars = min_width > t.whole.len ? min_width : t.whole.len;
    } else if (!fmtspec_group_digits(I, &body, buf_view(&t.whole), sep, 3, min_width, &nchars)) {
        return VAL_NULL;
    }
    if (!sb_add_view(I, &body, buf_view(&t.rest))) return VAL_NULL;
    nchars += rest_chars;
    StrBuilder out;
    sb_init(&out);
    if (!fmtspec_pad_split(I, &out, pv, np, buf_view(&body.b), nchars, fs, '>')) return VAL_NULL;
    return sb_finish(I, &out);
}

// Appends sign, grouped integer digits and the rest of one complex part.
static bool complex_part(Interp *I, StrBuilder *sb, const FloatText *t, char sign, char sep,
                         size_t *nchars) {
    size_t n = 0;
    if (t->neg) sign = '-';
    if (sign != 0) {
        char s[2] = {sign, 0};
        if (!sb_add_cstr(I, sb, s)) return false;
        n++;
    }
    size_t nw = 0;
    if (!fmtspec_group_digits(I, sb, buf_view(&t->whole), t->special ? 0 : sep, 3, 0, &nw))
        return false;
    if (!sb_add_view(I, sb, buf_view(&t->rest))) return false;
    *nchars += n + nw + t->rest.len;
    return true;
}

Value float_format_complex(Interp *I, double re, double im, const FormatSpec *fs) {
    uint32_t type = fs->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: fmtspec_unknown_code(I, type, "complex"); return VAL_NULL;
    }
    if (fs->fill == '0')
        return exc_raise(I, TY_VALUE_ERROR, "Zero padding is not allowed in complex format specifier");
    if (fs->align == '=')
        return exc_raise(I, TY_VALUE_ERROR,
                         "'=' alignment flag is not allowed in complex format specifier");
    int64_t prec = fs->precision;
    if (prec > 0x7FFFFFFF) return exc_raise(I, TY_VALUE_ERROR, "precision too big");
    bool parens = false, skip_re = false, upper = false;
    char code;
    if (type == 0) {
        code = prec < 0 ? 'r' : 'g';
        if (re == 0.0 && !signbit(re)) skip_re = true;
        else parens = true;
    } else if (type == 'n') {
        code = 'g';
    } else {
        upper = type == 'E' || type == 'F' || type == 'G';
        code = (char)(upper ? type - 'A' + 'a' : type);
    }
    if (prec < 0) prec = code == 'r' ? 0 : 6;
    FloatText tr, ti;
    if (!float_text(I, re, code, prec, fs->alt, false, upper, fs->no_neg_zero, &tr) ||
        !float_text(I, im, code, prec, fs->alt, false, upper, fs->no_neg_zero, &ti))
        return VAL_NULL;
    StrBuilder body;
    sb_init(&body);
    size_t nchars = 0;
    if (parens) {
        if (!sb_add_cstr(I, &body, "(")) return VAL_NULL;
        nchars++;
    }
    char sign = fs->sign == '+' || fs->sign == ' ' ? fs->sign : 0;
    if (!skip_re && !complex_part(I, &body, &tr, sign, fs->grouping, &nchars)) return VAL_NULL;
    if (!complex_part(I, &body, &ti, skip_re ? sign : '+', fs->grouping, &nchars)) return VAL_NULL;
    if (!sb_add_cstr(I, &body, parens ? "j)" : "j")) return VAL_NULL;
    nchars += parens ? 2 : 1;
    StrBuilder out;
    sb_init(&out);
    if (!fmtspec_pad(I, &out, buf_view(&body.b), nchars, fs, '>')) return VAL_NULL;
    return sb_finish(I, &out);
}
