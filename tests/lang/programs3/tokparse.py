import re
from dataclasses import dataclass, field
from typing import List, Union, Optional

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/^()=,]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
TOK_RE = re.compile("|".join(f"(?P<{n}>{p})" for n, p in TOKEN_SPEC))

@dataclass
class Token:
    kind: str
    value: str
    pos: int

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos

def tokenize(src):
    for m in TOK_RE.finditer(src):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise ParseError(f"unexpected {m.group()!r}", m.start())
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))

@dataclass
class Num:
    value: float
@dataclass
class Var:
    name: str
@dataclass
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"
@dataclass
class Call:
    fn: str
    args: List["Expr"] = field(default_factory=list)
Expr = Union[Num, Var, BinOp, Call]

class Parser:
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expect(self, value):
        t = self.next()
        if t.value != value:
            raise ParseError(f"expected {value!r}, got {t.value!r}", t.pos)
        return t
    def parse(self):
        e = self.expr(0)
        if self.peek().kind != "EOF":
            raise ParseError("trailing input", self.peek().pos)
        return e
    def expr(self, minp):
        left = self.atom()
        while True:
            t = self.peek()
            p = self.PREC.get(t.value)
            if t.kind != "OP" or p is None or p < minp:
                return left
            self.next()
            right = self.expr(p + (0 if t.value == "^" else 1))
            left = BinOp(t.value, left, right)
    def atom(self):
        t = self.next()
        if t.kind == "NUMBER":
            return Num(float(t.value))
        if t.kind == "NAME":
            if self.peek().value == "(":
                self.next()
                args = []
                if self.peek().value != ")":
                    args.append(self.expr(0))
                    while self.peek().value == ",":
                        self.next(); args.append(self.expr(0))
                self.expect(")")
                return Call(t.value, args)
            return Var(t.value)
        if t.value == "(":
            e = self.expr(0); self.expect(")"); return e
        if t.value == "-":
            return BinOp("-", Num(0.0), self.atom())
        raise ParseError(f"unexpected {t.kind} {t.value!r}", t.pos)

import math
FUNCS = {"max": max, "min": min, "sqrt": math.sqrt, "abs": abs}
def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name=n):
            return env[n]
        case BinOp("+", l, r): return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r): return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r): return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r): return evaluate(l, env) / evaluate(r, env)
        case BinOp("^", l, r): return evaluate(l, env) ** evaluate(r, env)
        case Call(fn, args):
            return FUNCS[fn](*(evaluate(a, env) for a in args))
    raise TypeError(e)

env = {"x": 3.0, "y": 4.0}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "sqrt(x*x + y*y)", "max(1, x, y) - -2", "10 / 4 / 5",
            "1 +", "3 $ 4", "max(1, 2", "a + 1", "1 / (x - 3)"]:
    try:
        tree = Parser(src).parse()
        print(f"{src!r:24} => {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{src!r:24} !! {e} (pos={e.pos})")
    except KeyError as e:
        print(f"{src!r:24} !! unknown variable {e}")
    except ZeroDivisionError as e:
        print(f"{src!r:24} !! {type(e).__name__}: {e}")
print(Parser("f(1, g(x))").parse())
print([ (t.kind, t.value) for t in tokenize("a=1.5,b")])
print(re.fullmatch(r"(\w+)@(\w+)\.com", "joe@example.com").groups(), re.match(r"a|b", "c"))
m = re.search(r"(?P<k>\w+)\s*=\s*(?P<v>[^;]+);?", "  key = some value;")
print(m.groupdict(), m.start("v"), m.end(), m.expand(r"\g<v>=\1"), m[0], m.re.pattern)
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.subn("a", "b", "banana"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c333"), re.escape("a.b*c"))
print(re.findall(r"(a)(b)?", "ab a"), re.compile(r"x", re.I).findall("xXx"), re.split(r"(,)", "a,b,c", maxsplit=1))
