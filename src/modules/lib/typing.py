"""typing (safepy implementation): the runtime objects of type hints with CPython 3.11's
reprs, subscription rules, get_origin/get_args and get_type_hints.

collections.abc is looked up lazily (it may not be importable when this module loads), so
the aliases of abstract collections (Iterable, Mapping, ...) resolve their origin class on
first use.
"""

import sys

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
    'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_never', 'assert_type', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
    'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False

_GenericAlias_builtin = type(list[int])
GenericAlias = _GenericAlias_builtin  # (CPython's typing has the name too)
_UnionType = type(int | str)
_FunctionType = type(lambda: 0)
_BuiltinFunctionType = type(len)
_GetSetDescriptorType = type(type.__dict__['__annotations__'])
_MethodType = type((lambda: None).__get__(0))

# the __reduce__ of an alias is the subscription that made it, as in CPython (a pickle
# names operator.getitem, which both interpreters can load)
from operator import getitem as _getitem


def _one_or_tuple(args):
    return args[0] if len(args) == 1 and not isinstance(args[0], tuple) else args


def _caller_module(depth=2, default='__main__'):
    # frame_info(0) is this function's frame, as sys._getframe(0) would be.
    try:
        import _traceback
        info = _traceback.frame_info(depth)
    except Exception:
        return default
    if info is None or not isinstance(info[2], dict):
        return default
    return info[2].get('__name__', default)


# the clear() of every subscription cache: calling them all empties the caches (CPython's
# tests do between cases)
_cleanups = []


def _tp_cache(func):
    """Caches subscriptions (List[int] is List[int], as in CPython); keys are typed so
    Literal[1] and Literal[True] stay apart; unhashable parameters are not cached."""
    cache = {}
    _cleanups.append(cache.clear)

    def inner(*args):
        flat = []
        for a in args:
            flat.append(a)
            if type(a) is tuple:
                flat.extend(a)
        try:
            key = (args, tuple(type(a) for a in flat))
            return cache[key]
        except KeyError:
            pass
        except TypeError:
            return func(*args)
        result = func(*args)
        if len(cache) < 4096:
            cache[key] = result
        return result
    inner.__name__ = func.__name__
    inner.__doc__ = func.__doc__
    inner.__wrapped__ = func
    return inner


def _type_repr(obj):
    if isinstance(obj, _GenericAlias_builtin):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, (_FunctionType, _BuiltinFunctionType)):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None becomes NoneType and a string a ForwardRef; anything else is returned."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _check_generic(cls, parameters, elen):
    """Raise TypeError unless a generic with `parameters` takes elen arguments."""
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    alen = len(parameters)
    if alen != elen:
        raise TypeError(f"Too {'many' if alen > elen else 'few'} arguments"
                        f" for {cls}; actual {alen}, expected {elen}")


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Check that [arg] may stand as a type argument and return it (None becomes
    NoneType, a string a ForwardRef); tuples and bare special forms are refused."""
    refused = (Generic, Protocol)
    if not allow_special_forms:
        refused += (ClassVar,)
        if is_argument:
            refused += (Final,)
    arg = _type_convert(arg, module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in refused:
        raise TypeError(f'{arg} is not valid as type argument')
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if type(arg) is tuple:
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


class _NotIterable:
    """Mixin of the aliases that must not look iterable: without it, iter() would fall
    back to __getitem__ with 0, 1, ... (PEP 646 makes plain aliases iterable)."""
    __slots__ = ()
    __iter__ = None


def _is_unpacked_typevartuple(x):
    return not isinstance(x, type) and getattr(x, '__typing_is_unpacked_typevartuple__', False)


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


def _unpack_args(args):
    # PEP 646: an unpacked fixed-length tuple among subscription arguments stands for
    # its items (C[*tuple[int, str]] is C[int, str]); *tuple[int, ...] stays one item
    out = []
    for a in args:
        sub = None if isinstance(a, type) else getattr(a, '__typing_unpacked_tuple_args__', None)
        if isinstance(sub, tuple) and not (sub and sub[-1] is ...):
            out.extend(sub)
        else:
            out.append(a)
    return tuple(out)


def _collect_parameters(args):
    """The type variables of [args] in order of first appearance: each argument that
    substitutes itself (TypeVar, ParamSpec, TypeVarTuple) and the __parameters__ of the
    others; classes are skipped (a generic class's __parameters__ is not its own)."""
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if hasattr(t, '__typing_subst__'):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, _UnionGenericAlias):
            out.extend(p.__args__)
        elif isinstance(p, _UnionType):
            out.extend(p.__args__)
        else:
            out.append(p)
    return out


