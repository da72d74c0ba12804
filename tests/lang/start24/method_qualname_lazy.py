# Methods of builtin types get their "Type.name" qualified name on first use (session 24,
# start-up): the names, the "unbound method" message and those of heap classes (made
# when the method is) are as before.
print(str.join.__qualname__, list.append.__qualname__, dict.fromkeys.__qualname__)
print(int.__new__.__qualname__, object.__init_subclass__.__qualname__)
try:
    list.append()
except TypeError as e:
    print(e)
try:
    str.upper()
except TypeError as e:
    print(e)
import sys
print(type(sys.flags).__repr__.__qualname__)
T = type(sys.float_info)
print(T.__repr__.__qualname__)
print(repr(str.join), repr(dict.get))
print(bytes.maketrans.__qualname__, str.maketrans.__qualname__, int.from_bytes.__qualname__)
class B(int): pass
print(B.from_bytes.__qualname__, B(1).to_bytes.__qualname__)
import collections
print(collections.OrderedDict.move_to_end.__qualname__)
