# _thread.start_new_thread: an exception escaping the function is reported on stderr as
# CPython's unraisable hook does ("Exception ignored in thread started by: ..."), SystemExit
# ends the thread silently.
import _thread
import sys

done = _thread.allocate_lock()
done.acquire()


class Err:
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s
        if self.text.endswith('ValueError: boom 1\n'):
            done.release()

    def flush(self):
        pass


class F:
    def __call__(self, x):
        raise ValueError('boom %s' % x)

    def __repr__(self):
        return '<F>'


err = sys.stderr = Err()
_thread.start_new_thread(F(), (1,))
done.acquire()  # CPython: until the report is written; safepy: it already is
sys.stderr = sys.__stderr__
print(err.text.replace(__file__, 'FILE'))
quiet = _thread.allocate_lock()
quiet.acquire()


def ends():
    quiet.release()
    raise SystemExit(3)


_thread.start_new_thread(ends, ())
quiet.acquire()
print('after SystemExit')
