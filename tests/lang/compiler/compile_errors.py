# SyntaxErrors raised by the symbol table and the code generator (not the parser):
# message, line and column range, as CPython 3.11 reports them.
sources = [
    'nonlocal x',
    'def f():\n    nonlocal q\n',
    'def f():\n  print(x)\n  global x\n',
    'def f():\n  x = 1\n  global x\n',
    'def f(a, a): pass',
    'lambda a, a: 1',
    'def f(a):\n    global a\n',
    'def f(*, a): nonlocal a',
    'class C:\n  [(y:=1) for i in x]',
    '[i for i in (j:=x)]',
    '[(i:=1) for i in x]',
    '[j for i in x for j in (k:=y)]',
    '[k for i in x for k in y if (k:=1)]',
    'def f():\n  x: int\n  global x',
    'def f():\n  global x\n  x: int = 3',
    'from m import *\ndef f():\n  from m import *',
    'return 1',
    'def f():\n  class C:\n    return 1',
    'yield 1',
    'class C:\n  yield 1',
    '[(yield 1) for x in y]',
    '{(yield 1) for x in y}',
    '{(yield 1): 1 for x in y}',
    'await x',
    'def f():\n  await x',
    'break',
    'continue',
    'for x in y:\n  def f():\n    break',
    'while 1:\n  class C:\n    continue',
    'def f(): x = 1; nonlocal x',
    '__debug__ = 1',
    'def f(__debug__): pass',
    'f(__debug__=1)',
    'del __debug__',
    'f(a=1, a=2)',
    'f(a=1,\n  b=2, a=3)',
    'class C(a=1, a=2): pass',
    'match x:\n  case a: pass\n  case b: pass',
    'match x:\n  case a | b: pass',
    'match x:\n  case [a, a]: pass',
    'match x:\n  case {"a": 1, "a": 2}: pass',
    'match x:\n  case _: pass\n  case 1: pass',
    'match x:\n  case (a|[b]): pass',
    'match x:\n  case C(a=1, a=2): pass',
    'match x:\n  case [a] | [b]: pass',
    'match x:\n  case {1: a, 1.0: b}: pass',
    'a, *b, *c = d',
    '*a = b',
    'x = *a',
    'class C:\n  def f(): nonlocal __x',
    'import __future__\nfrom __future__ import annotations',
    'from __future__ import braces',
    'from __future__ import nonsense',
    'x = 1\nfrom __future__ import annotations',
    '"doc"\nfrom __future__ import annotations\nx = 1',
    'def f():\n  nonlocal x\n  global x',
    'def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x',
]
for s in sources:
    try:
        compile(s, '<test>', 'exec')
        print(repr(s), 'compiles')
    except SyntaxError as e:
        print(repr(s), '->', e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))

blocks = ''.join('  ' * i + 'for x%d in y:\n' % i for i in range(21)) + '  ' * 21 + 'pass\n'
try:
    compile(blocks, '<blocks>', 'exec')
except SyntaxError as e:
    print('21 loops ->', e.msg, e.lineno)
blocks = ''.join('  ' * i + 'while x:\n' % () for i in range(19)) + '  ' * 19 + 'pass\n'
compile(blocks, '<blocks>', 'exec')
print('19 loops compile')
ifs = ''.join(' ' * i + 'if x:\n' for i in range(98)) + ' ' * 98 + 'y = 1\n'
compile(ifs, '<ifs>', 'exec')
print('98 nested ifs compile')
