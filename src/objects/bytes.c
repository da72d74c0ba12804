/*
 * bytes.c: the bytes and bytearray types (one layout, BytesObject): construction from
 * counts, buffers, iterables, str + encoding and __bytes__; repr; hashing (bytes only);
 * comparison; indexing and slicing; bytearray item/slice assignment and deletion;
 * concatenation, repetition, % formatting, += and *=; the shared iterator. Methods live
 * in bytes_methods.c.
 *
 * Invariant: a bytes object's Buf never changes after creation; a bytearray's Buf changes
 * only through the checked buf_* functions, and never changes size while a memoryview
 * exports it (BufferError). Every index is checked against the current length at the time
 * of use, so mutation from user code (__index__, iterators) cannot cause an out-of-range access.
 */
#include "../kernel/checked.h"
#include "../kernel/siphash.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "iterobject.h"
#include "memview.h"
#include "ops.h"
#include "slice.h"
#include "str_impl.h"
#include "tuple.h"

/* ---- construction and access ---- */

bool bytes_check(Value v) { return bytes_cast(v) != NULL; }

bool bytearray_check(Value v) { return bytearray_cast(v) != NULL; }

static BytesObject *any_cast(Value v) {
    BytesObject *o = bytes_cast(v);
    return o != NULL ? o : bytearray_cast(v);
}

BView bytes_view(Value v) {
    BytesObject *o = any_cast(v);
    if (o == NULL) {
        BView e = {NULL, 0};
        return e;
    }
    return buf_view(&o->b);
}

bool bytes_like(Value v, BView *out) {
    BytesObject *o = any_cast(v);
    if (o != NULL) {
        *out = buf_view(&o->b);
        return true;
    }
    if (memview_contiguous(v, out)) return true;
    // a C type with a buffer (array.array), or a subclass of one: the slot is found along
    // the base chain (user subclasses get no copy of C-only slots)
    Obj *p = obj_ptr(v);
    for (Type *t = p != NULL ? p->type : NULL; t != NULL; t = t->base)
        if (t->buffer != NULL) return t->buffer(v, out);
    return false;
}

