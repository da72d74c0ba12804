# recursive-descent calculator with a tokenizer generator, custom exceptions and match
import re, math
class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg if pos is None else f"{msg} at position {pos}")
        self.pos = pos
TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%(),^=]))")
def tokenize(src):
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise CalcError(f"unexpected character {src[pos]!r}", pos)
        kind = m.lastgroup
        yield kind, m.group(kind), m.start(kind)
        pos = m.end()
    yield "end", None, pos
class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "round": round}
    def __init__(self, src, env):
        self.toks = list(tokenize(src))
        self.i = 0
        self.env = env
    @property
    def tok(self): return self.toks[self.i]
    def eat(self, value=None):
        kind, v, pos = self.tok
        if value is not None and v != value:
            raise CalcError(f"expected {value!r}, got {v!r}", pos)
        self.i += 1
        return v
    def statement(self):
        if self.tok[0] == "name" and self.toks[self.i + 1][1] == "=":
            name = self.eat(); self.eat("=")
            self.env[name] = val = self.expr()
        else:
            val = self.expr()
        if self.tok[0] != "end":
            raise CalcError(f"trailing {self.tok[1]!r}", self.tok[2])
        return val
    def expr(self):
        v = self.term()
        while self.tok[1] in ("+", "-"):
            v = v + self.term() if self.eat() == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while (op := self.tok[1]) in ("*", "/", "%"):
            self.eat()
            rhs = self.power()
            match op:
                case "*": v *= rhs
                case "/" | "%" if rhs == 0:
                    raise CalcError("division by zero", self.tok[2])
                case "/": v /= rhs
                case "%": v %= rhs
        return v
    def power(self):
        base = self.unary()
        if self.tok[1] in ("**", "^"):
            self.eat()
            return base ** self.power()
        return base
    def unary(self):
        if self.tok[1] == "-":
            self.eat(); return -self.unary()
        if self.tok[1] == "+":
            self.eat(); return +self.unary()
        return self.atom()
    def atom(self):
        kind, v, pos = self.tok
        match kind:
            case "num":
                self.eat()
                return float(v) if any(c in v for c in ".eE") else int(v)
            case "name" if self.toks[self.i + 1][1] == "(":
                self.eat(); self.eat("(")
                args = [self.expr()]
                while self.tok[1] == ",":
                    self.eat(); args.append(self.expr())
                self.eat(")")
                try:
                    return self.FUNCS[v](*args)
                except KeyError:
                    raise CalcError(f"unknown function {v!r}", pos) from None
                except (TypeError, ValueError) as e:
                    raise CalcError(f"{v}: {e}", pos) from e
            case "name":
                self.eat()
                if v not in self.env:
                    raise CalcError(f"undefined name {v!r}", pos)
                return self.env[v]
            case _ if v == "(":
                self.eat(); val = self.expr(); self.eat(")")
                return val
            case _:
                raise CalcError(f"unexpected {v!r}" if v else "unexpected end", pos)
env = {"pi": math.pi}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x = 7 / 2", "x * 2", "y = x % 2 + max(1, 5, 3)",
         "sqrt(16) + abs(-3)", "round(pi, 3)", "1e3 + .5", "10 / (5 - 5)", "sqrt(-1)", "foo(1)", "z + 1",
         "1 +", "(1 + 2", "1 2", "3 $ 4", "max()", "2 ** 0.5", "7 % 0", "1_000", "--3", "y"]
for line in lines:
    try:
        print(f"{line:<22} => {Parser(line, env).statement()!r}")
    except CalcError as e:
        cause = f" (cause: {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{line:<22} !! {e}{cause}")
print(sorted(k for k in env if k != "pi"), env["x"], env["y"])
