# importlib.metadata over a .dist-info and an .egg-info directory on sys.path.
import sys
sys.path[:] = ['mod_dist'] + [p for p in sys.path if 'python3' in p]
import importlib.metadata as m

d = m.distribution('demo-pkg')
print(d.name, d.version, d.metadata['Summary'], d.metadata['Missing'], m.version('DEMO.PKG'))
md = m.metadata('demo_pkg')
print(list(md), md.get_all('Classifier'), md.get_all('Nope'), 'Name' in md, len(md))
print(sorted(md.json.items()))
print(m.requires('demo_pkg'), m.requires('old.egg'), m.version('old-egg'))
eps = m.entry_points()
print(type(eps).__name__, sorted(eps.groups), sorted(eps.names))
cs = m.entry_points(group='console_scripts')
print(type(cs).__name__, cs, sorted(cs.names))
ep = cs['demo-x']
print(ep.name, ep.value, ep.group, ep.module, ep.attr, ep.extras, ep.load())
print(cs['demo'].load()(), m.entry_points(group='demo.plugins')['first'].load().__name__, ep.dist.name)
print(m.entry_points(name='first'), m.entry_points(group='none'))
try:
    cs['nothing']
except KeyError as e:
    print('KeyError', e)
try:
    ep.name = 'x'
except AttributeError as e:
    print('AttributeError', e)
fs = m.files('demo_pkg')
print(fs, [(str(f), f.hash and (f.hash.mode, f.hash.value), f.size) for f in fs])
print(fs[1].read_text(), fs[1].locate(), m.files('old.egg'))
print(sorted(m.packages_distributions().items()))
print(sorted(dist.metadata['Name'] for dist in m.distributions()))
for bad in ('nonexistent', ''):
    try:
        m.distribution(bad)
    except (m.PackageNotFoundError, ValueError) as e:
        print(type(e).__name__, e, isinstance(e, ModuleNotFoundError))
