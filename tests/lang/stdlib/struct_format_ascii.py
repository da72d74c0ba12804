# struct formats given as str must be ASCII: the ascii codec's UnicodeEncodeError, as in
# CPython (bytes formats: 'bad char'); Struct.__init__ with a format it cannot read
# shows the new format but keeps packing with the old layout (CPython 3.11).
import struct
for fmt in ("\udc00", "\ud55c", "h\xe9", b"\xff", "$", b"h\x00"):
    try:
        s = struct.Struct(fmt)
        print(repr(fmt), "ok", s.size)
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
    try:
        print(struct.calcsize(fmt))
    except Exception as e:
        print(repr(fmt), "calcsize", type(e).__name__, e)
s = struct.Struct(">hh")
for bad in ("\udc00", "$"):
    try:
        s.__init__(bad)
    except Exception as e:
        print(type(e).__name__, e)
    print(s.format, s.size, s.pack(1, 2))
