# Traceback through three nested function calls.
def parse_record(text):
    fields = text.split(',')
    return validate(fields)


def validate(fields):
    return convert(fields[1])


def convert(value):
    raise ValueError(f'bad value: {value!r}')


print('start')
parse_record('a,b,c')
