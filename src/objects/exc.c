/*
 * exc.c: raising and inspecting exceptions (everything declared in exc.h), the message
 * formatter behind exc_raise, BaseException's behaviour (args, __str__, __repr__,
 * __cause__/__context__/__traceback__, with_traceback, add_note), and the traceback and
 * frame-like types. The table of builtin exception types is in exc_types.c.
 *
 * Invariant: I->exc is VAL_NULL or an exception instance (layout K_EXC); raising the
 * preallocated MemoryError allocates nothing; __context__ chains never become cycles
 * through exc_set_instance.
 */
#include "exc.h"

#include "args.h"
#include "dict.h"
#include "int.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "descr.h"
#include "../vm/code.h"
#include "../vm/frame.h"
#include "../vm/func.h"
#include "../vm/trace.h"

/* ---- the message formatter ---- */

static bool add_u64(Interp *I, StrBuilder *sb, uint64_t x, unsigned base, int width,
                    bool neg) {
    char tmp[72];
    int n = 0;
    do {
        unsigned d = (unsigned)(x % base);
        tmp[n++] = (char)(d < 10 ? '0' + d : 'a' + (d - 10));
        x /= base;
    } while (x != 0 && n < 64);
    while (n < width && n < 64) tmp[n++] = '0';
    if (neg) tmp[n++] = '-';
    char out[72];
    int k = 0;
    while (n > 0) out[k++] = tmp[--n];
    out[k] = '\0';
    return sb_add_cstr(I, sb, out);
}

static bool add_i64(Interp *I, StrBuilder *sb, int64_t x, int width) {
    uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    return add_u64(I, sb, u, 10, width, x < 0);
}

// Appends the text of a Value: str(v) for strs and everything else.
static bool add_str_of(Interp *I, StrBuilder *sb, Value v, bool repr) {
    if (v == VAL_NULL) return sb_add_cstr(I, sb, "<NULL>");
    Value s = repr ? obj_repr(I, v) : (str_check(v) ? v : obj_str(I, v));
    if (s == VAL_NULL) return false;
    return sb_add_str(I, sb, s);
}

// CPython's tp_name: a C type defined outside builtins is named "module.name" in
// messages ('_io.TextIOWrapper', 'weakref.ReferenceType'); classes by __name__.
static bool add_tp_name(Interp *I, StrBuilder *sb, const Type *t) {
    if ((t->tflags & TF_HEAP) == 0 && t->module != VAL_NULL && str_check(t->module) &&
        !str_eq_cstr(t->module, "builtins")) {
        if (!sb_add_str(I, sb, t->module) || !sb_add_cstr(I, sb, ".")) return false;
    }
    if ((t->tflags & TF_CNAME) != 0 && t->h.dict != VAL_NULL) {
        Value mod = dict_get_cstr(I, t->h.dict, "__module__");
        // a str key: the lookup cannot raise
        if (mod != VAL_NULL && str_check(mod) && (!sb_add_str(I, sb, mod) || !sb_add_cstr(I, sb, ".")))
            return false;
    }
    return sb_add_str(I, sb, t->name);
}

Value exc_vformat(Interp *I, const char *fmt, va_list ap) {
    StrBuilder sb;
    sb_init(&sb);
    BView f = bview_cstr(fmt);
    size_t i = 0, start = 0;
    bool ok = true;
    while (ok && i < f.n) {
        if (bview_get(f, i) != '%') {
            i++;
            continue;
        }
        if (i > start && !sb_add_view(I, &sb, bview_slice(f, start, i))) return VAL_NULL;
        i++;
        int c = bview_get(f, i);
        int width = 0;
        while (c >= '0' && c <= '9') {
            width = width * 10 + (c - '0');
            if (width > 64) width = 64;
            c = bview_get(f, ++i);
        }
        int lng = 0;
        bool z = false;
        while (c == 'l') {
            lng++;
            c = bview_get(f, ++i);
        }
        if (c == 'z') {
            z = true;
            c = bview_get(f, ++i);
        }
        switch (c) {
        case 'd':
        case 'i':
            if (z) ok = add_i64(I, &sb, (int64_t)va_arg(ap, ptrdiff_t), width);
            else if (lng >= 2) ok = add_i64(I, &sb, (int64_t)va_arg(ap, long long), width);
            else if (lng == 1) ok = add_i64(I, &sb, (int64_t)va_arg(ap, long), width);
            else ok = add_i64(I, &sb, (int64_t)va_arg(ap, int), width);
            break;
        case 'u':
        case 'x':
            if (z) ok = add_u64(I, &sb, (uint64_t)va_arg(ap, size_t), c == 'x' ? 16 : 10, width, false);
            else if (lng >= 2)
                ok = add_u64(I, &sb, (uint64_t)va_arg(ap, unsigned long long), c == 'x' ? 16 : 10,
                             width, false);
            else if (lng == 1)
                ok = add_u64(I, &sb, (uint64_t)va_arg(ap, unsigned long), c == 'x' ? 16 : 10,
                             width, false);
            else
                ok = add_u64(I, &sb, (uint64_t)va_arg(ap, unsigned), c == 'x' ? 16 : 10, width,
                             false);
            break;
        case 'c':
            ok = sb_add_codepoint(I, &sb, (uint32_t)va_arg(ap, int));
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            ok = sb_add_cstr(I, &sb, s != NULL ? s : "(null)");
            break;
        }
        case 'S':
            ok = add_str_of(I, &sb, va_arg(ap, Value), false);
            break;
        case 'R':
            ok = add_str_of(I, &sb, va_arg(ap, Value), true);
            break;
        case 'U':
            ok = add_str_of(I, &sb, va_arg(ap, Value), false);
            break;
        case 'T':
            ok = add_tp_name(I, &sb, type_of(I, va_arg(ap, Value)));
            break;
        case 'N': {
            Type *t = va_arg(ap, Type *);
            ok = t != NULL ? add_tp_name(I, &sb, t) : sb_add_cstr(I, &sb, "?");
            break;
        }
        case 'p': {
            const void *p = va_arg(ap, const void *);
            ok = sb_add_cstr(I, &sb, "0x") &&
                 add_u64(I, &sb, (uint64_t)(uintptr_t)p, 16, 0, false);
            break;
        }
        case '%':
            ok = sb_add_cstr(I, &sb, "%");
            break;
        default:
            ok = sb_add_cstr(I, &sb, "%");
            break;
        }
        if (c >= 0) i++;
        start = i;
    }
    if (!ok) return VAL_NULL;
    if (i > start && !sb_add_view(I, &sb, bview_slice(f, start, i))) return VAL_NULL;
    return sb_finish(I, &sb);
}

