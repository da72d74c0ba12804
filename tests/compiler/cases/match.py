match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | -2.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case "s" | b"b" | "a" "b":
        pass
    case None | True | False:
        pass
    case a:
        pass
    case _:
        pass
    case a.b:
        pass
    case a.b.c:
        pass
    case (1 | 2) as x:
        pass
    case [1, 2, *rest]:
        pass
    case [*_]:
        pass
    case (1, 2):
        pass
    case ():
        pass
    case []:
        pass
    case (a):
        pass
    case (a,):
        pass
    case 1, 2:
        pass
    case 1, *a, 2,:
        pass
    case {}:
        pass
    case {"a": 1, "b": b}:
        pass
    case {1: _, **rest}:
        pass
    case {a.b: 1, None: 2, -1: 3}:
        pass
    case {**rest}:
        pass
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=2):
        pass
    case Point(1, y=2,):
        pass
    case a.B(c, d=e):
        pass
    case [Point(x=0, y=0) as p, *others] if p.x > 0:
        pass
    case x if x:
        pass
match (a, b):
    case _: pass
match a, b:
    case _: pass
match a, *b:
    case _: pass
match -x:
    case _: pass
match x,:
    case _: pass
match f(x):
    case _: pass
match = 1
match.x = 2
match[1] = 3
match(x)
match
case = 1
_ = 2
print(match, case)
def match(): pass
match x:
    case {"key": [1, {"nested": (a, b)}]}: pass
    case str() | bytes(): pass
