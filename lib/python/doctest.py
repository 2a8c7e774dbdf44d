"""Testing the interactive examples in docstrings and text files.

Taipan's doctest, written afresh with the behaviour, API and report
formats of Python 3.2's module.

Examples look like an interactive session:

    >>> 2 + 2
    4

testmod() runs the examples in a module's docstrings (and those of its
functions and classes), testfile() those of a text file; DocTestSuite()
and DocFileSuite() make unittest suites of them.  A failing example is
reported with its location, what was expected and what was printed.
Option flags (ELLIPSIS, NORMALIZE_WHITESPACE, ...) relax the comparison
or change the report; an example can set them for itself with a
'# doctest: +FLAG' comment.

The pieces: DocTestParser turns text into Examples, DocTestFinder
collects DocTests from objects, DocTestRunner runs them (comparing
output with an OutputChecker) and keeps the tallies.
"""

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag',
    'DONT_ACCEPT_TRUE_FOR_1',
    'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE',
    'ELLIPSIS',
    'SKIP',
    'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS',
    'REPORT_UDIFF',
    'REPORT_CDIFF',
    'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS',
    'Example',
    'DocTest',
    'DocTestParser',
    'DocTestFinder',
    'DocTestRunner',
    'OutputChecker',
    'DocTestFailure',
    'UnexpectedException',
    'DebugRunner',
    'testmod',
    'testfile',
    'run_docstring_examples',
    'DocTestSuite',
    'DocFileSuite',
    'set_unittest_reportflags',
    'script_from_examples',
    'testsource',
    'debug_src',
    'debug',
]

import difflib
import linecache
import os
import re
import sys
import traceback
import types
import unittest
from collections import namedtuple

try:
    import __future__
except ImportError:
    __future__ = None

try:
    import inspect
except ImportError:
    inspect = None

try:
    from io import StringIO
except ImportError:
    StringIO = None

TestResults = namedtuple('TestResults', 'failed attempted')


######################################################################
# Option flags
######################################################################

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The bit of the option flag called name, allocating one if new."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 |
                    DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE |
                    ELLIPSIS |
                    SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')

