/*
 * str_search.c: str methods that search or cut: find/rfind/index/rindex/count,
 * startswith/endswith, split/rsplit/splitlines, partition/rpartition,
 * strip/lstrip/rstrip, replace, translate and maketrans.
 *
 * Searching works on the UTF-8 bytes: a valid UTF-8 needle can only match a valid UTF-8
 * haystack at code point boundaries, so byte offsets found are converted back to code
 * point indices (O(1) for ASCII strs). Start/end arguments are code point indices,
 * clamped like slices.
 */
#include "args.h"
#include "../kernel/checked.h"
#include "../kernel/unicode.h"
#include "../kernel/utf8.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "str_impl.h"
#include "tuple.h"

static bool check_self(Interp *I, Value self, const char *name) {
    if (str_check(self)) return true;
    exc_raise(I, TY_TYPE_ERROR, "descriptor '%s' requires a 'str' object but received a '%T'", name, self);
    return false;
}

// A new str from bytes [lo, hi) of [self] (code point boundaries).
static Value sub_bytes(Interp *I, Value self, size_t lo, size_t hi) {
    StrObject *o = str_cast(self);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected str, got %T", self);
    BView whole = str_obj_view(o);
    if (lo == 0 && hi >= whole.n) return str_exact(I, self);
    BView v = bview_slice(whole, lo, hi);
    if (str_flag(o, STR_ASCII)) return str_new_counted(I, v, v.n, true);
    return str_new_counted(I, v, utf8_count(v), utf8_is_ascii(v));
}

/* ---- find family ---- */

// Parses (sub[, start[, end]]) for [name] and resolves the code point range.
static bool find_args(Interp *I, Value self, ValView args, Value kwnames, const char *qual,
                      const char *name, Value *sub, int64_t *start, int64_t *end) {
    if (!str_args_old(I, args, kwnames, qual, 1, 3) || !check_self(I, self, name)) return false;
    *sub = vview_get(args, 0);
    *start = 0;
    *end = INT64_MAX;
    if (!str_args_slice_index(I, vview_get(args, 1), start)) return false;
    if (!str_args_slice_index(I, vview_get(args, 2), end)) return false;
    if (!str_check(*sub)) {
        exc_raise(I, TY_TYPE_ERROR, "must be str, not %T", *sub);
        return false;
    }
    str_args_adjust(start, end, (int64_t)str_len(self));
    return true;
}

// Code point index of the first (or last) occurrence of [sub] in self[start:end], -1.
static int64_t find_in(Value self, Value sub, int64_t start, int64_t end, bool reverse) {
    int64_t sublen = (int64_t)str_len(sub);
    if (end - start < sublen) return -1;
    if (sublen == 0) return reverse ? end : start;
    size_t lo = str_offset(self, (size_t)start), hi = str_offset(self, (size_t)end);
    BView hay = bview_slice(str_view(self), lo, hi);
    int64_t f = reverse ? bview_rfind(hay, str_view(sub), hay.n) : bview_find(hay, str_view(sub), 0);
    if (f < 0) return -1;
    return (int64_t)str_index_of_offset(self, lo + (size_t)f);
}

static Value find_common(Interp *I, Value self, ValView args, Value kwnames, const char *qual,
                         const char *name, bool reverse, bool raise) {
    Value sub;
    int64_t start, end;
    if (!find_args(I, self, args, kwnames, qual, name, &sub, &start, &end)) return VAL_NULL;
    int64_t r = find_in(self, sub, start, end, reverse);
    if (r < 0 && raise) return exc_raise(I, TY_VALUE_ERROR, "substring not found");
    return int_from_i64(I, r);
}

Value str_search_find(Interp *I, Value self, ValView args, Value kwnames) {
    return find_common(I, self, args, kwnames, "str.find", "find", false, false);
}

Value str_search_rfind(Interp *I, Value self, ValView args, Value kwnames) {
    return find_common(I, self, args, kwnames, "str.rfind", "rfind", true, false);
}

Value str_search_index(Interp *I, Value self, ValView args, Value kwnames) {
    return find_common(I, self, args, kwnames, "str.index", "index", false, true);
}

