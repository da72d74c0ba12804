/*
 * bytes_methods.c: the methods of bytes and bytearray (ASCII semantics for case and
 * classification), plus bytearray's mutators. One implementation serves both types: the
 * result has self's kind (bytes or bytearray) and messages name self's type.
 *
 * Invariant: bytearray mutators re-read the buffer after any call that can run user code
 * (__index__, iteration) and change its size only when no buffer export is active.
 */
#include "../kernel/checked.h"
#include "../kernel/utf8.h"
#include "args.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "memview.h"
#include "ops.h"
#include "str_impl.h"
#include "tuple.h"

/* ---- helpers ---- */

static bool is_ba(Value self) { return bytearray_check(self); }

static const char *tname(Value self) { return is_ba(self) ? "bytearray" : "bytes"; }

// "bytes.upper" style qualified names, built in a fixed array.
typedef struct Qual {
    char s[64];
} Qual;

static Qual qual(Value self, const char *name) {
    Qual q;
    size_t k = 0;
    BView a = bview_cstr(tname(self)), b = bview_cstr(name);
    for (size_t i = 0; i < a.n && k < sizeof q.s - 2; i++) q.s[k++] = (char)bview_get(a, i);
    q.s[k++] = '.';
    for (size_t i = 0; i < b.n && k < sizeof q.s - 1; i++) q.s[k++] = (char)bview_get(b, i);
    q.s[k] = 0;
    return q;
}

static bool self_ok(Interp *I, Value self, const char *name) {
    BView v;
    if (bytes_like(self, &v)) return true;
    exc_raise(I, TY_TYPE_ERROR, "descriptor '%s' requires a 'bytes' object but received a '%T'", name, self);
    return false;
}

static bool noargs(Interp *I, Value self, ValView args, Value kwnames, const char *name) {
    Qual q = qual(self, name);
    return self_ok(I, self, name) && str_args_none(I, args, kwnames, q.s);
}

static bool onearg(Interp *I, Value self, ValView args, Value kwnames, const char *name) {
    Qual q = qual(self, name);
    return self_ok(I, self, name) && str_args_one(I, args, kwnames, q.s);
}

static bool posargs(Interp *I, Value self, ValView args, Value kwnames, const char *name, size_t min, size_t max) {
    Qual q = qual(self, name);
    return self_ok(I, self, name) && str_args_pos(I, args, kwnames, q.s, min, max);
}

static Value nomem_k(Interp *I, KStatus s) {
    (void)s;
    return exc_nomem(I);
}

// The result kind follows self: bytes (also for subclasses) or bytearray.
static Value result(Interp *I, Value self, Buf b) { return bytes_wrap(I, b, is_ba(self)); }

static Value result_view(Interp *I, Value self, BView v) {
    return is_ba(self) ? bytearray_new(I, v) : bytes_new(I, v);
}

// self unchanged: the object itself for an exact bytes, else a copy of self's kind.
static Value unchanged(Interp *I, Value self) {
    if (bytes_check(self) && type_of(I, self) == interp_type(I, TY_BYTES)) return self;
    return result_view(I, self, bytes_view(self));
}

static bool need_buffer(Interp *I, Value v, BView *out) {
    if (bytes_like(v, out)) return true;
    exc_raise(I, TY_TYPE_ERROR, "a bytes-like object is required, not '%T'", v);
    return false;
}

static bool is_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_lower(int c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha(int c) { return is_lower(c) || is_upper(c); }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_alnum(int c) { return is_alpha(c) || is_digit(c); }

/* ---- find family ---- */

// A search needle: an int byte or a buffer.
typedef struct Needle {
    uint8_t one;
    BView v;
} Needle;

static bool needle_arg(Interp *I, Value x, Needle *n) {
    if (bytes_like(x, &n->v)) return true;
    if (!int_check(I, x) && (type_of(I, x) == NULL || type_of(I, x)->index == NULL)) {
        exc_raise(I, TY_TYPE_ERROR, "argument should be integer or bytes-like object, not '%T'", x);
        return false;
    }
    if (!bytes_arg_byte(I, x, &n->one)) return false;
    n->v.p = &n->one;
    n->v.n = 1;
    return true;
}

static bool find_args(Interp *I, Value self, ValView args, Value kwnames, const char *name, Needle *n,
                      int64_t *start, int64_t *end) {
    Qual q = qual(self, name);
    if (!self_ok(I, self, name) || !str_args_old(I, args, kwnames, q.s, 1, 3)) return false;
    *start = 0;
    *end = INT64_MAX;
    if (!str_args_slice_index(I, vview_get(args, 1), start) || !str_args_slice_index(I, vview_get(args, 2), end))
        return false;
    if (!needle_arg(I, vview_get(args, 0), n)) return false;
    str_args_adjust(start, end, (int64_t)bytes_view(self).n);
    return true;
}

static int64_t find_in(BView v, BView sub, int64_t start, int64_t end, bool reverse) {
    if (end - start < (int64_t)sub.n) return -1;
    if (sub.n == 0) return reverse ? end : start;
    BView hay = bview_slice(v, (size_t)start, (size_t)end);
    int64_t f = reverse ? bview_rfind(hay, sub, hay.n) : bview_find(hay, sub, 0);
    return f < 0 ? -1 : f + start;
}

static Value find_common(Interp *I, Value self, ValView args, Value kwnames, const char *name, bool rev, bool raise) {
    Needle n;
    int64_t start, end;
    if (!find_args(I, self, args, kwnames, name, &n, &start, &end)) return VAL_NULL;
    int64_t r = find_in(bytes_view(self), n.v, start, end, rev);
    if (r < 0 && raise) return exc_raise(I, TY_VALUE_ERROR, "subsection not found");
    return int_from_i64(I, r);
}

static Value m_find(Interp *I, Value self, ValView args, Value kwnames) {
    return find_common(I, self, args, kwnames, "find", false, false);
}
static Value m_rfind(Interp *I, Value self, ValView args, Value kwnames) {
    return find_common(I, self, args, kwnames, "rfind", true, false);
}
static Value m_index(Interp *I, Value self, ValView args, Value kwnames) {
    return find_common(I, self, args, kwnames, "index", false, true);
}
static Value m_rindex(Interp *I, Value self, ValView args, Value kwnames) {
    return find_common(I, self, args, kwnames, "rindex", true, true);
}

static Value m_count(Interp *I, Value self, ValView args, Value kwnames) {
    Needle n;
    int64_t start, end;
    if (!find_args(I, self, args, kwnames, "count", &n, &start, &end)) return VAL_NULL;
    if (end - start < (int64_t)n.v.n) return int_from_i64(I, 0);
    if (n.v.n == 0) return int_from_i64(I, end - start + 1);
    BView hay = bview_slice(bytes_view(self), (size_t)start, (size_t)end);
    return int_from_i64(I, (int64_t)bview_count(hay, n.v));
}

static bool tail_match(BView v, BView sub, int64_t start, int64_t end, bool suffix) {
    if (end - (int64_t)sub.n < start) return false;
    BView hay = bview_slice(v, (size_t)start, (size_t)end);
    return suffix ? bview_endswith(hay, sub) : bview_startswith(hay, sub);
}

static Value affix_common(Interp *I, Value self, ValView args, Value kwnames, const char *name, bool suffix) {
    Qual q = qual(self, name);
    if (!self_ok(I, self, name) || !str_args_old(I, args, kwnames, q.s, 1, 3)) return VAL_NULL;
    int64_t start = 0, end = INT64_MAX;
    if (!str_args_slice_index(I, vview_get(args, 1), &start) || !str_args_slice_index(I, vview_get(args, 2), &end))
        return VAL_NULL;
    BView v = bytes_view(self), sub;
    str_args_adjust(&start, &end, (int64_t)v.n);
    Value x = vview_get(args, 0);
    if (tuple_check(x)) {
        size_t n = tuple_len(x);
        for (size_t i = 0; i < n; i++) {
            Value item = tuple_get(x, i);
            if (!bytes_like(item, &sub))
                return exc_raise(I, TY_TYPE_ERROR, "a bytes-like object is required, not '%T'", item);
            if (tail_match(v, sub, start, end, suffix)) return I->true_;
        }
        return I->false_;
    }
    if (!bytes_like(x, &sub))
        return exc_raise(I, TY_TYPE_ERROR, "%s first arg must be bytes or a tuple of bytes, not %T", name, x);
    return interp_bool(I, tail_match(v, sub, start, end, suffix));
}

static Value m_startswith(Interp *I, Value self, ValView args, Value kwnames) {
    return affix_common(I, self, args, kwnames, "startswith", false);
}
static Value m_endswith(Interp *I, Value self, ValView args, Value kwnames) {
    return affix_common(I, self, args, kwnames, "endswith", true);
}

/* ---- split family ---- */

static bool add_piece(Interp *I, Value list, Value self, BView v, size_t lo, size_t hi) {
    Value piece = result_view(I, self, bview_slice(v, lo, hi));
    return piece != VAL_NULL && list_append(I, list, piece);
}

static bool reverse_list(Interp *I, Value l) {
    size_t n = list_len(l);
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        Value a = list_get(l, i), b = list_get(l, j - 1);
        if (!list_set(I, l, i, b) || !list_set(I, l, j - 1, a)) return false;
    }
    return true;
}

