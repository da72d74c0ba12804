# if with comparison chains, membership and identity.
age = 25
if 18 <= age < 65:
    print('working age')
role = 'admin'
if role in ('admin', 'root'):
    print('privileged')
v = None
if v is None:
    print('no value')
items = {'a': 1}
if 'b' not in items:
    print('b missing')
s = 'hello'
if s.startswith('he') and len(s) == 5:
    print('matched')
n = 15
if n % 3 == 0 and n % 5 == 0:
    print('FizzBuzz')
elif n % 3 == 0:
    print('Fizz')
