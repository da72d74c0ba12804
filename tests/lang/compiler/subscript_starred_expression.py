# A starred item of a subscript takes a whole expression (3.11 grammar: starred_expression
# is '*' expression): `a[*x is y]`, `a[*b or c, *d if e else f]` were SyntaxErrors in
# safepy, whose slice parser read only a bitwise-or operand after the star.
import ast


class Show:
    def __getitem__(self, key):
        return key


a = Show()
print(a[*[1, 2] or [3]])
print(a[0, *[] or [4, 5], *(6,) if True else ()])
print(a[*'xy' if a else 'z'])
for src in ['a[*x is y]', 'a[*b or c, *d if e else f]', 'a[*not x]', 'a[*lambda: 1]',
            'a[*x:y]', 'a[*x := 1]']:
    try:
        print(ast.dump(ast.parse(src, mode='eval').body.slice))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
