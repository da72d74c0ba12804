/*
 * builtins.c: the builtins module's setup (functions, types, exception classes and
 * constants under their names) and the builtin functions of one or two objects: abs
 * ascii bin oct hex callable chr ord divmod format hash id len pow repr round
 * isinstance issubclass, and exit/quit.
 *
 * Invariant: every function here works through the object protocol (ops.h) or a type's
 * own API, so it behaves the same for builtin types and classes defining the dunders;
 * error messages are CPython 3.11's.
 */
#include "builtins.h"

#include "../kernel/utf8.h"
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/complex.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/coro.h"
#include "iomod.h"

static Value b_abs(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value x;
    if (!builtins_one_arg(I, args, kwnames, "abs", &x)) return VAL_NULL;
    return obj_unary(I, x, UN_ABS);
}

static Value b_ascii(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value x;
    if (!builtins_one_arg(I, args, kwnames, "ascii", &x)) return VAL_NULL;
    return obj_ascii(I, x);
}

static Value b_repr(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value x;
    if (!builtins_one_arg(I, args, kwnames, "repr", &x)) return VAL_NULL;
    return obj_repr(I, x);
}

// bin/oct/hex: "-0x1f" style text of an integer (through __index__).
static Value prefixed(Interp *I, ValView args, Value kwnames, const char *fname, int base,
                      const char *prefix) {
    Value x;
    if (!builtins_one_arg(I, args, kwnames, fname, &x)) return VAL_NULL;
    Value v = obj_index(I, x);
    if (v == VAL_NULL) return VAL_NULL;
    bool neg = int_sign(I, v) < 0;
    if (neg) {
        v = obj_unary(I, v, UN_NEG);
        if (v == VAL_NULL) return VAL_NULL;
    }
    Value digits = int_to_str(I, v, base);
    if (digits == VAL_NULL) return VAL_NULL;
    StrBuilder sb;
    sb_init(&sb);
    if ((neg && !sb_add_cstr(I, &sb, "-")) || !sb_add_cstr(I, &sb, prefix) ||
        !sb_add_str(I, &sb, digits))
        return VAL_NULL;
    return sb_finish(I, &sb);
}

static Value b_bin(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return prefixed(I, args, kwnames, "bin", 2, "0b");
}

static Value b_oct(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return prefixed(I, args, kwnames, "oct", 8, "0o");
}

static Value b_hex(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    return prefixed(I, args, kwnames, "hex", 16, "0x");
}

// breakpoint(*args, **kws): calls sys.breakpointhook with the same arguments.
static Value b_breakpoint(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value hook = I->sys != VAL_NULL ? obj_lookup_attr(I, I->sys, str_intern_cstr(I, "breakpointhook"))
                                    : VAL_NULL;
    if (hook == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_RUNTIME_ERROR, "lost sys.breakpointhook");
    }
    return obj_call(I, hook, args, kwnames);
}

static Value b_callable(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value x;
    if (!builtins_one_arg(I, args, kwnames, "callable", &x)) return VAL_NULL;
    return interp_bool(I, type_of(I, x)->call != NULL);
}

static Value b_chr(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value x;
    if (!builtins_one_arg(I, args, kwnames, "chr", &x)) return VAL_NULL;
    int64_t cp;
    if (!int_index_c_int(I, x, &cp)) return VAL_NULL;
    if (cp < 0 || cp > 0x10FFFF) return exc_raise(I, TY_VALUE_ERROR, "chr() arg not in range(0x110000)");
    return str_from_codepoint(I, (uint32_t)cp);
}

static Value b_ord(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value c;
    if (!builtins_one_arg(I, args, kwnames, "ord", &c)) return VAL_NULL;
    if (str_check(c)) {
        size_t n = str_len(c);
        if (n != 1)
            return exc_raise(I, TY_TYPE_ERROR,
                             "ord() expected a character, but string of length %zu found", n);
        size_t len;
        return val_from_small((intptr_t)utf8_get(str_view(c), 0, &len));
    }
    if (bytes_check(c) || bytearray_check(c)) {
        BView v = bytes_view(c);
        if (v.n != 1)
            return exc_raise(I, TY_TYPE_ERROR,
                             "ord() expected a character, but string of length %zu found", v.n);
        return val_from_small(bview_get(v, 0));
    }
    return exc_raise(I, TY_TYPE_ERROR, "ord() expected string of length 1, but %T found", c);
}

static Value b_hash(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value x;
    if (!builtins_one_arg(I, args, kwnames, "hash", &x)) return VAL_NULL;
    int64_t h;
    if (!obj_hash(I, x, &h)) return VAL_NULL;
    return int_from_i64(I, h);
}