class _Final:
    """Base of the special typing classes: subclassing needs _root=True."""
    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _NotIterable, _root=True):

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    @_tp_cache
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def TypeAlias(self, parameters):
    """Special marker indicating that an assignment should be recognized as a proper type
    alias definition by type checkers."""
    raise TypeError(f'{self} is not subscriptable')


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _deduplicate(_flatten_union(parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, tuple(parameters), name='Optional')
    return _UnionGenericAlias(self, tuple(parameters))


@_SpecialForm
def Optional(self, parameters):
    """Optional type; Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f'{self} requires a single type.')
    return Union[arg, type(None)]


class _LiteralSpecialForm(_SpecialForm, _root=True):
    pass


@_LiteralSpecialForm
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    parameters = parameters[0] if len(parameters) == 1 else parameters
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    try:
        # repeats (same value and type: 1 and True stay apart) go; with an unhashable
        # value nothing is removed, as CPython
        seen = set()
        unique = []
        for p in flat:
            if (p, type(p)) not in seen:
                seen.add((p, type(p)))
                unique.append(p)
        flat = unique
    except TypeError:
        pass
    return _LiteralGenericAlias(self, tuple(flat))


@_SpecialForm
def Concatenate(self, parameters):
    """Used in conjunction with ParamSpec and Callable to represent a higher order
    function which adds, removes or transforms parameters of a callable."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not isinstance(parameters[-1], ParamSpec) and parameters[-1] is not ...:
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or ellipsis.')
    return _ConcatenateGenericAlias(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing form used to annotate the return type of a user-defined type guard
    function."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _UnpackGenericAlias(self, (item,))


class ForwardRef(_Final, _root=True):
    """Internal wrapper to hold a forward reference."""
    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        # `def f(*args: *Ts)` gives the annotation '*Ts', not an expression by itself:
        # it is evaluated as the one item of (*Ts,)
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        # evaluated once, unless given separate local names (they may differ per call)
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = getattr(sys.modules.get(self.__forward_module__, None), '__dict__',
                                   globalns)
            value = eval(self.__forward_code__, globalns, localns)
            type_ = _type_check(value, 'Forward references must evaluate to types.',
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(type_, globalns, localns,
                                                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')

    def __reduce__(self):
        return self.__name__


class TypeVar(_TypeVarLike, _Final, _root=True):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if constraints and len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __typing_subst__(self, arg):
        arg = _type_check(arg, 'Parameters to generic types must be types.')
        if ((isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack) or
                (isinstance(arg, _GenericAlias_builtin) and getattr(arg, '__unpacked__', False))):
            raise TypeError(f'{arg} is not valid as type argument')
        return arg


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple."""

    def __init__(self, name):
        self.__name__ = name
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of {type(self).__name__}')

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')

    def __typing_prepare_subst__(self, alias, args):
        # Groups the arguments that stand for this TypeVarTuple into one tuple: with
        # alias parameters (T1, *Ts, T2) and arguments (a, b, c, d), Ts takes (b, c).
        # An unpacked *tuple[X, ...] among the arguments may also fill the variables
        # around it with X.
        params = alias.__parameters__
        at = params.index(self)
        if any(isinstance(p, TypeVarTuple) for p in params[at + 1:]):
            raise TypeError(f'More than one TypeVarTuple parameter in {alias}')
        nargs = len(args)
        nparams = len(params)
        left = at
        right = nparams - at - 1
        var_at = None
        fill = None
        for k, arg in enumerate(args):
            if isinstance(arg, type):
                continue
            sub = getattr(arg, '__typing_unpacked_tuple_args__', None)
            if sub and len(sub) == 2 and sub[-1] is ...:
                if var_at is not None:
                    raise TypeError('More than one unpacked arbitrary-length tuple argument')
                var_at = k
                fill = sub[0]
        if var_at is not None:
            left = min(left, var_at)
            right = min(right, nargs - var_at - 1)
        elif left + right > nargs:
            raise TypeError(f'Too few arguments for {alias};'
                            f' actual {nargs}, expected at least {nparams - 1}')
        return (*args[:left],
                *([fill] * (at - left)),
                tuple(args[left:nargs - right]),
                *([fill] * (nparams - right - left - at - 1)),
                *args[nargs - right:])


class ParamSpecArgs(_Final, _root=True):
    """The args for a ParamSpec object."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash(('args', self.__origin__.__name__))


class ParamSpecKwargs(_Final, _root=True):
    """The kwargs for a ParamSpec object."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash(('kwargs', self.__origin__.__name__))


class ParamSpec(_TypeVarLike, _Final, _root=True):
    """Parameter specification variable."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, 'Expected a type.') for a in arg)
        if not _is_param_expr(arg):
            raise TypeError(f'Expected a list of types, an ellipsis, '
                            f'ParamSpec, or Concatenate. Got {arg}')
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        at = params.index(self)
        if at >= len(args):
            raise TypeError(f'Too few arguments for {alias}')
        if len(params) == 1 and not _is_param_expr(args[0]):
            # PEP 612: with a lone ParamSpec, Z[int, str] means Z[[int, str]]
            return (args,)
        if isinstance(args[at], list):
            # lists become tuples so the result can be cached and compared
            return (*args[:at], tuple(args[at]), *args[at + 1:])
        return args


def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


class _BaseGenericAlias(_Final, _root=True):
    """The common part of all subscripted and special aliases."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if attr in ('__lazy_origin__', '_name', '_inst', '_nparams'):
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in ('_name', '_inst', '_nparams', '_paramspec_tvars',
                                        '_typevar_types', '_defaults'):
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __dir__(self):
        return list(set(object.__dir__(self) + [attr for attr in dir(self.__origin__)
                                                 if not _is_dunder(attr)]))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], Box[T], ClassVar[int] ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_tp_cache
    def __getitem__(self, args):
        # substitution into an alias that still has parameters: Box[T][int],
        # Dict[K, V][str, int], Callable[P, T][[int], str] ...
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if not isinstance(args, tuple):
            args = (args,)
        args = _unpack_args(tuple(_type_convert(a) for a in args))
        return self.copy_with(self._determine_new_args(args))

    def _determine_new_args(self, args):
        params = self.__parameters__
        for p in params:
            prepare = getattr(p, '__typing_prepare_subst__', None)
            if prepare is not None:
                args = prepare(self, args)
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments"
                            f" for {self}; actual {len(args)}, expected {len(params)}")
        by_param = dict(zip(params, args))
        callable_origin = self.__origin__ is _abc_callable()
        new_args = []
        for old in self.__args__:
            if isinstance(old, type):
                new_args.append(old)
                continue
            subst = getattr(old, '__typing_subst__', None)
            if subst is not None:
                new = subst(by_param[old])
            else:
                sub = getattr(old, '__parameters__', ())
                if not sub:
                    new = old
                else:
                    sub_args = []
                    for x in sub:
                        if isinstance(x, TypeVarTuple):
                            sub_args.extend(by_param[x])
                        else:
                            sub_args.append(by_param[x])
                    new = old[tuple(sub_args)]
            if (callable_origin and isinstance(new, tuple)) or _is_unpacked_typevartuple(old):
                # Callable[P, T][[int, str], float] has args (int, str, float), and
                # A[T, *Ts][float, int, str] has args (float, int, str): spread out
                new_args.extend(new)
            else:
                new_args.append(new)
        return tuple(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join([_type_repr(a) for a in self.__args__])
        else:
            args = '()'
        return f'{name}[{args}]'

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __reduce__(self):
        # pickled as the subscription that made it: typing.List[int] by its name
        # (the alias is a module global), user generics by their origin
        origin = globals()[self._name] if self._name else self.__origin__
        return _getitem, (origin, _one_or_tuple(self.__args__))


class _UnpackGenericAlias(_GenericAlias, _root=True):
    """Unpack[X]: printed as *X, as CPython 3.11 does."""

    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def __getitem__(self, args):
        # *Ts substituted is the tuple of its arguments, spread by the caller
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)

    @property
    def __typing_unpacked_tuple_args__(self):
        # typing's Tuple[...] only: Unpack[tuple[int]] keeps its one item, as CPython's
        arg = self.__args__[0]
        return arg.__args__ if isinstance(arg, _GenericAlias) and arg.__origin__ is tuple else None


def _abc_callable():
    return Callable._resolve()


class _TypingEllipsis:
    """Internal placeholder for ... (ellipsis)."""


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """An unsubscripted alias of a builtin or abstract collection: List, Iterable ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin if isinstance(origin, str) else origin.__name__
        self._inst = inst
        self._name = name
        self.__lazy_origin__ = origin if isinstance(origin, str) else None
        if self.__lazy_origin__ is None:
            self.__origin__ = origin
        self._nparams = nparams
        self.__module__ = 'typing'

    def __getattr__(self, attr):
        if attr == '__origin__':
            return self._resolve()
        return super().__getattr__(attr)

    def _resolve(self):
        origin = self.__dict__.get('__origin__')
        if origin is None:
            modname, _, clsname = self.__dict__['__lazy_origin__'].rpartition('.')
            try:
                mod = __import__(modname, fromlist=[clsname])
                origin = getattr(mod, clsname)
            except (ImportError, AttributeError):
                origin = _fallback_abcs[clsname]
            object.__setattr__(self, '__origin__', origin)
        return origin

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self._resolve(), params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls._resolve(), self._resolve())
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self._resolve())
        return super().__subclasscheck__(cls)

    def __instancecheck__(self, obj):
        return isinstance(obj, self._resolve())

    def __call__(self, *args, **kwargs):
        self._resolve()
        return super().__call__(*args, **kwargs)

    def __mro_entries__(self, bases):
        self._resolve()
        return super().__mro_entries__(bases)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self._name == other._name
        return NotImplemented

    def __hash__(self):
        return hash(self._name)


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return (f'typing.Callable'
                f'[[{", ".join([_type_repr(a) for a in args[:-1]])}], '
                f'{_type_repr(args[-1])}]')

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return _getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self._resolve(), params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    @_tp_cache
    def __getitem_inner__(self, params):
        args, result = params
        msg = 'Callable[args, result]: result must be a type.'
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(arg) for arg in args)
        return self.copy_with(args + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(tuple, params, name='Tuple', inst=False)


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, args, inst=inst, name=name)

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return _getitem, (Union, _one_or_tuple(self.__args__))


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Runtime representation of an annotated type: Annotated[T, x]."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(
            _type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __reduce__(self):
        return _getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x]."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        if _is_unpacked_typevartuple(params[0]):
            raise TypeError('Annotated[...] should not be used with an unpacked TypeVarTuple')
        msg = 'Annotated[t, ...]: t must be a type.'
        origin = _type_check(params[0], msg, allow_special_forms=True)
        metadata = tuple(params[1:])
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f'Cannot subclass {cls.__module__}.Annotated')