Value exc_format(Interp *I, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value s = exc_vformat(I, fmt, ap);
    va_end(ap);
    return s;
}

/* ---- raising ---- */

void exc_set_context(Value e, Value ctx) {
    ExcObject *x = exc_cast(e);
    if (x == NULL) return;
    x->context = ctx;
}

void exc_set_cause(Interp *I, Value e, Value cause) {
    ExcObject *x = exc_cast(e);
    if (x == NULL) return;
    x->cause = cause == I->none ? VAL_NULL : cause;
    x->suppress_context = true;
}

Value exc_get_traceback(Value e) {
    ExcObject *x = exc_cast(e);
    return x != NULL ? x->traceback : VAL_NULL;
}

Value exc_set_instance(Interp *I, Value e) {
    exc_chain_context(I, e, I->exc_info);
    I->exc = e;
    return VAL_NULL;
}

void exc_chain_context(Interp *I, Value e, Value ctx) {
    if (ctx != VAL_NULL && ctx != e && exc_cast(ctx) != NULL) {
        // Cut the chain where [e] already appears, so no cycle is formed. The walk is
        // bounded: a chain made cyclic by hand (e.__context__ = ...) still ends. Its
        // length is charged to the instruction budget (one step per 16 links, checked at
        // the next instruction), so raising over and over in a long chain cannot outrun
        // --max-steps.
        Value o = ctx;
        int steps = 0;
        for (; steps < 100000; steps++) {
            ExcObject *oe = exc_cast(o);
            if (oe == NULL || oe->context == VAL_NULL) break;
            if (oe->context == e) {
                oe->context = VAL_NULL;
                break;
            }
            o = oe->context;
        }
        I->steps += steps / 16;
        exc_set_context(e, ctx);
    }
}

Value exc_new(Interp *I, Type *t, ValView args) {
    if ((t->tflags & TF_HEAP) != 0 || t->new_ == NULL) return obj_call(I, obj_val(t), args, VAL_NULL);
    Value e = t->new_(I, t, args, VAL_NULL);
    if (e == VAL_NULL) return VAL_NULL;
    Type *et = type_of(I, e);
    if (type_is_subtype(et, t) && et->init != NULL && et->init(I, e, args, VAL_NULL) < 0)
        return VAL_NULL;
    return e;
}

static Value raise_v(Interp *I, Type *t, const char *fmt, va_list ap) {
    Value msg = exc_vformat(I, fmt, ap);
    if (msg == VAL_NULL) return VAL_NULL;
    Value e = exc_new(I, t, vview_make(&msg, 1));
    if (e == VAL_NULL) return VAL_NULL;
    return exc_set_instance(I, e);
}

Value exc_raise(Interp *I, TypeId t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_v(I, I->types[t], fmt, ap);
    va_end(ap);
    return VAL_NULL;
}

Value exc_raise_type(Interp *I, Type *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_v(I, t, fmt, ap);
    va_end(ap);
    return VAL_NULL;
}

Value exc_raise_arg(Interp *I, TypeId t, Value arg) {
    Value e = exc_new(I, I->types[t], vview_make(&arg, 1));
    if (e == VAL_NULL) return VAL_NULL;
    return exc_set_instance(I, e);
}

