# A task scheduler in the spirit of Richards: queues, state machines, attribute access.
class Task:
    def __init__(self, ident, priority, work):
        self.ident = ident
        self.priority = priority
        self.work = work
        self.done = 0
        self.waiting = False

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.clock = 0
        self.log = []
    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)
    def step(self):
        for t in self.tasks:
            if t.waiting:
                t.waiting = False
                continue
            if t.done < t.work:
                t.done += 1
                self.clock += t.priority
                if t.done % 7 == 0:
                    t.waiting = True
                return t
        return None
    def run(self):
        steps = 0
        while True:
            t = self.step()
            if t is None:
                return steps
            steps += 1
            if steps % 50000 == 0:
                self.log.append((steps, t.ident))

s = Scheduler()
for i in range(40):
    s.add(Task(i, i % 5 + 1, 12000 + i * 10))
print(s.run(), s.clock, s.log[:3])
