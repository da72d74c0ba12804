# argparse: parse_intermixed_args / parse_known_intermixed_args (were missing), FileType's
# repr and open() arguments, an invalid conflict_handler, an empty mutually exclusive
# group in the usage, help text keeps non-breaking spaces together
import argparse, io, sys


class P(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)


p = P(prog='PROG')
p.add_argument('--foo', dest='foo')
p.add_argument('--bar', dest='bar', required=True)
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
print(p.parse_intermixed_args('cmd1 1 --foo bar 2 --bar x 3'.split()))
print(p.parse_known_intermixed_args('a 1 --zz 2 --bar b'.split()))
try:
    p.parse_intermixed_args('a 1 --zz --bar b'.split())
except ValueError as e:
    print(e)
try:
    p.parse_intermixed_args(['--bar', 'x'])
except ValueError as e:
    print(e)
q = P(prog='Q')
q.add_argument('x', nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print(e)
s = P(prog='S')
s.add_subparsers()
try:
    s.parse_intermixed_args([])
except TypeError as e:
    print(e)
for t in (argparse.FileType('wb', 1), argparse.FileType('r', encoding='latin_1'),
          argparse.FileType('w', encoding='big5', errors='ignore'), argparse.FileType('r', 1, errors='replace'),
          argparse.FileType()):
    print(repr(t))
print(argparse.FileType('r')('-') is sys.stdin, argparse.FileType('wb')('-') is sys.stdout.buffer)
try:
    argparse.FileType('q')('-')
except ValueError as e:
    print(e)
try:
    argparse.ArgumentParser(conflict_handler='foo')
except ValueError as e:
    print(e)
e = argparse.ArgumentParser(prog='E')
e.add_mutually_exclusive_group()
try:
    e.format_usage()
except ValueError as ex:
    print(str(ex).split(' object')[0])
h = argparse.ArgumentParser(prog='PROG', description='main description')
h.add_argument('--non-breaking', action='store_false',
               help='help message containing non-breaking spaces shall not wrap\N{NO-BREAK SPACE}at non-breaking spaces')
import os
os.environ['COLUMNS'] = '80'
print(h.format_help())
