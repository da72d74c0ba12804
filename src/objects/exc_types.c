/*
 * exc_types.c: the builtin exception types with CPython 3.11's hierarchy (one TypeSpec per
 * TypeId from TY_BASE_EXCEPTION on), the behaviour of the exceptions that carry extra
 * attributes (SystemExit.code, StopIteration.value, KeyError's str, ImportError.name/path,
 * AttributeError.name/obj, NameError.name, OSError's errno mapping and attributes,
 * SyntaxError's location, UnicodeDecodeError/UnicodeEncodeError), and the standard
 * exception classes that have no TypeId (exc_extra_types).
 *
 * Extra attributes live in the instance __dict__; getset descriptors read them with None
 * as the default, so subclasses that skip super().__init__ still see None.
 */
#include "exc.h"

#include "args.h"
#include "bytes.h"
#include "dict.h"
#include "int.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- attributes stored in the instance dict ---- */

static Value attr_get(Interp *I, Value self, const char *name) {
    Obj *o = obj_ptr(self);
    if (o == NULL || o->dict == VAL_NULL) return I->none;
    Value v = dict_get_cstr(I, o->dict, name);
    if (v == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : I->none;
    return v;
}

static int attr_set(Interp *I, Value self, const char *name, Value v) {
    Obj *o = obj_ptr(self);
    if (o == NULL) return 0;
    if (o->dict == VAL_NULL) {
        o->dict = dict_new(I);
        if (o->dict == VAL_NULL) return -1;
    }
    if (v == VAL_NULL) v = I->none;
    return dict_set_cstr(I, o->dict, name, v) ? 0 : -1;
}

#define EXC_ATTRS(X)                                                                      \
    X(code, "code") X(value, "value") X(name, "name") X(path, "path") X(msg, "msg")       \
    X(obj, "obj") X(eno, "errno") X(strerror, "strerror") X(filename, "filename")        \
    X(filename2, "filename2") X(lineno, "lineno") X(offset, "offset") X(text, "text")     \
    X(end_lineno, "end_lineno") X(end_offset, "end_offset")                               \
    X(pfl, "print_file_and_line") X(encoding, "encoding") X(object, "object")             \
    X(start, "start") X(end, "end") X(reason, "reason")

#define ATTR_FNS(id, s)                                                                   \
    static Value get_##id(Interp *I, Value self) { return attr_get(I, self, s); }         \
    static int set_##id(Interp *I, Value self, Value v) { return attr_set(I, self, s, v); }
EXC_ATTRS(ATTR_FNS)
#undef ATTR_FNS

#define GS(id, s) {s, get_##id, set_##id}

static const GetSetDef systemexit_getsets[] = {GS(code, "code"), {NULL, NULL, NULL}};
static const GetSetDef stopiter_getsets[] = {GS(value, "value"), {NULL, NULL, NULL}};
static const GetSetDef import_getsets[] = {
    GS(msg, "msg"), GS(name, "name"), GS(path, "path"), {NULL, NULL, NULL}};
static const GetSetDef attr_getsets[] = {GS(name, "name"), GS(obj, "obj"), {NULL, NULL, NULL}};
static const GetSetDef name_getsets[] = {GS(name, "name"), {NULL, NULL, NULL}};
static Value get_written(Interp *I, Value self);
static int set_written(Interp *I, Value self, Value v);
static const GetSetDef os_getsets[] = {
    GS(eno, "errno"), GS(strerror, "strerror"), GS(filename, "filename"),
    GS(filename2, "filename2"), {"characters_written", get_written, set_written},
    {NULL, NULL, NULL}};
static const GetSetDef syntax_getsets[] = {
    GS(msg, "msg"), GS(filename, "filename"), GS(lineno, "lineno"), GS(offset, "offset"),
    GS(text, "text"), GS(end_lineno, "end_lineno"), GS(end_offset, "end_offset"),
    GS(pfl, "print_file_and_line"), {NULL, NULL, NULL}};
static const GetSetDef unicode_getsets[] = {
    GS(encoding, "encoding"), GS(object, "object"), GS(start, "start"), GS(end, "end"),
    GS(reason, "reason"), {NULL, NULL, NULL}};
#undef GS

/* ---- helpers ---- */

static ValView positional(ValView args, Value kwnames) {
    size_t nkw = args_nkw(kwnames);
    return vview_slice(args, 0, args.n >= nkw ? args.n - nkw : 0);
}

static int base_init(Interp *I, Value self, ValView args, Value kwnames) {
    return I->types[TY_BASE_EXCEPTION]->init(I, self, args, kwnames);
}

static Value base_str(Interp *I, Value self) { return I->types[TY_BASE_EXCEPTION]->str(I, self); }

static Value exc_args(Interp *I, Value self) {
    ExcObject *e = exc_cast(self);
    return e != NULL && e->args != VAL_NULL ? e->args : I->empty_tuple;
}

// Accepts only the keyword arguments [k1] and [k2] (either may be NULL), storing each in
// the instance dict; [fname] names the function in the error.
static bool take_kwargs(Interp *I, Value self, ValView args, Value kwnames, const char *k1,
                        const char *k2, const char *fname) {
    const char *allowed[2] = {k1, k2};
    size_t nkw = args_nkw(kwnames);
    size_t base = args.n - nkw;
    for (size_t i = 0; i < nkw; i++) {
        Value k = tuple_get(kwnames, i);
        bool ok = false;
        for (size_t j = 0; j < 2 && !ok; j++) {
            if (allowed[j] != NULL && str_eq_cstr(k, allowed[j])) {
                if (attr_set(I, self, allowed[j], vview_get(args, base + i)) < 0) return false;
                ok = true;
            }
        }
        if (!ok) {
            exc_raise(I, TY_TYPE_ERROR, "%R is an invalid keyword argument for %s()", k, fname);
            return false;
        }
    }
    return true;
}

/* ---- SystemExit, StopIteration, KeyError ---- */

static int systemexit_init(Interp *I, Value self, ValView args, Value kwnames) {
    if (base_init(I, self, args, kwnames) < 0) return -1;
    Value a = exc_args(I, self);
    size_t n = tuple_len(a);
    Value code = n == 0 ? I->none : n == 1 ? tuple_get(a, 0) : a;
    return attr_set(I, self, "code", code);
}

static int stopiter_init(Interp *I, Value self, ValView args, Value kwnames) {
    if (base_init(I, self, args, kwnames) < 0) return -1;
    Value a = exc_args(I, self);
    return attr_set(I, self, "value", tuple_len(a) > 0 ? tuple_get(a, 0) : I->none);
}

static Value keyerror_str(Interp *I, Value self) {
    Value a = exc_args(I, self);
    if (tuple_len(a) == 1) return obj_repr(I, tuple_get(a, 0));
    return base_str(I, self);
}

/* ---- ImportError, AttributeError, NameError ---- */

static int import_init(Interp *I, Value self, ValView args, Value kwnames) {
    // as CPython, name and path not given are reset to None (__init__ may run again)
    if (attr_set(I, self, "name", I->none) < 0 || attr_set(I, self, "path", I->none) < 0) return -1;
    if (!take_kwargs(I, self, args, kwnames, "name", "path", "ImportError")) return -1;
    ValView pos = positional(args, kwnames);
    if (base_init(I, self, pos, VAL_NULL) < 0) return -1;
    return attr_set(I, self, "msg", pos.n == 1 ? vview_get(pos, 0) : I->none);
}

static Value import_str(Interp *I, Value self) {
    Value msg = attr_get(I, self, "msg");
    if (msg == VAL_NULL) return VAL_NULL;
    if (msg != I->none) return obj_str(I, msg);
    return base_str(I, self);
}

static int attrerr_init(Interp *I, Value self, ValView args, Value kwnames) {
    if (!take_kwargs(I, self, args, kwnames, "name", "obj", "AttributeError")) return -1;
    return base_init(I, self, positional(args, kwnames), VAL_NULL);
}

static int nameerr_init(Interp *I, Value self, ValView args, Value kwnames) {
    if (!take_kwargs(I, self, args, kwnames, "name", NULL, "NameError")) return -1;
    return base_init(I, self, positional(args, kwnames), VAL_NULL);
}

/* ---- OSError ---- */

static Value find_exc_class(Interp *I, Value d, const char *name);

// PEP 3151's map from errno to the OSError subclass an exact OSError(errno, strerror)
// call makes (Linux errno values, as the host's; EWOULDBLOCK is EAGAIN there).
static const struct {
    int errnum;
    const char *name;
} errno_classes[] = {
    {1, "PermissionError"},         {HOST_ENOENT, "FileNotFoundError"},
    {3, "ProcessLookupError"},      {4, "InterruptedError"},
    {10, "ChildProcessError"},      {11, "BlockingIOError"},
    {HOST_EACCES, "PermissionError"}, {HOST_EEXIST, "FileExistsError"},
    {HOST_ENOTDIR, "NotADirectoryError"}, {HOST_EISDIR, "IsADirectoryError"},
    {32, "BrokenPipeError"},        {103, "ConnectionAbortedError"},
    {104, "ConnectionResetError"},  {108, "BrokenPipeError"},
    {110, "TimeoutError"},          {111, "ConnectionRefusedError"},
    {114, "BlockingIOError"},       {115, "BlockingIOError"},
};

// The class OSError(errno [e], ...) makes: [t] itself unless [e] is in the map.
static Type *errno_class(Interp *I, Type *t, int64_t e) {
    for (size_t i = 0; i < sizeof errno_classes / sizeof errno_classes[0]; i++) {
        if (errno_classes[i].errnum != e) continue;
        Value extra = exc_extra_types(I);
        return extra == VAL_NULL ? NULL : type_cast(find_exc_class(I, extra, errno_classes[i].name));
    }
    return t;
}

// CPython's oserror_use_init: a subclass that defines __init__ but inherits __new__ leaves
// the arguments to its __init__: the new object's args is (), errno & co. None.
// Compared as CPython does, by slot function: the builtin OSError subclasses share
// OSError's (each has an __init__ wrapper of its own, but over the same function).
static bool os_uses_init(Interp *I, Type *t) {
    Type *os = I->types[TY_OS_ERROR];
    return t->init != os->init && t->new_ == os->new_;
}

static int os_fill(Interp *I, Value self, ValView args);

// As CPython's OSError_new: unless the class leaves them to its __init__ (os_uses_init),
// the arguments are parsed here, so errno & co. come from what __new__ receives (a
// subclass's __new__ may pass other arguments than its __init__ gets).
static Value os_new(Interp *I, Type *t, ValView args, Value kwnames) {
    if (os_uses_init(I, t)) {
        ValView none = {NULL, 0};
        return I->types[TY_BASE_EXCEPTION]->new_(I, t, none, VAL_NULL);
    }
    ValView pos = positional(args, kwnames);
    if (pos.n != args.n) return exc_raise(I, TY_TYPE_ERROR, "%s() takes no keyword arguments", type_name_cstr(I, t));
    if (t == I->types[TY_OS_ERROR] && pos.n >= 2 && pos.n <= 5 && val_is_small(vview_get(pos, 0))) {
        t = errno_class(I, t, (int64_t)val_small(vview_get(pos, 0)));
        if (t == NULL) {
            if (I->exc == VAL_NULL) exc_raise(I, TY_SYSTEM_ERROR, "no OSError subclass for errno");
            return VAL_NULL;
        }
    }
    Value self = I->types[TY_BASE_EXCEPTION]->new_(I, t, args, kwnames);
    if (self == VAL_NULL || os_fill(I, self, pos) < 0) return VAL_NULL;
    return self;
}

// PyNumber_Check: an int, float or complex, or an object with __index__, __int__ or
// __float__.
static bool is_number(Interp *I, Value v) {
    static const TypeId num[] = {TY_INT, TY_FLOAT, TY_COMPLEX};
    for (size_t i = 0; i < sizeof num / sizeof num[0]; i++)
        if (obj_is_instance_of(I, v, I->types[num[i]])) return true;
    Type *t = type_of(I, v);
    if (t->index != NULL) return true;
    static const char *const slots[] = {"__index__", "__int__", "__float__"};
    for (size_t i = 0; i < sizeof slots / sizeof slots[0]; i++) {
        Value name = str_intern_cstr(I, slots[i]);
        if (name == VAL_NULL) {
            exc_clear(I);
            return false;
        }
        if (type_lookup(I, t, name) != VAL_NULL) return true;
    }
    return false;
}

// PyNumber_AsSsize_t(v, ValueError): the characters_written count.
static bool written_count(Interp *I, Value v, int64_t *out) {
    Value n = obj_index(I, v);
    if (n == VAL_NULL) return false;
    if (int_to_i64(I, n, out)) return true;
    exc_clear(I);
    exc_raise(I, TY_VALUE_ERROR, "cannot fit '%T' into an index-sized integer", v);
    return false;
}

// As CPython's OSError_init: it does the work only for a class that leaves it to its
// __init__ (os_uses_init); otherwise __new__ did it and OSError.__init__ does nothing.
static int os_init(Interp *I, Value self, ValView args, Value kwnames) {
    if (!os_uses_init(I, type_of(I, self))) return 0;
    if (base_init(I, self, args, kwnames) < 0) return -1;
    return os_fill(I, self, args);
}

// Sets errno, strerror, filename, filename2 (or characters_written) from OSError's
// arguments [args], and args to (errno, strerror) when a filename was given.
static int os_fill(Interp *I, Value self, ValView args) {
    if (args.n < 2 || args.n > 5) return 0;
    if (attr_set(I, self, "errno", vview_get(args, 0)) < 0) return -1;
    if (attr_set(I, self, "strerror", vview_get(args, 1)) < 0) return -1;
    Value fn = args.n >= 3 ? vview_get(args, 2) : I->none;
    if (fn == I->none) return 0;
    // CPython's oserror_init: an exact BlockingIOError's third argument may be the number
    // of characters written; otherwise it is the filename, and only then are filename,
    // winerror and filename2 removed from args
    Value extra = exc_extra_types(I);
    Value bio = extra == VAL_NULL ? VAL_NULL : find_exc_class(I, extra, "BlockingIOError");
    if (I->exc != VAL_NULL) return -1;
    if (bio != VAL_NULL && obj_val(type_of(I, self)) == bio && is_number(I, fn)) {
        int64_t n;
        if (!written_count(I, fn, &n)) return -1;
        Value w = int_from_i64(I, n);
        return w == VAL_NULL ? -1 : attr_set(I, self, "characters_written", w);
    }
    if (attr_set(I, self, "filename", fn) < 0) return -1;
    if (args.n == 5 && vview_get(args, 4) != I->none &&
        attr_set(I, self, "filename2", vview_get(args, 4)) < 0)
        return -1;
    ExcObject *e = exc_cast(self);
    Value t = tuple_from_view(I, vview_slice(args, 0, 2));
    if (t == VAL_NULL) return -1;
    if (e != NULL) e->args = t;
    return 0;
}

// OSError.characters_written: absent (AttributeError) until set.
static Value get_written(Interp *I, Value self) {
    Obj *o = obj_ptr(self);
    Value v = o != NULL && o->dict != VAL_NULL ? dict_get_cstr(I, o->dict, "characters_written")
                                               : VAL_NULL;
    if (v == VAL_NULL && I->exc == VAL_NULL)
        exc_raise(I, TY_ATTRIBUTE_ERROR, "characters_written");
    return v;
}

static int set_written(Interp *I, Value self, Value v) {
    if (v == VAL_NULL) {
        if (get_written(I, self) == VAL_NULL) return -1;
        Obj *o = obj_ptr(self);
        Value key = str_intern_cstr(I, "characters_written");
        return key == VAL_NULL || (o != NULL && dict_del(I, o->dict, key) < 0) ? -1 : 0;
    }
    int64_t n;
    if (!written_count(I, v, &n)) return -1;
    Value w = int_from_i64(I, n);
    return w == VAL_NULL ? -1 : attr_set(I, self, "characters_written", w);
}

static Value os_str(Interp *I, Value self) {
    Value en = attr_get(I, self, "errno");
    Value se = en != VAL_NULL ? attr_get(I, self, "strerror") : VAL_NULL;
    Value fn = se != VAL_NULL ? attr_get(I, self, "filename") : VAL_NULL;
    Value fn2 = fn != VAL_NULL ? attr_get(I, self, "filename2") : VAL_NULL;
    if (fn2 == VAL_NULL) return VAL_NULL;
    if (fn != I->none) {
        if (fn2 != I->none)
            return exc_format(I, "[Errno %S] %S: %R -> %R", en, se, fn, fn2);
        return exc_format(I, "[Errno %S] %S: %R", en, se, fn);
    }
    if (en != I->none && se != I->none) return exc_format(I, "[Errno %S] %S", en, se);
    return base_str(I, self);
}

/* ---- SyntaxError ---- */

static int syntax_init(Interp *I, Value self, ValView args, Value kwnames) {
    if (base_init(I, self, args, kwnames) < 0) return -1;
    if (args.n >= 1 && attr_set(I, self, "msg", vview_get(args, 0)) < 0) return -1;
    if (args.n == 2) {
        Value info = obj_to_tuple(I, vview_get(args, 1));
        if (info == VAL_NULL) return -1;
        size_t n = tuple_len(info);
        if (n < 4 || n > 6) {
            exc_raise(I, TY_TYPE_ERROR, "function takes at %s %d arguments (%zu given)",
                      n < 4 ? "least" : "most", n < 4 ? 4 : 6, n);
            return -1;
        }
        if (n == 5) {
            exc_raise(I, TY_TYPE_ERROR, "end_offset must be provided when end_lineno is provided");
            return -1;
        }
        static const char *const names[] = {"filename", "lineno", "offset", "text",
                                            "end_lineno", "end_offset"};
        for (size_t i = 0; i < n && i < 6; i++)
            if (attr_set(I, self, names[i], tuple_get(info, i)) < 0) return -1;
    }
    return 0;
}

// The part of path [s] after its last '/'.
static Value basename(Interp *I, Value s) {
    BView v = str_view(s);
    int64_t k = bview_rfind(v, bview_cstr("/"), v.n);
    if (k < 0) return s;
    return str_new(I, bview_slice(v, (size_t)k + 1, v.n));
}

static Value syntax_str(Interp *I, Value self) {
    Value msg = attr_get(I, self, "msg");
    Value fn = msg != VAL_NULL ? attr_get(I, self, "filename") : VAL_NULL;
    Value ln = fn != VAL_NULL ? attr_get(I, self, "lineno") : VAL_NULL;
    if (ln == VAL_NULL) return VAL_NULL;
    if (msg == I->none) {
        Value a = exc_args(I, self);
        msg = tuple_len(a) > 0 ? tuple_get(a, 0) : I->empty_str;
    }
    bool have_fn = str_check(fn);
    bool have_ln = int_check(I, ln);
    if (have_fn) {
        fn = basename(I, fn);
        if (fn == VAL_NULL) return VAL_NULL;
    }
    if (have_fn && have_ln) return exc_format(I, "%S (%U, line %S)", msg, fn, ln);
    if (have_fn) return exc_format(I, "%S (%U)", msg, fn);
    if (have_ln) return exc_format(I, "%S (line %S)", msg, ln);
    return obj_str(I, msg);
}

/* ---- UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError ---- */

enum { U_DECODE, U_ENCODE, U_TRANSLATE };

// __init__ of the three: (encoding, object, start, end, reason), UnicodeTranslateError
// without the encoding (then None).
static int unicode_init(Interp *I, Value self, ValView args, Value kwnames, int kind) {
    if (base_init(I, self, args, kwnames) < 0) return -1;
    size_t o = kind == U_TRANSLATE ? 0 : 1; // the index of the object argument
    if (args.n != o + 4) {
        exc_raise(I, TY_TYPE_ERROR, "function takes exactly %zu arguments (%zu given)", o + 4,
                  args.n);
        return -1;
    }
    Value enc = o > 0 ? vview_get(args, 0) : I->none, obj = vview_get(args, o),
          reason = vview_get(args, o + 3);
    if (o > 0 && !str_check(enc)) {
        exc_raise(I, TY_TYPE_ERROR, "argument 1 must be str, not %T", enc);
        return -1;
    }
    if (kind == U_DECODE) {
        // any bytes-like object, kept as bytes (as CPython)
        if (!bytes_check(obj)) {
            BView bv;
            if (!bytes_arg(I, obj, NULL, &bv)) return -1;
            obj = bytes_new(I, bv);
            if (obj == VAL_NULL) return -1;
        }
    } else if (!str_check(obj)) {
        exc_raise(I, TY_TYPE_ERROR, "argument %zu must be str, not %T", o + 1, obj);
        return -1;
    }
    for (size_t i = o + 1; i < o + 3; i++) {
        if (!int_check(I, vview_get(args, i))) {
            exc_raise(I, TY_TYPE_ERROR, "'%T' object cannot be interpreted as an integer",
                      vview_get(args, i));
            return -1;
        }
    }
    if (!str_check(reason)) {
        exc_raise(I, TY_TYPE_ERROR, "argument %zu must be str, not %T", o + 4, reason);
        return -1;
    }
    if (attr_set(I, self, "encoding", enc) < 0 || attr_set(I, self, "object", obj) < 0 ||
        attr_set(I, self, "start", vview_get(args, o + 1)) < 0 ||
        attr_set(I, self, "end", vview_get(args, o + 2)) < 0 || attr_set(I, self, "reason", reason) < 0)
        return -1;
    return 0;
}

static int udecode_init(Interp *I, Value self, ValView args, Value kwnames) {
    return unicode_init(I, self, args, kwnames, U_DECODE);
}

static int uencode_init(Interp *I, Value self, ValView args, Value kwnames) {
    return unicode_init(I, self, args, kwnames, U_ENCODE);
}

static int utranslate_init(Interp *I, Value self, ValView args, Value kwnames) {
    return unicode_init(I, self, args, kwnames, U_TRANSLATE);
}

// Reads start/end/encoding/reason; false with an exception, or *ok false when unset.
static bool unicode_fields(Interp *I, Value self, Value *enc, Value *obj, int64_t *start,
                           int64_t *end, Value *reason, bool *ok) {
    *ok = false;
    *enc = attr_get(I, self, "encoding");
    *obj = attr_get(I, self, "object");
    *reason = attr_get(I, self, "reason");
    Value s = attr_get(I, self, "start"), e = attr_get(I, self, "end");
    if (*enc == VAL_NULL || *obj == VAL_NULL || *reason == VAL_NULL || s == VAL_NULL ||
        e == VAL_NULL)
        return false;
    // (encoding and reason are formatted with str(), None included, as CPython)
    if (!int_check(I, s) || !int_check(I, e)) return true;
    if (!int_to_i64(I, s, start) || !int_to_i64(I, e, end)) return false;
    *ok = true;
    return true;
}

static Value udecode_str(Interp *I, Value self) {
    Value enc, obj, reason;
    int64_t start = 0, end = 0;
    bool ok;
    if (!unicode_fields(I, self, &enc, &obj, &start, &end, &reason, &ok)) return VAL_NULL;
    if (!ok) return I->empty_str;
    BView b = bytes_view(obj);
    if (start >= 0 && (uint64_t)start < b.n && end == start + 1)
        return exc_format(I, "'%S' codec can't decode byte 0x%02x in position %lld: %S", enc,
                          (unsigned)bview_get(b, (size_t)start), (long long)start, reason);
    return exc_format(I, "'%S' codec can't decode bytes in position %lld-%lld: %S", enc,
                      (long long)start, (long long)(end - 1), reason);
}

// The first code point of UTF-8 view [v].
static uint32_t first_cp(BView v) {
    int c0 = bview_get(v, 0);
    if (c0 < 0) return 0;
    if (c0 < 0x80) return (uint32_t)c0;
    int extra = c0 >= 0xF0 ? 3 : c0 >= 0xE0 ? 2 : 1;
    uint32_t cp = (uint32_t)c0 & (0x3Fu >> extra);
    for (int i = 1; i <= extra; i++) {
        int c = bview_get(v, (size_t)i);
        if (c < 0) return cp;
        cp = (cp << 6) | ((uint32_t)c & 0x3Fu);
    }
    return cp;
}

// str() of UnicodeEncodeError ("'ascii' codec can't encode ...") and, with [translate]
// (no codec), UnicodeTranslateError ("can't translate ...").
static Value uchar_str(Interp *I, Value self, bool translate) {
    Value enc, obj, reason;
    int64_t start = 0, end = 0;
    bool ok;
    if (!unicode_fields(I, self, &enc, &obj, &start, &end, &reason, &ok)) return VAL_NULL;
    if (!ok) return I->empty_str;
    Value codec = translate ? I->empty_str : exc_format(I, "'%S' codec ", enc);
    if (codec == VAL_NULL) return VAL_NULL;
    const char *verb = translate ? "translate" : "encode";
    size_t len = str_len(obj);
    if (start >= 0 && (uint64_t)start < len && end == start + 1) {
        Value ch = str_substr(I, obj, (size_t)start, (size_t)start + 1);
        if (ch == VAL_NULL) return VAL_NULL;
        uint32_t cp = first_cp(str_view(ch));
        const char *fmt = cp <= 0xff     ? "%Ucan't %s character '\\x%02x' in position %lld: %S"
                          : cp <= 0xffff ? "%Ucan't %s character '\\u%04x' in position %lld: %S"
                                         : "%Ucan't %s character '\\U%08x' in position %lld: %S";
        return exc_format(I, fmt, codec, verb, (unsigned)cp, (long long)start, reason);
    }
    return exc_format(I, "%Ucan't %s characters in position %lld-%lld: %S", codec, verb,
                      (long long)start, (long long)(end - 1), reason);
}

static Value uencode_str(Interp *I, Value self) { return uchar_str(I, self, false); }

static Value utranslate_str(Interp *I, Value self) { return uchar_str(I, self, true); }

/* ---- the table ---- */

#define EXC_FLAGS (TF_BASETYPE | TF_HAS_DICT | TF_EXC)
// As in CPython, the simple exception types define their own __new__ (EXC); the ones
// with fields of their own (SystemExit, KeyError, the OSError family...) inherit it
// (EXC_INHERIT_NEW). Every one defines its own __init__ (type_add_slot_wrappers).
#define EXC_INHERIT_NEW(id, nm, b, d)                                                     \
    [id - TY_BASE_EXCEPTION] = {.name = nm, .inst_kind = K_EXC,                          \
                                .inst_size = sizeof(ExcObject), .tflags = EXC_FLAGS,     \
                                .base = b, .doc = d
#define EXC(id, nm, b, d) EXC_INHERIT_NEW(id, nm, b, d), .new_ = exc_base_new

static const TypeSpec exc_specs[TY__COUNT - TY_BASE_EXCEPTION] = {
    EXC_INHERIT_NEW(TY_SYSTEM_EXIT, "SystemExit", TY_BASE_EXCEPTION, "Request to exit from the interpreter."),
        .init = systemexit_init, .getsets = systemexit_getsets},
    EXC(TY_KEYBOARD_INTERRUPT, "KeyboardInterrupt", TY_BASE_EXCEPTION, "Program interrupted by user.")},
    EXC(TY_GENERATOR_EXIT, "GeneratorExit", TY_BASE_EXCEPTION, "Request that a generator exit.")},
    EXC(TY_EXCEPTION, "Exception", TY_BASE_EXCEPTION, "Common base class for all non-exit exceptions.")},
    EXC(TY_ARITHMETIC_ERROR, "ArithmeticError", TY_EXCEPTION, "Base class for arithmetic errors.")},
    EXC(TY_FLOATING_POINT_ERROR, "FloatingPointError", TY_ARITHMETIC_ERROR, "Floating point operation failed.")},
    EXC(TY_OVERFLOW_ERROR, "OverflowError", TY_ARITHMETIC_ERROR, "Result too large to be represented.")},
    EXC(TY_ZERO_DIVISION_ERROR, "ZeroDivisionError", TY_ARITHMETIC_ERROR,
        "Second argument to a division or modulo operation was zero.")},
    EXC(TY_ASSERTION_ERROR, "AssertionError", TY_EXCEPTION, "Assertion failed.")},
    EXC_INHERIT_NEW(TY_ATTRIBUTE_ERROR, "AttributeError", TY_EXCEPTION, "Attribute not found."),
        .init = attrerr_init, .getsets = attr_getsets},
    EXC(TY_BUFFER_ERROR, "BufferError", TY_EXCEPTION, "Buffer error.")},
    EXC(TY_EOF_ERROR, "EOFError", TY_EXCEPTION, "Read beyond end of file.")},
    EXC_INHERIT_NEW(TY_IMPORT_ERROR, "ImportError", TY_EXCEPTION,
        "Import can't find module, or can't find name in module."),
        .init = import_init, .str = import_str, .getsets = import_getsets},
    EXC_INHERIT_NEW(TY_MODULE_NOT_FOUND_ERROR, "ModuleNotFoundError", TY_IMPORT_ERROR, "Module not found.")},
    EXC(TY_LOOKUP_ERROR, "LookupError", TY_EXCEPTION, "Base class for lookup errors.")},
    EXC(TY_INDEX_ERROR, "IndexError", TY_LOOKUP_ERROR, "Sequence index out of range.")},
    EXC_INHERIT_NEW(TY_KEY_ERROR, "KeyError", TY_LOOKUP_ERROR, "Mapping key not found."), .str = keyerror_str},
    EXC(TY_MEMORY_ERROR, "MemoryError", TY_EXCEPTION, "Out of memory.")},
    EXC_INHERIT_NEW(TY_NAME_ERROR, "NameError", TY_EXCEPTION, "Name not found globally."),
        .init = nameerr_init, .getsets = name_getsets},
    EXC_INHERIT_NEW(TY_UNBOUND_LOCAL_ERROR, "UnboundLocalError", TY_NAME_ERROR,
        "Local name referenced but not bound to a value.")},
    EXC_INHERIT_NEW(TY_OS_ERROR, "OSError", TY_EXCEPTION, "Base class for I/O related errors."),
        .new_ = os_new, .init = os_init, .str = os_str, .getsets = os_getsets},
    EXC_INHERIT_NEW(TY_FILE_NOT_FOUND_ERROR, "FileNotFoundError", TY_OS_ERROR, "File not found.")},
    EXC_INHERIT_NEW(TY_FILE_EXISTS_ERROR, "FileExistsError", TY_OS_ERROR, "File already exists.")},
    EXC_INHERIT_NEW(TY_IS_A_DIRECTORY_ERROR, "IsADirectoryError", TY_OS_ERROR,
        "Operation doesn't work on directories.")},
    EXC_INHERIT_NEW(TY_NOT_A_DIRECTORY_ERROR, "NotADirectoryError", TY_OS_ERROR,
        "Operation only works on directories.")},
    EXC_INHERIT_NEW(TY_PERMISSION_ERROR, "PermissionError", TY_OS_ERROR, "Not enough permissions.")},
    EXC_INHERIT_NEW(TY_TIMEOUT_ERROR, "TimeoutError", TY_OS_ERROR, "Timeout expired.")},
    EXC(TY_REFERENCE_ERROR, "ReferenceError", TY_EXCEPTION,
        "Weak ref proxy used after referent went away.")},
    EXC(TY_RUNTIME_ERROR, "RuntimeError", TY_EXCEPTION, "Unspecified run-time error.")},
    EXC(TY_NOT_IMPLEMENTED_ERROR, "NotImplementedError", TY_RUNTIME_ERROR,
        "Method or function hasn't been implemented yet.")},
    EXC(TY_RECURSION_ERROR, "RecursionError", TY_RUNTIME_ERROR, "Recursion limit exceeded.")},
    EXC(TY_STOP_ASYNC_ITERATION, "StopAsyncIteration", TY_EXCEPTION,
        "Signal the end from iterator.__anext__().")},
    EXC_INHERIT_NEW(TY_STOP_ITERATION, "StopIteration", TY_EXCEPTION, "Signal the end from iterator.__next__()."),
        .init = stopiter_init, .getsets = stopiter_getsets},
    EXC_INHERIT_NEW(TY_SYNTAX_ERROR, "SyntaxError", TY_EXCEPTION, "Invalid syntax."),
        .init = syntax_init, .str = syntax_str, .getsets = syntax_getsets},
    EXC_INHERIT_NEW(TY_INDENTATION_ERROR, "IndentationError", TY_SYNTAX_ERROR, "Improper indentation.")},
    EXC_INHERIT_NEW(TY_TAB_ERROR, "TabError", TY_INDENTATION_ERROR, "Improper mixture of spaces and tabs.")},
    EXC(TY_SYSTEM_ERROR, "SystemError", TY_EXCEPTION,
        "Internal error in the Python interpreter.\n\nPlease report this to the Python "
        "maintainer, along with the traceback,\nthe Python version, and the hardware/OS "
        "platform and version.")},
    EXC(TY_TYPE_ERROR, "TypeError", TY_EXCEPTION, "Inappropriate argument type.")},
    EXC(TY_VALUE_ERROR, "ValueError", TY_EXCEPTION, "Inappropriate argument value (of correct type).")},
    EXC(TY_UNICODE_ERROR, "UnicodeError", TY_VALUE_ERROR, "Unicode related error.")},
    EXC(TY_UNICODE_DECODE_ERROR, "UnicodeDecodeError", TY_UNICODE_ERROR, "Unicode decoding error."),
        .init = udecode_init, .str = udecode_str, .getsets = unicode_getsets},
    EXC(TY_UNICODE_ENCODE_ERROR, "UnicodeEncodeError", TY_UNICODE_ERROR, "Unicode encoding error."),
        .init = uencode_init, .str = uencode_str, .getsets = unicode_getsets},
    EXC(TY_WARNING, "Warning", TY_EXCEPTION, "Base class for warning categories.")},
    EXC(TY_USER_WARNING, "UserWarning", TY_WARNING, "Base class for warnings generated by user code.")},
    EXC(TY_DEPRECATION_WARNING, "DeprecationWarning", TY_WARNING,
        "Base class for warnings about deprecated features.")},
    EXC(TY_RUNTIME_WARNING, "RuntimeWarning", TY_WARNING,
        "Base class for warnings about dubious runtime behavior.")},
    EXC(TY_SYNTAX_WARNING, "SyntaxWarning", TY_WARNING, "Base class for warnings about dubious syntax.")},
    EXC(TY_BUDGET_ERROR, "BudgetExceeded", TY_EXCEPTION,
        "The instruction budget of this run was used up.")},
    [TY_BASE_EXCEPTION_GROUP - TY_BASE_EXCEPTION] = {.name = "BaseExceptionGroup",
        .inst_kind = K_EXC, .inst_size = sizeof(ExcGroupObject), .tflags = EXC_FLAGS,
        .base = TY_BASE_EXCEPTION, .doc = "A combination of multiple unrelated exceptions.",
        .new_ = excgroup_new, .init = excgroup_init, .str = excgroup_str,
        .methods = excgroup_methods, .getsets = excgroup_getsets},
};
#undef EXC
#undef EXC_INHERIT_NEW

