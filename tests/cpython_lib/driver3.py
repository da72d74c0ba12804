# Runs CPython's pure-Python numeric, date, CLI and container modules (imported under a
# cpy_ prefix from the directory run.sh prepares).
import io
import sys
import cpy_numbers as numbers
import cpy_sched as sched
import cpy_optparse as optparse
import cpy_argparse as argparse
import cpy__pydecimal as decimal
sys.modules['_datetime'] = None  # CPython too runs datetime.py's pure-Python classes
import cpy_datetime as datetime
del sys.modules['_datetime']
import cpy_statistics as statistics
import cpy_fractions as fractions

print(isinstance(3, numbers.Integral), isinstance(2.5, numbers.Rational), issubclass(complex, numbers.Complex))


class MyNum(numbers.Real):
    pass


try:
    MyNum()
except TypeError as e:
    print(str(e)[:50])
log = []
clock = [0]
s = sched.scheduler(lambda: clock[0], lambda d: clock.__setitem__(0, clock[0] + d))
s.enter(2, 1, log.append, ('b',))
s.enter(1, 1, log.append, ('a',))
e3 = s.enterabs(5, 1, log.append, ('c',))
s.cancel(e3)
s.run()
print(log, clock, s.empty())

op = optparse.OptionParser(prog='tool', usage='%prog [options] file')
op.add_option('-v', '--verbose', action='store_true', dest='verbose', help='talk more')
op.add_option('-n', type='int', default=3, help='count [default: %default]')
op.add_option('-o', '--out', metavar='FILE')
opts, args = op.parse_args(['-v', '-n', '7', 'in.txt', '--out=x'])
print(opts.verbose, opts.n, opts.out, args)
print(op.format_help())
try:
    op.parse_args(['-n', 'abc'])
except SystemExit as e:
    print('exit', e.code)

ap = argparse.ArgumentParser(prog='cli', description='A tool.')
ap.add_argument('files', nargs='+')
ap.add_argument('-c', '--count', type=int, default=1, choices=[1, 2, 3])
ap.add_argument('--flag', action='store_true')
g = ap.add_mutually_exclusive_group()
g.add_argument('--a', action='store_const', const='A')
g.add_argument('--b', action='store_const', const='B')
sub = ap.add_subparsers(dest='cmd')
sp = sub.add_parser('run', help='run it')
sp.add_argument('--fast', action='count', default=0)
print(ap.parse_args(['-c', '2', '--a', 'f1', 'f2', 'run', '--fast', '--fast']))
print(ap.format_help())
sys.stderr = io.StringIO()
for bad in (['-c', '9', 'f'], ['--a', '--b', 'f'], []):
    try:
        ap.parse_args(bad)
    except SystemExit as e:
        print('exit', e.code, sys.stderr.getvalue().splitlines()[-1])
        sys.stderr = io.StringIO()
sys.stderr = sys.__stderr__

D = decimal.Decimal
ctx = decimal.getcontext()
print(D('1.10') + D('2.205'), D(1) / D(7), D('2').sqrt(), D('1.2345').quantize(D('0.01')),
      D('-0'), D('1e5').normalize(), D(0.1), D('NaN'), D('3.14') < 4)
ctx.prec = 6
print(D(1) / D(3), D(2) ** D('0.5'), D('123.456789') * 1, D(10).ln(), D(100).log10())
with decimal.localcontext() as lc:
    lc.rounding = decimal.ROUND_DOWN
    print(D('2.999999999') + 0, lc.prec)
try:
    D(1) / 0
except decimal.DivisionByZero as e:
    print(type(e).__name__, e)
print(format(D('1234.5678'), ',.2f'), '%s' % D('1.50'), D('7.5').to_integral_value(), round(D('2.675'), 2))

dt = datetime.datetime(2024, 2, 28, 13, 5, 9, 250)
print(dt, repr(dt), dt + datetime.timedelta(days=2, hours=12), dt.isoformat(), dt.weekday())
print(dt.strftime('%Y-%m-%d %H:%M:%S %a %b %j'), datetime.date(2024, 3, 1) - datetime.date(2023, 3, 1))
print(datetime.datetime.fromisoformat('2023-05-06T07:08:09+02:00'), datetime.date.fromordinal(738000))
tz = datetime.timezone(datetime.timedelta(hours=-5), 'EST')
print(dt.replace(tzinfo=tz).astimezone(datetime.timezone.utc), datetime.timedelta(seconds=-1), datetime.timedelta(1.5))
print(datetime.date(2020, 1, 1).isocalendar(), datetime.time(7, 30).isoformat('minutes'), datetime.datetime.strptime('2021-12-25 10:11', '%Y-%m-%d %H:%M'))
print(sorted([datetime.date(2020, 5, 1), datetime.date(2019, 1, 1)]), datetime.timedelta(days=1) // datetime.timedelta(hours=5))
try:
    datetime.date(2023, 2, 29)
except ValueError as e:
    print(e)

data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(statistics.mean(data), statistics.median([1, 3, 5, 7]), statistics.mode([1, 2, 2, 3]), statistics.pstdev([1, 2, 3, 4]))
print(round(statistics.stdev(data), 6), statistics.variance([1, 2, 3, 4]), statistics.harmonic_mean([40, 60]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
print(statistics.mean([fractions.Fraction(1, 3), fractions.Fraction(2, 3)]), statistics.median_grouped([1, 2, 2, 3, 4]), statistics.multimode('aabbbcc'))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
nd = statistics.NormalDist(100, 15)
print(round(nd.cdf(130), 6), round(nd.inv_cdf(0.9), 4), nd + 5, round(nd.overlap(statistics.NormalDist(110, 10)), 6))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(e)
