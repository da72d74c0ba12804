# copyreg: dispatch_table, constructor checks, the extension registry and EXT opcodes.
import copyreg, pickle

def show(f, *a):
    try:
        r = f(*a)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

show(copyreg.pickle, int, 5)
show(copyreg.constructor, 5)
print(complex in copyreg.dispatch_table)
print(copyreg.__newobj__(list).__class__, copyreg.__newobj_ex__(dict, (), {}))

class Thing:
    pass
show(copyreg.add_extension, __name__, 'Thing', 0)
show(copyreg.add_extension, __name__, 'Thing', 300)
show(copyreg.add_extension, __name__, 'Thing', 300)
show(copyreg.add_extension, __name__, 'Thing', 301)
show(copyreg.add_extension, __name__, 'Other', 300)
for p in range(6):
    d = pickle.dumps(Thing, p)
    print(p, d, pickle.loads(d) is Thing)
copyreg.add_extension(__name__, 'show', 7)
copyreg.add_extension(__name__, 'Thing2', 70000)
print(pickle.dumps(show, 2))
show(copyreg.remove_extension, __name__, 'Thing', 5)
copyreg.remove_extension(__name__, 'Thing', 300)
print(pickle.dumps(Thing, 2))
copyreg.clear_extension_cache()
show(pickle.loads, b'\x80\x02\x82\x09.')
show(pickle.loads, b'\x80\x02\x84\x00\x00\x00\x00.')
print(pickle.loads(b'\x80\x02\x82\x07.') is show)

class S:
    __slots__ = ('a', '__b', '__dict__')
class T(S):
    __slots__ = 'c'
print(copyreg._slotnames(T), copyreg._slotnames(Thing))
print(copyreg._reconstructor(Thing, object, None).__class__.__name__)
print(copyreg._reconstructor(Thing, object, None).__class__ is Thing)
