# A text adventure driven by a scripted list of commands: rooms, items, a state machine and inventory.

class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class Room:
    def __init__(self, name, description, exits=None, items=None, locked=None):
        self.name = name
        self.description = description
        self.exits = dict(exits or {})
        self.items = list(items or [])
        self.locked = dict(locked or {})

    def describe(self):
        lines = [f"== {self.name} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        doors = [f"{d}{' (locked)' if d in self.locked else ''}" for d in sorted(self.exits)]
        lines.append("Exits: " + (", ".join(doors) if doors else "none"))
        return "\n".join(lines)


class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.state = "exploring"

    def __str__(self):
        return f"<Player in {self.room.name}, {self.moves} moves, score {self.score}, carrying {self.inventory}>"


def build_world():
    rooms = {
        "hall": Room("Hall", "A dusty entrance hall.", {"north": "library", "east": "kitchen"}, ["umbrella"]),
        "library": Room("Library", "Shelves of crumbling books.", {"south": "hall", "up": "attic"}, ["book", "candle"],
                        locked={"up": "brass key"}),
        "kitchen": Room("Kitchen", "Smells of old soup.", {"west": "hall", "down": "cellar"}, ["brass key", "bread"]),
        "cellar": Room("Cellar", "Dark and damp. Something glitters.", {"up": "kitchen"}, ["lamp"]),
        "attic": Room("Attic", "A treasure chest sits here!", {"down": "library"}, ["treasure"]),
    }
    return rooms


ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
           "get": "take", "grab": "take", "inv": "inventory", "i": "inventory", "l": "look"}


def handle(cmd, player, rooms):
    words = [ALIASES.get(w, w) for w in cmd.lower().split()]
    if not words:
        return "Say something."
    verb, *rest = words
    obj = " ".join(rest)
    player.moves += 1
    match verb:
        case "look":
            return player.room.describe()
        case "north" | "south" | "east" | "west" | "up" | "down":
            return handle(f"go {verb}", player, rooms)
        case "go" if obj in player.room.exits:
            if obj in player.room.locked:
                need = player.room.locked[obj]
                if need not in player.inventory:
                    return f"The way {obj} is locked. You need the {need}."
                del player.room.locked[obj]
                player.score += 10
                msg = f"You unlock the way {obj} with the {need}. "
            else:
                msg = ""
            player.room = rooms[player.room.exits[obj]]
            if player.room.name == "Cellar" and "lamp" not in player.inventory and "candle" not in player.inventory:
                raise GameOver(False, "You stumble in the dark and fall. Game over.")
            return msg + player.room.describe()
        case "go":
            return f"You can't go {obj or 'nowhere'}."
        case "take" if obj in player.room.items:
            player.room.items.remove(obj)
            player.inventory.append(obj)
            player.score += 5
            if obj == "treasure":
                raise GameOver(True, f"You found the treasure in {player.moves} moves!")
            return f"Taken: {obj}."
        case "take" if obj == "all":
            taken = sorted(player.room.items)
            player.inventory.extend(taken)
            player.room.items.clear()
            player.score += 5 * len(taken)
            return "Taken: " + (", ".join(taken) or "nothing")
        case "take":
            return f"There is no {obj} here."
        case "drop" if obj in player.inventory:
            player.inventory.remove(obj)
            player.room.items.append(obj)
            return f"Dropped {obj}."
        case "inventory":
            return "You carry: " + (", ".join(player.inventory) if player.inventory else "nothing")
        case "eat" if obj == "bread" and "bread" in player.inventory:
            player.inventory.remove("bread")
            player.score += 1
            return "Delicious."
        case "score":
            return f"Score: {player.score} in {player.moves} moves"
        case _:
            player.moves -= 1
            return f"I don't understand {cmd!r}."


def play(script):
    rooms = build_world()
    player = Player(rooms["hall"])
    print(player.room.describe())
    try:
        for cmd in script:
            print(f"\n> {cmd}")
            print(handle(cmd, player, rooms))
    except GameOver as end:
        print(("*** YOU WIN *** " if end.won else "*** YOU LOSE *** ") + str(end))
    finally:
        print(player)
    return player


p1 = play(["look", "n", "u", "s", "e", "get brass key", "take bread", "eat bread", "dance", "w",
           "n", "take candle", "up", "i", "score", "take treasure", "look"])
print("=" * 40)
p2 = play(["e", "take all", "drop brass key", "inventory", "go sideways", "go", "d"])
print("=" * 40)
p3 = play(["e", "take nothing", "", "d"])
print([p.score for p in (p1, p2, p3)], sum(p.moves for p in (p1, p2, p3)))
