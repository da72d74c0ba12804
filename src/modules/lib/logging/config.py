"""logging.config: configure logging from a dictionary (dictConfig, schema version 1).

Values in the dictionary may be strings 'ext://module.attr' (an importable object) or
'cfg://path.to[key]' (another value of the same dictionary); they are converted when
read.  Formatters and filters are built first, then handlers (a MemoryHandler whose
target is not built yet is retried once the others exist), then loggers and the root.
fileConfig reads the older INI format (sections [loggers], [handlers], [formatters] and
one section per item). listen() is not provided (safepy has no sockets).

Invariant: every failure while configuring one item is reported as a ValueError naming
that item, with the original exception as its __cause__.
"""

import io
import re
import logging
import logging.handlers

__all__ = ['fileConfig', 'dictConfig', 'dictConfigClass', 'valid_ident', 'BaseConfigurator',
           'DictConfigurator']

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    m = IDENTIFIER.match(s)
    if not m:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


class _Converting:
    """Mixin for the containers that convert 'ext://' and 'cfg://' strings on access."""

    def _convert_value(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if value is not result:
            if replace:
                self[key] = result
            if type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
                result.parent = self
                result.key = key
        return result


class ConvertingDict(dict, _Converting):
    def __getitem__(self, key):
        return self._convert_value(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return self._convert_value(key, default, replace=False)

    def pop(self, key, *default):
        value = dict.pop(self, key, *default)
        return self._convert_value(key, value, replace=False)

    def items(self):
        return [(k, self[k]) for k in list(dict.keys(self))]

    def values(self):
        return [self[k] for k in list(dict.keys(self))]


class ConvertingList(list, _Converting):
    def __getitem__(self, key):
        return self._convert_value(key, list.__getitem__(self, key))

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def pop(self, idx=-1):
        value = list.pop(self, idx)
        return self._convert_value(idx, value, replace=False)


class ConvertingTuple(tuple, _Converting):
    def __getitem__(self, key):
        return self._convert_value(key, tuple.__getitem__(self, key), replace=False)

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]


class BaseConfigurator(object):
    """Resolves 'ext://' and 'cfg://' references for a configuration dictionary."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[([^\[\]]*)\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {
        'ext': 'ext_convert',
        'cfg': 'cfg_convert',
    }

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        """An object from its dotted name, importing modules on the way."""
        name = s.split('.')
        used = name.pop(0)
        try:
            found = self.importer(used)
            for frag in name:
                used += '.' + frag
                try:
                    found = getattr(found, frag)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, frag)
            return found
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.groups()[0]
                    if not self.DIGIT_PATTERN.match(idx):
                        d = d[idx]
                    else:
                        try:
                            n = int(idx)
                            d = d[n]
                        except TypeError:
                            d = d[idx]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    def convert(self, value):
        if not isinstance(value, ConvertingDict) and isinstance(value, dict):
            value = ConvertingDict(value)
            value.configurator = self
        elif not isinstance(value, ConvertingList) and isinstance(value, list):
            value = ConvertingList(value)
            value.configurator = self
        elif not isinstance(value, ConvertingTuple) and isinstance(value, tuple) \
                and not hasattr(value, '_fields'):
            value = ConvertingTuple(value)
            value.configurator = self
        elif isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                d = m.groupdict()
                prefix = d['prefix']
                converter = self.value_converters.get(prefix, None)
                if converter:
                    suffix = d['suffix']
                    converter = getattr(self, converter)
                    value = converter(suffix)
        return value

    def configure_custom(self, config):
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Configures logging from a dictionary following schema version 1."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        EMPTY_DICT = {}
        if incremental:
            handlers = config.get('handlers', EMPTY_DICT)
            for name in handlers:
                if name not in logging._handlers:
                    raise ValueError('No handler found with name %r' % name)
                try:
                    handler = logging._handlers[name]
                    handler_config = handlers[name]
                    level = handler_config.get('level', None)
                    if level:
                        handler.setLevel(logging._checkLevel(level))
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e
            loggers = config.get('loggers', EMPTY_DICT)
            for name in loggers:
                try:
                    self.configure_logger(name, loggers[name], True)
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            root = config.get('root', None)
            if root:
                try:
                    self.configure_root(root, True)
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e
            return
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        formatters = config.get('formatters', EMPTY_DICT)
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        filters = config.get('filters', EMPTY_DICT)
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        handlers = config.get('handlers', EMPTY_DICT)
        deferred = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                if 'target not configured yet' in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        root = logging.root
        existing = sorted(root.manager.loggerDict.keys())
        child_loggers = []
        loggers = config.get('loggers', EMPTY_DICT)
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefixed = name + "."
                pflen = len(prefixed)
                num_existing = len(existing)
                while i < num_existing:
                    if existing[i][:pflen] == prefixed:
                        child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                result = self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config['fmt'] = config.pop('format')
                config['()'] = factory
                result = self.configure_custom(config)
            return result
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        if not cname:
            c = logging.Formatter
        else:
            c = _resolve(cname)
        kwargs = {}
        if defaults is not None:
            kwargs['defaults'] = defaults
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'], **kwargs)
        return c(fmt, dfmt, style, **kwargs)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        name = config.get('name', '')
        return logging.Filter(name)

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                # a filter object or callable may stand in the list instead of a name
                if callable(f) or callable(getattr(f, 'filter', None)):
                    filterer.addFilter(f)
                else:
                    filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config_copy = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop('class')
            if callable(cname):
                klass = cname
            else:
                klass = self.resolve(cname)
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    th = self.config['handlers'][config['target']]
                    if not isinstance(th, logging.Handler):
                        config.update(config_copy)
                        raise TypeError('target not configured yet')
                    config['target'] = th
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        root = logging.getLogger()
        self.common_logger_config(root, config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a ConfigParser-format file (a path, an open file or a
    ready ConfigParser)."""
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        cp = configparser.ConfigParser(defaults)
        if hasattr(fname, 'readline'):
            cp.read_file(fname)
        else:
            cp.read(fname, encoding=io.text_encoding(encoding))
    formatters = _ini_formatters(cp)
    logging._acquireLock()
    try:
        _clearExistingHandlers()
        handlers = _ini_handlers(cp, formatters)
        _ini_loggers(cp, handlers, disable_existing_loggers)
    finally:
        logging._releaseLock()


def _ini_names(text):
    # "a, b ,c" -> ['a', 'b', 'c']
    return [part.strip() for part in text.split(",")]


def _ini_formatters(cp):
    names = cp["formatters"]["keys"]
    made = {}
    if not len(names):
        return made
    for name in _ini_names(names):
        sect = "formatter_%s" % name
        fmt = cp.get(sect, "format", raw=True, fallback=None)
        datefmt = cp.get(sect, "datefmt", raw=True, fallback=None)
        style = cp.get(sect, "style", raw=True, fallback='%')
        cls = logging.Formatter
        cls_name = cp[sect].get("class")
        if cls_name:
            cls = _resolve(cls_name)
        made[name] = cls(fmt, datefmt, style)
    return made


def _ini_handlers(cp, formatters):
    names = cp["handlers"]["keys"]
    made = {}
    if not len(names):
        return made
    targets = []    # MemoryHandlers whose target may be defined later in the file
    for name in _ini_names(names):
        section = cp["handler_%s" % name]
        cls = section["class"]
        # class, args and kwargs are Python expressions over the logging namespace
        try:
            cls = eval(cls, vars(logging))
        except (AttributeError, NameError):
            cls = _resolve(cls)
        args = eval(section.get("args", '()'), vars(logging))
        kwargs = eval(section.get("kwargs", '{}'), vars(logging))
        h = cls(*args, **kwargs)
        h.name = name
        if "level" in section:
            h.setLevel(section["level"])
        fmt = section.get("formatter", "")
        if len(fmt):
            h.setFormatter(formatters[fmt])
        if issubclass(cls, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if len(target):
                targets.append((h, target))
        made[name] = h
    for h, target in targets:
        h.setTarget(made[target])
    return made


def _ini_loggers(cp, handlers, disable_existing):
    names = [n.strip() for n in cp["loggers"]["keys"].split(",")]
    names.remove("root")
    section = cp["logger_root"]
    root = logging.root
    if "level" in section:
        root.setLevel(section["level"])
    for h in root.handlers[:]:
        root.removeHandler(h)
    hnames = section["handlers"]
    if len(hnames):
        for hand in _ini_names(hnames):
            root.addHandler(handlers[hand])
    existing = sorted(root.manager.loggerDict.keys())
    children = []
    for name in names:
        section = cp["logger_%s" % name]
        qn = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qn)
        if qn in existing:
            # loggers below a configured one are reset rather than disabled
            prefix = qn + "."
            for other in existing[existing.index(qn) + 1:]:
                if other.startswith(prefix):
                    children.append(other)
            existing.remove(qn)
        if "level" in section:
            logger.setLevel(section["level"])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        hnames = section["handlers"]
        if len(hnames):
            for hand in _ini_names(hnames):
                logger.addHandler(handlers[hand])
    _handle_existing_loggers(existing, children, disable_existing)


def _resolve(name):
    name = name.split('.')
    used = name.pop(0)
    found = __import__(used)
    for n in name:
        used = used + '.' + n
        try:
            found = getattr(found, n)
        except AttributeError:
            __import__(used)
            found = getattr(found, n)
    return found


def _clearExistingHandlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing
