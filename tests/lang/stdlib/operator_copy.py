import copy, operator
ig = operator.itemgetter(1, 0); ag = operator.attrgetter('real', 'imag'); mc = operator.methodcaller('split', ','); mk = operator.methodcaller('split', ',', maxsplit=1)
for o in (ig, ag, mc, mk):
    c = copy.copy(o); d = copy.deepcopy(o)
    print(repr(c), repr(d), c is not o)
print(copy.copy(ig)('ab'), copy.deepcopy(ag)(3j), copy.copy(mk)('a,b,c'), ig.__reduce__(), mc.__reduce__())
print(type(mk.__reduce__()[0]).__name__, mk.__reduce__()[1])