// id(): the address for heap objects; a small int's own (odd) word, which no address
// can equal, so ids stay unique and stable.
static Value b_id(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value x;
    if (!builtins_one_arg(I, args, kwnames, "id", &x)) return VAL_NULL;
    return int_from_u64(I, (uint64_t)x);
}

static Value b_len(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value x;
    if (!builtins_one_arg(I, args, kwnames, "len", &x)) return VAL_NULL;
    int64_t n = obj_len(I, x);
    if (n < 0) return VAL_NULL;
    return int_from_i64(I, n);
}

static Value b_format(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value v, spec;
    if (!args_count(I, args, kwnames, "format", 1, 2)) return VAL_NULL;
    v = vview_get(args, 0);
    spec = vview_get(args, 1);
    if (spec == VAL_NULL) spec = I->empty_str;
    if (!str_check(spec))
        return exc_raise(I, TY_TYPE_ERROR, "format() argument 2 must be str, not %s", spec == I->none ? "None" : obj_type_name(I, spec));
    return obj_format(I, v, spec);
}

// Calls the special method [name] of [obj] with one argument; *done false when the type
// lacks it or it returned NotImplemented.
static Value try_special(Interp *I, Value obj, const char *name, Value arg, bool *done) {
    *done = false;
    Value n = str_intern_cstr(I, name);
    if (n == VAL_NULL) return VAL_NULL;
    bool found = false;
    Value r = obj_call_special(I, obj, n, vview_make(&arg, 1), &found);
    if (r == VAL_NULL) {
        if (found || I->exc != VAL_NULL) *done = true;
        return VAL_NULL;
    }
    if (r == I->notimpl) return VAL_NULL;
    *done = true;
    return r;
}

static Value b_divmod(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "divmod", 2, 2)) return VAL_NULL;
    Value a = vview_get(args, 0), b = vview_get(args, 1);
    if (int_check(I, a) && int_check(I, b)) {
        Value r = int_divmod(I, a, b);
        if (r != I->notimpl) return r;
    }
    Type *ta = type_of(I, a), *tb = type_of(I, b);
    bool done, tried_b = false;
    Value r;
    if (ta != tb && type_is_subtype(tb, ta)) {
        r = try_special(I, b, "__rdivmod__", a, &done);
        if (done) return r;
        tried_b = true;
    }
    r = try_special(I, a, "__divmod__", b, &done);
    if (done) return r;
    if (ta != tb && !tried_b) {
        r = try_special(I, b, "__rdivmod__", a, &done);
        if (done) return r;
    }
    return exc_raise(I, TY_TYPE_ERROR, "unsupported operand type(s) for divmod(): '%T' and '%T'", a,
                     b);
}

static Value b_pow(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value base, exp, mod;
    if (!args_parse(I, args, kwnames, "pow", "base exp | mod", &base, &exp, &mod)) return VAL_NULL;
    if (mod == VAL_NULL || mod == I->none) return obj_binop(I, base, exp, BINOP_POW);
    // Three-argument pow only calls the base's own __pow__ (classes, int subclasses
    // included), as CPython.
    Type *tb = type_of(I, base);
    if ((tb->tflags & TF_HEAP) == 0 && int_check(I, base) && int_check(I, exp) && int_check(I, mod))
        return int_powmod(I, base, exp, mod);
    if ((tb->tflags & TF_HEAP) != 0) {
        Value n = str_intern_cstr(I, "__pow__");
        if (n == VAL_NULL) return VAL_NULL;
        Value pair[2] = {exp, mod};
        bool found = false;
        Value r = obj_call_special(I, base, n, vview_make(pair, 2), &found);
        if (r == VAL_NULL && (found || I->exc != VAL_NULL)) return VAL_NULL;
        if (r != VAL_NULL && r != I->notimpl) return r;
    }
    // the first float or complex operand's power slot decides, as CPython's ternary_op
    // tries base, exp, then mod (int's slot steps aside for anything but ints)
    Value ops[3] = {base, exp, mod};
    for (size_t k = 0; k < 3; k++) {
        if (float_check(ops[k]))
            return exc_raise(I, TY_TYPE_ERROR,
                             "pow() 3rd argument not allowed unless all arguments are integers");
        if (complex_check(ops[k])) return exc_raise(I, TY_VALUE_ERROR, "complex modulo");
    }
    return exc_raise(I, TY_TYPE_ERROR, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'",
                     base, exp, mod);
}

static Value b_round(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    Value number, nd;
    if (!args_parse(I, args, kwnames, "round", "number | ndigits", &number, &nd)) return VAL_NULL;
    bool found = false;
    ValView a = (nd == VAL_NULL || nd == I->none) ? vview_make(NULL, 0) : vview_make(&nd, 1);
    Value r = obj_call_special(I, number, interp_name(I, N___round__), a, &found);
    if (r == VAL_NULL && !found && I->exc == VAL_NULL)
        return exc_raise(I, TY_TYPE_ERROR, "type %N doesn't define __round__ method",
                         type_of(I, number));
    return r;
}

