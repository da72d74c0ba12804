/*
 * eval_ops.c: the work of the less frequent opcodes (namespaces, imports, unpacking,
 * f-strings, raise/except/with, function creation, pattern matching), with CPython
 * 3.11's error messages. The dispatch loop pops the operands and pushes the results;
 * nothing here touches the value stack, and everything uses the checked object API.
 */
#include "eval_ops.h"
#include "finalize.h"

#include "../modules/import.h"
#include "../objects/dict.h"
#include "../objects/exc.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/ops.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "eval_call.h"
#include "func.h"
#include "gen.h"

static bool is_exact(Interp *I, Value v, TypeId t) {
    Obj *o = obj_ptr(v);
    return o != NULL && o->type == interp_type(I, t);
}

Value eval_ops_name_error(Interp *I, Value name) {
    exc_raise(I, TY_NAME_ERROR, "name '%U' is not defined", name);
    // NameError.name is what the traceback printer's "Did you mean" uses.
    Value e = exc_fetch(I);
    if (e != VAL_NULL && obj_setattr(I, e, interp_name(I, N_name), name) < 0) exc_clear(I);
    exc_set(I, e);
    return VAL_NULL;
}

Value eval_ops_unbound_local(Interp *I, CodeObject *co, size_t i) {
    return exc_raise(I, TY_UNBOUND_LOCAL_ERROR,
                     "cannot access local variable '%U' where it is not associated with a value",
                     tuple_get(co->localnames, i));
}

Value eval_ops_unbound_deref(Interp *I, CodeObject *co, size_t i) {
    if (i < co->ncells)
        return exc_raise(I, TY_UNBOUND_LOCAL_ERROR,
                         "cannot access local variable '%U' where it is not associated with a "
                         "value",
                         tuple_get(co->cellnames, i));
    return exc_raise(I, TY_NAME_ERROR,
                     "cannot access free variable '%U' where it is not associated with a value "
                     "in enclosing scope",
                     tuple_get(co->freenames, i - co->ncells));
}

// mapping[name], or VAL_NULL without an exception when the key is absent.
static Value mapping_lookup(Interp *I, Value m, Value name) {
    if (is_exact(I, m, TY_DICT)) return dict_get(I, m, name);
    Value v = obj_getitem(I, m, name);
    if (v == VAL_NULL && exc_pending_is(I, TY_KEY_ERROR)) exc_clear(I);
    return v;
}

Value eval_ops_load_builtin(Interp *I, Value builtins, Value name) {
    Value v = mapping_lookup(I, builtins, name);
    if (v != VAL_NULL || I->exc != VAL_NULL) return v;
    return eval_ops_name_error(I, name);
}

Value eval_ops_load_name(Interp *I, Frame *f, Value name) {
    if (f->locals == VAL_NULL)
        return exc_raise(I, TY_SYSTEM_ERROR, "no locals when loading %R", name);
    Value v = mapping_lookup(I, f->locals, name);
    if (v != VAL_NULL || I->exc != VAL_NULL) return v;
    v = dict_get(I, f->globals, name);
    if (v != VAL_NULL || I->exc != VAL_NULL) return v;
    return eval_ops_load_builtin(I, f->builtins, name);
}

bool eval_ops_store_name(Interp *I, Frame *f, Value name, Value v) {
    if (f->locals == VAL_NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "no locals found when storing %R", name);
        return false;
    }
    if (is_exact(I, f->locals, TY_DICT)) return dict_set(I, f->locals, name, v);
    return obj_setitem(I, f->locals, name, v) == 0;
}

bool eval_ops_store_name_fin(Interp *I, Frame *f, Value name, Value v, bool *drops) {
    *drops = false;
    if (f->locals != VAL_NULL && is_exact(I, f->locals, TY_DICT)) {
        // tested before the store: the replaced value is dead once this returns (a copy
        // kept in a register across the store could keep it from the collection)
        Value old = dict_get(I, f->locals, name);
        if (old == VAL_NULL && I->exc != VAL_NULL) return false;
        *drops = old != VAL_NULL && finalize_drops(I, old);
    }
    return eval_ops_store_name(I, f, name, v);
}

