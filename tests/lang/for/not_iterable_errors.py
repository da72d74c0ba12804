# Iterating a non-iterable raises TypeError.
for obj in [5, 3.5, None, True, object]:
    try:
        for x in obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
class NoIter:
    pass
try:
    for x in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 42
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
