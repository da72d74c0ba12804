# Class decorators receive the class and may modify or replace it.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
@register
class Other:
    pass
print(registry, Point(1, 'b'))
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
