/*
 * builtins_eval.c: the builtin functions about attributes, namespaces and code:
 * getattr setattr delattr hasattr globals locals vars dir compile eval exec
 * __build_class__ __import__.
 *
 * Invariant: code given as text is compiled by compile_source (which verifies it) and
 * code objects run only through vm_exec/vm_exec_body, so nothing here can run bytecode
 * the verifier has not accepted; a globals dict always gets "__builtins__" before code
 * runs in it, as CPython does.
 */
#include "../compiler/compile.h"
#include "astmod.h"
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
#include "../vm/code.h"
#include "../vm/eval.h"
#include "../vm/frame.h"
#include "../vm/func.h"
#include "builtins.h"
#include "import.h"

/* ---- attributes ---- */

static bool check_name(Interp *I, Value name) {
    if (str_check(name)) return true;
    exc_raise(I, TY_TYPE_ERROR, "attribute name must be string, not '%T'", name);
    return false;
}

static Value b_getattr(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "getattr", 2, 3)) return VAL_NULL;
    Value o = vview_get(args, 0), name = vview_get(args, 1);
    if (!check_name(I, name)) return VAL_NULL;
    if (args.n == 2) return obj_getattr(I, o, name);
    Value r = obj_lookup_attr(I, o, name);
    if (r != VAL_NULL || I->exc != VAL_NULL) return r;
    return vview_get(args, 2);
}

static Value b_setattr(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "setattr", 3, 3)) return VAL_NULL;
    Value name = vview_get(args, 1);
    if (!check_name(I, name)) return VAL_NULL;
    if (obj_setattr(I, vview_get(args, 0), name, vview_get(args, 2)) < 0) return VAL_NULL;
    return I->none;
}

static Value b_delattr(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "delattr", 2, 2)) return VAL_NULL;
    Value name = vview_get(args, 1);
    if (!check_name(I, name)) return VAL_NULL;
    if (obj_setattr(I, vview_get(args, 0), name, VAL_NULL) < 0) return VAL_NULL;
    return I->none;
}

static Value b_hasattr(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "hasattr", 2, 2)) return VAL_NULL;
    Value name = vview_get(args, 1);
    if (!check_name(I, name)) return VAL_NULL;
    Value r = obj_lookup_attr(I, vview_get(args, 0), name);
    if (r == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
    return interp_bool(I, r != VAL_NULL);
}

/* ---- namespaces ---- */

// "[fname]() takes no arguments (N given)" of CPython's METH_NOARGS functions.
static bool no_args(Interp *I, ValView args, Value kwnames, const char *fname) {
    if (!args_no_kw(I, kwnames, fname)) return false;
    if (args.n == 0) return true;
    exc_raise(I, TY_TYPE_ERROR, "%s() takes no arguments (%zu given)", fname, args.n);
    return false;
}

// The globals of the running code: the innermost Python frame's, else __main__'s.
static Value current_globals(Interp *I) {
    Value g = vm_current_globals(I);
    if (g != VAL_NULL) return g;
    if (I->main_module != VAL_NULL) {
        g = module_dict(I->main_module);
        if (g != VAL_NULL) return g;
    }
    return dict_new(I);
}

static Value current_locals(Interp *I) {
    Value l = vm_current_locals(I);
    if (l != VAL_NULL || I->exc != VAL_NULL) return l;
    return current_globals(I);
}

static Value b_globals(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_args(I, args, kwnames, "globals")) return VAL_NULL;
    return current_globals(I);
}

static Value b_locals(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!no_args(I, args, kwnames, "locals")) return VAL_NULL;
    return current_locals(I);
}

static Value b_vars(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "vars", 0, 1)) return VAL_NULL;
    if (args.n == 0) return current_locals(I);
    Value d = obj_lookup_attr(I, vview_get(args, 0), interp_name(I, N___dict__));
    if (d != VAL_NULL || I->exc != VAL_NULL) return d;
    return exc_raise(I, TY_TYPE_ERROR, "vars() argument must have __dict__ attribute");
}

