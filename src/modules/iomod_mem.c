/*
 * iomod_mem.c: in-memory streams (io.StringIO, io.BytesIO) and the _io module (lib/io.py
 * builds io on it).
 *
 * A memory stream is a FileObject with FILE_MEMORY: its whole content is rbuf (UTF-8
 * internal text for StringIO, raw bytes for BytesIO) and rpos is the position, so the
 * shared read/readline/write code of iomod.c serves both kinds of stream. Positions seen
 * by Python (seek/tell/truncate) count characters for StringIO and bytes for BytesIO.
 * StringIO's newline argument becomes FILE_TRANSLATE (None: '\r\n' and '\r' written as
 * '\n'), FILE_NL_ANY ('': lines end at any of them) or FILE_NL_CR/FILE_NL_CRLF ('\n'
 * written as '\r' / '\r\n', lines end there); iomod.c applies them on write and readline.
 *
 * Invariant: rpos always lies on a character boundary of rbuf and never past its end; a
 * seek beyond the end is remembered in [pad] and turned into zeros by the next write.
 */
#include "../kernel/utf8.h"
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/memview.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/slice.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/func.h"
#include "iomod.h"
#include "modtab.h"

static bool kstat(Interp *I, KStatus s) {
    if (s == K_OK) return true;
    exc_from_kstatus(I, s, "memory stream");
    return false;
}

// [self] as an open memory stream, or NULL with an exception.
static FileObject *mem_self(Interp *I, Value self) {
    FileObject *f = iomod_check_open(I, self);
    if (f == NULL) return NULL;
    if ((f->fl & FILE_MEMORY) == 0) {
        exc_raise(I, TY_TYPE_ERROR, "descriptor requires an in-memory stream, not '%T'", self);
        return NULL;
    }
    return f;
}

static bool is_text(const FileObject *f) { return (f->fl & FILE_BINARY) == 0; }

// Length of the stream in characters (StringIO) or bytes (BytesIO).
static size_t mem_len(const FileObject *f) {
    BView v = buf_view(&f->rbuf);
    return is_text(f) ? utf8_count(v) : v.n;
}

// Moves the position to character/byte [pos] (>= 0).
static void mem_set_pos(FileObject *f, uint64_t pos) {
    BView v = buf_view(&f->rbuf);
    uint64_t len = is_text(f) ? utf8_count(v) : v.n;
    if (pos > len) {
        f->rpos = v.n;
        f->pad = (size_t)(pos - len);
        return;
    }
    f->pad = 0;
    f->rpos = is_text(f) ? utf8_offset(v, (size_t)pos) : (size_t)pos;
}

static uint64_t mem_tell(const FileObject *f) {
    BView v = buf_view(&f->rbuf);
    uint64_t at = is_text(f) ? utf8_count(bview_slice(v, 0, f->rpos)) : f->rpos;
    return at + f->pad;
}

// Replaces the content with [data] and rewinds.
static bool mem_reset(Interp *I, FileObject *f, BView data) {
    Buf b;
    buf_init(&b);
    if (!kstat(I, buf_from_view(I->heap, &b, data))) return false;
    f->rbuf = b;
    f->rpos = 0;
    f->pad = 0;
    f->fl &= ~FILE_CLOSED;
    return true;
}

static Value mem_new(Interp *I, Type *t, uint32_t extra) {
    FileObject *f = iomod_file_new(I, t);
    if (f == NULL) return VAL_NULL;
    f->fl = FILE_MEMORY | FILE_READ | FILE_WRITE | extra;
    return obj_val(f);
}

static Value stringio_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    return mem_new(I, t, FILE_UTF8 | FILE_STRICT);
}

static Value bytesio_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    return mem_new(I, t, FILE_BINARY);
}

