/*
 * fmtspec.c: parser of the format-spec mini-language and the padding helpers (see
 * fmtspec.h). The spec is read code point by code point through checked byte views; the
 * order of the checks and every message follow CPython 3.11 (Python/formatter_unicode.c).
 */
#include "fmtspec.h"

#include "exc.h"

// A cursor over the UTF-8 text of the spec.
typedef struct Cursor {
    BView v;
    size_t pos; // byte offset of the next code point
} Cursor;

// Decodes the code point at byte [pos] of [v] (valid UTF-8 assumed, as str guarantees;
// malformed bytes decode as themselves). Stores its byte length in *len.
static uint32_t decode_at(BView v, size_t pos, size_t *len) {
    int b0 = bview_get(v, pos);
    if (b0 < 0) {
        *len = 0;
        return 0;
    }
    size_t n = 1;
    uint32_t cp = (uint32_t)b0;
    if (b0 >= 0xF0) {
        n = 4;
        cp = (uint32_t)b0 & 0x07u;
    } else if (b0 >= 0xE0) {
        n = 3;
        cp = (uint32_t)b0 & 0x0Fu;
    } else if (b0 >= 0xC0) {
        n = 2;
        cp = (uint32_t)b0 & 0x1Fu;
    } else {
        *len = 1;
        return cp;
    }
    for (size_t k = 1; k < n; k++) {
        int b = bview_get(v, pos + k);
        if (b < 0x80 || b >= 0xC0) { // truncated or malformed: take the lead byte alone
            *len = 1;
            return (uint32_t)b0;
        }
        cp = (cp << 6) | ((uint32_t)b & 0x3Fu);
    }
    *len = n;
    return cp;
}

size_t fmtspec_nchars(BView v) {
    size_t n = 0;
    for (size_t i = 0; i < v.n; i++) {
        int b = bview_get(v, i);
        if (b < 0x80 || b >= 0xC0) n++;
    }
    return n;
}

static bool at_end(const Cursor *c) { return c->pos >= c->v.n; }

// Code points left from the cursor to the end.
static size_t remaining(const Cursor *c) {
    return fmtspec_nchars(bview_slice(c->v, c->pos, c->v.n));
}

static uint32_t peek(const Cursor *c, size_t *len) { return decode_at(c->v, c->pos, len); }

// The code point after the one at the cursor (0 if none).
static uint32_t peek2(const Cursor *c) {
    size_t l1 = 0, l2 = 0;
    (void)decode_at(c->v, c->pos, &l1);
    if (l1 == 0) return 0;
    return decode_at(c->v, c->pos + l1, &l2);
}

static bool is_align(uint32_t cp) { return cp == '<' || cp == '>' || cp == '=' || cp == '^'; }

// Reads decimal digits. Returns the number consumed (0: none) and stores the value; -1
// when the value exceeds INT64_MAX ("Too many decimal digits in format string").
static int64_t get_integer(Cursor *c, int64_t *out) {
    int64_t acc = 0;
    int64_t ndig = 0;
    for (;;) {
        int b = bview_get(c->v, c->pos);
        if (b < '0' || b > '9') break;
        int64_t d = b - '0';
        if (acc > (INT64_MAX - d) / 10) return -1;
        acc = acc * 10 + d;
        c->pos++;
        ndig++;
    }
    *out = acc;
    return ndig;
}

static bool too_many_digits(Interp *I) {
    exc_raise(I, TY_VALUE_ERROR, "Too many decimal digits in format string");
    return false;
}

static bool comma_and_underscore(Interp *I) {
    exc_raise(I, TY_VALUE_ERROR, "Cannot specify both ',' and '_'.");
    return false;
}

bool fmtspec_unknown_code(Interp *I, uint32_t code, const char *type_name) {
    if (code > 32 && code < 128)
        exc_raise(I, TY_VALUE_ERROR, "Unknown format code '%c' for object of type '%s'",
                  (int)code, type_name);
    else
        exc_raise(I, TY_VALUE_ERROR, "Unknown format code '\\x%x' for object of type '%s'",
                  (unsigned)code, type_name);
    return false;
}

