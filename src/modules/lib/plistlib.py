"""Apple property lists (safepy's own implementation of CPython 3.11's plistlib).

Two formats: XML (read with xml.parsers.expat, written by _XMLWriter) and binary
"bplist00" (_BinaryReader, _BinaryWriter).  Values: dict, list/tuple, str, bytes/
bytearray, int (-2**63 <= i < 2**64), float, bool, datetime.datetime (naive, UTC) and
UID (binary only; None is accepted by the binary format too).
"""

__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads",
           "dumps", "UID"]

import binascii
import codecs
import datetime
import enum
import os
import re
import struct
from io import BytesIO
from xml.parsers.expat import ParserCreate

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
globals().update(PlistFormat.__members__)


class UID:
    """A keyed-archiver object reference: an int in [0, 2**64)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, repr(self.data))

    def __reduce__(self):
        return self.__class__, (self.data,)

    def __eq__(self, other):
        if not isinstance(other, UID):
            return NotImplemented
        return self.data == other.data

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# ---- XML

PLISTHEADER = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
"""

# C0 controls other than tab, newline and carriage return cannot be written in XML 1.0
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DATE = re.compile(r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
                   r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z",
                   re.ASCII)
_DATE_FIELDS = ("year", "month", "day", "hour", "minute", "second")


def _date_from_string(s):
    # the leading fields that are present; datetime() checks what is missing
    fields = _DATE.match(s).groupdict()
    values = []
    for name in _DATE_FIELDS:
        if fields[name] is None:
            break
        values.append(int(fields[name]))
    return datetime.datetime(*values)


def _date_to_string(d):
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (d.year, d.month, d.day, d.hour, d.minute,
                                              d.second)


