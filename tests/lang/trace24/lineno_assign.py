# frame.f_lineno = N is checked at the assignment, as CPython: a trace function can catch
# the ValueError of a refused jump (pdb's `jump` command does) and tracing goes on.
import sys

def target():
    a = 1
    a = a * 10 + 2
    for i in range(2):
        a = a * 10 + 3
    a = a * 10 + 5
    return a

log = []

def make_tracer(jumps):
    def tracer(frame, event, arg):
        if frame.f_code is not target.__code__:
            return tracer
        if event == "call":
            try:
                frame.f_lineno = frame.f_lineno + 1
            except ValueError as e:
                log.append(("call", str(e)))
            return tracer
        if event == "line":
            rel = frame.f_lineno - target.__code__.co_firstlineno
            if rel in jumps:
                to = jumps.pop(rel)
                try:
                    frame.f_lineno = to if not isinstance(to, int) else target.__code__.co_firstlineno + to
                    log.append(("jumped", rel, frame.f_lineno - target.__code__.co_firstlineno))
                except ValueError as e:
                    log.append(("refused", rel, str(e).replace(str(target.__code__.co_firstlineno), "F")))
        if event == "return":
            try:
                frame.f_lineno = 1
            except ValueError as e:
                log.append(("return", str(e)))
        return tracer
    return tracer

def run(jumps):
    log.clear()
    sys.settrace(make_tracer(dict(jumps)))
    try:
        r = target()
    finally:
        sys.settrace(None)
    print(r, log)

run({})                  # no jump
run({2: 5})              # over the loop
run({1: 4})              # into the for body: refused, tracing continues
run({5: 2})              # backwards
run({2: "x"})            # not an int
run({2: 0})              # before the code block
run({2: 10 ** 6})        # after the code block
run({2: -5})
run({2: True})
run({2: 10 ** 30})

print(type(sys._getframe().f_lineno).__name__, sys._getframe().f_lineno)
