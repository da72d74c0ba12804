# copy/deepcopy of self-referential containers (memo keeps cycles as cycles).
import copy
l = [1]
l.append(l)
d = {"a": 1}
d["self"] = d
d2 = {"l": l}
l.append(d2)
c = copy.copy(l)
print(c[2] is l[2], c[1] is l)
dc = copy.deepcopy(l)
print(dc[1] is dc, dc[2]["l"] is dc, repr(dc))
dd = copy.deepcopy(d)
print(dd["self"] is dd)
