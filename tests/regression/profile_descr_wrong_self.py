# sys.setprofile: a method descriptor called through its type with a first argument of
# the wrong type (list.append(1, 2)) raises the descriptor's TypeError with no c_call /
# c_exception event (CPython fails to bind it before the event); right types still report.
import sys
ev = []
def prof(frame, event, arg):
    if event.startswith('c_'): ev.append((event, getattr(arg, '__qualname__', None)))
class L(list): pass
def work():
    l = L([3, 1]); l.append(2); list.append(l, 5); l.sort()
    try: list.append(1, 2)
    except TypeError as e: ev.append(str(e))
    try: list.append()
    except TypeError as e: ev.append(str(e))
    try: str.upper(1)
    except TypeError as e: ev.append(str(e))
    dict.fromkeys('ab'); int.from_bytes(b'\x01', 'big')
    object.__eq__(1, 2); object.__eq__(L(), 3)
    try: dict.__dict__['fromkeys'](1, 'ab')
    except TypeError as e: ev.append(str(e))
    dict.__dict__['fromkeys'](dict, 'ab')
sys.setprofile(prof)
work()
sys.setprofile(None)
for e in ev: print(e)
