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

#include "../kernel/checked.h"
#include "../kernel/utf8.h"
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/memview.h"
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
    case 75: return "Value too large for defined data type";
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

Value iomod_unsupported(Interp *I, const char *what) { return unsupported(I, what); }

static bool eq(const char *a, const char *b) { return bview_eq_cstr(bview_cstr(a), b); }

// True for a buffered binary file object (open(..., 'rb') or a text stream's .buffer).
static bool is_buffered(const FileObject *f) {
    return (f->fl & (FILE_BINARY | FILE_MEMORY | FILE_RAW)) == FILE_BINARY;
}

// The closed-file ValueError CPython's class of [f] gives for method [method] (NULL:
// any): the buffered classes name the operation, FileIO and StringIO drop the period
// except in the methods IOBase implements.
static void closed_for(Interp *I, const FileObject *f, const char *method) {
    const char *m = method != NULL ? method : "";
    bool base = eq(m, "readlines") || eq(m, "writelines") || eq(m, "__enter__") || eq(m, "__iter__");
    if (is_buffered(f) && !base) {
        static const char *const words[][2] = {
            {"read", "read of closed file"},         {"read1", "read of closed file"},
            {"readline", "readline of closed file"}, {"__next__", "readline of closed file"},
            {"readinto", "readinto of closed file"}, {"readinto1", "readinto of closed file"},
            {"peek", "peek of closed file"},         {"write", "write to closed file"},
            {"flush", "flush of closed file"},       {"detach", "flush of closed file"},
            {"seek", "seek of closed file"},         {"truncate", "truncate of closed file"},
            {"tell", NULL}, {"fileno", NULL}, {"isatty", NULL}, {"readable", NULL},
            {"writable", NULL}, {"seekable", NULL},
        };
        for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
            if (!eq(m, words[i][0])) continue;
            exc_raise(I, TY_VALUE_ERROR, "%s", words[i][1] != NULL ? words[i][1] : "I/O operation on closed file");
            return;
        }
    }
    // StringIO's and FileIO's messages have no final period (CPython's _io/stringio.c, fileio.c).
    bool raw = (f->fl & FILE_RAW) != 0 && !base && !eq(m, "flush");
    if ((f->fl & (FILE_MEMORY | FILE_BINARY)) == FILE_MEMORY || raw)
        exc_raise(I, TY_VALUE_ERROR, "I/O operation on closed file");
    else
        closed_error(I);
}

// The error of a detached stream: a buffered one lost its raw stream, a text one its buffer.
static Value detached_error(Interp *I, const FileObject *f) {
    if ((f->fl & FILE_BINARY) != 0) return exc_raise(I, TY_VALUE_ERROR, "raw stream has been detached");
    return exc_raise(I, TY_VALUE_ERROR, "underlying buffer has been detached");
}

static FileObject *check_open_m(Interp *I, Value self, const char *method) {
    FileObject *f = fself(I, self);
    if (f == NULL) return NULL;
    if ((f->fl & FILE_DETACHED) != 0) {
        detached_error(I, f);
        return NULL;
    }
    if ((f->fl & FILE_CLOSED) != 0) {
        // The buffered classes refuse what they cannot do before they look at closed.
        const char *m = method != NULL ? method : "";
        bool reads = eq(m, "read") || eq(m, "read1") || eq(m, "readline") || eq(m, "readinto") ||
                     eq(m, "readinto1") || eq(m, "__next__") || eq(m, "peek");
        if (is_buffered(f) && reads && (f->fl & FILE_READ) == 0)
            unsupported(I, eq(m, "read1") ? "read1" : "read");
        else if (is_buffered(f) && eq(m, "write") && (f->fl & FILE_WRITE) == 0)
            unsupported(I, "write");
        else if (is_buffered(f) && (eq(m, "flush") || eq(m, "detach")) && (f->fl & FILE_WRITE) == 0)
            closed_error(I);
        else
            closed_for(I, f, method);
        return NULL;
    }
    return f;
}

FileObject *iomod_check_open(Interp *I, Value self) { return check_open_m(I, self, NULL); }

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

static bool file_seek(Interp *I, FileObject *f, int64_t off, int whence, int64_t *newpos);
static bool can_seek(Interp *I, const FileObject *f);

// Forgets the input read ahead (after the host position moved or was written at).
static bool drop_readahead(Interp *I, FileObject *f) {
    if (!kstat(I, buf_resize(I->heap, &f->rbuf, 0))) return false;
    f->rpos = 0;
    f->fl &= ~FILE_CR;
    vec_clear(&f->drops);
    return true;
}

