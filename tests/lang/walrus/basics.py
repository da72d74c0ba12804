# Assignment expressions (:=) bind and return a value.
if (n := len('hello')) > 3:
    print('long', n)
print(n)
data = [1, 2, 3, 4]
while (item := data.pop()) != 2:
    print('popped', item)
print(data)
print((y := 5) + y)
values = [v for raw in ['1', 'x', '3'] if (v := raw.isdigit())]
print(values)
def f():
    if (m := 'local') :
        return m
print(f())
print([(z := i) for i in range(3)], z)
