"""Policy objects of the email package: the compat32 policy.

safepy's own implementation; CPython 3.11 is the oracle.  Folding (used by the
generator) is not implemented yet: see docs/notes/email15.md."""

__all__ = ['Compat32', 'Policy', 'compat32']


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


class Policy(_PolicyBase):
    """The settings shared by every policy (the abstract base of CPython)."""

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

    def header_fetch_parse(self, name, value):
        return value


compat32 = Compat32()
