import configparser, io
cfg = configparser.ConfigParser()
cfg.read_string('''
[DEFAULT]
timeout = 30
base = /srv

[server]
host = example.com
port = 8080
debug = yes
path = %(base)s/www
ratio = 0.75

[client]
retries: 3
name = with spaces  
multi = line one
    line two
''')
print(cfg.sections(), cfg['server']['host'], cfg.getint('server', 'port'), cfg.getboolean('server', 'debug'), cfg.getfloat('server', 'ratio'), cfg['server']['path'], cfg['client']['timeout'])
print(repr(cfg['client']['name']), repr(cfg['client']['multi']), cfg.get('client', 'missing', fallback='fb'), cfg.has_option('client', 'retries'), 'server' in cfg, dict(cfg['client']))
print(list(cfg['server'].keys()), cfg.options('client'), cfg.items('server', raw=True)[-1])
for bad in [lambda: cfg.get('nosec', 'x'), lambda: cfg.get('server', 'nokey'), lambda: cfg.getint('server', 'host'), lambda: cfg.read_string('[a]\nx=1\n[a]\n'), lambda: cfg.read_string('novalue')]:
    try:
        print(bad())
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, e)
cfg['new'] = {'k': 'v', 'n': '1'}
cfg.set('server', 'port', '9090'); cfg.remove_option('server', 'ratio')
out = io.StringIO(); cfg.write(out); print(out.getvalue())
raw = configparser.RawConfigParser(); raw.read_string('[s]\np = 100%\n'); print(raw['s']['p'])
try:
    c2 = configparser.ConfigParser(); c2.read_string('[s]\np = 100%\n'); c2['s']['p']
except configparser.InterpolationSyntaxError as e:
    print(type(e).__name__, e)
ex = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ex.read_string('[a]\nx = 1\n[b]\ny = ${a:x}-2\n'); print(ex['b']['y'])
c3 = configparser.ConfigParser(allow_no_value=True); c3.read_string('[s]\nflag\n'); print(c3['s']['flag'])
print(cfg.BOOLEAN_STATES['on'], configparser.ConfigParser(default_section='X').default_section)
