import re

def show(p, s, flags=0):
    try:
        m = re.search(p, s, flags)
    except re.error as e:
        print(repr(p), 'error', e)
        return
    if m is None:
        print(repr(p), repr(s), None)
    else:
        print(repr(p), repr(s), m.span(), m.group(), m.groups())

cases = [
    ('abc', 'xxabcxx'), ('a.c', 'a\nc abc'), ('a.c', 'a\nc', re.S), ('^abc', 'abc'),
    ('^b', 'a\nb'), ('^b', 'a\nb', re.M), ('a$', 'a\n'), ('a$', 'a\nb'), ('a$', 'a\nb', re.M),
    ('a\\Z', 'a\n'), ('\\Aa', 'ba'), ('\\bfoo\\b', 'a foo b'), ('\\Bfoo', 'afoo'),
    ('\\B', ''), ('\\b', ''), ('^$', ''), ('$', 'ab\n'),
    ('[abc]+', 'xxcbaxx'), ('[^abc]+', 'abxyzc'), ('[a-z0-9]+', 'ABC abc123 X'),
    ('[]a]+', 'a]a]b'), ('[a-]+', '-a-b'), ('[\\d\\s]+', 'ab 1 2x'), ('[\\w.]+', '#foo.bar#'),
    ('\\d+', 'abc ١٢٣ 45'), ('\\d+', 'abc ١٢٣ 45', re.A), ('\\w+', 'héllo wörld'),
    ('\\w+', 'héllo', re.A), ('\\s+', 'a\u2003\t b'), ('\\S+', '  ab c'), ('\\W+', 'ab, cd'),
    ('\\D+', '12ab34'), ('a*', 'bbb'), ('a+', 'baaa'), ('a?b', 'ab'), ('a{2}', 'aaaa'),
    ('a{2,3}', 'aaaa'), ('a{2,}', 'aaaaa'), ('a{,2}', 'aaaa'), ('a{,2}?', 'aaaa'),
    ('a*?b', 'aaab'), ('a+?', 'aaa'), ('a??', 'a'), ('a{2,3}?', 'aaaa'), ('<.*>', '<a><b>'),
    ('<.*?>', '<a><b>'), ('a*+a', 'aaaa'), ('a++b', 'aaab'), ('a?+a', 'a'),
    ('(?>a*)a', 'aaa'), ('(?>a|ab)c', 'abc'), ('(?:a|ab)c', 'abc'), ('(a|b)*c', 'ababc'),
    ('(a|b)*?c', 'ababc'), ('(ab)+', 'ababab'), ('(ab){2}', 'ababab'), ('(a)(b)?', 'a'),
    ('((a)|b)+', 'ab'), ('(a*)*', 'b'), ('(a*)+', 'b'), ('(a|)*', 'aa'), ('(?:a*)*b', 'aab'),
    ('(a)\\1', 'aa'), ('(a)\\1', 'ab'), ('(?P<x>a+)(?P=x)', 'aaaa'), ('(a)|\\1', 'x'),
    ('(?i)(a)\\1', 'aA'), ('(\\w+) \\1', 'hello hello'), ('(?=foo)f', 'foo'),
    ('(?!foo)f', 'foo fa'), ('(?<=a)b', 'ab'), ('(?<!a)b', 'ab cb'), ('(?<=\\d{3})x', '12x 123x'),
    ('(?<=(a))b', 'ab'), ('(a)?(?(1)b|c)', 'ab'), ('(a)?(?(1)b|c)', 'c'), ('(?P<q>")?\\w+(?(q)")', '"abc"'),
    ('(?(1)a|b)?(x)', 'bx'), ('a|b|c', 'xc'), ('ab|a', 'ab'), ('a|ab', 'ab'), ('(?:)', 'a'),
    ('x(?#comment)y', 'xy'), ('(?x) a b # comment\n c', 'abc'), ('(?x)[ ]a', ' a'),
    ('(?x)a\\ b', 'a b'), ('(?i)abc', 'ABC'), ('(?i:a)b', 'AB'), ('(?i:a)b', 'Ab'),
    ('a(?i:b)c', 'aBc'), ('(?-i:a)b', 'aB', re.I), ('(?s:.)', '\n'), ('(?m:^b)', 'a\nb'),
    ('(?a:\\w+)', 'héllo'), ('(?u:\\w+)', 'héllo', re.A), ('\\x41\\u0042\\U00000043', 'ABC'),
    ('\\101', 'A'), ('\\0', '\x00'), ('\\08', '\x008'), ('[\\0-\\x20]+', 'a \t\x01b'),
    ('\\n\\t\\r\\f\\v\\a', '\n\t\r\f\v\a'), ('[\\b]', '\b'), ('\\.\\*\\+\\?\\(\\)', '.*+?()'),
    ('a{', 'a{'), ('a{1', 'a{1'), ('a{1,x}', 'a{1,x}'), ('{', '{'), ('a{}', 'a{}'),
    ('(?i)[a-c]+', 'ABCD'), ('(?i)[^a]', 'A'), ('(?i)\u0131', 'I'), ('(?i)s', '\u017f'),
    ('(?i)\u03c3', '\u03a3\u03c2'), ('(?i)[\u03c3]+', '\u03a3\u03c2'), ('(?i)ß', 'ẞ'),
    ('(?i)é', 'É'), ('(?ia)é', 'É'), ('(?i)k', 'K'), ('(?ia)k', '\u212a'),
    ('é+', 'aéééb'), ('[à-ÿ]+', 'xàéîõüx'), ('.+', '日本語'), ('日本', 'こんにちは日本語'),
    ('(?s).{2}$', 'ab\n'), ('a.*b', 'a\nb'), ('\\d{2,}?', '12345'),
    ('(a+)+$', 'aaaa'), ('(?:(a)|b)*', 'ab'), ('(?:(a)|(b))+', 'ab'), ('(a)*', 'aaa'),
    ('((a)|(b))*', 'abab'), ('(?:x(a)?)*', 'xax'),
]
for c in cases:
    show(*c)

# fullmatch / match
print(re.fullmatch('a*', 'aaa'), re.fullmatch('a*', 'aab'), re.match('a', 'ba'))
print(re.fullmatch('a*?', 'aaa'), re.fullmatch('(?:a|ab)', 'ab'))
p = re.compile('a+')
print(p.match('xaaa', 1), p.match('xaaa', 1, 3), p.search('aaaa', 1, 2), p.fullmatch('baab', 1, 3))
print(p.search('aaa', 5), p.search('aaa', -3), p.match('aaa', 0, -1), p.findall('aaa a aa', 2, 7))
print(re.compile('^a').search('ba', 1), re.compile('$').search('ab', 0, 1))
print(re.compile('(?<=a)b').search('ab', 1), re.compile('\\bb').search('ab', 1))
