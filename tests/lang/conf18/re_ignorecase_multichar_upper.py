# re.IGNORECASE: letters whose shared uppercase is several characters (U+FB05/U+FB06,
# U+0390/U+1FD3, U+03B0/U+1FE3) match each other, in literals, sets, ranges and negated
# sets, as CPython's re._casefix pairs do; plus the pairs lower(upper(c)) already joins.
import re
for p, s in [(r'\u0412', '\u0432'), (r'\u0412', '\u1c80'), (r'\u0432', '\u1c80'), (r'\u1c80', '\u0412'), (r'\ufb05', '\ufb06'), (r'\ufb06', '\ufb05'),
  (r'[19\u0432]', '\u0412'), (r'[19\u0432]', '\u1c80'), (r'[19\u1c80]', '\u0412'), (r'[19\ufb05]', '\ufb06'),
  (r'[\u0431-\u0433]', '\u1c80'), (r'[\u1c80-\u1c82]', '\u0412'), (r'[\ufb04-\ufb05]', '\ufb06'), (r'[\ufb06-\ufb07]', '\ufb05'),
  ('K', '\u212a'), ('k', '\u212a'), ('[k]', '\u212a'), ('[a-z]', '\u212a'), ('s', '\u017f'), ('[s]','\u017f'), ('\u00b5','\u03bc'), ('[\u00b5]','\u03bc'), ('\u03c3', '\u03c2'), ('[\u03c2]', '\u03a3'), ('\u1e9e','\u00df'),('[\u00df]','\u1e9e'), ('i', '\u0130'), ('\u0131', 'I')]:
    print(ascii(p), ascii(s), bool(re.match(p, s, re.I)))
for p, s in [('\u0390', '\u1fd3'), ('\u1fd3', '\u0390'), ('[\u0390]', '\u1fd3'), ('[\u1fd3]', '\u0390'), ('\u03b0', '\u1fe3'), ('[\u1fe3x]', '\u03b0'),('[\u1fe0-\u1fe4]', '\u03b0'), ('\u1fe3+', '\u03b0\u1fe3'), ('[^\ufb05]', '\ufb06'), ('[^\ufb06]', '\ufb05'), ('\ufb05', 'st'), ('\ufb06', 'ST')]:
    print(ascii(p), ascii(s), re.match(p, s, re.I))
print(re.findall('\ufb05', '\ufb06 \ufb05 st', re.I), re.sub('[\ufb05]', '-', '\ufb06\ufb05', flags=re.I))
print(re.match('\ufb05', '\ufb06'), re.match('(?i:\ufb06)x', '\ufb05x'))
