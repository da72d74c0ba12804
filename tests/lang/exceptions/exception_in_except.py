# An exception raised inside an except block carries the original as __context__.
def process():
    try:
        int('abc')
    except ValueError as first:
        try:
            [][1]
        except IndexError as second:
            print('second context is first:', second.__context__ is first)
            raise KeyError('third')
try:
    process()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise
except ValueError as e:
    print('context of re-raised:', e.__context__)
try:
    try:
        raise ValueError('a')
    finally:
        raise TypeError('from finally')
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__)
