# Exceptions propagate through function calls and loops until caught.
def parse_all(items):
    results = []
    for item in items:
        try:
            results.append(int(item))
        except ValueError:
            results.append(None)
    return results
print(parse_all(['1', 'x', '3', '']))
def a():
    b()
def b():
    c()
def c():
    raise LookupError('deep')
try:
    a()
except LookupError as e:
    print('caught from 3 frames down:', e)
def safe_div(x, y):
    try:
        return x / y
    except ZeroDivisionError:
        return float('inf')
    finally:
        pass
print([safe_div(1, y) for y in [1, 0, 4]])