const TypeSpec *exc_type_spec(TypeId id) {
    if (id == TY_BASE_EXCEPTION) return &base_exception_spec;
    if (id < TY_BASE_EXCEPTION || id >= TY__COUNT) return NULL;
    return &exc_specs[id - TY_BASE_EXCEPTION];
}

/* ---- exception classes without a TypeId ---- */

/* Builtin types made from a spec at start-up (type_from_spec, so their namespaces are
 * built on first use, like the TypeId ones): immutable, __module__ 'builtins', no
 * __weakref__, as CPython's static exception types. */
typedef struct ExtraExc {
    const char *base;  /* name of a builtin or an earlier extra class */
    TypeSpec spec;
} ExtraExc;

#define EXTRA(nm, b, d)                                                                   \
    {b, {.name = nm, .inst_kind = K_EXC, .inst_size = sizeof(ExcObject), .tflags = EXC_FLAGS, \
         .doc = d, .new_ = exc_base_new}}

// the OSError family inherits OSError's __new__
#define EXTRA_OS(nm, b, d)                                                                \
    {b, {.name = nm, .inst_kind = K_EXC, .inst_size = sizeof(ExcObject), .tflags = EXC_FLAGS, \
         .doc = d}}

#define EXTRA_SLOTS(nm, b, d, ...)                                                        \
    {b, {.name = nm, .inst_kind = K_EXC, .inst_size = sizeof(ExcObject), .tflags = EXC_FLAGS, \
         .doc = d, __VA_ARGS__}}

