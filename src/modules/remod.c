/*
 * remod.c: the _re module, the C half of re (re.py holds the parser, the compiler and the
 * Pattern/Match API): compiled program objects and the entry points that run them.
 *
 *   _re.compile(code, nregs, ngroups, first, anchored, firstop) -> program
 *   _re.match(program, subject, pos, endpos, mode, must_advance[, matchtype, pattern,
 *             string, groupindex[, match_pos]]) -> regs tuple (or a match object) or None
 *       (match_pos: the pos the match object reports, when the search resumed elsewhere)
 *   _re.Match: the match object type (re_matchobj.c)
 *   _re.scan(program, subject, pos, endpos, maxcount) -> list of regs tuples (successive
 *       non-overlapping matches with the 3.7+ empty-match rule: sub, findall, split)
 *   _re.findall(program, subject, pos, endpos) -> the list re.findall returns
 *   _re.split(program, subject, maxsplit) -> the list re.split returns
 *   _re.sub(program, subject, template, count) -> (result, n) for a parsed template
 *   _re.lower(cp), _re.upper(cp): the simple case mappings the matcher uses.
 *
 * A regs tuple holds start/end of group 0..n (-1 when unset) then lastindex (-1: None).
 *
 * Invariant: positions are code point indices for str and byte indices for bytes; a
 * non-ASCII str is decoded once into a vector of code points, cached per str object in
 * I->scratch so a tokenizer calling match(text, pos) in a loop stays linear.
 */
#include "modtab.h"

#include "../kernel/utf8.h"
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "re_match.h"
#include "re_matchobj.h"

typedef struct ProgObject {
    CustomObj h;
    ReProg p;
    ValVec regs, bt; /* scratch vectors reused by every run (a run never re-enters) */
    Value mtype;     /* the last match type checked by re_match (a subtype of _re.Match) */
    bool prepared;   /* p.aux built (on the first run: patterns compiled at import time and
                      * never used cost nothing; an empty aux only means no shortcuts) */
} ProgObject;

#define BT_KEEP 4096u /* words of backtrack stack a program keeps between runs */

// Runs [po]'s program (re_match_run), building its auxiliary tables on first use.
static int run_prog(Interp *I, ProgObject *po, const ReSubject *s, int64_t pos, int64_t endpos,
                    int mode, bool adv, ValVec *regs) {
    if (!po->prepared) {
        if (!re_match_prepare(I, &po->p)) return -1;
        po->prepared = true;
    }
    int r = re_match_run(I, &po->p, s, pos, endpos, mode, adv, regs, &po->bt);
    // Keep a small backtrack stack for the next run; one pathological match must not pin
    // its peak-sized stack to the pattern for the rest of the program.
    if (po->bt.cap > BT_KEEP) vec_clear(&po->bt);
    return r;
}
static const CustomLayout prog_layout = {"ProgObject"};
CUSTOM_CAST_FN(prog_cast, ProgObject, prog_layout)

typedef struct SubjCache {
    CustomObj h;
    Value str;
    ValVec cps;
} SubjCache;
static const CustomLayout subjcache_layout = {"SubjCache"};
CUSTOM_CAST_FN(subjcache_cast, SubjCache, subjcache_layout)

static const TypeSpec prog_spec = {
    .name = "_re.Program",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(ProgObject),
    .base = -1,
};

static const TypeSpec subjcache_spec = {
    .name = "_re.SubjectCache",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(SubjCache),
    .base = -1,
};

static bool get_i64(Interp *I, Value v, int64_t *out) {
    if (v == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "missing argument");
        return false;
    }
    // pos/endpos come from user code: anything but an int goes through __index__
    // ("'str' object cannot be interpreted as an integer").
    v = obj_index(I, v);
    if (v == VAL_NULL) return false;
    return int_to_i64(I, v, out);
}

// The type object stored under [key] in the module state, created on first use.
static Type *state_type(Interp *I, const char *key, const TypeSpec *spec) {
    if (I->scratch == VAL_NULL) {
        I->scratch = dict_new(I);
        if (I->scratch == VAL_NULL) return NULL;
    }
    Value t = dict_get_cstr(I, I->scratch, key);
    if (t != VAL_NULL) return type_cast(t);
    if (I->exc != VAL_NULL) return NULL;
    Type *ty = type_from_spec(I, spec, NULL);
    if (ty == NULL) return NULL;
    if (!dict_set_cstr(I, I->scratch, key, obj_val(ty))) return NULL;
    return ty;
}

