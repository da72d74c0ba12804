# Warehouse inventory: nested dicts, grouping, sorting by multiple keys, comprehensions.

ORDERS = [
    {"id": 101, "customer": "acme", "items": [("widget", 4, 2.50), ("gadget", 1, 12.00)], "region": "north"},
    {"id": 102, "customer": "globex", "items": [("widget", 10, 2.40)], "region": "south"},
    {"id": 103, "customer": "acme", "items": [("sprocket", 25, 0.35), ("widget", 2, 2.50)], "region": "north"},
    {"id": 104, "customer": "initech", "items": [("gadget", 3, 11.50), ("gizmo", 1, 99.99)], "region": "east"},
    {"id": 105, "customer": "umbrella", "items": [], "region": "west"},
    {"id": 106, "customer": "globex", "items": [("gizmo", 2, 95.00), ("sprocket", 100, 0.30)], "region": "south"},
    {"id": 107, "customer": "initech", "items": [("widget", 7, 2.45)], "region": "east"},
    {"id": 108, "customer": "hooli", "items": [("gadget", 5, 11.75), ("widget", 1, 2.60)], "region": "north"},
]

STOCK = {"widget": 30, "gadget": 8, "sprocket": 200, "gizmo": 2, "doohickey": 5}


def order_total(order):
    return sum(qty * price for _, qty, price in order["items"])


totals = {o["id"]: round(order_total(o), 2) for o in ORDERS}
print("totals:", totals)

by_customer = {}
for o in ORDERS:
    entry = by_customer.setdefault(o["customer"], {"orders": 0, "spent": 0.0, "products": set()})
    entry["orders"] += 1
    entry["spent"] += order_total(o)
    entry["products"].update(name for name, *_ in o["items"])

print(f"{'customer':<10}{'orders':>7}{'spent':>10}  products")
for name, e in sorted(by_customer.items(), key=lambda kv: (-kv[1]["spent"], kv[0])):
    print(f"{name:<10}{e['orders']:>7}{e['spent']:>10.2f}  {', '.join(sorted(e['products'])) or '-'}")

demand = {}
for o in ORDERS:
    for name, qty, _ in o["items"]:
        demand[name] = demand.get(name, 0) + qty
print("demand:", dict(sorted(demand.items())))

shortfall = {p: demand[p] - STOCK.get(p, 0) for p in demand if demand[p] > STOCK.get(p, 0)}
print("shortfall:", shortfall)
unused = sorted(set(STOCK) - set(demand))
print("never ordered:", unused)

regions = {}
for o in ORDERS:
    regions.setdefault(o["region"], []).append(o["id"])
print({r: ids for r, ids in sorted(regions.items())})

prices = {}
for o in ORDERS:
    for name, _, price in o["items"]:
        prices.setdefault(name, []).append(price)
for name, ps in sorted(prices.items()):
    print(f"{name:>9}: min {min(ps):6.2f} max {max(ps):6.2f} avg {sum(ps) / len(ps):7.3f} n={len(ps)}")

flat = [(o["id"], name, qty) for o in ORDERS for name, qty, _ in o["items"] if qty >= 5]
print("bulk lines:", flat)

matrix = {c: {p: 0 for p in sorted(STOCK)} for c in sorted(by_customer)}
for o in ORDERS:
    for name, qty, _ in o["items"]:
        matrix[o["customer"]][name] += qty
header = "".join(f"{p[:6]:>8}" for p in sorted(STOCK))
print(f"{'':10}{header}")
for c, row in matrix.items():
    print(f"{c:10}" + "".join(f"{v:>8}" for v in row.values()))

col_totals = [sum(row[p] for row in matrix.values()) for p in sorted(STOCK)]
print(f"{'TOTAL':10}" + "".join(f"{v:>8}" for v in col_totals))

ranked = sorted(ORDERS, key=lambda o: (len(o["items"]), -order_total(o)), reverse=True)
print("ranked:", [o["id"] for o in ranked])

empty = [o["id"] for o in ORDERS if not o["items"]]
biggest = max(ORDERS, key=order_total)
print("empty orders:", empty, "biggest:", biggest["id"], f"{order_total(biggest):.2f}")

inverted = {}
for cust, e in by_customer.items():
    for p in e["products"]:
        inverted.setdefault(p, []).append(cust)
for p in sorted(inverted):
    print(f"  {p} <- {sorted(inverted[p])}")

restock = dict(STOCK)
for name, qty in demand.items():
    restock[name] = restock.get(name, 0) - qty
restock = {k: v for k, v in restock.items() if v != 0}
print("after fulfilment:", restock)
print("negative:", {k for k in restock if restock[k] < 0} == set(shortfall))

nested = {"a": {"b": {"c": 1, "d": [1, 2, {"e": 3}]}}, "f": (4, 5)}

def walk(obj, path=()):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, path + (k,))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from walk(v, path + (i,))
    else:
        yield path, obj

for path, value in walk(nested):
    print("/".join(map(str, path)), "=", value)

d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print(d1 | d2, d2 | d1, {**d1, **d2, "w": 0})
d1 |= {"q": 9}
print(d1, list(d1.keys()), list(d1.values()))
print(dict.fromkeys("abc", 0), dict(zip("xyz", range(3))), dict([("k", "v")], extra=1))
print(sorted(STOCK, key=STOCK.get), min(STOCK.items(), key=lambda kv: kv[1]))
popped = STOCK.pop("doohickey"), STOCK.pop("nothing", "default"), STOCK.popitem()
print(popped, STOCK)