// Appends encoded output [v] and flushes as the buffering mode says. [nl]: the text
// written contained a line end.
static bool queue_bytes(Interp *I, FileObject *f, BView v, bool nl) {
    if (f->rpos < f->rbuf.len && can_seek(I, f)) {
        // '+' mode: a binary write after a read lands where the reader stopped; a text
        // write lands after the read-ahead (as CPython's text layer), which is dropped
        int64_t at;
        if ((f->fl & FILE_BINARY) != 0) {
            if (!file_seek(I, f, 0, 1, &at)) return false;
        } else if (!drop_readahead(I, f)) {
            return false;
        }
    }
    if ((f->fl & FILE_STD) != 0) {
        int64_t n = v.n > (size_t)INT64_MAX ? INT64_MAX : (int64_t)v.n;
        int64_t max = I->limits.max_output;
        if (max > 0 && (I->output >= max || n > max - I->output)) {
            // The budget is a hard cap: the part that still fits goes out, then every
            // later write to a standard stream fails too.
            size_t room = I->output < max ? (size_t)(max - I->output) : 0;
            I->output = max;
            if (room > 0 && buf_append(I->heap, &f->wbuf, bview_slice(v, 0, room)) == K_OK &&
                !flush_buf(I, f))
                return false;
            exc_raise(I, TY_BUDGET_ERROR, "output budget exhausted");
            return false;
        }
        I->output += n;
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

// Appends [v] to [out] with every '\r\n' and lone '\r' turned into '\n'.
static bool translate_cr(Interp *I, Buf *out, BView v) {
    size_t pos = 0;
    for (;;) {
        int64_t k = bview_find_byte(v, '\r', pos);
        size_t end = k < 0 ? v.n : (size_t)k;
        if (!kstat(I, buf_append(I->heap, out, bview_slice(v, pos, end)))) return false;
        if (k < 0) return true;
        if (!kstat(I, buf_push(I->heap, out, '\n'))) return false;
        pos = end + 1;
        if (bview_get(v, pos) == '\n') pos++;
    }
}

// The FILE_SEEN_* bits for the line ends in [v] (a '\r' at its end counts as lone).
static uint32_t seen_newlines(BView v) {
    uint32_t seen = 0;
    for (int64_t k = bview_find_byte(v, '\r', 0); k >= 0; k = bview_find_byte(v, '\r', (size_t)k + 1))
        seen |= (size_t)k + 1 < v.n && bview_get(v, (size_t)k + 1) == '\n' ? FILE_SEEN_CRLF : FILE_SEEN_CR;
    for (int64_t k = bview_find_byte(v, '\n', 0); k >= 0 && (seen & FILE_SEEN_LF) == 0;
         k = bview_find_byte(v, '\n', (size_t)k + 1))
        if (k == 0 || bview_get(v, (size_t)k - 1) != '\r') seen |= FILE_SEEN_LF;
    return seen;
}

// The encoded bytes of str [s] for [f] (a view of [s] itself when no conversion is
// needed, else of a new object kept alive in *keep).
static bool encode_text(Interp *I, FileObject *f, Value s, BView *out, Value *keep) {
    BView v = str_view(s);
    // StringIO(newline=None or ''): .newlines reports the kinds of line end written
    if ((f->fl & FILE_MEMORY) != 0 && (f->fl & (FILE_TRANSLATE | FILE_NL_ANY)) != 0) f->fl |= seen_newlines(v);
    StrObject *so = str_cast(s);
    // Memory streams keep the str's own text (lone surrogates included), as StringIO does.
    bool direct = (so != NULL && str_flag(so, STR_ASCII)) || (f->fl & FILE_MEMORY) != 0;
    // valid UTF-8 text (no lone surrogate) encodes to itself whatever the error handler
    if (!direct && (f->fl & FILE_UTF8) != 0) {
        size_t nchars, errpos, errlen;
        direct = utf8_validate(v, &nchars, &errpos, &errlen) == UTF8_OK;
    }
    if (!direct) {
        Value b = str_encode(I, s, f->codec, f->errors);
        if (b == VAL_NULL) return false;
        *keep = b;
        v = bytes_view(b);
    }
    if ((f->fl & (FILE_MEMORY | FILE_TRANSLATE)) == (FILE_MEMORY | FILE_TRANSLATE) &&
        bview_find_byte(v, '\r', 0) >= 0) {
        // StringIO(newline=None): each write's '\r\n' and '\r' become '\n'.
        Buf t;
        buf_init(&t);
        if (!translate_cr(I, &t, v)) return false;
        Value b = bytes_new(I, buf_view(&t));
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

// Writes [v] (holding [count] characters, or bytes in binary mode) at the position of
// memory stream [f], overwriting what is there.
static bool mem_write(Interp *I, FileObject *f, BView v, size_t count) {
    if (v.n == 0) return true;
    if (f->pad > 0) {
        // After a seek past the end, the gap is filled with zeros (rpos is at the end).
        size_t want;
        if (!size_add(f->rbuf.len, f->pad, &want)) return exc_nomem(I) != VAL_NULL;
        if (!kstat(I, buf_resize(I->heap, &f->rbuf, want))) return false;
        f->pad = 0;
        f->rpos = f->rbuf.len;
    }
    BView cur = buf_view(&f->rbuf);
    size_t end;
    if ((f->fl & FILE_BINARY) != 0) end = count > cur.n - f->rpos ? cur.n : f->rpos + count;
    else end = utf8_advance(cur, f->rpos, count);
    if (!kstat(I, buf_splice(I->heap, &f->rbuf, f->rpos, end, v))) return false;
    f->rpos += v.n;
    return true;
}

bool iomod_mem_text(Interp *I, FileObject *f, Value s, BView *out, Value *keep) {
    return encode_text(I, f, s, out, keep);
}

// f.write(s) for an open, writable text file: the number of characters written.
static bool write_text(Interp *I, FileObject *f, Value s) {
    BView v;
    Value keep = VAL_NULL;
    if (!encode_text(I, f, s, &v, &keep)) return false;
    if ((f->fl & FILE_MEMORY) != 0) {
        // Newline translation may change the number of characters written over.
        size_t count = keep == VAL_NULL ? str_len(s) : utf8_count(v);
        return mem_write(I, f, v, count);
    }
    bool nl = false;
    if ((f->fl & FILE_LINEBUF) != 0)
        nl = bview_find_byte(v, '\n', 0) >= 0 || bview_find_byte(v, '\r', 0) >= 0;
    bool ok = queue_bytes(I, f, v, nl);
    (void)keep;
    return ok;
}

// The io.UnsupportedOperation message for an operation [f] (seen as [s]) refuses:
// [text] for text streams, [what] for buffered ones, [raw] for FileIO.
static void refuse(Interp *I, const FileObject *s, const char *text, const char *what, const char *raw) {
    if (s != NULL && (s->fl & FILE_RAW) != 0) unsupported(I, raw);
    else if (s != NULL && is_buffered(s)) unsupported(I, what);
    else unsupported(I, text);
}

static bool check_writable(Interp *I, FileObject *f) {
    if ((f->fl & FILE_WRITE) == 0) {
        refuse(I, f, "not writable", "write", "File not open for writing");
        return false;
    }
    return true;
}

// check_writable for a method called on [self] (a view's message is its own class's).
static bool check_writable_s(Interp *I, Value self, FileObject *f) {
    if ((f->fl & FILE_WRITE) == 0) {
        refuse(I, file_cast(self), "not writable", "write", "File not open for writing");
        return false;
    }
    return true;
}

static bool check_readable(Interp *I, FileObject *f) {
    return iomod_check_readable(I, obj_val(f), f, "read");
}

bool iomod_check_readable(Interp *I, Value self, FileObject *f, const char *what) {
    if ((f->fl & FILE_READ) == 0) {
        refuse(I, file_cast(self), "not readable", what, "File not open for reading");
        return false;
    }
    // Reading after writing on a '+' file: the written bytes go out first.
    return flush_buf(I, f);
}


// write() on an open file object: characters (text) or bytes (binary) written.
static Value do_write(Interp *I, FileObject *f, Value x, bool bin) {
    if (!check_writable(I, f) || !memview_resizable(I, obj_val(f))) return VAL_NULL;
    if (bin) {
        BView v;
        if (!bytes_arg(I, x, NULL, &v)) return VAL_NULL;
        size_t n = v.n;
        if ((f->fl & FILE_MEMORY) != 0) {
            if (!mem_write(I, f, v, n)) return VAL_NULL;
            return int_from_u64(I, (uint64_t)n);
        }
        if (!queue_bytes(I, f, v, false)) return VAL_NULL;
        return int_from_u64(I, (uint64_t)n);
    }
    if (!str_check(x)) {
        if ((f->fl & FILE_MEMORY) != 0) // StringIO words it differently from text files
            return exc_raise(I, TY_TYPE_ERROR, "string argument expected, got '%T'", x);
        return exc_raise(I, TY_TYPE_ERROR, "write() argument must be str, not %T", x);
    }
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
            f->fl = (f->fl & ~FILE_CR) | FILE_SEEN_CRLF;
            if (!kstat(I, vec_push(I->heap, &f->drops, val_from_small((intptr_t)w)))) return false;
            continue;
        }
        f->fl |= (f->fl & FILE_CR) != 0 ? FILE_SEEN_CR : c == '\n' ? FILE_SEEN_LF : 0u;
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
    // All of a memory stream is in rbuf already; a drained read-only file has no handle.
    if ((f->fl & (FILE_MEMORY | FILE_DRAINED)) != 0) return 0;
    if (!flush_buf(I, f)) return -1; // '+' mode: a read after a write sees it
    if (f->rpos > 0 && f->rpos >= f->rbuf.len / 2) {
        BView none = {NULL, 0};
        if (!kstat(I, buf_splice(I->heap, &f->rbuf, 0, f->rpos, none))) return -1;
        // the dropped '\n's at or before rpos were consumed; the rest move with rbuf
        size_t gone = 0, nd = f->drops.len;
        while (gone < nd && (size_t)val_small(vec_get(&f->drops, gone)) <= f->rpos) gone++;
        if (!kstat(I, vec_remove_range(&f->drops, 0, gone))) return -1;
        for (size_t i = 0; i < f->drops.len; i++) {
            size_t at = (size_t)val_small(vec_get(&f->drops, i)) - f->rpos;
            if (!kstat(I, vec_set(&f->drops, i, val_from_small((intptr_t)at)))) return -1;
        }
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
    if (r == 0) {
        // Without finalizers an unclosed file would hold its host handle forever, and
        // `open(p).read()` in a loop would run out of them. A read-only file cannot be
        // read further once drained (there is no seek), so its handle is released now.
        if ((f->fl & (FILE_STD | FILE_WRITE)) == 0 && h->fclose != NULL) {
            // (seek() reopens it by name; tell() answers from end_pos)
            f->end_pos = h->seek != NULL ? h->seek(h->ctx, f->handle, 0, 1) : -HOST_ENOSYS;
            (void)h->fclose(h->ctx, f->handle);
            f->fl |= FILE_DRAINED;
        }
        return 0;
    }
    if (!kstat(I, buf_commit(&f->rbuf, (size_t)r))) return -1;
    if ((f->fl & FILE_TRANSLATE) != 0 && !translate_in(I, f, old)) return -1;
    if ((f->fl & FILE_NL_ANY) != 0) {
        // newline='': .newlines tells the kinds of line end read; a '\r' ending a read is
        // judged with the byte that follows it (FILE_CR meanwhile; at the end: lone)
        BView nv = bview_slice(buf_view(&f->rbuf), old, f->rbuf.len);
        size_t from = 0;
        if ((f->fl & FILE_CR) != 0) {
            from = bview_get(nv, 0) == '\n' ? 1 : 0;
            f->fl = (f->fl & ~FILE_CR) | (from == 1 ? FILE_SEEN_CRLF : FILE_SEEN_CR);
        }
        size_t to = nv.n;
        if (bview_get(nv, to - 1) == '\r') {
            to--;
            f->fl |= FILE_CR;
        }
        f->fl |= seen_newlines(bview_slice(nv, from, to));
    }
    return r;
}

// The object for input bytes [v]: bytes (binary) or the decoded str.
static Value decode(Interp *I, FileObject *f, BView v, bool bin) {
    if (bin) return bytes_new(I, v);
    if ((f->fl & FILE_MEMORY) != 0) return str_new(I, v); // text written from strs
    if ((f->fl & (FILE_UTF8 | FILE_STRICT)) == (FILE_UTF8 | FILE_STRICT)) return str_from_utf8(I, v);
    return str_decode(I, v, f->codec, f->errors);
}

// Consumes the first [n] available bytes as the result.
static Value take(Interp *I, FileObject *f, size_t n, bool bin) {
    BView v = bview_slice(avail(f), 0, n);
    Value r = decode(I, f, v, bin);
    if (r == VAL_NULL) return VAL_NULL;
    f->rpos += v.n;
    return r;
}

// Bytes of [v] that hold its first [n] characters (all of [v] when shorter); *complete
// tells whether n characters were found or the data ends in a partial one.
static size_t chars_span(const FileObject *f, BView v, uint64_t n, bool *complete, bool bin) {
    *complete = true;
    if (bin || (f->fl & FILE_UTF8) == 0) {
        if (n >= v.n) {
            *complete = n == v.n;
            return v.n;
        }
        return (size_t)n;
    }
    if ((f->fl & FILE_MEMORY) != 0) {
        // All of a memory stream is present and is internal text (surrogates included).
        size_t k = n > (uint64_t)v.n ? v.n : (size_t)n;
        return utf8_advance(v, 0, k);
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

bool iomod_newline_mode(Interp *I, Value newline, uint32_t *fl) {
    *fl = FILE_TRANSLATE;
    if (newline == VAL_NULL || newline == I->none) return true;
    BView nv = str_view(newline);
    *fl = nv.n == 0 ? FILE_NL_ANY : bview_eq_cstr(nv, "\r\n") ? FILE_NL_CRLF
        : bview_eq_cstr(nv, "\r") ? FILE_NL_CR : 0u;
    return nv.n == 0 || bview_eq_cstr(nv, "\n") || *fl != 0;
}

// Where the first line of text [v] ends (past its terminator) when searching from [from]
// on, or -1: newline='\r' ends lines at '\r', '\r\n' at "\r\n", '' (and universal
// input, translated already when read) at any of '\r', '\n', "\r\n". [eof]: no more
// input follows [v] (else a '\r' at its end may still pair with a '\n': -1).
static int64_t line_end(const FileObject *f, BView v, size_t from, bool eof) {
    if ((f->fl & FILE_NL_CR) != 0) {
        int64_t k = bview_find_byte(v, '\r', from);
        return k < 0 ? -1 : k + 1;
    }
    if ((f->fl & FILE_NL_CRLF) != 0) {
        int64_t k = bview_find(v, bview_cstr("\r\n"), from);
        return k < 0 ? -1 : k + 2;
    }
    if ((f->fl & FILE_NL_ANY) != 0) {
        int64_t n = bview_find_byte(v, '\n', from);
        int64_t r = bview_find_byte(v, '\r', from);
        if (r < 0 || (n >= 0 && n < r)) return n < 0 ? -1 : n + 1;
        if ((size_t)r + 1 < v.n) return bview_get(v, (size_t)r + 1) == '\n' ? r + 2 : r + 1;
        return eof ? r + 1 : -1;
    }
    int64_t k = bview_find_byte(v, '\n', from);
    return k < 0 ? -1 : k + 1;
}

// readline(limit): one line ending at '\n' (kept), at most [limit] characters (bytes in
// binary mode) when limit >= 0.
static Value read_line(Interp *I, FileObject *f, int64_t limit, bool bin) {
    if (!bin && (f->fl & FILE_MEMORY) != 0) {
        // All of a memory stream is present: no refill.
        BView av = avail(f);
        int64_t e = line_end(f, av, 0, true);
        size_t end = e < 0 ? av.n : (size_t)e;
        if (limit >= 0) {
            bool complete;
            size_t span = chars_span(f, av, (uint64_t)limit, &complete, bin);
            if (complete && span < end) end = span;
        }
        return take(I, f, end, bin);
    }
    size_t searched = 0;
    for (;;) {
        BView av = avail(f);
        int64_t nl = bview_find_byte(av, '\n', searched); // binary lines end at '\n'
        if (nl >= 0) nl++;
        if (!bin) nl = line_end(f, av, searched, false);
        size_t end = nl >= 0 ? (size_t)nl : av.n;
        bool done = nl >= 0;
        if (limit >= 0) {
            bool complete;
            size_t span = chars_span(f, av, (uint64_t)limit, &complete, bin);
            if (complete) {
                done = true;
                if (span < end) end = span;
            }
        }
        if (done) return take(I, f, end, bin);
        // a line end may straddle the next read ('\r' then '\n'): look at the last byte again
        searched = av.n > 0 ? av.n - 1 : 0;
        int64_t r = fill(I, f);
        if (r < 0) return VAL_NULL;
        if (r == 0) return take(I, f, avail(f).n, bin);
    }
}

// read(n): everything to the end when n < 0, else at most n characters (bytes).
static Value read_n(Interp *I, FileObject *f, int64_t n, bool bin) {
    if (n < 0) {
        for (;;) {
            int64_t r = fill(I, f);
            if (r < 0) return VAL_NULL;
            if (r == 0) break;
        }
        return take(I, f, avail(f).n, bin);
    }
    for (;;) {
        // Every character takes at least one byte: no need to count before n bytes came.
        if ((uint64_t)avail(f).n < (uint64_t)n) {
            int64_t r = fill(I, f);
            if (r < 0) return VAL_NULL;
            if (r > 0) continue;
        }
        bool complete;
        size_t span = chars_span(f, avail(f), (uint64_t)n, &complete, bin);
        if (complete) return take(I, f, span, bin);
        int64_t r = fill(I, f);
        if (r < 0) return VAL_NULL;
        if (r == 0) return take(I, f, avail(f).n, bin);
    }
}

// A size argument: None or absent is -1, else an index. [text_line]: the conversion of
// TextIOWrapper.readline, whose messages differ from every other size argument's.
Value iomod_read_bytes(Interp *I, FileObject *f, int64_t n) { return read_n(I, f, n, true); }

Value iomod_buffered(Interp *I, FileObject *f, size_t max, bool consume) {
    if (avail(f).n == 0 && fill(I, f) < 0) return VAL_NULL;
    BView v = bview_slice(avail(f), 0, max);
    Value r = bytes_new(I, v);
    if (r != VAL_NULL && consume) f->rpos += v.n;
    return r;
}

static bool size_arg(Interp *I, Value v, int64_t *out, bool text_line) {
    *out = -1;
    if (v == VAL_NULL || v == I->none) return true;
    if (!text_line && !int_check(I, v) && type_of(I, v)->index == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "argument should be integer or None, not '%T'", v);
        return false;
    }
    Value iv = obj_index(I, v);
    if (iv == VAL_NULL) return false;
    if (!int_to_i64(I, iv, out)) {
        exc_clear(I);
        if (text_line) exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        else exc_raise(I, TY_OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
        return false;
    }
    return true;
}

/* ---- methods ---- */

// The stream a method works on: [self] itself, or for a .buffer view its text stream,
// used in binary mode (*bin). NULL with an exception when closed or not a file.
FileObject *iomod_target(Interp *I, Value self, bool *bin, const char *method) {
    FileObject *f = check_open_m(I, self, method);
    if (f == NULL) return NULL;
    *bin = (f->fl & FILE_BINARY) != 0;
    if ((f->fl & FILE_BUFVIEW) == 0) return f;
    FileObject *p = file_cast(f->buffer);
    if (p == NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "buffer view without its stream");
        return NULL;
    }
    if ((p->fl & FILE_CLOSED) != 0) {
        closed_for(I, f, method);
        return NULL;
    }
    return p;
}

static Value m_write(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "write", 1, 1)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "write");
    if (f == NULL || !check_writable_s(I, self, f)) return VAL_NULL;
    return do_write(I, f, vview_get(args, 0), bin);
}

static Value m_writelines(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "writelines", 1, 1)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "writelines");
    if (f == NULL || !check_writable_s(I, self, f)) return VAL_NULL;
    Value it = obj_iter(I, vview_get(args, 0));
    if (it == VAL_NULL) return VAL_NULL;
    for (;;) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) break;
        // The iterator may have closed the file meanwhile.
        f = iomod_target(I, self, &bin, "writelines");
        if (f == NULL || do_write(I, f, x, bin) == VAL_NULL) return VAL_NULL;
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    return I->none;
}

