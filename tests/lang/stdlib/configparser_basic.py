# configparser: reading (sections, defaults, continuation lines, comments), typed getters,
# interpolation (basic, extended, none), mapping protocol, writing, error messages.
import configparser, io

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

text = """
# leading comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
home = /home/%(user)s

[bitbucket.org]
User = hg
path: %(home)s/repo

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
   second line

   fourth after blank
; another comment
empty =
pct = 100%%
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults())
print(cp.options('bitbucket.org'))
print(cp.get('bitbucket.org', 'user'), cp['bitbucket.org']['User'])
show(cp.get, 'bitbucket.org', 'path')
cp.set('DEFAULT', 'user', 'alice')
print(cp.get('bitbucket.org', 'path'), cp.get('bitbucket.org', 'path', raw=True))
print(cp.get('bitbucket.org', 'home', vars={'user': 'bob'}))
print(repr(cp['topsecret.server.com']['multi']), repr(cp['topsecret.server.com']['empty']))
print(cp['topsecret.server.com']['pct'])
print(cp.getint('topsecret.server.com', 'port'), cp.getfloat('DEFAULT', 'compressionlevel'),
      cp.getboolean('topsecret.server.com', 'forwardx11'), cp.getboolean('bitbucket.org', 'compression'))
print(cp['topsecret.server.com'].getint('port'), cp['bitbucket.org'].getboolean('nope', True),
      cp['bitbucket.org'].get('nope'), cp['bitbucket.org'].get('nope', 'fb'))
show(cp.getint, 'bitbucket.org', 'user')
show(cp.getboolean, 'bitbucket.org', 'user')
show(cp.get, 'nosection', 'x')
show(cp.get, 'bitbucket.org', 'missing')
print(cp.get('nosection', 'x', fallback='fb'), cp.getint('bitbucket.org', 'missing', fallback=7))
print(cp.items('bitbucket.org'))
print(cp.items('bitbucket.org', raw=True)[-1])
print([name for name, proxy in cp.items()])
print(list(cp), len(cp), 'bitbucket.org' in cp, 'nope' in cp, 'DEFAULT' in cp)
sect = cp['bitbucket.org']
print(repr(sect), sect.name, sect.parser is cp, list(sect), len(sect), 'user' in sect, 'USER' in sect)
show(lambda: cp['nope'])
show(lambda: sect['nope'])
print(cp.has_section('bitbucket.org'), cp.has_option('bitbucket.org', 'compression'),
      cp.has_option('nope', 'x'), cp.has_option('DEFAULT', 'user'), cp.has_option(None, 'user'))

cp.add_section('new')
cp['new']['key'] = 'value'
cp.set('new', 'other', 'x')
show(cp.add_section, 'new')
show(cp.add_section, 'DEFAULT')
show(cp.add_section, 5)
show(cp.set, 'new', 'k', 5)
show(cp.set, 'nope', 'k', 'v')
show(cp.set, 'new', 'bad', '100%')
print(cp.remove_option('new', 'other'), cp.remove_option('new', 'other'))
show(cp.remove_option, 'nope', 'x')
cp['fromdict'] = {'a': 1, 'B': 'two'}
print(dict(cp['fromdict']))
del cp['fromdict']
print(cp.remove_section('new'), cp.remove_section('new'), cp.sections())
show(cp.__delitem__, 'DEFAULT')
show(cp.__delitem__, 'nope')
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])

# interpolation errors
cp2 = configparser.ConfigParser()
cp2.read_string("[s]\na = %(b)s\nb = %(a)s\nc = %(missing)s\nd = 50% off\ne = %(\n")
show(cp2.get, 's', 'a')
show(cp2.get, 's', 'c')
show(cp2.get, 's', 'd')
show(cp2.get, 's', 'e')
raw = configparser.RawConfigParser()
raw.read_string("[s]\na = %(b)s\n")
print(raw.get('s', 'a'))
nointerp = configparser.ConfigParser(interpolation=None)
nointerp.read_string("[s]\na = %(b)s 100%\n")
print(nointerp.get('s', 'a'))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[paths]\nroot = /usr\nlib = ${root}/lib\n[app]\nbin = ${paths:root}/bin\ncost = $$5\nbad = ${paths:nope}\n")
print(ext.get('paths', 'lib'), ext.get('app', 'bin'), ext.get('app', 'cost'))
show(ext.get, 'app', 'bad')

# parsing errors and options
for bad in ("key = value\n", "[a]\nx = 1\n[a]\n", "[a]\nx = 1\nX = 2\n", "[a]\nnovalue\n=nokey\n"):
    p = configparser.ConfigParser()
    show(p.read_string, bad)
p = configparser.ConfigParser(strict=False)
p.read_string("[a]\nx = 1\nx = 2\n[a]\ny = 3\n")
print(dict(p['a']))
p = configparser.ConfigParser(allow_no_value=True)
p.read_string("[mysqld]\nskip-bdb\nuser = mysql\n")
print(p.get('mysqld', 'skip-bdb'), p.items('mysqld'))
o = io.StringIO(); p.write(o); print(repr(o.getvalue()))
p = configparser.ConfigParser(inline_comment_prefixes=(';',), delimiters=('->',),
                              comment_prefixes=('//',), default_section='common')
p.read_string("[common]\nshared -> yes ; inline\n// comment\n[s]\nk -> v;not comment\nj -> w ;yes comment\n")
print(p.sections(), dict(p['s']), p.defaults())
p = configparser.ConfigParser(empty_lines_in_values=False)
show(p.read_string, "[s]\nk = a\n  b\n\n  c\n")
show(lambda: p['s']['k'])
p = configparser.ConfigParser(defaults={'d': '1'}, converters={'list': lambda v: v.split(',')})
p.read_dict({'s': {'items': 'a,b,c', 'n': 3}})
print(p.getlist('s', 'items'), p['s'].getlist('items'), p.get('s', 'n'), p.get('s', 'd'))
class Case(configparser.ConfigParser):
    def optionxform(self, s):
        return s
c = Case()
c.read_string("[s]\nKey = 1\n")
print(list(c['s']))
print(c.read(['/nonexistent/file.ini']))
print(isinstance(configparser.NoSectionError('x'), configparser.Error), configparser.DEFAULTSECT,
      configparser.MAX_INTERPOLATION_DEPTH)
e = configparser.ParsingError('src')
e.append(3, 'line')
print(e.message, e.errors)
print(repr(configparser.DuplicateSectionError('s', 'f', 7)))
print(configparser.DuplicateOptionError('s', 'o'))
