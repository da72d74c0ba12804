/*
 * str_methods.c: str methods that transform or classify characters: case mappings
 * (lower, upper, casefold, swapcase, capitalize, title, with full mappings and the final
 * sigma rule), the is* predicates, padding (center, ljust, rjust, zfill, expandtabs),
 * join, removeprefix/removesuffix and encode.
 *
 * Invariant: every result is built through a StrBuilder or a checked Buf, so it is valid
 * UTF-8 whatever the input; sizes that can grow (padding, expandtabs, join) are computed
 * with checked arithmetic before allocating.
 */
#include "args.h"
#include "../kernel/checked.h"
#include "../kernel/unicode.h"
#include "../kernel/utf8.h"
#include "exc.h"
#include "list.h"
#include "ops.h"
#include "str_impl.h"
#include "tuple.h"

static StrObject *self_str(Interp *I, Value self, const char *qual) {
    StrObject *o = str_cast(self);
    if (o == NULL) exc_raise(I, TY_TYPE_ERROR, "descriptor '%s' requires a 'str' object but received a '%T'", qual, self);
    return o;
}

static Value nomem_k(Interp *I, KStatus s) {
    if (s == K_NOMEM || s == K_OVERFLOW) return exc_nomem(I);
    return exc_from_kstatus(I, s, "string");
}

/* ---- case mappings ---- */

typedef enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_TITLE } CaseKind;

// A full case mapping: up to UNICODE_MAX_MAP code points.
typedef struct Mapped {
    uint32_t c[UNICODE_MAX_MAP];
    size_t n;
} Mapped;

typedef size_t (*MapFn)(uint32_t cp, uint32_t out[UNICODE_MAX_MAP]);

// The output of a case mapping: code points are encoded into [stage] (a fixed array,
// so no call and no capacity check per byte) and moved to [sb] a block at a time; a
// StrBuilder call per code point cost about 90 instructions.
// The code points are counted as they come (the result needs no scan to count them).
typedef struct CaseOut {
    StrBuilder sb;
    uint8_t stage[256];
    size_t n;
    size_t nchars;
    bool ascii;
} CaseOut;

static void out_init(CaseOut *o) {
    sb_init(&o->sb);
    o->n = 0;
    o->nchars = 0;
    o->ascii = true;
}

static bool out_flush(Interp *I, CaseOut *o) {
    size_t n = o->n < sizeof o->stage ? o->n : sizeof o->stage;
    o->n = 0;
    return sb_add_view(I, &o->sb, (BView){o->stage, n});
}

// Appends code point [c] (< 0x110000, as the case tables and valid str text give; lone
// surrogates encode as in internal UTF-8) as UTF-8.
static inline bool out_cp(Interp *I, CaseOut *o, uint32_t c) {
    if (o->n > sizeof o->stage - 4 && !out_flush(I, o)) return false;
    if (c > UTF8_MAX_CP) return sb_add_codepoint(I, &o->sb, c); // raises
    size_t n = o->n;
    o->nchars++;
    if (c >= 0x80) o->ascii = false;
    if (c < 0x80) {
        o->stage[n++] = (uint8_t)c;
    } else if (c < 0x800) {
        // bounds-ok: n <= sizeof stage - 4 (flushed above): one code point's bytes fit
        // (clang 14 takes n++ as possibly wrapping)
        o->stage[n++] = (uint8_t)(0xC0 | c >> 6);
        o->stage[n++] = (uint8_t)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        // bounds-ok: as above (at most 4 bytes after the flush check)
        o->stage[n++] = (uint8_t)(0xE0 | c >> 12);
        o->stage[n++] = (uint8_t)(0x80 | (c >> 6 & 0x3F));
        o->stage[n++] = (uint8_t)(0x80 | (c & 0x3F));
    } else {
        // bounds-ok: as above (at most 4 bytes after the flush check)
        o->stage[n++] = (uint8_t)(0xF0 | c >> 18);
        o->stage[n++] = (uint8_t)(0x80 | (c >> 12 & 0x3F));
        // bounds-ok: as above (the last two of the 4 bytes)
        o->stage[n++] = (uint8_t)(0x80 | (c >> 6 & 0x3F));
        o->stage[n++] = (uint8_t)(0x80 | (c & 0x3F));
    }
    o->n = n;
    return true;
}

