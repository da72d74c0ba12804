import json
from dataclasses import dataclass, field, asdict, fields, replace
from enum import Enum, auto
from typing import Optional, List, Dict, Any

class LogLevel(Enum):
    DEBUG = auto()
    INFO = auto()
    WARNING = auto()
    ERROR = auto()

class Mode(str, Enum):
    DEV = "dev"
    PROD = "prod"

@dataclass
class DBConfig:
    host: str = "localhost"
    port: int = 5432
    user: Optional[str] = None
    options: Dict[str, Any] = field(default_factory=dict)

@dataclass(frozen=True)
class Feature:
    name: str
    enabled: bool = False

@dataclass(order=True)
class AppConfig:
    name: str
    version: tuple = (1, 0)
    mode: Mode = Mode.DEV
    level: LogLevel = LogLevel.INFO
    db: DBConfig = field(default_factory=DBConfig)
    features: List[Feature] = field(default_factory=list)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)

def deep_merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out

BASE = '{"name": "svc", "version": [1, 2], "mode": "dev", "level": "INFO", "db": {"host": "db1", "options": {"timeout": 5, "ssl": false}}}'
OVERRIDE = '{"mode": "prod", "level": "ERROR", "db": {"port": 6543, "options": {"ssl": true}}, "features": [{"name": "beta", "enabled": true}, {"name": "x"}], "tags": ["a", "b"]}'

merged = deep_merge(json.loads(BASE), json.loads(OVERRIDE))
print(json.dumps(merged, sort_keys=True))
print(json.dumps(merged, indent=2, sort_keys=True))

def build(d):
    db = DBConfig(**d.get("db", {}))
    feats = [Feature(**f) for f in d.get("features", [])]
    return AppConfig(name=d["name"], version=tuple(d["version"]), mode=Mode(d["mode"]),
                     level=LogLevel[d["level"]], db=db, features=feats, tags=d.get("tags", []))

cfg = build(merged)
print(cfg)
print(cfg.mode, cfg.mode.value, cfg.mode == "prod", repr(cfg.level), cfg.level.name, cfg.level.value)
print([f.name for f in fields(cfg)])
d = asdict(cfg)
print(d["db"], d["features"])

def encode(o):
    if isinstance(o, Enum):
        return o.value if isinstance(o.value, str) else o.name
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
print(json.dumps(d, default=encode, sort_keys=True))
cfg2 = replace(cfg, name="svc2", version=(2, 0))
print(cfg2.name, cfg2.version, cfg < cfg2, cfg == replace(cfg), cfg == replace(cfg, tags=[]))
f = Feature("z")
try:
    f.enabled = True
except Exception as e:
    print(type(e).__name__, e)
print(hash(f) == hash(Feature("z")), {f, Feature("z")})
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(list(LogLevel), len(LogLevel), LogLevel(3))
try:
    LogLevel(9)
except ValueError as e:
    print(e)
try:
    Mode("stage")
except ValueError as e:
    print(e)
print(json.dumps([1.5, None, True, "é", {"k": [1e100, -0.0]}]), json.dumps("é", ensure_ascii=False))
print(json.loads('[1, 2.5, "x\\u00e9", null, true, {"a": {}}]'))
print(json.dumps({"b": 1, "a": [1, 2]}, separators=(",", ":")))
print(DBConfig(), DBConfig(options={"a": 1}) == DBConfig(options={"a": 1}))
