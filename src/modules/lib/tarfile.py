"""tarfile: read and write tar archives (safepy's own implementation).

Archives are read from a path or a binary file object, plain or gzip-compressed
(mode 'r', 'r:*', 'r:', 'r:gz'; the stream modes 'r|...' read the same way), and written
in the PAX (default), GNU or USTAR format, plain or with gzip ('w', 'w:gz', 'x', 'a').
Headers are laid out as CPython's tarfile lays them out (octal fields, the checksum,
'././@PaxHeader' records for long or non-ASCII names and fractional times,
'././@LongLink' for GNU), so archives built from TarInfo objects are byte-identical;
members read back decode GNU long names and PAX records.

Not supported: bzip2 and xz archives (no bz2/lzma modules: opening one raises
CompressionError), sparse files, device nodes on extraction, user/group names (no pwd
or grp modules: gettarinfo leaves uname/gname empty), extraction filters.
"""

import builtins as _builtins
import io
import os
import stat
import struct
import sys
import time
import copy

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError", "CompressionError",
           "StreamError", "ExtractError", "HeaderError", "ENCODING", "USTAR_FORMAT",
           "GNU_FORMAT", "PAX_FORMAT", "DEFAULT_FORMAT", "open"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE,
                   BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

ENCODING = "utf-8"


class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    """Exception for empty headers."""


class TruncatedHeaderError(HeaderError):
    """Exception for truncated headers."""


class EOFHeaderError(HeaderError):
    """Exception for end of file headers."""


class InvalidHeaderError(HeaderError):
    """Exception for invalid headers."""


class SubsequentHeaderError(HeaderError):
    """Exception for missing and invalid extended headers."""


def stn(s, length, encoding, errors):
    s = s.encode(encoding, errors)
    return s[:length] + (length - len(s)) * NUL


def nts(s, encoding, errors):
    p = s.find(b"\0")
    if p != -1:
        s = s[:p]
    return s.decode(encoding, errors)