static Value out_finish(Interp *I, CaseOut *o) {
    if (!out_flush(I, o)) return VAL_NULL;
    return sb_finish_counted(I, &o->sb, o->nchars, o->ascii);
}

// (inlined: called once a character, its call cost as much as the mapping)
static inline __attribute__((always_inline)) bool add_map(Interp *I, CaseOut *o, MapFn f,
                                                          uint32_t cp) {
    if (cp < 0x80) {
        // ASCII maps to one ASCII letter: upper and title case up, lower and casefold down
        bool up = f == unicode_to_upper || f == unicode_to_title;
        if (up ? cp >= 'a' && cp <= 'z' : cp >= 'A' && cp <= 'Z') cp ^= 0x20;
        return out_cp(I, o, cp);
    }
    Mapped m;
    m.n = f(cp, m.c);
    for (size_t k = 0; k < m.n && k < UNICODE_MAX_MAP; k++) {
        if (!out_cp(I, o, m.c[k])) return false;
    }
    return true;
}

// True when the capital sigma at byte [off] of [v] is final (CPython's
// handle_capital_sigma: preceded by a cased letter and not followed by one, skipping
// case-ignorable characters both ways).
static bool sigma_is_final(BView v, size_t off, size_t len) {
    size_t j = off, l;
    bool before = false;
    while (j > 0) {
        j = utf8_prev(v, j);
        uint32_t c = utf8_get(v, j, &l);
        if (!unicode_is_case_ignorable(c)) {
            before = unicode_is_cased(c);
            break;
        }
    }
    if (!before) return false;
    j = off + len;
    while (j < v.n) {
        uint32_t c = utf8_get(v, j, &l);
        if (l == 0) break;
        if (!unicode_is_case_ignorable(c)) return !unicode_is_cased(c);
        j += l;
    }
    return true;
}

// Lower-cases the code point [c] at [off] (final sigma aware) into [sb].
static bool add_lower(Interp *I, CaseOut *o, BView v, size_t off, size_t len, uint32_t c) {
    if (c == 0x3A3) return out_cp(I, o, sigma_is_final(v, off, len) ? 0x3C2 : 0x3C3);
    return add_map(I, o, unicode_to_lower, c);
}

// ASCII fast path: maps each byte.
// Byte maps of ASCII lower() and upper() (every other byte maps to itself).
#define R16(b) (b), (b) + 1, (b) + 2, (b) + 3, (b) + 4, (b) + 5, (b) + 6, (b) + 7, (b) + 8, \
               (b) + 9, (b) + 10, (b) + 11, (b) + 12, (b) + 13, (b) + 14, (b) + 15
#define R64(b) R16(b), R16((b) + 16), R16((b) + 32), R16((b) + 48)
static const uint8_t ascii_lower_map[256] = {
    R64(0), '@', R16('a'), 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '[', '\\', ']',
    '^', '_', R16(0x60), R16(0x70), R64(0x80), R64(0xc0)};
static const uint8_t ascii_upper_map[256] = {
    R64(0), R16(0x40), R16(0x50), '`', R16('A'), 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y',
    'Z', '{', '|', '}', '~', 0x7f, R64(0x80), R64(0xc0)};
#undef R64
#undef R16

static Value ascii_case(Interp *I, BView v, CaseKind kind) {
    const uint8_t *map = kind == CASE_UPPER ? ascii_upper_map : ascii_lower_map;
    if (v.n >= 2) { // mapped in place in a fresh str (one allocation)
        StrObject *o = str_new_private(I, v, v.n, true);
        if (o == NULL) return VAL_NULL;
        Buf t = str_private_buf(o);
        buf_map_bytes(&t, map);
        return obj_val(o);
    }
    Buf b; // 0 or 1 characters: str_wrap gives the cached str
    buf_init(&b);
    KStatus s = buf_from_view(I->heap, &b, v);
    if (s != K_OK) return nomem_k(I, s);
    buf_map_bytes(&b, map);
    return str_wrap(I, b, v.n, true);
}

