# A list or tuple subclass with its own __iter__ is read through it by every consumer
# that copies a sequence (one rule, obj_is_exact_seq): str.join, bytes.join, slice
# assignment and *-argument unpacking read the stored items before.
class L(list):
    def __iter__(self):
        return iter('xy')

class T(tuple):
    def __iter__(self):
        return iter(('p', 'q'))

class B(list):
    def __iter__(self):
        return iter([b'1', b'2'])

s, t = L('abc'), T('abc')
print(''.join(s), ''.join(t), b'-'.join(B([b'a', b'b', b'c'])))
l = [0, 1]
l[0:0] = s
print(l)
l = [0, 1, 2]
l[::2] = T('ab')
print(l)
def f(*a):
    return a
print(f(*s), f(*t), '{}{}'.format(*t), [*t], (*s,))
print(''.join(L()), len(L('abc')), list.__len__(s))
