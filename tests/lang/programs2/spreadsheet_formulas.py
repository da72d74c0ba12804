# A tiny spreadsheet: cells with formulas, dependency tracking, cycle detection, topological recalculation.

class CycleError(Exception):
    pass


class FormulaError(Exception):
    pass


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - ord("A") + 1)
    return n - 1


def col_name(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(ord("A") + r) + name
    return name


def split_ref(ref):
    letters = "".join(ch for ch in ref if ch.isalpha())
    digits = ref[len(letters):]
    return col_index(letters), int(digits) - 1


def expand_range(a, b):
    c1, r1 = split_ref(a)
    c2, r2 = split_ref(b)
    return [f"{col_name(c)}{r + 1}" for r in range(min(r1, r2), max(r1, r2) + 1)
            for c in range(min(c1, c2), max(c1, c2) + 1)]


def tokenize(expr):
    tokens, i = [], 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isalpha():
            j = i
            while j < len(expr) and (expr[j].isalnum()):
                j += 1
            word = expr[i:j].upper()
            if j < len(expr) and expr[j] == ":":
                k = j + 1
                while k < len(expr) and expr[k].isalnum():
                    k += 1
                tokens.append(("range", word, expr[j + 1:k].upper()))
                j = k
            elif j < len(expr) and expr[j] == "(":
                tokens.append(("func", word))
            else:
                tokens.append(("ref", word))
            i = j
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            tokens.append(("num", float(expr[i:j])))
            i = j
        elif ch in "+-*/(),":
            tokens.append(("op", ch))
            i += 1
        else:
            raise FormulaError(f"bad character {ch!r}")
    return tokens


FUNCS = {
    "SUM": lambda vals: sum(vals),
    "AVG": lambda vals: sum(vals) / len(vals) if vals else 0.0,
    "MAX": lambda vals: max(vals),
    "MIN": lambda vals: min(vals),
    "COUNT": lambda vals: float(len(vals)),
}


class Sheet:
    def __init__(self):
        self.raw = {}
        self.values = {}

    def set(self, ref, content):
        self.raw[ref] = content
        self.recalc()

    def deps(self, ref):
        content = self.raw.get(ref, "")
        if not isinstance(content, str) or not content.startswith("="):
            return set()
        out = set()
        for tok in tokenize(content[1:]):
            if tok[0] == "ref":
                out.add(tok[1])
            elif tok[0] == "range":
                out.update(expand_range(tok[1], tok[2]))
        return out

    def order(self):
        state, order = {}, []

        def visit(ref, stack):
            if state.get(ref) == 2:
                return
            if state.get(ref) == 1:
                cycle = stack[stack.index(ref):] + [ref]
                raise CycleError(" -> ".join(cycle))
            state[ref] = 1
            for d in sorted(self.deps(ref)):
                visit(d, stack + [ref])
            state[ref] = 2
            order.append(ref)

        for ref in sorted(self.raw):
            visit(ref, [])
        return order

    def recalc(self):
        self.values = {}
        for ref in self.order():
            self.values[ref] = self.evaluate(ref)

    def evaluate(self, ref):
        content = self.raw.get(ref)
        if content is None:
            return 0.0
        if isinstance(content, (int, float)):
            return float(content)
        if not content.startswith("="):
            try:
                return float(content)
            except ValueError:
                return content
        tokens = tokenize(content[1:])
        pos = 0

        def peek():
            return tokens[pos] if pos < len(tokens) else ("end",)

        def take():
            nonlocal pos
            pos += 1
            return tokens[pos - 1]

        def expr():
            v = term()
            while peek() in (("op", "+"), ("op", "-")):
                v = v + term() if take()[1] == "+" else v - term()
            return v

        def term():
            v = factor()
            while peek() in (("op", "*"), ("op", "/")):
                op = take()[1]
                rhs = factor()
                if op == "/" and rhs == 0:
                    raise FormulaError("division by zero")
                v = v * rhs if op == "*" else v / rhs
            return v

        def factor():
            tok = take()
            if tok == ("op", "-"):
                return -factor()
            if tok == ("op", "("):
                v = expr()
                take()
                return v
            if tok[0] == "num":
                return tok[1]
            if tok[0] == "ref":
                v = self.values.get(tok[1], 0.0)
                if isinstance(v, str):
                    raise FormulaError(f"{tok[1]} is text")
                return v
            if tok[0] == "func":
                take()
                vals = []
                while peek() != ("op", ")"):
                    t = peek()
                    if t[0] == "range":
                        take()
                        vals.extend(self.values.get(r, 0.0) for r in expand_range(t[1], t[2]))
                    else:
                        vals.append(expr())
                    if peek() == ("op", ","):
                        take()
                take()
                return FUNCS[tok[1]](vals)
            raise FormulaError(f"unexpected {tok}")

        try:
            return expr()
        except FormulaError as e:
            return f"#ERR({e})"

    def show(self, rows, cols):
        print("     " + "".join(f"{col_name(c):>10}" for c in range(cols)))
        for r in range(rows):
            cells = []
            for c in range(cols):
                v = self.values.get(f"{col_name(c)}{r + 1}", "")
                cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{str(v)[:10]:>10}")
            print(f"{r + 1:>4} " + "".join(cells))


print([col_name(i) for i in (0, 25, 26, 27, 51, 52, 701, 702)], col_index("AB"), split_ref("C12"))
print(expand_range("A1", "B3"))
sheet = Sheet()
for ref, val in [("A1", 10), ("A2", 20), ("A3", 30.5), ("B1", "=A1*2"), ("B2", "=A2+B1"),
                 ("B3", "=SUM(A1:A3)"), ("C1", "=AVG(A1:B3)"), ("C2", "=MAX(A1:A3, B1) - MIN(A1:A3)"),
                 ("C3", "=(A1 + A2) * -2 / 4"), ("D1", "label"), ("D2", "=D1+1"), ("D3", "=A1/(A2-20)")]:
    sheet.set(ref, val)
sheet.show(3, 4)
sheet.set("A1", 100)
print("after A1=100:")
sheet.show(3, 4)
print("order:", sheet.order())
try:
    sheet.set("A1", "=C1")
except CycleError as e:
    print("CycleError:", e)
try:
    tokenize("A1 $ 2")
except FormulaError as e:
    print("FormulaError:", e)
