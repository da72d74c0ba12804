# raise from sets __cause__; raising in except sets __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('bad value') from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__, e.__context__ is e.__cause__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('during handling')
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__context__, e.__suppress_context__)
try:
    try:
        int('x')
    except ValueError:
        raise TypeError('hidden context') from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise IndexError('direct') from KeyError('cause')
except IndexError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(type(e).__name__, e)
