# difflib.HtmlDiff (make_table/make_file, context, wrapcolumn, tabsize, charsets) and
# difflib._mdiff over random edits: the HTML equals CPython's byte for byte.
import difflib
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
words = ['alpha', 'beta\tgamma', 'gamma', 'delta <b> & c', 'the quick fox jumps over the lazy dog', 'jumps  over', '', '\t#', 'x = 1', 'x = 2', 'print(x)', 'caf\xe9 \u20ac']
for trial in range(30):
    a = [words[rnd(len(words))] + '\n' for _ in range(rnd(14))]
    b = a[:]
    for _ in range(rnd(7)):
        op = rnd(4)
        if op == 0 and b:
            del b[rnd(len(b))]
        elif op == 1:
            b.insert(rnd(len(b) + 1), words[rnd(len(words))] + '\n')
        elif op == 2 and b:
            i = rnd(len(b))
            del b[i:i + rnd(4)]
        elif b:
            i = rnd(len(b))
            s = b[i]
            j = rnd(len(s))
            b[i] = s[:j] + 'qz \t'[rnd(4)] + s[j + 1 + rnd(2):]
    ctx = rnd(4) - 1
    print(list(difflib._mdiff(a, b, None if ctx < 0 else ctx)))
    h = difflib.HtmlDiff(tabsize=rnd(9) + 1, wrapcolumn=[None, 8, 14, 30][rnd(4)])
    print(h.make_table(a, b, 'from' * rnd(2), 'to' * rnd(2), context=bool(rnd(2)), numlines=rnd(6)))
print(difflib.HtmlDiff().make_file([], [], context=True, charset='us-ascii'))
print(difflib.HtmlDiff().make_file(['\u20ac\n'], ['a\n'], charset='us-ascii'))
