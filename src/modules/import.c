/*
 * import.c: the import system. Modules are found in sys.modules, then among the frozen
 * modules compiled into the binary, then along sys.path (or a package's __path__) through
 * the host table's stat/open/read. A module is entered into sys.modules before its body
 * runs (so circular imports see the partial module, as in CPython) and removed again if
 * the body fails. Modules whose body is still running are listed in the "initializing"
 * dict so `from m import x` can give CPython's circular-import message.
 */
#include "import.h"

#include "../compiler/compile.h"
#include "../kernel/lz.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/eval.h"
#include "../vm/code.h"
#include "frozen.h"
#include "marshal.h"
#include "modtab.h"

// Bytes asked of the host per read of a source file. 4 KiB keeps the buffer of a small
// script a small chunk (4618 bytes, the 5120 class): at 64 KiB every run of a script
// left two 96 KiB three-block buffers (the file is read once to check it, once to run
// it) in the heap until the first collection, and an empty script's heap took a second
// 2 MiB huge page for them (peak RSS 7.1 -> 5.0 MB, docs/notes/mem17.md). Larger files
// grow the buffer by half each time, as any Buf.
#define READ_CHUNK 4096u

static Value scratch_dict(Interp *I, const char *key) {
    Value d = dict_get_cstr(I, I->scratch, key);
    if (d != VAL_NULL || I->exc != VAL_NULL) return d;
    d = dict_new(I);
    if (d == VAL_NULL || !dict_set_cstr(I, I->scratch, key, d)) return VAL_NULL;
    return d;
}

bool import_init(Interp *I) {
    if (I->scratch == VAL_NULL) {
        I->scratch = dict_new(I);
        if (I->scratch == VAL_NULL) return false;
    }
    if (I->modules == VAL_NULL) {
        I->modules = dict_new(I);
        if (I->modules == VAL_NULL) return false;
    }
    return scratch_dict(I, "import.initializing") != VAL_NULL;
}

static Value sys_attr(Interp *I, const char *name) {
    if (I->sys == VAL_NULL) return VAL_NULL;
    return dict_get_cstr(I, module_dict(I->sys), name);
}

bool import_set_path(Interp *I, Value script_dir) {
    Value path = list_new(I, 4);
    if (path == VAL_NULL || !list_append(I, path, script_dir)) return false;
    if (I->sys == VAL_NULL) return true;
    return dict_set_cstr(I, module_dict(I->sys), "path", path);
}

/* ---- strings and paths ---- */

static Value str_of_view(Interp *I, BView v) { return str_new(I, v); }

/* Joins dir + "/" + name + suffix ("" dir means the current directory). */
static Value join_path(Interp *I, Value dir, BView name, const char *suffix) {
    StrBuilder sb;
    sb_init(&sb);
    BView d = str_view(dir);
    if (d.n > 0) {
        if (!sb_add_view(I, &sb, d)) return VAL_NULL;
        if (bview_get(d, d.n - 1) != '/' && !sb_add_cstr(I, &sb, "/")) return VAL_NULL;
    }
    if (!sb_add_view(I, &sb, name) || !sb_add_cstr(I, &sb, suffix)) return VAL_NULL;
    return sb_finish(I, &sb);
}

/* The last dotted component of [name] and everything before it. */
static BView last_part(BView name, BView *parent) {
    int64_t dot = bview_rfind(name, bview_cstr("."), name.n);
    if (dot < 0) {
        *parent = bview_slice(name, 0, 0);
        return name;
    }
    *parent = bview_slice(name, 0, (size_t)dot);
    return bview_slice(name, (size_t)dot + 1, name.n);
}

static Value c_path(Interp *I, Value path, Buf *out) {
    buf_init(out);
    KStatus s = buf_from_view(I->heap, out, str_view(path));
    if (s != K_OK) return exc_from_kstatus(I, s, "path");
    return path;
}

static bool is_space_tab(int c) { return c == ' ' || c == '\t' || c == '\f'; }

static bool is_name_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.';
}

// The NAME of a "coding[:=]NAME" comment in the first two lines of [src], or an empty view.
static BView coding_cookie(BView src) {
    size_t pos = bview_startswith(src, bview_cstr("\xef\xbb\xbf")) ? 3 : 0;
    for (int line = 0; line < 2 && pos < src.n; line++) {
        int64_t nl = bview_find_byte(src, '\n', pos);
        BView l = bview_slice(src, pos, nl < 0 ? src.n : (size_t)nl);
        pos = nl < 0 ? src.n : (size_t)nl + 1;
        size_t i = 0;
        while (is_space_tab(bview_get(l, i))) i++;
        if (i == l.n || bview_get(l, i) == '\r') continue; // a blank line 1
        if (bview_get(l, i) != '#') break;                  // code: no cookie after it
        for (int64_t k = bview_find(l, bview_cstr("coding"), i); k >= 0;
             k = bview_find(l, bview_cstr("coding"), (size_t)k + 1)) {
            size_t j = (size_t)k + 6;
            if (bview_get(l, j) != ':' && bview_get(l, j) != '=') continue;
            j++;
            while (is_space_tab(bview_get(l, j))) j++;
            size_t start = j;
            while (is_name_char(bview_get(l, j))) j++;
            if (j > start) return bview_slice(l, start, j);
        }
    }
    return bview_slice(src, 0, 0);
}

/* True when encoding [name] is [std] (lower case, '-') or [std] followed by "-..." in
 * CPython's tokenizer's sense: case-insensitive, '_' as '-'. */
static bool names_encoding(BView name, const char *std) {
    BView want = bview_cstr(std);
    if (name.n < want.n) return false;
    for (size_t i = 0; i < want.n; i++) {
        int c = bview_get(name, i);
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if (c == '_') c = '-';
        if (c != bview_get(want, i)) return false;
    }
    int next = bview_get(name, want.n);
    return next < 0 || next == '-' || next == '_';
}

// The name CPython's tokenizer reports for encoding [name]: the Latin-1 aliases as iso-8859-1.
static Value normal_name(Interp *I, BView name) {
    if (names_encoding(name, "latin-1") || names_encoding(name, "iso-8859-1") ||
        names_encoding(name, "iso-latin-1"))
        return str_from_cstr(I, "iso-8859-1");
    return str_from_utf8(I, name);
}