// Checks StringIO's [initial] value (str or None) and [newline] argument (VAL_NULL when
// not given) and sets [f]'s newline mode from it: __init__ and __setstate__ alike.
static bool stringio_args(Interp *I, FileObject *f, Value initial, Value newline) {
    if (newline != VAL_NULL && newline != I->none && !str_check(newline)) {
        exc_raise(I, TY_TYPE_ERROR, "newline must be str or None, not %T", newline);
        return false;
    }
    // StringIO's default is '\n' (no translation), open()'s None
    uint32_t nl = 0;
    if (newline != VAL_NULL && !iomod_newline_mode(I, newline, &nl)) {
        exc_raise(I, TY_VALUE_ERROR, "illegal newline value: %R", newline);
        return false;
    }
    if (initial != VAL_NULL && initial != I->none && !str_check(initial)) {
        exc_raise(I, TY_TYPE_ERROR, "initial_value must be str or None, not %T", initial);
        return false;
    }
    f->fl = (f->fl & ~FILE_NL_MODE) | nl;
    return true;
}

static int stringio_init(Interp *I, Value self, ValView args, Value kwnames) {
    Value initial, newline;
    if (!args_parse(I, args, kwnames, "StringIO", "| initial_value newline", &initial, &newline))
        return -1;
    FileObject *f = file_cast(self);
    if (f == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "StringIO.__init__ needs a StringIO, not '%T'", self);
        return -1;
    }
    if (!stringio_args(I, f, initial, newline)) return -1;
    BView data = {NULL, 0};
    Value keep = VAL_NULL; // owns [data] when the initial value was translated
    // The initial value is translated as a write would be.
    if (initial != VAL_NULL && initial != I->none && !iomod_mem_text(I, f, initial, &data, &keep))
        return -1;
    bool ok = mem_reset(I, f, data);
    (void)keep;
    return ok ? 0 : -1;
}

static int bytesio_init(Interp *I, Value self, ValView args, Value kwnames) {
    Value initial;
    if (!args_parse(I, args, kwnames, "BytesIO", "| initial_bytes", &initial)) return -1;
    FileObject *f = file_cast(self);
    if (f == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "BytesIO.__init__ needs a BytesIO, not '%T'", self);
        return -1;
    }
    BView data = {NULL, 0};
    if (initial != VAL_NULL && initial != I->none && !bytes_arg(I, initial, NULL, &data)) return -1;
    if (!memview_resizable(I, self)) return -1; // getbuffer() views
    return mem_reset(I, f, data) ? 0 : -1;
}

/* ---- methods ---- */

static Value m_getvalue(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "getvalue", 0, 0)) return VAL_NULL;
    FileObject *f = mem_self(I, self);
    if (f == NULL) return VAL_NULL;
    BView v = buf_view(&f->rbuf);
    return is_text(f) ? str_new(I, v) : bytes_new(I, v);
}

static Value m_seek(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "seek", 1, 2)) return VAL_NULL;
    FileObject *f = mem_self(I, self);
    if (f == NULL) return VAL_NULL;
    int64_t pos, whence = 0;
    if (!args_ssize(I, vview_get(args, 0), &pos)) return VAL_NULL;
    if (args.n == 2 && !args_ssize(I, vview_get(args, 1), &whence)) return VAL_NULL;
    if (whence < 0 || whence > 2)
        return exc_raise(I, TY_VALUE_ERROR, is_text(f) ? "Invalid whence (%lld, should be 0, 1 or 2)"
                                                       : "invalid whence (%lld, should be 0, 1 or 2)",
                         (long long)whence);
    if (is_text(f)) {
        if (whence == 0 && pos < 0)
            return exc_raise(I, TY_VALUE_ERROR, "Negative seek position %lld", (long long)pos);
        if (whence != 0 && pos != 0)
            return exc_raise(I, TY_OS_ERROR, "Can't do nonzero cur-relative seeks"); // both, as CPython
        if (whence == 1) pos = (int64_t)mem_tell(f);
        if (whence == 2) pos = (int64_t)mem_len(f);
    } else {
        if (whence == 0 && pos < 0)
            return exc_raise(I, TY_VALUE_ERROR, "negative seek value %lld", (long long)pos);
        int64_t base = whence == 1 ? (int64_t)mem_tell(f) : whence == 2 ? (int64_t)mem_len(f) : 0;
        if (pos > INT64_MAX - base) return exc_raise(I, TY_OVERFLOW_ERROR, "new position too large");
        pos += base;
        if (pos < 0) pos = 0;
    }
    mem_set_pos(f, (uint64_t)pos);
    return int_from_i64(I, pos);
}

static Value m_tell(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "tell", 0, 0)) return VAL_NULL;
    FileObject *f = mem_self(I, self);
    if (f == NULL) return VAL_NULL;
    return int_from_u64(I, mem_tell(f));
}

