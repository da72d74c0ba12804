"""Iterators over the parts of a message.

safepy's own implementation; CPython 3.11 is the oracle."""

__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']

import sys
from io import StringIO


def walk(self):
    """The message and its subparts, depth first."""
    yield self
    if self.is_multipart():
        for subpart in self.get_payload():
            yield from subpart.walk()


def body_line_iterator(msg, decode=False):
    """The lines of every string payload of the message tree."""
    for subpart in msg.walk():
        payload = subpart.get_payload(decode=decode)
        if isinstance(payload, str):
            yield from StringIO(payload)


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """The subparts of that main type (and subtype, when given)."""
    for subpart in msg.walk():
        if subpart.get_content_maintype() == maintype:
            if subtype is None or subpart.get_content_subtype() == subtype:
                yield subpart


def _structure(msg, fp=None, level=0, include_default=False):
    """Print the content types of the message tree, indented by depth (a
    debugging aid; include_default adds each part's default type)."""
    out = sys.stdout if fp is None else fp
    line = ' ' * (level * 4) + msg.get_content_type()
    if include_default:
        line += ' [%s]' % msg.get_default_type()
    print(line, file=out)
    if msg.is_multipart():
        for subpart in msg.get_payload():
            _structure(subpart, out, level + 1, include_default)