Value exc_raise_attr(Interp *I, Value obj, Value name) {
    if (exc_raise(I, TY_ATTRIBUTE_ERROR, "'%T' object has no attribute '%U'", obj, name) ==
            VAL_NULL &&
        exc_pending_is(I, TY_ATTRIBUTE_ERROR)) {
        Value e = I->exc;
        Obj *o = obj_ptr(e);
        if (o != NULL && o->dict == VAL_NULL) o->dict = dict_new(I);
        if (o != NULL && o->dict != VAL_NULL) {
            if (!dict_set(I, o->dict, interp_name(I, N_name), name) ||
                !dict_set(I, o->dict, interp_name(I, N_obj), obj))
                return VAL_NULL;
        }
        I->exc = e;
    }
    return VAL_NULL;
}

void exc_attr_context(Interp *I, Value obj, Value name) {
    if (!exc_pending_is(I, TY_ATTRIBUTE_ERROR)) return;
    Value e = I->exc;
    Obj *o = obj_ptr(e);
    if (o == NULL) return;
    Value kn = interp_name(I, N_name), ko = interp_name(I, N_obj);
    if (o->dict != VAL_NULL) {
        // already augmented (or given name=/obj= by its raiser): left as it is
        Value n = dict_get(I, o->dict, kn), v = dict_get(I, o->dict, ko);
        if (I->exc != e) return;
        if ((n != VAL_NULL && n != I->none) || (v != VAL_NULL && v != I->none)) return;
    }
    I->exc = VAL_NULL;
    if (o->dict == VAL_NULL) o->dict = dict_new(I);
    if (o->dict == VAL_NULL || !dict_set(I, o->dict, kn, name) || !dict_set(I, o->dict, ko, obj))
        return; // the failure's exception replaces the AttributeError
    I->exc = e;
}

Value exc_set(Interp *I, Value e) {
    Value inst = e;
    if (exc_is_class(I, e)) {
        inst = obj_call0(I, e);
        if (inst == VAL_NULL) return VAL_NULL;
        if (!exc_is_instance(I, inst))
            return exc_raise(I, TY_TYPE_ERROR,
                             "calling %R should have returned an instance of BaseException, not %T",
                             e, inst);
    } else if (!exc_is_instance(I, e)) {
        return exc_raise(I, TY_TYPE_ERROR, "exceptions must derive from BaseException");
    }
    return exc_set_instance(I, inst);
}

Value exc_nomem(Interp *I) {
    ExcObject *m = exc_cast(I->memerror);
    if (m == NULL) {
        // Only during start-up: any non-NULL marker will do, interp_new fails anyway.
        I->in_memerror = true;
        I->exc = obj_val(I->types[TY_MEMORY_ERROR]);
        return VAL_NULL;
    }
    m->traceback = VAL_NULL;
    m->cause = VAL_NULL;
    m->context = VAL_NULL;
    m->suppress_context = false;
    I->exc = I->memerror;
    return VAL_NULL;
}

// True when C string [s] ends with [suffix].
static bool ends_with(const char *s, const char *suffix) {
    return bview_endswith(bview_cstr(s), bview_cstr(suffix));
}

Value exc_from_kstatus(Interp *I, KStatus s, const char *what) {
    switch (s) {
    case K_OK:
        return exc_raise(I, TY_SYSTEM_ERROR, "unexpected success status (%s)", what);
    case K_NOMEM:
    case K_OVERFLOW:
        return exc_nomem(I);
    case K_RANGE:
        if (ends_with(what, "range")) return exc_raise(I, TY_INDEX_ERROR, "%s", what);
        return exc_raise(I, TY_INDEX_ERROR, "%s out of range", what);
    case K_INVALID:
        return exc_raise(I, TY_VALUE_ERROR, "%s", what);
    }
    return exc_raise(I, TY_SYSTEM_ERROR, "bad kernel status");
}

bool exc_pending_is(Interp *I, TypeId t) {
    return I->exc != VAL_NULL && obj_is_instance_of(I, I->exc, I->types[t]);
}

Value exc_fetch(Interp *I) {
    Value e = I->exc;
    I->exc = VAL_NULL;
    return e;
}

void exc_clear(Interp *I) { I->exc = VAL_NULL; }

bool exc_is_instance(Interp *I, Value v) {
    (void)I;
    return exc_cast(v) != NULL;
}

bool exc_is_class(Interp *I, Value v) {
    Type *t = type_cast(v);
    return t != NULL && type_is_subtype(t, I->types[TY_BASE_EXCEPTION]);
}

Value exc_message(Interp *I, Value exc) { return obj_str(I, exc); }

static Value none_or(Interp *I, Value v) { return v == VAL_NULL ? I->none : v; }

