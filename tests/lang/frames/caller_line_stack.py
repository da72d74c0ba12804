# traceback.extract_stack and sys._getframe from code run by imports, class creation,
# raise, match, async with/for and generators point at the caller's current line
import sys
import traceback

def where(tag):
    st = traceback.extract_stack()
    # [-1] is where(), [-2] the hook, [-3] the line that ran the opcode
    print(tag, st[-3].lineno, st[-3].name, sys._getframe(2).f_lineno)

mod = type(sys)("vmline_mod")
def mod_getattr(name):
    if name.startswith("__"):
        raise AttributeError(name)
    where("module __getattr__")
    return 42
mod.__getattr__ = mod_getattr
sys.modules["vmline_mod"] = mod

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        where("prepare")
        return {}
    def __instancecheck__(cls, obj):
        where("instancecheck")
        return True

class E(Exception):
    def __init__(self, *a):
        where("exc init")
        super().__init__(*a)

class P:
    __match_args__ = ("a",)
    @property
    def a(self):
        where("match attr")
        return 1

class CM:
    async def __aenter__(self):
        where("aenter")
        return self
    async def __aexit__(self, *a):
        return False
    def __aiter__(self):
        where("aiter")
        return self
    async def __anext__(self):
        raise StopAsyncIteration

def gen():
    where("gen body")
    yield 1

async def co():
    len([])
    async with CM():
        pass
    len([])
    async for _ in CM():
        pass

def main():
    len([])
    from vmline_mod import thing
    len([])
    class K(metaclass=Meta): pass
    len([])
    try:
        raise E
    except E:
        pass
    len([])
    match P():
        case P(1): len([])
    len([])
    for _ in gen(): pass
    len([])
    c = co()
    try:
        c.send(None)
    except StopIteration:
        pass
    len([])
    x = isinstance(3, K)
    len([])

main()
