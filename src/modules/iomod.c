/*
 * iomod.c: the file object type (TY_FILE, "_io.TextIOWrapper"): sys.stdin/stdout/stderr
 * and the objects open() returns, text or binary, over the host table.
 *
 * Invariant: every byte reaches the host through host_out()/fill(), which take views of
 * the object's own buffers; input is kept in rbuf from rpos on (newline-translated as it
 * arrives when FILE_TRANSLATE), and every position a reader computes is relative to rpos
 * and re-read after each fill (a fill may compact or move rbuf). A closed file refuses
 * every operation except close() with CPython's ValueError.
 */
#include "iomod.h"

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

#define FILE_BUFSIZE 8192u
#define FILE_CHUNK 8192u

/* ---- errors ---- */

static const char *errno_text(int err) {
    switch (err) {
    case 1: return "Operation not permitted";
    case 2: return "No such file or directory";
    case 5: return "Input/output error";
    case 9: return "Bad file descriptor";
    case 12: return "Cannot allocate memory";
    case 13: return "Permission denied";
    case 16: return "Device or resource busy";
    case 17: return "File exists";
    case 20: return "Not a directory";
    case 21: return "Is a directory";
    case 22: return "Invalid argument";
    case 23: return "Too many open files in system";
    case 24: return "Too many open files";
    case 26: return "Text file busy";
    case 27: return "File too large";
    case 28: return "No space left on device";
    case 29: return "Illegal seek";
    case 30: return "Read-only file system";
    case 32: return "Broken pipe";
    case 36: return "File name too long";
    case 38: return "Function not implemented";
    case 40: return "Too many levels of symbolic links";
    case 95: return "Operation not supported";
    default: return NULL;
    }
}

Value iomod_raise_errno(Interp *I, int err, Value filename) {
    const char *text = errno_text(err);
    Value msg = text != NULL ? str_from_cstr(I, text) : str_from_format(I, "Unknown error %d", err);
    if (msg == VAL_NULL) return VAL_NULL;
    Value a[3] = {val_from_small(err), msg, filename};
    Value e = exc_new(I, interp_type(I, TY_OS_ERROR), vview_make(a, filename != VAL_NULL ? 3 : 2));
    if (e == VAL_NULL) return VAL_NULL;
    return exc_set(I, e);
}

static Value scratch(Interp *I) {
    if (I->scratch == VAL_NULL) I->scratch = dict_new(I);
    return I->scratch;
}

Value iomod_unsupported_type(Interp *I) {
    Value s = scratch(I);
    if (s == VAL_NULL) return VAL_NULL;
    Value t = dict_get_cstr(I, s, "io.UnsupportedOperation");
    if (t != VAL_NULL || I->exc != VAL_NULL) return t;
    Value bases = tuple_pack(I, 2, obj_val(interp_type(I, TY_OS_ERROR)),
                             obj_val(interp_type(I, TY_VALUE_ERROR)));
    Value ns = dict_new(I);
    Value name = str_from_cstr(I, "UnsupportedOperation");
    Value mod = str_from_cstr(I, "io");
    if (bases == VAL_NULL || ns == VAL_NULL || name == VAL_NULL || mod == VAL_NULL) return VAL_NULL;
    if (!dict_set(I, ns, interp_name(I, N___module__), mod)) return VAL_NULL;
    t = type_new(I, interp_type(I, TY_TYPE), name, bases, ns, vview_make(NULL, 0), VAL_NULL);
    if (t == VAL_NULL) return VAL_NULL;
    if (!dict_set_cstr(I, s, "io.UnsupportedOperation", t)) return VAL_NULL;
    return t;
}

static Value unsupported(Interp *I, const char *what) {
    Value t = iomod_unsupported_type(I);
    if (t == VAL_NULL) return VAL_NULL;
    Type *tp = type_cast(t);
    if (tp == NULL) return exc_raise(I, TY_OS_ERROR, "%s", what);
    return exc_raise_type(I, tp, "%s", what);
}

static Value closed_error(Interp *I) {
    return exc_raise(I, TY_VALUE_ERROR, "I/O operation on closed file.");
}

// The FileObject [self], or NULL with TypeError (a method called on a foreign object).
static FileObject *fself(Interp *I, Value self) {
    FileObject *f = file_cast(self);
    if (f == NULL) exc_raise(I, TY_TYPE_ERROR, "descriptor requires a '_io.TextIOWrapper' object");
    return f;
}

// [self] as an open file, or NULL with an exception.
static FileObject *fopen_self(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    if (f == NULL) return NULL;
    if ((f->fl & FILE_CLOSED) != 0) {
        closed_error(I);
        return NULL;
    }
    return f;
}

static bool kstat(Interp *I, KStatus s) {
    if (s == K_OK) return true;
    exc_from_kstatus(I, s, "file buffer");
    return false;
}

/* ---- output ---- */

