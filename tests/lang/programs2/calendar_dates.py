# Date arithmetic written by hand: leap years, day of week, day counts, month calendars, ISO weeks.

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


class Date:
    __slots__ = ("y", "m", "d")

    def __init__(self, y, m, d):
        if not 1 <= m <= 12:
            raise ValueError(f"month out of range: {m}")
        if not 1 <= d <= days_in_month(y, m):
            raise ValueError(f"day out of range for {MONTHS[m - 1]} {y}: {d}")
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, text):
        parts = text.split("-")
        if len(parts) != 3:
            raise ValueError(f"bad date {text!r}")
        return cls(*map(int, parts))

    def ordinal(self):
        y = self.y - 1
        days = y * 365 + y // 4 - y // 100 + y // 400
        days += sum(days_in_month(self.y, m) for m in range(1, self.m))
        return days + self.d

    @classmethod
    def from_ordinal(cls, n):
        y = (n - 1) // 366 + 1
        while cls(y + 1, 1, 1).ordinal() <= n:
            y += 1
        rem = n - cls(y, 1, 1).ordinal() + 1
        m = 1
        while rem > days_in_month(y, m):
            rem -= days_in_month(y, m)
            m += 1
        return cls(y, m, rem)

    def weekday(self):
        return (self.ordinal() - 1) % 7

    def __add__(self, days):
        if not isinstance(days, int):
            return NotImplemented
        return Date.from_ordinal(self.ordinal() + days)

    def __sub__(self, other):
        if isinstance(other, Date):
            return self.ordinal() - other.ordinal()
        return self + (-other)

    def __eq__(self, other):
        return isinstance(other, Date) and (self.y, self.m, self.d) == (other.y, other.m, other.d)

    def __lt__(self, other):
        return (self.y, self.m, self.d) < (other.y, other.m, other.d)

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.y, self.m, self.d))

    def __str__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

    def __repr__(self):
        return f"Date({self.y}, {self.m}, {self.d})"

    def __format__(self, spec):
        if spec == "long":
            return f"{DAYS[self.weekday()]}, {MONTHS[self.m - 1]} {self.d}, {self.y}"
        if spec == "short":
            return f"{self.d} {MONTHS[self.m - 1][:3]} {self.y % 100:02d}"
        return format(str(self), spec)

    def iso_week(self):
        thursday = self + (3 - self.weekday())
        first = Date(thursday.y, 1, 1)
        return thursday.y, (thursday - first) // 7 + 1


def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    start = Date(y, m, 1).weekday()
    cells = ["  "] * start + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print([y for y in (1900, 2000, 2004, 2023, 2024, 2100, 2400) if is_leap(y)])
dates = [Date.parse(s) for s in ["2024-02-29", "1969-07-20", "2000-01-01", "1999-12-31", "2023-06-15", "1970-01-01"]]
for d in sorted(dates):
    print(f"{d!s:<12} {format(d, 'long'):<32} {d:short} ord={d.ordinal():>7} iso={d.iso_week()}")
print(f"[{dates[0]:>14}] [{dates[0]:<14}]")
epoch = Date(1970, 1, 1)
print("days since epoch:", {str(d): d - epoch for d in dates})
print("2024-02-29 + 365 =", Date(2024, 2, 29) + 365, "| -1 =", Date(2000, 1, 1) - 1)
print("roundtrip ok:", all(Date.from_ordinal(d.ordinal()) == d for d in dates))
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
for bad in ["2023-02-29", "2023-13-01", "2023-4", "2023-04-31"]:
    try:
        Date.parse(bad)
    except ValueError as e:
        print(f"{bad}: {e}")
friday13 = [str(Date(y, m, 13)) for y in range(2023, 2027) for m in range(1, 13) if Date(y, m, 13).weekday() == 4]
print("Friday 13ths:", friday13)
counts = {}
for y in range(1901, 2001):
    for m in range(1, 13):
        wd = DAYS[Date(y, m, 1).weekday()]
        counts[wd] = counts.get(wd, 0) + 1
print("first-of-month weekdays 20th century:", counts)
print("unique:", len({Date(2020, 1, 1), Date(2020, 1, 1), Date(2021, 1, 1)}))
d = Date(2023, 12, 25)
while d.weekday() != 0:
    d = d + 1
print("next Monday after Christmas 2023:", d, format(d, "long"))
span = Date(2024, 12, 31) - Date(2024, 1, 1) + 1
print(f"days in 2024: {span}, weeks: {span / 7:.2f}, ({span // 7} full weeks + {span % 7} days)")