// The keys of mapping [m] as a new list (dicts directly, other mappings via keys()).
static Value b_dir(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "dir", 0, 1)) return VAL_NULL;
    Value l;
    if (args.n == 0) {
        Value loc = current_locals(I);
        if (loc == VAL_NULL) return VAL_NULL;
        l = dict_mapping_keys(I, loc);
    } else {
        Value o = vview_get(args, 0);
        bool found = false;
        Value r = obj_call_special(I, o, interp_name(I, N___dir__), vview_make(NULL, 0), &found);
        if (r == VAL_NULL) {
            if (found || I->exc != VAL_NULL) return VAL_NULL;
            return exc_raise(I, TY_TYPE_ERROR, "object does not provide __dir__");
        }
        l = obj_to_list(I, r);
    }
    if (l == VAL_NULL) return VAL_NULL;
    if (!list_sort(I, l, VAL_NULL, false)) return VAL_NULL;
    return l;
}

/* ---- compile / eval / exec ---- */

// The UTF-8 source of a str/bytes/bytearray [src]; false with [what]'s TypeError else.
/* The text of source *[src]; bytes with a coding cookie are decoded first (PEP 263, a
 * str's cookie is ignored, as CPython): *[src] is then the UTF-8 bytes [out] views.
 * [fname] names the source in the SyntaxError of an unusable encoding. */
static bool source_text(Interp *I, Value *src, Value fname, const char *what, BView *out) {
    if (str_check(*src)) {
        *out = str_view(*src);
    } else if (bytes_check(*src) || bytearray_check(*src) || memview_cast(*src) != NULL) {
        // a memoryview's bytes are copied first, as CPython reads any buffer
        if (memview_cast(*src) != NULL) {
            BView mv;
            if (!memview_contiguous(*src, &mv)) {
                exc_raise(I, TY_TYPE_ERROR, "%s", what);
                return false;
            }
            *src = bytes_new(I, mv);
            if (*src == VAL_NULL) return false;
        }
        *src = import_source_utf8(I, *src, fname);
        if (*src == VAL_NULL) return false;
        *out = bytes_view(*src);
    } else {
        exc_raise(I, TY_TYPE_ERROR, "%s", what);
        return false;
    }
    if (bview_find_byte(*out, 0, 0) >= 0) {
        exc_raise(I, TY_VALUE_ERROR, "source code string cannot contain null bytes");
        return false;
    }
    return true;
}

// A compile() filename: str, bytes (decoded) or os.PathLike.
static Value filename_arg(Interp *I, Value f) {
    if (str_check(f)) return f;
    if (bytes_check(f)) return str_from_utf8(I, bytes_view(f));
    Value fs = str_intern_cstr(I, "__fspath__");
    if (fs == VAL_NULL) return VAL_NULL;
    bool found = false;
    Value r = obj_call_special(I, f, fs, vview_make(NULL, 0), &found);
    if (found) {
        if (r == VAL_NULL) return VAL_NULL;
        if (str_check(r)) return r;
        if (bytes_check(r)) return str_from_utf8(I, bytes_view(r));
    }
    if (I->exc != VAL_NULL) return VAL_NULL;
    return exc_raise(I, TY_TYPE_ERROR, "expected str, bytes or os.PathLike object, not %T", f);
}

