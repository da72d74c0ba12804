# string.Template: substitute, safe_substitute, identifiers, custom delimiters/patterns, errors.
from string import Template
import re

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t = Template('$who likes ${what}; $$ is a dollar')
show(t.substitute, who='tim', what='pie')
show(t.substitute, {'who': 'a', 'what': 'b'}, what='kw wins')
show(t.substitute, who='tim')
show(t.safe_substitute, who='tim')
show(t.safe_substitute)
print(t.template, t.get_identifiers(), t.is_valid())
show(Template('$').substitute)
show(Template('x $ y').substitute)
show(Template('bad ${ x}').substitute, x=1)
show(Template('line1\n  $1abc').substitute)
show(Template('$').safe_substitute)
print(Template('${a}${b}$c').get_identifiers(), Template('$ ${').is_valid())
show(Template('$x$x').substitute, x=[1])
show(Template('$été').substitute, été=1)
show(Template('$a_b1 $_x').substitute, a_b1=1, _x=2)

class Pct(Template):
    delimiter = '%'
show(Pct('%who and %%').substitute, who='me')
class Dotted(Template):
    idpattern = r'[a-z]+\.[a-z]+'
show(Dotted('$x.y').substitute, {'x.y': 'dot'})
class Braced(Template):
    braceidpattern = r'[A-Z]+'
show(Braced('${ABC} $abc').substitute, ABC=1, abc=2)
class Custom(Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \{(?P<braced>[a-z]+)\} |
      (?P<invalid>)
    )'''
show(Custom('#a #{b} ##').substitute, a=1, b=2)
show(Custom('#1').substitute)
print(Template.delimiter, Template.idpattern, Template.flags == re.IGNORECASE)
print(Template(5).template)
show(Template('$a').substitute, {'a': 1}, {'b': 2})