static const ExtraExc extra_excs[] = {
    EXTRA_OS("BlockingIOError", "OSError", "I/O operation would block."),
    EXTRA_OS("ChildProcessError", "OSError", "Child process error."),
    EXTRA_OS("ConnectionError", "OSError", "Connection error."),
    EXTRA_OS("BrokenPipeError", "ConnectionError", "Broken pipe."),
    EXTRA_OS("ConnectionAbortedError", "ConnectionError", "Connection aborted."),
    EXTRA_OS("ConnectionRefusedError", "ConnectionError", "Connection refused."),
    EXTRA_OS("ConnectionResetError", "ConnectionError", "Connection reset."),
    EXTRA_OS("InterruptedError", "OSError", "Interrupted by signal."),
    EXTRA_OS("ProcessLookupError", "OSError", "Process not found."),
    EXTRA_SLOTS("UnicodeTranslateError", "UnicodeError", "Unicode translation error.",
                .new_ = exc_base_new, .init = utranslate_init, .str = utranslate_str, .getsets = unicode_getsets),
    EXTRA("BytesWarning", "Warning",
          "Base class for warnings about bytes and buffer related problems, mostly\n"
          "related to conversion from str or comparing to str."),
    EXTRA("EncodingWarning", "Warning", "Base class for warnings about encodings."),
    EXTRA("FutureWarning", "Warning",
          "Base class for warnings about constructs that will change semantically\nin the future."),
    EXTRA("ImportWarning", "Warning", "Base class for warnings about probable mistakes in module imports"),
    EXTRA("PendingDeprecationWarning", "Warning",
          "Base class for warnings about features which will be deprecated\nin the future."),
    EXTRA("ResourceWarning", "Warning", "Base class for warnings about resource usage."),
    EXTRA("UnicodeWarning", "Warning",
          "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems."),
    {NULL, {.name = NULL}},
};
#undef EXTRA
#undef EXTRA_OS
#undef EXTRA_SLOTS