bool bytes_arg(Interp *I, Value v, const char *notbuf, BView *out) {
    MemViewObject *m = memview_cast(v);
    if (m == NULL) {
        if (bytes_like(v, out)) return true;
        exc_raise(I, TY_TYPE_ERROR, notbuf != NULL ? notbuf : "a bytes-like object is required, not '%T'", v);
        return false;
    }
    // CPython's rule: contiguous when the step is 1 or there is one item (an empty
    // strided view is not)
    bool strided = !memview_c_contiguous(m);
    if (!m->released && !strided && memview_contiguous(v, out)) return true;
    if (m->released)
        exc_raise(I, TY_VALUE_ERROR, "operation forbidden on released memoryview object");
    else if (strided)
        exc_raise(I, TY_BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous");
    else // its bytearray shrank under it
        exc_raise(I, TY_INDEX_ERROR, "index out of bounds on dimension 1");
    return false;
}

static Value nomem_k(Interp *I, KStatus s) {
    if (s == K_NOMEM || s == K_OVERFLOW) return exc_nomem(I);
    return exc_from_kstatus(I, s, "bytes");
}

static BytesObject *alloc_bytes(Interp *I, Type *t) {
    size_t size = sizeof(BytesObject);
    if (t != NULL && t->inst_size > size) size = t->inst_size;
    return obj_alloc(I, t, size);
}

Value bytes_wrap(Interp *I, Buf b, bool mutable) {
    if (!mutable && b.len == 0 && I->empty_bytes != VAL_NULL) return I->empty_bytes;
    BytesObject *o = alloc_bytes(I, interp_type(I, mutable ? TY_BYTEARRAY : TY_BYTES));
    if (o == NULL) return VAL_NULL;
    o->b = b;
    return obj_val(o);
}

// The longest contents a new exact bytes keeps in its own chunk (copy_of).
#define BYTES_INLINE_MAX (HEAP_SMALL_MAX - sizeof(BytesObject) - 1u)

static Value copy_of(Interp *I, BView v, bool mutable) {
    Buf b;
    buf_init(&b);
    if (!mutable && v.n > 0 && v.n <= BYTES_INLINE_MAX) {
        // One allocation: the bytes after the BytesObject in one HEAP_RAW chunk, as
        // str.c's new_inline (see there why an unscanned chunk is safe: an exact bytes
        // refers to nothing the collector must keep; the built-in type is a root, no
        // dict, and b.data points into the chunk). cap = len + 1: never a tail owner.
        BytesObject *o = buf_new_trailing(I->heap, sizeof(BytesObject), &b, v);
        if (o == NULL) return exc_nomem(I);
        Type *t = interp_type(I, TY_BYTES);
        o->h.type = t;
        o->h.kind = t->inst_kind;
        o->b = b;
        return obj_val(o);
    }
    if (v.n > 0) {
        KStatus s = buf_from_view(I->heap, &b, v);
        if (s != K_OK) return nomem_k(I, s);
    }
    return bytes_wrap(I, b, mutable);
}

Value bytes_new(Interp *I, BView v) { return copy_of(I, v, false); }

Value bytearray_new(Interp *I, BView v) { return copy_of(I, v, true); }

Value bytes_new_of_type(Interp *I, Type *t, BView v) {
    if (t == interp_type(I, TY_BYTES)) return bytes_new(I, v);
    if (t == interp_type(I, TY_BYTEARRAY)) return bytearray_new(I, v);
    BytesObject *o = alloc_bytes(I, t);
    if (o == NULL) return VAL_NULL;
    if (v.n > 0) {
        KStatus s = buf_from_view(I->heap, &o->b, v);
        if (s != K_OK) return nomem_k(I, s);
    }
    return obj_val(o);
}

Value bytes_new_zeroed(Interp *I, size_t n) {
    Buf b;
    buf_init(&b);
    KStatus s = buf_resize(I->heap, &b, n);
    if (s != K_OK) return nomem_k(I, s);
    return bytes_wrap(I, b, false);
}

bool bytes_arg_byte(Interp *I, Value v, uint8_t *out) {
    Value iv = obj_index(I, v);
    if (iv == VAL_NULL) return false;
    int64_t x;
    if (!int_to_i64(I, iv, &x) || x < 0 || x > 255) {
        exc_clear(I);
        exc_raise(I, TY_VALUE_ERROR, "byte must be in range(0, 256)");
        return false;
    }
    *out = (uint8_t)x;
    return true;
}

static bool has_index(Interp *I, Value v) {
    if (int_check(I, v)) return true;
    Type *t = type_of(I, v);
    return t != NULL && t->index != NULL;
}

bool bytes_fill_from(Interp *I, Buf *out, Value src, const char *what) {
    BView bv;
    if (memview_cast(src) != NULL) return memview_gather(I, src, out);
    if (bytes_like(src, &bv)) {
        KStatus s = buf_append(I->heap, out, bv);
        if (s != K_OK) {
            nomem_k(I, s);
            return false;
        }
        return true;
    }
    if (str_check(src)) {
        exc_raise(I, TY_TYPE_ERROR, "string argument without an encoding");
        return false;
    }
    int64_t n;
    bool counted = false;
    if (has_index(I, src)) {
        // an __index__ that raises TypeError (or returns a non-int) makes the argument an
        // iterable to try next, as CPython's bytes()/bytearray() do
        counted = obj_index_i64(I, src, &n);
        if (!counted && !exc_pending_is(I, TY_TYPE_ERROR)) return false;
        if (!counted) exc_clear(I);
    }
    if (counted) {
        if (n < 0) {
            exc_raise(I, TY_VALUE_ERROR, "negative count");
            return false;
        }
        size_t total;
        if (!size_add(out->len, (size_t)n, &total)) {
            exc_nomem(I);
            return false;
        }
        KStatus s = buf_resize(I->heap, out, total);
        if (s != K_OK) {
            nomem_k(I, s);
            return false;
        }
        return true;
    }
    Value it = obj_iter(I, src);
    if (it == VAL_NULL) {
        if (exc_pending_is(I, TY_TYPE_ERROR)) {
            exc_clear(I);
            exc_raise(I, TY_TYPE_ERROR, "cannot convert '%T' object to %s", src, what);
        }
        return false;
    }
    bool is_bytes = bview_eq_cstr(bview_cstr(what), "bytes");
    for (;;) {
        Value item = obj_next(I, it);
        if (item == VAL_NULL) return I->exc == VAL_NULL;
        Value iv = obj_index(I, item);
        if (iv == VAL_NULL) return false;
        int64_t x;
        if (!int_to_i64(I, iv, &x) || x < 0 || x > 255) {
            exc_clear(I);
            exc_raise(I, TY_VALUE_ERROR, is_bytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            return false;
        }
        KStatus s = buf_push(I->heap, out, (uint8_t)x);
        if (s != K_OK) {
            nomem_k(I, s);
            return false;
        }
    }
}

/* ---- repr ---- */

// bytearray's repr escapes ' even inside "..." (CPython's bytearray_repr).
static bool repr_into(Interp *I, StrBuilder *sb, BView v, bool always_escape_sq) {
    bool sq = bview_find_byte(v, '\'', 0) >= 0, dq = bview_find_byte(v, '"', 0) >= 0;
    int q = (sq && !dq) ? '"' : '\'';
    if (!sb_add_codepoint(I, sb, 'b') || !sb_add_codepoint(I, sb, (uint32_t)q)) return false;
    size_t run = 0;
    for (size_t i = 0; i < v.n; i++) {
        int c = bview_get(v, i);
        bool esc_q = c == q || (always_escape_sq && c == '\'');
        if (c >= 0x20 && c < 0x7f && !esc_q && c != '\\') continue;
        if (!sb_add_view(I, sb, bview_slice(v, run, i))) return false;
        run = i + 1;
        bool ok;
        if (esc_q || c == '\\') ok = sb_add_codepoint(I, sb, '\\') && sb_add_codepoint(I, sb, (uint32_t)c);
        else if (c == '\t') ok = sb_add_cstr(I, sb, "\\t");
        else if (c == '\n') ok = sb_add_cstr(I, sb, "\\n");
        else if (c == '\r') ok = sb_add_cstr(I, sb, "\\r");
        else ok = sb_add_format(I, sb, "\\x%02x", (unsigned)c);
        if (!ok) return false;
    }
    if (!sb_add_view(I, sb, bview_slice(v, run, v.n))) return false;
    return sb_add_codepoint(I, sb, (uint32_t)q);
}

bool bytes_repr_into(Interp *I, StrBuilder *sb, BView v) { return repr_into(I, sb, v, false); }

Value bytes_repr(Interp *I, Value v) {
    BytesObject *o = any_cast(v);
    if (o == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected bytes, got %T", v);
    StrBuilder sb;
    sb_init(&sb);
    bool ba = bytearray_check(v);
    if (ba && !sb_add_format(I, &sb, "%N(", o->h.type)) return VAL_NULL;
    if (!repr_into(I, &sb, buf_view(&o->b), ba)) return VAL_NULL;
    if (ba && !sb_add_codepoint(I, &sb, ')')) return VAL_NULL;
    return sb_finish(I, &sb);
}

/* ---- slots shared by bytes and bytearray ---- */

static Value repr_slot(Interp *I, Value self) { return bytes_repr(I, self); }

static bool bytes_hash_slot(Interp *I, Value self, int64_t *out) {
    BytesObject *o = bytes_cast(self);
    if (o == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "unhashable type: '%T'", self);
        return false;
    }
    if (!o->hashed) {
        int64_t h = 0;
        if (o->b.len > 0) {
            uint64_t u = siphash13(bytes_view(I->hash_key), buf_view(&o->b));
            h = u > (uint64_t)INT64_MAX ? -(int64_t)(~u) - 1 : (int64_t)u;
            if (h == -1) h = -2;
        }
        o->hash = h;
        o->hashed = true;
    }
    *out = o->hash;
    return true;
}

static Value richcmp(Interp *I, Value a, Value b, CmpOp op) {
    BView x, y;
    // bytes compares only with bytes (bytes < memoryview is a TypeError, and == with a
    // bytearray or memoryview is answered by their reflected comparison); bytearray
    // compares with any buffer, as CPython's do.
    if (bytes_check(a) && !bytes_check(b)) return I->notimpl;
    if (!bytes_like(a, &x) || !bytes_like(b, &y)) return I->notimpl;
    int c = (op == CMP_EQ || op == CMP_NE) ? (bview_eq(x, y) ? 0 : 1) : bview_cmp(x, y);
    return interp_bool(I, cmp_holds(c, op));
}

static int64_t len_slot(Interp *I, Value self) {
    (void)I;
    return (int64_t)bytes_view(self).n;
}

static int truth_slot(Interp *I, Value self) {
    (void)I;
    return bytes_view(self).n != 0;
}

static int contains_slot(Interp *I, Value self, Value item) {
    BView v = bytes_view(self), sub;
    if (bytes_like(item, &sub)) return bview_find(v, sub, 0) >= 0;
    if (!has_index(I, item)) {
        exc_raise(I, TY_TYPE_ERROR, "a bytes-like object is required, not '%T'", item);
        return -1;
    }
    uint8_t c;
    if (!bytes_arg_byte(I, item, &c)) return -1;
    return bview_find_byte(bytes_view(self), c, 0) >= 0;
}

// Resolves integer index [key] against [len]; IndexError [msg] when out of range.
static bool item_index(Interp *I, Value key, size_t len, const char *msg, size_t *out) {
    int64_t i;
    if (!obj_index_item_i64(I, key, &i)) return false;
    if (i < 0) i += (int64_t)len;
    if (i < 0 || (uint64_t)i >= len) {
        exc_raise(I, TY_INDEX_ERROR, "%s", msg);
        return false;
    }
    *out = (size_t)i;
    return true;
}

static Value getitem_slot(Interp *I, Value self, Value key) {
    bool ba = bytearray_check(self);
    if (slice_cast(key) != NULL) {
        int64_t start, stop, step, count;
        if (!slice_indices(I, key, (int64_t)bytes_view(self).n, &start, &stop, &step, &count)) return VAL_NULL;
        BView v = bytes_view(self); // re-read: __index__ of the slice bounds may have run
        Buf b;
        buf_init(&b);
        if (count > 0 && step == 1) {
            if (buf_from_view(I->heap, &b, bview_slice(v, (size_t)start, (size_t)start + (size_t)count)) != K_OK)
                return exc_nomem(I);
        } else {
            for (int64_t k = 0; k < count; k++) {
                int64_t idx = start + k * step; // never past the last index: no overflow
                int c = bview_get(v, (size_t)idx);
                if (c < 0) break;
                if (buf_push(I->heap, &b, (uint8_t)c) != K_OK) return exc_nomem(I);
            }
        }
        return bytes_wrap(I, b, ba);
    }
    if (!has_index(I, key))
        return exc_raise(I, TY_TYPE_ERROR, "%s indices must be integers or slices, not %T", ba ? "bytearray" : "byte", key);
    size_t i;
    if (!item_index(I, key, bytes_view(self).n, ba ? "bytearray index out of range" : "index out of range", &i))
        return VAL_NULL;
    int c = bview_get(bytes_view(self), i);
    if (c < 0) return exc_raise(I, TY_INDEX_ERROR, ba ? "bytearray index out of range" : "index out of range");
    return int_from_i64(I, c);
}

/* ---- bytearray mutation ---- */

// False with BufferError while a memoryview of [o] is alive and not released.
static bool check_resizable(Interp *I, BytesObject *o) { return memview_resizable(I, obj_val(o)); }

static bool splice(Interp *I, BytesObject *o, size_t lo, size_t hi, BView with) {
    if (hi - lo != with.n && !check_resizable(I, o)) return false;
    KStatus s = buf_splice(I->heap, &o->b, lo, hi, with);
    if (s != K_OK) {
        nomem_k(I, s);
        return false;
    }
    return true;
}

// The bytes to assign to a slice: a buffer (copied, as it may be the bytearray itself)
// or an iterable of ints.
static bool assign_source(Interp *I, Value v, Buf *out) {
    buf_init(out);
    BView bv;
    bool number = has_index(I, v) || float_check(v) || val_kind(v) == K_COMPLEX;
    if (!bytes_like(v, &bv) && (str_check(v) || number)) {
        exc_raise(I, TY_TYPE_ERROR, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
    }
    return bytes_fill_from(I, out, v, "bytearray");
}

static int setitem_slot(Interp *I, Value self, Value key, Value v) {
    BytesObject *o = bytearray_cast(self);
    if (o == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "'%T' object does not support item assignment", self);
        return -1;
    }
    // CPython's order: the index (or the slice's step), then the value (whose conversion
    // may run user code that resizes the bytearray), then bounds against the new size.
    if (slice_cast(key) == NULL) {
        if (!has_index(I, key)) {
            exc_raise(I, TY_TYPE_ERROR, "bytearray indices must be integers or slices, not %T", key);
            return -1;
        }
        int64_t i;
        if (!obj_index_item_i64(I, key, &i)) return -1;
        uint8_t c = 0;
        if (v != VAL_NULL && !bytes_arg_byte(I, v, &c)) return -1;
        if (i < 0) i += (int64_t)o->b.len;
        if (i < 0 || (uint64_t)i >= o->b.len) {
            exc_raise(I, TY_INDEX_ERROR, "bytearray index out of range");
            return -1;
        }
        if (v == VAL_NULL) return splice(I, o, (size_t)i, (size_t)i + 1, bview_slice(buf_view(&o->b), 0, 0)) ? 0 : -1;
        return buf_set(&o->b, (size_t)i, c) == K_OK ? 0 : -1;
    }
    int64_t start, stop, step, count;
    if (!slice_indices(I, key, (int64_t)o->b.len, &start, &stop, &step, &count)) return -1;
    Buf src;
    buf_init(&src);
    if (v != VAL_NULL) {
        if (!assign_source(I, v, &src)) return -1;
        // Re-resolve against the current size (the conversion may have run user code).
        if (!slice_indices(I, key, (int64_t)o->b.len, &start, &stop, &step, &count)) return -1;
    }
    BView data = buf_view(&src);
    if (step == 1) {
        size_t lo = (size_t)start, hi = count > 0 ? (size_t)stop : lo;
        if (lo > o->b.len) lo = o->b.len;
        if (hi > o->b.len) hi = o->b.len;
        return splice(I, o, lo, hi, data) ? 0 : -1;
    }
    if (data.n == 0) {
        // Deletion (del b[::2], and also b[::2] = b'' as in CPython): keep every byte not
        // on the slice's lattice. CPython refuses it while exported even when empty.
        if (!check_resizable(I, o)) return -1;
        if (count <= 0) return 0;
        Buf keep;
        buf_init(&keep);
        int64_t lo = step > 0 ? start : start + (count - 1) * step;
        int64_t st = step > 0 ? step : -step;
        BView cur = buf_view(&o->b);
        for (size_t i = 0; i < cur.n; i++) {
            int64_t d = (int64_t)i - lo;
            bool hit = d >= 0 && d % st == 0 && d / st < count;
            if (!hit && buf_push(I->heap, &keep, (uint8_t)bview_get(cur, i)) != K_OK) {
                exc_nomem(I);
                return -1;
            }
        }
        o->b = keep;
        return 0;
    }
    if ((int64_t)data.n != count) {
        exc_raise(I, TY_VALUE_ERROR, "attempt to assign bytes of size %zu to extended slice of size %lld", data.n,
                  (long long)(count < 0 ? 0 : count));
        return -1;
    }
    for (int64_t k = 0; k < count; k++) {
        int64_t idx = start + k * step; // never past the last index: no overflow
        if (buf_set(&o->b, (size_t)idx, (uint8_t)bview_get(data, (size_t)k)) != K_OK) {
            exc_raise(I, TY_INDEX_ERROR, "bytearray index out of range");
            return -1;
        }
    }
    return 0;
}

/* ---- operators ---- */

static Value concat(Interp *I, Value a, Value b) {
    BView x = bytes_view(a), y;
    if (!bytes_like(b, &y)) return exc_raise(I, TY_TYPE_ERROR, "can't concat %T to %T", b, a);
    size_t n;
    if (!size_add(x.n, y.n, &n)) return exc_nomem(I);
    bool ba = bytearray_check(a);
    BytesObject *xo = ba ? NULL : bytes_cast(a);
    if (xo != NULL && xo->tail_owner && xo->b.len > 0 && xo->b.cap > n) {
        // Append in place after a's bytes: they are not a's contents and a owns them
        // (y cannot lie there: nothing else reaches past a's length). a then gives up
        // the tail (cap = len), as str_concat does.
        Buf r = xo->b;
        KStatus s = buf_append(I->heap, &r, y);
        if (s != K_OK) return nomem_k(I, s);
        BytesObject *o = alloc_bytes(I, interp_type(I, TY_BYTES));
        if (o == NULL) return VAL_NULL;
        o->b = r;
        o->tail_owner = r.data == xo->b.data;
        xo->tail_owner = false;
        xo->b.cap = xo->b.len;
        return obj_val(o);
    }
    // Leave headroom on bytes results that are not tiny, so a following `+=` can extend them.
    size_t want = n;
    if (!ba && n >= 32 && !size_add(n, n / 2, &want)) want = n;
    Buf r;
    buf_init(&r);
    KStatus s = buf_reserve(I->heap, &r, want);
    if (s != K_OK) s = buf_reserve(I->heap, &r, n);
    if (s == K_OK) s = buf_append(I->heap, &r, x);
    if (s == K_OK) s = buf_append(I->heap, &r, y);
    if (s != K_OK) return nomem_k(I, s);
    Value res = bytes_wrap(I, r, ba);
    BytesObject *ro = ba || res == VAL_NULL ? NULL : bytes_cast(res);
    if (ro != NULL && ro->b.data == r.data && ro->b.cap > ro->b.len) ro->tail_owner = true;
    return res;
}

// [ba]: the result is a bytearray, whose too-long repetition is a MemoryError in CPython
// (bytes: OverflowError).
static bool repeat_into(Interp *I, BView v, int64_t n, bool ba, Buf *out) {
    buf_init(out);
    if (n <= 0 || v.n == 0) return true;
    if ((uint64_t)n > (uint64_t)INT64_MAX / v.n) {
        if (ba)
            exc_nomem(I);
        else
            exc_raise(I, TY_OVERFLOW_ERROR, "repeated bytes are too long");
        return false;
    }
    KStatus s = buf_append_repeat(I->heap, out, v, (size_t)n);
    if (s != K_OK) {
        exc_nomem(I);
        return false;
    }
    return true;
}

static Value try_other(Interp *I, Value a, Value b, BinOp op, Value other) {
    Type *t = type_of(I, other);
    BView tmp;
    // Only classes: a builtin's binop would not know what to do with bytes.
    if (t == NULL || t->binop == NULL || !(t->tflags & TF_HEAP) || bytes_like(other, &tmp)) return I->notimpl;
    return t->binop(I, a, b, op);
}

static Value binop_slot(Interp *I, Value a, Value b, BinOp op) {
    if (op >= BINOP_INPLACE) op = (BinOp)(op - BINOP_INPLACE);
    BView av;
    bool al = bytes_like(a, &av);
    switch (op) {
    case BINOP_ADD: {
        if (!al) return I->notimpl;
        BView bv;
        if (!bytes_like(b, &bv)) {
            Value r = try_other(I, a, b, op, b);
            if (r != I->notimpl) return r;
        }
        return concat(I, a, b);
    }
    case BINOP_MUL: {
        Value s = al ? a : b, n = al ? b : a;
        if (!has_index(I, n)) {
            if (al) {
                Value r = try_other(I, a, b, op, n);
                if (r != I->notimpl) return r;
            }
            return exc_raise(I, TY_TYPE_ERROR, "can't multiply sequence by non-int of type '%T'", n);
        }
        int64_t k;
        if (!obj_index_i64(I, n, &k)) return VAL_NULL;
        // an exact bytes whose repetition equals it is returned itself, as in CPython
        BView sv = bytes_view(s);
        if ((k == 1 || sv.n == 0) && bytes_check(s) && type_of(I, s) == interp_type(I, TY_BYTES))
            return s;
        Buf r;
        if (!repeat_into(I, sv, k, bytearray_check(s), &r)) return VAL_NULL;
        return bytes_wrap(I, r, bytearray_check(s));
    }
    case BINOP_MOD:
        if (!al) return I->notimpl;
        return str_percent_format_bytes(I, av, b, bytearray_check(a));
    default: return I->notimpl;
    }
}

static Value bytearray_inplace(Interp *I, Value a, Value b, BinOp op) {
    BytesObject *o = bytearray_cast(a);
    if (o == NULL) return I->notimpl;
    if (op >= BINOP_INPLACE) op = (BinOp)(op - BINOP_INPLACE);
    if (op == BINOP_ADD) {
        BView bv;
        if (!bytes_like(b, &bv)) return exc_raise(I, TY_TYPE_ERROR, "can't concat %T to %T", b, a);
        // CPython exports b's buffer while resizing a: `x += x` and `x += memoryview(x)`
        // are BufferErrors there (a view operand sits where the export check cannot see).
        MemViewObject *bm = memview_cast(b);
        bool self_view = bm != NULL && !bm->released && bm->exporter == a;
        if ((b == a || self_view) && bv.n > 0)
            return exc_raise(I, TY_BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
        Buf copy;
        buf_init(&copy);
        if (buf_from_view(I->heap, &copy, bv) != K_OK) return exc_nomem(I);
        if (copy.len > 0 && !check_resizable(I, o)) return VAL_NULL;
        KStatus s = buf_append(I->heap, &o->b, buf_view(&copy));
        if (s != K_OK) return nomem_k(I, s);
        return a;
    }
    if (op == BINOP_MUL) {
        if (!has_index(I, b)) return I->notimpl;
        int64_t k;
        if (!obj_index_i64(I, b, &k)) return VAL_NULL;
        Buf r;
        if (!repeat_into(I, buf_view(&o->b), k, true, &r)) return VAL_NULL;
        if (r.len != o->b.len && !check_resizable(I, o)) return VAL_NULL;
        o->b = r;
        return a;
    }
    return I->notimpl;
}

/* ---- construction slots ---- */

static Value bytes_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    StrArgs a;
    if (!str_args_kw(I, args, kwnames, "bytes", "source encoding errors", &a)) return VAL_NULL;
    Value x = a.v[0], enc = a.v[1], err = a.v[2];
    if (enc != VAL_NULL && !str_check(enc))
        return exc_raise(I, TY_TYPE_ERROR, "bytes() argument 'encoding' must be str, not %s", str_args_tname(I, enc));
    if (err != VAL_NULL && !str_check(err))
        return exc_raise(I, TY_TYPE_ERROR, "bytes() argument 'errors' must be str, not %s", str_args_tname(I, err));
    if (x == VAL_NULL) {
        if (enc != VAL_NULL || err != VAL_NULL)
            return exc_raise(I, TY_TYPE_ERROR, enc != VAL_NULL ? "encoding without a string argument"
                                                               : "errors without a string argument");
        return bytes_new_of_type(I, t, bview_cstr(""));
    }
    Value r = VAL_NULL;
    if (enc != VAL_NULL) {
        if (!str_check(x)) return exc_raise(I, TY_TYPE_ERROR, "encoding without a string argument");
        r = str_codec_encode(I, x, enc, err);
    } else if (err != VAL_NULL) {
        return exc_raise(I, TY_TYPE_ERROR, str_check(x) ? "string argument without an encoding"
                                                        : "errors without a string argument");
    } else {
        Type *xt = type_of(I, x);
        // bytes has __bytes__ too (CPython 3.11): bytes(b) is b, a subclass's own
        // __bytes__ is obeyed
        if (xt != NULL && type_lookup(I, xt, interp_name(I, N___bytes__)) != VAL_NULL) {
            bool found;
            ValView none = {NULL, 0};
            r = obj_call_special(I, x, interp_name(I, N___bytes__), none, &found);
            if (r == VAL_NULL) return VAL_NULL;
            if (!bytes_check(r)) return exc_raise(I, TY_TYPE_ERROR, "__bytes__ returned non-bytes (type %T)", r);
        } else {
            Buf b;
            buf_init(&b);
            if (!bytes_fill_from(I, &b, x, "bytes")) return VAL_NULL;
            if (t == interp_type(I, TY_BYTES)) return bytes_wrap(I, b, false);
            return bytes_new_of_type(I, t, buf_view(&b));
        }
    }
    if (r == VAL_NULL) return VAL_NULL;
    // bytes(x) gives what __bytes__ returned, a subclass instance included (as CPython)
    if (t == interp_type(I, TY_BYTES) && bytes_check(r)) return r;
    return bytes_new_of_type(I, t, bytes_view(r));
}

static Value bytearray_new_slot(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    BytesObject *o = alloc_bytes(I, t);
    return o == NULL ? VAL_NULL : obj_val(o);
}

static int bytearray_init_slot(Interp *I, Value self, ValView args, Value kwnames) {
    BytesObject *o = bytearray_cast(self);
    if (o == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "descriptor '__init__' requires a 'bytearray' object but received a '%T'", self);
        return -1;
    }
    StrArgs a;
    if (!str_args_kw(I, args, kwnames, "bytearray", "source encoding errors", &a)) return -1;
    Value x = a.v[0], enc = a.v[1], err = a.v[2];
    if (enc != VAL_NULL && !str_check(enc)) {
        exc_raise(I, TY_TYPE_ERROR, "bytearray() argument 'encoding' must be str, not %s", str_args_tname(I, enc));
        return -1;
    }
    if (err != VAL_NULL && !str_check(err)) {
        exc_raise(I, TY_TYPE_ERROR, "bytearray() argument 'errors' must be str, not %s", str_args_tname(I, err));
        return -1;
    }
    if (o->b.len != 0 && !check_resizable(I, o)) return -1;
    Buf b;
    buf_init(&b);
    if (x == VAL_NULL) {
        if (enc != VAL_NULL || err != VAL_NULL) {
            exc_raise(I, TY_TYPE_ERROR, enc != VAL_NULL ? "encoding without a string argument"
                                                        : "errors without a string argument");
            return -1;
        }
    } else if (str_check(x)) {
        if (enc == VAL_NULL) {
            exc_raise(I, TY_TYPE_ERROR, "string argument without an encoding");
            return -1;
        }
        Value r = str_codec_encode(I, x, enc, err);
        if (r == VAL_NULL) return -1;
        if (buf_from_view(I->heap, &b, bytes_view(r)) != K_OK) {
            exc_nomem(I);
            return -1;
        }
    } else if (enc != VAL_NULL || err != VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, enc != VAL_NULL ? "encoding without a string argument"
                                                    : "errors without a string argument");
        return -1;
    } else if (!bytes_fill_from(I, &b, x, "bytearray")) {
        return -1;
    }
    o->b = b;
    return 0;
}

