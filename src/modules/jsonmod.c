/*
 * jsonmod.c: the _json accelerator module: its table, the string escapers
 * (encode_basestring, encode_basestring_ascii) and the whole encoder (encode), which
 * writes the JSON text of dict/list/tuple/str/int/float/bool/None values into one
 * StrBuilder and calls the user's `default` for anything else. Output is byte-identical
 * to CPython 3.11's json module, including its Python-path variants (indent given).
 *
 * Invariant: the circular-reference stack holds exactly the containers (and objects given
 * to `default`) currently being encoded; every interp_enter_c is paired with a leave.
 */
#include "jsonmod.h"
#include "modtab.h"

#include "../kernel/utf8.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

#include <math.h>

typedef struct Enc {
    StrBuilder sb;
    ValVec stack;   // containers being encoded, when check_circular
    Value default_fn;
    Value indent;   // str, or VAL_NULL for the compact form
    Value key_sep;
    Value item_sep;
    bool sort_keys, skipkeys, allow_nan, ensure_ascii, check_circular, pymode;
    size_t level;
} Enc;

static const char hexdig[] = "0123456789abcdef";

static bool add_u16(Interp *I, StrBuilder *sb, uint32_t u) {
    char tmp[7];
    tmp[0] = '\\';
    tmp[1] = 'u';
    tmp[2] = hexdig[(u >> 12) & 15u];
    tmp[3] = hexdig[(u >> 8) & 15u];
    tmp[4] = hexdig[(u >> 4) & 15u];
    tmp[5] = hexdig[u & 15u];
    tmp[6] = 0;
    return sb_add_cstr(I, sb, tmp);
}

// Appends the quoted JSON form of str [s].
static bool add_string(Interp *I, StrBuilder *sb, Value s, bool ascii) {
    BView v = str_view(s);
    if (!sb_add_codepoint(I, sb, '"')) return false;
    size_t run = 0, i = 0;
    while (i < v.n) {
        int c = bview_get(v, i);
        if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || !ascii)) {
            i++;
            continue;
        }
        if (i > run && !sb_add_view(I, sb, bview_slice(v, run, i))) return false;
        bool ok;
        if (c < 0x80) {
            i++;
            switch (c) {
            case '"': ok = sb_add_cstr(I, sb, "\\\""); break;
            case '\\': ok = sb_add_cstr(I, sb, "\\\\"); break;
            case '\n': ok = sb_add_cstr(I, sb, "\\n"); break;
            case '\r': ok = sb_add_cstr(I, sb, "\\r"); break;
            case '\t': ok = sb_add_cstr(I, sb, "\\t"); break;
            case '\b': ok = sb_add_cstr(I, sb, "\\b"); break;
            case '\f': ok = sb_add_cstr(I, sb, "\\f"); break;
            default: ok = add_u16(I, sb, (uint32_t)c); break;
            }
        } else {
            size_t len = 1;
            uint32_t cp = utf8_get(v, i, &len);
            i += len == 0 ? 1 : len;
            if (cp >= 0x10000) {
                uint32_t x = cp - 0x10000;
                ok = add_u16(I, sb, 0xD800u | (x >> 10)) && add_u16(I, sb, 0xDC00u | (x & 0x3FFu));
            } else {
                ok = add_u16(I, sb, cp);
            }
        }
        if (!ok) return false;
        run = i;
    }
    if (i > run && !sb_add_view(I, sb, bview_slice(v, run, i))) return false;
    return sb_add_codepoint(I, sb, '"');
}

static Value escape_fn(Interp *I, ValView args, Value kwnames, const char *name, bool ascii) {
    if (!args_count(I, args, kwnames, name, 1, 1)) return VAL_NULL;
    Value s = vview_get(args, 0);
    if (!str_check(s))
        return exc_raise(I, TY_TYPE_ERROR, "first argument must be a string, not %T", s);
    StrBuilder sb;
    sb_init(&sb);
    if (!add_string(I, &sb, s, ascii)) return VAL_NULL;
    return sb_finish(I, &sb);
}

static Value json_encode_basestring(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return escape_fn(I, args, kwnames, "encode_basestring", false);
}

static Value json_encode_basestring_ascii(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return escape_fn(I, args, kwnames, "encode_basestring_ascii", true);
}

// The text of float [d] as JSON writes it, into [sb].
static bool add_float(Interp *I, Enc *e, double d) {
    const char *special = NULL;
    if (isnan(d)) special = "NaN";
    else if (isinf(d)) special = d > 0 ? "Infinity" : "-Infinity";
    if (special != NULL) {
        if (!e->allow_nan) {
            if (e->pymode) {
                const char *r = isnan(d) ? "nan" : (d > 0 ? "inf" : "-inf");
                exc_raise(I, TY_VALUE_ERROR, "Out of range float values are not JSON compliant: %s", r);
            } else {
                exc_raise(I, TY_VALUE_ERROR, "Out of range float values are not JSON compliant");
            }
            return false;
        }
        return sb_add_cstr(I, &e->sb, special);
    }
    return float_repr_into(I, &e->sb, d);
}