// The class named [name]: an earlier extra class in [d] or a builtin exception type.
static Value find_exc_class(Interp *I, Value d, const char *name) {
    Value v = dict_get_cstr(I, d, name);
    if (v != VAL_NULL || I->exc != VAL_NULL) return v;
    for (int id = TY_BASE_EXCEPTION; id < TY__COUNT; id++) {
        const TypeSpec *s = exc_type_spec((TypeId)id);
        if (s != NULL && bview_eq_cstr(bview_cstr(s->name), name)) return obj_val(I->types[id]);
    }
    return VAL_NULL;
}

Value exc_extra_types(Interp *I) {
    if (I->scratch == VAL_NULL) {
        I->scratch = dict_new(I);
        if (I->scratch == VAL_NULL) return VAL_NULL;
    }
    Value cached = dict_get_cstr(I, I->scratch, "core.exc_extra_types");
    if (cached != VAL_NULL || I->exc != VAL_NULL) return cached;
    Value d = dict_new(I);
    if (d == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; extra_excs[i].spec.name != NULL; i++) {
        const ExtraExc *x = &extra_excs[i];
        Type *base = type_cast(find_exc_class(I, d, x->base));
        if (base == NULL) {
            if (I->exc == VAL_NULL) exc_raise(I, TY_SYSTEM_ERROR, "no exception base %s", x->base);
            return VAL_NULL;
        }
        Type *t = type_from_spec(I, &x->spec, base);
        if (t == NULL || !dict_set_cstr(I, d, x->spec.name, obj_val(t))) return VAL_NULL;
    }
    if (!exc_group_make_class(I, d)) return VAL_NULL;
    Value os = obj_val(I->types[TY_OS_ERROR]);
    if (!dict_set_cstr(I, d, "EnvironmentError", os) || !dict_set_cstr(I, d, "IOError", os))
        return VAL_NULL;
    if (!dict_set_cstr(I, I->scratch, "core.exc_extra_types", d)) return VAL_NULL;
    return d;
}