bool eval_ops_name_drops(Interp *I, Frame *f, Value name) {
    if (f->locals == VAL_NULL || !is_exact(I, f->locals, TY_DICT)) return false;
    Value old = dict_get(I, f->locals, name);
    if (old == VAL_NULL) {
        I->exc = VAL_NULL; // (str keys: a failed lookup is only "absent")
        return false;
    }
    return finalize_drops(I, old);
}

bool eval_ops_delete_name(Interp *I, Frame *f, Value name) {
    if (f->locals == VAL_NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "no locals when deleting %R", name);
        return false;
    }
    if (is_exact(I, f->locals, TY_DICT)) {
        int r = dict_del(I, f->locals, name);
        if (r < 0) return false;
        if (r == 0) {
            eval_ops_name_error(I, name);
            return false;
        }
        return true;
    }
    if (obj_delitem(I, f->locals, name) == 0) return true;
    if (exc_pending_is(I, TY_KEY_ERROR)) {
        exc_clear(I);
        eval_ops_name_error(I, name);
    }
    return false;
}

Value eval_ops_load_classderef(Interp *I, Frame *f, size_t i, Value cell) {
    CodeObject *co = f->co;
    Value name = i < co->ncells ? tuple_get(co->cellnames, i)
                                : tuple_get(co->freenames, i - co->ncells);
    if (f->locals != VAL_NULL) {
        Value v = mapping_lookup(I, f->locals, name);
        if (v != VAL_NULL || I->exc != VAL_NULL) return v;
    }
    CellObject *c = cell_cast(cell);
    if (c == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "bad cell");
    if (c->v == VAL_NULL) return eval_ops_unbound_deref(I, co, i);
    return c->v;
}

bool eval_ops_setup_annotations(Interp *I, Frame *f) {
    if (f->locals == VAL_NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "no locals found when setting up annotations");
        return false;
    }
    Value name = interp_name(I, N___annotations__);
    Value v = mapping_lookup(I, f->locals, name);
    if (v != VAL_NULL) return true;
    if (I->exc != VAL_NULL) return false;
    Value d = dict_new(I);
    if (d == VAL_NULL) return false;
    return eval_ops_store_name(I, f, name, d);
}

bool eval_ops_import_star(Interp *I, Frame *f, Value module) {
    if (f->locals == VAL_NULL) {
        exc_raise(I, TY_SYSTEM_ERROR, "no locals found during 'import *'");
        return false;
    }
    bool skip_private = false;
    Value names = obj_lookup_attr(I, module, interp_name(I, N___all__));
    const char *where = "__all__";
    if (names == VAL_NULL) {
        if (I->exc != VAL_NULL) return false;
        Value d = obj_lookup_attr(I, module, interp_name(I, N___dict__));
        if (d == VAL_NULL) {
            if (I->exc == VAL_NULL)
                exc_raise(I, TY_IMPORT_ERROR, "from-import-* object has no __dict__ and no __all__");
            return false;
        }
        names = obj_to_list(I, d);
        if (names == VAL_NULL) return false;
        skip_private = true;
        where = "__dict__";
    }
    Value it = obj_iter(I, names);
    if (it == VAL_NULL) return false;
    for (;;) {
        Value name = obj_next(I, it);
        if (name == VAL_NULL) return I->exc == VAL_NULL;
        if (!str_check(name)) {
            Value modname = obj_lookup_attr(I, module, interp_name(I, N___name__));
            if (modname == VAL_NULL || !str_check(modname)) {
                exc_clear(I);
                exc_raise(I, TY_TYPE_ERROR, "%s in %s must be str, not %T",
                          skip_private ? "Key" : "Item", where, name);
            } else {
                exc_raise(I, TY_TYPE_ERROR, "%s in %U.%s must be str, not %T",
                          skip_private ? "Key" : "Item", modname, where, name);
            }
            return false;
        }
        if (skip_private && bview_get(str_view(name), 0) == '_') continue;
        Value v = obj_getattr(I, module, name);
        if (v == VAL_NULL) return false;
        if (!eval_ops_store_name(I, f, name, v)) return false;
    }
}

// True when [v] supports neither iteration protocol (for "not iterable" messages).
static bool not_iterable(Interp *I, Value v) {
    Type *t = type_of(I, v);
    if (t->tflags & TF_HEAP)
        return type_lookup(I, t, interp_name(I, N___iter__)) == VAL_NULL &&
               type_lookup(I, t, interp_name(I, N___getitem__)) == VAL_NULL;
    return t->iter == NULL && t->getitem == NULL;
}