REPORTING_FLAGS = (REPORT_UDIFF |
                   REPORT_CDIFF |
                   REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


######################################################################
# Object inspection (the inspect module's functions, when it is absent)
######################################################################

def _ismodule(obj):
    return isinstance(obj, types.ModuleType)


def _isclass(obj):
    return isinstance(obj, type)


def _isfunction(obj):
    return isinstance(obj, types.FunctionType)


def _ismethod(obj):
    return isinstance(obj, types.MethodType)


def _getmodule(obj):
    if inspect is not None:
        return inspect.getmodule(obj)
    if _ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    if isinstance(name, str):
        return sys.modules.get(name)
    return None


def _getfile(obj):
    # The file an object was defined in, as inspect.getfile finds it.
    if _ismodule(obj):
        if getattr(obj, '__file__', None):
            return obj.__file__
        raise TypeError('{!r} is a built-in module'.format(obj))
    if _isclass(obj):
        module = sys.modules.get(obj.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(obj))
    if _ismethod(obj):
        obj = obj.__func__
    if _isfunction(obj):
        obj = obj.__code__
    if isinstance(obj, types.TracebackType):
        obj = obj.tb_frame
    if isinstance(obj, types.FrameType):
        obj = obj.f_code
    if isinstance(obj, types.CodeType):
        return obj.co_filename
    raise TypeError('{!r} is not a module, class, method, '
                    'function, traceback, frame, or code object'.format(obj))


def _getsourcefile(obj):
    if inspect is not None:
        return inspect.getsourcefile(obj)
    filename = _getfile(obj)
    if filename[-4:].lower() in ('.pyc', '.pyo'):
        filename = filename[:-4] + '.py'
    if os.path.exists(filename):
        return filename
    if getattr(_getmodule(obj), '__loader__', None) is not None:
        return filename
    return None


def _source_file(obj):
    # getsourcefile, else getfile when that names a <...> pseudo-file.
    if inspect is not None:
        file = inspect.getsourcefile(obj)
        if not file:
            file = inspect.getfile(obj)
            if not file[0] + file[-2:] == '<]>':
                file = None
        return file
    file = _getsourcefile(obj)
    if not file:
        file = _getfile(obj)
        if not file[0] + file[-2:] == '<]>':
            file = None
    return file


######################################################################
# Helpers
######################################################################

def _extract_future_flags(globs):
    """The compiler flags of the __future__ features imported in globs."""
    flags = 0
    if __future__ is None:
        return flags
    for fname in __future__.all_feature_names:
        feature = globs.get(fname, None)
        if feature is getattr(__future__, fname):
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    """A module from a module, a module name, or None (the caller's
    caller's module)."""
    if _ismodule(module):
        return module
    elif isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    elif module is None:
        return sys.modules[sys._getframe(depth).f_globals['__name__']]
    else:
        raise TypeError("Expected a module, string, or None")


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
        loader = getattr(package, '__loader__', None)
        if loader is not None and hasattr(loader, 'get_data'):
            data = loader.get_data(filename).decode(encoding)
            return data.replace(os.linesep, '\n'), filename
    with open(filename, encoding=encoding) as f:
        return f.read(), filename


_NONBLANK_LINE_START = re.compile('(?m)^(?!$)')


def _indent(s, indent=4):
    """s with each non-empty line indented by indent spaces."""
    return _NONBLANK_LINE_START.sub(indent * ' ', s)


def _exception_traceback(exc_info):
    """The traceback text of exc_info, as print_exception prints it."""
    exc_type, exc_val, exc_tb = exc_info
    return ''.join(traceback.format_exception(exc_type, exc_val, exc_tb))


class _TextOut(object):
    # The text stream doctest captures example output with (a stand-in
    # for io.StringIO while that module is missing).
    encoding = None
    errors = None
    newlines = None

    def __init__(self):
        self._parts = []

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" %
                            type(s).__name__)
        self._parts.append(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        return ''.join(self._parts)

    def seek(self, pos, whence=0):
        return 0

    def truncate(self, size=None):
        if size is None or size == 0:
            self._parts = []
        else:
            self._parts = [self.getvalue()[:size]]
        return size

    def flush(self):
        pass

    def isatty(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return True


_OutBase = StringIO if StringIO is not None else _TextOut


class _SpoofOut(_OutBase):
    # Captured output always ends with a newline (an example printing
    # "x" with end="" still shows as a line).
    def getvalue(self):
        text = _OutBase.getvalue(self)
        if text and not text.endswith("\n"):
            text += "\n"
        return text

    def truncate(self, size=None):
        self.seek(size)
        _OutBase.truncate(self)


def _new_text_out():
    return StringIO() if StringIO is not None else _TextOut()


def _ellipsis_match(want, got):
    """Whether got matches want, each '...' in want standing for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    start, end = 0, len(got)
    head, tail = pieces[0], pieces[-1]
    # The first and last pieces are anchored at the ends.
    if head:
        if not got.startswith(head):
            return False
        start = len(head)
    if tail:
        if not got.endswith(tail):
            return False
        end -= len(tail)
    if start > end:
        # The anchored pieces overlap in got.
        return False
    # The middle pieces in order, each as early as possible.
    for piece in pieces[1:-1]:
        start = got.find(piece, start, end)
        if start < 0:
            return False
        start += len(piece)
    return True


def _comment_line(line):
    "The line as a comment."
    line = line.rstrip()
    if line:
        return '# ' + line
    return '#'


def _module_relative_path(module, path):
    if not _ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    if hasattr(module, '__file__'):
        basedir = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            basedir = os.path.split(sys.argv[0])[0]
        else:
            basedir = os.curdir
    else:
        raise ValueError("Can't resolve paths relative to the module " +
                         module + " (it has no __file__)")
    return os.path.join(basedir, *(path.split('/')))


def _make_debugger(out):
    # The debugger doctest installs as pdb.set_trace, writing to the real
    # stdout; None when there is no pdb module.
    try:
        import pdb
    except ImportError:
        return None, None

    class _OutputRedirectingPdb(pdb.Pdb):
        def __init__(self, out):
            self.__out = out
            self.__debugger_used = False
            pdb.Pdb.__init__(self, stdout=out, nosigint=True)
            self.use_rawinput = 1

        def set_trace(self, frame=None):
            self.__debugger_used = True
            if frame is None:
                frame = sys._getframe().f_back
            pdb.Pdb.set_trace(self, frame)

        def set_continue(self):
            # Only when set_trace was called: otherwise leave tracing off.
            if self.__debugger_used:
                pdb.Pdb.set_continue(self)

        def trace_dispatch(self, *args):
            saved = sys.stdout
            sys.stdout = self.__out
            try:
                return pdb.Pdb.trace_dispatch(self, *args)
            finally:
                sys.stdout = saved

    return pdb, _OutputRedirectingPdb(out)


######################################################################
# Example and DocTest
######################################################################

class Example:
    """One example: source (a statement ending in a newline), want (its
    expected output, ending in a newline unless empty), exc_msg (the
    expected exception's message line(s), or None), lineno (0-based, in
    the docstring), indent (of the prompt) and options (flag -> bool
    overrides from directives)."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent,
                self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring, run in one namespace: examples,
    globs (a copy of the globals given), name, filename, lineno (0-based,
    of the docstring in its file; None if unknown) and docstring."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        if n == 0:
            count = 'no examples'
        elif n == 1:
            count = '1 example'
        else:
            count = '%d examples' % n
        return '<DocTest %s from %s:%s (%s)>' % (self.name, self.filename,
                                                  self.lineno, count)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and
                self.docstring == other.docstring and
                self.globs == other.globs and
                self.name == other.name and
                self.filename == other.filename and
                self.lineno == other.lineno)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno, id(self)) <
                (other.name, other.filename, other.lineno, id(other)))


