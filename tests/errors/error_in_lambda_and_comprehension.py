# Tracebacks name <lambda> and <listcomp> frames.
convert = lambda s: int(s) * 2
data = ['1', '2', 'three']
print([convert(s) for s in data[:2]])
print([convert(s) for s in data])