/* ---- iterator ---- */

typedef struct BytesIterObject {
    Obj h;
    Value seq;  /* bytes or bytearray; VAL_NULL once exhausted */
    size_t i;
} BytesIterObject;

OBJ_CAST_FN(iter_layout, BytesIterObject, K_ITER)

static BytesIterObject *iter_cast(Interp *I, Value v) {
    BytesIterObject *it = iter_layout(v);
    if (it == NULL) return NULL;
    if (it->h.type != interp_type(I, TY_BYTES_ITER) && it->h.type != interp_type(I, TY_BYTEARRAY_ITER)) {
        return NULL;
    }
    return it;
}

static Value iter_new(Interp *I, Value self) {
    TypeId t = bytearray_check(self) ? TY_BYTEARRAY_ITER : TY_BYTES_ITER;
    BytesIterObject *it = obj_alloc(I, interp_type(I, t), sizeof(BytesIterObject));
    if (it == NULL) return VAL_NULL;
    it->seq = self;
    return obj_val(it);
}

static Value iter_self(Interp *I, Value self) {
    (void)I;
    return self;
}

static Value iter_next(Interp *I, Value self) {
    BytesIterObject *it = iter_cast(I, self);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected bytes_iterator, got %T", self);
    if (it->seq == VAL_NULL) return VAL_NULL;
    int c = bview_get(bytes_view(it->seq), it->i); // length re-read: bytearrays may shrink
    if (c < 0) {
        it->seq = VAL_NULL;
        return VAL_NULL;
    }
    it->i++;
    return int_from_i64(I, c);
}

