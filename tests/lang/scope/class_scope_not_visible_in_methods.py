# Class-body names are not visible inside methods (or nested functions).
x = 'module x'
class C:
    x = 'class x'
    y = x + '!'
    def method(self):
        return x
    def method2(self):
        return self.x, C.x
print(C.y, C().method(), C().method2())
class D:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        total = [i + len(items) for i in range(2)]
    except NameError as e:
        err = f'{type(e).__name__}: {e}'
print(D.doubled, D.err)
class E:
    val = 5
    def get(self):
        try:
            return val
        except NameError as e:
            return f'{type(e).__name__}: {e}'
print(E().get())