// Hands all of [v] to the host.
static bool host_out(Interp *I, FileObject *f, BView v) {
    const Host *h = I->host;
    size_t done = 0;
    while (done < v.n) {
        BView rest = bview_slice(v, done, v.n);
        int64_t r;
        if ((f->fl & FILE_STD) != 0)
            r = h->write != NULL ? h->write(h->ctx, (int)f->handle, rest.p, rest.n) : -HOST_ENOSYS;
        else
            r = h->fwrite != NULL ? h->fwrite(h->ctx, f->handle, rest.p, rest.n) : -HOST_ENOSYS;
        if (r < 0) {
            iomod_raise_errno(I, (int)-r, VAL_NULL);
            return false;
        }
        if (r == 0 || (uint64_t)r > rest.n) {
            iomod_raise_errno(I, 5, VAL_NULL);
            return false;
        }
        done += (size_t)r;
    }
    return true;
}

static bool flush_buf(Interp *I, FileObject *f) {
    if (f->wbuf.len == 0) return true;
    Buf out = f->wbuf;
    // The buffer is detached first: a failing host must not get the same bytes again.
    buf_init(&f->wbuf);
    return host_out(I, f, buf_view(&out));
}

// Appends encoded output [v] and flushes as the buffering mode says. [nl]: the text
// written contained a line end.
static bool queue_bytes(Interp *I, FileObject *f, BView v, bool nl) {
    if ((f->fl & FILE_STD) != 0) {
        int64_t n = (int64_t)v.n;
        if (I->limits.max_output > 0 &&
            (I->output > I->limits.max_output || n > I->limits.max_output - I->output)) {
            exc_raise(I, TY_BUDGET_ERROR, "output budget exhausted");
            return false;
        }
        if (I->output <= INT64_MAX - n) I->output += n;
    }
    if (!kstat(I, buf_append(I->heap, &f->wbuf, v))) return false;
    if ((f->fl & FILE_UNBUF) != 0 || ((f->fl & FILE_LINEBUF) != 0 && nl) ||
        f->wbuf.len >= FILE_BUFSIZE)
        return flush_buf(I, f);
    return true;
}

// Appends [v] with each '\n' replaced by [nl] ("\r\n" or "\r") to [out].
static bool translate_out(Interp *I, Buf *out, BView v, const char *nl) {
    size_t pos = 0;
    for (;;) {
        int64_t k = bview_find_byte(v, '\n', pos);
        size_t end = k < 0 ? v.n : (size_t)k;
        if (!kstat(I, buf_append(I->heap, out, bview_slice(v, pos, end)))) return false;
        if (k < 0) return true;
        if (!kstat(I, buf_append_cstr(I->heap, out, nl))) return false;
        pos = end + 1;
    }
}

// The encoded bytes of str [s] for [f] (a view of [s] itself when no conversion is
// needed, else of a new object kept alive in *keep).
static bool encode_text(Interp *I, FileObject *f, Value s, BView *out, Value *keep) {
    BView v = str_view(s);
    StrObject *so = str_cast(s);
    bool direct = so != NULL && so->ascii;
    if (!direct && (f->fl & (FILE_UTF8 | FILE_STRICT)) == (FILE_UTF8 | FILE_STRICT)) {
        size_t nchars, errpos, errlen;
        direct = utf8_validate(v, &nchars, &errpos, &errlen) == UTF8_OK;
    }
    if (!direct) {
        Value b = str_encode(I, s, f->codec, f->errors);
        if (b == VAL_NULL) return false;
        *keep = b;
        v = bytes_view(b);
    }
    if ((f->fl & (FILE_NL_CRLF | FILE_NL_CR)) != 0 && bview_find_byte(v, '\n', 0) >= 0) {
        Buf t;
        buf_init(&t);
        if (!translate_out(I, &t, v, (f->fl & FILE_NL_CRLF) != 0 ? "\r\n" : "\r")) return false;
        Value b = bytes_new(I, buf_view(&t));
        if (b == VAL_NULL) return false;
        *keep = b;
        v = bytes_view(b);
    }
    *out = v;
    return true;
}

// f.write(s) for an open, writable text file: the number of characters written.
static bool write_text(Interp *I, FileObject *f, Value s) {
    BView v;
    Value keep = VAL_NULL;
    if (!encode_text(I, f, s, &v, &keep)) return false;
    bool nl = false;
    if ((f->fl & FILE_LINEBUF) != 0)
        nl = bview_find_byte(v, '\n', 0) >= 0 || bview_find_byte(v, '\r', 0) >= 0;
    bool ok = queue_bytes(I, f, v, nl);
    (void)keep;
    return ok;
}

static bool check_writable(Interp *I, FileObject *f) {
    if ((f->fl & FILE_WRITE) == 0) {
        unsupported(I, "not writable");
        return false;
    }
    return true;
}

static bool check_readable(Interp *I, FileObject *f) {
    if ((f->fl & FILE_READ) == 0) {
        unsupported(I, "not readable");
        return false;
    }
    // Reading after writing on a '+' file: the written bytes go out first.
    return flush_buf(I, f);
}

