/*
 * unicodedatamod.c: the unicodedata module over the kernel's character database
 * (kernel/unicode_ucd.h, Unicode 14.0.0 as CPython 3.11): names both ways, properties,
 * numeric values, decompositions and the four normalization forms.
 *
 * Normalization works on a ValVec of code points (small ints): full decomposition
 * (canonical or compatibility, Hangul algorithmically), canonical ordering of combining
 * marks, then for NFC/NFKC canonical composition (UAX #15). ASCII text is returned as it
 * is (every form leaves it unchanged).
 */
#include "modtab.h"
#include "unicodedatamod.h"

#include "../kernel/unicode.h"
#include "../kernel/unicode_ucd.h"
#include "../kernel/utf8.h"
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/memview.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/ops.h"
#include "import.h"

#define SBASE 0xAC00u
#define LBASE 0x1100u
#define VBASE 0x1161u
#define TBASE 0x11A7u
#define LCOUNT 19u
#define VCOUNT 21u
#define TCOUNT 28u
#define NCOUNT (VCOUNT * TCOUNT)
#define SCOUNT (LCOUNT * NCOUNT)

// The kernel's property tables (decompressed on first use), or false with an exception.
static bool props(Interp *I, BView *db) {
    KStatus s = unicode_ucd_props(I->heap, db);
    if (s == K_OK) return true;
    exc_from_kstatus(I, s, "unicodedata");
    return false;
}

// A compatibility decomposition's tag ("<compat>", ...) rather than a canonical one's "".
static bool has_tag(const char *tag) { return bview_cstr(tag).n > 0; }

// The code point of one-character str [v], or false with CPython's TypeError.
// [argn]: "argument" for one-argument functions, "argument 1" when a default may follow.
static bool one_char(Interp *I, Value v, const char *fname, const char *argn, uint32_t *cp) {
    if (!str_check(v) || str_len(v) != 1) {
        exc_raise(I, TY_TYPE_ERROR, "%s() %s must be a unicode character, not %T", fname, argn, v);
        return false;
    }
    size_t len;
    *cp = str_cp_at(str_view(v), 0, &len);
    return true;
}

// Parses (chr) for METH_O-style functions.
static bool arg_char(Interp *I, ValView args, Value kwnames, const char *qual, const char *fname,
                     uint32_t *cp) {
    return args_one(I, args, kwnames, qual) &&
           one_char(I, vview_get(args, 0), fname, "argument", cp);
}

// Parses (chr[, default]); *def is VAL_NULL when not given.
static bool arg_char_default(Interp *I, ValView args, Value kwnames, const char *qual,
                             const char *fname, uint32_t *cp, Value *def) {
    if (!args_no_kw(I, kwnames, qual) || !args_count(I, args, VAL_NULL, fname, 1, 2)) return false;
    *def = args.n > 1 ? vview_get(args, 1) : VAL_NULL;
    return one_char(I, vview_get(args, 0), fname, "argument 1", cp);
}

static Value u_lookup(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_one(I, args, kwnames, "unicodedata.lookup")) return VAL_NULL;
    Value n = vview_get(args, 0);
    BView v;
    if (str_check(n)) {
        // CPython takes the name as UTF-8: a lone surrogate is a UnicodeEncodeError
        Value enc = str_from_cstr(I, "utf-8");
        Value b = enc == VAL_NULL ? VAL_NULL : str_encode(I, n, enc, VAL_NULL);
        if (b == VAL_NULL) return VAL_NULL;
        v = bytes_view(b);
    } else if (bytes_check(n)) {
        v = bytes_view(n);
    } else {
        // CPython takes only read-only buffers (bytes): any other buffer (bytearray,
        // memoryview, released or strided included, array.array) is refused by name
        if (memview_cast(n) == NULL && !bytes_arg(I, n, NULL, &v)) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR,
                         "lookup() argument must be read-only bytes-like object, not %T", n);
    }
    if (v.n > 256) {
        Value msg = str_from_cstr(I, "name too long");
        return msg == VAL_NULL ? VAL_NULL : exc_raise_arg(I, TY_KEY_ERROR, msg);
    }
    uint8_t name[UNICODE_UCD_NAME_MAX];
    int32_t cp = -1;
    if (v.n <= sizeof name) {
        for (size_t i = 0; i < v.n; i++) name[i] = (uint8_t)bview_get(v, i);
        BView names;
        KStatus s = unicode_ucd_names(I->heap, &names);
        if (s != K_OK) return exc_from_kstatus(I, s, "unicodedata");
        cp = unicode_ucd_lookup(names, name, v.n);
    }
    if (cp < 0) {
        // CPython formats the name as a C string: cut at a NUL, invalid UTF-8 replaced
        int64_t nul = bview_find_byte(v, 0, 0);
        if (nul >= 0) v = bview_slice(v, 0, (size_t)nul);
        Value text = str_from_utf8(I, v);
        if (text == VAL_NULL) {
            exc_clear(I);
            StrBuilder sb;
            sb_init(&sb);
            for (size_t i = 0; i < v.n; i++) {
                int c = bview_get(v, i);
                if (!sb_add_codepoint(I, &sb, c < 0x80 ? (uint32_t)c : 0xFFFDu)) return VAL_NULL;
            }
            text = sb_finish(I, &sb);
            if (text == VAL_NULL) return VAL_NULL;
        }
        Value msg = exc_format(I, "undefined character name '%U'", text);
        return msg == VAL_NULL ? VAL_NULL : exc_raise_arg(I, TY_KEY_ERROR, msg);
    }
    return str_from_codepoint(I, (uint32_t)cp);
}