######################################################################
# DocTestParser
######################################################################

class DocTestParser:
    """Finds the examples in a string."""

    # An example: a '>>>' line, its '...' continuation lines, then the
    # expected output, which runs up to a blank line or the next prompt.
    _EXAMPLE_RE = re.compile(
        r'(?P<source>(?:^(?P<indent>[ ]*)>>>.*)(?:\n[ ]*\.\.\..*)*)'
        r'\n?'
        r'(?P<want>(?:(?![ ]*$)(?![ ]*>>>).*$\n?)*)',
        re.MULTILINE)

    # Expected output that is a traceback: the header line, anything,
    # then the first line starting with a word character.
    _EXCEPTION_RE = re.compile(
        r'^(?P<hdr>Traceback\ \((?:most\ recent\ call\ last|innermost\ last)\):)'
        r'\s*$'
        r'(?P<stack>.*?)'
        r'^(?P<msg>\w+.*)',
        re.MULTILINE | re.DOTALL)

    # Source that is blank or only a comment.
    _IS_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$').match

    def parse(self, string, name='<string>'):
        """The examples and the text between them, alternating (texts
        first and last), with 0-based line numbers in the examples."""
        string = string.expandtabs()
        indent = self._min_indent(string)
        if indent > 0:
            string = '\n'.join([line[indent:] for line in string.split('\n')])
        pieces = []
        pos = 0
        lineno = 0
        for m in self._EXAMPLE_RE.finditer(string):
            pieces.append(string[pos:m.start()])
            lineno += string.count('\n', pos, m.start())
            source, options, want, exc_msg = self._parse_example(m, name, lineno)
            if not self._IS_BLANK_OR_COMMENT(source):
                pieces.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=indent + len(m.group('indent')),
                                      options=options))
            lineno += string.count('\n', m.start(), m.end())
            pos = m.end()
        pieces.append(string[pos:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in string."""
        return DocTest(self.get_examples(string, name), globs,
                       name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The Examples in string."""
        return [piece for piece in self.parse(string, name)
                if isinstance(piece, Example)]

    def _parse_example(self, m, name, lineno):
        # (source, options, want, exc_msg) of one match of _EXAMPLE_RE,
        # prompts and indentation removed.
        indent = len(m.group('indent'))
        source_lines = m.group('source').split('\n')
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join([line[indent + 4:] for line in source_lines])

        want_lines = m.group('want').split('\n')
        if len(want_lines) > 1 and re.match(r' *$', want_lines[-1]):
            # The spaces after the final newline.
            del want_lines[-1]
        self._check_prefix(want_lines, ' ' * indent, name,
                           lineno + len(source_lines))
        want = '\n'.join([line[indent:] for line in want_lines])

        exc = self._EXCEPTION_RE.match(want)
        exc_msg = exc.group('msg') if exc else None
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    # A '# doctest: ...' directive ending a source line.
    _OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$',
                                      re.MULTILINE)

    def _find_options(self, source, name, lineno):
        options = {}
        for m in self._OPTION_DIRECTIVE_RE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if (option[0] not in '+-' or
                        option[1:] not in OPTIONFLAGS_BY_NAME):
                    raise ValueError('line %r of the doctest for %s '
                                     'has an invalid option: %r' %
                                     (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = (option[0] == '+')
        if options and self._IS_BLANK_OR_COMMENT(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' %
                             (lineno, name, source))
        return options

    _INDENT_RE = re.compile(r'^([ ]*)(?=\S)', re.MULTILINE)

    def _min_indent(self, s):
        "The smallest indentation of a non-blank line of s."
        indents = [len(ind) for ind in self._INDENT_RE.findall(s)]
        if indents:
            return min(indents)
        return 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        # Every prompt must be followed by a space (or end the line).
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r' %
                                 (lineno + i + 1, name,
                                  line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + i + 1, name, line))


######################################################################
# DocTestFinder
######################################################################

class DocTestFinder:
    """Collects the DocTests of an object's docstring and, recursively,
    of the functions, classes, methods, static and class methods and
    properties it contains (and a module's __test__ dictionary)."""

    def __init__(self, verbose=False, parser=DocTestParser(),
                 recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of obj and what it contains, sorted by name.

        module is the module obj belongs to (found when None; with False,
        none is assumed and everything contained is searched); objects
        from other modules are skipped.  Each DocTest gets a copy of
        globs (default: the module's globals) updated with extraglobs.
        """
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _getmodule(obj)

        # The source lines, to find the line numbers of docstrings.
        try:
            file = _source_file(obj)
        except TypeError:
            source_lines = None
        else:
            if file is None:
                source_lines = None
            else:
                if module is not None:
                    source_lines = linecache.getlines(file, module.__dict__)
                else:
                    source_lines = linecache.getlines(file)
                if not source_lines:
                    source_lines = None

        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'

        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, object):
        """Whether object was defined in module."""
        if module is None:
            return True
        elif _getmodule(object) is not None:
            return module is _getmodule(object)
        elif _isfunction(object):
            return module.__dict__ is object.__globals__
        elif _isclass(object):
            return module.__name__ == object.__module__
        elif hasattr(object, '__module__'):
            return module.__name__ == object.__module__
        elif isinstance(object, property):
            return True
        else:
            raise ValueError("object must be a class or function")

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1

        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return

        if _ismodule(obj):
            for valname, val in obj.__dict__.items():
                if ((_isfunction(val) or _isclass(val)) and
                        self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module,
                               source_lines, globs, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(valname),))
                if not (_isfunction(val) or _isclass(val) or
                        _ismethod(val) or _ismodule(val) or
                        isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname),
                           module, source_lines, globs, seen)

        if _isclass(obj):
            for valname, val in obj.__dict__.items():
                if isinstance(val, staticmethod):
                    val = getattr(obj, valname)
                if isinstance(val, classmethod):
                    val = getattr(obj, valname).__func__
                if ((_isfunction(val) or _isclass(val) or
                        isinstance(val, property)) and
                        self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module,
                               source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        """The DocTest of obj's docstring, or None when it has none (and
        empty ones are excluded)."""
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', module.__name__)
            if filename[-4:] in (".pyc", ".pyo"):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name,
                                        filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of obj's docstring in source_lines, or None."""
        lineno = None
        if _ismodule(obj):
            lineno = 0
        if _isclass(obj):
            if source_lines is None:
                return None
            pat = re.compile(r'^\s*class\s*%s\b' %
                             getattr(obj, '__name__', '-'))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if _ismethod(obj):
            obj = obj.__func__
        if _isfunction(obj):
            obj = obj.__code__
        if isinstance(obj, types.TracebackType):
            obj = obj.tb_frame
        if isinstance(obj, types.FrameType):
            obj = obj.f_code
        if isinstance(obj, types.CodeType):
            lineno = getattr(obj, 'co_firstlineno', None) - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            # The first line from there that opens a string.
            pat = re.compile(r'(^|.*:)\s*\w*("|\')')
            for lineno in range(lineno, len(source_lines)):
                if pat.match(source_lines[lineno]):
                    return lineno
        return None


######################################################################
# DocTestRunner
######################################################################

class DocTestRunner:
    """Runs DocTests and keeps count of examples tried and failed.

    checker compares outputs (an OutputChecker by default); verbose
    reports every example (default: whether '-v' is in sys.argv);
    optionflags are the default option flags.  The report_* methods
    write the report and may be overridden.
    """

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        """Report that an example is about to run (verbose only)."""
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        """Report a passing example (verbose only)."""
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        """Report an example whose output differed."""
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        """Report an example that raised an unexpected exception."""
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            lines.append('File "%s", line %s, in %s' %
                         (test.filename, lineno, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    def _exception_matches(self, example, exc_msg):
        # Whether the exception raised is the one the example expects.
        check = self._checker.check_output
        if check(example.exc_msg, exc_msg, self.optionflags):
            return True
        if self.optionflags & IGNORE_EXCEPTION_DETAIL:
            # Compare only the exception's class name, without its
            # module path and without the detail after the colon.
            pattern = r'(?:[^:]*\.)?([^:]*:)'
            m1 = re.match(pattern, example.exc_msg)
            m2 = re.match(pattern, exc_msg)
            if m1 and m2 and check(m1.group(1), m2.group(1),
                                   self.optionflags):
                return True
        return False

    def __run(self, test, compileflags, out):
        failures = tries = 0
        default_flags = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            # After the first failure, REPORT_ONLY_FIRST_FAILURE runs the
            # rest silently.
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and
                     failures > 0)
            self.optionflags = default_flags
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)

            filename = '<doctest %s[%d]>' % (test.name, number)
            try:
                exec(compile(example.source, filename, "single",
                             compileflags, 1), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except:
                exception = sys.exc_info()
            if self.debugger is not None:
                self.debugger.set_continue()

            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)

            if exception is None:
                outcome = 'ok' if check(example.want, got, self.optionflags) \
                    else 'failed'
            else:
                exc_msg = traceback.format_exception_only(*exception[:2])[-1]
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = 'exception'
                elif self._exception_matches(example, exc_msg):
                    outcome = 'ok'
                else:
                    outcome = 'failed'

            if outcome == 'ok':
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == 'failed':
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     exception)
                failures += 1

        self.optionflags = default_flags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, failures, tries):
        old_f, old_t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (failures + old_f, tries + old_t)
        self.failures += failures
        self.tries += tries

    _LINECACHE_FILENAME_RE = re.compile(r'<doctest (?P<name>.+)'
                                        r'\[(?P<examplenum>\d+)\]>$')

    def __patched_linecache_getlines(self, filename, module_globals=None):
        # Tracebacks through an example show its source lines.
        m = self._LINECACHE_FILENAME_RE.match(filename)
        if m and m.group('name') == self.test.name:
            example = self.test.examples[int(m.group('examplenum'))]
            return example.source.splitlines(True)
        return self.save_linecache_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run test's examples, reporting through out (a function taking
        text; by default writing to sys.stdout); return (failed,
        attempted).  The examples' output is captured meanwhile, and
        test.globs cleared afterwards unless clear_globs is false."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)

        save_stdout = sys.stdout
        if out is None:
            encoding = getattr(save_stdout, 'encoding', None)
            if encoding is None or encoding.lower() == 'utf-8':
                out = save_stdout.write
            else:
                # Characters the stream cannot encode become escapes.
                def out(s):
                    s = str(s.encode(encoding, 'backslashreplace'), encoding)
                    save_stdout.write(s)
        sys.stdout = self._fakeout

        pdb_module, self.debugger = _make_debugger(save_stdout)
        if pdb_module is not None:
            save_set_trace = pdb_module.set_trace
            self.debugger.reset()
            pdb_module.set_trace = self.debugger.set_trace

        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self.__patched_linecache_getlines

        # Examples show values as the interactive prompt does.
        save_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            if pdb_module is not None:
                pdb_module.set_trace = save_set_trace
            linecache.getlines = self.save_linecache_getlines
            sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the tallies of all tests run by this runner; return
        (failed, attempted) in all."""
        if verbose is None:
            verbose = self._verbose
        empty = []
        passed = []
        failed = []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            assert f <= t
            total_tries += t
            total_failures += f
            if t == 0:
                empty.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                empty.sort()
                for name in empty:
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for name, count in passed:
                    print(" %3d tests in %s" % (count, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for name, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and",
                  total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        """Add other runner's tallies to this one's."""
        mine = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in mine:
                f2, t2 = mine[name]
                f += f2
                t += t2
            mine[name] = f, t


######################################################################
# OutputChecker
######################################################################

class OutputChecker:
    """Decides whether an example's output matches what it expects, and
    describes the difference when not."""

    def _toAscii(self, s):
        # Non-ASCII characters compare as their backslash escapes.
        return str(s.encode('ASCII', 'backslashreplace'), "ASCII")

    def check_output(self, want, got, optionflags):
        """Whether got (actual output) matches want (expected), under
        the comparison flags in optionflags."""
        got = self._toAscii(got)
        want = self._toAscii(want)
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            # Examples written when the booleans printed as 1 and 0.
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            # <BLANKLINE> stands for an empty line; blank lines in got
            # are made empty too.
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER),
                          '', want)
            got = re.sub(r'(?m)^\s*?$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        # A diff is shown when asked for: always for ndiff, and for the
        # unified and context forms only when both sides have more than
        # two lines.
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The text describing how got differs from example.want."""
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(True)
            got_lines = got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            elif optionflags & REPORT_NDIFF:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            else:
                assert 0, 'Bad diff option'
            diff = [line.rstrip() + '\n' for line in diff]
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        elif want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        elif got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        else:
            return 'Expected nothing\nGot nothing\n'


