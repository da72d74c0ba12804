# A text adventure state machine driven by a scripted list of commands.
ROOMS = {
    'hall': {'desc': 'A dusty hall.', 'exits': {'north': 'library', 'east': 'kitchen'}, 'items': ['lamp']},
    'library': {'desc': 'Shelves of old books.', 'exits': {'south': 'hall'}, 'items': ['key', 'book']},
    'kitchen': {'desc': 'A cold kitchen.', 'exits': {'west': 'hall', 'down': 'cellar'}, 'items': []},
    'cellar': {'desc': 'A dark cellar with a locked chest.', 'exits': {'up': 'kitchen'}, 'items': ['chest']},
}


class Game:
    def __init__(self):
        self.room = 'hall'
        self.inventory = []
        self.state = 'playing'
        self.moves = 0
        self.chest_open = False

    def look(self):
        r = ROOMS[self.room]
        items = ', '.join(r['items']) or 'nothing'
        exits = ', '.join(sorted(r['exits']))
        return f'{r["desc"]} You see: {items}. Exits: {exits}.'

    def go(self, direction):
        exits = ROOMS[self.room]['exits']
        if direction not in exits:
            return f"You can't go {direction}."
        if exits[direction] == 'cellar' and 'lamp' not in self.inventory:
            return 'It is too dark to go down without a lamp.'
        self.room = exits[direction]
        return self.look()

    def take(self, item):
        items = ROOMS[self.room]['items']
        if item == 'chest':
            return 'The chest is far too heavy.'
        if item not in items:
            return f'There is no {item} here.'
        items.remove(item)
        self.inventory.append(item)
        return f'Taken: {item}.'

    def open(self, thing):
        if thing != 'chest' or self.room != 'cellar':
            return "You can't open that."
        if 'key' not in self.inventory:
            return 'The chest is locked.'
        self.chest_open = True
        self.state = 'won'
        return 'The chest opens, revealing treasure!'

    def handle(self, line):
        self.moves += 1
        words = line.lower().split()
        match words:
            case ['look']:
                return self.look()
            case ['go', direction] | [('north' | 'south' | 'east' | 'west' | 'up' | 'down') as direction]:
                return self.go(direction)
            case ['take', item]:
                return self.take(item)
            case ['open', thing]:
                return self.open(thing)
            case ['inventory'] | ['i']:
                return 'You carry: ' + (', '.join(sorted(self.inventory)) or 'nothing')
            case ['quit']:
                self.state = 'quit'
                return 'Bye.'
            case []:
                return 'Say something.'
            case _:
                return f"I don't understand {line!r}."


script = ['look', 'take lamp', 'go east', 'down', 'open chest', 'up', 'west', 'north',
          'take key', 'take sword', 'i', '', 'dance', 'south', 'east', 'go down', 'take chest',
          'open chest', 'look']
game = Game()
for cmd in script:
    if game.state != 'playing':
        break
    print(f'> {cmd}')
    print(game.handle(cmd))
print('final state:', game.state, 'after', game.moves, 'moves')
print('inventory:', sorted(game.inventory))
