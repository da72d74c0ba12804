"""timeit: timing of small code snippets (our own implementation).

A Timer compiles its statement into a function that runs it `number` times
inside a loop, so the loop overhead is part of one call, as in CPython.
Timing uses time.perf_counter.

Command line (`safepy -m timeit [options] [statement ...]`):
  -n N, --number=N   run the statement N times per measurement (default: the smallest
                     power of ten times 1, 2 or 5 that takes at least 0.2 seconds)
  -r N, --repeat=N   take N measurements (default 5)
  -s S, --setup=S    statement run once before each measurement (repeatable)
  -p, --process      measure process CPU time instead of wall time
  -u U, --unit=U     print times in U: nsec, usec, msec or sec
  -v, --verbose      print the raw measurements too (twice: one more digit)
  -h, --help         print this text
Several statement arguments are lines of one statement. Prints the best time per loop,
and warns when the worst measurement took over four times the best.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times executions of a statement."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def _globals():
    return {}


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line interface (see the module's text); returns the exit status."""
    import getopt
    import os
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:tcpvh",
                                   ["number=", "setup=", "repeat=", "time", "clock",
                                    "process", "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    number = 0  # found by autorange
    setups = []
    nrepeat = default_repeat
    verbose = 0
    unit = None
    digits = 3
    for opt, val in opts:
        if opt in ("-n", "--number"):
            number = int(val)
        elif opt in ("-s", "--setup"):
            setups.append(val)
        elif opt in ("-u", "--unit"):
            if val not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = val
        elif opt in ("-r", "--repeat"):
            nrepeat = max(int(val), 1)
        elif opt in ("-p", "--process"):
            timer = time.process_time
        elif opt in ("-v", "--verbose"):
            if verbose:
                digits += 1
            verbose += 1
        elif opt in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    # local imports of the statement see the current directory, not this module's
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer("\n".join(args) or "pass", "\n".join(setups) or "pass", timer)
    if number == 0:
        def report(n, secs):
            print("{} loop{} -> {:.{}g} secs".format(n, "s" if n != 1 else "", secs, digits))
        try:
            number, _ = t.autorange(report if verbose else None)
        except:  # noqa: E722 -- any error of the timed code is reported, as CPython
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(nrepeat, number)
    except:  # noqa: E722
        t.print_exc()
        return 1

    def fmt(secs):
        if unit is not None:
            name, scale = unit, _UNITS[unit]
        else:
            # the largest unit the time reaches (nsec below one nanosecond)
            name, scale = min(_UNITS.items(), key=lambda kv: kv[1])
            for n, sc in sorted(_UNITS.items(), key=lambda kv: -kv[1]):
                if secs >= sc:
                    name, scale = n, sc
                    break
        return "%.*g %s" % (digits, secs / scale, name)

    if verbose:
        print("raw times: %s" % ", ".join(map(fmt, raw)))
        print()
    per_loop = [secs / number for secs in raw]
    best, worst = min(per_loop), max(per_loop)
    print("%d loop%s, best of %d: %s per loop"
          % (number, "s" if number != 1 else "", nrepeat, fmt(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time "
                               "(%s) was more than four times slower than the best time "
                               "(%s)." % (fmt(worst), fmt(best)), UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
