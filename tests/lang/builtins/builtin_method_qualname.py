# __qualname__ and repr of builtin methods follow where they were looked up, as CPython's:
# a builtin bound to a type or an instance is named after that type (or the instance's
# type), a static method of a builtin type after its owner, and every builtin exception
# type has its own __new__ and __init__.


class MyInt(int):
    pass


class Outer:
    class MyDict(dict):
        pass


class MyList(list):
    pass


# bound to an instance: the instance's type, also for a subclass
print((5).to_bytes.__qualname__, MyInt(5).to_bytes.__qualname__)
print([].append.__qualname__, MyList().append.__qualname__)
print(Outer.MyDict().copy.__qualname__)

# class methods bound to a class: that class
print(int.from_bytes.__qualname__, MyInt.from_bytes.__qualname__)
print(dict.fromkeys.__qualname__, Outer.MyDict.fromkeys.__qualname__)

# __new__ of a builtin type is bound to the type that defines it
for t in (object, type, int, str, list, dict, MyInt, MyList, Outer.MyDict):
    print(t.__name__, t.__new__.__name__, t.__new__.__qualname__, t.__new__.__self__.__name__)

# static methods of builtin types keep their owner's name; __self__ stays None
for f in (str.maketrans, bytes.maketrans, bytearray.maketrans, "".maketrans):
    print(f.__name__, f.__qualname__, f.__self__, repr(f).split(" at ")[0])
print(str.maketrans("ab", "xy"), bytes.maketrans(b"a", b"b")[97])

# unbound method descriptors and plain builtin functions are unchanged
print(str.replace.__qualname__, repr(str.replace), len.__qualname__, repr(len))
print(object.__init_subclass__.__qualname__, object.__subclasshook__.__qualname__)

# every builtin exception type has its own constructor wrappers
for t in (BaseException, Exception, TypeError, KeyboardInterrupt, OSError, ValueError,
          UnicodeDecodeError, StopIteration, SyntaxError, BlockingIOError, ExceptionGroup):
    print(t.__name__, t.__new__.__qualname__, t.__init__.__qualname__, repr(t.__init__),
          "__init__" in t.__dict__, "__new__" in t.__dict__)


class MyError(ValueError):
    pass


# a user subclass defines neither and inherits ValueError's
print(MyError.__init__.__qualname__, MyError.__new__.__qualname__, "__init__" in MyError.__dict__)
print(repr(MyError("a", 1)), MyError("x").args, OSError(2, "gone").strerror)
e = KeyError.__new__(KeyError, "k")
KeyError.__init__(e, "k2")
print(repr(e))
try:
    Exception.__new__(int)
except TypeError as err:
    print(err)
