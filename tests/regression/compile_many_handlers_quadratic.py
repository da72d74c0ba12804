# safepy took ~20 s (CPython: 0.05 s) to compile one code object with 3000 try/except blocks: compile time is quadratic in the number of exception handlers
lines = []
for i in range(3000):
    lines.append(f"try:\n    total += {i}\nexcept Exception:\n    pass")
src = "total = 0\n" + "\n".join(lines) + "\n"
ns = {}
exec(compile(src, "<generated>", "exec"), ns)
print(ns["total"])
