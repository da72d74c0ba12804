/*
 * str.c: the str type's core: construction (from UTF-8, C strings, code points, printf
 * formats), interning, hashing, repr/ascii, code point indexing, the type slots, the
 * iterator, StrBuilder, and the argument helpers the str/bytes method files share.
 * Methods live in str_methods.c, str_search.c, str_format.c, str_percent.c and
 * str_codec.c; the internal interface is str_impl.h.
 *
 * Invariant: a StrObject's data/len hold valid internal UTF-8 (kernel/utf8.h) of exactly
 * nchars code points; ascii is true iff every byte is < 0x80; the contents never change
 * after creation (the index cache u.at and the hash are caches, not contents), so two
 * strs may share one buffer.
 */
#include <limits.h>
#include <stdarg.h>

#include "../kernel/checked.h"
#include "../kernel/siphash.h"
#include "../kernel/unicode.h"
#include "../kernel/utf8.h"
#include "args.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "iterobject.h"
#include "ops.h"
#include "slice.h"
#include "str_impl.h"
#include "tuple.h"

/* ---- construction ---- */

bool str_check(Value v) { return str_cast(v) != NULL; }

static Value nomem(Interp *I, KStatus s) {
    if (s == K_NOMEM || s == K_OVERFLOW) return exc_nomem(I);
    return exc_from_kstatus(I, s, "string");
}

// A str is a 64-byte header (the heap's 64-byte size class; classes above 80 bytes are 16
// apart, so with 64 every inline text up to 95 bytes takes no more than the header and a
// separate text chunk would): keep it so.
_Static_assert(sizeof(StrObject) <= 64, "StrObject outgrew its 64-byte size class");

static StrObject *alloc_str(Interp *I, Type *t) {
    size_t size = sizeof(StrObject);
    if (t != NULL && t->inst_size > size) size = t->inst_size;
    return obj_alloc(I, t, size);
}

// The cached str of a one-character ASCII text, else VAL_NULL.
static inline Value small_str(Interp *I, int c) {
    return c >= 0 && I->small_strs != VAL_NULL ? tuple_get(I->small_strs, (size_t)c) : VAL_NULL;
}

// The header of a new exact str [o] (zero-filled) whose text is [b]: wrap_exact's, or one
// in [o]'s own chunk (new_inline, str_build_end, str_concat).
static inline Value init_inline(Interp *I, StrObject *o, const Buf *b, size_t nchars,
                                bool ascii) {
    Type *t = interp_type(I, TY_STR);
    o->h.type = t;
    o->h.kind = t->inst_kind;
    o->data = b->data;
    o->len = b->len;
    o->nchars = nchars;
    if (ascii) o->h.flags = STR_ASCII;
    return obj_val(o);
}

// A new exact str over [b] (nchars >= 2, or a character the caches do not hold): the
// allocation is heap_new_small inlined with the constant size (the hottest allocation of
// text processing), the header set as obj_alloc does (flags, dict, hash and the index
// cache stay zero from the zero-filled chunk).
static inline Value wrap_exact(Interp *I, const Buf *b, size_t nchars, bool ascii) {
    StrObject *o = heap_new_small(I->heap, sizeof(StrObject), HEAP_OBJ);
    if (o == NULL) return exc_nomem(I);
    return init_inline(I, o, b, nchars, ascii);
}

// The longest text a new exact str keeps in its own chunk (new_inline): chunks up to the
// heap's small-chunk limit; a longer text gets a chunk of its own (buf_from_view).
#define STR_INLINE_MAX (HEAP_SMALL_MAX - sizeof(StrObject) - 1u)

// A new exact str holding a copy of [v] in its own chunk, after the StrObject: one
// allocation instead of two (CPython's layout). The Buf views the inline bytes, so every
// reader is unchanged; nothing appends in place after them
// (STR_TAIL_OWNER is never set on such a str; str_concat copies out).
// The chunk is HEAP_RAW (buf_new_trailing): the collector marks it through any pointer
// into it but does not scan it, which is safe because an exact str refers to nothing the
// collector must keep: its type is the built-in str (an interpreter root), its dict
// stays VAL_NULL (no TF_HAS_DICT; __class__ assignment is refused for built-in types),
// its other fields are numbers, and b.data points into the chunk itself. Subclass
// instances (alloc_str) stay HEAP_OBJ: they have a dict and a heap type. Not scanning
// strs also saves the collector their words.

static inline Value new_inline(Interp *I, BView v, size_t nchars, bool ascii) {
    Buf b;
    StrObject *o = buf_new_trailing(I->heap, sizeof(StrObject), &b, v);
    if (o == NULL) return exc_nomem(I);
    return init_inline(I, o, &b, nchars, ascii);
}

StrObject *str_new_private(Interp *I, BView v, size_t nchars, bool ascii) {
    Value r;
    if (v.n <= STR_INLINE_MAX) {
        r = new_inline(I, v, nchars, ascii);
    } else {
        Buf b;
        buf_init(&b);
        KStatus s = buf_from_view(I->heap, &b, v);
        if (s != K_OK) {
            nomem(I, s);
            return NULL;
        }
        r = wrap_exact(I, &b, nchars, ascii);
    }
    return r == VAL_NULL ? NULL : str_cast(r);
}

StrObject *str_build_begin(Interp *I, size_t n, Buf *b) {
    if (n > STR_INLINE_MAX) return NULL;
    StrObject *o = buf_new_trailing_room(I->heap, sizeof(StrObject), b, n);
    if (o == NULL) exc_nomem(I);
    return o;
}

Value str_build_end(Interp *I, StrObject *o, const Buf *b, size_t n, size_t nchars, bool ascii) {
    // len <= n: no append outgrew the room, so the text is still inside the str's chunk
    // (an exact str's chunk is not scanned: its data must not point elsewhere).
    if (b->len > n) return exc_raise(I, TY_SYSTEM_ERROR, "str_build_end: text outgrew its room");
    return init_inline(I, o, b, nchars, ascii);
}

Value str_wrap(Interp *I, Buf b, size_t nchars, bool ascii) {
    if (nchars == 0 && I->empty_str != VAL_NULL) return I->empty_str;
    if (nchars == 1 && ascii) {
        Value one = small_str(I, buf_get(&b, 0));
        if (one != VAL_NULL) return one;
    }
    return wrap_exact(I, &b, nchars, ascii);
}

