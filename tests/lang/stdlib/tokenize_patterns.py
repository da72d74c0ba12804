# the token patterns under CPython's public names (libcst compiles Floatnumber and friends)
import io, re, tokenize
src = 'x = 1_000 + 0x_ff * 3.5e-2j\ns = rb"a\\"b" + f\'\'\'q\nw\'\'\'  # c\nif x:\n    y = (1,\n  2)\\\n\n'
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    print(t)
for pat in ('Floatnumber', 'Imagnumber', 'Intnumber', 'Number', 'Name', 'Comment', 'String', 'Triple', 'Special', 'Token', 'ContStr'):
    r = re.compile(getattr(tokenize, pat))
    print(pat, [bool(r.fullmatch(x)) for x in ('1.5', '1e3', '.5j', '0x1F', '0b1_0', '007', '00', 'abc', '# hi', 'b"x"', "'''", '**=', '->', "'abc\\\n")])
print(sorted(tokenize.single_quoted) == sorted(p + q for p in ['', 'b','B','r','R','u','U','f','F','br','bR','Br','BR','rb','rB','Rb','RB','fr','fR','Fr','FR','rf','rF','Rf','RF'] for q in "'\""))
print(len(tokenize.endpats), len(tokenize.triple_quoted), tokenize.tabsize, tokenize.BOM_UTF8)
print(tokenize.group('a', 'b'), tokenize.any('x'), tokenize.maybe('y'))
print(issubclass(tokenize.StopTokenizing, Exception))