def _escape(text):
    if _CONTROL_CHARS.search(text) is not None:
        raise ValueError("strings can't contain control characters; use bytes instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _base64_lines(data, width):
    # base64 in lines of at most [width] characters (whole 4-character groups)
    chunk = (width // 4) * 3
    return [binascii.b2a_base64(data[i:i + chunk], newline=False)
            for i in range(0, len(data), chunk)]


class _XMLReader:
    """Builds the value from expat's events: containers on a stack, a dict's pending key
    in self.key."""

    def __init__(self, dict_type):
        self.stack = []
        self.key = None
        self.root = None
        self.dict_type = dict_type
        self.text = []

    def parse(self, fileobj):
        self.parser = ParserCreate()
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.text.append
        self.parser.EntityDeclHandler = self.entity_decl
        self.parser.ParseFile(fileobj)
        return self.root

    def entity_decl(self, *args):
        # entities are refused: they are what XML bombs are made of
        raise InvalidFileException("XML entity declarations are not supported in plist files")

    def line(self):
        return self.parser.CurrentLineNumber

    def take_text(self):
        s = "".join(self.text)
        self.text.clear()
        return s

    def start(self, tag, attrs):
        self.text.clear()
        if tag == "dict":
            self.push(self.dict_type())
        elif tag == "array":
            self.push([])

    def push(self, container):
        self.add(container)
        self.stack.append(container)

    def add(self, value):
        if self.key is not None:
            if not isinstance(self.stack[-1], dict):
                raise ValueError("unexpected element at line %d" % self.line())
            self.stack[-1][self.key] = value
            self.key = None
        elif not self.stack:
            self.root = value
        else:
            if not isinstance(self.stack[-1], list):
                raise ValueError("unexpected element at line %d" % self.line())
            self.stack[-1].append(value)

    def end(self, tag):
        if tag == "dict":
            if self.key:
                raise ValueError("missing value for key '%s' at line %d" % (self.key, self.line()))
            self.stack.pop()
        elif tag == "array":
            self.stack.pop()
        elif tag == "key":
            if self.key or not isinstance(self.stack[-1], dict):
                raise ValueError("unexpected key at line %d" % self.line())
            self.key = self.take_text()
        elif tag == "true":
            self.add(True)
        elif tag == "false":
            self.add(False)
        elif tag == "integer":
            raw = self.take_text()
            self.add(int(raw, 16) if raw.startswith(("0x", "0X")) else int(raw))
        elif tag == "real":
            self.add(float(self.take_text()))
        elif tag == "string":
            self.add(self.take_text())
        elif tag == "data":
            self.add(binascii.a2b_base64(self.take_text().encode("utf-8")))
        elif tag == "date":
            self.add(_date_from_string(self.take_text()))


class _XMLWriter:
    def __init__(self, file, sort_keys=True, skipkeys=False):
        self.file = file
        self.level = 0
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def line(self, text):
        if text:
            self.file.write(b"\t" * self.level)
            self.file.write(text.encode("utf-8") if isinstance(text, str) else text)
        self.file.write(b"\n")

    def element(self, tag, text):
        self.line("<%s>%s</%s>" % (tag, _escape(text), tag))

    def write(self, value):
        self.file.write(PLISTHEADER)
        self.line('<plist version="1.0">')
        self.value(value)
        self.line("</plist>")

    def value(self, value):
        if isinstance(value, str):
            self.element("string", value)
        elif value is True:
            self.line("<true/>")
        elif value is False:
            self.line("<false/>")
        elif isinstance(value, int):
            if not -1 << 63 <= value < 1 << 64:
                raise OverflowError(value)
            self.element("integer", "%d" % value)
        elif isinstance(value, float):
            self.element("real", repr(value))
        elif isinstance(value, dict):
            self.dict(value)
        elif isinstance(value, (bytes, bytearray)):
            self.data(value)
        elif isinstance(value, datetime.datetime):
            self.element("date", _date_to_string(value))
        elif isinstance(value, (tuple, list)):
            self.array(value)
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def dict(self, d):
        if not d:
            self.line("<dict/>")
            return
        self.line("<dict>")
        self.level += 1
        for key, value in (sorted(d.items()) if self.sort_keys else d.items()):
            if not isinstance(key, str):
                if self.skipkeys:
                    continue
                raise TypeError("keys must be strings")
            self.element("key", key)
            self.value(value)
        self.level -= 1
        self.line("</dict>")

    def array(self, items):
        if not items:
            self.line("<array/>")
            return
        self.line("<array>")
        self.level += 1
        for value in items:
            self.value(value)
        self.level -= 1
        self.line("</array>")

    def data(self, data):
        # the base64 lines sit at the tag's own indentation, 76 columns wide counting a
        # tab as 8 (but at least 16)
        self.line("<data>")
        width = max(16, 76 - 8 * self.level)
        for chunk in _base64_lines(data, width):
            self.line(chunk)
        self.line("</data>")


def _is_xml(header):
    starts = (b'<?xml', b'<plist')
    if header.startswith(starts):
        return True
    # the same in UTF-8 or UTF-16 after a byte order mark (expat has no UTF-32)
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                          (codecs.BOM_UTF16_LE, "utf-16-le")):
        if header.startswith(bom):
            for start in starts:
                if header.startswith(bom + start.decode("ascii").encode(encoding)):
                    return True
    return False


# ---- binary: "bplist00", the objects, their offset table, a 32-byte trailer

_UINT = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}
_undefined = object()


def _uint_size(n):
    # bytes needed for unsigned n (1, 2, 4 or 8)
    for size in (1, 2, 4):
        if n < 1 << (8 * size):
            return size
    return 8


def _is_binary(header):
    return header[:8] == b'bplist00'