Value str_new_counted(Interp *I, BView v, size_t nchars, bool ascii) {
    if (nchars == 0 && I->empty_str != VAL_NULL) return I->empty_str;
    if (nchars == 1 && ascii) { // the cached one, without copying the byte first
        Value one = small_str(I, bview_get(v, 0));
        if (one != VAL_NULL) return one;
    }
    if (v.n <= STR_INLINE_MAX) return new_inline(I, v, nchars, ascii);
    Buf b;
    buf_init(&b);
    KStatus s = buf_from_view(I->heap, &b, v);
    if (s != K_OK) return nomem(I, s);
    return wrap_exact(I, &b, nchars, ascii);
}

Value str_new(Interp *I, BView utf8) {
    bool ascii = utf8_is_ascii(utf8);
    return str_new_counted(I, utf8, ascii ? utf8.n : utf8_count(utf8), ascii);
}

Value str_from_cstr(Interp *I, const char *s) { return str_new(I, bview_cstr(s)); }

Value str_from_utf8(Interp *I, BView bytes) {
    size_t nchars, pos, len;
    if (utf8_is_ascii(bytes)) return str_new_counted(I, bytes, bytes.n, true);
    if (utf8_validate(bytes, &nchars, &pos, &len) == UTF8_OK)
        return str_new_counted(I, bytes, nchars, false);
    return str_codec_decode(I, bytes, VAL_NULL, VAL_NULL); // raises UnicodeDecodeError
}

Value str_from_latin1(Interp *I, BView v) {
    if (utf8_is_ascii(v)) return str_new_counted(I, v, v.n, true);
    Buf b;
    buf_init(&b);
    KStatus s = utf8_buf_from_latin1(I->heap, &b, v);
    if (s != K_OK) return nomem(I, s);
    return str_wrap(I, b, v.n, false);
}

// Entries of I->char_cache: a hidden tuple (never seen by Python code, items replaced in
// place) of one-character non-ASCII strs, direct-mapped by the code point's low bits.
// Iterating over or indexing non-ASCII text asks for the same few characters again and
// again; CPython keeps the Latin-1 ones as singletons for the same reason. Only identity
// differs from fresh strs, and CPython does not promise identity for strs either.
#define CHAR_CACHE 256u

static Value new_char(Interp *I, uint32_t cp);

Value str_from_codepoint(Interp *I, uint32_t cp) {
    if (cp > UTF8_MAX_CP) return exc_raise(I, TY_VALUE_ERROR, "chr() arg not in range(0x110000)");
    // the caches are probed inline (varr_get, str_obj_view): this runs for every
    // character of a loop over non-ASCII text
    if (cp < 0x80) {
        TupleObject *small = tuple_cast(I->small_strs);
        Value one = small != NULL ? varr_get(&small->a, cp) : VAL_NULL;
        if (one != VAL_NULL) return one;
    }
    size_t slot = cp % CHAR_CACHE;
    TupleObject *cached = cp >= 0x80 ? tuple_cast(I->char_cache) : NULL;
    if (cached != NULL) {
        StrObject *one = str_cast(varr_get(&cached->a, slot));
        size_t len;
        if (one != NULL && str_cp_at(str_obj_view(one), 0, &len) == cp) return obj_val(one);
    }
    return new_char(I, cp);
}

// str_from_codepoint's miss: a new str, kept in the cache when non-ASCII. Out of line so
// that the probes above run without this frame's byte array (and its stack guard).
static __attribute__((noinline)) Value new_char(Interp *I, uint32_t cp) {
    size_t slot = cp % CHAR_CACHE;
    uint8_t tmp[4];
    size_t n = utf8_encode(cp, tmp);
    BView v = {tmp, n};
    Value s = str_new_counted(I, v, 1, cp < 0x80);
    if (s == VAL_NULL || cp < 0x80) return s;
    if (I->char_cache == VAL_NULL) {
        Value cache = tuple_new(I, CHAR_CACHE);
        if (cache == VAL_NULL) return VAL_NULL;
        I->char_cache = cache;
    }
    tuple_init_item(I->char_cache, slot, s);
    return s;
}

// [o] stops owning its buffer's tail (if it did): the words of u go back to the index cache.
static void give_up_tail(StrObject *o) {
    if (!str_flag(o, STR_TAIL_OWNER)) return;
    str_set_flag(o, STR_TAIL_OWNER, false);
    o->u.at.i = o->u.at.off = 0;
}