static Value split_common(Interp *I, Value self, ValView args, Value kwnames, const char *name, bool right) {
    StrArgs a;
    if (!self_ok(I, self, name) || !str_args_kw(I, args, kwnames, name, "sep maxsplit", &a)) return VAL_NULL;
    int64_t maxcount = -1;
    if (a.v[1] != VAL_NULL && !args_ssize(I, a.v[1], &maxcount)) return VAL_NULL;
    if (maxcount < 0) maxcount = INT64_MAX;
    Value sepv = a.v[0];
    BView sep = {NULL, 0};
    bool ws = sepv == VAL_NULL || sepv == I->none;
    if (!ws) {
        if (!need_buffer(I, sepv, &sep)) return VAL_NULL;
        if (sep.n == 0) return exc_raise(I, TY_VALUE_ERROR, "empty separator");
    }
    // Copy the contents: a bytearray separator may be self.
    Value snap = bytes_new(I, bytes_view(self));
    if (snap == VAL_NULL) return VAL_NULL;
    BView v = bytes_view(snap);
    Value out = list_new(I, 0);
    if (out == VAL_NULL) return VAL_NULL;
    if (ws && !right) {
        size_t i = 0;
        while (maxcount-- > 0) {
            while (i < v.n && is_space(bview_get(v, i))) i++;
            if (i >= v.n) break;
            size_t j = i;
            while (i < v.n && !is_space(bview_get(v, i))) i++;
            if (!add_piece(I, out, self, v, j, i)) return VAL_NULL;
        }
        if (i < v.n) {
            while (i < v.n && is_space(bview_get(v, i))) i++;
            if (i < v.n && !add_piece(I, out, self, v, i, v.n)) return VAL_NULL;
        }
        return out;
    }
    if (ws) {
        size_t i = v.n;
        while (maxcount-- > 0) {
            while (i > 0 && is_space(bview_get(v, i - 1))) i--;
            if (i == 0) break;
            size_t j = i;
            while (i > 0 && !is_space(bview_get(v, i - 1))) i--;
            if (!add_piece(I, out, self, v, i, j)) return VAL_NULL;
        }
        if (i > 0) {
            while (i > 0 && is_space(bview_get(v, i - 1))) i--;
            if (i > 0 && !add_piece(I, out, self, v, 0, i)) return VAL_NULL;
        }
        return reverse_list(I, out) ? out : VAL_NULL;
    }
    if (!right) {
        size_t i = 0;
        while (maxcount-- > 0) {
            int64_t pos = bview_find(v, sep, i);
            if (pos < 0) break;
            if (!add_piece(I, out, self, v, i, (size_t)pos)) return VAL_NULL;
            i = (size_t)pos + sep.n;
        }
        return add_piece(I, out, self, v, i, v.n) ? out : VAL_NULL;
    }
    size_t j = v.n;
    while (maxcount-- > 0) {
        int64_t pos = bview_rfind(v, sep, j);
        if (pos < 0) break;
        if (!add_piece(I, out, self, v, (size_t)pos + sep.n, j)) return VAL_NULL;
        j = (size_t)pos;
    }
    if (!add_piece(I, out, self, v, 0, j)) return VAL_NULL;
    return reverse_list(I, out) ? out : VAL_NULL;
}

static Value m_split(Interp *I, Value self, ValView args, Value kwnames) {
    return split_common(I, self, args, kwnames, "split", false);
}
static Value m_rsplit(Interp *I, Value self, ValView args, Value kwnames) {
    return split_common(I, self, args, kwnames, "rsplit", true);
}

