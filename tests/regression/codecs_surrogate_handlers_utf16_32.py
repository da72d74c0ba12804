# lookup_error('surrogatepass' / 'surrogateescape') and the UTF-16/32 codecs' error
# handling (found by tests/fuzz/fuzz_json.c via json.loads of bytes)
import codecs
cases = [(b'[\0]', 'utf-16-le'), (b'[\0]', 'utf-32-le'), (b'\0\0\0\0\0\0\0t', 'utf-32-be'), (b'\0\xd8\0[', 'utf-16-le'),
         (b'\0\xd8', 'utf-16-le'), (b'\0\xd8\0', 'utf-16-le'), (b'\0\xd8\0\xdc', 'utf-16-le'), (b'\0\xdc\0\xd8', 'utf-16-le'),
         (b'\0\xd8\0\0', 'utf-32-le'), (b'\xff\xfe[\0\0', 'utf-16'),
         (b'\xff\xfe\0\0\0\xd8\0\0', 'utf-32'), (b'\x80', 'utf-8'), (b'\xed\xa0\x80x', 'utf-8'), (b'a\x80\xffb', 'utf-16-le'),
         (b'\0\0\x11\0', 'utf-32-le'), (b'\0\xd8\0\xd8\0\xdc', 'utf-16-le')]
for d, e in cases:
    for h in ['surrogatepass', 'strict', 'replace', 'surrogateescape', 'backslashreplace', 'ignore']:
        try: print(e, h, ascii(d.decode(e, h)))
        except Exception as ex: print(e, h, type(ex).__name__, ex)
for s, e in [('\ud800', 'utf-16-le'), ('a\udcffb', 'utf-16-be'), ('\udc80', 'utf-32'), ('\ud800x', 'utf-8')]:
    for h in ['surrogatepass', 'surrogateescape', 'strict']:
        try: print(e, h, s.encode(e, h))
        except Exception as ex: print(e, h, type(ex).__name__, ex)
print(codecs.lookup_error('surrogatepass').__name__, codecs.lookup_error('surrogateescape').__name__)
try: codecs.lookup_error('surrogatepass')(ValueError('x'))
except Exception as ex: print(type(ex).__name__, ex)