static Value iter_for_unpack(Interp *I, Value seq) {
    Value it = obj_iter(I, seq);
    if (it == VAL_NULL && exc_pending_is(I, TY_TYPE_ERROR) && not_iterable(I, seq)) {
        exc_clear(I);
        exc_raise(I, TY_TYPE_ERROR, "cannot unpack non-iterable %T object", seq);
    }
    return it;
}

Value eval_ops_unpack(Interp *I, Value seq, size_t n) {
    Value it = iter_for_unpack(I, seq);
    if (it == VAL_NULL) return VAL_NULL;
    Value out = tuple_new(I, n);
    if (out == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            return exc_raise(I, TY_VALUE_ERROR, "not enough values to unpack (expected %zu, got %zu)",
                             n, i);
        }
        tuple_init_item(out, i, x);
    }
    Value extra = obj_next(I, it);
    if (extra != VAL_NULL)
        return exc_raise(I, TY_VALUE_ERROR, "too many values to unpack (expected %zu)", n);
    if (I->exc != VAL_NULL) return VAL_NULL;
    return out;
}

Value eval_ops_unpack_ex(Interp *I, Value seq, size_t before, size_t after) {
    Value it = iter_for_unpack(I, seq);
    if (it == VAL_NULL) return VAL_NULL;
    Value out = tuple_new(I, before + 1 + after);
    if (out == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < before; i++) {
        Value x = obj_next(I, it);
        if (x == VAL_NULL) {
            if (I->exc != VAL_NULL) return VAL_NULL;
            return exc_raise(I, TY_VALUE_ERROR,
                             "not enough values to unpack (expected at least %zu, got %zu)",
                             before + after, i);
        }
        tuple_init_item(out, i, x);
    }
    Value rest = obj_to_list(I, it);
    if (rest == VAL_NULL) return VAL_NULL;
    size_t n = list_len(rest);
    if (n < after)
        return exc_raise(I, TY_VALUE_ERROR,
                         "not enough values to unpack (expected at least %zu, got %zu)",
                         before + after, before + n);
    ValView rv = list_view(rest);
    Value middle = list_from_view(I, vview_slice(rv, 0, n - after));
    if (middle == VAL_NULL) return VAL_NULL;
    tuple_init_item(out, before, middle);
    for (size_t k = 0; k < after; k++) tuple_init_item(out, before + 1 + k, vview_get(rv, n - after + k));
    return out;
}

Value eval_ops_format(Interp *I, Value v, unsigned conv, Value spec) {
    switch (conv) {
    case 1: v = obj_str(I, v); break;
    case 2: v = obj_repr(I, v); break;
    case 3: v = obj_ascii(I, v); break;
    default: break;
    }
    if (v == VAL_NULL) return VAL_NULL;
    if (spec != VAL_NULL && !str_check(spec))
        return exc_raise(I, TY_SYSTEM_ERROR, "bad bytecode: format spec is not a str");
    if (spec == VAL_NULL && is_exact(I, v, TY_STR)) return v;
    return obj_format(I, v, spec == VAL_NULL ? I->empty_str : spec);
}

Value eval_ops_build_string(Interp *I, ValView parts) {
    if (parts.n == 1 && is_exact(I, vview_get(parts, 0), TY_STR)) return vview_get(parts, 0);
    StrBuilder sb;
    sb_init(&sb);
    for (size_t i = 0; i < parts.n; i++) {
        if (!sb_add_str(I, &sb, vview_get(parts, i))) return VAL_NULL;
    }
    return sb_finish(I, &sb);
}

Value eval_ops_build_set(Interp *I, ValView items) {
    Value s = set_new(I, false);
    if (s == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < items.n; i++) {
        if (!set_add(I, s, vview_get(items, i))) return VAL_NULL;
    }
    return s;
}

Value eval_ops_build_map(Interp *I, ValView pairs) { return dict_new_from_pairs(I, pairs); }

bool eval_ops_list_extend(Interp *I, Value list, Value iterable) {
    if (list_extend(I, list, iterable)) return true;
    if (exc_pending_is(I, TY_TYPE_ERROR) && not_iterable(I, iterable)) {
        exc_clear(I);
        exc_raise(I, TY_TYPE_ERROR, "Value after * must be an iterable, not %T", iterable);
    }
    return false;
}