typedef enum { ASCII_CAPITALIZE, ASCII_TITLE, ASCII_SWAPCASE } AsciiMode;

// capitalize(), title() and swapcase() of an ASCII str: byte rules equal to the Unicode
// ones on ASCII (the cased characters are the letters; no mapping expands).
static Value ascii_map(Interp *I, BView v, AsciiMode mode) {
    Buf b;
    buf_init(&b);
    StrObject *o = NULL; // 2 characters or more: rewritten in place in a fresh str
    if (v.n >= 2) {
        o = str_new_private(I, v, v.n, true);
        if (o == NULL) return VAL_NULL;
    } else {
        KStatus s = buf_from_view(I->heap, &b, v);
        if (s != K_OK) return nomem_k(I, s);
    }
    Buf ob;
    buf_init(&ob);
    if (o != NULL) ob = str_private_buf(o);
    Buf *t = o != NULL ? &ob : &b;
    bool prev_cased = false;
    for (size_t i = 0; i < t->len; i++) {
        int c = buf_get(t, i);
        bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
        bool to_upper = mode == ASCII_SWAPCASE ? lower
                      : mode == ASCII_CAPITALIZE ? i == 0 && lower
                                                 : !prev_cased && lower;
        bool to_lower = mode == ASCII_SWAPCASE ? upper
                      : mode == ASCII_CAPITALIZE ? i > 0 && upper
                                                 : prev_cased && upper;
        if (to_upper || to_lower) (void)buf_set(t, i, (uint8_t)(c ^ 0x20));
        prev_cased = upper || lower;
    }
    return o != NULL ? obj_val(o) : str_wrap(I, b, v.n, true);
}

static Value map_case(Interp *I, Value self, CaseKind kind) {
    StrObject *o = str_cast(self);
    BView v = str_obj_view(o);
    if (str_flag(o, STR_ASCII) && kind != CASE_TITLE) return ascii_case(I, v, kind);
    CaseOut out;
    out_init(&out);
    size_t off = 0;
    while (off < v.n) {
        size_t len;
        uint32_t c = str_cp_at(v, off, &len);
        bool ok;
        if (c < 0x80) { // ASCII maps byte to byte (casefold as lower): no table lookup
            ok = out_cp(I, &out, kind == CASE_UPPER ? ascii_upper_map[c] : ascii_lower_map[c]);
        } else if (kind == CASE_LOWER) {
            ok = add_lower(I, &out, v, off, len, c);
        } else {
            ok = add_map(I, &out, kind == CASE_UPPER ? unicode_to_upper : unicode_to_casefold, c);
        }
        if (!ok) return VAL_NULL;
        off += len;
    }
    return out_finish(I, &out);
}

Value str_methods_lower(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str.lower") || self_str(I, self, "lower") == NULL) return VAL_NULL;
    return map_case(I, self, CASE_LOWER);
}

Value str_methods_upper(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str.upper") || self_str(I, self, "upper") == NULL) return VAL_NULL;
    return map_case(I, self, CASE_UPPER);
}

Value str_methods_casefold(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str.casefold") || self_str(I, self, "casefold") == NULL)
        return VAL_NULL;
    return map_case(I, self, CASE_FOLD);
}

Value str_methods_swapcase(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str.swapcase")) return VAL_NULL;
    StrObject *o = self_str(I, self, "swapcase");
    if (o == NULL) return VAL_NULL;
    BView v = str_obj_view(o);
    if (str_flag(o, STR_ASCII)) return ascii_map(I, v, ASCII_SWAPCASE);
    CaseOut out;
    out_init(&out);
    size_t off = 0;
    while (off < v.n) {
        size_t len;
        uint32_t c = str_cp_at(v, off, &len);
        bool ok;
        if (unicode_is_upper(c)) {
            ok = add_lower(I, &out, v, off, len, c);
        } else if (unicode_is_lower(c)) {
            ok = add_map(I, &out, unicode_to_upper, c);
        } else {
            ok = out_cp(I, &out, c);
        }
        if (!ok) return VAL_NULL;
        off += len;
    }
    return out_finish(I, &out);
}

