# Arguments are evaluated left to right before the call.
order = []
def arg(v):
    order.append(v)
    return v
def f(*a, **k):
    return a, k
print(f(arg(1), arg(2), x=arg(3), *[arg(4)], **{'y': arg(5)}))
print(order)
def outer():
    order.append('outer called')
    return f
order.clear()
outer()(arg('a'))
print(order)
