/*
 * re_matchobj.c: _re.Match, the object re's match/search/finditer return: group access by
 * number or name, spans, groups()/groupdict(), lastindex/lastgroup, repr. re.Match (a
 * Python subclass) adds expand() and __class_getitem__.
 *
 * Invariant: [regs] is a tuple of 2 * (ngroups + 1) + 1 small ints produced by the
 * matcher; a group is unset when either of its marks is negative. Group text is sliced
 * from [subj] (a str by code points, or bytes).
 */
#include "re_matchobj.h"

#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"

typedef struct MatchObject {
    CustomObj h;
    Value pattern, string, subj, regs, groupindex;
    int64_t pos, endpos, ngroups;
} MatchObject;
static const CustomLayout match_layout = {"MatchObject"};
CUSTOM_CAST_FN(match_cast, MatchObject, match_layout)

Value re_matchobj_new(Interp *I, Type *t, Value pattern, Value string, Value subj, Value regs,
                      int64_t pos, int64_t endpos, Value groupindex) {
    MatchObject *m = custom_alloc(I, t, &match_layout, sizeof(MatchObject));
    if (m == NULL) return VAL_NULL;
    m->pattern = pattern;
    m->string = string;
    m->subj = subj;
    m->regs = regs;
    m->groupindex = groupindex;
    m->pos = pos;
    m->endpos = endpos;
    size_t n = tuple_len(regs);
    m->ngroups = n >= 3 ? (int64_t)((n - 3) / 2) : 0;
    return obj_val(m);
}

static MatchObject *self_match(Interp *I, Value self) {
    MatchObject *m = match_cast(self);
    if (m == NULL) exc_raise(I, TY_TYPE_ERROR, "descriptor requires a 're.Match' object");
    return m;
}

static int64_t mark(const MatchObject *m, int64_t i) {
    Value v = tuple_get(m->regs, (size_t)i);
    return val_is_small(v) ? (int64_t)val_small(v) : -1;
}

// The group number [g] names (a number or a group name), or -1 with IndexError.
static int64_t group_index(Interp *I, const MatchObject *m, Value g) {
    int64_t i = -1;
    if (int_check(I, g)) {
        if (!int_to_i64(I, g, &i)) {
            exc_clear(I);
            i = -1;
        }
    } else if (str_check(g) && dict_check(m->groupindex)) {
        Value x = dict_get(I, m->groupindex, g);
        if (x == VAL_NULL && I->exc != VAL_NULL) return -1;
        if (x != VAL_NULL && val_is_small(x)) i = val_small(x);
    } else if (!str_check(g) && !bytes_check(g) &&
               type_lookup(I, type_of(I, g), interp_name(I, N___index__)) != VAL_NULL) {
        // a huge __index__ is just out of range (CPython clamps it), not OverflowError
        Value n = obj_index(I, g);
        if (n == VAL_NULL) return -1;
        if (!int_to_i64(I, n, &i)) {
            exc_clear(I);
            i = -1;
        }
    }
    if (i < 0 || i > m->ngroups) {
        exc_raise(I, TY_INDEX_ERROR, "no such group");
        return -1;
    }
    return i;
}

// Text of group [i], or [dflt] when it did not participate.
static Value group_text(Interp *I, const MatchObject *m, int64_t i, Value dflt) {
    int64_t a = mark(m, 2 * i), b = mark(m, 2 * i + 1);
    if (a < 0 || b < a) return dflt;
    if (str_check(m->subj)) return str_substr(I, m->subj, (size_t)a, (size_t)b);
    return bytes_new(I, bview_slice(bytes_view(m->subj), (size_t)a, (size_t)b));
}

static Value m_group(Interp *I, Value self, ValView args, Value kwnames) {
    MatchObject *m = self_match(I, self);
    if (m == NULL || !args_no_kw(I, kwnames, "group")) return VAL_NULL;
    if (args.n == 0) return group_text(I, m, 0, I->none);
    if (args.n == 1) {
        int64_t i = group_index(I, m, vview_get(args, 0));
        return i < 0 ? VAL_NULL : group_text(I, m, i, I->none);
    }
    Value t = tuple_new(I, args.n);
    if (t == VAL_NULL) return VAL_NULL;
    for (size_t k = 0; k < args.n; k++) {
        int64_t i = group_index(I, m, vview_get(args, k));
        if (i < 0) return VAL_NULL;
        Value x = group_text(I, m, i, I->none);
        if (x == VAL_NULL) return VAL_NULL;
        tuple_init_item(t, k, x);
    }
    return t;
}

