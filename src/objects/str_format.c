/*
 * str_format.c: str.format, str.format_map and str.__format__ (the format-spec
 * mini-language for strs, through fmtspec.h).
 *
 * The parser follows CPython 3.11's Objects/stringlib/unicode_format.h step by step, so
 * the same malformed format strings raise the same errors in the same order: literal
 * text with {{ and }}, replacement fields {name.attr[key]!conv:spec}, nested fields in
 * the spec (two levels at most), and automatic/manual field numbering. All delimiters are
 * ASCII, so the parser scans UTF-8 bytes; names and specs are cut at those delimiters and
 * are therefore valid UTF-8.
 *
 * Invariant: every offset stays within the format string's byte view (bview_get returns
 * -1 past the end, which matches no delimiter).
 */
#include "../kernel/unicode.h"
#include "../kernel/utf8.h"
#include "args.h"
#include "exc.h"
#include "fmtspec.h"
#include "int.h"
#include "ops.h"
#include "str_impl.h"
#include "tuple.h"

/* ---- str.__format__ ---- */

Value str_format_spec(Interp *I, Value s, Value spec) {
    if (!str_check(s)) return exc_raise(I, TY_TYPE_ERROR, "expected str, got %T", s);
    // An empty spec gives str(s): a subclass's own __str__ is honoured, as in CPython.
    if (str_len(spec) == 0) return type_of(I, s) == I->types[TY_STR] ? s : obj_str(I, s);
    FormatSpec fs;
    if (!fmtspec_parse(I, spec, &fs)) return VAL_NULL;
    if (!fmtspec_check_str(I, &fs, "str")) return VAL_NULL;
    BView body = str_view(s);
    size_t nch = str_len(s);
    if (fs.precision >= 0 && (uint64_t)fs.precision < nch) {
        nch = (size_t)fs.precision;
        body = bview_slice(body, 0, str_offset(s, nch));
    }
    StrBuilder sb;
    sb_init(&sb);
    if (!fmtspec_pad(I, &sb, body, nch, &fs, '<')) return VAL_NULL;
    return sb_finish(I, &sb);
}

Value str_format_dunder(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_one(I, args, kwnames, "str.__format__")) return VAL_NULL;
    Value spec = vview_get(args, 0);
    if (!str_check(spec))
        return exc_raise(I, TY_TYPE_ERROR, "__format__() argument must be str, not %s", str_args_tname(I, spec));
    return str_format_spec(I, self, spec);
}

/* ---- str.format ---- */

typedef enum { AN_INIT, AN_AUTO, AN_MANUAL } AutoNumber;

typedef struct FmtCtx {
    Value fmt;       /* the format str (substrings are cut from it) */
    ValView args;    /* positional arguments */
    bool has_args;   /* false for format_map: positional fields are an error */
    Value kwnames;   /* str.format: keyword names (tuple) or VAL_NULL */
    ValView kwvals;  /* str.format: keyword values */
    Value mapping;   /* format_map: the mapping; VAL_NULL for str.format */
    AutoNumber an;
    int64_t next_auto;
} FmtCtx;

// A parsed replacement field: byte ranges into the format string.
typedef struct Field {
    size_t name_lo, name_hi;
    uint32_t conversion; /* 0: none */
    size_t spec_lo, spec_hi;
    bool spec_nested;
} Field;

static Value bad(Interp *I, const char *msg) { return exc_raise(I, TY_VALUE_ERROR, "%s", msg); }

// Bytes [lo, hi) of the format string as a new str.
static Value cut(Interp *I, const FmtCtx *c, size_t lo, size_t hi) {
    return str_new(I, bview_slice(str_view(c->fmt), lo, hi));
}

