import inspect
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class Outer:
    """Outer doc."""
    class Inner:
        def method(self):
            def local(): pass
            return local
    def m(self, a, b=2, *args, c, d=4, **kw) -> int:
        "m doc"
        return a
t(lambda: Outer.Inner.__qualname__); t(lambda: Outer.Inner.method.__qualname__); t(lambda: Outer.Inner().method().__qualname__); t(lambda: Outer.__doc__); t(lambda: Outer.m.__doc__); t(lambda: Outer.Inner.__doc__)
t(lambda: str(inspect.signature(Outer.m))); t(lambda: str(inspect.signature(lambda x, /, y=1: 0))); t(lambda: list(inspect.signature(Outer.m).parameters)); t(lambda: inspect.signature(Outer.m).parameters['b'].default)
t(lambda: inspect.isfunction(Outer.m)); t(lambda: inspect.ismethod(Outer().m)); t(lambda: inspect.isclass(Outer)); t(lambda: inspect.isgeneratorfunction(lambda: (yield))); t(lambda: inspect.iscoroutinefunction(Outer.m))
t(lambda: inspect.getdoc(Outer)); t(lambda: [n for n, _ in inspect.getmembers(Outer, inspect.isfunction)]); t(lambda: inspect.getmro(bool))
def documented():
    """
    Indented doc.
        more
    """
t(lambda: documented.__doc__); t(lambda: inspect.getdoc(documented)); t(lambda: inspect.cleandoc(documented.__doc__))
t(lambda: Outer.m.__annotations__); t(lambda: Outer.m.__code__.co_name); t(lambda: Outer.m.__code__.co_argcount); t(lambda: Outer.__module__); t(lambda: Outer.__dict__['m'].__name__)
t(lambda: inspect.getsource(documented) if False else 'skip'); t(lambda: inspect.currentframe().f_code.co_name); t(lambda: inspect.stack()[0].function)
def f_lineno():
    import sys
    return sys._getframe().f_lineno
t(f_lineno)
t(lambda: f_lineno.__code__.co_firstlineno)
t(lambda: (lambda: 0).__code__.co_filename.endswith('introspect.py'))
t(lambda: int.__doc__.splitlines()[0]); t(lambda: len.__doc__); t(lambda: str.upper.__doc__)
t(lambda: Outer.__name__); t(lambda: Outer().__class__.__qualname__); t(lambda: type(Outer.__dict__).__name__)
