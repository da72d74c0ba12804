"""unittest.mock (basic subset): Mock, MagicMock, NonCallableMock, call, ANY,
sentinel, DEFAULT, patch / patch.object / patch.dict.

Our own implementation.  Every mock instance gets its own subclass so that
magic methods configured on one MagicMock do not leak to others; magic
methods are descriptors on that subclass returning a child MagicMock.
Child mocks report their calls to the parent's mock_calls / method_calls.
Not supported: autospec/create_autospec, seal, AsyncMock, mock_open.
"""

import builtins
import sys
import functools

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'patch',
           'sentinel', 'DEFAULT', 'ANY', 'call', 'PropertyMock', 'mock_open')

__unittest = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """A recorded call: (name, args, kwargs); `call` builds them."""

    def __new__(cls, value=(), name=None, parent=None, two=False, from_kall=True):
        attr_name = name
        name = ''
        args = ()
        kwargs = {}
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            (v,) = value
            if isinstance(v, str):
                name = v
            elif isinstance(v, tuple):
                args = v
            else:
                kwargs = v
        self = tuple.__new__(cls, (name, args, kwargs))
        self._mock_name = name if attr_name is None else attr_name
        self._mock_from_kall = from_kall
        self._mock_two = two
        return self

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        pass

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        if other is ANY:
            return True
        name, args, kwargs = tuple(self)
        if isinstance(other, _Call):
            oname, oargs, okwargs = tuple(other)
            if not (self._mock_two or other._mock_two) and name != oname:
                return False
            return (oargs, okwargs) == (args, kwargs)
        if len(other) == 3:
            oname, oargs, okwargs = other
            if name != oname:
                return False
        elif len(other) == 2:
            first, second = other
            if isinstance(first, str):
                if first != name:
                    return False
                if isinstance(second, tuple):
                    oargs, okwargs = second, {}
                else:
                    oargs, okwargs = (), second
            else:
                oargs, okwargs = first, second
        elif len(other) == 1:
            (v,) = other
            if isinstance(v, tuple):
                oargs, okwargs = v, {}
            elif isinstance(v, str):
                return v == name and not args and not kwargs
            else:
                oargs, okwargs = (), v
        elif len(other) == 0:
            oargs, okwargs = (), {}
        else:
            return False
        return (oargs, okwargs) == (args, kwargs)

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name == '':
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()')

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        name = attr if not self._mock_name else '%s.%s' % (self._mock_name, attr)
        return _Call((name, (), {}), name=name, from_kall=False)

    @property
    def args(self):
        return tuple.__getitem__(self, 1)

    @property
    def kwargs(self):
        return tuple.__getitem__(self, 2)

    def __repr__(self):
        name = self._mock_name
        if not self._mock_from_kall:
            if not name:
                return 'call'
            return 'call' + name if name.startswith('()') else 'call.' + name
        name = tuple.__getitem__(self, 0)
        if self._mock_two or not name:
            name = 'call'
        elif name.startswith('()'):
            name = 'call' + name
        else:
            name = 'call.' + name
        return _format_call_signature(name, self.args, self.kwargs)

    def call_list(self):
        return _CallList([self])


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return repr(list(self))


_MAGIC_DEFAULTS = {
    '__len__': 0, '__int__': 1, '__float__': 1.0, '__complex__': 1j, '__index__': 1,
    '__bool__': True, '__contains__': False, '__exit__': False, '__aexit__': False,
    '__sizeof__': 0, '__hash__': None, '__str__': None, '__iter__': None,
    '__enter__': None, '__eq__': None, '__ne__': None, '__lt__': NotImplemented,
    '__gt__': NotImplemented, '__le__': NotImplemented, '__ge__': NotImplemented,
    '__getitem__': None, '__setitem__': None, '__delitem__': None, '__fspath__': None,
    '__round__': None, '__floor__': None, '__ceil__': None, '__trunc__': None,
}
_NUMERIC = ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod',
            'lshift', 'rshift', 'and', 'xor', 'or', 'pow')
_all_magics = set(_MAGIC_DEFAULTS)
for _n in _NUMERIC:
    _all_magics.update(('__%s__' % _n, '__r%s__' % _n, '__i%s__' % _n))
_all_magics.update(('__neg__', '__pos__', '__abs__', '__invert__', '__reversed__',
                    '__missing__', '__next__', '__call__'))
_all_magics.discard('__call__')


