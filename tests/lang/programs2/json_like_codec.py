# A hand-written JSON encoder/decoder with escapes, unicode, pretty printing and error positions.

class DecodeError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} (char {pos})")
        self.pos = pos


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def encode_str(s, ascii_only):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or (ascii_only and ord(ch) > 0x7E):
            cp = ord(ch)
            if cp > 0xFFFF:
                cp -= 0x10000
                out.append(f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}")
            else:
                out.append(f"\\u{cp:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(obj, indent=None, sort_keys=False, ascii_only=True, _level=0):
    nl = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    close = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    match obj:
        case None:
            return "null"
        case bool():
            return "true" if obj else "false"
        case int():
            return str(obj)
        case float():
            if obj != obj or obj in (float("inf"), -float("inf")):
                raise ValueError(f"out of range float: {obj!r}")
            return repr(obj)
        case str():
            return encode_str(obj, ascii_only)
        case list() | tuple():
            if not obj:
                return "[]"
            items = [encode(v, indent, sort_keys, ascii_only, _level + 1) for v in obj]
            return "[" + nl + (sep + nl).join(items) + close + "]"
        case dict():
            if not obj:
                return "{}"
            keys = sorted(obj) if sort_keys else list(obj)
            parts = []
            for k in keys:
                if not isinstance(k, str):
                    raise TypeError(f"keys must be str, not {type(k).__name__}")
                parts.append(encode_str(k, ascii_only) + ": " + encode(obj[k], indent, sort_keys, ascii_only, _level + 1))
            return "{" + nl + (sep + nl).join(parts) + close + "}"
        case _:
            raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


class Decoder:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def error(self, msg):
        raise DecodeError(msg, self.i)

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \t\r\n":
            self.i += 1

    def decode(self):
        self.ws()
        value = self.value()
        self.ws()
        if self.i != len(self.text):
            self.error("extra data")
        return value

    def value(self):
        self.ws()
        if self.i >= len(self.text):
            self.error("unexpected end")
        ch = self.text[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.text[self.i:self.i + 1] == "}":
            self.i += 1
            return result
        while True:
            self.ws()
            if self.text[self.i:self.i + 1] != '"':
                self.error("expected key")
            key = self.string()
            self.ws()
            if self.text[self.i:self.i + 1] != ":":
                self.error("expected ':'")
            self.i += 1
            result[key] = self.value()
            self.ws()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == "}":
                return result
            if ch != ",":
                self.i -= 1
                self.error("expected ',' or '}'")

    def arr(self):
        self.i += 1
        result = []
        self.ws()
        if self.text[self.i:self.i + 1] == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == "]":
                return result
            if ch != ",":
                self.i -= 1
                self.error("expected ',' or ']'")

    def string(self):
        self.i += 1
        out = []
        simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
        while True:
            if self.i >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.i]
            if ch == '"':
                self.i += 1
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.i + 1:self.i + 2]
                if esc in simple:
                    out.append(simple[esc])
                    self.i += 2
                elif esc == "u":
                    cp = int(self.text[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xD800 <= cp < 0xDC00 and self.text[self.i:self.i + 2] == "\\u":
                        low = int(self.text[self.i + 2:self.i + 6], 16)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)
                        self.i += 6
                    out.append(chr(cp))
                else:
                    self.error(f"bad escape \\{esc}")
            else:
                out.append(ch)
                self.i += 1

    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        token = self.text[start:self.i]
        if not token:
            self.error("expected value")
        try:
            return float(token) if any(c in token for c in ".eE") else int(token)
        except ValueError:
            self.i = start
            self.error(f"bad number {token!r}")


doc = {
    "name": "Widget \"Pro\"",
    "tags": ["tools", "héllo", "日本", "emoji 😀"],
    "price": 19.99,
    "stock": 0,
    "ratio": 1e-7,
    "big": 2 ** 70,
    "active": True,
    "parent": None,
    "dims": {"w": 1.5, "h": 2, "d": [0.25, -3]},
    "notes": "line1\nline2\ttabbed\\ end",
    "empty": [[], {}],
}
compact = encode(doc)
print(compact)
print(encode(doc, indent=2, sort_keys=True, ascii_only=False))
back = Decoder(compact).decode()
print("roundtrip equal:", back == doc)
print("keys:", list(back), back["tags"][3], len(back["tags"][3]))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '"abc', '[1, 2] x', 'nul', '{"x": [1, @]}', '"bad \\q"', '-']:
    try:
        Decoder(bad).decode()
        print("accepted", bad)
    except DecodeError as e:
        print(f"{bad!r:<16} -> {e} pos={e.pos}")
for bad_obj in [{1: "x"}, {"s": {1, 2}}, float("nan")]:
    try:
        encode(bad_obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(Decoder(' [ 1 , -2.5e3 , "\\u00e9\\ud83d\\ude00" , true , null ] ').decode())
print(encode([1, (2, 3), "a/b"], indent=0), encode("\x01\x1f\x7f"), encode(["ok"], ascii_only=False))
nested = []
cur = nested
for i in range(30):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
s = encode(nested)
print(len(s), s[:40], Decoder(s).decode() == nested)
