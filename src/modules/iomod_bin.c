/*
 * iomod_bin.c: the binary file types open() returns: _io.BufferedReader ('rb'),
 * _io.BufferedWriter ('wb', 'ab', 'xb'), _io.BufferedRandom (any '+' mode) and _io.FileIO
 * (buffering=0, and every buffered file's .raw), with the methods only they have (peek,
 * read1, readinto, readinto1, detach, readall) and their attributes (raw, closefd).
 *
 * They are FileObjects (K_FILE) like the text type, so iomod.c's shared methods serve
 * them; the type says which layer the program sees. A .raw is a FILE_BUFVIEW view of its
 * buffered stream (it reads and writes through the same buffers, so the two never
 * disagree about the position); detach() moves the host handle into that FileIO and
 * marks the buffered object FILE_DETACHED, after which it refuses everything with
 * CPython's "raw stream has been detached".
 *
 * Invariant: the four types are created once per interpreter (kept in I->scratch) and
 * never subclassed; every method goes through iomod_target(), which refuses closed and
 * detached streams before any buffer is touched.
 */
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/ops.h"
#include "../objects/slice.h"
#include "../objects/str.h"
#include "../objects/type.h"
#include "iomod.h"

static Value detached(Interp *I) { return exc_raise(I, TY_VALUE_ERROR, "raw stream has been detached"); }

// peek(size=0): the bytes read ahead (one host read first when there are none), without
// consuming them; the size only has to be an integer, as in CPython.
static Value m_peek(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "peek", 0, 1)) return VAL_NULL;
    Value a = vview_get(args, 0);
    int64_t ignored; // as CPython, the size only has to be a valid ssize_t
    if (a != VAL_NULL && !args_ssize(I, a, &ignored)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "peek");
    if (f == NULL || !iomod_check_readable(I, self, f, "peek")) return VAL_NULL;
    return iomod_buffered(I, f, SIZE_MAX, false);
}

// The size argument of read1(): an integer, negative = no limit.
static bool size_of(Interp *I, Value a, size_t *out) {
    *out = SIZE_MAX;
    if (a == VAL_NULL) return true;
    Value iv = obj_index(I, a);
    int64_t n;
    if (iv == VAL_NULL) return false;
    if (!int_to_i64(I, iv, &n)) {
        exc_clear(I);
        exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        return false;
    }
    if (n >= 0) *out = (size_t)n;
    return true;
}

// read1(size=-1): at most [size] bytes with at most one host read: what is read ahead, or
// one chunk when nothing is.
static Value m_read1(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "read1", 0, 1)) return VAL_NULL;
    size_t n;
    if (!size_of(I, vview_get(args, 0), &n)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "read1");
    if (f == NULL || !iomod_check_readable(I, self, f, "read1")) return VAL_NULL;
    if (n == 0) return bytes_new(I, bview_cstr(""));
    return iomod_buffered(I, f, n, true);
}

// The writable byte view readinto() fills: a memoryview of [b] cast to bytes, or NULL
// with CPython's TypeError.
static Value target_view(Interp *I, Value b) {
    Value mv = VAL_NULL;
    if (!str_check(b) && !bytes_check(b)) {
        mv = obj_call1(I, obj_val(interp_type(I, TY_MEMORYVIEW)), b);
        if (mv == VAL_NULL) exc_clear(I);
    }
    if (mv != VAL_NULL) {
        Value ro = obj_getattr_cstr(I, mv, "readonly");
        if (ro == VAL_NULL) return VAL_NULL;
        if (ro != I->true_) {
            Value fmt = obj_getattr_cstr(I, mv, "format");
            if (fmt == VAL_NULL) return VAL_NULL;
            if (str_check(fmt) && str_eq_cstr(fmt, "B")) return mv;
            Value b1 = str_from_cstr(I, "B");
            return b1 != VAL_NULL ? obj_call_method(I, mv, "cast", vview_make(&b1, 1)) : VAL_NULL;
        }
    }
    return exc_raise(I, TY_TYPE_ERROR, "readinto() argument must be read-write bytes-like object, not %T", b);
}