// Raises SyntaxError [msg] at line 0 of [filename], or without a place when it is VAL_NULL.
static Value encoding_error(Interp *I, Value msg, Value filename) {
    if (msg == VAL_NULL) return VAL_NULL;
    Value args[2] = {msg, VAL_NULL};
    if (filename != VAL_NULL) {
        args[1] = tuple_pack(I, 4, filename, val_from_small(0), val_from_small(-1), I->none);
        if (args[1] == VAL_NULL) return VAL_NULL;
    }
    Value e = exc_new(I, I->types[TY_SYNTAX_ERROR], vview_make(args, filename != VAL_NULL ? 2 : 1));
    return e == VAL_NULL ? VAL_NULL : exc_set(I, e);
}

Value import_source_utf8(Interp *I, Value src, Value filename) {
    BView text = bytes_view(src);
    BView name = coding_cookie(text);
    if (name.n == 0 || names_encoding(name, "utf-8")) return src;
    Value enc = str_from_utf8(I, name);
    if (enc == VAL_NULL) return VAL_NULL;
    if (bview_startswith(text, bview_cstr("\xef\xbb\xbf"))) {
        Value norm = normal_name(I, name);
        if (norm == VAL_NULL) return VAL_NULL;
        return encoding_error(I, str_from_format(I, "encoding problem: %U with BOM", norm), filename);
    }
    // the codec itself, never a decode() method of a bytes subclass given to exec()
    Value s = str_decode(I, text, enc, VAL_NULL);
    if (s != VAL_NULL) return bytes_new(I, str_view(s));
    if (!exc_pending_is(I, TY_LOOKUP_ERROR) && !exc_pending_is(I, TY_UNICODE_ERROR)) return VAL_NULL;
    Value err = exc_fetch(I);
    if (filename == VAL_NULL) // a main script's error names the encoding only
        return encoding_error(I, str_from_format(I, "encoding problem: %U", enc), filename);
    if (exc_is_instance(I, err) && obj_is_instance_of(I, err, interp_type(I, TY_UNICODE_ERROR)))
        return encoding_error(I, obj_str(I, err), filename);
    return encoding_error(I, str_from_format(I, "unknown encoding: %U", enc), filename);
}

Value import_read_file(Interp *I, Value path, int *errno_out) {
    *errno_out = 0;
    const Host *h = I->host;
    Buf cp;
    if (c_path(I, path, &cp) == VAL_NULL) return VAL_NULL;
    int64_t fd = h->open(h->ctx, buf_cstr(&cp), "r");
    if (fd < 0) {
        *errno_out = (int)-fd;
        return VAL_NULL;
    }
    Buf data;
    buf_init(&data);
    for (;;) {
        uint8_t *tail = buf_tail(I->heap, &data, READ_CHUNK);
        if (tail == NULL) {
            h->fclose(h->ctx, fd);
            return exc_nomem(I);
        }
        int64_t r = h->fread(h->ctx, fd, tail, READ_CHUNK);
        if (r < 0) {
            h->fclose(h->ctx, fd);
            *errno_out = (int)-r;
            return VAL_NULL;
        }
        if (r == 0) break;
        if (buf_commit(&data, (size_t)r) != K_OK) {
            h->fclose(h->ctx, fd);
            return exc_nomem(I);
        }
    }
    h->fclose(h->ctx, fd);
    return bytes_new(I, buf_view(&data));
}

static int path_kind(Interp *I, Value path) {
    Buf cp;
    if (c_path(I, path, &cp) == VAL_NULL) return -1;
    int k = I->host->stat(I->host->ctx, buf_cstr(&cp));
    return k < 0 ? 0 : k;
}

/* ---- executing a module ---- */

static Value not_found(Interp *I, Value fullname, const char *extra_fmt, Value extra) {
    if (extra_fmt != NULL) exc_raise(I, TY_MODULE_NOT_FOUND_ERROR, extra_fmt, fullname, extra);
    else exc_raise(I, TY_MODULE_NOT_FOUND_ERROR, "No module named %R", fullname);
    Value e = exc_fetch(I);
    if (e != VAL_NULL && obj_setattr_cstr(I, e, "name", fullname) < 0) exc_clear(I);
    exc_set(I, e);
    return VAL_NULL;
}

