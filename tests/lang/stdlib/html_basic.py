import html
from html.entities import name2codepoint, codepoint2name, html5, entitydefs
print(html.escape('<a href="x">Tom & Jerry\'s</a>'))
print(html.escape('<a href="x">Tom & Jerry\'s</a>', quote=False))
print(html.escape(''))
for s in ['&amp;', '&lt;b&gt;', '&quot;hi&quot; &#x27;', '&#39;&#x41;&#X42;&#67', '&copy; 2024 &reg;', '&copyright', '&ampx', '&amp',
          '&nbsp;|', '&euro;&pound;&yen;', '&hellip;&mdash;&ndash;', '&eacute;t&eacute;', '&alpha;&Omega;&sigmaf;', '&bogus;', '&;', '& x',
          '&#0;', '&#128;', '&#x9F;', '&#xD800;', '&#1114112;', '&#x1;', '&#x7f;', '&#xFFFE;', '&#13;', '&#65;&#66', 'no entities',
          '&AMP;&LT;', '&apos;', '&lang;&rang;', '&notit;', '&#x10FFFF;', '&#99999999999;']:
    print(repr(s), '->', ascii(html.unescape(s)))
print(name2codepoint['amp'], name2codepoint['eacute'], name2codepoint['Omega'], name2codepoint['diams'], codepoint2name[169], entitydefs['lt'])
print(len(name2codepoint), html5['amp;'], html5['gt'])