// readinto(b) / readinto1(b): fills the start of [b] from the stream; the count.
static Value do_readinto(Interp *I, Value self, ValView args, Value kwnames, const char *name, bool one) {
    if (!args_count(I, args, kwnames, name, 1, 1)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, name);
    if (f == NULL) return VAL_NULL;
    Value mv = target_view(I, vview_get(args, 0));
    if (mv == VAL_NULL) return VAL_NULL;
    int64_t want = obj_len(I, mv);
    if (want < 0) return VAL_NULL;
    // the memoryview call may have run code that closed the stream
    if ((f = iomod_target(I, self, &bin, name)) == NULL) return VAL_NULL;
    if (!iomod_check_readable(I, self, f, "read")) return VAL_NULL;
    Value data = one ? iomod_buffered(I, f, (size_t)want, true) : iomod_read_bytes(I, f, want);
    if (data == VAL_NULL) return VAL_NULL;
    Value got = int_from_u64(I, (uint64_t)bytes_view(data).n);
    Value sl = got != VAL_NULL ? slice_new(I, val_from_small(0), got, I->none) : VAL_NULL;
    if (sl == VAL_NULL || obj_setitem(I, mv, sl, data) < 0) return VAL_NULL;
    return got;
}

static Value m_readinto(Interp *I, Value self, ValView args, Value kwnames) {
    return do_readinto(I, self, args, kwnames, "readinto", false);
}

static Value m_readinto1(Interp *I, Value self, ValView args, Value kwnames) {
    return do_readinto(I, self, args, kwnames, "readinto1", true);
}

// FileIO.readall(): the rest of the file.
static Value m_readall(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "readall", 0, 0)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "readall");
    if (f == NULL) return VAL_NULL;
    // as CPython's, readall asks the host, which refuses a write-only descriptor (EBADF)
    if ((f->fl & FILE_READ) == 0) return iomod_raise_errno(I, 9, VAL_NULL);
    return iomod_read_bytes(I, f, -1);
}

// Moves [f]'s registration for the flush at exit to [r] (when [r] writes).
static bool reregister(Interp *I, FileObject *f, FileObject *r) {
    Value reg = I->scratch != VAL_NULL ? dict_get_cstr(I, I->scratch, "io.open") : VAL_NULL;
    if (reg == VAL_NULL && I->exc != VAL_NULL) return false;
    if (reg != VAL_NULL && dict_check(reg) && dict_del(I, reg, obj_val(f)) < 0) exc_clear(I);
    return (r->fl & FILE_WRITE) == 0 || iomod_register(I, obj_val(r));
}

// detach(): flushes, hands the host handle to the FileIO (.raw, made now if it was never
// asked for) and leaves this object detached. The read-ahead is dropped, so the raw
// stream continues where the host is, as CPython's raw after its buffer read ahead.
static Value m_detach(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "detach", 0, 0)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "detach");
    if (f == NULL) return VAL_NULL;
    if (obj_val(f) != self) // a text stream's .buffer: its text layer would be left without it
        return iomod_unsupported(I, "detach");
    if (obj_call_method(I, self, "flush", vview_make(NULL, 0)) == VAL_NULL) return VAL_NULL;
    FileObject *r = file_cast(f->buffer);
    if (r == NULL) {
        Type *t = iomod_bin_type(I, IOMOD_FILEIO);
        r = t != NULL ? iomod_file_new(I, t) : NULL;
        if (r == NULL) return VAL_NULL;
    }
    r->handle = f->handle;
    r->fl = (f->fl & ~(FILE_BUFVIEW | FILE_CLOSED | FILE_CR)) | FILE_RAW;
    r->name = f->name;
    r->mode = f->mode;
    r->path = f->path;
    r->end_pos = f->end_pos;
    r->buffer = VAL_NULL;
    buf_init(&r->rbuf);
    buf_init(&r->wbuf);
    vec_init(&r->drops);
    r->rpos = 0;
    f->fl |= FILE_DETACHED | FILE_CLOSED;
    f->buffer = VAL_NULL;
    buf_init(&f->rbuf);
    f->rpos = 0;
    if (!reregister(I, f, r)) return VAL_NULL;
    return obj_val(r);
}

