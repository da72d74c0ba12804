"""MIMEBase: the base class of the MIME message classes.

safepy's own implementation; CPython 3.11 is the oracle."""

__all__ = ['MIMEBase']

from email import message
from email._policybase import compat32


class MIMEBase(message.Message):
    """A message with Content-Type maintype/subtype (and parameters) and
    MIME-Version 1.0."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        if policy is None:
            policy = compat32
        message.Message.__init__(self, policy=policy)
        self.add_header('Content-Type', '%s/%s' % (_maintype, _subtype), **_params)
        self['MIME-Version'] = '1.0'
