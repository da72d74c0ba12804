/*
 * memview.c: memoryview over bytes and bytearray, one-dimensional, format 'B' (or 'c'
 * after cast('c')): indexing, slicing (any step), item and slice assignment into a
 * bytearray, tobytes/tolist/hex, release and the context manager, comparison and hash.
 *
 * Invariant: a view never holds a raw pointer: every access recomputes the byte index
 * start + i * step and reads or writes it through the checked Buf/BView API of its
 * object, so a bytearray resized under a view (safepy does not lock exported bytearrays:
 * a view has no finalizer to unlock them) yields IndexError, never a stray access.
 */
#include "memview.h"

#include "args.h"
#include "bytes.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

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

static Value new_view(Interp *I, Type *t, Value obj, int64_t start, int64_t step, int64_t len,
                      bool readonly, char fmt) {
    MemViewObject *m = obj_alloc(I, t, sizeof(MemViewObject));
    if (m == NULL) return VAL_NULL;
    m->obj = obj;
    m->start = start;
    m->step = step;
    m->len = len;
    m->readonly = readonly;
    m->fmt = fmt;
    return obj_val(m);
}

// Byte [i] of the view (0 <= i < len), or -1 when the object shrank below it.
static int byte_at(const MemViewObject *m, int64_t i) {
    int64_t idx = m->start + i * m->step;
    if (idx < 0) return -1;
    return bview_get(bytes_view(m->obj), (size_t)idx);
}

static bool shrank(Interp *I) {
    exc_raise(I, TY_INDEX_ERROR, "index out of bounds on dimension 1");
    return false;
}

bool memview_contiguous(Value v, BView *out) {
    MemViewObject *m = mv(v);
    if (m == NULL || m->released || (m->step != 1 && m->len > 1)) return false;
    BView b = bytes_view(m->obj);
    if (m->start < 0 || (uint64_t)m->start + (uint64_t)m->len > b.n) return false;
    *out = bview_slice(b, (size_t)m->start, (size_t)(m->start + m->len));
    return true;
}

