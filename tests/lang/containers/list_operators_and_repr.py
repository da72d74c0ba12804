# list operators (+ * += *= comparisons in) and recursion-safe repr
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]; b = [1, 3]
print(a + b, a * 3, 2 * a, a * 0, a * -1, [] * 5)
print(a < b, a <= b, a > b, a == [1, 2], a != [1, 2], [1] < [1, 0], [] < [0], [2] > [1, 9])
print(1 in a, 3 in a, [1] in [[1]], a == a)
show(lambda: a + (1,))
show(lambda: a + 'x')
show(lambda: a * 'x')
show(lambda: a * 2.0)
show(lambda: a < (1, 2))
show(lambda: [1] < ['x'])
show(lambda: [1] * (10**30))
show(lambda: [1, 2] * (2**62))
c = [1]; c += (2, 3); c += 'ab'; c += range(2); print(c)
def f():
    d = [1]; d *= 'x'
show(f)
nan = float('nan')
print([nan] == [nan], nan in [nan], [1, 2] == [1, 2.0])
r = [1, 2]; r.append(r); print(r)
s = [r, [r]]; print(s)
t = (r,); print(t)
u = []; u.append((u,)); print(u)
print(repr([]), str([None, 'a', "b'c"]), [1.5, -2, True])
class W:
    def __repr__(self): return 'W!'
print([W(), [W()]])
print(hash((1, 2)) == hash((1, 2)))
show(lambda: hash([1]))
show(lambda: {[1]: 2})