static Value m_truncate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "truncate", 0, 1)) return VAL_NULL;
    FileObject *f = mem_self(I, self);
    if (f == NULL) return VAL_NULL;
    Value a = vview_get(args, 0);
    int64_t size;
    if (a == VAL_NULL || a == I->none) size = (int64_t)mem_tell(f);
    else if (!int_check(I, a) && type_of(I, a)->index == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "argument should be integer or None, not '%T'", a);
    else if (!args_ssize(I, a, &size)) return VAL_NULL;
    if (size < 0)
        return exc_raise(I, TY_VALUE_ERROR, is_text(f) ? "Negative size value %lld" : "negative size value %lld",
                         (long long)size);
    if (!memview_resizable(I, obj_val(f))) return VAL_NULL; // getbuffer() views
    BView v = buf_view(&f->rbuf);
    uint64_t len = mem_len(f);
    if ((uint64_t)size < len) {
        size_t cut = is_text(f) ? utf8_offset(v, (size_t)size) : (size_t)size;
        // The position stays where it was (as a character count), maybe past the new end:
        // measured before the cut, while rpos still lies inside the buffer.
        uint64_t at = mem_tell(f);
        if (!kstat(I, buf_resize(I->heap, &f->rbuf, cut))) return VAL_NULL;
        if (f->rpos > cut) {
            f->rpos = cut;
            f->pad = 0;
            mem_set_pos(f, at);
        }
    }
    return int_from_i64(I, size);
}

static Value m_true(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "seekable", 0, 0)) return VAL_NULL;
    FileObject *f = mem_self(I, self);
    return f == NULL ? VAL_NULL : I->true_;
}

/* ---- pickling and copying: __getstate__ / __setstate__ ----
 * StringIO's state is (value, newline, position, dict), BytesIO's (value, position,
 * dict), as CPython's: the value is the stored content (already newline-translated, so
 * __setstate__ restores it without translating again), dict None when no instance
 * attribute was ever set. */

// A copy of [self]'s instance dict, or None when it has none yet.
static Value state_dict(Interp *I, Value self) {
    Obj *o = obj_ptr(self);
    if (o == NULL || o->dict == VAL_NULL) return I->none;
    Value d = obj_instance_dict(I, self);
    return d == VAL_NULL ? VAL_NULL : dict_copy(I, d);
}

// StringIO's newline argument as __getstate__ gives it back (the inverse of
// iomod_newline_mode).
static Value newline_arg(Interp *I, const FileObject *f) {
    uint32_t nl = f->fl & FILE_NL_MODE;
    return nl == FILE_TRANSLATE ? I->none
         : str_from_cstr(I, nl == FILE_NL_ANY ? "" : nl == FILE_NL_CRLF ? "\r\n" : nl == FILE_NL_CR ? "\r" : "\n");
}

static Value m_getstate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__getstate__", 0, 0)) return VAL_NULL;
    FileObject *f = mem_self(I, self);
    if (f == NULL) return VAL_NULL;
    BView v = buf_view(&f->rbuf);
    Value value = is_text(f) ? str_new(I, v) : bytes_new(I, v);
    Value nl = is_text(f) && value != VAL_NULL ? newline_arg(I, f) : I->none;
    Value pos = nl != VAL_NULL ? int_from_u64(I, mem_tell(f)) : VAL_NULL;
    Value dict = pos != VAL_NULL ? state_dict(I, self) : VAL_NULL;
    if (dict == VAL_NULL) return VAL_NULL;
    return is_text(f) ? tuple_pack(I, 4, value, nl, pos, dict) : tuple_pack(I, 3, value, pos, dict);
}

// The position item [v] of a state (an int, not negative), in CPython's words for
// StringIO's ([text]) and BytesIO's states.
static bool state_pos(Interp *I, Value v, bool text, int64_t *pos) {
    if (!int_check(I, v)) {
        if (text) exc_raise(I, TY_TYPE_ERROR, "third item of state must be an integer, got %T", v);
        else exc_raise(I, TY_TYPE_ERROR, "second item of state must be an integer, not %T", v);
        return false;
    }
    if (!args_ssize(I, v, pos)) return false;
    if (*pos < 0) {
        exc_raise(I, TY_VALUE_ERROR, "position value cannot be negative");
        return false;
    }
    return true;
}

