/*
 * memview.c: memoryview over bytes, bytearray and buffer-slot objects (array.array):
 * native single-character formats (b B c h H i I l L q Q n N P ? f d), indexing, slicing
 * (any step), item and slice assignment, cast, tobytes/tolist/hex, release and the
 * context manager, comparison by item value and hash. cast(format, shape) makes
 * C-contiguous multi-dimensional (and zero-dimensional) views: m[i, j], tolist,
 * shape/strides/ndim, slicing of the first dimension, with CPython's errors.
 *
 * Invariant: a view never holds a raw pointer: every access recomputes the byte index
 * start + i * step (+ k < itemsize) and reads it through the checked BView of its object
 * (bytes_like); writes go through buf_set for a bytearray and through the array type's
 * own slice assignment for a buffer-slot object. A view is an export of the resizable
 * object it views (bytearray, array.array; BytesIO for getbuffer()), counted in that
 * object's export count: resizing is refused while the program still names an
 * unreleased view (memview_exported). Where safepy cannot tell (a view only a deep
 * container holds) the resize goes ahead, and the view then sees the new size: an object
 * resized under a view yields an error, never a stray access.
 */
#include "memview.h"

#include "args.h"
#include "bytes.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "iterobject.h"
#include "list.h"
#include "ops.h"
#include "slice.h"
#include "str.h"
#include "str_impl.h"
#include "tuple.h"
#include "../vm/frame_refs.h"
#include "../vm/opcodes.h"

static MemViewObject *mv(Value v) { return memview_cast(v); }

static MemViewObject *live(Interp *I, Value v) {
    MemViewObject *m = mv(v);
    if (m == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "descriptor requires a 'memoryview' object but received '%T'", v);
        return NULL;
    }
    if (m->released) {
        exc_raise(I, TY_VALUE_ERROR, "operation forbidden on released memoryview object");
        return NULL;
    }
    return m;
}

// The type along [v]'s base chain that provides its buffer slot (NULL: none).
static Type *buffer_type(Value v) {
    Obj *p = obj_ptr(v);
    for (Type *t = p != NULL ? p->type : NULL; t != NULL; t = t->base)
        if (t->buffer != NULL) return t;
    return NULL;
}

// The export count of resizable object [o] (NULL: [o] cannot be resized).
static size_t *exports_of(Value o) {
    BytesObject *b = bytearray_cast(o);
    if (b != NULL) return &b->exports;
    Obj *p = obj_ptr(o);
    for (Type *t = p != NULL ? p->type : NULL; t != NULL; t = t->base)
        if (t->buffer_exports != NULL) return t->buffer_exports(o);
    return NULL;
}

// Counts a new view exporting [exporter] (VAL_NULL: none, nothing to do).
static void add_export(Value exporter) {
    size_t *ex = exporter != VAL_NULL ? exports_of(exporter) : NULL;
    if (ex != NULL && *ex < SIZE_MAX) (*ex)++;
}

void memview_export(Value view, Value exporter) {
    MemViewObject *m = mv(view);
    if (m == NULL) return;
    m->exporter = exporter;
    add_export(exporter);
}

// An unreleased view exporting the object at [ctx] (frame_refs_find's predicate).
static bool is_export(Value v, const void *ctx) {
    const Value *owner = ctx;
    MemViewObject *m = mv(v);
    return m != NULL && !m->released && m->exporter == *owner;
}

bool memview_exported(Interp *I, Value owner) {
    size_t *ex = exports_of(owner);
    if (ex == NULL || *ex == 0) return false;
    if (frame_refs_find(I, is_export, &owner)) return true;
    *ex = 0;
    return false;
}

