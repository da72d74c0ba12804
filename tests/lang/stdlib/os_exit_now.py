# not in the image: ends the process with os._exit
# os._exit(n): the run ends at once with status n: no except/finally/with exit, no atexit
# function, no generator cleanup (flushed output stays; the rest is lost, as C's _exit)
import atexit
import contextlib
import os
import sys


@atexit.register
def bye():
    print('atexit ran')


@contextlib.contextmanager
def managed():
    try:
        yield
    finally:
        print('context exit ran')


def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally ran')


def deep(n):
    if n == 0:
        for _ in gen():
            sys.stdout.write('leaving at depth 0\n')
            sys.stdout.flush()
            os._exit(7)
    try:
        deep(n - 1)
    except SystemExit:
        print('caught SystemExit')
    except BaseException:
        print('caught BaseException')
    finally:
        print('finally ran')


for bad in ((), ('x',), (2**40,), (1.5,), (1, 2)):
    try:
        os._exit(*bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print('start', flush=True)
with managed():
    deep(5)
print('not reached')
