import difflib
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
words = ['alpha', 'beta', 'gamma', 'delta', 'the quick fox', 'jumps over', 'lazy dog', '', '#', 'x = 1', 'x = 2', 'print(x)']
for trial in range(25):
    a = [words[rnd(len(words))] + '\n' for _ in range(rnd(12))]
    b = a[:]
    for _ in range(rnd(5)):
        op = rnd(3)
        if op == 0 and b:
            del b[rnd(len(b))]
        elif op == 1:
            b.insert(rnd(len(b) + 1), words[rnd(len(words))] + '\n')
        elif b:
            i = rnd(len(b))
            s = b[i]
            j = rnd(len(s))
            b[i] = s[:j] + 'qz'[rnd(2)] + s[j + 1:]
    print(''.join(difflib.ndiff(a, b)), end='')
    print(''.join(difflib.unified_diff(a, b, n=rnd(3))), end='')
    print(''.join(difflib.context_diff(a, b, n=rnd(3))), end='')
    sa = ''.join(chr(97 + rnd(4)) for _ in range(rnd(30)))
    sb = ''.join(chr(97 + rnd(4)) for _ in range(rnd(30)))
    m = difflib.SequenceMatcher(None, sa, sb)
    print(m.get_opcodes(), round(m.ratio(), 6), round(m.quick_ratio(), 6))
    print(difflib.get_close_matches(sa[:5], [sb[i:i+5] for i in range(0, 25, 3)], n=2, cutoff=0.3))
