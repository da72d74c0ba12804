# The assert message expression is evaluated only when the assertion fails.
calls = []
def msg(text):
    calls.append(text)
    return text
assert True, msg('not evaluated')
print(calls)
try:
    assert 0, msg('evaluated')
except AssertionError as e:
    print(e, calls)
def check_positive(n):
    assert n > 0, n
    return n
print(check_positive(3))
try:
    check_positive(-2)
except AssertionError as e:
    print(repr(e))
try:
    assert (1, 2) == (1, 3), ('tuple message', 1)
except AssertionError as e:
    print(e.args)