static bool add_int(Interp *I, StrBuilder *sb, Value v) {
    if (val_is_small(v)) {
        // the digits right to left into a fixed array (no format parsing)
        int64_t x = val_small(v);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        uint8_t d[24];
        size_t k = sizeof d;
        do {
            d[--k] = (uint8_t)('0' + u % 10);
            u /= 10;
        } while (u != 0 && k > 1);
        if (x < 0) d[--k] = '-';
        return sb_add_view(I, sb, bview_slice((BView){d, sizeof d}, k, sizeof d));
    }
    Value r = int_to_str(I, v, 10);
    return r != VAL_NULL && sb_add_str(I, sb, r);
}

static bool newline_indent(Interp *I, Enc *e) {
    if (!sb_add_codepoint(I, &e->sb, '\n')) return false;
    for (size_t k = 0; k < e->level; k++)
        if (!sb_add_str(I, &e->sb, e->indent)) return false;
    return true;
}

// Pushes container [o] on the circular-reference stack; false (ValueError) when it is
// already being encoded.
static bool mark(Interp *I, Enc *e, Value o) {
    if (!e->check_circular) return true;
    for (size_t k = 0; k < e->stack.len; k++) {
        if (vec_get(&e->stack, k) == o) {
            exc_raise(I, TY_VALUE_ERROR, "Circular reference detected");
            return false;
        }
    }
    KStatus s = vec_push(I->heap, &e->stack, o);
    if (s != K_OK) {
        exc_from_kstatus(I, s, "json");
        return false;
    }
    return true;
}

static void unmark(Enc *e) {
    if (e->check_circular) (void)vec_pop(&e->stack);
}

static bool enter(Interp *I, Enc *e) {
    return interp_enter_c(I, e->pymode ? " while calling a Python object" : " while encoding a JSON object");
}

static bool enc_value(Interp *I, Enc *e, Value o);

static bool open_block(Interp *I, Enc *e, uint32_t open) {
    if (!sb_add_codepoint(I, &e->sb, open)) return false;
    if (e->indent == VAL_NULL) return true;
    e->level++;
    return newline_indent(I, e);
}

static bool close_block(Interp *I, Enc *e, uint32_t close) {
    if (e->indent != VAL_NULL) {
        e->level--;
        if (!newline_indent(I, e)) return false;
    }
    return sb_add_codepoint(I, &e->sb, close);
}

static bool item_separator(Interp *I, Enc *e) {
    if (!sb_add_str(I, &e->sb, e->item_sep)) return false;
    return e->indent == VAL_NULL || newline_indent(I, e);
}

static bool enc_seq(Interp *I, Enc *e, Value o) {
    // a subclass's items are what its __iter__ gives, as CPython's PySequence_Fast
    Value seq = o;
    Type *t = type_of(I, o);
    if (t != I->types[TY_LIST] && t != I->types[TY_TUPLE]) seq = obj_to_list(I, o);
    if (seq == VAL_NULL) return false;
    bool is_list = list_check(seq);
    size_t n = is_list ? list_len(seq) : tuple_len(seq);
    if (n == 0) return sb_add_cstr(I, &e->sb, "[]");
    if (!mark(I, e, o)) return false;
    if (!open_block(I, e, '[')) return false;
    for (size_t k = 0;; k++) {
        n = is_list ? list_len(seq) : tuple_len(seq);
        if (k >= n) break;
        if (k > 0 && !item_separator(I, e)) return false;
        Value x = is_list ? list_get(seq, k) : tuple_get(seq, k);
        if (!enc_value(I, e, x)) return false;
    }
    if (!close_block(I, e, ']')) return false;
    unmark(e);
    return true;
}

// The str a dict key is written as; VAL_NULL with *skip set when skipkeys drops it, or
// with an exception pending.
static Value key_text(Interp *I, Enc *e, Value k, bool *skip) {
    *skip = false;
    if (str_check(k)) return k;
    if (float_check(k)) {
        StrBuilder sb = e->sb;
        sb_init(&e->sb);
        bool ok = add_float(I, e, float_value(k));
        StrBuilder mine = e->sb;
        e->sb = sb;
        return ok ? sb_finish(I, &mine) : VAL_NULL;
    }
    if (k == I->true_) return str_from_cstr(I, "true");
    if (k == I->false_) return str_from_cstr(I, "false");
    if (k == I->none) return str_from_cstr(I, "null");
    if (int_check(I, k)) return int_to_str(I, k, 10);
    if (e->skipkeys) {
        *skip = true;
        return VAL_NULL;
    }
    return exc_raise(I, TY_TYPE_ERROR, "keys must be str, int, float, bool or None, not %s",
                     obj_type_name(I, k));
}

