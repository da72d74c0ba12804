# Evaluation order: right-hand side first, then targets left to right.
log = []
def val(v):
    log.append(('val', v))
    return v
class Rec:
    def __setitem__(self, k, v):
        log.append(('set', k, v))
r = Rec()
r[val('k1')] = r[val('k2')] = val('rhs')
print(log)
log.clear()
a = {}
a[val('x')], a[val('y')] = val(1), val(2)
print(log, a)
log.clear()
d = {}
d[val('key')] = val('value')
print(log)
log.clear()
lst = [val(1), val(2)] + [val(3)]
print(log)