bool memview_resizable(Interp *I, Value owner) {
    if (!memview_exported(I, owner)) return true;
    exc_raise(I, TY_BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
    return false;
}

static Value new_view(Interp *I, Type *t, const MemViewObject *shape, int64_t start, int64_t step,
                      int64_t len) {
    MemViewObject *m = obj_alloc(I, t, sizeof(MemViewObject));
    if (m == NULL) return VAL_NULL;
    m->exporter = shape->exporter;
    add_export(m->exporter);
    m->obj = shape->obj;
    m->start = start;
    m->step = step;
    m->len = len;
    m->readonly = shape->readonly;
    m->fmt = shape->fmt;
    m->isz = shape->isz;
    m->fmts = shape->fmts;
    m->rest = shape->rest;
    m->inner = shape->inner;
    m->zerodim = shape->zerodim;
    return obj_val(m);
}

// Item size of native format character [c] (0: not a supported format).
static int fmt_size(int c) {
    switch (c) {
    case 'b': case 'B': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': case 'w': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd': return 8;
    default: return 0;
    }
}

static Value fmt_str(Interp *I, const MemViewObject *m) {
    if (m->fmts != VAL_NULL) return m->fmts;
    char s[2] = {m->fmt, 0};
    return str_from_cstr(I, s);
}

// Items per step of the first dimension (1 for a one-dimensional view).
static int64_t inner(const MemViewObject *m) { return m->rest != VAL_NULL ? m->inner : 1; }

// Number of items in all dimensions.
static int64_t nitems(const MemViewObject *m) { return m->len * inner(m); }

static int ndim(const MemViewObject *m) {
    return m->zerodim ? 0 : m->rest == VAL_NULL ? 1 : 1 + (int)tuple_len(m->rest);
}

// Byte offset of item [j] in C order (0 <= j < nitems): row j / inner, then contiguous.
static int64_t item_off(const MemViewObject *m, int64_t j) {
    int64_t n = inner(m);
    return m->start + (j / n) * m->step + (j % n) * m->isz;
}

bool memview_c_contiguous(const MemViewObject *m) {
    return m->step == inner(m) * m->isz || m->len == 1;
}

// Byte [k] of item [i] (0 <= i < nitems, k < itemsize), or -1 when the object shrank.
static int byte_at(const MemViewObject *m, int64_t i, int k) {
    BView b;
    int64_t idx = item_off(m, i) + k;
    if (idx < 0 || !bytes_like(m->obj, &b)) return -1;
    return bview_get(b, (size_t)idx);
}

// The exporter shrank under the view (CPython refuses the resize; safepy does not count
// exports): an error, never an IndexError that iteration would take as the end.
static bool shrank(Interp *I) {
    exc_raise(I, TY_BUFFER_ERROR, "memoryview: underlying buffer was resized");
    return false;
}

// Item [i] as a little-endian word; false with IndexError when the object shrank.
static bool raw_item(Interp *I, const MemViewObject *m, int64_t i, uint64_t *out) {
    uint64_t w = 0;
    for (int k = 0; k < m->isz; k++) {
        int c = byte_at(m, i, k);
        if (c < 0) return shrank(I);
        w |= (uint64_t)c << (8 * k);
    }
    *out = w;
    return true;
}

bool memview_contiguous(Value v, BView *out) {
    MemViewObject *m = mv(v);
    if (m == NULL || m->released || (m->step != inner(m) * m->isz && m->len > 1)) return false;
    BView b;
    if (!bytes_like(m->obj, &b)) return false;
    uint64_t n = (uint64_t)nitems(m) * m->isz;
    if (m->start < 0 || (uint64_t)m->start + n > b.n) return false;
    *out = bview_slice(b, (size_t)m->start, (size_t)((uint64_t)m->start + n));
    return true;
}

bool memview_gather(Interp *I, Value v, Buf *out) {
    MemViewObject *m = live(I, v);
    if (m == NULL) return false;
    BView whole;
    if (memview_contiguous(v, &whole)) {
        if (buf_append(I->heap, out, whole) == K_OK) return true;
        exc_nomem(I);
        return false;
    }
    int64_t n = nitems(m);
    if (buf_reserve(I->heap, out, out->len + (size_t)n * m->isz) != K_OK) {
        exc_nomem(I);
        return false;
    }
    for (int64_t i = 0; i < n; i++) {
        for (int k = 0; k < m->isz; k++) {
            int c = byte_at(m, i, k);
            if (c < 0) return shrank(I);
            if (buf_push(I->heap, out, (uint8_t)c) != K_OK) {
                exc_nomem(I);
                return false;
            }
        }
    }
    return true;
}

static Value to_bytes(Interp *I, Value self) {
    Buf b;
    buf_init(&b);
    if (!memview_gather(I, self, &b)) return VAL_NULL;
    return bytes_new(I, buf_view(&b));
}

static bool writable_obj(Value o) {
    Type *bt = buffer_type(o);
    return bytearray_check(o) || (bt != NULL && bt->buffer_store != NULL);
}

bool memview_writable(Value v, Value *obj, int64_t *base, int64_t *len) {
    MemViewObject *m = mv(v);
    BView b;
    if (m == NULL) {
        if (!writable_obj(v) || !bytes_like(v, &b)) return false;
        *obj = v;
        *base = 0;
        *len = (int64_t)b.n;
        return true;
    }
    if (m->readonly || m->released || (m->step != inner(m) * m->isz && m->len > 1) || !writable_obj(m->obj))
        return false;
    *obj = m->obj;
    *base = m->start;
    *len = nitems(m) * m->isz;
    return true;
}

bool memview_write(Interp *I, Value obj, int64_t off, BView data) {
    BView now;
    if (off < 0 || !bytes_like(obj, &now) || (uint64_t)off > now.n || data.n > now.n - (uint64_t)off)
        return shrank(I);
    BytesObject *o = bytearray_cast(obj);
    Type *bt = buffer_type(obj);
    for (size_t k = 0; k < data.n; k++) {
        uint8_t c = (uint8_t)bview_get(data, k);
        size_t at = (size_t)off + k;
        bool ok = o != NULL ? buf_set(&o->b, at, c) == K_OK
                            : bt != NULL && bt->buffer_store != NULL && bt->buffer_store(obj, at, 1, c);
        if (!ok) return shrank(I);
    }
    return true;
}

// A view of the whole of [o] (bytes, bytearray or a buffer-slot object); NULL with
// TypeError when [o] has no buffer.
static Value view_of(Interp *I, Type *t, Value o) {
    MemViewObject proto = {0};
    proto.obj = o;
    proto.exporter = exports_of(o) != NULL ? o : VAL_NULL;
    proto.fmt = 'B';
    proto.isz = 1;
    BView b;
    if (bytes_check(o) || bytearray_check(o)) {
        proto.readonly = !bytearray_check(o);
        return new_view(I, t, &proto, 0, 1, (int64_t)bytes_view(o).n);
    }
    Type *bt = buffer_type(o);
    if (bt == NULL || !bytes_like(o, &b))
        return exc_raise(I, TY_TYPE_ERROR, "memoryview: a bytes-like object is required, not '%T'", o);
    proto.readonly = bt->buffer_store == NULL;
    // a typed buffer's items (array.array): its format from C ('u' is CPython's 'w')
    int c = bt->buffer_format != NULL ? bt->buffer_format(o) : 'B';
    if (c == 'u') c = 'w';
    if (fmt_size(c) > 0 && c != 'c' && c != '?' && c != 'P' && c != 'n' && c != 'N') {
        proto.fmt = (char)c;
        proto.isz = (uint8_t)fmt_size(c);
    }
    return new_view(I, t, &proto, 0, proto.isz, (int64_t)(b.n / proto.isz));
}

static Value mv_new(Interp *I, Type *t, ValView args, Value kwnames) {
    Value o;
    if (!args_parse(I, args, kwnames, "memoryview", "object", &o)) return VAL_NULL;
    MemViewObject *src = mv(o);
    if (src != NULL) {
        if (src->released)
            return exc_raise(I, TY_VALUE_ERROR, "operation forbidden on released memoryview object");
        return new_view(I, t, src, src->start, src->step, src->len);
    }
    return view_of(I, t, o);
}

// iter(view): items in order, read through __getitem__ (so a released view raises).
static Value mv_iter(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    if (m == NULL) return VAL_NULL;
    if (m->zerodim) return exc_raise(I, TY_TYPE_ERROR, "invalid indexing of 0-dim memory");
    if (m->rest != VAL_NULL)
        return exc_raise(I, TY_NOT_IMPLEMENTED_ERROR, "multi-dimensional sub-views are not implemented");
    return iterobject_seq_iter_new(I, self);
}

static int64_t mv_len(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    return m == NULL ? -1 : m->len;
}

static Value unsupported(Interp *I, const MemViewObject *m) {
    Value f = fmt_str(I, m);
    if (f == VAL_NULL) return VAL_NULL;
    return exc_raise(I, TY_NOT_IMPLEMENTED_ERROR, "memoryview: format %U not supported", f);
}

typedef union { float f; uint32_t u; } MF32;
typedef union { double d; uint64_t u; } MF64;

// The Python value of item word [w] in [m]'s format.
static Value unpack(Interp *I, const MemViewObject *m, uint64_t w) {
    switch (m->fmt) {
    case 'b': return val_from_small((int8_t)w);
    case 'B': return val_from_small((uint8_t)w);
    case 'h': return val_from_small((int16_t)w);
    case 'H': return val_from_small((uint16_t)w);
    case 'i': return int_from_i64(I, (int32_t)w);
    case 'I': return int_from_i64(I, (uint32_t)w);
    case 'l': case 'q': case 'n': return int_from_i64(I, (int64_t)w);
    case 'L': case 'Q': case 'N': case 'P': return int_from_u64(I, w);
    case '?': return interp_bool(I, w != 0);
    case 'f': {
        MF32 u;
        u.u = (uint32_t)w;
        return float_new(I, (double)u.f);
    }
    case 'd': {
        MF64 u;
        u.u = w;
        return float_new(I, u.d);
    }
    case 'c': {
        Buf one;
        buf_init(&one);
        if (buf_push(I->heap, &one, (uint8_t)w) != K_OK) return exc_nomem(I);
        return bytes_new(I, buf_view(&one));
    }
    default: return unsupported(I, m);
    }
}

static Value item(Interp *I, const MemViewObject *m, int64_t i) {
    if (m->fmt == 'w') return unsupported(I, m);
    uint64_t w;
    if (!raw_item(I, m, i, &w)) return VAL_NULL;
    return unpack(I, m, w);
}

static bool bad_item(Interp *I, const MemViewObject *m, bool type) {
    Value f = fmt_str(I, m);
    if (f == VAL_NULL) return false;
    exc_raise(I, type ? TY_TYPE_ERROR : TY_VALUE_ERROR, "memoryview: invalid %s for format '%U'",
              type ? "type" : "value", f);
    return false;
}

// [v] as an unsigned 64-bit word: false when it is negative or needs more than 64 bits.
static bool int_u64(Interp *I, Value v, uint64_t *out) {
    int64_t x;
    if (int_sign(I, v) < 0) return false;
    if (int_to_i64(I, v, &x)) {
        *out = (uint64_t)x;
        return true;
    }
    exc_clear(I);
    if (int_bit_length(I, v) > 64) return false;
    // 2**63 <= v < 2**64: v - 2**64 fits int64 and has the same bit pattern
    Value big = int_from_u64(I, UINT64_MAX);
    Value d = big == VAL_NULL ? VAL_NULL : obj_binop(I, v, big, BINOP_SUB);
    if (d == VAL_NULL || !int_to_i64(I, d, &x)) {
        exc_clear(I);
        return false;
    }
    *out = (uint64_t)(x - 1);
    return true;
}

// The item word Python value [v] packs to in [m]'s format.
static bool pack(Interp *I, const MemViewObject *m, Value v, uint64_t *out) {
    switch (m->fmt) {
    case 'c': {
        if (!bytes_check(v)) return bad_item(I, m, true);
        BView b = bytes_view(v);
        if (b.n != 1) return bad_item(I, m, false);
        *out = (uint8_t)bview_get(b, 0);
        return true;
    }
    case '?': {
        int t = obj_truth(I, v);
        if (t < 0) return false;
        *out = (uint64_t)t;
        return true;
    }
    case 'f': case 'd': {
        double d;
        if (!float_as_double(I, v, &d)) {
            if (exc_pending_is(I, TY_TYPE_ERROR)) {
                exc_clear(I);
                return bad_item(I, m, true);
            }
            return false;
        }
        if (m->fmt == 'f') {
            MF32 u;
            u.f = (float)d;
            *out = u.u;
        } else {
            MF64 u;
            u.d = d;
            *out = u.u;
        }
        return true;
    }
    case 'w': unsupported(I, m); return false;
    default: break;
    }
    if (!int_check(I, v)) { // an object with __index__ is an integer here, as in CPython
        Value x = obj_index(I, v);
        if (x == VAL_NULL) {
            if (!exc_pending_is(I, TY_TYPE_ERROR)) return false;
            exc_clear(I);
            return bad_item(I, m, true);
        }
        v = x;
    }
    bool sign = m->fmt == 'b' || m->fmt == 'h' || m->fmt == 'i' || m->fmt == 'l' ||
                m->fmt == 'q' || m->fmt == 'n';
    int bits = 8 * m->isz;
    if (sign) {
        int64_t x;
        if (!int_to_i64(I, v, &x)) {
            exc_clear(I);
            return bad_item(I, m, false);
        }
        if (bits < 64 && (x < -((int64_t)1 << (bits - 1)) || x >= ((int64_t)1 << (bits - 1))))
            return bad_item(I, m, false);
        *out = (uint64_t)x;
        return true;
    }
    uint64_t u;
    if (!int_u64(I, v, &u) || (bits < 64 && u >= ((uint64_t)1 << bits))) return bad_item(I, m, false);
    *out = u;
    return true;
}

// Index [key] of view [m]: false with TypeError / IndexError.
static bool index_of(Interp *I, const MemViewObject *m, Value key, int64_t *out) {
    // ints (bool included: layout K_INT) and objects with __index__
    if (val_kind(key) != K_INT && type_of(I, key)->index == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "memoryview: invalid slice key");
        return false;
    }
    int64_t i;
    if (!slice_index_value(I, key, "memoryview", &i)) return false;
    if (i < 0) i += m->len;
    if (i < 0 || i >= m->len) {
        exc_raise(I, TY_INDEX_ERROR, "index out of bounds on dimension 1");
        return false;
    }
    *out = i;
    return true;
}

