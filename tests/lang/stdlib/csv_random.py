import csv, io
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
chars = 'ab ,;"\'\\\t\r\n1.'
dialects = [dict(), dict(delimiter=';'), dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONE, escapechar='\\'),
            dict(doublequote=False, escapechar='\\'), dict(quotechar="'", lineterminator='\n'), dict(skipinitialspace=True),
            dict(quoting=csv.QUOTE_NONNUMERIC), dict(strict=True), dict(escapechar='\\')]
for trial in range(200):
    row = [''.join(chars[rnd(len(chars))] for _ in range(rnd(6))) for _ in range(rnd(4))]
    d = dialects[rnd(len(dialects))]
    s = io.StringIO()
    try:
        csv.writer(s, **d).writerow(row)
        text = s.getvalue()
    except csv.Error as e:
        print('W', d, row, 'Error', e)
        text = ''.join(chars[rnd(len(chars))] for _ in range(rnd(10)))
    try:
        got = list(csv.reader(text.splitlines(keepends=True), **d))
    except (csv.Error, ValueError) as e:
        got = type(e).__name__ + ': ' + str(e)
    print(repr(text), got)
    raw = ''.join(chars[rnd(len(chars))] for _ in range(rnd(12)))
    try:
        got = list(csv.reader(raw.splitlines(keepends=True), **d))
    except (csv.Error, ValueError) as e:
        got = type(e).__name__ + ': ' + str(e)
    print(repr(raw), got)
