"""Configure logging from a dictionary (dictConfig) or an INI file."""

import logging
import logging.handlers
import re
import sys

try:
    import _thread as thread
    import threading
except ImportError:
    thread = None

DEFAULT_LOGGING_CONFIG_PORT = 9030

_listener = None


# --------------------------------------------------------------- fileConfig

def fileConfig(fname, defaults=None, disable_existing_loggers=True):
    """Read a configparser-format file and set up logging from it."""
    import configparser
    cp = configparser.ConfigParser(defaults)
    if hasattr(fname, 'readline'):
        cp.read_file(fname)
    else:
        cp.read(fname)
    formatters = _create_formatters(cp)
    logging._acquireLock()
    try:
        logging._handlers.clear()
        del logging._handlerList[:]
        handlers = _install_handlers(cp, formatters)
        _install_loggers(cp, handlers, disable_existing_loggers)
    finally:
        logging._releaseLock()


def _resolve(name):
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used = used + '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _strip_spaces(alist):
    return [x.strip() for x in alist]


def _encoded(s):
    return s if isinstance(s, str) else s.encode('utf-8')


def _create_formatters(cp):
    names = cp["formatters"]["keys"]
    if not len(names):
        return {}
    result = {}
    for form in _strip_spaces(names.split(",")):
        section = "formatter_%s" % form
        fs = cp.get(section, "format", raw=True, fallback=None)
        dfs = cp.get(section, "datefmt", raw=True, fallback=None)
        cls = logging.Formatter
        class_name = cp[section].get("class")
        if class_name:
            cls = _resolve(class_name)
        result[form] = cls(fs, dfs)
    return result


def _install_handlers(cp, formatters):
    names = cp["handlers"]["keys"]
    if not len(names):
        return {}
    handlers = {}
    later = []
    for hand in _strip_spaces(names.split(",")):
        section = cp["handler_%s" % hand]
        klass = section["class"]
        fmt = section.get("formatter", "")
        try:
            klass = eval(klass, vars(logging))
        except (AttributeError, NameError):
            klass = _resolve(klass)
        args = eval(section["args"], vars(logging))
        h = klass(*args)
        if "level" in section:
            h.setLevel(logging._levelNames[section["level"]])
        if len(fmt):
            h.setFormatter(formatters[fmt])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if len(target):
                later.append((h, target))
        handlers[hand] = h
    for h, t in later:
        h.setTarget(handlers[t])
    return handlers


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            logger.level = logging.NOTSET
            logger.handlers = []
            logger.propagate = True
        else:
            logger.disabled = disable_existing


def _children_of(name, existing, child_loggers):
    """Record existing loggers below name and drop name from existing."""
    if name in existing:
        i = existing.index(name) + 1
        prefix = name + "."
        n = len(prefix)
        while i < len(existing):
            if existing[i][:n] == prefix:
                child_loggers.append(existing[i])
            i += 1
        existing.remove(name)


def _install_loggers(cp, handlers, disable_existing):
    names = [x.strip() for x in cp["loggers"]["keys"].split(",")]
    names.remove("root")
    section = cp["logger_root"]
    root = logging.root
    if "level" in section:
        root.setLevel(logging._levelNames[section["level"]])
    for h in root.handlers[:]:
        root.removeHandler(h)
    hlist = section["handlers"]
    if len(hlist):
        for hand in _strip_spaces(hlist.split(",")):
            root.addHandler(handlers[hand])
    existing = sorted(root.manager.loggerDict.keys(), key=_encoded)
    child_loggers = []
    for name in names:
        section = cp["logger_%s" % name]
        qn = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qn)
        _children_of(qn, existing, child_loggers)
        if "level" in section:
            logger.setLevel(logging._levelNames[section["level"]])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        hlist = section["handlers"]
        if len(hlist):
            for hand in _strip_spaces(hlist.split(",")):
                logger.addHandler(handlers[hand])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


# --------------------------------------------------------------- dictConfig

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _adopt(container, key, value, result):
    if value is not result and type(result) in (ConvertingDict,
                                                ConvertingList,
                                                ConvertingTuple):
        result.parent = container
        result.key = key


class ConvertingDict(dict):
    """Dict whose values are converted (ext://, cfg://, nesting) on access."""

    def __getitem__(self, key):
        value = dict.__getitem__(self, key)
        result = self.configurator.convert(value)
        if value is not result:
            self[key] = result
            _adopt(self, key, value, result)
        return result

    def get(self, key, default=None):
        value = dict.get(self, key, default)
        result = self.configurator.convert(value)
        if value is not result:
            self[key] = result
            _adopt(self, key, value, result)
        return result

    def pop(self, key, default=None):
        value = dict.pop(self, key, default)
        result = self.configurator.convert(value)
        _adopt(self, key, value, result)
        return result


