# BUILD_LIST makes a list of exactly its items (CPython's size: [x].__sizeof__() is 48);
# appends, inserts, slicing and mutation then grow it as usual.
a = [1]
print(a.__sizeof__(), [].__sizeof__(), [1, 2, 3].__sizeof__())
a.append(2)
a.append(3)
print(a, len(a))
b = [a, a]
b.insert(0, 'x')
b[1:2] = [9, 8, 7]
print(b)
c = [i for i in range(3)]
c += [4]
print(c, [*c, *a], list((1, 2)))
e = []
e.append(1)
print(e, e * 2, [None] * 3)


class L(list):
    pass


l = L([1, 2])
l.append(3)
print(type(l).__name__, l)


def f(*args):
    x = [args[0]]
    x.extend(args)
    return x


print(f(1, 2, 3), [[]], [[], [1]], [(1, 2)][0])
