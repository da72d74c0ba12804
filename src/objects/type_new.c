/*
 * type_new.c: class creation, type(name, bases, dict, **kw): metaclass calculation, the
 * C3 MRO (and a metaclass's own mro()), instance layout checks, __slots__, the namespace
 * fix-ups CPython makes (__module__, __qualname__, __doc__, implicit staticmethod /
 * classmethod, __hash__ = None next to __eq__), __classcell__, __set_name__ and
 * __init_subclass__.
 *
 * Invariant: a class returned from here has its MRO, layout, flags and C slots set and
 * is registered in each base's subclass list (which keeps it alive: no weak references).
 */
#include "type.h"

#include "args.h"
#include "descr.h"
#include "dict.h"
#include "exc.h"
#include "instdict.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "../kernel/unicode.h"
#include "../kernel/utf8.h"
#include "../vm/eval.h"
#include "../vm/func.h"

/* ---- MRO ---- */

// True when [x] occurs in seq[from..] .
static bool in_tail(ValView seq, size_t from, Value x) {
    for (size_t k = from; k < seq.n; k++)
        if (vview_get(seq, k) == x) return true;
    return false;
}

static Value mro_error(Interp *I, ValVec *seqs, ValVec *pos) {
    StrBuilder sb;
    sb_init(&sb);
    if (!sb_add_cstr(I, &sb, "Cannot create a consistent method resolution\norder (MRO) for bases "))
        return VAL_NULL;
    ValVec seen;
    vec_init(&seen);
    for (size_t i = 0; i < seqs->len; i++) {
        ValView s = tuple_view(vec_get(seqs, i));
        size_t p = (size_t)val_small(vec_get(pos, i));
        if (p >= s.n) continue;
        Value head = vview_get(s, p);
        bool dup = false;
        for (size_t j = 0; j < seen.len; j++)
            if (vec_get(&seen, j) == head) dup = true;
        if (dup) continue;
        if (seen.len > 0 && !sb_add_cstr(I, &sb, ", ")) return VAL_NULL;
        if (vec_push(I->heap, &seen, head) != K_OK) return exc_nomem(I);
        Type *ht = type_cast(head);
        if (ht != NULL && !sb_add_str(I, &sb, ht->name)) return VAL_NULL;
    }
    Value msg = sb_finish(I, &sb);
    if (msg == VAL_NULL) return VAL_NULL;
    return exc_raise(I, TY_TYPE_ERROR, "%U", msg);
}

Value type_compute_mro(Interp *I, Type *t) {
    ValView bases = tuple_view(t->bases);
    if (bases.n == 0) return tuple_pack(I, 1, obj_val(t));
    if (bases.n == 1) {
        Type *b = type_cast(vview_get(bases, 0));
        if (b == NULL) return exc_raise(I, TY_TYPE_ERROR, "bases must be types");
        ValView bm = tuple_view(b->mro);
        Value r = tuple_new(I, bm.n + 1);
        if (r == VAL_NULL) return VAL_NULL;
        tuple_init_item(r, 0, obj_val(t));
        for (size_t i = 0; i < bm.n; i++) tuple_init_item(r, i + 1, vview_get(bm, i));
        return r;
    }
    // Merge the bases' MROs and the list of bases (C3).
    ValVec seqs, pos, out;
    vec_init(&seqs);
    vec_init(&pos);
    vec_init(&out);
    for (size_t i = 0; i <= bases.n; i++) {
        Value s = t->bases;
        if (i < bases.n) {
            Type *b = type_cast(vview_get(bases, i));
            if (b == NULL) return exc_raise(I, TY_TYPE_ERROR, "bases must be types");
            s = b->mro;
        }
        if (vec_push(I->heap, &seqs, s) != K_OK || vec_push(I->heap, &pos, val_from_small(0)) != K_OK)
            return exc_nomem(I);
    }
    if (vec_push(I->heap, &out, obj_val(t)) != K_OK) return exc_nomem(I);
    for (;;) {
        bool remaining = false, progressed = false;
        for (size_t i = 0; i < seqs.len && !progressed; i++) {
            ValView s = tuple_view(vec_get(&seqs, i));
            size_t p = (size_t)val_small(vec_get(&pos, i));
            if (p >= s.n) continue;
            remaining = true;
            Value cand = vview_get(s, p);
            bool bad = false;
            for (size_t j = 0; j < seqs.len && !bad; j++) {
                ValView sj = tuple_view(vec_get(&seqs, j));
                size_t pj = (size_t)val_small(vec_get(&pos, j));
                if (in_tail(sj, pj + 1, cand)) bad = true;
            }
            if (bad) continue;
            if (vec_push(I->heap, &out, cand) != K_OK) return exc_nomem(I);
            for (size_t j = 0; j < seqs.len; j++) {
                ValView sj = tuple_view(vec_get(&seqs, j));
                size_t pj = (size_t)val_small(vec_get(&pos, j));
                if (pj < sj.n && vview_get(sj, pj) == cand &&
                    vec_set(&pos, j, val_from_small((intptr_t)pj + 1)) != K_OK)
                    return exc_nomem(I);
            }
            progressed = true;
        }
        if (!remaining) break;
        if (!progressed) return mro_error(I, &seqs, &pos);
    }
    return tuple_from_view(I, vview_of_vec(&out));
}

