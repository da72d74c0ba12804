import csv, io, json
from decimal import Decimal, ROUND_HALF_UP
from dataclasses import dataclass, asdict, field
raw = """sku,name,qty,price,category
A100,Widget,10,2.50,tools
A101,Gadget,0,12.99,tools
B200,Doohickey,5,0.10,misc
B201,"Thing, large",3,100.00,misc
C300,Gizmo,7,7.75,electronics
"""
@dataclass
class Item:
    sku: str
    name: str
    qty: int
    price: Decimal
    category: str
    tags: list = field(default_factory=list)
    @property
    def value(self):
        return (self.qty * self.price).quantize(Decimal('0.01'), ROUND_HALF_UP)
items = [Item(r['sku'], r['name'], int(r['qty']), Decimal(r['price']), r['category']) for r in csv.DictReader(io.StringIO(raw))]
for it in items:
    if it.qty == 0:
        it.tags.append('out-of-stock')
    if it.price > 10:
        it.tags.append('premium')
by_cat = {}
for it in items:
    by_cat.setdefault(it.category, []).append(it)
for cat in sorted(by_cat):
    total = sum((i.value for i in by_cat[cat]), Decimal(0))
    print(f'{cat:12} {len(by_cat[cat]):2} items  total {total:>10}')
print('grand', sum(i.value for i in items))
def enc(o):
    if isinstance(o, Decimal):
        return str(o)
    raise TypeError(type(o).__name__)
doc = json.dumps([asdict(i) for i in items], default=enc, indent=1)
print(doc[:200])
back = json.loads(doc, parse_float=Decimal)
print(back[1]['price'], type(back[1]['price']).__name__, [b['tags'] for b in back])
out = io.StringIO()
w = csv.writer(out, lineterminator='\n')
w.writerow(['sku', 'value', 'tags'])
for i in sorted(items, key=lambda i: i.value, reverse=True):
    w.writerow([i.sku, i.value, ';'.join(i.tags) or '-'])
print(out.getvalue())