// Frozen modules that stand in for C modules of CPython: they repr as "(built-in)".
static bool cpython_builtin(BView name) {
    static const char *const names[] = {"_string", "atexit", "itertools"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (bview_eq_cstr(name, names[i])) return true;
    return false;
}

/* Sets module [m]'s __spec__ and __loader__ to _frozen_importlib._spec(name, kind, path,
 * pkgpath) (lib/_frozen_importlib.py). _frozen_importlib itself gets its spec once it ran. */
static bool set_spec(Interp *I, Value m, Value fullname, const char *kind, Value path, Value pkgpath) {
    // _spec is kept where exec_module put it when _frozen_importlib was loaded, so a
    // program replacing sys.modules['_frozen_importlib'] does not break later imports;
    // if such a replacement came before the first import, modules get no spec (None).
    Value fn = dict_get_cstr(I, I->scratch, "import.spec");
    if (fn == VAL_NULL) {
        if (I->exc != VAL_NULL || import_module_cstr(I, "_frozen_importlib") == VAL_NULL) return false;
        fn = dict_get_cstr(I, I->scratch, "import.spec");
        if (fn == VAL_NULL) return I->exc == VAL_NULL;
    }
    Value k = str_from_cstr(I, kind);
    if (k == VAL_NULL) return false;
    Value argv[4] = {fullname, k, path != VAL_NULL ? path : I->none, pkgpath != VAL_NULL ? pkgpath : I->none};
    Value spec = obj_call(I, fn, vview_make(argv, 4), VAL_NULL);
    if (spec == VAL_NULL) return false;
    Value loader = obj_getattr_cstr(I, spec, "loader");
    Value d = module_dict(m);
    return loader != VAL_NULL && dict_set(I, d, interp_name(I, N___spec__), spec) &&
           dict_set(I, d, interp_name(I, N___loader__), loader);
}

/* sys and builtins exist before the import system runs: they get their built-in specs
 * when _frozen_importlib is first loaded (not at start-up, which stays cheap). */
static bool startup_specs(Interp *I) {
    static const char *const names[] = {"sys", "builtins"};
    for (size_t i = 0; i < 2; i++) {
        Value name = str_from_cstr(I, names[i]);
        Value m = name == VAL_NULL ? VAL_NULL : dict_get(I, I->modules, name);
        if (m == VAL_NULL) {
            if (I->exc != VAL_NULL) return false;
            continue;
        }
        Value d = module_dict(m);
        Value cur = d == VAL_NULL ? VAL_NULL : dict_get(I, d, interp_name(I, N___spec__));
        if (I->exc != VAL_NULL) return false;
        if (d != VAL_NULL && (cur == VAL_NULL || cur == I->none) &&
            !set_spec(I, m, name, "builtin", VAL_NULL, VAL_NULL))
            return false;
    }
    return true;
}

/* sys.meta_path holds _frozen_importlib's BuiltinImporter, FrozenImporter and PathFinder
 * (CPython's default finders) from the first import on: find_and_load runs the C search
 * each of them stands for where it sits in the list, and asks any other finder a program
 * put there (six's, an import hook's) for a spec, loaded by _frozen_importlib._meta_load.
 * The finders are put before anything already in the list (start-up creates it empty and
 * does not load _frozen_importlib, to stay cheap). */
static bool install_finders(Interp *I, Value frozen_importlib) {
    Value finders = obj_getattr_cstr(I, frozen_importlib, "_default_finders");
    Value load = finders == VAL_NULL ? VAL_NULL : obj_getattr_cstr(I, frozen_importlib, "_meta_load");
    if (load == VAL_NULL || !tuple_check(finders) || tuple_len(finders) != 3 ||
        !dict_set_cstr(I, I->scratch, "import.finders", finders) ||
        !dict_set_cstr(I, I->scratch, "import.meta_load", load))
        return I->exc == VAL_NULL ? exc_raise(I, TY_SYSTEM_ERROR, "bad _frozen_importlib") != VAL_NULL
                                  : false;
    Value mp = sys_attr(I, "meta_path");
    if (mp == VAL_NULL || !list_check(mp)) return I->exc == VAL_NULL;
    for (size_t i = 0; i < 3; i++)
        if (!list_insert(I, mp, (int64_t)i, tuple_get(finders, i))) return false;
    return true;
}

static Value frozen_code(Interp *I, size_t i, Value filename);

/* Runs module [fullname]: frozen ones (from [frozen_at], their index in frozen_modules)
 * run their precompiled code, others compile [src] named [filename]. */
static Value exec_module(Interp *I, Value fullname, BView src, Value filename, Value pkgpath,
                         int64_t frozen_at) {
    bool frozen = frozen_at >= 0;
    Value m = module_new(I, fullname);
    if (m == VAL_NULL) return VAL_NULL;
    if (frozen && !cpython_builtin(str_view(fullname))) module_mark_frozen(m);
    Value d = module_dict(m);
    BView parent;
    (void)last_part(str_view(fullname), &parent);
    Value package = pkgpath != VAL_NULL ? fullname : str_of_view(I, parent);
    if (package == VAL_NULL) return VAL_NULL;
    if (!dict_set_cstr(I, d, "__package__", package)) return VAL_NULL;
    if (!frozen && !dict_set_cstr(I, d, "__file__", filename)) return VAL_NULL;
    if (pkgpath != VAL_NULL && !dict_set_cstr(I, d, "__path__", pkgpath)) return VAL_NULL;
    if (I->builtins_mod != VAL_NULL && !dict_set_cstr(I, d, "__builtins__", I->builtins_mod)) return VAL_NULL;
    bool self_spec = frozen && bview_eq_cstr(str_view(fullname), "_frozen_importlib");
    const char *kind = !frozen ? "source" : cpython_builtin(str_view(fullname)) ? "builtin" : "frozen";
    if (!self_spec && !set_spec(I, m, fullname, kind, frozen ? VAL_NULL : filename, pkgpath)) return VAL_NULL;
    Value initializing = scratch_dict(I, "import.initializing");
    if (initializing == VAL_NULL) return VAL_NULL;
    if (!dict_set(I, I->modules, fullname, m)) return VAL_NULL;
    if (!dict_set(I, initializing, fullname, I->true_)) return VAL_NULL;
    Value code = !frozen ? compile_source(I, src, filename, COMPILE_EXEC)
                         : frozen_code(I, (size_t)frozen_at, str_from_format(I, "<frozen %U>", fullname));
    Value r = code == VAL_NULL ? VAL_NULL : vm_exec(I, code, d, d);
    Value saved = exc_fetch(I);
    if (dict_del(I, initializing, fullname) < 0) exc_clear(I);
    if (r == VAL_NULL) {
        if (dict_del(I, I->modules, fullname) < 0) exc_clear(I);
        exc_set(I, saved);
        return VAL_NULL;
    }
    Value got = dict_get(I, I->modules, fullname);
    if (got == VAL_NULL && I->exc == VAL_NULL)
        return exc_raise(I, TY_IMPORT_ERROR, "Loaded module %U not found in sys.modules", fullname);
    if (got != VAL_NULL && self_spec) {
        Value fn = obj_getattr_cstr(I, m, "_spec");
        if (fn == VAL_NULL || !dict_set_cstr(I, I->scratch, "import.spec", fn) ||
            !set_spec(I, m, fullname, kind, VAL_NULL, VAL_NULL) || !startup_specs(I) ||
            !install_finders(I, m))
            return VAL_NULL;
    }
    return got;
}

int64_t import_frozen_index(BView name) {
    for (size_t i = 0; frozen_modules[i].name != NULL; i++)
        if (bview_eq_cstr(name, frozen_modules[i].name)) return (int64_t)i;
    return -1;
}

// Decompresses [n] bytes of SPZ data [packed] of frozen module [i] into [out].
static bool frozen_unpack(Interp *I, size_t i, BView packed, size_t n, const char *what, Buf *out) {
    KStatus s = lz_decode_buf(I->heap, packed, n, out);
    if (s == K_INVALID) {
        exc_raise(I, TY_SYSTEM_ERROR, "frozen module %s: corrupt compressed %s", frozen_modules[i].name, what);
        return false;
    }
    if (s != K_OK) {
        exc_from_kstatus(I, s, "frozen module");
        return false;
    }
    return true;
}

/* The code object of frozen module [i] named [filename] ("<frozen NAME>"): its
 * precompiled code (tools/freezecode.c compiled exactly this source under exactly this
 * name with compile_source's defaults; marshal_load verifies it), or, in a build without
 * it (the stage-0 program), the source compiled. There is no optimization level or other
 * import-time compile option in safepy: one that changed the code would have to compile
 * the source here instead. */
static Value frozen_code(Interp *I, size_t i, Value filename) {
    if (filename == VAL_NULL) return VAL_NULL;
    const FrozenModule *fm = &frozen_modules[i];
    Buf data;
    if (fm->code == NULL) {
        if (!import_frozen_source(I, i, &data)) return VAL_NULL;
        return compile_source(I, buf_view(&data), filename, COMPILE_EXEC);
    }
    BView packed = {fm->code, fm->code_packed};
    if (!frozen_unpack(I, i, packed, fm->code_size, "code", &data)) return VAL_NULL;
    size_t used = 0;
    Value code = marshal_load_frozen(I, buf_view(&data), &used, (uint32_t)i + 1);
    if (code == VAL_NULL) return VAL_NULL;
    if (code_cast(code) == NULL || used != data.len)
        return exc_raise(I, TY_SYSTEM_ERROR, "frozen module %s: bad code", fm->name);
    return code;
}

Value import_frozen_code(Interp *I, Value name) {
    int64_t at = import_frozen_index(str_view(name));
    if (at < 0) return exc_raise(I, TY_IMPORT_ERROR, "No such frozen object named %R", name);
    return frozen_code(I, (size_t)at, str_from_format(I, "<frozen %U>", name));
}

bool import_frozen_source(Interp *I, size_t i, Buf *out) {
    const FrozenModule *fm = &frozen_modules[i];
    BView packed = {fm->data, fm->packed};
    if (fm->code == NULL) return frozen_unpack(I, i, packed, fm->size, "source", out);
    // compressed after the marshalled code (frozen.h): decode both, keep the source
    BView code = {fm->code, fm->code_packed};
    Buf both;
    KStatus s = lz_decode_pair_buf(I->heap, code, fm->code_size, packed, fm->size, &both);
    if (s == K_OK) s = buf_from_view(I->heap, out, bview_slice(buf_view(&both), fm->code_size, both.len));
    if (s == K_INVALID) {
        exc_raise(I, TY_SYSTEM_ERROR, "frozen module %s: corrupt compressed source", fm->name);
        return false;
    }
    if (s != K_OK) {
        exc_from_kstatus(I, s, "frozen module");
        return false;
    }
    return true;
}

static Value load_frozen(Interp *I, Value fullname, bool *found) {
    *found = false;
    int64_t at = import_frozen_index(str_view(fullname));
    if (at >= 0) {
        size_t i = (size_t)at;
        *found = true;
        Value pkgpath = VAL_NULL;
        if (frozen_modules[i].is_package) {
            pkgpath = list_new(I, 0);
            if (pkgpath == VAL_NULL) return VAL_NULL;
        }
        return exec_module(I, fullname, bview_cstr(""), fullname, pkgpath, (int64_t)i);
    }
    return VAL_NULL;
}

/* A namespace package [fullname] spanning the directories [portions]: no code runs,
 * __file__ is None and __path__ lists the directories. */
static Value namespace_package(Interp *I, Value fullname, Value portions) {
    Value m = module_new(I, fullname);
    if (m == VAL_NULL) return VAL_NULL;
    Value d = module_dict(m);
    if (!dict_set_cstr(I, d, "__package__", fullname) || !dict_set_cstr(I, d, "__file__", I->none) ||
        !dict_set_cstr(I, d, "__path__", portions) || !dict_set(I, I->modules, fullname, m) ||
        !set_spec(I, m, fullname, "namespace", VAL_NULL, portions))
        return VAL_NULL;
    return m;
}

/* Searches the directories of [paths] (a list of str) for module [name]. */
static Value load_from_path(Interp *I, Value fullname, BView name, Value paths, bool *found) {
    *found = false;
    Value portions = VAL_NULL;
    Value seq = obj_to_list(I, paths);
    if (seq == VAL_NULL) return VAL_NULL;
    size_t n = list_len(seq);
    for (size_t i = 0; i < n; i++) {
        Value dir = list_get(seq, i);
        if (!str_check(dir)) continue;
        if (str_view(dir).n == 0) {
            // "" is the current directory; modules found there get absolute file names
            // (__file__, tracebacks), as with CPython's path finder.
            char cwd[4096];
            if (I->host->getcwd(I->host->ctx, cwd, sizeof cwd) && (dir = str_from_cstr(I, cwd)) == VAL_NULL)
                return VAL_NULL;
        }
        Value pkgdir = join_path(I, dir, name, "");
        if (pkgdir == VAL_NULL) return VAL_NULL;
        Value init = join_path(I, pkgdir, bview_cstr("__init__"), ".py");
        Value file = join_path(I, dir, name, ".py");
        if (init == VAL_NULL || file == VAL_NULL) return VAL_NULL;
        Value pkgpath = VAL_NULL, chosen = VAL_NULL;
        bool is_dir = path_kind(I, pkgdir) == 2;
        if (is_dir && path_kind(I, init) == 1) {
            chosen = init;
            pkgpath = list_new(I, 1);
            if (pkgpath == VAL_NULL || !list_append(I, pkgpath, pkgdir)) return VAL_NULL;
        } else if (path_kind(I, file) == 1) {
            chosen = file;
        }
        if (I->exc != VAL_NULL) return VAL_NULL;
        if (chosen == VAL_NULL) {
            // A directory without __init__.py is a portion of a namespace package
            // (PEP 420), used only when no regular package or module is found.
            if (is_dir) {
                if (portions == VAL_NULL && (portions = list_new(I, 0)) == VAL_NULL) return VAL_NULL;
                if (!list_append(I, portions, pkgdir)) return VAL_NULL;
            }
            continue;
        }
        *found = true;
        int err = 0;
        Value src = import_read_file(I, chosen, &err);
        if (src == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            return exc_raise(I, TY_IMPORT_ERROR, "cannot read %R: [Errno %d]", chosen, err);
        }
        src = import_source_utf8(I, src, chosen);
        if (src == VAL_NULL) return VAL_NULL;
        return exec_module(I, fullname, bytes_view(src), chosen, pkgpath, -1);
    }
    if (portions == VAL_NULL) return VAL_NULL;
    *found = true;
    return namespace_package(I, fullname, portions);
}

static Value import_absolute(Interp *I, Value fullname);

/* `import sys` / `import builtins` after the program deleted them from sys.modules: as in
 * CPython, a new module object of that name, holding the original's attributes (copied:
 * the interpreter keeps using the original). */
static Value reimport_core(Interp *I, Value fullname, bool *found) {
    Value orig = str_eq_cstr(fullname, "sys")        ? I->sys
                 : str_eq_cstr(fullname, "builtins") ? I->builtins_mod
                                                     : VAL_NULL;
    *found = orig != VAL_NULL;
    if (orig == VAL_NULL) return VAL_NULL;
    Value m = module_new(I, fullname);
    if (m == VAL_NULL || !dict_update(I, module_dict(m), module_dict(orig)) ||
        !dict_set(I, I->modules, fullname, m))
        return VAL_NULL;
    return m;
}

/* The search of one of the default finders: [which] 0 built-in, 1 frozen, 2 path. */
static Value default_finder(Interp *I, int which, Value fullname, BView name, Value parent, Value paths,
                            bool *found) {
    Value m = VAL_NULL;
    *found = false;
    if (which == 0) {
        m = parent == VAL_NULL ? reimport_core(I, fullname, found) : VAL_NULL;
        if (!*found) m = modtab_load(I, fullname, found);
        if (*found && m != VAL_NULL && !set_spec(I, m, fullname, "builtin", VAL_NULL, VAL_NULL)) return VAL_NULL;
        return m;
    }
    if (which == 1) return load_frozen(I, fullname, found);
    return load_from_path(I, fullname, name, paths, found);
}

/* Asks the finders of sys.meta_path in turn (see install_finders). Before
 * _frozen_importlib is loaded, and for _frozen_importlib itself, the three default
 * searches run in their default order. */
static Value meta_path_load(Interp *I, Value fullname, BView name, Value parent, Value paths, bool *found) {
    *found = false;
    Value finders = VAL_NULL;
    if (!str_eq_cstr(fullname, "_frozen_importlib")) {
        finders = dict_get_cstr(I, I->scratch, "import.finders");
        if (finders == VAL_NULL && I->exc == VAL_NULL && import_module_cstr(I, "_frozen_importlib") != VAL_NULL)
            finders = dict_get_cstr(I, I->scratch, "import.finders");
        if (I->exc != VAL_NULL) return VAL_NULL;
    }
    Value load = finders == VAL_NULL ? VAL_NULL : dict_get_cstr(I, I->scratch, "import.meta_load");
    Value mp = load == VAL_NULL ? VAL_NULL : sys_attr(I, "meta_path");
    if (I->exc != VAL_NULL) return VAL_NULL;
    if (mp == VAL_NULL) {
        Value m = VAL_NULL;
        for (int which = 0; which < 3 && !*found; which++)
            m = default_finder(I, which, fullname, name, parent, paths, found);
        return m;
    }
    if (mp == I->none) return exc_raise(I, TY_IMPORT_ERROR, "sys.meta_path is None, Python is likely shutting down");
    Value seq = obj_to_list(I, mp);  // a copy: a finder may change sys.meta_path
    if (seq == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < list_len(seq); i++) {
        Value finder = list_get(seq, i);
        int which = 0;
        while (which < 3 && finder != tuple_get(finders, (size_t)which)) which++;
        if (which < 3) {
            Value m = default_finder(I, which, fullname, name, parent, paths, found);
            if (*found || m != VAL_NULL || I->exc != VAL_NULL) return m;
            continue;
        }
        Value argv[3] = {finder, fullname, parent == VAL_NULL ? I->none : paths};
        Value m = obj_call(I, load, vview_make(argv, 3), VAL_NULL);
        if (m == VAL_NULL) return VAL_NULL;
        if (m != I->none) {
            *found = true;
            return m;
        }
    }
    return VAL_NULL;
}

static Value find_and_load(Interp *I, Value fullname) {
    BView parent_name;
    BView name = last_part(str_view(fullname), &parent_name);
    Value parent = VAL_NULL, paths;
    if (parent_name.n > 0) {
        Value pn = str_of_view(I, parent_name);
        if (pn == VAL_NULL) return VAL_NULL;
        // a parent already in sys.modules is used as it is (None there: "not a package")
        parent = dict_get(I, I->modules, pn);
        if (parent == VAL_NULL && I->exc == VAL_NULL) parent = import_absolute(I, pn);
        if (parent == VAL_NULL) return VAL_NULL;
        Value again = dict_get(I, I->modules, fullname);
        if (again != VAL_NULL || I->exc != VAL_NULL) return again;
        paths = obj_lookup_attr(I, parent, interp_name(I, N___path__));
        if (paths == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            return not_found(I, fullname, "No module named %R; %R is not a package", pn);
        }
    } else {
        paths = sys_attr(I, "path");
        if (paths == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            paths = I->empty_tuple;
        }
    }
    // A name part becomes a file name: an empty part ("a..b", "a.") or one holding a path
    // separator or NUL ("sub/m", "../x") must not reach the file system.
    if (name.n == 0 || bview_find_byte(name, '/', 0) >= 0 || bview_find_byte(name, 0, 0) >= 0)
        return not_found(I, fullname, NULL, VAL_NULL);
    bool found = false;
    Value m = meta_path_load(I, fullname, name, parent, paths, &found);
    if (!found) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return not_found(I, fullname, NULL, VAL_NULL);
    }
    if (m == VAL_NULL) return VAL_NULL;
    if (parent != VAL_NULL) {
        Value attr = str_of_view(I, name);
        if (attr == VAL_NULL || obj_setattr(I, parent, attr, m) < 0) return VAL_NULL;
    }
    return m;
}

