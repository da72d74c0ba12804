# A trapped Overflow still leaves the Overflow, Inexact and Rounded flags in the context
# (sqrt lost them all: its local context was left by the exception before merging).
from decimal import *
c = getcontext()
c.prec = 7; c.Emax = 999; c.Emin = -999
y = Decimal("1e9999")
for name, fn in (("sqrt", lambda: y.sqrt()), ("normalize", lambda: y.normalize()),
                 ("mul", lambda: y * y), ("plus", lambda: +y), ("exp", lambda: Decimal(5000).exp()),
                 ("next_toward", lambda: Decimal("9.999999E+999").next_toward(Decimal("Infinity"))),
                 ("pow", lambda: Decimal(10) ** 2000)):
    c.clear_flags()
    try:
        print(name, fn())
    except Overflow as e:
        print(name, "Overflow", e.args)
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
c.traps[Overflow] = False
c.clear_flags()
print(y.sqrt(), sorted(k.__name__ for k, v in c.flags.items() if v))