static Value m_read(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "read", 0, 1)) return VAL_NULL;
    int64_t n;
    if (!size_arg(I, vview_get(args, 0), &n, false)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "read");
    if (f == NULL || !iomod_check_readable(I, self, f, "read")) return VAL_NULL;
    return read_n(I, f, n, bin);
}

static Value m_readline(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "readline", 0, 1)) return VAL_NULL;
    FileObject *s = file_cast(self);
    bool text_line = s != NULL && (s->fl & (FILE_BINARY | FILE_MEMORY)) == 0;
    int64_t n;
    if (!size_arg(I, vview_get(args, 0), &n, text_line)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "readline");
    if (f == NULL || !iomod_check_readable(I, self, f, "read")) return VAL_NULL;
    return read_line(I, f, n, bin);
}

static Value m_readlines(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "readlines", 0, 1)) return VAL_NULL;
    int64_t hint;
    if (!size_arg(I, vview_get(args, 0), &hint, false)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "readlines");
    if (f == NULL || !iomod_check_readable(I, self, f, "read")) return VAL_NULL;
    Value l = list_new(I, 0);
    if (l == VAL_NULL) return VAL_NULL;
    uint64_t total = 0;
    for (;;) {
        Value line = read_line(I, f, -1, bin);
        if (line == VAL_NULL) return VAL_NULL;
        size_t n = bin ? bytes_view(line).n : str_len(line);
        if (n == 0) break;
        if (!list_append(I, l, line)) return VAL_NULL;
        total += n;
        if (hint > 0 && total >= (uint64_t)hint) break;
    }
    return l;
}

