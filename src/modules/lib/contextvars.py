"""contextvars: context variables (our own implementation).

A Context maps ContextVar to value. set() and reset() replace the current context's dict
by a new one, so views and copies taken earlier never change. Context.run() makes a
context current for the duration of a call; a context can be current only once at a time.
The three types present themselves as CPython's C types do (module '_contextvars', no
instance attributes, no subclassing, Token only made by ContextVar.set).
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_setfield = object.__setattr__


def _no_subclass(cls, **kwargs):
    base = cls.__mro__[1]
    raise TypeError(f"type '_contextvars.{base.__name__}' is not an acceptable base type")


def _no_attr(self, name, value=None):
    # Every public attribute is read-only and there are no others (CPython: no __dict__).
    cls = type(self).__name__
    if name in type(self)._readonly:
        if cls == 'ContextVar':
            raise AttributeError('readonly attribute')
        raise AttributeError(f"attribute '{name}' of '_contextvars.{cls}' objects is not writable")
    raise AttributeError(f"'_contextvars.{cls}' object has no attribute '{name}'")


class MISSING:
    """Type of Token.MISSING, the old value of a variable that had none."""

    __slots__ = ()
    __module__ = 'Token'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'Token.MISSING' instances")

    def __repr__(self):
        return '<Token.MISSING>'

    __init_subclass__ = classmethod(_no_subclass)


_MISSING = object.__new__(MISSING)


class Context:
    __module__ = '_contextvars'
    __slots__ = ('_data', '_entered')
    _readonly = ()

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self = object.__new__(cls)
        _setfield(self, '_data', {})
        _setfield(self, '_entered', False)
        return self

    __init_subclass__ = classmethod(_no_subclass)
    __setattr__ = _no_attr
    __delattr__ = _no_attr

    def run(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('run() missing 1 required positional argument')
        self, callable, *args = args
        global _current
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        saved = _current
        _setfield(self, '_entered', True)
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved
            _setfield(self, '_entered', False)

    def copy(self):
        new = Context()
        _setfield(new, '_data', self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __hash__(self):
        raise TypeError("unhashable type: '_contextvars.Context'")


_current = Context()


def copy_context():
    return _current.copy()


class Token:
    __module__ = '_contextvars'
    __slots__ = ('_context', '_var', '_old_value', '_used')
    _readonly = ('var', 'old_value')

    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    __init_subclass__ = classmethod(_no_subclass)
    __setattr__ = _no_attr
    __delattr__ = _no_attr

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _replace_data(var, value):
    # The current context gets a new dict: copies and views taken earlier keep theirs.
    new = dict(_current._data)
    if value is _MISSING:
        new.pop(var, None)
    else:
        new[var] = value
    _setfield(_current, '_data', new)


class ContextVar:
    __module__ = '_contextvars'
    __slots__ = ('_name', '_default')
    _readonly = ('name',)

    def __new__(cls, *args, **kwargs):
        if len(args) != 1:
            if len(args) > 1:
                raise TypeError(f'ContextVar() takes at most 1 positional argument ({len(args)} given)')
            raise TypeError('ContextVar() takes exactly 1 positional argument (0 given)')
        for key in kwargs:
            if key != 'default':
                raise TypeError(f"'{key}' is an invalid keyword argument for ContextVar()")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self = object.__new__(cls)
        _setfield(self, '_name', name)
        _setfield(self, '_default', kwargs.get('default', _MISSING))
        return self

    __init_subclass__ = classmethod(_no_subclass)
    __setattr__ = _no_attr
    __delattr__ = _no_attr

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        value = _current._data.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, *args, **kwargs):
        if kwargs:
            raise TypeError('ContextVar.set() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'ContextVar.set() takes exactly one argument ({len(args)} given)')
        token = object.__new__(Token)
        _setfield(token, '_context', _current)
        _setfield(token, '_var', self)
        _setfield(token, '_old_value', _current._data.get(self, _MISSING))
        _setfield(token, '_used', False)
        _replace_data(self, args[0])
        return token

    def reset(self, *args, **kwargs):
        if kwargs:
            raise TypeError('ContextVar.reset() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'ContextVar.reset() takes exactly one argument ({len(args)} given)')
        token = args[0]
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._context is not _current:
            raise ValueError(f"{token!r} was created in a different Context")
        _replace_data(self, token._old_value)
        _setfield(token, '_used', True)

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at 0x{id(self):x}>'

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


del MISSING
