# Set intersection and difference add the elements of the set they walk to a new result
# without a look-up (each is new to it)... unless a key's __eq__, run by the membership
# test, changed the walked set: the walk may then give an element again. safepy used to
# build {1, 1} here (len 2).
class K:
    def __init__(self, h, victim, adds, result):
        self.h, self.victim, self.adds, self.result, self.n = h, victim, adds, result, 0

    def __hash__(self):
        return self.h

    def __eq__(self, o):
        self.n += 1
        if self.n == 1 and self.victim is not None:
            self.victim.clear()
            for x in self.adds:
                self.victim.add(x)
        return self.result


def show(tag, r):
    print(tag, len(r), len(set(list(r))), sorted(r, key=repr), 1 in r)


for adds in [(9, 1), (9, 1, 2), (8, 9, 1), (9, 17, 1), (9, 17, 1, 3)]:
    a = {1, 2, 3}
    b = {K(1, a, adds, True)} | {K(i, None, (), True) for i in range(2, 40)}
    show(('&', adds), a & b)
    a = {1, 2, 3, 4}
    other = {K(1, a, adds, False), 100, 101, 102}
    show(('-', adds), a - other)
