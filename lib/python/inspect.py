"""Look inside live objects: type tests, source retrieval, signatures,
frames and class trees (the Python 3.2 inspect API), written for Taipan.

Taipan's code objects carry CPython-compatible co_* attributes (names,
flags, line numbers); nothing here reads co_code, whose encoding is
Taipan's own (see dis).
"""

import imp
import itertools
import linecache
import os
import re
import sys
import tokenize
import types
from collections import namedtuple
from operator import attrgetter

# Code object flags, CO_OPTIMIZED ... CO_NOFREE, named after dis's table.
try:
    from dis import COMPILER_FLAG_NAMES as _flag_names
except ImportError:
    _flag_names = {0x1: 'OPTIMIZED', 0x2: 'NEWLOCALS', 0x4: 'VARARGS',
                   0x8: 'VARKEYWORDS', 0x10: 'NESTED', 0x20: 'GENERATOR',
                   0x40: 'NOFREE'}
for _flag, _name in _flag_names.items():
    globals()['CO_' + _name] = _flag
del _flag, _name

TPFLAGS_IS_ABSTRACT = 1 << 20


# ------------------------------------------------------------ type tests

def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes."""
    return isinstance(object, type)


def ismethod(object):
    """True for bound methods (functions bound to an instance or class)."""
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    """True for objects whose type has __get__ but not __set__ (such as
    int.__add__), unless they are classes, methods or functions."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    """True for objects whose type has both __get__ and __set__ (properties,
    getsets, members), unless they are classes, methods or functions."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') and hasattr(kind, '__get__')


def ismemberdescriptor(object):
    """True for member descriptors (such as the entries __slots__ makes)."""
    member = getattr(types, 'MemberDescriptorType', None)
    return member is not None and isinstance(object, member)


def isgetsetdescriptor(object):
    """True for getset descriptors (built-in computed attributes)."""
    getset = getattr(types, 'GetSetDescriptorType', None)
    return getset is not None and isinstance(object, getset)


def isfunction(object):
    """True for functions defined in Python (def or lambda)."""
    return isinstance(object, types.FunctionType)


def isgeneratorfunction(object):
    """True for functions or methods whose body contains yield."""
    return bool((isfunction(object) or ismethod(object)) and
                object.__code__.co_flags & CO_GENERATOR)


def isgenerator(object):
    """True for generator-iterators."""
    return isinstance(object, types.GeneratorType)


def istraceback(object):
    """True for traceback objects."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """True for frame objects."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """True for code objects."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """True for built-in functions and bound built-in methods."""
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object))


def isabstract(object):
    """True for a class that still has abstract methods."""
    return bool(isinstance(object, type) and
                object.__flags__ & TPFLAGS_IS_ABSTRACT)


# ------------------------------------------------------------ members

def getmembers(object, predicate=None):
    """Sorted list of (name, value) for every name in dir(object), keeping
    only values for which predicate (if given) is true."""
    if isclass(object):
        bases = (object,) + getmro(object)
    else:
        bases = ()
    found = []
    for name in dir(object):
        for base in bases:
            namespace = base.__dict__
            if name in namespace:
                value = namespace[name]
                break
        else:
            try:
                value = getattr(object, name)
            except AttributeError:
                continue
        if not predicate or predicate(value):
            found.append((name, value))
    found.sort()
    return found


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """For each name in dir(cls), an Attribute(name, kind, defining_class,
    object); kind is 'class method', 'static method', 'property', 'method'
    or 'data', and object is taken from the defining class's __dict__."""
    search = (cls,) + getmro(cls)
    attrs = []
    for name in dir(cls):
        owner = None
        for base in search:
            if name in base.__dict__:
                owner = base
                value = base.__dict__[name]
                break
        else:
            value = getattr(cls, name)
            owner = getattr(value, '__objclass__', owner)
        if isinstance(value, staticmethod):
            kind = 'static method'
        elif isinstance(value, classmethod):
            kind = 'class method'
        elif isinstance(value, property):
            kind = 'property'
        elif ismethoddescriptor(value):
            kind = 'method'
        elif isdatadescriptor(value):
            kind = 'data'
        else:
            value = getattr(cls, name)
            if isfunction(value) or ismethoddescriptor(value):
                kind = 'method'
            else:
                kind = 'data'
        attrs.append(Attribute(name, kind, owner, value))
    return attrs


