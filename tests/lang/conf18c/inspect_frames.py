# not in the image: files
# inspect.trace / getinnerframes / getargs / getargvalues / formatargvalues
import inspect


def inner(a, b=2, *rest, c, **kw):
    x = a + b
    raise ValueError(x)


def outer():
    inner(1, 5, 6, c=3, d=4)


try:
    outer()
except ValueError:
    frames = inspect.trace()
    print(len(frames), [f.function for f in frames])
    print([f.lineno for f in frames], [f.index for f in frames])
    print([f.code_context for f in frames])
    last = frames[-1]
    # (safepy's traceback frames keep no locals: the values are given here)
    args, varargs, varkw = inspect.getargs(last.frame.f_code)
    values = {'a': 1, 'b': 5, 'c': 3, 'rest': (6,), 'kw': {'d': 4}}
    print(args, varargs, varkw)
    print(inspect.formatargvalues(args, varargs, varkw, values))
    print(inspect.formatargvalues(args, varargs, varkw, values,
                                  formatvalue=lambda v: ':' + type(v).__name__))
    print(inspect.getargs(inner.__code__))
    print(type(frames[0]).__name__, frames[0].filename == __file__)
    print(inspect.getinnerframes(None), inspect.getinnerframes(frames[0].frame and None))
    print(inspect.getinnerframes(__import__('sys').exc_info()[2], 0)[1].code_context)
try:
    inspect.getargs(5)
except TypeError as e:
    print('TypeError', e)
print(inspect.trace())


def g(*args):
    return inspect.getargvalues(inspect.currentframe())


print(g(1, 2).args, g(1, 2).varargs, g(1).locals)
