"""The policies of the modern email API: header values become header objects
(email.headerregistry), and headers are folded by RFC 5322's rules.

safepy's own implementation; CPython 3.11 is the oracle."""

import re
import sys

from email._policybase import Policy, Compat32, compat32
from email.utils import _has_surrogates
from email.headerregistry import HeaderRegistry
from email.contentmanager import raw_data_manager
from email.message import EmailMessage

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict',
           'SMTP', 'HTTP']

linesep_splitter = re.compile(r'\n|\r')


class EmailPolicy(Policy):
    """The RFC-conforming policy: utf8 (allow UTF-8 headers instead of encoded
    words), refold_source ('none', 'long' or 'all': which source headers are
    refolded), header_factory (makes the header objects), content_manager
    (behind get_content/set_content)."""

    message_factory = EmailMessage
    utf8 = False
    refold_source = 'long'
    header_factory = HeaderRegistry()
    content_manager = raw_data_manager

    def __init__(self, **kw):
        # each policy gets its own registry unless one is given
        if 'header_factory' not in kw:
            object.__setattr__(self, 'header_factory', HeaderRegistry())
        super().__init__(**kw)

    def header_max_count(self, name):
        """The max_count of the header class for name."""
        return self.header_factory[name].max_count

    def header_source_parse(self, sourcelines):
        """(name, value) of a header's source lines: the value keeps its folding
        but not its final line end."""
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        """(name, header object); a header object of the same name is kept."""
        if hasattr(value, 'name') and value.name.lower() == name.lower():
            return (name, value)
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError('Header values may not contain linefeed '
                             'or carriage return characters')
        return (name, self.header_factory(name, value))

    def header_fetch_parse(self, name, value):
        """The header object for a stored value (source text is unfolded)."""
        if hasattr(value, 'name'):
            return value
        return self.header_factory(name, ''.join(linesep_splitter.split(value)))

    def fold(self, name, value):
        """'Name: value' and linesep; a source value is refolded as refold_source
        says, undecodable bytes become unknown-8bit encoded words."""
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        """fold() as bytes (UTF-8 when utf8 is set); with cte_type '8bit' a source
        value's undecodable bytes are written back as they were."""
        folded = self._fold(name, value, refold_binary=self.cte_type == '7bit')
        return folded.encode('utf8' if self.utf8 else 'ascii', 'surrogateescape')

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, 'name'):
            return value.fold(policy=self)
        maxlen = self.max_line_length if self.max_line_length else sys.maxsize
        lines = value.splitlines()
        if self.refold_source == 'all':
            refold = True
        elif self.refold_source == 'long':
            refold = bool(lines) and len(lines[0]) + len(name) + 2 > maxlen or \
                any(len(x) > maxlen for x in lines[1:])
        else:
            refold = False
        if refold or (refold_binary and _has_surrogates(value)):
            return self.header_factory(name, ''.join(lines)).fold(policy=self)
        return name + ': ' + self.linesep.join(lines) + self.linesep


default = EmailPolicy()
# the clones of default share the class's registry
del default.header_factory
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
