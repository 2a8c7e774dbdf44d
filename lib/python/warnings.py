"""Issuing, filtering and showing warnings (the Python side).

The native module _warnings does the work of warn() and warn_explicit()
and owns the filter list; this module adds the functions that edit the
filters, the formatting and showing of warnings, catch_warnings, and the
handling of the -W options found in sys.warnoptions.
"""

import linecache
import sys

__all__ = ["warn", "showwarning", "formatwarning", "filterwarnings",
           "resetwarnings", "catch_warnings"]


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default).

    Programs may replace this function to send warnings elsewhere.
    """
    if file is None:
        file = sys.stderr
    text = formatwarning(message, category, filename, lineno, line)
    try:
        file.write(text)
    except IOError:
        # Nowhere to write to (a closed stderr, say): the warning is lost.
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """Return the text showwarning() writes for a warning."""
    text = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = linecache.getline(filename, lineno)
    if line:
        text += "  %s\n" % line.strip()
    return text


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter to the front of the filter list (the end with append).

    action is one of "error", "ignore", "always", "default", "module" and
    "once"; message is a regular expression the start of the warning's
    text must match (case does not matter), category a class the warning
    must be an instance of, module a regular expression the module name
    must match, and lineno the line the warning must come from (0 for
    any line).
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    import re
    entry = (action, re.compile(message, re.I), category,
             re.compile(module), lineno)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that matches every message and module.

    The arguments mean what they mean for filterwarnings().
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    entry = (action, None, category, None, lineno)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def resetwarnings():
    """Remove every filter."""
    filters[:] = []


class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _processoptions(args):
    # The -W options (and PYTHONWARNINGS), in the order given: each adds a
    # filter in front of the ones before it.
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as err:
            print("Invalid -W option ignored:", err, file=sys.stderr)


def _setoption(arg):
    fields = arg.split(':')
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields += [''] * (5 - len(fields))
    action, message, category, module, lineno = [f.strip() for f in fields]
    import re
    action = _getaction(action)
    message = re.escape(message)
    category = _getcategory(category)
    module = re.escape(module)
    if module:
        module += '$'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,))
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _is_plain_name(text):
    if not text:
        return False
    for ch in text:
        if not ('a' <= ch <= 'z' or 'A' <= ch <= 'Z' or '0' <= ch <= '9'
                or ch == '_'):
            return False
    return True


def _getcategory(category):
    if not category:
        return Warning
    if _is_plain_name(category):
        try:
            cat = eval(category)
        except NameError:
            raise _OptionError("unknown warning category: %r" % (category,))
    else:
        dot = category.rfind(".")
        modname, clsname = category[:dot], category[dot+1:]
        try:
            mod = __import__(modname, None, None, [clsname])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,))
        try:
            cat = getattr(mod, clsname)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,))
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# warn() and warn_explicit() in Python. The ones of _warnings replace them
# below; these serve when that module is missing (the tests of this
# module import it without _warnings to check both).

def warn(message, category=None, stacklevel=1):
    """Issue a warning; the filters decide whether it is shown, ignored
    or raised as an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    assert issubclass(category, Warning)
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        module_globals = sys.__dict__
        lineno = 1
    else:
        module_globals = frame.f_globals
        lineno = frame.f_lineno
    if '__name__' in module_globals:
        module = module_globals['__name__']
    else:
        module = "<string>"
    filename = module_globals.get('__file__')
    if filename:
        if filename.lower().endswith((".pyc", ".pyo")):
            filename = filename[:-1]
    else:
        if module == "__main__":
            try:
                filename = sys.argv[0]
            except AttributeError:
                filename = '__main__'
        if not filename:
            filename = module
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  module_globals)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None):
    """Issue a warning for a given file, line and module; registry is the
    dict recording which warnings were already shown."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for entry in filters:
        action, msg, cat, mod, ln = entry
        if ((msg is None or msg.match(text)) and
                issubclass(category, cat) and
                (mod is None or mod.match(module)) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
        entry = None
    if action == "ignore":
        registry[key] = 1
        return
    # Read the source now, while module_globals can say where it comes
    # from (a loader's get_source), so formatwarning finds it in the cache.
    linecache.getlines(filename, module_globals)
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" %
            (action, entry))
    if not callable(showwarning):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    showwarning(message, category, filename, lineno)


class WarningMessage(object):
    """The arguments of one showwarning() call, as recorded by
    catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that saves the warning filters and showwarning
    on entry and puts them back on exit.

    With record=True, showwarning is replaced inside the block by a
    function that appends a WarningMessage to a list, which __enter__
    returns. module selects a module other than sys.modules['warnings']
    (the tests of this module use it).
    """

    def __init__(self, *, record=False, module=None):
        self._record = record
        if module is None:
            module = sys.modules['warnings']
        self._module = module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        self._showwarning = module.showwarning
        if not self._record:
            return None
        log = []

        def showwarning(*args, **kwargs):
            log.append(WarningMessage(*args, **kwargs))
        module.showwarning = showwarning
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module.showwarning = self._showwarning


# The filter list: 5-tuples (action, message pattern or None, category,
# module pattern or None, line number or 0). With _warnings they are its
# own objects, so that both sides see the same filters.
_from_native = False
try:
    from _warnings import (filters, _defaultaction, _onceregistry,
                           warn, warn_explicit)
    defaultaction = _defaultaction
    onceregistry = _onceregistry
    _from_native = True
except ImportError:
    filters = []
    defaultaction = "default"
    onceregistry = {}

_processoptions(sys.warnoptions)
if not _from_native:
    # _warnings starts with these filters; without it they are made here.
    for _category in (ImportWarning, PendingDeprecationWarning,
                      DeprecationWarning):
        simplefilter("ignore", category=_category)
    if sys.flags.bytes_warning > 1:
        _bytes_action = "error"
    elif sys.flags.bytes_warning:
        _bytes_action = "default"
    else:
        _bytes_action = "ignore"
    simplefilter(_bytes_action, category=BytesWarning, append=1)
    simplefilter("ignore", category=ResourceWarning, append=1)
    del _category, _bytes_action
del _from_native
