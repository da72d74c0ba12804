# import inside a function binds a local name.
def use():
    import mod_basic.util
    from mod_basic import greet
    return mod_basic.util.double(21), greet('local'), 'mod_basic' in locals()
print(use())
try:
    mod_basic
except NameError as e:
    print(type(e).__name__, e)
def lazy(name):
    if name == 'basic':
        import mod_basic as m
    else:
        import mod_star as m
    return m.__name__
print(lazy('basic'), lazy('star'))
class Holder:
    import mod_basic
    def get(self):
        return self.mod_basic.VALUE
print(Holder().get(), type(Holder.mod_basic).__name__)
