"""unittest.main: the command line of a test module and of
`python -m unittest`."""

import sys
import os
import types

from . import loader, runner
from .signals import installHandler

__unittest = True

FAILFAST = "  -f, --failfast   Stop on first failure\n"
CATCHBREAK = "  -c, --catch      Catch control-C and display results\n"
BUFFEROUTPUT = "  -b, --buffer     Buffer stdout and stderr during test runs\n"

USAGE_AS_MAIN = """\
Usage: %(progName)s [options] [tests]

Options:
  -h, --help       Show this message
  -v, --verbose    Verbose output
  -q, --quiet      Minimal output
%(failfast)s%(catchbreak)s%(buffer)s
Examples:
  %(progName)s test_module               - run tests from test_module
  %(progName)s module.TestClass          - run tests from module.TestClass
  %(progName)s module.Class.test_method  - run specified test method

[tests] can be a list of any number of test modules, classes and test
methods.

Alternative Usage: %(progName)s discover [options]

Options:
  -v, --verbose    Verbose output
%(failfast)s%(catchbreak)s%(buffer)s\
  -s directory     Directory to start discovery ('.' default)
  -p pattern       Pattern to match test files ('test*.py' default)
  -t directory     Top level directory of project (default to
                   start directory)

For test discovery all test modules must be importable from the top
level directory of the project.
"""

USAGE_FROM_MODULE = """\
Usage: %(progName)s [options] [test] [...]

Options:
  -h, --help       Show this message
  -v, --verbose    Verbose output
  -q, --quiet      Minimal output
%(failfast)s%(catchbreak)s%(buffer)s
Examples:
  %(progName)s                               - run default set of tests
  %(progName)s MyTestSuite                   - run suite 'MyTestSuite'
  %(progName)s MyTestCase.testSomething      - run MyTestCase.testSomething
  %(progName)s MyTestCase                    - run all 'test*' test methods
                                               in MyTestCase
"""