// Extent of dimension [d] (0 <= d < ndim) of a view of one or more dimensions.
static int64_t extent(const MemViewObject *m, size_t d) {
    if (d == 0) return m->len;
    Value x = tuple_get(m->rest, d - 1); // small ints made by cast_shape
    return val_is_small(x) ? val_small(x) : 0;
}

// CPython's multi-dimensional keys (a tuple of ndim indices) on a view of one or more
// dimensions: the flat item number in *out. Fewer indices are a sub-view
// (NotImplementedError), more a TypeError; a tuple of slices raises
// NotImplementedError [slices_msg]; any other tuple is an invalid key.
static bool multi_index(Interp *I, const MemViewObject *m, Value key, const char *slices_msg, int64_t *out) {
    size_t n = tuple_len(key), nidx = 0, nslices = 0;
    for (size_t k = 0; k < n; k++) {
        Value x = tuple_get(key, k);
        if (slice_cast(x) != NULL)
            nslices++;
        else if (val_kind(x) == K_INT || type_of(I, x)->index != NULL)
            nidx++;
    }
    if (nidx != n || n == 0) {
        if (nidx == n) exc_raise(I, TY_NOT_IMPLEMENTED_ERROR, "sub-views are not implemented");
        else if (nslices == n) exc_raise(I, TY_NOT_IMPLEMENTED_ERROR, "%s", slices_msg);
        else exc_raise(I, TY_TYPE_ERROR, "memoryview: invalid slice key");
        return false;
    }
    size_t nd = (size_t)ndim(m);
    if (n < nd) {
        exc_raise(I, TY_NOT_IMPLEMENTED_ERROR, "sub-views are not implemented");
        return false;
    }
    if (n > nd) {
        exc_raise(I, TY_TYPE_ERROR, "cannot index %zu-dimension view with %zu-element tuple", nd, n);
        return false;
    }
    int64_t flat = 0;
    for (size_t d = 0; d < n; d++) {
        int64_t i, ext = extent(m, d);
        if (!slice_index_value(I, tuple_get(key, d), "memoryview", &i)) return false;
        if (i < 0) i += ext;
        if (i < 0 || i >= ext) {
            exc_raise(I, TY_INDEX_ERROR, "index out of bounds on dimension %zu", d + 1);
            return false;
        }
        flat = d == 0 ? i : flat * ext + i;
    }
    *out = flat;
    return true;
}

