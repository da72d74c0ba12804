# A small library catalog: classes, properties, dunder methods, sorting with keys.

class Item:
    _next_id = 1

    def __init__(self, title, year):
        self.title = title
        self.year = year
        self.id = Item._next_id
        Item._next_id += 1
        self._checked_out = False

    @property
    def available(self):
        return not self._checked_out

    def checkout(self):
        if self._checked_out:
            raise RuntimeError(f"{self.title!r} is already checked out")
        self._checked_out = True

    def checkin(self):
        self._checked_out = False

    def __repr__(self):
        return f"{type(self).__name__}(id={self.id}, title={self.title!r}, year={self.year})"

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.title, self.year) == (other.title, other.year)

    def __hash__(self):
        return hash((self.title, self.year))

    def __lt__(self, other):
        return (self.year, self.title) < (other.year, other.title)


class Book(Item):
    def __init__(self, title, year, author, pages):
        super().__init__(title, year)
        self.author = author
        self.pages = pages

    def __repr__(self):
        base = super().__repr__()
        return base[:-1] + f", author={self.author!r})"

    def describe(self):
        return f"{self.title} by {self.author} ({self.year}), {self.pages} pages"


class DVD(Item):
    def __init__(self, title, year, minutes):
        super().__init__(title, year)
        self.minutes = minutes

    def describe(self):
        h, m = divmod(self.minutes, 60)
        return f"{self.title} ({self.year}), {h}h{m:02d}m"


class Catalog:
    def __init__(self):
        self._items = []

    def add(self, item):
        self._items.append(item)
        return self

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, title):
        return any(i.title == title for i in self._items)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._items[key]
        for i in self._items:
            if i.title == key:
                return i
        raise KeyError(key)

    def by_decade(self):
        groups = {}
        for item in self._items:
            decade = item.year // 10 * 10
            groups.setdefault(decade, []).append(item)
        return groups


cat = Catalog()
cat.add(Book("Dune", 1965, "Frank Herbert", 412)).add(DVD("Alien", 1979, 117))
cat.add(Book("Neuromancer", 1984, "William Gibson", 271))
cat.add(Book("Foundation", 1951, "Isaac Asimov", 255))
cat.add(DVD("Blade Runner", 1982, 117)).add(DVD("Arrival", 2016, 116))
cat.add(Book("Hyperion", 1989, "Dan Simmons", 482))

print("items:", len(cat))
for item in cat:
    print(" ", item.describe())

print(repr(cat[0]))
print(repr(cat["Alien"]))
print("Dune" in cat, "Solaris" in cat)

try:
    cat["Solaris"]
except KeyError as e:
    print("KeyError:", e)

for decade, items in sorted(cat.by_decade().items()):
    titles = ", ".join(sorted(i.title for i in items))
    print(f"{decade}s: {titles}")

print("sorted by (year,title):")
for item in sorted(cat):
    print(f"  {item.year} {item.title}")

print("longest book:", max((i for i in cat if isinstance(i, Book)), key=lambda b: b.pages).title)
print("total pages:", sum(i.pages for i in cat if hasattr(i, "pages")))

cat["Dune"].checkout()
try:
    cat["Dune"].checkout()
except RuntimeError as e:
    print("error:", e)
print("available:", [i.title for i in cat if i.available])
cat["Dune"].checkin()
print("available count:", sum(1 for i in cat if i.available))

dup = Book("Dune", 1965, "F. Herbert", 400)
print("dup == original:", dup == cat["Dune"], dup is cat["Dune"])
print("unique items:", len(set(cat) | {dup}))
print("eq with str:", dup == "Dune", dup != "Dune")
print("ids:", [i.id for i in cat], dup.id)
print(isinstance(dup, Item), issubclass(DVD, Item), type(dup).__mro__[1].__name__)