static Value m_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__setstate__", 1, 1)) return VAL_NULL;
    FileObject *f = mem_self(I, self);
    if (f == NULL) return VAL_NULL;
    Value st = vview_get(args, 0);
    bool text = is_text(f);
    size_t want = text ? 4 : 3;
    if (!tuple_check(st) || tuple_len(st) < want)
        return exc_raise(I, TY_TYPE_ERROR, "%s.__setstate__ argument should be %zu-tuple, got %T",
                         text ? "_io.StringIO" : "_io.BytesIO", want, st);
    if (!memview_resizable(I, obj_val(f))) return VAL_NULL; // getbuffer() views
    Value value = tuple_get(st, 0);
    BView data = {NULL, 0};
    if (text) {
        if (!stringio_args(I, f, value, tuple_get(st, 1))) return VAL_NULL;
        if (value != I->none) data = str_view(value);
    } else if (!bytes_arg(I, value, NULL, &data)) {
        return VAL_NULL;
    }
    if (!mem_reset(I, f, data)) return VAL_NULL;
    int64_t pos;
    if (!state_pos(I, tuple_get(st, want - 2), text, &pos)) return VAL_NULL;
    Value dict = tuple_get(st, want - 1);
    if (dict != I->none && !dict_check(dict))
        return exc_raise(I, TY_TYPE_ERROR, "%s item of state should be a dict, got a %T", text ? "fourth" : "third",
                         dict);
    mem_set_pos(f, (uint64_t)pos);
    if (dict != I->none) {
        Value own = obj_instance_dict(I, self);
        if (own == VAL_NULL || !dict_update(I, own, dict)) return VAL_NULL;
    }
    return I->none;
}

static const MethodDef mem_methods[] = {
    {"getvalue", m_getvalue, 0, "Retrieve the entire contents of the object."},
    {"seek", m_seek, 0, "Change stream position."},
    {"tell", m_tell, 0, "Tell the current file position."},
    {"truncate", m_truncate, 0, "Truncate size to pos."},
    {"seekable", m_true, 0, "Returns True if the IO object can be seeked."},
    {"__getstate__", m_getstate, 0, NULL},
    {"__setstate__", m_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// BytesIO.getbuffer(): a read-only memoryview of a snapshot of the contents. CPython's
// view is writable and writes through to the stream; safepy's memoryview only views
// bytes/bytearray, so here writing through the view raises TypeError instead. The view
// is an export of the stream, as in CPython: while the program holds it, writes,
// truncate, close and __setstate__ raise BufferError.
static Value m_getbuffer(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "BytesIO.getbuffer", 0, 0)) return VAL_NULL;
    FileObject *f = mem_self(I, self);
    if (f == NULL) return VAL_NULL;
    Value b = bytes_new(I, buf_view(&f->rbuf));
    Value view = b == VAL_NULL ? VAL_NULL : obj_call1(I, obj_val(interp_type(I, TY_MEMORYVIEW)), b);
    if (view != VAL_NULL) memview_export(view, self);
    return view;
}

// BytesIO.read1(size=-1): all of a memory stream is present, so the same as read().
static Value m_read1(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "read1", 0, 1)) return VAL_NULL;
    if (mem_self(I, self) == NULL) return VAL_NULL;
    return obj_call_method(I, self, "read", args);
}

// BytesIO.readinto(b): reads up to len(b) bytes into the writable buffer [b] (through
// slice assignment, so bytearray, memoryview and array targets all work); the count.
static Value m_readinto(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "readinto", 1, 1)) return VAL_NULL;
    FileObject *f = mem_self(I, self);
    if (f == NULL) return VAL_NULL;
    Value target = vview_get(args, 0);
    if (str_check(target) || bytes_check(target))
        return exc_raise(I, TY_TYPE_ERROR, "readinto() argument must be read-write bytes-like object, not %T",
                         target);
    int64_t want = obj_len(I, target);
    if (want < 0) return VAL_NULL;
    Value n = int_from_i64(I, want);
    if (n == VAL_NULL) return VAL_NULL;
    Value data = obj_call_method(I, self, "read", vview_make(&n, 1));
    if (data == VAL_NULL) return VAL_NULL;
    Value got = int_from_i64(I, (int64_t)bytes_view(data).n);
    Value zero = val_from_small(0);
    Value sl = got == VAL_NULL ? VAL_NULL : slice_new(I, zero, got, I->none);
    if (sl == VAL_NULL || obj_setitem(I, target, sl, data) < 0) return VAL_NULL;
    return got;
}

