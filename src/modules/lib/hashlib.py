"""hashlib module - A common interface to many hash functions.

new(name, data=b'', **kwargs) - returns a new hash object implementing the given hash
function; the named constructors (md5(), sha256(), blake2b(), ...) are faster. The
digests themselves are computed by the C module _hashlib or, when that cannot be imported
(as CPython without OpenSSL), by the modules _md5, _sha1, _sha256, _sha512, _sha3, _blake2.
"""

try:
    import _hashlib
except ImportError:
    _hashlib = None

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac', 'file_digest')

# The builtin modules and the constructor names each gives (the upper-case ones are
# accepted for the SHA-1, SHA-2 and MD5 constructors).
_BUILTIN_MODULES = (
    ('_md5', ('md5',)), ('_sha1', ('sha1',)), ('_sha256', ('sha224', 'sha256')),
    ('_sha512', ('sha384', 'sha512')), ('_blake2', ('blake2b', 'blake2s')),
    ('_sha3', ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256')))
__builtin_constructor_cache = {}


def __get_builtin_constructor(name):
    """The constructor of hash [name] from its builtin module (imported on first use);
    ValueError if there is none."""
    cache = __builtin_constructor_cache
    constructor = cache.get(name)
    if constructor is not None:
        return constructor
    for modname, names in _BUILTIN_MODULES:
        if name in names or (name in ('MD5', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512')
                             and name.lower() in names):
            try:
                module = __import__(modname)
            except ImportError:
                break
            for n in names:
                cache[n] = getattr(module, n)
                if modname in ('_md5', '_sha1', '_sha256', '_sha512'):
                    cache[n.upper()] = cache[n]
            break
    constructor = cache.get(name)
    if constructor is not None:
        return constructor
    raise ValueError('unsupported hash type ' + name)


if _hashlib is not None:
    md5 = _hashlib.openssl_md5
    sha1 = _hashlib.openssl_sha1
    sha224 = _hashlib.openssl_sha224
    sha256 = _hashlib.openssl_sha256
    sha384 = _hashlib.openssl_sha384
    sha512 = _hashlib.openssl_sha512
    sha3_224 = _hashlib.openssl_sha3_224
    sha3_256 = _hashlib.openssl_sha3_256
    sha3_384 = _hashlib.openssl_sha3_384
    sha3_512 = _hashlib.openssl_sha3_512
    shake_128 = _hashlib.openssl_shake_128
    shake_256 = _hashlib.openssl_shake_256
    blake2b = _hashlib.blake2b
    blake2s = _hashlib.blake2s
else:
    md5 = __get_builtin_constructor('md5')
    sha1 = __get_builtin_constructor('sha1')
    sha224 = __get_builtin_constructor('sha224')
    sha256 = __get_builtin_constructor('sha256')
    sha384 = __get_builtin_constructor('sha384')
    sha512 = __get_builtin_constructor('sha512')
    sha3_224 = __get_builtin_constructor('sha3_224')
    sha3_256 = __get_builtin_constructor('sha3_256')
    sha3_384 = __get_builtin_constructor('sha3_384')
    sha3_512 = __get_builtin_constructor('sha3_512')
    shake_128 = __get_builtin_constructor('shake_128')
    shake_256 = __get_builtin_constructor('shake_256')
    blake2b = __get_builtin_constructor('blake2b')
    blake2s = __get_builtin_constructor('blake2s')


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if name in ('blake2b', 'blake2s'):
        return (blake2b if name == 'blake2b' else blake2s)(data, **kwargs)
    if _hashlib is None:
        return __get_builtin_constructor(name)(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s"
                        % type(hash_name).__name__)
    password = bytes(password)
    salt = bytes(salt)
    inner = new(hash_name)
    outer = new(hash_name)
    blocksize = inner.block_size
    if len(password) > blocksize:
        password = new(hash_name, password).digest()
    password = password + b'\x00' * (blocksize - len(password))
    inner.update(bytes(x ^ 0x36 for x in password))
    outer.update(bytes(x ^ 0x5C for x in password))

    def prf(msg):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    dkey = b''
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4, 'big'))
        rkey = int.from_bytes(prev, 'big')
        for i in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev, 'big')
        loop += 1
        dkey += rkey.to_bytes(inner.digest_size, 'big')
    return dkey[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        # io.BytesIO: its whole buffer, wherever its position is
        digestobj.update(fileobj.getbuffer())
        return digestobj
    # only binary files opened for reading have readinto()
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        digestobj.update(view[:size])
    return digestobj
