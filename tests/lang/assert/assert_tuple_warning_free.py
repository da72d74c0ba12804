# Assertions in functions and loops used as sanity checks; truthiness decides.
def avg(xs):
    assert len(xs) > 0, 'empty input'
    return sum(xs) / len(xs)
print(avg([1, 2, 3]))
try:
    avg([])
except AssertionError as e:
    print('AssertionError:', e)
for v in [1, 'a', [0], (0,)]:
    assert v
print('all truthy')
failed = 0
for v in [0, '', None, {}]:
    try:
        assert v, repr(v)
    except AssertionError as e:
        failed += 1
        print('failed for', e)
print(failed)
