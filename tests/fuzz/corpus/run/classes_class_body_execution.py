# The class body executes top to bottom like a function body at definition time.
print('before class')
class C:
    print('in class body')
    a = 1
    b = a + 1
    for i in range(3):
        a += i
    del i
    def m(self):
        return 'm'
    if b > 1:
        flag = True
    else:
        flag = False
print('after class')
print(C.a, C.b, C.flag, hasattr(C, 'i'))
print(sorted(k for k in vars(C) if not k.startswith('__')))
print(C.__name__, C.__qualname__, C.__module__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory() is factory())
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__)