static const MethodDef reader_methods[] = {
    {"peek", m_peek, 0, "Return buffered bytes without advancing the position."},
    {"read1", m_read1, 0, "Read and return up to size bytes, with at most one raw read."},
    {"readinto", m_readinto, 0, NULL},
    {"readinto1", m_readinto1, 0, NULL},
    {"detach", m_detach, 0, "Disconnect this buffer from its underlying raw stream and return it."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef writer_methods[] = {
    {"read1", m_read1, 0, "Read and return up to size bytes, with at most one raw read."},
    {"readinto", m_readinto, 0, NULL},
    {"readinto1", m_readinto1, 0, NULL},
    {"detach", m_detach, 0, "Disconnect this buffer from its underlying raw stream and return it."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef fileio_methods[] = {
    {"readall", m_readall, 0, "Read all data from the file, returned as bytes."},
    {"readinto", m_readinto, 0, "Same as RawIOBase.readinto()."},
    {NULL, NULL, 0, NULL},
};

/* ---- attributes ---- */

static Value get_attr(Interp *I, Value self, const char *name) {
    FileObject *f = file_cast(self);
    if (f == NULL) return exc_raise(I, TY_TYPE_ERROR, "descriptor requires a file object");
    if ((f->fl & FILE_DETACHED) != 0) return detached(I);
    if (bview_eq_cstr(bview_cstr(name), "name")) return f->name;
    return f->mode;
}

static Value g_name(Interp *I, Value self) { return get_attr(I, self, "name"); }
static Value g_mode(Interp *I, Value self) { return get_attr(I, self, "mode"); }

static Value g_closed(Interp *I, Value self) {
    FileObject *f = file_cast(self);
    if (f == NULL) return exc_raise(I, TY_TYPE_ERROR, "descriptor requires a file object");
    if ((f->fl & FILE_DETACHED) != 0) return detached(I);
    FileObject *p = (f->fl & FILE_BUFVIEW) != 0 ? file_cast(f->buffer) : NULL;
    return interp_bool(I, (f->fl & FILE_CLOSED) != 0 || (p != NULL && (p->fl & FILE_CLOSED) != 0));
}

// buffered.raw: the FileIO under the stream (made on first use; a text stream's .buffer
// gets a new view of the text stream each time).
static Value g_raw(Interp *I, Value self) {
    FileObject *f = file_cast(self);
    if (f == NULL) return exc_raise(I, TY_TYPE_ERROR, "descriptor requires a file object");
    if ((f->fl & FILE_DETACHED) != 0) return detached(I);
    bool view = (f->fl & FILE_BUFVIEW) != 0;
    if (!view && f->buffer != VAL_NULL) return f->buffer;
    Type *t = iomod_bin_type(I, IOMOD_FILEIO);
    FileObject *r = t != NULL ? iomod_file_new(I, t) : NULL;
    if (r == NULL) return VAL_NULL;
    r->fl = FILE_BUFVIEW | FILE_BINARY | FILE_RAW | (f->fl & (FILE_READ | FILE_WRITE | FILE_PLUS | FILE_STD));
    r->name = f->name;
    r->mode = f->mode;
    r->buffer = view ? f->buffer : self;
    if (!view) f->buffer = obj_val(r);
    return obj_val(r);
}

static Value g_closefd(Interp *I, Value self) {
    FileObject *f = file_cast(self);
    if (f == NULL) return exc_raise(I, TY_TYPE_ERROR, "descriptor requires a file object");
    return interp_bool(I, (f->fl & FILE_STD) == 0); // the standard streams' are False
}

static const GetSetDef buffered_getsets[] = {
    {"closed", g_closed, NULL},
    {"name", g_name, NULL},
    {"mode", g_mode, NULL},
    {"raw", g_raw, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef fileio_getsets[] = {
    {"closed", g_closed, NULL},
    {"name", g_name, NULL},
    {"mode", g_mode, NULL},
    {"closefd", g_closefd, NULL},
    {NULL, NULL, NULL},
};

/* ---- types ---- */

static Value bin_repr(Interp *I, Value self) {
    FileObject *f = file_cast(self);
    if (f == NULL) return exc_raise(I, TY_TYPE_ERROR, "descriptor requires a file object");
    const char *name = (f->fl & FILE_PLUS) != 0   ? "BufferedRandom"
                       : (f->fl & FILE_READ) != 0 ? "BufferedReader"
                                                  : "BufferedWriter";
    if ((f->fl & FILE_RAW) != 0) {
        Value cl = g_closed(I, self);
        if (cl == VAL_NULL) return VAL_NULL;
        if (cl == I->true_) return str_from_cstr(I, "<_io.FileIO [closed]>");
        return str_from_format(I, "<_io.FileIO name=%R mode=%R closefd=%s>", f->name, f->mode,
                               (f->fl & FILE_STD) != 0 ? "False" : "True");
    }
    if ((f->fl & FILE_DETACHED) != 0) return str_from_format(I, "<_io.%s>", name);
    return str_from_format(I, "<_io.%s name=%R>", name, f->name);
}

#define BIN_SPEC(cname, methods_, getsets_, doc_)                                                   \
    {                                                                                               \
        .name = cname, .inst_kind = K_FILE, .inst_size = sizeof(FileObject), .tflags = TF_HAS_DICT, \
        .base = TY_OBJECT, .repr = bin_repr, .iter = iomod_file_iter, .next = iomod_file_next,      \
        .methods = methods_, .getsets = getsets_, .doc = doc_,                                      \
    }

static const TypeSpec bin_specs[4] = {
    BIN_SPEC("_io.BufferedReader", reader_methods, buffered_getsets, "Create a new buffered reader using the given readable raw IO object."),
    BIN_SPEC("_io.BufferedWriter", writer_methods, buffered_getsets, "A buffer for a writeable sequential RawIO object."),
    BIN_SPEC("_io.BufferedRandom", reader_methods, buffered_getsets, "A buffered interface to random access streams."),
    BIN_SPEC("_io.FileIO", fileio_methods, fileio_getsets, "Open a file."),
};

static const char *const bin_keys[4] = {"io.BufferedReader", "io.BufferedWriter", "io.BufferedRandom",
                                        "io.FileIO"};

Type *iomod_bin_type(Interp *I, int which) {
    if (which < 0 || which > 3) {
        exc_raise(I, TY_SYSTEM_ERROR, "bad binary stream kind");
        return NULL;
    }
    return iomod_file_type(I, bin_keys[which], &bin_specs[which]);
}

Type *iomod_file_type(Interp *I, const char *key, const TypeSpec *spec) {
    if (I->scratch == VAL_NULL && (I->scratch = dict_new(I)) == VAL_NULL) return NULL;
    Value have = dict_get_cstr(I, I->scratch, key);
    if (have != VAL_NULL) return type_cast(have);
    if (I->exc != VAL_NULL) return NULL;
    Type *t = obj_alloc_kind(I, interp_type(I, TY_TYPE), K_TYPE, sizeof(Type));
    if (t == NULL) return NULL;
    type_init_builtin(I, t, spec, interp_type(I, TY_OBJECT));
    if (!type_fill_builtin(I, t, spec)) return NULL;
    if (!type_add_methods(I, t, iomod_file_methods, SIZE_MAX)) return NULL;
    return dict_set_cstr(I, I->scratch, key, obj_val(t)) ? t : NULL;
}

Type *iomod_bin_type_for(Interp *I, uint32_t fl, bool raw) {
    int k = raw                          ? IOMOD_FILEIO
            : (fl & FILE_PLUS) != 0      ? IOMOD_RANDOM
            : (fl & FILE_READ) != 0      ? IOMOD_READER
                                         : IOMOD_WRITER;
    return iomod_bin_type(I, k);
}

bool iomod_bin_add(Interp *I, Value d) {
    static const char *const names[4] = {"BufferedReader", "BufferedWriter", "BufferedRandom", "FileIO"};
    for (int i = 0; i < 4; i++) {
        Type *t = iomod_bin_type(I, i);
        if (t == NULL || !dict_set_cstr(I, d, names[i], obj_val(t))) return false;
    }
    return true;
}