class Generic:
    """Abstract base class for generic types: class Mapping(Generic[KT, VT]): ..."""
    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                f'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        else:
            own = cls.__parameters__
            for p in own:
                prepare = getattr(p, '__typing_prepare_subst__', None)
                if prepare is not None:
                    params = prepare(cls, params)
            _check_generic(cls, params, len(own))
            spread = []
            for p, arg in zip(own, params):
                if isinstance(p, TypeVarTuple):
                    spread.extend(arg)
                else:
                    spread.append(arg)
            params = tuple(spread)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple types.')
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ', '.join(str(t) for t in tvars if t not in gvarset)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f'Some type variables ({s_vars}) are'
                                    f' not listed in Generic[{s_args}]')
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


_TYPING_INTERNALS = ['__parameters__', '__orig_bases__', '__orig_class__',
                     '_is_protocol', '_is_runtime_protocol']
_SPECIAL_NAMES = ['__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                  '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
                  '__weakref__', '__class_getitem__']
# names that are never protocol members (public: typing_extensions reads it)
EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS + _SPECIAL_NAMES + ['_MutableMapping__marker']
# and those of this implementation's own class bookkeeping
_PROTOCOL_EXCLUDED = frozenset(EXCLUDED_ATTRIBUTES + [
    '__args__', '__next_in_mro__', '__origin__', '__extra__', '__tree_hash__', '_gorg',
    '__qualname__', '__protocol_attrs__', '__match_args__', '__init_subclass__'])


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _PROTOCOL_EXCLUDED:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    # PEP 544: issubclass() only works with protocols whose members are all methods
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


