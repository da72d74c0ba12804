# Binary search tree and doubly linked list with iteration protocols, deletion, and structural equality.

class BSTNode:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class BST:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, value):
        def insert(node):
            if node is None:
                self.size += 1
                return BSTNode(key, value)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.value = value
            return node
        self.root = insert(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __delitem__(self, key):
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = remove(node.right, succ.key)
                self.size += 1
            return node
        self.root = remove(self.root, key)
        self.size -= 1

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __len__(self):
        return self.size

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def items(self):
        return ((k, self[k]) for k in self)

    def height(self, node=...):
        if node is ...:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def range(self, lo, hi):
        def walk(node):
            if node is None:
                return
            if lo < node.key:
                yield from walk(node.left)
            if lo <= node.key <= hi:
                yield node.key
            if node.key < hi:
                yield from walk(node.right)
        return list(walk(self.root))

    def pretty(self):
        lines = []
        def show(node, prefix, is_left):
            if node is None:
                return
            show(node.right, prefix + ("│   " if is_left else "    "), False)
            lines.append(prefix + ("└── " if is_left else "┌── ") + str(node.key))
            show(node.left, prefix + ("    " if is_left else "│   "), True)
        show(self.root, "", True)
        return "\n".join(lines)


class DNode:
    def __init__(self, value, prev=None, next=None):
        self.value, self.prev, self.next = value, prev, next


class DList:
    def __init__(self, iterable=()):
        self.head = self.tail = None
        self.n = 0
        for x in iterable:
            self.append(x)

    def append(self, value):
        node = DNode(value, self.tail)
        if self.tail:
            self.tail.next = node
        else:
            self.head = node
        self.tail = node
        self.n += 1

    def appendleft(self, value):
        node = DNode(value, None, self.head)
        if self.head:
            self.head.prev = node
        else:
            self.tail = node
        self.head = node
        self.n += 1

    def remove(self, value):
        node = self.head
        while node and node.value != value:
            node = node.next
        if node is None:
            raise ValueError(f"{value!r} not in list")
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self.n -= 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev

    def __len__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, DList) and list(self) == list(other)

    def __repr__(self):
        return "DList([" + " <-> ".join(map(repr, self)) + "])"

    def reverse(self):
        node = self.head
        self.head, self.tail = self.tail, self.head
        while node:
            node.prev, node.next = node.next, node.prev
            node = node.prev


keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 25]
tree = BST((k, f"v{k}") for k in keys)
print(len(tree), list(tree), tree.height())
print(tree.pretty())
print(tree[45], 45 in tree, 99 in tree, tree.range(28, 62))
tree[45] = "updated"
print(tree[45], len(tree))
for k in [20, 50, 70, 10]:
    del tree[k]
    print(f"after del {k}: {list(tree)} size={len(tree)} height={tree.height()}")
try:
    del tree[999]
except KeyError as e:
    print("KeyError:", e)
print(dict(tree.items()))
words = BST((w, len(w)) for w in "the quick brown fox jumps over the lazy dog".split())
print(list(words), len(words), max(words), min(words), sorted(words, key=lambda w: -words[w])[:3])

dl = DList(range(5))
dl.appendleft(-1)
dl.append(5)
print(dl, len(dl), list(reversed(dl)))
dl.remove(2)
dl.remove(-1)
dl.remove(5)
print(dl, len(dl))
dl.reverse()
print(dl, list(reversed(dl)), dl == DList([4, 3, 1, 0]), dl == [4, 3, 1, 0])
try:
    dl.remove(42)
except ValueError as e:
    print("ValueError:", e)
print(sum(dl), max(dl), 3 in dl, [x * 10 for x in dl if x % 2 == 0], list(zip(dl, reversed(dl))))
empty = DList()
print(empty, len(empty), list(reversed(empty)), bool(empty), bool(dl))