class DocTestFailure(Exception):
    """An example's output differed (raised by DebugRunner): test,
    example and got are kept."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it did not expect (raised by
    DebugRunner): test, example and exc_info are kept."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem, raising DocTestFailure
    or UnexpectedException, so it can be inspected (the globals are then
    kept)."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


######################################################################
# testmod, testfile, run_docstring_examples
######################################################################

# The runner that has merged the results of every testmod and testfile.
master = None


def testmod(m=None, name=None, globs=None, verbose=None,
            report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Run the examples in the docstrings of module m (default __main__)
    and what it contains, and m.__test__; print a summary (with report)
    and return (failure count, example count)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not _ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Run the examples in a text file; return (failure count, example
    count).  With module_relative (the default) filename is a /-separated
    path relative to package's folder (the caller's module by default)."""
    global master
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    text, filename = _load_testfile(filename, package, module_relative,
                                    encoding or "utf-8")
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Run the examples in f's own docstring (not those of what it
    contains) with globals globs."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


######################################################################
# unittest support
######################################################################

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when their own flags
    include none; return the previous ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """A unittest test case running one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                 checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()

    def runTest(self):
        test = self._dt_test
        saved = sys.stdout
        new = _new_text_out()
        flags = self._dt_optionflags
        if not (flags & REPORTING_FLAGS):
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker,
                               verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            failures, tries = runner.run(test, out=new.write,
                                         clear_globs=False)
        finally:
            sys.stdout = saved
        if failures:
            raise self.failureException(self.format_failure(new.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        if test.lineno is None:
            lineno = 'unknown line number'
        else:
            lineno = '%s' % test.lineno
        short_name = '.'.join(test.name.split('.')[-1:])
        return ('Failed doctest test for %s\n'
                '  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, short_name, err))

    def debug(self):
        """Run the test with a DebugRunner: the first problem raises
        DocTestFailure or UnexpectedException."""
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags,
                             checker=self._dt_checker, verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and
                self._dt_optionflags == other._dt_optionflags and
                self._dt_setUp == other._dt_setUp and
                self._dt_tearDown == other._dt_tearDown and
                self._dt_checker == other._dt_checker)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                     self._dt_checker))

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

    __str__ = __repr__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    # Stands for a module whose docstrings were stripped (-OO).
    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest suite of the doctests of module (default: the caller's),
    one DocTestCase per docstring with examples.  Further keywords
    (setUp, tearDown, optionflags, checker) go to each DocTestCase."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    if not tests and sys.flags.optimize >= 2:
        suite = unittest.TestSuite()
        suite.addTest(SkipDocTestCase(module))
        return suite
    elif not tests:
        raise ValueError(module, "has no docstrings")
    tests.sort()
    suite = unittest.TestSuite()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename[-4:] in (".pyc", ".pyo"):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """A DocTestCase for a text file."""

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    __str__ = __repr__

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None,
                globs=None, parser=DocTestParser(),
                encoding=None, **options):
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    doc, path = _load_testfile(path, package, module_relative,
                               encoding or "utf-8")
    if "__file__" not in globs:
        globs["__file__"] = path
    name = os.path.basename(path)
    test = parser.get_doctest(doc, globs, name, path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite of the doctests in the text files at paths.
    Keywords: module_relative, package, setUp, tearDown, globs,
    optionflags, parser, encoding (as for testfile and DocTestCase)."""
    suite = unittest.TestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


