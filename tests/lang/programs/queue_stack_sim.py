# Queue and stack simulation: a bank-teller queue and a bracket matcher / undo stack.
class Queue:
    def __init__(self):
        self._in, self._out = [], []

    def enqueue(self, x):
        self._in.append(x)

    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError('dequeue from empty queue')
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)


arrivals = {0: ['ann', 'bob'], 1: ['cat'], 2: [], 3: ['dan', 'eve', 'fay'], 5: ['gus']}
service_time = {'ann': 2, 'bob': 1, 'cat': 3, 'dan': 1, 'eve': 2, 'fay': 1, 'gus': 1}
q = Queue()
tellers = [None, None]
busy_until = [0, 0]
log = []
waits = {}
for t in range(12):
    for name in arrivals.get(t, []):
        q.enqueue((name, t))
    for i in range(len(tellers)):
        if tellers[i] and busy_until[i] <= t:
            log.append(f't={t} teller{i} done with {tellers[i]}')
            tellers[i] = None
        if tellers[i] is None and len(q):
            name, arrived = q.dequeue()
            tellers[i] = name
            busy_until[i] = t + service_time[name]
            waits[name] = t - arrived
            log.append(f't={t} teller{i} serves {name} (waited {t - arrived})')
print('\n'.join(log))
print('average wait:', sum(waits.values()) / len(waits))
try:
    q.dequeue()
except IndexError as e:
    print('IndexError:', e)


def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for i, ch in enumerate(s):
        if ch in '([{':
            stack.append((ch, i))
        elif ch in pairs:
            if not stack or stack[-1][0] != pairs[ch]:
                return f'mismatch at {i}'
            stack.pop()
    return 'ok' if not stack else f'unclosed {stack[-1][0]} at {stack[-1][1]}'


for s in ['(a[b]{c})', '(]', '((', 'f(x) = [1, {2: 3}]', '}']:
    print(f'{s!r}: {balanced(s)}')


class Editor:
    def __init__(self):
        self.text = ''
        self.undo_stack = []
        self.redo_stack = []

    def type(self, s):
        self.undo_stack.append(self.text)
        self.redo_stack.clear()
        self.text += s

    def undo(self):
        if self.undo_stack:
            self.redo_stack.append(self.text)
            self.text = self.undo_stack.pop()

    def redo(self):
        if self.redo_stack:
            self.undo_stack.append(self.text)
            self.text = self.redo_stack.pop()


ed = Editor()
for action in ['type:Hello', 'type:, world', 'undo', 'undo', 'redo', 'type:!', 'redo', 'undo']:
    cmd, _, arg = action.partition(':')
    getattr(ed, cmd)(*([arg] if arg else []))
    print(f'{action:<14} -> {ed.text!r}')
