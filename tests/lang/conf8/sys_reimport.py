# `import sys` / `import builtins` after deleting them from sys.modules gives a new module
import sys
s = sys
del sys.modules['sys']
import sys
print(s is sys, sys.modules is s.modules, sys.modules['sys'] is sys)
print(sys.__name__, type(sys).__name__, sys.version_info[:2] == s.version_info[:2])
print(sys.maxsize == s.maxsize, sys.getrecursionlimit() == s.getrecursionlimit())
import builtins
b = builtins
del sys.modules['builtins']
import builtins
print(b is builtins, builtins.__name__, builtins.len("abc"), builtins.int is int)
import math
m = math
del sys.modules['math']
import math
print(m is math, math.sqrt(16))
import json
j = json
del sys.modules['json']
import json
print(j is json, json.dumps([1]))
sys.modules['sys'] = None
try:
    import sys
except ImportError as e:
    print(type(e).__name__, e)
sys.modules['sys'] = s
import sys
import importlib, builtins
s = importlib.reload(sys)
print(s is sys, s.version_info[:1])
b = importlib.reload(builtins)
print(b is builtins, len("ab"))
import math
m = importlib.reload(math)
print(m is math, math.pi > 3)
del sys.modules["sys"]
import sys as s2
print(s2 is sys, "sys" in s2.modules)
s3 = importlib.import_module("sys")
print(s3 is s2)