def getmro(cls):
    """cls.__mro__: the class and its bases in method resolution order."""
    return cls.__mro__


# ------------------------------------------------------------ docs

def indentsize(line):
    """Number of columns of leading whitespace (tabs expanded)."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def getdoc(object):
    """The object's docstring cleaned up by cleandoc(), or None."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Expand tabs, strip the first line's leading blanks, remove the
    common indentation of the other lines and drop blank lines at both
    ends."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = None
    for line in lines[1:]:
        text = line.lstrip()
        if text:
            indent = len(line) - len(text)
            if margin is None or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    start = 0
    while start < len(lines) and not lines[start]:
        start += 1
    return '\n'.join(lines[start:])


# ------------------------------------------------------------ files

def getfile(object):
    """Name of the (source or compiled) file object was defined in."""
    if ismodule(object):
        if hasattr(object, '__file__'):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if hasattr(module, '__file__'):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(module))
    code = _code_of(object)
    if code is not None:
        return code.co_filename
    raise TypeError('{!r} is not a module, class, method, '
                    'function, traceback, frame, or code object'
                    .format(object))


def _code_of(object):
    # The code object behind a method, function, traceback or frame.
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        return object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        return object.f_code
    if iscode(object):
        return object
    return None


ModuleInfo = namedtuple('ModuleInfo', 'name suffix mode module_type')


def getmoduleinfo(path):
    """ModuleInfo(name, suffix, mode, module_type) for a module file name,
    or None if its suffix is not one imp knows."""
    base = os.path.basename(path)
    known = sorted(imp.get_suffixes(), key=lambda s: -len(s[0]))
    for suffix, mode, kind in known:
        if suffix and base.endswith(suffix):
            return ModuleInfo(base[:-len(suffix)], suffix, mode, kind)
    return None


def getmodulename(path):
    """The module name a file would import as, or None."""
    info = getmoduleinfo(path)
    if info:
        return info[0]


def getsourcefile(object):
    """The file name to read object's source from, or None."""
    filename = getfile(object)
    if filename[-4:].lower() in ('.pyc', '.pyo'):
        filename = filename[:-4] + '.py'
    lower = filename.lower()
    for suffix, mode, kind in imp.get_suffixes():
        if 'b' in mode and lower.endswith(suffix):
            return None
    if os.path.exists(filename):
        return filename
    if hasattr(getmodule(object, filename), '__loader__'):
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """Normalised absolute path of object's source (or compiled) file."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


modulesbyfile = {}
_filesbymodname = {}


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in modulesbyfile:
        return sys.modules.get(modulesbyfile[_filename])
    try:
        path = getabsfile(object, _filename)
    except TypeError:
        return None
    if path in modulesbyfile:
        return sys.modules.get(modulesbyfile[path])
    # Refresh the file -> module map from modules loaded since last time.
    for name, module in list(sys.modules.items()):
        if not ismodule(module) or not hasattr(module, '__file__'):
            continue
        known = module.__file__
        if _filesbymodname.get(name) == known:
            continue
        _filesbymodname[name] = known
        where = getabsfile(module)
        modulesbyfile[where] = module.__name__
        modulesbyfile[os.path.realpath(where)] = module.__name__
    if path in modulesbyfile:
        return sys.modules.get(modulesbyfile[path])
    if not hasattr(object, '__name__'):
        return None
    for modname in ('__main__', 'builtins'):
        module = sys.modules.get(modname)
        if module is not None and \
                getattr(module, object.__name__, None) is object:
            return module
    return None


# ------------------------------------------------------------ source

def findsource(object):
    """(all lines of the source file, index of the line where object's
    definition starts).  IOError if the source cannot be found."""
    filename = getfile(object)
    source = getsourcefile(object)
    if not source and filename[:1] + filename[-1:] != '<>':
        raise IOError('source code not available')
    if source:
        filename = source
    module = getmodule(object, filename)
    if module:
        lines = linecache.getlines(filename, module.__dict__)
    else:
        lines = linecache.getlines(filename)
    if not lines:
        raise IOError('could not get source code')

    if ismodule(object):
        return lines, 0

    if isclass(object):
        header = re.compile(r'^(\s*)class\s*' + object.__name__ + r'\b')
        best = None
        for index, line in enumerate(lines):
            m = header.match(line)
            if m is None:
                continue
            if line[:1] == 'c':
                return lines, index
            # Prefer the least indented (least likely nested) definition.
            key = (m.group(1), index)
            if best is None or key < best:
                best = key
        if best is None:
            raise IOError('could not find class definition')
        return lines, best[1]

    code = _code_of(object)
    if code is None:
        raise IOError('could not find code object')
    if not hasattr(code, 'co_firstlineno'):
        raise IOError('could not find function definition')
    start = re.compile(r'^(\s*def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)')
    index = code.co_firstlineno - 1
    while index > 0 and not start.match(lines[index]):
        index -= 1
    return lines, index


def getcomments(object):
    """The comment lines just above object's source (or at the top of a
    module's file), as one string; None if there are none or no source."""
    try:
        lines, index = findsource(object)
    except (IOError, TypeError):
        return None

    if ismodule(object):
        first = 1 if lines and lines[0][:2] == '#!' else 0
        while first < len(lines) and lines[first].strip() in ('', '#'):
            first += 1
        if first < len(lines) and lines[first][:1] == '#':
            block = []
            while first < len(lines) and lines[first][:1] == '#':
                block.append(lines[first].expandtabs())
                first += 1
            return ''.join(block)
        return None

    if index <= 0:
        return None
    indent = indentsize(lines[index])
    row = index - 1
    block = []
    while row >= 0:
        text = lines[row].expandtabs().lstrip()
        if text[:1] != '#' or indentsize(lines[row]) != indent:
            break
        block.insert(0, text)
        row -= 1
    if not block:
        return None
    while block and block[0].strip() == '#':
        del block[0]
    while block and block[-1].strip() == '#':
        del block[-1]
    return ''.join(block)


