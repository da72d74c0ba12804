# Non-ASCII str methods: every character goes through the Unicode property tables
# (src/kernel/unicode_db.c, three-level lookup).
s = "Ünïcödé Straße ΑΣ ОДОС 漢字 ǅ " * 200
n = 0
for i in range(30):
    n += len(s.upper()) + len(s.lower()) + len(s.casefold()) + len(s.title())
    n += sum(1 for c in s if c.isalpha()) + sum(1 for c in s if c.isspace())
    n += s.isidentifier() + s.isprintable()
print(n)
