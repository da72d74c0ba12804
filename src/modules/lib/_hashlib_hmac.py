"""The HMAC entry points of CPython's C module _hashlib (hmac_new, hmac_digest,
UnsupportedDigestmodError), which our _hashlib serves from here through its module
__getattr__, over our hmac module. CPython's own hmac.py uses them. Also the names of
the digests it has (openssl_md_meth_names) and get_fips_mode (never in FIPS mode)."""

import hashlib as _hashlib_py
import hmac as _hmac


class UnsupportedDigestmodError(ValueError):
    pass


UnsupportedDigestmodError.__module__ = '_hashlib'


def _check(digestmod):
    if isinstance(digestmod, str) and digestmod.lower() not in _hashlib_py.algorithms_available:
        raise UnsupportedDigestmodError('unsupported hash type ' + digestmod)


def hmac_new(key, msg=b'', digestmod=None):
    """Return a new hmac object."""
    if digestmod is None:
        raise TypeError("Missing required parameter 'digestmod'.")
    _check(digestmod)
    return _hmac.HMAC(key, msg, digestmod)


def hmac_digest(key, msg, digest):
    """Single-shot HMAC."""
    _check(digest)
    return _hmac.HMAC(key, msg, digest).digest()


def get_fips_mode():
    """Determine the OpenSSL FIPS mode of operation (here: never, 0)."""
    return 0


openssl_md_meth_names = frozenset(__import__('_hashlib')._algorithms)