Value str_methods_capitalize(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str.capitalize")) return VAL_NULL;
    StrObject *o = self_str(I, self, "capitalize");
    if (o == NULL) return VAL_NULL;
    BView v = str_obj_view(o);
    if (str_flag(o, STR_ASCII)) return ascii_map(I, v, ASCII_CAPITALIZE);
    CaseOut out;
    out_init(&out);
    size_t off = 0;
    while (off < v.n) {
        size_t len;
        uint32_t c = str_cp_at(v, off, &len);
        bool ok = off == 0 ? add_map(I, &out, unicode_to_title, c) : add_lower(I, &out, v, off, len, c);
        if (!ok) return VAL_NULL;
        off += len;
    }
    return out_finish(I, &out);
}

Value str_methods_title(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str.title")) return VAL_NULL;
    StrObject *o = self_str(I, self, "title");
    if (o == NULL) return VAL_NULL;
    BView v = str_obj_view(o);
    if (str_flag(o, STR_ASCII)) return ascii_map(I, v, ASCII_TITLE);
    CaseOut out;
    out_init(&out);
    size_t off = 0;
    bool prev_cased = false;
    while (off < v.n) {
        size_t len;
        uint32_t c = str_cp_at(v, off, &len);
        if (c < 0x80) { // ASCII: the cased characters are the letters
            bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
            if ((prev_cased && upper) || (!prev_cased && lower)) c ^= 0x20;
            if (!out_cp(I, &out, c)) return VAL_NULL;
            prev_cased = upper || lower;
            off += len;
            continue;
        }
        bool ok = prev_cased ? add_lower(I, &out, v, off, len, c) : add_map(I, &out, unicode_to_title, c);
        if (!ok) return VAL_NULL;
        prev_cased = unicode_is_cased(c);
        off += len;
    }
    return out_finish(I, &out);
}

/* ---- predicates ---- */

typedef bool (*CharPred)(uint32_t cp);

// True when [o] is non-empty and every code point satisfies [p].
// (inlined into each predicate: a direct call of [p], one frame less a call)
static inline __attribute__((always_inline)) Value all_chars(Interp *I, const StrObject *o,
                                                             CharPred p, bool empty_result) {
    BView v = str_obj_view(o);
    if (v.n == 0) return interp_bool(I, empty_result);
    size_t off = 0;
    while (off < v.n) {
        size_t len;
        uint32_t c = str_cp_at(v, off, &len);
        if (!p(c)) return I->false_;
        off += len;
    }
    return I->true_;
}

#define PREDICATE(fn, name, pred, empty)                                                  \
    Value fn(Interp *I, Value self, ValView args, Value kwnames) {                        \
        if ((kwnames != VAL_NULL || args.n > 0) && !str_args_none(I, args, kwnames, "str." name)) \
            return VAL_NULL;                                                              \
        StrObject *o = self_str(I, self, name);                                           \
        return o == NULL ? VAL_NULL : all_chars(I, o, pred, empty);                       \
    }

PREDICATE(str_methods_isalpha, "isalpha", unicode_is_alpha, false)
PREDICATE(str_methods_isalnum, "isalnum", unicode_is_alnum, false)
PREDICATE(str_methods_isdecimal, "isdecimal", unicode_is_decimal, false)
PREDICATE(str_methods_isdigit, "isdigit", unicode_is_digit, false)
PREDICATE(str_methods_isnumeric, "isnumeric", unicode_is_numeric, false)
PREDICATE(str_methods_isspace, "isspace", unicode_is_space, false)
PREDICATE(str_methods_isprintable, "isprintable", unicode_is_printable, true)

Value str_methods_isascii(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str.isascii")) return VAL_NULL;
    StrObject *o = self_str(I, self, "isascii");
    if (o == NULL) return VAL_NULL;
    return interp_bool(I, str_flag(o, STR_ASCII));
}

// islower (want_upper false) / isupper (true): no character of the other case or
// titlecase, and at least one cased character.
static Value case_pred(Interp *I, Value self, bool want_upper) {
    BView v = str_view(self);
    bool cased = false;
    size_t off = 0;
    while (off < v.n) {
        size_t len;
        uint32_t c = utf8_get(v, off, &len);
        bool up = unicode_is_upper(c), low = unicode_is_lower(c);
        if ((want_upper ? low : up) || unicode_is_title(c)) return I->false_;
        if (want_upper ? up : low) cased = true;
        off += len;
    }
    return interp_bool(I, cased);
}