static Value iter_length_hint(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "bytes_iterator.__length_hint__")) return VAL_NULL;
    BytesIterObject *it = iter_cast(I, self);
    if (it == NULL || it->seq == VAL_NULL) return int_from_i64(I, 0);
    size_t n = bytes_view(it->seq).n;
    return int_from_i64(I, n > it->i ? (int64_t)(n - it->i) : 0);
}

static Value iter_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    if (!str_args_none(I, args, kwnames, "bytes_iterator.__reduce__")) return VAL_NULL;
    BytesIterObject *it = iter_cast(I, self);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected bytes_iterator, got %T", self);
    if (it->seq == VAL_NULL) return iterobject_reduce(I, I->empty_tuple, VAL_NULL);
    return iterobject_reduce(I, it->seq, int_from_u64(I, it->i));
}

static Value iter_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    int64_t idx;
    if (!iterobject_setstate_arg(I, args, kwnames, &idx)) return VAL_NULL;
    BytesIterObject *it = iter_cast(I, self);
    if (it == NULL) return exc_raise(I, TY_TYPE_ERROR, "expected bytes_iterator, got %T", self);
    if (it->seq != VAL_NULL) {
        size_t n = bytes_view(it->seq).n;
        it->i = (uint64_t)idx > n ? n : (size_t)idx;
    }
    return I->none;
}