static Value import_absolute(Interp *I, Value fullname) {
    Value m = dict_get(I, I->modules, fullname);
    if (m == I->none) return not_found(I, fullname, "import of %U halted; None in sys.modules", VAL_NULL);
    if (m != VAL_NULL || I->exc != VAL_NULL) return m;
    if (!interp_enter_c(I, " while importing")) return VAL_NULL;
    m = find_and_load(I, fullname);
    interp_leave_c(I);
    return m;
}

/* The absolute name for a relative import of [name] at [level] from [globals]. */
static Value resolve_name(Interp *I, Value name, Value globals, int level) {
    // as CPython: __package__, else __spec__.parent, else __name__ (its parent unless the
    // globals are a package's: __path__)
    if (globals == VAL_NULL || !dict_check(globals)) return exc_raise(I, TY_TYPE_ERROR, "globals must be a dict");
    Value package = dict_get_cstr(I, globals, "__package__");
    Value spec = package == VAL_NULL || package == I->none ? dict_get_cstr(I, globals, "__spec__") : VAL_NULL;
    if (I->exc != VAL_NULL) return VAL_NULL;
    if (package != VAL_NULL && package != I->none) {
        if (!str_check(package)) return exc_raise(I, TY_TYPE_ERROR, "package must be a string");
    } else if (spec != VAL_NULL && spec != I->none) {
        package = obj_getattr_cstr(I, spec, "parent");
        if (package == VAL_NULL) return VAL_NULL;
        if (!str_check(package)) return exc_raise(I, TY_TYPE_ERROR, "__spec__.parent must be a string");
    } else {
        package = dict_get_cstr(I, globals, "__name__");
        if (package == VAL_NULL)
            return I->exc != VAL_NULL ? VAL_NULL : exc_raise(I, TY_KEY_ERROR, "'__name__' not in globals");
        if (!str_check(package)) return exc_raise(I, TY_TYPE_ERROR, "__name__ must be a string");
        if (dict_get_cstr(I, globals, "__path__") == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            BView parent;
            (void)last_part(str_view(package), &parent);
            package = str_of_view(I, parent);
            if (package == VAL_NULL) return VAL_NULL;
        }
    }
    if (str_view(package).n == 0)
        return exc_raise(I, TY_IMPORT_ERROR, "attempted relative import with no known parent package");
    BView base = str_view(package);
    for (int i = 1; i < level; i++) {
        int64_t dot = bview_rfind(base, bview_cstr("."), base.n);
        if (dot < 0) return exc_raise(I, TY_IMPORT_ERROR, "attempted relative import beyond top-level package");
        base = bview_slice(base, 0, (size_t)dot);
    }
    if (str_view(name).n == 0) return str_of_view(I, base);
    StrBuilder sb;
    sb_init(&sb);
    if (!sb_add_view(I, &sb, base) || !sb_add_cstr(I, &sb, ".") || !sb_add_str(I, &sb, name)) return VAL_NULL;
    return sb_finish(I, &sb);
}