Value str_methods_islower(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str.islower") || self_str(I, self, "islower") == NULL) return VAL_NULL;
    return case_pred(I, self, false);
}

Value str_methods_isupper(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str.isupper") || self_str(I, self, "isupper") == NULL) return VAL_NULL;
    return case_pred(I, self, true);
}

Value str_methods_istitle(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str.istitle") || self_str(I, self, "istitle") == NULL) return VAL_NULL;
    BView v = str_view(self);
    bool cased = false, prev_cased = false;
    size_t off = 0;
    while (off < v.n) {
        size_t len;
        uint32_t c = utf8_get(v, off, &len);
        if (unicode_is_upper(c) || unicode_is_title(c)) {
            if (prev_cased) return I->false_;
            prev_cased = cased = true;
        } else if (unicode_is_lower(c)) {
            if (!prev_cased) return I->false_;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
        off += len;
    }
    return interp_bool(I, cased);
}

Value str_methods_isidentifier(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str.isidentifier") || self_str(I, self, "isidentifier") == NULL)
        return VAL_NULL;
    BView v = str_view(self);
    if (v.n == 0) return I->false_;
    size_t off = 0;
    while (off < v.n) {
        size_t len;
        uint32_t c = utf8_get(v, off, &len);
        if (!(off == 0 ? unicode_is_xid_start(c) : unicode_is_xid_continue(c))) return I->false_;
        off += len;
    }
    return I->true_;
}

/* ---- padding ---- */

// Parses the fill character argument of center/ljust/rjust.
static bool fill_char(Interp *I, Value v, uint32_t *out) {
    if (v == VAL_NULL) {
        *out = ' ';
        return true;
    }
    if (!str_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "The fill character must be a unicode character, not %T", v);
        return false;
    }
    if (str_len(v) != 1) {
        exc_raise(I, TY_TYPE_ERROR, "The fill character must be exactly one character long");
        return false;
    }
    *out = str_char(v, 0);
    return true;
}

static bool add_fill(Interp *I, StrBuilder *sb, uint32_t c, size_t n) {
    uint8_t tmp[4];
    size_t k = utf8_encode(c, tmp);
    BView one = {tmp, k};
    KStatus s = buf_append_repeat(I->heap, &sb->b, one, n);
    if (s != K_OK) {
        nomem_k(I, s);
        return false;
    }
    return true;
}

// Pads [self] to [width] code points with [left] fill characters before it and the rest
// after it.
static Value pad(Interp *I, Value self, size_t left, size_t right, uint32_t fill) {
    if (left == 0 && right == 0) return str_exact(I, self);
    StrBuilder sb;
    sb_init(&sb);
    if (!add_fill(I, &sb, fill, left) || !sb_add_str(I, &sb, self) || !add_fill(I, &sb, fill, right))
        return VAL_NULL;
    return sb_finish(I, &sb);
}

typedef enum { JUST_LEFT, JUST_RIGHT, JUST_CENTER } Justify;

static Value justify(Interp *I, Value self, ValView args, Value kwnames, const char *qual,
                     const char *name, Justify how) {
    if (!str_args_pos(I, args, kwnames, qual, 1, 2)) return VAL_NULL;
    if (self_str(I, self, name) == NULL) return VAL_NULL;
    int64_t width;
    uint32_t fill;
    if (!args_ssize(I, vview_get(args, 0), &width)) return VAL_NULL;
    if (!fill_char(I, vview_get(args, 1), &fill)) return VAL_NULL;
    size_t len = str_len(self);
    if (width <= 0 || (uint64_t)width <= len) return str_exact(I, self);
    size_t marg = (size_t)width - len, left;
    if (how == JUST_LEFT) left = 0;
    else if (how == JUST_RIGHT) left = marg;
    else left = marg / 2 + (marg & (size_t)width & 1u);
    return pad(I, self, left, marg - left, fill);
}

Value str_methods_center(Interp *I, Value self, ValView args, Value kwnames) {
    return justify(I, self, args, kwnames, "str.center", "center", JUST_CENTER);
}

