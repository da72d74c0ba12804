"""pickle: safepy's own implementation of Python object serialization (protocols 0-5).

The Pickler walks an object graph and writes opcodes for a small stack machine; the
Unpickler runs that machine to rebuild the graph.  Output aims to be byte-identical to
CPython's C pickler for the builtin types (memo by object identity, framing from protocol
4 on, batches of 1000 items).

Invariant: every memo entry of a Pickler keeps its object alive (the memo stores the
object next to its index), so ids cannot be reused while pickling.
"""

import sys
import io
import codecs
import copyreg
import _compat_pickle
import re as _re
from struct import pack, unpack, Struct
from itertools import islice
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """Root of the pickle errors."""


class PicklingError(PickleError):
    """An object could not be pickled."""


class UnpicklingError(PickleError):
    """A pickle could not be read back."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A buffer that protocol 5 may hand to buffer_callback instead of copying."""

    def __init__(self, buffer):
        self._buf = memoryview(buffer)

    def raw(self):
        return self._buf.cast('B') if self._buf.format != 'B' else self._buf

    def release(self):
        self._buf.release()

    def __bytes__(self):
        return bytes(self._buf)


# Opcodes (the one-byte instruction names of the pickle machine).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

# As in CPython, the protocol constants and opcodes are public (pickletools checks them)
__all__.extend(sorted(n for n in globals() if _re.match("[A-Z][A-Z0-9_]+$", n)))

# Hot-path encoders (struct format parsing per call is slow in safepy).
_BYTE = [bytes((i,)) for i in range(256)]
_pack_i = Struct('<i').pack
_pack_I = Struct('<I').pack
_pack_d = Struct('>d').pack
_unpack_i = Struct('<i').unpack
_unpack_I = Struct('<I').unpack
_unpack_d = Struct('>d').unpack

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

# Python 2 names used by protocols 0-2 (fix_imports) are in _compat_pickle.


