import argparse, sys, io, contextlib
def run(p, args):
    out = io.StringIO(); err = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            r = p.parse_args(args)
        print(r)
    except SystemExit as e:
        print('exit', e.code)
    if out.getvalue(): print('OUT:', out.getvalue(), end='')
    if err.getvalue(): print('ERR:', err.getvalue(), end='')
p = argparse.ArgumentParser(prog='prog', description='Process some integers.', epilog='Bye.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max, help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--mode', choices=['a', 'b'], default='a', help='mode is %(default)s of %(choices)s')
print(p.format_help())
run(p, ['1', '2', '3'])
run(p, ['1', '--sum', '2', '-vv'])
run(p, [])
run(p, ['x'])
run(p, ['1', '--mode', 'c'])
run(p, ['1', '--bogus', 'q'])
run(p, ['-h'])
run(p, ['1', '--mode'])
run(p, ['1', '--su'])