static Value u_name(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    uint32_t cp;
    Value def;
    if (!arg_char_default(I, args, kwnames, "unicodedata.name", "name", &cp, &def)) return VAL_NULL;
    uint8_t buf[UNICODE_UCD_NAME_MAX];
    BView names;
    KStatus s = unicode_ucd_names(I->heap, &names);
    if (s != K_OK) return exc_from_kstatus(I, s, "unicodedata");
    size_t n = unicode_ucd_name(names, cp, buf, sizeof buf);
    if (n == 0) {
        if (def != VAL_NULL) return def;
        return exc_raise(I, TY_VALUE_ERROR, "no such name");
    }
    StrBuilder sb;
    sb_init(&sb);
    for (size_t i = 0; i < n; i++) {
        if (!sb_add_codepoint(I, &sb, buf[i])) return VAL_NULL;
    }
    return sb_finish(I, &sb);
}

static Value u_decimal(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    uint32_t cp;
    Value def;
    if (!arg_char_default(I, args, kwnames, "unicodedata.decimal", "decimal", &cp, &def))
        return VAL_NULL;
    int d = unicode_decimal_value(cp);
    if (d >= 0) return val_from_small(d);
    if (def != VAL_NULL) return def;
    return exc_raise(I, TY_VALUE_ERROR, "not a decimal");
}

static Value u_digit(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    uint32_t cp;
    Value def;
    if (!arg_char_default(I, args, kwnames, "unicodedata.digit", "digit", &cp, &def)) return VAL_NULL;
    int d = unicode_digit_value(cp);
    if (d >= 0) return val_from_small(d);
    if (def != VAL_NULL) return def;
    return exc_raise(I, TY_VALUE_ERROR, "not a digit");
}

static Value u_numeric(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    uint32_t cp;
    Value def;
    if (!arg_char_default(I, args, kwnames, "unicodedata.numeric", "numeric", &cp, &def))
        return VAL_NULL;
    int64_t num;
    uint32_t den;
    BView db;
    if (!props(I, &db)) return VAL_NULL;
    if (unicode_ucd_numeric(db, cp, &num, &den)) return float_new(I, (double)num / (double)den);
    if (def != VAL_NULL) return def;
    return exc_raise(I, TY_VALUE_ERROR, "not a numeric character");
}

static Value u_category(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    uint32_t cp;
    if (!arg_char(I, args, kwnames, "unicodedata.category", "category", &cp)) return VAL_NULL;
    BView db;
    if (!props(I, &db)) return VAL_NULL;
    return str_from_cstr(I, unicode_ucd_category(db, cp));
}

static Value u_bidirectional(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    uint32_t cp;
    if (!arg_char(I, args, kwnames, "unicodedata.bidirectional", "bidirectional", &cp))
        return VAL_NULL;
    BView db;
    if (!props(I, &db)) return VAL_NULL;
    return str_from_cstr(I, unicode_ucd_bidirectional(db, cp));
}

