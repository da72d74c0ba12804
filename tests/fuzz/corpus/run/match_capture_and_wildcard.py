# Capture patterns bind names; _ matches without binding.
def f(v):
    match v:
        case 0:
            return 'zero'
        case other:
            return f'captured {other!r}'
print(f(0), f('x'), f([1]))
match 42:
    case _:
        print('wildcard matched')
try:
    print(_)
except NameError as e:
    print(type(e).__name__, e)
match 'value':
    case captured:
        pass
print(captured)
try:
    compile('match x:\n    case a:\n        pass\n    case 1:\n        pass\n', '<m>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