static bool is_true_fromlist(Interp *I, Value fromlist) {
    if (fromlist == VAL_NULL || fromlist == I->none) return false;
    int64_t n = obj_len(I, fromlist);
    if (n < 0) {
        exc_clear(I);
        return false;
    }
    return n > 0;
}

// True when ModuleNotFoundError [e] is about module [sub] itself and sys.modules does
// not hold None for it; false with an exception pending when a lookup fails.
static bool missing_is(Interp *I, Value e, Value sub) {
    Value key = str_intern_cstr(I, "name");
    Value name = key != VAL_NULL ? obj_lookup_attr(I, e, key) : VAL_NULL;
    if (name == VAL_NULL || !str_check(name) || !str_eq(name, sub)) return false;
    Value m = dict_get(I, I->modules, sub);
    return m != I->none && I->exc == VAL_NULL;
}

/* `from package import submodule`: imports the names of [fromlist] that are submodules. */
static bool handle_fromlist(Interp *I, Value module, Value fullname, Value fromlist, int depth) {
    Value items = obj_to_list(I, fromlist);
    if (items == VAL_NULL) return false;
    size_t n = list_len(items);
    for (size_t i = 0; i < n; i++) {
        Value item = list_get(items, i);
        if (!str_check(item))
            return exc_raise(I, TY_TYPE_ERROR, "Item in from list must be str, not %T", item), false;
        if (str_eq_cstr(item, "*")) {
            if (depth > 0) continue;
            Value all = obj_lookup_attr(I, module, interp_name(I, N___all__));
            if (all == VAL_NULL) {
                if (I->exc != VAL_NULL) return false;
                continue;
            }
            if (!handle_fromlist(I, module, fullname, all, depth + 1)) return false;
            continue;
        }
        Value have = obj_lookup_attr(I, module, item);
        if (have != VAL_NULL) continue;
        if (I->exc != VAL_NULL) return false;
        StrBuilder sb;
        sb_init(&sb);
        if (!sb_add_str(I, &sb, fullname) || !sb_add_cstr(I, &sb, ".") || !sb_add_str(I, &sb, item)) return false;
        Value sub = sb_finish(I, &sb);
        if (sub == VAL_NULL) return false;
        if (import_absolute(I, sub) == VAL_NULL) {
            // A missing submodule is not an error here: IMPORT_FROM reports the name. Other
            // errors stay, as CPython's: one about another module (the submodule's own
            // imports) and a halt by None in sys.modules.
            Value e = exc_fetch(I);
            if (!obj_is_instance_of(I, e, interp_type(I, TY_MODULE_NOT_FOUND_ERROR)) ||
                !missing_is(I, e, sub)) {
                if (I->exc == VAL_NULL) exc_set(I, e);
                return false;
            }
        }
    }
    return true;
}