static Value u_combining(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    uint32_t cp;
    if (!arg_char(I, args, kwnames, "unicodedata.combining", "combining", &cp)) return VAL_NULL;
    BView db;
    if (!props(I, &db)) return VAL_NULL;
    return val_from_small(unicode_ucd_combining(db, cp));
}

static Value u_east_asian_width(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    uint32_t cp;
    if (!arg_char(I, args, kwnames, "unicodedata.east_asian_width", "east_asian_width", &cp))
        return VAL_NULL;
    BView db;
    if (!props(I, &db)) return VAL_NULL;
    return str_from_cstr(I, unicode_ucd_east_asian_width(db, cp));
}

static Value u_mirrored(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    uint32_t cp;
    if (!arg_char(I, args, kwnames, "unicodedata.mirrored", "mirrored", &cp)) return VAL_NULL;
    BView db;
    if (!props(I, &db)) return VAL_NULL;
    return val_from_small(unicode_ucd_mirrored(db, cp) ? 1 : 0);
}

static Value u_decomposition(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    uint32_t cp;
    if (!arg_char(I, args, kwnames, "unicodedata.decomposition", "decomposition", &cp))
        return VAL_NULL;
    BView db;
    if (!props(I, &db)) return VAL_NULL;
    uint32_t parts[UNICODE_UCD_DECOMP_MAX];
    const char *tag;
    size_t n = unicode_ucd_decomposition(db, cp, parts, &tag);
    StrBuilder sb;
    sb_init(&sb);
    if (n > 0 && !sb_add_cstr(I, &sb, tag)) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        if ((i > 0 || has_tag(tag)) && !sb_add_cstr(I, &sb, " ")) return VAL_NULL;
        // "%04X": at least four upper-case hex digits
        int shift = parts[i] > 0xFFFFFu ? 20 : parts[i] > 0xFFFFu ? 16 : 12;
        for (; shift >= 0; shift -= 4) {
            uint32_t d = (parts[i] >> shift) & 0xFu;
            if (!sb_add_codepoint(I, &sb, d < 10 ? '0' + d : 'A' + d - 10)) return VAL_NULL;
        }
    }
    return sb_finish(I, &sb);
}

/* ---- normalization ---- */

static bool push_cp(Interp *I, ValVec *v, uint32_t cp) {
    if (vec_push(I->heap, v, val_from_small((intptr_t)cp)) != K_OK) {
        exc_nomem(I);
        return false;
    }
    return true;
}

static uint32_t cp_at(const ValVec *v, size_t i) { return (uint32_t)val_small(vec_get(v, i)); }

// Appends the full decomposition of [cp] (the mapping applied recursively).
static bool decompose(Interp *I, BView db, ValVec *out, uint32_t cp, bool compat, int depth) {
    if (cp >= SBASE && cp < SBASE + SCOUNT) {
        uint32_t s = cp - SBASE;
        if (!push_cp(I, out, LBASE + s / NCOUNT) || !push_cp(I, out, VBASE + (s % NCOUNT) / TCOUNT))
            return false;
        return s % TCOUNT == 0 || push_cp(I, out, TBASE + s % TCOUNT);
    }
    uint32_t parts[UNICODE_UCD_DECOMP_MAX];
    const char *tag;
    size_t n = unicode_ucd_decomposition(db, cp, parts, &tag);
    // mappings nest only a few levels deep; the bound guards against a bad table
    if (n == 0 || (has_tag(tag) && !compat) || depth > 8) return push_cp(I, out, cp);
    for (size_t i = 0; i < n; i++) {
        if (!decompose(I, db, out, parts[i], compat, depth + 1)) return false;
    }
    return true;
}

// Canonical ordering: a stable sort of each run of non-starters by combining class.
static void reorder(BView db, ValVec *v) {
    for (size_t i = 1; i < v->len; i++) {
        int cc = unicode_ucd_combining(db, cp_at(v, i));
        if (cc == 0) continue;
        for (size_t j = i; j > 0; j--) {
            int pc = unicode_ucd_combining(db, cp_at(v, j - 1));
            if (pc <= cc) break;
            if (vec_swap(v, j - 1, j) != K_OK) return;
        }
    }
}

static int64_t compose_pair(BView db, uint32_t a, uint32_t b) {
    if (a >= LBASE && a < LBASE + LCOUNT && b >= VBASE && b < VBASE + VCOUNT)
        return SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT;
    if (a >= SBASE && a < SBASE + SCOUNT && (a - SBASE) % TCOUNT == 0 && b > TBASE &&
        b < TBASE + TCOUNT)
        return a + (b - TBASE);
    return unicode_ucd_compose(db, a, b);
}

