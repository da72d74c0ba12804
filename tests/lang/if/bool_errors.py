# An if test on an object whose __bool__ fails propagates the error.
class Broken:
    def __bool__(self):
        raise ValueError('cannot decide')
try:
    if Broken():
        print('never')
except ValueError as e:
    print(type(e).__name__, e)
class Weird:
    def __bool__(self):
        return 'yes'
try:
    if Weird():
        print('never')
except TypeError as e:
    print(type(e).__name__, e)
class LenOnly:
    def __len__(self):
        return 0
if not LenOnly():
    print('len 0 is falsy')
