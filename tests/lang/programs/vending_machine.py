# A vending machine state machine with coins, selection, change-making and errors.
class VendingError(Exception):
    pass


class VendingMachine:
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, products):
        self.products = dict(products)
        self.state = 'idle'
        self.credit = 0
        self.bank = {c: 5 for c in self.COINS}
        self.sales = []

    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError(f'rejected coin: {coin}')
        if self.state == 'out_of_order':
            raise VendingError('machine out of order')
        self.credit += coin
        self.bank[coin] += 1
        self.state = 'has_credit'

    def make_change(self, amount):
        change = []
        for coin in self.COINS:
            while amount >= coin and self.bank[coin] > 0:
                amount -= coin
                self.bank[coin] -= 1
                change.append(coin)
        if amount:
            for c in change:
                self.bank[c] += 1
            raise VendingError('cannot make exact change')
        return change

    def select(self, code):
        if self.state != 'has_credit':
            raise VendingError('insert coins first')
        if code not in self.products:
            raise VendingError(f'unknown product {code!r}')
        name, price, qty = self.products[code]
        if qty == 0:
            raise VendingError(f'{name} is sold out')
        if self.credit < price:
            raise VendingError(f'{name} costs {price}, credit is {self.credit}')
        change = self.make_change(self.credit - price)
        self.products[code] = (name, price, qty - 1)
        self.sales.append(name)
        self.credit = 0
        self.state = 'idle'
        return name, change

    def cancel(self):
        refund = self.make_change(self.credit)
        self.credit = 0
        self.state = 'idle'
        return refund


vm = VendingMachine({'A1': ('cola', 120, 2), 'A2': ('chips', 85, 1), 'B1': ('water', 60, 0)})
script = [
    ('select', 'A1'), ('insert', 100), ('select', 'A1'), ('insert', 50), ('select', 'A1'),
    ('insert', 3), ('insert', 200), ('select', 'B1'), ('select', 'A2'), ('insert', 100),
    ('select', 'A2'), ('select', 'ZZ'), ('cancel',), ('insert', 200), ('select', 'A1'),
    ('insert', 100), ('insert', 20), ('select', 'A1'),
]
for step in script:
    action, *args = step
    try:
        result = getattr(vm, action)(*args)
        print(f'{action:<7}{str(args):<8} ok   -> {result}  [state={vm.state}, credit={vm.credit}]')
    except VendingError as e:
        print(f'{action:<7}{str(args):<8} FAIL -> {e}  [state={vm.state}, credit={vm.credit}]')
print('sales:', vm.sales)
print('stock:', {k: v[2] for k, v in vm.products.items()})
print('bank:', vm.bank, 'value', sum(c * n for c, n in vm.bank.items()))
