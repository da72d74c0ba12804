import argparse, io, contextlib
def run(p, args):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = p.parse_args(args)
        print('OK', sorted(vars(ns).items()))
    except SystemExit as e:
        print('EXIT', e.code)
    for tag, b in (('OUT', out), ('ERR', err)):
        if b.getvalue():
            print(tag + ':', b.getvalue(), end='')
def pos_int(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f'{v} is not positive')
    return v
p = argparse.ArgumentParser(prog='calc', allow_abbrev=False)
p.add_argument('nums', type=float, nargs='*')
p.add_argument('--op', choices=['sum', 'max'], default='sum', required=False)
p.add_argument('-k', type=pos_int, metavar='K')
p.add_argument('--pair', nargs=2, type=int)
p.add_argument('--maybe', nargs='?', const='C', default='D')
p.add_argument('--flag', action='store_false')
p.add_argument('--ver', action='version', version='1.2')
run(p, ['1', '2.5', '--op', 'max'])
run(p, ['-k', '0'])
run(p, ['-k', 'x'])
run(p, ['--pair', '1'])
run(p, ['--pair', '1', 'b'])
run(p, ['--maybe'])
run(p, ['--maybe', 'V', '3'])
run(p, ['--fl'])
run(p, ['--flag', '--', '-5'])
run(p, ['-5'])
run(p, ['--op'])
run(p, ['--ver'])
q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('--n', type=int)
try:
    q.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError', e, e.argument_name)
r = argparse.ArgumentParser(prog='r')
r.add_argument('x')
r.add_argument('y', nargs='+')
r.add_argument('z', nargs=argparse.REMAINDER)
run(r, ['a', 'b', 'c', '--d', 'e'])
run(r, ['a'])
try:
    r.add_argument('x')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    r.add_argument('--bad', nargs=0)
except ValueError as e:
    print('ValueError', e)
try:
    r.add_argument('--c', choices=5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
s = argparse.ArgumentParser(prog='s', usage='%(prog)s [opts] FILE')
s.add_argument('file')
run(s, [])
print(s.format_usage(), end='')
g = argparse.ArgumentParser(prog='g', conflict_handler='resolve')
g.add_argument('-a', help='first'); g.add_argument('-a', help='second')
print(g.format_help())
h = argparse.ArgumentParser(prog='h', formatter_class=argparse.RawDescriptionHelpFormatter, description='line1\n   indented\nline3')
print(h.format_help())