static Value re_compile(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "compile", 6, 6)) return VAL_NULL;
    Value code = vview_get(args, 0);
    if (!list_check(code)) return exc_raise(I, TY_TYPE_ERROR, "code must be a list");
    Type *t = state_type(I, "re.prog_type", &prog_spec);
    if (t == NULL) return VAL_NULL;
    ProgObject *po = custom_alloc(I, t, &prog_layout, sizeof(ProgObject));
    if (po == NULL) return VAL_NULL;
    vec_init(&po->p.code);
    ValView cv = list_view(code);
    for (size_t i = 0; i < cv.n; i++) {
        Value x = vview_get(cv, i);
        if (!val_is_small(x)) return exc_raise(I, TY_VALUE_ERROR, "invalid code");
        if (vec_push(I->heap, &po->p.code, x) != K_OK) return exc_nomem(I);
    }
    int64_t anchored;
    if (!get_i64(I, vview_get(args, 1), &po->p.nregs) ||
        !get_i64(I, vview_get(args, 2), &po->p.ngroups) ||
        !get_i64(I, vview_get(args, 3), &po->p.first) ||
        !get_i64(I, vview_get(args, 4), &anchored) ||
        !get_i64(I, vview_get(args, 5), &po->p.firstop))
        return VAL_NULL;
    if (po->p.ngroups < 0 || po->p.ngroups > 1000000 || po->p.nregs < 2 * po->p.ngroups + 3 ||
        po->p.nregs > 10000000)
        return exc_raise(I, TY_VALUE_ERROR, "invalid code");
    po->p.anchored = anchored != 0;
    int ok = re_match_validate(I, &po->p.code);
    if (ok < 0) return VAL_NULL;
    if (ok == 0) return exc_raise(I, TY_VALUE_ERROR, "invalid code");
    if (po->p.firstop >= (int64_t)po->p.code.len) po->p.firstop = -1;
    vec_init(&po->p.aux);
    return obj_val(po);
}

// Fills [s] for subject [v] (str, bytes or bytearray).
static bool subject_of(Interp *I, Value v, ReSubject *s) {
    s->cps = NULL;
    if (str_check(v)) {
        StrObject *so = str_cast(v);
        if (so == NULL) {
            exc_raise(I, TY_TYPE_ERROR, "bad subject");
            return false;
        }
        s->v = str_view(v);
        if (str_flag(so, STR_ASCII)) {
            s->n = (int64_t)s->v.n;
            return true;
        }
        Type *t = state_type(I, "re.subj_type", &subjcache_spec);
        if (t == NULL) return false;
        Value cv = dict_get_cstr(I, I->scratch, "re.subject");
        SubjCache *c = subjcache_cast(cv);
        if (c == NULL || c->str != v) {
            c = custom_alloc(I, t, &subjcache_layout, sizeof(SubjCache));
            if (c == NULL) return false;
            c->str = v;
            vec_init(&c->cps);
            if (vec_reserve(I->heap, &c->cps, so->nchars) != K_OK)
                return exc_nomem(I) != VAL_NULL;
            size_t off = 0;
            while (off < s->v.n) {
                size_t len;
                uint32_t cp = utf8_get(s->v, off, &len);
                if (len == 0) break;
                off += len;
                if (vec_push(I->heap, &c->cps, val_from_small((intptr_t)cp)) != K_OK)
                    return exc_nomem(I) != VAL_NULL;
            }
            if (!dict_set_cstr(I, I->scratch, "re.subject", obj_val(c))) return false;
        }
        s->cps = &c->cps;
        s->n = (int64_t)c->cps.len;
        return true;
    }
    if (bytes_cast(v) != NULL || bytearray_cast(v) != NULL) {
        s->v = bytes_view(v);
        s->n = (int64_t)s->v.n;
        return true;
    }
    exc_raise(I, TY_TYPE_ERROR, "expected string or bytes-like object, got '%T'", v);
    return false;
}

static Value regs_tuple(Interp *I, const ValVec *regs, int64_t ngroups) {
    size_t n = (size_t)(2 * ngroups + 3);
    Value t = tuple_new(I, n);
    if (t == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value x = vec_get(regs, i);
        tuple_init_item(t, i, x == VAL_NULL ? val_from_small(-1) : x);
    }
    // Group marks with an end before the start (left over by backtracking) read unset.
    return t;
}

// The program and the subject: args[0] and args[1] of every _re function.
static bool prog_subject(Interp *I, ValView args, ProgObject **po, ReSubject *s) {
    *po = prog_cast(vview_get(args, 0));
    if (*po == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "expected a program");
        return false;
    }
    return subject_of(I, vview_get(args, 1), s);
}