static Value m_splitlines(Interp *I, Value self, ValView args, Value kwnames) {
    StrArgs a;
    if (!self_ok(I, self, "splitlines") || !str_args_kw(I, args, kwnames, "splitlines", "keepends", &a))
        return VAL_NULL;
    int keep = 0;
    if (a.v[0] != VAL_NULL && !str_args_int(I, a.v[0], &keep)) return VAL_NULL;
    BView v = bytes_view(self);
    Value out = list_new(I, 0);
    if (out == VAL_NULL) return VAL_NULL;
    size_t i = 0;
    while (i < v.n) {
        size_t j = i;
        while (i < v.n && bview_get(v, i) != '\n' && bview_get(v, i) != '\r') i++;
        size_t eol = i;
        if (i < v.n) {
            i += (bview_get(v, i) == '\r' && bview_get(v, i + 1) == '\n') ? 2 : 1;
            if (keep) eol = i;
        }
        if (!add_piece(I, out, self, v, j, eol)) return VAL_NULL;
    }
    return out;
}

static Value partition_common(Interp *I, Value self, ValView args, Value kwnames, const char *name, bool right) {
    if (!onearg(I, self, args, kwnames, name)) return VAL_NULL;
    BView sep;
    if (!need_buffer(I, vview_get(args, 0), &sep)) return VAL_NULL;
    if (sep.n == 0) return exc_raise(I, TY_VALUE_ERROR, "empty separator");
    BView v = bytes_view(self);
    int64_t pos = right ? bview_rfind(v, sep, v.n) : bview_find(v, sep, 0);
    // bytes (immutable, subclasses too) hands back its own objects as CPython's stringlib
    // does: itself when [sep] is absent, else [sep] itself in the middle; a bytearray
    // gives new bytearrays throughout
    bool own = !is_ba(self);
    Value a, b, c;
    if (pos < 0) {
        Value whole = own ? self : unchanged(I, self);
        Value e1 = whole == VAL_NULL ? VAL_NULL : result_view(I, self, bview_slice(v, 0, 0));
        Value e2 = e1 == VAL_NULL ? VAL_NULL : result_view(I, self, bview_slice(v, 0, 0));
        if (e2 == VAL_NULL) return VAL_NULL;
        a = right ? e1 : whole;
        b = right ? e2 : e1;
        c = right ? whole : e2;
    } else {
        a = result_view(I, self, bview_slice(v, 0, (size_t)pos));
        b = a == VAL_NULL ? VAL_NULL : own ? vview_get(args, 0) : result_view(I, self, sep);
        c = b == VAL_NULL ? VAL_NULL : result_view(I, self, bview_slice(v, (size_t)pos + sep.n, v.n));
        if (c == VAL_NULL) return VAL_NULL;
    }
    return tuple_pack(I, 3, a, b, c);
}

static Value m_partition(Interp *I, Value self, ValView args, Value kwnames) {
    return partition_common(I, self, args, kwnames, "partition", false);
}
static Value m_rpartition(Interp *I, Value self, ValView args, Value kwnames) {
    return partition_common(I, self, args, kwnames, "rpartition", true);
}

/* ---- strip, replace, join, affixes ---- */

static Value strip_common(Interp *I, Value self, ValView args, Value kwnames, const char *name, bool l, bool r) {
    if (!posargs(I, self, args, kwnames, name, 0, 1)) return VAL_NULL;
    Value x = vview_get(args, 0);
    BView set = {NULL, 0};
    bool ws = x == VAL_NULL || x == I->none;
    if (!ws && !need_buffer(I, x, &set)) return VAL_NULL;
    BView v = bytes_view(self);
    size_t lo = 0, hi = v.n;
    if (l) {
        while (lo < hi && (ws ? is_space(bview_get(v, lo)) : bview_find_byte(set, (uint8_t)bview_get(v, lo), 0) >= 0))
            lo++;
    }
    if (r) {
        while (hi > lo &&
               (ws ? is_space(bview_get(v, hi - 1)) : bview_find_byte(set, (uint8_t)bview_get(v, hi - 1), 0) >= 0))
            hi--;
    }
    if (lo == 0 && hi == v.n) return unchanged(I, self);
    return result_view(I, self, bview_slice(v, lo, hi));
}

static Value m_strip(Interp *I, Value self, ValView args, Value kwnames) {
    return strip_common(I, self, args, kwnames, "strip", true, true);
}
static Value m_lstrip(Interp *I, Value self, ValView args, Value kwnames) {
    return strip_common(I, self, args, kwnames, "lstrip", true, false);
}
static Value m_rstrip(Interp *I, Value self, ValView args, Value kwnames) {
    return strip_common(I, self, args, kwnames, "rstrip", false, true);
}

static Value m_replace(Interp *I, Value self, ValView args, Value kwnames) {
    if (!posargs(I, self, args, kwnames, "replace", 2, 3)) return VAL_NULL;
    BView o, n;
    if (!need_buffer(I, vview_get(args, 0), &o) || !need_buffer(I, vview_get(args, 1), &n)) return VAL_NULL;
    int64_t count = -1;
    if (args.n > 2 && !args_ssize(I, vview_get(args, 2), &count)) return VAL_NULL;
    if (count < 0) count = INT64_MAX;
    BView v = bytes_view(self);
    Buf b;
    buf_init(&b);
    size_t done = 0, i = 0;
    KStatus s = K_OK;
    if (o.n == 0) {
        while (i <= v.n && (int64_t)done < count && s == K_OK) {
            s = buf_append(I->heap, &b, n);
            done++;
            if (i == v.n) {
                i++;
                break;
            }
            if (s == K_OK) s = buf_push(I->heap, &b, (uint8_t)bview_get(v, i));
            i++;
        }
        if (s == K_OK && i < v.n) s = buf_append(I->heap, &b, bview_slice(v, i, v.n));
    } else {
        while ((int64_t)done < count && s == K_OK) {
            int64_t pos = bview_find(v, o, i);
            if (pos < 0) break;
            s = buf_append(I->heap, &b, bview_slice(v, i, (size_t)pos));
            if (s == K_OK) s = buf_append(I->heap, &b, n);
            i = (size_t)pos + o.n;
            done++;
        }
        if (s == K_OK) s = buf_append(I->heap, &b, bview_slice(v, i, v.n));
    }
    if (s != K_OK) return nomem_k(I, s);
    if (done == 0) return unchanged(I, self);
    return result(I, self, b);
}