Value str_search_rindex(Interp *I, Value self, ValView args, Value kwnames) {
    return find_common(I, self, args, kwnames, "str.rindex", "rindex", true, true);
}

Value str_search_count(Interp *I, Value self, ValView args, Value kwnames) {
    Value sub;
    int64_t start, end;
    if (!find_args(I, self, args, kwnames, "str.count", "count", &sub, &start, &end)) return VAL_NULL;
    int64_t sublen = (int64_t)str_len(sub);
    if (end - start < sublen) return int_from_i64(I, 0);
    if (sublen == 0) return int_from_i64(I, end - start + 1);
    size_t lo = str_offset(self, (size_t)start), hi = str_offset(self, (size_t)end);
    BView hay = bview_slice(str_view(self), lo, hi);
    return int_from_i64(I, (int64_t)bview_count(hay, str_view(sub)));
}

// Does self[start:end] start (or end) with [sub]?
static bool tail_match(Value self, Value sub, int64_t start, int64_t end, bool suffix) {
    int64_t sublen = (int64_t)str_len(sub);
    if (end - sublen < start) return false;
    if (sublen == 0) return true;
    size_t lo = str_offset(self, (size_t)start), hi = str_offset(self, (size_t)end);
    BView hay = bview_slice(str_view(self), lo, hi);
    return suffix ? bview_endswith(hay, str_view(sub)) : bview_startswith(hay, str_view(sub));
}

static Value affix_common(Interp *I, Value self, ValView args, Value kwnames, const char *qual,
                          const char *name, bool suffix) {
    // s.startswith(t) on the whole text: a byte comparison (valid UTF-8 on both sides, so
    // a byte prefix is a code point prefix); everything else below
    StrObject *so = str_cast(self), *arg = args.n == 1 ? str_cast(vview_get(args, 0)) : NULL;
    if (so != NULL && arg != NULL && kwnames == VAL_NULL) {
        BView hay = str_obj_view(so), needle = str_obj_view(arg);
        return interp_bool(I, suffix ? bview_endswith(hay, needle) : bview_startswith(hay, needle));
    }
    if (!str_args_old(I, args, kwnames, qual, 1, 3) || !check_self(I, self, name)) return VAL_NULL;
    Value x = vview_get(args, 0);
    int64_t start = 0, end = INT64_MAX;
    if (!str_args_slice_index(I, vview_get(args, 1), &start)) return VAL_NULL;
    if (!str_args_slice_index(I, vview_get(args, 2), &end)) return VAL_NULL;
    str_args_adjust(&start, &end, (int64_t)str_len(self));
    if (tuple_check(x)) {
        size_t n = tuple_len(x);
        for (size_t i = 0; i < n; i++) {
            Value sub = tuple_get(x, i);
            if (!str_check(sub))
                return exc_raise(I, TY_TYPE_ERROR, "tuple for %s must only contain str, not %T", name, sub);
            if (tail_match(self, sub, start, end, suffix)) return I->true_;
        }
        return I->false_;
    }
    if (!str_check(x))
        return exc_raise(I, TY_TYPE_ERROR, "%s first arg must be str or a tuple of str, not %T", name, x);
    return interp_bool(I, tail_match(self, x, start, end, suffix));
}

Value str_search_startswith(Interp *I, Value self, ValView args, Value kwnames) {
    return affix_common(I, self, args, kwnames, "str.startswith", "startswith", false);
}

Value str_search_endswith(Interp *I, Value self, ValView args, Value kwnames) {
    return affix_common(I, self, args, kwnames, "str.endswith", "endswith", true);
}

/* ---- split family ---- */

static bool add_piece(Interp *I, Value list, Value self, size_t lo, size_t hi) {
    Value piece = sub_bytes(I, self, lo, hi);
    return piece != VAL_NULL && list_append(I, list, piece);
}

