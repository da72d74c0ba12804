# Failed assert without a message prints a bare AssertionError.
values = [1, 2, 3]
assert len(values) == 3
assert sum(values) == 7
