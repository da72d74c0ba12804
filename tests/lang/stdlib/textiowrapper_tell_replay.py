# io.TextIOWrapper's tell()/seek() against CPython's C implementation on random files: every
# codec kind (utf-8 with replace/ignore/surrogateescape and bad bytes, utf-8-sig, u16,
# utf-16 le/be, utf-32, single-byte), every newline mode, files across the 8 KiB chunk
# size, random read(n)/readline(limit)/tell()/seek(cookie)/seek(0)/seek(0, 2)/newlines.
# The cookies must be equal to CPython's (decoder flags, bytes to feed, chars to skip).
import io, random
rng = random.Random(1616)
ALPH = ['a', 'b', ' ', '\n', '\r\n', '\r', 'é', '€', '😀', 'ü', 'ж', 'xyz']
ENCS = [('utf-8', 'strict'), ('utf-8', 'replace'), ('utf-8', 'ignore'), ('utf-8-sig', 'strict'),
        ('u16', 'strict'), ('utf-16', 'strict'), ('utf-16-le', 'strict'), ('utf-16-be', 'replace'),
        ('utf-32', 'strict'), ('latin-1', 'strict'), ('ascii', 'replace'), ('ascii', 'ignore'),
        ('cp1252', 'replace'), ('utf8', 'surrogateescape')]
NLS = [None, '', '\n', '\r', '\r\n']

def make(enc, errors, n):
    text = ''.join(rng.choice(ALPH) for _ in range(n))
    e = {'u16': 'utf-16'}.get(enc, enc)
    data = text.encode(e, 'replace')
    if errors != 'strict' and rng.random() < 0.7:
        # sprinkle bad bytes
        b = bytearray(data)
        for _ in range(rng.randrange(1, 6)):
            b.insert(rng.randrange(len(b) + 1), rng.choice([0xff, 0x80, 0xc3, 0xe2, 0xed, 0x9d]))
        data = bytes(b)
    return data

def run(case):
    enc, errors, nl, data = case
    w = io.TextIOWrapper(io.BytesIO(data), encoding=enc, errors=errors, newline=nl)
    out = []
    marks = []
    for step in range(40):
        op = rng.random()
        try:
            if op < 0.25:
                k = rng.choice([1, 1, 2, 3, 7, 100, 5000, 9000])
                r = w.read(k)
                out.append(('read', k, len(r), r[:6], r[-6:]))
            elif op < 0.5:
                r = w.readline(rng.choice([-1, -1, -1, 3, 50]))
                out.append(('rl', len(r), r[:6], r[-6:]))
            elif op < 0.75:
                t = w.tell()
                marks.append(t)
                out.append(('tell', t))
            elif op < 0.9 and marks:
                c = rng.choice(marks)
                out.append(('seek', c, w.seek(c)))
            elif op < 0.93:
                out.append(('seek0', w.seek(0)))
            elif op < 0.95:
                out.append(('seekend', w.seek(0, 2)))
            else:
                out.append(('newlines', w.newlines))
        except Exception as e:
            out.append(('exc', type(e).__name__, str(e)))
    return out

cases = []
for i in range(160):
    enc, errors = ENCS[i % len(ENCS)]
    nl = NLS[(i // len(ENCS)) % len(NLS)]
    n = rng.choice([0, 1, 5, 40, 300, 3000, 9000])
    cases.append((enc, errors, nl, make(enc, errors, n)))
for i, c in enumerate(cases):
    res = run(c)
    print(i, c[0], c[1], repr(c[2]), len(c[3]), ascii(res))