bool iomod_file_close(Interp *I, FileObject *f) {
    if ((f->fl & FILE_CLOSED) != 0) return true;
    if ((f->fl & FILE_BUFVIEW) != 0) {
        // Closing sys.stdout.buffer closes sys.stdout, as in CPython.
        f->fl |= FILE_CLOSED;
        FileObject *p = file_cast(f->buffer);
        return p == NULL || iomod_file_close(I, p);
    }
    bool ok = flush_buf(I, f);
    f->fl |= FILE_CLOSED;
    buf_init(&f->rbuf);
    f->rpos = 0;
    if ((f->fl & (FILE_STD | FILE_MEMORY)) == 0) {
        const Host *h = I->host;
        int r = 0;
        if ((f->fl & FILE_DRAINED) == 0 && h->fclose != NULL) r = h->fclose(h->ctx, f->handle);
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
    if ((f->fl & FILE_DETACHED) != 0) return detached_error(I, f);
    if (!memview_resizable(I, obj_val(f))) return VAL_NULL; // BytesIO.getbuffer()
    return iomod_file_close(I, f) ? I->none : VAL_NULL;
}

static Value m_flush(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "flush", 0, 0)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "flush");
    if (f == NULL) return VAL_NULL;
    return flush_buf(I, f) ? I->none : VAL_NULL;
}