static const MethodDef bytesio_methods[] = {
    {"read1", m_read1, 0, "Read at most size bytes, returned as a bytes object."},
    {"readinto", m_readinto, 0, "Read bytes into buffer b."},
    {"getvalue", m_getvalue, 0, "Retrieve the entire contents of the BytesIO object."},
    {"getbuffer", m_getbuffer, 0, "Get a read-write view over the contents of the BytesIO object."},
    {"seek", m_seek, 0, "Change stream position."},
    {"tell", m_tell, 0, "Tell the current file position."},
    {"truncate", m_truncate, 0, "Truncate size to pos."},
    {"seekable", m_true, 0, "Returns True if the IO object can be seeked."},
    {"__getstate__", m_getstate, 0, NULL},
    {"__setstate__", m_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const TypeSpec stringio_spec = {
    .name = "_io.StringIO",
    .inst_kind = K_FILE,
    .inst_size = sizeof(FileObject),
    .tflags = TF_BASETYPE | TF_HAS_DICT,
    .base = TY_OBJECT,
    .iter = iomod_file_iter,
    .next = iomod_file_next,
    .new_ = stringio_new,
    .init = stringio_init,
    .methods = mem_methods,
    .getsets = iomod_file_getsets,
    .doc = "Text I/O implementation using an in-memory buffer.",
};

// BytesIO's export count (getbuffer() views): the buffer_exports slot, without a buffer.
static size_t *bytesio_exports(Value self) {
    FileObject *f = file_cast(self);
    return f != NULL ? &f->exports : NULL;
}

static const TypeSpec bytesio_spec = {
    .name = "_io.BytesIO",
    .inst_kind = K_FILE,
    .inst_size = sizeof(FileObject),
    .tflags = TF_BASETYPE | TF_HAS_DICT,
    .base = TY_OBJECT,
    .iter = iomod_file_iter,
    .next = iomod_file_next,
    .new_ = bytesio_new,
    .init = bytesio_init,
    .buffer_exports = bytesio_exports,
    .methods = bytesio_methods,
    .getsets = iomod_file_getsets,
    .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
};

// Only _io is built in: the io module is lib/io.py, which adds the abstract classes. _io
// is made on first import, not at start-up (sys.stdout & co are TY_FILE objects, open()
// and the stdio errors find their types in I->scratch).
bool iomod_mem_init(Interp *I, Value m) {
    Type *sio = iomod_file_type(I, "io.StringIO", &stringio_spec);
    Type *bio = sio != NULL ? iomod_file_type(I, "io.BytesIO", &bytesio_spec) : NULL;
    Value unsup = bio != NULL ? iomod_unsupported_type(I) : VAL_NULL;
    if (unsup == VAL_NULL) return false;
    static const MethodDef io_functions[] = {
        {"open", iomod_open, 0, "Open file and return a stream.  Raise OSError upon failure."},
        {NULL, NULL, 0, NULL},
    };
    if (!module_add_functions(I, m, io_functions)) return false;
    Value d = module_dict(m);
    return dict_set_cstr(I, d, "StringIO", obj_val(sio)) &&
           dict_set_cstr(I, d, "BytesIO", obj_val(bio)) &&
           dict_set_cstr(I, d, "TextIOWrapper", obj_val(interp_type(I, TY_FILE))) &&
           dict_set_cstr(I, d, "UnsupportedOperation", unsup) && iomod_bin_add(I, d) &&
           dict_set_cstr(I, d, "DEFAULT_BUFFER_SIZE", val_from_small(8192)) &&
           dict_set_cstr(I, d, "SEEK_SET", val_from_small(0)) &&
           dict_set_cstr(I, d, "SEEK_CUR", val_from_small(1)) &&
           dict_set_cstr(I, d, "SEEK_END", val_from_small(2));
}
