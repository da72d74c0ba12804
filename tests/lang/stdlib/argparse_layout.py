import argparse
names = ['alpha', 'beta', 'gamma-ray', 'delta', 'epsilon-long-name', 'z', 'out', 'input-file']
nargs_opts = [None, '?', '*', '+', 2, 1]
helps = [None, 'short help', 'a considerably longer help text that will definitely need to wrap around at least once or twice, maybe thrice', '']
k = 0
for n in range(1, 8):
    p = argparse.ArgumentParser(prog='prog%d' % n + ('_long_program_name_xx' * (n % 3)), description='Description number %d. ' % n * (n % 4 + 1))
    g = None
    for i in range(n):
        k = (k * 7 + 3) % 101
        name = names[(i + n) % len(names)]
        kw = {}
        if k % 3 == 0:
            kw['nargs'] = nargs_opts[k % len(nargs_opts)]
        h = helps[k % len(helps)]
        if h is not None:
            kw['help'] = h
        if k % 5 == 0:
            kw['metavar'] = 'M%d' % i
        if k % 2:
            if k % 7 == 0 and g is None:
                g = p.add_mutually_exclusive_group(required=bool(k % 3))
                g.add_argument('--' + name + str(i), action='store_true', help=kw.get('help'))
                g.add_argument('-' + chr(97 + i), action='store_true')
                continue
            opts = ['--' + name + str(i)]
            if k % 4 == 1:
                opts.insert(0, '-' + chr(65 + i))
            if k % 11 == 0:
                kw['required'] = True
            p.add_argument(*opts, **kw)
        else:
            if kw.get('nargs') == 1:
                kw['nargs'] = None
            p.add_argument(name.replace('-', '_') + str(i), **kw)
    if n % 2:
        sp = p.add_subparsers(dest='cmd', help='commands')
        sp.add_parser('first', help='first cmd')
        sp.add_parser('second-command-with-long-name', help='second')
    for w in (40, 60, 80, 100):
        p.formatter_class = lambda prog, w=w: argparse.HelpFormatter(prog, width=w)
        print(p.format_help())
