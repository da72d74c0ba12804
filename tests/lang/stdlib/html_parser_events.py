from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.ev = []
    def handle_starttag(self, tag, attrs): self.ev.append(('start', tag, attrs))
    def handle_endtag(self, tag): self.ev.append(('end', tag))
    def handle_startendtag(self, tag, attrs): self.ev.append(('startend', tag, attrs))
    def handle_data(self, data): self.ev.append(('data', data))
    def handle_comment(self, c): self.ev.append(('comment', c))
    def handle_decl(self, d): self.ev.append(('decl', d))
    def handle_pi(self, d): self.ev.append(('pi', d))
    def unknown_decl(self, d): self.ev.append(('unknown', d))
    def handle_entityref(self, n): self.ev.append(('entity', n))
    def handle_charref(self, n): self.ev.append(('charref', n))
docs = [
    '<!DOCTYPE html><html lang="en"><head><title>T &amp; U</title></head><body></body></html>',
    '<p class="a b" id=x data-v=\'q"t\' hidden>Hi &lt;there&gt; &copy; &#169; &#xA9; caf&eacute;</p>',
    '<br/><img src="a.png" alt="" /><input disabled>',
    '<script>if (a < b && c > d) { x = "</p>"; }</script><style>p > a {}</style>done',
    '<!-- a comment -- with dashes --><?xml version="1.0"?><![CDATA[raw <stuff>]]>',
    'a < b and c > d, 3<4 &nbsp x & y &unknown; &#bogus;',
    '<A HREF="X">UPPER</A><DIV Class=Y>z</DIV>',
    '<p>unclosed <b>bold <i>it</p>',
    '</>empty end</ weird><!bogus>',
    '<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>\n',
    '<a href="?a=1&amp;b=2&c=3">link</a>',
    'text only &amp more',
    '<div title="multi\nline">x</div>',
    '<!doctype HTML PUBLIC "x"><!--[if IE]>ie<![endif]--><![if !IE]>not<![endif]>',
    '<a href="x"title="y" CHECKED=checked>t</a><p id = "sp aced" >u</p>',
    '<SCRIPT type="text/javascript">var s = "<b>&amp;</b>";</SCRIPT >after',
    '<p>&#8364;&#x20AC;&euro;&EURO &amp;&AMP;</p>',
    '<!---->x<!-->y',
    '<<p>>',
]
for d in docs:
    for conv in (True, False):
        p = P(convert_charrefs=conv)
        p.feed(d)
        p.close()
        print(conv, p.ev)
# fed in pieces: the same events
for d in docs:
    p = P()
    for k in range(0, len(d), 3):
        p.feed(d[k:k + 3])
    p.close()
    q = P(); q.feed(d); q.close()
    # merge adjacent data events of the piecewise run
    def merged(ev):
        out = []
        for e in ev:
            if out and e[0] == 'data' and out[-1][0] == 'data':
                out[-1] = ('data', out[-1][1] + e[1])
            else:
                out.append(e)
        return out
    print(merged(p.ev) == merged(q.ev))
p = P()
p.feed('<p>\nline2 <b>')
print(p.getpos(), p.get_starttag_text(), p.lasttag)
p.feed('<unterminated attr="x')
print(p.ev[-1])
p.close()
print(p.ev[-1])
class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))
l = Links()
l.feed('<p><a href="/one">1</a> <a name=x>no</a> <a href=/two>2</a></p>')
print(l.links)
p = P()
for piece in ['<p>caf', '&eac', 'ute; a', 'nd &am', 'p', ' b</p>']:
    p.feed(piece)
p.close()
print(p.ev)
p = P()
p.feed('<script>a</scr')
p.feed('ipt>b')
p.close()
print(p.ev)
p = P()
p.feed('<!-- never closed')
p.close()
print(p.ev)
