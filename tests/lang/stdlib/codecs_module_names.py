# The codec registry functions belong to _codecs (as in CPython), so pickles of bytes at
# protocols 0-2 name _codecs.encode and load in either interpreter.
import codecs
import pickle
import _codecs
print([f.__module__ for f in (codecs.encode, codecs.decode, codecs.lookup, codecs.register,
                              codecs.lookup_error, codecs.register_error)])
print(_codecs.encode('hi', 'rot13'), _codecs.decode(b'\xc3\xa9'), _codecs.lookup('UTF8').name)
for proto in range(3):
    data = pickle.dumps(b'by\xff', protocol=proto)
    print(proto, data, pickle.loads(data))
print(pickle.loads(b'\x80\x02c_codecs\nencode\nq\x00X\x02\x00\x00\x00abq\x01X\x06\x00\x00\x00latin1q\x02\x86q\x03Rq\x04.'))
print(codecs.getencoder.__module__, codecs.encode.__name__)
