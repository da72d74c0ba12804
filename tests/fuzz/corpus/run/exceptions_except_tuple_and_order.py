# except with a tuple of types; first matching clause wins; base class catches subclass.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f'lookup-ish {type(e).__name__}'
    except ArithmeticError as e:
        return f'arith {type(e).__name__}'
    except Exception as e:
        return f'other {type(e).__name__}'
for exc in [KeyError('a'), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(classify(exc))
try:
    raise KeyError('x')
except LookupError:
    print('LookupError catches KeyError')
except KeyError:
    print('never reached')
errors = (TypeError, ValueError)
try:
    int([])
except errors as e:
    print('caught via tuple variable', type(e).__name__)
try:
    try:
        raise ValueError
    except 'not a class':
        pass
except TypeError as e:
    print(type(e).__name__, e)