class _BinaryReader:
    def __init__(self, dict_type):
        self.dict_type = dict_type

    def parse(self, fp):
        try:
            self.fp = fp
            fp.seek(-32, os.SEEK_END)
            trailer = fp.read(32)
            if len(trailer) != 32:
                raise InvalidFileException()
            (offset_size, self.ref_size, count, top,
             table) = struct.unpack('>6xBBQQQ', trailer)
            fp.seek(table)
            self.offsets = self.read_uints(count, offset_size)
            self.objects = [_undefined] * count
            return self.read(top)
        except (OSError, IndexError, struct.error, OverflowError, ValueError):
            raise InvalidFileException()

    def read_uints(self, n, size):
        data = self.fp.read(size * n)
        if size in _UINT:
            return struct.unpack(f'>{n}{_UINT[size]}', data)
        if not size or len(data) != size * n:
            raise InvalidFileException()
        return tuple(int.from_bytes(data[i:i + size], 'big') for i in range(0, size * n, size))

    def length(self, low):
        # a length of 15 or more follows the marker as an int object
        if low != 0xF:
            return low
        size = 1 << (self.fp.read(1)[0] & 0x3)
        return struct.unpack('>' + _UINT[size], self.fp.read(size))[0]

    def exact(self, n):
        data = self.fp.read(n)
        if len(data) != n:
            raise InvalidFileException()
        return data

    def read(self, ref):
        # containers are registered before their items are read, so references back
        # to them (cycles) give the same object
        result = self.objects[ref]
        if result is not _undefined:
            return result
        self.fp.seek(self.offsets[ref])
        marker = self.fp.read(1)[0]
        high, low = marker & 0xF0, marker & 0x0F
        if marker == 0x00:
            result = None
        elif marker == 0x08:
            result = False
        elif marker == 0x09:
            result = True
        elif marker == 0x0F:
            result = b''
        elif high == 0x10:
            result = int.from_bytes(self.fp.read(1 << low), 'big', signed=low >= 3)
        elif marker == 0x22:
            result = struct.unpack('>f', self.fp.read(4))[0]
        elif marker == 0x23:
            result = struct.unpack('>d', self.fp.read(8))[0]
        elif marker == 0x33:
            # seconds since 2001-01-01 (the Mac OS X epoch)
            seconds = struct.unpack('>d', self.fp.read(8))[0]
            result = datetime.datetime(2001, 1, 1) + datetime.timedelta(seconds=seconds)
        elif high == 0x40:
            result = self.exact(self.length(low))
        elif high == 0x50:
            result = self.exact(self.length(low)).decode('ascii')
        elif high == 0x60:
            result = self.exact(self.length(low) * 2).decode('utf-16be')
        elif high == 0x80:
            result = UID(int.from_bytes(self.fp.read(1 + low), 'big'))
        elif high == 0xA0:
            refs = self.read_uints(self.length(low), self.ref_size)
            result = self.objects[ref] = []
            result.extend(self.read(r) for r in refs)
        elif high == 0xD0:
            n = self.length(low)
            keys = self.read_uints(n, self.ref_size)
            values = self.read_uints(n, self.ref_size)
            result = self.objects[ref] = self.dict_type()
            try:
                for k, v in zip(keys, values):
                    result[self.read(k)] = self.read(v)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        self.objects[ref] = result
        return result


_SCALARS = (str, int, float, datetime.datetime, bytes)


