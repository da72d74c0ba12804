# Name resolution follows Local, Enclosing, Global, Builtin order.
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        x = 'local'
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer())
def uses_global():
    return x
print(uses_global())
def shadows_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadows_builtin(), len('abc'))
def builtin_lookup():
    return abs(-3)
print(builtin_lookup())
