# A tiny expression evaluator built on structural pattern matching.
def evaluate(expr, env):
    match expr:
        case int() | float():
            return expr
        case str(name):
            return env[name]
        case ('+', left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ('*', left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ('neg', operand):
            return -evaluate(operand, env)
        case ('let', str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ('sum', *items):
            return sum(evaluate(i, env) for i in items)
        case _:
            raise ValueError(f'bad expression: {expr!r}')
env = {'x': 10}
print(evaluate(('+', 1, ('*', 'x', 3)), env))
print(evaluate(('let', 'y', 5, ('+', 'x', ('neg', 'y'))), env))
print(evaluate(('sum', 1, 2, 3, 'x'), env))
try:
    evaluate(('pow', 2, 3), env)
except ValueError as e:
    print(type(e).__name__, e)