Value str_new_of_type(Interp *I, Type *t, Value s) {
    StrObject *src = str_cast(s);
    if (src == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected str, got %T", s);
    if (t == interp_type(I, TY_STR)) return str_exact(I, s);
    StrObject *o = alloc_str(I, t);
    if (o == NULL) return VAL_NULL;
    give_up_tail(src); // a shared buffer must keep its terminator
    o->data = src->data;     // contents are immutable: sharing the buffer is safe
    o->len = src->len;
    o->nchars = src->nchars;
    str_set_flag(o, STR_ASCII, str_flag(src, STR_ASCII));
    str_set_flag(o, STR_NO_NUL, str_flag(src, STR_NO_NUL));
    return obj_val(o);
}

Value str_exact(Interp *I, Value s) {
    StrObject *src = str_cast(s);
    if (src == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected str, got %T", s);
    if (src->h.type == interp_type(I, TY_STR)) return s;
    StrObject *o = alloc_str(I, interp_type(I, TY_STR));
    if (o == NULL) return VAL_NULL;
    give_up_tail(src);
    o->data = src->data;
    o->len = src->len;
    o->nchars = src->nchars;
    str_set_flag(o, STR_ASCII, str_flag(src, STR_ASCII));
    str_set_flag(o, STR_NO_NUL, str_flag(src, STR_NO_NUL));
    return obj_val(o);
}

// Marks a freshly built str (holding buffer [b]) as owner of its buffer's spare capacity.
static void claim_tail(Value s, const Buf *b) {
    StrObject *o = str_cast(s);
    if (o != NULL && o->data == b->data && o->len > 0 && b->cap > o->len + 1) {
        o->u.cap = b->cap;
        str_set_flag(o, STR_TAIL_OWNER, true);
    }
}

/* ---- access ---- */

BView str_view(Value s) {
    StrObject *o = str_cast(s);
    if (o == NULL) {
        BView e = {NULL, 0};
        return e;
    }
    return str_obj_view(o);
}

size_t str_len(Value s) {
    StrObject *o = str_cast(s);
    return o == NULL ? 0 : o->nchars;
}

size_t str_offset(Value s, size_t i) {
    StrObject *o = str_cast(s);
    if (o == NULL) return 0;
    if (i >= o->nchars) return o->len;
    if (str_flag(o, STR_ASCII)) return i;
    BView v = str_obj_view(o);
    give_up_tail(o); // the cache's words held the tail's capacity; a later concat copies
    size_t ci = o->u.at.i, co = o->u.at.off;
    if (ci > o->nchars || co > v.n) ci = co = 0;
    size_t off;
    size_t from_end = o->nchars - i;
    if (i >= ci && i - ci <= from_end) {
        off = utf8_advance(v, co, i - ci);
    } else if (i < ci && ci - i <= i && ci - i <= from_end) {
        off = co;
        for (size_t k = ci; k > i; k--) off = utf8_prev(v, off);
    } else if (from_end < i) {
        off = v.n;
        for (size_t k = 0; k < from_end; k++) off = utf8_prev(v, off);
    } else {
        off = utf8_advance(v, 0, i);
    }
    bool fits = i <= UINT32_MAX && off <= UINT32_MAX; // else the cache restarts at 0
    o->u.at.i = fits ? (uint32_t)i : 0;
    o->u.at.off = fits ? (uint32_t)off : 0;
    return off;
}

size_t str_index_of_offset(Value s, size_t off) {
    StrObject *o = str_cast(s);
    if (o == NULL) return 0;
    if (off >= o->len) return o->nchars;
    if (str_flag(o, STR_ASCII)) return off;
    BView v = str_obj_view(o);
    size_t ci = o->u.at.i, co = o->u.at.off;
    if (str_flag(o, STR_TAIL_OWNER)) ci = co = 0; // the words hold the tail's capacity
    if (ci <= o->nchars && co <= off) return ci + utf8_count(bview_slice(v, co, off));
    return utf8_count(bview_slice(v, 0, off));
}

uint32_t str_char(Value s, size_t i) {
    size_t len;
    return str_cp_at(str_view(s), str_offset(s, i), &len);
}

Value str_substr(Interp *I, Value s, size_t start, size_t end) {
    StrObject *o = str_cast(s);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected str, got %T", s);
    if (end > o->nchars) end = o->nchars;
    if (start >= end) return str_new_counted(I, bview_slice(str_obj_view(o), 0, 0), 0, true);
    if (start == 0 && end == o->nchars) return str_exact(I, s);
    size_t lo = str_offset(s, start), hi = str_offset(s, end);
    BView v = bview_slice(str_obj_view(o), lo, hi);
    return str_new_counted(I, v, end - start, str_flag(o, STR_ASCII) || utf8_is_ascii(v));
}

bool str_eq(Value a, Value b) {
    if (a == b) return true;
    StrObject *x = str_cast(a), *y = str_cast(b);
    if (x == NULL || y == NULL) return false;
    if (x->nchars != y->nchars) return false;
    if (str_flag(x, STR_HASHED) && str_flag(y, STR_HASHED) && x->hash != y->hash) return false;
    return bview_eq(str_obj_view(x), str_obj_view(y));
}

bool str_eq_cstr(Value s, const char *cs) {
    StrObject *o = str_cast(s);
    return o != NULL && bview_eq_cstr(str_obj_view(o), cs);
}

int64_t str_hash_bytes(Interp *I, BView v) {
    if (v.n == 0) return 0;
    uint64_t u = siphash13(bytes_view(I->hash_key), v);
    // Reinterpret as signed without implementation-defined conversion.
    int64_t h = u > (uint64_t)INT64_MAX ? -(int64_t)(~u) - 1 : (int64_t)u;
    return h == -1 ? -2 : h; // -1 is the error value of CPython's hash protocol
}

int64_t str_hash(Interp *I, Value s) {
    StrObject *o = str_cast(s);
    if (o == NULL) return 0;
    if (str_flag(o, STR_HASHED)) return o->hash;
    int64_t h = str_hash_bytes(I, str_obj_view(o));
    o->hash = h;
    str_set_flag(o, STR_HASHED, true);
    return h;
}

Value str_concat(Interp *I, Value a, Value b) {
    StrObject *x = str_cast(a), *y = str_cast(b);
    if (x == NULL || y == NULL) return exc_raise(I, TY_TYPE_ERROR, "can only concatenate str (not \"%T\") to str", x == NULL ? a : b);
    if (y->nchars == 0) return str_exact(I, a);
    if (x->nchars == 0) return str_exact(I, b);
    size_t n;
    if (!size_add(x->len, y->len, &n)) return exc_nomem(I);
    size_t nchars = x->nchars + y->nchars;
    bool ascii = str_flag(x, STR_ASCII) && str_flag(y, STR_ASCII);
    if (str_flag(x, STR_TAIL_OWNER) && x->len > 0 && x->u.cap > n) {
        // Append in place after x's bytes: they are not x's contents, and x owns them.
        // x then gives up the tail and claims no terminator (STR_NO_NUL), so nothing
        // can rely on a NUL after its contents.
        Buf r = {x->data, x->len, x->u.cap};
        KStatus s = buf_append(I->heap, &r, str_obj_view(y));
        if (s != K_OK) return nomem(I, s);
        StrObject *o = alloc_str(I, interp_type(I, TY_STR));
        if (o == NULL) return VAL_NULL;
        o->data = r.data;
        o->len = r.len;
        o->nchars = nchars;
        str_set_flag(o, STR_ASCII, ascii);
        if (r.data == x->data) {
            o->u.cap = r.cap;
            str_set_flag(o, STR_TAIL_OWNER, true);
        }
        give_up_tail(x);
        str_set_flag(x, STR_NO_NUL, true);
        return obj_val(o);
    }
    if (n < 32 && n <= STR_INLINE_MAX) {
        // A short result (no headroom below, see next) in one chunk, as new_inline; not
        // str_wrap's cached one-character strs: n >= 2 here (both parts are non-empty).
        Buf r;
        StrObject *o = buf_new_trailing_room(I->heap, sizeof(StrObject), &r, n);
        if (o == NULL) return exc_nomem(I);
        KStatus s = buf_append(I->heap, &r, str_obj_view(x));
        if (s == K_OK) s = buf_append(I->heap, &r, str_obj_view(y));
        if (s != K_OK) return nomem(I, s);
        return init_inline(I, o, &r, nchars, ascii);
    }
    // Leave headroom on results that are not tiny, so a following `+=` can extend them.
    size_t want = n;
    if (n >= 32 && !size_add(n, n / 2, &want)) want = n;
    Buf r;
    buf_init(&r);
    KStatus s = buf_reserve(I->heap, &r, want);
    if (s != K_OK) s = buf_reserve(I->heap, &r, n);
    if (s == K_OK) s = buf_append(I->heap, &r, str_obj_view(x));
    if (s == K_OK) s = buf_append(I->heap, &r, str_obj_view(y));
    if (s != K_OK) return nomem(I, s);
    Value res = str_wrap(I, r, nchars, ascii);
    if (res != VAL_NULL) claim_tail(res, &r);
    return res;
}

const char *str_cstr(Interp *I, Value s) {
    StrObject *o = str_cast(s);
    if (o == NULL) return "";
    // Nothing else lives after the bytes unless the str gave its tail away (STR_NO_NUL),
    // so the terminator is there.
    if (o->data != NULL && !str_flag(o, STR_NO_NUL)) {
        Buf t = {o->data, o->len, o->len + 1};
        return buf_cstr(&t);
    }
    Buf b;
    buf_init(&b);
    if (buf_reserve(I->heap, &b, o->len + 1) != K_OK || buf_append(I->heap, &b, str_obj_view(o)) != K_OK) {
        exc_nomem(I);
        return NULL;
    }
    return buf_cstr(&b);
}

/* ---- interning ---- */

Value str_intern(Interp *I, Value s) {
    StrObject *o = str_cast(s);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "can't intern %T", s);
    if (str_flag(o, STR_INTERNED)) return s;
    if (I->interned == VAL_NULL) {
        Value d = dict_new(I);
        if (d == VAL_NULL) return VAL_NULL;
        I->interned = d;
    }
    if (obj_ptr(s)->type == interp_type(I, TY_STR)) {
        // one probe of the table for both the look-up and the insertion (start-up
        // interns a couple of thousand names)
        Value r = dict_setdefault(I, I->interned, s, s);
        if (r == s) str_set_flag(o, STR_INTERNED, true);
        return r;
    }
    Value hit = dict_get(I, I->interned, s);
    if (hit != VAL_NULL) return hit;
    if (I->exc != VAL_NULL) return VAL_NULL;
    Value e = str_exact(I, s);
    if (e == VAL_NULL) return VAL_NULL;
    StrObject *eo = str_cast(e);
    if (eo == NULL) return VAL_NULL;
    if (!dict_set(I, I->interned, e, e)) return VAL_NULL;
    str_set_flag(eo, STR_INTERNED, true);
    return e;
}

// Start-up interns ~1000 names from C strings and every import the names of its code
// objects, many of them already interned: a hit is found without making a str, a miss is
// added where the look-up ended.
Value str_intern_utf8(Interp *I, BView v) {
    if (I->interned == VAL_NULL) {
        Value d = dict_new(I);
        if (d == VAL_NULL) return VAL_NULL;
        I->interned = d;
    }
    int64_t h = str_hash_bytes(I, v);
    HProbe p;
    Value hit = dict_find_str(I->interned, v, h, &p);
    if (hit != VAL_NULL) return hit;
    Value s = str_new(I, v);
    StrObject *o = str_cast(s);
    if (o == NULL) return VAL_NULL;
    o->hash = h;
    str_set_flag(o, STR_HASHED, true);
    if (!dict_insert_probed(I, I->interned, s, h, s, &p)) return VAL_NULL;
    str_set_flag(o, STR_INTERNED, true);
    return s;
}

Value str_intern_cstr(Interp *I, const char *cs) { return str_intern_utf8(I, bview_cstr(cs)); }

/* ---- repr / ascii ---- */

static bool add_escape(Interp *I, StrBuilder *sb, uint32_t c) {
    if (c < 0x100) return sb_add_format(I, sb, "\\x%02x", (unsigned)c);
    if (c < 0x10000) return sb_add_format(I, sb, "\\u%04x", (unsigned)c);
    return sb_add_format(I, sb, "\\U%08x", (unsigned)c);
}

Value str_repr(Interp *I, Value s) {
    BView v = str_view(s);
    bool has_sq = bview_find_byte(v, '\'', 0) >= 0, has_dq = bview_find_byte(v, '"', 0) >= 0;
    uint32_t q = (has_sq && !has_dq) ? '"' : '\'';
    StrBuilder sb;
    sb_init(&sb);
    if (buf_reserve(I->heap, &sb.b, v.n + 2) != K_OK) return exc_nomem(I);
    if (!sb_add_codepoint(I, &sb, q)) return VAL_NULL;
    size_t run = 0, i = 0; // bytes [run, i) are copied verbatim
    while (i < v.n) {
        size_t len;
        uint32_t c = utf8_get(v, i, &len);
        bool plain = (c >= 0x20 && c < 0x7f && c != q && c != '\\') ||
                     (c >= 0x80 && unicode_is_printable(c));
        if (plain) {
            i += len;
            continue;
        }
        if (!sb_add_view(I, &sb, bview_slice(v, run, i))) return VAL_NULL;
        bool ok;
        if (c == q || c == '\\') {
            ok = sb_add_codepoint(I, &sb, '\\') && sb_add_codepoint(I, &sb, c);
        } else if (c == '\t') {
            ok = sb_add_cstr(I, &sb, "\\t");
        } else if (c == '\n') {
            ok = sb_add_cstr(I, &sb, "\\n");
        } else if (c == '\r') {
            ok = sb_add_cstr(I, &sb, "\\r");
        } else {
            ok = add_escape(I, &sb, c);
        }
        if (!ok) return VAL_NULL;
        i += len;
        run = i;
    }
    if (!sb_add_view(I, &sb, bview_slice(v, run, v.n))) return VAL_NULL;
    if (!sb_add_codepoint(I, &sb, q)) return VAL_NULL;
    return sb_finish(I, &sb);
}

Value str_escape_ascii(Interp *I, Value s) {
    StrObject *o = str_cast(s);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected str, got %T", s);
    if (str_flag(o, STR_ASCII)) return str_exact(I, s);
    BView v = str_obj_view(o);
    StrBuilder sb;
    sb_init(&sb);
    size_t run = 0, i = 0;
    while (i < v.n) {
        size_t len;
        uint32_t c = utf8_get(v, i, &len);
        if (c < 0x80) {
            i += len;
            continue;
        }
        if (!sb_add_view(I, &sb, bview_slice(v, run, i))) return VAL_NULL;
        if (!add_escape(I, &sb, c)) return VAL_NULL;
        i += len;
        run = i;
    }
    if (!sb_add_view(I, &sb, bview_slice(v, run, v.n))) return VAL_NULL;
    return sb_finish(I, &sb);
}

Value str_ascii(Interp *I, Value s) {
    Value r = str_repr(I, s);
    if (r == VAL_NULL) return VAL_NULL;
    return str_escape_ascii(I, r);
}

Value str_decode(Interp *I, BView v, Value encoding, Value errors) {
    return str_codec_decode(I, v, encoding, errors);
}

Value str_encode(Interp *I, Value s, Value encoding, Value errors) {
    return str_codec_encode(I, s, encoding, errors);
}

/* ---- StrBuilder ---- */

void sb_init(StrBuilder *sb) { buf_init(&sb->b); }

bool sb_add_view(Interp *I, StrBuilder *sb, BView v) {
    KStatus s = buf_append(I->heap, &sb->b, v);
    if (s != K_OK) {
        nomem(I, s);
        return false;
    }
    return true;
}

bool sb_add_cstr(Interp *I, StrBuilder *sb, const char *s) { return sb_add_view(I, sb, bview_cstr(s)); }

bool sb_add_str(Interp *I, StrBuilder *sb, Value s) { return sb_add_view(I, sb, str_view(s)); }

bool sb_add_codepoint(Interp *I, StrBuilder *sb, uint32_t cp) {
    // ASCII (most calls: quotes, brackets, separators) straight to buf_push
    KStatus s = cp < 0x80 ? buf_push(I->heap, &sb->b, (uint8_t)cp) : utf8_buf_push(I->heap, &sb->b, cp);
    if (s == K_INVALID) {
        exc_raise(I, TY_VALUE_ERROR, "character out of range(0x110000)");
        return false;
    }
    if (s != K_OK) {
        nomem(I, s);
        return false;
    }
    return true;
}

// The longest builder result sb_finish copies into a one-chunk str.
#define SB_COPY_MAX 256u

Value sb_finish(Interp *I, StrBuilder *sb) {
    BView v = buf_view(&sb->b);
    bool ascii = utf8_is_ascii(v);
    return sb_finish_counted(I, sb, ascii ? v.n : utf8_count(v), ascii);
}

Value sb_finish_counted(Interp *I, StrBuilder *sb, size_t nchars, bool ascii) {
    Buf b = sb->b;
    buf_init(&sb->b);
    BView v = buf_view(&b);
    // A short result is copied into a one-chunk str (the builder's chunk, sized for
    // growth, becomes garbage at once instead of living as long as the str).
    if (v.n <= SB_COPY_MAX) return str_new_counted(I, v, nchars, ascii);
    Value res = str_wrap(I, b, nchars, ascii);
    if (res != VAL_NULL) claim_tail(res, &b);
    return res;
}

/* ---- printf-like formatting ---- */

// Appends the digits of [u] in [base] (10 or 16), optionally zero-padded to [width].
static bool add_unsigned(Interp *I, StrBuilder *sb, uint64_t u, unsigned base, bool neg,
                         int64_t width, bool zero, bool left) {
    char tmp[24];
    size_t n = 0;
    do {
        unsigned d = (unsigned)(u % base);
        tmp[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        u /= base;
    } while (u != 0 && n < sizeof tmp);
    size_t len = n + (neg ? 1 : 0);
    size_t pad = (width > 0 && (uint64_t)width > len) ? (size_t)width - len : 0;
    if (!left && !zero) {
        for (size_t k = 0; k < pad; k++) if (!sb_add_codepoint(I, sb, ' ')) return false;
    }
    if (neg && !sb_add_codepoint(I, sb, '-')) return false;
    if (!left && zero) {
        for (size_t k = 0; k < pad; k++) if (!sb_add_codepoint(I, sb, '0')) return false;
    }
    while (n > 0) {
        if (!sb_add_codepoint(I, sb, (uint32_t)(unsigned char)tmp[--n])) return false;
    }
    if (left) {
        for (size_t k = 0; k < pad; k++) if (!sb_add_codepoint(I, sb, ' ')) return false;
    }
    return true;
}

// Appends text [v] truncated to [prec] code points (prec < 0: all) and padded to [width].
static bool add_text(Interp *I, StrBuilder *sb, BView v, int64_t width, int64_t prec, bool left) {
    if (prec >= 0) v = bview_slice(v, 0, utf8_advance(v, 0, (size_t)prec));
    size_t n = utf8_count(v);
    size_t pad = (width > 0 && (uint64_t)width > n) ? (size_t)width - n : 0;
    if (!left) {
        for (size_t k = 0; k < pad; k++) if (!sb_add_codepoint(I, sb, ' ')) return false;
    }
    if (!sb_add_view(I, sb, v)) return false;
    if (left) {
        for (size_t k = 0; k < pad; k++) if (!sb_add_codepoint(I, sb, ' ')) return false;
    }
    return true;
}

static bool add_value_text(Interp *I, StrBuilder *sb, Value text, int64_t width, int64_t prec, bool left) {
    if (text == VAL_NULL) return false;
    return add_text(I, sb, str_view(text), width, prec, left);
}

// Reads a decimal number at [*i] of [f]; -1 when there is none.
static int64_t read_num(BView f, size_t *i) {
    int64_t n = -1;
    for (;;) {
        int c = bview_get(f, *i);
        if (c < '0' || c > '9') return n;
        if (n < 0) n = 0;
        if (n < 100000000) n = n * 10 + (c - '0');
        (*i)++;
    }
}

static bool sb_vformat(Interp *I, StrBuilder *sb, const char *fmt, va_list ap) {
    BView f = bview_cstr(fmt);
    size_t i = 0, run = 0;
    while (i < f.n) {
        if (bview_get(f, i) != '%') {
            i++;
            continue;
        }
        if (!sb_add_view(I, sb, bview_slice(f, run, i))) return false;
        i++;
        bool left = false, zero = false;
        for (;;) {
            int c = bview_get(f, i);
            if (c == '-') left = true;
            else if (c == '0') zero = true;
            else break;
            i++;
        }
        int64_t width, prec = -1;
        if (bview_get(f, i) == '*') { // width from an int argument, as printf
            i++;
            int w = va_arg(ap, int);
            if (w < 0) {
                left = true;
                w = w == INT_MIN ? 0 : -w;
            }
            width = w;
        } else {
            width = read_num(f, &i);
        }
        if (bview_get(f, i) == '.') {
            i++;
            if (bview_get(f, i) == '*') {
                i++;
                int pr = va_arg(ap, int);
                prec = pr < 0 ? -1 : pr;
            } else {
                prec = read_num(f, &i);
                if (prec < 0) prec = 0;
            }
        }
        int lmod = 0; // 1: l, 2: ll, 3: z
        if (bview_get(f, i) == 'l') {
            lmod = 1;
            i++;
            if (bview_get(f, i) == 'l') {
                lmod = 2;
                i++;
            }
        } else if (bview_get(f, i) == 'z') {
            lmod = 3;
            i++;
        }
        int conv = bview_get(f, i);
        if (conv >= 0) i++;
        run = i;
        bool ok = true;
        switch (conv) {
        case '%': ok = sb_add_codepoint(I, sb, '%'); break;
        case 'd':
        case 'i': {
            int64_t x = lmod == 1 ? (int64_t)va_arg(ap, long)
                        : lmod == 2 ? (int64_t)va_arg(ap, long long)
                        : lmod == 3 ? (int64_t)va_arg(ap, ptrdiff_t)
                                    : (int64_t)va_arg(ap, int);
            uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
            ok = add_unsigned(I, sb, u, 10, x < 0, width, zero, left);
            break;
        }
        case 'u':
        case 'x': {
            uint64_t u = lmod == 1 ? (uint64_t)va_arg(ap, unsigned long)
                         : lmod == 2 ? (uint64_t)va_arg(ap, unsigned long long)
                         : lmod == 3 ? (uint64_t)va_arg(ap, size_t)
                                     : (uint64_t)va_arg(ap, unsigned);
            ok = add_unsigned(I, sb, u, conv == 'x' ? 16 : 10, false, width, zero, left);
            break;
        }
        case 'c': {
            int c = va_arg(ap, int);
            ok = sb_add_codepoint(I, sb, (uint32_t)c);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            ok = add_text(I, sb, bview_cstr(s == NULL ? "(null)" : s), width, prec, left);
            break;
        }
        case 'p': {
            const void *p = va_arg(ap, const void *);
            ok = sb_add_cstr(I, sb, "0x") &&
                 add_unsigned(I, sb, (uint64_t)(uintptr_t)p, 16, false, width, zero, left);
            break;
        }
        case 'S': ok = add_value_text(I, sb, obj_str(I, va_arg(ap, Value)), width, prec, left); break;
        case 'R': ok = add_value_text(I, sb, obj_repr(I, va_arg(ap, Value)), width, prec, left); break;
        case 'A': {
            Value r = obj_repr(I, va_arg(ap, Value));
            ok = r != VAL_NULL && add_value_text(I, sb, str_escape_ascii(I, r), width, prec, left);
            break;
        }
        case 'U': ok = add_text(I, sb, str_view(va_arg(ap, Value)), width, prec, left); break;
        case 'T': {
            Value v = va_arg(ap, Value);
            Type *t = type_of(I, v);
            ok = add_text(I, sb, t != NULL ? str_view(t->name) : bview_cstr("?"), width, prec, left);
            break;
        }
        case 'N': {
            Type *t = va_arg(ap, Type *);
            ok = add_text(I, sb, t != NULL ? str_view(t->name) : bview_cstr("?"), width, prec, left);
            break;
        }
        default:
            // Unknown directive: copy it literally (a programming error, not user input).
            run = conv >= 0 ? i - 1 : i;
            ok = sb_add_codepoint(I, sb, '%');
            break;
        }
        if (!ok) return false;
    }
    return sb_add_view(I, sb, bview_slice(f, run, f.n));
}

bool sb_add_format(Interp *I, StrBuilder *sb, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    bool ok = sb_vformat(I, sb, fmt, ap);
    va_end(ap);
    return ok;
}

Value str_from_vformat(Interp *I, const char *fmt, va_list ap) {
    StrBuilder sb;
    sb_init(&sb);
    if (!sb_vformat(I, &sb, fmt, ap)) return VAL_NULL;
    return sb_finish(I, &sb);
}

Value str_from_format(Interp *I, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = str_from_vformat(I, fmt, ap);
    va_end(ap);
    return r;
}

static bool is_indexable(Interp *I, Value v) {
    if (int_check(I, v)) return true;
    Type *t = type_of(I, v);
    return t != NULL && t->index != NULL;
}

/* ---- type slots ---- */

static Value str_repr_slot(Interp *I, Value self) { return str_repr(I, self); }

static Value str_str_slot(Interp *I, Value self) { return str_exact(I, self); }

static bool str_hash_slot(Interp *I, Value self, int64_t *out) {
    *out = str_hash(I, self);
    return true;
}

static Value str_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if (!str_check(a) || !str_check(b)) return I->notimpl;
    int c;
    if (op == CMP_EQ || op == CMP_NE) {
        c = str_eq(a, b) ? 0 : 1;
    } else {
        c = bview_cmp(str_view(a), str_view(b)); // UTF-8 byte order is code point order
    }
    return interp_bool(I, cmp_holds(c, op));
}

static int64_t str_len_slot(Interp *I, Value self) {
    (void)I;
    return (int64_t)str_len(self);
}

static int str_truth(Interp *I, Value self) {
    (void)I;
    return str_len(self) != 0;
}

static int str_contains(Interp *I, Value self, Value item) {
    if (!str_check(item)) {
        exc_raise(I, TY_TYPE_ERROR, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    return bview_find(str_view(self), str_view(item), 0) >= 0;
}

// A bound of a step-1 slice of a sequence of [n] items, when it is None ([dflt]) or a
// small int (negatives count from the end; clamped to 0..n): false for anything else.
static inline bool unit_bound(Interp *I, Value v, int64_t n, int64_t dflt, int64_t *out) {
    if (v == I->none) {
        *out = dflt;
        return true;
    }
    if (!val_is_small(v)) return false;
    int64_t i = (int64_t)val_small(v);
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    *out = i > n ? n : i;
    return true;
}

static Value str_getitem(Interp *I, Value self, Value key) {
    StrObject *o = str_cast(self);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected str, got %T", self);
    SliceObject *sl = slice_cast(key);
    int64_t lo, hi, n = (int64_t)o->nchars;
    if (sl != NULL && sl->step == I->none && unit_bound(I, sl->start, n, 0, &lo) &&
        unit_bound(I, sl->stop, n, n, &hi)) // s[a:b] with ints or None: no slice_indices
        return str_substr(I, self, (size_t)lo, (size_t)(hi > lo ? hi : lo));
    if (sl != NULL) {
        int64_t start, stop, step, count;
        if (!slice_indices(I, key, (int64_t)o->nchars, &start, &stop, &step, &count)) return VAL_NULL;
        if (count <= 0) return str_substr(I, self, 0, 0);
        if (step == 1) return str_substr(I, self, (size_t)start, (size_t)start + (size_t)count);
        BView v = str_obj_view(o);
        StrBuilder sb;
        sb_init(&sb);
        for (int64_t k = 0; k < count; k++) {
            int64_t idx = start + k * step; // never past the last index: no overflow
            bool ok;
            if (str_flag(o, STR_ASCII)) {
                ok = sb_add_view(I, &sb, bview_slice(v, (size_t)idx, (size_t)idx + 1));
            } else {
                ok = sb_add_codepoint(I, &sb, str_char(self, (size_t)idx));
            }
            if (!ok) return VAL_NULL;
        }
        return sb_finish(I, &sb);
    }
    if (!is_indexable(I, key))
        return exc_raise(I, TY_TYPE_ERROR, "string indices must be integers, not '%T'", key);
    int64_t i;
    if (!seq_index(I, key, (int64_t)o->nchars, "string", &i)) return VAL_NULL;
    return str_from_codepoint(I, str_char(self, (size_t)i));
}

static Value str_repeat(Interp *I, Value s, Value count) {
    int64_t n;
    if (!obj_index_i64(I, count, &n)) return VAL_NULL;
    StrObject *o = str_cast(s);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected str, got %T", s);
    if (n <= 0 || o->nchars == 0) return str_substr(I, s, 0, 0);
    if (n == 1) return str_exact(I, s);
    size_t total;
    if ((uint64_t)n > (uint64_t)INT64_MAX / o->nchars || !size_mul(o->nchars, (size_t)n, &total))
        return exc_raise(I, TY_OVERFLOW_ERROR, "repeated string is too long");
    Buf b;
    buf_init(&b);
    KStatus st = buf_append_repeat(I->heap, &b, str_obj_view(o), (size_t)n);
    if (st != K_OK) return exc_nomem(I);
    return str_wrap(I, b, total, str_flag(o, STR_ASCII));
}

// Gives a right operand's own binop (e.g. __radd__) the first chance, as CPython's
// number slots run before the sequence concat/repeat slots.
static Value try_other(Interp *I, Value a, Value b, BinOp op, Value other) {
    Type *t = type_of(I, other);
    // Only classes: a builtin's binop would not know what to do with a str.
    if (t == NULL || t->binop == NULL || !(t->tflags & TF_HEAP) || str_check(other)) return I->notimpl;
    return t->binop(I, a, b, op);
}

static Value str_binop(Interp *I, Value a, Value b, BinOp op) {
    if (op >= BINOP_INPLACE) op = (BinOp)(op - BINOP_INPLACE);
    bool as = str_check(a);
    switch (op) {
    case BINOP_ADD:
        if (!as) return I->notimpl;
        if (str_check(b)) return str_concat(I, a, b);
        {
            Value r = try_other(I, a, b, op, b);
            if (r != I->notimpl) return r;
        }
        return exc_raise(I, TY_TYPE_ERROR, "can only concatenate str (not \"%T\") to str", b);
    case BINOP_MUL: {
        Value s = as ? a : b, n = as ? b : a;
        if (str_check(n) && as) return exc_raise(I, TY_TYPE_ERROR, "can't multiply sequence by non-int of type '%T'", n);
        if (!is_indexable(I, n)) {
            if (as) {
                Value r = try_other(I, a, b, op, n);
                if (r != I->notimpl) return r;
            }
            return exc_raise(I, TY_TYPE_ERROR, "can't multiply sequence by non-int of type '%T'", n);
        }
        return str_repeat(I, s, n);
    }
    case BINOP_MOD:
        if (!as) return I->notimpl;
        return str_percent_format(I, a, b);
    default: return I->notimpl;
    }
}

static Value str_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    if (args.n == 1 && args_nkw(kwnames) == 0 && t == interp_type(I, TY_STR))
        return obj_str(I, vview_get(args, 0)); // str(x): the common call
    StrArgs p;
    if (!str_args_kw(I, args, kwnames, "str", "object encoding errors", &p)) return VAL_NULL;
    Value a[3] = {p.v[0], p.v[1], p.v[2]};
    Value r;
    if (a[1] == VAL_NULL && a[2] == VAL_NULL) {
        r = a[0] == VAL_NULL ? str_from_cstr(I, "") : obj_str(I, a[0]);
    } else {
        if (a[1] != VAL_NULL && !str_check(a[1]))
            return exc_raise(I, TY_TYPE_ERROR, "str() argument 'encoding' must be str, not %s", str_args_tname(I, a[1]));
        if (a[2] != VAL_NULL && !str_check(a[2]))
            return exc_raise(I, TY_TYPE_ERROR, "str() argument 'errors' must be str, not %s", str_args_tname(I, a[2]));
        BView bv = {NULL, 0};
        if (a[0] != VAL_NULL) {
            if (str_check(a[0])) return exc_raise(I, TY_TYPE_ERROR, "decoding str is not supported");
            if (!bytes_like(a[0], &bv))
                return exc_raise(I, TY_TYPE_ERROR, "decoding to str: need a bytes-like object, %T found", a[0]);
        }
        r = str_codec_decode(I, bv, a[1], a[2]);
    }
    if (r == VAL_NULL) return VAL_NULL;
    if (t != interp_type(I, TY_STR)) return str_new_of_type(I, t, r);
    return r;
}

static Value str_format_slot(Interp *I, Value self, Value spec) { return str_format_spec(I, self, spec); }

/* ---- iterator ---- */

typedef struct StrIterObject {
    Obj h;
    Value s;    /* the str, or VAL_NULL once exhausted */
    size_t off; /* byte offset of the next code point */
} StrIterObject;

OBJ_CAST_FN(iter_layout, StrIterObject, K_ITER)

// K_ITER is shared by every builtin iterator: check the exact type too.
static StrIterObject *str_iter_cast(Interp *I, Value v) {
    StrIterObject *it = iter_layout(v);
    if (it == NULL) return NULL;
    if (it->h.type != interp_type(I, TY_STR_ITER) && it->h.type != interp_type(I, TY_STR_UITER)) {
        return NULL;
    }
    return it;
}

static Value str_iter_new(Interp *I, Value self) {
    StrObject *so = str_cast(self);
    TypeId t = (so == NULL || str_flag(so, STR_ASCII)) ? TY_STR_ITER : TY_STR_UITER;
    StrIterObject *it = obj_alloc(I, interp_type(I, t), sizeof(StrIterObject));
    if (it == NULL) return VAL_NULL;
    it->s = self;
    it->off = 0;
    return obj_val(it);
}

static Value str_iter_self(Interp *I, Value self) {
    (void)I;
    return self;
}

static Value str_iter_next(Interp *I, Value self) {
    StrIterObject *it = str_iter_cast(I, self);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected str_ascii_iterator, got %T", self);
    StrObject *so = str_cast(it->s);
    if (so == NULL) return VAL_NULL;
    BView v = str_obj_view(so);
    if (it->off >= v.n) {
        it->s = VAL_NULL;
        return VAL_NULL;
    }
    size_t len;
    uint32_t c = str_cp_at(v, it->off, &len);
    it->off += len;
    return str_from_codepoint(I, c);
}

static Value str_iter_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str_ascii_iterator.__length_hint__")) return VAL_NULL;
    StrIterObject *it = str_iter_cast(I, self);
    if (it == NULL || it->s == VAL_NULL) return int_from_i64(I, 0);
    BView v = str_view(it->s);
    return int_from_i64(I, (int64_t)utf8_count(bview_slice(v, it->off, v.n)));
}

static Value str_iter_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "str_ascii_iterator.__reduce__")) return VAL_NULL;
    StrIterObject *it = str_iter_cast(I, self);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected str_ascii_iterator, got %T", self);
    if (it->s == VAL_NULL) return iterobject_reduce(I, I->empty_str, VAL_NULL);
    BView v = str_view(it->s);
    size_t done = utf8_count(bview_slice(v, 0, it->off));
    return iterobject_reduce(I, it->s, int_from_i64(I, (int64_t)done));
}