class EndOfBlock(Exception):
    pass


class BlockFinder:
    """Token consumer that finds where a def/class/lambda block ends."""

    def __init__(self):
        self.indent = 0
        self.islambda = False
        self.started = False
        self.passline = False
        self.last = 1

    def tokeneater(self, type, token, srowcol, erowcol, line):
        if not self.started:
            # Skip decorators etc. up to the first def/class/lambda.
            if token in ('def', 'class', 'lambda'):
                self.islambda = token == 'lambda'
                self.started = True
            self.passline = True
            return
        if type == tokenize.NEWLINE:
            self.passline = False
            self.last = srowcol[0]
            if self.islambda:
                raise EndOfBlock
        elif self.passline:
            return
        elif type == tokenize.INDENT:
            self.indent += 1
            self.passline = True
        elif type == tokenize.DEDENT:
            self.indent -= 1
            if self.indent <= 0:
                raise EndOfBlock
        elif self.indent == 0 and type not in (tokenize.COMMENT,
                                               tokenize.NL):
            raise EndOfBlock


def getblock(lines):
    """The leading lines that make up the first block of code in lines."""
    finder = BlockFinder()
    try:
        for tok in tokenize.generate_tokens(iter(lines).__next__):
            finder.tokeneater(*tok)
    except (EndOfBlock, IndentationError):
        pass
    return lines[:finder.last]


def getsourcelines(object):
    """(list of object's source lines, number of its first line); for a
    module the whole file and 0.  IOError if the source is missing."""
    lines, index = findsource(object)
    if ismodule(object):
        return lines, 0
    return getblock(lines[index:]), index + 1


def getsource(object):
    """object's source code as one string.  IOError if it is missing."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# ------------------------------------------------------------ class trees

def walktree(classes, children, parent):
    """Helper of getclasstree: nested list for classes and their children."""
    tree = []
    classes.sort(key=attrgetter('__module__', '__name__'))
    for cls in classes:
        tree.append((cls, cls.__bases__))
        if cls in children:
            tree.append(walktree(children[cls], children, cls))
    return tree


def getclasstree(classes, unique=False):
    """Arrange classes into nested lists by inheritance: each entry is
    (class, bases) and is followed by a list of its subclasses among the
    given classes.  With unique, each class appears only once."""
    children = {}
    roots = []
    for cls in classes:
        if not cls.__bases__:
            if cls not in roots:
                roots.append(cls)
            continue
        for base in cls.__bases__:
            children.setdefault(base, []).append(cls)
            if unique and base in classes:
                break
    for base in children:
        if base not in classes:
            roots.append(base)
    return walktree(roots, children, None)


# ------------------------------------------------------------ arguments

Arguments = namedtuple('Arguments', 'args, varargs, varkw')


def _getfullargs(co):
    # (positional names, *name, keyword-only names, **name) of a code object.
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    npos = co.co_argcount
    nkw = co.co_kwonlyargcount
    args = list(names[:npos])
    kwonly = list(names[npos:npos + nkw])
    nxt = npos + nkw
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[nxt]
        nxt += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[nxt]
    return args, varargs, kwonly, varkw


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object; keyword-only
    names are appended to args."""
    args, varargs, kwonly, varkw = _getfullargs(co)
    return Arguments(args + kwonly, varargs, varkw)


