"""Abstract Base Classes (ABCs) for numbers, according to PEP 3141 (safepy's own
implementation).

The classes use a small private metaclass instead of abc.ABCMeta: it keeps, per class,
the registered virtual subclasses and the ABC subclasses, answers isinstance/issubclass
from them, and computes __abstractmethods__ so incomplete subclasses cannot be
instantiated.
"""

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _abstract(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel))
    return False


class _NumberMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set(n for n, v in namespace.items() if _is_abstract(v))
        for base in bases:
            for n in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(getattr(cls, n, None)):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_children = []
        for base in bases:
            if isinstance(base, _NumberMeta):
                base._abc_children.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        for r in cls._abc_registry:
            if r in subclass.__mro__ or issubclass(subclass, r):
                return True
        for child in cls._abc_children:
            if issubclass(subclass, child):
                return True
        return False


class Number(metaclass=_NumberMeta):
    """All numbers inherit from this class."""
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Complex defines the operations that work on the builtin complex type."""
    __slots__ = ()

    @_abstract
    def __complex__(self):
        """Return a builtin complex instance. Called for complex(self)."""

    def __bool__(self):
        return self != 0

    @property
    @_abstract
    def real(self):
        raise NotImplementedError

    @property
    @_abstract
    def imag(self):
        raise NotImplementedError

    @_abstract
    def __add__(self, other):
        raise NotImplementedError

    @_abstract
    def __radd__(self, other):
        raise NotImplementedError

    @_abstract
    def __neg__(self):
        raise NotImplementedError

    @_abstract
    def __pos__(self):
        raise NotImplementedError

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    @_abstract
    def __mul__(self, other):
        raise NotImplementedError

    @_abstract
    def __rmul__(self, other):
        raise NotImplementedError

    @_abstract
    def __truediv__(self, other):
        raise NotImplementedError

    @_abstract
    def __rtruediv__(self, other):
        raise NotImplementedError

    @_abstract
    def __pow__(self, exponent):
        raise NotImplementedError

    @_abstract
    def __rpow__(self, base):
        raise NotImplementedError

    @_abstract
    def __abs__(self):
        raise NotImplementedError

    @_abstract
    def conjugate(self):
        raise NotImplementedError

    @_abstract
    def __eq__(self, other):
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    """To Complex, Real adds the operations that work on real numbers."""
    __slots__ = ()

    @_abstract
    def __float__(self):
        raise NotImplementedError

    @_abstract
    def __trunc__(self):
        raise NotImplementedError

    @_abstract
    def __floor__(self):
        raise NotImplementedError

    @_abstract
    def __ceil__(self):
        raise NotImplementedError

    @_abstract
    def __round__(self, ndigits=None):
        raise NotImplementedError

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    @_abstract
    def __floordiv__(self, other):
        raise NotImplementedError

    @_abstract
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @_abstract
    def __mod__(self, other):
        raise NotImplementedError

    @_abstract
    def __rmod__(self, other):
        raise NotImplementedError

    @_abstract
    def __lt__(self, other):
        raise NotImplementedError

    @_abstract
    def __le__(self, other):
        raise NotImplementedError

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """.numerator and .denominator should be in lowest terms."""
    __slots__ = ()

    @property
    @_abstract
    def numerator(self):
        raise NotImplementedError

    @property
    @_abstract
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integral adds methods that work on integral numbers."""
    __slots__ = ()

    @_abstract
    def __int__(self):
        raise NotImplementedError

    def __index__(self):
        return int(self)

    @_abstract
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    @_abstract
    def __lshift__(self, other):
        raise NotImplementedError

    @_abstract
    def __rlshift__(self, other):
        raise NotImplementedError

    @_abstract
    def __rshift__(self, other):
        raise NotImplementedError

    @_abstract
    def __rrshift__(self, other):
        raise NotImplementedError

    @_abstract
    def __and__(self, other):
        raise NotImplementedError

    @_abstract
    def __rand__(self, other):
        raise NotImplementedError

    @_abstract
    def __xor__(self, other):
        raise NotImplementedError

    @_abstract
    def __rxor__(self, other):
        raise NotImplementedError

    @_abstract
    def __or__(self, other):
        raise NotImplementedError

    @_abstract
    def __ror__(self, other):
        raise NotImplementedError

    @_abstract
    def __invert__(self):
        raise NotImplementedError

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
