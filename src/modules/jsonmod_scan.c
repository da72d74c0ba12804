/*
 * jsonmod_scan.c: the _json decoder: scanstring (one JSON string body) and scan_once
 * (one whole JSON value: objects, arrays, strings, numbers, constants), with CPython
 * 3.11's error messages and positions. Works on the document's UTF-8 bytes; positions
 * given to Python (errors, returned end indices) are converted to code point indices.
 *
 * Invariant: every offset passed around is a byte offset <= the document's length, and
 * every interp_enter_c is paired with a leave.
 */
#include "jsonmod.h"

#include "../kernel/utf8.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

typedef struct Scan {
    Value s;
    BView v;
    bool ascii;
    bool strict;
    Value object_hook, pairs_hook, parse_float, parse_int, parse_constant, errcls;
    ValVec keys;  // KEY_SLOTS-entry hash table of key strs seen (VAL_NULL: empty slot)
} Scan;

#define KEY_SLOTS 512u
#define KEY_MAX 64u
#define VALUE_MAX 16u  // short string values share the table (equal strs, one object)

static size_t char_index(const Scan *sc, size_t off) {
    if (sc->ascii) return off;
    return utf8_count(bview_slice(sc->v, 0, off));
}

// Raises errcls(msg, doc, pos) (ValueError when no class was given). Returns VAL_NULL.
static Value fail(Interp *I, const Scan *sc, const char *msg, size_t off) {
    Value pos = int_from_u64(I, char_index(sc, off));
    if (pos == VAL_NULL) return VAL_NULL;
    if (sc->errcls == VAL_NULL || sc->errcls == I->none)
        return exc_raise(I, TY_VALUE_ERROR, "%s: char %zu", msg, char_index(sc, off));
    Value m = str_from_cstr(I, msg);
    if (m == VAL_NULL) return VAL_NULL;
    Value e = obj_call3(I, sc->errcls, m, sc->s, pos);
    if (e == VAL_NULL) return VAL_NULL;
    return exc_set(I, e);
}

static Value stop(Interp *I, const Scan *sc, size_t off) {
    Value pos = int_from_u64(I, char_index(sc, off));
    if (pos == VAL_NULL) return VAL_NULL;
    return exc_raise_arg(I, TY_STOP_ITERATION, pos);
}

static int at(const Scan *sc, size_t i) { return bview_get(sc->v, i); }

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The 4 hex digits at [i] (all present), or -1.
static int32_t hex4(const Scan *sc, size_t i) {
    int32_t x = 0;
    for (size_t k = 0; k < 4; k++) {
        int h = hexval(at(sc, i + k));
        if (h < 0) return -1;
        x = x * 16 + h;
    }
    return x;
}

// Decodes the string body starting at byte [i] (after the quote); *end = byte offset after
// the closing quote.
static Value scan_string(Interp *I, const Scan *sc, size_t i, size_t *end) {
    size_t start = i;
    size_t n = sc->v.n, begin = i > 0 ? i - 1 : 0, run = i;
    StrBuilder sb;
    sb_init(&sb);
    for (;;) {
        if (i >= n) return fail(I, sc, "Unterminated string starting at", begin);
        int c = at(sc, i);
        if (c != '"' && c != '\\') {
            if (c < 0x20 && sc->strict) return fail(I, sc, "Invalid control character at", i);
            i++;
            continue;
        }
        if (c == '"' && run == start) {
            // No escape seen: the body is a slice of the document (one allocation).
            *end = i + 1;
            return str_new(I, bview_slice(sc->v, run, i));
        }
        if (i > run && !sb_add_view(I, &sb, bview_slice(sc->v, run, i))) return VAL_NULL;
        if (c == '"') {
            *end = i + 1;
            return sb_finish(I, &sb);
        }
        i++;
        if (i >= n) return fail(I, sc, "Unterminated string starting at", begin);
        c = at(sc, i);
        uint32_t cp;
        if (c != 'u') {
            switch (c) {
            case '"': case '\\': case '/': cp = (uint32_t)c; break;
            case 'b': cp = '\b'; break;
            case 'f': cp = '\f'; break;
            case 'n': cp = '\n'; break;
            case 'r': cp = '\r'; break;
            case 't': cp = '\t'; break;
            default: return fail(I, sc, "Invalid \\escape", i - 1);
            }
            i++;
        } else {
            size_t upos = i;
            i++;
            if (i + 4 >= n) return fail(I, sc, "Invalid \\uXXXX escape", upos);
            int32_t x = hex4(sc, i);
            if (x < 0) return fail(I, sc, "Invalid \\uXXXX escape", upos);
            i += 4;
            cp = (uint32_t)x;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < n && at(sc, i) == '\\' && at(sc, i + 1) == 'u') {
                int32_t y = hex4(sc, i + 2);
                if (y < 0) return fail(I, sc, "Invalid \\uXXXX escape", i + 1);
                if (y >= 0xDC00 && y <= 0xDFFF) {
                    cp = 0x10000u + (((cp - 0xD800u) << 10) | ((uint32_t)y - 0xDC00u));
                    i += 6;
                }
            }
        }
        if (!sb_add_codepoint(I, &sb, cp)) return VAL_NULL;
        run = i;
    }
}

