# Exception args, str() and repr() for zero, one and many arguments.
for exc in [ValueError(), ValueError('one'), ValueError('a', 2), ValueError(42), KeyError('k'), KeyError(),
            KeyError('a', 'b'), OSError(2, 'No such file'), Exception(None), Exception('')]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
e = Exception('msg')
e.args = ('changed', 1)
print(e, e.args)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args, str(t) == '')