static bool bad_grouping_type(Interp *I, char sep, uint32_t type) {
    if (type > 32 && type < 128)
        exc_raise(I, TY_VALUE_ERROR, "Cannot specify '%c' with '%c'.", sep, (int)type);
    else
        exc_raise(I, TY_VALUE_ERROR, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
    return false;
}

bool fmtspec_parse_as(Interp *I, Value spec_str, const char *type_name, uint32_t default_type,
                      char default_align, FormatSpec *out) {
    Cursor c = {str_view(spec_str), 0};
    out->fill = ' ';
    out->align = default_align;
    out->sign = 0;
    out->no_neg_zero = false;
    out->alt = false;
    out->zero = false;
    out->fill_given = false;
    out->align_given = false;
    out->type_given = false;
    out->width = -1;
    out->grouping = 0;
    out->precision = -1;
    out->type = default_type;

    size_t len = 0;
    // [[fill]align]
    uint32_t second = peek2(&c);
    if (!at_end(&c) && is_align(second)) {
        out->fill = peek(&c, &len);
        c.pos += len;
        out->align = (char)second;
        c.pos += 1;
        out->fill_given = true;
        out->align_given = true;
    } else if (!at_end(&c) && is_align(peek(&c, &len))) {
        out->align = (char)peek(&c, &len);
        c.pos += 1;
        out->align_given = true;
    }
    // [sign]
    int b = bview_get(c.v, c.pos);
    if (b == '+' || b == '-' || b == ' ') {
        out->sign = (char)b;
        c.pos++;
    }
    // [z]
    if (bview_get(c.v, c.pos) == 'z') {
        out->no_neg_zero = true;
        c.pos++;
    }
    // [#]
    if (bview_get(c.v, c.pos) == '#') {
        out->alt = true;
        c.pos++;
    }
    // [0]: backwards-compatible zero padding
    if (!out->fill_given && bview_get(c.v, c.pos) == '0') {
        out->fill = '0';
        out->zero = true;
        if (!out->align_given && default_align == '>') out->align = '=';
        c.pos++;
    }
    // [width]
    int64_t w = 0;
    int64_t nd = get_integer(&c, &w);
    if (nd < 0) return too_many_digits(I);
    if (nd > 0) out->width = w;
    // [grouping]
    if (bview_get(c.v, c.pos) == ',') {
        out->grouping = ',';
        c.pos++;
    }
    if (bview_get(c.v, c.pos) == '_') {
        if (out->grouping != 0) return comma_and_underscore(I);
        out->grouping = '_';
        c.pos++;
    }
    if (bview_get(c.v, c.pos) == ',' && out->grouping == '_') return comma_and_underscore(I);
    // [.precision]
    if (bview_get(c.v, c.pos) == '.') {
        c.pos++;
        int64_t p = 0;
        nd = get_integer(&c, &p);
        if (nd < 0) return too_many_digits(I);
        if (nd == 0) {
            exc_raise(I, TY_VALUE_ERROR, "Format specifier missing precision");
            return false;
        }
        out->precision = p;
    }
    // [type]: at most one code point may remain
    size_t rest = remaining(&c);
    if (rest > 1) {
        exc_raise(I, TY_VALUE_ERROR, "Invalid format specifier '%U' for object of type '%s'",
                  spec_str, type_name);
        return false;
    }
    if (rest == 1) {
        out->type = peek(&c, &len);
        out->type_given = true;
    }
    if (out->grouping != 0) {
        switch (out->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->grouping == '_') break;
            return bad_grouping_type(I, out->grouping, out->type);
        default:
            return bad_grouping_type(I, out->grouping, out->type);
        }
    }
    return true;
}

bool fmtspec_parse(Interp *I, Value spec_str, FormatSpec *out) {
    return fmtspec_parse_as(I, spec_str, "str", 's', '<', out);
}

bool fmtspec_check_str(Interp *I, const FormatSpec *fs, const char *type_name) {
    if (fs->type != 's') return fmtspec_unknown_code(I, fs->type, type_name);
    if (fs->sign == ' ') {
        exc_raise(I, TY_VALUE_ERROR, "Space not allowed in string format specifier");
        return false;
    }
    if (fs->sign != 0) {
        exc_raise(I, TY_VALUE_ERROR, "Sign not allowed in string format specifier");
        return false;
    }
    if (fs->no_neg_zero) {
        exc_raise(I, TY_VALUE_ERROR,
                  "Negative zero coercion (z) not allowed in string format specifier");
        return false;
    }
    if (fs->alt) {
        exc_raise(I, TY_VALUE_ERROR, "Alternate form (#) not allowed in string format specifier");
        return false;
    }
    if (fs->align == '=') {
        exc_raise(I, TY_VALUE_ERROR, "'=' alignment not allowed in string format specifier");
        return false;
    }
    return true;
}

static bool status_ok(Interp *I, KStatus s) {
    if (s == K_OK) return true;
    exc_from_kstatus(I, s, "format");
    return false;
}

