# Data descriptors beat instance dicts; non-data descriptors lose to them.
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from non-data'
class Data:
    def __get__(self, obj, objtype=None):
        return 'from data'
    def __set__(self, obj, value):
        print('Data.__set__', value)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, c.d)
c.__dict__['nd'] = 'instance nd'
c.__dict__['d'] = 'instance d'
print(c.nd, c.d)
c.d = 5
print(C.nd, C.d)
class Method:
    def f(self):
        return 'method'
m = Method()
m.f = lambda: 'instance attr'
print(m.f(), Method.f(m))
