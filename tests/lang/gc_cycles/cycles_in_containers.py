# Cycles mixing lists, dicts, tuples and sets of objects; results still computed.
class Item:
    def __init__(self, k):
        self.k = k
        self.refs = []
checksum = 0
for i in range(30000):
    x, y = Item(i), Item(-i)
    x.refs.append((y, {'back': x}))
    y.refs.append([x, y])
    holder = {'pair': [x, y]}
    holder['pair'].append(holder)
    checksum += x.k + y.k + len(holder['pair'])
print('checksum', checksum)
