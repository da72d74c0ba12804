# The attribute / global caches found a name's entry index by scanning the whole dict on every refill, so a site that kept missing on a big dict (a global deleted and re-bound each iteration, objects alternating at one LOAD_ATTR) went quadratic and timed out.
g = globals()
for i in range(150000):
    g['pad%d' % i] = i


def rebind():
    global tmp
    s = 0
    for i in range(150000):
        tmp = i
        s += tmp + len('ab')
        del tmp
    return s


print(rebind())


class O:
    pass


big = O()
for i in range(100000):
    setattr(big, 'a%d' % i, i)
big.z = 2
small = O()
small.z = 1


def alternate(objs):
    s = 0
    for k in range(50000):
        for x in objs:
            s += x.z
            x.z = x.z
    return s


print(alternate([big, small]))
print(len(vars(big)), big.a99999, small.z)