Value str_methods_ljust(Interp *I, Value self, ValView args, Value kwnames) {
    return justify(I, self, args, kwnames, "str.ljust", "ljust", JUST_LEFT);
}

Value str_methods_rjust(Interp *I, Value self, ValView args, Value kwnames) {
    return justify(I, self, args, kwnames, "str.rjust", "rjust", JUST_RIGHT);
}

Value str_methods_zfill(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_one(I, args, kwnames, "str.zfill")) return VAL_NULL;
    if (self_str(I, self, "zfill") == NULL) return VAL_NULL;
    int64_t width;
    if (!args_ssize(I, vview_get(args, 0), &width)) return VAL_NULL;
    size_t len = str_len(self);
    if (width <= 0 || (uint64_t)width <= len) return str_exact(I, self);
    size_t fill = (size_t)width - len;
    BView v = str_view(self);
    int first = bview_get(v, 0);
    StrBuilder sb;
    sb_init(&sb);
    bool sign = first == '+' || first == '-';
    if (sign && !sb_add_view(I, &sb, bview_slice(v, 0, 1))) return VAL_NULL;
    if (!add_fill(I, &sb, '0', fill)) return VAL_NULL;
    if (!sb_add_view(I, &sb, bview_slice(v, sign ? 1 : 0, v.n))) return VAL_NULL;
    return sb_finish(I, &sb);
}

Value str_methods_expandtabs(Interp *I, Value self, ValView args, Value kwnames) {
    StrArgs a;
    if (!str_args_kw(I, args, kwnames, "expandtabs", "tabsize", &a)) return VAL_NULL;
    if (self_str(I, self, "expandtabs") == NULL) return VAL_NULL;
    int tabsize = 8;
    if (a.v[0] != VAL_NULL && !str_args_int(I, a.v[0], &tabsize)) return VAL_NULL;
    BView v = str_view(self);
    if (bview_find_byte(v, '\t', 0) < 0) return str_exact(I, self);
    StrBuilder sb;
    sb_init(&sb);
    size_t col = 0, run = 0, off = 0;
    while (off < v.n) {
        size_t len;
        uint32_t c = utf8_get(v, off, &len);
        if (c == '\t') {
            if (!sb_add_view(I, &sb, bview_slice(v, run, off))) return VAL_NULL;
            run = off + len;
            if (tabsize > 0) {
                size_t incr = (size_t)tabsize - col % (size_t)tabsize;
                if (!size_add(col, incr, &col)) return exc_raise(I, TY_OVERFLOW_ERROR, "new string is too long");
                if (!add_fill(I, &sb, ' ', incr)) return VAL_NULL;
            }
        } else {
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
        off += len;
    }
    if (!sb_add_view(I, &sb, bview_slice(v, run, v.n))) return VAL_NULL;
    return sb_finish(I, &sb);
}

/* ---- join, prefixes, encode ---- */

Value str_methods_join(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_one(I, args, kwnames, "str.join")) return VAL_NULL;
    StrObject *sep = self_str(I, self, "join");
    if (sep == NULL) return VAL_NULL;
    Value iterable = vview_get(args, 0);
    Value seq = iterable;
    if (!obj_is_exact_seq(I, iterable)) {
        Value it = obj_iter(I, iterable);
        if (it == VAL_NULL) {
            if (exc_pending_is(I, TY_TYPE_ERROR)) {
                exc_clear(I);
                exc_raise(I, TY_TYPE_ERROR, "can only join an iterable");
            }
            return VAL_NULL;
        }
        seq = obj_to_list(I, it);
        if (seq == VAL_NULL) return VAL_NULL;
    }
    ValView items = list_check(seq) ? list_view(seq) : tuple_view(seq);
    size_t n = items.n;
    if (n == 0) return str_from_cstr(I, "");
    if (n == 1) {
        Value only = vview_get(items, 0);
        if (str_check(only) && type_of(I, only) == interp_type(I, TY_STR)) return only;
    }
    size_t bytes = 0, chars = 0;
    bool ascii = str_flag(sep, STR_ASCII);
    for (size_t i = 0; i < n; i++) {
        Value item = vview_get(items, i);
        StrObject *so = str_cast(item);
        if (so == NULL) return exc_raise(I, TY_TYPE_ERROR, "sequence item %zu: expected str instance, %T found", i, item);
        if (!size_add(bytes, so->len, &bytes) || !size_add(chars, so->nchars, &chars)) return exc_nomem(I);
        if (i > 0 && (!size_add(bytes, sep->len, &bytes) || !size_add(chars, sep->nchars, &chars)))
            return exc_nomem(I);
        ascii = ascii && str_flag(so, STR_ASCII);
    }
    Buf b;
    buf_init(&b);
    StrObject *inl = chars >= 2 ? str_build_begin(I, bytes, &b) : NULL; // one chunk
    if (inl == NULL && I->exc != VAL_NULL) return VAL_NULL;
    KStatus s = K_OK;
    if (inl == NULL) s = buf_reserve(I->heap, &b, bytes);
    if (s != K_OK) return nomem_k(I, s);
    // A list may have been mutated by nothing here (no user code runs in this loop), but
    // re-check each item's type anyway rather than trust the first pass.
    for (size_t i = 0; i < n; i++) {
        if (i > 0) s = buf_append(I->heap, &b, str_obj_view(sep));
        if (s == K_OK) s = buf_append(I->heap, &b, str_view(vview_get(items, i)));
        if (s != K_OK) return nomem_k(I, s);
    }
    if (b.len != bytes) return exc_raise(I, TY_RUNTIME_ERROR, "sequence changed size during join");
    if (inl != NULL) return str_build_end(I, inl, &b, bytes, chars, ascii);
    return str_wrap(I, b, chars, ascii);
}