// CPython's get_integer: the value of an all-decimal-digit range, -1 when empty or not
// all digits, -2 with ValueError when too large.
static int64_t get_integer(Interp *I, BView f, size_t lo, size_t hi) {
    if (lo >= hi) return -1;
    int64_t acc = 0;
    size_t off = lo, len;
    while (off < hi) {
        int d = unicode_decimal_value(utf8_get(f, off, &len));
        if (d < 0 || len == 0) return -1;
        if (acc > (INT64_MAX - d) / 10) {
            bad(I, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
        off += len;
    }
    return acc;
}

// Parses the field starting after its '{' at *pos (CPython's parse_field).
static bool parse_field(Interp *I, BView f, size_t *pos, Field *out) {
    out->conversion = 0;
    out->spec_lo = out->spec_hi = 0;
    out->spec_nested = false;
    out->name_lo = *pos;
    int c = 0;
    while (*pos < f.n) {
        c = bview_get(f, (*pos)++);
        if (c == '{') {
            bad(I, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (*pos < f.n && bview_get(f, *pos) != ']') (*pos)++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    out->name_hi = *pos > 0 ? *pos - 1 : 0;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (*pos >= f.n) {
                bad(I, "end of string while looking for conversion specifier");
                return false;
            }
            size_t len;
            out->conversion = utf8_get(f, *pos, &len);
            *pos += len;
            if (*pos < f.n) {
                int c2 = bview_get(f, (*pos)++);
                if (c2 == '}') return true;
                if (c2 != ':') {
                    bad(I, "expected ':' after conversion specifier");
                    return false;
                }
            }
        }
        out->spec_lo = *pos;
        int count = 1;
        while (*pos < f.n) {
            int ch = bview_get(f, (*pos)++);
            if (ch == '{') {
                out->spec_nested = true;
                count++;
            } else if (ch == '}') {
                if (--count == 0) {
                    out->spec_hi = *pos - 1;
                    return true;
                }
            }
        }
        bad(I, "unmatched '{' in format spec");
        return false;
    }
    if (c != '}') {
        bad(I, "expected '}' before end of string");
        return false;
    }
    return true;
}

static Value lookup_kw(Interp *I, const FmtCtx *c, Value key) {
    if (c->mapping != VAL_NULL) return obj_getitem(I, c->mapping, key);
    size_t nkw = c->kwnames == VAL_NULL ? 0 : tuple_len(c->kwnames);
    for (size_t k = 0; k < nkw; k++) {
        if (str_eq(tuple_get(c->kwnames, k), key)) return vview_get(c->kwvals, k);
    }
    return exc_raise_arg(I, TY_KEY_ERROR, key);
}

// Resolves the field name [lo, hi): first part, then .attr and [key] steps in order.
static Value get_field_object(Interp *I, FmtCtx *c, size_t lo, size_t hi) {
    BView f = str_view(c->fmt);
    size_t i = lo;
    while (i < hi && bview_get(f, i) != '.' && bview_get(f, i) != '[') i++;
    int64_t idx = get_integer(I, f, lo, i);
    if (idx == -2) return VAL_NULL;
    bool empty = i == lo;
    bool numeric = empty || idx != -1;
    if (c->an == AN_INIT && numeric) c->an = empty ? AN_AUTO : AN_MANUAL;
    if (numeric) {
        if (c->an == AN_MANUAL && empty)
            return bad(I, "cannot switch from manual field specification to automatic field numbering");
        if (c->an == AN_AUTO && !empty)
            return bad(I, "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) idx = c->next_auto++;
    Value obj;
    if (idx == -1) {
        Value key = cut(I, c, lo, i);
        if (key == VAL_NULL) return VAL_NULL;
        obj = lookup_kw(I, c, key);
    } else {
        if (!c->has_args) return bad(I, "Format string contains positional fields");
        if ((uint64_t)idx >= c->args.n)
            return exc_raise(I, TY_INDEX_ERROR, "Replacement index %lld out of range for positional args tuple",
                             (long long)idx);
        obj = vview_get(c->args, (size_t)idx);
    }
    while (obj != VAL_NULL && i < hi) {
        int ch = bview_get(f, i++);
        size_t nlo = i, nhi;
        bool attr = ch == '.';
        if (attr) {
            while (i < hi && bview_get(f, i) != '.' && bview_get(f, i) != '[') i++;
            nhi = i;
        } else if (ch == '[') {
            while (i < hi && bview_get(f, i) != ']') i++;
            if (i >= hi) return bad(I, "Missing ']' in format string");
            nhi = i++;
        } else {
            return bad(I, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (nlo == nhi) return bad(I, "Empty attribute in format string");
        Value name = cut(I, c, nlo, nhi);
        if (name == VAL_NULL) return VAL_NULL;
        if (attr) {
            obj = obj_getattr(I, obj, name);
            continue;
        }
        int64_t k = get_integer(I, f, nlo, nhi);
        if (k == -2) return VAL_NULL;
        Value key = k == -1 ? name : int_from_i64(I, k);
        if (key == VAL_NULL) return VAL_NULL;
        obj = obj_getitem(I, obj, key);
    }
    return obj;
}

static Value convert(Interp *I, Value obj, uint32_t conv) {
    switch (conv) {
    case 'r': return obj_repr(I, obj);
    case 's': return obj_str(I, obj);
    case 'a': {
        Value r = obj_repr(I, obj);
        return r == VAL_NULL ? VAL_NULL : str_escape_ascii(I, r);
    }
    default:
        if (conv > 32 && conv < 127)
            return exc_raise(I, TY_VALUE_ERROR, "Unknown conversion specifier %c", (int)conv);
        return exc_raise(I, TY_VALUE_ERROR, "Unknown conversion specifier \\x%x", (unsigned)conv);
    }
}

static bool build(Interp *I, FmtCtx *c, size_t lo, size_t hi, int depth, StrBuilder *sb);

static bool render_field(Interp *I, FmtCtx *c, const Field *fld, int depth, StrBuilder *sb) {
    Value obj = get_field_object(I, c, fld->name_lo, fld->name_hi);
    if (obj == VAL_NULL) return false;
    if (fld->conversion != 0) {
        obj = convert(I, obj, fld->conversion);
        if (obj == VAL_NULL) return false;
    }
    Value spec;
    if (fld->spec_nested) {
        StrBuilder inner;
        sb_init(&inner);
        if (!build(I, c, fld->spec_lo, fld->spec_hi, depth - 1, &inner)) return false;
        spec = sb_finish(I, &inner);
    } else {
        spec = cut(I, c, fld->spec_lo, fld->spec_hi);
    }
    if (spec == VAL_NULL) return false;
    if (str_len(spec) == 0 && str_check(obj) && type_of(I, obj) == interp_type(I, TY_STR))
        return sb_add_str(I, sb, obj);
    Value text = obj_format(I, obj, spec);
    if (text == VAL_NULL) return false;
    return sb_add_str(I, sb, text);
}

// Formats bytes [lo, hi) of the format string into [sb] (CPython's build_string).
static bool build(Interp *I, FmtCtx *c, size_t lo, size_t hi, int depth, StrBuilder *sb) {
    if (depth <= 0) {
        bad(I, "Max string recursion exceeded");
        return false;
    }
    BView f = bview_slice(str_view(c->fmt), 0, hi);
    size_t pos = lo;
    while (pos < f.n) {
        size_t lit = pos;
        int ch = 0;
        bool markup = false;
        while (pos < f.n) {
            ch = bview_get(f, pos++);
            if (ch == '{' || ch == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = pos >= f.n;
        size_t len = pos - lit;
        if (markup && ch == '}' && (at_end || bview_get(f, pos) != '}')) {
            bad(I, "Single '}' encountered in format string");
            return false;
        }
        if (markup && at_end && ch == '{') {
            bad(I, "Single '{' encountered in format string");
            return false;
        }
        if (markup && !at_end) {
            if (bview_get(f, pos) == ch) {
                pos++;
                markup = false;
            } else {
                len--;
            }
        }
        if (!sb_add_view(I, sb, bview_slice(f, lit, lit + len))) return false;
        if (!markup) continue;
        Field fld;
        if (!parse_field(I, f, &pos, &fld)) return false;
        if (!interp_enter_c(I, "while formatting")) return false;
        bool ok = render_field(I, c, &fld, depth, sb);
        interp_leave_c(I);
        if (!ok) return false;
    }
    return true;
}

static Value run(Interp *I, FmtCtx *c) {
    StrBuilder sb;
    sb_init(&sb);
    if (!build(I, c, 0, str_view(c->fmt).n, 2, &sb)) return VAL_NULL;
    return sb_finish(I, &sb);
}

Value str_format_method(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_check(self))
        return exc_raise(I, TY_TYPE_ERROR, "descriptor 'format' requires a 'str' object but received a '%T'", self);
    size_t nkw = args_nkw(kwnames);
    size_t npos = args.n >= nkw ? args.n - nkw : 0;
    FmtCtx c = {self, vview_slice(args, 0, npos), true, kwnames, vview_slice(args, npos, args.n), VAL_NULL,
                AN_INIT, 0};
    return run(I, &c);
}

Value str_format_map(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_one(I, args, kwnames, "str.format_map")) return VAL_NULL;
    if (!str_check(self))
        return exc_raise(I, TY_TYPE_ERROR, "descriptor 'format_map' requires a 'str' object but received a '%T'", self);
    ValView none = {NULL, 0};
    FmtCtx c = {self, none, false, VAL_NULL, none, vview_get(args, 0), AN_INIT, 0};
    return run(I, &c);
}
