/*
 * sysmod_more.c: the smaller sys functions and tables split from sysmod.c:
 * getswitchinterval/setswitchinterval, call_tracing, breakpointhook (what builtins'
 * breakpoint() calls), unraisablehook, stdlib_module_names and the async generator hooks.
 *
 * Invariant: the per-interpreter state of these functions (the switch interval) lives in
 * I->scratch under "sys."-prefixed keys; nothing here keeps C-level state.
 */
#include "sysmod.h"

#include "import.h"
#include "../vm/coro.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"

#define SWITCH_KEY "sys.switchinterval"

// obj.name(arg)
static Value call1(Interp *I, Value obj, const char *name, Value arg) {
    if (arg == VAL_NULL) return VAL_NULL;
    Value a[1] = {arg};
    return obj_call_method(I, obj, name, vview_make(a, 1));
}

static Value sys_getswitchinterval(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_no_kw(I, kwnames, "sys.getswitchinterval")) return VAL_NULL;
    if (args.n > 0)
        return exc_raise(I, TY_TYPE_ERROR, "sys.getswitchinterval() takes no arguments (%zu given)",
                         args.n);
    Value v = dict_get_cstr(I, I->scratch, SWITCH_KEY);
    if (v != VAL_NULL || I->exc != VAL_NULL) return v;
    return float_new(I, 0.005);
}

// safepy has no thread switching: the interval is only recorded, as a value to read back.
static Value sys_setswitchinterval(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_one(I, args, kwnames, "sys.setswitchinterval")) return VAL_NULL;
    double d;
    if (!float_as_double(I, vview_get(args, 0), &d)) return VAL_NULL;
    if (d <= 0.0) return exc_raise(I, TY_VALUE_ERROR, "switch interval must be strictly positive");
    // CPython keeps the interval in whole microseconds (NaN and huge values kept as given)
    double us = d * 1e6;
    Value f = float_new(I, us < 9.2e18 ? (double)(int64_t)us / 1e6 : d);
    if (f == VAL_NULL || !dict_set_cstr(I, I->scratch, SWITCH_KEY, f)) return VAL_NULL;
    return I->none;
}

static Value sys_call_tracing(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "call_tracing", 2, 2)) return VAL_NULL;
    Value a = vview_get(args, 1);
    if (!tuple_check(a))
        return exc_raise(I, TY_TYPE_ERROR, "call_tracing() argument 2 must be tuple, not %T", a);
    return obj_call(I, vview_get(args, 0), tuple_view(a), VAL_NULL);
}

// The hook named by $PYTHONBREAKPOINT ("pdb.set_trace" when unset or empty; "0" turns
// breakpoint() off). safepy has no pdb, so the default ends in CPython's warning about an
// unimportable hook.
static Value sys_breakpointhook(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value os = import_module_cstr(I, "os");
    Value env = os != VAL_NULL ? obj_getattr_cstr(I, os, "environ") : VAL_NULL;
    if (env == VAL_NULL) return VAL_NULL;
    Value key = str_from_cstr(I, "PYTHONBREAKPOINT");
    if (key == VAL_NULL) return VAL_NULL;
    Value hook = obj_getitem(I, env, key);
    if (hook == VAL_NULL) {
        if (!exc_pending_is(I, TY_KEY_ERROR)) return VAL_NULL;
        exc_clear(I);
    }
    if (hook != VAL_NULL && str_eq_cstr(hook, "0")) return I->none;
    if (hook == VAL_NULL || !str_check(hook) || str_len(hook) == 0) {
        hook = str_from_cstr(I, "pdb.set_trace");
        if (hook == VAL_NULL) return VAL_NULL;
    }
    Value parts = call1(I, hook, "rpartition", str_from_cstr(I, "."));
    if (parts == VAL_NULL || !tuple_check(parts) || tuple_len(parts) != 3) return VAL_NULL;
    Value modname = tuple_get(parts, 0), fname = tuple_get(parts, 2);
    const char *mod = str_len(modname) == 0 ? "builtins" : NULL;
    Value m;
    if (mod != NULL && str_len(tuple_get(parts, 1)) != 0) // ".name": no module, CPython warns
        m = exc_raise(I, TY_IMPORT_ERROR, "no module");
    else
        m = mod != NULL ? import_module_cstr(I, mod) : import_name(I, modname, VAL_NULL, I->none, 0);
    if (m != VAL_NULL && mod == NULL) {
        // __import__("a.b") gives the top package; sys.modules has the named module
        Value full = dict_get(I, I->modules, modname);
        m = full != VAL_NULL ? full : (I->exc != VAL_NULL ? VAL_NULL : m);
    }
    Value fn = m != VAL_NULL ? obj_getattr(I, m, fname) : VAL_NULL;
    if (fn == VAL_NULL) {
        if (!exc_pending_is(I, TY_IMPORT_ERROR) && !exc_pending_is(I, TY_ATTRIBUTE_ERROR))
            return VAL_NULL;
        exc_clear(I);
        Value msg = str_from_format(I, "Ignoring unimportable $PYTHONBREAKPOINT: \"%U\"", hook);
        if (msg == VAL_NULL || !exc_warn_str(I, TY_RUNTIME_WARNING, msg)) return VAL_NULL;
        return I->none;
    }
    return obj_call(I, fn, args, kwnames);
}

