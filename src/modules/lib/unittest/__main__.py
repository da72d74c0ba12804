"""`python -m unittest [options] [tests]` and `python -m unittest discover [-s DIR] [-p PATTERN] [-t DIR]`."""
import sys

from .loader import TestProgram

sys.argv[0] = 'python -m unittest'
argv = list(sys.argv)
start, pattern, top = '.', 'test*.py', None
if len(argv) > 1 and argv[1] == 'discover':
    rest = argv[2:]
    kept = [argv[0]]
    positional = []
    i = 0
    while i < len(rest):
        a = rest[i]
        if a in ('-s', '--start-directory', '-p', '--pattern', '-t', '--top-level-directory') \
                and i + 1 < len(rest):
            if a in ('-s', '--start-directory'):
                start = rest[i + 1]
            elif a in ('-p', '--pattern'):
                pattern = rest[i + 1]
            else:
                top = rest[i + 1]
            i += 2
            continue
        if a.startswith('-'):
            kept.append(a)
        else:
            positional.append(a)
        i += 1
    for k, v in enumerate(positional[:3]):
        if k == 0:
            start = v
        elif k == 1:
            pattern = v
        else:
            top = v
    argv = kept


class _Program(TestProgram):
    pass


_Program.start, _Program.pattern, _Program.top = start, pattern, top
_Program(module=None, argv=argv)
