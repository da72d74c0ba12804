# sys.modules["sys"] deleted before the first use: the names are still made once and kept
import sys
del sys.modules['sys']
a = sys.stdlib_module_names
print(a is sys.stdlib_module_names, 'sys' in a)
