# and/or return one of their operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'default', None or 0 or [])
print([] and 'x', [1] and 'x', 'a' and 'b' and 'c', 'a' and 0 and 'c')
print(None or 'a' or 'b')
calls = []
def t(v):
    calls.append(v)
    return v
t(0) and t(1)
print(calls)
calls.clear()
t(1) or t(2)
print(calls)
calls.clear()
t(1) and t(0) and t(2)
print(calls)
calls.clear()
t(0) or t('') or t('last')
print(calls)
name = ''
print(name or 'anonymous')
config = {}
print(config.get('port') or 8080)