// A key of a zero-dimensional view: () or ... reach its item, anything else is a
// TypeError. False with the exception.
static bool zerodim_key(Interp *I, Value key) {
    if ((tuple_check(key) && tuple_len(key) == 0) || key == I->ellipsis) return true;
    exc_raise(I, TY_TYPE_ERROR, "invalid indexing of 0-dim memory");
    return false;
}

static Value mv_getitem(Interp *I, Value self, Value key) {
    MemViewObject *m = live(I, self);
    if (m == NULL) return VAL_NULL;
    if (m->zerodim) {
        if (key == I->ellipsis) return self;
        return zerodim_key(I, key) ? item(I, m, 0) : VAL_NULL;
    }
    if (m->rest != VAL_NULL && slice_cast(key) == NULL && !tuple_check(key)) {
        if (val_kind(key) == K_INT || type_of(I, key)->index != NULL)
            return exc_raise(I, TY_NOT_IMPLEMENTED_ERROR, "multi-dimensional sub-views are not implemented");
        return exc_raise(I, TY_TYPE_ERROR, "memoryview: invalid slice key");
    }
    if (slice_cast(key) != NULL) {
        int64_t start, stop, step, count;
        if (!slice_indices(I, key, m->len, &start, &stop, &step, &count)) return VAL_NULL;
        // the stride product can only overflow when count <= 1 (only item 0 is ever read):
        // it wraps like CPython's, so strides match and no signed overflow happens
        int64_t nstep = (int64_t)((uint64_t)m->step * (uint64_t)step);
        // an empty result's start may lie one huge stride past the end: never computed
        int64_t nstart = count > 0 ? m->start + start * m->step : m->start;
        return new_view(I, type_of(I, self), m, nstart, nstep, count);
    }
    int64_t i;
    if (tuple_check(key)) {
        if (!multi_index(I, m, key, "multi-dimensional slicing is not implemented", &i)) return VAL_NULL;
        return item(I, m, i);
    }
    if (!index_of(I, m, key, &i)) return VAL_NULL;
    return item(I, m, i);
}