// str.isspace's ASCII set: \t\n\v\f\r, \x1c-\x1f and the space (unicode_is_space
// agrees: tests/lang/strings).
static const bool ascii_space[128] = {['\t'] = true, ['\n'] = true, ['\v'] = true,
                                      ['\f'] = true, ['\r'] = true, [0x1c] = true,
                                      [0x1d] = true,  [0x1e] = true, [0x1f] = true,
                                      [' '] = true};

// True when byte [b] (bview_get's -1..255) is an ASCII whitespace character.
static inline bool is_ascii_space(int b) { return b >= 0 && b < 0x80 && ascii_space[b]; }

static inline bool is_space_at(BView v, size_t off, size_t *len) {
    int b = bview_get(v, off);
    if (b < 0x80) { // an ASCII byte is a whole code point
        *len = 1;
        return is_ascii_space(b);
    }
    return unicode_is_space(str_cp_at(v, off, len));
}

// split() of an ASCII str (any maxsplit): the byte loops of split_whitespace without
// decoding.
// ascii_space as a class of every byte value (for bview_span; an ASCII str has no byte
// >= 0x80).
#define Z16 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
#define Z64 Z16, Z16, Z16, Z16
static const uint8_t space_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, // \t \n \v \f \r
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, // \x1c-\x1f
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // ' '
    Z16, Z64, Z64, Z64};
#undef Z64
#undef Z16

static Value split_ascii(Interp *I, Value self, BView v, int64_t maxcount, Value out) {
    size_t i = 0, n = v.n;
    while (maxcount-- > 0) {
        i = bview_span(v, i, space_class, 1);
        if (i >= n) return out;
        size_t j = i;
        i = bview_span(v, i, space_class, 0);
        if (!add_piece(I, out, self, j, i)) return VAL_NULL;
    }
    i = bview_span(v, i, space_class, 1);
    if (i < n && !add_piece(I, out, self, i, n)) return VAL_NULL;
    return out;
}

// Reverses list [l] in place (rsplit collects pieces right to left).
static bool reverse_list(Interp *I, Value l) {
    size_t n = list_len(l);
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        Value a = list_get(l, i), b = list_get(l, j - 1);
        if (!list_set(I, l, i, b) || !list_set(I, l, j - 1, a)) return false;
    }
    return true;
}

// The result lists of split start with room for 4 items (most splits are short).
static Value split_whitespace(Interp *I, Value self, int64_t maxcount, bool right) {
    BView v = str_view(self);
    Value out = list_new(I, 4);
    if (out == VAL_NULL) return VAL_NULL;
    size_t len;
    StrObject *so = str_cast(self);
    if (!right && so != NULL && str_flag(so, STR_ASCII)) return split_ascii(I, self, v, maxcount, out);
    if (!right) {
        size_t i = 0;
        while (maxcount-- > 0) {
            while (i < v.n && is_space_at(v, i, &len)) i += len;
            if (i >= v.n) break;
            size_t j = i;
            while (i < v.n && !is_space_at(v, i, &len)) i += len;
            if (!add_piece(I, out, self, j, i)) return VAL_NULL;
        }
        if (i < v.n) {
            while (i < v.n && is_space_at(v, i, &len)) i += len;
            if (i < v.n && !add_piece(I, out, self, i, v.n)) return VAL_NULL;
        }
        return out;
    }
    size_t i = v.n; // exclusive end of the unscanned part
    while (maxcount-- > 0) {
        while (i > 0 && is_space_at(v, utf8_prev(v, i), &len)) i = utf8_prev(v, i);
        if (i == 0) break;
        size_t j = i;
        while (i > 0 && !is_space_at(v, utf8_prev(v, i), &len)) i = utf8_prev(v, i);
        if (!add_piece(I, out, self, i, j)) return VAL_NULL;
    }
    if (i > 0) {
        while (i > 0 && is_space_at(v, utf8_prev(v, i), &len)) i = utf8_prev(v, i);
        if (i > 0 && !add_piece(I, out, self, 0, i)) return VAL_NULL;
    }
    return reverse_list(I, out) ? out : VAL_NULL;
}

