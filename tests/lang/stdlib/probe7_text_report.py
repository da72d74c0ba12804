import textwrap, string, collections, statistics, datetime, locale
sales = [('2024-03-01', 'Widget', 3, 19.99), ('2024-03-01', 'Gadget', 1, 149.5), ('2024-03-02', 'Widget', 10, 18.75), ('2024-03-03', 'Doohickey', 7, 4.2)]
hdr = f"{'Date':<12}{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>11}"
print(hdr); print('=' * len(hdr))
tot = collections.defaultdict(float)
for d, item, q, p in sales:
    day = datetime.date.fromisoformat(d)
    print(f'{day:%a %d %b}  {item:<12}{q:>5}{p:>10.2f}{q * p:>11,.2f}')
    tot[item] += q * p
print('-' * len(hdr))
for item, t in sorted(tot.items(), key=lambda kv: -kv[1]):
    print(f'{item:.<30}{t:.>20,.2f}')
print(f"{'median qty':<20}{statistics.median(q for _, _, q, _ in sales):>10}")
print(textwrap.fill('Note: ' + ' '.join(['All prices include tax where applicable.'] * 3), width=50, subsequent_indent='      '))
tpl = string.Template('Report generated for $who on ${date}: $$${amount:.2f} is not formatted')
print(tpl.safe_substitute(who='ops', date='2024-03-04'))
print(locale.getlocale()[0] is None or True, '{:n}'.format(1234567), format(1234567.891, 'n'), locale.format_string('%d', 1234567, grouping=True) if hasattr(locale, 'format_string') else '')
table = [['id', 'name', 'score'], [1, 'ann', 93.5], [22, 'bob', 8.25], [333, 'carolyn', 100]]
widths = [max(len(str(r[i])) for r in table) for i in range(3)]
for r in table:
    print(' | '.join(str(c).rjust(w) if isinstance(c, (int, float)) else str(c).ljust(w) for c, w in zip(r, widths)))
print(str(3.0), str(1e-5), str(123456789012.0), str(1/3), repr(2/3), f'{2/3:.10}', f'{1e22}', f'{1e16:g}', 0.1 * 3, 1.1 + 2.2, round(0.125, 2), round(0.375, 2))