Value exc_new_syntax(Interp *I, TypeId t, const char *msg, Value filename, int lineno,
                     int offset, Value text, int end_lineno, int end_offset) {
    Value m = str_from_cstr(I, msg);
    if (m == VAL_NULL) return VAL_NULL;
    Value end_l = end_lineno > 0 ? val_from_small(end_lineno) : I->none;
    Value end_o = end_lineno > 0 ? val_from_small(end_offset) : I->none;
    Value info = tuple_pack(I, 6, none_or(I, filename), val_from_small(lineno),
                            val_from_small(offset), none_or(I, text), end_l, end_o);
    if (info == VAL_NULL) return VAL_NULL;
    Value args[2] = {m, info};
    return exc_new(I, I->types[t], vview_make(args, 2));
}

void exc_add_traceback(Interp *I, Value code, Value globals, int lasti, int lineno) {
    ExcObject *e = exc_cast(I->exc);
    if (e == NULL) return;
    TracebackObject *tb =
        obj_try_alloc(I, I->types[TY_TRACEBACK], K_TRACEBACK, sizeof(TracebackObject));
    if (tb == NULL) return;
    tb->next = e->traceback;
    tb->code = code;
    tb->globals = globals;
    tb->lasti = lasti;
    tb->lineno = lineno;
    tb->locals = VAL_NULL;
    tb->exit_pc = 0;
    tb->frame = VAL_NULL;
    e->traceback = obj_val(tb);
}

void exc_tb_set_locals(Interp *I, Value code, Value locals, int exit_pc) {
    ExcObject *e = exc_cast(I->exc);
    TracebackObject *tb = e != NULL ? traceback_cast(e->traceback) : NULL;
    if (tb == NULL || tb->code != code) return;
    if (tb->locals == VAL_NULL) tb->locals = locals;
    if (exit_pc >= 0 && exit_pc < INT32_MAX && tb->exit_pc == 0) tb->exit_pc = exit_pc + 1;
}

/* ---- BaseException ---- */

static ValView positional(ValView args, Value kwnames) {
    size_t nkw = args_nkw(kwnames);
    return vview_slice(args, 0, args.n >= nkw ? args.n - nkw : 0);
}

Value exc_base_new(Interp *I, Type *t, ValView args, Value kwnames) {
    ExcObject *e = obj_alloc(I, t, t->inst_size > sizeof(ExcObject) ? t->inst_size
                                                                     : sizeof(ExcObject));
    if (e == NULL) return VAL_NULL;
    e->args = tuple_from_view(I, positional(args, kwnames));
    if (e->args == VAL_NULL) return VAL_NULL;
    return obj_val(e);
}

static int base_init(Interp *I, Value self, ValView args, Value kwnames) {
    ExcObject *e = exc_cast(self);
    if (e == NULL) return 0;
    if (args_nkw(kwnames) > 0) {
        exc_raise(I, TY_TYPE_ERROR, "%T() takes no keyword arguments", self);
        return -1;
    }
    Value t = tuple_from_view(I, args);
    if (t == VAL_NULL) return -1;
    e->args = t;
    return 0;
}

static Value args_of(Interp *I, Value self) {
    ExcObject *e = exc_cast(self);
    if (e == NULL || e->args == VAL_NULL) return I->empty_tuple;
    return e->args;
}

static Value base_str(Interp *I, Value self) {
    Value a = args_of(I, self);
    size_t n = tuple_len(a);
    if (n == 0) return I->empty_str;
    if (n == 1) return obj_str(I, tuple_get(a, 0));
    return obj_str(I, a);
}

static Value base_repr(Interp *I, Value self) {
    Value a = args_of(I, self);
    if (tuple_len(a) == 1) return exc_format(I, "%T(%R)", self, tuple_get(a, 0));
    return exc_format(I, "%T%R", self, a);
}

static Value get_args(Interp *I, Value self) { return args_of(I, self); }

static int set_args(Interp *I, Value self, Value v) {
    ExcObject *e = exc_cast(self);
    if (v == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "args may not be deleted");
        return -1;
    }
    Value t = obj_to_tuple(I, v);
    if (t == VAL_NULL) return -1;
    if (e != NULL) e->args = t;
    return 0;
}

static Value get_tb(Interp *I, Value self) {
    ExcObject *e = exc_cast(self);
    return e != NULL && e->traceback != VAL_NULL ? e->traceback : I->none;
}

static int set_tb(Interp *I, Value self, Value v) {
    ExcObject *e = exc_cast(self);
    if (v == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != I->none && traceback_cast(v) == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "__traceback__ must be a traceback or None");
        return -1;
    }
    if (e != NULL) e->traceback = v == I->none ? VAL_NULL : v;
    return 0;
}

static Value get_cause(Interp *I, Value self) {
    ExcObject *e = exc_cast(self);
    return e != NULL && e->cause != VAL_NULL ? e->cause : I->none;
}

static int set_cause(Interp *I, Value self, Value v) {
    if (v == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "__cause__ may not be deleted");
        return -1;
    }
    if (v != I->none && !exc_is_instance(I, v)) {
        exc_raise(I, TY_TYPE_ERROR, "exception cause must be None or derive from BaseException");
        return -1;
    }
    exc_set_cause(I, self, v);
    return 0;
}