static Value split_sep(Interp *I, Value self, Value sep, int64_t maxcount, bool right) {
    BView v = str_view(self), s = str_view(sep);
    Value out = list_new(I, 4);
    if (out == VAL_NULL) return VAL_NULL;
    if (!right) {
        size_t i = 0;
        while (maxcount-- > 0) {
            int64_t pos = bview_find(v, s, i);
            if (pos < 0) break;
            if (!add_piece(I, out, self, i, (size_t)pos)) return VAL_NULL;
            i = (size_t)pos + s.n;
        }
        return add_piece(I, out, self, i, v.n) ? out : VAL_NULL;
    }
    size_t j = v.n;
    while (maxcount-- > 0) {
        int64_t pos = bview_rfind(v, s, j);
        if (pos < 0) break;
        if (!add_piece(I, out, self, (size_t)pos + s.n, j)) return VAL_NULL;
        j = (size_t)pos;
    }
    if (!add_piece(I, out, self, 0, j)) return VAL_NULL;
    return reverse_list(I, out) ? out : VAL_NULL;
}

static Value split_common(Interp *I, Value self, ValView args, Value kwnames, const char *name, bool right) {
    if (kwnames == VAL_NULL && args.n <= 1 && str_check(self)) { // s.split() / s.split(sep)
        Value sep = args.n == 1 ? vview_get(args, 0) : I->none;
        if (sep == I->none) return split_whitespace(I, self, INT64_MAX, right);
        if (str_check(sep) && str_len(sep) > 0) return split_sep(I, self, sep, INT64_MAX, right);
    }
    StrArgs a;
    if (!str_args_kw(I, args, kwnames, name, "sep maxsplit", &a) || !check_self(I, self, name)) return VAL_NULL;
    Value sep = a.v[0];
    int64_t maxsplit = -1;
    if (a.v[1] != VAL_NULL && !args_ssize(I, a.v[1], &maxsplit)) return VAL_NULL;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    if (sep == VAL_NULL || sep == I->none) return split_whitespace(I, self, maxsplit, right);
    if (!str_check(sep)) return exc_raise(I, TY_TYPE_ERROR, "must be str or None, not %T", sep);
    if (str_len(sep) == 0) return exc_raise(I, TY_VALUE_ERROR, "empty separator");
    return split_sep(I, self, sep, maxsplit, right);
}

Value str_search_split(Interp *I, Value self, ValView args, Value kwnames) {
    return split_common(I, self, args, kwnames, "split", false);
}

Value str_search_rsplit(Interp *I, Value self, ValView args, Value kwnames) {
    return split_common(I, self, args, kwnames, "rsplit", true);
}

Value str_search_splitlines(Interp *I, Value self, ValView args, Value kwnames) {
    StrArgs a;
    if (!str_args_kw(I, args, kwnames, "splitlines", "keepends", &a) || !check_self(I, self, "splitlines"))
        return VAL_NULL;
    int keep = 0;
    if (a.v[0] != VAL_NULL && !str_args_int(I, a.v[0], &keep)) return VAL_NULL;
    BView v = str_view(self);
    Value out = list_new(I, 0);
    if (out == VAL_NULL) return VAL_NULL;
    size_t i = 0, len;
    while (i < v.n) {
        size_t j = i;
        // ASCII bytes are tested directly: \n \v \f \r and \x1c-\x1e break lines
        for (;;) {
            int c = bview_get(v, i);
            if (c < 0) break;
            if (c >= 0x20 && c < 0x80) {
                i++;
                continue;
            }
            if (c < 0x20) {
                if ((c >= '\n' && c <= '\r') || (c >= 0x1c && c <= 0x1e)) break;
                i++;
                continue;
            }
            if (unicode_is_linebreak(utf8_get(v, i, &len))) break;
            i += len;
        }
        size_t eol = i;
        if (i < v.n) {
            if (bview_get(v, i) == '\r' && bview_get(v, i + 1) == '\n') i += 2;
            else {
                (void)utf8_get(v, i, &len);
                i += len;
            }
            if (keep) eol = i;
        }
        if (!add_piece(I, out, self, j, eol)) return VAL_NULL;
    }
    return out;
}