# protocol class -> (its members, whether all are callable), for the instance and class
# checks (computing them walks the MRO's dicts each time: 7x slower isinstance()).
# Emptied whenever an attribute of a protocol class is set or deleted; a protocol's
# bases are protocols, Generic, object or the allow-listed ABCs, so only changes to
# those ABCs or in place to an __annotations__ dict would go unseen.
_protocol_cache = {}


def _protocol_info(cls):
    info = _protocol_cache.get(cls)
    if info is None:
        attrs = _get_protocol_attrs(cls)
        info = (attrs, all(callable(getattr(cls, attr, None)) for attr in attrs))
        _protocol_cache[cls] = info
    return info


def _allow_reckless_class_checks(depth=3):
    """True when the instance or class check comes from abc or functools, which call
    isinstance() and issubclass() on whole MROs that may hold protocols."""
    # frame 0 is _caller_module, 1 this function, so depth + 1 is CPython's _caller(depth)
    return _caller_module(depth + 1, None) in ('abc', 'functools', None)


# the classes a protocol may inherit from besides protocols
_PROTO_ALLOWLIST = {
    'collections.abc': [
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
    ],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


try:
    from abc import ABCMeta as _ProtocolMetaBase, abstractmethod as _abstractmethod
except ImportError:
    _ProtocolMetaBase = type

    def _abstractmethod(f):
        return f


class _ProtocolMeta(_ProtocolMetaBase):
    # issubclass() goes through ABCMeta and the protocol's __subclasshook__ (_proto_hook)
    def __instancecheck__(cls, instance):
        is_protocol = getattr(cls, '_is_protocol', False)
        if (is_protocol and not getattr(cls, '_is_runtime_protocol', False) and
                not _allow_reckless_class_checks(depth=2)):
            raise TypeError('Instance and class checks can only be used with'
                            ' @runtime_checkable protocols')
        if is_protocol:
            attrs, callable_only = _protocol_info(cls)
        if ((not is_protocol or callable_only) and
                issubclass(instance.__class__, cls)):
            return True
        if is_protocol:
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or
                    getattr(instance, attr) is not None)
                   for attr in attrs):
                return True
        return super().__instancecheck__(instance)

    def __setattr__(cls, name, value):
        _protocol_cache.clear()
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        _protocol_cache.clear()
        super().__delattr__(name)


