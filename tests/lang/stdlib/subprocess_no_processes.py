# subprocess: the exceptions, CompletedProcess, argument checks and list2cmdline behave as
# CPython's (safepy starts no processes: tests/cli subprocess_refused).
import errno
import random
import subprocess as s

e = s.CalledProcessError(2, ['ls', '-l'], output=b'o', stderr=b'e')
print(str(e), repr(e), e.stdout, e.output, e.stderr, isinstance(e, s.SubprocessError))
e.stdout = b'new'
print(e.output)
print(str(s.CalledProcessError(-9, 'x')), str(s.CalledProcessError(-999, 'x')), str(s.CalledProcessError(0, 'y')))
t = s.TimeoutExpired('cmd', 1.5, output=b'x')
print(str(t), repr(t), t.stdout, t.stderr)
c = s.CompletedProcess(['a'], 0, 'out')
print(repr(c), c.check_returncode())
c2 = s.CompletedProcess('a', 1, stderr=b'err')
print(repr(c2), s.CompletedProcess[str])
try:
    c2.check_returncode()
except s.CalledProcessError as err:
    print(err, err.stderr)
print(s.PIPE, s.STDOUT, s.DEVNULL, sorted(s.__all__))
for call in (lambda: s.check_output(['x'], stdout=1), lambda: s.run(['x'], input=b'', stdin=1),
             lambda: s.run(['x'], capture_output=True, stderr=1)):
    try:
        call()
    except ValueError as err:
        print('ValueError', err)
print(s.list2cmdline(['a b', 'c"d', 'e\\', '', 'f\\\\"g', 'h\tj', 'k\\ l\\']))
rng = random.Random(7)
args = [[''.join(rng.choice('ab \\"\t') for _ in range(rng.randrange(6))) for _ in range(3)] for _ in range(300)]
print([s.list2cmdline(a) for a in args[:12]])
import hashlib
print(hashlib.sha256('\n'.join(s.list2cmdline(a) for a in args).encode()).hexdigest())
