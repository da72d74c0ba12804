# _operator: the operator functions under the name of CPython's C half (hmac's tests and
# code written against CPython import it directly).
import _operator, operator
print(_operator.add(2, 3), _operator.itemgetter is operator.itemgetter, _operator._compare_digest(b'a', b'a'))
print(_operator.attrgetter('real')(3), _operator.index(7), hasattr(_operator, '__add__'))
print(sorted(n for n in dir(_operator) if not n.startswith('_'))[:12])
