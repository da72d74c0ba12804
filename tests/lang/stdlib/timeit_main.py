# timeit's command line (timeit.main) with a fake clock: deterministic output
import io
import sys
import timeit
from contextlib import redirect_stdout, redirect_stderr


class FakeClock:
    """Time advances only when the timed statement calls tick(): by `step` seconds, or
    `slow` times that during every 3rd measurement."""
    def __init__(self, step, slow=1):
        self.now = 0.0
        self.step = step
        self.slow = slow
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.now

    def tick(self):
        self.now += self.step * (self.slow if self.calls % 6 == 5 else 1)


CLOCK = None
TICK = "import __main__; __main__.CLOCK.tick()"


def run(args, step=0.25, slow=1):
    out, err = io.StringIO(), io.StringIO()
    global CLOCK
    clock = CLOCK = FakeClock(step, slow)
    with redirect_stdout(out), redirect_stderr(err):
        status = timeit.main(args, _wrap_timer=lambda t: clock)
    print(args, "->", status)
    print(out.getvalue(), end="")
    if err.getvalue():
        # a traceback names the library file: only its last line is compared
        print("stderr:", err.getvalue().splitlines()[-1])


run(["-n", "10", "x = 1", TICK])
run(["-n", "1", "-r", "3", TICK])
run(["-n", "1000", "-u", "usec", TICK], step=1e-5)
run(["-n", "100", "-u", "msec", "-r", "0", TICK])
run(["-u", "years", "pass"])
run(["-n", "2", "-v", "-s", "a = 1", "-s", "b = 2", "a + b", TICK])
run(["-n", "2", "-v", "-v", TICK], step=1e-7)
run([TICK], step=0.05)                 # autorange: 1, 2, 5, 10 loops
run(["-v", TICK], step=0.003)
run(["--bogus"])
run(["-n"])
run(["-n", "3", "1/0"])
run(["-s", "import nosuchmodule", "pass"])
run(["-n", "5", "-p", TICK], step=2e-10)
run(["--number=4", "--repeat=2", "--setup=x=[]", "x.append(1)", TICK])
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    run(["-n", "1", "-r", "6", TICK], step=1.0, slow=9)
    for m in w:
        print(m.category.__name__, m.filename, m.lineno, m.message)