// Common argument handling: program, subject, clamped pos/endpos.
static bool prep(Interp *I, ValView args, ProgObject **po, ReSubject *s, int64_t *pos,
                 int64_t *endpos) {
    if (!prog_subject(I, args, po, s)) return false;
    if (!get_i64(I, vview_get(args, 2), pos) || !get_i64(I, vview_get(args, 3), endpos))
        return false;
    if (*pos < 0) *pos = 0;
    if (*pos > s->n) *pos = s->n;
    if (*endpos > s->n) *endpos = s->n;
    if (*endpos < 0) *endpos = 0;
    return true;
}

static Value re_match(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "match", 6, 11)) return VAL_NULL;
    ProgObject *po;
    ReSubject s;
    int64_t pos, endpos, mode, adv;
    if (!prep(I, args, &po, &s, &pos, &endpos)) return VAL_NULL;
    if (!get_i64(I, vview_get(args, 4), &mode) || !get_i64(I, vview_get(args, 5), &adv))
        return VAL_NULL;
    // finditer/scanner continue from the last match but report the pos they were given
    int64_t mpos = pos;
    if (args.n > 10) {
        if (!get_i64(I, vview_get(args, 10), &mpos)) return VAL_NULL;
        mpos = mpos < 0 ? 0 : mpos > s.n ? s.n : mpos;
    }
    if (endpos < pos) return I->none;
    int r = run_prog(I, po, &s, pos, endpos, (int)mode, adv != 0, &po->regs);
    if (r < 0) return VAL_NULL;
    if (r == 0) return I->none;
    Value regs = regs_tuple(I, &po->regs, po->p.ngroups);
    if (regs == VAL_NULL || args.n < 10) return regs;
    // With (match type, pattern, string, groupindex): a match object.
    Type *t = type_cast(vview_get(args, 6));
    if (t == NULL || po->mtype != vview_get(args, 6)) {
        Type *base = type_cast(dict_get_cstr(I, I->scratch, "re.match_type"));
        if (t == NULL || base == NULL || !type_is_subtype(t, base) || t->inst_kind != K_CUSTOM)
            return exc_raise(I, TY_TYPE_ERROR, "expected a match type");
        po->mtype = vview_get(args, 6);
    }
    return re_matchobj_new(I, t, vview_get(args, 7), vview_get(args, 8), vview_get(args, 1),
                           regs, mpos, endpos, vview_get(args, 9));
}

static Value re_scan(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "scan", 5, 5)) return VAL_NULL;
    ProgObject *po;
    ReSubject s;
    int64_t pos, endpos, maxcount;
    if (!prep(I, args, &po, &s, &pos, &endpos)) return VAL_NULL;
    if (!get_i64(I, vview_get(args, 4), &maxcount)) return VAL_NULL;
    Value out = list_new(I, 0);
    if (out == VAL_NULL) return VAL_NULL;
    ValVec regs;
    vec_init(&regs);
    bool adv = false;
    int64_t count = 0;
    while (pos <= endpos && (maxcount <= 0 || count < maxcount)) {
        int r = run_prog(I, po, &s, pos, endpos, 2, adv, &regs);
        if (r < 0) return VAL_NULL;
        if (r == 0) break;
        Value t = regs_tuple(I, &regs, po->p.ngroups);
        if (t == VAL_NULL || !list_append(I, out, t)) return VAL_NULL;
        count++;
        int64_t b = val_small(vec_get(&regs, 0)), e = val_small(vec_get(&regs, 1));
        adv = b == e;
        pos = e;
    }
    return out;
}

// ---- findall and sub in C (the hot whole-string operations) ----

// Byte offsets of code point positions of a str subject, walked forward incrementally.
typedef struct Cursor {
    int64_t cp;
    size_t off;
} Cursor;

static size_t cursor_off(const ReSubject *s, Cursor *c, int64_t k) {
    if (s->cps == NULL) return (size_t)k;
    if (k < c->cp) {
        c->cp = 0;
        c->off = 0;
    }
    c->off = utf8_advance(s->v, c->off, (size_t)(k - c->cp));
    c->cp = k;
    return c->off;
}

// Bytes of positions [a, b) of the subject.
static BView piece(const ReSubject *s, Cursor *c, int64_t a, int64_t b) {
    if (a < 0 || b < a) return bview_slice(s->v, 0, 0);
    size_t lo = cursor_off(s, c, a);
    size_t hi = s->cps == NULL ? (size_t)b : utf8_advance(s->v, lo, (size_t)(b - a));
    return bview_slice(s->v, lo, hi);
}

