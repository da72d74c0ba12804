"""Decimal fixed and floating point arithmetic (safepy's own implementation of a common
subset of CPython 3.11's decimal module).

A finite Decimal is (-1)**sign * coefficient * 10**exponent with an int coefficient;
special values are Infinity, NaN and sNaN.  Every operation computes the exact result
(or enough digits plus a sticky digit) and rounds once with the context's precision and
rounding mode, raising the signals that the context traps.
"""

import math as _math
import sys as _sys

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# Context and Decimal are named "decimal.X" in interpreter messages (CPython's C types),
# __name__ staying 'X': a flag of the class (_c_type_name), not a metaclass.
from _collections import _c_type_name


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Condition -> (bit, signal class). The bit order is the order flags are listed in.
_COND_BITS = {
    Clamped: 0, ConversionSyntax: 1, DivisionByZero: 2, DivisionImpossible: 3,
    DivisionUndefined: 4, Inexact: 6, InvalidContext: 7, InvalidOperation: 8,
    FloatOperation: 10, Overflow: 11, Rounded: 12, Subnormal: 13, Underflow: 14,
}
_INVALID_BITS = (1 << 1) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 7) | (1 << 8) | (1 << 9)
_BIT_NAMES = {0: Clamped, 1: InvalidOperation, 2: DivisionByZero, 3: InvalidOperation,
              4: InvalidOperation, 5: InvalidOperation, 6: Inexact, 7: InvalidOperation,
              8: InvalidOperation, 9: InvalidOperation, 10: FloatOperation, 11: Overflow,
              12: Rounded, 13: Subnormal, 14: Underflow}
_SIGNALS = (Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow,
            InvalidOperation, Subnormal, FloatOperation)


def _signal_mask(sig):
    if sig is InvalidOperation:
        return _INVALID_BITS
    if sig not in _SIGNALS:
        raise KeyError('invalid error flag')
    return 1 << _COND_BITS[sig]


def _signal_of(cond):
    if issubclass(cond, InvalidOperation):
        return InvalidOperation
    return cond


class _SignalDict:
    """The flags / traps mapping of a Context (signal class -> bool)."""
    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def __getitem__(self, sig):
        return bool(getattr(self._ctx, self._attr) & _signal_mask(sig))

    def __setitem__(self, sig, value):
        mask = _signal_mask(sig)
        bits = getattr(self._ctx, self._attr)
        setattr(self._ctx, self._attr, (bits | mask) if value else (bits & ~mask))

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self[s] for s in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s in _SIGNALS]

    def copy(self):
        return {s: self[s] for s in _SIGNALS}

    def __contains__(self, sig):
        return sig in _SIGNALS

    def get(self, sig, default=None):
        return self[sig] if sig in _SIGNALS else default

    # equal to any mapping with the same items, as CPython's SignalDict (a MutableMapping)
    def __eq__(self, other):
        from _collections_abc import Mapping
        if isinstance(other, _SignalDict):
            return self.copy() == other.copy()
        if not isinstance(other, Mapping):
            return NotImplemented
        return self.copy() == dict(other.items())

    __hash__ = None

    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (s.__name__, self[s])
                               for s in _SIGNALS) + '}'


def _bits_names(bits):
    names = []
    for b in range(15):
        if bits & (1 << b):
            n = _BIT_NAMES[b].__name__
            if n not in names:
                names.append(n)
    return names