static bool enc_pair(Interp *I, Enc *e, Value k, Value v, bool *first) {
    bool skip;
    Value ks = key_text(I, e, k, &skip);
    if (ks == VAL_NULL) return skip;
    if (!*first && !item_separator(I, e)) return false;
    *first = false;
    if (!add_string(I, &e->sb, ks, e->ensure_ascii)) return false;
    if (!sb_add_str(I, &e->sb, e->key_sep)) return false;
    return enc_value(I, e, v);
}

// True when every value of dict [d] is None, a bool, an int, a float or a str: encoding
// those runs no Python code, so the dict cannot change under the encoder.
static bool atoms_only(Interp *I, Value d) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        if (val_is_small(v) || v == I->none || v == I->true_ || v == I->false_) continue;
        uint32_t kind = val_kind(v);
        if (kind != K_STR && kind != K_INT && kind != K_FLOAT) return false;
    }
    return true;
}

// Encodes the items of exact dict [o] from a snapshot, as CPython does: `default` may
// mutate the dict. A small dict's snapshot goes on the C stack (the collector scans it),
// not in the heap.
static bool enc_snapshot(Interp *I, Enc *e, Value o, bool *first) {
    Value small[32];
    size_t pos = 0, n = 0;
    Value k, v;
    if (dict_len(o) <= sizeof small / sizeof small[0] / 2) {
        while (n + 1 < sizeof small / sizeof small[0] && dict_next(o, &pos, &k, &v)) {
            small[n++] = k;
            small[n++] = v;
        }
        for (size_t j = 0; j + 1 < n; j += 2)
            if (!enc_pair(I, e, small[j], small[j + 1], first)) return false;
        return true;
    }
    ValVec items;
    vec_init(&items);
    while (dict_next(o, &pos, &k, &v)) {
        KStatus s = vec_push(I->heap, &items, k);
        if (s == K_OK) s = vec_push(I->heap, &items, v);
        if (s != K_OK) {
            exc_from_kstatus(I, s, "json");
            return false;
        }
    }
    for (size_t j = 0; j + 1 < items.len; j += 2)
        if (!enc_pair(I, e, vec_get(&items, j), vec_get(&items, j + 1), first)) return false;
    return true;
}

static bool enc_dict(Interp *I, Enc *e, Value o) {
    if (dict_len(o) == 0) return sb_add_cstr(I, &e->sb, "{}");
    if (!mark(I, e, o)) return false;
    if (!open_block(I, e, '{')) return false;
    bool first = true;
    if (type_of(I, o) != interp_type(I, TY_DICT)) {
        // A dict subclass: its items() decides, as PyMapping_Items does in CPython.
        ValView noargs = {NULL, 0};
        Value it = obj_call_method(I, o, "items", noargs);
        Value items = it == VAL_NULL ? VAL_NULL : obj_to_list(I, it);
        if (items == VAL_NULL) return false;
        if (e->sort_keys && !list_sort(I, items, VAL_NULL, false)) return false;
        for (size_t k = 0; k < list_len(items); k++) {
            Value pair = list_get(items, k);
            if (!tuple_check(pair) || tuple_len(pair) != 2) {
                exc_raise(I, TY_VALUE_ERROR, "items must return 2-tuples");
                return false;
            }
            if (!enc_pair(I, e, tuple_get(pair, 0), tuple_get(pair, 1), &first)) return false;
        }
    } else if (e->sort_keys) {
        Value items = dict_items_list(I, o);
        if (items == VAL_NULL || !list_sort(I, items, VAL_NULL, false)) return false;
        for (size_t k = 0; k < list_len(items); k++) {
            Value pair = list_get(items, k);
            if (!enc_pair(I, e, tuple_get(pair, 0), tuple_get(pair, 1), &first)) return false;
        }
    } else if (atoms_only(I, o)) {
        // No Python code can run while encoding atoms: iterate in place.
        size_t pos = 0;
        Value k, v;
        while (dict_next(o, &pos, &k, &v))
            if (!enc_pair(I, e, k, v, &first)) return false;
    } else if (!enc_snapshot(I, e, o, &first)) {
        return false;
    }
    if (!close_block(I, e, '}')) return false;
    unmark(e);
    return true;
}