// Stores item word [w] as item [i] (in C order) of [m].
static bool store(Interp *I, const MemViewObject *m, int64_t i, uint64_t w) {
    int64_t off = item_off(m, i);
    BytesObject *o = bytearray_cast(m->obj);
    if (o == NULL) {
        Type *bt = buffer_type(m->obj);
        if (bt == NULL || bt->buffer_store == NULL) {
            exc_raise(I, TY_TYPE_ERROR, "cannot modify read-only memory");
            return false;
        }
        return (off >= 0 && bt->buffer_store(m->obj, (size_t)off, m->isz, w)) || shrank(I);
    }
    for (int k = 0; k < m->isz; k++) {
        if (off < 0 || buf_set(&o->b, (size_t)(off + k), (uint8_t)(w >> (8 * k))) != K_OK)
            return shrank(I);
    }
    return true;
}

// Format strings without a leading '@' are equal (CPython's equiv_format).
static bool same_format(Interp *I, const MemViewObject *a, const MemViewObject *b) {
    (void)I;
    return a->fmt == b->fmt && a->isz == b->isz;
}

static int mv_setitem(Interp *I, Value self, Value key, Value v) {
    MemViewObject *m = live(I, self);
    if (m == NULL) return -1;
    if (m->readonly) {
        exc_raise(I, TY_TYPE_ERROR, "cannot modify read-only memory");
        return -1;
    }
    if (v == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "cannot delete memory");
        return -1;
    }
    int64_t i;
    if (m->zerodim) {
        if (!zerodim_key(I, key)) return -1;
        i = 0;
        goto single;
    }
    if (m->rest != VAL_NULL && !tuple_check(key)) {
        if (slice_cast(key) != NULL)
            exc_raise(I, TY_NOT_IMPLEMENTED_ERROR, "memoryview slice assignments are currently restricted to ndim = 1");
        else if (val_kind(key) == K_INT || type_of(I, key)->index != NULL)
            exc_raise(I, TY_NOT_IMPLEMENTED_ERROR, "sub-views are not implemented");
        else
            exc_raise(I, TY_TYPE_ERROR, "memoryview: invalid slice key");
        return -1;
    }
    if (slice_cast(key) != NULL) {
        int64_t start, stop, step, count;
        if (!slice_indices(I, key, m->len, &start, &stop, &step, &count)) return -1;
        Value sv = v;
        if (mv(v) == NULL) {
            BView tmp;
            if (!bytes_like(v, &tmp)) {
                exc_raise(I, TY_TYPE_ERROR, "a bytes-like object is required, not '%T'", v);
                return -1;
            }
            sv = view_of(I, type_of(I, self), v);
            if (sv == VAL_NULL) return -1;
        }
        MemViewObject *s = live(I, sv);
        if (s == NULL) return -1;
        if (!same_format(I, m, s) || s->len != count || s->rest != VAL_NULL || s->zerodim) {
            exc_raise(I, TY_VALUE_ERROR,
                      "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        // read every source item first: the source may be the very buffer written to
        if (step == 1 && m->step == m->isz) {
            Buf tmp; // contiguous target: the source's bytes copied at once
            buf_init(&tmp);
            if (!memview_gather(I, sv, &tmp)) return -1;
            return memview_write(I, m->obj, m->start + start * m->step, buf_view(&tmp)) ? 0 : -1;
        }
        ValVec words;
        vec_init(&words);
        for (int64_t k = 0; k < count; k++) {
            uint64_t w;
            if (!raw_item(I, s, k, &w)) return -1;
            if (vec_push(I->heap, &words, val_from_small(0)) != K_OK ||
                vec_set(&words, (size_t)k, int_from_u64(I, w)) != K_OK) {
                exc_nomem(I);
                return -1;
            }
        }
        for (int64_t k = 0; k < count; k++) {
            uint64_t w = 0;
            (void)int_u64(I, vec_get(&words, (size_t)k), &w); // made by int_from_u64
            if (!store(I, m, start + k * step, w)) return -1;
        }
        return 0;
    }
    if (tuple_check(key)) {
        if (!multi_index(I, m, key, "memoryview slice assignments are currently restricted to ndim = 1", &i))
            return -1;
    } else if (!index_of(I, m, key, &i)) {
        return -1;
    }
single:;
    uint64_t w;
    if (!pack(I, m, v, &w)) return -1;
    if (m->released) { // pack ran the item's __index__/__float__/__bool__
        exc_raise(I, TY_VALUE_ERROR, "operation forbidden on released memoryview object");
        return -1;
    }
    return store(I, m, i, w) ? 0 : -1;
}

// Item-wise equality of two live views; views of different shapes differ: 1, 0, -1.
static int items_equal(Interp *I, const MemViewObject *x, const MemViewObject *y) {
    if (x->len != y->len || ndim(x) != ndim(y)) return 0;
    for (size_t d = 1; d < (size_t)ndim(x); d++)
        if (extent(x, d) != extent(y, d)) return 0;
    bool raw = x->fmt == y->fmt && x->fmt != 'f' && x->fmt != 'd' && x->fmt != 'w';
    int64_t n = nitems(x);
    for (int64_t i = 0; i < n; i++) {
        uint64_t a, b;
        if (!raw_item(I, x, i, &a) || !raw_item(I, y, i, &b)) return -1;
        if (raw) {
            if (a != b) return 0;
            continue;
        }
        Value va = x->fmt == 'w' ? unsupported(I, x) : unpack(I, x, a);
        Value vb = va == VAL_NULL ? VAL_NULL : y->fmt == 'w' ? unsupported(I, y) : unpack(I, y, b);
        if (vb == VAL_NULL) return -1;
        int r = obj_eq(I, va, vb);
        if (r <= 0) return r;
    }
    return 1;
}

static Value mv_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if (op != CMP_EQ && op != CMP_NE) return I->notimpl;
    MemViewObject *x = mv(a);
    if (x == NULL) return I->notimpl;
    Value vb = b;
    if (mv(b) == NULL) {
        BView tmp;
        if (!bytes_like(b, &tmp)) return I->notimpl;
        vb = view_of(I, type_of(I, a), b);
        if (vb == VAL_NULL) return VAL_NULL;
    }
    MemViewObject *y = mv(vb);
    if (y == NULL) return I->notimpl; // view_of made a memoryview: not reached
    int eq;
    if (x->released || y->released) {
        eq = a == b;
    } else {
        eq = items_equal(I, x, y);
        if (eq < 0) return VAL_NULL;
    }
    return interp_bool(I, op == CMP_EQ ? eq != 0 : eq == 0);
}

