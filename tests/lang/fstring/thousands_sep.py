# Thousands separators , and _ with ints and floats.
print(f'{1234567:,} {1234567:_} {-1234567:,} {123:,}')
print(f'{1234567.891:,.2f} {1234567.891:_.1f} {0.5:,}')
print(f'{0xFFFFFFFF:_x} {0b11111111:_b} {8 ** 8:_o}')
print(f'{1234567:>15,} {1234567:015,}')
print(f'{10 ** 20:,}')
print(format(1234, ','), format(-987654.321, ',.1f'))
try:
    print(f'{"abc":,}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{1234:,x}')
except ValueError as e:
    print(type(e).__name__, e)
