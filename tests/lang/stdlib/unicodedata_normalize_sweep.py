import unicodedata as u
out = []
for cp in range(0, 0x30000, 41):
    c = chr(cp)
    if u.category(c) in ('Cn', 'Cs', 'Co'):
        continue
    s = c + '\u0301\u0323' if cp % 3 == 0 else c
    out.append('%X %s %s %s %s %s %s' % (cp, ascii(u.normalize('NFC', s)), ascii(u.normalize('NFD', s)), ascii(u.normalize('NFKC', s)), ascii(u.normalize('NFKD', s)), u.decomposition(c), u.numeric(c, '')))
print(len(out))
import sys
sys.stdout.write('\n'.join(out[::1]) + '\n')