static size_t skip_ws(const Scan *sc, size_t i) {
    while (i < sc->v.n) {
        int c = at(sc, i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        i++;
    }
    return i;
}

static bool is_digit(const Scan *sc, size_t i) {
    int c = at(sc, i);
    return c >= '0' && c <= '9';
}

static Value scan_value(Interp *I, Scan *sc, size_t i, size_t *end);
static Value scan_key(Interp *I, Scan *sc, size_t i, size_t *end, size_t maxlen);

static Value scan_number(Interp *I, const Scan *sc, size_t start, size_t *end) {
    size_t n = sc->v.n, i = start;
    if (at(sc, i) == '-') {
        i++;
        if (i >= n) return stop(I, sc, start);
    }
    int c = at(sc, i);
    if (c >= '1' && c <= '9') {
        i++;
        while (i < n && is_digit(sc, i)) i++;
    } else if (c == '0') {
        i++;
    } else {
        return stop(I, sc, start);
    }
    bool is_float = false;
    if (i + 1 < n && at(sc, i) == '.' && is_digit(sc, i + 1)) {
        is_float = true;
        i += 2;
        while (i < n && is_digit(sc, i)) i++;
    }
    if (i < n && (at(sc, i) == 'e' || at(sc, i) == 'E')) {
        size_t e_start = i;
        i++;
        if (i < n && (at(sc, i) == '+' || at(sc, i) == '-')) i++;
        size_t digits = i;
        while (i < n && is_digit(sc, i)) i++;
        if (i > digits) is_float = true;
        else i = e_start;
    }
    *end = i;
    BView text = bview_slice(sc->v, start, i);
    Value hook = is_float ? sc->parse_float : sc->parse_int;
    if (hook != VAL_NULL && hook != I->none) {
        Value t = str_new(I, text);
        if (t == VAL_NULL) return VAL_NULL;
        return obj_call1(I, hook, t);
    }
    if (is_float) return float_from_text(I, text);
    if (i - start < 18) {
        int64_t x = 0;
        bool neg = false;
        for (size_t k = start; k < i; k++) {
            int d = at(sc, k);
            if (d == '-') neg = true;
            else x = x * 10 + (d - '0');
        }
        return int_from_i64(I, neg ? -x : x);
    }
    return int_from_text(I, text, 10);
}

// A key without escapes, looked up by its bytes in the key table so repeated keys share
// one str and cost no allocation (CPython's memo); other keys go through scan_string.
static Value scan_key(Interp *I, Scan *sc, size_t i, size_t *end, size_t maxlen) {
    size_t n = sc->v.n, j = i;
    uint32_t h = 2166136261u;
    while (j < n && j - i <= maxlen) {
        int c = at(sc, j);
        if (c == '"' || c == '\\' || c < 0x20) break;
        h = (h ^ (uint32_t)c) * 16777619u;
        j++;
    }
    if (j >= n || j - i > maxlen || at(sc, j) != '"' || sc->keys.len != KEY_SLOTS)
        return scan_string(I, sc, i, end);
    BView text = bview_slice(sc->v, i, j);
    size_t slot = h & (KEY_SLOTS - 1);
    for (size_t probe = 0; probe < 4; probe++) {
        size_t k = (slot + probe) & (KEY_SLOTS - 1);
        Value cand = vec_get(&sc->keys, k);
        if (cand == VAL_NULL) {
            Value s = str_new(I, text);
            if (s == VAL_NULL) return VAL_NULL;
            KStatus st = vec_set(&sc->keys, k, s);
            if (st != K_OK) return exc_from_kstatus(I, st, "json");
            *end = j + 1;
            return s;
        }
        if (bview_eq(str_view(cand), text)) {
            *end = j + 1;
            return cand;
        }
    }
    *end = j + 1;
    return str_new(I, text);
}

// Pairs / items a JSON object / array keeps on the C stack (the collector scans it) before
// it builds its dict / list: the result is then made at its final size in one go (a
// 3-key object's arrays take 3 entries, not 5; a 2-item array's 2 items, not 4) and no
// growing arrays are left behind as garbage. Longer ones continue by insertion.
#define SCAN_LOCAL_PAIRS 8u
#define SCAN_LOCAL_ITEMS 8u

static Value scan_object(Interp *I, Scan *sc, size_t i, size_t *end) {
    size_t n = sc->v.n;
    bool pairs = sc->pairs_hook != VAL_NULL && sc->pairs_hook != I->none;
    Value kv[2 * SCAN_LOCAL_PAIRS];
    size_t nkv = 0;
    Value acc = VAL_NULL;
    if (pairs) {
        acc = list_new(I, 0);
        if (acc == VAL_NULL) return VAL_NULL;
    }
    i = skip_ws(sc, i);
    if (i >= n || at(sc, i) != '}') {
        for (;;) {
            if (i >= n || at(sc, i) != '"')
                return fail(I, sc, "Expecting property name enclosed in double quotes", i);
            Value key = scan_key(I, sc, i + 1, &i, KEY_MAX);
            if (key == VAL_NULL) return VAL_NULL;
            i = skip_ws(sc, i);
            if (i >= n || at(sc, i) != ':') return fail(I, sc, "Expecting ':' delimiter", i);
            i = skip_ws(sc, i + 1);
            Value val = scan_value(I, sc, i, &i);
            if (val == VAL_NULL) return VAL_NULL;
            if (pairs) {
                Value t = tuple_pack(I, 2, key, val);
                if (t == VAL_NULL || !list_append(I, acc, t)) return VAL_NULL;
            } else if (acc == VAL_NULL && nkv + 1 < sizeof kv / sizeof kv[0]) {
                kv[nkv++] = key;
                kv[nkv++] = val;
            } else {
                if (acc == VAL_NULL) {
                    acc = dict_new_from_pairs(I, vview_make(kv, nkv));
                    if (acc == VAL_NULL) return VAL_NULL;
                }
                if (!dict_set(I, acc, key, val)) return VAL_NULL;
            }
            i = skip_ws(sc, i);
            if (i < n && at(sc, i) == '}') break;
            if (i >= n || at(sc, i) != ',') return fail(I, sc, "Expecting ',' delimiter", i);
            i = skip_ws(sc, i + 1);
        }
    }
    *end = i + 1;
    if (pairs) return obj_call1(I, sc->pairs_hook, acc);
    if (acc == VAL_NULL) {
        acc = nkv == 0 ? dict_new(I) : dict_new_from_pairs(I, vview_make(kv, nkv));
        if (acc == VAL_NULL) return VAL_NULL;
    }
    if (sc->object_hook != VAL_NULL && sc->object_hook != I->none)
        return obj_call1(I, sc->object_hook, acc);
    return acc;
}

static Value scan_array(Interp *I, Scan *sc, size_t i, size_t *end) {
    size_t n = sc->v.n;
    Value items[SCAN_LOCAL_ITEMS];
    size_t nitems = 0;
    Value acc = VAL_NULL;
    i = skip_ws(sc, i);
    if (i >= n || at(sc, i) != ']') {
        for (;;) {
            Value val = scan_value(I, sc, i, &i);
            if (val == VAL_NULL) return VAL_NULL;
            if (acc == VAL_NULL && nitems < sizeof items / sizeof items[0]) {
                items[nitems++] = val;
            } else {
                if (acc == VAL_NULL) {
                    acc = list_from_view(I, vview_make(items, nitems));
                    if (acc == VAL_NULL) return VAL_NULL;
                }
                if (!list_append(I, acc, val)) return VAL_NULL;
            }
            i = skip_ws(sc, i);
            if (i < n && at(sc, i) == ']') break;
            if (i >= n || at(sc, i) != ',') return fail(I, sc, "Expecting ',' delimiter", i);
            i = skip_ws(sc, i + 1);
        }
    }
    *end = i + 1;
    if (acc == VAL_NULL) return list_from_view(I, vview_make(items, nitems));
    return acc;
}

static bool has_word(const Scan *sc, size_t i, const char *w) {
    return bview_startswith(bview_slice(sc->v, i, sc->v.n), bview_cstr(w));
}

static Value constant(Interp *I, Scan *sc, size_t i, const char *w, size_t *end) {
    *end = i + bview_cstr(w).n;
    Value t = str_from_cstr(I, w);
    if (t == VAL_NULL) return VAL_NULL;
    return obj_call1(I, sc->parse_constant, t);
}

static Value scan_value(Interp *I, Scan *sc, size_t i, size_t *end) {
    if (i >= sc->v.n) return stop(I, sc, i);
    Value r;
    switch (at(sc, i)) {
    case '"': return scan_key(I, sc, i + 1, end, VALUE_MAX);
    case '{':
        if (!interp_enter_c(I, " while decoding a JSON object from a unicode string")) return VAL_NULL;
        r = scan_object(I, sc, i + 1, end);
        interp_leave_c(I);
        return r;
    case '[':
        if (!interp_enter_c(I, " while decoding a JSON array from a unicode string")) return VAL_NULL;
        r = scan_array(I, sc, i + 1, end);
        interp_leave_c(I);
        return r;
    case 'n':
        if (!has_word(sc, i, "null")) break;
        *end = i + 4;
        return I->none;
    case 't':
        if (!has_word(sc, i, "true")) break;
        *end = i + 4;
        return I->true_;
    case 'f':
        if (!has_word(sc, i, "false")) break;
        *end = i + 5;
        return I->false_;
    case 'N':
        if (has_word(sc, i, "NaN")) return constant(I, sc, i, "NaN", end);
        break;
    case 'I':
        if (has_word(sc, i, "Infinity")) return constant(I, sc, i, "Infinity", end);
        break;
    case '-':
        if (has_word(sc, i, "-Infinity")) return constant(I, sc, i, "-Infinity", end);
        break;
    default: break;
    }
    return scan_number(I, sc, i, end);
}

// The byte offset of char index [idx] (< 0 or past the end: IndexError-like failure).
static bool start_offset(Interp *I, const Scan *sc, Value idxv, bool clamp, size_t *off) {
    int64_t idx;
    if (!obj_index_i64(I, idxv, &idx)) return false;
    size_t nchars = str_len(sc->s);
    if (idx < 0) {
        // scan_once (clamp) and scanstring word it differently, as CPython's _json does
        exc_raise(I, TY_VALUE_ERROR, clamp ? "idx cannot be negative" : "end is out of bounds");
        return false;
    }
    if ((uint64_t)idx > nchars) {
        if (!clamp) {
            exc_raise(I, TY_VALUE_ERROR, "end is out of bounds");
            return false;
        }
        idx = (int64_t)nchars;
    }
    *off = sc->ascii ? (size_t)idx : utf8_offset(sc->v, (size_t)idx);
    return true;
}

static bool scan_init(Interp *I, Scan *sc, Value s) {
    if (!str_check(s)) {
        exc_raise(I, TY_TYPE_ERROR, "first argument must be a string, not %T", s);
        return false;
    }
    sc->s = s;
    sc->v = str_view(s);
    sc->ascii = str_len(s) == sc->v.n;
    sc->strict = true;
    sc->object_hook = sc->pairs_hook = sc->parse_float = sc->parse_int = VAL_NULL;
    sc->parse_constant = sc->errcls = VAL_NULL;
    vec_init(&sc->keys);
    KStatus st = vec_resize(I->heap, &sc->keys, KEY_SLOTS);
    if (st != K_OK) {
        exc_from_kstatus(I, st, "json");
        return false;
    }
    return true;
}

static Value result(Interp *I, const Scan *sc, Value v, size_t end) {
    Value e = int_from_u64(I, char_index(sc, end));
    if (e == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 2, v, e);
}

Value jsonmod_scanstring(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value s, endv, strict, errcls;
    if (!args_parse(I, args, kwnames, "scanstring", "s end | strict errcls", &s, &endv, &strict,
                    &errcls))
        return VAL_NULL;
    // the index converts first (CPython's argument parsing): a huge one is OverflowError
    int64_t ignored;
    if (!args_ssize(I, endv, &ignored)) return VAL_NULL;
    Scan sc;
    if (!scan_init(I, &sc, s)) return VAL_NULL;
    if (strict != VAL_NULL) {
        int t = obj_truth(I, strict);
        if (t < 0) return VAL_NULL;
        sc.strict = t;
    }
    sc.errcls = errcls;
    size_t off, end = 0;
    if (!start_offset(I, &sc, endv, false, &off)) return VAL_NULL;
    Value r = scan_string(I, &sc, off, &end);
    if (r == VAL_NULL) return VAL_NULL;
    return result(I, &sc, r, end);
}

Value jsonmod_scan_once(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value s, idxv, strict, ohook, phook, pfloat, pint, pconst, errcls;
    if (!args_parse(I, args, kwnames, "scan_once",
                    "s idx strict object_hook object_pairs_hook parse_float parse_int "
                    "parse_constant errcls",
                    &s, &idxv, &strict, &ohook, &phook, &pfloat, &pint, &pconst, &errcls))
        return VAL_NULL;
    Scan sc;
    if (!scan_init(I, &sc, s)) return VAL_NULL;
    sc.object_hook = ohook;
    sc.pairs_hook = phook;
    sc.parse_float = pfloat;
    sc.parse_int = pint;
    sc.parse_constant = pconst;
    sc.errcls = errcls;
    int t = obj_truth(I, strict);
    if (t < 0) return VAL_NULL;
    sc.strict = t;
    size_t off, end = 0;
    if (!start_offset(I, &sc, idxv, true, &off)) return VAL_NULL;
    Value r = scan_value(I, &sc, off, &end);
    if (r == VAL_NULL) return VAL_NULL;
    return result(I, &sc, r, end);
}