// write() on an open file object: characters (text) or bytes (binary) written.
static Value do_write(Interp *I, FileObject *f, Value x) {
    if (!check_writable(I, f)) return VAL_NULL;
    if ((f->fl & FILE_BINARY) != 0) {
        if (!bytes_check(x) && !bytearray_check(x))
            return exc_raise(I, TY_TYPE_ERROR, "a bytes-like object is required, not '%T'", x);
        BView v = bytes_view(x);
        size_t n = v.n;
        if (!queue_bytes(I, f, v, false)) return VAL_NULL;
        return int_from_u64(I, (uint64_t)n);
    }
    if (!str_check(x)) return exc_raise(I, TY_TYPE_ERROR, "write() argument must be str, not %T", x);
    if (!write_text(I, f, x)) return VAL_NULL;
    return int_from_u64(I, (uint64_t)str_len(x));
}

/* ---- input ---- */

static BView avail(const FileObject *f) {
    return bview_slice(buf_view(&f->rbuf), f->rpos, f->rbuf.len);
}

// Turns '\r\n' and '\r' into '\n' in rbuf from byte [from] on (in place).
static bool translate_in(Interp *I, FileObject *f, size_t from) {
    size_t w = from, n = f->rbuf.len;
    for (size_t r = from; r < n; r++) {
        int c = buf_get(&f->rbuf, r);
        if (c == '\n' && (f->fl & FILE_CR) != 0) {
            f->fl &= ~FILE_CR;
            continue;
        }
        f->fl &= ~FILE_CR;
        if (c == '\r') {
            c = '\n';
            f->fl |= FILE_CR;
        }
        if (!kstat(I, buf_set(&f->rbuf, w, (uint8_t)c))) return false;
        w++;
    }
    return kstat(I, buf_resize(I->heap, &f->rbuf, w));
}

// Reads one chunk from the host into rbuf: the raw byte count (0 at end of input) or -1
// with an exception.
static int64_t fill(Interp *I, FileObject *f) {
    if (f->rpos > 0 && f->rpos >= f->rbuf.len / 2) {
        BView none = {NULL, 0};
        if (!kstat(I, buf_splice(I->heap, &f->rbuf, 0, f->rpos, none))) return -1;
        f->rpos = 0;
    }
    size_t old = f->rbuf.len;
    uint8_t *p = buf_tail(I->heap, &f->rbuf, FILE_CHUNK);
    if (p == NULL) {
        exc_nomem(I);
        return -1;
    }
    const Host *h = I->host;
    int64_t r;
    if ((f->fl & FILE_STD) != 0)
        r = h->read != NULL ? h->read(h->ctx, (int)f->handle, p, FILE_CHUNK) : -HOST_ENOSYS;
    else
        r = h->fread != NULL ? h->fread(h->ctx, f->handle, p, FILE_CHUNK) : -HOST_ENOSYS;
    if (r < 0) {
        iomod_raise_errno(I, (int)-r, VAL_NULL);
        return -1;
    }
    if (r > (int64_t)FILE_CHUNK) r = (int64_t)FILE_CHUNK; // a host claiming more is ignored
    if (r == 0) return 0;
    if (!kstat(I, buf_commit(&f->rbuf, (size_t)r))) return -1;
    if ((f->fl & FILE_TRANSLATE) != 0 && !translate_in(I, f, old)) return -1;
    return r;
}

// The object for input bytes [v]: bytes (binary) or the decoded str.
static Value decode(Interp *I, FileObject *f, BView v) {
    if ((f->fl & FILE_BINARY) != 0) return bytes_new(I, v);
    if ((f->fl & (FILE_UTF8 | FILE_STRICT)) == (FILE_UTF8 | FILE_STRICT)) return str_from_utf8(I, v);
    return str_decode(I, v, f->codec, f->errors);
}

// Consumes the first [n] available bytes as the result.
static Value take(Interp *I, FileObject *f, size_t n) {
    BView v = bview_slice(avail(f), 0, n);
    Value r = decode(I, f, v);
    if (r == VAL_NULL) return VAL_NULL;
    f->rpos += v.n;
    return r;
}

// Bytes of [v] that hold its first [n] characters (all of [v] when shorter); *complete
// tells whether n characters were found or the data ends in a partial one.
static size_t chars_span(const FileObject *f, BView v, uint64_t n, bool *complete) {
    *complete = true;
    if ((f->fl & (FILE_BINARY | FILE_UTF8)) != FILE_UTF8) {
        if (n >= v.n) {
            *complete = n == v.n;
            return v.n;
        }
        return (size_t)n;
    }
    size_t pos = 0;
    uint64_t count = 0;
    while (count < n && pos < v.n) {
        uint32_t cp;
        size_t len;
        Utf8Err e = utf8_decode_strict(v, pos, &cp, &len);
        if (e == UTF8_TRUNCATED) {
            *complete = false;
            return pos;
        }
        if (len == 0) len = 1;
        pos += len;
        count++;
    }
    *complete = count == n;
    return pos;
}

