# \N{...} with a lone surrogate in the name: CPython's "bad escape \N" (unicodedata.lookup
# raises UnicodeEncodeError for such a name); found by tests/fuzz/fuzz_re.c's corpus
import re
import unicodedata
for p in ['\\N{LATIN SMALL LETTER \udcbe}', '\\N{LATIN SMALL LETTER \udcbe}\\N{EM DASH}',
          '[\\N{LATIN SMALL LETTER \udcbe}]', 'ab\\N{EM\udcff}', '\\N{LATIN SMALL LETTER \xe9}',
          '\\N{EM DASH}', '\\N{}', '\\N{EM DASH']:
    try:
        print(ascii(re.compile(p).pattern))
    except re.error as e:
        print(ascii(str(e)), e.pos)
for n in ['EM\udcff', 'EM DASH', 'em dash', 'NOPE', '\ud800']:
    try:
        print(ascii(unicodedata.lookup(n)))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))
