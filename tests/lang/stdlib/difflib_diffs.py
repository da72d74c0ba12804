import difflib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(list(difflib.unified_diff('one two three'.split(), 'ore tree emu'.split(), lineterm='')))
a = ['line %d\n' % i for i in range(30)]
b = a[:]; b[3] = 'changed 3\n'; b[20:22] = []; b.append('tail\n')
print(''.join(difflib.unified_diff(a, b, 'a', 'b', 'date1', 'date2', n=2)), end='')
print(''.join(difflib.context_diff(a, b, 'a', 'b', n=1)), end='')
print(list(difflib.unified_diff(a, a)))
print(list(difflib.unified_diff([], ['x\n'])))
print(list(difflib.context_diff(['x\n'], [])))
t(lambda: list(difflib.unified_diff([b'x'], ['y'])))
t(lambda: list(difflib.unified_diff(['x'], ['y'], fromfile=1)))
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
t(lambda: list(difflib.restore(diff, 3)))
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(''.join(difflib.ndiff(['abc\n', 'same\n', 'xyz\n'], ['same\n', 'totally different\n'])), end='')
print(''.join(difflib.ndiff(['\tindented tab\n'], ['\tindented tob\n'])), end='')
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'], b'x', b'y')))
