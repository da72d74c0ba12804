# The error of an encoding handler that cannot take a character names the whole run of
# unencodable characters, as CPython's (it named only the first).
for enc in ['ascii', 'latin-1', 'utf-8']:
    for h in ['surrogateescape', 'surrogatepass', 'strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        for s in ['a\udc80\udcff\u20acb', 'a\u20ac\udc80x', 'a\ud800\udc80\udfffb', 'ab\udc80\udc81', '\u0100\u0101z', 'x\udc80\ud800']:
            try:
                print(enc, h, ascii(s), s.encode(enc, h))
            except UnicodeEncodeError as e:
                print(enc, h, ascii(s), e.start, e.end, e)