// The MRO of [t]: its metaclass's mro() when overridden, else C3.
static Value mro_for(Interp *I, Type *t) {
    Type *meta = type_of(I, obj_val(t));
    if (meta != I->types[TY_TYPE]) {
        Value name = interp_name(I, N_mro);
        Value m = type_lookup(I, meta, name);
        Value std = dict_get(I, I->types[TY_TYPE]->h.dict, name);
        if (m != VAL_NULL && m != std) {
            bool found;
            ValView none = {NULL, 0};
            Value r = obj_call_special(I, obj_val(t), name, none, &found);
            if (r == VAL_NULL) return VAL_NULL;
            Value tup = obj_to_tuple(I, r);
            if (tup == VAL_NULL) return VAL_NULL;
            ValView v = tuple_view(tup);
            for (size_t i = 0; i < v.n; i++)
                if (type_cast(vview_get(v, i)) == NULL)
                    return exc_raise(I, TY_TYPE_ERROR, "mro() returned a non-class ('%T')",
                                     vview_get(v, i));
            return tup;
        }
    }
    return type_compute_mro(I, t);
}

/* ---- metaclass and layout ---- */

Type *type_calculate_metaclass(Interp *I, Type *meta, Value bases) {
    Type *winner = meta;
    ValView b = tuple_view(bases);
    for (size_t i = 0; i < b.n; i++) {
        Type *bt = type_of(I, vview_get(b, i));
        if (type_is_subtype(winner, bt)) continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        exc_raise(I, TY_TYPE_ERROR,
                  "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                  "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

// True when instances of [t] carry state its base's instances lack.
static bool extra_ivars(const Type *t) {
    if (t->base == NULL) return true;
    if ((t->tflags & TF_HEAP) != 0) return t->slotnames != VAL_NULL && tuple_len(t->slotnames) > 0;
    return t->inst_kind != t->base->inst_kind || t->inst_size != t->base->inst_size;
}

static Type *solid_base(Type *t) {
    for (Type *c = t; c != NULL; c = c->base)
        if (extra_ivars(c)) return c;
    return t;
}

static Type *best_base(Interp *I, Value bases) {
    Type *base = NULL, *winner = NULL;
    ValView b = tuple_view(bases);
    for (size_t i = 0; i < b.n; i++) {
        Type *bt = type_cast(vview_get(b, i));
        if (bt == NULL) {
            exc_raise(I, TY_TYPE_ERROR, "bases must be types");
            return NULL;
        }
        if ((bt->tflags & TF_BASETYPE) == 0) {
            exc_raise(I, TY_TYPE_ERROR, "type '%N' is not an acceptable base type", bt);
            return NULL;
        }
        Type *cand = solid_base(bt);
        if (winner == NULL) {
            winner = cand;
            base = bt;
        } else if (type_is_subtype(winner, cand)) {
            continue;
        } else if (type_is_subtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            exc_raise(I, TY_TYPE_ERROR, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* ---- __slots__ ---- */

static bool is_identifier(Value s) {
    // str.isidentifier(): XID_Start then XID_Continue code points
    BView v = str_view(s);
    if (v.n == 0) return false;
    size_t off = 0;
    while (off < v.n) {
        size_t len;
        uint32_t c = utf8_get(v, off, &len);
        if (!(off == 0 ? unicode_is_xid_start(c) : unicode_is_xid_continue(c))) return false;
        off += len;
    }
    return true;
}

// Private name mangling: __x in class _C becomes _C__x.
static Value mangle(Interp *I, Value classname, Value name) {
    BView n = str_view(name);
    if (n.n < 3 || !bview_startswith(n, bview_cstr("__")) || bview_endswith(n, bview_cstr("__")) ||
        bview_find_byte(n, '.', 0) >= 0)
        return name;
    BView c = str_view(classname);
    size_t k = 0;
    while (k < c.n && bview_get(c, k) == '_') k++;
    if (k == c.n) return name;
    StrBuilder sb;
    sb_init(&sb);
    if (!sb_add_cstr(I, &sb, "_") || !sb_add_view(I, &sb, bview_slice(c, k, c.n)) ||
        !sb_add_view(I, &sb, n))
        return VAL_NULL;
    return sb_finish(I, &sb);
}

// Reads __slots__ from [ns]: the sorted list of (mangled) slot names in *out, and
// whether "__dict__" / "__weakref__" were among them in *want_dict / *want_weak.
// [var_base]: the base when it is one of CPython's variable-size types (int, tuple, bytes,
// type), whose subclasses take no slot storage, not even "__dict__" or "__weakref__";
// else NULL.
static bool read_slots(Interp *I, Value ns, Value name, bool base_has_dict, bool base_has_weak,
                       const Type *var_base, Value *out, bool *want_dict, bool *want_weak) {
    *out = VAL_NULL;
    *want_dict = false;
    *want_weak = false;
    Value slots = dict_get(I, ns, interp_name(I, N___slots__));
    if (slots == VAL_NULL) return I->exc == VAL_NULL;
    Value items = str_check(slots) ? tuple_pack(I, 1, slots) : obj_to_tuple(I, slots);
    if (items == VAL_NULL) return false;
    if (var_base != NULL && tuple_len(items) > 0) {
        exc_raise(I, TY_TYPE_ERROR, "nonempty __slots__ not supported for subtype of '%U'",
                  var_base->name);
        return false;
    }
    Value list = list_new(I, 0);
    if (list == VAL_NULL) return false;
    ValView v = tuple_view(items);
    for (size_t i = 0; i < v.n; i++) {
        Value s = vview_get(v, i);
        if (!str_check(s)) {
            exc_raise(I, TY_TYPE_ERROR, "__slots__ items must be strings, not '%T'", s);
            return false;
        }
        if (!is_identifier(s)) {
            exc_raise(I, TY_TYPE_ERROR, "__slots__ must be identifiers");
            return false;
        }
        if (str_eq_cstr(s, "__dict__")) {
            if (base_has_dict || *want_dict) {
                exc_raise(I, TY_TYPE_ERROR, "__dict__ slot disallowed: we already got one");
                return false;
            }
            *want_dict = true;
            continue;
        }
        if (str_eq_cstr(s, "__weakref__")) {
            if (base_has_weak || *want_weak) {
                exc_raise(I, TY_TYPE_ERROR, "__weakref__ slot disallowed: either we already got one, "
                                            "or __itemsize__ != 0");
                return false;
            }
            *want_weak = true;
            continue;
        }
        Value m = mangle(I, name, s);
        if (m == VAL_NULL) return false;
        m = str_intern(I, m);
        if (m == VAL_NULL) return false;
        // __qualname__ and __classcell__ are taken out of the namespace later (they are
        // not class variables): a slot may have their names, as in CPython
        Value clash = dict_get(I, ns, m);
        if (clash != VAL_NULL && m != interp_name(I, N___qualname__) &&
            m != interp_name(I, N___classcell__)) {
            exc_raise(I, TY_VALUE_ERROR, "%R in __slots__ conflicts with class variable", m);
            return false;
        }
        if (I->exc != VAL_NULL || !list_append(I, list, m)) return false;
    }
    if (!list_sort(I, list, VAL_NULL, false)) return false;
    *out = tuple_from_view(I, list_view(list));
    return *out != VAL_NULL;
}

/* ---- namespace fix-ups ---- */

static Value weakref_get(Interp *I, Value self) {
    (void)self;
    return I->none;
}

static const GetSetDef weakref_getset[] = {
    {"__weakref__", weakref_get, NULL},
    {NULL, NULL, NULL},
};

static bool add_getset(Interp *I, Type *t, const GetSetDef *def) {
    Value d = descr_new_getset(I, t, def);
    DescrObject *dd = descr_cast(d);
    // the descriptor holds the interned name (no second interning)
    Value name = dd != NULL && dd->name != VAL_NULL ? dd->name : str_intern_cstr(I, def->name);
    return name != VAL_NULL && d != VAL_NULL && dict_set(I, t->h.dict, name, d);
}

// True when some base (or its MRO) has attribute [name].
static bool bases_have(Interp *I, Value bases, NameId id) {
    Value name = interp_name(I, id);
    ValView b = tuple_view(bases);
    for (size_t i = 0; i < b.n; i++) {
        Type *bt = type_cast(vview_get(b, i));
        if (bt != NULL && type_lookup(I, bt, name) != VAL_NULL) return true;
    }
    return false;
}

// Wraps a plain function stored under [name] in staticmethod / classmethod.
static bool wrap_function(Interp *I, Value ns, NameId name, bool cls) {
    Value v = dict_get(I, ns, interp_name(I, name));
    if (v == VAL_NULL) return I->exc == VAL_NULL;
    if (func_cast(v) == NULL) return true;
    Value w = cls ? descr_new_classmethod(I, v) : descr_new_staticmethod(I, v);
    return w != VAL_NULL && dict_set(I, ns, interp_name(I, name), w);
}

static bool fix_namespace(Interp *I, Value ns) {
    Value modkey = interp_name(I, N___module__);
    Value mod = dict_get(I, ns, modkey);
    if (mod == VAL_NULL) {
        if (I->exc != VAL_NULL) return false;
        Value g = vm_current_globals(I);
        if (g != VAL_NULL && dict_check(g)) {
            Value n = dict_get(I, g, interp_name(I, N___name__));
            if (n == VAL_NULL && I->exc != VAL_NULL) return false;
            if (n != VAL_NULL && !dict_set(I, ns, modkey, n)) return false;
        }
    }
    if (!wrap_function(I, ns, N___new__, false)) return false;
    if (!wrap_function(I, ns, N___init_subclass__, true)) return false;
    if (!wrap_function(I, ns, N___class_getitem__, true)) return false;
    Value eq = dict_get(I, ns, interp_name(I, N___eq__));
    if (eq != VAL_NULL) {
        Value h = dict_get(I, ns, interp_name(I, N___hash__));
        if (h == VAL_NULL && I->exc == VAL_NULL &&
            !dict_set(I, ns, interp_name(I, N___hash__), I->none))
            return false;
    }
    return I->exc == VAL_NULL;
}

/* ---- after creation: __set_name__ and __init_subclass__ ---- */

static bool call_set_names(Interp *I, Type *t) {
    Value copy = dict_copy(I, t->h.dict);
    if (copy == VAL_NULL) return false;
    size_t pos = 0;
    Value k, v;
    while (dict_next(copy, &pos, &k, &v)) {
        Value f = type_lookup(I, type_of(I, v), interp_name(I, N___set_name__));
        if (f == VAL_NULL) continue;
        Value args[2] = {obj_val(t), k};
        Value r = obj_call_descr(I, f, v, vview_make(args, 2), VAL_NULL);
        if (r == VAL_NULL) {
            Value cause = exc_fetch(I);
            exc_raise(I, TY_RUNTIME_ERROR, "Error calling __set_name__ on '%U' instance %R in '%U'",
                      type_of(I, v)->name, k, t->name);
            if (I->exc != VAL_NULL && cause != VAL_NULL) {
                exc_set_cause(I, I->exc, cause);
                exc_set_context(I->exc, cause);
            }
            return false;
        }
    }
    return true;
}

static bool call_init_subclass(Interp *I, Type *t, ValView kwargs, Value kwnames) {
    Value name = interp_name(I, N___init_subclass__);
    ValView mro = tuple_view(t->mro);
    for (size_t i = 1; i < mro.n; i++) {
        Type *c = type_cast(vview_get(mro, i));
        if (c == NULL || c->h.dict == VAL_NULL) continue;
        Value f = dict_get(I, c->h.dict, name);
        if (f == VAL_NULL) {
            if (I->exc != VAL_NULL) return false;
            continue;
        }
        DescrGetFn g = type_of(I, f)->descr_get;
        Value bound = g != NULL ? g(I, f, VAL_NULL, obj_val(t)) : f;
        if (bound == VAL_NULL) return false;
        return obj_call(I, bound, kwargs, kwnames) != VAL_NULL;
    }
    return true;
}

/* ---- type_new ---- */

// Re-dispatches class creation to metaclass [winner]'s own __new__.
static Value call_winner(Interp *I, Type *winner, Value name, Value bases, Value dict,
                         ValView kwargs, Value kwnames) {
    ValVec a;
    vec_init(&a);
    if (vec_push(I->heap, &a, name) != K_OK || vec_push(I->heap, &a, bases) != K_OK ||
        vec_push(I->heap, &a, dict) != K_OK)
        return exc_nomem(I);
    for (size_t i = 0; i < kwargs.n; i++)
        if (vec_push(I->heap, &a, vview_get(kwargs, i)) != K_OK) return exc_nomem(I);
    return winner->new_(I, winner, vview_of_vec(&a), kwnames);
}

static bool check_duplicates(Interp *I, Value bases) {
    ValView b = tuple_view(bases);
    for (size_t i = 0; i < b.n; i++)
        for (size_t j = i + 1; j < b.n; j++)
            if (vview_get(b, i) == vview_get(b, j)) {
                Type *bt = type_cast(vview_get(b, i));
                exc_raise(I, TY_TYPE_ERROR, "duplicate base class %U",
                          bt != NULL ? bt->name : interp_name(I, N_name));
                return false;
            }
    return true;
}

static bool register_subclass(Interp *I, Type *t) {
    ValView b = tuple_view(t->bases);
    for (size_t i = 0; i < b.n; i++) {
        Type *bt = type_cast(vview_get(b, i));
        if (bt != NULL && !type_add_subclass(I, bt, t)) return false;
    }
    return true;
}

// A class name (or a class __doc__) reaches CPython as a C string: a lone surrogate fails
// its UTF-8 encoding (UnicodeEncodeError) and, for a name, a NUL would cut it short
// (ValueError). ASCII text needs only the NUL scan.
static bool check_c_text(Interp *I, Value s, bool is_name) {
    BView v = str_view(s);
    if (!utf8_is_ascii(v) && obj_call_method(I, s, "encode", vview_make(NULL, 0)) == VAL_NULL)
        return false;
    if (is_name && bview_find_byte(v, 0, 0) >= 0) {
        exc_raise(I, TY_VALUE_ERROR, "type name must not contain null characters");
        return false;
    }
    return true;
}

// False with TypeError when a base is not a class but would turn into classes through
// __mro_entries__ (List[int], a NamedTuple or NewType): only a class statement (or
// types.new_class) resolves those, as CPython.
static bool check_no_mro_entries(Interp *I, Value bases) {
    ValView b = tuple_view(bases);
    for (size_t i = 0; i < b.n; i++) {
        Value x = vview_get(b, i);
        if (type_cast(x) != NULL) continue;
        Value n = str_from_cstr(I, "__mro_entries__");
        Value f = n == VAL_NULL ? VAL_NULL : obj_lookup_attr(I, x, n);
        if (f != VAL_NULL) {
            exc_raise(I, TY_TYPE_ERROR,
                      "type() doesn't support MRO entry resolution; use types.new_class()");
            return false;
        }
        if (I->exc != VAL_NULL) return false;
    }
    return true;
}

bool type_check_name(Interp *I, Value name) {
    return check_c_text(I, name, true);
}

Value type_new(Interp *I, Type *meta, Value name, Value bases, Value dict, ValView kwargs,
               Value kwnames) {
    if (!check_no_mro_entries(I, bases)) return VAL_NULL;
    if (str_check(name) && !check_c_text(I, name, true)) return VAL_NULL;
    Type *winner = type_calculate_metaclass(I, meta, bases);
    if (winner == NULL) return VAL_NULL;
    if (winner != meta) {
        if (winner->new_ != I->types[TY_TYPE]->new_)
            return call_winner(I, winner, name, bases, dict, kwargs, kwnames);
        meta = winner;
    }
    if (tuple_len(bases) == 0) {
        bases = tuple_pack(I, 1, obj_val(I->types[TY_OBJECT]));
        if (bases == VAL_NULL) return VAL_NULL;
    }
    Type *base = best_base(I, bases);
    if (base == NULL || !check_duplicates(I, bases)) return VAL_NULL;

    Value ns = dict_copy(I, dict);
    if (ns == VAL_NULL) return VAL_NULL;
    bool base_dict = false, base_slots = false;
    ValView bv = tuple_view(bases);
    for (size_t i = 0; i < bv.n; i++) {
        Type *bt = type_cast(vview_get(bv, i));
        if (bt == NULL) continue;
        if ((bt->tflags & TF_HAS_DICT) != 0) base_dict = true;
        if ((bt->tflags & TF_HAS_SLOTS) != 0) base_slots = true;
    }
    Value slots;
    bool want_dict, want_weak;
    bool var_sized = (base->tflags & (TF_INT_SUB | TF_TUPLE_SUB | TF_TYPE_SUB)) != 0 ||
                     type_is_subtype(base, I->types[TY_BYTES]);
    bool base_weak = bases_have(I, bases, N___weakref__);
    if (I->exc != VAL_NULL) return VAL_NULL;
    if (!read_slots(I, ns, name, base_dict, base_weak, var_sized ? base : NULL, &slots, &want_dict,
                    &want_weak))
        return VAL_NULL;
    bool has_slots_attr = dict_get(I, ns, interp_name(I, N___slots__)) != VAL_NULL;
    if (!fix_namespace(I, ns)) return VAL_NULL;

    Value qualname = name;
    Value qk = interp_name(I, N___qualname__);
    Value q = dict_get(I, ns, qk);
    if (q != VAL_NULL) {
        if (!str_check(q))
            return exc_raise(I, TY_TYPE_ERROR, "type __qualname__ must be a str, not %T", q);
        qualname = q;
        if (dict_del(I, ns, qk) < 0) return VAL_NULL;
    } else if (I->exc != VAL_NULL) {
        return VAL_NULL;
    }

    // __classcell__ leaves the namespace before the slot descriptors go in (a slot may be
    // named __classcell__); it is checked and filled once the type exists
    Value ck = interp_name(I, N___classcell__);
    Value cell = dict_get(I, ns, ck);
    if (cell != VAL_NULL) {
        if (dict_del(I, ns, ck) < 0) return VAL_NULL;
    } else if (I->exc != VAL_NULL) {
        return VAL_NULL;
    }

    size_t size = meta->inst_size >= sizeof(Type) ? meta->inst_size : sizeof(Type);
    Type *t = obj_alloc(I, meta, size);
    if (t == NULL) return VAL_NULL;
    t->h.kind = K_TYPE;
    t->name = name;
    t->qualname = qualname;
    t->module = VAL_NULL;
    t->base = base;
    t->bases = bases;
    t->slotnames = slots;
    t->inst_kind = base->inst_kind;
    t->inst_size = base->inst_size;
    uint32_t fl = TF_HEAP | TF_BASETYPE |
                  (base->tflags & (TF_EXC | TF_INT_SUB | TF_STR_SUB | TF_TUPLE_SUB | TF_LIST_SUB |
                                   TF_DICT_SUB | TF_TYPE_SUB));
    bool has_dict = !has_slots_attr || want_dict || base_dict;
    if (has_dict) fl |= TF_HAS_DICT;
    else if (base_slots || (slots != VAL_NULL && tuple_len(slots) > 0)) fl |= TF_HAS_SLOTS;
    t->tflags = fl;
    t->h.dict = ns;
    // Slots start as the best base's: the MRO may call back into Python (mro()).
    t->repr = base->repr;
    t->getattr = base->getattr;
    t->setattr = base->setattr;
    t->hash = base->hash;
    t->richcmp = base->richcmp;
    t->new_ = base->new_;
    t->init = base->init;

    ValView sv = slots != VAL_NULL ? tuple_view(slots) : vview_make(NULL, 0);
    // the slot-store layout (descr.h): the base chain's members first, then these
    size_t first = descr_slot_count(base);
    for (size_t i = 0; i < sv.n; i++) {
        if (first + i >= UINT32_MAX) {
            exc_raise(I, TY_OVERFLOW_ERROR, "too many __slots__");
            return VAL_NULL;
        }
        Value m = descr_new_member(I, t, vview_get(sv, i), (uint32_t)(first + i));
        if (m == VAL_NULL || !dict_set(I, ns, vview_get(sv, i), m)) return VAL_NULL;
    }
    if (has_dict && !bases_have(I, bases, N___dict__) &&
        !add_getset(I, t, object_dict_getsetdef()))
        return VAL_NULL;
    if ((!has_slots_attr || want_weak) && !bases_have(I, bases, N___weakref__) &&
        !add_getset(I, t, weakref_getset))
        return VAL_NULL;
    if (I->exc != VAL_NULL) return VAL_NULL;
    Value dk = interp_name(I, N___doc__);
    Value doc = dict_get(I, ns, dk);
    if (doc == VAL_NULL) {
        if (I->exc != VAL_NULL || !dict_set(I, ns, dk, I->none)) return VAL_NULL;
    } else if (str_check(doc) && !check_c_text(I, doc, false)) {
        return VAL_NULL;
    }
    if (cell != VAL_NULL) {
        CellObject *c = cell_cast(cell);
        if (c == NULL)
            return exc_raise(I, TY_TYPE_ERROR, "__classcell__ must be a nonlocal cell, not %R",
                             obj_val(type_of(I, cell)));
        c->v = obj_val(t);
    }

    Value mro = mro_for(I, t);
    if (mro == VAL_NULL) return VAL_NULL;
    t->mro = mro;
    // the pattern-matching kind comes from the first class along the MRO that has one
    for (size_t i = 1; i < tuple_len(mro); i++) {
        Type *b = type_cast(tuple_get(mro, i));
        if (b != NULL && (b->tflags & (TF_SEQUENCE | TF_MAPPING)) != 0) {
            t->tflags |= b->tflags & (TF_SEQUENCE | TF_MAPPING);
            break;
        }
    }
    if (!register_subclass(I, t)) return VAL_NULL;
    t->version = ++I->type_version;
    type_fixup_slots(I, t);
    if (I->exc != VAL_NULL || !instdict_setup(I, t)) return VAL_NULL;
    if (!call_set_names(I, t)) return VAL_NULL;
    if (!call_init_subclass(I, t, kwargs, kwnames)) return VAL_NULL;
    return obj_val(t);
}

/* ---- assigning __bases__ ---- */

// Recomputes the MRO of every subclass of [t] (after t's bases changed).
static bool remro_subclasses(Interp *I, Type *t) {
    ValVec work;
    vec_init(&work);
    if (!type_push_subclasses(I, t, &work)) return exc_nomem(I), false;
    while (work.len > 0) {
        Type *c = type_cast(vec_pop(&work));
        if (c == NULL) continue;
        Value mro = mro_for(I, c);
        if (mro == VAL_NULL) return false;
        c->mro = mro;
        instdict_recheck(I, c);
        if (!type_push_subclasses(I, c, &work)) return exc_nomem(I), false;
    }
    return true;
}

// Whether [t] is on the chain of [a]'s solid bases. The MRO alone is not enough: a
// metaclass's mro() may assign __bases__ again while a's MRO is being recomputed (still
// the old one), and a cycle through ->base would then hang every walk of that chain.
static bool base_chain_reaches(const Type *a, const Type *t) {
    for (const Type *c = a; c != NULL; c = c->base)
        if (c == t) return true;
    return false;
}

int type_set_bases(Interp *I, Type *t, Value v) {
    const char *tn = type_name_cstr(I, t);
    if (!tuple_check(v)) {
        exc_raise(I, TY_TYPE_ERROR, "can only assign tuple to %s.__bases__, not %T", tn, v);
        return -1;
    }
    ValView b = tuple_view(v);
    if (b.n == 0) {
        exc_raise(I, TY_TYPE_ERROR, "can only assign non-empty tuple to %s.__bases__, not ()", tn);
        return -1;
    }
    for (size_t i = 0; i < b.n; i++) {
        Type *bt = type_cast(vview_get(b, i));
        if (bt == NULL) {
            exc_raise(I, TY_TYPE_ERROR, "%s.__bases__ must be tuple of classes, not '%T'", tn,
                      vview_get(b, i));
            return -1;
        }
        if (type_is_subtype(bt, t) || base_chain_reaches(bt, t)) {
            exc_raise(I, TY_TYPE_ERROR, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    Type *nb = best_base(I, v);
    if (nb == NULL || !check_duplicates(I, v)) return -1;
    if (solid_base(nb) != solid_base(t->base)) {
        exc_raise(I, TY_TYPE_ERROR, "__bases__ assignment: '%s' object layout differs from '%s'",
                  type_name_cstr(I, nb), type_name_cstr(I, t->base));
        return -1;
    }
    Value old_bases = t->bases, old_mro = t->mro;
    Type *old_base = t->base;
    t->bases = v;
    t->base = nb;
    // A metaclass's mro() may assign t.__bases__ again (reentrance): then that inner
    // assignment's result stands, and this one neither undoes it nor moves t between
    // subclass lists a second time (CPython's type_set_bases does the same).
    Value mro = mro_for(I, t);
    bool ok = mro != VAL_NULL;
    if (ok && t->bases == v) {
        t->mro = mro;
        instdict_recheck(I, t);
    }
    if (ok) ok = remro_subclasses(I, t);
    if (t->bases != v) return ok ? 0 : -1;
    if (!ok) {
        t->bases = old_bases;
        t->base = old_base;
        t->mro = old_mro;
        return -1;
    }
    ValView ob = tuple_view(old_bases);
    for (size_t i = 0; i < ob.n; i++) {
        Type *bt = type_cast(vview_get(ob, i));
        if (bt != NULL) type_remove_subclass(bt, t);
    }
    if (!register_subclass(I, t)) return -1;
    type_modified(I, t);
    type_fixup_slots(I, t);
    return I->exc == VAL_NULL ? 0 : -1;
}