// What CPython's default unraisable hook prints on sys.stderr: "<msg>: <obj repr>" (just
// "<msg>" when obj is None), then the traceback and the exception, without its chain.
static bool report_unraisable(Interp *I, Value msg, Value obj, Value exc) {
    Value err = obj_getattr_cstr(I, I->sys, "stderr");
    if (err == VAL_NULL) return false;
    Value line = obj != I->none ? str_from_format(I, "%S: %R\n", msg, obj)
                                : str_from_format(I, "%S\n", msg);
    if (line == VAL_NULL || call1(I, err, "write", line) == VAL_NULL) return false;
    if (exc == I->none) return true;
    ExcObject *eo = exc_cast(exc);
    Value ctx = eo != NULL ? eo->context : VAL_NULL, cause = eo != NULL ? eo->cause : VAL_NULL;
    if (eo != NULL) eo->context = eo->cause = VAL_NULL;
    bool ok = sysmod_print_exception(I, exc, err);
    if (eo != NULL) {
        eo->context = ctx;
        eo->cause = cause;
    }
    return ok;
}

// Default sys.unraisablehook: prints "<err_msg>: <object repr>" and the exception's
// report on sys.stderr, as CPython's default hook does.
static Value sys_unraisablehook(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_one(I, args, kwnames, "unraisablehook")) return VAL_NULL;
    Value a = vview_get(args, 0);
    Type *t = type_of(I, a);
    if (!str_check(t->name) || !str_eq_cstr(t->name, "UnraisableHookArgs"))
        return exc_raise(I, TY_TYPE_ERROR, "sys.unraisablehook argument type must be UnraisableHookArgs");
    Value exc = obj_getattr_cstr(I, a, "exc_value");
    Value msg = exc != VAL_NULL ? obj_getattr_cstr(I, a, "err_msg") : VAL_NULL;
    Value obj = msg != VAL_NULL ? obj_getattr_cstr(I, a, "object") : VAL_NULL;
    if (obj == VAL_NULL) return VAL_NULL;
    if (msg == I->none) msg = str_from_cstr(I, "Exception ignored in");
    if (msg == VAL_NULL || !report_unraisable(I, msg, obj, exc)) return VAL_NULL;
    return I->none;
}

