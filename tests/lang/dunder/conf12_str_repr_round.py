# str() of an object whose __repr__ returns a non-str: "__str__ returned non-string" (object.__str__
# calls the repr slot unchecked); int.__round__(None) is a TypeError, round(int, None) is not.
class R:
    def __repr__(self): return 5
for f in (repr, str, print, lambda o: f'{o}', lambda o: '%s' % o, lambda o: '{}'.format(o), lambda o: object.__str__(o)):
    try: print(repr(f(R())))
    except TypeError as e: print('TypeError', e)
class Rec:
    def __repr__(self): return str(self)
try: str(Rec())
except RecursionError as e: print('RecursionError', e)
try: repr(Rec())
except RecursionError as e: print('RecursionError', e)
print(round(3, None), round(2.5, None), (2.5).__round__(None), (7).__round__(), (15).__round__(-1))
try: (3).__round__(None)
except TypeError as e: print('TypeError', e)
try: (3).__round__('1')
except TypeError as e: print('TypeError', e)
