# codecs' stream classes: StreamReader read(size, chars, firstline)/readline/readlines/
# seek/reset across chunk boundaries, StreamWriter, StreamReaderWriter, StreamRecoder,
# EncodedFile, codecs.open, getreader/getwriter, the encodings.<name> modules' classes.
import codecs
import io
import os
import tempfile

text = "line one \u20ac\nsecond\r\nthird \U0001f600\rfourth\n\nlast"
for enc in ["utf-8", "utf-16", "utf-32-be", "utf-8-sig", "latin-1", "cp1252",
            "unicode_escape"]:
    t = text if enc not in ("latin-1", "cp1252") else text.replace("\u20ac", "e").replace("\U0001f600", ":)")
    data = t.encode(enc)
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, [r.readline() for _ in range(7)])
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, r.readlines())
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, repr(r.read(5)), repr(r.read(3, 2)), repr(r.read(chars=4)), repr(r.readline(4)),
          repr(r.readline(keepends=False)), repr(r.read()))
    r.seek(0)
    print(enc, repr(r.read(1, 1)), list(r)[:2])
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, [r.readline(size=3) for _ in range(4)])
    out = io.BytesIO()
    w = codecs.getwriter(enc)(out)
    w.write(t[:10])
    w.writelines([t[10:20], t[20:]])
    print(enc, out.getvalue() == data, w.closed if hasattr(w, "closed") else None)

r = codecs.getreader("utf-8")(io.BytesIO(b"ab\xff\ncd\n\xfe"))
try:
    print(r.readline())
    print(r.readline())
except UnicodeDecodeError as e:
    print("error", e)
r = codecs.getreader("utf-8")(io.BytesIO(b"ab\xffcd"), errors="replace")
print(r.read())
r = codecs.getreader("utf-8")(io.BytesIO(b"a\nb\nc\nd\n"))
print(r.readline(), r.linebuffer, r.read(2), r.readline())

buf = io.BytesIO()
srw = codecs.StreamReaderWriter(buf, codecs.getreader("utf-16-le"), codecs.getwriter("utf-16-le"))
srw.write("h\xe9llo\nworld")
print(buf.getvalue())
srw.seek(0)
print(srw.readline(), srw.read(), srw.encoding)
with srw:
    pass
print(buf.closed)

raw = io.BytesIO("d\xe9j\xe0 vu\n".encode("latin-1"))
ef = codecs.EncodedFile(raw, "utf-8", "latin-1")
print(ef.read(), ef.data_encoding, ef.file_encoding)
ef.write("\xfc\n".encode("utf-8"))
print(raw.getvalue())
rec = codecs.StreamRecoder(io.BytesIO(b"abc\ndef\n"), codecs.lookup("utf-16").encode,
                           codecs.lookup("utf-16").decode, codecs.getreader("ascii"),
                           codecs.getwriter("ascii"))
print(rec.readline(), rec.readlines())

import encodings.utf_8, encodings.cp1252, encodings.utf_16, encodings.latin_1
print(encodings.utf_8.decode(b"\xc3\xa9"), encodings.utf_8.encode("\xe9"),
      encodings.cp1252.decoding_table[0x80], len(encodings.cp1252.decoding_table),
      encodings.cp1252.Codec().encode("\u20ac"), encodings.utf_16.encode("a"),
      encodings.latin_1.Codec().decode(b"\xff"))
print(encodings.utf_8.IncrementalDecoder.__mro__[1].__name__,
      issubclass(encodings.utf_8.StreamReader, codecs.StreamReader),
      issubclass(encodings.cp1252.IncrementalEncoder, codecs.IncrementalEncoder),
      encodings.utf_8.getregentry().name, encodings.search_function("latin_1").name,
      encodings.search_function("no-such-codec"), encodings.normalize_encoding("  UTF--8 "))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM == codecs.BOM_LE)
ci = codecs.lookup("utf-8")
print(ci.name, ci.encode is encodings.utf_8.encode, ci.incrementaldecoder is encodings.utf_8.IncrementalDecoder,
      ci.streamwriter.__qualname__, type(ci).__name__, len(ci), ci[2] is ci.streamreader)
print(codecs.CodecInfo(None, None).incrementalencoder)
try:
    codecs.getincrementaldecoder("mbcs")
except LookupError as e:
    print("LookupError", e)

d = tempfile.mkdtemp()
path = os.path.join(d, "f.txt")
with codecs.open(path, "w", encoding="utf-16") as f:
    f.write("caf\xe9\n")
    f.write("two\n")
with open(path, "rb") as f:
    print(f.read())
with codecs.open(path, encoding="utf-16") as f:
    print(f.readlines(), f.encoding)
with codecs.open(path, "rb") as f:
    print(type(f).__name__, f.read(2))
os.remove(path)
os.rmdir(d)
import pickle
print(len(pickle.dumps(codecs.getreader("utf-8")(io.BytesIO(b"x")))) > 0)
