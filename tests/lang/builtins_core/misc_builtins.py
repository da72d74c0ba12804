# ascii, format, vars, dir on classes, globals, and abs/round dispatch.
print(ascii('abc'), ascii('é'), format(3.14159, '.2f'), format('x', '>3'), format(5))
class P:
    a = 1
print(sorted(k for k in vars(P) if not k.startswith('_')))
print(isinstance(globals(), dict), __name__)
print(list(filter(str.isdigit, 'a1b2c3')))
print(slice(2), list(range(3)), type(...).__name__)
print(object.__name__, type(None).__name__)
print(issubclass(int, object), len(dir(object)) > 10)
