# Common number formatting in f-strings as used in reports.
total = 1234.5
count = 7
print(f'Total: {total:.2f}')
print(f'Average: {total / count:.3f}')
print(f'Percent: {count / 20:.1%}')
print(f'Hex: {count:#06x} Bin: {count:#010b}')
for i in [1, 10, 100, 1000]:
    print(f'{i:>6d} {i * 1.5:>10.2f} {i ** 2:>10,}')
print(f'{-0.0:.1f} {-0.04:.1f} {0.05:.1f} {0.15:.1f} {0.25:.1f}')
print(f'{1e-7:f} {1e-7} {123456789.123:.2e}')
print(f'{7:+d} {-7:+d} {7: d}')
print(f'{3:3} {3:<3}| {True:>3} {1.0:3}')