void sysmod_write_unraisable(Interp *I, Value exc, Value obj, bool at_exit) {
    Value saved = exc_fetch(I);
    Value hook = I->sys != VAL_NULL ? dict_get_cstr(I, module_dict(I->sys), "unraisablehook")
                                    : VAL_NULL;
    Value tb = exc_get_traceback(exc);
    Value vals[5] = {obj_val(type_of(I, exc)), exc, tb != VAL_NULL ? tb : I->none, I->none,
                     obj != VAL_NULL ? obj : I->none};
    Value args = sysmod_structseq(I, "sys", "UnraisableHookArgs",
                                  "exc_type exc_value exc_traceback err_msg object",
                                  vview_make(vals, 5));
    Value msg = str_from_cstr(I, "Exception ignored in");
    if (args != VAL_NULL && msg != VAL_NULL) {
        if (hook == VAL_NULL || hook == I->none || at_exit) {
            (void)report_unraisable(I, msg, vals[4], exc);
        } else if (obj_call1(I, hook, args) == VAL_NULL) {
            // CPython reports the hook's own error with the default hook (not the original)
            Value herr = exc_fetch(I);
            Value hmsg = str_from_cstr(I, "Exception ignored in sys.unraisablehook");
            if (herr != VAL_NULL && hmsg != VAL_NULL) (void)report_unraisable(I, hmsg, hook, herr);
        }
    }
    exc_clear(I);
    I->exc = saved;
}

static const char *const stdlib_names[] = {
    "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2",
    "_bootsubprocess", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022",
    "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc",
    "_compat_pickle", "_compression", "_contextvars", "_crypt", "_csv", "_ctypes",
    "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree",
    "_frozen_importlib", "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib",
    "_heapq", "_imp", "_io", "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5",
    "_msi", "_multibytecodec", "_multiprocessing", "_opcode", "_operator", "_osx_support",
    "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc", "_pydecimal",
    "_pyio", "_queue", "_random", "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512",
    "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat",
    "_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread",
    "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing", "_uuid",
    "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc",
    "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit",
    "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile",
    "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop",
    "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib",
    "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses",
    "datetime", "dbm", "decimal", "difflib", "dis", "distutils", "doctest", "email",
    "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp",
    "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath",
    "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq",
    "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect",
    "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale",
    "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap",
    "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt",
    "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os",
    "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil",
    "platform", "plistlib", "poplib", "posix", "posixpath", "pprint", "profile", "pstats",
    "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue",
    "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy",
    "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal",
    "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3",
    "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string",
    "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog",
    "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this",
    "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace",
    "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing",
    "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave",
    "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc",
    "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
};

/* sys.stdlib_module_names is built on first use (300 names: a sixth of start-up when
 * eager): sys's __getattr__ (PEP 562) makes it and stores it in the module, so later
 * reads find it directly; sys's __dir__ makes it too and leaves these two hooks out, so
 * dir(sys) lists what CPython's does. Any other missing name is CPython's AttributeError.
 * [sys] is the module the hooks belong to (their self), whatever sys.modules holds. */
static Value stdlib_module_names(Interp *I, Value sys) {
    Value names = set_new(I, true);
    if (names == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < sizeof stdlib_names / sizeof stdlib_names[0]; i++) {
        Value s = str_from_cstr(I, stdlib_names[i]);
        if (s == VAL_NULL || !set_add(I, names, s)) return VAL_NULL;
    }
    return module_add_value(I, sys, "stdlib_module_names", names) ? names : VAL_NULL;
}

static Value sys_getattr(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_one(I, args, kwnames, "__getattr__")) return VAL_NULL;
    Value name = vview_get(args, 0);
    if (!str_check(name))
        return exc_raise(I, TY_ATTRIBUTE_ERROR, "module 'sys' has no attribute %R", name);
    if (!bview_eq_cstr(str_view(name), "stdlib_module_names"))
        return exc_raise(I, TY_ATTRIBUTE_ERROR, "module 'sys' has no attribute '%U'", name);
    return stdlib_module_names(I, self);
}

