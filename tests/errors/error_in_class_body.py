# An exception raised while executing a class body.
class Config:
    defaults = {'a': 1}
    value = defaults['b']