Value import_name(Interp *I, Value name, Value globals, Value fromlist, int level) {
    if (!str_check(name)) return exc_raise(I, TY_TYPE_ERROR, "module name must be str, not %T", name);
    if (level < 0) return exc_raise(I, TY_VALUE_ERROR, "level must be >= 0");
    Value fullname = name;
    if (level > 0) {
        fullname = resolve_name(I, name, globals, level);
        if (fullname == VAL_NULL) return VAL_NULL;
    } else if (str_view(name).n == 0) {
        return exc_raise(I, TY_VALUE_ERROR, "Empty module name");
    }
    Value m = import_absolute(I, fullname);
    if (m == VAL_NULL) return VAL_NULL;
    if (is_true_fromlist(I, fromlist)) {
        Value has_path = obj_lookup_attr(I, m, interp_name(I, N___path__));
        if (has_path == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
        if (has_path != VAL_NULL && !handle_fromlist(I, m, fullname, fromlist, 0)) return VAL_NULL;
        return m;
    }
    // `import a.b.c` binds the top-level package a.
    BView full = str_view(fullname);
    BView top_of_name = str_view(name);
    int64_t dot = bview_find(top_of_name, bview_cstr("."), 0);
    if (dot < 0) return m;
    size_t keep = full.n - (top_of_name.n - (size_t)dot);
    if (keep == 0) return exc_raise(I, TY_VALUE_ERROR, "Empty module name"); // "import .a" at level 0
    Value top = str_of_view(I, bview_slice(full, 0, keep));
    if (top == VAL_NULL) return VAL_NULL;
    Value t = dict_get(I, I->modules, top);
    if (t == VAL_NULL && I->exc == VAL_NULL) return exc_raise(I, TY_KEY_ERROR, "%U", top);
    return t;
}

Value import_from(Interp *I, Value module, Value name) {
    Value v = obj_lookup_attr(I, module, name);
    if (v != VAL_NULL || I->exc != VAL_NULL) return v;
    Value modname = obj_lookup_attr(I, module, interp_name(I, N___name__));
    if (modname == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    if (modname != VAL_NULL && str_check(modname)) {
        StrBuilder sb;
        sb_init(&sb);
        if (!sb_add_str(I, &sb, modname) || !sb_add_cstr(I, &sb, ".") || !sb_add_str(I, &sb, name))
            return VAL_NULL;
        Value sub = sb_finish(I, &sb);
        if (sub == VAL_NULL) return VAL_NULL;
        Value m = dict_get(I, I->modules, sub);
        if (m != VAL_NULL || I->exc != VAL_NULL) return m;
    } else {
        modname = str_from_cstr(I, "<unknown module name>");
        if (modname == VAL_NULL) return VAL_NULL;
    }
    Value file = obj_lookup_attr(I, module, interp_name(I, N___file__));
    if (file == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    Value initializing = scratch_dict(I, "import.initializing");
    if (initializing == VAL_NULL) return VAL_NULL;
    Value partial = dict_get(I, initializing, modname);
    if (partial == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    if (partial != VAL_NULL) {
        if (file != VAL_NULL && str_check(file))
            exc_raise(I, TY_IMPORT_ERROR,
                      "cannot import name %R from partially initialized module %R (most likely due "
                      "to a circular import) (%U)", name, modname, file);
        else
            exc_raise(I, TY_IMPORT_ERROR,
                      "cannot import name %R from partially initialized module %R (most likely due "
                      "to a circular import)", name, modname);
    } else if (file != VAL_NULL && str_check(file)) {
        exc_raise(I, TY_IMPORT_ERROR, "cannot import name %R from %R (%U)", name, modname, file);
    } else {
        exc_raise(I, TY_IMPORT_ERROR, "cannot import name %R from %R (unknown location)", name, modname);
    }
    Value e = exc_fetch(I);
    if (e != VAL_NULL && (obj_setattr_cstr(I, e, "name", modname) < 0)) exc_clear(I);
    exc_set(I, e);
    return VAL_NULL;
}

Value import_module_cstr(Interp *I, const char *name) {
    Value n = str_from_cstr(I, name);
    if (n == VAL_NULL) return VAL_NULL;
    return import_absolute(I, n);
}

Value import_lazy_attr(Interp *I, Value name, const char *owner, const char *src,
                       const ImportLazyNames *names) {
    for (size_t i = 0; i < IMPORT_LAZY_MAX && names->name[i] != NULL; i++) {
        if (!str_eq_cstr(name, names->name[i])) continue;
        Value m = import_module_cstr(I, src);
        return m == VAL_NULL ? VAL_NULL : obj_getattr(I, m, name);
    }
    return exc_raise(I, TY_ATTRIBUTE_ERROR, "module '%s' has no attribute '%S'", owner, name);
}

/* A fresh __main__ module (replacing any previous one in sys.modules). [package] is its
 * __package__ (VAL_NULL: None, as for a script). */
static Value new_main(Interp *I, Value file, Value package) {
    Value m = module_new(I, interp_name(I, N___main__));
    if (m == VAL_NULL) return VAL_NULL;
    Value d = module_dict(m);
    if (!dict_set_cstr(I, d, "__package__", package != VAL_NULL ? package : I->none)) return VAL_NULL;
    // CPython's __main__ namespace: __annotations__ and, for a file, __cached__ = None too
    // (a program printing dir() or globals() sees these names, in this order).
    Value ann = dict_new(I);
    if (ann == VAL_NULL || !dict_set_cstr(I, d, "__annotations__", ann)) return VAL_NULL;
    if (I->builtins_mod != VAL_NULL && !dict_set_cstr(I, d, "__builtins__", I->builtins_mod)) return VAL_NULL;
    if (file != VAL_NULL && !dict_set_cstr(I, d, "__file__", file)) return VAL_NULL;
    if (file != VAL_NULL && !dict_set_cstr(I, d, "__cached__", I->none)) return VAL_NULL;
    if (!dict_set(I, I->modules, interp_name(I, N___main__), m)) return VAL_NULL;
    I->main_module = m;
    return m;
}

Value import_run_source_main(Interp *I, BView src, Value filename) {
    Value m = new_main(I, VAL_NULL, VAL_NULL);
    if (m == VAL_NULL) return VAL_NULL;
    Value code = compile_source(I, src, filename, COMPILE_EXEC);
    if (code == VAL_NULL) return VAL_NULL;
    return vm_exec(I, code, module_dict(m), module_dict(m));
}

/* Runs file [path] as __main__; [modname] is the module's own name when it runs with -m
 * (its spec becomes __main__'s __spec__, as runpy sets it), else VAL_NULL (__spec__ None). */
static Value run_main_file(Interp *I, Value path, Value package, Value modname) {
    int err = 0;
    Value src = import_read_file(I, path, &err);
    if (src == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        exc_raise(I, TY_OS_ERROR, "[Errno %d] %s", err, err == HOST_ENOENT ? "No such file or directory" : "cannot open file");
        return VAL_NULL;
    }
    src = import_source_utf8(I, src, VAL_NULL);
    if (src == VAL_NULL) return VAL_NULL;
    Value m = new_main(I, path, package);
    if (m == VAL_NULL) return VAL_NULL;
    if (modname != VAL_NULL && !set_spec(I, m, modname, "source", path, VAL_NULL)) return VAL_NULL;
    Value code = compile_source(I, bytes_view(src), path, COMPILE_EXEC);
    if (code == VAL_NULL) return VAL_NULL;
    return vm_exec(I, code, module_dict(m), module_dict(m));
}

Value import_run_main(Interp *I, Value path) { return run_main_file(I, path, VAL_NULL, VAL_NULL); }

/* The file of module [name] (not imported): searches the parent package's __path__ or
 * sys.path. *package gets the parent package name ("" for a top-level module). Sets
 * *is_pkg when [name] is a package (its __init__.py is returned). */
static Value locate_module(Interp *I, Value name, Value *package, bool *is_pkg) {
    BView parent;
    BView last = last_part(str_view(name), &parent);
    *is_pkg = false;
    Value paths = sys_attr(I, "path");
    *package = str_of_view(I, parent);
    if (*package == VAL_NULL) return VAL_NULL;
    if (parent.n > 0) {
        Value pm = import_absolute(I, *package);
        if (pm == VAL_NULL) return VAL_NULL;
        paths = obj_lookup_attr(I, pm, interp_name(I, N___path__));
        if (paths == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            return not_found(I, name, "No module named %R; %R is not a package", *package);
        }
    }
    if (paths == VAL_NULL) return not_found(I, name, NULL, VAL_NULL);
    Value seq = obj_to_list(I, paths);
    if (seq == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < list_len(seq); i++) {
        Value dir = list_get(seq, i);
        if (!str_check(dir)) continue;
        if (str_view(dir).n == 0) {
            // "" is the current directory; modules found there get absolute file names
            // (__file__, tracebacks), as with CPython's path finder.
            char cwd[4096];
            if (I->host->getcwd(I->host->ctx, cwd, sizeof cwd) && (dir = str_from_cstr(I, cwd)) == VAL_NULL)
                return VAL_NULL;
        }
        Value pkgdir = join_path(I, dir, last, "");
        Value init = pkgdir == VAL_NULL ? VAL_NULL : join_path(I, pkgdir, bview_cstr("__init__"), ".py");
        Value file = join_path(I, dir, last, ".py");
        if (init == VAL_NULL || file == VAL_NULL) return VAL_NULL;
        if (path_kind(I, pkgdir) == 2 && path_kind(I, init) == 1) {
            *is_pkg = true;
            return init;
        }
        if (path_kind(I, file) == 1) return file;
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    return not_found(I, name, NULL, VAL_NULL);
}

static Value package_not_runnable(Interp *I, Value name, bool *no_main) {
    *no_main = true;
    return exc_raise(I, TY_IMPORT_ERROR,
                     "No module named %U.__main__; %R is a package and cannot be directly executed",
                     name, name);
}

// `-m NAME` for a frozen module (one not found on sys.path): its source runs as __main__;
// a frozen package runs its __main__ submodule.
static Value run_frozen_main(Interp *I, Value name, int64_t at, bool *no_main) {
    Value modname = name;
    if (frozen_modules[at].is_package) {
        if (import_absolute(I, name) == VAL_NULL) return VAL_NULL;
        modname = str_from_format(I, "%U.__main__", name);
        if (modname == VAL_NULL) return VAL_NULL;
        at = import_frozen_index(str_view(modname));
        if (at < 0 || frozen_modules[at].is_package) return package_not_runnable(I, name, no_main);
    }
    BView parent;
    (void)last_part(str_view(modname), &parent);
    Value package = str_of_view(I, parent);
    if (package == VAL_NULL) return VAL_NULL;
    if (parent.n > 0 && import_absolute(I, package) == VAL_NULL) return VAL_NULL;
    Value fn = str_from_format(I, "<frozen %U>", modname);
    if (fn == VAL_NULL) return VAL_NULL;
    Value argv = sys_attr(I, "argv");
    if (argv != VAL_NULL && list_check(argv) && list_len(argv) > 0 && !list_set(I, argv, 0, fn))
        return VAL_NULL;
    Value m = new_main(I, VAL_NULL, package);
    if (m == VAL_NULL) return VAL_NULL;
    if (!set_spec(I, m, modname, "frozen", VAL_NULL, VAL_NULL)) return VAL_NULL;
    Value code = frozen_code(I, (size_t)at, fn);
    if (code == VAL_NULL) return VAL_NULL;
    return vm_exec(I, code, module_dict(m), module_dict(m));
}

Value import_run_module_main(Interp *I, Value name, bool *no_main) {
    *no_main = false;
    // As runpy does: a package runs its __main__ submodule; the parent package is
    // imported normally and the module itself runs as __main__ with __package__ set.
    // sys.path comes first (a local file shadows the standard library, as in CPython),
    // then the frozen modules.
    Value package = VAL_NULL;
    bool is_pkg = false;
    Value file = locate_module(I, name, &package, &is_pkg);
    if (file == VAL_NULL && exc_pending_is(I, TY_MODULE_NOT_FOUND_ERROR)) {
        int64_t at = import_frozen_index(str_view(name));
        if (at >= 0) {
            exc_clear(I);
            return run_frozen_main(I, name, at, no_main);
        }
    }
    if (file == VAL_NULL) return VAL_NULL;
    if (is_pkg) {
        if (import_absolute(I, name) == VAL_NULL) return VAL_NULL;
        Value sub = str_from_format(I, "%U.__main__", name);
        if (sub == VAL_NULL) return VAL_NULL;
        file = locate_module(I, sub, &package, &is_pkg);
        if (file == VAL_NULL) {
            if (!exc_pending_is(I, TY_MODULE_NOT_FOUND_ERROR)) return VAL_NULL;
            exc_clear(I);
            return package_not_runnable(I, name, no_main);
        }
        if (is_pkg) return exc_raise(I, TY_IMPORT_ERROR, "Cannot use package as __main__ module");
        name = sub;
    }
    Value argv = sys_attr(I, "argv");
    if (argv != VAL_NULL && list_check(argv) && list_len(argv) > 0 && !list_set(I, argv, 0, file))
        return VAL_NULL;
    return run_main_file(I, file, package, name);
}