static const MethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", iter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", iter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

const TypeSpec bytes_iter_spec = {
    .name = "bytes_iterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(BytesIterObject),
    .base = TY_OBJECT,
    .iter = iter_self,
    .next = iter_next,
    .methods = iter_methods,
};

const TypeSpec bytearray_iter_spec = {
    .name = "bytearray_iterator",
    .inst_kind = K_ITER,
    .inst_size = sizeof(BytesIterObject),
    .base = TY_OBJECT,
    .iter = iter_self,
    .next = iter_next,
    .methods = iter_methods,
};

/* ---- the types ---- */

const TypeSpec bytes_spec = {
    .name = "bytes",
    .inst_kind = K_BYTES,
    .inst_size = sizeof(BytesObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .repr = repr_slot,
    .str = repr_slot,
    .hash = bytes_hash_slot,
    .richcmp = richcmp,
    .iter = iter_new,
    .len = len_slot,
    .getitem = getitem_slot,
    .contains = contains_slot,
    .truth = truth_slot,
    .binop = binop_slot,
    .new_ = bytes_new_slot,
    .methods = bytes_methods_bytes,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size "
           "given by the parameter initialized with null bytes\nbytes() -> empty bytes object",
};

const TypeSpec bytearray_spec = {
    .name = "bytearray",
    .inst_kind = K_BYTEARRAY,
    .inst_size = sizeof(BytesObject),
    .tflags = TF_BASETYPE,
    .base = TY_OBJECT,
    .repr = repr_slot,
    .str = repr_slot,
    .richcmp = richcmp,
    .iter = iter_new,
    .len = len_slot,
    .getitem = getitem_slot,
    .setitem = setitem_slot,
    .contains = contains_slot,
    .truth = truth_slot,
    .binop = binop_slot,
    .inplace = bytearray_inplace,
    .new_ = bytearray_new_slot,
    .init = bytearray_init_slot,
    .methods = bytes_methods_bytearray,
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of "
           "size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array",
};
