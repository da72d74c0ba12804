"""Encoders setting a message's payload encoding and Content-Transfer-Encoding.

safepy's own implementation; CPython 3.11 is the oracle."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

from base64 import encodebytes as _encodebytes
from quopri import encodestring as _quopri_encodestring


def _qencode(s):
    # spaces are escaped too: a body may be re-wrapped
    return _quopri_encodestring(s, quotetabs=True).replace(b' ', b'=20')


def encode_base64(msg):
    """Encode the payload in base64 and set Content-Transfer-Encoding."""
    original = msg.get_payload(decode=True)
    msg.set_payload(str(_encodebytes(original), 'ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    """Encode the payload in quoted-printable and set Content-Transfer-Encoding."""
    original = msg.get_payload(decode=True)
    msg.set_payload(_qencode(original))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    """Set Content-Transfer-Encoding to 7bit or 8bit after the payload's bytes."""
    original = msg.get_payload(decode=True)
    if original is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        original.decode('ascii')
    except UnicodeDecodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    """Do nothing."""