static Value m_enter(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__enter__", 0, 0)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "__enter__");
    if (f == NULL) return VAL_NULL;
    return self;
}

static Value m_exit(Interp *I, Value self, ValView args, Value kwnames) {
    (void)args;
    if (!args_no_kw(I, kwnames, "__exit__")) return VAL_NULL;
    FileObject *f = fself(I, self);
    if (f == NULL) return VAL_NULL;
    if ((f->fl & FILE_DETACHED) != 0) return detached_error(I, f);
    if (!memview_resizable(I, obj_val(f))) return VAL_NULL; // BytesIO.getbuffer()
    return iomod_file_close(I, f) ? I->none : VAL_NULL;
}

static Value m_readable(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "readable", 0, 0)) return VAL_NULL;
    FileObject *s = file_cast(self);
    // a buffered writer is never readable, closed or not (and a reader never writable)
    if (s != NULL && is_buffered(s) && (s->fl & (FILE_READ | FILE_DETACHED)) == 0) return I->false_;
    FileObject *f = check_open_m(I, self, "readable");
    if (f == NULL) return VAL_NULL;
    return interp_bool(I, (f->fl & FILE_READ) != 0);
}

static Value m_writable(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "writable", 0, 0)) return VAL_NULL;
    FileObject *s = file_cast(self);
    if (s != NULL && is_buffered(s) && (s->fl & (FILE_WRITE | FILE_DETACHED)) == 0) return I->false_;
    FileObject *f = check_open_m(I, self, "writable");
    if (f == NULL) return VAL_NULL;
    return interp_bool(I, (f->fl & FILE_WRITE) != 0);
}

static Value m_seekable(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "seekable", 0, 0)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "seekable");
    if (f == NULL) return VAL_NULL;
    return interp_bool(I, can_seek(I, f));
}

static Value m_isatty(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "isatty", 0, 0)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "isatty");
    if (f == NULL) return VAL_NULL;
    const Host *h = I->host;
    bool tty = (f->fl & FILE_STD) != 0 && h->isatty != NULL && h->isatty(h->ctx, (int)f->handle);
    return interp_bool(I, tty);
}

static Value m_fileno(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "fileno", 0, 0)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "fileno");
    if (f == NULL) return VAL_NULL;
    if ((f->fl & FILE_MEMORY) != 0) return unsupported(I, "fileno");
    return int_from_i64(I, f->handle);
}

/* ---- positioning (files on the host; memory streams have their own in iomod_mem.c) ---- */

// True when [f] is a file the host can position (standard streams cannot).
static bool can_seek(Interp *I, const FileObject *f) {
    return (f->fl & (FILE_STD | FILE_MEMORY)) == 0 && I->host->seek != NULL;
}

// The read-ahead bytes not consumed yet, as a count of file bytes: those left in rbuf
// plus the '\n's of '\r\n' pairs that translation dropped past rpos.
static int64_t unread_raw(const FileObject *f) {
    size_t n = f->rbuf.len > f->rpos ? f->rbuf.len - f->rpos : 0;
    for (size_t i = f->drops.len; i > 0; i--) {
        if ((size_t)val_small(vec_get(&f->drops, i - 1)) <= f->rpos) break;
        n++;
    }
    return (int64_t)n;
}

// The position the program sees: the host's, less what was read ahead, plus what waits
// in wbuf (flushed first).
static bool file_tell(Interp *I, FileObject *f, int64_t *pos) {
    if (!flush_buf(I, f)) return false;
    // A '\r' ended the read-ahead and was all consumed: read on to learn whether a '\n'
    // pairs with it (the position lies past the pair).
    if ((f->fl & FILE_CR) != 0 && f->rpos >= f->rbuf.len && fill(I, f) < 0) return false;
    const Host *h = I->host;
    int64_t at = (f->fl & FILE_DRAINED) != 0 ? f->end_pos : h->seek(h->ctx, f->handle, 0, 1);
    if (at < 0) {
        iomod_raise_errno(I, (int)-at, VAL_NULL);
        return false;
    }
    int64_t un = unread_raw(f);
    *pos = at >= un ? at - un : 0;
    return true;
}

