# The encodings package (was ModuleNotFoundError): the aliases table,
# normalize_encoding and search_function as python3.11 answers them.
import encodings, encodings.aliases, codecs
print(len(encodings.aliases.aliases), encodings.aliases.aliases['utf8'], encodings.aliases.aliases['latin1'], encodings.aliases.aliases['646'])
for n in ['UTF-8', '  latin 1 ', 'a--b..c', 'ütf8', '', '---', 'x y-z', 'utf_8', b'iso-8859-1', 'ASCII', '.x.']:
    print(repr(n), repr(encodings.normalize_encoding(n)))
for n in ['utf8', 'UTF-8', 'Latin1', 'latin1', 'ascii', 'utf-16-le', 'nope', 'utf_32', 'iso8859.1', 'us-ascii', '', 'u8', 'utf-8-sig', 'cp1252']:
    ci = encodings.search_function(n)
    print(n, None if ci is None else (ci.name, type(ci).__name__, ci.encode('h')[0][:4]))
print(encodings.CodecRegistryError.__mro__)
print(issubclass(encodings.CodecRegistryError, LookupError))
print(sorted(set(encodings.aliases.aliases.values()))[:10])
print(all(k == encodings.normalize_encoding(k).lower() or '.' in k for k in encodings.aliases.aliases))