static Value strip_affix(Interp *I, Value self, ValView args, Value kwnames, const char *qual,
                         const char *name, bool prefix) {
    if (!str_args_one(I, args, kwnames, qual)) return VAL_NULL;
    if (self_str(I, self, name) == NULL) return VAL_NULL;
    Value a = vview_get(args, 0);
    if (!str_check(a)) return exc_raise(I, TY_TYPE_ERROR, "%s() argument must be str, not %s", name, str_args_tname(I, a));
    BView v = str_view(self), x = str_view(a);
    size_t n = str_len(self), k = str_len(a);
    if (prefix && x.n > 0 && bview_startswith(v, x)) return str_substr(I, self, k, n);
    if (!prefix && x.n > 0 && bview_endswith(v, x)) return str_substr(I, self, 0, n - k);
    return str_exact(I, self);
}

Value str_methods_removeprefix(Interp *I, Value self, ValView args, Value kwnames) {
    return strip_affix(I, self, args, kwnames, "str.removeprefix", "removeprefix", true);
}

Value str_methods_removesuffix(Interp *I, Value self, ValView args, Value kwnames) {
    return strip_affix(I, self, args, kwnames, "str.removesuffix", "removesuffix", false);
}

// str.__getnewargs__(): (a plain str copy,), what copyreg passes to __new__ so that a
// copied or pickled str subclass instance keeps its value.
Value str_methods_getnewargs(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str.__getnewargs__") ||
        self_str(I, self, "__getnewargs__") == NULL)
        return VAL_NULL;
    Value copy = str_exact(I, self);
    return copy == VAL_NULL ? VAL_NULL : tuple_pack(I, 1, copy);
}

Value str_methods_encode(Interp *I, Value self, ValView args, Value kwnames) {
    StrArgs a;
    if (!str_args_kw(I, args, kwnames, "encode", "encoding errors", &a)) return VAL_NULL;
    if (self_str(I, self, "encode") == NULL) return VAL_NULL;
    if (a.v[0] != VAL_NULL && !str_check(a.v[0]))
        return exc_raise(I, TY_TYPE_ERROR, "encode() argument 'encoding' must be str, not %s", str_args_tname(I, a.v[0]));
    if (a.v[1] != VAL_NULL && !str_check(a.v[1]))
        return exc_raise(I, TY_TYPE_ERROR, "encode() argument 'errors' must be str, not %s", str_args_tname(I, a.v[1]));
    return str_codec_encode(I, self, a.v[0], a.v[1]);
}
