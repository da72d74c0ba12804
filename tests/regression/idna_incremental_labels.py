# encodings.idna's incremental classes converted each piece whole, so a label cut between
# pieces was wrong ('xn--pythn-mua' fed byte by byte stayed ASCII; iterencode of
# 'python.org' raised 'label empty or too long'); CPython's buffer the last label until
# its dot or the end.
import codecs
def attempt(fn):
    try:
        return ascii(fn())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
for s in (b'python.org', b'python.org.', b'xn--pythn-mua.org.', b'xn--pythn-mua.org', b'', b'a..b', b'.'):
    print(s, attempt(lambda: ''.join(codecs.iterdecode((bytes([c]) for c in s), 'idna'))))
for s in ('python.org', 'python.org.', 'pyth\xf6n.org.', 'pyth\xf6n.org', '\xe4x\u3002y\uff0e', '', 'a..b'):
    print(ascii(s), attempt(lambda: b''.join(codecs.iterencode(s, 'idna'))))
d = codecs.getincrementaldecoder('idna')()
print([attempt(lambda: d.decode(p)) for p in (b'xn--xam', b'ple-9ta.o', b'rg')], attempt(lambda: d.decode(b'', True)), d.getstate())
d.reset()
print([attempt(lambda: d.decode(p)) for p in (b'xn--xam', b'ple-9ta.o', b'rg.')], attempt(lambda: d.decode(b'', True)))
e = codecs.getincrementalencoder('idna')()
print([attempt(lambda: e.encode(p)) for p in ('\xe4x', 'ample.', 'org')], attempt(lambda: e.encode('', True)), e.getstate())
e.reset()
print([attempt(lambda: e.encode(p)) for p in ('\xe4xample.or', 'g.')], attempt(lambda: e.encode('', True)))
print(attempt(lambda: codecs.getincrementalencoder('idna')('ignore').encode('a')),
      attempt(lambda: codecs.getincrementaldecoder('idna')('replace').decode(b'a')),
      attempt(lambda: codecs.getincrementaldecoder('idna')().decode('\xe4x\u3002y.', True)),
      attempt(lambda: codecs.getincrementaldecoder('idna')().decode(b'\xff.', True)),
      attempt(lambda: codecs.getincrementalencoder('idna')().encode('a' * 64 + '.', False)),
      codecs.getincrementalencoder('idna').__module__)
