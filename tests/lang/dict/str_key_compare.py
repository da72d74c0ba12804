# Dict lookups with str keys compare exact strs by length and bytes once the full hashes
# matched: fresh strs built at run time find the stored ones, equal hashes with different
# text do not match, and str subclasses / other types keep the __eq__ protocol.
class S(str):
    def __eq__(self, other):
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class H:
    def __init__(self, h, name):
        self.h, self.name = h, name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, str) and other == self.name


words = "alpha beta gamma delta é ß 中文 🎉 alpha".split()
d = {}
for w in words:
    d[w] = d.get(w, 0) + 1
for w in " ".join(words).split():
    fresh = "".join(list(w))
    print(repr(fresh), d[fresh], fresh in d, d.get(fresh + "x"))
print(sorted(d.items()))
d[S("beta")] = 10
print(d["beta"], d[S("gamma")], len(d))
d[H(hash("delta"), "delta")] = 5
print(d["delta"], len(d))
k = "ab" * 40
d2 = {k: 1}
print(d2.get("ab" * 40), d2.get("ab" * 39 + "ac"), d2.get("ab" * 39 + "a"))
print({"": 0}.get("".join([])), {"a": 1}.get("".join(["a"])))