static Value get_context(Interp *I, Value self) {
    ExcObject *e = exc_cast(self);
    return e != NULL && e->context != VAL_NULL ? e->context : I->none;
}

static int set_context(Interp *I, Value self, Value v) {
    if (v == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "__context__ may not be deleted");
        return -1;
    }
    if (v != I->none && !exc_is_instance(I, v)) {
        exc_raise(I, TY_TYPE_ERROR, "exception context must be None or derive from BaseException");
        return -1;
    }
    exc_set_context(self, v == I->none ? VAL_NULL : v);
    return 0;
}

static Value get_suppress(Interp *I, Value self) {
    ExcObject *e = exc_cast(self);
    return interp_bool(I, e != NULL && e->suppress_context);
}

static int set_suppress(Interp *I, Value self, Value v) {
    ExcObject *e = exc_cast(self);
    if (v == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "__suppress_context__ may not be deleted");
        return -1;
    }
    int t = obj_truth(I, v);
    if (t < 0) return -1;
    if (e != NULL) e->suppress_context = t != 0;
    return 0;
}

static Value with_traceback(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "with_traceback", 1, 1)) return VAL_NULL;
    if (set_tb(I, self, vview_get(args, 0)) < 0) return VAL_NULL;
    return self;
}

static Value add_note(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "add_note", 1, 1)) return VAL_NULL;
    Value note = vview_get(args, 0);
    if (!str_check(note))
        return exc_raise(I, TY_TYPE_ERROR, "note must be a str, not '%T'", note);
    Value notes = obj_lookup_attr(I, self, str_intern_cstr(I, "__notes__"));
    if (notes == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        notes = list_new(I, 1);
        if (notes == VAL_NULL) return VAL_NULL;
        if (obj_setattr_cstr(I, self, "__notes__", notes) < 0) return VAL_NULL;
    }
    if (!list_check(notes))
        return exc_raise(I, TY_TYPE_ERROR, "Cannot add note: __notes__ is not a list");
    if (!list_append(I, notes, note)) return VAL_NULL;
    return I->none;
}

static Value base_reduce(Interp *I, Value self, ValView args, Value kwnames) {
    (void)args;
    (void)kwnames;
    Obj *o = obj_ptr(self);
    Value cls = obj_val(type_of(I, self));
    if (o != NULL && o->dict != VAL_NULL && dict_len(o->dict) > 0)
        return tuple_pack(I, 3, cls, args_of(I, self), o->dict);
    return tuple_pack(I, 2, cls, args_of(I, self));
}

static Value base_setstate(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__setstate__", 1, 1)) return VAL_NULL;
    Value st = vview_get(args, 0);
    if (st == I->none) return I->none;
    if (!dict_check(st)) return exc_raise(I, TY_TYPE_ERROR, "state is not a dictionary");
    size_t pos = 0;
    Value k, v;
    while (dict_next(st, &pos, &k, &v))
        if (obj_setattr(I, self, k, v) < 0) return VAL_NULL;
    return I->none;
}

