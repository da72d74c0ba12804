import argparse, sys, io, contextlib
p = argparse.ArgumentParser(prog='tool', description='Do things.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-n', '--count', type=int, default=1, help='how many')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--flag', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--tag', action='append')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
print(p.parse_args(['a.txt', 'b.txt', '-n', '3', '-vv', '--tag', 'x', '--tag', 'y', '--pair', 'k', 'v', '--no-color']))
print(vars(p.parse_args(['f', '--mode=slow', '--flag'])))
print(p.format_usage())
print(p.format_help())
for argv in [[], ['f', '-n', 'x'], ['f', '--mode', 'medium'], ['f', '--bogus'], ['f', '--pair', 'a']]:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code, err.getvalue().strip().splitlines()[-1])
ns, rest = p.parse_known_args(['f', '--unknown', '1'])
print(ns.files, rest)
sub = argparse.ArgumentParser(prog='git')
sp = sub.add_subparsers(dest='cmd', required=True)
c = sp.add_parser('commit', help='record')
c.add_argument('-m', required=True)
pp = sp.add_parser('push')
pp.add_argument('remote', nargs='?', default='origin')
print(sub.parse_args(['commit', '-m', 'msg']), sub.parse_args(['push']))
g = argparse.ArgumentParser(prog='g')
mx = g.add_mutually_exclusive_group()
mx.add_argument('--a', action='store_true')
mx.add_argument('--b', action='store_true')
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        g.parse_args(['--a', '--b'])
except SystemExit as e:
    print('exit', e.code, err.getvalue().strip().splitlines()[-1])
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        p.parse_args(['-h'])
except SystemExit as e:
    print('help exit', e.code, len(out.getvalue()) > 100)
q = argparse.ArgumentParser(prog='q', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q.add_argument('--x', type=float, default=0.5, help='x value')
print(q.format_help())
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(a=1) == argparse.Namespace(a=1))