static bool mv_hash(Interp *I, Value self, int64_t *out) {
    MemViewObject *m = mv(self);
    if (m != NULL && !m->hashed) { // a hash once made survives release(), as in CPython
        m = live(I, self);
        if (m == NULL) return false;
        if (!m->readonly) {
            exc_raise(I, TY_VALUE_ERROR, "cannot hash writable memoryview object");
            return false;
        }
        if (m->fmt != 'B' && m->fmt != 'b' && m->fmt != 'c') {
            exc_raise(I, TY_VALUE_ERROR, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            return false;
        }
        int64_t ignored; // the exporter must be hashable too (a bytearray is not)
        if (!obj_hash(I, m->obj, &ignored)) return false;
        Value b = to_bytes(I, self);
        if (b == VAL_NULL || !obj_hash(I, b, &m->hash)) return false;
        m->hashed = true;
    }
    if (m == NULL) return false;
    *out = m->hash;
    return true;
}

static Value mv_repr(Interp *I, Value self) {
    MemViewObject *m = mv(self);
    bool rel = m != NULL && m->released;
    return exc_format(I, rel ? "<released memory at %p>" : "<memory at %p>", (const void *)obj_ptr(self));
}

/* ---- methods ---- */

static Value m_tobytes(Interp *I, Value self, ValView args, Value kwnames) {
    Value order = VAL_NULL;
    if (!args_parse(I, args, kwnames, "tobytes", "| order", &order)) return VAL_NULL;
    return to_bytes(I, self);
}

// The nested list of dimension [d] onwards, its items from flat item *next on. The
// depth is at most 64 (cast's limit on dimensions).
static Value tolist_dim(Interp *I, const MemViewObject *m, size_t d, int64_t *next) {
    int64_t n = extent(m, d);
    bool last = d + 1 == (size_t)ndim(m);
    Value l = list_new(I, (size_t)n);
    if (l == VAL_NULL) return VAL_NULL;
    for (int64_t i = 0; i < n; i++) {
        Value x = last ? item(I, m, (*next)++) : tolist_dim(I, m, d + 1, next);
        if (x == VAL_NULL || !list_append(I, l, x)) return VAL_NULL;
    }
    return l;
}

static Value m_tolist(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "memoryview.tolist", 0, 0)) return VAL_NULL;
    MemViewObject *m = live(I, self);
    if (m == NULL) return VAL_NULL;
    if (m->zerodim) return item(I, m, 0);
    int64_t next = 0;
    return tolist_dim(I, m, 0, &next);
}