static Value b_isinstance(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "isinstance", 2, 2)) return VAL_NULL;
    int r = obj_isinstance(I, vview_get(args, 0), vview_get(args, 1));
    if (r < 0) return VAL_NULL;
    return interp_bool(I, r != 0);
}

static Value b_issubclass(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    if (!args_count(I, args, kwnames, "issubclass", 2, 2)) return VAL_NULL;
    int r = obj_issubclass(I, vview_get(args, 0), vview_get(args, 1));
    if (r < 0) return VAL_NULL;
    return interp_bool(I, r != 0);
}

/* exit and quit, which CPython's site module adds: _sitebuiltins.Quitter objects that
 * repr as a hint and raise SystemExit(code) when called. */
typedef struct Quitter {
    CustomObj h;
    Value name; /* "exit" or "quit" */
} Quitter;

static const CustomLayout quitter_layout = {"Quitter"};
CUSTOM_CAST_FN(quitter_cast, Quitter, quitter_layout)

static Value quitter_repr(Interp *I, Value self) {
    Quitter *q = quitter_cast(self);
    if (q == NULL) return obj_default_repr(I, self);
    return str_from_format(I, "Use %U() or Ctrl-D (i.e. EOF) to exit", q->name);
}

// Quitter.__call__(self, code=None), a Python method in CPython (its argument errors
// are worded as for a Python function, counting self): closes sys.stdin, ignoring errors,
// then raises SystemExit(code).
static Value quitter_call(Interp *I, Value self, ValView args, Value kwnames) {
    (void)self;
    size_t nkw = args_nkw(kwnames);
    size_t npos = args.n - nkw;
    if (npos > 1)
        return exc_raise(I, TY_TYPE_ERROR,
                         "Quitter.__call__() takes from 1 to 2 positional arguments but %zu were given",
                         npos + 1);
    Value code = npos == 1 ? vview_get(args, 0) : I->none;
    for (size_t i = 0; i < nkw; i++) {
        Value k = tuple_get(kwnames, i);
        if (!str_eq_cstr(k, "code"))
            return exc_raise(I, TY_TYPE_ERROR, "Quitter.__call__() got an unexpected keyword argument '%U'", k);
        if (npos == 1)
            return exc_raise(I, TY_TYPE_ERROR, "Quitter.__call__() got multiple values for argument 'code'");
        code = vview_get(args, npos + i);
    }
    Value in = I->sys != VAL_NULL ? obj_getattr_cstr(I, I->sys, "stdin") : VAL_NULL;
    if (in == VAL_NULL || obj_call_method(I, in, "close", vview_make(NULL, 0)) == VAL_NULL) exc_clear(I);
    Value e = exc_new(I, interp_type(I, TY_SYSTEM_EXIT), vview_make(&code, 1));
    if (e == VAL_NULL) return VAL_NULL;
    return exc_set(I, e);
}

static const TypeSpec quitter_spec = {
    .name = "_sitebuiltins.Quitter",
    .inst_kind = K_CUSTOM,
    .inst_size = sizeof(Quitter),
    .base = TY_OBJECT,
    .repr = quitter_repr,
    .call = quitter_call,
};

static bool add_quitters(Interp *I, Value d) {
    Type *t = type_from_spec(I, &quitter_spec, NULL);
    if (t == NULL) return false;
    const char *const names[2] = {"exit", "quit"};
    for (size_t i = 0; i < 2; i++) {
        Quitter *q = custom_alloc(I, t, &quitter_layout, sizeof(Quitter));
        if (q == NULL) return false;
        q->name = str_intern_cstr(I, names[i]);
        if (q->name == VAL_NULL || !dict_set(I, d, q->name, obj_val(q))) return false;
    }
    return true;
}

