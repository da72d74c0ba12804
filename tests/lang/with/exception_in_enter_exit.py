# Exceptions raised by __enter__ skip the body and __exit__; from __exit__ they replace the original.
class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with BadEnter():
        print('body should not run')
except RuntimeError as e:
    print('caught', e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise KeyError('exit failed')
try:
    with BadExit():
        raise ValueError('body failed')
except KeyError as e:
    print('caught', repr(e), 'context', repr(e.__context__))
class Good:
    def __enter__(self):
        print('good enter')
        return self
    def __exit__(self, *a):
        print('good exit')
try:
    with Good(), BadEnter():
        pass
except RuntimeError as e:
    print('caught', e)