static Value partition_common(Interp *I, Value self, ValView args, Value kwnames, const char *qual,
                              const char *name, bool right) {
    if (!str_args_one(I, args, kwnames, qual) || !check_self(I, self, name)) return VAL_NULL;
    Value sep = vview_get(args, 0);
    if (!str_check(sep)) return exc_raise(I, TY_TYPE_ERROR, "must be str, not %T", sep);
    if (str_len(sep) == 0) return exc_raise(I, TY_VALUE_ERROR, "empty separator");
    BView v = str_view(self), s = str_view(sep);
    int64_t pos = right ? bview_rfind(v, s, v.n) : bview_find(v, s, 0);
    Value empty = str_from_cstr(I, "");
    if (empty == VAL_NULL) return VAL_NULL;
    // as CPython's stringlib: self itself (a subclass too) when [sep] is absent, else
    // [sep] itself in the middle
    if (pos < 0)
        return right ? tuple_pack(I, 3, empty, empty, self) : tuple_pack(I, 3, self, empty, empty);
    Value before = sub_bytes(I, self, 0, (size_t)pos);
    Value after = before == VAL_NULL ? VAL_NULL : sub_bytes(I, self, (size_t)pos + s.n, v.n);
    if (after == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 3, before, sep, after);
}

Value str_search_partition(Interp *I, Value self, ValView args, Value kwnames) {
    return partition_common(I, self, args, kwnames, "str.partition", "partition", false);
}

Value str_search_rpartition(Interp *I, Value self, ValView args, Value kwnames) {
    return partition_common(I, self, args, kwnames, "str.rpartition", "rpartition", true);
}

/* ---- strip ---- */

// Is code point [c] in the set [chars] (VAL_NULL: whitespace)?
static bool in_set(Value chars, uint32_t c) {
    if (chars == VAL_NULL) return c < 0x80 ? is_ascii_space((int)c) : unicode_is_space(c);
    BView v = str_view(chars);
    size_t off = 0, len;
    while (off < v.n) {
        if (str_cp_at(v, off, &len) == c) return true;
        off += len;
    }
    return false;
}

static Value strip_common(Interp *I, Value self, ValView args, Value kwnames, const char *qual,
                          const char *name, bool left, bool right) {
    if (!str_args_pos(I, args, kwnames, qual, 0, 1) || !check_self(I, self, name)) return VAL_NULL;
    Value chars = vview_get(args, 0);
    if (chars == I->none) chars = VAL_NULL;
    if (chars != VAL_NULL && !str_check(chars))
        return exc_raise(I, TY_TYPE_ERROR, "%s arg must be None or str", name);
    BView v = str_view(self);
    size_t lo = 0, hi = v.n, len;
    StrObject *so = str_cast(self);
    if (chars == VAL_NULL && so != NULL && str_flag(so, STR_ASCII)) { // bytes are characters
        if (left) lo = bview_span(v, 0, space_class, 1);
        if (right)
            while (hi > lo && space_class[bview_get(v, hi - 1) & 0xff]) hi--;
        return sub_bytes(I, self, lo, hi);
    }
    if (left) {
        while (lo < hi && in_set(chars, str_cp_at(v, lo, &len))) lo += len;
    }
    if (right) {
        while (hi > lo) {
            size_t p = utf8_prev(v, hi);
            if (!in_set(chars, str_cp_at(v, p, &len))) break;
            hi = p;
        }
    }
    return sub_bytes(I, self, lo, hi);
}

Value str_search_strip(Interp *I, Value self, ValView args, Value kwnames) {
    return strip_common(I, self, args, kwnames, "str.strip", "strip", true, true);
}

Value str_search_lstrip(Interp *I, Value self, ValView args, Value kwnames) {
    return strip_common(I, self, args, kwnames, "str.lstrip", "lstrip", true, false);
}

Value str_search_rstrip(Interp *I, Value self, ValView args, Value kwnames) {
    return strip_common(I, self, args, kwnames, "str.rstrip", "rstrip", false, true);
}

/* ---- replace ---- */

