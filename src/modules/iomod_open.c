/*
 * iomod_open.c: the builtin open(): argument checks and mode parsing with CPython's
 * messages, path conversion (str, bytes, os.PathLike), codec selection, and the host
 * open call behind a new file object.
 *
 * Invariant: a file object is returned only after the host opened its handle and every
 * argument was accepted; when a text-layer argument is refused after the open, the handle
 * is closed again before the error propagates.
 */
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "import.h"
#include "iomod.h"

static bool kstat(Interp *I, KStatus s) {
    if (s == K_OK) return true;
    exc_from_kstatus(I, s, "file name");
    return false;
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

Value iomod_fs_decode(Interp *I, BView name) {
    Value errors = str_intern_cstr(I, "surrogateescape");
    return errors != VAL_NULL ? str_decode(I, name, VAL_NULL, errors) : VAL_NULL;
}

const char *iomod_fs_cstr(Interp *I, Value path, Buf *out) {
    buf_init(out);
    if (bview_find_byte(str_view(path), 0, 0) >= 0) {
        exc_raise(I, TY_VALUE_ERROR, "embedded null byte");
        return NULL;
    }
    Value errors = str_intern_cstr(I, "surrogateescape");
    Value b = errors != VAL_NULL ? str_encode(I, path, VAL_NULL, errors) : VAL_NULL;
    if (b == VAL_NULL || !kstat(I, buf_from_view(I->heap, out, bytes_view(b)))) return NULL;
    return buf_cstr(out);
}

// The path text of open()'s [file] argument (str, bytes or os.PathLike).
static Value path_of(Interp *I, Value file) {
    if (str_check(file)) return file;
    if (bytes_check(file)) return iomod_fs_decode(I, bytes_view(file));
    Value fs = str_intern_cstr(I, "__fspath__");
    if (fs == VAL_NULL) return VAL_NULL;
    bool found = false;
    Value r = obj_call_special(I, file, fs, vview_make(NULL, 0), &found);
    if (found) {
        if (r == VAL_NULL) return VAL_NULL;
        if (str_check(r)) return r;
        if (bytes_check(r)) return iomod_fs_decode(I, bytes_view(r));
        return exc_raise(I, TY_TYPE_ERROR, "expected %T.__fspath__() to return str or bytes, not %T",
                         file, r);
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    if (int_check(I, file)) return iomod_raise_errno(I, 9, VAL_NULL);
    return exc_raise(I, TY_TYPE_ERROR, "expected str, bytes or os.PathLike object, not %T", file);
}

// The text layer of a file [f] just opened: newline mode, codec, error handler.
static bool text_setup(Interp *I, FileObject *f, Value encoding, Value errors, Value newline) {
    uint32_t nl;
    if (!iomod_newline_mode(I, newline, &nl)) {
        exc_raise(I, TY_VALUE_ERROR, "illegal newline value: %U", newline);
        return false;
    }
    f->fl |= nl;
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

// open() in text mode with an encoding the file object's own text layer does not have
// (anything but UTF-8, ASCII and Latin-1): the binary file wrapped in io.TextIOWrapper,
// which decodes with any codec, as CPython's open() builds every text file.
static Value open_wrapped(Interp *I, Value self, Value file, Value mode, Value buffering,
                          Value encoding, Value errors, Value newline, Value closefd,
                          Value opener, bool linebuf) {
    char bm[16];
    size_t n = 0;
    BView mv = str_view(mode);
    for (size_t i = 0; i < mv.n; i++) {
        int c = bview_get(mv, i);
        if (c == 't') continue;
        if (n + 2 >= sizeof bm) return exc_raise(I, TY_VALUE_ERROR, "invalid mode: '%U'", mode);
        bm[n++] = (char)c;
    }
    bm[n++] = 'b';
    bm[n] = '\0';
    Value bmode = str_from_cstr(I, bm);
    if (bmode == VAL_NULL) return VAL_NULL;
    Value none = I->none;
    Value a[8] = {file, bmode, buffering != VAL_NULL ? buffering : val_from_small(-1), none, none,
                  none, closefd != VAL_NULL ? closefd : I->true_, opener != VAL_NULL ? opener : none};
    Value raw = iomod_open(I, self, vview_make(a, 8), VAL_NULL);
    if (raw == VAL_NULL) return VAL_NULL;
    Value io = import_module_cstr(I, "io");
    Value cls = io != VAL_NULL ? obj_getattr_cstr(I, io, "TextIOWrapper") : VAL_NULL;
    Value w[5] = {raw, encoding, errors != VAL_NULL ? errors : none,
                  newline != VAL_NULL ? newline : none, linebuf ? I->true_ : I->false_};
    Value t = cls != VAL_NULL ? obj_call(I, cls, vview_make(w, 5), VAL_NULL) : VAL_NULL;
    if (t == VAL_NULL || obj_setattr_cstr(I, t, "mode", mode) < 0) {
        Value e = exc_fetch(I);
        if (obj_call_method(I, raw, "close", vview_make(NULL, 0)) == VAL_NULL) exc_clear(I);
        exc_clear(I);
        I->exc = e;
        return VAL_NULL;
    }
    return t;
}

// open(path, mode, opener=f): the file number comes from f(path, flags) (flags as CPython
// passes them: O_RDONLY/O_WRONLY/O_RDWR, O_CREAT, O_TRUNC, O_APPEND, O_EXCL and
// O_CLOEXEC, with the Linux values lib/os.py gives its O_* names), then the file is made
// over that number as open(fd, ...) makes it, and its name is the path.
static Value open_with_opener(Interp *I, Value file, Value mode, Value buffering, Value encoding, Value errors, Value newline,
                              Value closefd, Value opener) {
    int keep = closefd != VAL_NULL ? obj_truth(I, closefd) : 1;
    if (keep < 0) return VAL_NULL;
    if (keep == 0) return exc_raise(I, TY_VALUE_ERROR, "Cannot use closefd=False with file name");
    BView mv = str_view(mode);  // parse_mode checked it: one of r/w/a/x, at most one '+'
    bool plus = bview_find_byte(mv, '+', 0) >= 0;
    int64_t flags = plus ? 2 : bview_find_byte(mv, 'r', 0) >= 0 ? 0 : 1;
    if (bview_find_byte(mv, 'w', 0) >= 0) flags |= 0100 | 01000;
    if (bview_find_byte(mv, 'a', 0) >= 0) flags |= 0100 | 02000;
    if (bview_find_byte(mv, 'x', 0) >= 0) flags |= 0100 | 0200;
    flags |= 02000000;
    Value a[2] = {file, int_from_i64(I, flags)};
    if (a[1] == VAL_NULL) return VAL_NULL;
    Value fd = obj_call(I, opener, vview_make(a, 2), VAL_NULL);
    if (fd == VAL_NULL) return VAL_NULL;
    if (!int_check(I, fd)) return exc_raise(I, TY_TYPE_ERROR, "expected integer from opener");
    int64_t n;
    if (!int_to_i64(I, fd, &n) || n > INT32_MAX || n < INT32_MIN) {
        exc_clear(I);
        return exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C int");
    }
    if (n < 0) return exc_raise(I, TY_VALUE_ERROR, "opener returned %d", (int)n);
    Value os = import_module_cstr(I, "os");
    Value fn = os != VAL_NULL ? obj_getattr_cstr(I, os, "_open_fd") : VAL_NULL;
    if (fn == VAL_NULL) return VAL_NULL;
    Value none = I->none;
    Value b[7] = {fd, mode, buffering != VAL_NULL ? buffering : val_from_small(-1),
                  encoding != VAL_NULL ? encoding : none, errors != VAL_NULL ? errors : none,
                  newline != VAL_NULL ? newline : none, I->true_};
    Value f = obj_call(I, fn, vview_make(b, 7), VAL_NULL);
    if (f == VAL_NULL) return VAL_NULL;
    // the innermost (raw) layer carries the name the outer layers report
    Value raw = f;
    const char *layers[2] = {"buffer", "raw"};
    for (size_t i = 0; i < 2; i++) {
        Value inner = obj_getattr_cstr(I, raw, layers[i]);
        if (inner == VAL_NULL) {
            exc_clear(I);
            continue;
        }
        raw = inner;
    }
    if (obj_setattr_cstr(I, raw, "name", file) < 0) return VAL_NULL;
    return f;
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
    int64_t nbuf = -1;
    if (buffering != VAL_NULL) {
        if (!int_check(I, buffering))
            return exc_raise(I, TY_TYPE_ERROR, "'%T' object cannot be interpreted as an integer", buffering);
        if (!int_to_i64(I, buffering, &nbuf) || nbuf > INT32_MAX || nbuf < INT32_MIN) {
            exc_clear(I);
            return exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
    }
    if (nbuf == 0 && !binary) return exc_raise(I, TY_VALUE_ERROR, "can't have unbuffered text I/O");
    // buffering=0 gives the raw FileIO, whose writes go straight to the host
    if (nbuf == 0) fl |= FILE_RAW | FILE_UNBUF;
    if (nbuf == 1 && !binary) fl |= FILE_LINEBUF;
    if (!binary && encoding != VAL_NULL && codec_of(str_view(encoding)) == NULL)
        return open_wrapped(I, self, file, mode, buffering, encoding, errors, newline, closefd,
                            opener, nbuf == 1);
    // An int is a file number from os.open() (lib/os.py keeps those): os wraps it.
    if (int_check(I, file)) {
        Value os = import_module_cstr(I, "os");
        Value fn = os != VAL_NULL ? obj_getattr_cstr(I, os, "_open_fd") : VAL_NULL;
        if (fn == VAL_NULL) return VAL_NULL;
        Value none = I->none;
        Value a[7] = {file, mode, buffering != VAL_NULL ? buffering : val_from_small(-1),
                      encoding != VAL_NULL ? encoding : none, errors != VAL_NULL ? errors : none,
                      newline != VAL_NULL ? newline : none, closefd != VAL_NULL ? closefd : I->true_};
        return obj_call(I, fn, vview_make(a, 7), VAL_NULL);
    }
    Value path = path_of(I, file);
    if (path == VAL_NULL) return VAL_NULL;
    // As CPython, name and an error's filename are the os.fspath() of a PathLike file.
    if (!str_check(file) && !bytes_check(file)) file = path;
    if (opener != VAL_NULL && opener != I->none)
        return open_with_opener(I, file, mode, buffering, encoding, errors, newline,
                                closefd, opener);
    Buf cpath;
    const char *cp = iomod_fs_cstr(I, path, &cpath);
    if (cp == NULL) return VAL_NULL;
    Type *t = binary ? iomod_bin_type_for(I, fl, nbuf == 0) : interp_type(I, TY_FILE);
    FileObject *f = t != NULL ? iomod_file_new(I, t) : NULL;
    if (f == NULL) return VAL_NULL;
    const Host *h = I->host;
    iomod_flush_files(I);
    int64_t handle = h->open != NULL ? h->open(h->ctx, cp, hmode) : -HOST_ENOSYS;
    if (handle < 0) return iomod_raise_errno(I, (int)-handle, file);
    f->handle = handle;
    f->fl = fl;
    f->path = path;
    // As CPython, a file opened for appending starts at its end.
    if (bview_find_byte(str_view(mode), 'a', 0) >= 0 && h->seek != NULL)
        (void)h->seek(h->ctx, handle, 0, 2);
    f->name = file;
    // As CPython, a binary file's mode is its FileIO's ('w+b' reads back as 'rb+').
    f->mode = binary ? iomod_raw_mode(I, fl, mode) : mode;
    if (f->mode == VAL_NULL) return VAL_NULL;
    f->encoding = I->none;
    f->codec = I->none;
    f->errors = I->none;
    // As CPython, the text layer's arguments are checked once the file is open.
    if (!binary && !text_setup(I, f, encoding, errors, newline)) {
        f->fl &= ~FILE_WRITE;
        Value e = exc_fetch(I);
        (void)iomod_file_close(I, f);
        exc_clear(I);
        I->exc = e;
        return VAL_NULL;
    }
    if ((fl & FILE_WRITE) != 0 && !iomod_register(I, obj_val(f))) {
        (void)iomod_file_close(I, f);
        return VAL_NULL;
    }
    return obj_val(f);
}


// A reconfigure() argument that must be str (or None/absent: VAL_NULL).
static bool reconf_str(Interp *I, Value *v) {
    if (*v == VAL_NULL || *v == I->none) {
        *v = VAL_NULL;
        return true;
    }
    if (str_check(*v)) return true;
    exc_raise(I, TY_TYPE_ERROR, "bad argument type for built-in operation");
    return false;
}

Value iomod_reconfigure(Interp *I, Value self, ValView args, Value kwnames) {
    if (args.n > args_nkw(kwnames)) return exc_raise(I, TY_TYPE_ERROR, "reconfigure() takes no positional arguments");
    Value encoding, errors, newline, linebuf, through;
    if (!args_parse(I, args, kwnames, "reconfigure", "| $ encoding errors newline line_buffering write_through",
                    &encoding, &errors, &newline, &linebuf, &through))
        return VAL_NULL;
    FileObject *f = iomod_check_open(I, self);
    if (f == NULL) return VAL_NULL;
    if ((f->fl & (FILE_BINARY | FILE_MEMORY)) != 0)
        return exc_raise_attr(I, self, str_intern_cstr(I, "reconfigure"));
    bool nl_given = newline != VAL_NULL;
    if (!reconf_str(I, &encoding) || !reconf_str(I, &errors)) return VAL_NULL;
    if (nl_given && newline != I->none && !str_check(newline))
        return exc_raise(I, TY_TYPE_ERROR, "reconfigure() argument 'newline' must be str or None, not %T", newline);
    uint32_t nl = 0;
    if (nl_given && !iomod_newline_mode(I, newline, &nl))
        return exc_raise(I, TY_VALUE_ERROR, "illegal newline value: %U", newline);
    const char *codec = NULL;
    if (encoding != VAL_NULL && (codec = codec_of(str_view(encoding))) == NULL)
        return exc_raise(I, TY_LOOKUP_ERROR, "unknown encoding: %U", encoding);
    // As CPython, the decoding cannot change once input was read.
    bool read_started = (f->fl & FILE_READ) != 0 && (f->rbuf.len > 0 || (f->fl & FILE_DRAINED) != 0);
    if (read_started && (encoding != VAL_NULL || errors != VAL_NULL || nl_given))
        return iomod_unsupported(I, "It is not possible to set the encoding or newline of stream after the first read");
    if (!iomod_flush(I, self)) return VAL_NULL;
    if (encoding != VAL_NULL) {
        Value c = str_from_cstr(I, codec);
        if (c == VAL_NULL) return VAL_NULL;
        f->encoding = encoding;
        f->codec = c;
        f->fl &= ~FILE_UTF8;
        if (bview_eq_cstr(bview_cstr(codec), "utf-8")) f->fl |= FILE_UTF8;
        if (errors == VAL_NULL && (errors = str_from_cstr(I, "strict")) == VAL_NULL) return VAL_NULL;
    }
    if (errors != VAL_NULL) {
        f->errors = errors;
        f->fl &= ~FILE_STRICT;
        if (str_eq_cstr(errors, "strict")) f->fl |= FILE_STRICT;
    }
    if (nl_given) f->fl = (f->fl & ~FILE_NL_MODE) | nl;
    if (linebuf != VAL_NULL && linebuf != I->none) {
        int t = obj_truth(I, linebuf);
        if (t < 0) return VAL_NULL;
        f->fl = t ? f->fl | FILE_LINEBUF : f->fl & ~FILE_LINEBUF;
    }
    (void)through; // the bytes of a write reach the buffer at once already
    return I->none;
}

/* ---- the standard streams' codec ---- */

typedef struct StdEnv {
    Interp *I;
    Value lc_all, lc_ctype, lang, ioenc, utf8; /* bytes of each variable's value, or VAL_NULL */
} StdEnv;

// Host.environ callback: keeps the values of the variables that choose the standard
// streams' codec; 1 stops the walk (out of memory).
static int std_env(void *arg, const char *entry) {
    StdEnv *e = arg;
    BView v = bview_cstr(entry);
    // every key starts with L or P: most of the environment is passed over at once (it
    // is read for each of the three streams at start-up)
    if (v.n == 0 || (bview_get(v, 0) != 'L' && bview_get(v, 0) != 'P')) return 0;
    static const char *const keys[] = {"LC_ALL=", "LC_CTYPE=", "LANG=", "PYTHONIOENCODING=", "PYTHONUTF8="};
    Value *slots[] = {&e->lc_all, &e->lc_ctype, &e->lang, &e->ioenc, &e->utf8};
    for (size_t k = 0; k < 5; k++) {
        BView key = bview_cstr(keys[k]);
        if (!bview_startswith(v, key)) continue;
        *slots[k] = bytes_new(e->I, bview_slice(v, key.n, v.n));
        return *slots[k] == VAL_NULL ? 1 : 0;
    }
    return 0;
}

static bool nonempty(Value b) { return b != VAL_NULL && bytes_view(b).n > 0; }

// CPython's default error handler of stdin/stdout: 'surrogateescape' in UTF-8 mode and
// when the LC_CTYPE locale is the C/POSIX locale or one of the UTF-8 locales CPython
// coerces it to, else 'strict'. The locale is named by LC_ALL, LC_CTYPE, then LANG (the
// first non-empty one), as setlocale(LC_CTYPE, "") reads them.
static bool locale_escapes(const StdEnv *e) {
    if (nonempty(e->utf8) && bview_eq_cstr(bytes_view(e->utf8), "1")) return true;
    Value name = nonempty(e->lc_all) ? e->lc_all : nonempty(e->lc_ctype) ? e->lc_ctype : e->lang;
    if (!nonempty(name)) return true;
    static const char *const escaping[] = {"C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8"};
    for (size_t k = 0; k < 5; k++)
        if (bview_eq_cstr(bytes_view(name), escaping[k])) return true;
    return false;
}

bool iomod_std_codec(Interp *I, FileObject *f, int stream, bool python_env) {
    StdEnv e = {I, VAL_NULL, VAL_NULL, VAL_NULL, VAL_NULL, VAL_NULL};
    const Host *h = I->host;
    if (h->environ != NULL && h->environ(h->ctx, std_env, &e) == 1) return false;
    if (!python_env) e.ioenc = e.utf8 = VAL_NULL; // -E / -I
    const char *errors = stream == HOST_STDERR ? "backslashreplace" : locale_escapes(&e) ? "surrogateescape" : "strict";
    const char *codec = "utf-8";
    Value enc = VAL_NULL, err = VAL_NULL;
    if (nonempty(e.ioenc)) {
        // PYTHONIOENCODING=encoding[:errors]: a given encoding makes the default handler
        // 'strict'; stderr keeps 'backslashreplace' whatever the variable says
        BView v = bytes_view(e.ioenc);
        int64_t colon = bview_find_byte(v, ':', 0);
        BView ev = colon < 0 ? v : bview_slice(v, 0, (size_t)colon);
        BView rv = colon < 0 ? bview_slice(v, 0, 0) : bview_slice(v, (size_t)colon + 1, v.n);
        if (ev.n > 0) {
            const char *c = codec_of(ev);
            if (c != NULL) {
                codec = c;
            } else {
                // another codec: the codecs module encodes and decodes each chunk
                if ((enc = str_decode(I, ev, VAL_NULL, str_intern_cstr(I, "replace"))) == VAL_NULL) return false;
                if ((enc = obj_call_method(I, enc, "lower", vview_make(NULL, 0))) == VAL_NULL) return false;
                codec = NULL;
            }
            if (stream != HOST_STDERR) errors = "strict";
        }
        if (rv.n > 0 && stream != HOST_STDERR &&
            (err = str_decode(I, rv, VAL_NULL, str_intern_cstr(I, "replace"))) == VAL_NULL)
            return false;
    }
    if (codec != NULL) {
        // sys.stdout.encoding is the codec's own name, as codecs.lookup(name).name
        const char *shown = bview_eq_cstr(bview_cstr(codec), "latin-1") ? "iso8859-1" : codec;
        if ((enc = str_from_cstr(I, shown)) == VAL_NULL) return false;
    }
    if (err == VAL_NULL && (err = str_from_cstr(I, errors)) == VAL_NULL) return false;
    f->encoding = enc;
    f->codec = codec != NULL ? str_from_cstr(I, codec) : enc;
    f->errors = err;
    if (f->codec == VAL_NULL) return false;
    f->fl &= ~(FILE_UTF8 | FILE_STRICT);
    if (codec != NULL && bview_eq_cstr(bview_cstr(codec), "utf-8")) f->fl |= FILE_UTF8;
    if (str_eq_cstr(err, "strict")) f->fl |= FILE_STRICT;
    return true;
}

bool iomod_std_ignore_env(Interp *I) {
    static const char *const names[3] = {"__stdin__", "__stdout__", "__stderr__"};
    for (int i = 0; i < 3; i++) {
        Value v = I->sys != VAL_NULL ? dict_get_cstr(I, module_dict(I->sys), names[i]) : VAL_NULL;
        FileObject *f = v != VAL_NULL ? file_cast(v) : NULL;
        if (f == NULL) {
            if (I->exc != VAL_NULL) return false;
            continue;
        }
        if (!iomod_std_codec(I, f, i, false)) return false;
    }
    return true;
}
