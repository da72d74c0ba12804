import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 500, d < 1100)
sys.setrecursionlimit(200)
d2 = depth(0)
print(d2 < 200, d2 > 100)
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(e)
l = []
for _ in range(100000):
    l = [l]
try:
    repr(l)
    print('repr ok')
except RecursionError as e:
    print('RecursionError', e)
import json
try:
    json.dumps(l)
except RecursionError as e:
    print('json RecursionError', e)
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print('loads RecursionError', e)
try:
    l == l
    print('eq ok')
except RecursionError as e:
    print('eq RecursionError', e)
d = {}
d['self'] = d
print(d, [d])
l2 = [1]; l2.append(l2); print(l2)
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('R', type(e).__name__)
class Cyc:
    def __getattr__(self, n): return getattr(self, n + 'x')
try:
    Cyc().a
except RecursionError as e:
    print('getattr', str(e)[:40])
print(sys.get_int_max_str_digits())
try:
    int('1' * 5000)
except ValueError as e:
    print(e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)), int('1' * 4300) % 7)
try:
    f'{10**5000}'
except ValueError as e:
    print(e)
print(len(hex(10 ** 5000)), int('f' * 5000, 16) % 11)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(640)
try:
    int('2' * 641)
except ValueError as e:
    print(e)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
def gen_deep(n):
    if n == 0:
        yield 'bottom'
    else:
        yield from gen_deep(n - 1)
print(list(gen_deep(50)))
try:
    list(gen_deep(5000))
except RecursionError as e:
    print('gen RecursionError')