// readline(limit): one line ending at '\n' (kept), at most [limit] characters (bytes in
// binary mode) when limit >= 0.
static Value read_line(Interp *I, FileObject *f, int64_t limit) {
    size_t searched = 0;
    for (;;) {
        BView av = avail(f);
        int64_t nl = bview_find_byte(av, '\n', searched);
        size_t end = nl >= 0 ? (size_t)nl + 1 : av.n;
        bool done = nl >= 0;
        if (limit >= 0) {
            bool complete;
            size_t span = chars_span(f, av, (uint64_t)limit, &complete);
            if (complete) {
                done = true;
                if (span < end) end = span;
            }
        }
        if (done) return take(I, f, end);
        searched = av.n;
        int64_t r = fill(I, f);
        if (r < 0) return VAL_NULL;
        if (r == 0) return take(I, f, avail(f).n);
    }
}

// read(n): everything to the end when n < 0, else at most n characters (bytes).
static Value read_n(Interp *I, FileObject *f, int64_t n) {
    if (n < 0) {
        for (;;) {
            int64_t r = fill(I, f);
            if (r < 0) return VAL_NULL;
            if (r == 0) break;
        }
        return take(I, f, avail(f).n);
    }
    for (;;) {
        // Every character takes at least one byte: no need to count before n bytes came.
        if ((uint64_t)avail(f).n < (uint64_t)n) {
            int64_t r = fill(I, f);
            if (r < 0) return VAL_NULL;
            if (r > 0) continue;
        }
        bool complete;
        size_t span = chars_span(f, avail(f), (uint64_t)n, &complete);
        if (complete) return take(I, f, span);
        int64_t r = fill(I, f);
        if (r < 0) return VAL_NULL;
        if (r == 0) return take(I, f, avail(f).n);
    }
}

// A size argument: None or absent is -1, else an index.
static bool size_arg(Interp *I, Value v, int64_t *out) {
    *out = -1;
    if (v == VAL_NULL || v == I->none) return true;
    if (!int_check(I, v) && type_of(I, v)->index == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "argument should be integer or None, not '%T'", v);
        return false;
    }
    Value iv = obj_index(I, v);
    if (iv == VAL_NULL) return false;
    if (!int_to_i64(I, iv, out)) return false;
    return true;
}

/* ---- methods ---- */

static Value m_write(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "write", 1, 1)) return VAL_NULL;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    return do_write(I, f, vview_get(args, 0));
}

static Value m_writelines(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "writelines", 1, 1)) return VAL_NULL;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    Value it = obj_iter(I, vview_get(args, 0));
    if (it == VAL_NULL) return VAL_NULL;
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) break;
        if ((f->fl & FILE_CLOSED) != 0) return closed_error(I);
        if (do_write(I, f, x) == VAL_NULL) return VAL_NULL;
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    return I->none;
}

static Value m_read(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "read", 0, 1)) return VAL_NULL;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    int64_t n;
    if (!size_arg(I, vview_get(args, 0), &n)) return VAL_NULL;
    if (!check_readable(I, f)) return VAL_NULL;
    return read_n(I, f, n);
}

static Value m_readline(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "readline", 0, 1)) return VAL_NULL;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    int64_t n;
    if (!size_arg(I, vview_get(args, 0), &n)) return VAL_NULL;
    if (!check_readable(I, f)) return VAL_NULL;
    return read_line(I, f, n);
}

static Value m_readlines(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "readlines", 0, 1)) return VAL_NULL;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    int64_t hint;
    if (!size_arg(I, vview_get(args, 0), &hint)) return VAL_NULL;
    if (!check_readable(I, f)) return VAL_NULL;
    Value l = list_new(I, 0);
    if (l == VAL_NULL) return VAL_NULL;
    uint64_t total = 0;
    for (;;) {
        Value line = read_line(I, f, -1);
        if (line == VAL_NULL) return VAL_NULL;
        size_t n = (f->fl & FILE_BINARY) != 0 ? bytes_view(line).n : str_len(line);
        if (n == 0) break;
        if (!list_append(I, l, line)) return VAL_NULL;
        total += n;
        if (hint > 0 && total >= (uint64_t)hint) break;
    }
    return l;
}

// Flushes and closes [f]; closing twice does nothing.
static bool file_close(Interp *I, FileObject *f) {
    if ((f->fl & FILE_CLOSED) != 0) return true;
    bool ok = flush_buf(I, f);
    f->fl |= FILE_CLOSED;
    buf_init(&f->rbuf);
    f->rpos = 0;
    if ((f->fl & FILE_STD) == 0) {
        const Host *h = I->host;
        int r = h->fclose != NULL ? h->fclose(h->ctx, f->handle) : 0;
        Value reg = I->scratch != VAL_NULL ? dict_get_cstr(I, I->scratch, "io.open") : VAL_NULL;
        if (reg != VAL_NULL && dict_check(reg) && dict_del(I, reg, obj_val(f)) < 0) exc_clear(I);
        if (ok && r < 0) {
            iomod_raise_errno(I, -r, VAL_NULL);
            return false;
        }
    }
    return ok;
}

