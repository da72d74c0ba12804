# Formatting sales report tables with f-strings: alignment, widths, totals and percentages.
sales = [
    ('North', 'Widgets', 1200, 3.5),
    ('North', 'Gadgets', 300, 12.25),
    ('South', 'Widgets', 800, 3.5),
    ('South', 'Gizmos', 45, 99.99),
    ('East', 'Gadgets', 1020, 12.0),
    ('East', 'Widgets', 15, 3.75),
    ('West', 'Gizmos', 0, 99.99),
]


def money(v):
    return f'${v:,.2f}'


headers = ('Region', 'Product', 'Units', 'Unit Price', 'Revenue')
rows = [(r, p, u, money(price), money(u * price)) for r, p, u, price in sales]
widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
line = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'


def fmt_row(cells):
    parts = []
    for i, (cell, w) in enumerate(zip(cells, widths)):
        if isinstance(cell, int) or i >= 3:
            parts.append(f' {cell!s:>{w}} ')
        else:
            parts.append(f' {cell!s:<{w}} ')
    return '|' + '|'.join(parts) + '|'


print(line)
print(fmt_row(headers))
print(line.replace('-', '='))
for row in rows:
    print(fmt_row(row))
print(line)
total_units = sum(s[2] for s in sales)
total_rev = sum(s[2] * s[3] for s in sales)
print(fmt_row(('TOTAL', '', total_units, '', money(total_rev))))
print(line)

print()
print(f'{"Region":<8}{"Revenue":>14}{"Share":>9}  Bar')
by_region = {}
for r, p, u, price in sales:
    by_region[r] = by_region.get(r, 0) + u * price
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = rev / total_rev
    print(f'{region:<8}{rev:>14,.2f}{share:>9.1%}  {"*" * round(share * 40)}')

print()
products = sorted({p for _, p, _, _ in sales})
print(f'{"":8}' + ''.join(f'{p:>10}' for p in products))
for region in sorted(by_region):
    cells = []
    for p in products:
        units = sum(u for r, pp, u, _ in sales if r == region and pp == p)
        cells.append(f'{units:>10,}' if units else f'{"-":>10}')
    print(f'{region:<8}' + ''.join(cells))
print()
print(f'{"Avg unit price:":<20}{sum(s[3] for s in sales) / len(sales):>10.3f}')
print(f'{"Max units:":<20}{max(s[2] for s in sales):>10d}')
print(f'{"Units (hex):":<20}{total_units:>#10x}')
print(f'{"Revenue (sci):":<20}{total_rev:>10.3e}')
print(f'{"Centered":^30}|')
print(f'{"Filled":*^30}|')
