# Inventory management using nested dicts, sorting and aggregation.
inventory = {}


def add_item(sku, name, category, qty, price):
    if sku in inventory:
        inventory[sku]['qty'] += qty
    else:
        inventory[sku] = {'name': name, 'category': category, 'qty': qty, 'price': price}


def remove_item(sku, qty):
    item = inventory.get(sku)
    if item is None:
        return f'unknown sku {sku}'
    if item['qty'] < qty:
        return f'only {item["qty"]} of {item["name"]} left'
    item['qty'] -= qty
    if item['qty'] == 0:
        del inventory[sku]
        return f'sold out of {item["name"]}'
    return f'removed {qty} {item["name"]}'


stock = [
    ('A1', 'apple', 'fruit', 50, 0.4),
    ('B2', 'banana', 'fruit', 30, 0.25),
    ('C3', 'carrot', 'vegetable', 40, 0.1),
    ('D4', 'detergent', 'household', 5, 7.99),
    ('A1', 'apple', 'fruit', 10, 0.4),
    ('E5', 'eggplant', 'vegetable', 8, 1.2),
    ('F6', 'flour', 'baking', 12, 2.5),
]
for entry in stock:
    add_item(*entry)

print(remove_item('B2', 10))
print(remove_item('D4', 5))
print(remove_item('ZZ', 1))
print(remove_item('E5', 100))

by_category = {}
for sku, item in inventory.items():
    by_category.setdefault(item['category'], []).append(sku)
for cat in sorted(by_category):
    print(cat, sorted(by_category[cat]))

values = {sku: round(item['qty'] * item['price'], 2) for sku, item in inventory.items()}
print(values)
print('total value:', round(sum(values.values()), 2))

most = max(inventory.items(), key=lambda kv: kv[1]['qty'])
print('most stocked:', most[0], most[1]['name'], most[1]['qty'])

low = [item['name'] for item in inventory.values() if item['qty'] < 15]
print('low stock:', sorted(low))

print(f'{"SKU":<4} {"Name":<10} {"Cat":<10} {"Qty":>4} {"Price":>7}')
for sku in sorted(inventory, key=lambda s: (inventory[s]['category'], s)):
    it = inventory[sku]
    print(f'{sku:<4} {it["name"]:<10} {it["category"]:<10} {it["qty"]:>4} {it["price"]:>7.2f}')

cat_totals = {}
for item in inventory.values():
    cat_totals[item['category']] = cat_totals.get(item['category'], 0) + item['qty']
print(sorted(cat_totals.items(), key=lambda kv: -kv[1]))
