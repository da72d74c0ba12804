"""sched: a general-purpose event scheduler.

A scheduler keeps a heap of events ordered by (time, priority, sequence); run() waits
with delayfunc until the first event is due, then calls it.  The time and delay
functions are the caller's (time.monotonic and time.sleep by default).

Invariant: the heap holds exactly the events entered and neither run nor cancelled;
sequence numbers make equal (time, priority) events run in the order entered.
"""

import time
import heapq
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at an absolute time; returns the event."""
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event delay time units from now."""
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError if it is not there)."""
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        return not self._queue

    def run(self, blocking=True):
        """Run due events, waiting for later ones (or, non-blocking, return the delay
        until the next one)."""
        while self._queue:
            first = self._queue[0]
            now = self.timefunc()
            if first.time > now:
                if not blocking:
                    return first.time - now
                self.delayfunc(first.time - now)
                continue
            heapq.heappop(self._queue)
            first.action(*first.argument, **first.kwargs)
            self.delayfunc(0)

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        return sorted(self._queue)