static Value m_join(Interp *I, Value self, ValView args, Value kwnames) {
    if (!onearg(I, self, args, kwnames, "join")) return VAL_NULL;
    Value x = vview_get(args, 0), seq = x;
    if (!obj_is_exact_seq(I, x)) {
        Value it = obj_iter(I, x);
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
    Value sepcopy = bytes_new(I, bytes_view(self)); // self may be in the sequence
    if (sepcopy == VAL_NULL) return VAL_NULL;
    BView sep = bytes_view(sepcopy);
    Buf b;
    buf_init(&b);
    for (size_t i = 0; i < items.n; i++) {
        Value item = vview_get(items, i);
        BView iv;
        if (!bytes_like(item, &iv))
            return exc_raise(I, TY_TYPE_ERROR, "sequence item %zu: expected a bytes-like object, %T found", i, item);
        KStatus s = i > 0 ? buf_append(I->heap, &b, sep) : K_OK;
        if (s == K_OK) s = buf_append(I->heap, &b, iv);
        if (s != K_OK) return nomem_k(I, s);
    }
    return result(I, self, b);
}

static Value affix_remove(Interp *I, Value self, ValView args, Value kwnames, const char *name, bool prefix) {
    if (!onearg(I, self, args, kwnames, name)) return VAL_NULL;
    BView x, v = bytes_view(self);
    if (!need_buffer(I, vview_get(args, 0), &x)) return VAL_NULL;
    if (x.n > 0 && prefix && bview_startswith(v, x)) return result_view(I, self, bview_slice(v, x.n, v.n));
    if (x.n > 0 && !prefix && bview_endswith(v, x)) return result_view(I, self, bview_slice(v, 0, v.n - x.n));
    return unchanged(I, self);
}

static Value m_removeprefix(Interp *I, Value self, ValView args, Value kwnames) {
    return affix_remove(I, self, args, kwnames, "removeprefix", true);
}
static Value m_removesuffix(Interp *I, Value self, ValView args, Value kwnames) {
    return affix_remove(I, self, args, kwnames, "removesuffix", false);
}

/* ---- padding ---- */

static Value pad_to(Interp *I, Value self, size_t left, size_t right, uint8_t fill) {
    BView v = bytes_view(self);
    if (left == 0 && right == 0) return unchanged(I, self);
    Buf b;
    buf_init(&b);
    BView f = {&fill, 1};
    KStatus s = buf_append_repeat(I->heap, &b, f, left);
    if (s == K_OK) s = buf_append(I->heap, &b, v);
    if (s == K_OK) s = buf_append_repeat(I->heap, &b, f, right);
    if (s != K_OK) return nomem_k(I, s);
    return result(I, self, b);
}

static Value justify(Interp *I, Value self, ValView args, Value kwnames, const char *name, int how) {
    if (!posargs(I, self, args, kwnames, name, 1, 2)) return VAL_NULL;
    int64_t width;
    if (!args_ssize(I, vview_get(args, 0), &width)) return VAL_NULL;
    uint8_t fill = ' ';
    Value f = vview_get(args, 1);
    if (f != VAL_NULL) {
        BView fv;
        if (!bytes_like(f, &fv) || fv.n != 1)
            return exc_raise(I, TY_TYPE_ERROR, "%s() argument 2 must be a byte string of length 1, not %s", name,
                             str_args_tname(I, f));
        fill = (uint8_t)bview_get(fv, 0);
    }
    size_t len = bytes_view(self).n;
    if (width <= 0 || (uint64_t)width <= len) return unchanged(I, self);
    size_t marg = (size_t)width - len, left = how < 0 ? 0 : how > 0 ? marg : marg / 2 + (marg & (size_t)width & 1u);
    return pad_to(I, self, left, marg - left, fill);
}

static Value m_ljust(Interp *I, Value self, ValView args, Value kwnames) {
    return justify(I, self, args, kwnames, "ljust", -1);
}
static Value m_rjust(Interp *I, Value self, ValView args, Value kwnames) {
    return justify(I, self, args, kwnames, "rjust", 1);
}
static Value m_center(Interp *I, Value self, ValView args, Value kwnames) {
    return justify(I, self, args, kwnames, "center", 0);
}

static Value m_zfill(Interp *I, Value self, ValView args, Value kwnames) {
    if (!onearg(I, self, args, kwnames, "zfill")) return VAL_NULL;
    int64_t width;
    if (!args_ssize(I, vview_get(args, 0), &width)) return VAL_NULL;
    BView v = bytes_view(self);
    if (width <= 0 || (uint64_t)width <= v.n) return unchanged(I, self);
    size_t fill = (size_t)width - v.n;
    int first = bview_get(v, 0);
    bool sign = first == '+' || first == '-';
    Buf b;
    buf_init(&b);
    uint8_t zero = '0';
    BView z = {&zero, 1};
    KStatus s = sign ? buf_push(I->heap, &b, (uint8_t)first) : K_OK;
    if (s == K_OK) s = buf_append_repeat(I->heap, &b, z, fill);
    if (s == K_OK) s = buf_append(I->heap, &b, bview_slice(v, sign ? 1 : 0, v.n));
    if (s != K_OK) return nomem_k(I, s);
    return result(I, self, b);
}

static Value m_expandtabs(Interp *I, Value self, ValView args, Value kwnames) {
    StrArgs a;
    if (!self_ok(I, self, "expandtabs") || !str_args_kw(I, args, kwnames, "expandtabs", "tabsize", &a)) return VAL_NULL;
    int tab = 8;
    if (a.v[0] != VAL_NULL && !str_args_int(I, a.v[0], &tab)) return VAL_NULL;
    BView v = bytes_view(self);
    Buf b;
    buf_init(&b);
    size_t col = 0;
    uint8_t sp = ' ';
    BView spv = {&sp, 1};
    for (size_t i = 0; i < v.n; i++) {
        int c = bview_get(v, i);
        KStatus s;
        if (c == '\t') {
            if (tab <= 0) continue;
            size_t incr = (size_t)tab - col % (size_t)tab;
            if (!size_add(col, incr, &col)) return exc_raise(I, TY_OVERFLOW_ERROR, "result too long");
            s = buf_append_repeat(I->heap, &b, spv, incr);
        } else {
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
            s = buf_push(I->heap, &b, (uint8_t)c);
        }
        if (s != K_OK) return nomem_k(I, s);
    }
    return result(I, self, b);
}

/* ---- case and classification (ASCII) ---- */

typedef enum { C_LOWER, C_UPPER, C_SWAP, C_CAPITALIZE, C_TITLE } CaseOp;

static Value case_map(Interp *I, Value self, ValView args, Value kwnames, const char *name, CaseOp op) {
    if (!noargs(I, self, args, kwnames, name)) return VAL_NULL;
    BView v = bytes_view(self);
    Buf b;
    buf_init(&b);
    if (buf_from_view(I->heap, &b, v) != K_OK) return exc_nomem(I);
    bool prev_cased = false;
    for (size_t i = 0; i < b.len; i++) {
        int c = buf_get(&b, i);
        int up = is_lower(c) ? c - 32 : c, low = is_upper(c) ? c + 32 : c, m;
        switch (op) {
        case C_LOWER: m = low; break;
        case C_UPPER: m = up; break;
        case C_SWAP: m = is_upper(c) ? low : up; break;
        case C_CAPITALIZE: m = i == 0 ? up : low; break;
        default: m = prev_cased ? low : up; break;
        }
        prev_cased = is_alpha(c);
        (void)buf_set(&b, i, (uint8_t)m);
    }
    return result(I, self, b);
}

static Value m_lower(Interp *I, Value self, ValView args, Value kwnames) {
    return case_map(I, self, args, kwnames, "lower", C_LOWER);
}
static Value m_upper(Interp *I, Value self, ValView args, Value kwnames) {
    return case_map(I, self, args, kwnames, "upper", C_UPPER);
}
static Value m_swapcase(Interp *I, Value self, ValView args, Value kwnames) {
    return case_map(I, self, args, kwnames, "swapcase", C_SWAP);
}
static Value m_capitalize(Interp *I, Value self, ValView args, Value kwnames) {
    return case_map(I, self, args, kwnames, "capitalize", C_CAPITALIZE);
}
static Value m_title(Interp *I, Value self, ValView args, Value kwnames) {
    return case_map(I, self, args, kwnames, "title", C_TITLE);
}

typedef bool (*BytePred)(int c);

static Value all_bytes(Interp *I, Value self, ValView args, Value kwnames, const char *name, BytePred p) {
    if (!noargs(I, self, args, kwnames, name)) return VAL_NULL;
    BView v = bytes_view(self);
    if (v.n == 0) return I->false_;
    for (size_t i = 0; i < v.n; i++) {
        if (!p(bview_get(v, i))) return I->false_;
    }
    return I->true_;
}

static Value m_isalnum(Interp *I, Value self, ValView args, Value kwnames) {
    return all_bytes(I, self, args, kwnames, "isalnum", is_alnum);
}
static Value m_isalpha(Interp *I, Value self, ValView args, Value kwnames) {
    return all_bytes(I, self, args, kwnames, "isalpha", is_alpha);
}
static Value m_isdigit(Interp *I, Value self, ValView args, Value kwnames) {
    return all_bytes(I, self, args, kwnames, "isdigit", is_digit);
}
static Value m_isspace(Interp *I, Value self, ValView args, Value kwnames) {
    return all_bytes(I, self, args, kwnames, "isspace", is_space);
}

static Value m_isascii(Interp *I, Value self, ValView args, Value kwnames) {
    if (!noargs(I, self, args, kwnames, "isascii")) return VAL_NULL;
    return interp_bool(I, utf8_is_ascii(bytes_view(self)));
}

static Value case_pred(Interp *I, Value self, ValView args, Value kwnames, const char *name, bool upper) {
    if (!noargs(I, self, args, kwnames, name)) return VAL_NULL;
    BView v = bytes_view(self);
    bool cased = false;
    for (size_t i = 0; i < v.n; i++) {
        int c = bview_get(v, i);
        if (upper ? is_lower(c) : is_upper(c)) return I->false_;
        if (upper ? is_upper(c) : is_lower(c)) cased = true;
    }
    return interp_bool(I, cased);
}

static Value m_islower(Interp *I, Value self, ValView args, Value kwnames) {
    return case_pred(I, self, args, kwnames, "islower", false);
}
static Value m_isupper(Interp *I, Value self, ValView args, Value kwnames) {
    return case_pred(I, self, args, kwnames, "isupper", true);
}

static Value m_istitle(Interp *I, Value self, ValView args, Value kwnames) {
    if (!noargs(I, self, args, kwnames, "istitle")) return VAL_NULL;
    BView v = bytes_view(self);
    bool cased = false, prev = false;
    for (size_t i = 0; i < v.n; i++) {
        int c = bview_get(v, i);
        if (is_upper(c)) {
            if (prev) return I->false_;
            prev = cased = true;
        } else if (is_lower(c)) {
            if (!prev) return I->false_;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return interp_bool(I, cased);
}

/* ---- conversions ---- */

static Value m_decode(Interp *I, Value self, ValView args, Value kwnames) {
    StrArgs a;
    if (!self_ok(I, self, "decode") || !str_args_kw(I, args, kwnames, "decode", "encoding errors", &a)) return VAL_NULL;
    if (a.v[0] != VAL_NULL && !str_check(a.v[0]))
        return exc_raise(I, TY_TYPE_ERROR, "decode() argument 'encoding' must be str, not %s", str_args_tname(I, a.v[0]));
    if (a.v[1] != VAL_NULL && !str_check(a.v[1]))
        return exc_raise(I, TY_TYPE_ERROR, "decode() argument 'errors' must be str, not %s", str_args_tname(I, a.v[1]));
    return str_codec_decode(I, bytes_view(self), a.v[0], a.v[1]);
}

static const char hexdigits[] = "0123456789abcdef";

// CPython's _Py_strhex_impl order: the separator's length (any sized object) must be 1,
// then it must be a str or bytes; a str result takes only an ASCII separator, a bytes result
// any one-byte character. bytes_per_sep is a C int; positive counts groups from the right.
// false with [msg] raised as [t] (the bool-returning helpers' error exit)
static bool fail(Interp *I, TypeId t, const char *msg) {
    exc_raise(I, t, "%s", msg);
    return false;
}

static bool nomem(Interp *I) {
    exc_nomem(I);
    return false;
}

bool bytes_hexlify(Interp *I, BView v, Value sep, Value per, bool to_bytes, Buf *out) {
    int sepc = -1;
    if (sep != VAL_NULL) {
        int64_t n = obj_len(I, sep);
        if (n < 0) return false;
        if (n != 1) return fail(I, TY_VALUE_ERROR, "sep must be length 1.");
        if (str_check(sep)) {
            BView sv = str_view(sep);
            int c0 = bview_get(sv, 0);
            // a one-character str is one UTF-8 sequence: 0xc2/0xc3 lead the code points < 256
            sepc = c0 < 0x80 ? c0 : sv.n == 2 && c0 < 0xc4 ? ((c0 & 0x1f) << 6) | (bview_get(sv, 1) & 0x3f) : 256;
        } else if (bytes_check(sep)) {
            sepc = bview_get(bytes_view(sep), 0);
        } else {
            return fail(I, TY_TYPE_ERROR, "sep must be str or bytes.");
        }
        if (sepc >= (to_bytes ? 256 : 128)) return fail(I, TY_VALUE_ERROR, "sep must be ASCII.");
    }
    int bps = 1;
    if (per != VAL_NULL && !str_args_int(I, per, &bps)) return false;
    buf_init(out);
    if (v.n > BUF_MAX_LEN / 3 || buf_reserve(I->heap, out, 3 * v.n) != K_OK) return nomem(I);
    size_t group = bps < 0 ? (size_t)(-(int64_t)bps) : (size_t)bps;
    for (size_t i = 0; i < v.n; i++) {
        if (sepc >= 0 && i > 0 && group > 0) {
            bool cut = bps > 0 ? (v.n - i) % group == 0 : i % group == 0;
            if (cut && buf_push(I->heap, out, (uint8_t)sepc) != K_OK) return nomem(I);
        }
        int c = bview_get(v, i);
        if (buf_push(I->heap, out, (uint8_t)hexdigits[(c >> 4) & 0xF]) != K_OK ||
            buf_push(I->heap, out, (uint8_t)hexdigits[c & 0xF]) != K_OK)
            return nomem(I);
    }
    return true;
}

static Value m_hex(Interp *I, Value self, ValView args, Value kwnames) {
    StrArgs a;
    if (!self_ok(I, self, "hex") || !str_args_kw(I, args, kwnames, "hex", "sep bytes_per_sep", &a)) return VAL_NULL;
    Buf b;
    if (!bytes_hexlify(I, bytes_view(self), a.v[0], a.v[1], false, &b)) return VAL_NULL;
    return str_new_counted(I, buf_view(&b), b.len, true);
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value m_fromhex(Interp *I, Value cls, ValView args, Value kwnames) {
    Type *t = type_cast(cls);
    if (t == NULL) return exc_raise(I, TY_TYPE_ERROR, "fromhex() requires a type");
    bool ba = type_is_subtype(t, interp_type(I, TY_BYTEARRAY));
    if (!str_args_one(I, args, kwnames, ba ? "bytearray.fromhex" : "bytes.fromhex")) return VAL_NULL;
    Value s = vview_get(args, 0);
    if (!str_check(s)) return exc_raise(I, TY_TYPE_ERROR, "fromhex() argument must be str, not %s", str_args_tname(I, s));
    BView v = str_view(s);
    Buf b;
    buf_init(&b);
    size_t i = 0;
    for (;;) {
        while (i < v.n && is_space(bview_get(v, i))) i++;
        if (i >= v.n) break;
        int hi = hexval(bview_get(v, i)), lo = hexval(bview_get(v, i + 1));
        if (hi < 0 || lo < 0) {
            size_t bad = hi < 0 ? i : i + 1;
            return exc_raise(I, TY_VALUE_ERROR, "non-hexadecimal number found in fromhex() arg at position %zu",
                             str_index_of_offset(s, bad));
        }
        if (buf_push(I->heap, &b, (uint8_t)(hi * 16 + lo)) != K_OK) return exc_nomem(I);
        i += 2;
    }
    // a subclass (of bytearray too) is called with a bytes, as CPython's fromhex does
    bool exact_ba = t == interp_type(I, TY_BYTEARRAY);
    Value r = bytes_wrap(I, b, exact_ba);
    if (r == VAL_NULL) return VAL_NULL;
    if (t == interp_type(I, TY_BYTES) || exact_ba) return r;
    return obj_call1(I, cls, r);
}

static Value m_translate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!self_ok(I, self, "translate")) return VAL_NULL;
    size_t nkw = args_nkw(kwnames), npos = args.n - nkw;
    Value table = VAL_NULL, del = VAL_NULL;
    if (npos < 1) return exc_raise(I, TY_TYPE_ERROR, "translate() takes at least 1 positional argument (%zu given)", npos);
    if (args.n > 2) return exc_raise(I, TY_TYPE_ERROR, "translate() takes at most 2 arguments (%zu given)", args.n);
    table = vview_get(args, 0);
    if (npos == 2) del = vview_get(args, 1);
    for (size_t k = 0; k < nkw; k++) {
        Value kw = tuple_get(kwnames, k);
        if (!str_eq_cstr(kw, "delete"))
            return exc_raise(I, TY_TYPE_ERROR, "'%U' is an invalid keyword argument for translate()", kw);
        del = vview_get(args, npos + k);
    }
    BView tv = {NULL, 0}, dv = {NULL, 0};
    bool has_table = table != I->none;
    if (has_table) {
        if (!need_buffer(I, table, &tv)) return VAL_NULL;
        if (tv.n != 256) return exc_raise(I, TY_VALUE_ERROR, "translation table must be 256 characters long");
    }
    if (del != VAL_NULL && !need_buffer(I, del, &dv)) return VAL_NULL;
    BView v = bytes_view(self);
    Buf b;
    buf_init(&b);
    for (size_t i = 0; i < v.n; i++) {
        int c = bview_get(v, i);
        if (dv.n > 0 && bview_find_byte(dv, (uint8_t)c, 0) >= 0) continue;
        int m = has_table ? bview_get(tv, (size_t)c) : c;
        if (buf_push(I->heap, &b, (uint8_t)m) != K_OK) return exc_nomem(I);
    }
    return result(I, self, b);
}

// bytes.maketrans and bytearray.maketrans, [qual] naming the one called in errors.
static Value maketrans(Interp *I, ValView args, Value kwnames, const char *qual) {
    if (!str_args_pos(I, args, kwnames, qual, 2, 2)) return VAL_NULL;
    BView f, t;
    if (!need_buffer(I, vview_get(args, 0), &f) || !need_buffer(I, vview_get(args, 1), &t)) return VAL_NULL;
    if (f.n != t.n) return exc_raise(I, TY_VALUE_ERROR, "maketrans arguments must have same length");
    Buf b;
    buf_init(&b);
    for (int c = 0; c < 256; c++) {
        if (buf_push(I->heap, &b, (uint8_t)c) != K_OK) return exc_nomem(I);
    }
    for (size_t i = 0; i < f.n; i++) (void)buf_set(&b, (size_t)bview_get(f, i), (uint8_t)bview_get(t, i));
    return bytes_wrap(I, b, false);
}

static Value m_maketrans(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return maketrans(I, args, kwnames, "bytes.maketrans");
}

static Value m_ba_maketrans(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return maketrans(I, args, kwnames, "bytearray.maketrans");
}

static Value m_bytes(Interp *I, Value self, ValView args, Value kwnames) {
    if (!noargs(I, self, args, kwnames, "__bytes__")) return VAL_NULL;
    return unchanged(I, self);
}

static Value m_getnewargs(Interp *I, Value self, ValView args, Value kwnames) {
    if (!noargs(I, self, args, kwnames, "__getnewargs__")) return VAL_NULL;
    Value copy = bytes_new(I, bytes_view(self));
    return copy == VAL_NULL ? VAL_NULL : tuple_pack(I, 1, copy);
}

// bytearray.__reduce__ / __reduce_ex__(proto): (type(self), args, self.__getstate__())
// where args is (the latin-1 str, 'latin-1') below protocol 3, else (bytes(self),).
static Value ba_reduce(Interp *I, Value self, int64_t proto) {
    Value getstate = obj_getattr_cstr(I, self, "__getstate__");
    if (getstate == VAL_NULL) return VAL_NULL;
    Value state = obj_call0(I, getstate);
    if (state == VAL_NULL) return VAL_NULL;
    BView v = bytes_view(self);  // after __getstate__, which may have changed self
    Value args;
    if (proto < 3) {
        Value text = str_from_latin1(I, v);
        Value enc = text == VAL_NULL ? VAL_NULL : str_from_cstr(I, "latin-1");
        args = enc == VAL_NULL ? VAL_NULL : tuple_pack(I, 2, text, enc);
    } else {
        Value b = bytes_new(I, v);
        args = b == VAL_NULL ? VAL_NULL : tuple_pack(I, 1, b);
    }
    return args == VAL_NULL ? VAL_NULL : tuple_pack(I, 3, obj_val(type_of(I, self)), args, state);
}

static Value m_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!noargs(I, self, args, kwnames, "__reduce__")) return VAL_NULL;
    return ba_reduce(I, self, 2);
}

