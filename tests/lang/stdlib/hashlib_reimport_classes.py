# _hashlib imported again (as test.support.import_fresh_module does): each module's
# constructors make objects of the classes that module names.
import sys
import _hashlib
first = _hashlib
del sys.modules['_hashlib']
import _hashlib as again
print(again is not first)
print(isinstance(again.new('shake_128'), again.HASH), isinstance(again.openssl_sha1(), again.HASH))
print(isinstance(first.openssl_shake_256(), first.HASHXOF), isinstance(first.new('md5'), first.HASH))
print(type(first.openssl_sha1()).__name__, type(again.openssl_shake_128()).__name__)
