for s in ['1_0j', '1_0.5_5+2_0j', '1e1_0j', '1__0j', '_1j', '1_j', '1._5j', '1_.5j', '(1_0+2j)', '1_000', 'inf_j', '1+2_j', '0x10j', '1_0e+1_0', '+1.5e-3_0-2_0J', ' 3_3 ', '1_e5j']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), e)
for s in ['1_0.5', '1_0e1_0', '1__0.5', '1_.5', '1._5', '_1.0', '1.0_', 'in_f', '1e_5', '1_e5']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), e)
for s in ['abc', '1+', '1+2', '', ' ', '()', '1j+1', 'j_', '1_0', '(1_0j', 'nan_']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), e)
print(complex('1_0j') == 10j, complex(' ( 2_5.5-1_0j ) '))
