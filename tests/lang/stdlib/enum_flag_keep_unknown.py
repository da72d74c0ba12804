import enum
class Fl(enum.IntFlag, boundary=enum.KEEP):
    A = 1
    B = 2
class F2(enum.Flag, boundary=enum.KEEP):
    A = 1
    B = 2
print(repr(Fl(8)), repr(Fl(9)), str(Fl(8)), repr(F2(8)), repr(F2(11)), str(F2(8)), repr(Fl(0)), repr(F2(0)), str(F2(9)))
print(repr(enum.IntFlag('X', 'a b')(12)), format(Fl(9)), Fl(9).name, F2(8).name, F2(9).name)