class _MagicProxy:
    """Class-level descriptor that hands out the instance's magic child mock."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj._mock_magic(self.name)


class NonCallableMock:
    """A mock object that records attribute access; not callable."""

    def __new__(cls, *args, **kw):
        sub = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(sub)

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _new_name='', _new_parent=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_children'] = {}
        d['_mock_return_value'] = return_value
        if side_effect is not None and not callable(side_effect) and \
                not _is_exception(side_effect):
            side_effect = iter(side_effect)
        d['_mock_side_effect'] = side_effect
        d['_mock_wraps'] = wraps
        d['_mock_unsafe'] = unsafe
        if spec_set is not None:
            spec = spec_set
        d['_spec_set'] = spec_set is not None
        d['_spec_class'] = None
        d['_spec_names'] = None
        if spec is not None:
            if isinstance(spec, (list, tuple)):
                d['_spec_names'] = set(spec)
            else:
                d['_spec_names'] = set(dir(spec))
                d['_spec_class'] = spec if isinstance(spec, type) else type(spec)
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = _CallList()
        d['mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        self.configure_mock(**kwargs)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda e: e[0].count('.')):
            parts = arg.split('.')
            final = parts.pop()
            obj = self
            for part in parts:
                obj = getattr(obj, part)
            setattr(obj, final, val)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._make_child(_new_name='()', _new_parent=self)
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        # a bare mock becomes this mock's '()' child (its calls show as parent()...)
        _adopt(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            value = iter(value)
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def _child_class(self):
        klass = type(self).__mro__[1]
        if issubclass(klass, NonCallableMagicMock) and not issubclass(klass, MagicMock):
            return MagicMock
        if issubclass(klass, NonCallableMock) and not issubclass(klass, Mock):
            return Mock
        if issubclass(klass, PropertyMock):
            return MagicMock
        return klass

    def _make_child(self, **kw):
        return self._child_class()(**kw)

    def __getattr__(self, name):
        if name.startswith('_mock_') or name.startswith('_spec_'):
            raise AttributeError(name)
        if self._spec_names is not None:
            if name not in self._spec_names:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not self._mock_unsafe and name.startswith(
                ('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError("%r is not a valid assertion. Use a spec for the mock "
                                 "if %r is meant to be an attribute." % (name, name))
        children = self._mock_children
        result = children.get(name, _missing)
        if result is _missing:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._make_child(parent=self, name=name, wraps=wraps,
                                      _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name in _ALLOWED_NAMES:
            # the properties (return_value, side_effect) and the parent links
            return object.__setattr__(self, name, value)
        if self._spec_set and self._spec_names is not None and \
                name not in self._spec_names and name not in self.__dict__ and \
                not hasattr(type(self), name):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _all_magics:
            if not isinstance(value, NonCallableMock):
                func = value
                setattr(type(self), name, lambda *a, **k: func(*a, **k))
                return
            value.__dict__['_mock_parent'] = None
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = name
            self._mock_children[name] = value
            setattr(type(self), name, _MagicProxy(name))
            return
        if _adopt(self, value, name, name):
            self._mock_children[name] = value
            return
        if name in self._mock_children:
            del self._mock_children[name]
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self._mock_children:
            del self._mock_children[name]
        if name in self.__dict__:
            object.__delattr__(self, name)

    def _extract_mock_name(self):
        chain = []
        m = self
        while m._mock_new_parent is not None:
            chain.append(m._mock_new_name)
            m = m._mock_new_parent
        text = m._mock_name or 'mock'
        for part in reversed(chain):
            text += part if part == '()' else '.' + part
        return text

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = '' if name in ('mock', 'mock.') else " name=%r" % name
        spec = ''
        if self._spec_class is not None:
            spec = ' spec=%r' % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec, id(self))

    def __dir__(self):
        extras = list(self._mock_children)
        return sorted(set(object.__dir__(self) + extras))

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in list(self._mock_children.values()):
            if isinstance(child, NonCallableMock):
                child.reset_mock(return_value=return_value, side_effect=side_effect)
        ret = d['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock()

    def _mock_magic(self, name):
        child = self._mock_children.get(name)
        if child is None:
            child = MagicMock(_new_name=name, _new_parent=self)
            _configure_magic(self, name, child)
            self._mock_children[name] = child
        return child

    # --- assertions ---------------------------------------------------------------
    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _calls_repr(self):
        if not self.mock_calls:
            return ""
        return "\nCalls: %r." % (self.mock_calls,)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\nActual: %s'
                                 % (expected, 'not called.'))
        expected = _Call(('', args, kwargs))
        actual = self.call_args
        if _Call(('', actual.args, actual.kwargs)) != expected:
            raise AssertionError('expected call not found.\nExpected: %s\nActual: %s' % (
                self._format_mock_call_signature(args, kwargs),
                self._format_mock_call_signature(actual.args, actual.kwargs)))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError('Calls not found.\nExpected: %r\nActual: %r'
                                     % (_CallList(calls), self.mock_calls))
            return
        remaining = list(all_calls)
        missing = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, '
                                 'found %r instead' % (self._mock_name or 'mock',
                                                       tuple(missing), all_calls))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call(('', args, kwargs))
        if not any(_Call(('', c.args, c.kwargs)) == expected for c in self.call_args_list):
            raise AssertionError('%s call not found' %
                                 self._format_mock_call_signature(args, kwargs))


_ALLOWED_NAMES = frozenset({'return_value', '_mock_return_value', 'side_effect',
                            '_mock_side_effect', '_mock_parent', '_mock_new_parent',
                            '_mock_name', '_mock_new_name'})


def _adopt(parent, value, name, new_name):
    # Make a bare mock (no name, no parent yet) a child of parent; never a mock that is
    # parent itself or one of its ancestors (h.__enter__.return_value = h would make the
    # parent chain a cycle).
    if not isinstance(value, NonCallableMock):
        return False
    if value._mock_name or value._mock_new_name or value._mock_parent is not None or \
            value._mock_new_parent is not None:
        return False
    p = parent
    while p is not None:
        if p is value:
            return False
        p = p._mock_new_parent
    if new_name:
        value.__dict__['_mock_new_parent'] = parent
        value.__dict__['_mock_new_name'] = new_name
    if name:
        value.__dict__['_mock_parent'] = parent
        value.__dict__['_mock_name'] = name
    return True


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type)
                                               and issubclass(obj, BaseException))


class CallableMixin:
    def __call__(self, /, *args, **kwargs):
        self._mock_record_call(args, kwargs)
        return self._mock_execute(args, kwargs)

    def _mock_record_call(self, args, kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        this = _Call(('', args, kwargs), two=True)
        d['call_args'] = this
        self.call_args_list.append(this)
        self.mock_calls.append(_Call(('', args, kwargs)))
        # report the call to the ancestors: mock_calls under the dotted path
        # from each ancestor, method_calls only along attribute children
        dotted = self._mock_new_name
        is_call = dotted == '()'
        parent = self._mock_new_parent
        do_methods = self._mock_parent is not None
        method_name = self._mock_name
        while parent is not None:
            if do_methods:
                parent.method_calls.append(_Call((method_name, args, kwargs)))
                do_methods = parent._mock_parent is not None
                if do_methods:
                    method_name = parent._mock_name + '.' + method_name
            parent.mock_calls.append(_Call((dotted, args, kwargs)))
            pname = parent._mock_new_name
            if pname:
                dotted = pname + ('' if is_call else '.') + dotted
                is_call = pname == '()'
            parent = parent._mock_new_parent

    def _mock_execute(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock that records calls and returns child mocks."""


