# Generators as __iter__ methods and generator-based class helpers.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), sum(t), 4 in t)
for d, v in t.depth_first():
    print('  ' * d + str(v))
class Paginator:
    def __init__(self, items, size):
        self.items, self.size = items, size
    def pages(self):
        for i in range(0, len(self.items), self.size):
            yield self.items[i:i + self.size]
print(list(Paginator(list(range(7)), 3).pages()))