bool memview_gather(Interp *I, Value v, Buf *out) {
    MemViewObject *m = live(I, v);
    if (m == NULL) return false;
    if (buf_reserve(I->heap, out, out->len + (size_t)m->len) != K_OK) {
        exc_nomem(I);
        return false;
    }
    for (int64_t i = 0; i < m->len; i++) {
        int c = byte_at(m, i);
        if (c < 0) return shrank(I);
        if (buf_push(I->heap, out, (uint8_t)c) != K_OK) {
            exc_nomem(I);
            return false;
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

static Value mv_new(Interp *I, Type *t, ValView args, Value kwnames) {
    Value o;
    if (!args_parse(I, args, kwnames, "memoryview", "object", &o)) return VAL_NULL;
    MemViewObject *src = mv(o);
    if (src != NULL) {
        if (src->released)
            return exc_raise(I, TY_VALUE_ERROR, "operation forbidden on released memoryview object");
        return new_view(I, t, src->obj, src->start, src->step, src->len, src->readonly, src->fmt);
    }
    if (bytes_check(o) || bytearray_check(o))
        return new_view(I, t, o, 0, 1, (int64_t)bytes_view(o).n, !bytearray_check(o), 'B');
    return exc_raise(I, TY_TYPE_ERROR, "memoryview: a bytes-like object is required, not '%T'", o);
}

static int64_t mv_len(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    return m == NULL ? -1 : m->len;
}

static Value item(Interp *I, const MemViewObject *m, int64_t i) {
    int c = byte_at(m, i);
    if (c < 0) {
        shrank(I);
        return VAL_NULL;
    }
    if (m->fmt == 'c') {
        Buf one;
        buf_init(&one);
        if (buf_push(I->heap, &one, (uint8_t)c) != K_OK) return exc_nomem(I);
        return bytes_new(I, buf_view(&one));
    }
    return val_from_small(c);
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

static Value mv_getitem(Interp *I, Value self, Value key) {
    MemViewObject *m = live(I, self);
    if (m == NULL) return VAL_NULL;
    if (slice_cast(key) != NULL) {
        int64_t start, stop, step, count;
        if (!slice_indices(I, key, m->len, &start, &stop, &step, &count)) return VAL_NULL;
        // the stride product can only overflow when count <= 1 (only item 0 is ever read):
        // it wraps like CPython's, so strides match and no signed overflow happens
        int64_t nstep = (int64_t)((uint64_t)m->step * (uint64_t)step);
        // an empty result's start may lie one huge stride past the end: never computed
        int64_t nstart = count > 0 ? m->start + start * m->step : m->start;
        return new_view(I, type_of(I, self), m->obj, nstart, nstep, count, m->readonly, m->fmt);
    }
    if (tuple_check(key)) {
        // CPython's multi-dimensional index forms, on a one-dimensional view
        size_t n = tuple_len(key);
        for (size_t k = 0; k < n; k++) {
            if (slice_cast(tuple_get(key, k)) != NULL)
                return exc_raise(I, TY_NOT_IMPLEMENTED_ERROR, "multi-dimensional slicing is not implemented");
        }
        if (n == 0) return exc_raise(I, TY_NOT_IMPLEMENTED_ERROR, "sub-views are not implemented");
        if (n > 1)
            return exc_raise(I, TY_TYPE_ERROR, "cannot index 1-dimension view with %zu-element tuple", n);
        key = tuple_get(key, 0);
    }
    int64_t i;
    if (!index_of(I, m, key, &i)) return VAL_NULL;
    return item(I, m, i);
}

// The byte value item [v] stands for, for format [fmt].
static bool item_value(Interp *I, char fmt, Value v, uint8_t *out) {
    if (fmt == 'c') {
        BView b;
        if (!bytes_check(v)) {
            exc_raise(I, TY_TYPE_ERROR, "memoryview: invalid type for format 'c'");
            return false;
        }
        b = bytes_view(v);
        if (b.n != 1) {
            exc_raise(I, TY_VALUE_ERROR, "memoryview: invalid value for format 'c'");
            return false;
        }
        *out = (uint8_t)bview_get(b, 0);
        return true;
    }
    if (!int_check(I, v)) {
        exc_raise(I, TY_TYPE_ERROR, "memoryview: invalid type for format 'B'");
        return false;
    }
    int64_t x;
    if (!int_to_i64(I, v, &x) || x < 0 || x > 255) {
        exc_clear(I);
        exc_raise(I, TY_VALUE_ERROR, "memoryview: invalid value for format 'B'");
        return false;
    }
    *out = (uint8_t)x;
    return true;
}

static bool put_byte(Interp *I, const MemViewObject *m, int64_t i, uint8_t x) {
    BytesObject *o = bytearray_cast(m->obj);
    int64_t idx = m->start + i * m->step;
    if (o == NULL || idx < 0 || buf_set(&o->b, (size_t)idx, x) != K_OK) return shrank(I);
    return true;
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
    if (slice_cast(key) != NULL) {
        int64_t start, stop, step, count;
        if (!slice_indices(I, key, m->len, &start, &stop, &step, &count)) return -1;
        Buf src;
        buf_init(&src);
        BView bv;
        if (mv(v) != NULL) {
            if (!memview_gather(I, v, &src)) return -1;
        } else if (bytes_check(v) || bytearray_check(v)) {
            // copied first: the source may be the very buffer written to
            if (buf_append(I->heap, &src, bytes_view(v)) != K_OK) {
                exc_nomem(I);
                return -1;
            }
        } else {
            exc_raise(I, TY_TYPE_ERROR, "a bytes-like object is required, not '%T'", v);
            return -1;
        }
        bv = buf_view(&src);
        if ((int64_t)bv.n != count) {
            exc_raise(I, TY_VALUE_ERROR,
                      "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        for (int64_t k = 0; k < count; k++) {
            if (!put_byte(I, m, start + k * step, (uint8_t)bview_get(bv, (size_t)k))) return -1;
        }
        return 0;
    }
    if (tuple_check(key) && tuple_len(key) == 1) key = tuple_get(key, 0);
    int64_t i;
    uint8_t x;
    if (!index_of(I, m, key, &i) || !item_value(I, m->fmt, v, &x)) return -1;
    return put_byte(I, m, i, x) ? 0 : -1;
}

static Value mv_richcmp(Interp *I, Value a, Value b, CmpOp op) {
    if (op != CMP_EQ && op != CMP_NE) return I->notimpl;
    MemViewObject *x = mv(a);
    if (x == NULL) return I->notimpl;
    bool eq;
    if (a == b) {
        eq = true;
    } else if (x->released || (mv(b) != NULL && mv(b)->released)) {
        eq = false;
    } else if (mv(b) == NULL && !bytes_check(b) && !bytearray_check(b)) {
        return I->notimpl;
    } else {
        Buf l, r;
        buf_init(&l);
        buf_init(&r);
        if (!memview_gather(I, a, &l)) return VAL_NULL;
        if (mv(b) != NULL) {
            if (!memview_gather(I, b, &r)) return VAL_NULL;
            // items compare by value: 'B' ints never equal 'c' bytes unless both empty
            if (mv(b)->fmt != x->fmt && l.len > 0) {
                return interp_bool(I, op == CMP_NE);
            }
        } else if (buf_append(I->heap, &r, bytes_view(b)) != K_OK) {
            return exc_nomem(I);
        }
        eq = bview_eq(buf_view(&l), buf_view(&r));
    }
    return interp_bool(I, op == CMP_EQ ? eq : !eq);
}

static bool mv_hash(Interp *I, Value self, int64_t *out) {
    MemViewObject *m = live(I, self);
    if (m == NULL) return false;
    if (!m->hashed) {
        if (!m->readonly) {
            exc_raise(I, TY_VALUE_ERROR, "cannot hash writable memoryview object");
            return false;
        }
        Value b = to_bytes(I, self);
        if (b == VAL_NULL || !obj_hash(I, b, &m->hash)) return false;
        m->hashed = true;
    }
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

static Value m_tolist(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "memoryview.tolist", 0, 0)) return VAL_NULL;
    MemViewObject *m = live(I, self);
    if (m == NULL) return VAL_NULL;
    Value l = list_new(I, (size_t)m->len);
    if (l == VAL_NULL) return VAL_NULL;
    for (int64_t i = 0; i < m->len; i++) {
        Value x = item(I, m, i);
        if (x == VAL_NULL || !list_append(I, l, x)) return VAL_NULL;
    }
    return l;
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

static Value m_cast(Interp *I, Value self, ValView args, Value kwnames) {
    Value format = VAL_NULL, shape = VAL_NULL;
    if (!args_parse(I, args, kwnames, "cast", "format | shape", &format, &shape)) return VAL_NULL;
    MemViewObject *m = live(I, self);
    if (m == NULL) return VAL_NULL;
    if (!str_check(format))
        return exc_raise(I, TY_TYPE_ERROR, "cast() argument 'format' must be str, not %T", format);
    char fmt = 0;
    if (str_eq_cstr(format, "B") || str_eq_cstr(format, "@B")) fmt = 'B';
    else if (str_eq_cstr(format, "c") || str_eq_cstr(format, "@c")) fmt = 'c';
    if (fmt == 0)
        return exc_raise(I, TY_NOT_IMPLEMENTED_ERROR, "memoryview: cast to format %R is not supported",
                         format);
    if (m->step != 1 && m->len > 1)
        return exc_raise(I, TY_TYPE_ERROR, "memoryview: casts are restricted to C-contiguous views");
    return new_view(I, type_of(I, self), m->obj, m->start, 1, m->len, m->readonly, fmt);
}

static Value m_toreadonly(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "memoryview.toreadonly", 0, 0)) return VAL_NULL;
    MemViewObject *m = live(I, self);
    if (m == NULL) return VAL_NULL;
    return new_view(I, type_of(I, self), m->obj, m->start, m->step, m->len, true, m->fmt);
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
    return m == NULL ? VAL_NULL : int_from_i64(I, m->len);
}
static Value g_readonly(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    return m == NULL ? VAL_NULL : interp_bool(I, m->readonly);
}
static Value g_itemsize(Interp *I, Value self) {
    return live(I, self) == NULL ? VAL_NULL : val_from_small(1);
}
static Value g_format(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    if (m == NULL) return VAL_NULL;
    return str_from_cstr(I, m->fmt == 'c' ? "c" : "B");
}
static Value g_ndim(Interp *I, Value self) {
    return live(I, self) == NULL ? VAL_NULL : val_from_small(1);
}
static Value g_shape(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    Value n = m == NULL ? VAL_NULL : int_from_i64(I, m->len);
    return n == VAL_NULL ? VAL_NULL : tuple_pack(I, 1, n);
}
static Value g_strides(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    Value n = m == NULL ? VAL_NULL : int_from_i64(I, m->step);
    return n == VAL_NULL ? VAL_NULL : tuple_pack(I, 1, n);
}
static Value g_suboffsets(Interp *I, Value self) {
    return live(I, self) == NULL ? VAL_NULL : I->empty_tuple;
}
static Value g_contiguous(Interp *I, Value self) {
    MemViewObject *m = live(I, self);
    return m == NULL ? VAL_NULL : interp_bool(I, m->step == 1 || m->len <= 1);
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
    {"f_contiguous", g_contiguous, NULL},
    {"contiguous", g_contiguous, NULL},
    {NULL, NULL, NULL},
};

const TypeSpec memoryview_spec = {
    .name = "memoryview",
    .inst_kind = K_MEMVIEW,
    .inst_size = sizeof(MemViewObject),
    .base = TY_OBJECT,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcmp = mv_richcmp,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .new_ = mv_new,
    .methods = mv_methods,
    .getsets = mv_getsets,
    .doc = "Create a new memoryview object which references the given object.",
};
