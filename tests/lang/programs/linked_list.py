# A singly linked list class with iteration, indexing, reversal and dunders.
class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push_front(item)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError('pop from empty list')
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f'{value!r} not in list')

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError('linked list index out of range')
        for i, v in enumerate(self):
            if i == index:
                return v

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return 'LinkedList([' + ' -> '.join(repr(v) for v in self) + '])'


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.append(5)
ll.push_front(9)
print(ll, len(ll))
print(ll[0], ll[-1], ll[2], 4 in ll, 7 in ll)
ll.remove(1)
print(ll)
ll.reverse()
print(ll, list(ll))
print(ll.pop_front(), ll)
try:
    ll.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
empty = LinkedList()
try:
    empty.pop_front()
except IndexError as e:
    print(type(e).__name__, e)
print(LinkedList('abc') == LinkedList(['a', 'b', 'c']), LinkedList([1]) == [1])
print(sum(LinkedList(range(101))), sorted(LinkedList([5, 2, 8])))