def encode_long(x):
    """The two's-complement little-endian bytes of x, as short as possible (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _is_builtin(obj):
    # Objects whose __module__ / __qualname__ CPython computes afresh on each access
    # (static types and C functions): their name strings are never shared in the memo.
    if isinstance(obj, type):
        return not (getattr(obj, '__flags__', 0) & 1)
    return type(obj).__name__ in ('builtin_function_or_method', 'method_descriptor',
                                  'classmethod_descriptor', 'wrapper_descriptor')


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _import_module(name):
    __import__(name, level=0)
    return sys.modules[name]


class _Framer:
    """Collects output into frames of about 64 KiB (protocol 4 and later)."""

    _FRAME_SIZE_MIN = 4           # the class attributes pickletools.optimize reads
    _FRAME_SIZE_TARGET = 64 * 1024

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = io.BytesIO()

    def end_framing(self):
        if self.current_frame and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        f = self.current_frame
        if f:
            if f.tell() >= _FRAME_SIZE_TARGET or force:
                data = f.getvalue()
                write = self.file_write
                if len(data) >= _FRAME_SIZE_MIN:
                    write(FRAME + pack("<Q", len(data)))
                write(data)
                self.current_frame = io.BytesIO()

    def write(self, data):
        if self.current_frame:
            return self.current_frame.write(data)
        return self.file_write(data)

    def write_large_bytes(self, header, payload):
        write = self.file_write
        if self.current_frame:
            self.commit_frame(force=True)
        write(header)
        write(payload)


class Pickler:
    """Serializes objects to a binary file (see the module docstring)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self._write_large_bytes = self.framer.write_large_bytes
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        # persistent_id is consulted only when a subclass (or instance) defines one.
        self._pid_hook = (type(self).persistent_id is not Pickler.persistent_id or
                          'persistent_id' in self.__dict__)
        # reducer_override (a subclass's method) is asked first for every object that
        # is not in the memo; NotImplemented hands the object to the usual reduction
        self._reducer_override = getattr(self, "reducer_override", None)

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self.framer.start_framing()
        try:
            self.save(obj)
        except RecursionError:
            raise RecursionError("maximum recursion depth exceeded while pickling an object") from None
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + _BYTE[idx]
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + _BYTE[i]
            return LONG_BINGET + _pack_I(i)
        return GET + repr(i).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        frame = self.framer.current_frame
        if frame is not None and frame.tell() >= _FRAME_SIZE_TARGET:
            self.framer.commit_frame()
        if self._pid_hook and save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        rv = NotImplemented
        t = type(obj)
        if self._reducer_override is not None and t not in _OWN_SAVERS:
            rv = self._reducer_override(obj)
        if rv is NotImplemented:
            f = self.dispatch.get(t)
            if f is not None:
                f(self, obj)
                return
            reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                if issubclass(t, type):
                    self.save_global(obj)
                    return
                rv = _reduce_object(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        n = len(rv)
        if not (2 <= n <= 6):
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(obj=obj, *rv)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + _BYTE[obj])
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + obj.to_bytes(2, 'little'))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + _pack_i(obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack_d(obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + _BYTE[n] + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BINBYTES + pack("<I", n), obj)
        else:
            self.write(BINBYTES + pack("<I", n) + obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + pack("<Q", n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + pack("<Q", n) + bytes(obj))
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        m = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if m.readonly:
                self.save_bytes(m.tobytes())
            else:
                self.save_bytearray(bytearray(m.tobytes()))
        else:
            self.write(NEXT_BUFFER)
            if m.readonly:
                self.write(READONLY_BUFFER)
    dispatch[PickleBuffer] = save_picklebuffer

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + _BYTE[n] + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + pack("<Q", n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large_bytes(BINUNICODE + pack("<I", n), encoded)
            else:
                self.write(BINUNICODE + _pack_I(n) + encoded)
        else:
            tmp = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
                   .replace("\n", "\\u000a").replace("\r", "\\u000d")
                   .replace("\x1a", "\\u001a"))
            self.write(UNICODE + tmp.encode('raw-unicode-escape') + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                get = self.get(memo[id(obj)][0])
                self.write(POP * n + get)
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        if self.bin and type(obj) is list and len(obj) > 1:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(obj)
    dispatch[list] = save_list

    def _batch_list_exact(self, obj):
        # CPython's batches for an exact list of 2+ items: each one is MARK ... APPENDS,
        # read by index so that a list grown while saving is written whole.
        save = self.save
        write = self.write
        total = 0
        while total < len(obj):
            write(MARK)
            # the length is read again after each item: saving one may shrink the list
            # (a persistent_id or __reduce__ with side effects)
            batch_end = total + _BATCHSIZE
            while total < len(obj) and total < batch_end:
                save(obj[total])
                total += 1
            write(APPENDS)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = list(islice(it, _BATCHSIZE))
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        if self.bin and type(obj) is dict and len(obj) > 1:
            self._batch_exact(obj, obj.items(), True, SETITEMS, "dictionary")
        else:
            self._batch_setitems(obj.items())
    dispatch[dict] = save_dict

    def _batch_exact(self, obj, items, pairs, op, what):
        # CPython's batches for an exact dict (2+ items) or set (1+): each one is
        # MARK ... op, and a full last batch is followed by an empty one. Items are
        # saved as they are iterated; one whose saving resizes [obj] is an error, as in
        # the C pickler.
        save = self.save
        write = self.write
        size = len(obj)
        it = iter(items)
        while True:
            write(MARK)
            n = 0
            for item in it:
                if pairs:
                    save(item[0])
                    save(item[1])
                else:
                    save(item)
                if len(obj) != size:
                    raise RuntimeError(what + " changed size during iteration")
                n += 1
                if n == _BATCHSIZE:
                    break
            write(op)
            if n < _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        # pairs are taken one at a time and saved at once (a live dict iterator then
        # notices a dict resized by saving); a batch of one is a SETITEM
        it = _pairs(items)
        end = object()
        first = next(it, end)
        while first is not end:
            second = next(it, end)
            if second is end:
                save(first[0])
                save(first[1])
                write(SETITEM)
                return
            write(MARK)
            save(first[0])
            save(first[1])
            save(second[0])
            save(second[1])
            n = 2
            while n < _BATCHSIZE:
                item = next(it, end)
                if item is end:
                    break
                save(item[0])
                save(item[1])
                n += 1
            write(SETITEMS)
            if n < _BATCHSIZE:
                return
            first = next(it, end)

    def save_set(self, obj):
        save = self.save
        write = self.write
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write(EMPTY_SET)
        self.memoize(obj)
        if obj:
            self._batch_exact(obj, obj, False, ADDITEMS, "set")
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        save = self.save
        write = self.write
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        if id(obj) in self.memo:
            write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def _save_fresh_str(self, s):
        # A str CPython would build anew for this global: written and memoized, but
        # never found in the memo by a later reference.
        keep = [s]
        self.save_str_value(s)
        idx = len(self.memo)
        if not self.fast:
            self.write(self.put(idx))
            self.memo[id(keep)] = idx, keep

    def save_str_value(self, s):
        encoded = s.encode('utf-8', 'surrogatepass')
        n = len(encoded)
        if n <= 0xff:
            self.write(SHORT_BINUNICODE + pack("<B", n) + encoded)
        else:
            self.write(BINUNICODE + pack("<I", n) + encoded)

    def save_global(self, obj, name=None):
        write = self.write
        memo = self.memo
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            module = _import_module(module_name)
        except (ImportError, KeyError, ValueError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % (name,)) from None
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + pack("<H", code))
                else:
                    write(EXT4 + pack("<i", code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            if _is_builtin(obj):
                self._save_fresh_str(module_name)
                self._save_fresh_str(name)
            else:
                self.save(module_name)
                self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        else:
            if self.fix_imports:
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in _compat_pickle.REVERSE_IMPORT_MAPPING:
                    module_name = _compat_pickle.REVERSE_IMPORT_MAPPING[module_name]
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' +
                      bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using "
                    "pickle protocol %i" % (module, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    dispatch[type] = save_type
    dispatch[type(_getattribute)] = save_global

    def save_builtin(self, obj):
        owner = getattr(obj, '__self__', None)
        if owner is None or type(owner) is type(sys):
            self.save_global(obj)
        else:
            self.save_reduce(getattr, (owner, obj.__name__), obj=obj)
    dispatch[type(len)] = save_builtin

    def save_method(self, obj):
        # A bound method of a Python function pickles as CPython's method.__reduce__
        # gives it: getattr(its __self__, its name), e.g. a classmethod used as the
        # constructor of a __reduce__ (zoneinfo.ZoneInfo._unpickle).
        self.save_reduce(getattr, (obj.__self__, obj.__func__.__name__), obj=obj)
    dispatch[type(_Framer(None).commit_frame)] = save_method


def _reduce_pattern(p):
    # What CPython's re module registers with copyreg: patterns pickle as a call of
    # re._compile(pattern, flags).
    return _re._compile, (p.pattern, p.flags)


if getattr(_re, 'Pattern', None) is not None and _re.Pattern not in dispatch_table:
    copyreg.pickle(_re.Pattern, _reduce_pattern)


def _reduce_object(obj, proto):
    """obj.__reduce_ex__(proto), with object's default reduction done here."""
    cls = type(obj)
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None and reduce_ex is not _object_reduce_ex:
        return obj.__reduce_ex__(proto)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not _object_reduce:
        return obj.__reduce__()
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    return copyreg._reduce_newobj(obj, proto)


_object_reduce_ex = object.__reduce_ex__
_object_reduce = object.__reduce__
class Unpickler:
    """Rebuilds objects from a pickle read from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        dispatch = self.dispatch
        try:
            while True:
                key = self._file_read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    c = key[0]
                    if 0x20 <= c <= 0x7e and c != 0x27 and c != 0x5c:
                        raise UnpicklingError("invalid load key, '%c'." % c)
                    raise UnpicklingError("invalid load key, '\\x%02x'." % c)
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    # -- reading helpers
    def read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        data = self._file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data[:-1]

    def readarg(self):
        # The argument line of a text opcode; an empty one counts as truncated data.
        data = self.readline()
        if not data:
            raise UnpicklingError("pickle data was truncated")
        return data

    def underflow(self):
        # Items below the innermost MARK are out of reach of the current opcode.
        raise UnpicklingError("unexpected MARK found" if self.metastack
                              else "unpickling stack underflow")

    def odd_items(self, opname):
        raise UnpicklingError("odd number of items for " + opname)

    def pop(self):
        if not self.stack:
            self.underflow()
        return self.stack.pop()

    def top(self):
        if not self.stack:
            self.underflow()
        return self.stack[-1]

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size, = unpack('<Q', self.read(8))
        if frame_size > sys.maxsize:
            raise OverflowError("FRAME length exceeds system's maximum of %d bytes"
                                % sys.maxsize)
        # The whole frame must be there; its bytes are then read before the file's.
        frame = io.BytesIO(self.read(frame_size))
        file_read = self._file_read
        file_readline = self._file_readline

        def read(n):
            data = frame.read(n)
            if len(data) < n:
                self._file_read = file_read
                self._file_readline = file_readline
                data += file_read(n - len(data))
            return data

        def readline():
            data = frame.readline()
            if not data.endswith(b'\n'):
                self._file_read = file_read
                self._file_readline = file_readline
                data += file_readline()
            return data
        self._file_read = read
        self._file_readline = readline
    dispatch[FRAME[0]] = load_frame

    def _check_persistent_load(self):
        if getattr(self.persistent_load, '__func__', None) is Unpickler.persistent_load:
            self.persistent_load(None)

    def load_persid(self):
        self._check_persistent_load()
        try:
            pid = self.readline().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        self._check_persistent_load()
        pid = self.pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self.readarg()
        val = _strtol(data)
        if val is None:
            try:
                val = int(data, 0)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        elif len(data) == 2 and val in (0, 1):
            val = bool(val)
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(_unpack_i(self.read(4))[0])
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self.read(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self.read(2))[0])
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self.readarg()
        if val[-1] == b'L'[0]:
            val = val[:-1]
        else:
            val += b'\n'
        self.append(int(val.decode('latin-1'), 0))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(_parse_float(self.readarg()))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(_unpack_d(self.read(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(codecs.escape_decode(data)[0]))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = _unpack_I(self.read(4))
        self.append(self._decode_string(self.read(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_binbytes(self):
        n, = unpack('<I', self.read(4))
        self.append(self.read(n))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_binbytes8(self):
        n, = unpack('<Q', self.read(8))
        if n > sys.maxsize:
            raise OverflowError("BINBYTES exceeds system's maximum size of %d bytes"
                                % sys.maxsize)
        self.append(self.read(n))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_bytearray8(self):
        n, = unpack('<Q', self.read(8))
        if n > sys.maxsize:
            raise OverflowError("BYTEARRAY8 exceeds system's maximum size of %d bytes"
                                % sys.maxsize)
        self.append(bytearray(self.read(n)))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        self.stack[-1] = memoryview(self.top()).toreadonly()
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_unicode(self):
        self.append(str(self.readline(), 'raw-unicode-escape'))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n, = _unpack_I(self.read(4))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n, = unpack('<Q', self.read(8))
        if n > sys.maxsize:
            raise OverflowError("BINUNICODE exceeds system's maximum size of %d bytes"
                                % sys.maxsize)
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def _need(self, n):
        if len(self.stack) < n:
            self.underflow()

    def load_tuple1(self):
        self._need(1)
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self._need(2)
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self._need(3)
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            self.odd_items("DICT")
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline().decode("ascii")
        name = self.readline().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            self.underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def _newobj(self, op, cls, args, kwargs):
        for what, value, want in (('class', cls, type), ('args', args, tuple),
                                  ('kwargs', kwargs, dict)):
            if not isinstance(value, want):
                raise UnpicklingError("%s %s argument must be a %s, not %s"
                                      % (op, what, want.__name__, type(value).__name__))
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_newobj(self):
        args = self.pop()
        cls = self.pop()
        self._newobj('NEWOBJ', cls, args, {})
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self.pop()
        args = self.pop()
        cls = self.pop()
        self._newobj('NEWOBJ_EX', cls, args, kwargs)
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self.readline().decode("utf-8")
        name = self.readline().decode("utf-8")
        klass = self.find_class(module, name)
        self.append(klass)
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self.pop() if self.stack else None
        module = self.pop() if self.stack else None
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self.read(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        code, = unpack('<H', self.read(2))
        self.get_extension(code)
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        code, = unpack('<i', self.read(4))
        self.get_extension(code)
    dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        nil = []
        obj = _extension_cache.get(code, nil)
        if obj is not nil:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        mod = _import_module(module)
        if self.proto >= 4:
            try:
                return _getattribute(mod, name)[0]
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def load_reduce(self):
        args = self.pop()
        func = self.top()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.stack[-1] = func(*args)
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            self.underflow()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self.top())
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            return self.memo[i]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self.append(self._memo_get(int(self.readarg().decode('latin-1') + '\n')))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self.append(self._memo_get(self.read(1)[0]))
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        i, = unpack('<I', self.read(4))
        self.append(self._memo_get(i))
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        value = self.top()
        i = int(self.readarg().decode('latin-1') + '\n')
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = value
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        i = self.read(1)[0]
        self.memo[i] = self.top()
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = unpack('<I', self.read(4))
        self.memo[i] = self.top()
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self.top()
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self.pop()
        self.top().append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.top()
        if not items:
            return
        if isinstance(list_obj, list):
            list_obj.extend(items)
            return
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self.pop()
        key = self.pop()
        self.top()[key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self.top()
        if not items:
            return
        if len(items) % 2:
            self.odd_items("SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.top()
        if not items:
            return
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self.pop()
        inst = self.top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        value = self.pop()
        raise _Stop(value)
    dispatch[STOP[0]] = load_stop


_HEXDIGITS = b'0123456789abcdefABCDEF'
_DIGITS = b'0123456789'
_INF = float('inf')


def _strtol(data):
    """INT's argument as C strtol(base 0) reads it, or None when strtol would stop
    before the end of the line or overflow a C long (the caller then uses int())."""
    i = 0
    n = len(data)
    while i < n and data[i] in b' \t\n\v\f\r':
        i += 1
    sign = 1
    if i < n and data[i] in b'+-':
        sign = -1 if data[i] == 0x2d else 1
        i += 1
    digits = _DIGITS
    base = 10
    if data[i:i + 2] in (b'0x', b'0X') and i + 2 < n and data[i + 2] in _HEXDIGITS:
        base, digits = 16, _HEXDIGITS
        i += 2
    elif data[i:i + 1] == b'0':
        base, digits = 8, b'01234567'
    start = i
    while i < n and data[i] in digits:
        i += 1
    if i == start or i != n:
        return None
    value = sign * int(data[start:i], base)
    if not -2 ** 63 <= value < 2 ** 63:
        return None
    return value


def _parse_float(data):
    """FLOAT's argument as CPython's C unpickler reads it: a plain float literal
    (no spaces, no underscores) filling the whole line."""
    text = data.decode('latin-1')
    n = len(text)
    i = 1 if text[:1] in ('+', '-') else 0
    word = text[i:i + 8].lower()
    if word == 'infinity':
        end = i + 8
    elif word[:3] in ('inf', 'nan'):
        end = i + 3
    else:
        start = i
        while i < n and '0' <= text[i] <= '9':
            i += 1
        if i < n and text[i] == '.':
            i += 1
            while i < n and '0' <= text[i] <= '9':
                i += 1
        end = -1 if text[start:i] in ('', '.') else i
        if end > 0 and i < n and text[i] in 'eE':
            j = i + 1
            if j < n and text[j] in '+-':
                j += 1
            k = j
            while k < n and '0' <= text[k] <= '9':
                k += 1
            if k > j:
                end = k
    shown = (data + b'\n')[:200].decode('utf-8', 'replace')
    if end < 0:
        raise ValueError("could not convert string to float: '%s'" % shown)
    value = float(text[:end])
    if value in (_INF, -_INF) and 'n' not in text[:end].lower():
        raise OverflowError("value too large to convert to float: '%s'" % shown)
    if end != n:
        raise ValueError("could not convert string to float")
    return value


def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def _loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    file = io.BytesIO(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


dump = _dump
dumps = _dumps
load = _load
loads = _loads
# CPython's names for its pure-Python classes (pickletools and subclassers use them);
# here the pure-Python classes are the only ones.
_Pickler = Pickler


def _pairs(items):
    # the (key, value) items of a dict or of a __reduce__'s dictitems iterator
    for item in items:
        if type(item) is not tuple or len(item) != 2:
            raise TypeError("dict items iterator must return 2-tuples")
        yield item


# Objects of exactly these types are always written by the pickler itself, as CPython's C
# pickler does: reducer_override is not asked about them.
_OWN_SAVERS = frozenset([type(None), bool, int, float, bytes, bytearray, str, tuple, list,
                         dict, set, frozenset, PickleBuffer])


class _Unpickler(Unpickler):
    """The unpickler as CPython's pure-Python one behaves: an opcode that finds too
    few items (above the innermost MARK) or no MARK raises IndexError, as list.pop on
    an empty stack does there; the C unpickler's UnpicklingError is Unpickler's."""

    def underflow(self):
        raise IndexError("pop from empty list")

    def pop_mark(self):
        if not self.metastack:
            raise IndexError("pop from empty list")
        return Unpickler.pop_mark(self)

    def odd_items(self, opname):
        raise IndexError("list index out of range")

    def load_stack_global(self):
        if len(self.stack) < 2:
            self.underflow()
        Unpickler.load_stack_global(self)
    dispatch = dict(Unpickler.dispatch)
    dispatch[STACK_GLOBAL[0]] = load_stack_global