static Value m_hex(Interp *I, Value self, ValView args, Value kwnames) {
    Value b = to_bytes(I, self);
    Value f = b == VAL_NULL ? VAL_NULL : obj_getattr_cstr(I, b, "hex");
    return f == VAL_NULL ? VAL_NULL : obj_call(I, f, args, kwnames);
}

static Value m_release(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "memoryview.release", 0, 0)) return VAL_NULL;
    MemViewObject *m = mv(self);
    if (m != NULL) m->released = true;
    return I->none;
}

static Value m_enter(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "memoryview.__enter__", 0, 0)) return VAL_NULL;
    return live(I, self) == NULL ? VAL_NULL : self;
}

static Value m_exit(Interp *I, Value self, ValView args, Value kwnames) {
    (void)args;
    if (!args_no_kw(I, kwnames, "memoryview.__exit__")) return VAL_NULL;
    MemViewObject *m = mv(self);
    if (m != NULL) m->released = true;
    return I->none;
}

// Checks cast shape [shape] (a list or tuple of positive ints whose product times
// [isz] is [nbytes]) and describes it in *proto: len, rest, inner, zerodim.
static bool cast_shape(Interp *I, Value shape, int64_t nbytes, int isz, MemViewObject *proto) {
    size_t nd = list_check(shape) ? list_len(shape) : tuple_len(shape);
    int64_t dims[64];
    int64_t product = 1;
    for (size_t d = 0; d < nd; d++) {
        Value n = list_check(shape) ? list_get(shape, d) : tuple_get(shape, d);
        int64_t x;
        if (!int_check(I, n)) {
            exc_raise(I, TY_TYPE_ERROR, "memoryview.cast(): elements of shape must be integers");
            return false;
        }
        if (!int_to_i64(I, n, &x)) return false;
        if (x <= 0) {
            exc_raise(I, TY_VALUE_ERROR, "memoryview.cast(): elements of shape must be integers > 0");
            return false;
        }
        if (x > INT64_MAX / product) {
            exc_raise(I, TY_VALUE_ERROR, "memoryview.cast(): product(shape) > SSIZE_MAX");
            return false;
        }
        product *= x;
        dims[d] = x;
    }
    if (product > nbytes / isz || product * isz != nbytes) {
        exc_raise(I, TY_TYPE_ERROR, "memoryview: product(shape) * itemsize != buffer size");
        return false;
    }
    proto->zerodim = nd == 0;
    proto->len = nd == 0 ? 1 : dims[0];
    proto->rest = VAL_NULL;
    proto->inner = 1;
    if (nd >= 2) {
        Value rest = tuple_new(I, nd - 1);
        if (rest == VAL_NULL) return false;
        for (size_t d = 1; d < nd; d++) tuple_init_item(rest, d - 1, val_from_small(dims[d]));
        proto->rest = rest;
        proto->inner = product / dims[0];
    }
    return true;
}

static bool zero_in_shape(const MemViewObject *m) {
    for (size_t d = 0; d < (size_t)ndim(m); d++)
        if (extent(m, d) == 0) return true;
    return false;
}

static Value m_cast(Interp *I, Value self, ValView args, Value kwnames) {
    Value format = VAL_NULL, shape = VAL_NULL;
    if (!args_parse(I, args, kwnames, "cast", "format | shape", &format, &shape)) return VAL_NULL;
    MemViewObject *m = live(I, self);
    if (m == NULL) return VAL_NULL;
    if (!str_check(format))
        return exc_raise(I, TY_TYPE_ERROR, "cast() argument 'format' must be str, not %T", format);
    if (m->step != inner(m) * m->isz && m->len > 1)
        return exc_raise(I, TY_TYPE_ERROR, "memoryview: casts are restricted to C-contiguous views");
    if ((shape != VAL_NULL || ndim(m) != 1) && zero_in_shape(m))
        return exc_raise(I, TY_TYPE_ERROR, "memoryview: cannot cast view with zeros in shape or strides");
    if (shape != VAL_NULL) {
        if (!list_check(shape) && !tuple_check(shape))
            return exc_raise(I, TY_TYPE_ERROR, "shape must be a list or a tuple");
        size_t nd = list_check(shape) ? list_len(shape) : tuple_len(shape);
        if (nd > 64) return exc_raise(I, TY_VALUE_ERROR, "memoryview: number of dimensions must not exceed 64");
        if (ndim(m) != 1 && nd != 1)
            return exc_raise(I, TY_TYPE_ERROR, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    BView f = str_view(format);
    size_t at = bview_get(f, 0) == '@' ? 1 : 0;
    int c = f.n == at + 1 ? bview_get(f, at) : 0;
    int isz = c == 'w' ? 0 : fmt_size(c);
    if (isz == 0)
        return exc_raise(I, TY_VALUE_ERROR, "memoryview: destination format must be a native single "
                                            "character format prefixed with an optional '@'");
    bool src_byte = m->fmt == 'B' || m->fmt == 'b' || m->fmt == 'c';
    if (!src_byte && c != 'B' && c != 'b' && c != 'c')
        return exc_raise(I, TY_TYPE_ERROR, "memoryview: cannot cast between two non-byte formats");
    int64_t nbytes = nitems(m) * m->isz;
    if (nbytes % isz != 0)
        return exc_raise(I, TY_TYPE_ERROR, "memoryview: length is not a multiple of itemsize");
    MemViewObject proto = *m;
    proto.fmt = (char)c;
    proto.isz = (uint8_t)isz;
    proto.fmts = format;
    proto.len = nbytes / isz;
    proto.rest = VAL_NULL;
    proto.inner = 1;
    proto.zerodim = false;
    if (shape != VAL_NULL && !cast_shape(I, shape, nbytes, isz, &proto)) return VAL_NULL;
    int64_t step = isz * (proto.rest != VAL_NULL ? proto.inner : 1);
    return new_view(I, type_of(I, self), &proto, m->start, step, proto.len);
}

static Value m_toreadonly(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "memoryview.toreadonly", 0, 0)) return VAL_NULL;
    MemViewObject *m = live(I, self);
    if (m == NULL) return VAL_NULL;
    MemViewObject proto = *m;
    proto.readonly = true;
    return new_view(I, type_of(I, self), &proto, m->start, m->step, m->len);
}