static const MethodDef base_methods[] = {
    {"with_traceback", with_traceback, 0,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", add_note, 0,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", base_reduce, 0, NULL},
    {"__setstate__", base_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef base_getsets[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_tb, set_tb},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {NULL, NULL, NULL},
};

const TypeSpec base_exception_spec = {
    .name = "BaseException",
    .inst_kind = K_EXC,
    .inst_size = sizeof(ExcObject),
    .tflags = TF_BASETYPE | TF_HAS_DICT | TF_EXC,
    .base = TY_OBJECT,
    .repr = base_repr,
    .str = base_str,
    .new_ = exc_base_new,
    .init = base_init,
    .methods = base_methods,
    .getsets = base_getsets,
    .doc = "Common base class for all exceptions",
};

/* ---- traceback and frame-like objects ---- */

static Value tb_get_next(Interp *I, Value self) {
    TracebackObject *tb = traceback_cast(self);
    return tb != NULL && tb->next != VAL_NULL ? tb->next : I->none;
}

static int tb_set_next(Interp *I, Value self, Value v) {
    TracebackObject *tb = traceback_cast(self);
    if (v == VAL_NULL) {
        exc_raise(I, TY_TYPE_ERROR, "can't delete tb_next attribute");
        return -1;
    }
    if (v != I->none && traceback_cast(v) == NULL) {
        exc_raise(I, TY_TYPE_ERROR, "expected traceback object or None, got '%T'", v);
        return -1;
    }
    // Refuse loops: walking from v must not reach self.
    for (Value c = v; c != I->none && c != VAL_NULL;) {
        if (c == self) {
            exc_raise(I, TY_VALUE_ERROR, "traceback loop detected");
            return -1;
        }
        TracebackObject *ct = traceback_cast(c);
        if (ct == NULL) break;
        c = ct->next;
    }
    if (tb != NULL) tb->next = v == I->none ? VAL_NULL : v;
    return 0;
}

int exc_tb_lineno(TracebackObject *tb) {
    if (tb->lineno == EXC_TB_LINE_UNKNOWN) {
        CodeObject *co = code_cast(tb->code);
        tb->lineno = co == NULL ? 0
                     : tb->lasti >= 0 ? code_pos(co, (size_t)tb->lasti).line
                                      : co->firstlineno;
    }
    return tb->lineno;
}

static Value tb_get_lineno(Interp *I, Value self) {
    (void)I;
    TracebackObject *tb = traceback_cast(self);
    return val_from_small(tb != NULL ? exc_tb_lineno(tb) : 0);
}

static Value tb_get_lasti(Interp *I, Value self) {
    (void)I;
    TracebackObject *tb = traceback_cast(self);
    if (tb != NULL && tb->lasti_given > 0) return val_from_small((intptr_t)tb->lasti_given - 1);
    return val_from_small(tb != NULL ? (intptr_t)tb->lasti * 2 : 0);
}

// A stand-in's f_locals: while the frame it stands for still runs (sys._getframe's
// stand-ins), its variables now, as CPython refreshes f_locals on every access; else
// what was stored (the snapshot a traceback or generator gave, or the final values).
static Value frame_get_locals(Interp *I, Value self) {
    Value live = frame_standin_live_locals(I, self);
    if (live != VAL_NULL || I->exc != VAL_NULL) return live;
    Value v = obj_getattr_cstr(I, self, "_f_locals");
    if (v == VAL_NULL && exc_pending_is(I, TY_ATTRIBUTE_ERROR)) {
        exc_clear(I);
        return dict_new(I);
    }
    return v;
}

static int frame_set_locals(Interp *I, Value self, Value v) {
    return obj_setattr_cstr(I, self, "_f_locals", v);
}

static const GetSetDef frame_locals_getset = {"f_locals", frame_get_locals, frame_set_locals};

// A stand-in's f_trace (src/vm/trace.c reads it): None until set; del sets None again, as
// CPython's frame (bdb's set_continue deletes it on every frame of the stack).
static Value frame_get_trace(Interp *I, Value self) {
    Value v = obj_getattr_cstr(I, self, "_f_trace");
    if (v == VAL_NULL && exc_pending_is(I, TY_ATTRIBUTE_ERROR)) {
        exc_clear(I);
        return I->none;
    }
    return v;
}

static int frame_set_trace(Interp *I, Value self, Value v) {
    return obj_setattr_cstr(I, self, "_f_trace", v == VAL_NULL ? I->none : v);
}

static const GetSetDef frame_trace_getset = {"f_trace", frame_get_trace, frame_set_trace};

// A stand-in's f_lineno: the line the runtime last stored (exc_frame_set_lineno). An
// assignment from Python is a jump request: trace.c checks it at once (CPython's
// ValueError at the assignment) and makes the jump when the trace function returns.
static Value frame_get_lineno(Interp *I, Value self) {
    return obj_getattr_cstr(I, self, "_f_lineno");
}

static int frame_set_lineno(Interp *I, Value self, Value v) {
    if (v == VAL_NULL) {
        exc_raise(I, TY_ATTRIBUTE_ERROR, "cannot delete attribute");
        return -1;
    }
    if (trace_set_lineno(I, self, v) < 0) return -1;
    return obj_setattr_cstr(I, self, "_f_lineno", v);
}

static const GetSetDef frame_lineno_getset = {"f_lineno", frame_get_lineno, frame_set_lineno};

bool exc_frame_set_lineno(Interp *I, Value frame, int line) {
    return obj_setattr_cstr(I, frame, "_f_lineno", val_from_small(line)) >= 0;
}

static Value frame_repr(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "__repr__", 0, 0)) return VAL_NULL;
    Value code = obj_getattr_cstr(I, self, "f_code");
    Value line = code != VAL_NULL ? obj_getattr_cstr(I, self, "f_lineno") : VAL_NULL;
    Value file = line != VAL_NULL ? obj_getattr_cstr(I, code, "co_filename") : VAL_NULL;
    Value name = file != VAL_NULL ? obj_getattr_cstr(I, code, "co_name") : VAL_NULL;
    if (name == VAL_NULL) return VAL_NULL;
    return exc_format(I, "<frame at %p, file %R, line %S, code %S>", (void *)obj_ptr(self), file,
                      line, name);
}

static const MethodDef frame_repr_def = {"__repr__", frame_repr, 0, NULL};

// frame.clear(): drops the variables of a frame that no longer runs (RuntimeError for a
// running one, as CPython).
static Value frame_clear(Interp *I, Value self, ValView args, Value kwnames) {
    if (!args_count(I, args, kwnames, "clear", 0, 0)) return VAL_NULL;
    Value live = frame_standin_live_locals(I, self);
    if (live != VAL_NULL) return exc_raise(I, TY_RUNTIME_ERROR, "cannot clear an executing frame");
    if (I->exc != VAL_NULL) return VAL_NULL;
    Value empty = dict_new(I);
    if (empty == VAL_NULL || obj_setattr_cstr(I, self, "_f_locals", empty) < 0) return VAL_NULL;
    return I->none;
}

