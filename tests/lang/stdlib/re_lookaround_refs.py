import re
tests = [
    (r'(?<=\$)\d+(?:\.\d\d)?', 'cost $12.50 or $7'), (r'\b(\w+)\s+\1\b', 'this is is a test test'),
    (r'(?i)\b(\w+)\s+\1\b', 'Hello HELLO world'), (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" and \'yo\''),
    (r'^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$', 'Passw0rdX'), (r'^(?=.*\d)(?=.*[a-z]).{8,}$', 'password'),
    (r'(?<![\w.])\d+(?![\w.])', 'a1 22 3.4 x5 66'), (r'(?<=(?P<a>a)b)c', 'abc'), (r'(a)(?=(b))', 'ab'),
    (r'(?!(a)b)(\w)', 'ab'), (r'(?:(?!ab).)+', 'xxabyy'), (r'(?<=ab|cd)x', 'cdx'),
    (r'(?<!^)x', 'xx'), (r'(?>(a+))b', 'aab'), (r'(?>a+)ab', 'aaab'), (r'(a+)+b', 'aaab'),
    (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'((a)|b)*?c', 'abc'), (r'(?:a|(b))+', 'aba'),
    (r'(\d+)-(\d+)(?:-(\d+))?', '10-20'), (r'(?:(a)|b)(?(1)c|d)', 'bd'),
    (r'(?P<n>\()?\d+(?(n)\))', '(12)'), (r'(?P<n>\()?\d+(?(n)\))', '12)'),
    (r'(a*)b\1', 'aabaa'), (r'(a)?b\1', 'b'), (r'(?:(a)|b)\1', 'b'), (r'([ab])*\1', 'abb'),
    (r'\w+(?=,)', 'one, two,three'), (r'.*(?<=x)', 'axbxc'), (r'(?s)(?<=\n).', 'a\nb'),
    (r'a{2}+', 'aaaaa'), (r'(?:ab)*+a', 'ababa'), (r'(?:ab)?+ab', 'ab'), (r'x*+', 'xxx'),
    (r'(a{1,3}?){2}', 'aaaa'), (r'(a{1,3}){2}?', 'aaaaaa'), (r'(ab|a)*?b', 'aab'),
]
for p, s in tests:
    ms = [(m.span(), m.groups(), m.lastindex) for m in re.finditer(p, s)]
    print(p, ms)
s = re.compile(r'\d+|[a-z]+').scanner('ab12cd!')
print([m.group() for m in iter(s.search, None)])
s = re.compile(r'\d+|[a-z]+').scanner('ab12cd!')
print([m.group() for m in iter(s.match, None)])