// Canonical composition of [in] into [out].
static bool compose(Interp *I, BView db, const ValVec *in, ValVec *out) {
    int64_t starter = -1; // index in out of the last starter
    for (size_t i = 0; i < in->len; i++) {
        uint32_t c = cp_at(in, i);
        int cc = unicode_ucd_combining(db, c);
        if (starter >= 0) {
            size_t last = out->len - 1;
            bool adjacent = last == (size_t)starter;
            bool blocked = !adjacent && unicode_ucd_combining(db, cp_at(out, last)) >= cc;
            if (!blocked) {
                int64_t p = compose_pair(db, cp_at(out, (size_t)starter), c);
                if (p >= 0) {
                    (void)vec_set(out, (size_t)starter, val_from_small((intptr_t)p));
                    continue;
                }
            }
        }
        if (cc == 0) starter = (int64_t)out->len;
        if (!push_cp(I, out, c)) return false;
    }
    return true;
}

// Form name -> (compat, compose); false for an unknown form.
static bool parse_form(Value form, bool *compat, bool *comp) {
    if (str_eq_cstr(form, "NFC")) *compat = false, *comp = true;
    else if (str_eq_cstr(form, "NFD")) *compat = false, *comp = false;
    else if (str_eq_cstr(form, "NFKC")) *compat = true, *comp = true;
    else if (str_eq_cstr(form, "NFKD")) *compat = true, *comp = false;
    else return false;
    return true;
}

// Whether code point [x] keeps its full canonical decomposition under compatibility
// decomposition too (no compatibility mapping anywhere in it).
static bool no_compat(BView db, uint32_t x, int depth) {
    uint32_t parts[UNICODE_UCD_DECOMP_MAX];
    const char *tag;
    size_t n = unicode_ucd_decomposition(db, x, parts, &tag);
    if (n == 0) return true;
    if (has_tag(tag) || depth > 8) return false;
    for (size_t i = 0; i < n; i++) {
        if (!no_compat(db, parts[i], depth + 1)) return false;
    }
    return true;
}

// The normalization quick check of code point [cp] alone (UAX #15, the NF*_QC properties),
// computed from the decomposition and composition tables: true for Yes, false for No or
// Maybe. Decomposing forms: No when [cp] has a mapping of the form's kind (a Hangul
// syllable has its algorithmic one). Composing forms: Maybe when [cp] can combine with
// the character before it (the second of a canonical pair, a Hangul vowel or trailing
// consonant); No when its decomposition does not compose back to it (a singleton, an
// exclusion, a compatibility mapping for NFKC, or a pair whose parts NFKC changes).
static bool qc_yes(BView db, uint32_t cp, bool compat, bool comp) {
    if (cp >= SBASE && cp < SBASE + SCOUNT) return comp;
    if (comp && (unicode_ucd_is_second(cp) || (cp >= VBASE && cp < VBASE + VCOUNT) ||
                 (cp > TBASE && cp < TBASE + TCOUNT)))
        return false;
    uint32_t parts[UNICODE_UCD_DECOMP_MAX];
    const char *tag;
    size_t n = unicode_ucd_decomposition(db, cp, parts, &tag);
    if (n == 0) return true;
    if (has_tag(tag)) return !compat;
    if (!comp) return false;
    if (n != 2 || compose_pair(db, parts[0], parts[1]) != (int64_t)cp) return false;
    return !compat || (no_compat(db, parts[0], 0) && no_compat(db, parts[1], 0));
}

// Scratch vectors of one normalize() call, reused by each segment, and a small
// direct-mapped cache of the per-character answers (combining class, quick check) of
// the non-ASCII code points seen: text repeats its few non-ASCII characters, whose
// lookups (decomposition, composition) cost hundreds of instructions each.
#define QC_CACHE 64u
typedef struct NormScratch {
    ValVec d, r;
    uint32_t cp[QC_CACHE]; // 0 (never cached: only code points >= 0x80 are) when empty
    uint8_t cc[QC_CACHE];
    bool yes[QC_CACHE];
} NormScratch;