class Context:
    """Contains the context for a Decimal instance."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = _default_context_values
        self._flags = 0
        self._traps = 0
        self.prec = prec if prec is not None else dc[0]
        self.rounding = rounding if rounding is not None else dc[1]
        self.Emin = Emin if Emin is not None else dc[2]
        self.Emax = Emax if Emax is not None else dc[3]
        self.capitals = capitals if capitals is not None else dc[4]
        self.clamp = clamp if clamp is not None else dc[5]
        if traps is None:
            self._traps = dc[6]
        else:
            self._traps = 0
            self._set_bits('_traps', traps)
        if flags is not None:
            self._set_bits('_flags', flags)

    def _set_bits(self, attr, value):
        if isinstance(value, _SignalDict):
            value = value.copy()
        if isinstance(value, dict):
            for k, v in value.items():
                if v:
                    setattr(self, attr, getattr(self, attr) | _signal_mask(k))
        else:
            for k in value:
                setattr(self, attr, getattr(self, attr) | _signal_mask(k))

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            if value not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
        elif name == 'clamp':
            if value not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name in ('flags', 'traps'):
            if not isinstance(value, (dict, _SignalDict)):
                raise TypeError('argument must be a signal dict')
            setattr(self, '_' + name, 0)
            self._set_bits('_' + name, value)
            return
        elif name not in ('_flags', '_traps'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (
                    self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                    self.clamp, ', '.join(_bits_names(self._flags)),
                    ', '.join(_bits_names(self._traps))))

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)
        c._flags = self._flags
        c._traps = self._traps
        return c

    __copy__ = copy

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _record(self, cond):
        # Records condition [cond] (its flag) without consulting the traps.
        self._flags |= 1 << _COND_BITS[cond]

    def _raise(self, cond):
        # Records condition [cond]; raises its signal when trapped.
        self._record(cond)
        if self._traps & (1 << _COND_BITS[cond]):
            raise _signal_of(cond)([cond])

    def create_decimal(self, num='0'):
        # stricter than Decimal(): no surrounding whitespace, no underscores, no NaN
        # payload longer than the context keeps
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            self._raise(ConversionSyntax)
            return _dec(0, 0, 'n', True)
        d = Decimal(num, context=self)
        if d._isnan() and _ndigits(d._int) > self.prec - self.clamp:
            self._raise(ConversionSyntax)
            return _dec(0, 0, 'n', True)
        if d._is_special:
            return d
        return d._fix(self)

    def _apply(self, a):
        # the text of a rounded to this context (CPython's helper, used by its tests)
        return str(_conv(a, True)._fix(self))

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _conv(a, True).__abs__(context=self)

    def add(self, a, b):
        return _conv(a, True).__add__(_conv(b, True), context=self)

    def subtract(self, a, b):
        return _conv(a, True).__sub__(_conv(b, True), context=self)

    def multiply(self, a, b):
        return _conv(a, True).__mul__(_conv(b, True), context=self)

    def divide(self, a, b):
        return _conv(a, True).__truediv__(_conv(b, True), context=self)

    def divide_int(self, a, b):
        return _conv(a, True).__floordiv__(_conv(b, True), context=self)

    def remainder(self, a, b):
        return _conv(a, True).__mod__(_conv(b, True), context=self)

    def divmod(self, a, b):
        return _conv(a, True).__divmod__(_conv(b, True), context=self)

    def power(self, a, b, modulo=None):
        return _conv(a, True).__pow__(_conv(b, True), modulo, context=self)

    def plus(self, a):
        return _conv(a, True).__pos__(context=self)

    def minus(self, a):
        return _conv(a, True).__neg__(context=self)

    def sqrt(self, a):
        return _conv(a, True).sqrt(context=self)

    def quantize(self, a, b):
        return _conv(a, True).quantize(b, context=self)

    def compare(self, a, b):
        return _conv(a, True).compare(b, context=self)

    def max(self, a, b):
        return _conv(a, True).max(b, context=self)

    def min(self, a, b):
        return _conv(a, True).min(b, context=self)

    def normalize(self, a):
        return _conv(a, True).normalize(context=self)

    def to_integral_value(self, a):
        return _conv(a, True).to_integral_value(context=self)

    def to_sci_string(self, a):
        return _conv(a, True).__str__(context=self)

    def copy_abs(self, a):
        return _conv(a, True).copy_abs()

    def copy_negate(self, a):
        return _conv(a, True).copy_negate()

    def copy_sign(self, a, b):
        return _conv(a, True).copy_sign(b)

    def exp(self, a):
        return _conv(a, True).exp(context=self)

    def ln(self, a):
        return _conv(a, True).ln(context=self)

    def log10(self, a):
        return _conv(a, True).log10(context=self)

    def logb(self, a):
        return _conv(a, True).logb(context=self)

    def fma(self, a, b, c):
        return _conv(a, True).fma(b, c, context=self)

    def is_canonical(self, a):
        return _conv(a, True).is_canonical()

    def is_finite(self, a):
        return _conv(a, True).is_finite()

    def is_infinite(self, a):
        return _conv(a, True).is_infinite()

    def is_normal(self, a):
        return _conv(a, True).is_normal(context=self)

    def is_qnan(self, a):
        return _conv(a, True).is_qnan()

    def is_snan(self, a):
        return _conv(a, True).is_snan()

    def is_subnormal(self, a):
        return _conv(a, True).is_subnormal(context=self)

    def logical_and(self, a, b):
        return _conv(a, True).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _conv(a, True).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _conv(a, True).logical_xor(b, context=self)

    def logical_invert(self, a):
        return _conv(a, True).logical_invert(context=self)

    def max_mag(self, a, b):
        return _conv(a, True).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _conv(a, True).min_mag(b, context=self)

    def next_minus(self, a):
        return _conv(a, True).next_minus(context=self)

    def next_plus(self, a):
        return _conv(a, True).next_plus(context=self)

    def next_toward(self, a, b):
        return _conv(a, True).next_toward(b, context=self)

    def number_class(self, a):
        return _conv(a, True).number_class(context=self)

    def remainder_near(self, a, b):
        return _conv(a, True).remainder_near(b, context=self)

    def rotate(self, a, b):
        return _conv(a, True).rotate(b, context=self)

    def same_quantum(self, a, b):
        return _conv(a, True).same_quantum(b, context=self)

    def scaleb(self, a, b):
        return _conv(a, True).scaleb(b, context=self)

    def shift(self, a, b):
        return _conv(a, True).shift(b, context=self)

    def to_eng_string(self, a):
        return _conv(a, True).to_eng_string(context=self)

    def to_integral(self, a):
        return _conv(a, True).to_integral(context=self)

    def to_integral_exact(self, a):
        return _conv(a, True).to_integral_exact(context=self)

    def compare_signal(self, a, b):
        return _conv(a, True).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _conv(a, True).compare_total(b)

    def compare_total_mag(self, a, b):
        return _conv(a, True).compare_total_mag(b)

    def canonical(self, a):
        return _conv(a, True).canonical()

    def copy_decimal(self, a):
        return _conv(a, True)

    def radix(self):
        return Decimal(10)

    def is_zero(self, a):
        return _conv(a, True).is_zero()

    def is_nan(self, a):
        return _conv(a, True).is_nan()

    def is_signed(self, a):
        return _conv(a, True).is_signed()


_c_type_name(Context)

_default_context_values = (28, ROUND_HALF_EVEN, -999999, 999999, 1, 0,
                           _INVALID_BITS | (1 << 2) | (1 << 11))

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = [None]


def getcontext():
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    mgr = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                       'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(mgr.new_context, key, value)
    return mgr


class DecimalTuple(tuple):
    __slots__ = ()

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % (self[0], self[1], self[2])


def _ndigits(n):
    return len(str(n)) if n else 1


def _round_coeff(coeff, drop, rounding, sign):
    # Drops [drop] > 0 low digits of [coeff]; -> (new coeff, inexact)
    q, r = divmod(coeff, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return q + 1 if up else q, True


def _conv(other, raise_type=False, allow_float=False, context=None):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        (context or getcontext())._raise(FloatOperation)
        return Decimal.from_float(other)
    if raise_type:
        raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
    return NotImplemented


def _plain(d):
    # [d] as an exact Decimal: an operation's result is never a subclass instance
    if type(d) is Decimal:
        return d
    return _dec(d._sign, d._int, d._exp, d._is_special)


def _dec(sign, coeff, exp, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._is_special = special
    return d


_NAN = None


class Decimal:
    """Floating point class for decimal arithmetic."""
    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            r = _parse_decimal(value)
            if r is None:
                ctx = context if context is not None else getcontext()
                ctx._raise(ConversionSyntax)
                r = (0, 0, 'n', True)
            self._sign, self._int, self._exp, self._is_special = r
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = -value if value < 0 else value
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int = value._sign, value._int
            self._exp, self._is_special = value._exp, value._is_special
            return self
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._raise(FloatOperation)
            d = Decimal.from_float(value)
            self._sign, self._int = d._sign, d._int
            self._exp, self._is_special = d._exp, d._is_special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if not isinstance(sign, int) or sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if exp == 'F':
                self._sign, self._int, self._exp, self._is_special = sign, 0, 'F', True
                return self
            coeff = 0
            for dg in digits:
                if not isinstance(dg, int) or not 0 <= dg <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                coeff = coeff * 10 + dg
            if exp in ('n', 'N'):
                self._sign, self._int, self._exp, self._is_special = sign, coeff, exp, True
                return self
            if not isinstance(exp, int):
                raise ValueError('exponent must be an integer')
            self._sign, self._int, self._exp, self._is_special = sign, coeff, exp, False
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = Decimal(f)
            return d if cls is Decimal else cls(d)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        d = _dec(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # ---- predicates and accessors ----

    def _isnan(self):
        if self._is_special:
            return 1 if self._exp == 'n' else 2 if self._exp == 'N' else 0
        return 0

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._is_special or not self._int:
            return False
        ctx = context or getcontext()
        return ctx.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self._int:
            return False
        ctx = context or getcontext()
        return self.adjusted() < ctx.Emin

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if not (self._exp == 'F') else (0,)
        if self._is_special and self._exp != 'F' and self._int == 0:
            digits = ()
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if not self._int:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def canonical(self):
        return self

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _conv(other, True)
        return _dec(other._sign, self._int, self._exp, self._is_special)

    # ---- text ----

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if self._exp == 'n' else 'sNaN') + payload
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            e = ''
        else:
            capitals = (context or getcontext()).capitals
            e = ['e', 'E'][capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + e

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # ---- rounding to a context ----

    def _fix(self, ctx):
        if type(self) is not Decimal:
            # results are exact Decimals, whatever subclass the operand was
            self = _dec(self._sign, self._int, self._exp, self._is_special)
        if self._is_special:
            return self._fix_nan(ctx) if self._isnan() else self
        prec = ctx.prec
        Etiny = ctx.Emin - prec + 1
        Etop = ctx.Emax - prec + 1
        exp_max = Etop if ctx.clamp else ctx.Emax
        coeff, exp, sign = self._int, self._exp, self._sign
        if coeff == 0:
            new_exp = min(max(exp, Etiny), exp_max)
            if new_exp != exp:
                ctx._raise(Clamped)
                return _dec(sign, 0, new_exp)
            return self
        n = _ndigits(coeff)
        exp_min = exp + n - prec
        if exp_min > Etop:
            # Overflow: infinity or the largest representable number. As libmpdec, all
            # three flags are set even when Overflow is trapped.
            ctx._record(Inexact)
            ctx._record(Rounded)
            ctx._raise(Overflow)
            ctx._raise(Inexact)
            ctx._raise(Rounded)
            r = ctx.rounding
            if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or
                    (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1)):
                return _dec(sign, 0, 'F', True)
            return _dec(sign, 10 ** prec - 1, Etop)
        self_is_subnormal = exp_min < Etiny
        if self_is_subnormal:
            exp_min = Etiny
        if exp < exp_min:
            drop = exp_min - exp
            if drop > n + 1:
                # Far below: keep just a sticky digit so rounding sees "nonzero".
                coeff, inexact = _round_coeff(1, 2, ctx.rounding, sign)
            else:
                coeff, inexact = _round_coeff(coeff, drop, ctx.rounding, sign)
            exp = exp_min
            if _ndigits(coeff) > prec:
                coeff //= 10
                exp += 1
                if exp > Etop:
                    return _dec(sign, coeff, exp)._fix(ctx)
            if self_is_subnormal:
                ctx._raise(Subnormal)
            if inexact:
                if self_is_subnormal:
                    ctx._raise(Underflow)
                ctx._raise(Inexact)
            ctx._raise(Rounded)
            if self_is_subnormal and coeff == 0:
                ctx._raise(Clamped)
            return _dec(sign, coeff, exp)
        if self_is_subnormal:
            ctx._raise(Subnormal)
        if ctx.clamp and exp > Etop:
            ctx._raise(Clamped)
            return _dec(sign, coeff * 10 ** (exp - Etop), Etop)
        return self

    def _check_nans(self, other, ctx):
        # -> NaN result or None. sNaN operands signal InvalidOperation. The result
        # keeps only as many payload digits as the context has (prec - clamp).
        a = self._isnan()
        b = other._isnan() if other is not None else 0
        if a or b:
            if a == 2 or (b != 2 and a):
                nan = self
            else:
                nan = other
            if nan._isnan() == 2:
                ctx._raise(InvalidOperation)
                nan = _dec(nan._sign, nan._int, 'n', True)
            return nan._fix_nan(ctx)
        return None

    def _fix_nan(self, ctx):
        # self (a NaN) with its payload cut to its last prec - clamp digits
        keep = ctx.prec - ctx.clamp
        if _ndigits(self._int) <= keep:
            return self
        return _dec(self._sign, self._int % 10 ** keep, self._exp, True)

    def _invalid(self, ctx):
        ctx._raise(InvalidOperation)
        return _dec(0, 0, 'n', True)

    # ---- arithmetic ----

    def __add__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, ctx)
            if ans is not None:
                return ans
            if self._exp == 'F':
                if other._exp == 'F' and self._sign != other._sign:
                    return self._invalid(ctx)
                return self
            return other
        exp = min(self._exp, other._exp)
        negzero = 1 if (ctx.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        if not self._int and not other._int:
            sign = min(self._sign, other._sign) if not negzero else 1
            return _dec(sign, 0, exp)._fix(ctx)
        if not self._int:
            exp = max(exp, other._exp - ctx.prec - 1)
            return other._rescale(exp, ctx.rounding)._fix(ctx)
        if not other._int:
            exp = max(exp, self._exp - ctx.prec - 1)
            return self._rescale(exp, ctx.rounding)._fix(ctx)
        a, b = self, other
        # Replace an operand far below the other's precision by a sticky 1.
        if a._exp < b._exp:
            a, b = b, a
        bound = a._exp + min(-1, _ndigits(a._int) - ctx.prec - 2)
        if b._exp + _ndigits(b._int) - 1 < bound:
            b = _dec(b._sign, 1, bound)
            exp = bound
        exp = min(a._exp, b._exp)
        va = a._int * 10 ** (a._exp - exp)
        vb = b._int * 10 ** (b._exp - exp)
        total = (-va if a._sign else va) + (-vb if b._sign else vb)
        if total == 0:
            return _dec(negzero, 0, exp)._fix(ctx)
        sign = 1 if total < 0 else 0
        return _dec(sign, abs(total), exp)._fix(ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            # a NaN operand is the result as it is, before other's sign is flipped
            ans = self._check_nans(other, context or getcontext())
            if ans is not None:
                return ans
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, ctx)
            if ans is not None:
                return ans
            if self._exp == 'F':
                if not other._is_special and not other._int:
                    return self._invalid(ctx)
                return _dec(sign, 0, 'F', True)
            if not self._int:
                return self._invalid(ctx)
            return _dec(sign, 0, 'F', True)
        return _dec(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, ctx)
            if ans is not None:
                return ans
            if self._exp == 'F' and other._exp == 'F':
                return self._invalid(ctx)
            if self._exp == 'F':
                return _dec(sign, 0, 'F', True)
            ctx._raise(Clamped)
            return _dec(sign, 0, ctx.Etiny())
        if not other._int:
            if not self._int:
                ctx._raise(DivisionUndefined)
                return _dec(0, 0, 'n', True)
            ctx._raise(DivisionByZero)
            return _dec(sign, 0, 'F', True)
        if not self._int:
            exp = self._exp - other._exp
            return _dec(sign, 0, exp)._fix(ctx)
        prec = ctx.prec
        shift = _ndigits(other._int) - _ndigits(self._int) + prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal = self._exp - other._exp
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return _dec(sign, coeff, exp)._fix(ctx)

    def __rtruediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, ctx):
        # -> (quotient, remainder) of divide-integer / remainder
        sign = self._sign ^ other._sign
        if other._exp == 'F':
            ideal = self._exp
        else:
            ideal = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self._int or other._exp == 'F' or expdiff <= -2:
            return (_dec(sign, 0, 0), self._rescale(ideal, ctx.rounding))
        if expdiff <= ctx.prec:
            e = min(self._exp, other._exp)
            a = self._int * 10 ** (self._exp - e)
            b = other._int * 10 ** (other._exp - e)
            q, r = divmod(a, b)
            if q < 10 ** ctx.prec:
                return (_dec(sign, q, 0), _dec(self._sign, r, ideal))
        ctx._raise(DivisionImpossible)
        nan = _dec(0, 0, 'n', True)
        return nan, nan

    def _divmod_checks(self, other, ctx, which):
        if self._is_special or other._is_special:
            ans = self._check_nans(other, ctx)
            if ans is not None:
                return ans, ans
            if self._exp == 'F':
                if other._exp == 'F':
                    nan = self._invalid(ctx)
                    return nan, nan
                inf = _dec(self._sign ^ other._sign, 0, 'F', True)
                if which == 'div':
                    return inf, None
                nan = self._invalid(ctx)
                # divmod(inf, finite): the infinite quotient with an invalid remainder
                return (inf if which == 'divmod' else nan), nan
            if other._exp == 'F':
                # finite by infinite: a signed zero quotient, self is the remainder
                return _dec(self._sign ^ other._sign, 0, 0), self._fix(ctx)
        if not other._int:
            if not self._int:
                ctx._raise(DivisionUndefined)
                nan = _dec(0, 0, 'n', True)
                return nan, nan
            if which == 'mod':
                nan = self._invalid(ctx)
                return nan, nan
            ctx._raise(DivisionByZero)
            return _dec(self._sign ^ other._sign, 0, 'F', True), self._invalid(ctx) \
                if which == 'divmod' else None
        return None

    def __floordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        r = self._divmod_checks(other, ctx, 'div')
        if r is not None:
            return r[0]
        return self._divide(other, ctx)[0]

    def __rfloordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        r = self._divmod_checks(other, ctx, 'mod')
        if r is not None:
            return r[1]
        return self._divide(other, ctx)[1]._fix(ctx)

    def __rmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        r = self._divmod_checks(other, ctx, 'divmod')
        if r is not None:
            return r
        q, rem = self._divide(other, ctx)
        return q, rem._fix(ctx)

    def __rdivmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if modulo is not None:
            m = _conv(modulo, True)
            if (self._is_special or other._is_special or m._is_special or self._exp < 0 or
                    other._exp < 0 or m._exp < 0 or (other._sign and other._int) or
                    not m._int or
                    (not self._int and not other._int)):
                return self._invalid(ctx)
            base = int(self)
            e = int(other)
            r = pow(abs(base), e, abs(int(m)))
            if self._sign and e % 2:
                r = -r
            return Decimal(r)
        if self._is_special or other._is_special:
            ans = self._check_nans(other, ctx)
            if ans is not None:
                return ans
            if not other._is_special and not other._int:
                return _dec(0, 1, 0)            # x ** 0 is 1, infinite x too
            if self._sign and (self._is_special or self._int) and not other._is_integral():
                return self._invalid(ctx)       # negative ** non-integer (infinity too)
            if other._exp == 'F':
                if not self._is_special and abs(self) == 1:
                    ctx._raise(Inexact)
                    ctx._raise(Rounded)
                    return _dec(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
                big = (abs(self) > 1) if not self._is_special else True
                if (other._sign == 0) == big:
                    return _dec(0, 0, 'F', True)
                return _dec(0, 0, 0)
            # self is infinite
            odd = other._is_integral() and int(other) % 2 == 1
            sign = self._sign if odd else 0
            if not other._int:
                return _dec(0, 1, 0)
            if other._sign:
                return _dec(sign, 0, 0)
            return _dec(sign, 0, 'F', True)
        if not other._is_integral():
            if self._sign and self._int:
                return self._invalid(ctx)
            if not self._int:
                if other._sign:
                    return _dec(0, 0, 'F', True)
                return _dec(0, 0, 0)
            return _pow_general(self, other, ctx)
        n = int(other)
        sign = self._sign if n % 2 else 0
        if not self._int:
            if n == 0:
                return self._invalid(ctx)
            if n < 0:
                return _dec(sign, 0, 'F', True)
            return _dec(sign, 0, 0)
        if n == 0:
            return _dec(0, 1, 0)
        adj = self.adjusted()
        lo, hi = adj * n, (adj + 1) * n
        if n < 0:
            lo, hi = hi, lo
        if lo > ctx.Emax + 1:
            return _dec(sign, 1, ctx.Emax + 1)._fix(ctx)
        if hi < ctx.Etiny() - 2:
            return _dec(sign, 1, ctx.Etiny() - 2)._fix(ctx)
        nd = _ndigits(self._int)
        if self._int == 10 ** (nd - 1):
            # a power of ten, 10**j * 10**exp: the result is a power of ten too. A
            # negative power is exactly 1E+k; a positive one keeps its ideal exponent and
            # loses only zeros to the precision (Rounded, not Inexact)
            p10 = (self._exp + nd - 1) * n
            if n < 0:
                return _dec(sign, 1, p10)._fix(ctx)
            if (nd - 1) * n + 1 > ctx.prec:
                ctx._raise(Rounded)
                return _dec(sign, 10 ** (ctx.prec - 1), p10 - ctx.prec + 1)._fix(ctx)
            return _dec(sign, 10 ** ((nd - 1) * n), self._exp * n)._fix(ctx)
        if abs(n) * _ndigits(self._int) > 2000:
            return _pow_big_int(self, n, sign, ctx)
        if n > 0:
            ideal = self._exp * n
            return _dec(sign, self._int ** n, ideal)._fix(ctx)
        # Negative power: 1 / x**-n, rounded once.
        denom = _dec(0, self._int ** -n, self._exp * -n)
        one = _dec(sign, 1, 0)
        return one.__truediv__(denom, context=ctx)

    def __rpow__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def _is_integral(self):
        if self._is_special:
            return False
        if self._exp >= 0 or not self._int:
            return True
        if -self._exp > _ndigits(self._int):
            return False        # 1e-999999999: no need to build 10**999999999
        return self._int % 10 ** -self._exp == 0

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            ans = self._check_nans(None, ctx)
            if ans is not None:
                return ans
        if not self._int and not self._is_special and ctx.rounding != ROUND_FLOOR:
            return _dec(0, 0, self._exp)._fix(ctx)
        return _dec(1 - self._sign, self._int, self._exp, self._is_special)._fix(ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            ans = self._check_nans(None, ctx)
            if ans is not None:
                return ans
        if not self._int and not self._is_special and ctx.rounding != ROUND_FLOOR:
            return _dec(0, 0, self._exp)._fix(ctx)
        return self._fix(ctx)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def _rescale(self, exp, rounding):
        # Same value with exponent [exp] (rounding when digits are dropped); no flags.
        if self._is_special:
            return _plain(self)
        if not self._int:
            return _dec(self._sign, 0, exp)
        if exp <= self._exp:
            return _dec(self._sign, self._int * 10 ** (self._exp - exp), exp)
        drop = exp - self._exp
        n = _ndigits(self._int)
        if drop > n + 1:
            coeff, _ = _round_coeff(1, 2, rounding, self._sign)
        else:
            coeff, _ = _round_coeff(self._int, drop, rounding, self._sign)
        return _dec(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        exp = _conv(exp, True)
        ctx = context or getcontext()
        if rounding is None:
            rounding = ctx.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, ctx)
            if ans is not None:
                return ans
            if self._exp == 'F' and exp._exp == 'F':
                return _plain(self)
            return self._invalid(ctx)
        if not ctx.Etiny() <= exp._exp <= ctx.Emax:
            return self._invalid(ctx)
        if not self._int:
            return _dec(self._sign, 0, exp._exp)._fix(ctx)
        if self.adjusted() > ctx.Emax:
            return self._invalid(ctx)
        if exp._exp > self._exp:
            drop = exp._exp - self._exp
            n = _ndigits(self._int)
            if drop > n + 1:
                coeff, inexact = _round_coeff(1, 2, rounding, self._sign)
            else:
                coeff, inexact = _round_coeff(self._int, drop, rounding, self._sign)
            ans = _dec(self._sign, coeff, exp._exp)
            if ans._int and ans.adjusted() > ctx.Emax:
                return self._invalid(ctx)
            if _ndigits(ans._int) > ctx.prec:
                return self._invalid(ctx)
            if ans._int and ans.adjusted() < ctx.Emin:
                ctx._raise(Subnormal)
            if inexact:
                ctx._raise(Inexact)
            ctx._raise(Rounded)
            return ans
        if self.adjusted() - exp._exp + 1 > ctx.prec:
            return self._invalid(ctx)
        if self.adjusted() < ctx.Emin:
            ctx._raise(Subnormal)
        return _dec(self._sign, self._int * 10 ** (self._exp - exp._exp), exp._exp)

    def same_quantum(self, other, context=None):
        other = _conv(other, True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and
                                                          other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._is_special:
            ans = self._check_nans(None, ctx)
            return ans if ans is not None else _plain(self)
        if self._exp >= 0:
            return _plain(self)
        return self._rescale(0, rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        if self._is_special:
            ans = self._check_nans(None, ctx)
            return ans if ans is not None else self
        if self._exp >= 0:
            return _plain(self)
        if not self._int:
            return _dec(self._sign, 0, 0)      # a zero loses its exponent, exactly
        ans = self._rescale(0, rounding or ctx.rounding)
        if ans != self:
            ctx._raise(Inexact)
        ctx._raise(Rounded)
        return ans

    def normalize(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            ans = self._check_nans(None, ctx)
            return ans if ans is not None else self
        dup = self._fix(ctx)
        if dup._is_special:
            return dup
        if not dup._int:
            return _dec(dup._sign, 0, 0)
        coeff, exp = dup._int, dup._exp
        exp_max = ctx.Etop() if ctx.clamp else ctx.Emax
        while coeff % 10 == 0 and exp < exp_max:
            coeff //= 10
            exp += 1
        return _dec(dup._sign, coeff, exp)

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            ans = self._check_nans(None, ctx)
            if ans is not None:
                return ans
            if self._sign == 0:
                return _plain(self)
            return self._invalid(ctx)
        if not self._int:
            return _dec(self._sign, 0, self._exp // 2)._fix(ctx)
        if self._sign:
            return self._invalid(ctx)
        prec = ctx.prec
        ideal = self._exp // 2
        c, e = self._int, self._exp
        shift = max(0, 2 * (prec + 2) - _ndigits(c))
        if (e - shift) % 2:
            shift += 1
        n = c * 10 ** shift
        ee = (e - shift) // 2
        r = _math.isqrt(n)
        if r * r == n:
            while ee < ideal and r % 10 == 0:
                r //= 10
                ee += 1
        else:
            r = r * 10 + 1
            ee -= 1
        with localcontext(ctx) as c2:
            c2.rounding = ROUND_HALF_EVEN
            try:
                ans = _dec(0, r, ee)._fix(c2)
            finally:  # a trapped condition (Overflow) still leaves its flags in ctx
                ctx._flags |= c2._flags
        return ans

    def exp(self, context=None):
        return _half_even(_exp_dec, self, context or getcontext())

    def ln(self, context=None):
        return _half_even(_ln_dec, self, context or getcontext())

    def log10(self, context=None):
        return _half_even(Decimal._log10, self, context or getcontext())

    def _log10(self, ctx):
        if self._is_special or self._sign or not self._int:
            return _ln_dec(self, ctx)
        c = self._int
        # Exact powers of ten give exact results.
        s = str(c)
        if s == '1' + '0' * (len(s) - 1):
            # exact; rounded to the context like any result (10 at prec 1 is 1E+1)
            n = self._exp + len(s) - 1
            return _dec(1 if n < 0 else 0, abs(n), 0)._fix(ctx)
        with localcontext(ctx) as c2:
            c2.prec = ctx.prec + 10
            r = _ln_dec(self, c2) / _ln_dec(Decimal(10), c2)
        return r._fix(ctx)

    def compare(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            ans = self._check_nans(other, ctx)
            return ans
        return Decimal(self._cmp(other))

    def _cmp(self, other):
        # -1, 0, 1 for non-NaN operands
        if self._is_special or other._is_special:
            a = 0 if not self._is_special else (-1 if self._sign else 1) * 2
            b = 0 if not other._is_special else (-1 if other._sign else 1) * 2
            if a or b:
                if a == b:
                    return 0
                if a == 0:
                    return -1 if b > 0 else 1
                if b == 0:
                    return 1 if a > 0 else -1
                return 1 if a > b else -1
        if not self._int and not other._int:
            return 0
        sa = -1 if self._sign else 1
        sb = -1 if other._sign else 1
        if not self._int:
            return -sb
        if not other._int:
            return sa
        if sa != sb:
            return sa
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e) if self.adjusted() - other.adjusted() < 100 \
            else None
        if a is None:
            return sa
        if other.adjusted() - self.adjusted() >= 100:
            return -sa
        b = other._int * 10 ** (other._exp - e)
        if a == b:
            return 0
        return sa if a > b else -sa

    def max(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan():
                return self._check_nans(other, ctx)
            if self.is_nan() and not other.is_nan():
                return other._fix(ctx)
            if other.is_nan() and not self.is_nan():
                return self._fix(ctx)
            return self._check_nans(other, ctx)
        c = self._cmp(other)
        if c == 0:
            c = (self._sign == 0) - (other._sign == 0) or _cmp_exp(self, other)
        return (self if c > 0 else other)._fix(ctx)

    def min(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan():
                return self._check_nans(other, ctx)
            if self.is_nan() and not other.is_nan():
                return other._fix(ctx)
            if other.is_nan() and not self.is_nan():
                return self._fix(ctx)
            return self._check_nans(other, ctx)
        c = self._cmp(other)
        if c == 0:
            c = (self._sign == 0) - (other._sign == 0) or _cmp_exp(self, other)
        return (self if c < 0 else other)._fix(ctx)

    # ---- less common operations ----

    def fma(self, other, third, context=None):
        other = _conv(other, True)
        third = _conv(third, True)
        ctx = context or getcontext()
        if self._is_special or other._is_special:
            if self.is_snan() or other.is_snan():
                # a signalling factor is the result, whatever third is
                return self._check_nans(other, ctx)
            product = self.__mul__(other, context=ctx)
            if product._isnan() and not (self._isnan() or other._isnan()):
                return product      # 0 * Inf is invalid whatever third is
            return product.__add__(third, context=ctx)
        product = _dec(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return product.__add__(third, context=ctx)

    def radix(self):
        return Decimal(10)

    def is_canonical(self):
        return True

    def number_class(self, context=None):
        ctx = context or getcontext()
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._exp == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if self.adjusted() < ctx.Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def logb(self, context=None):
        ctx = context or getcontext()
        if self._is_special:
            ans = self._check_nans(None, ctx)
            if ans is not None:
                return ans
            return _dec(0, 0, 'F', True)
        if not self._int:
            ctx._raise(DivisionByZero)
            return _dec(1, 0, 'F', True)
        return Decimal(self.adjusted())._fix(ctx)

    def scaleb(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        ans = self._check_nans(other, ctx)
        if ans is not None:
            return ans
        if other._is_special or other._exp != 0:
            return self._invalid(ctx)
        n = int(other)
        limit = 2 * (ctx.Emax + ctx.prec)
        if not -limit <= n <= limit:
            return self._invalid(ctx)
        if self._exp == 'F':
            return _plain(self)
        return _dec(self._sign, self._int, self._exp + n)._fix(ctx)

    def remainder_near(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        ans = self._check_nans(other, ctx)
        if ans is not None:
            return ans
        if self._exp == 'F':
            return self._invalid(ctx)
        if not other._is_special and not other._int:
            if not self._int:
                ctx._raise(DivisionUndefined)
                return _dec(0, 0, 'n', True)
            return self._invalid(ctx)
        if other._exp == 'F':
            return self._fix(ctx)
        ideal = min(self._exp, other._exp)
        if not self._int:
            return _dec(self._sign, 0, ideal)._fix(ctx)
        expdiff = self.adjusted() - other.adjusted()
        if expdiff >= ctx.prec + 1:
            ctx._raise(DivisionImpossible)
            return _dec(0, 0, 'n', True)
        if expdiff <= -2:
            return self._rescale(ideal, ctx.rounding)._fix(ctx)
        a = self._int * 10 ** (self._exp - ideal)
        b = other._int * 10 ** (other._exp - ideal)
        q, r = divmod(a, b)
        if 2 * r + (q & 1) > b:
            r -= b
            q += 1
        if q >= 10 ** ctx.prec:
            ctx._raise(DivisionImpossible)
            return _dec(0, 0, 'n', True)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _dec(sign, r, ideal)._fix(ctx)

    def compare_signal(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            ctx._raise(InvalidOperation)
            return self._check_nans(other, ctx) or _dec(0, 0, 'n', True)
        return self.compare(other, context=ctx)

    def _total_key_cmp(self, other):
        if self._sign != other._sign:
            return -1 if self._sign else 1
        s = -1 if self._sign else 1

        def cls(d):
            if d._exp == 'n':
                return 4
            if d._exp == 'N':
                return 3
            if d._exp == 'F':
                return 2
            return 1
        ca, cb = cls(self), cls(other)
        if ca != cb:
            return s if ca > cb else -s
        if ca >= 3:
            if self._int == other._int:
                return 0
            return s if self._int > other._int else -s
        if ca == 2:
            return 0
        c = self.copy_abs()._cmp(other.copy_abs())
        if c:
            return s * c
        if self._exp == other._exp:
            return 0
        return s if self._exp > other._exp else -s

    def compare_total(self, other, context=None):
        other = _conv(other, True)
        return Decimal(self._total_key_cmp(other))

    def compare_total_mag(self, other, context=None):
        other = _conv(other, True)
        return Decimal(self.copy_abs()._total_key_cmp(other.copy_abs()))

    def max_mag(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            return self.max(other, context=ctx)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            return self.max(other, context=ctx)
        return (self if c > 0 else other)._fix(ctx)

    def min_mag(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            return self.min(other, context=ctx)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            return self.min(other, context=ctx)
        return (self if c < 0 else other)._fix(ctx)

    def next_plus(self, context=None):
        ctx = context or getcontext()
        ans = self._check_nans(None, ctx)
        if ans is not None:
            return ans
        if self._exp == 'F':
            if self._sign:
                return _dec(1, 10 ** ctx.prec - 1, ctx.Etop())
            return _plain(self)
        c2 = ctx.copy()
        c2.rounding = ROUND_CEILING
        c2._traps = 0
        new = self._fix(c2)
        if new != self:
            return new
        return self.__add__(_dec(0, 1, ctx.Etiny() - 1), context=c2)

    def next_minus(self, context=None):
        ctx = context or getcontext()
        ans = self._check_nans(None, ctx)
        if ans is not None:
            return ans
        if self._exp == 'F':
            if not self._sign:
                return _dec(0, 10 ** ctx.prec - 1, ctx.Etop())
            return _plain(self)
        c2 = ctx.copy()
        c2.rounding = ROUND_FLOOR
        c2._traps = 0
        new = self._fix(c2)
        if new != self:
            return new
        return self.__sub__(_dec(0, 1, ctx.Etiny() - 1), context=c2)

    def next_toward(self, other, context=None):
        other = _conv(other, True)
        ctx = context or getcontext()
        ans = self._check_nans(other, ctx)
        if ans is not None:
            return ans
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        ans = self.next_plus(ctx) if c < 0 else self.next_minus(ctx)
        if ans._exp == 'F':
            ctx._record(Inexact)
            ctx._record(Rounded)
            ctx._raise(Overflow)
            ctx._raise(Inexact)
            ctx._raise(Rounded)
        elif ans.adjusted() < ctx.Emin:
            ctx._raise(Underflow)
            ctx._raise(Subnormal)
            ctx._raise(Inexact)
            ctx._raise(Rounded)
            if not ans._int:
                ctx._raise(Clamped)
        return ans

    def _logical_digits(self, ctx):
        if self._is_special or self._sign or self._exp != 0:
            return None
        s = str(self._int)
        if any(c not in '01' for c in s):
            return None
        return s.rjust(ctx.prec, '0')[-ctx.prec:]

    def _logical(self, other, ctx, op):
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx) if other is not None else a
        if a is None or b is None:
            return self._invalid(ctx)
        digits = ''.join(op(x, y) for x, y in zip(a, b))
        return Decimal(int(digits))

    def logical_and(self, other, context=None):
        return self._logical(_conv(other, True), context or getcontext(),
                             lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(_conv(other, True), context or getcontext(),
                             lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        return self._logical(_conv(other, True), context or getcontext(),
                             lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        return self._logical(None, context or getcontext(),
                             lambda x, y: '0' if x == '1' else '1')

    def _digit_move(self, other, ctx, rotate):
        other = _conv(other, True)
        ans = self._check_nans(other, ctx)
        if ans is not None:
            return ans
        if other._is_special or other._exp != 0 or not -ctx.prec <= int(other) <= ctx.prec:
            return self._invalid(ctx)
        if self._exp == 'F':
            return self
        n = int(other)
        digits = str(self._int).rjust(ctx.prec, '0')[-ctx.prec:]
        if rotate:
            k = n % ctx.prec if ctx.prec else 0
            digits = digits[k:] + digits[:k]
        elif n > 0:
            digits = (digits + '0' * n)[-ctx.prec:]
        elif n < 0:
            digits = ('0' * -n + digits)[:ctx.prec]
        return _dec(self._sign, int(digits), self._exp)

    def rotate(self, other, context=None):
        return self._digit_move(other, context or getcontext(), True)

    def shift(self, other, context=None):
        return self._digit_move(other, context or getcontext(), False)

    # ---- comparisons and hashing ----

    def _compare_prepare(self, other, op):
        if op in ('eq', 'ne') and isinstance(other, complex):
            if other.imag:
                return NotImplemented
            other = other.real
        if isinstance(other, float):
            if op in ('eq', 'ne'):
                # equality with a float only records the condition (CPython)
                getcontext()._record(FloatOperation)
            else:
                getcontext()._raise(FloatOperation)
            return Decimal.from_float(other)
        if isinstance(other, (Decimal, int)):
            return _conv(other)
        if type(other).__name__ == 'Fraction' and hasattr(other, 'denominator'):
            return other
        return NotImplemented

    def _rich(self, other, op):
        o = self._compare_prepare(other, op)
        if o is NotImplemented:
            return o
        if not isinstance(o, Decimal):
            # Fraction: compare self * denominator with numerator exactly.
            if self.is_nan():
                if op in ('eq', 'ne'):
                    return op == 'ne'
                getcontext()._raise(InvalidOperation)
                return False
            if self._is_special:
                c = -1 if self._sign else 1
            else:
                c = _cmp_fraction(self, o)
        else:
            if self.is_nan() or o.is_nan():
                if op in ('eq', 'ne'):
                    # a signaling NaN signals even in ==/!= (raises when trapped)
                    if self.is_snan() or o.is_snan():
                        getcontext()._raise(InvalidOperation)
                    return op == 'ne'
                getcontext()._raise(InvalidOperation)
                return False
            c = self._cmp(o)
        if op == 'eq':
            return c == 0
        if op == 'ne':
            return c != 0
        if op == 'lt':
            return c < 0
        if op == 'le':
            return c <= 0
        if op == 'gt':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._rich(other, 'eq')

    def __ne__(self, other):
        return self._rich(other, 'ne')

    def __lt__(self, other):
        return self._rich(other, 'lt')

    def __le__(self, other):
        return self._rich(other, 'le')

    def __gt__(self, other):
        return self._rich(other, 'gt')

    def __ge__(self, other):
        return self._rich(other, 'ge')

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        M = _sys.hash_info.modulus
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, M)
        else:
            exp_hash = pow(pow(10, M - 2, M), -self._exp, M)
        hash_ = self._int * exp_hash % M
        ans = -hash_ if self._sign else hash_
        return -2 if ans == -1 else ans

    def __bool__(self):
        return self._is_special or self._int != 0

    # ---- conversions ----

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        s = -1 if self._sign else 1
        if self._exp >= 0:
            return s * self._int * 10 ** self._exp
        return s * (self._int // 10 ** -self._exp)

    __trunc__ = __int__

    def __float__(self):
        if self._is_special:
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            if self.is_nan():
                return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_dec(0, 1, -n))
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __format__(self, specifier, context=None):
        return _format_decimal(self, specifier, context or getcontext())


_c_type_name(Decimal)


def _log2_10_bounds(k):
    # integers lo <= k * log2(10) <= hi (L / 10**15 < log2(10) < (L + 1) / 10**15)
    L, M = 3321928094887362, 10 ** 15
    if k >= 0:
        return k * L // M, -(-k * (L + 1) // M)
    return k * (L + 1) // M, -(-k * L // M)


def _cmp_fraction(d, f):
    # -1, 0, 1 comparing finite Decimal [d] with Fraction [f]; magnitudes far apart are
    # told by their sizes (D('1e425000000') must not become a 425-million-digit int)
    sd = 0 if not d._int else (-1 if d._sign else 1)
    sf = (f.numerator > 0) - (f.numerator < 0)
    if sd != sf or sd == 0:
        return (sd > sf) - (sd < sf)
    # 2**(fb-1) < |f| < 2**(fb+1); 10**adj <= |d| < 10**(adj+1)
    fb = abs(f.numerator).bit_length() - f.denominator.bit_length()
    adj = d.adjusted()
    if _log2_10_bounds(adj + 1)[1] <= fb - 1:
        return -sd
    if _log2_10_bounds(adj)[0] >= fb + 1:
        return sd
    n, m = d.as_integer_ratio()
    lhs = n * f.denominator
    rhs = f.numerator * m
    return (lhs > rhs) - (lhs < rhs)


def _cmp_exp(a, b):
    # Tie-break for max/min of equal values: larger exponent is "greater" when positive.
    if a._exp == b._exp:
        return 0
    r = 1 if a._exp > b._exp else -1
    return -r if a._sign else r


def _parse_decimal(text):
    # -> (sign, coeff, exp, is_special) or None
    s = text.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return (sign, 0, 'F', True)
    for prefix, code in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not payload.isdecimal():
                return None
            return (sign, int(payload or '0'), code, True)
    exp = 0
    if 'e' in low:
        low, _, e = low.partition('e')
        es = e[1:] if e[:1] in '+-' else e
        if not es or not es.isdecimal():
            return None
        exp = int(e)
    whole, dot, frac = low.partition('.')
    if not whole and not frac:
        return None
    for part in (whole, frac):
        if part and not part.isdecimal():
            return None
    digits = whole + frac
    return (sign, int(digits), exp - len(frac), False)


# ---- exp / ln / non-integral powers (computed with guard digits, then rounded) ----

def _half_even(f, x, ctx):
    # f(x, ctx) rounded half-even whatever ctx's rounding: exp, ln and log10 are
    # correctly rounded that way, as CPython documents; flags still land in ctx
    saved = ctx.rounding
    ctx.rounding = ROUND_HALF_EVEN
    try:
        return f(x, ctx)
    finally:
        ctx.rounding = saved


def _exp_dec(x, ctx):
    if x._is_special:
        ans = x._check_nans(None, ctx)
        if ans is not None:
            return ans
        return _dec(0, 0, 0) if x._sign else x
    if not x._int:
        return _dec(0, 1, 0)
    # |x| > 2.31 * (digits of the exponent range) (2.31 > ln 10): the result is below
    # the subnormal range (Underflow to 0) or above Emax (Overflow), whatever its digits
    if x._sign and _abs_exceeds(x, (2 - ctx.Etiny()) * 231 // 100 + 1):
        return _round_final(_dec(0, 1, ctx.Etiny() - 2), ctx)
    if not x._sign and _abs_exceeds(x, (ctx.Emax + 2) * 231 // 100 + 1):
        return _round_final(_dec(0, 1, ctx.Emax + 1), ctx)
    p = ctx.prec + 10
    with localcontext(ctx) as c2:
        c2.prec = p
        c2.rounding = ROUND_HALF_EVEN   # under ROUND_UP the terms never reach zero
        c2._traps = 0
        c2.Emax = MAX_EMAX
        c2.Emin = MIN_EMIN
        # Reduce: exp(x) = exp(x / 2**k) ** (2**k) with |x / 2**k| < 1/16, so that the
        # series of a negative argument does not cancel away its digits; each squaring
        # loses a little precision, paid for with k extra digits
        k = max(0, (x.adjusted() + 1) * 10 // 3 + 5)
        c2.prec = p + k
        y = x / (2 ** k) if k else x
        term = Decimal(1)
        total = Decimal(1)
        i = 1
        while True:
            term = term * y / i
            new = total + term
            if new == total:
                break
            total = new
            i += 1
        for _ in range(k):
            total = total * total
    return _round_final(total, ctx)


def _abs_exceeds(x, bound):
    # |x| > bound (a positive int) for a finite nonzero x, without building 10**adjusted
    adj = x.adjusted()
    nb = len(str(bound))
    if adj >= nb:
        return True
    if adj < nb - 1:
        return False
    return x.copy_abs()._cmp(Decimal(bound)) > 0


def _ln_dec(x, ctx):
    if x._is_special:
        ans = x._check_nans(None, ctx)
        if ans is not None:
            return ans
        if x._sign:
            return x._invalid(ctx)
        return x
    if not x._int:
        return _dec(1, 0, 'F', True)
    if x._sign:
        return x._invalid(ctx)
    if x._exp <= 0 and _ndigits(x._int) == 1 - x._exp and x._int == 10 ** -x._exp:
        return _dec(0, 0, 0)    # ln of one (1, 1.000, ...) is exactly 0
    p = ctx.prec + 10
    with localcontext(ctx) as c2:
        # x - 1 must be exact (all of x's digits): near 1 it is all ln x is made of
        c2.prec = max(p, _ndigits(x._int)) + 5
        c2.rounding = ROUND_HALF_EVEN   # under ROUND_UP the terms never reach zero
        c2._traps = 0
        c2.Emax = MAX_EMAX
        c2.Emin = MIN_EMIN
        # x = m * 10**e with m in [0.1, 1): ln x = ln m + e ln 10; x in [0.1, 10) is
        # taken as it is (e = 0), or ln m + ln 10 would cancel the digits of ln x near 1
        e = x.adjusted() + 1
        if e in (0, 1):
            e = 0
        m = _dec(0, x._int, x._exp - e)
        ln_m = _ln_small(m, c2)
        if e:
            ln_m = ln_m + e * _ln_small(Decimal(10), c2)
        total = ln_m
    return _round_final(total, ctx)


def _ln_small(m, c2):
    # ln via atanh series after halving the argument toward 1 with square roots.
    k = 0
    while abs(m - 1) > Decimal('0.1'):
        m = m.sqrt(context=c2)
        k += 1
    z = (m - 1) / (m + 1)
    z2 = z * z
    term = z
    total = z
    n = 1
    while True:
        term = term * z2
        n += 2
        new = total + term / n
        if new == total:
            break
        total = new
    return total * 2 * (2 ** k)


def _round_final(v, ctx):
    # an inexact result has all the context's digits (1.000000000000000, not 1), down
    # to the subnormal range
    r = v._fix(ctx) if v._is_special else _dec(v._sign, v._int, v._exp)._fix(ctx)
    if r._int and not r._is_special:
        pad = min(ctx.prec - _ndigits(r._int), r._exp - ctx.Etiny())
        if pad > 0:
            r = _dec(r._sign, r._int * 10 ** pad, r._exp - pad)
    ctx._raise(Inexact)
    ctx._raise(Rounded)
    return r


def _pow_big_int(x, n, sign, ctx):
    # x ** n for a large integral n: square-and-multiply with guard digits.
    with localcontext(ctx) as c2:
        c2.prec = ctx.prec + len(str(abs(n))) + 10
        c2._traps = 0
        c2.Emax = MAX_EMAX
        c2.Emin = MIN_EMIN
        base = x.copy_abs()
        result = Decimal(1)
        k = abs(n)
        while k:
            if k & 1:
                result = result.__mul__(base, context=c2)
            k >>= 1
            if k:
                base = base.__mul__(base, context=c2)
        if n < 0:
            result = Decimal(1).__truediv__(result, context=c2)
    return _round_final(_dec(sign, result._int, result._exp), ctx)


def _pow_general(x, y, ctx):
    # x ** y for x > 0 and y not an integer
    if x == 1:
        # exactly one, reported inexact at full precision as CPython does
        ctx._raise(Inexact)
        ctx._raise(Rounded)
        return _dec(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
    # |y * ln x| < 10**bound (|ln x| < 3 * (|adjusted(x)| + 1)). CPython's C decimal
    # takes exp(y * ln x) rounded half-even to max(digits of x, prec) + 23 digits, then
    # to the context: below that the result is 1 exactly, in every rounding mode (and
    # exp() of 1e-999999999 would otherwise work through a billion digits)
    bound = y.adjusted() + 2 + len(str(abs(x.adjusted()) + 1))
    if bound < -(max(_ndigits(x._int), ctx.prec) + 23):
        ctx._raise(Inexact)
        ctx._raise(Rounded)
        return _dec(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
    with localcontext(ctx) as c2:
        # CPython's working precision and rounding for exp(y * ln x)
        c2.prec = max(_ndigits(x._int), ctx.prec) + 23
        c2.rounding = ROUND_HALF_EVEN
        c2._traps = 0
        # the exponent range is the final rounding's business (Overflow, Underflow there)
        c2.Emax = MAX_EMAX
        c2.Emin = MIN_EMIN
        r = _exp_dec(y * _ln_dec(x, c2), c2)
    return _round_final(r, ctx)


# ---- formatting ----

def _parse_format_spec(spec):
    # [[fill]align][sign][z][#][0][width][grouping][.precision][type]
    i = 0
    n = len(spec)
    fill = ' '
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nozero = False
    if i < n and spec[i] == 'z':
        nozero = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        raise ValueError('invalid format string')
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        if align is None:
            fill, align = '0', '='
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    grouping = ''
    if i < n and spec[i] == ',':
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('Invalid format specifier')
        precision = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise ValueError('Invalid format specifier')
    if i != n:
        raise ValueError('Invalid format specifier')
    if align is None:
        align = '>'
    return fill, align, sign, nozero, alt, zeropad, width, grouping, precision, typ


def _format_decimal(d, spec, ctx):
    if not isinstance(spec, str):
        raise TypeError('format() argument must be str, not %s' % type(spec).__name__)
    fill, align, sign, nozero, alt, zeropad, width, grouping, precision, typ = \
        _parse_format_spec(spec)
    if typ is None:
        typ = ['g', 'G'][ctx.capitals]
        bare = True
    else:
        bare = False
    if typ == 'n':
        typ = 'g'
    rounding = ctx.rounding
    if d._is_special:
        body = str(d.copy_abs())
        if zeropad and fill == '0' and align == '=':
            fill, align = ' ', '>'
        if typ == '%':
            body += '%'
        neg = d._sign == 1
    else:
        if typ == '%':
            d = _dec(d._sign, d._int, d._exp + 2)
        if precision is None and typ in 'eE':
            pass
        elif typ in 'eE':
            digits = _ndigits(d._int)
            if digits > precision + 1:
                d = _dec(d._sign, *_round_to_digits(d._int, d._exp, precision + 1, rounding,
                                                   d._sign))
            elif d._int and digits < precision + 1:
                pad = precision + 1 - digits
                d = _dec(d._sign, d._int * 10 ** pad, d._exp - pad)
        elif typ in 'fF%':
            if precision is not None:
                d = d._rescale(-precision, rounding)
        elif typ in 'gG':
            if precision is not None:
                if precision == 0:
                    precision = 1
                if _ndigits(d._int) > precision:
                    d = _dec(d._sign, *_round_to_digits(d._int, d._exp, precision, rounding,
                                                       d._sign))
        if not d._int and d._exp > 0 and typ in 'fF%':
            d = _dec(d._sign, 0, 0)
        neg = d._sign == 1 and not (nozero and not d._int)
        digits_s = str(d._int) if d._int or d._exp is None else '0'
        if not d._int:
            digits_s = '0'
        leftdigits = d._exp + len(digits_s)
        if typ in 'eE':
            if not d._int and precision is not None:
                dotplace = 1 - precision
            else:
                dotplace = 1
        elif typ in 'fF%':
            dotplace = leftdigits
        else:
            if d._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * (-dotplace) + digits_s
        elif dotplace > len(digits_s):
            intpart = digits_s + '0' * (dotplace - len(digits_s))
            fracpart = ''
        else:
            intpart = digits_s[:dotplace] or '0'
            fracpart = digits_s[dotplace:]
        exp = leftdigits - dotplace
        if grouping:
            intpart = _group(intpart, grouping)
        body = intpart
        if fracpart or alt:
            body += '.' + fracpart
        if exp != 0 or typ in 'eE':
            echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[typ]
            body += '%s%+d' % (echar, exp)
        if typ == '%':
            body += '%'
    sign_s = '-' if neg else ('+' if sign == '+' else (' ' if sign == ' ' else ''))
    if width is not None:
        total = len(sign_s) + len(body)
        pad = width - total
        if pad > 0:
            if align == '<':
                return sign_s + body + fill * pad
            if align == '^':
                left = pad // 2
                return fill * left + sign_s + body + fill * (pad - left)
            if align == '=':
                if zeropad and grouping and fill == '0' and not d._is_special:
                    return sign_s + _zero_group(body, grouping, width - len(sign_s))
                return sign_s + fill * pad + body
            return fill * pad + sign_s + body
    return sign_s + body


def _round_to_digits(coeff, exp, ndig, rounding, sign):
    n = _ndigits(coeff)
    drop = n - ndig
    c, _ = _round_coeff(coeff, drop, rounding, sign)
    e = exp + drop
    if _ndigits(c) > ndig:
        c //= 10
        e += 1
    return c, e


def _group(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.append(intpart[-3:])
        intpart = intpart[:-3]
    out.append(intpart)
    return sep.join(reversed(out))


def _zero_group(body, sep, width):
    intpart, dot, rest = body.partition('.')
    digits = intpart.replace(sep, '')
    tail = (dot + rest) if dot else ''
    while True:
        g = _group(digits, sep)
        if len(g) + len(tail) >= width:
            return g + tail
        digits = '0' + digits


try:
    import numbers as _numbers
    _numbers.Number.register(Decimal)
except ImportError:
    pass
