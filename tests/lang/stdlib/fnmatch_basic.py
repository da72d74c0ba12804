import fnmatch
for p in ['*.txt', 'a*b*c', '?x*', '[abc]', '[!a-z]*', '[', '[]]', '[!]]', 'a**b', '*', '**',
          'a.b', '[a-]', '[\\]', '[^x]', '[a&&b]', 'x*y*', '*a*', '[z-a]', '[!z-a]', 'a+(b)|c']:
    print(repr(p), fnmatch.translate(p))
names = ['a.txt', 'b.TXT', 'abc', 'xa', '.hidden', 'a\nb.txt', 'data[1].csv', 'zz']
for p in ['*.txt', '*', '?', '??', '[ab]*', '[!a]*', '*a*', 'data[[]1].csv', '*.[ct]*', '.*']:
    print(p, fnmatch.filter(names, p), [fnmatch.fnmatch(n, p) for n in names[:3]])
print(fnmatch.fnmatchcase('ABC', 'a*'), fnmatch.fnmatch('abc', 'a?c'), fnmatch.fnmatch(b'abc', b'a*'))