static Value piece_value(Interp *I, bool text, const ReSubject *s, Cursor *c, int64_t a,
                         int64_t b) {
    BView v = piece(s, c, a, b);
    return text ? str_new(I, v) : bytes_new(I, v);
}

static int64_t reg_at(const ValVec *regs, size_t i) {
    Value v = vec_get(regs, i);
    return v == VAL_NULL ? -1 : (int64_t)val_small(v);
}

// _re.findall(program, subject, pos, endpos): the list findall returns.
static Value re_findall(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "findall", 4, 4)) return VAL_NULL;
    ProgObject *po;
    ReSubject s;
    int64_t pos, endpos;
    if (!prep(I, args, &po, &s, &pos, &endpos)) return VAL_NULL;
    bool text = str_check(vview_get(args, 1));
    Value out = list_new(I, 0);
    if (out == VAL_NULL) return VAL_NULL;
    ValVec regs;
    vec_init(&regs);
    Cursor cur = {0, 0};
    bool adv = false;
    int64_t ng = po->p.ngroups;
    while (pos <= endpos) {
        int r = run_prog(I, po, &s, pos, endpos, 2, adv, &regs);
        if (r < 0) return VAL_NULL;
        if (r == 0) break;
        Value item;
        if (ng <= 1) {
            size_t g = ng == 0 ? 0 : 2;
            item = piece_value(I, text, &s, &cur, reg_at(&regs, g), reg_at(&regs, g + 1));
        } else {
            item = tuple_new(I, (size_t)ng);
            if (item == VAL_NULL) return VAL_NULL;
            for (int64_t g = 1; g <= ng; g++) {
                Value x = piece_value(I, text, &s, &cur, reg_at(&regs, (size_t)(2 * g)),
                                      reg_at(&regs, (size_t)(2 * g + 1)));
                if (x == VAL_NULL) return VAL_NULL;
                tuple_init_item(item, (size_t)(g - 1), x);
            }
        }
        if (item == VAL_NULL || !list_append(I, out, item)) return VAL_NULL;
        int64_t b = reg_at(&regs, 0), e = reg_at(&regs, 1);
        adv = b == e;
        pos = e;
    }
    return out;
}

// _re.split(program, subject, maxsplit): the list split returns (pieces between matches,
// then each match's groups, None for those that did not take part).
static Value re_split(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "split", 3, 3)) return VAL_NULL;
    ProgObject *po;
    ReSubject s;
    if (!prog_subject(I, args, &po, &s)) return VAL_NULL;
    int64_t maxsplit;
    if (!get_i64(I, vview_get(args, 2), &maxsplit)) return VAL_NULL;
    bool text = str_check(vview_get(args, 1));
    Value out = list_new(I, 0);
    if (out == VAL_NULL) return VAL_NULL;
    ValVec regs;
    vec_init(&regs);
    Cursor cur = {0, 0};
    bool adv = false;
    int64_t pos = 0, last = 0, n = 0, end = s.n, ng = po->p.ngroups;
    while (pos <= end && (maxsplit <= 0 || n < maxsplit)) {
        int r = run_prog(I, po, &s, pos, end, 2, adv, &regs);
        if (r < 0) return VAL_NULL;
        if (r == 0) break;
        int64_t b = reg_at(&regs, 0), e = reg_at(&regs, 1);
        Value x = piece_value(I, text, &s, &cur, last, b);
        if (x == VAL_NULL || !list_append(I, out, x)) return VAL_NULL;
        for (int64_t g = 1; g <= ng; g++) {
            int64_t ga = reg_at(&regs, (size_t)(2 * g));
            x = ga < 0 ? I->none
                       : piece_value(I, text, &s, &cur, ga, reg_at(&regs, (size_t)(2 * g + 1)));
            if (x == VAL_NULL || !list_append(I, out, x)) return VAL_NULL;
        }
        last = e;
        n++;
        adv = b == e;
        pos = e;
    }
    // the whole subject is the subject itself (as slicing an exact str or bytes)
    Value x = last == 0 ? vview_get(args, 1) : piece_value(I, text, &s, &cur, last, s.n);
    if (x == VAL_NULL || !list_append(I, out, x)) return VAL_NULL;
    return out;
}

static bool add_bytes(Interp *I, Buf *b, BView v) {
    if (buf_append(I->heap, b, v) != K_OK) return exc_nomem(I) != VAL_NULL;
    return true;
}

