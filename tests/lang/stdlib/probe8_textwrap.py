import textwrap
s = 'The quick brown fox jumps over the lazy dog. ' * 3
print(textwrap.fill(s, 30))
print(textwrap.wrap(s, 25, max_lines=3))
print(textwrap.wrap(s, 25, max_lines=2, placeholder=' [...]'))
print(textwrap.shorten('Hello  world!  How are you?', 15), '|', textwrap.shorten('Hello world', 11), '|', textwrap.shorten('  a   b  ', 10))
try:
    textwrap.shorten('Hello world', 3)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError', e)
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('word', 2))
print(textwrap.wrap('supercalifragilistic', 6), textwrap.wrap('supercalifragilistic', 6, break_long_words=False))
print(textwrap.wrap('a-very-long-hyphenated-word here', 8), textwrap.wrap('a-very-long-hyphenated-word', 8, break_on_hyphens=False))
print(textwrap.fill('one two three four five six', 12, initial_indent='* ', subsequent_indent='  '))
print(repr(textwrap.dedent('''
    def f():
        return 1
      # odd
    ''')))
print(repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('  x\n  \n  y')), repr(textwrap.dedent('\n\n  z\n')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
w = textwrap.TextWrapper(width=20, expand_tabs=True, tabsize=4, replace_whitespace=True, drop_whitespace=False)
print(w.wrap('col1\tcol2\tcol3 and some more words'))
w2 = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w2.wrap('First one. Second one.  Third'))
print(textwrap.fill('x' * 50, width=20))
print(repr(textwrap.fill('Line one.\nLine two.', 40)))
