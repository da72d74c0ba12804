# __getitem__, __setitem__, __delitem__, __contains__ on a custom mapping-like class.
class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print('get', key)
        return self.data[key]
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.data[key]
    def __contains__(self, key):
        print('contains', key)
        return key in self.data
s = Store()
s['a'] = 1
s['a'] += 10
print(s['a'], 'a' in s, 'b' not in s)
del s['a']
try:
    s['missing']
except KeyError as e:
    print(type(e).__name__, e)
s[(1, 2)] = 'tuple key'
print(s.data)
class ROnly:
    def __getitem__(self, i):
        return i
try:
    ROnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ROnly()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