static Value m_close(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "close", 0, 0)) return VAL_NULL;
    FileObject *f = fself(I, self);
    if (f == NULL) return VAL_NULL;
    return file_close(I, f) ? I->none : VAL_NULL;
}

static Value m_flush(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "flush", 0, 0)) return VAL_NULL;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    return flush_buf(I, f) ? I->none : VAL_NULL;
}

static Value m_enter(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__enter__", 0, 0)) return VAL_NULL;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    return self;
}

static Value m_exit(Interp *I, Value self, ValView args, Value kwnames) {
    (void)args;
    if (!args_no_kw(I, kwnames, "__exit__")) return VAL_NULL;
    FileObject *f = fself(I, self);
    if (f == NULL) return VAL_NULL;
    return file_close(I, f) ? I->none : VAL_NULL;
}

static Value m_readable(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "readable", 0, 0)) return VAL_NULL;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    return interp_bool(I, (f->fl & FILE_READ) != 0);
}

static Value m_writable(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "writable", 0, 0)) return VAL_NULL;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    return interp_bool(I, (f->fl & FILE_WRITE) != 0);
}

static Value m_seekable(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "seekable", 0, 0)) return VAL_NULL;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    return I->false_;
}

static Value m_isatty(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "isatty", 0, 0)) return VAL_NULL;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    const Host *h = I->host;
    bool tty = (f->fl & FILE_STD) != 0 && h->isatty != NULL && h->isatty(h->ctx, (int)f->handle);
    return interp_bool(I, tty);
}

static Value m_fileno(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "fileno", 0, 0)) return VAL_NULL;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    return int_from_i64(I, f->handle);
}

static Value m_seek(Interp *I, Value self, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    FileObject *f = fopen_self(I, self);
    if (f == NULL) return VAL_NULL;
    return unsupported(I, "underlying stream is not seekable");
}

