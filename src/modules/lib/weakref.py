"""Weak references: ref (from _weakref), proxy, WeakValueDictionary, WeakKeyDictionary,
WeakSet and finalize.

safepy's collector clears weak references when it frees their referents, but callbacks
run only at safe points (weakref operations, gc.collect()), so the containers here do not
rely on callbacks: they skip and prune dead entries whenever they are used.
"""

from _weakref import ref, ReferenceType, _collect, getweakrefcount, getweakrefs
import operator as _operator

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize", "KeyedRef"]


def _dead():
    return ReferenceError("weakly-referenced object no longer exists")


def _target(p):
    o = object.__getattribute__(p, "_proxy_ref")()
    if o is None:
        raise _dead()
    return o


class _ProxyRef(ref):
    """The weak reference inside a proxy: never the shared plain ref(obj). _proxy is a
    weak reference to the proxy itself, so proxy(obj) can hand out the same proxy again
    (as CPython does for proxies without a callback)."""
    __slots__ = ("_proxy",)


def _unwrap(o):
    # a proxy operand stands for its referent (CPython's UNWRAP in every operator)
    if type(o) is ProxyType or type(o) is CallableProxyType:
        return _target(o)
    return o


class ProxyType:
    """A proxy forwarding attribute access and operators to a weakly referenced object."""
    __slots__ = ("_proxy_ref", "__weakref__")

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __init__(self, obj, callback=None):
        r = _ProxyRef(obj, callback)
        r._proxy = ref(self)
        object.__setattr__(self, "_proxy_ref", r)

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, "_proxy_ref")()
        if o is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return _target(self).__bytes__()

    def __reversed__(self):
        return _target(self).__reversed__()

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        o = _target(self)
        if not hasattr(type(o), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(o).__name__)
        return next(o)

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __eq__(self, other):
        return _target(self) == _unwrap(other)

    def __ne__(self, other):
        return _target(self) != _unwrap(other)

    def __lt__(self, other):
        return _target(self) < _unwrap(other)

    def __le__(self, other):
        return _target(self) <= _unwrap(other)

    def __gt__(self, other):
        return _target(self) > _unwrap(other)

    def __ge__(self, other):
        return _target(self) >= _unwrap(other)

    def __pow__(self, other, mod=None):
        return pow(_target(self), _unwrap(other), _unwrap(mod))

    def __rpow__(self, other, mod=None):
        return pow(_unwrap(other), _target(self), _unwrap(mod))

    def __ipow__(self, other):
        o = _target(self)
        o **= _unwrap(other)
        return o

    def __divmod__(self, other):
        return divmod(_target(self), _unwrap(other))

    def __rdivmod__(self, other):
        return divmod(_unwrap(other), _target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __invert__(self):
        return ~_target(self)

    def __index__(self):
        return _operator.index(_target(self))

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __enter__(self):
        return _target(self).__enter__()

    def __exit__(self, *args):
        return _target(self).__exit__(*args)


def _proxy_binops():
    # the binary operators, reflected and in place: each unwraps both operands and applies
    # the operator to the referents (an in-place one returns its result, which the
    # augmented assignment then binds, as with CPython's proxies)
    op = _operator
    for name in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "lshift",
                 "rshift", "and", "xor", "or"):
        fn = getattr(op, name + "_" if name in ("and", "or") else name)
        ifn = getattr(op, "i" + name)

        def fwd(self, other, fn=fn):
            return fn(_target(self), _unwrap(other))

        def rev(self, other, fn=fn):
            return fn(_unwrap(other), _target(self))

        def inplace(self, other, ifn=ifn):
            return ifn(_target(self), _unwrap(other))

        for prefix, f in (("", fwd), ("r", rev), ("i", inplace)):
            dunder = "__%s%s__" % (prefix, name)
            f.__name__ = f.__qualname__ = dunder
            setattr(ProxyType, dunder, f)


_proxy_binops()
del _proxy_binops


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """Create a proxy object that weakly references 'obj'."""
    kind = CallableProxyType if callable(obj) else ProxyType
    if callback is None:
        for r in getweakrefs(obj):
            if type(r) is _ProxyRef and r.__callback__ is None:
                p = r._proxy()
                if p is not None and type(p) is kind:
                    return p
    return kind(obj, callback)


