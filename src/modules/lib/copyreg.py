"""copyreg: the registry pickle and copy consult for reducing objects.

dispatch_table maps a class to a function returning its reduce tuple; the extension
registry maps (module, name) pairs to small integer codes for the EXT opcodes.  The
helpers _reconstructor, __newobj__ and __newobj_ex__ are the callables that reduce
tuples made by object.__reduce_ex__ name, so pickles refer to them as copyreg.<name>.

Invariant: _extension_registry and _inverted_registry are exact inverses.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


def _is_heap(cls):
    # safepy marks classes made by class statements with bit 0 of __flags__.
    return bool(getattr(cls, '__flags__', 0) & 1)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if hasattr(base, '__flags__') and not _is_heap(base):
            break
        new = base.__new__
        if isinstance(new, _new_type) and new.__self__ is base:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is object.__getstate__ and
                getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


_new_type = type(int.__new__)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """cls.__new__(cls, *args, **kwargs): what NEWOBJ_EX stands for."""
    return cls.__new__(cls, *args, **kwargs)


_plain_bases = (object, int, float, complex, str, bytes, bytearray, tuple, list, dict,
                set, frozenset, BaseException)


def _check_newobj_class(cls):
    # a built-in type with state of its own (not one of the plain bases) can be rebuilt
    # only when it gives that state through its own __getstate__ (io.StringIO does)
    if cls.__getstate__ is not object.__getstate__:
        return
    for c in cls.__mro__:
        if c in _plain_bases or getattr(c, '__flags__', 1) & 1:
            continue
        if any(issubclass(c, b) for b in _plain_bases[1:]):
            continue
        raise TypeError(f"cannot pickle {cls.__name__!r} object")


_absent = object()  # an attribute set to None is still called, as CPython does


def _lookup_special(obj, name):
    # [name] as a special method: found on the type (an instance __getattr__ is not
    # consulted), bound to [obj]; _absent when no class defines it
    cls = type(obj)
    for klass in cls.__mro__:
        d = klass.__dict__
        if name in d:
            f = d[name]
            get = getattr(type(f), '__get__', None)
            return f if get is None else get(f, obj, cls)
    return _absent


def _reduce_newobj(obj, proto):
    """object.__reduce_ex__ for protocols 2 and up: a __newobj__ (or __newobj_ex__) call
    with __getnewargs[_ex]__'s arguments, the state, and list/dict items."""
    cls = type(obj)
    _check_newobj_class(cls)
    kwargs = None
    getnewargs_ex = _lookup_special(obj, '__getnewargs_ex__')
    if getnewargs_ex is not _absent:
        rv = getnewargs_ex()
        if not isinstance(rv, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(rv).__name__)
        if len(rv) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(rv))
        args, kwargs = rv
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not '%s'" % type(kwargs).__name__)
    else:
        getnewargs = _lookup_special(obj, '__getnewargs__')
        if getnewargs is not _absent:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                                % type(args).__name__)
        else:
            args = ()
    getstate = getattr(obj, '__getstate__', _absent)
    if getstate is _absent:
        state = None
    else:
        state = getstate()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        if proto < 2:
            raise ValueError("must use protocol 2 or greater to copy an object with "
                             "keyword-only arguments")
        return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (__newobj__, (cls,) + args, state, listitems, dictitems)


def _slotnames(cls):
    """The names of all __slots__ of cls and its bases (cached in cls.__slotnames__)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if not hasattr(cls, "__slots__"):
        pass
    else:
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass
    return names


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Give (module, name) the extension code [code] (1 .. 2**31-1)."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Remove a registration made by add_extension."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
