"""Policy objects of the email package: the compat32 policy.

safepy's own implementation; CPython 3.11 is the oracle."""

__all__ = ['Compat32', 'Policy', 'compat32']

import abc

from email.charset import UNKNOWN8BIT
from email.header import Header
from email.utils import _has_surrogates


class _PolicyBase:
    """Immutable settings: change them with clone() or by adding policies."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, self.__class__.__name__))
            super().__setattr__(name, value)

    def __repr__(self):
        args = ['{}={!r}'.format(name, value) for name, value in self.__dict__.items()]
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def clone(self, **kw):
        """A copy of the policy with the given attributes changed."""
        copy = self.__class__.__new__(self.__class__)
        for name, value in self.__dict__.items():
            object.__setattr__(copy, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, self.__class__.__name__))
            object.__setattr__(copy, name, value)
        return copy

    def __setattr__(self, name, value):
        if hasattr(self, name):
            message = "{!r} object attribute {!r} is read-only"
        else:
            message = "{!r} object has no attribute {!r}"
        raise AttributeError(message.format(self.__class__.__name__, name))

    def __add__(self, other):
        """A policy with other's non-default settings applied over self's."""
        return self.clone(**other.__dict__)


class Policy(_PolicyBase, metaclass=abc.ABCMeta):
    """The settings shared by every policy; a concrete policy defines how headers
    are parsed, stored, fetched and folded (the abstract methods)."""

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    verify_generated_headers = True

    def handle_defect(self, obj, defect):
        """Raise the defect, or record it on obj (when raise_on_defect is false)."""
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        """How many headers of that name a message may have (None: any number)."""
        return None

    @abc.abstractmethod
    def header_source_parse(self, sourcelines):
        """(name, value) of a parsed header's source lines."""

    @abc.abstractmethod
    def header_store_parse(self, name, value):
        """(name, value) to store for a header set by a program."""

    @abc.abstractmethod
    def header_fetch_parse(self, name, value):
        """The value a program gets for a stored header."""

    @abc.abstractmethod
    def fold(self, name, value):
        """The header as folded text lines ending in linesep."""

    @abc.abstractmethod
    def fold_binary(self, name, value):
        """fold() as bytes."""


class Compat32(Policy):
    """The policy of the Python 3.2 email package: header values are strings."""

    mangle_from_ = True

    def header_source_parse(self, sourcelines):
        """(name, value) of a header's source lines (continuations kept, the final
        line end dropped)."""
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        return (name, value)

    def _sanitize_header(self, name, value):
        """A value with undecodable bytes (surrogate escapes) as a Header of
        charset unknown-8bit; other values as they are."""
        if not isinstance(value, str):
            return value
        if _has_surrogates(value):
            return Header(value, charset=UNKNOWN8BIT, header_name=name)
        return value

    def header_fetch_parse(self, name, value):
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        """'Name: value' and linesep, the value folded by email.header.Header
        (undecodable bytes as unknown-8bit encoded words)."""
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        """fold() as bytes; with cte_type '8bit' undecodable bytes are kept."""
        return self._fold(name, value, sanitize=self.cte_type == '7bit').encode(
            'ascii', 'surrogateescape')

    def _fold(self, name, value, sanitize):
        parts = ['%s: ' % name]
        header = value
        if isinstance(value, str):
            if not _has_surrogates(value):
                header = Header(value, header_name=name)
            elif sanitize:
                    header = Header(value, charset=UNKNOWN8BIT, header_name=name)
            else:
                parts.append(value)
                header = None
        if header is not None:
            maxlinelen = 0 if self.max_line_length is None else self.max_line_length
            parts.append(header.encode(linesep=self.linesep, maxlinelen=maxlinelen))
        parts.append(self.linesep)
        return ''.join(parts)


compat32 = Compat32()