static const MethodDef mv_methods[] = {
    {"tobytes", m_tobytes, 0, "Return the data in the buffer as a byte string."},
    {"tolist", m_tolist, 0, "Return the data in the buffer as a list of elements."},
    {"hex", m_hex, 0, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", m_release, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"cast", m_cast, 0, "Cast a memoryview to a new format or shape."},
    {"toreadonly", m_toreadonly, 0, "Return a readonly version of the memoryview."},
    {"__enter__", m_enter, 0, NULL},
    {"__exit__", m_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- attributes ---- */

static Value g_obj(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    return m == NULL ? VAL_NULL : m->obj;
}
static Value g_nbytes(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    return m == NULL ? VAL_NULL : int_from_i64(I, nitems(m) * m->isz);
}
static Value g_readonly(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    return m == NULL ? VAL_NULL : interp_bool(I, m->readonly);
}
static Value g_itemsize(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    return m == NULL ? VAL_NULL : val_from_small(m->isz);
}
static Value g_format(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    return m == NULL ? VAL_NULL : fmt_str(I, m);
}
static Value g_ndim(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    return m == NULL ? VAL_NULL : val_from_small(ndim(m));
}
// shape ([strides] false) or strides of [self]: the first dimension's, then the inner
// dimensions' (C-contiguous: each the item size times the extents after it).
static Value dims_tuple(Interp *I, Value self, bool strides) {
    MemViewObject *m = live(I, self);
    if (m == NULL) return VAL_NULL;
    size_t nd = (size_t)ndim(m);
    Value t = tuple_new(I, nd);
    if (t == VAL_NULL) return VAL_NULL;
    int64_t below = m->isz;
    for (size_t d = nd; d-- > 0;) {
        Value x = int_from_i64(I, strides ? (d == 0 ? m->step : below) : extent(m, d));
        if (x == VAL_NULL) return VAL_NULL;
        tuple_init_item(t, d, x);
        if (d > 0) below *= extent(m, d);
    }
    return t;
}
static Value g_shape(Interp *I, Value self) { return dims_tuple(I, self, false); }
static Value g_strides(Interp *I, Value self) { return dims_tuple(I, self, true); }
static Value g_suboffsets(Interp *I, Value self) {
    return live(I, self) == NULL ? VAL_NULL : I->empty_tuple;
}
static Value g_contiguous(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    return m == NULL ? VAL_NULL : interp_bool(I, m->step == inner(m) * m->isz || m->len <= 1);
}
// Fortran order too: C-contiguous with at most one dimension longer than 1.
static Value g_f_contiguous(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    if (m == NULL) return VAL_NULL;
    int longer = 0;
    for (size_t d = 0; d < (size_t)ndim(m); d++) longer += extent(m, d) > 1;
    return interp_bool(I, (m->step == inner(m) * m->isz || m->len <= 1) && longer <= 1);
}

static const GetSetDef mv_getsets[] = {
    {"obj", g_obj, NULL},
    {"nbytes", g_nbytes, NULL},
    {"readonly", g_readonly, NULL},
    {"itemsize", g_itemsize, NULL},
    {"format", g_format, NULL},
    {"ndim", g_ndim, NULL},
    {"shape", g_shape, NULL},
    {"strides", g_strides, NULL},
    {"suboffsets", g_suboffsets, NULL},
    {"c_contiguous", g_contiguous, NULL},
    {"f_contiguous", g_f_contiguous, NULL},
    {"contiguous", g_contiguous, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec memoryview_spec = {
    .name = "memoryview",
    .inst_kind = K_MEMVIEW,
    .inst_size = sizeof(MemViewObject),
    .tflags = TF_SEQUENCE,
    .base = TY_OBJECT,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcmp = mv_richcmp,
    .len = mv_len,
    .iter = mv_iter,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .new_ = mv_new,
    .methods = mv_methods,
    .getsets = mv_getsets,
    .doc = "Create a new memoryview object which references the given object.",
};
