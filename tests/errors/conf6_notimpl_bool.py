import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(bool(NotImplemented), not NotImplemented)
    if NotImplemented:
        print('truthy')
    print([(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print('raised', e)
class Weird:
    def __eq__(self, o):
        return NotImplemented
print(Weird() == Weird(), Weird() != 1)
print(bool(NotImplemented))
