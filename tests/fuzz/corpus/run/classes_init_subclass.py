# __init_subclass__ runs for each subclass and receives class keyword arguments.
class Plugin:
    plugins = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[key or cls.__name__.lower()] = cls
class CSV(Plugin, key='csv'):
    pass
class Json(Plugin):
    pass
class SubJson(Json, key='subjson'):
    pass
print({k: v.__name__ for k, v in Plugin.plugins.items()})
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init_subclass__(cls):
        cls.tag = cls.__name__ + '!'
class Leaf(Base):
    pass
print(Leaf.tag, hasattr(Base, 'tag'))
