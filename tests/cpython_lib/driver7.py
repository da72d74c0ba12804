# CPython's bdb (the debugger framework under pdb), unmodified, stepping through code and
# stopping at set_trace(), on sys.settrace, frame.f_trace and f_lineno (session 22).
import sys
import cpy_bdb as bdb


class Stepper(bdb.Bdb):
    def user_call(self, frame, args):
        print('call', frame.f_code.co_name, frame.f_lineno)
        self.set_step()

    def user_line(self, frame):
        names = sorted(k for k in frame.f_locals if not k.startswith('__'))
        print('line', frame.f_code.co_name, frame.f_lineno, names)
        self.set_step()

    def user_return(self, frame, value):
        print('return', frame.f_code.co_name, value)
        self.set_step()

    def user_exception(self, frame, info):
        print('exception', frame.f_code.co_name, info[0].__name__)
        self.set_step()


def work(n):
    t = 0
    for i in range(n):
        t += i
    try:
        raise KeyError(n)
    except KeyError:
        pass
    return helper(t)


def helper(v):
    return v * 2


Stepper().runcall(work, 2)


class StopOnce(bdb.Bdb):
    def user_line(self, frame):
        print('stopped in', frame.f_code.co_name, 'x =', frame.f_locals.get('x'))
        self.set_continue()


def g():
    x = 1
    StopOnce().set_trace()
    x = 2
    return x


print(g(), sys.gettrace())
