from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class State(Enum):
    START = "start"
    FOREST = "forest"
    CAVE = "cave"
    TREASURE = "treasure"
    DEAD = "dead"

    @property
    def is_terminal(self):
        return self in (State.TREASURE, State.DEAD)

    def describe(self):
        return f"You are in the {self.value}."

class Item(Flag):
    NONE = 0
    TORCH = auto()
    SWORD = auto()
    KEY = auto()
    ALL = TORCH | SWORD | KEY

class Priority(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

TRANSITIONS = {
    (State.START, "north"): State.FOREST,
    (State.FOREST, "east"): State.CAVE,
    (State.FOREST, "south"): State.START,
    (State.CAVE, "in"): State.TREASURE,
}

class Game:
    def __init__(self):
        self.state = State.START
        self.inventory = Item.NONE
        self.log = []

    def pick(self, item):
        self.inventory |= item
        self.log.append(f"picked {item.name}")

    def move(self, direction):
        nxt = TRANSITIONS.get((self.state, direction))
        if nxt is None:
            self.log.append(f"can't go {direction} from {self.state.name}")
            return
        if nxt is State.TREASURE and Item.TORCH not in self.inventory:
            nxt = State.DEAD
        self.log.append(f"{self.state.name} -> {nxt.name}")
        self.state = nxt

g = Game()
for cmd in ["west", "north", "pick:TORCH", "east", "pick:KEY", "in"]:
    if cmd.startswith("pick:"):
        g.pick(Item[cmd[5:]])
    else:
        g.move(cmd)
    if g.state.is_terminal:
        break
print("\n".join(g.log))
print(g.state, g.state.describe(), g.state.is_terminal)
print(g.inventory, repr(g.inventory), Item.KEY in g.inventory, Item.SWORD in g.inventory)
print(Item.ALL, list(Item), Item(3), Item.TORCH | Item.SWORD, ~Item.TORCH)
print(bool(Item.NONE), bool(Item.KEY), Item.ALL & ~Item.KEY)
print(Priority.HIGH > Priority.LOW, Priority.MID + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.MID))
print(Priority(2), repr(Priority(2)), str(Priority.LOW), f"{Priority.LOW}", format(Priority.HIGH, "03d"))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), int(Perm.R | Perm.W), Perm.R + 1)
print(State("cave"), State["CAVE"], State.CAVE.name, [s.value for s in State])
print(State.__members__.keys())
print(isinstance(State.CAVE, State), type(State.CAVE), State.CAVE is State("cave"))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias), Alias.__members__)
d = {State.START: 0, State.CAVE: 2}
print(d[State.CAVE], hash(State.CAVE) == hash(State.CAVE))
try:
    State.START = 5
except AttributeError as e:
    print("AttributeError:", e)
class Color(Enum):
    RED = 1
    GREEN = 2
    def __str__(self):
        return self.name.lower()
print(Color.RED, f"{Color.GREEN}", repr(Color.RED), "%s" % Color.GREEN)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, f"{Planet.EARTH.gravity:.2f}", Planet.MERCURY.mass)
match g.state:
    case State.TREASURE:
        print("won")
    case State.DEAD:
        print("lost")
Shape = Enum("Shape", "CIRCLE SQUARE")
print(list(Shape), Shape.SQUARE.value)
Animal = Enum("Animal", [("CAT", 10), ("DOG", 20)])
print(Animal.DOG, Animal(10))
