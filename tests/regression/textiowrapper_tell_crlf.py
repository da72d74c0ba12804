# io.TextIOWrapper (lib/io.py) tell() measured the unread text re-encoded after newline translation, so after '\r\n' input it was short by one per unread '\r\n' (a seek back to it lost data); utf-16 counted a byte order mark per call; tell() during next() was allowed
import io
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
data = ''.join('y' * (i % 41) + '\r\n' for i in range(700)) + 'last'
for nl in (None, ''):
    w = io.TextIOWrapper(io.BytesIO(data.encode('ascii')), encoding='ascii', newline=nl)
    marks = []
    while True:
        pos = w.tell()
        line = w.readline()
        if not line:
            break
        if line.strip('\r\n'):  # CPython's cookie for an empty line may carry decoder state
            marks.append((pos, line))
    print(repr(nl), len(marks), marks[:2], marks[-2:], sum(m[0] for m in marks), w.tell())
    bad = 0
    for pos, line in marks[::5]:
        w.seek(pos)
        bad += w.readline() != line
    print('mismatches', bad)
w = io.TextIOWrapper(io.BytesIO(b'ab\r\ncd\r\nef\r\n'), encoding='utf-8')
t('rl', w.readline); t('tell', w.tell); t('r1', lambda: w.read(1)); t('tell', w.tell)
p = w.tell(); t('seek', lambda: w.seek(p)); t('rest', w.read)
w = io.TextIOWrapper(io.BytesIO('héllo\nwörld\n'.encode('utf-16')), encoding='utf-16')
t('u16 rl', w.readline); t('tell', w.tell)
w = io.TextIOWrapper(io.BytesIO('aé€😀\nb'.encode()), encoding='utf-8')
for i in range(5):
    t('r1', lambda: w.read(1)); t('tell', w.tell)
w = io.TextIOWrapper(io.BytesIO(b'l1\nl2\n'), encoding='utf-8')
t('next', lambda: next(w)); t('iter tell', w.tell); t('seek0', lambda: w.seek(0)); t('tell', w.tell)
t('list', lambda: list(w)); t('tell end', w.tell)
w.close()
t('closed seek', lambda: w.seek(0)); t('closed tell', w.tell)
