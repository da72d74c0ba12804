# A mini expression language: tokenizer, recursive-descent parser, AST classes, evaluator.

class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


KEYWORDS = {"let", "in", "if", "then", "else"}
OPS = ["==", "!=", "<=", ">=", "**", "+", "-", "*", "/", "%", "<", ">", "(", ")", "=", ","]


def tokenize(src):
    i = 0
    tokens = []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", text, i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, i))
            i = j
        else:
            for op in OPS:
                if src.startswith(op, i):
                    tokens.append(Token("op", op, i))
                    i += len(op)
                    break
            else:
                raise ParseError(f"unexpected character {c!r}", i)
    tokens.append(Token("eof", "", len(src)))
    return tokens


class Node:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"


class Num(Node):
    def __init__(self, value):
        self.value = value


class Var(Node):
    def __init__(self, name):
        self.name = name


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand


class Let(Node):
    def __init__(self, name, value, body):
        self.name, self.value, self.body = name, value, body


class If(Node):
    def __init__(self, cond, then, other):
        self.cond, self.then, self.other = cond, then, other


class Call(Node):
    def __init__(self, func, args):
        self.func, self.args = func, args


PRECEDENCE = [("==", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]


class Parser:
    def __init__(self, src):
        self.tokens = tokenize(src)
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def eat(self, kind, text=None):
        t = self.tok
        if t.kind != kind or (text is not None and t.text != text):
            want = text or kind
            raise ParseError(f"expected {want!r}, got {t.text or t.kind!r}", t.pos)
        self.i += 1
        return t

    def parse(self):
        node = self.expr()
        self.eat("eof")
        return node

    def expr(self):
        if self.tok.kind == "kw" and self.tok.text == "let":
            self.eat("kw", "let")
            name = self.eat("name").text
            self.eat("op", "=")
            value = self.expr()
            self.eat("kw", "in")
            return Let(name, value, self.expr())
        if self.tok.kind == "kw" and self.tok.text == "if":
            self.eat("kw", "if")
            cond = self.expr()
            self.eat("kw", "then")
            then = self.expr()
            self.eat("kw", "else")
            return If(cond, then, self.expr())
        return self.binary(0)

    def binary(self, level):
        if level == len(PRECEDENCE):
            return self.power()
        left = self.binary(level + 1)
        while self.tok.kind == "op" and self.tok.text in PRECEDENCE[level]:
            op = self.eat("op").text
            left = BinOp(op, left, self.binary(level + 1))
        return left

    def power(self):
        base = self.unary()
        if self.tok.kind == "op" and self.tok.text == "**":
            self.eat("op")
            return BinOp("**", base, self.power())
        return base

    def unary(self):
        if self.tok.kind == "op" and self.tok.text == "-":
            self.eat("op")
            return Neg(self.unary())
        return self.atom()

    def atom(self):
        t = self.tok
        if t.kind == "num":
            self.i += 1
            return Num(float(t.text) if "." in t.text else int(t.text))
        if t.kind == "name":
            self.i += 1
            if self.tok.kind == "op" and self.tok.text == "(":
                self.eat("op", "(")
                args = []
                if not (self.tok.kind == "op" and self.tok.text == ")"):
                    args.append(self.expr())
                    while self.tok.text == ",":
                        self.eat("op", ",")
                        args.append(self.expr())
                self.eat("op", ")")
                return Call(t.text, args)
            return Var(t.text)
        if t.kind == "op" and t.text == "(":
            self.eat("op", "(")
            node = self.expr()
            self.eat("op", ")")
            return node
        raise ParseError(f"unexpected {t.text or t.kind!r}", t.pos)


BUILTINS = {
    "max": max, "min": min, "abs": abs,
    "sum": lambda *a: sum(a),
    "fact": lambda n: 1 if n <= 1 else n * BUILTINS["fact"](n - 1),
}

BINOPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b,
    "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b),
}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            if n not in env:
                raise NameError(f"undefined variable {n!r}")
            return env[n]
        case Neg(operand=o):
            return -evaluate(o, env)
        case BinOp(op=op, left=l, right=r):
            return BINOPS[op](evaluate(l, env), evaluate(r, env))
        case Let(name=n, value=v, body=b):
            return evaluate(b, {**env, n: evaluate(v, env)})
        case If(cond=c, then=t, other=o):
            return evaluate(t, env) if evaluate(c, env) else evaluate(o, env)
        case Call(func=f, args=args):
            return BUILTINS[f](*[evaluate(a, env) for a in args])
        case _:
            raise TypeError(f"bad node {node!r}")


programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "10 / 4",
    "17 % 5 + 7 % -3",
    "let x = 5 in x * x - 1",
    "let x = 2 in let y = x * 10 in y + x",
    "if 3 > 2 then 100 else 200",
    "max(1, 7, 3) + min(4, -2) + abs(-9)",
    "fact(25)",
    "sum(1, 2, 3, 4.5)",
    "2 ** 100",
    "let f = 3 in if f == 3 then f * 1.5 else 0",
    "1 +",
    "3 $ 4",
    "let = 4",
    "y + 1",
    "10 / (5 - 5)",
]

for src in programs:
    try:
        tree = Parser(src).parse()
        value = evaluate(tree, {})
        print(f"{src:<40} => {value!r}")
    except ParseError as e:
        print(f"{src:<40} !! ParseError: {e} (pos={e.pos})")
    except (NameError, ZeroDivisionError) as e:
        print(f"{src:<40} !! {type(e).__name__}: {e}")

print(Parser("let a = 1 in a + 2").parse())
print(tokenize("x<=10"))
