# Identifiers are NFKC-normalized (PEP 3131): a ligature or full-width letter in a name
# is the same name as its plain spelling, for variables, attributes, keyword arguments,
# parameters, functions and classes; strings are left alone.
ﬁle = 1
print(file, 'ﬁle' in dir(), 'file' in dir())
ｘ = 2
print(x)


class Ｐｏｉｎｔ:
    def __init__(self, ｖａｌｕｅ):
        self.ｖａｌ = ｖａｌｕｅ


p = Point(value=3)
print(p.val, type(p).__name__, vars(p))


def ｆ(**kw):
    return sorted(kw)


print(f(ｋ=1, ℌ=2))
print(len('ﬁle'), 'ﬁle' == 'file', getattr(p, 'ｖａｌ', 'no raw attribute'))
Ω = 'omega'
µ = 'micro sign'
print(Ω, μ)
ns = {}
exec('ǅ = 5', ns)
print(sorted(k for k in ns if k != '__builtins__'))