static const MethodDef frame_clear_def = {"clear", frame_clear, 0,
                                          "F.clear(): clear most references held by the frame"};

// The VM reuses its frame records, so tb.tb_frame and gen.gi_frame are small stand-in
// objects (instances of a private class named "frame", made once per interpreter).
Value exc_frame_object(Interp *I, Value code, Value globals, int lineno, intptr_t lasti,
                       Value locals) {
    if (I->scratch == VAL_NULL) {
        I->scratch = dict_new(I);
        if (I->scratch == VAL_NULL) return VAL_NULL;
    }
    Value cls = dict_get_cstr(I, I->scratch, "core.tb_frame_class");
    if (cls == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        Value ns = dict_new(I);
        Value name = str_intern_cstr(I, "frame");
        Value bases = I->empty_tuple;
        if (ns == VAL_NULL || name == VAL_NULL) return VAL_NULL;
        if (!dict_set(I, ns, interp_name(I, N___module__), str_intern_cstr(I, "builtins")))
            return VAL_NULL;
        ValView nokw = {NULL, 0};
        cls = type_new(I, I->types[TY_TYPE], name, bases, ns, nokw, VAL_NULL);
        Type *ct = type_cast(cls);
        if (ct == NULL) return VAL_NULL;
        Value gs = descr_new_getset(I, ct, &frame_locals_getset);
        Value tr = gs != VAL_NULL ? descr_new_getset(I, ct, &frame_trace_getset) : VAL_NULL;
        Value ln = tr != VAL_NULL ? descr_new_getset(I, ct, &frame_lineno_getset) : VAL_NULL;
        Value rp = ln != VAL_NULL ? cfunc_new_method(I, ct, &frame_repr_def) : VAL_NULL;
        Value cl = rp != VAL_NULL ? cfunc_new_method(I, ct, &frame_clear_def) : VAL_NULL;
        // (f_trace_lines / f_trace_opcodes: the defaults CPython's frames show)
        if (cl == VAL_NULL || obj_setattr_cstr(I, cls, "f_locals", gs) < 0 ||
            obj_setattr_cstr(I, cls, "__repr__", rp) < 0 ||
            obj_setattr_cstr(I, cls, "clear", cl) < 0 ||
            obj_setattr_cstr(I, cls, "f_trace", tr) < 0 ||
            obj_setattr_cstr(I, cls, "f_lineno", ln) < 0 ||
            obj_setattr_cstr(I, cls, "f_trace_lines", I->true_) < 0 ||
            obj_setattr_cstr(I, cls, "f_trace_opcodes", I->false_) < 0 ||
            !dict_set_cstr(I, I->scratch, "core.tb_frame_class", cls))
            return VAL_NULL;
    }
    Value f = obj_call0(I, cls);
    if (f == VAL_NULL) return VAL_NULL;
    if (obj_setattr_cstr(I, f, "f_code", none_or(I, code)) < 0 ||
        obj_setattr_cstr(I, f, "f_globals", none_or(I, globals)) < 0 ||
        obj_setattr_cstr(I, f, "f_builtins", none_or(I, I->builtins)) < 0 ||
        !exc_frame_set_lineno(I, f, lineno) ||
        obj_setattr_cstr(I, f, "f_lasti", val_from_small(lasti)) < 0 ||
        obj_setattr_cstr(I, f, "f_back", I->none) < 0 ||
        obj_setattr_cstr(I, f, "f_locals", locals) < 0)
        return VAL_NULL;
    return f;
}

// tb.tb_frame: where the frame was, with its variables as they were when the exception
// passed (cells as they are now).
static Value tb_frame_standin(Interp *I, TracebackObject *tb);

static Value tb_get_frame(Interp *I, Value self) {
    TracebackObject *tb = traceback_cast(self);
    if (tb == NULL) return I->none;
    if (tb->frame == VAL_NULL) {
        // the frame that caught the exception, while it runs: its own frame object (the
        // one sys._getframe gives, with live f_locals); else one made from what the
        // traceback kept
        Value fr = tb->exit_pc > 0 ? VAL_NULL : frame_of_traceback(I, self);
        if (fr == VAL_NULL && I->exc == VAL_NULL) fr = tb_frame_standin(I, tb);
        if (fr == VAL_NULL) return VAL_NULL;
        tb->frame = fr;
    }
    return tb->frame;
}