// Combining class and quick check of [cp] (>= 0x80), through the cache.
static int char_info(BView db, NormScratch *ns, uint32_t cp, bool compat, bool comp,
                     bool *yes) {
    size_t slot = cp % QC_CACHE;
    if (ns->cp[slot] == cp) {
        *yes = ns->yes[slot];
        return ns->cc[slot];
    }
    int cc = unicode_ucd_combining(db, cp);
    *yes = qc_yes(db, cp, compat, comp);
    ns->cp[slot] = cp;
    ns->cc[slot] = (uint8_t)cc;
    ns->yes[slot] = *yes;
    return cc;
}

// Appends the normal form of the text [v] (a segment: see normalize) to [sb].
static bool normalize_segment(Interp *I, BView db, BView v, bool compat, bool comp,
                              NormScratch *ns, StrBuilder *sb) {
    if (vec_resize(I->heap, &ns->d, 0) != K_OK || vec_resize(I->heap, &ns->r, 0) != K_OK) {
        exc_nomem(I);
        return false;
    }
    for (size_t off = 0; off < v.n;) {
        size_t len;
        uint32_t cp = str_cp_at(v, off, &len);
        off += len == 0 ? 1 : len;
        if (!decompose(I, db, &ns->d, cp, compat, 0)) return false;
    }
    reorder(db, &ns->d);
    if (comp && !compose(I, db, &ns->d, &ns->r)) return false;
    const ValVec *res = comp ? &ns->r : &ns->d;
    for (size_t i = 0; i < res->len; i++) {
        if (!sb_add_codepoint(I, sb, cp_at(res, i))) return false;
    }
    return true;
}

// The normal form of str [s]. A character with quick check Yes and combining class 0 is a
// boundary: nothing before it composes with it or with what follows, and canonical
// ordering never moves a mark across it. So the text is cut into segments that start at
// boundaries; a segment whose characters are all Yes and in canonical order is already
// normalized and copied as it is, the others go through full decomposition, ordering and
// composition. When no segment needed that, CPython's quick check says Yes and, as
// CPython, [s] itself is returned (a str subclass instance included); otherwise a new str.
static Value normalize(Interp *I, Value s, bool compat, bool comp) {
    BView v = str_view(s);
    if (utf8_is_ascii(v)) return s;
    BView db;
    if (!props(I, &db)) return VAL_NULL;
    NormScratch ns;
    vec_init(&ns.d);
    vec_init(&ns.r);
    for (size_t i = 0; i < QC_CACHE; i++) ns.cp[i] = 0;
    StrBuilder sb;
    sb_init(&sb);
    bool changed = false;   // some segment was normalized: the result is a new str
    bool dirty = false;     // the current segment needs normalizing
    size_t seg = 0;         // byte offset where the current segment starts
    size_t copied = 0;      // bytes of [v] before this are in [sb] (when changed)
    int lastcc = 0;
    for (size_t off = 0; off <= v.n;) {
        size_t len = 1;
        uint32_t cp = 0;
        int cc = 0;
        bool yes = true;
        if (off < v.n) {
            cp = str_cp_at(v, off, &len);
            if (len == 0) len = 1;
            if (cp >= 0x80) cc = char_info(db, &ns, cp, compat, comp, &yes);
        }
        if (cc == 0 && yes) { // a boundary (or the end): the segment before it is complete
            if (dirty) {
                if (!sb_add_view(I, &sb, bview_slice(v, copied, seg)) ||
                    !normalize_segment(I, db, bview_slice(v, seg, off), compat, comp, &ns, &sb))
                    return VAL_NULL;
                copied = off;
                changed = true;
                dirty = false;
            }
            seg = off;
        } else if (!yes || (cc != 0 && lastcc > cc)) {
            dirty = true;
        }
        lastcc = cc;
        off += len;
    }
    if (!changed) return s;
    if (!sb_add_view(I, &sb, bview_slice(v, copied, v.n))) return VAL_NULL;
    return sb_finish(I, &sb);
}

Value unicodedatamod_nfkc(Interp *I, Value s) { return normalize(I, s, true, true); }