Value str_search_replace(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_pos(I, args, kwnames, "str.replace", 2, 3) || !check_self(I, self, "replace")) return VAL_NULL;
    Value old = vview_get(args, 0), new_ = vview_get(args, 1);
    if (!str_check(old))
        return exc_raise(I, TY_TYPE_ERROR, "replace() argument 1 must be str, not %s", str_args_tname(I, old));
    if (!str_check(new_))
        return exc_raise(I, TY_TYPE_ERROR, "replace() argument 2 must be str, not %s", str_args_tname(I, new_));
    int64_t count = -1;
    if (args.n > 2 && !args_ssize(I, vview_get(args, 2), &count)) return VAL_NULL;
    if (count < 0) count = INT64_MAX;
    BView v = str_view(self), o = str_view(old), n = str_view(new_);
    StrBuilder sb;
    sb_init(&sb);
    size_t done = 0;
    if (o.n == 0) {
        // Insert [new] before every code point and at the end, up to count times.
        size_t off = 0, len;
        while (off <= v.n && (int64_t)done < count) {
            if (!sb_add_view(I, &sb, n)) return VAL_NULL;
            done++;
            if (off == v.n) {
                off++;
                break;
            }
            (void)utf8_get(v, off, &len);
            if (!sb_add_view(I, &sb, bview_slice(v, off, off + len))) return VAL_NULL;
            off += len;
        }
        if (done == 0) return str_exact(I, self);
        if (off < v.n && !sb_add_view(I, &sb, bview_slice(v, off, v.n))) return VAL_NULL;
        return sb_finish(I, &sb);
    }
    size_t i = 0;
    while ((int64_t)done < count) {
        int64_t pos = bview_find(v, o, i);
        if (pos < 0) break;
        if (done == 0) {
            // Reserve the final size once: len + k * (len(new) - len(old)), checked.
            size_t k = bview_count(v, o);
            if ((uint64_t)k > (uint64_t)count) k = (size_t)count;
            size_t total = v.n;
            if (n.n > o.n) {
                size_t extra;
                if (!size_mul(k, n.n - o.n, &extra) || !size_add(total, extra, &total)) return exc_nomem(I);
            }
            if (buf_reserve(I->heap, &sb.b, total) != K_OK) return exc_nomem(I);
        }
        if (!sb_add_view(I, &sb, bview_slice(v, i, (size_t)pos)) || !sb_add_view(I, &sb, n)) return VAL_NULL;
        i = (size_t)pos + o.n;
        done++;
    }
    if (done == 0) return str_exact(I, self);
    if (!sb_add_view(I, &sb, bview_slice(v, i, v.n))) return VAL_NULL;
    return sb_finish(I, &sb);
}

/* ---- translate / maketrans ---- */