ArgSpec = namedtuple('ArgSpec', 'args varargs keywords defaults')


def getargspec(func):
    """ArgSpec(args, varargs, keywords, defaults) of a function; raises
    ValueError if it has keyword-only arguments or annotations."""
    spec = getfullargspec(func)
    if spec.kwonlyargs or spec.annotations:
        raise ValueError("Function has keyword-only arguments or annotations"
                         ", use getfullargspec() API which can support them")
    return ArgSpec(spec.args, spec.varargs, spec.varkw, spec.defaults)


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, '
                         'kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """FullArgSpec(args, varargs, varkw, defaults, kwonlyargs,
    kwonlydefaults, annotations) of a Python function or method."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    args, varargs, kwonly, varkw = _getfullargs(func.__code__)
    return FullArgSpec(args, varargs, varkw, func.__defaults__, kwonly,
                       func.__kwdefaults__, func.__annotations__)


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatannotation(annotation, base_module=None):
    """Text for an annotation: a class's (qualified) name, else repr()."""
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__name__
        return annotation.__module__ + '.' + annotation.__name__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


def formatargspec(args, varargs=None, varkw=None, defaults=None,
                  kwonlyargs=(), kwonlydefaults={}, annotations={},
                  formatarg=str,
                  formatvarargs=lambda name: '*' + name,
                  formatvarkw=lambda name: '**' + name,
                  formatvalue=lambda value: '=' + repr(value),
                  formatreturns=lambda text: ' -> ' + text,
                  formatannotation=formatannotation):
    """'(a, b=1, *c, d, **e)'-style text from getfullargspec()'s values,
    using the format* functions to render each piece."""
    def named(arg):
        text = formatarg(arg)
        if arg in annotations:
            text += ': ' + formatannotation(annotations[arg])
        return text

    parts = []
    ndefaults = len(defaults) if defaults else 0
    first_default = len(args) - ndefaults
    for i, arg in enumerate(args):
        text = named(arg)
        if ndefaults and i >= first_default:
            text += formatvalue(defaults[i - first_default])
        parts.append(text)
    if varargs is not None:
        parts.append(formatvarargs(named(varargs)))
    elif kwonlyargs:
        parts.append('*')
    for arg in kwonlyargs or ():
        text = named(arg)
        if kwonlydefaults and arg in kwonlydefaults:
            text += formatvalue(kwonlydefaults[arg])
        parts.append(text)
    if varkw is not None:
        parts.append(formatvarkw(named(varkw)))
    result = '(' + ', '.join(parts) + ')'
    if 'return' in annotations:
        result += formatreturns(formatannotation(annotations['return']))
    return result


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *c=(), **e={})'-style text from getargvalues()'s values."""
    parts = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


def getcallargs(func, *positional, **named):
    """Dict mapping func's parameter names (including * and ** ones) to
    the values a call func(*positional, **named) would bind; raises the
    TypeError such a call would."""
    args, varargs, varkw, defaults, kwonly, kwdefaults, _ = \
        getfullargspec(func)
    name = func.__name__
    bound = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    npos = len(positional)
    given = npos + len(named)
    nargs = len(args)
    ndefaults = len(defaults) if defaults else 0

    for arg, value in zip(args, positional):
        bound[arg] = value
    if varargs:
        bound[varargs] = positional[nargs:] if npos > nargs else ()
    elif 0 < nargs < npos:
        raise TypeError('%s() takes %s %d positional %s (%d given)' % (
            name, 'at most' if defaults else 'exactly', nargs,
            'arguments' if nargs > 1 else 'argument', given))
    elif nargs == 0 and given:
        if not (varkw or kwonly):
            raise TypeError('%s() takes no arguments (%d given)'
                            % (name, given))
        if npos:
            raise TypeError('%s() takes exactly 0 positional arguments '
                            '(%d given)' % (name, given))

    for arg in itertools.chain(args, kwonly):
        if arg in named:
            if arg in bound:
                raise TypeError("%s() got multiple values for keyword "
                                "argument '%s'" % (name, arg))
            bound[arg] = named.pop(arg)
    for arg in kwonly:
        if arg not in bound:
            if kwdefaults and arg in kwdefaults:
                bound[arg] = kwdefaults[arg]
            else:
                raise TypeError('%s() needs keyword-only argument %s'
                                % (name, arg))
    if ndefaults:
        for arg, value in zip(args[nargs - ndefaults:], defaults):
            bound.setdefault(arg, value)
    if varkw:
        bound[varkw] = named
    elif named:
        raise TypeError("%s() got an unexpected keyword argument '%s'"
                        % (name, next(iter(named))))
    missing = sum(1 for arg in args if arg not in bound)
    if missing:
        required = nargs - ndefaults
        raise TypeError('%s() takes %s %d %s (%d given)' % (
            name, 'at least' if defaults else 'exactly', required,
            'arguments' if required > 1 else 'argument', given))
    return bound


# ------------------------------------------------------------ frames

Traceback = namedtuple('Traceback',
                       'filename lineno function code_context index')


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) for a
    frame or traceback; code_context holds `context` source lines around
    the current one and index the current line's place in it."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'
                        .format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        first = lineno - 1 - context // 2
        try:
            source, _ = findsource(frame)
        except IOError:
            pass
        else:
            first = max(0, min(max(first, 1), len(source) - context))
            lines = source[first:first + context]
            index = lineno - 1 - first
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    """The frame's current line number."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """[(frame, filename, lineno, function, code_context, index), ...] for
    frame and each frame that called it, innermost first."""
    records = []
    while frame:
        records.append((frame,) + getframeinfo(frame, context))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """Records like getouterframes' for a traceback's frames, from the
    traceback's frame to the one where the exception was raised."""
    records = []
    while tb:
        records.append((tb.tb_frame,) + getframeinfo(tb, context))
        tb = tb.tb_next
    return records


