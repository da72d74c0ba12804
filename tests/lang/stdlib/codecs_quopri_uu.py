# encodings.quopri_codec and encodings.uu_codec (bytes transforms reached by
# codecs.encode/decode and their aliases) did not exist.
import codecs
for name in ('quopri_codec', 'uu_codec', 'quopri', 'uu', 'quoted-printable'):
    info = codecs.lookup(name)
    for data in (b'', b'abc', b'a=b \t\n\xff end \n', bytes(range(256)) * 2):
        e = codecs.encode(data, name)
        print(name, info.name, e[:80], codecs.decode(e, name) == data, codecs.encode(bytearray(data), name) == e)
for bad in (b'', b'xyz\n', b'begin 666 x\n#86)C\n', b'begin 666 x\n#86)CXXXX\n \nend\n', b'junk\nbegin\n\nend\n', b'begin 1 x\r\n#86)C\r\nend\r\n'):
    try:
        print(bad, codecs.decode(bad, 'uu'))
    except Exception as e:
        print(bad, type(e).__name__, e)
try:
    'x'.encode('quopri')
except LookupError as e:
    print(e)
try:
    b'x'.decode('uu')
except LookupError as e:
    print(e)
print(codecs.getincrementalencoder('uu')().encode(b'abc'), codecs.getincrementaldecoder('quopri')().decode(b'a=3D'))
for bad in (b'begin\n#86)C\rxx\nend\n', b'begin\n#86)C\nend', b'begin\n\n'):
    try:
        print(bad, codecs.decode(bad, 'uu'))
    except Exception as e:
        print(bad, type(e).__name__, e)
