# _hashlib's HMAC entry points (hmac_new, hmac_digest, UnsupportedDigestmodError),
# which CPython's hmac.py calls.
import _hashlib
import hashlib
import hmac
E = _hashlib.UnsupportedDigestmodError
print(E.__module__, E.__name__, issubclass(E, ValueError))
h = _hashlib.hmac_new(b'key', b'msg', digestmod='sha256')
h.update(b'!')
print(h.name, h.digest_size, h.block_size, h.hexdigest() == hmac.new(b'key', b'msg!', 'sha256').hexdigest())
print(_hashlib.hmac_digest(b'k', b'm', 'md5').hex(), _hashlib.hmac_new(b'k', None, 'sha1').hexdigest())
print(_hashlib.hmac_new(b'k', b'm', hashlib.sha256).hexdigest()[:16])
try:
    _hashlib.hmac_new(b'k', b'm')
except TypeError as e:
    print(e)
for f in (lambda: _hashlib.hmac_new(b'k', b'm', 'nope'), lambda: _hashlib.hmac_digest(b'k', b'm', 'nope')):
    try:
        f()
    except ValueError as e:
        print(issubclass(type(e), ValueError))
try:
    _hashlib.missing
except AttributeError as e:
    print(e)