// A C int argument (CPython's "i" format): an int-like object within int range.
static bool c_int_arg(Interp *I, Value v, int64_t *out) {
    if (!obj_index_i64(I, v, out)) {
        if (!exc_pending_is(I, TY_OVERFLOW_ERROR)) return false;
        exc_clear(I);
        *out = INT64_MAX;
    }
    if (*out < INT32_MIN || *out > INT32_MAX) {
        exc_raise(I, TY_OVERFLOW_ERROR, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

// The __future__ flags of the running Python code, which compile(), exec() and eval()
// of a string inherit (`from __future__ import annotations` in the caller's module).
static uint32_t caller_future_flags(Interp *I) {
    if (I->vm == NULL || I->vm->current == NULL || I->vm->current->co == NULL) return 0;
    return I->vm->current->co->flags & COMPILE_FUTURE_ANNOTATIONS;
}

static Value b_compile(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value src, filename, mode, flags, dont_inherit, optimize, feature;
    if (!args_parse(I, args, kwnames, "compile",
                    "source filename mode | flags dont_inherit optimize $ _feature_version", &src,
                    &filename, &mode, &flags, &dont_inherit, &optimize, &feature))
        return VAL_NULL;
    Value fname = filename_arg(I, filename);
    if (fname == VAL_NULL) return VAL_NULL;
    if (!str_check(mode))
        return exc_raise(I, TY_TYPE_ERROR, "compile() argument 'mode' must be str, not %T", mode);
    CompileMode cm;
    if (str_eq_cstr(mode, "exec")) cm = COMPILE_EXEC;
    else if (str_eq_cstr(mode, "eval")) cm = COMPILE_EVAL;
    else if (str_eq_cstr(mode, "single")) cm = COMPILE_SINGLE;
    else return exc_raise(I, TY_VALUE_ERROR, "compile() mode must be 'exec', 'eval' or 'single'");
    int64_t fl = 0, opt = -1;
    if (flags != VAL_NULL && !c_int_arg(I, flags, &fl)) return VAL_NULL;
    // the __future__ bits, CO_NESTED (obsolete) and the PyCF_* compile bits (accepted,
    // without effect) are the flags CPython knows
    if ((fl & ~(int64_t)(0x1FE0000 | 0x10 | 0x7600)) != 0)
        return exc_raise(I, TY_VALUE_ERROR, "compile(): unrecognised flags");
    if (optimize != VAL_NULL && !c_int_arg(I, optimize, &opt)) return VAL_NULL;
    if (opt < -1 || opt > 2) return exc_raise(I, TY_VALUE_ERROR, "compile(): invalid optimize value");
    int64_t no_inherit = 0; // an int argument in CPython ("i" format)
    if (dont_inherit != VAL_NULL && !c_int_arg(I, dont_inherit, &no_inherit)) return VAL_NULL;
    uint32_t cflags = (uint32_t)fl & (COMPILE_FUTURE_ANNOTATIONS | COMPILE_ALLOW_INCOMPLETE |
                                      COMPILE_DONT_IMPLY_DEDENT);
    if (no_inherit == 0) cflags |= caller_future_flags(I);
    if (astmod_is_ast(I, src)) {
        // a tree asked for as a tree is returned as it is (CPython does the same)
        if ((fl & ASTMOD_ONLY_AST) != 0) return src;
        return astmod_compile(I, src, fname, cm, cflags, opt < 0 ? 0 : (int)opt);
    }
    BView text;
    if (!source_text(I, &src, fname, "compile() arg 1 must be a string, bytes or AST object", &text))
        return VAL_NULL;
    if ((fl & ASTMOD_ONLY_AST) != 0) return astmod_parse(I, text, fname, cm, cflags);
    return compile_source_flags(I, text, fname, cm, cflags, opt < 0 ? 0 : (int)opt);
}

// True when [v] can serve as a locals mapping (its type has __getitem__).
static bool is_mapping(Interp *I, Value v) { return type_of(I, v)->getitem != NULL; }

// Gives [globals] a "__builtins__" entry when it has none.
static bool ensure_builtins(Interp *I, Value globals) {
    Value key = interp_name(I, N___builtins__);
    Value b = dict_get(I, globals, key);
    if (b != VAL_NULL) return true;
    if (I->exc != VAL_NULL) return false;
    if (I->builtins == VAL_NULL) return true;
    return dict_set(I, globals, key, I->builtins);
}

// Leading spaces and tabs of eval()'s source are ignored, as CPython does.
static BView strip_indent(BView v) {
    size_t i = 0;
    while (i < v.n && (bview_get(v, i) == ' ' || bview_get(v, i) == '\t')) i++;
    return bview_slice(v, i, v.n);
}

static Value string_name(Interp *I) { return str_intern_cstr(I, "<string>"); }

static Value b_eval(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "eval", 1, 3)) return VAL_NULL;
    Value src = vview_get(args, 0), globals = vview_get(args, 1), locals = vview_get(args, 2);
    if (globals == I->none) globals = VAL_NULL;
    if (locals == I->none) locals = VAL_NULL;
    if (globals != VAL_NULL && !dict_check(globals)) {
        if (is_mapping(I, globals))
            return exc_raise(I, TY_TYPE_ERROR, "globals must be a real dict; try eval(expr, {}, mapping)");
        return exc_raise(I, TY_TYPE_ERROR, "globals must be a dict");
    }
    if (locals != VAL_NULL && !is_mapping(I, locals))
        return exc_raise(I, TY_TYPE_ERROR, "locals must be a mapping");
    if (globals == VAL_NULL) {
        globals = current_globals(I);
        if (globals == VAL_NULL) return VAL_NULL;
        if (locals == VAL_NULL) {
            locals = current_locals(I);
            if (locals == VAL_NULL) return VAL_NULL;
        }
    } else if (locals == VAL_NULL) {
        locals = globals;
    }
    if (!ensure_builtins(I, globals)) return VAL_NULL;
    Value code = src;
    if (code_cast(src) == NULL) {
        Value fname = string_name(I);
        if (fname == VAL_NULL) return VAL_NULL;
        BView text;
        if (!source_text(I, &src, fname, "eval() arg 1 must be a string, bytes or code object", &text))
            return VAL_NULL;
        code = compile_source_flags(I, strip_indent(text), fname, COMPILE_EVAL,
                                    caller_future_flags(I), 0);
        if (code == VAL_NULL) return VAL_NULL;
    } else {
        CodeObject *co = code_cast(src);
        if (co->nfrees > 0)
            return exc_raise(I, TY_TYPE_ERROR, "code object passed to eval() may not contain free variables");
    }
    return vm_exec(I, code, globals, locals);
}

static Value b_exec(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    size_t npos = args.n - args_nkw(kwnames);
    if (npos == 0)
        return exc_raise(I, TY_TYPE_ERROR, "exec() takes at least 1 positional argument (0 given)");
    if (npos > 3)
        return exc_raise(I, TY_TYPE_ERROR, "exec() takes at most 3 positional arguments (%zu given)", npos);
    Value src, globals, locals, closure;
    if (!args_parse(I, args, kwnames, "exec", "source / | globals locals $ closure", &src, &globals,
                    &locals, &closure))
        return VAL_NULL;
    if (globals == I->none) globals = VAL_NULL;
    if (locals == I->none) locals = VAL_NULL;
    if (globals == VAL_NULL) {
        globals = current_globals(I);
        if (globals == VAL_NULL) return VAL_NULL;
        if (locals == VAL_NULL) {
            locals = current_locals(I);
            if (locals == VAL_NULL) return VAL_NULL;
        }
    } else if (locals == VAL_NULL) {
        locals = globals;
    }
    if (!dict_check(globals))
        return exc_raise(I, TY_TYPE_ERROR, "exec() globals must be a dict, not %T", globals);
    if (!is_mapping(I, locals))
        return exc_raise(I, TY_TYPE_ERROR, "locals must be a mapping or None, not %T", locals);
    if (!ensure_builtins(I, globals)) return VAL_NULL;
    Value code = src;
    CodeObject *co = code_cast(src);
    if (closure == I->none) closure = VAL_NULL;
    if (co != NULL) {
        if (co->nfrees == 0) {
            if (closure != VAL_NULL)
                return exc_raise(I, TY_TYPE_ERROR, "cannot use a closure with this code object");
        } else {
            // exactly one cell per free variable, in an exact tuple
            bool ok = closure != VAL_NULL && type_of(I, closure) == interp_type(I, TY_TUPLE) &&
                      tuple_len(closure) == co->nfrees;
            for (size_t i = 0; ok && i < co->nfrees; i++)
                ok = cell_cast(tuple_get(closure, i)) != NULL;
            if (!ok)
                return exc_raise(I, TY_TYPE_ERROR, "code object requires a closure of exactly length %zu",
                                 (size_t)co->nfrees);
        }
    } else {
        if (closure != VAL_NULL && closure != I->none)
            return exc_raise(I, TY_TYPE_ERROR, "closure can only be used when source is a code object");
        Value fname = string_name(I);
        if (fname == VAL_NULL) return VAL_NULL;
        BView text;
        if (!source_text(I, &src, fname, "exec() arg 1 must be a string, bytes or code object", &text))
            return VAL_NULL;
        code = compile_source_flags(I, text, fname, COMPILE_EXEC, caller_future_flags(I), 0);
        if (code == VAL_NULL) return VAL_NULL;
    }
    if (vm_exec_closure(I, code, globals, locals, closure) == VAL_NULL) return VAL_NULL;
    return I->none;
}

/* ---- class creation ---- */

// PEP 560: replaces bases that are not classes but have __mro_entries__ by what it
// returns. Returns [bases] itself when nothing changed.
static Value update_bases(Interp *I, Value bases) {
    ValView bv = tuple_view(bases);
    ValVec out;
    vec_init(&out);
    bool changed = false;
    for (size_t i = 0; i < bv.n; i++) {
        Value b = vview_get(bv, i);
        Value meth = VAL_NULL;
        if (type_cast(b) == NULL) {
            meth = obj_lookup_attr(I, b, interp_name(I, N___mro_entries__));
            if (meth == VAL_NULL && I->exc != VAL_NULL) return VAL_NULL;
        }
        if (meth == VAL_NULL) {
            if (changed && vec_push(I->heap, &out, b) != K_OK) return exc_nomem(I);
            continue;
        }
        Value r = obj_call1(I, meth, bases);
        if (r == VAL_NULL) return VAL_NULL;
        if (!tuple_check(r)) return exc_raise(I, TY_TYPE_ERROR, "__mro_entries__ must return a tuple");
        if (!changed) {
            changed = true;
            for (size_t j = 0; j < i; j++)
                if (vec_push(I->heap, &out, vview_get(bv, j)) != K_OK) return exc_nomem(I);
        }
        ValView rv = tuple_view(r);
        for (size_t j = 0; j < rv.n; j++)
            if (vec_push(I->heap, &out, vview_get(rv, j)) != K_OK) return exc_nomem(I);
    }
    if (!changed) return bases;
    return tuple_from_view(I, vview_of_vec(&out));
}

// __build_class__(func, name, *bases, metaclass=None, **kwds): CPython's algorithm.
static Value b_build_class(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    size_t nkw = args_nkw(kwnames);
    size_t npos = args.n - nkw;
    if (npos < 2) return exc_raise(I, TY_TYPE_ERROR, "__build_class__: not enough arguments");
    Value func = vview_get(args, 0), name = vview_get(args, 1);
    if (func_cast(func) == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "__build_class__: func must be a function");
    if (!str_check(name)) return exc_raise(I, TY_TYPE_ERROR, "__build_class__: name is not a string");
    Value orig_bases = tuple_from_view(I, vview_slice(args, 2, npos));
    if (orig_bases == VAL_NULL) return VAL_NULL;
    Value bases = update_bases(I, orig_bases);
    if (bases == VAL_NULL) return VAL_NULL;

    // Keyword arguments other than metaclass go to __prepare__ and the metaclass call.
    Value meta = VAL_NULL;
    ValVec kwv;
    vec_init(&kwv);
    Value kwn = VAL_NULL;
    if (nkw > 0) {
        ValVec names;
        vec_init(&names);
        for (size_t k = 0; k < nkw; k++) {
            Value kn = tuple_get(kwnames, k);
            Value v = vview_get(args, npos + k);
            if (str_eq_cstr(kn, "metaclass")) {
                meta = v;
                continue;
            }
            if (vec_push(I->heap, &names, kn) != K_OK || vec_push(I->heap, &kwv, v) != K_OK)
                return exc_nomem(I);
        }
        if (names.len > 0) {
            kwn = tuple_from_view(I, vview_of_vec(&names));
            if (kwn == VAL_NULL) return VAL_NULL;
        }
    }
    bool isclass;
    if (meta == VAL_NULL) {
        size_t nb = tuple_len(bases);
        meta = nb == 0 ? obj_val(interp_type(I, TY_TYPE)) : obj_val(type_of(I, tuple_get(bases, 0)));
        isclass = true;
    } else {
        isclass = type_cast(meta) != NULL;
    }
    if (isclass) {
        Type *winner = type_calculate_metaclass(I, type_cast(meta), bases);
        if (winner == NULL) return VAL_NULL;
        meta = obj_val(winner);
    }

    // ns = meta.__prepare__(name, bases, **kwds), or a new dict.
    Value ns;
    Value prep = obj_lookup_attr(I, meta, interp_name(I, N___prepare__));
    if (prep == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        ns = dict_new(I);
    } else {
        ValVec pa;
        vec_init(&pa);
        if (vec_push(I->heap, &pa, name) != K_OK || vec_push(I->heap, &pa, bases) != K_OK)
            return exc_nomem(I);
        for (size_t k = 0; k < kwv.len; k++)
            if (vec_push(I->heap, &pa, vec_get(&kwv, k)) != K_OK) return exc_nomem(I);
        ns = obj_call(I, prep, vview_of_vec(&pa), kwn);
    }
    if (ns == VAL_NULL) return VAL_NULL;
    if (!is_mapping(I, ns)) {
        if (isclass)
            return exc_raise(I, TY_TYPE_ERROR, "%N.__prepare__() must return a mapping, not %T",
                             type_cast(meta), ns);
        return exc_raise(I, TY_TYPE_ERROR, "<metaclass>.__prepare__() must return a mapping, not %T",
                         ns);
    }

    Value cell = vm_exec_body(I, func, ns);
    if (cell == VAL_NULL) return VAL_NULL;
    if (bases != orig_bases &&
        obj_setitem(I, ns, interp_name(I, N___orig_bases__), orig_bases) < 0)
        return VAL_NULL;

    ValVec ca;
    vec_init(&ca);
    if (vec_push(I->heap, &ca, name) != K_OK || vec_push(I->heap, &ca, bases) != K_OK ||
        vec_push(I->heap, &ca, ns) != K_OK)
        return exc_nomem(I);
    for (size_t k = 0; k < kwv.len; k++)
        if (vec_push(I->heap, &ca, vec_get(&kwv, k)) != K_OK) return exc_nomem(I);
    Value cls = obj_call(I, meta, vview_of_vec(&ca), kwn);
    if (cls == VAL_NULL) return VAL_NULL;

    CellObject *c = cell_cast(cell);
    if (c != NULL && type_cast(cls) != NULL && c->v != cls) {
        if (c->v == VAL_NULL)
            return exc_raise(I, TY_RUNTIME_ERROR,
                             "__class__ not set defining %R as %R. Was __classcell__ propagated "
                             "to type.__new__?",
                             name, cls);
        return exc_raise(I, TY_TYPE_ERROR, "__class__ set to %R defining %R as %R", c->v, name, cls);
    }
    return cls;
}

/* ---- import ---- */

static Value b_import(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value name, globals, locals, fromlist, level;
    if (!args_parse(I, args, kwnames, "__import__", "name | globals locals fromlist level", &name,
                    &globals, &locals, &fromlist, &level))
        return VAL_NULL;
    if (!str_check(name)) return exc_raise(I, TY_TYPE_ERROR, "module name must be a string");
    int64_t lv = 0;
    if (level != VAL_NULL && !int_index_c_int(I, level, &lv)) return VAL_NULL;
    if (lv < 0) return exc_raise(I, TY_VALUE_ERROR, "level must be >= 0");
    if (globals == VAL_NULL) globals = I->none;
    if (fromlist == VAL_NULL || fromlist == I->none) fromlist = I->empty_tuple;
    return import_name(I, name, globals, fromlist, (int)lv);
}

const MethodDef builtins_eval_methods[] = {
    {"getattr", b_getattr, 0, "Get a named attribute from an object."},
    {"setattr", b_setattr, 0, "Sets the named attribute on the given object to the specified value."},
    {"delattr", b_delattr, 0, "Deletes the named attribute from the given object."},
    {"hasattr", b_hasattr, 0, "Return whether the object has an attribute with the given name."},
    {"globals", b_globals, 0, "Return the dictionary containing the current scope's global variables."},
    {"locals", b_locals, 0, "Return a dictionary containing the current scope's local variables."},
    {"vars", b_vars, 0, "Show vars."},
    {"dir", b_dir, 0, "Show attributes of an object."},
    {"compile", b_compile, 0, "Compile source into a code object that can be executed by exec() or eval()."},
    {"eval", b_eval, 0, "Evaluate the given source in the context of globals and locals."},
    {"exec", b_exec, 0, "Execute the given source in the context of globals and locals."},
    {"__build_class__", b_build_class, 0, "Internal helper function used by the class statement."},
    {"__import__", b_import, 0, "Import a module."},
    {NULL, NULL, 0, NULL},
};
