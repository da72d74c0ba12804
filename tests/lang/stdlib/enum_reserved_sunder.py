# An enum's class body may set only the _sunder_ names Enum defines (_order_,
# _generate_next_value_, _missing_, _ignore_, ...): others are reserved (ValueError);
# they were taken as plain attributes.
import enum

for name in ('_bad_', '_create_', '_get_mixins_', '_find_new_', '_any_name_', '_value_'):
    try:
        exec(f'class Wrong(enum.Enum):\n    {name} = 1\n', {'enum': enum})
    except ValueError as e:
        print(e)


class Fine(enum.Enum):
    _order_ = 'A B'
    _ignore_ = 'tmp'
    A = 1
    B = 2
    tmp = 3
    _Fine__private = 4

    @classmethod
    def _missing_(cls, value):
        return cls.A


print(list(Fine), Fine(99), Fine._Fine__private)
for name in ('mro', ''):
    try:
        enum.Enum('Wrong', [(name, 1)])
    except ValueError as e:
        print(e)