def _make_proto_hook(cls):
    def _proto_hook(other):
        if not cls.__dict__.get('_is_protocol', False):
            return NotImplemented
        if not getattr(cls, '_is_runtime_protocol', False):
            if _allow_reckless_class_checks():
                return NotImplemented
            raise TypeError('Instance and class checks can only be used with'
                            ' @runtime_checkable protocols')
        attrs, callable_only = _protocol_info(cls)
        if not callable_only:
            if _allow_reckless_class_checks():
                return NotImplemented
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for attr in attrs:
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return NotImplemented
                    break
                # a protocol that only annotates the member still provides it
                annotations = getattr(base, '__annotations__', {})
                if (isinstance(annotations, dict) and attr in annotations and
                        issubclass(other, Generic) and other._is_protocol):
                    break
            else:
                return NotImplemented
        return True
    return _proto_hook


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _make_proto_hook(cls)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic) or
                    base.__module__ in _PROTO_ALLOWLIST and
                    base.__name__ in _PROTO_ALLOWLIST[base.__module__] or
                    issubclass(base, Generic) and base._is_protocol):
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    # a concrete class made from a protocol: its __init__ becomes the first real one
    # of its MRO (once; later instances call that directly)
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def _join_union(args):
    result = args[0]
    for a in args[1:]:
        result = result | a
    return result


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """[t] with its forward references (strings too, inside builtin aliases) evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if not isinstance(t, (_GenericAlias, _GenericAlias_builtin, _UnionType)):
        return t
    if isinstance(t, _GenericAlias_builtin):
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        unpacked = t.__unpacked__
        if _is_callable_origin(t.__origin__) and not (len(args) == 2 and _is_param_expr(args[0])):
            t = t.__origin__[(args[:-1], args[-1])]
        else:
            t = t.__origin__[args]
        if unpacked:
            t = Unpack[t]
    ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
    if ev_args == t.__args__:
        return t
    if isinstance(t, _GenericAlias_builtin):
        return _GenericAlias_builtin(t.__origin__, ev_args)
    if isinstance(t, _UnionType):
        return _join_union(ev_args)
    return t.copy_with(ev_args)


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if hasattr(t, '__origin__') and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, _GenericAlias_builtin, _UnionType)):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, _GenericAlias_builtin):
            return _GenericAlias_builtin(t.__origin__, stripped)
        if isinstance(t, _UnionType):
            return _join_union(stripped)
        return t.copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (function, method, module or class), with forward
    references given as strings evaluated."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if isinstance(ann, _GetSetDescriptorType):
                ann = {}  # type.__dict__['__annotations__'] is the descriptor
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        import types
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                            types.ModuleType, types.WrapperDescriptorType,
                            types.MethodWrapperType, types.MethodDescriptorType)):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, type(sys)), is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    """Get the unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _SpecialGenericAlias):
        return tp._resolve()
    if isinstance(tp, (_GenericAlias, _GenericAlias_builtin, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAlias_builtin)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) or (
                isinstance(tp, _GenericAlias_builtin) and _is_callable_origin(tp.__origin__)):
            if res and res[0] is not Ellipsis and not isinstance(res[0], (ParamSpec, _ConcatenateGenericAlias)):
                res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _is_callable_origin(o):
    return getattr(o, '__name__', None) == 'Callable' and getattr(o, '__module__', '') == 'collections.abc'


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        value = value[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints: marks the function, or
    the class and the functions, methods and classes defined directly in it."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__') or
                    obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}' or
                    getattr(obj, '__module__', None) != arg.__module__):
                # only what this class defines itself; nested levels mark their own
                continue
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, _MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    wrapped_decorator.__name__ = getattr(decorator, '__name__', 'wrapped_decorator')
    wrapped_decorator.__wrapped__ = decorator
    return wrapped_decorator


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


