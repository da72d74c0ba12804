# doctest's finder over a module holding C methods (method descriptors, method-wrappers):
# they belong to their class's module (was ValueError "object must be a class or function");
# sys.platlibdir.
import doctest, sys, types

m = types.ModuleType('mymod')


class C:
    """>>> 1 + 1
    2
    """
    def f(self):
        """>>> 2 * 3
        6
        """


C.__module__ = 'mymod'
m.C = C
m.join = str.join
m.wrapper = (1).__add__
m.fromkeys = dict.fromkeys
finder = doctest.DocTestFinder()
print(sorted((t.name, len(t.examples)) for t in finder.find(m)))
print(sys.platlibdir)
