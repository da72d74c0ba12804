import textwrap
text = ("The quick brown fox jumps over the lazy dog. Hello world! This is a "
        "well-known sentence -- used for testing\ttext wrapping, with some "
        "extraordinarily-long-hyphenated-words and a supercalifragilisticexpialidocious one.")
for w in (10, 15, 20, 33, 50, 79):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap('  leading and   multiple   spaces  ', 10))
print(textwrap.wrap('  leading and   multiple   spaces  ', 10, drop_whitespace=False))
print(textwrap.wrap('a\tb\tc', 20), textwrap.wrap('a\tb\tc', 20, expand_tabs=False),
      textwrap.wrap('a\tb\nc', 20, replace_whitespace=False), textwrap.wrap('a\tb', 20, tabsize=4))
print(textwrap.wrap('Hello there. How are you? Fine.', 40, fix_sentence_endings=True))
print(textwrap.wrap(text, 20, max_lines=3), textwrap.wrap(text, 20, max_lines=1, placeholder='...'))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=' (more)'))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11))
print(textwrap.shorten(text, 40), textwrap.shorten(text, 40, placeholder='~'))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('one'))
print(textwrap.wrap('abcdefghijklmnop', 5), textwrap.wrap('aaa-bbb-ccc-ddd', 6), textwrap.wrap('--------', 3))
for bad in [0, -1]:
    try:
        textwrap.wrap('abc', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    textwrap.wrap('abc def', 5, max_lines=1, placeholder=' [.......]')
except ValueError as e:
    print('ValueError', e)
print(repr(textwrap.dedent('    a\n      b\n    c\n')), repr(textwrap.dedent('  a\n\tb\n')))
print(repr(textwrap.dedent('\n    x\n   \n    y')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.dedent('  \t a\n  \t b')), repr(textwrap.dedent('')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n  \nb', '+', lambda l: True)))
w = textwrap.TextWrapper(width=25, initial_indent='>> ')
print(w.wrap(text)[:3], w.width, w.placeholder, w.max_lines)
print(textwrap.wrap('the state-of-the-art multi-word thing e-mail', 9))
print(textwrap.wrap('word--dash and ---more a--b', 8))
print(textwrap.wrap('ünïcödé wörds wrap fïne tóo', 10))
