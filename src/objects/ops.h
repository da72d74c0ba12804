/*
 * ops.h: the abstract object protocol: what the VM, the builtins and every C module use
 * to operate on values of any type (CPython's "abstract" layer). Each function dispatches
 * through the operand types' slots and raises CPython's exceptions and messages.
 *
 * Convention: Value results are VAL_NULL with an exception pending on error; int results
 * are -1 on error; bool results are false on error.
 */
#ifndef SAFEPY_OBJECTS_OPS_H
#define SAFEPY_OBJECTS_OPS_H

#include "object.h"

#define OPS_MUST __attribute__((warn_unused_result))

/* Type of any value (small ints: int). */
Type *type_of(Interp *I, Value v);

/* True when [a] is [b] or has [b] in its MRO. */
bool type_is_subtype(const Type *a, const Type *b);

/* isinstance(v, t) for a type t, without __instancecheck__. */
bool obj_is_instance_of(Interp *I, Value v, const Type *t);

/* isinstance(v, cls) with tuples of classes: 1, 0 or -1. */
OPS_MUST int obj_isinstance(Interp *I, Value v, Value cls);

/* issubclass(a, cls): 1, 0 or -1. */
OPS_MUST int obj_issubclass(Interp *I, Value a, Value cls);

/* type.__instancecheck__ / __subclasscheck__ (no __instancecheck__ hook): [cls] is a type
 * or, by CPython's abstract protocol, any object with a tuple __bases__; an instance's
 * class is its type or its __class__. 1, 0 or -1 (TypeError when not a class). */
OPS_MUST int obj_real_isinstance(Interp *I, Value v, Value cls);
OPS_MUST int obj_real_issubclass(Interp *I, Value a, Value cls);

/* Looks [name] (an interned str) up along t's MRO: the attribute, or VAL_NULL (no
 * exception) when absent. */
Value type_lookup(Interp *I, Type *t, Value name);

/* repr(), str(), ascii(). */
OPS_MUST Value obj_repr(Interp *I, Value v);
OPS_MUST Value obj_str(Interp *I, Value v);
OPS_MUST Value obj_ascii(Interp *I, Value v);

/* hash(v) into [out]; false with TypeError for unhashable values. */
OPS_MUST bool obj_hash(Interp *I, Value v, int64_t *out);

/* Rich comparison with reflection and NotImplemented handling: the result object. */
OPS_MUST Value obj_richcmp(Interp *I, Value a, Value b, CmpOp op);

/* Rich comparison as truth value: 1, 0 or -1. For EQ/NE, identical objects compare
 * equal without calling __eq__ (as CPython's containers do). */
OPS_MUST int obj_richcmp_bool(Interp *I, Value a, Value b, CmpOp op);

