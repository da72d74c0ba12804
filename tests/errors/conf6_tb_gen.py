def gen():
    yield 1
    yield 2 / 0

class C:
    def method(self):
        return list(gen())
    @property
    def prop(self):
        return self.method()

print("start")
C().prop
