# += mutates lists in place but rebinds immutables.
a = [1]
b = a
a += [2]
print(a, b, a is b)
a = a + [3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = {1}
s2 = s
s |= {2}
print(sorted(s2), s is s2)
d = {'n': 0}
d['n'] += 1
d['n'] += 1
print(d)
class C:
    count = 0
c = C()
c.count += 1
print(c.count, C.count)
lst = [[1], [2]]
lst[0] += [9]
print(lst)