static Value str_iter_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    int64_t idx;
    if (!iterobject_setstate_arg(I, args, kwnames, &idx)) return VAL_NULL;
    StrIterObject *it = str_iter_cast(I, self);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected str_ascii_iterator, got %T", self);
    if (it->s != VAL_NULL) {
        BView v = str_view(it->s);
        size_t n = utf8_count(v);
        it->off = (uint64_t)idx >= n ? v.n : utf8_offset(v, (size_t)idx);
    }
    return I->none;
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", str_iter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", str_iter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec str_iter_spec = {
    .name = "str_ascii_iterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(StrIterObject),
    .tflags = 0,
    .base = TY_OBJECT,
    .iter = str_iter_self,
    .next = str_iter_next,
    .methods = str_iter_methods,
};

// CPython names the iterator of a non-ASCII str differently; it behaves the same.
const TypeSpec str_uiter_spec = {
    .name = "str_iterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(StrIterObject),
    .tflags = 0,
    .base = TY_OBJECT,
    .iter = str_iter_self,
    .next = str_iter_next,
    .methods = str_iter_methods,
};

/* ---- the type ---- */

static const MethodDef str_methods[] = {
    {"encode", str_methods_encode, 0, "Encode the string using the codec registered for encoding."},
    {"replace", str_search_replace, 0, "Return a copy with all occurrences of substring old replaced by new."},
    {"split", str_search_split, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", str_search_rsplit, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", str_methods_join, 0, "Concatenate any number of strings."},
    {"capitalize", str_methods_capitalize, 0, "Return a capitalized version of the string."},
    {"casefold", str_methods_casefold, 0, "Return a version of the string suitable for caseless comparisons."},
    {"title", str_methods_title, 0, "Return a version of the string where each word is titlecased."},
    {"center", str_methods_center, 0, "Return a centered string of length width."},
    {"count", str_search_count, 0, "Return the number of non-overlapping occurrences of substring sub."},
    {"expandtabs", str_methods_expandtabs, 0, "Return a copy where all tab characters are expanded using spaces."},
    {"find", str_search_find, 0, "Return the lowest index in S where substring sub is found."},
    {"partition", str_search_partition, 0, "Partition the string into three parts using the given separator."},
    {"index", str_search_index, 0, "Return the lowest index in S where substring sub is found."},
    {"ljust", str_methods_ljust, 0, "Return a left-justified string of length width."},
    {"lower", str_methods_lower, 0, "Return a copy of the string converted to lowercase."},
    {"lstrip", str_search_lstrip, 0, "Return a copy of the string with leading whitespace removed."},
    {"rfind", str_search_rfind, 0, "Return the highest index in S where substring sub is found."},
    {"rindex", str_search_rindex, 0, "Return the highest index in S where substring sub is found."},
    {"rjust", str_methods_rjust, 0, "Return a right-justified string of length width."},
    {"rstrip", str_search_rstrip, 0, "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", str_search_rpartition, 0, "Partition the string into three parts using the given separator."},
    {"splitlines", str_search_splitlines, 0, "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", str_search_strip, 0, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", str_methods_swapcase, 0, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", str_search_translate, 0, "Replace each character in the string using the given translation table."},
    {"upper", str_methods_upper, 0, "Return a copy of the string converted to uppercase."},
    {"startswith", str_search_startswith, 0, "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", str_search_endswith, 0, "Return True if S ends with the specified suffix, False otherwise."},
    {"removeprefix", str_methods_removeprefix, 0, "Return a str with the given prefix string removed if present."},
    {"removesuffix", str_methods_removesuffix, 0, "Return a str with the given suffix string removed if present."},
    {"isascii", str_methods_isascii, 0, "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", str_methods_islower, 0, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", str_methods_isupper, 0, "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", str_methods_istitle, 0, "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", str_methods_isspace, 0, "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", str_methods_isdecimal, 0, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", str_methods_isdigit, 0, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", str_methods_isnumeric, 0, "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", str_methods_isalpha, 0, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", str_methods_isalnum, 0, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", str_methods_isidentifier, 0, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", str_methods_isprintable, 0, "Return True if the string is printable, False otherwise."},
    {"zfill", str_methods_zfill, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", str_format_method, 0, "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", str_format_map, 0, "Return a formatted version of S, using substitutions from mapping."},
    {"__format__", str_format_dunder, 0, "Return a formatted version of the string as described by format_spec."},
    {"__getnewargs__", str_methods_getnewargs, 0, NULL},
    {"maketrans", str_search_maketrans, METH_STATIC, "Return a translation table usable for str.translate()."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec str_spec = {
    .name = "str",
    .inst_kind = K_STR,
    .inst_size = sizeof(StrObject),
    .tflags = TF_BASETYPE | TF_STR_SUB,
    .base = TY_OBJECT,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcmp = str_richcmp,
    .iter = str_iter_new,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .truth = str_truth,
    .binop = str_binop,
    .new_ = str_new_slot,
    .format = str_format_slot,
    .methods = str_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object.",
};
