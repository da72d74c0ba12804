# A small invoice / schedule program using decimal, datetime, statistics, fractions, math.
from decimal import Decimal, ROUND_HALF_UP, getcontext
from datetime import date, datetime, timedelta, timezone
from fractions import Fraction
import statistics, math, calendar, time

items = [("Widget", Decimal("19.99"), 3), ("Gadget", Decimal("4.50"), 10), ("Doohickey", Decimal("0.333"), 7)]
subtotal = sum(price * qty for _, price, qty in items)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
total = subtotal + tax
for name, price, qty in items:
    print(f"{name:<10} {qty:>3} x {price:>7} = {price * qty:>9.2f}")
print(f"{'Subtotal':<20} {subtotal:>12,.2f}\n{'Tax':<20} {tax:>12}\n{'Total':<20} {total:>12,.2f}")
start = date(2024, 1, 31)
due = [start + timedelta(days=30 * i) for i in range(6)]
print([d.isoformat() for d in due], [d.strftime("%a %d %b") for d in due])
print(calendar.month(2024, 2))
stamp = datetime(2024, 3, 10, 14, 30, tzinfo=timezone(timedelta(hours=-5), "EST"))
print(stamp, stamp.astimezone(timezone.utc), stamp.isoformat(timespec="minutes"), stamp.timestamp(), stamp.strftime("%Y-%m-%d %H:%M %Z (%z)"))
durations = [timedelta(minutes=m) for m in (35, 42, 28, 51, 47)]
mins = [d.total_seconds() / 60 for d in durations]
print(sum(durations, timedelta()), statistics.mean(mins), statistics.median(mins), round(statistics.stdev(mins), 4), statistics.quantiles(mins, n=4))
shares = [Fraction(1, 3), Fraction(1, 4), Fraction(1, 6)]
rest = 1 - sum(shares)
print(shares, rest, [float(s) for s in shares], math.fsum(float(s) for s in shares + [rest]), Fraction(total).limit_denominator(100))
print(math.comb(52, 5), math.perm(10, 3), math.factorial(20), math.gcd(1071, 462), math.lcm(4, 6, 10), math.isqrt(10**20 + 12345), math.hypot(3, 4, 12), round(math.log(total, 2), 6))
print(time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(1700000000)), time.mktime(time.gmtime(1700000000)), datetime.utcfromtimestamp(1700000000).isoformat())
print(datetime.strptime("2024-02-29 23:59", "%Y-%m-%d %H:%M") + timedelta(minutes=1), date.fromisocalendar(2024, 9, 4), date(2024, 2, 29).isocalendar())
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("1.5").exp(), Decimal(10).ln())
