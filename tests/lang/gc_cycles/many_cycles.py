# Creating many reference cycles in a loop must finish.
class Node:
    def __init__(self, i):
        self.i = i
        self.other = None
created = 0
for i in range(200000):
    a = Node(i)
    b = Node(i + 1)
    a.other = b
    b.other = a
    created += 1
print('cycles created', created)
for i in range(100000):
    lst = []
    lst.append(lst)
    d = {}
    d['me'] = d
print('self cycles done', i + 1)
