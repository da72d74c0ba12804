# Calling next() on an exhausted iterator at top level raises an uncaught StopIteration.
it = iter([1])
print(next(it))
print(next(it))