class _BinaryWriter:
    def __init__(self, fp, sort_keys=True, skipkeys=False):
        self.fp = fp
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def write(self, value):
        # Number the objects: equal scalars share one object, containers are numbered
        # by identity (so a container met again, even inside itself, is referenced).
        self.objects = []
        self.by_value = {}
        self.by_id = {}
        self.number(value)
        count = len(self.objects)
        self.offsets = [0] * count
        self.ref_code = _UINT[_uint_size(count)]
        self.fp.write(b'bplist00')
        for obj in self.objects:
            self.write_object(obj)
        top = self.ref(value)
        table = self.fp.tell()
        offset_size = _uint_size(table)
        self.fp.write(struct.pack('>' + _UINT[offset_size] * count, *self.offsets))
        self.fp.write(struct.pack('>5xBBBQQQ', 0, offset_size, _uint_size(count), count, top,
                                  table))

    def ref(self, value):
        if isinstance(value, _SCALARS):
            return self.by_value[(type(value), value)]
        return self.by_id[id(value)]

    def items(self, d):
        # a dict's (keys, values) to write, non-str keys skipped or refused
        keys, values = [], []
        for k, v in (sorted(d.items()) if self.sort_keys else d.items()):
            if not isinstance(k, str):
                if self.skipkeys:
                    continue
                raise TypeError("keys must be strings")
            keys.append(k)
            values.append(v)
        return keys, values

    def number(self, value):
        if isinstance(value, _SCALARS):
            if (type(value), value) in self.by_value:
                return
            self.by_value[(type(value), value)] = len(self.objects)
        else:
            if id(value) in self.by_id:
                return
            self.by_id[id(value)] = len(self.objects)
        self.objects.append(value)
        if isinstance(value, dict):
            keys, values = self.items(value)
            for o in keys + values:
                self.number(o)
        elif isinstance(value, (list, tuple)):
            for o in value:
                self.number(o)

    def write_length(self, marker, n):
        if n < 15:
            self.fp.write(struct.pack('>B', marker | n))
            return
        size = _uint_size(n)
        self.fp.write(struct.pack('>BB' + _UINT[size], marker | 0xF,
                                  0x10 | (size.bit_length() - 1), n))

    def write_refs(self, refs):
        self.fp.write(struct.pack('>' + self.ref_code * len(refs), *refs))

    def write_object(self, value):
        self.offsets[self.ref(value)] = self.fp.tell()
        out = self.fp.write
        if value is None:
            out(b'\x00')
        elif value is False:
            out(b'\x08')
        elif value is True:
            out(b'\x09')
        elif isinstance(value, int):
            if value < 0:
                try:
                    out(struct.pack('>Bq', 0x13, value))
                except struct.error:
                    raise OverflowError(value) from None
            elif value < 1 << 63:
                size = _uint_size(value)
                out(struct.pack('>B' + _UINT[size], 0x10 | (size.bit_length() - 1), value))
            elif value < 1 << 64:
                out(b'\x14' + value.to_bytes(16, 'big', signed=True))
            else:
                raise OverflowError(value)
        elif isinstance(value, float):
            out(struct.pack('>Bd', 0x23, value))
        elif isinstance(value, datetime.datetime):
            seconds = (value - datetime.datetime(2001, 1, 1)).total_seconds()
            out(struct.pack('>Bd', 0x33, seconds))
        elif isinstance(value, (bytes, bytearray)):
            self.write_length(0x40, len(value))
            out(value)
        elif isinstance(value, str):
            try:
                data = value.encode('ascii')
                self.write_length(0x50, len(value))
            except UnicodeEncodeError:
                data = value.encode('utf-16be')
                self.write_length(0x60, len(data) // 2)
            out(data)
        elif isinstance(value, UID):
            if value.data < 0:
                raise ValueError("UIDs must be positive")
            if value.data >= 1 << 64:
                raise OverflowError(value)
            size = _uint_size(value.data)
            out(struct.pack('>B' + _UINT[size], 0x80 | (size - 1), value.data))
        elif isinstance(value, (list, tuple)):
            refs = [self.ref(o) for o in value]
            self.write_length(0xA0, len(refs))
            self.write_refs(refs)
        elif isinstance(value, dict):
            keys, values = self.items(value)
            self.write_length(0xD0, len(keys))
            self.write_refs([self.ref(k) for k in keys])
            self.write_refs([self.ref(v) for v in values])
        else:
            raise TypeError(value)


_FORMATS = {
    FMT_XML: dict(detect=_is_xml, parser=_XMLReader, writer=_XMLWriter),
    FMT_BINARY: dict(detect=_is_binary, parser=_BinaryReader, writer=_BinaryWriter),
}


def load(fp, *, fmt=None, dict_type=dict):
    """Read a .plist file. 'fp' should be a readable and binary file object.
    Return the unpacked root object (which usually is a dictionary).
    """
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        for info in _FORMATS.values():
            if info['detect'](header):
                reader = info['parser']
                break
        else:
            raise InvalidFileException()
    else:
        reader = _FORMATS[fmt]['parser']
    return reader(dict_type=dict_type).parse(fp)


def loads(value, *, fmt=None, dict_type=dict):
    """Read a .plist file from a bytes object.
    Return the unpacked root object (which usually is a dictionary).
    """
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Write 'value' to a .plist file. 'fp' should be a writable,
    binary file object.
    """
    if fmt not in _FORMATS:
        raise ValueError("Unsupported format: %r" % (fmt,))
    _FORMATS[fmt]["writer"](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """Return a bytes object with the contents for a .plist file.
    """
    fp = BytesIO()
    dump(value, fp, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return fp.getvalue()