def _configure_magic(owner, name, child):
    if name in _MAGIC_DEFAULTS:
        value = _MAGIC_DEFAULTS[name]
        if name == '__iter__':
            def iter_effect():
                ret = child._mock_return_value
                return iter([]) if ret is DEFAULT else iter(ret)
            child.__dict__['_mock_side_effect'] = iter_effect
        elif name == '__eq__':
            def eq_effect(other):
                if child._mock_return_value is not DEFAULT:
                    return child._mock_return_value
                return True if owner is other else NotImplemented
            child.__dict__['_mock_side_effect'] = eq_effect
        elif name == '__ne__':
            def ne_effect(other):
                if child._mock_return_value is not DEFAULT:
                    return child._mock_return_value
                return False if owner is other else NotImplemented
            child.__dict__['_mock_side_effect'] = ne_effect
        elif name == '__hash__':
            child.__dict__['_mock_side_effect'] = lambda: object.__hash__(owner)
        elif name == '__str__':
            child.__dict__['_mock_side_effect'] = lambda: object.__str__(owner)
        elif name == '__fspath__':
            child.__dict__['_mock_side_effect'] = \
                lambda: "%s/%s" % (type(owner).__name__, id(owner))
        elif name == '__enter__' or value is None:
            pass
        else:
            child.return_value = value


