# Tokenizer and recursive-descent parser/evaluator for arithmetic expressions.
class CalcError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == '.'):
                i += 1
            num = text[start:i]
            tokens.append(('NUM', float(num) if '.' in num else int(num)))
        elif ch.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            tokens.append(('NAME', text[start:i]))
        elif ch in '+-*/%^()':
            tokens.append(('OP', ch))
            i += 1
        else:
            raise CalcError(f'unexpected character {ch!r} at position {i}')
    tokens.append(('EOF', None))
    return tokens


class Parser:
    def __init__(self, tokens, variables):
        self.tokens = tokens
        self.pos = 0
        self.vars = variables

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if kind and (tok[0] != kind or (value is not None and tok[1] != value)):
            raise CalcError(f'expected {value or kind}, got {tok[1]!r}')
        self.pos += 1
        return tok

    def parse(self):
        v = self.expr()
        self.take('EOF')
        return v

    def expr(self):
        v = self.term()
        while self.peek() in (('OP', '+'), ('OP', '-')):
            op = self.take()[1]
            rhs = self.term()
            v = v + rhs if op == '+' else v - rhs
        return v

    def term(self):
        v = self.factor()
        while self.peek()[0] == 'OP' and self.peek()[1] in '*/%':
            op = self.take()[1]
            rhs = self.factor()
            if op == '*':
                v *= rhs
            elif rhs == 0:
                raise CalcError('division by zero')
            elif op == '/':
                v /= rhs
            else:
                v %= rhs
        return v

    def factor(self):
        if self.peek() == ('OP', '-'):
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == ('OP', '^'):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == 'NUM':
            self.take()
            return value
        if kind == 'NAME':
            self.take()
            if value not in self.vars:
                raise CalcError(f'unknown variable {value!r}')
            return self.vars[value]
        if (kind, value) == ('OP', '('):
            self.take()
            v = self.expr()
            self.take('OP', ')')
            return v
        raise CalcError(f'unexpected token {value!r}')


variables = {'x': 3, 'y': 4, 'pi': 3.14159}
tests = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '10 % 4', 'x * x + y * y',
         '2 * pi * 10', '((((7))))', '1 +', '3 $ 4', '5 / (x - 3)', 'z + 1', '(1 + 2', '1.5 * 4', '--3']
print(tokenize('12 + x*(3.5)'))
for t in tests:
    try:
        print(f'{t!r:>16} = {Parser(tokenize(t), variables).parse()}')
    except CalcError as e:
        print(f'{t!r:>16} ! {e}')