// Moves [f] as lseek(off, whence) would from the position the program sees, dropping the
// read-ahead; a drained read-only file is opened again by name first.
static bool file_seek(Interp *I, FileObject *f, int64_t off, int whence, int64_t *newpos) {
    if (!flush_buf(I, f)) return false;
    const Host *h = I->host;
    if (whence == 1) {
        int64_t cur;
        if (!file_tell(I, f, &cur)) return false;
        if (off > 0 && cur > INT64_MAX - off) { // past what lseek can reach, as its EINVAL
            iomod_raise_errno(I, HOST_EINVAL, VAL_NULL);
            return false;
        }
        off += cur;
        whence = 0;
    }
    bool reopened = false;
    if ((f->fl & FILE_DRAINED) != 0) {
        if (f->path == VAL_NULL || !str_check(f->path) || h->open == NULL) {
            unsupported(I, "underlying stream is not seekable");
            return false;
        }
        Buf cpath;
        const char *cp = iomod_fs_cstr(I, f->path, &cpath);
        if (cp == NULL) return false;
        int64_t nh = h->open(h->ctx, cp, "r");
        if (nh < 0) {
            iomod_raise_errno(I, (int)-nh, f->name);
            return false;
        }
        f->handle = nh;
        f->fl &= ~FILE_DRAINED;
        reopened = true;
    }
    int64_t r = h->seek(h->ctx, f->handle, off, whence);
    if (r < 0) {
        if (reopened && h->fclose != NULL) {
            // a failed seek leaves the position where it was (end_pos)
            (void)h->fclose(h->ctx, f->handle);
            f->fl |= FILE_DRAINED;
        }
        iomod_raise_errno(I, (int)-r, VAL_NULL);
        return false;
    }
    if (!drop_readahead(I, f)) return false;
    f->fl &= ~FILE_NOTELL;
    *newpos = r;
    return true;
}

// seek()'s offset: an int that fits in 64 bits, with CPython's errors for one that does
// not (binary: ValueError; text: the opaque cookie's own checks).
static bool offset_arg(Interp *I, Value v, bool bin, int64_t *out) {
    Value iv = obj_index(I, v);
    if (iv == VAL_NULL) return false;
    if (int_to_i64(I, iv, out)) return true;
    exc_clear(I);
    if (bin) exc_raise(I, TY_VALUE_ERROR, "cannot fit 'int' into an offset-sized integer");
    else if (int_sign(I, iv) < 0) exc_raise(I, TY_VALUE_ERROR, "negative seek position %R", iv);
    else exc_raise(I, TY_OVERFLOW_ERROR, "int too big to convert");
    return false;
}

// seek()'s whence: a C int.
static bool whence_arg(Interp *I, Value v, int64_t *out) {
    Value iv = obj_index(I, v);
    if (iv == VAL_NULL) return false;
    if (int_to_i64(I, iv, out) && *out >= INT32_MIN && *out <= INT32_MAX) return true;
    exc_clear(I);
    exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C int");
    return false;
}

static Value notell(Interp *I) {
    return exc_raise(I, TY_OS_ERROR, "telling position disabled by next() call");
}

static Value m_seek(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "seek", 1, 2)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "seek");
    if (f == NULL) return VAL_NULL;
    if (!can_seek(I, f)) return unsupported(I, "underlying stream is not seekable");
    int64_t off, whence = 0;
    if (!offset_arg(I, vview_get(args, 0), bin, &off)) return VAL_NULL;
    if (args.n == 2 && !whence_arg(I, vview_get(args, 1), &whence)) return VAL_NULL;
    // An __index__ may have closed the file (its host handle may belong to another now).
    if ((f = iomod_target(I, self, &bin, "seek")) == NULL) return VAL_NULL;
    if (whence < 0 || whence > 2) {
        if (bin) return exc_raise(I, TY_VALUE_ERROR, "whence value %lld unsupported", (long long)whence);
        return exc_raise(I, TY_VALUE_ERROR, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    }
    if (!bin) {
        if (whence == 1 && (f->fl & FILE_NOTELL) != 0) return notell(I);
        if (whence == 1 && off != 0) return unsupported(I, "can't do nonzero cur-relative seeks");
        if (whence == 2 && off != 0) return unsupported(I, "can't do nonzero end-relative seeks");
        if (whence == 0 && off < 0)
            return exc_raise(I, TY_VALUE_ERROR, "negative seek position %lld", (long long)off);
    }
    int64_t pos;
    if (!file_seek(I, f, off, (int)whence, &pos)) return VAL_NULL;
    return int_from_i64(I, pos);
}

static Value m_tell(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "tell", 0, 0)) return VAL_NULL;
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "tell");
    if (f == NULL) return VAL_NULL;
    if (!can_seek(I, f)) return unsupported(I, "underlying stream is not seekable");
    if (!bin && (f->fl & FILE_NOTELL) != 0) return notell(I);
    int64_t pos;
    if (!file_tell(I, f, &pos)) return VAL_NULL;
    return int_from_i64(I, pos);
}

// truncate(size=None): cuts or extends the file to [size] bytes (None: the position;
// for text, as CPython, the host's, past the read-ahead); the position stays.
static Value m_truncate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "truncate", 0, 1)) return VAL_NULL;
    FileObject *s = fself(I, self);
    if (s == NULL) return VAL_NULL;
    if ((s->fl & (FILE_CLOSED | FILE_DETACHED)) == FILE_CLOSED && is_buffered(s))
        return exc_raise(I, TY_VALUE_ERROR, "truncate of closed file");
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "truncate");
    if (f == NULL) return VAL_NULL;
    const Host *h = I->host;
    if ((f->fl & FILE_WRITE) == 0 || !can_seek(I, f) || h->truncate == NULL)
        return unsupported(I, "truncate");
    int64_t size = -1;
    Value a = vview_get(args, 0);
    if (a != VAL_NULL && a != I->none) {
        Value iv = obj_index(I, a);
        if (iv == VAL_NULL) return VAL_NULL;
        if (!int_to_i64(I, iv, &size)) {
            exc_clear(I);
            return exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C long");
        }
        // An __index__ may have closed the file (its host handle may belong to another now).
        if ((f = iomod_target(I, self, &bin, "truncate")) == NULL) return VAL_NULL;
    }
    int64_t at;
    if (!file_tell(I, f, &at)) return VAL_NULL;
    if (a == VAL_NULL || a == I->none) {
        size = bin ? at : h->seek(h->ctx, f->handle, 0, 1); // text: past the read-ahead
        if (size < 0) return iomod_raise_errno(I, (int)-size, VAL_NULL);
    }
    // Binary: the read-ahead may lie past the new end, so it is dropped and the host put
    // back at [at]; text keeps what it read ahead, as CPython's text layer.
    int64_t pos;
    if (bin && !file_seek(I, f, at, 0, &pos)) return VAL_NULL;
    int r = h->truncate(h->ctx, f->handle, size);
    if (r < 0) return iomod_raise_errno(I, -r, VAL_NULL);
    return int_from_i64(I, size);
}