static Value m_getitem(Interp *I, Value self, Value key) {
    MatchObject *m = self_match(I, self);
    if (m == NULL) return VAL_NULL;
    int64_t i = group_index(I, m, key);
    return i < 0 ? VAL_NULL : group_text(I, m, i, I->none);
}

static Value m_groups(Interp *I, Value self, ValView args, Value kwnames) {
    MatchObject *m = self_match(I, self);
    Value dflt;
    if (m == NULL || !args_parse(I, args, kwnames, "groups", "| default", &dflt)) return VAL_NULL;
    if (dflt == VAL_NULL) dflt = I->none;
    Value t = tuple_new(I, (size_t)m->ngroups);
    if (t == VAL_NULL) return VAL_NULL;
    for (int64_t g = 1; g <= m->ngroups; g++) {
        Value x = group_text(I, m, g, dflt);
        if (x == VAL_NULL) return VAL_NULL;
        tuple_init_item(t, (size_t)(g - 1), x);
    }
    return t;
}

static Value m_groupdict(Interp *I, Value self, ValView args, Value kwnames) {
    MatchObject *m = self_match(I, self);
    Value dflt;
    if (m == NULL || !args_parse(I, args, kwnames, "groupdict", "| default", &dflt))
        return VAL_NULL;
    if (dflt == VAL_NULL) dflt = I->none;
    Value d = dict_new(I);
    if (d == VAL_NULL) return VAL_NULL;
    if (!dict_check(m->groupindex)) return d;
    size_t it = 0;
    Value k, v;
    while (dict_next(m->groupindex, &it, &k, &v)) {
        if (!val_is_small(v)) continue;
        Value x = group_text(I, m, val_small(v), dflt);
        if (x == VAL_NULL || !dict_set(I, d, k, x)) return VAL_NULL;
    }
    return d;
}

// Group number of the optional argument of start/end/span.
static int64_t arg_group(Interp *I, const MatchObject *m, ValView args, Value kwnames,
                         const char *name) {
    if (!args_count(I, args, kwnames, name, 0, 1)) return -1;
    if (args.n == 0) return 0;
    return group_index(I, m, vview_get(args, 0));
}

static Value m_start(Interp *I, Value self, ValView args, Value kwnames) {
    MatchObject *m = self_match(I, self);
    if (m == NULL) return VAL_NULL;
    int64_t g = arg_group(I, m, args, kwnames, "start");
    if (g < 0) return VAL_NULL;
    int64_t a = mark(m, 2 * g), b = mark(m, 2 * g + 1);
    return val_from_small((a < 0 || b < 0) ? -1 : (intptr_t)a);
}

static Value m_end(Interp *I, Value self, ValView args, Value kwnames) {
    MatchObject *m = self_match(I, self);
    if (m == NULL) return VAL_NULL;
    int64_t g = arg_group(I, m, args, kwnames, "end");
    if (g < 0) return VAL_NULL;
    int64_t a = mark(m, 2 * g), b = mark(m, 2 * g + 1);
    return val_from_small((a < 0 || b < 0) ? -1 : (intptr_t)b);
}

static Value span_of(Interp *I, const MatchObject *m, int64_t g) {
    int64_t a = mark(m, 2 * g), b = mark(m, 2 * g + 1);
    if (a < 0 || b < 0) a = b = -1;
    return tuple_pack(I, 2, val_from_small((intptr_t)a), val_from_small((intptr_t)b));
}

static Value m_span(Interp *I, Value self, ValView args, Value kwnames) {
    MatchObject *m = self_match(I, self);
    if (m == NULL) return VAL_NULL;
    int64_t g = arg_group(I, m, args, kwnames, "span");
    if (g < 0) return VAL_NULL;
    return span_of(I, m, g);
}

