import configparser, pickle, io, collections, datetime, decimal, fractions
cfg = configparser.ConfigParser()
cfg.read_string("""
[DEFAULT]
base = /opt
debug = no
[server]
host = example.com
port = 8080
path = %(base)s/srv
ratio = 0.75
[client]
debug = yes
retries = 3
""")
print(cfg.sections(), cfg.defaults(), list(cfg['server']), cfg['server']['path'], cfg.getint('server', 'port'), cfg.getfloat('server', 'ratio'))
print(cfg.getboolean('client', 'debug'), cfg.getboolean('server', 'debug'), cfg.get('client', 'missing', fallback='fb'), cfg.has_option('client', 'base'), cfg['client'].getint('retries'))
for bad in [lambda: cfg.get('nosec', 'x'), lambda: cfg.get('server', 'nokey'), lambda: cfg.getint('server', 'host'), lambda: cfg.add_section('server'), lambda: cfg.read_string('[a]\nx=1\n[a]\n')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
cfg.set('server', 'port', '9090'); cfg['new'] = {'k': 'v', 'n': '1'}
out = io.StringIO(); cfg.write(out); print(out.getvalue())
raw = configparser.RawConfigParser(); raw.read_string('[s]\nv = %(x)s\n'); print(raw.get('s', 'v'))
try:
    configparser.ConfigParser().read_string('no section header\n')
except configparser.MissingSectionHeaderError as e:
    print('MissingSectionHeaderError', e)
c2 = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
c2.read_string('[a]\nx = 1\n[b]\ny = ${a:x}2\n'); print(c2['b']['y'])
objs = [1, 2.5, 'str', b'bytes', None, True, [1, (2, 3)], {'k': {1, 2}}, frozenset('ab'), collections.OrderedDict(a=1),
        collections.Counter('aab'), datetime.date(2024, 1, 2), decimal.Decimal('1.10'), fractions.Fraction(1, 3), complex(1, 2), range(3), slice(1, 2)]
for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    back = pickle.loads(pickle.dumps(objs, protocol=proto))
    print(proto, back == objs, [type(o).__name__ for o in back][-8:])
class Pt:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, Pt) and o.x == self.x
p = pickle.loads(pickle.dumps(Pt([1, 2]))); print(p.x, p == Pt([1, 2]))
shared = [1]; two = pickle.loads(pickle.dumps([shared, shared])); print(two[0] is two[1])
for bad in [lambda: pickle.dumps(lambda: 1), lambda: pickle.loads(b'garbage'), lambda: pickle.loads(b''), lambda: pickle.dumps(1, protocol=99)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
bio = io.BytesIO(); pickle.dump({'a': 1}, bio); pickle.dump([2], bio); bio.seek(0); print(pickle.load(bio), pickle.load(bio))
print(pickle.dumps(None, 2), pickle.dumps(True, 0), pickle.dumps(1, 1), len(pickle.dumps('x' * 10)))
