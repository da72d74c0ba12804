# list methods: append/extend/insert/pop/remove/index/count/reverse/copy/clear and their errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
a.append(4); a.extend((5, 6)); a.extend(x * 10 for x in range(2)); print(a)
a.insert(0, 'h'); a.insert(-1, 'm'); a.insert(100, 't'); a.insert(-100, 'b'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].pop('x'))
show(lambda: [1, 2].remove(3))
b = [1, 2, 3, 2, 1]
b.remove(2); print(b)
print(b.index(1), b.index(1, 1), b.index(2, -3), b.count(1), b.count(9))
show(lambda: b.index(4))
show(lambda: b.index(1, 1, 3))
show(lambda: ['a'].index('b'))
b.reverse(); print(b)
c = b.copy(); c.append(0); print(b, c)
c.clear(); print(c, len(c))
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: [].insert(1))
show(lambda: [].extend(5))
show(lambda: [1].count())
e = []
e.extend(e); print(e)
e = [1, 2]
e.extend(e); print(e)
e += e; print(e)
e *= 2; print(len(e))
e *= 0; print(e)
print(list(), list('abc'), list(range(3)), list({1: 2, 3: 4}))
show(lambda: list(1, 2))
show(lambda: list(x=1))
show(lambda: list(5))