static Value m_self(Interp *I, Value self, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    return self_match(I, self) == NULL ? VAL_NULL : self;
}

static Value m_repr(Interp *I, Value self) {
    MatchObject *m = self_match(I, self);
    if (m == NULL) return VAL_NULL;
    Value g = group_text(I, m, 0, I->none);
    if (g == VAL_NULL) return VAL_NULL;
    Value r = obj_repr(I, g);
    if (r == VAL_NULL) return VAL_NULL;
    r = str_substr(I, r, 0, 50);
    if (r == VAL_NULL) return VAL_NULL;
    return str_from_format(I, "<re.Match object; span=(%lld, %lld), match=%U>",
                           (long long)mark(m, 0), (long long)mark(m, 1), r);
}

static Value get_re(Interp *I, Value self) {
    MatchObject *m = self_match(I, self);
    return m == NULL ? VAL_NULL : m->pattern;
}

static Value get_string(Interp *I, Value self) {
    MatchObject *m = self_match(I, self);
    return m == NULL ? VAL_NULL : m->string;
}

static Value get_pos(Interp *I, Value self) {
    MatchObject *m = self_match(I, self);
    return m == NULL ? VAL_NULL : int_from_i64(I, m->pos);
}

static Value get_endpos(Interp *I, Value self) {
    MatchObject *m = self_match(I, self);
    return m == NULL ? VAL_NULL : int_from_i64(I, m->endpos);
}

static Value get_lastindex(Interp *I, Value self) {
    MatchObject *m = self_match(I, self);
    if (m == NULL) return VAL_NULL;
    int64_t li = mark(m, 2 * m->ngroups + 2);
    return li < 0 ? I->none : val_from_small((intptr_t)li);
}

static Value get_lastgroup(Interp *I, Value self) {
    MatchObject *m = self_match(I, self);
    if (m == NULL) return VAL_NULL;
    int64_t li = mark(m, 2 * m->ngroups + 2);
    if (li < 0 || !dict_check(m->groupindex)) return I->none;
    size_t it = 0;
    Value k, v;
    while (dict_next(m->groupindex, &it, &k, &v))
        if (val_is_small(v) && val_small(v) == li) return k;
    return I->none;
}

static Value get_regs(Interp *I, Value self) {
    MatchObject *m = self_match(I, self);
    if (m == NULL) return VAL_NULL;
    Value t = tuple_new(I, (size_t)m->ngroups + 1);
    if (t == VAL_NULL) return VAL_NULL;
    for (int64_t g = 0; g <= m->ngroups; g++) {
        Value s = span_of(I, m, g);
        if (s == VAL_NULL) return VAL_NULL;
        tuple_init_item(t, (size_t)g, s);
    }
    return t;
}

// The matcher's raw regs tuple (re.py's expand() reads it).
static Value get_rawregs(Interp *I, Value self) {
    MatchObject *m = self_match(I, self);
    return m == NULL ? VAL_NULL : m->regs;
}

static const MethodDef match_methods[] = {
    {"group", m_group, 0, "Return one or more subgroups of the match."},
    {"groups", m_groups, 0, "Return a tuple containing all the subgroups of the match."},
    {"groupdict", m_groupdict, 0, "Return a dictionary containing all the named subgroups."},
    {"start", m_start, 0, "Return index of the start of the substring matched by group."},
    {"end", m_end, 0, "Return index of the end of the substring matched by group."},
    {"span", m_span, 0, "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {"__copy__", m_self, 0, NULL},
    {"__deepcopy__", m_self, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef match_getsets[] = {
    {"re", get_re, NULL},
    {"string", get_string, NULL},
    {"pos", get_pos, NULL},
    {"endpos", get_endpos, NULL},
    {"lastindex", get_lastindex, NULL},
    {"lastgroup", get_lastgroup, NULL},
    {"regs", get_regs, NULL},
    {"_regs", get_rawregs, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec re_matchobj_spec = {
    .name = "_re.Match",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(MatchObject),
    .tflags = TF_BASETYPE,
    .base = -1,
    .repr = m_repr,
    .getitem = m_getitem,
    .methods = match_methods,
    .getsets = match_getsets,
};
