# richards: an operating-system task scheduler simulation in the style of Martin
# Richards' benchmark: an idle task, a worker, two handlers and two devices exchanging
# packets through a priority-ordered task list (objects, method calls, state flags).
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUF_SIZE = 4

class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUF_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue

class Task:
    def __init__(self, sched, ident, priority, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting_for_packet = waiting
        self.holding = False
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.holding and (not self.waiting_for_packet or self.queue is not None)

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        self.waiting_for_packet = False
        return p

    def add_packet(self, p, current):
        if self.queue is None:
            self.queue = p
            p.link = None
            self.waiting_for_packet = False
            if self.priority > current.priority:
                return self
        else:
            self.queue = p.append_to(self.queue)
        return current

class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.sched.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.sched.release(DEVICE_B)

class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True)
        self.dest = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.datum = 0
        for i in range(BUF_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.sched.queue_packet(packet)

class HandlerTask(Task):
    def __init__(self, sched, ident, queue):
        Task.__init__(self, sched, ident, 2000 + ident, queue, True)
        self.work = None
        self.device = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.device = packet.append_to(self.device)
        if self.work is not None:
            w = self.work
            count = w.datum
            if count >= BUF_SIZE:
                self.work = w.link
                return self.sched.queue_packet(w)
            if self.device is not None:
                d = self.device
                self.device = d.link
                d.datum = w.data[count]
                w.datum = count + 1
                return self.sched.queue_packet(d)
        return self.sched.wait()

class DeviceTask(Task):
    def __init__(self, sched, ident):
        Task.__init__(self, sched, ident, 4000 + ident, None, False)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            p = self.pending
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = packet
        self.sched.hold_count += 1
        return self.sched.hold_self()

class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def schedule(self):
        t = self.tasks
        while t is not None:
            self.current = t
            if t.runnable():
                p = t.take_packet() if t.waiting_for_packet or t.queue is not None else None
                t = t.run(p)
            else:
                t = t.link

    def hold_self(self):
        self.current.holding = True
        return self.current.link

    def wait(self):
        self.current.waiting_for_packet = True
        return self.current.link

    def release(self, ident):
        t = self.table[ident]
        t.holding = False
        return t if t.priority > self.current.priority else self.current

    def queue_packet(self, packet):
        t = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return t.add_packet(packet, self.current)

def run_once(count):
    s = Scheduler()
    IdleTask(s, count)
    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    WorkerTask(s, q)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, q)
    DeviceTask(s, DEVICE_A)
    DeviceTask(s, DEVICE_B)
    s.schedule()
    return s.queue_count, s.hold_count

for n in (1000, 10000, 60000):
    print(n, run_once(n))
