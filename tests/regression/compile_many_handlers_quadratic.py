# safepy took over 40 s (CPython: 0.1 s) to compile one code object with 5000 try/except blocks: compile time is quadratic in the number of exception handlers
lines = []
for i in range(5000):
    lines.append(f"try:\n    total += {i}\nexcept Exception:\n    pass")
src = "total = 0\n" + "\n".join(lines) + "\n"
ns = {}
exec(compile(src, "<generated>", "exec"), ns)
print(ns["total"])
