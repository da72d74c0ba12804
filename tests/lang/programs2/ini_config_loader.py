# An INI-style configuration loader: sections, interpolation, typed getters, validation errors, inheritance of defaults.

TEXT = r"""
; global defaults
[DEFAULT]
base_dir = /srv/app
log_level = info
retries = 3

[server]
host = 0.0.0.0
port = 8080
workers = 4
debug = no
root = ${base_dir}/www
timeout = 2.5

[database]
url = postgres://db.local:5432/${name}
name = appdb
pool = 10
ssl = TRUE
log_level = warning

[paths]
data = ${base_dir}/data
cache = ${data}/cache
backup = ${cache}/../backup
  # indented comment is ignored
multi = first line
    second line
    third line

[broken]
loop_a = ${loop_b}
loop_b = ${loop_a}
missing = ${nope}/x
"""


class ConfigError(Exception):
    pass


class ParseError(ConfigError):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno


class InterpolationError(ConfigError):
    pass


class Section:
    def __init__(self, name, parser):
        self.name = name
        self.parser = parser
        self.raw = {}

    def keys(self):
        return sorted(set(self.raw) | set(self.parser.defaults))

    def __getitem__(self, key):
        return self.parser.resolve(self.name, key, ())

    def __contains__(self, key):
        return key in self.raw or key in self.parser.defaults

    def get(self, key, fallback=None):
        try:
            return self[key]
        except KeyError:
            return fallback

    def getint(self, key, fallback=None):
        return self._convert(key, int, fallback)

    def getfloat(self, key, fallback=None):
        return self._convert(key, float, fallback)

    def getbool(self, key, fallback=None):
        table = {"1": True, "yes": True, "true": True, "on": True,
                 "0": False, "no": False, "false": False, "off": False}
        def conv(v):
            try:
                return table[v.lower()]
            except KeyError:
                raise ValueError(f"not a boolean: {v!r}") from None
        return self._convert(key, conv, fallback)

    def _convert(self, key, conv, fallback):
        if key not in self:
            if fallback is not None:
                return fallback
            raise KeyError(f"{self.name}.{key}")
        value = self[key]
        try:
            return conv(value)
        except ValueError as e:
            raise ConfigError(f"{self.name}.{key}: {e}") from e


class Config:
    def __init__(self):
        self.defaults = {}
        self.sections = {}

    def read_string(self, text):
        current = None
        last_key = None
        for lineno, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if not stripped or stripped[0] in "#;":
                continue
            if line[0] in " \t" and last_key is not None and current is not None:
                target = self.defaults if current == "DEFAULT" else self.sections[current].raw
                target[last_key] += "\n" + stripped
                continue
            if stripped.startswith("["):
                if not stripped.endswith("]"):
                    raise ParseError(lineno, f"bad section header {stripped!r}")
                current = stripped[1:-1].strip()
                if current != "DEFAULT":
                    if current in self.sections:
                        raise ParseError(lineno, f"duplicate section {current!r}")
                    self.sections[current] = Section(current, self)
                last_key = None
                continue
            if current is None:
                raise ParseError(lineno, "key outside of any section")
            key, sep, value = stripped.partition("=")
            if not sep:
                raise ParseError(lineno, f"expected key = value, got {stripped!r}")
            key = key.strip().lower()
            target = self.defaults if current == "DEFAULT" else self.sections[current].raw
            target[key] = value.strip()
            last_key = key
        return self

    def __getitem__(self, name):
        return self.sections[name]

    def resolve(self, section, key, stack):
        if (section, key) in stack:
            chain = " -> ".join(k for _, k in stack + ((section, key),))
            raise InterpolationError(f"recursive reference: {chain}")
        sec = self.sections[section]
        if key in sec.raw:
            value = sec.raw[key]
        elif key in self.defaults:
            value = self.defaults[key]
        else:
            raise KeyError(f"{section}.{key}")
        out, i = [], 0
        while True:
            start = value.find("${", i)
            if start < 0:
                out.append(value[i:])
                return "".join(out)
            end = value.find("}", start)
            out.append(value[i:start])
            ref = value[start + 2:end]
            try:
                out.append(self.resolve(section, ref, stack + ((section, key),)))
            except KeyError:
                raise InterpolationError(f"{section}.{key} references unknown {ref!r}") from None
            i = end + 1


cfg = Config().read_string(TEXT)
print("sections:", list(cfg.sections), "defaults:", cfg.defaults)
for name in ["server", "database", "paths"]:
    sec = cfg[name]
    print(f"[{name}]")
    for key in sec.keys():
        value = sec[key]
        shown = value.replace("\n", "\\n")
        print(f"  {key:<10} = {shown}")
srv = cfg["server"]
print(srv.getint("port") + 1, srv.getint("workers") * 2, srv.getfloat("timeout") * 2, srv.getbool("debug"),
      cfg["database"].getbool("ssl"), srv.getint("missing", fallback=99), srv.get("nothing", "n/a"))
print(cfg["paths"]["backup"], cfg["paths"]["multi"].splitlines())
for fn in [lambda: cfg["broken"]["loop_a"], lambda: cfg["broken"]["missing"], lambda: srv.getint("host"),
           lambda: srv.getbool("port"), lambda: srv.getint("absent"), lambda: cfg["nosuch"]]:
    try:
        print("unexpected:", fn())
    except InterpolationError as e:
        print("InterpolationError:", e)
    except ConfigError as e:
        print("ConfigError:", e, "| cause:", type(e.__cause__).__name__)
    except KeyError as e:
        print("KeyError:", e)
for bad in ["[unclosed\nx=1", "x = 1", "[a]\n[a]", "[s]\nnovalue"]:
    try:
        Config().read_string(bad)
    except ParseError as e:
        print(f"ParseError at {e.lineno}: {e}")
print(isinstance(ParseError(1, "x"), ConfigError), ParseError.__mro__[2].__name__)