static const MethodDef core_methods[] = {
    {"abs", b_abs, 0, "Return the absolute value of the argument."},
    {"ascii", b_ascii, 0, "Return an ASCII-only representation of an object."},
    {"bin", b_bin, 0, "Return the binary representation of an integer."},
    {"breakpoint", b_breakpoint, 0, "Call sys.breakpointhook(*args, **kws)."},
    {"callable", b_callable, 0, "Return whether the object is callable (i.e., some kind of function)."},
    {"chr", b_chr, 0, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"divmod", b_divmod, 0, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"format", b_format, 0, "Return value.__format__(format_spec)"},
    {"hash", b_hash, 0, "Return the hash value for the given object."},
    {"hex", b_hex, 0, "Return the hexadecimal representation of an integer."},
    {"id", b_id, 0, "Return the identity of an object."},
    {"isinstance", b_isinstance, 0, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", b_issubclass, 0, "Return whether 'cls' is derived from another class or is the same class."},
    {"len", b_len, 0, "Return the number of items in a container."},
    {"oct", b_oct, 0, "Return the octal representation of an integer."},
    {"ord", b_ord, 0, "Return the Unicode code point for a one-character string."},
    {"pow", b_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"repr", b_repr, 0, "Return the canonical string representation of the object."},
    {"round", b_round, 0, "Round a number to a given precision in decimal digits."},
    {"open", iomod_open, 0, "Open file and return a stream.  Raise OSError upon failure."},
    {NULL, NULL, 0, NULL},
};

/* ---- the namespace ---- */

typedef struct NamedType {
    const char *name;
    TypeId id;
} NamedType;

// The builtin types users refer to by name (the exception classes are added by flag).
static const NamedType named_types[] = {
    {"object", TY_OBJECT}, {"type", TY_TYPE}, {"int", TY_INT}, {"bool", TY_BOOL},
    {"float", TY_FLOAT}, {"complex", TY_COMPLEX}, {"str", TY_STR}, {"bytes", TY_BYTES},
    {"bytearray", TY_BYTEARRAY}, {"list", TY_LIST}, {"tuple", TY_TUPLE}, {"dict", TY_DICT},
    {"set", TY_SET}, {"frozenset", TY_FROZENSET}, {"range", TY_RANGE}, {"slice", TY_SLICE}, {"memoryview", TY_MEMORYVIEW},
    {"property", TY_PROPERTY}, {"staticmethod", TY_STATICMETHOD},
    {"classmethod", TY_CLASSMETHOD}, {"super", TY_SUPER}, {"enumerate", TY_ENUMERATE},
    {"zip", TY_ZIP}, {"map", TY_MAP}, {"filter", TY_FILTER}, {"reversed", TY_REVERSED},
};

static bool add_types(Interp *I, Value d) {
    size_t n = sizeof named_types / sizeof named_types[0];
    for (size_t i = 0; i < n; i++) {
        Type *t = interp_type(I, named_types[i].id);
        if (t == NULL) continue;
        if (!dict_set_cstr(I, d, named_types[i].name, obj_val(t))) return false;
    }
    // Every exception class with a TypeId, except safepy's own BudgetExceeded (a resource
    // limit is not something a program should catch by name).
    for (int id = 0; id < (int)TY__COUNT; id++) {
        Type *t = interp_type(I, (TypeId)id);
        if (t == NULL || (t->tflags & TF_EXC) == 0 || id == (int)TY_BUDGET_ERROR) continue;
        if (t->name == VAL_NULL || !dict_set(I, d, t->name, obj_val(t))) return false;
    }
    Value extra = exc_extra_types(I);
    if (extra == VAL_NULL) return I->exc == VAL_NULL;
    size_t pos = 0;
    Value k, v;
    while (dict_next(extra, &pos, &k, &v))
        if (!dict_set(I, d, k, v)) return false;
    return true;
}

static bool add_constants(Interp *I, Value d) {
    return dict_set_cstr(I, d, "None", I->none) && dict_set_cstr(I, d, "Ellipsis", I->ellipsis) &&
           dict_set_cstr(I, d, "NotImplemented", I->notimpl) &&
           dict_set_cstr(I, d, "True", I->true_) && dict_set_cstr(I, d, "False", I->false_) &&
           dict_set(I, d, interp_name(I, N___debug__), I->true_);
}

bool builtins_init(Interp *I) {
    if (I->modules == VAL_NULL) {
        I->modules = dict_new(I);
        if (I->modules == VAL_NULL) return false;
    }
    Value name = str_intern_cstr(I, "builtins");
    if (name == VAL_NULL) return false;
    Value m = module_new(I, name);
    if (m == VAL_NULL) return false;
    Value d = module_dict(m);
    if (d == VAL_NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "builtins module has no dict");
        return false;
    }
    I->builtins_mod = m;
    I->builtins = d;
    if (!module_add_functions(I, m, core_methods) || !module_add_functions(I, m, builtins_seq_methods) ||
        !module_add_functions(I, m, coro_builtins) ||
        !module_add_functions(I, m, builtins_eval_methods))
        return false;
    Value doc = str_from_cstr(I, "Built-in functions, exceptions, and other objects.");
    if (doc == VAL_NULL || !dict_set(I, d, interp_name(I, N___doc__), doc)) return false;
    if (!add_constants(I, d) || !add_types(I, d) || !add_quitters(I, d) ||
        !sitebuiltins_add(I, d)) return false;
    return dict_set(I, I->modules, name, m);
}