def currentframe():
    """The caller's frame (None if frames are unavailable)."""
    if hasattr(sys, '_getframe'):
        return sys._getframe(1)
    return None


def stack(context=1):
    """getouterframes() of the caller's frame."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """getinnerframes() of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)


# ------------------------------------------------------------ getattr_static

_sentinel = object()
_type_mro = type.__dict__['__mro__']
_type_dict = type.__dict__['__dict__']


def _static_getmro(klass):
    return _type_mro.__get__(klass)


def _is_type(obj):
    try:
        _static_getmro(obj)
    except TypeError:
        return False
    return True


def _shadowed_dict(klass):
    # A '__dict__' entry in the class chain that is not the ordinary
    # per-instance dict slot, or _sentinel.
    for entry in _static_getmro(klass):
        try:
            slot = _type_dict.__get__(entry)['__dict__']
        except KeyError:
            continue
        if not (type(slot) is types.GetSetDescriptorType and
                slot.__name__ == '__dict__' and
                slot.__objclass__ is entry):
            return slot
    return _sentinel


def _check_instance(obj, attr):
    try:
        namespace = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _sentinel
    return dict.get(namespace, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            try:
                return entry.__dict__[attr]
            except KeyError:
                pass
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Look up attr on obj the way getattr would find it, but without
    running descriptors, __getattr__ or __getattribute__; descriptor
    objects are returned as they are stored."""
    found_in_instance = _sentinel
    if _is_type(obj):
        klass = obj
    else:
        klass = type(obj)
        slot = _shadowed_dict(klass)
        if slot is _sentinel or type(slot) is types.MemberDescriptorType:
            found_in_instance = _check_instance(obj, attr)
    found_in_class = _check_class(klass, attr)

    if found_in_instance is not _sentinel:
        if found_in_class is not _sentinel:
            # A data descriptor on the class wins over the instance dict.
            kind = type(found_in_class)
            if (_check_class(kind, '__get__') is not _sentinel and
                    _check_class(kind, '__set__') is not _sentinel):
                return found_in_class
        return found_in_instance
    if found_in_class is not _sentinel:
        return found_in_class

    if obj is klass:
        # Attributes of the metaclass, as type(obj).attr would see them.
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                try:
                    return entry.__dict__[attr]
                except KeyError:
                    pass
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ------------------------------------------------------------ generators

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    frame = generator.gi_frame
    if frame is None:
        return GEN_CLOSED
    if frame.f_lasti == -1:
        return GEN_CREATED
    return GEN_SUSPENDED
