# sys attributes: version info, limits, streams, exc_info, intern, displayhook, int digits.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.version_info.releaselevel, type(sys.version_info).__name__, len(sys.version_info))
print(sys.version.startswith('3.11'), sys.hexversion >> 16 == 0x030b)
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform, sys.maxunicode)
print(type(sys.path).__name__, type(sys.modules).__name__, sys.modules['sys'] is sys)
print(sys.stdout is sys.__stdout__, sys.stderr.mode, sys.stdin.mode, sys.stdout.name)
print(sys.flags.optimize, sys.float_info.max == 1.7976931348623157e+308, sys.float_info.dig)
print(sys.int_info.default_max_str_digits, sys.get_int_max_str_digits())
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is e.__traceback__, sys.exception() is e)
print(sys.exc_info(), sys.exception())
s = sys.intern('hello' + str(1))
print(s is sys.intern('hello1'))
for f, a in [(sys.intern, (1,)), (sys.set_int_max_str_digits, (5,)), (sys.setrecursionlimit, (0,)),
             (sys.setrecursionlimit, (10**20,)), (sys.getrecursionlimit, (1,)), (sys.exc_info, (1,))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(1000)
try:
    str(10**1500)
except ValueError as e:
    print('ValueError', str(e)[:40])
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
sys.set_int_max_str_digits(4300)
sys.displayhook(None)
sys.displayhook([1, 'a'])
import builtins
print(builtins._)
sys.stdout.write('direct write\n')
print(sys.stdout.write('xyz') if False else sys.getsizeof(1) > 0)
print(isinstance(sys.argv, list), sys.dont_write_bytecode)
print(sys.implementation.name != '', hasattr(sys, 'getrecursionlimit'))
for status in [None, (1, 2), (), [1], (5,), 'msg']:
    try:
        sys.exit(status)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    exit(4)
except SystemExit as e:
    print('builtin exit', e.code)