static bool is_mapping(Interp *I, Value v) {
    if (dict_check(v)) return true;
    Value k = obj_lookup_attr(I, v, interp_name(I, N_keys));
    if (k == VAL_NULL) {
        exc_clear(I);
        return false;
    }
    return true;
}

bool eval_ops_dict_update(Interp *I, Value dict, Value other) {
    if (!is_mapping(I, other)) {
        exc_raise(I, TY_TYPE_ERROR, "'%T' object is not a mapping", other);
        return false;
    }
    return dict_update(I, dict, other);
}

static bool merge_one(Interp *I, Value func, Value dict, Value k, Value v) {
    Value old = dict_get(I, dict, k);
    if (old != VAL_NULL) {
        Value fs = func != VAL_NULL ? eval_call_funcstr(I, func) : str_from_cstr(I, "function");
        if (fs == VAL_NULL) return false;
        exc_raise(I, TY_TYPE_ERROR, "%U got multiple values for keyword argument '%S'", fs, k);
        return false;
    }
    if (I->exc != VAL_NULL) return false;
    return dict_set(I, dict, k, v);
}

bool eval_ops_dict_merge(Interp *I, Value func, Value dict, Value other) {
    if (!is_mapping(I, other)) {
        Value fs = func != VAL_NULL ? eval_call_funcstr(I, func) : str_from_cstr(I, "function");
        if (fs == VAL_NULL) return false;
        exc_raise(I, TY_TYPE_ERROR, "%U argument after ** must be a mapping, not %T", fs, other);
        return false;
    }
    if (dict_check(other)) {
        // f(**d) alone: an empty target takes an exact dict's table as it is (no key can
        // repeat, nothing is compared)
        if (dict_len(dict) == 0 && type_of(I, other) == interp_type(I, TY_DICT))
            return dict_merge(I, dict, other, false);
        size_t pos = 0;
        Value k, v;
        while (dict_next(other, &pos, &k, &v)) {
            if (!merge_one(I, func, dict, k, v)) return false;
        }
        return true;
    }
    Value keys = obj_call_method(I, other, "keys", vview_make(NULL, 0));
    if (keys == VAL_NULL) return false;
    Value it = obj_iter(I, keys);
    if (it == VAL_NULL) return false;
    for (;;) {
        Value k = obj_next(I, it);
        if (k == VAL_NULL) return I->exc == VAL_NULL;
        Value v = obj_getitem(I, other, k);
        if (v == VAL_NULL || !merge_one(I, func, dict, k, v)) return false;
    }
}

// An exception instance from a raise operand: instances as they are, classes called.
static Value exc_instance(Interp *I, Value e, const char *what) {
    if (exc_is_class(I, e)) {
        Value inst = obj_call0(I, e);
        if (inst == VAL_NULL) return VAL_NULL;
        if (!exc_is_instance(I, inst))
            return exc_raise(I, TY_TYPE_ERROR,
                             "calling %R should have returned an instance of BaseException, not %R",
                             e, obj_val(type_of(I, inst)));
        return inst;
    }
    if (exc_is_instance(I, e)) return e;
    return exc_raise(I, TY_TYPE_ERROR, "%s must derive from BaseException", what);
}

int eval_ops_raise(Interp *I, Value exc, Value cause) {
    if (exc == VAL_NULL) {
        if (I->exc_info == VAL_NULL || I->exc_info == I->none) {
            exc_raise(I, TY_RUNTIME_ERROR, "No active exception to reraise");
            return 0;
        }
        I->exc = I->exc_info;
        return 1;
    }
    Value inst = exc_instance(I, exc, "exceptions");
    if (inst == VAL_NULL) return 0;
    if (cause != VAL_NULL) {
        Value c = VAL_NULL;
        if (cause != I->none) {
            c = exc_instance(I, cause, "exception causes");
            if (c == VAL_NULL) return 0;
        }
        ExcObject *e = exc_cast(inst);
        if (e != NULL) {
            e->cause = c;
            e->suppress_context = true;
        }
    }
    exc_set(I, inst);
    return 0;
}