def _remove_dead_weakref(d, key):
    """Delete d[key] if it is a dead weak reference (CPython's _weakref helper)."""
    try:
        wr = d[key]
    except KeyError:
        return
    if type(wr) is not ref and not isinstance(wr, ref):
        raise TypeError("not a weakref")
    if wr() is None:
        del d[key]


class KeyedRef(ref):
    """A ref with a `key` attribute (used by WeakValueDictionary in CPython)."""
    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakMethod(ref):
    """A weak reference to a bound method that stays valid while its object lives."""
    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            # the object or the function died: the callback runs once, with this WeakMethod
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive or self() is None or other() is None:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive or self() is None or other() is None:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


def _is_mapping(o):
    # a Mapping (CPython's weak dictionaries are MutableMappings themselves)
    if isinstance(o, (dict, WeakValueDictionary, WeakKeyDictionary)):
        return True
    from _collections_abc import Mapping
    return isinstance(o, Mapping)


class WeakValueDictionary:
    """Mapping class that references values weakly."""
    __class_getitem__ = classmethod(type(list[int]))


    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _prune(self):
        dead = [k for k, r in self.data.items() if r() is None]
        for k in dead:
            del self.data[k]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        self._prune()
        del self.data[key]

    def __len__(self):
        self._prune()
        return len(self.data)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, None, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        # keys are copied, values (weakly held) are not
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[deepcopy(key, memo)] = value
        return new

    # equal to any mapping with the same items, as a MutableMapping is
    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def get(self, key, default=None):
        try:
            r = self.data[key]
        except KeyError:
            return default
        o = r()
        return default if o is None else o

    def items(self):
        for k, r in list(self.data.items()):
            v = r()
            if v is not None:
                yield k, v

    def keys(self):
        for k, r in list(self.data.items()):
            if r() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        for r in list(self.data.values()):
            yield r

    def valuerefs(self):
        return list(self.data.values())

    def clear(self):
        self.data.clear()

    def values(self):
        for r in list(self.data.values()):
            o = r()
            if o is not None:
                yield o

    def popitem(self):
        while True:
            key, r = self.data.popitem()
            o = r()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        c = self.copy()
        c.update(other)
        return c

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        c = self.__class__()
        c.update(other)
        c.update(self)
        return c

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """Mapping class that references keys weakly."""
    __class_getitem__ = classmethod(type(list[int]))


    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _prune(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            del self.data[r]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        self._prune()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        # values are copied, keys (weakly held) are not
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    # equal to any mapping with the same items, as a MutableMapping is
    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def clear(self):
        self.data.clear()

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        c = self.copy()
        c.update(other)
        return c

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        c = self.__class__()
        c.update(other)
        c.update(self)
        return c

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet:
    """A set of weakly referenced objects."""
    __class_getitem__ = classmethod(type(list[int]))


    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _prune(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            self.data.discard(r)

    def __iter__(self):
        for r in list(self.data):
            item = r()
            if item is not None:
                yield item

    def __len__(self):
        self._prune()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                r = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = r()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        for item in other:
            self.discard(item)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        keep = [item for item in other if item in self]
        self.clear()
        self.update(keep)

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def __lt__(self, other):
        return self <= other and len(self) < len(other)

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self >= other and len(self) > len(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self) == set(other)

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        for item in list(other):
            if item in self:
                self.discard(item)
            else:
                self.add(item)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """Calls func(*args, **kwargs) once obj is collected (or when called)."""

    _registry = {}
    _created = 0
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        self._ref = ref(obj, self)
        finalize._registry[self] = (func, args, kwargs or None)
        self.atexit = True
        finalize._created += 1
        self._index = finalize._created
        if not finalize._registered_with_atexit:
            # finalizers still alive at exit run then, newest first (as CPython)
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True

    @classmethod
    def _exitfunc(cls):
        pending = sorted((f for f in cls._registry if f.atexit), key=lambda f: f._index)
        while pending:
            f = pending.pop()
            f()

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None:
            func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        obj = self._ref()
        info = finalize._registry.pop(self, None) if obj is not None else None
        if info is not None:
            return (obj, info[0], info[1], info[2] or {})

    def peek(self):
        obj = self._ref()
        info = finalize._registry.get(self) if obj is not None else None
        if info is not None:
            return (obj, info[0], info[1], info[2] or {})

    @property
    def alive(self):
        return self in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self),
                                                      type(obj).__name__, id(obj))
