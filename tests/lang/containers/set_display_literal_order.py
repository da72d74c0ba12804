# set displays of constants iterate like CPython's (built from a frozenset constant + SET_UPDATE)
print({-1, -2, 7}, {100, 200, 300, 400, 500, 600}, {5, 3, 1})
print({1, 9, 17, 25, 33}, {0, 8, 16, 24, 32, 40, 48, 56, 64})
print({-1, -2, 7} == set([-1, -2, 7]), list({1000, 10, 100}))
x = 8
print({x, 16, 0, 24}, {0, 8, 16, 24, 32, 40, 48, 56, 64, x})
print(frozenset({100, 200, 300, 400, 500, 600}), set([100, 200, 300, 400, 500, 600]))