/* Whether comparison [op] holds between two values that compare as [c] (< 0, 0, > 0). */
static inline bool cmp_holds(int64_t c, CmpOp op) {
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* The order of [a] and [b] when it needs no Python code: -1, 0 or 1 for identical values
 * (equal, as obj_richcmp_bool's identity test says), two small ints or two exact strs;
 * CMP_UNKNOWN when the general comparison must decide. What sequence comparisons and
 * tuple sort keys try first for each element. obj_cmp_known_str is its exact-str part,
 * for values that are neither identical nor both small ints. */
#define CMP_UNKNOWN 2
int obj_cmp_known_str(Interp *I, Value a, Value b);
static inline int obj_cmp_known(Interp *I, Value a, Value b) {
    if (a == b) return 0;
    if (val_is_small(a) && val_is_small(b)) return val_small(a) < val_small(b) ? -1 : 1;
    return obj_cmp_known_str(I, a, b); // (a small int equals only itself: not 0 above)
}

/* a == b as 1, 0 or -1 (identity first). */
OPS_MUST int obj_eq(Interp *I, Value a, Value b);

/* bool(v): 1, 0 or -1. */
OPS_MUST int obj_truth(Interp *I, Value v);

/* getattr(obj, name); [name] must be a str. */
OPS_MUST Value obj_getattr(Interp *I, Value obj, Value name);
OPS_MUST Value obj_getattr_cstr(Interp *I, Value obj, const char *name);

/* getattr without AttributeError: VAL_NULL and no exception when absent; VAL_NULL with
 * an exception pending for any other error (check I->exc). */
Value obj_lookup_attr(Interp *I, Value obj, Value name);

/* setattr(obj, name, v), or delattr when v is VAL_NULL. 0 or -1. */
OPS_MUST int obj_setattr(Interp *I, Value obj, Value name, Value v);
OPS_MUST int obj_setattr_cstr(Interp *I, Value obj, const char *name, Value v);

/* object.__getattribute__ / __setattr__: descriptors, instance dict, class attributes. */
OPS_MUST Value obj_generic_getattr(Interp *I, Value obj, Value name);
OPS_MUST int obj_generic_setattr(Interp *I, Value obj, Value name, Value v);

/* Calls [f] with positional+keyword [args] (kw values last, names in the [kwnames]
 * tuple, or VAL_NULL for none). */
OPS_MUST Value obj_call(Interp *I, Value f, ValView args, Value kwnames);
OPS_MUST Value obj_call0(Interp *I, Value f);
OPS_MUST Value obj_call1(Interp *I, Value f, Value a);
OPS_MUST Value obj_call2(Interp *I, Value f, Value a, Value b);
OPS_MUST Value obj_call3(Interp *I, Value f, Value a, Value b, Value c);

/* obj.name(*args): looks the method up and calls it. */
OPS_MUST Value obj_call_method(Interp *I, Value obj, const char *name, ValView args);

/* Looks up the special method [name] on type(obj) (not the instance) and calls it bound
 * to obj. Sets *found = false (no exception) when the type lacks it. */
OPS_MUST Value obj_call_special(Interp *I, Value obj, Value name, ValView args, bool *found);

/* obj[key], obj[key] = v, del obj[key]. */
OPS_MUST Value obj_getitem(Interp *I, Value obj, Value key);
OPS_MUST int obj_setitem(Interp *I, Value obj, Value key, Value v);
OPS_MUST int obj_delitem(Interp *I, Value obj, Value key);

/* item in container: 1, 0 or -1 (falls back to iteration). */
OPS_MUST int obj_contains(Interp *I, Value container, Value item);

/* iter(v). */
OPS_MUST Value obj_iter(Interp *I, Value v);

/* next(it): the item; VAL_NULL with no exception pending when exhausted; VAL_NULL with an
 * exception pending on error. */
Value obj_next(Interp *I, Value it);

/* len(v): >= 0, or -1 with an exception. */
OPS_MUST int64_t obj_len(Interp *I, Value v);

/* The length hint CPython asks of an iterable before collecting it (list(), tuple(),
 * f(*v)), for its side effects only: a class's __len__, else its __length_hint__, runs;
 * a TypeError from either is ignored, other errors and a bad hint ("__length_hint__()
 * should return >= 0") raise. Builtin types are not asked (nothing observable).
 * Returns false with an exception pending. */
OPS_MUST bool obj_length_hint_probe(Interp *I, Value v);

/* a OP b for op < BINOP_INPLACE; op >= BINOP_INPLACE tries the in-place form first. */
OPS_MUST Value obj_binop(Interp *I, Value a, Value b, BinOp op);

/* -a, +a, ~a, abs(a). */
OPS_MUST Value obj_unary(Interp *I, Value a, UnaryOp op);

/* operator.index(v): an int (TypeError "'%T' object cannot be interpreted as an
 * integer"). */
OPS_MUST Value obj_index(Interp *I, Value v);

/* v.__index__() as int64; OverflowError when too big ("cannot fit '<type of v>' into an
 * index-sized integer", naming v's own type as CPython's PyNumber_AsSsize_t does). */
OPS_MUST bool obj_index_i64(Interp *I, Value v, int64_t *out);
/* The same for an item index (seq[v]): IndexError instead of OverflowError. */
OPS_MUST bool obj_index_item_i64(Interp *I, Value v, int64_t *out);
/* The count of seq * n: TypeError "can't multiply sequence by non-int of type '%T'" when
 * [n] is no integer, OverflowError when it does not fit (negative ones too, as CPython). */
OPS_MUST bool seq_repeat_count(Interp *I, Value n, int64_t *out);

/* format(v, spec); spec is a str (may be empty). */
OPS_MUST Value obj_format(Interp *I, Value v, Value spec);

/* Collects any iterable into a new list. */
OPS_MUST Value obj_to_list(Interp *I, Value iterable);
/* An exact list or tuple, whose items may be read directly; any other iterable, a
 * subclass included, is iterated so its __iter__ decides (CPython's PySequence_Fast). */
bool obj_is_exact_seq(Interp *I, Value v);

/* A tuple with the items of any iterable (the same object when it is an exact tuple). */
OPS_MUST Value obj_to_tuple(Interp *I, Value iterable);

/* Name of v's type as a C string (for messages). */
const char *obj_type_name(Interp *I, Value v);

/* Calls [f], an attribute found on type(self) (a function, method descriptor, slot
 * wrapper or any descriptor/callable), as the bound method self.f(*args, **kw): plain
 * functions and method descriptors get [self] prepended without creating a bound
 * method; other descriptors are bound with their __get__. */
OPS_MUST Value obj_call_descr(Interp *I, Value f, Value self, ValView args, Value kwnames);

/* Calls [f] with [first] prepended to [args] (for bound methods and CALL with self). */
OPS_MUST Value obj_call_prepend(Interp *I, Value f, Value first, ValView args, Value kwnames);

/* next(it) as the builtin does it: the item, or VAL_NULL with StopIteration pending when
 * exhausted; a StopIteration raised by a class's __next__ is passed on as raised (so
 * its value survives), other iterators get a fresh StopIteration(). */
OPS_MUST Value obj_next_raising(Interp *I, Value it);

#endif
