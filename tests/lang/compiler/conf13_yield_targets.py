# Assigning to a yield: CPython's invalid_assignment rule says "assignment to yield
# expression not possible" only for a bare yield_expr followed by '='; a parenthesized
# yield is an ordinary invalid target ("cannot assign to yield expression"), and a bare
# `yield += 1` is a yield statement followed by a stray operator ("invalid syntax" at the
# operator). Session 13: safepy gave the first message for all of them.
srcs = ["x = (yield) = 1", "x = yield = 1", "yield = 1", "(yield) = 1", "(yield from a) = 1",
        "yield from a = 1", "def f():\n  (yield) = 1", "def f():\n  x = yield = 1",
        "((yield)) = 1", "[(yield)] = 1", "(yield), a = 1", "(yield) += 1", "yield += 1",
        "yield x -= 1", "x = (yield x) = y", "a = b = (yield from c) = d",
        "for (yield) in x: pass", "with a as (yield): pass", "del (yield)"]
for s in srcs:
    try:
        compile(s, 's', 'exec')
        print(repr(s), 'compiled')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
