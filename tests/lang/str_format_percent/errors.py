# TypeError and ValueError messages from bad %-formatting.
cases = [
    ('%d', 'abc'), ('%d %d', (1,)), ('%s', (1, 2)), ('%f', 'x'), ('%z', 1), ('%c', 'ab'),
    ('%c', 0x110000), ('%x', 1.5), ('%', 1), ('%d', None), ('%(x', {'x': 1}),
]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ':', e)
print('%s' % ((1, 2),))
print('%s %s' % (1, 2))
