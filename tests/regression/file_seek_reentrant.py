# seek() (and truncate()) converted their arguments after checking the file was open: an __index__ that closed it made them seek a host handle that another open file may have been given meanwhile (truncate is not compared: CPython refuses the close inside it as a reentrant call)
import os
p, q = 'file_seek_reentrant.tmp', 'file_seek_reentrant2.tmp'
open(p, 'w').write('0123456789')
open(q, 'w').write('other file content\n')
state = {}
class Closer:
    def __init__(self, f):
        self.f = f
    def __index__(self):
        self.f.close()
        state['g'] = open(q, 'r+')  # likely given the handle just released
        return 0
# (CPython's text seek() compares the cookie with 0 before converting it: binary only)
for op, mode in (('seek', 'rb+'),):
    if True:
        f = open(p, mode)
        f.read(1)
        try:
            print(op, mode, getattr(f, op)(Closer(f)))
        except ValueError as e:
            print(op, mode, 'refused')
        g = state.pop('g')
        print(repr(g.read()), g.tell())
        g.close()
print(repr(open(p).read()), repr(open(q).read()))
os.remove(p)
os.remove(q)
