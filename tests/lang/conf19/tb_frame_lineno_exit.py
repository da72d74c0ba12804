# tb.tb_frame.f_lineno of a frame the exception left is where the frame ended (after its
# except clauses and with blocks ran: a RERAISE puts back the original position, as
# CPython's f_lasti), while tb_lineno stays where the exception passed. A failing str()
# of the exception still gets the "Did you mean" suggestion and the notes.
import sys


def lineno_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    lines = []
    t = t.tb_next
    while t:
        frame = t.tb_frame
        lines.append((frame.f_lineno - frame.f_code.co_firstlineno,
                      t.tb_lineno - frame.f_code.co_firstlineno))
        t = t.tb_next
    print(f.__name__, lines)


def simple():
    1/0
    pass
def in_except():
    try:
        1/0
    except:
        1/0
        pass
def other_except():
    try:
        1/0
    except TypeError as ex:
        pass
def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass
def in_finally_normal():
    try:
        pass
    finally:
        1/0
        pass
def in_finally_except():
    try:
        1/0
    except:
        pass
    finally:
        1/0
        pass
def with_ctx():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    with CM():
        1/0
        x = 1
def nested():
    def inner():
        try:
            raise KeyError(1)
        except IndexError:
            y = 2
    try:
        inner()
    except ValueError:
        pass
def with_in_except():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    try:
        with CM():
            {}[1]
    except IndexError:
        pass


for f in (simple, in_except, other_except, in_named_except, in_finally_normal,
          in_finally_except, with_ctx, nested, with_in_except):
    lineno_after_raise(f)


class NS:
    __str__ = None
    __repr__ = None


class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError(NS())


import io


def hook_tail():
    buf = io.StringIO()
    saved, sys.stderr = sys.stderr, buf
    try:
        sys.__excepthook__(*sys.exc_info())
    finally:
        sys.stderr = saved
    print(buf.getvalue().splitlines()[-2:])


try:
    A().bluch
except AttributeError:
    hook_tail()
e = ValueError(NS())
e.add_note("a note")
try:
    raise e
except ValueError:
    hook_tail()