class MagicMixin:
    def _mock_set_magics(self):
        cls = type(self)
        for name in _all_magics:
            if name not in cls.__dict__:
                setattr(cls, name, _MagicProxy(name))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        NonCallableMock.__init__(self, *args, **kw)


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods preconfigured."""

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        Mock.__init__(self, *args, **kw)


class PropertyMock(Mock):
    """A mock used as a property on a class."""

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# --- patching ---------------------------------------------------------------------
def _importer(target):
    parts = target.split('.')
    import_path = parts.pop(0)
    thing = __import__(import_path)
    for part in parts:
        import_path += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, part)
    return thing


class _patch:
    def __init__(self, getter, attribute, new, create, new_callable, kwargs):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.create = create
        self.new_callable = new_callable
        self.kwargs = kwargs
        self.attribute_name = None
        self.is_started = False

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.create,
                      self.new_callable, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            for attr in dir(func):
                if attr.startswith('test'):
                    value = getattr(func, attr)
                    if callable(value):
                        setattr(func, attr, self.copy()(value))
            return func

        @functools.wraps(func)
        def patched(*args, **kw):
            with self.copy() as new:
                if self.new is DEFAULT:
                    args = args + (new,)
                return func(*args, **kw)
        return patched

    def __enter__(self):
        self.target = self.getter()
        name = self.attribute
        try:
            original = self.target.__dict__[name] if hasattr(self.target, '__dict__') \
                and name in self.target.__dict__ else getattr(self.target, name)
            self.local = hasattr(self.target, '__dict__') and name in self.target.__dict__
        except AttributeError:
            if not self.create:
                raise AttributeError("%s does not have the attribute %r"
                                     % (self.target, name))
            original = DEFAULT
            self.local = False
        new = self.new
        if new is DEFAULT:
            factory = self.new_callable or MagicMock
            new = factory(**self.kwargs)
        self.original = original
        self.temp = new
        setattr(self.target, name, new)
        self.is_started = True
        return new

    def __exit__(self, *exc_info):
        if not self.is_started:
            return None
        if self.local and self.original is not DEFAULT:
            setattr(self.target, self.attribute, self.original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__')):
                setattr(self.target, self.attribute, self.original)
        self.is_started = False
        return None

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            pass
        return self.__exit__(None, None, None)

    _active_patches = []


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return (lambda: _importer(target)), attribute


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    getter, attribute = _get_target(target)
    if spec is not None:
        kwargs['spec'] = spec
    if spec_set is not None:
        kwargs['spec_set'] = spec_set
    return _patch(getter, attribute, new, create, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *, unsafe=False,
                  **kwargs):
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    if spec is not None:
        kwargs['spec'] = spec
    if spec_set is not None:
        kwargs['spec_set'] = spec_set
    return _patch(lambda: target, attribute, new, create, new_callable, kwargs)


class _patch_dict:
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        @functools.wraps(f)
        def inner(*args, **kw):
            with self:
                return f(*args, **kw)
        return inner

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        self._original = dict(self.in_dict)
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def __exit__(self, *args):
        self.in_dict.clear()
        self.in_dict.update(self._original)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _patch_stopall():
    for p in reversed(list(_patch._active_patches)):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


_file_spec = None


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(): the file it returns reads read_data (str or
    bytes) through read/readline/readlines/iteration, each call of the mock starting the
    data again; writes are recorded. Return values set on the handle's read, readline or
    readlines win over the data."""
    global _file_spec
    import io as _io
    if _file_spec is None:
        _file_spec = list(set(dir(_io.TextIOWrapper)) | set(dir(_io.BytesIO)))

    def stream():
        return _io.BytesIO(read_data) if isinstance(read_data, bytes) else _io.StringIO(read_data)

    # [the data being read, the readline generator in use]
    state = [stream(), None]

    def read_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def readlines_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def iter_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def readline_gen():
        yield from iter_effect()
        while True:
            yield state[0].readline()

    def next_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read_effect
    state[1] = readline_gen()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = readlines_effect
    handle.__iter__.side_effect = iter_effect
    handle.__next__.side_effect = next_effect

    def reset_data(*args, **kwargs):
        state[0] = stream()
        if handle.readline.side_effect == state[1]:
            # only when the test has not put its own side effect there
            state[1] = readline_gen()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
