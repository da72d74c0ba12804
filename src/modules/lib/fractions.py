"""Fraction, rational numbers with arbitrary precision (safepy's own implementation of
CPython 3.11's fractions module).

A Fraction is kept normalised: the denominator is positive and gcd(num, den) == 1.
"""

import math as _math
import sys as _sys

__all__ = ['Fraction']

_PyHASH_MODULUS = _sys.hash_info.modulus
_PyHASH_INF = _sys.hash_info.inf

try:
    import numbers as _numbers
except ImportError:
    _numbers = None


def _is_rational(x):
    if isinstance(x, (int, Fraction)):
        return True
    return _numbers is not None and isinstance(x, _numbers.Rational)


def _is_digits(s):
    # One or more ASCII digits in groups joined by single underscores.
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    for c in s:
        if not ('0' <= c <= '9' or c == '_'):
            return False
    return True


def _parse(text):
    # -> (numerator, denominator) or None when the literal is invalid.
    s = text.strip()
    if not s:
        return None
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if not s or not (s[0].isdigit() and s[0].isascii() or
                     (s[0] == '.' and len(s) > 1 and '0' <= s[1] <= '9')):
        return None
    if '/' in s:
        num, _, den = s.partition('/')
        if not _is_digits(num) or not _is_digits(den):
            return None
        return sign * int(num), int(den)
    low = s.lower()
    exp = 0
    if 'e' in low:
        low, _, e = low.partition('e')
        esign = 1
        if e[:1] in ('+', '-'):
            if e[0] == '-':
                esign = -1
            e = e[1:]
        if not _is_digits(e):
            return None
        exp = esign * int(e)
    whole, dot, frac = low.partition('.')
    if whole and not _is_digits(whole):
        return None
    if frac and not _is_digits(frac):
        return None
    if not whole and not frac:
        return None
    frac = frac.replace('_', '')
    num = int(whole or '0') * 10 ** len(frac) + int(frac or '0')
    den = 10 ** len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction:
    """This class implements rational numbers."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or type(numerator).__name__ == 'Decimal':
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                r = _parse(numerator)
                if r is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = r
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if type(dec).__name__ != 'Decimal':
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction convergents p/q until q would exceed the bound, then
        # pick the closer of the last convergent and the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic ----

    def _binary(a, b, op, fallback):
        if isinstance(b, (int, Fraction)):
            return op(a, b)
        if _numbers is not None and isinstance(b, _numbers.Rational) and not isinstance(b, float):
            return op(a, b)
        if isinstance(b, float):
            return fallback(float(a), b)
        if isinstance(b, complex):
            return fallback(complex(a), b)
        return NotImplemented

    def _rbinary(b, a, op, fallback):
        if isinstance(a, int) or (_numbers is not None and isinstance(a, _numbers.Rational)
                                  and not isinstance(a, float)):
            return op(Fraction(a), b)
        if isinstance(a, float):
            return fallback(a, float(b))
        if isinstance(a, complex):
            return fallback(a, complex(b))
        return NotImplemented

    # The four operations below keep operands small before multiplying (Knuth, TAOCP
    # 4.5.1): gcds are taken of the denominators (often small or coprime) rather than of
    # the full products, and the result comes out normalised without a big gcd.

    @staticmethod
    def _add(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = _math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    @staticmethod
    def _sub(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = _math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    @staticmethod
    def _mul(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        if na == 0 or nb == 0:
            return Fraction(0)
        g1 = _math.gcd(na, db)
        g2 = _math.gcd(nb, da)
        return Fraction((na // g1) * (nb // g2), (da // g2) * (db // g1), _normalize=False)

    @staticmethod
    def _div(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g2 = _math.gcd(db, da)
        if nb == 0:
            n = ((na > 0) - (na < 0)) * (db // g2)
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g1 = _math.gcd(na, nb)
        n = (na // g1) * (db // g2)
        d = (nb // g1) * (da // g2)
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        if n == 0:
            return Fraction(0)
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    @staticmethod
    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    @staticmethod
    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    @staticmethod
    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def __add__(a, b):
        return a._binary(b, Fraction._add, lambda x, y: x + y)

    def __radd__(b, a):
        return b._rbinary(a, Fraction._add, lambda x, y: x + y)

    def __sub__(a, b):
        return a._binary(b, Fraction._sub, lambda x, y: x - y)

    def __rsub__(b, a):
        return b._rbinary(a, Fraction._sub, lambda x, y: x - y)

    def __mul__(a, b):
        return a._binary(b, Fraction._mul, lambda x, y: x * y)

    def __rmul__(b, a):
        return b._rbinary(a, Fraction._mul, lambda x, y: x * y)

    def __truediv__(a, b):
        return a._binary(b, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(b, a):
        return b._rbinary(a, Fraction._div, lambda x, y: x / y)

    def __floordiv__(a, b):
        return a._binary(b, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(b, a):
        return b._rbinary(a, Fraction._floordiv, lambda x, y: x // y)

    def __divmod__(a, b):
        return a._binary(b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return b._rbinary(a, Fraction._divmod, divmod)

    def __mod__(a, b):
        return a._binary(b, Fraction._mod, lambda x, y: x % y)

    def __rmod__(b, a):
        return b._rbinary(a, Fraction._mod, lambda x, y: x % y)

    def __pow__(a, b):
        if _is_rational(b) and not isinstance(b, float):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator > 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a) and not isinstance(a, float):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        # plain ints: an Integral's own true division need not give a float (numbers.Rational)
        return int(a._numerator) / int(a._denominator)

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        dinv = pow(self._denominator, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)
        if not dinv:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b) and not isinstance(b, float):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other) and not isinstance(other, float):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


if _numbers is not None:
    try:
        _numbers.Rational.register(Fraction)
    except Exception:
        pass
