# __exit__ receives (type, value, traceback); as binds __enter__'s return value.
class Inspect:
    def __enter__(self):
        return {'resource': 42}
    def __exit__(self, et, ev, tb):
        print('type:', et.__name__ if et else et)
        print('value:', repr(ev))
        print('traceback present:', tb is not None)
        return True
with Inspect() as r:
    print('got', r)
with Inspect() as r:
    raise KeyError('k')
class ReturnsNone:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with ReturnsNone() as v:
    print('as value', v)
class ListTarget:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with ListTarget() as (a, b):
    print(a, b)