class ConvertingList(list):
    """List whose items are converted on access."""

    def __getitem__(self, key):
        value = list.__getitem__(self, key)
        result = self.configurator.convert(value)
        if value is not result:
            self[key] = result
            _adopt(self, key, value, result)
        return result

    def pop(self, idx=-1):
        value = list.pop(self, idx)
        result = self.configurator.convert(value)
        if value is not result and type(result) in (ConvertingDict,
                                                    ConvertingList,
                                                    ConvertingTuple):
            result.parent = self
        return result


class ConvertingTuple(tuple):
    """Tuple whose items are converted on access."""

    def __getitem__(self, key):
        value = tuple.__getitem__(self, key)
        result = self.configurator.convert(value)
        _adopt(self, key, value, result)
        return result


class BaseConfigurator(object):
    """Resolution of names and the ext:// and cfg:// value protocols."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
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
        parts = s.split('.')
        used = parts.pop(0)
        try:
            found = self.importer(used)
            for part in parts:
                used += '.' + part
                try:
                    found = getattr(found, part)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, part)
            return found
        except ImportError:
            e, tb = sys.exc_info()[1:]
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            v.__cause__, v.__traceback__ = e, tb
            raise v

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
                            d = d[int(idx)]
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
        elif not isinstance(value, ConvertingList) and \
                isinstance(value, list):
            value = ConvertingList(value)
            value.configurator = self
        elif not isinstance(value, ConvertingTuple) and \
                isinstance(value, tuple):
            value = ConvertingTuple(value)
            value.configurator = self
        elif isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                d = m.groupdict()
                name = self.value_converters.get(d['prefix'], None)
                if name:
                    value = getattr(self, name)(d['suffix'])
        return value

    def configure_custom(self, config):
        c = config.pop('()')
        if not hasattr(c, '__call__'):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = dict([(k, config[k]) for k in config if valid_ident(k)])
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
    """Applies a version 1 logging configuration dictionary."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        EMPTY = {}
        logging._acquireLock()
        try:
            if incremental:
                self._configure_incremental(config, EMPTY)
            else:
                self._configure_full(config, EMPTY)
        finally:
            logging._releaseLock()

    def _configure_incremental(self, config, EMPTY):
        handlers = config.get('handlers', EMPTY)
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                handler = logging._handlers[name]
                level = handlers[name].get('level', None)
                if level:
                    handler.setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r: %s'
                                 % (name, e))
        loggers = config.get('loggers', EMPTY)
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r: %s'
                                 % (name, e))
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger: %s' % e)

    def _configure_full(self, config, EMPTY):
        disable_existing = config.pop('disable_existing_loggers', True)
        logging._handlers.clear()
        del logging._handlerList[:]
        formatters = config.get('formatters', EMPTY)
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r: %s'
                                 % (name, e))
        filters = config.get('filters', EMPTY)
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r: %s'
                                 % (name, e))
        handlers = config.get('handlers', EMPTY)
        waiting = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                if 'target not configured yet' in str(e):
                    waiting.append(name)
                else:
                    raise ValueError('Unable to configure handler %r: %s'
                                     % (name, e))
        for name in waiting:
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r: %s'
                                 % (name, e))
        root = logging.root
        existing = sorted(root.manager.loggerDict.keys(), key=_encoded)
        child_loggers = []
        loggers = config.get('loggers', EMPTY)
        for name in loggers:
            _children_of(name, existing, child_loggers)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r: %s'
                                 % (name, e))
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root_cfg = config.get('root', None)
        if root_cfg:
            try:
                self.configure_root(root_cfg)
            except Exception as e:
                raise ValueError('Unable to configure root logger: %s' % e)

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        return logging.Formatter(config.get('format', None),
                                 config.get('datefmt', None))

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r: %s' % (f, e))

    def configure_handler(self, config):
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r: %s'
                                 % (formatter, e))
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop('class')
            klass = self.resolve(cname)
            if issubclass(klass, logging.handlers.MemoryHandler) and \
                    'target' in config:
                try:
                    th = self.config['handlers'][config['target']]
                    if not isinstance(th, logging.Handler):
                        config['class'] = cname
                        raise TypeError('target not configured yet')
                    config['target'] = th
                except Exception as e:
                    raise ValueError('Unable to set target handler %r: %s'
                                     % (config['target'], e))
            elif issubclass(klass, logging.handlers.SMTPHandler) and \
                    'mailhost' in config:
                config['mailhost'] = self.as_tuple(config['mailhost'])
            elif issubclass(klass, logging.handlers.SysLogHandler) and \
                    'address' in config:
                config['address'] = self.as_tuple(config['address'])
            factory = klass
        kwargs = dict([(k, config[k]) for k in config if valid_ident(k)])
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
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r: %s' % (h, e))

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
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()


def listen(port=DEFAULT_LOGGING_CONFIG_PORT):
    """Socket configuration server; needs the threading module."""
    raise NotImplementedError("listen() needs threading to work")


def stopListening():
    global _listener
    logging._acquireLock()
    try:
        if _listener:
            _listener.abort = 1
            _listener = None
    finally:
        logging._releaseLock()
