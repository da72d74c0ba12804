# Triple-quoted and multi-line f-strings, and escapes around expressions.
a, b = 2, 3
msg = f"""Sum: {a + b}
Product: {a * b}"""
print(msg)
text = (f'a={a} '
        f'b={b} '
        'plain {not a field}')
print(text)
print(f'tab\t{a}\n{b}')
print(f'{a}' * 3, f'{"-" * 5}')
name = 'x'
print(f"{name!r}" + f'{name}')
data = {'a': 1}
print(f'{data["a"]}')
print(f'{a:{"" if a else ">"}3}|')