def _convert_name(name):
    # A path to a .py file below the current folder becomes a dotted name.
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return name[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


class _OptionError(Exception):
    pass


def _parse_flags(args, short, long_opts):
    """getopt-style parsing of argument-less options: (options, rest)."""
    options = []
    pos = 0
    while pos < len(args):
        arg = args[pos]
        if arg == '--':
            pos += 1
            break
        if arg.startswith('--'):
            name, eq, value = arg[2:].partition('=')
            if name in long_opts:
                chosen = name
            else:
                candidates = [o for o in long_opts if o.startswith(name)]
                if not candidates:
                    raise _OptionError('option --%s not recognized' % name)
                if len(candidates) > 1:
                    raise _OptionError('option --%s not a unique prefix' % name)
                chosen = candidates[0]
            if eq:
                raise _OptionError('option --%s must not have an argument'
                                   % chosen)
            options.append(('--' + chosen, ''))
        elif arg.startswith('-') and arg != '-':
            for ch in arg[1:]:
                if ch not in short:
                    raise _OptionError('option -%s not recognized' % ch)
                options.append(('-' + ch, ''))
        else:
            break
        pos += 1
    return options, args[pos:]


class _DiscoverOptions(object):
    # Parses `discover`'s options the way 3.2's optparse-based parser does.

    def __init__(self, prog, failfast, catchbreak, buffer):
        self.prog = prog
        # (short, long, destination, metavar or None, help)
        self.spec = [('-v', '--verbose', 'verbose', None, 'Verbose output')]
        if failfast != False:
            self.spec.append(('-f', '--failfast', 'failfast', None,
                              'Stop on first fail or error'))
        if catchbreak != False:
            self.spec.append(('-c', '--catch', 'catchbreak', None,
                              'Catch ctrl-C and display results so far'))
        if buffer != False:
            self.spec.append(('-b', '--buffer', 'buffer', None,
                              'Buffer stdout and stderr during tests'))
        self.spec += [
            ('-s', '--start-directory', 'start', 'START',
             "Directory to start discovery ('.' default)"),
            ('-p', '--pattern', 'pattern', 'PATTERN',
             "Pattern to match tests ('test*.py' default)"),
            ('-t', '--top-level-directory', 'top', 'TOP',
             'Top level directory of project (defaults to start directory)'),
        ]

    def usage(self):
        return "Usage: %s [options]\n" % self.prog

    def error(self, msg):
        sys.stderr.write(self.usage() + "\n%s: error: %s\n" % (self.prog, msg))
        sys.exit(2)

    def help(self):
        lines = [self.usage(), "Options:"]
        rows = [("-h, --help", "show this help message and exit")]
        for short, long, dest, metavar, text in self.spec:
            if metavar:
                rows.append(("%s %s, %s=%s" % (short, metavar, long, metavar), text))
            else:
                rows.append(("%s, %s" % (short, long), text))
        for head, text in rows:
            words = text.split()
            wrapped = []
            line = ''
            for word in words:
                if line and len(line) + 1 + len(word) > 54:
                    wrapped.append(line)
                    line = word
                else:
                    line = word if not line else line + ' ' + word
            wrapped.append(line)
            if len(head) <= 20:
                lines.append("  %-20s  %s" % (head, wrapped[0]))
            else:
                lines.append("  " + head)
                lines.append(" " * 24 + wrapped[0])
            for more in wrapped[1:]:
                lines.append(" " * 24 + more)
        sys.stdout.write('\n'.join(lines) + '\n')
        sys.exit(0)

    def parse(self, args):
        values = {'verbose': False, 'failfast': False, 'catchbreak': False,
                  'buffer': False, 'start': '.', 'pattern': 'test*.py',
                  'top': None}
        by_name = {}
        for entry in self.spec:
            by_name[entry[0]] = entry
            by_name[entry[1]] = entry
        rest = []
        args = list(args)
        while args:
            arg = args.pop(0)
            if arg == '--':
                rest.extend(args)
                break
            if arg.startswith('--'):
                name, eq, value = arg.partition('=')
                if name == '--help':
                    self.help()
                entry = by_name.get(name)
                if entry is None:
                    matches = [e for e in self.spec if e[1].startswith(name)]
                    if len(matches) != 1:
                        self.error('no such option: %s' % name)
                    entry = matches[0]
                if entry[3] is None:
                    if eq:
                        self.error('%s option does not take a value' % entry[1])
                    values[entry[2]] = True
                elif eq:
                    values[entry[2]] = value
                elif args:
                    values[entry[2]] = args.pop(0)
                else:
                    self.error('%s option requires an argument' % entry[1])
            elif arg.startswith('-') and arg != '-':
                chars = arg[1:]
                while chars:
                    ch, chars = chars[0], chars[1:]
                    if ch == 'h':
                        self.help()
                    entry = by_name.get('-' + ch)
                    if entry is None:
                        self.error('no such option: -%s' % ch)
                    if entry[3] is None:
                        values[entry[2]] = True
                        continue
                    if chars:
                        values[entry[2]] = chars
                    elif args:
                        values[entry[2]] = args.pop(0)
                    else:
                        self.error('%s option requires an argument' % entry[0])
                    break
            else:
                rest.append(arg)
        return values, rest


class TestProgram(object):
    """A command-line program running a set of tests; unittest.main is
    this class, for making test modules executable."""

    USAGE = USAGE_FROM_MODULE

    failfast = catchbreak = buffer = progName = warnings = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        if warnings is None and not sys.warnoptions:
            # Show deprecations and the like, as -W default would.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        usage = {'progName': self.progName, 'catchbreak': '', 'failfast': '',
                 'buffer': ''}
        if self.failfast != False:
            usage['failfast'] = FAILFAST
        if self.catchbreak != False:
            usage['catchbreak'] = CATCHBREAK
        if self.buffer != False:
            usage['buffer'] = BUFFEROUTPUT
        print(self.USAGE % usage)
        sys.exit(2)

    def parseArgs(self, argv):
        if ((len(argv) > 1 and argv[1].lower() == 'discover') or
                (len(argv) == 1 and self.module is None)):
            self._do_discovery(argv[2:])
            return
        try:
            options, args = _parse_flags(
                argv[1:], 'hHvqfcb',
                ['help', 'verbose', 'quiet', 'failfast', 'catch', 'buffer'])
        except _OptionError as msg:
            self.usageExit(msg)
            return
        for opt, value in options:
            if opt in ('-h', '-H', '--help'):
                self.usageExit()
            if opt in ('-q', '--quiet'):
                self.verbosity = 0
            if opt in ('-v', '--verbose'):
                self.verbosity = 2
            if opt in ('-f', '--failfast'):
                if self.failfast is None:
                    self.failfast = True
            if opt in ('-c', '--catch'):
                if self.catchbreak is None:
                    self.catchbreak = True
            if opt in ('-b', '--buffer'):
                if self.buffer is None:
                    self.buffer = True
        if len(args) == 0 and self.module is None:
            # `python -m unittest -v` and the like: discovery.
            self._do_discovery(argv[1:])
            return
        if len(args) == 0 and self.defaultTest is None:
            self.testNames = None
        elif len(args) > 0:
            self.testNames = _convert_names(args)
            if __name__ == '__main__':
                self.module = None
        else:
            self.testNames = (self.defaultTest,)
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def _do_discovery(self, argv, Loader=None):
        if Loader is None:
            Loader = lambda: self.testLoader
        self.progName = '%s discover' % self.progName
        parser = _DiscoverOptions(self.progName, self.failfast,
                                  self.catchbreak, self.buffer)
        options, args = parser.parse(argv)
        if len(args) > 3:
            self.usageExit()
        for name, value in zip(('start', 'pattern', 'top'), args):
            options[name] = value
        if self.failfast is None:
            self.failfast = options['failfast']
        if self.catchbreak is None:
            self.catchbreak = options['catchbreak']
        if self.buffer is None:
            self.buffer = options['buffer']
        if options['verbose']:
            self.verbosity = 2
        self.test = Loader().discover(options['start'], options['pattern'],
                                      options['top'])

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                testRunner = self.testRunner(verbosity=self.verbosity,
                                             failfast=self.failfast,
                                             buffer=self.buffer,
                                             warnings=self.warnings)
            except TypeError:
                # A runner class not taking these arguments.
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
