from decimal import Decimal, InvalidOperation, ROUND_HALF_EVEN
from datetime import date, timedelta
import json
class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f'need {need}, have {have}')
        self.need, self.have = need, have
class Account:
    _next = 1
    def __init__(self, owner, balance='0'):
        self.id = Account._next; Account._next += 1
        self.owner = owner
        self.balance = Decimal(balance)
        self.history = []
    def deposit(self, amt, when):
        amt = Decimal(amt)
        if amt <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amt
        self.history.append((when, 'dep', amt))
    def withdraw(self, amt, when):
        amt = Decimal(amt)
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.history.append((when, 'wd', amt))
    def interest(self, rate, days):
        i = (self.balance * Decimal(rate) * days / 365).quantize(Decimal('0.01'), ROUND_HALF_EVEN)
        self.balance += i
        return i
    def __repr__(self):
        return f'Account({self.id}, {self.owner!r}, {self.balance})'
a = Account('ann', '100.00'); b = Account('bob')
d0 = date(2024, 1, 1)
a.deposit('50.25', d0)
for i, amt in enumerate(['10', '-5', 'abc', '1000', '0.10']):
    try:
        if amt.startswith('-'):
            a.deposit(amt, d0 + timedelta(days=i))
        else:
            a.withdraw(amt, d0 + timedelta(days=i))
    except InsufficientFunds as e:
        print('IF', e, e.need, e.have)
    except (ValueError, InvalidOperation) as e:
        print(type(e).__name__, e if not isinstance(e, InvalidOperation) else 'invalid')
print(a, b, a.interest('0.05', 30), a)
print([(d.isoformat(), k, str(v)) for d, k, v in a.history])
print(json.dumps({'id': a.id, 'bal': str(a.balance), 'hist': [[d.isoformat(), k, str(v)] for d, k, v in a.history]}, sort_keys=True))
monthly = {}
for d, k, v in a.history:
    monthly.setdefault(d.strftime('%Y-%m'), Decimal(0))
    monthly[d.strftime('%Y-%m')] += v if k == 'dep' else -v
print(monthly)
print(f'{a.balance:,.2f}', f'{Decimal("1234567.891"):>15,.2f}', format(Decimal('-0.005'), '.2f'), round(Decimal('2.675'), 2))
