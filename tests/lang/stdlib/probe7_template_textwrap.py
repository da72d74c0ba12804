from string import Template
import string, textwrap
t = Template('$who likes ${what}; cost: $$${price}')
print(t.substitute(who='tim', what='kung pao', price=10), t.safe_substitute(who='ann'))
for kw in [{'who': 'x'}, {}]:
    try:
        print(t.substitute(**kw))
    except KeyError as e:
        print(type(e).__name__, e)
try:
    Template('bad $ here').substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(Template('$a $b').substitute({'a': 1}, b=2), Template('${x}y').template, Template('$x').get_identifiers() if hasattr(Template, 'get_identifiers') else '')
print(Template('$x').is_valid(), Template('$').is_valid())
class My(Template):
    delimiter = '%'
print(My('%name is %{age}').substitute(name='Bo', age=3))
text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(text, width=30))
print(textwrap.wrap('a verylongwordthatexceedswidth b', width=10))
print(textwrap.wrap('a verylongwordthatexceedswidth b', width=10, break_long_words=False))
print(textwrap.shorten('Hello  world, this is a test', width=15), textwrap.shorten('Hi', 10, placeholder='...'))
print(repr(textwrap.dedent('    a\n      b\n    c\n')), repr(textwrap.indent('x\n\ny\n', '> ')), repr(textwrap.indent('x\ny', '+', lambda l: 'y' in l)))
print(textwrap.fill('one two three four five', width=12, initial_indent='* ', subsequent_indent='  '))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=' [..]')
print(w.wrap(text))
print(textwrap.wrap('tab\there and\tthere', width=12, expand_tabs=True, tabsize=4), textwrap.wrap(''), textwrap.wrap('   '))
print(string.capwords(' hello   world  '), string.ascii_letters[:5], string.punctuation, string.Formatter().format('{0}-{x}', 1, x=2))