bool fmtspec_fill(Interp *I, StrBuilder *sb, uint32_t cp, size_t count) {
    if (count == 0) return true;
    uint8_t enc[4];
    size_t n;
    if (cp < 0x80) {
        enc[0] = (uint8_t)cp;
        n = 1;
    } else if (cp < 0x800) {
        enc[0] = (uint8_t)(0xC0 | (cp >> 6));
        enc[1] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        enc[0] = (uint8_t)(0xE0 | (cp >> 12));
        enc[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        enc[2] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        enc[0] = (uint8_t)(0xF0 | ((cp >> 18) & 0x07));
        enc[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
        enc[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        enc[3] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 4;
    }
    BView v = {enc, n};
    return status_ok(I, buf_append_repeat(I->heap, &sb->b, v, count));
}

bool fmtspec_pad_split(Interp *I, StrBuilder *sb, BView prefix, size_t prefix_chars, BView body,
                       size_t body_chars, const FormatSpec *fs, char default_align) {
    char align = fs->align != 0 ? fs->align : default_align;
    size_t total = prefix_chars + body_chars;
    size_t pad = 0;
    if (fs->width > 0 && (uint64_t)fs->width > (uint64_t)total) {
        uint64_t p = (uint64_t)fs->width - (uint64_t)total;
        if (p > (uint64_t)(BUF_MAX_LEN / 4)) return exc_nomem(I) != VAL_NULL;
        pad = (size_t)p;
    }
    size_t left = 0, right = 0;
    if (align == '>') left = pad;
    else if (align == '^') left = pad / 2;
    else if (align == '=') left = 0;
    else left = 0;
    right = pad - left;
    if (align == '=') {
        if (!sb_add_view(I, sb, prefix)) return false;
        if (!fmtspec_fill(I, sb, fs->fill, pad)) return false;
        return sb_add_view(I, sb, body);
    }
    if (!fmtspec_fill(I, sb, fs->fill, left)) return false;
    if (!sb_add_view(I, sb, prefix)) return false;
    if (!sb_add_view(I, sb, body)) return false;
    return fmtspec_fill(I, sb, fs->fill, right);
}

bool fmtspec_pad(Interp *I, StrBuilder *sb, BView body, size_t body_chars, const FormatSpec *fs,
                 char default_align) {
    BView none = {NULL, 0};
    FormatSpec f = *fs;
    if (f.align == '=') f.align = '>';
    return fmtspec_pad_split(I, sb, none, 0, body, body_chars, &f, default_align);
}

bool fmtspec_group_digits(Interp *I, StrBuilder *sb, BView digits, char sep, int group,
                          size_t min_width, size_t *nchars) {
    size_t n = digits.n;
    size_t g = group > 0 ? (size_t)group : 3;
    if (min_width > BUF_MAX_LEN / 4 || n > BUF_MAX_LEN / 4) return exc_nomem(I) != VAL_NULL;
    // smallest digit count D >= n whose grouped length reaches min_width
    size_t d = n;
    size_t len = sep != 0 && d > 0 ? d + (d - 1) / g : d;
    if (len < min_width) {
        d = sep != 0 ? min_width - min_width / (g + 1) : min_width;
        if (d < n) d = n;
        while (d > n && (sep != 0 ? d - 1 + (d - 2) / g : d - 1) >= min_width) d--;
        while ((sep != 0 ? d + (d - 1) / g : d) < min_width) d++;
        len = sep != 0 ? d + (d - 1) / g : d;
    }
    if (sep == 0 && d == n) {
        // neither separators nor zero padding: the digits as they are
        *nchars = n;
        return sb_add_view(I, sb, digits);
    }
    uint8_t small[64];
    if (len <= sizeof small) {
        // the usual short number: built in place
        size_t k = 0;
        for (size_t i = d; i-- > 0 && k < sizeof small;) {
            int c = i < n ? bview_get(digits, n - 1 - i) : '0';
            small[k++] = (uint8_t)c;
            if (sep != 0 && i > 0 && i % g == 0 && k < sizeof small) small[k++] = (uint8_t)sep;
        }
        *nchars = k;
        BView v = {small, k};
        return sb_add_view(I, sb, v);
    }
    Buf out;
    buf_init(&out);
    if (!status_ok(I, buf_reserve(I->heap, &out, len))) return false;
    for (size_t i = d; i-- > 0;) {
        // i counts digits from the right, 0 the last one
        int c = i < n ? bview_get(digits, n - 1 - i) : '0';
        if (!status_ok(I, buf_push(I->heap, &out, (uint8_t)c))) return false;
        if (sep != 0 && i > 0 && i % g == 0) {
            if (!status_ok(I, buf_push(I->heap, &out, (uint8_t)sep))) return false;
        }
    }
    *nchars = out.len;
    return sb_add_view(I, sb, buf_view(&out));
}
