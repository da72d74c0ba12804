# sys.stdlib_module_names is made lazily in the sys module itself (not in whatever
# sys.modules['sys'] holds now); dir(sys) lists it and not the laziness hooks
import sys, types
s = sys
d = dir(s)
print('stdlib_module_names' in d, '__getattr__' in d, '__dir__' in d, d == sorted(d))
other = types.ModuleType('other')
s.modules['sys'] = other
try:
    n = s.stdlib_module_names
    print(type(n).__name__, 'json' in n, hasattr(other, 'stdlib_module_names'))
    print(s.stdlib_module_names is n)
    s.modules['sys'] = 5
    print('os' in s.stdlib_module_names, s.stdlib_module_names is n)
    del s.modules['sys']
    print('re' in s.stdlib_module_names)
finally:
    s.modules['sys'] = s
try:
    getattr(s, "it's")
except AttributeError as e:
    print(type(e).__name__, e)
