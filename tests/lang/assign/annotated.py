# Annotated assignments store annotations and optionally bind values.
x: int = 5
y: str
print(x)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
print(__annotations__)
class Point:
    x: int = 0
    y: int
    label: 'str' = 'p'
print(Point.__annotations__)
print(Point.x, hasattr(Point, 'y'), Point.label)
def f(a: int, b: 'list[int]' = None) -> bool:
    local: float = 1.5
    return local
print(f.__annotations__)
print(f(1))
data: dict = {}
data['k']: int = 3
print(data)
