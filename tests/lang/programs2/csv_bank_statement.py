# Parse a CSV bank statement by hand (quoted fields, escaped quotes), categorize, and print monthly reports.

CSV = '''date,description,amount,balance
2024-01-02,"Salary, ACME Corp",3200.00,4150.25
2024-01-03,Coffee Shop,-4.50,4145.75
2024-01-05,"Rent ""January""",-1200.00,2945.75
2024-01-09,Grocery Store,-86.23,2859.52
2024-01-15,Electric Co,-64.10,2795.42
2024-01-20,"Book: ""Python, the hard way""",-39.99,2755.43
2024-01-28,Coffee Shop,-5.25,2750.18
2024-02-01,"Salary, ACME Corp",3200.00,5950.18
2024-02-02,Grocery Store,-102.70,5847.48
2024-02-05,"Rent ""February""",-1200.00,4647.48
2024-02-14,Flower Shop,-45.00,4602.48
2024-02-14,Restaurant,-120.35,4482.13
2024-02-20,Refund: Electric Co,12.40,4494.53
2024-02-27,Coffee Shop,-4.75,4489.78
2024-03-01,"Salary, ACME Corp",3300.00,7789.78
2024-03-03,Grocery Store,-95.10,7694.68
2024-03-05,"Rent ""March""",-1200.00,6494.68
2024-03-18,Transfer to savings,-2000.00,4494.68
2024-03-30,Coffee Shop,-4.50,4490.18
'''


def parse_csv_line(line):
    fields, field, i, quoted = [], [], 0, False
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                field.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    if quoted:
        raise ValueError(f"unterminated quote in {line!r}")
    fields.append("".join(field))
    return fields


CATEGORIES = {
    "income": ("salary", "refund"),
    "housing": ("rent", "electric"),
    "food": ("grocery", "restaurant", "coffee"),
    "fun": ("book", "flower"),
    "savings": ("savings",),
}


def categorize(desc):
    low = desc.lower()
    for cat, keys in CATEGORIES.items():
        if any(k in low for k in keys):
            return cat
    return "other"


def to_cents(text):
    sign = -1 if text.startswith("-") else 1
    whole, _, frac = text.lstrip("-").partition(".")
    return sign * (int(whole) * 100 + int((frac + "00")[:2]))


def fmt(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


lines = CSV.strip().splitlines()
header = parse_csv_line(lines[0])
rows = [dict(zip(header, parse_csv_line(l))) for l in lines[1:]]
print(header, len(rows))
print(rows[1])
print(rows[5]["description"])

prev_balance = to_cents(rows[0]["balance"]) - to_cents(rows[0]["amount"])
errors = 0
for r in rows:
    expected = prev_balance + to_cents(r["amount"])
    if expected != to_cents(r["balance"]):
        errors += 1
        print("balance mismatch at", r["date"])
    prev_balance = to_cents(r["balance"])
print("balance check errors:", errors, "| opening balance:", fmt(to_cents(rows[0]["balance"]) - to_cents(rows[0]["amount"])))

months = {}
for r in rows:
    month = r["date"][:7]
    cat = categorize(r["description"])
    months.setdefault(month, {}).setdefault(cat, 0)
    months[month][cat] += to_cents(r["amount"])

cats = sorted({c for m in months.values() for c in m})
print(f"{'month':<8}" + "".join(f"{c:>11}" for c in cats) + f"{'net':>11}")
for month, totals in sorted(months.items()):
    print(f"{month:<8}" + "".join(f"{fmt(totals.get(c, 0)):>11}" for c in cats) + f"{fmt(sum(totals.values())):>11}")
grand = {c: sum(m.get(c, 0) for m in months.values()) for c in cats}
print(f"{'total':<8}" + "".join(f"{fmt(grand[c]):>11}" for c in cats) + f"{fmt(sum(grand.values())):>11}")

spend = [(to_cents(r["amount"]), r["description"], r["date"]) for r in rows if to_cents(r["amount"]) < 0]
print("top 3 expenses:", [(fmt(a), d) for a, d, _ in sorted(spend)[:3]])
coffee = [r for r in rows if "coffee" in r["description"].lower()]
print("coffee: %d visits, %s total, avg %.2f" % (len(coffee), fmt(sum(to_cents(r["amount"]) for r in coffee)),
                                                sum(float(r["amount"]) for r in coffee) / len(coffee)))
by_weekday_like = {}
for r in rows:
    day = int(r["date"][8:])
    bucket = "early" if day <= 10 else "mid" if day <= 20 else "late"
    by_weekday_like[bucket] = by_weekday_like.get(bucket, 0) + 1
print(by_weekday_like)
income = sum(a for a, *_ in [(to_cents(r["amount"]),) for r in rows] if a > 0)
expense = -sum(to_cents(r["amount"]) for r in rows if r["amount"].startswith("-"))
print(f"income {fmt(income)}, expense {fmt(expense)}, savings rate {(income - expense) / income:.1%}")
for bad in ['a,"b', 'x,"y""', '"ok",""']:
    try:
        print(parse_csv_line(bad))
    except ValueError as e:
        print("ValueError:", e)
print(parse_csv_line(',,'), parse_csv_line(''), parse_csv_line('"a,b",c'), parse_csv_line('""""'))
print([fmt(c) for c in (0, 5, -5, 100, -123456, 10 ** 8)], to_cents("12.3"), to_cents("-0.07"), to_cents("7"))