// Parses (form, unistr) for normalize / is_normalized.
static bool form_args(Interp *I, ValView args, Value kwnames, const char *qual, const char *fname,
                      bool *compat, bool *comp, Value *s) {
    if (!args_no_kw(I, kwnames, qual) || !args_count(I, args, VAL_NULL, fname, 2, 2)) return false;
    Value form = vview_get(args, 0);
    *s = vview_get(args, 1);
    if (!str_check(form)) {
        exc_raise(I, TY_TYPE_ERROR, "%s() argument 1 must be str, not %T", fname, form);
        return false;
    }
    if (!str_check(*s)) {
        exc_raise(I, TY_TYPE_ERROR, "%s() argument 2 must be str, not %T", fname, *s);
        return false;
    }
    if (!parse_form(form, compat, comp)) {
        exc_raise(I, TY_VALUE_ERROR, "invalid normalization form");
        return false;
    }
    return true;
}

static Value u_normalize(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    bool compat, comp;
    Value s;
    if (!form_args(I, args, kwnames, "unicodedata.normalize", "normalize", &compat, &comp, &s))
        return VAL_NULL;
    return normalize(I, s, compat, comp);
}

static Value u_is_normalized(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    bool compat, comp;
    Value s;
    if (!form_args(I, args, kwnames, "unicodedata.is_normalized", "is_normalized", &compat, &comp,
                   &s))
        return VAL_NULL;
    Value r = normalize(I, s, compat, comp);
    if (r == VAL_NULL) return VAL_NULL;
    return interp_bool(I, str_eq(r, s));
}

/* unicodedata.ucd_3_2_0 (the Unicode 3.2.0 database of IDNA and stringprep) and its type
 * UCD live in the frozen module _ucd_3_2_0, imported on first use (PEP 562 __getattr__)
 * and then stored in the module, so plain `import unicodedata` does not load its tables.
 * [self] is the unicodedata module. */
static Value u_getattr(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_one(I, args, kwnames, "__getattr__")) return VAL_NULL;
    Value name = vview_get(args, 0);
    if (!str_check(name))
        return exc_raise(I, TY_ATTRIBUTE_ERROR, "module 'unicodedata' has no attribute %R", name);
    BView nv = str_view(name);
    if (!bview_eq_cstr(nv, "ucd_3_2_0") && !bview_eq_cstr(nv, "UCD"))
        return exc_raise(I, TY_ATTRIBUTE_ERROR, "module 'unicodedata' has no attribute '%U'", name);
    Value m = import_module_cstr(I, "_ucd_3_2_0");
    Value db = m != VAL_NULL ? obj_getattr_cstr(I, m, "ucd_3_2_0") : VAL_NULL;
    Value cls = m != VAL_NULL ? obj_getattr_cstr(I, m, "UCD") : VAL_NULL;
    if (db == VAL_NULL || cls == VAL_NULL || !module_add_value(I, self, "ucd_3_2_0", db) ||
        !module_add_value(I, self, "UCD", cls))
        return VAL_NULL;
    return bview_eq_cstr(nv, "UCD") ? cls : db;
}

static const MethodDef unicodedata_functions[] = {
    {"__getattr__", u_getattr, 0, NULL},
    {"lookup", u_lookup, 0, "Look up character by name."},
    {"name", u_name, 0, "Returns the name assigned to the character chr as a string."},
    {"decimal", u_decimal, 0, "Converts a Unicode character into its equivalent decimal value."},
    {"digit", u_digit, 0, "Converts a Unicode character into its equivalent digit value."},
    {"numeric", u_numeric, 0, "Converts a Unicode character into its equivalent numeric value."},
    {"category", u_category, 0, "Returns the general category assigned to the character chr as string."},
    {"bidirectional", u_bidirectional, 0, "Returns the bidirectional class assigned to the character chr as string."},
    {"combining", u_combining, 0, "Returns the canonical combining class assigned to the character chr as integer."},
    {"east_asian_width", u_east_asian_width, 0, "Returns the east asian width assigned to the character chr as string."},
    {"mirrored", u_mirrored, 0, "Returns the mirrored property assigned to the character chr as integer."},
    {"decomposition", u_decomposition, 0, "Returns the character decomposition mapping assigned to the character chr as string."},
    {"normalize", u_normalize, 0, "Return the normal form 'form' for the Unicode string unistr."},
    {"is_normalized", u_is_normalized, 0, "Return whether the Unicode string unistr is in the normal form 'form'."},
    {NULL, NULL, 0, NULL},
};

bool unicodedatamod_init(Interp *I, Value m) {
    return module_add_functions(I, m, unicodedata_functions) &&
           module_add_str(I, m, "unidata_version", unicode_ucd_version());
}
