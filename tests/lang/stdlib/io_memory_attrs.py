# io.StringIO/BytesIO: no .name/.mode (AttributeError), seek/truncate edge cases and messages, writes after a seek past a truncated end.
import io
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
s, b = io.StringIO('héllo wörld'), io.BytesIO(b'hello world')
for o in (s, b):
    n = type(o).__name__
    t(n + ' name', lambda: o.name)
    t(n + ' mode', lambda: o.mode)
    t(n + ' seek end+1', lambda: o.seek(1, 2))
    t(n + ' seek cur+1', lambda: o.seek(1, 1))
    t(n + ' trunc -1', lambda: o.truncate(-1))
    t(n + ' seek 8', lambda: o.seek(8))
    t(n + ' trunc 3', lambda: o.truncate(3))
    t(n + ' tell', o.tell)
    t(n + ' write', lambda: o.write('Z' if n == 'StringIO' else b'Z'))
    t(n + ' value', o.getvalue)
t('b seek huge', lambda: b.seek(2**63 - 1, 1))
t('b seek huge end', lambda: b.seek(2**63 - 1, 2))
t('b tell', b.tell)
t('b seek 2**63', lambda: b.seek(2**63))
t('s seek 2**63', lambda: s.seek(2**63))