static Value m_reduce_ex(Interp *I, Value self, ValView args, Value kwnames) {
    if (!posargs(I, self, args, kwnames, "__reduce_ex__", 0, 1)) return VAL_NULL;
    int64_t proto = 0;
    if (args.n == 1 && !obj_index_i64(I, vview_get(args, 0), &proto)) return VAL_NULL;
    return ba_reduce(I, self, proto);
}

/* ---- bytearray mutators ---- */

static bool resizable(Interp *I, BytesObject *o) { return memview_resizable(I, obj_val(o)); }

static BytesObject *ba_self(Interp *I, Value self, const char *name) {
    BytesObject *o = bytearray_cast(self);
    if (o == NULL)
        exc_raise(I, TY_TYPE_ERROR, "descriptor '%s' requires a 'bytearray' object but received a '%T'", name, self);
    return o;
}

static Value m_append(Interp *I, Value self, ValView args, Value kwnames) {
    BytesObject *o = ba_self(I, self, "append");
    if (o == NULL || !str_args_one(I, args, kwnames, "bytearray.append")) return VAL_NULL;
    uint8_t c;
    if (!bytes_arg_byte(I, vview_get(args, 0), &c) || !resizable(I, o)) return VAL_NULL;
    if (buf_push(I->heap, &o->b, c) != K_OK) return exc_nomem(I);
    return I->none;
}

