# Nested lists: indexing, mutation, flattening and transposition.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], m[0][:2])
m[1][1] = 'X'
print(m)
print([row[0] for row in m])
print([x for row in m for x in row])
print(list(map(list, zip(*m))))
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0])
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(deep))
r = []
r.append(r)
print(r, r[0] is r)
