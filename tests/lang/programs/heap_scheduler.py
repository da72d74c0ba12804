# Event scheduler built on a hand-written binary min-heap of (time, seq, task) tuples.
class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.items:
            raise IndexError('pop from empty heap')
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i = 0
            n = len(self.items)
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < n and self.items[child] < self.items[smallest]:
                        smallest = child
                if smallest == i:
                    break
                self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
                i = smallest
        return top

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)


class Scheduler:
    def __init__(self):
        self.heap = MinHeap()
        self.seq = 0
        self.now = 0
        self.log = []

    def at(self, time, name, action=None, repeat=None):
        self.heap.push((time, self.seq, name, action, repeat))
        self.seq += 1

    def run(self, until):
        while self.heap:
            time, _, name, action, repeat = self.heap.pop()
            if time > until:
                self.heap.push((time, -1, name, action, repeat))
                break
            self.now = time
            msg = action(self) if action else ''
            self.log.append(f't={time:>3} {name}{": " + msg if msg else ""}')
            if repeat:
                self.at(time + repeat, name, action, repeat)


counter = {'ticks': 0}


def tick(s):
    counter['ticks'] += 1
    return f'tick #{counter["ticks"]}'


def spawn(s):
    s.at(s.now + 7, 'spawned-child', lambda s: 'child ran')
    return 'scheduled child'


sched = Scheduler()
sched.at(10, 'tick', tick, repeat=10)
sched.at(5, 'hello')
sched.at(5, 'same-time-second')
sched.at(25, 'spawner', spawn)
sched.at(100, 'far-future')
sched.run(until=50)
print('\n'.join(sched.log))
print('pending:', len(sched.heap), 'now:', sched.now)
h = MinHeap()
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 5]
for x in data:
    h.push(x)
print([h.pop() for _ in range(len(h))] == sorted(data))
try:
    h.pop()
except IndexError as e:
    print('IndexError:', e)
words = MinHeap()
for w in 'pear apple fig banana cherry'.split():
    words.push((len(w), w))
print([words.pop()[1] for _ in range(5)])
