"""copy for safepy: shallow and deep copies.

Builtin containers have direct copiers; classes may define __copy__/__deepcopy__ or
__reduce_ex__/__reduce__; instances of ordinary classes without either are rebuilt the
way pickle protocol 4 would (cls.__new__ with __getnewargs__, then the instance state:
__dict__ and __slots__ values, or __getstate__/__setstate__), items of list and dict
subclasses included. The deepcopy memo maps id(original) to the copy, so shared and
cyclic references are preserved.
"""

import types
import copyreg
from _weakref import ref as _weakref_ref

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic_types = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
                 complex, bytes, str, types.CodeType, type, range,
                 types.BuiltinFunctionType, types.FunctionType, property,
                 _weakref_ref}   # a weak reference is copied as itself (CPython)


def copy(x):
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if rv is None:
        return _copy_default(x, cls, None)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}
for _t in _atomic_types:
    d[_t] = lambda x: x
d[tuple] = lambda x: x
d[frozenset] = lambda x: x
d[slice] = lambda x: x
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, _t


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = x
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls, True)
                if rv is None:
                    y = _copy_default(x, cls, memo)
                elif isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


_deepcopy_dispatch = d = {}
for _t in _atomic_types:
    d[_t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # a cycle through this tuple may have copied it already
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


d[set] = _deepcopy_set


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    return frozenset(y)


d[frozenset] = _deepcopy_frozenset


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


d[bytearray] = _deepcopy_bytearray


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[types.MethodType] = _deepcopy_method
del d, _t


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---- reduce-based copying ----

_object_reduce_ex = object.__reduce_ex__
_object_reduce = object.__reduce__
_object_getattribute = object.__getattribute__


def _reduce(x, cls, deep=False):
    # the reduction copyreg registers for cls, else the class's own __reduce_ex__ /
    # __reduce__ result, or None when it has neither (object's versions: copy it as an
    # ordinary instance)
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    if cls.__getattribute__ is not _object_getattribute:
        # CPython asks the instance: a __getattribute__ hiding both is an Error
        if (getattr(x, "__reduce_ex__", None) is None and
                not getattr(x, "__reduce__", None)):
            raise Error("un(%s)copyable object of type %s"
                        % ('deep' if deep else 'shallow', cls))
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return reductor(x, 4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not _object_reduce:
        return reductor(x)
    if reductor is None and getattr(cls, "__reduce_ex__", None) is None:
        raise Error("un(%s)copyable object of type %s"
                    % ('deep' if deep else 'shallow', cls))
    return None


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _get_state(x, cls):
    # looked up on the instance and called without arguments, as object.__reduce_ex__ does
    # (a classmethod or an instance attribute __getstate__ works too)
    default = getattr(object, '__getstate__', None)
    if getattr(cls, '__getstate__', None) is not default or '__getstate__' in (getattr(x, '__dict__', None) or ()):
        getstate = getattr(x, '__getstate__', None)
        if getstate is not None:
            return getstate()
    d = getattr(x, '__dict__', None)
    state = dict(d) if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


# A class built on a C type other than the plain builtins (an iterator, a C module's
# object) keeps its state where __new__ + __dict__ cannot reach: refused, as pickling
# refuses it, instead of returning a silently blank copy (copyreg's check, shared).
_check_rebuildable = copyreg._check_newobj_class


def _copy_default(x, cls, memo):
    _check_rebuildable(cls)
    deep = memo is not None
    getnewargs = getattr(x, '__getnewargs_ex__', None)
    if getnewargs is not None:
        args, kwargs = getnewargs()
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else ()
        kwargs = {}
    if deep:
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    state = _get_state(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _set_state(y, state):
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None:
        y.__dict__.update(state)
    if slotstate is not None:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
