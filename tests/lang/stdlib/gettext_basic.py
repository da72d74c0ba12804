# gettext: NullTranslations, a .mo catalog written here (header, charset, plural forms,
# contexts), translation()/find() lookup with languages, fallbacks, install, errors.
import gettext, os, struct, builtins, shutil

def write_mo(path, entries):
    keys = sorted(entries)
    ids = b''
    strs = b''
    offsets = []
    for k in keys:
        offsets.append((len(ids), len(k), len(strs), len(entries[k])))
        ids += k + b'\0'
        strs += entries[k] + b'\0'
    n = len(keys)
    keystart = 7 * 4 + 16 * n
    valuestart = keystart + len(ids)
    koffsets = []
    voffsets = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    out = struct.pack('Iiiiiii', 0x950412de, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    out += struct.pack('%di' % len(koffsets), *koffsets)
    out += struct.pack('%di' % len(voffsets), *voffsets)
    out += ids + strs
    with open(path, 'wb') as f:
        f.write(out)

base = 'gettext_tmp_locale'
if os.path.exists(base):
    shutil.rmtree(base)
os.makedirs(os.path.join(base, 'de', 'LC_MESSAGES'))
os.makedirs(os.path.join(base, 'fr', 'LC_MESSAGES'))
header = (b'Project-Id-Version: test\nContent-Type: text/plain; charset=UTF-8\n'
          b'Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n'
          b'X-Long: first\n continued\n')
write_mo(os.path.join(base, 'de', 'LC_MESSAGES', 'app.mo'), {
    b'': header,
    b'Hello': 'Hallo'.encode(),
    b'File\0Files': b'Datei\0Dateien (2-4)\0Dateien',
    b'menu\x04Open': b'\xc3\x96ffnen',
    b'menu\x04Item\0Items': b'Eintrag\0Eintr\xc3\xa4ge\0Eintr\xc3\xa4ge!',
})
write_mo(os.path.join(base, 'fr', 'LC_MESSAGES', 'app.mo'), {
    b'': b'Content-Type: text/plain; charset=UTF-8\n',
    b'Hello': b'Bonjour', b'Bye': b'Au revoir',
})

t = gettext.translation('app', base, languages=['de'])
print(type(t).__name__, t.gettext('Hello'), t.gettext('Missing'), t.charset())
print(sorted(t.info().items()))
for n in (1, 2, 3, 4, 5, 11, 12, 22, 25, 0):
    print(n, t.ngettext('File', 'Files', n), t.npgettext('menu', 'Item', 'Items', n))
print(t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'), t.ngettext('x', 'xs', 1), t.ngettext('x', 'xs', 2))
t2 = gettext.translation('app', base, languages=['de_DE.UTF-8', 'fr'])
print(t2.gettext('Hello'), t2.gettext('Bye'), t2.gettext('none'))
print(gettext.find('app', base, ['fr_CA', 'de']).replace(os.sep, '/'))
print([p.replace(os.sep, '/') for p in gettext.find('app', base, ['fr', 'de'], all=True)])
print(gettext.find('app', base, ['C', 'de']), gettext.find('app', base, ['xx']))
try:
    gettext.translation('app', base, languages=['xx'])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
nt = gettext.translation('app', base, languages=['xx'], fallback=True)
print(type(nt).__name__, nt.gettext('Hello'), nt.ngettext('a', 'b', 1), nt.ngettext('a', 'b', 0),
      nt.pgettext('c', 'm'), nt.npgettext('c', 'a', 'b', 2), nt.info(), nt.charset())
nt.add_fallback(t)
print(nt.gettext('Hello'), nt.ngettext('File', 'Files', 5))
t.install(names=['ngettext'])
print(_('Hello'), builtins.ngettext('File', 'Files', 1))
del builtins._, builtins.ngettext
print(gettext.bindtextdomain('app', base).replace(os.sep, '/'), gettext.textdomain(), gettext.textdomain('app'))
os.environ['LANGUAGE'] = 'de'
print(gettext.gettext('Hello'), gettext.ngettext('File', 'Files', 3), gettext.dgettext('nodomain', 'Hello'),
      gettext.pgettext('menu', 'Open'), gettext.npgettext('menu', 'Item', 'Items', 1))
os.environ['LANGUAGE'] = 'C'
print(gettext.gettext('Hello'), gettext.dngettext('app', 'File', 'Files', 2))
for expr in ('n != 1', 'n>1', '0', 'n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2', '(n)'):
    f = gettext.c2py(expr)
    print(expr, [f(i) for i in (0, 1, 2, 11, 21, 101)])
for bad in ('n +', 'import os', '(n', 'n ? 1'):
    try:
        gettext.c2py(bad)
        print('accepted', bad)
    except ValueError as e:
        print(type(e).__name__)
with open(os.path.join(base, 'bad.mo'), 'wb') as f:
    f.write(b'\x00' * 40)
try:
    with open(os.path.join(base, 'bad.mo'), 'rb') as f:
        gettext.GNUTranslations(f)
except OSError as e:
    print(type(e).__name__, e.args[:2])
shutil.rmtree(base)
