# ValueError/TypeError messages from failed unpacking.
def attempt(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
def two(v):
    a, b = v
def three(v):
    a, b, c = v
def star(v):
    a, b, *c = v
attempt(lambda: two([1, 2, 3]))
attempt(lambda: two([1]))
attempt(lambda: three((1, 2)))
attempt(lambda: three([]))
attempt(lambda: two(5))
attempt(lambda: two(None))
attempt(lambda: star([1]))
attempt(lambda: two(iter(range(10))))
attempt(lambda: two('abc'))
attempt(lambda: two({1: 2}))
def nested(v):
    (a, b), c = v
attempt(lambda: nested([(1, 2, 3), 4]))
attempt(lambda: nested([1, 2]))