static bool enc_value(Interp *I, Enc *e, Value o) {
    if (o == I->none) return sb_add_cstr(I, &e->sb, "null");
    if (o == I->true_) return sb_add_cstr(I, &e->sb, "true");
    if (o == I->false_) return sb_add_cstr(I, &e->sb, "false");
    if (val_is_small(o)) return add_int(I, &e->sb, o);
    if (str_check(o)) return add_string(I, &e->sb, o, e->ensure_ascii);
    if (int_check(I, o)) return add_int(I, &e->sb, o);
    if (float_check(o)) return add_float(I, e, float_value(o));
    bool ok;
    if (list_check(o) || tuple_check(o)) {
        if (!enter(I, e)) return false;
        ok = enc_seq(I, e, o);
        interp_leave_c(I);
        return ok;
    }
    if (dict_check(o)) {
        if (!enter(I, e)) return false;
        ok = enc_dict(I, e, o);
        interp_leave_c(I);
        return ok;
    }
    if (e->default_fn == I->none)
        return exc_raise(I, TY_TYPE_ERROR, "Object of type %s is not JSON serializable",
                         obj_type_name(I, o)) != VAL_NULL;
    if (!mark(I, e, o)) return false;
    // CPython counts two levels while calling `default` (the call, then the frame), so
    // in a chain of defaults the call is what hits the recursion limit.
    if (!interp_enter_c(I, " while calling a Python object")) return false;
    if (!interp_enter_c(I, " while calling a Python object")) {
        interp_leave_c(I);
        return false;
    }
    Value x = obj_call1(I, e->default_fn, o);
    interp_leave_c(I);
    interp_leave_c(I);
    if (x == VAL_NULL) return false;
    if (!enter(I, e)) return false;
    ok = enc_value(I, e, x);
    interp_leave_c(I);
    if (!ok) return false;
    unmark(e);
    return true;
}

static int truth_arg(Interp *I, Value v) { return v == VAL_NULL ? 0 : obj_truth(I, v); }

// encode(o, default, indent, key_sep, item_sep, sort_keys, skipkeys, allow_nan,
//        ensure_ascii, check_circular, level=0) -> str
static Value json_encode(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value o, dflt, indent, ksep, isep, sk, skip, an, ea, cc, lvl;
    if (!args_parse(I, args, kwnames, "encode",
                    "o default indent key_separator item_separator sort_keys skipkeys allow_nan "
                    "ensure_ascii check_circular | level",
                    &o, &dflt, &indent, &ksep, &isep, &sk, &skip, &an, &ea, &cc, &lvl))
        return VAL_NULL;
    Enc e;
    sb_init(&e.sb);
    vec_init(&e.stack);
    e.default_fn = dflt;
    e.indent = indent == I->none ? VAL_NULL : indent;
    e.pymode = e.indent != VAL_NULL;
    if (e.indent != VAL_NULL && !str_check(e.indent))
        return exc_raise(I, TY_TYPE_ERROR, "indent must be a str");
    if (!str_check(ksep) || !str_check(isep))
        return exc_raise(I, TY_TYPE_ERROR, "separators must be str");
    e.key_sep = ksep;
    e.item_sep = isep;
    int f[6] = {truth_arg(I, sk), truth_arg(I, skip), truth_arg(I, an), truth_arg(I, ea), truth_arg(I, cc), 0};
    for (size_t k = 0; k < 5; k++)
        if (f[k] < 0) return VAL_NULL;
    e.sort_keys = f[0];
    e.skipkeys = f[1];
    e.allow_nan = f[2];
    e.ensure_ascii = f[3];
    e.check_circular = f[4];
    e.level = 0;
    if (lvl != VAL_NULL && lvl != I->none) {
        int64_t l;
        if (!obj_index_i64(I, lvl, &l)) return VAL_NULL;
        e.level = l > 0 ? (size_t)l : 0;
    }
    if (!enc_value(I, &e, o)) return VAL_NULL;
    return sb_finish(I, &e.sb);
}

static const MethodDef json_functions[] = {
    {"encode_basestring", json_encode_basestring, 0,
     "Return a JSON representation of a Python string"},
    {"encode_basestring_ascii", json_encode_basestring_ascii, 0,
     "Return an ASCII-only JSON representation of a Python string"},
    {"encode", json_encode, 0, "Encode a Python value as JSON text (safepy accelerator)."},
    {"scanstring", jsonmod_scanstring, 0, "Scan the string body of a JSON string."},
    {"scan_once", jsonmod_scan_once, 0, "Scan one JSON value (safepy accelerator)."},
    {NULL, NULL, 0, NULL},
};

bool jsonmod_init(Interp *I, Value m) { return module_add_functions(I, m, json_functions); }