# module -> qualified name -> first line -> function: a def run again (a class body
# executed twice, a reloaded module) replaces its earlier registration
_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods."""
    f = getattr(func, '__func__', func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {})
        by_name.setdefault(f.__qualname__, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, '__func__', func)
    return list(_overload_registry.get(f.__module__, {}).get(f.__qualname__, {}).values())


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """A decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def reveal_type(obj, /):
    """Reveal the inferred type of a variable (prints its runtime type to stderr)."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator that marks a function, class or metaclass as providing dataclass-like
    behavior."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


def _idfunc(_, x):
    return x


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f'Cannot subclass an instance of NewType. Perhaps you were looking for: '
                    f'`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`')
        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    __call__ = _idfunc

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- NamedTuple (a private namedtuple maker: collections may not be importable yet) ----

def _make_namedtuple(typename, field_names, defaults=(), module=None):
    field_names = tuple(field_names)
    for name in (typename,) + field_names:
        if not isinstance(name, str) or not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: '
                             f'{name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    nfields = len(field_names)
    defaults = tuple(defaults)
    if len(defaults) > nfields:
        raise TypeError('Got more default values than field names')
    field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    arg_list = ', '.join(field_names)
    if nfields == 1:
        arg_list += ','
    ns = {'_tuple_new': tuple.__new__, '__builtins__': __builtins__,
          '__name__': f'namedtuple_{typename}'}
    code = f'lambda _cls, {", ".join(field_names)}: _tuple_new(_cls, ({arg_list}))' \
        if nfields else 'lambda _cls: _tuple_new(_cls, ())'
    __new__ = eval(code, ns)
    __new__.__name__ = '__new__'
    __new__.__qualname__ = f'{typename}.__new__'
    __new__.__doc__ = f'Create new instance of {typename}({", ".join(field_names)})'
    if defaults:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else getattr(self, name)
                             for name in field_names])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            f'{name}={value!r}' for name, value in zip(field_names, self)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    class_namespace = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = property(lambda self, _i=index: self[_i],
                                         doc=f'Alias for field number {index}')
    result = type(typename, (tuple,), class_namespace)
    result.__module__ = module if module is not None else _caller_module(3)
    return result


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace', '_asdict',
                         '_source'})
# (__qualname__ is copied: a NamedTuple class nested in a class pickles by its path)
_special = frozenset({'__module__', '__name__', '__annotations__', '__doc__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        types = {n: _type_check(t, f'field {n} annotation must be a type')
                 for n, t in ns.get('__annotations__', {}).items()}
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_namedtuple(typename, types.keys(),
                                  defaults=[ns[n] for n in default_names],
                                  module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = dict(types)
        nm_tpl.__bases__ = bases
        if Generic in bases:
            nm_tpl.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key in ns:
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__doc__' in ns and ns['__doc__'] is not None:
            nm_tpl.__doc__ = ns['__doc__']
        if Generic in bases:
            nm_tpl.__init_subclass__()  # __parameters__ from __orig_bases__
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords'
                        ' can be provided to NamedTuple, not both')
    fields = list(fields)
    nt = _make_namedtuple(typename, [n for n, t in fields], module=_caller_module())
    nt.__annotations__ = nt.__new__.__annotations__ = {
        n: _type_check(t, f'field {n} annotation must be a type') for n, t in fields}
    return nt


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        # a generic TypedDict keeps Generic among its bases (A.__bases__ == (Generic, dict))
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg, module=tp_dict.__module__)
                           for n, tp in own_annotations.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            origin = get_origin(annotation_type)
            if origin is Annotated:
                # Annotated[Required[int], ...] is still required
                args = get_args(annotation_type)
                if args:
                    origin = get_origin(args[0])
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(annotation_key)
            else:
                optional_keys.add(annotation_key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    if kwargs:
        import warnings
        warnings.warn('The kwargs-based syntax for TypedDict definitions is deprecated '
                      'in Python 3.11, will be removed in Python 3.13, and may not be '
                      'understood by third-party type checkers.',
                      DeprecationWarning, stacklevel=2)
    ns = {'__annotations__': dict(fields)}
    ns['__module__'] = _caller_module()
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


# ---- aliases of builtin and abstract collections ----

class _FallbackABC:
    pass


def _make_fallback(name, methods):
    def check(cls, C):
        for m in methods:
            for b in C.__mro__:
                if m in b.__dict__:
                    if b.__dict__[m] is None:
                        return False
                    break
            else:
                return False
        return True

    class Meta(type):
        def __instancecheck__(cls, obj):
            return check(cls, type(obj))

        def __subclasscheck__(cls, C):
            return check(cls, C)
    return Meta(name, (), {'__module__': 'collections.abc'})


_fallback_abcs = {
    'Hashable': _make_fallback('Hashable', ('__hash__',)),
    'Awaitable': _make_fallback('Awaitable', ('__await__',)),
    'Coroutine': _make_fallback('Coroutine', ('send', 'throw', 'close', '__await__')),
    'AsyncIterable': _make_fallback('AsyncIterable', ('__aiter__',)),
    'AsyncIterator': _make_fallback('AsyncIterator', ('__aiter__', '__anext__')),
    'AsyncGenerator': _make_fallback('AsyncGenerator', ('__aiter__', '__anext__', 'asend')),
    'Iterable': _make_fallback('Iterable', ('__iter__',)),
    'Iterator': _make_fallback('Iterator', ('__iter__', '__next__')),
    'Reversible': _make_fallback('Reversible', ('__reversed__', '__iter__')),
    'Sized': _make_fallback('Sized', ('__len__',)),
    'Container': _make_fallback('Container', ('__contains__',)),
    'Collection': _make_fallback('Collection', ('__len__', '__iter__', '__contains__')),
    'Callable': _make_fallback('Callable', ('__call__',)),
    'Set': _make_fallback('Set', ('__len__', '__iter__', '__contains__', 'isdisjoint')),
    'MutableSet': _make_fallback('MutableSet', ('__len__', '__iter__', '__contains__', 'add', 'discard')),
    'Mapping': _make_fallback('Mapping', ('__getitem__', '__len__', '__iter__', 'keys', 'items')),
    'MutableMapping': _make_fallback('MutableMapping', ('__getitem__', '__setitem__', '__delitem__', 'keys')),
    'MappingView': _make_fallback('MappingView', ('__len__',)),
    'KeysView': _make_fallback('KeysView', ('__len__', '__iter__', 'isdisjoint')),
    'ItemsView': _make_fallback('ItemsView', ('__len__', '__iter__', 'isdisjoint')),
    'ValuesView': _make_fallback('ValuesView', ('__len__', '__iter__')),
    'Sequence': _make_fallback('Sequence', ('__getitem__', '__len__', 'index', 'count')),
    'MutableSequence': _make_fallback('MutableSequence', ('__getitem__', '__setitem__', 'insert')),
    'ByteString': _make_fallback('ByteString', ('__getitem__', '__len__', 'decode')),
    'Generator': _make_fallback('Generator', ('__next__', 'send', 'throw')),
    'AbstractContextManager': _make_fallback('AbstractContextManager', ('__enter__', '__exit__')),
    'AbstractAsyncContextManager': _make_fallback('AbstractAsyncContextManager', ('__aenter__', '__aexit__')),
    'deque': list, 'defaultdict': dict, 'OrderedDict': dict, 'Counter': dict,
    'ChainMap': dict,
}

_alias = _SpecialGenericAlias

Hashable = _alias('collections.abc.Hashable', 0, name='Hashable')
Awaitable = _alias('collections.abc.Awaitable', 1, name='Awaitable')
Coroutine = _alias('collections.abc.Coroutine', 3, name='Coroutine')
AsyncIterable = _alias('collections.abc.AsyncIterable', 1, name='AsyncIterable')
AsyncIterator = _alias('collections.abc.AsyncIterator', 1, name='AsyncIterator')
Iterable = _alias('collections.abc.Iterable', 1, name='Iterable')
Iterator = _alias('collections.abc.Iterator', 1, name='Iterator')
Reversible = _alias('collections.abc.Reversible', 1, name='Reversible')
Sized = _alias('collections.abc.Sized', 0, name='Sized')
Container = _alias('collections.abc.Container', 1, name='Container')
Collection = _alias('collections.abc.Collection', 1, name='Collection')
Callable = _CallableType('collections.abc.Callable', 2, name='Callable')
AbstractSet = _alias('collections.abc.Set', 1, name='AbstractSet')
MutableSet = _alias('collections.abc.MutableSet', 1, name='MutableSet')
Mapping = _alias('collections.abc.Mapping', 2, name='Mapping')
MutableMapping = _alias('collections.abc.MutableMapping', 2, name='MutableMapping')
Sequence = _alias('collections.abc.Sequence', 1, name='Sequence')
MutableSequence = _alias('collections.abc.MutableSequence', 1, name='MutableSequence')
ByteString = _alias('collections.abc.ByteString', 0, name='ByteString')
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias('collections.deque', 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias('collections.abc.MappingView', 1, name='MappingView')
KeysView = _alias('collections.abc.KeysView', 1, name='KeysView')
ItemsView = _alias('collections.abc.ItemsView', 2, name='ItemsView')
ValuesView = _alias('collections.abc.ValuesView', 1, name='ValuesView')
ContextManager = _alias('contextlib.AbstractContextManager', 1, name='ContextManager')
AsyncContextManager = _alias('contextlib.AbstractAsyncContextManager', 1,
                             name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias('collections.defaultdict', 2, name='DefaultDict')
OrderedDict = _alias('collections.OrderedDict', 2, name='OrderedDict')
Counter = _alias('collections.Counter', 1, name='Counter')
ChainMap = _alias('collections.ChainMap', 2, name='ChainMap')
Generator = _alias('collections.abc.Generator', 3, name='Generator')
AsyncGenerator = _alias('collections.abc.AsyncGenerator', 2, name='AsyncGenerator')
Type = _alias(type, 1, inst=False, name='Type')

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
for _tv in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _tv.__module__ = 'typing'
del _tv


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @_abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @_abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @_abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @_abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__."""
    __slots__ = ()

    @_abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__."""
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits: int = 0):
        pass


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


Pattern = _alias('re.Pattern', 1, name='Pattern')
Match = _alias('re.Match', 1, name='Match')


class _DeprecatedNamespace(type):
    """typing.io and typing.re (deprecated namespaces of 3.11): reading one of their
    names warns."""

    def __getattribute__(cls, name):
        if name not in ('__dict__', '__module__') and name in type.__getattribute__(cls, '__dict__'):
            import warnings
            short = type.__getattribute__(cls, '__name__')
            warnings.warn(f'{short} is deprecated, import directly from typing instead. '
                          f'{short} will be removed in Python 3.12.',
                          DeprecationWarning, stacklevel=2)
        return type.__getattribute__(cls, name)


class io(metaclass=_DeprecatedNamespace):
    """Wrapper namespace for IO generic classes."""
    __all__ = ['IO', 'TextIO', 'BinaryIO']
    IO = IO
    TextIO = TextIO
    BinaryIO = BinaryIO


class re(metaclass=_DeprecatedNamespace):
    """Wrapper namespace for re type aliases."""
    __all__ = ['Pattern', 'Match']
    Pattern = Pattern
    Match = Match


io.__name__ = __name__ + '.io'
re.__name__ = __name__ + '.re'
sys.modules[io.__name__] = io
sys.modules[re.__name__] = re