int eval_ops_exc_match(Interp *I, Value exc, Value type) {
    bool is_tuple = tuple_check(type);
    size_t n = is_tuple ? tuple_len(type) : 1;
    for (size_t i = 0; i < n; i++) {
        Value t = is_tuple ? tuple_get(type, i) : type;
        if (!exc_is_class(I, t)) {
            exc_raise(I, TY_TYPE_ERROR,
                      "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    }
    Type *et = type_of(I, exc);
    for (size_t i = 0; i < n; i++) {
        Type *t = type_cast(is_tuple ? tuple_get(type, i) : type);
        if (t != NULL && type_is_subtype(et, t)) return 1;
    }
    return 0;
}

Value eval_ops_special(Interp *I, Value obj, Value name) {
    Type *t = type_of(I, obj);
    Value a = type_lookup(I, t, name);
    if (a == VAL_NULL) return VAL_NULL;
    Type *at = type_of(I, a);
    if (at->descr_get != NULL) return at->descr_get(I, a, obj, obj_val(t));
    return a;
}

Value eval_ops_before_with(Interp *I, Value mgr, Value *exitf) {
    Value enter = eval_ops_special(I, mgr, interp_name(I, N___enter__));
    if (enter == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR,
                         "'%T' object does not support the context manager protocol", mgr);
    }
    Value ex = eval_ops_special(I, mgr, interp_name(I, N___exit__));
    if (ex == VAL_NULL) {
        if (I->exc != VAL_NULL) return VAL_NULL;
        return exc_raise(I, TY_TYPE_ERROR,
                         "'%T' object does not support the context manager protocol (missed "
                         "__exit__ method)",
                         mgr);
    }
    *exitf = ex;
    return obj_call0(I, enter);
}

Value eval_ops_with_exit(Interp *I, Value exitf, Value exc) {
    ExcObject *e = exc_cast(exc);
    Value tb = (e != NULL && e->traceback != VAL_NULL) ? e->traceback : I->none;
    return obj_call3(I, exitf, obj_val(type_of(I, exc)), exc, tb);
}

// Annotations operand: a dict, or a tuple of name, value, name, value ...
static Value annotations_dict(Interp *I, Value a) {
    if (dict_check(a)) return a;
    if (!tuple_check(a)) return exc_raise(I, TY_SYSTEM_ERROR, "bad annotations operand");
    Value d = dict_new(I);
    if (d == VAL_NULL) return VAL_NULL;
    size_t n = tuple_len(a);
    for (size_t i = 0; i + 1 < n; i += 2) {
        if (!dict_set(I, d, tuple_get(a, i), tuple_get(a, i + 1))) return VAL_NULL;
    }
    return d;
}

Value eval_ops_make_function(Interp *I, ValView ops, unsigned flags, Value globals) {
    size_t k = 0;
    Value defaults = (flags & 1) ? vview_get(ops, k++) : VAL_NULL;
    Value kwdefaults = (flags & 2) ? vview_get(ops, k++) : VAL_NULL;
    Value annotations = (flags & 4) ? vview_get(ops, k++) : VAL_NULL;
    Value closure = (flags & 8) ? vview_get(ops, k++) : VAL_NULL;
    Value code = vview_get(ops, k++);
    Value qualname = vview_get(ops, k);
    CodeObject *co = code_cast(code);
    if (co == NULL) return exc_raise(I, TY_SYSTEM_ERROR, "MAKE_FUNCTION expects a code object");
    if (!str_check(qualname)) qualname = co->qualname;
    if (!eval_call_check_closure(I, co, closure)) return VAL_NULL;
    Value fv = func_new(I, code, globals, qualname);
    FuncObject *fn = func_cast(fv);
    if (fn == NULL) return VAL_NULL;
    if (closure != VAL_NULL && closure != I->none) fn->closure = closure;
    if (defaults != VAL_NULL && defaults != I->none) {
        if (!tuple_check(defaults)) return exc_raise(I, TY_SYSTEM_ERROR, "bad defaults operand");
        fn->defaults = defaults;
    }
    if (kwdefaults != VAL_NULL && kwdefaults != I->none) {
        if (!dict_check(kwdefaults)) return exc_raise(I, TY_SYSTEM_ERROR, "bad kwdefaults operand");
        fn->kwdefaults = kwdefaults;
    }
    if (annotations != VAL_NULL && annotations != I->none) {
        Value d = annotations_dict(I, annotations);
        if (d == VAL_NULL) return VAL_NULL;
        fn->annotations = d;
    }
    return fv;
}

bool eval_ops_print_expr(Interp *I, Value v) {
    Value hook = VAL_NULL;
    if (I->sys != VAL_NULL) {
        Value d = module_dict(I->sys);
        if (d != VAL_NULL) hook = dict_get_cstr(I, d, "displayhook");
        if (hook == VAL_NULL && I->exc != VAL_NULL) return false;
    }
    if (hook == VAL_NULL) {
        exc_raise(I, TY_RUNTIME_ERROR, "lost sys.displayhook");
        return false;
    }
    return obj_call1(I, hook, v) != VAL_NULL;
}

Value eval_ops_stopiter_value(Interp *I, Value exc) {
    Value v = obj_lookup_attr(I, exc, interp_name(I, N_value));
    if (v != VAL_NULL) return v;
    if (I->exc != VAL_NULL) exc_clear(I);
    ExcObject *e = exc_cast(exc);
    if (e != NULL && e->args != VAL_NULL && tuple_len(e->args) > 0) return tuple_get(e->args, 0);
    return I->none;
}

Value eval_ops_send(Interp *I, Value it, Value v, bool *done) {
    *done = false;
    Value r;
    if (gen_cast(it) != NULL) {
        Value ret = VAL_NULL;
        r = gen_send(I, it, v, &ret);
        if (r != VAL_NULL) return r;
        if (I->exc == VAL_NULL) {
            *done = true;
            return ret != VAL_NULL ? ret : I->none;
        }
    } else if (v == I->none) {
        // a StopIteration the iterator raises carries the result (obj_next drops it)
        r = obj_next_raising(I, it);
        if (r != VAL_NULL) return r;
        if (I->exc == VAL_NULL) {
            *done = true;
            return I->none;
        }
    } else {
        r = obj_call_method(I, it, "send", vview_make(&v, 1));
        if (r != VAL_NULL) return r;
    }
    if (exc_pending_is(I, TY_STOP_ITERATION)) {
        Value e = exc_fetch(I);
        *done = true;
        return eval_ops_stopiter_value(I, e);
    }
    return VAL_NULL;
}

Value eval_ops_yield_from_iter(Interp *I, Value v, bool in_coroutine) {
    GenObject *g = gen_cast(v);
    if (g != NULL && g->kind == GEN_KIND_COROUTINE) {
        if (!in_coroutine)
            return exc_raise(I, TY_TYPE_ERROR,
                             "cannot 'yield from' a coroutine object in a non-coroutine "
                             "generator");
        return v;
    }
    if (g != NULL && g->kind == GEN_KIND_GENERATOR) return v;
    return obj_iter(I, v);
}

// Which subjects match mapping and sequence patterns is a type flag, as in CPython:
// builtin types carry it, classes inherit it from __base__, and ABCMeta's register()
// and the __abc_tpflags__ of collections.abc's Mapping and Sequence set it
// (_collections._abc_register_flags), so late registration counts too.
Value eval_ops_match_mapping(Interp *I, Value subj) {
    return interp_bool(I, (type_of(I, subj)->tflags & TF_MAPPING) != 0);
}

Value eval_ops_match_sequence(Interp *I, Value subj) {
    return interp_bool(I, (type_of(I, subj)->tflags & TF_SEQUENCE) != 0);
}

Value eval_ops_match_keys(Interp *I, Value subj, Value keys) {
    size_t n = tuple_len(keys);
    if (n == 0) return I->empty_tuple;
    Value get = obj_getattr(I, subj, interp_name(I, N_get));
    if (get == VAL_NULL) return VAL_NULL;
    Value seen = set_new(I, false);
    Value dummy = list_new(I, 0); // a fresh object no mapping can hold
    Value out = tuple_new(I, n);
    if (seen == VAL_NULL || dummy == VAL_NULL || out == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        Value k = tuple_get(keys, i);
        int r = set_contains(I, seen, k);
        if (r < 0) return VAL_NULL;
        if (r > 0) return exc_raise(I, TY_VALUE_ERROR, "mapping pattern checks duplicate key (%R)", k);
        if (!set_add(I, seen, k)) return VAL_NULL;
        Value v = obj_call2(I, get, k, dummy);
        if (v == VAL_NULL) return VAL_NULL;
        if (v == dummy) return I->none;
        tuple_init_item(out, i, v);
    }
    return out;
}

// getattr(subj, name) for a class pattern: VAL_NULL without exception when missing.
static Value match_attr(Interp *I, Type *cls, Value subj, Value name, Value seen) {
    int r = set_contains(I, seen, name);
    if (r < 0) return VAL_NULL;
    if (r > 0)
        return exc_raise(I, TY_TYPE_ERROR, "%N() got multiple sub-patterns for attribute %R", cls,
                         name);
    if (!set_add(I, seen, name)) return VAL_NULL;
    Value v = obj_getattr(I, subj, name);
    if (v == VAL_NULL && exc_pending_is(I, TY_ATTRIBUTE_ERROR)) exc_clear(I);
    return v;
}

static bool match_self(Interp *I, Type *t) {
    static const TypeId selfs[] = {TY_BOOL, TY_BYTEARRAY, TY_BYTES, TY_DICT, TY_FLOAT,
                                   TY_FROZENSET, TY_INT, TY_LIST, TY_SET, TY_STR, TY_TUPLE};
    for (size_t i = 0; i < sizeof selfs / sizeof selfs[0]; i++) {
        if (type_is_subtype(t, interp_type(I, selfs[i]))) return true;
    }
    return false;
}

Value eval_ops_match_class(Interp *I, Value subj, Value cls, Value kwnames, size_t npos) {
    Type *t = type_cast(cls);
    if (t == NULL) return exc_raise(I, TY_TYPE_ERROR, "called match pattern must be a type");
    int r = obj_isinstance(I, subj, cls);
    if (r < 0) return VAL_NULL;
    if (r == 0) return I->none;
    ValVec attrs;
    vec_init(&attrs);
    Value seen = set_new(I, false);
    if (seen == VAL_NULL) return VAL_NULL;
    if (npos > 0) {
        Value margs = obj_lookup_attr(I, cls, interp_name(I, N___match_args__));
        size_t allowed;
        bool self_match = false;
        if (margs != VAL_NULL) {
            if (!is_exact(I, margs, TY_TUPLE))
                return exc_raise(I, TY_TYPE_ERROR, "%N.__match_args__ must be a tuple (got %T)", t,
                                 margs);
            allowed = tuple_len(margs);
        } else {
            if (I->exc != VAL_NULL) return VAL_NULL;
            self_match = match_self(I, t);
            allowed = self_match ? 1 : 0;
        }
        if (allowed < npos)
            return exc_raise(I, TY_TYPE_ERROR, "%N() accepts %zu positional sub-pattern%s (%zu given)",
                             t, allowed, allowed == 1 ? "" : "s", npos);
        if (self_match) {
            if (vec_push(I->heap, &attrs, subj) != K_OK) return exc_nomem(I);
        } else {
            for (size_t i = 0; i < npos; i++) {
                Value name = tuple_get(margs, i);
                if (!str_check(name))
                    return exc_raise(I, TY_TYPE_ERROR,
                                     "__match_args__ elements must be strings (got %T)", name);
                Value v = match_attr(I, t, subj, name, seen);
                if (v == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : I->none;
                if (vec_push(I->heap, &attrs, v) != K_OK) return exc_nomem(I);
            }
        }
    }
    size_t nkw = tuple_check(kwnames) ? tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Value v = match_attr(I, t, subj, tuple_get(kwnames, i), seen);
        if (v == VAL_NULL) return I->exc != VAL_NULL ? VAL_NULL : I->none;
        if (vec_push(I->heap, &attrs, v) != K_OK) return exc_nomem(I);
    }
    return tuple_from_view(I, vview_of_vec(&attrs));
}

Value eval_ops_import_name(Interp *I, Frame *f, Value name, Value fromlist, Value level) {
    int lvl = 0;
    if (val_is_small(level)) {
        intptr_t l = val_small(level);
        if (l < 0 || l > 1000) return exc_raise(I, TY_VALUE_ERROR, "level must be >= 0");
        lvl = (int)l;
    } else if (level != I->none) {
        return exc_raise(I, TY_TYPE_ERROR, "level must be an int");
    }
    return import_name(I, name, f->globals, fromlist, lvl);
}

Value eval_ops_build_class(Interp *I, Frame *f) {
    Value v = mapping_lookup(I, f->builtins, interp_name(I, N___build_class__));
    if (v != VAL_NULL || I->exc != VAL_NULL) return v;
    return exc_raise(I, TY_NAME_ERROR, "__build_class__ not found");
}