// _re.sub(program, subject, template, count): (result, n) for a template given as a list
// of literal pieces (str/bytes, same type as the subject) and group numbers.
static Value re_sub(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "sub", 4, 4)) return VAL_NULL;
    ProgObject *po;
    ReSubject s;
    if (!prog_subject(I, args, &po, &s)) return VAL_NULL;
    Value tmpl = vview_get(args, 2);
    if (!list_check(tmpl)) return exc_raise(I, TY_TYPE_ERROR, "template must be a list");
    int64_t count;
    if (!get_i64(I, vview_get(args, 3), &count)) return VAL_NULL;
    bool text = str_check(vview_get(args, 1));
    Buf out;
    buf_init(&out);
    ValVec regs;
    vec_init(&regs);
    Cursor cur = {0, 0};
    bool adv = false;
    int64_t pos = 0, last = 0, n = 0, end = s.n;
    while (pos <= end && (count <= 0 || n < count)) {
        int r = run_prog(I, po, &s, pos, end, 2, adv, &regs);
        if (r < 0) return VAL_NULL;
        if (r == 0) break;
        int64_t b = reg_at(&regs, 0), e = reg_at(&regs, 1);
        if (!add_bytes(I, &out, piece(&s, &cur, last, b))) return VAL_NULL;
        ValView tv = list_view(tmpl);
        for (size_t i = 0; i < tv.n; i++) {
            Value x = vview_get(tv, i);
            if (val_is_small(x)) {
                intptr_t g = val_small(x);
                if (g < 0 || g > po->p.ngroups) return exc_raise(I, TY_VALUE_ERROR, "bad template");
                BView gv = piece(&s, &cur, reg_at(&regs, (size_t)(2 * g)),
                                 reg_at(&regs, (size_t)(2 * g + 1)));
                if (!add_bytes(I, &out, gv)) return VAL_NULL;
            } else if (text ? str_check(x) : bytes_cast(x) != NULL) {
                if (!add_bytes(I, &out, text ? str_view(x) : bytes_view(x))) return VAL_NULL;
            } else {
                return exc_raise(I, TY_TYPE_ERROR, "bad template item");
            }
        }
        last = e;
        n++;
        adv = b == e;
        pos = e;
    }
    if (!add_bytes(I, &out, piece(&s, &cur, last, s.n))) return VAL_NULL;
    Value res = text ? str_new(I, buf_view(&out)) : bytes_new(I, buf_view(&out));
    if (res == VAL_NULL) return VAL_NULL;
    Value cnt = int_from_i64(I, n);
    if (cnt == VAL_NULL) return VAL_NULL;
    return tuple_pack(I, 2, res, cnt);
}

static Value re_lower(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "lower", 1, 1)) return VAL_NULL;
    int64_t c;
    if (!get_i64(I, vview_get(args, 0), &c)) return VAL_NULL;
    if (c < 0 || c > 0x10FFFF) return vview_get(args, 0);
    return int_from_i64(I, re_match_lower((uint32_t)c));
}

static Value re_upper(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "upper", 1, 1)) return VAL_NULL;
    int64_t c;
    if (!get_i64(I, vview_get(args, 0), &c)) return VAL_NULL;
    if (c < 0 || c > 0x10FFFF) return vview_get(args, 0);
    return int_from_i64(I, re_match_upper((uint32_t)c));
}

static const MethodDef re_functions[] = {
    {"compile", re_compile, 0, "Builds a matcher program."},
    {"match", re_match, 0, "Runs a program once."},
    {"scan", re_scan, 0, "Successive matches of a program."},
    {"findall", re_findall, 0, "findall() of a program."},
    {"split", re_split, 0, "split() of a program."},
    {"sub", re_sub, 0, "sub() of a program with a parsed template."},
    {"lower", re_lower, 0, "Simple lowercase mapping of a code point."},
    {"upper", re_upper, 0, "Simple uppercase mapping of a code point."},
    {NULL, NULL, 0, NULL},
};

bool remod_init(Interp *I, Value m) {
    if (!module_add_functions(I, m, re_functions)) return false;
    Type *mt = module_add_type(I, m, &re_matchobj_spec, NULL);
    if (mt == NULL) return false;
    if (I->scratch == VAL_NULL) {
        I->scratch = dict_new(I);
        if (I->scratch == VAL_NULL) return false;
    }
    return dict_set_cstr(I, I->scratch, "re.match_type", obj_val(mt));
}