######################################################################
# Debugging support
######################################################################

def script_from_examples(s):
    """A Python script of the examples in s: their sources as code, their
    expected outputs as '## ' comments, the text between as '# '
    comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines += ['## ' + l for l in piece.want.split('\n')[:-1]]
        else:
            lines += [_comment_line(l) for l in piece.split('\n')[:-1]]
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        lines.pop(0)
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The script (script_from_examples) of the doctest called name in
    module."""
    module = _normalize_module(module)
    tests = DocTestFinder().find(module)
    found = [t for t in tests if t.name == name]
    if not found:
        raise ValueError(name, "not found in tests")
    return script_from_examples(found[0].docstring)


def debug_src(src, pm=False, globs=None):
    """Debug the examples in the string src."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    "Debug a test script.  `src` is the script, as a string."
    import pdb
    globs = globs.copy() if globs else {}
    if pm:
        try:
            exec(src, globs, globs)
        except:
            print(sys.exc_info()[1])
            p = pdb.Pdb(nosigint=True)
            p.reset()
            p.interaction(None, sys.exc_info()[2])
    else:
        pdb.Pdb(nosigint=True).run("exec(%r)" % src, globs, globs)


def debug(module, name, pm=False):
    """Debug the doctest called name in module."""
    module = _normalize_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


######################################################################
# Command line: python -m doctest [-v] file...
######################################################################

def _test():
    files = [arg for arg in sys.argv[1:] if arg and arg[0] != '-']
    if not files:
        name = os.path.basename(sys.argv[0])
        if '__loader__' in globals():
            name, _ = os.path.splitext(name)
        print("usage: {0} [-v] file ...".format(name))
        return 2
    for filename in files:
        if filename.endswith(".py"):
            # A module: imported from its folder.
            dirname, filename = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = __import__(filename[:-3])
            del sys.path[0]
            failures, _ = testmod(m)
        else:
            failures, _ = testfile(filename, module_relative=False)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