static Value m_extend(Interp *I, Value self, ValView args, Value kwnames) {
    BytesObject *o = ba_self(I, self, "extend");
    if (o == NULL || !str_args_one(I, args, kwnames, "bytearray.extend")) return VAL_NULL;
    Value x = vview_get(args, 0);
    Buf add;
    buf_init(&add);
    BView bv;
    if (bytes_like(x, &bv)) {
        if (buf_from_view(I->heap, &add, bv) != K_OK) return exc_nomem(I);
    } else {
        Value it = obj_iter(I, x);
        if (it == VAL_NULL) {
            if (exc_pending_is(I, TY_TYPE_ERROR)) {
                exc_clear(I);
                exc_raise(I, TY_TYPE_ERROR, "can't extend bytearray with %T", x);
            }
            return VAL_NULL;
        }
        for (;;) {
            Value item = obj_next(I, it);
            if (item == VAL_NULL) {
                if (I->exc != VAL_NULL) return VAL_NULL;
                break;
            }
            uint8_t c;
            if (!bytes_arg_byte(I, item, &c)) return VAL_NULL;
            if (buf_push(I->heap, &add, c) != K_OK) return exc_nomem(I);
        }
    }
    if (add.len > 0 && !resizable(I, o)) return VAL_NULL;
    if (buf_append(I->heap, &o->b, buf_view(&add)) != K_OK) return exc_nomem(I);
    return I->none;
}

