# A codec search function may return a plain 4-tuple (encoder, decoder, reader, writer), as
# test_charmapcodec's does: str.encode/bytes.decode/str(b, enc) and codecs.encode/decode
# asked it for .encode/.decode (AttributeError); CPython takes the functions by index
# (getencoder/getdecoder and the incremental getters do use the attributes there too).
import codecs
def enc(s, errors='strict'):
    return s.upper().encode('ascii', errors), len(s)
def dec(b, errors='strict'):
    return bytes(b).decode('ascii', errors).lower(), len(b)
def search(name):
    if name == 'tupcodec':
        return (enc, dec, None, None)
    if name == 'badcodec':
        return (enc, dec, None)
    return None
codecs.register(search)
print(type(codecs.lookup('tupcodec')).__name__)
print('abc'.encode('tupcodec'), b'ABC'.decode('tupcodec'), str(b'XYZ', 'tupcodec'))
print(codecs.encode('q', 'tupcodec'), codecs.decode(b'Q', 'tupcodec'))
for fn in (lambda: codecs.getencoder('tupcodec'), lambda: codecs.getdecoder('tupcodec'), lambda: 'a'.encode('badcodec'), lambda: codecs.getincrementalencoder('tupcodec'), lambda: 'a\xff'.encode('tupcodec')):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
