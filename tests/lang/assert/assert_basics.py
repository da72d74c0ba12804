# assert raises AssertionError with an optional message when the condition is false.
assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ['message', 'can be any object']
except AssertionError as e:
    print(e.args[0])
x = 5
try:
    assert x < 0, f'x should be negative, got {x}'
except AssertionError as e:
    print(e)
print('done')