static Value m_pop(Interp *I, Value self, ValView args, Value kwnames) {
    BytesObject *o = ba_self(I, self, "pop");
    if (o == NULL || !str_args_pos(I, args, kwnames, "bytearray.pop", 0, 1)) return VAL_NULL;
    int64_t i = -1;
    if (args.n > 0 && !args_ssize(I, vview_get(args, 0), &i)) return VAL_NULL;
    size_t n = o->b.len;
    if (n == 0) return exc_raise(I, TY_INDEX_ERROR, "pop from empty bytearray");
    if (i < 0) i += (int64_t)n;
    if (i < 0 || (uint64_t)i >= n) return exc_raise(I, TY_INDEX_ERROR, "pop index out of range");
    if (!resizable(I, o)) return VAL_NULL;
    int c = buf_get(&o->b, (size_t)i);
    if (buf_splice(I->heap, &o->b, (size_t)i, (size_t)i + 1, bview_slice(buf_view(&o->b), 0, 0)) != K_OK)
        return exc_nomem(I);
    return int_from_i64(I, c);
}

static Value m_insert(Interp *I, Value self, ValView args, Value kwnames) {
    BytesObject *o = ba_self(I, self, "insert");
    if (o == NULL || !str_args_pos(I, args, kwnames, "bytearray.insert", 2, 2)) return VAL_NULL;
    int64_t i;
    uint8_t c;
    if (!args_ssize(I, vview_get(args, 0), &i) || !bytes_arg_byte(I, vview_get(args, 1), &c)) return VAL_NULL;
    int64_t n = (int64_t)o->b.len;
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    if (!resizable(I, o)) return VAL_NULL;
    BView one = {&c, 1};
    if (buf_splice(I->heap, &o->b, (size_t)i, (size_t)i, one) != K_OK) return exc_nomem(I);
    return I->none;
}

static Value m_remove(Interp *I, Value self, ValView args, Value kwnames) {
    BytesObject *o = ba_self(I, self, "remove");
    if (o == NULL || !str_args_one(I, args, kwnames, "bytearray.remove")) return VAL_NULL;
    uint8_t c;
    if (!bytes_arg_byte(I, vview_get(args, 0), &c)) return VAL_NULL;
    int64_t pos = bview_find_byte(buf_view(&o->b), c, 0);
    if (pos < 0) return exc_raise(I, TY_VALUE_ERROR, "value not found in bytearray");
    if (!resizable(I, o)) return VAL_NULL;
    if (buf_splice(I->heap, &o->b, (size_t)pos, (size_t)pos + 1, bview_slice(buf_view(&o->b), 0, 0)) != K_OK)
        return exc_nomem(I);
    return I->none;
}