static Value sys_dir(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__dir__", 0, 0)) return VAL_NULL;
    Value d = module_dict(self);
    if (d == VAL_NULL) return exc_raise(I, TY_SYSTEM_ERROR, "module has no namespace");
    if (dict_get_cstr(I, d, "stdlib_module_names") == VAL_NULL &&
        (I->exc != VAL_NULL || stdlib_module_names(I, self) == VAL_NULL))
        return VAL_NULL;
    Value l = list_new(I, dict_len(d));
    if (l == VAL_NULL) return VAL_NULL;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        bool hook = str_check(k) && (str_eq_cstr(k, "__getattr__") || str_eq_cstr(k, "__dir__"));
        if (!hook && !list_append(I, l, k)) return VAL_NULL;
    }
    return l;
}

/* ---- sys.set_asyncgen_hooks / get_asyncgen_hooks: kept in I->scratch, read by
 * coro.c when an async generator is first iterated ---- */

static Value sys_set_asyncgen_hooks(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value hooks[2] = {VAL_NULL, VAL_NULL};
    if (!args_parse(I, args, kwnames, "set_asyncgen_hooks", "| firstiter finalizer", &hooks[0],
                    &hooks[1]))
        return VAL_NULL;
    static const char *const names[2] = {"firstiter", "finalizer"};
    for (int i = 1; i >= 0; i--) // CPython checks the finalizer first
        if (hooks[i] != VAL_NULL && hooks[i] != I->none && type_of(I, hooks[i])->call == NULL)
            return exc_raise(I, TY_TYPE_ERROR, "callable %s expected, got %T", names[i], hooks[i]);
    for (int i = 0; i < 2; i++)
        if (hooks[i] != VAL_NULL &&
            !dict_set_cstr(I, I->scratch, i == 0 ? ASYNCGEN_FIRSTITER_KEY : ASYNCGEN_FINALIZER_KEY,
                           hooks[i]))
            return VAL_NULL;
    return I->none;
}

static Value sys_get_asyncgen_hooks(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "get_asyncgen_hooks", 0, 0)) return VAL_NULL;
    Value v[2];
    for (int i = 0; i < 2; i++) {
        v[i] = dict_get_cstr(I, I->scratch, i == 0 ? ASYNCGEN_FIRSTITER_KEY : ASYNCGEN_FINALIZER_KEY);
        if (v[i] == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            v[i] = I->none;
        }
    }
    return sysmod_structseq(I, "builtins", "asyncgen_hooks", "firstiter finalizer",
                            vview_make(v, 2));
}

static const MethodDef more_methods[] = {
    {"__getattr__", sys_getattr, 0, NULL},
    {"__dir__", sys_dir, 0, NULL},
    {"getswitchinterval", sys_getswitchinterval, 0, "Return the current thread switch interval; see sys.setswitchinterval()."},
    {"setswitchinterval", sys_setswitchinterval, 0, "Set the ideal thread switching delay inside the Python interpreter."},
    {"call_tracing", sys_call_tracing, 0, "Call func(*args), while tracing is enabled."},
    {"breakpointhook", sys_breakpointhook, 0, "This hook function is called by built-in breakpoint()."},
    {"unraisablehook", sys_unraisablehook, 0, "Handle an unraisable exception."},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, 0, "Set a finalizer for async generators objects."},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, 0, "Return the installed asynchronous generators hooks."},
    {NULL, NULL, 0, NULL},
};

bool sysmod_more_init(Interp *I, Value m) {
    if (!module_add_functions(I, m, more_methods)) return false;
    // sys.__xxxhook__ is the original hook object itself
    static const char *const dunder[4][2] = {{"breakpointhook", "__breakpointhook__"},
                                             {"unraisablehook", "__unraisablehook__"},
                                             {"displayhook", "__displayhook__"},
                                             {"excepthook", "__excepthook__"}};
    for (int i = 0; i < 4; i++) {
        Value f = obj_getattr_cstr(I, m, dunder[i][0]);
        if (f == VAL_NULL || !module_add_value(I, m, dunder[i][1], f)) return false;
    }
    return true;
}
