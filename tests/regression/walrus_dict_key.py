# A parenthesized assignment expression is a valid dict key, in displays and in
# comprehensions; an unparenthesized one is still a syntax error.
print({(k := 1): 2}, k)
print({(k := i): k * 10 for i in range(3)}, k)
print({(a := 'x'): (b := 'y')}, a, b)
print({(n := 5)}, n)
for src in ["{k := 1: 2}", "{(a := 1), (b := 2): 3}", "{x: y := 1}"]:
    try:
        compile(src, '<s>', 'eval')
        print(src, 'compiled')
    except SyntaxError as e:
        print(src, '!', e.msg, e.offset)