static const MethodDef file_methods[] = {
    {"read", m_read, 0, "Read at most size characters from the stream."},
    {"readline", m_readline, 0, "Read until newline or EOF."},
    {"readlines", m_readlines, 0, "Return a list of lines from the stream."},
    {"write", m_write, 0, "Write a string to the stream."},
    {"writelines", m_writelines, 0, "Write a list of lines to the stream."},
    {"close", m_close, 0, "Flush and close the file."},
    {"flush", m_flush, 0, "Flush the write buffers of the stream."},
    {"readable", m_readable, 0, NULL},
    {"writable", m_writable, 0, NULL},
    {"seekable", m_seekable, 0, NULL},
    {"isatty", m_isatty, 0, NULL},
    {"fileno", m_fileno, 0, NULL},
    {"seek", m_seek, 0, NULL},
    {"tell", m_seek, 0, NULL},
    {"__enter__", m_enter, 0, NULL},
    {"__exit__", m_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- attributes, repr, iteration ---- */

static Value g_closed(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    return f == NULL ? VAL_NULL : interp_bool(I, (f->fl & FILE_CLOSED) != 0);
}
static Value g_name(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    return f == NULL ? VAL_NULL : f->name;
}
static Value g_mode(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    return f == NULL ? VAL_NULL : f->mode;
}
static Value g_encoding(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    if (f == NULL) return VAL_NULL;
    if ((f->fl & FILE_BINARY) != 0) return exc_raise_attr(I, self, str_intern_cstr(I, "encoding"));
    return f->encoding;
}
static Value g_errors(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    if (f == NULL) return VAL_NULL;
    if ((f->fl & FILE_BINARY) != 0) return exc_raise_attr(I, self, str_intern_cstr(I, "errors"));
    return f->errors;
}
static Value g_newlines(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    return f == NULL ? VAL_NULL : I->none;
}
static Value g_line_buffering(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    return f == NULL ? VAL_NULL : interp_bool(I, (f->fl & FILE_LINEBUF) != 0);
}

static const GetSetDef file_getsets[] = {
    {"closed", g_closed, NULL},
    {"name", g_name, NULL},
    {"mode", g_mode, NULL},
    {"encoding", g_encoding, NULL},
    {"errors", g_errors, NULL},
    {"newlines", g_newlines, NULL},
    {"line_buffering", g_line_buffering, NULL},
    {NULL, NULL, NULL},
};

static Value file_repr(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    if (f == NULL) return VAL_NULL;
    if ((f->fl & FILE_BINARY) != 0) {
        const char *kind = (f->fl & FILE_PLUS) != 0   ? "BufferedRandom"
                           : (f->fl & FILE_READ) != 0 ? "BufferedReader"
                                                      : "BufferedWriter";
        return str_from_format(I, "<_io.%s name=%R>", kind, f->name);
    }
    return str_from_format(I, "<_io.TextIOWrapper name=%R mode=%R encoding=%R>", f->name, f->mode,
                           f->encoding);
}

static Value file_iter(Interp *I, Value self) {
    FileObject *f = fopen_self(I, self);
    return f == NULL ? VAL_NULL : self;
}

static Value file_next(Interp *I, Value self) {
    FileObject *f = fopen_self(I, self);
    if (f == NULL || !check_readable(I, f)) return VAL_NULL;
    Value line = read_line(I, f, -1);
    if (line == VAL_NULL) return VAL_NULL;
    size_t n = (f->fl & FILE_BINARY) != 0 ? bytes_view(line).n : str_len(line);
    return n == 0 ? VAL_NULL : line;
}

const TypeSpec file_spec = {
    .name = "_io.TextIOWrapper",
    .inst_kind = K_FILE,
    .inst_size = sizeof(FileObject),
    .tflags = 0,
    .base = TY_OBJECT,
    .repr = file_repr,
    .iter = file_iter,
    .next = file_next,
    .methods = file_methods,
    .getsets = file_getsets,
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.",
};

/* ---- creation ---- */

static FileObject *file_alloc(Interp *I) {
    return obj_alloc(I, interp_type(I, TY_FILE), sizeof(FileObject));
}

Value iomod_std_new(Interp *I, int stream) {
    FileObject *f = file_alloc(I);
    if (f == NULL) return VAL_NULL;
    const char *name = stream == HOST_STDIN ? "<stdin>" : stream == HOST_STDOUT ? "<stdout>" : "<stderr>";
    f->handle = stream;
    f->fl = FILE_STD | FILE_UTF8 | (stream == HOST_STDIN ? FILE_READ | FILE_TRANSLATE : FILE_WRITE);
    const Host *h = I->host;
    bool tty = h->isatty != NULL && h->isatty(h->ctx, stream);
    if (stream == HOST_STDERR) f->fl |= FILE_UNBUF;
    else if (stream == HOST_STDOUT && tty) f->fl |= FILE_LINEBUF;
    f->name = str_from_cstr(I, name);
    f->mode = str_from_cstr(I, stream == HOST_STDIN ? "r" : "w");
    f->encoding = str_from_cstr(I, "utf-8");
    f->codec = f->encoding;
    f->errors = str_from_cstr(I, stream == HOST_STDERR ? "backslashreplace" : "strict");
    if (f->name == VAL_NULL || f->mode == VAL_NULL || f->encoding == VAL_NULL || f->errors == VAL_NULL)
        return VAL_NULL;
    if (stream != HOST_STDERR) f->fl |= FILE_STRICT;
    return obj_val(f);
}

// The codec an encoding name selects ("utf-8", "ascii", "latin-1"), or NULL.
static const char *codec_of(BView e) {
    uint8_t low[24];
    size_t n = 0;
    if (e.n >= sizeof low) return NULL;
    for (size_t i = 0; i < e.n; i++) {
        int c = bview_get(e, i);
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if (c == '_' || c == ' ') c = '-';
        low[n++] = (uint8_t)c;
    }
    BView v = {low, n};
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", NULL};
    static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1",
                                         "latin", "8859", "cp819", NULL};
    for (size_t i = 0; utf8[i] != NULL; i++)
        if (bview_eq_cstr(v, utf8[i])) return "utf-8";
    for (size_t i = 0; ascii[i] != NULL; i++)
        if (bview_eq_cstr(v, ascii[i])) return "ascii";
    for (size_t i = 0; latin1[i] != NULL; i++)
        if (bview_eq_cstr(v, latin1[i])) return "latin-1";
    return NULL;
}

// An optional str argument of open(): VAL_NULL when None/absent.
static bool opt_str(Interp *I, Value *v, const char *what) {
    if (*v == VAL_NULL || *v == I->none) {
        *v = VAL_NULL;
        return true;
    }
    if (!str_check(*v)) {
        exc_raise(I, TY_TYPE_ERROR, "open() argument '%s' must be str or None, not %T", what, *v);
        return false;
    }
    return true;
}

// Parses open()'s mode into FILE_* bits and the host mode string.
static bool parse_mode(Interp *I, Value mode, uint32_t *fl, const char **hmode) {
    BView m = str_view(mode);
    bool seen[128] = {false};
    int kinds = 0;
    char base = 0;
    for (size_t i = 0; i < m.n; i++) {
        int c = bview_get(m, i);
        bool ok = c == 'x' || c == 'r' || c == 'w' || c == 'a' || c == '+' || c == 't' || c == 'b';
        if (!ok || seen[c]) {
            exc_raise(I, TY_VALUE_ERROR, "invalid mode: '%U'", mode);
            return false;
        }
        seen[c] = true;
        if (c == 'x' || c == 'r' || c == 'w' || c == 'a') {
            kinds++;
            base = (char)c;
        }
    }
    if (seen['t'] && seen['b']) {
        exc_raise(I, TY_VALUE_ERROR, "can't have text and binary mode at once");
        return false;
    }
    if (kinds > 1) {
        exc_raise(I, TY_VALUE_ERROR, "must have exactly one of create/read/write/append mode");
        return false;
    }
    if (kinds == 0) {
        exc_raise(I, TY_VALUE_ERROR, "Must have exactly one of create/read/write/append mode and at most one plus");
        return false;
    }
    bool plus = seen['+'];
    *fl = (base == 'r' ? FILE_READ : FILE_WRITE) | (plus ? FILE_READ | FILE_WRITE | FILE_PLUS : 0u) |
          (seen['b'] ? FILE_BINARY : 0u);
    static const char *const modes[4][2] = {{"r", "r+"}, {"w", "w+"}, {"a", "a+"}, {"x", "x+"}};
    int k = base == 'r' ? 0 : base == 'w' ? 1 : base == 'a' ? 2 : 3;
    *hmode = modes[k][plus ? 1 : 0];
    return true;
}

// The path text of open()'s [file] argument (str, bytes or os.PathLike).
static Value path_of(Interp *I, Value file) {
    if (str_check(file)) return file;
    if (bytes_check(file)) return str_from_utf8(I, bytes_view(file));
    Value fs = str_intern_cstr(I, "__fspath__");
    if (fs == VAL_NULL) return VAL_NULL;
    bool found = false;
    Value r = obj_call_special(I, file, fs, vview_make(NULL, 0), &found);
    if (found) {
        if (r == VAL_NULL) return VAL_NULL;
        if (str_check(r)) return r;
        if (bytes_check(r)) return str_from_utf8(I, bytes_view(r));
        return exc_raise(I, TY_TYPE_ERROR, "expected %T.__fspath__() to return str or bytes, not %T",
                         file, r);
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    if (int_check(I, file)) return iomod_raise_errno(I, 9, VAL_NULL);
    return exc_raise(I, TY_TYPE_ERROR, "expected str, bytes or os.PathLike object, not %T", file);
}

// Keeps files open for writing reachable so exit can flush them.
static bool register_open(Interp *I, Value f) {
    Value s = scratch(I);
    if (s == VAL_NULL) return false;
    Value reg = dict_get_cstr(I, s, "io.open");
    if (reg == VAL_NULL) {
        if (I->exc != VAL_NULL) return false;
        reg = dict_new(I);
        if (reg == VAL_NULL || !dict_set_cstr(I, s, "io.open", reg)) return false;
    }
    return dict_set(I, reg, f, I->none);
}

// The text layer of a file [f] just opened: newline mode, codec, error handler.
static bool text_setup(Interp *I, FileObject *f, Value encoding, Value errors, Value newline) {
    if (newline != VAL_NULL) {
        BView nv = str_view(newline);
        if (!(nv.n == 0 || bview_eq_cstr(nv, "\n") || bview_eq_cstr(nv, "\r") ||
              bview_eq_cstr(nv, "\r\n"))) {
            exc_raise(I, TY_VALUE_ERROR, "illegal newline value: %U", newline);
            return false;
        }
        if (bview_eq_cstr(nv, "\r\n")) f->fl |= FILE_NL_CRLF;
        if (bview_eq_cstr(nv, "\r")) f->fl |= FILE_NL_CR;
    } else {
        f->fl |= FILE_TRANSLATE;
    }
    const char *codec = "utf-8";
    if (encoding != VAL_NULL) {
        codec = codec_of(str_view(encoding));
        if (codec == NULL) {
            exc_raise(I, TY_LOOKUP_ERROR, "unknown encoding: %U", encoding);
            return false;
        }
    }
    if (bview_eq_cstr(bview_cstr(codec), "utf-8")) f->fl |= FILE_UTF8;
    if (errors == VAL_NULL || str_eq_cstr(errors, "strict")) f->fl |= FILE_STRICT;
    f->encoding = encoding != VAL_NULL ? encoding : str_from_cstr(I, "UTF-8");
    f->codec = str_from_cstr(I, codec);
    f->errors = errors != VAL_NULL ? errors : str_from_cstr(I, "strict");
    return f->encoding != VAL_NULL && f->codec != VAL_NULL && f->errors != VAL_NULL;
}

Value iomod_open(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value file, mode, buffering, encoding, errors, newline, closefd, opener;
    if (!args_parse(I, args, kwnames, "open",
                    "file | mode buffering encoding errors newline closefd opener", &file, &mode,
                    &buffering, &encoding, &errors, &newline, &closefd, &opener))
        return VAL_NULL;
    if (mode == VAL_NULL) mode = str_intern_cstr(I, "r");
    if (mode == VAL_NULL) return VAL_NULL;
    if (!str_check(mode))
        return exc_raise(I, TY_TYPE_ERROR, "open() argument 'mode' must be str, not %T", mode);
    if (!opt_str(I, &encoding, "encoding") || !opt_str(I, &errors, "errors") ||
        !opt_str(I, &newline, "newline"))
        return VAL_NULL;
    uint32_t fl;
    const char *hmode;
    if (!parse_mode(I, mode, &fl, &hmode)) return VAL_NULL;
    bool binary = (fl & FILE_BINARY) != 0;
    if (binary && encoding != VAL_NULL)
        return exc_raise(I, TY_VALUE_ERROR, "binary mode doesn't take an encoding argument");
    if (binary && errors != VAL_NULL)
        return exc_raise(I, TY_VALUE_ERROR, "binary mode doesn't take an errors argument");
    if (binary && newline != VAL_NULL)
        return exc_raise(I, TY_VALUE_ERROR, "binary mode doesn't take a newline argument");
    Value path = path_of(I, file);
    if (path == VAL_NULL) return VAL_NULL;
    BView pv = str_view(path);
    if (bview_find_byte(pv, 0, 0) >= 0) return exc_raise(I, TY_VALUE_ERROR, "embedded null byte");
    Buf cpath;
    buf_init(&cpath);
    if (!kstat(I, buf_from_view(I->heap, &cpath, pv))) return VAL_NULL;
    FileObject *f = file_alloc(I);
    if (f == NULL) return VAL_NULL;
    const Host *h = I->host;
    int64_t handle = h->open != NULL ? h->open(h->ctx, buf_cstr(&cpath), hmode) : -HOST_ENOSYS;
    if (handle < 0) return iomod_raise_errno(I, (int)-handle, file);
    f->handle = handle;
    f->fl = fl;
    f->name = file;
    f->mode = mode;
    f->encoding = I->none;
    f->codec = I->none;
    f->errors = I->none;
    // As CPython, the text layer's arguments are checked once the file is open.
    if (!binary && !text_setup(I, f, encoding, errors, newline)) {
        f->fl &= ~FILE_WRITE;
        Value e = exc_fetch(I);
        (void)file_close(I, f);
        exc_clear(I);
        I->exc = e;
        return VAL_NULL;
    }
    if ((fl & FILE_WRITE) != 0 && !register_open(I, obj_val(f))) {
        (void)file_close(I, f);
        return VAL_NULL;
    }
    return obj_val(f);
}

/* ---- helpers for print(), input() and exit ---- */

bool iomod_write(Interp *I, Value file, Value s) {
    FileObject *f = file_cast(file);
    if (f != NULL && (f->fl & (FILE_BINARY | FILE_CLOSED)) == 0 && str_check(s)) {
        if (!check_writable(I, f)) return false;
        return write_text(I, f, s);
    }
    return obj_call_method(I, file, "write", vview_make(&s, 1)) != VAL_NULL;
}

bool iomod_flush(Interp *I, Value file) {
    FileObject *f = file_cast(file);
    if (f != NULL && (f->fl & FILE_CLOSED) == 0) return flush_buf(I, f);
    return obj_call_method(I, file, "flush", vview_make(NULL, 0)) != VAL_NULL;
}

Value iomod_readline(Interp *I, Value file) {
    FileObject *f = file_cast(file);
    if (f != NULL && (f->fl & FILE_CLOSED) == 0) {
        if (!check_readable(I, f)) return VAL_NULL;
        return read_line(I, f, -1);
    }
    return obj_call_method(I, file, "readline", vview_make(NULL, 0));
}

// Flushes [file] ignoring errors; a FileObject directly, other objects via .flush().
static void flush_quiet(Interp *I, Value file) {
    if (file == VAL_NULL || file == I->none) return;
    FileObject *f = file_cast(file);
    if (f != NULL) {
        if ((f->fl & FILE_CLOSED) == 0 && !flush_buf(I, f)) exc_clear(I);
        return;
    }
    if (obj_call_method(I, file, "flush", vview_make(NULL, 0)) == VAL_NULL) exc_clear(I);
}

void iomod_flush_std(Interp *I) {
    Value saved = exc_fetch(I);
    if (I->sys != VAL_NULL) {
        Value d = module_dict(I->sys);
        static const char *const names[] = {"stdout", "stderr", "__stdout__", "__stderr__"};
        for (size_t i = 0; i < 4 && d != VAL_NULL; i++) {
            Value file = dict_get_cstr(I, d, names[i]);
            if (file == VAL_NULL) exc_clear(I);
            flush_quiet(I, file);
        }
    }
    Value reg = I->scratch != VAL_NULL ? dict_get_cstr(I, I->scratch, "io.open") : VAL_NULL;
    if (reg != VAL_NULL && dict_check(reg)) {
        size_t pos = 0;
        Value k, v;
        while (dict_next(reg, &pos, &k, &v)) flush_quiet(I, k);
    }
    exc_clear(I);
    I->exc = saved;
}