def nti(s):
    if s[0] in (0o200, 0o377):
        n = 0
        for i in range(len(s) - 1):
            n = (n << 8) + s[i + 1]
        if s[0] == 0o377:
            n = -(256 ** (len(s) - 1) - n)
        return n
    try:
        s = nts(s, "ascii", "strict")
        return int(s.strip() or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header") from None


def itn(n, digits=8, format=DEFAULT_FORMAT):
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return bytes("%0*o" % (digits - 1, n), "ascii") + NUL
    if format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        if n >= 0:
            out = bytearray([0o200])
        else:
            out = bytearray([0o377])
            n = 256 ** digits + n
        for _ in range(digits - 1):
            out.insert(1, n & 0o377)
            n >>= 8
        return bytes(out)
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    unsigned = 256 + sum(struct.unpack_from("148B8x356B", buf))
    signed = 256 + sum(struct.unpack_from("148b8x356b", buf))
    return unsigned, signed


class TarInfo:
    """One member of an archive: its header fields."""

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    @property
    def path(self):
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def get_info(self):
        info = {"name": self.name, "mode": self.mode & 0o7777, "uid": self.uid, "gid": self.gid,
                "size": self.size, "mtime": self.mtime, "chksum": self.chksum, "type": self.type,
                "linkname": self.linkname, "uname": self.uname, "gname": self.gname,
                "devmajor": self.devmajor, "devminor": self.devminor}
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        info = self.get_info()
        for name, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % name)
        if format == USTAR_FORMAT:
            return self._ustar(info, encoding, errors)
        if format == GNU_FORMAT:
            return self._gnu(info, encoding, errors)
        if format == PAX_FORMAT:
            return self._pax(info, encoding)
        raise ValueError("invalid format")

    def _ustar(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._split_name(info["name"], encoding, errors)
        return self._header(info, USTAR_FORMAT, encoding, errors)

    def _gnu(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        buf = b""
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            buf += self._gnu_long(info["linkname"], GNUTYPE_LONGLINK, encoding, errors)
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            buf += self._gnu_long(info["name"], GNUTYPE_LONGNAME, encoding, errors)
        return buf + self._header(info, GNU_FORMAT, encoding, errors)

    def _pax(self, info, encoding):
        info["magic"] = POSIX_MAGIC
        pax = self.pax_headers.copy()
        for name, hname, length in (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                                    ("uname", "uname", 32), ("gname", "gname", 32)):
            if hname in pax:
                continue
            try:
                info[name].encode("ascii", "strict")
            except UnicodeEncodeError:
                pax[hname] = info[name]
                continue
            if len(info[name]) > length:
                pax[hname] = info[name]
        for name, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            val = info[name]
            is_float = isinstance(val, float)
            as_int = round(val) if is_float else val
            needs_pax = False
            if not 0 <= as_int < 8 ** (digits - 1):
                info[name] = 0  # too large for the field: the PAX record holds it
                needs_pax = True
            elif is_float:
                info[name] = as_int  # the rounded time here, the exact one in PAX
                needs_pax = True
            if needs_pax and name not in pax:
                pax[name] = str(val)
        buf = self._pax_generic(pax, XHDTYPE, encoding) if pax else b""
        return buf + self._header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._pax_generic(pax_headers, XGLTYPE, "utf-8")

    def _split_name(self, name, encoding, errors):
        components = name.split("/")
        for i in range(1, len(components)):
            prefix = "/".join(components[:i])
            rest = "/".join(components[i:])
            if len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and \
                    len(rest.encode(encoding, errors)) <= LENGTH_NAME:
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _header(info, format, encoding, errors):
        has_device = info.get("type", REGTYPE) in (CHRTYPE, BLKTYPE)
        if has_device:
            devmajor = itn(info.get("devmajor", 0), 8, format)
            devminor = itn(info.get("devminor", 0), 8, format)
        else:
            devmajor = stn("", 8, encoding, errors)
            devminor = stn("", 8, encoding, errors)
        parts = [
            stn(info.get("name", ""), 100, encoding, errors),
            itn(info.get("mode", 0) & 0o7777, 8, format),
            itn(info.get("uid", 0), 8, format),
            itn(info.get("gid", 0), 8, format),
            itn(info.get("size", 0), 12, format),
            itn(info.get("mtime", 0), 12, format),
            b"        ",
            info.get("type", REGTYPE),
            stn(info.get("linkname", ""), 100, encoding, errors),
            info.get("magic", POSIX_MAGIC),
            stn(info.get("uname", ""), 32, encoding, errors),
            stn(info.get("gname", ""), 32, encoding, errors),
            devmajor,
            devminor,
            stn(info.get("prefix", ""), 155, encoding, errors),
        ]
        buf = struct.pack("%ds" % BLOCKSIZE, b"".join(parts))
        chksum = calc_chksums(buf[-BLOCKSIZE:])[0]
        return buf[:-364] + bytes("%06o\0" % chksum, "ascii") + buf[-357:]

    @staticmethod
    def _payload(payload):
        blocks, remainder = divmod(len(payload), BLOCKSIZE)
        if remainder > 0:
            payload += (BLOCKSIZE - remainder) * NUL
        return payload

    @classmethod
    def _gnu_long(cls, name, type, encoding, errors):
        name = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(name), "magic": GNU_MAGIC}
        return cls._header(info, USTAR_FORMAT, encoding, errors) + cls._payload(name)

    @classmethod
    def _pax_generic(cls, pax_headers, type, encoding):
        records = b""
        for keyword, value in pax_headers.items():
            keyword = keyword.encode("utf-8")
            value = value.encode("utf-8", "surrogateescape")
            length = len(keyword) + len(value) + 3
            n = p = 0
            while True:
                n = length + len(str(p))
                if n == p:
                    break
                p = n
            records += bytes(str(p), "ascii") + b" " + keyword + b"=" + value + b"\n"
        info = {"name": "././@PaxHeader", "type": type, "size": len(records), "magic": POSIX_MAGIC}
        return cls._header(info, USTAR_FORMAT, "ascii", "replace") + cls._payload(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        obj.name = nts(buf[0:100], encoding, errors)
        obj.mode = nti(buf[100:108])
        obj.uid = nti(buf[108:116])
        obj.gid = nti(buf[116:124])
        obj.size = nti(buf[124:136])
        obj.mtime = nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = nts(buf[157:257], encoding, errors)
        obj.uname = nts(buf[265:297], encoding, errors)
        obj.gname = nts(buf[297:329], encoding, errors)
        obj.devmajor = nti(buf[329:337])
        obj.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


class ExFileObject(io.BufferedReader):
    """A member's data, readable as a binary file."""

    def __init__(self, tarfile, tarinfo):
        tarfile.fileobj.seek(tarinfo.offset_data)
        data = tarfile.fileobj.read(tarinfo.size)
        if len(data) != tarinfo.size:
            raise ReadError("unexpected end of data")
        super().__init__(io.BytesIO(data))
        self._name = tarinfo.name

    @property
    def name(self):
        return self._name


def _parse_pax(data, encoding):
    # the records of a PAX extended header
    headers = {}
    pos = 0
    while pos < len(data) and data[pos:pos + 1] != NUL:
        sp = data.find(b" ", pos)
        if sp < 0:
            raise InvalidHeaderError("invalid header")
        try:
            length = int(data[pos:sp])
        except ValueError:
            raise InvalidHeaderError("invalid header") from None
        if length < 1 or pos + length > len(data):
            raise InvalidHeaderError("invalid header")
        record = data[sp + 1:pos + length - 1]
        key, eq, value = record.partition(b"=")
        if not eq:
            raise InvalidHeaderError("invalid header")
        headers[key.decode("utf-8", "surrogateescape")] = value.decode("utf-8", "surrogateescape")
        pos += length
    return headers


class TarFile:
    """A tar archive open for reading ('r'), writing ('w', 'x') or appending ('a')."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors="surrogateescape",
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None):
        modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = modes[mode]
        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                self.mode = "w"
                self._mode = "wb"
            fileobj = _builtins.open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and hasattr(fileobj, "name") and isinstance(fileobj.name, (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        if pax_headers is not None and self.format == PAX_FORMAT:
            self.pax_headers = pax_headers
        else:
            self.pax_headers = {}
        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        self.members.append(self._read_member())
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    except HeaderError as e:
                        raise ReadError(str(e)) from None
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    # ---- opening ----

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*", "r|*", "r|"):
            if mode != "r|":
                errors = []
                for comptype in ("gz", "bz2", "xz", "tar"):
                    saved = fileobj.tell() if fileobj is not None else None
                    try:
                        return cls._open_as(comptype, name, "r", fileobj, **kwargs)
                    except (ReadError, CompressionError) as e:
                        errors.append("- method %s: %r" % (comptype, e))
                        if fileobj is not None:
                            fileobj.seek(saved)
                        continue
                raise ReadError("file could not be opened successfully:\n" + "\n".join(errors))
            return cls._open_as("tar", name, "r", fileobj, **kwargs)
        if ":" in mode or "|" in mode:
            filemode, sep, comptype = mode.partition(":" if ":" in mode else "|")
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in ("tar", "gz", "bz2", "xz"):
                raise CompressionError("unknown compression type %r" % comptype)
            if filemode not in ("r", "a", "w", "x"):
                raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
            return cls._open_as(comptype, name, filemode, fileobj, **kwargs)
        if mode in ("a", "w", "x"):
            return cls._open_as("tar", name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def _open_as(cls, comptype, name, mode, fileobj, **kwargs):
        if comptype == "tar":
            return cls(name, mode, fileobj, **kwargs)
        if comptype == "gz":
            return cls._gzopen(name, mode, fileobj, **kwargs)
        if fileobj is None and name is not None and mode == "r":
            with _builtins.open(name, "rb") as f:
                head = f.read(6)
        elif fileobj is not None and mode == "r":
            pos = fileobj.tell()
            head = fileobj.read(6)
            fileobj.seek(pos)
        else:
            head = b""
        if comptype == "bz2":
            if mode == "r" and not head.startswith(b"BZh"):
                raise ReadError("not a bzip2 file")
            raise CompressionError("bz2 module is not available")
        if mode == "r" and not head.startswith(b"\xfd7zXZ\x00"):
            raise ReadError("not an lzma file")
        raise CompressionError("lzma module is not available")

    @classmethod
    def _gzopen(cls, name, mode, fileobj, compresslevel=9, **kwargs):
        import gzip
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            gz = gzip.GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        try:
            if mode == "r":
                # a gzip archive is read whole: members are found by seeking
                raw = gz.read()
                gz.close()
                t = cls(name, "r", io.BytesIO(raw), **kwargs)
                t._extfileobj = False
                return t
            t = cls(name, mode, gz, **kwargs)
        except (OSError, EOFError) as e:
            gz.close()
            if mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        except BaseException:
            gz.close()
            raise
        t._extfileobj = False
        return t

    # ---- reading ----

    def _read_member(self):
        # the next member at self.offset, with its GNU long-name and PAX headers applied
        pax = dict(self.pax_headers)
        longname = longlink = None
        start = self.offset
        while True:
            self.fileobj.seek(self.offset)
            buf = self.fileobj.read(BLOCKSIZE)
            info = self.tarinfo.frombuf(buf, self.encoding, self.errors)
            info.offset = start
            data_at = self.offset + BLOCKSIZE
            blocks = (info.size + BLOCKSIZE - 1) // BLOCKSIZE
            if info.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
                data = self.fileobj.read(blocks * BLOCKSIZE)
                text = nts(data, self.encoding, self.errors)
                if info.type == GNUTYPE_LONGNAME:
                    longname = text
                else:
                    longlink = text
                self.offset = data_at + blocks * BLOCKSIZE
                continue
            if info.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
                data = self.fileobj.read(info.size)
                records = _parse_pax(data, self.encoding)
                if info.type == XGLTYPE:
                    self.pax_headers.update(records)
                pax.update(records)
                self.offset = data_at + blocks * BLOCKSIZE
                continue
            break
        if longname is not None:
            info.name = longname.rstrip("/") if info.isdir() else longname
        if longlink is not None:
            info.linkname = longlink
        if pax:
            info.pax_headers = pax
            for key, attr in (("path", "name"), ("linkpath", "linkname"), ("uname", "uname"),
                              ("gname", "gname")):
                if key in pax:
                    setattr(info, attr, pax[key])
            for key in ("uid", "gid", "size", "mtime"):
                if key in pax:
                    try:
                        setattr(info, key, float(pax[key]) if key == "mtime" else int(pax[key]))
                    except ValueError:
                        pass
            if info.isdir():
                info.name = info.name.rstrip("/")
        info.offset_data = data_at
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            self.offset = data_at + ((info.size + BLOCKSIZE - 1) // BLOCKSIZE) * BLOCKSIZE
        else:
            self.offset = data_at
        return info

    def next(self):
        self._check("ra")
        if self.firstmember is not None:
            m = self.firstmember
            self.firstmember = None
            return m
        if self._loaded:
            return None
        while True:
            try:
                info = self._read_member()
            except EOFHeaderError as e:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
                info = None
            except InvalidHeaderError as e:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
                if self.offset == 0:
                    raise ReadError(str(e)) from None
                info = None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
                info = None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
                info = None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            break
        if info is not None:
            self.members.append(info)
        else:
            self._loaded = True
        return info

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def getmembers(self):
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        return [m.name for m in self.getmembers()]

    def getmember(self, name):
        name = name.rstrip("/")
        for m in reversed(self.getmembers()):
            if m.name == name:
                return m
        raise KeyError("filename %r not found" % name)

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            m = self.next()
            index += 1
            yield m
        while True:
            if index < len(self.members):
                m = self.members[index]
            elif not self._loaded:
                m = self.next()
                if m is None:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield m

    def _resolve(self, member):
        if isinstance(member, str):
            return self.getmember(member)
        return member

    def extractfile(self, member):
        self._check("r")
        tarinfo = self._resolve(member)
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            linkname = "/".join(filter(None, (os.path.dirname(tarinfo.name), tarinfo.linkname)))
        else:
            linkname = tarinfo.linkname
        for m in reversed(self.getmembers()):
            if m.name == os.path.normpath(linkname).replace(os.sep, "/") or m.name == linkname:
                return m
        raise KeyError("linkname %r not found" % linkname)

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        directories = []
        for tarinfo in (members if members is not None else self):
            if tarinfo.isdir():
                directories.append(tarinfo)
                tarinfo = copy.copy(tarinfo)
                tarinfo.mode = 0o700
            self.extract(tarinfo, path, numeric_owner=numeric_owner)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        self._check("r")
        tarinfo = self._resolve(member)
        target = os.path.join(path, tarinfo.name)
        if tarinfo.isdir():
            os.makedirs(target, exist_ok=True)
            return
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if tarinfo.isreg():
            with self.extractfile(tarinfo) as src, _builtins.open(target, "wb") as dst:
                dst.write(src.read())
        elif tarinfo.issym() or tarinfo.islnk():
            src = self.extractfile(tarinfo)
            if src is not None:
                with src, _builtins.open(target, "wb") as dst:
                    dst.write(src.read())
        else:
            if self.errorlevel > 1:
                raise ExtractError("special files are not supported")

    def list(self, verbose=True, *, members=None):
        self._check()
        for tarinfo in (members if members is not None else self):
            if verbose:
                print(stat.filemode(tarinfo.mode), end=' ')
                print("%s/%s" % (tarinfo.uname or tarinfo.uid, tarinfo.gname or tarinfo.gid), end=' ')
                if tarinfo.ischr() or tarinfo.isblk():
                    print("%10s" % ("%d,%d" % (tarinfo.devmajor, tarinfo.devminor)), end=' ')
                else:
                    print("%10d" % tarinfo.size, end=' ')
                print("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(tarinfo.mtime)[:6], end=' ')
            print(tarinfo.name + ("/" if tarinfo.isdir() else ""), end=' ')
            if verbose:
                if tarinfo.issym():
                    print("->", tarinfo.linkname, end=' ')
                if tarinfo.islnk():
                    print("link to", tarinfo.linkname, end=' ')
            print()

    # ---- writing ----

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        drv, arcname = os.path.splitdrive(arcname)
        arcname = arcname.replace(os.sep, "/").lstrip("/")
        tarinfo = self.tarinfo()
        st = os.stat(name)
        mode = st.st_mode
        if stat.S_ISREG(mode):
            type = REGTYPE
        elif stat.S_ISDIR(mode):
            type = DIRTYPE
        elif stat.S_ISFIFO(mode):
            type = FIFOTYPE
        else:
            return None
        tarinfo.name = arcname
        tarinfo.mode = mode
        tarinfo.uid = getattr(st, "st_uid", 0)
        tarinfo.gid = getattr(st, "st_gid", 0)
        tarinfo.size = st.st_size if type == REGTYPE else 0
        tarinfo.mtime = st.st_mtime
        tarinfo.type = type
        tarinfo.linkname = ""
        return tarinfo

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            return
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                return
        if tarinfo.isreg():
            with _builtins.open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for f in sorted(os.listdir(name)):
                    self.add(os.path.join(name, f), os.path.join(arcname, f), recursive, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        buf = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(buf)
        self.offset += len(buf)
        if fileobj is not None:
            data = fileobj.read(tarinfo.size)
            if len(data) < tarinfo.size:
                raise OSError("unexpected end of data")
            self.fileobj.write(data)
            blocks, remainder = divmod(tarinfo.size, BLOCKSIZE)
            if remainder > 0:
                self.fileobj.write(NUL * (BLOCKSIZE - remainder))
                blocks += 1
            self.offset += blocks * BLOCKSIZE
        self.members.append(tarinfo)

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += (BLOCKSIZE * 2)
                blocks, remainder = divmod(self.offset, RECORDSIZE)
                if remainder > 0:
                    self.fileobj.write(NUL * (RECORDSIZE - remainder))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


def is_tarfile(name):
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            t = open(fileobj=name)
            name.seek(pos)
        else:
            t = open(name)
        t.close()
        return True
    except TarError:
        return False


open = TarFile.open