static Value m_clear(Interp *I, Value self, ValView args, Value kwnames) {
    BytesObject *o = ba_self(I, self, "clear");
    if (o == NULL || !str_args_none(I, args, kwnames, "bytearray.clear")) return VAL_NULL;
    if (o->b.len > 0 && !resizable(I, o)) return VAL_NULL;
    buf_clear(&o->b);
    return I->none;
}

static Value m_copy(Interp *I, Value self, ValView args, Value kwnames) {
    BytesObject *o = ba_self(I, self, "copy");
    if (o == NULL || !str_args_none(I, args, kwnames, "bytearray.copy")) return VAL_NULL;
    return bytearray_new(I, buf_view(&o->b));
}

static Value m_alloc(Interp *I, Value self, ValView args, Value kwnames) {
    BytesObject *o = ba_self(I, self, "__alloc__");
    if (o == NULL || !str_args_none(I, args, kwnames, "bytearray.__alloc__")) return VAL_NULL;
    return int_from_i64(I, (int64_t)o->b.cap); // the bytes allocated (0 when none)
}

static Value m_reverse(Interp *I, Value self, ValView args, Value kwnames) {
    BytesObject *o = ba_self(I, self, "reverse");
    if (o == NULL || !str_args_none(I, args, kwnames, "bytearray.reverse")) return VAL_NULL;
    for (size_t i = 0, j = o->b.len; i + 1 < j; i++, j--) {
        int a = buf_get(&o->b, i), b = buf_get(&o->b, j - 1);
        (void)buf_set(&o->b, i, (uint8_t)b);
        (void)buf_set(&o->b, j - 1, (uint8_t)a);
    }
    return I->none;
}

/* ---- tables ---- */

#define COMMON_METHODS                                                                               \
    {"capitalize", m_capitalize, 0, "B.capitalize() -> copy of B"},                                  \
    {"center", m_center, 0, "Return a centered string of length width."},                            \
    {"count", m_count, 0, "Return the number of non-overlapping occurrences of subsection sub."},    \
    {"decode", m_decode, 0, "Decode the bytes using the codec registered for encoding."},           \
    {"endswith", m_endswith, 0, "Return True if B ends with the specified suffix, False otherwise."}, \
    {"expandtabs", m_expandtabs, 0, "Return a copy where all tab characters are expanded."},         \
    {"find", m_find, 0, "Return the lowest index in B where subsection sub is found."},              \
    {"fromhex", m_fromhex, METH_CLASS, "Create a bytes object from a string of hexadecimal numbers."}, \
    {"hex", m_hex, 0, "Create a string of hexadecimal numbers from a bytes object."},                \
    {"index", m_index, 0, "Return the lowest index in B where subsection sub is found."},            \
    {"isalnum", m_isalnum, 0, "B.isalnum() -> bool"},                                                \
    {"isalpha", m_isalpha, 0, "B.isalpha() -> bool"},                                                \
    {"isascii", m_isascii, 0, "B.isascii() -> bool"},                                                \
    {"isdigit", m_isdigit, 0, "B.isdigit() -> bool"},                                                \
    {"islower", m_islower, 0, "B.islower() -> bool"},                                                \
    {"isspace", m_isspace, 0, "B.isspace() -> bool"},                                                \
    {"istitle", m_istitle, 0, "B.istitle() -> bool"},                                                \
    {"isupper", m_isupper, 0, "B.isupper() -> bool"},                                                \
    {"join", m_join, 0, "Concatenate any number of bytes objects."},                                 \
    {"ljust", m_ljust, 0, "Return a left-justified string of length width."},                        \
    {"lower", m_lower, 0, "B.lower() -> copy of B"},                                                 \
    {"lstrip", m_lstrip, 0, "Strip leading bytes contained in the argument."},                       \
    {"partition", m_partition, 0, "Partition the bytes into three parts using the given separator."}, \
    {"removeprefix", m_removeprefix, 0, "Return a bytes object with the given prefix removed."},     \
    {"removesuffix", m_removesuffix, 0, "Return a bytes object with the given suffix removed."},     \
    {"replace", m_replace, 0, "Return a copy with all occurrences of substring old replaced by new."}, \
    {"rfind", m_rfind, 0, "Return the highest index in B where subsection sub is found."},           \
    {"rindex", m_rindex, 0, "Return the highest index in B where subsection sub is found."},         \
    {"rjust", m_rjust, 0, "Return a right-justified string of length width."},                       \
    {"rpartition", m_rpartition, 0, "Partition the bytes into three parts using the given separator."}, \
    {"rsplit", m_rsplit, 0, "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"rstrip", m_rstrip, 0, "Strip trailing bytes contained in the argument."},                      \
    {"split", m_split, 0, "Return a list of the sections in the bytes, using sep as the delimiter."}, \
    {"splitlines", m_splitlines, 0, "Return a list of the lines in the bytes, breaking at line boundaries."}, \
    {"startswith", m_startswith, 0, "Return True if B starts with the specified prefix, False otherwise."}, \
    {"strip", m_strip, 0, "Strip leading and trailing bytes contained in the argument."},            \
    {"swapcase", m_swapcase, 0, "B.swapcase() -> copy of B"},                                        \
    {"title", m_title, 0, "B.title() -> copy of B"},                                                 \
    {"translate", m_translate, 0, "Return a copy with each character mapped by the given translation table."}, \
    {"upper", m_upper, 0, "B.upper() -> copy of B"},                                                 \
    {"zfill", m_zfill, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width."}

const MethodDef bytes_methods_bytes[] = {
    COMMON_METHODS,
    {"maketrans", m_maketrans, METH_STATIC, "Return a translation table useable for translate()."},
    {"__bytes__", m_bytes, 0, "Convert this value to exact type bytes."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const MethodDef bytes_methods_bytearray[] = {
    COMMON_METHODS,
    {"__alloc__", m_alloc, 0, "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated."},
    {"maketrans", m_ba_maketrans, METH_STATIC, "Return a translation table useable for translate()."},
    {"append", m_append, 0, "Append a single item to the end of the bytearray."},
    {"clear", m_clear, 0, "Remove all items from the bytearray."},
    {"copy", m_copy, 0, "Return a copy of B."},
    {"extend", m_extend, 0, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", m_insert, 0, "Insert a single item into the bytearray before the given index."},
    {"pop", m_pop, 0, "Remove and return a single item from B."},
    {"remove", m_remove, 0, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", m_reverse, 0, "Reverse the order of the values in B in place."},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {"__reduce_ex__", m_reduce_ex, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};