static Value tb_frame_standin(Interp *I, TracebackObject *tb) {
    Value locals = tb->locals != VAL_NULL ? frame_snapshot_dict(I, tb->code, tb->locals)
                                          : dict_new(I);
    if (locals == VAL_NULL) return VAL_NULL;
    // a frame the exception left shows where it ended (after except/finally blocks ran),
    // as CPython's frame object does; tb_lineno stays where the exception passed
    CodeObject *co = code_cast(tb->code);
    if (tb->exit_pc > 0 && co != NULL) {
        int32_t pc = tb->exit_pc - 1;
        return exc_frame_object(I, tb->code, tb->globals, code_pos(co, (size_t)pc).line,
                                (intptr_t)pc * 2, locals);
    }
    return exc_frame_object(I, tb->code, tb->globals, exc_tb_lineno(tb), (intptr_t)tb->lasti * 2,
                            locals);
}

static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_lasti", tb_get_lasti, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {NULL, NULL, NULL},
};

// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno), as CPython (libraries that
// rewrite tracebacks build entries this way); tb_frame is one of the frame objects.
static Value tb_new(Interp *I, Type *t, ValView args, Value kwnames) {
    (void)t;
    Value next, frame, lastiv, linev;
    if (!args_parse(I, args, kwnames, "TracebackType", "tb_next tb_frame tb_lasti tb_lineno",
                    &next, &frame, &lastiv, &linev))
        return VAL_NULL;
    if (next != I->none && traceback_cast(next) == NULL)
        return exc_raise(I, TY_TYPE_ERROR, "expected traceback object or None, got '%T'", next);
    Value cls = I->scratch != VAL_NULL ? dict_get_cstr(I, I->scratch, "core.tb_frame_class")
                                       : VAL_NULL;
    if (cls == VAL_NULL || obj_val(type_of(I, frame)) != cls)
        return exc_raise(I, TY_TYPE_ERROR,
                         "TracebackType() argument 'tb_frame' must be frame, not %T", frame);
    int64_t lasti, line;
    if (!int_index_c_int(I, lastiv, &lasti) || !int_index_c_int(I, linev, &line)) return VAL_NULL;
    Value code = obj_getattr_cstr(I, frame, "f_code");
    Value globals = code != VAL_NULL ? obj_getattr_cstr(I, frame, "f_globals") : VAL_NULL;
    if (globals == VAL_NULL) return VAL_NULL;
    TracebackObject *tb =
        obj_alloc_kind(I, I->types[TY_TRACEBACK], K_TRACEBACK, sizeof(TracebackObject));
    if (tb == NULL) return VAL_NULL;
    tb->next = next == I->none ? VAL_NULL : next;
    tb->code = code;
    tb->globals = globals;
    tb->lasti = lasti >= 0 ? (int32_t)(lasti / 2) : 0;
    tb->lasti_given = lasti >= 0 && lasti < INT32_MAX ? (int32_t)lasti + 1 : 0;
    tb->lineno = (int32_t)line;
    tb->frame = frame;
    return obj_val(tb);
}

const TypeSpec traceback_spec = {
    .name = "traceback",
    .inst_kind = K_TRACEBACK,
    .inst_size = sizeof(TracebackObject),
    .base = TY_OBJECT,
    .getsets = tb_getsets,
    .new_ = tb_new,
};

// warnings.<name>, or VAL_NULL with nothing pending when the module or function is missing.
static Value warnings_fn(Interp *I, const char *name) {
    if (I->builtins == VAL_NULL) return VAL_NULL;
    Value imp = dict_get(I, I->builtins, interp_name(I, N___import__));
    Value modname = imp != VAL_NULL ? str_from_cstr(I, "warnings") : VAL_NULL;
    Value mod = modname != VAL_NULL ? obj_call1(I, imp, modname) : VAL_NULL;
    Value fn = mod != VAL_NULL ? obj_getattr_cstr(I, mod, name) : VAL_NULL;
    if (fn == VAL_NULL) exc_clear(I);
    return fn;
}

bool exc_warn(Interp *I, TypeId category, const char *msg) {
    Value text = str_from_cstr(I, msg);
    if (text == VAL_NULL) {
        exc_clear(I);
        return true;
    }
    return exc_warn_str(I, category, text);
}

bool exc_warn_str(Interp *I, TypeId category, Value text) {
    Value warn = warnings_fn(I, "warn");
    if (warn == VAL_NULL) {
        exc_clear(I);
        return true;
    }
    Value args[2] = {text, obj_val(interp_type(I, category))};
    // what warn raises (a filter's error, a failing showwarning) propagates, as in CPython
    return obj_call(I, warn, vview_make(args, 2), VAL_NULL) != VAL_NULL;
}

bool exc_warn_explicit(Interp *I, TypeId category, Value msg, Value filename, int lineno) {
    Value we = warnings_fn(I, "warn_explicit");
    Value line = we != VAL_NULL ? int_from_i64(I, lineno) : VAL_NULL;
    if (line == VAL_NULL) {
        exc_clear(I);
        return true;
    }
    Value args[4] = {msg, obj_val(interp_type(I, category)), filename, line};
    return obj_call(I, we, vview_make(args, 4), VAL_NULL) != VAL_NULL;
}
