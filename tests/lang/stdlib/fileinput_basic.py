# fileinput: several files as one stream with names/line numbers, nextfile, binary mode,
# openhook, in-place editing with and without backup, stdin, errors.
import fileinput, os, sys

names = ['fileinput_tmp_a.txt', 'fileinput_tmp_b.txt', 'fileinput_tmp_empty.txt']
with open(names[0], 'w') as f:
    f.write('a1\na2\na3')
with open(names[1], 'w') as f:
    f.write('b1\nb2\n')
open(names[2], 'w').close()

for line in fileinput.input([names[0], names[2], names[1]]):
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), repr(line))
print(fileinput.filename(), fileinput.lineno())
fileinput.close()
try:
    fileinput.filename()
except RuntimeError as e:
    print(type(e).__name__, e)

with fileinput.FileInput(names[:2]) as fi:
    for line in fi:
        if fi.filelineno() == 2:
            fi.nextfile()
            continue
        print(fi.filename(), repr(line))
with fileinput.input(names[1], mode='rb') as fi:
    print(list(fi))
seen = []
def hook(name, mode):
    seen.append((name, mode))
    return open(name, mode)
with fileinput.input(names[:1], openhook=hook) as fi:
    print([l.strip() for l in fi], seen)
with fileinput.input(names[:1], openhook=fileinput.hook_encoded('utf-8')) as fi:
    print(fi.readline(), fi.lineno())

with fileinput.input(names[:2], inplace=True, backup='.orig') as fi:
    for line in fi:
        print(line.rstrip().upper() + '!')
for n in names[:2]:
    with open(n) as f:
        print(n, repr(f.read()))
    with open(n + '.orig') as f:
        print(n + '.orig', repr(f.read()))
    os.remove(n + '.orig')
with fileinput.input(names[1], inplace=True) as fi:
    for line in fi:
        sys.stdout.write(line.replace('!', '?'))
print(os.path.exists(names[1] + '.bak'))
with open(names[1]) as f:
    print(repr(f.read()))
print(list(fileinput.input([], )) if False else 'skip')
for bad in (dict(mode='w'), dict(inplace=True, openhook=hook), dict(openhook=5)):
    try:
        fileinput.FileInput(names[0], **bad)
    except ValueError as e:
        print(type(e).__name__, e)
fi = fileinput.input(names[0])
try:
    fileinput.input(names[0])
    print('second input allowed before reading')
except RuntimeError as e:
    print(type(e).__name__, e)
next(fi)
try:
    fileinput.input(names[0])
except RuntimeError as e:
    print(type(e).__name__, e)
fileinput.close()
try:
    with fileinput.input('fileinput_tmp_missing.txt') as fi:
        list(fi)
except FileNotFoundError as e:
    print(type(e).__name__, e)
for n in names:
    os.remove(n)
print(fileinput.FileInput[str])