// The methods every file type shares (the text type adds detach and reconfigure).
#define FILE_METHOD_ENTRIES \
    {"read", m_read, 0, "Read at most size characters from the stream."}, \
    {"readline", m_readline, 0, "Read until newline or EOF."}, \
    {"readlines", m_readlines, 0, "Return a list of lines from the stream."}, \
    {"write", m_write, 0, "Write a string to the stream."}, \
    {"writelines", m_writelines, 0, "Write a list of lines to the stream."}, \
    {"close", m_close, 0, "Flush and close the file."}, \
    {"flush", m_flush, 0, "Flush the write buffers of the stream."}, \
    {"readable", m_readable, 0, NULL}, \
    {"writable", m_writable, 0, NULL}, \
    {"seekable", m_seekable, 0, NULL}, \
    {"isatty", m_isatty, 0, NULL}, \
    {"fileno", m_fileno, 0, NULL}, \
    {"seek", m_seek, 0, NULL}, \
    {"tell", m_tell, 0, NULL}, \
    {"truncate", m_truncate, 0, NULL}, \
    {"__enter__", m_enter, 0, NULL}, \
    {"__exit__", m_exit, 0, NULL},

const MethodDef iomod_file_methods[] = {
    FILE_METHOD_ENTRIES
    {NULL, NULL, 0, NULL},
};

static Value g_buffer(Interp *I, Value self);

// text_stream.detach(): flushes and hands back the binary layer (.buffer); the text
// stream refuses everything afterwards ("underlying buffer has been detached"), while
// the buffer goes on over the same host stream, untranslated.
static Value m_detach_text(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "detach", 0, 0)) return VAL_NULL;
    FileObject *f = check_open_m(I, self, "detach");
    if (f == NULL) return VAL_NULL;
    Value b = g_buffer(I, self);
    if (b == VAL_NULL || !flush_buf(I, f)) return VAL_NULL;
    f->fl = (f->fl | FILE_DETACHED) & ~(FILE_NL_MODE | FILE_LINEBUF);
    return b;
}

// The text type's methods: the shared ones plus detach and reconfigure.
static const MethodDef text_methods[] = {
    FILE_METHOD_ENTRIES
    {"detach", m_detach_text, 0, "Separate the underlying buffer from the TextIOBase and return it."},
    {"reconfigure", iomod_reconfigure, 0, "Reconfigure the text stream with new parameters."},
    {NULL, NULL, 0, NULL},
};

/* ---- attributes, repr, iteration ---- */

static Value g_closed(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    if (f == NULL) return VAL_NULL;
    if ((f->fl & FILE_DETACHED) != 0) return detached_error(I, f);
    FileObject *p = (f->fl & FILE_BUFVIEW) != 0 ? file_cast(f->buffer) : NULL;
    bool closed = (f->fl & FILE_CLOSED) != 0 || (p != NULL && (p->fl & FILE_CLOSED) != 0);
    return interp_bool(I, closed);
}

Value iomod_raw_mode(Interp *I, uint32_t fl, Value mode) {
    BView m = str_check(mode) ? str_view(mode) : bview_cstr("r");
    char kind[4] = {'r', 'b', 0, 0};
    for (size_t i = 0; i < m.n; i++) {
        int c = bview_get(m, i);
        if (c == 'w' || c == 'a' || c == 'x' || c == 'r') {
            kind[0] = (char)c;
            break;
        }
    }
    // As CPython's FileIO: 'w+' reads back as 'rb+' (x and a keep their letter).
    if ((fl & FILE_PLUS) != 0) {
        if (kind[0] == 'w') kind[0] = 'r';
        kind[2] = '+';
    }
    return str_from_cstr(I, kind);
}

// text_stream.buffer: the binary layer (sys.stdout.buffer.write(b'...')). Both share the
// stream's buffers, so text and bytes come out in the order they were written.
static bool env_unbuffered(Interp *I);

