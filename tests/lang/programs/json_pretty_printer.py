# A hand-written JSON-like serializer and pretty printer plus a small parser.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 0x20:
            out.append(f'\\u{ord(ch):04x}')
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def dumps(value, indent=None, level=0):
    pad = '' if indent is None else '\n' + ' ' * (indent * (level + 1))
    end = '' if indent is None else '\n' + ' ' * (indent * level)
    sep = ', ' if indent is None else ','
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        items = [pad + dumps(v, indent, level + 1) for v in value]
        return '[' + sep.join(items) + end + ']'
    if isinstance(value, dict):
        if not value:
            return '{}'
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f'keys must be str, not {type(k).__name__}')
            items.append(pad + escape(k) + ': ' + dumps(v, indent, level + 1))
        return '{' + sep.join(items) + end + '}'
    raise TypeError(f'Object of type {type(value).__name__} is not serializable')


def parse(text):
    pos = 0

    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in ' \n\t\r':
            pos += 1

    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == '{':
            pos += 1
            obj = {}
            ws()
            if text[pos] == '}':
                pos += 1
                return obj
            while True:
                ws()
                k = string()
                ws()
                assert text[pos] == ':', f'expected : at {pos}'
                pos += 1
                obj[k] = value()
                ws()
                if text[pos] == ',':
                    pos += 1
                    continue
                pos += 1
                return obj
        if ch == '[':
            pos += 1
            arr = []
            ws()
            if text[pos] == ']':
                pos += 1
                return arr
            while True:
                arr.append(value())
                ws()
                if text[pos] == ',':
                    pos += 1
                    continue
                pos += 1
                return arr
        if ch == '"':
            return string()
        for word, val in (('true', True), ('false', False), ('null', None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in '+-0123456789.eE':
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in '.eE') else int(num)

    def string():
        nonlocal pos
        pos += 1
        out = []
        while text[pos] != '"':
            if text[pos] == '\\':
                pos += 1
                out.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\'}[text[pos]])
            else:
                out.append(text[pos])
            pos += 1
        pos += 1
        return ''.join(out)

    return value()


data = {
    'name': 'Widget "Pro"',
    'tags': ['a', 'b\tc'],
    'price': 19.99,
    'stock': 0,
    'active': True,
    'discount': None,
    'dims': {'w': 1.5, 'h': 2, 'empty': {}, 'none': []},
    'notes': 'line1\nline2',
}
compact = dumps(data)
print(compact)
pretty = dumps(data, indent=2)
print(pretty)
print(parse(compact) == data, parse(pretty) == data)
print(parse('[1, -2.5, 3e2, "x", [true, false, null], {}]'))
for bad in [{1: 'int key'}, {'s': {1, 2}}]:
    try:
        dumps(bad)
    except TypeError as e:
        print('TypeError:', e)
