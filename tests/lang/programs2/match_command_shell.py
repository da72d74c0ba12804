# A toy command shell driven by structural pattern matching.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Rect:
    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h


def describe_shape(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at ({x},{y})"
        case Circle(center=c, radius=r):
            return f"circle at {c} r={r}"
        case Rect(w=w, h=h) if w == h:
            return f"square side {w}"
        case Rect(corner=Point(x=0, y=0) as p, w=w, h=h):
            return f"rect at {p} {w}x{h}"
        case Rect():
            return "some rect"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point():
            return "point"
        case _:
            return f"unknown {type(shape).__name__}"


shapes = [Circle(Point(0, 0), 5), Circle(Point(1, 2), 20), Circle(Point(3, 3), 1),
          Rect(Point(1, 1), 4, 4), Rect(Point(0, 0), 2, 3), Rect(Point(5, 5), 1, 2),
          Point(7, 7), Point(1, 2), "hello"]
for s in shapes:
    print(describe_shape(s))


def run(command, state):
    match command.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            state["running"] = False
            return "bye"
        case ["set", name, value] if value.lstrip("-").isdigit():
            state["vars"][name] = int(value)
            return f"{name} = {value} (int)"
        case ["set", name, *words]:
            state["vars"][name] = " ".join(words)
            return f"{name} = {' '.join(words)!r}"
        case ["get", name]:
            return repr(state["vars"].get(name, "<undefined>"))
        case ["add", *nums] if nums and all(n.lstrip("-").isdigit() for n in nums):
            return str(sum(int(n) for n in nums))
        case ["del", *names]:
            removed = [n for n in names if state["vars"].pop(n, None) is not None]
            return f"removed {removed}"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", direction]:
            return f"can't go {direction}"
        case [cmd, *rest]:
            return f"unknown command {cmd!r} with {len(rest)} args"


state = {"running": True, "vars": {}}
script = ["set x 42", "set name Ada Lovelace", "get x", "get name", "get y", "add 1 2 3 -4",
          "add one two", "go north", "go up", "", "del x y", "frobnicate a b c", "quit", "get x"]
for line in script:
    if not state["running"]:
        print(f"(ignored {line!r})")
        continue
    print(f"> {line:<22} {run(line, state)}")


def classify(value):
    match value:
        case None:
            return "none"
        case True | False:
            return f"bool {value}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str() as s if len(s) == 1:
            return f"char {s}"
        case str(s):
            return f"string of {len(s)}"
        case (x, y):
            return f"pair {x},{y}"
        case [x, y, *rest] if rest:
            return f"seq head={x},{y} rest={rest}"
        case [*items]:
            return f"short seq {items}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "mapping"
        case _:
            return "other"


values = [None, True, False, 0, -5, 17, 2.5, 0.0, "", "x", "hello", (1, 2), [1, 2, 3, 4], [9],
          [], {"type": "user", "name": "bo", "age": 3, "id": 1}, {"type": "admin"}, {"a": 1},
          {"type": "user", "name": 5}, {1, 2}, b"bytes"]
for v in values:
    print(f"{v!r:<50} -> {classify(v)}")


def eval_tree(node):
    match node:
        case ("num", n):
            return n
        case ("neg", x):
            return -eval_tree(x)
        case (("add" | "sub" | "mul") as op, left, right):
            l, r = eval_tree(left), eval_tree(right)
            return {"add": l + r, "sub": l - r, "mul": l * r}[op]
        case _:
            raise ValueError(f"bad node {node}")


tree = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("sub", ("num", 1), ("num", 5)))))
print("tree value:", eval_tree(tree))
try:
    eval_tree(("div", 1, 2))
except ValueError as e:
    print("ValueError:", e)

HTTP = {200: "OK", 404: "Not Found"}
for code in [200, 301, 404, 418, 500, 503]:
    match code:
        case 200 | 404:
            msg = HTTP[code]
        case 301 | 302 as redirect:
            msg = f"redirect {redirect}"
        case c if 500 <= c < 600:
            msg = "server error"
        case _:
            msg = "other"
    print(code, msg)

match {"x": 1, "y": 2, "z": 3}:
    case {"x": 1, **rest}:
        print("rest:", rest)

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("nested:", a + b + c + d)

for pt in [Point(0, 0), Point(0, 5), Point(5, 0), Point(2, 3)]:
    match pt:
        case Point(x=0, y=0):
            where = "origin"
        case Point(x=0, y=yy):
            where = f"on y axis at {yy}"
        case Point(x=xx, y=0):
            where = f"on x axis at {xx}"
        case Point():
            where = "elsewhere"
    print(pt, where)