static Value g_buffer(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    if (f == NULL) return VAL_NULL;
    if ((f->fl & (FILE_BINARY | FILE_MEMORY | FILE_BUFVIEW)) != 0)
        return exc_raise_attr(I, self, str_intern_cstr(I, "buffer"));
    if (f->buffer != VAL_NULL) return f->buffer;
    // As CPython, an unbuffered standard output stream's buffer is its FileIO.
    bool raw = (f->fl & (FILE_STD | FILE_WRITE)) == (FILE_STD | FILE_WRITE) && env_unbuffered(I);
    Type *t = iomod_bin_type_for(I, f->fl, raw);
    FileObject *v = t != NULL ? iomod_file_new(I, t) : NULL;
    if (v == NULL) return VAL_NULL;
    v->fl = FILE_BUFVIEW | FILE_BINARY | (raw ? FILE_RAW : 0u) | (f->fl & (FILE_READ | FILE_WRITE | FILE_PLUS | FILE_STD));
    v->name = f->name;
    v->mode = iomod_raw_mode(I, f->fl, f->mode);
    if (v->mode == VAL_NULL) return VAL_NULL;
    v->buffer = self;
    f->buffer = obj_val(v);
    return f->buffer;
}
// Memory streams (StringIO, BytesIO) have no name or mode, as in CPython.
static Value g_name(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    if (f == NULL) return VAL_NULL;
    if ((f->fl & FILE_MEMORY) != 0) return exc_raise_attr(I, self, str_intern_cstr(I, "name"));
    if ((f->fl & FILE_DETACHED) != 0) return detached_error(I, f);
    return f->name;
}
static Value g_mode(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    if (f == NULL) return VAL_NULL;
    if ((f->fl & FILE_MEMORY) != 0) return exc_raise_attr(I, self, str_intern_cstr(I, "mode"));
    if ((f->fl & FILE_DETACHED) != 0) return detached_error(I, f);
    return f->mode;
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
// The kinds of line end universal-newline input has seen: None, one str or a tuple in
// CPython's order ('\r', '\n', '\r\n'); a '\r' still waiting for a '\n' counts once the
// input is drained.
static Value g_newlines(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    if (f == NULL) return VAL_NULL;
    uint32_t fl = f->fl;
    // binary streams (BytesIO, FileIO, the buffered layers) have no newlines attribute
    if ((fl & FILE_BINARY) != 0) return exc_raise_attr(I, self, str_intern_cstr(I, "newlines"));
    if ((fl & (FILE_TRANSLATE | FILE_NL_ANY)) == 0) return I->none;
    if ((fl & (FILE_CR | FILE_DRAINED)) == (FILE_CR | FILE_DRAINED)) fl |= FILE_SEEN_CR;
    Value kinds[3];
    size_t n = 0;
    if ((fl & FILE_SEEN_CR) != 0) kinds[n++] = str_from_cstr(I, "\r");
    if ((fl & FILE_SEEN_LF) != 0) kinds[n++] = str_from_cstr(I, "\n");
    if ((fl & FILE_SEEN_CRLF) != 0) kinds[n++] = str_from_cstr(I, "\r\n");
    for (size_t i = 0; i < n; i++)
        if (kinds[i] == VAL_NULL) return VAL_NULL;
    if (n == 0) return I->none;
    return n == 1 ? kinds[0] : tuple_from_view(I, vview_make(kinds, n));
}
static Value g_line_buffering(Interp *I, Value self) {
    FileObject *f = fself(I, self);
    return f == NULL ? VAL_NULL : interp_bool(I, (f->fl & FILE_LINEBUF) != 0);
}

const GetSetDef iomod_file_getsets[] = {
    {"closed", g_closed, NULL},
    {"buffer", g_buffer, NULL},
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
    if ((f->fl & FILE_MEMORY) != 0) return obj_default_repr(I, self);
    if ((f->fl & FILE_RAW) != 0) {
        Value cl = obj_getattr_cstr(I, self, "closed");
        if (cl == VAL_NULL) return VAL_NULL;
        if (cl == I->true_) return str_from_cstr(I, "<_io.FileIO [closed]>");
        return str_from_format(I, "<_io.FileIO name=%R mode=%R closefd=True>", f->name, f->mode);
    }
    if ((f->fl & FILE_BINARY) != 0) {
        const char *kind = (f->fl & FILE_PLUS) != 0   ? "BufferedRandom"
                           : (f->fl & FILE_READ) != 0 ? "BufferedReader"
                                                      : "BufferedWriter";
        if ((f->fl & FILE_DETACHED) != 0) return str_from_format(I, "<_io.%s>", kind);
        return str_from_format(I, "<_io.%s name=%R>", kind, f->name);
    }
    return str_from_format(I, "<_io.TextIOWrapper name=%R mode=%R encoding=%R>", f->name, f->mode,
                           f->encoding);
}

Value iomod_file_iter(Interp *I, Value self) {
    FileObject *f = check_open_m(I, self, "__iter__");
    return f == NULL ? VAL_NULL : self;
}

Value iomod_file_next(Interp *I, Value self) {
    bool bin;
    FileObject *f = iomod_target(I, self, &bin, "__next__");
    if (f == NULL || !iomod_check_readable(I, self, f, "read")) return VAL_NULL;
    Value line = read_line(I, f, -1, bin);
    if (line == VAL_NULL) return VAL_NULL;
    size_t n = bin ? bytes_view(line).n : str_len(line);
    // As CPython's text layer, tell() is refused while a loop is reading the file.
    if (!bin && (f->fl & FILE_MEMORY) == 0) f->fl = n == 0 ? f->fl & ~FILE_NOTELL : f->fl | FILE_NOTELL;
    return n == 0 ? VAL_NULL : line;
}

const TypeSpec file_spec = {
    .name = "_io.TextIOWrapper",
    .inst_kind = K_FILE,
    .inst_size = sizeof(FileObject),
    .tflags = TF_HAS_DICT,
    .base = TY_OBJECT,
    .repr = file_repr,
    .iter = iomod_file_iter,
    .next = iomod_file_next,
    .methods = text_methods,
    .getsets = iomod_file_getsets,
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.",
};

/* ---- creation ---- */

FileObject *iomod_file_new(Interp *I, Type *t) {
    size_t size = t->inst_size > sizeof(FileObject) ? t->inst_size : sizeof(FileObject);
    FileObject *f = obj_alloc_kind(I, t, K_FILE, size);
    if (f == NULL) return NULL;
    f->name = I->none;
    f->mode = I->none;
    f->encoding = I->none;
    f->codec = I->none;
    f->errors = I->none;
    vec_init(&f->drops);
    return f;
}

// Host.environ callback: stops the walk (returns 2) at a non-empty PYTHONUNBUFFERED.
static int unbuffered_env(void *arg, const char *entry) {
    (void)arg;
    BView v = bview_cstr(entry);
    BView key = bview_cstr("PYTHONUNBUFFERED=");
    return bview_startswith(v, key) && v.n > key.n ? 2 : 0;
}

// As CPython, a non-empty PYTHONUNBUFFERED makes stdout and stderr unbuffered.
static bool env_unbuffered(Interp *I) {
    const Host *h = I->host;
    return h->environ != NULL && h->environ(h->ctx, unbuffered_env, NULL) == 2;
}

Value iomod_std_new(Interp *I, int stream) {
    FileObject *f = iomod_file_new(I, interp_type(I, TY_FILE));
    if (f == NULL) return VAL_NULL;
    const char *name = stream == HOST_STDIN ? "<stdin>" : stream == HOST_STDOUT ? "<stdout>" : "<stderr>";
    f->handle = stream;
    // As CPython on POSIX, the standard streams use newline="\n": no translation.
    f->fl = FILE_STD | FILE_UTF8 | (stream == HOST_STDIN ? FILE_READ : FILE_WRITE);
    const Host *h = I->host;
    bool tty = h->isatty != NULL && h->isatty(h->ctx, stream);
    if (stream == HOST_STDERR || (stream == HOST_STDOUT && env_unbuffered(I))) f->fl |= FILE_UNBUF;
    else if (stream == HOST_STDOUT && tty) f->fl |= FILE_LINEBUF;
    f->name = str_from_cstr(I, name);
    f->mode = str_from_cstr(I, stream == HOST_STDIN ? "r" : "w");
    if (f->name == VAL_NULL || f->mode == VAL_NULL || !iomod_std_codec(I, f, stream, true)) return VAL_NULL;
    return obj_val(f);
}

// Keeps files open for writing reachable so exit can flush them.
bool iomod_register(Interp *I, Value f) {
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

/* ---- helpers for print(), input() and exit ---- */

bool iomod_write(Interp *I, Value file, Value s) {
    FileObject *f = file_cast(file);
    if (f != NULL && (f->fl & (FILE_BINARY | FILE_CLOSED | FILE_DETACHED)) == 0 && str_check(s)) {
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
    if (f != NULL && (f->fl & (FILE_CLOSED | FILE_DETACHED)) == 0) {
        if (!check_readable(I, f)) return VAL_NULL;
        return read_line(I, f, -1, (f->fl & FILE_BINARY) != 0);
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
    iomod_flush_files(I);
    exc_clear(I);
    I->exc = saved;
}

void iomod_flush_files(Interp *I) {
    Value saved = exc_fetch(I);
    Value reg = I->scratch != VAL_NULL ? dict_get_cstr(I, I->scratch, "io.open") : VAL_NULL;
    if (reg != VAL_NULL && dict_check(reg)) {
        size_t pos = 0;
        Value k, v;
        while (dict_next(reg, &pos, &k, &v)) flush_quiet(I, k);
    }
    exc_clear(I);
    I->exc = saved;
}