Value str_search_translate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_one(I, args, kwnames, "str.translate") || !check_self(I, self, "translate")) return VAL_NULL;
    Value table = vview_get(args, 0);
    BView v = str_view(self);
    StrBuilder sb;
    sb_init(&sb);
    // An exact dict: look up without raising KeyError for each absent character, and
    // remember ASCII characters' simple results (CPython caches them too; the table holds
    // what they map to, and the C stack keeps them alive).
    bool exact = dict_check(table) && type_of(I, table) == interp_type(I, TY_DICT);
    Value cache[128] = {0};     // the looked-up result of ASCII characters
    uint8_t known[128] = {0};   // 0 not looked up yet, 1 absent, 2 cache[c] holds it
    size_t off = 0, len;
    while (off < v.n) {
        uint32_t c = utf8_get(v, off, &len);
        off += len;
        Value r = VAL_NULL;
        bool absent = false;
        if (exact && c < 128 && known[c] != 0) {
            absent = known[c] == 1;
            r = cache[c];
        } else {
            Value key = int_from_i64(I, c);
            if (key == VAL_NULL) return VAL_NULL;
            if (exact) {
                r = dict_get(I, table, key);
                if (r == VAL_NULL && I->exc != VAL_NULL) {
                    // A key's __eq__ may raise: a LookupError means absent, as for
                    // any other mapping.
                    if (!exc_pending_is(I, TY_LOOKUP_ERROR)) return VAL_NULL;
                    exc_clear(I);
                }
                absent = r == VAL_NULL;
                // As CPython's ASCII fast path: remember absent, None, an ASCII code
                // point or a one-character ASCII str (anything else is looked up again).
                bool keep = absent || r == I->none ||
                            (val_is_small(r) && val_small(r) >= 0 && val_small(r) < 128) ||
                            (str_check(r) && str_len(r) == 1 && str_view(r).n == 1);
                if (c < 128 && keep) {
                    known[c] = absent ? 1 : 2;
                    cache[c] = r;
                }
            } else {
                r = obj_getitem(I, table, key);
                if (r == VAL_NULL) {
                    if (!exc_pending_is(I, TY_LOOKUP_ERROR)) return VAL_NULL;
                    exc_clear(I);
                    absent = true;
                }
            }
        }
        if (absent) {
            if (!sb_add_codepoint(I, &sb, c)) return VAL_NULL;
            continue;
        }
        if (r == I->none) continue;
        if (int_check(I, r)) {
            int64_t x;
            if (!int_to_i64(I, r, &x) || x < 0 || x > (int64_t)UTF8_MAX_CP) {
                exc_clear(I);
                return exc_raise(I, TY_VALUE_ERROR, "character mapping must be in range(0x110000)");
            }
            if (!sb_add_codepoint(I, &sb, (uint32_t)x)) return VAL_NULL;
        } else if (str_check(r)) {
            if (!sb_add_str(I, &sb, r)) return VAL_NULL;
        } else {
            return exc_raise(I, TY_TYPE_ERROR, "character mapping must return integer, None or str");
        }
    }
    return sb_finish(I, &sb);
}

Value str_search_maketrans(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!str_args_pos(I, args, kwnames, "str.maketrans", 1, 3)) return VAL_NULL;
    Value x = vview_get(args, 0), y = vview_get(args, 1), z = vview_get(args, 2);
    Value d = dict_new(I);
    if (d == VAL_NULL) return VAL_NULL;
    if (args.n == 1) {
        if (!dict_check(x))
            return exc_raise(I, TY_TYPE_ERROR, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        Value k, val;
        while (dict_next(x, &pos, &k, &val)) {
            Value key = k;
            if (str_check(k)) {
                if (str_len(k) != 1)
                    return exc_raise(I, TY_VALUE_ERROR, "string keys in translate table must be of length 1");
                key = int_from_i64(I, str_char(k, 0));
                if (key == VAL_NULL) return VAL_NULL;
            } else if (!int_check(I, k)) {
                return exc_raise(I, TY_TYPE_ERROR, "keys in translate table must be strings or integers");
            }
            if (!dict_set(I, d, key, val)) return VAL_NULL;
        }
        return d;
    }
    if (!str_check(x))
        return exc_raise(I, TY_TYPE_ERROR, "first maketrans argument must be a string if there is a second argument");
    if (!str_check(y))
        return exc_raise(I, TY_TYPE_ERROR, "maketrans() argument 2 must be str, not %s", str_args_tname(I, y));
    if (z != VAL_NULL && !str_check(z))
        return exc_raise(I, TY_TYPE_ERROR, "maketrans() argument 3 must be str, not %s", str_args_tname(I, z));
    size_t n = str_len(x);
    if (n != str_len(y))
        return exc_raise(I, TY_VALUE_ERROR, "the first two maketrans arguments must have equal length");
    for (size_t i = 0; i < n; i++) {
        Value k = int_from_i64(I, str_char(x, i));
        Value val = k == VAL_NULL ? VAL_NULL : int_from_i64(I, str_char(y, i));
        if (val == VAL_NULL || !dict_set(I, d, k, val)) return VAL_NULL;
    }
    size_t nz = z == VAL_NULL ? 0 : str_len(z);
    for (size_t i = 0; i < nz; i++) {
        Value k = int_from_i64(I, str_char(z, i));
        if (k == VAL_NULL || !dict_set(I, d, k, I->none)) return VAL_NULL;
    }
    return d;
}
