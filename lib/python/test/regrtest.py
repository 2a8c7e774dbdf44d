"""Run regression test modules, as CPython's regrtest does.

Usage:

taipan -m test [options] [test_name1 [test_name2 ...]]

With no test names, runs every test_*.py module found in the folders of
the test package (Taipan's own has none; add CPython's Lib/test with
--testdir or TAIPAN_TEST_PATH), in alphabetical order.

Options:

-h/--help        -- print this text and exit
-v/--verbose     -- run tests in verbose mode with output to stdout
-q/--quiet       -- no output unless one or more tests fail
-x/--exclude     -- arguments are tests to *exclude*
-m/--match PAT   -- run only test cases and methods matching glob PAT
-G/--failfast    -- stop a module at its first failure (only with -v)
-u/--use RES1,RES2,...
                 -- enable resources that some tests need; 'all' enables
                    every one, 'all,-RES' all but RES.  The resources:
                    audio, curses, largefile, network, decimal, cpu,
                    subprocess, urlfetch, gui
-M/--memlimit LIMIT
                 -- let bigmem tests use up to LIMIT (e.g. 2.5G)
-j/--multiprocess N
                 -- run N test modules at once, each in its own process
                    (needs the subprocess module)
--testdir DIR    -- also look for test modules in DIR (after Taipan's own
                    test package, so that test.support stays Taipan's)
--record FILE    -- append one line per test module to FILE: name,
                    outcome and counts, separated by tabs (see below)
--worker         -- (used by -j for its child processes) print the
                    tests' output only, no progress lines or summary

The record line is
  name outcome run failures errors skipped expected_failures
  unexpected_successes seconds note
where outcome is one of passed, failed, crashed, skipped,
resource_denied, cannot_start (the module could not be imported) and
note is the reason on one line.  Counts cover the tests run through
test.support's run_unittest and run_doctest.
"""

import os
import sys
import time
import traceback
import unittest

import test
from test import support

RESOURCE_NAMES = ('audio', 'curses', 'largefile', 'network', 'decimal',
                  'cpu', 'subprocess', 'urlfetch', 'gui')

# Tests run first, in this order, when the whole suite is run.
STDTESTS = [
    'test_grammar',
    'test_opcodes',
    'test_dict',
    'test_builtin',
    'test_exceptions',
    'test_types',
    'test_unittest',
    'test_doctest',
    'test_doctest2',
]

# Modules named test_* that are not tests (helpers of other tests).
# test_multibytecodec_support holds base classes for the codec tests;
# CPython's regrtest only imports a module without test_main, where this
# one loads its TestCases, which cannot run on their own.
NOTTESTS = {
    'test_future1',
    'test_future2',
    'test_multibytecodec_support',
}

# Outcomes of runtest().
PASSED = 1
FAILED = 0
ENV_CHANGED = -1
SKIPPED = -2
RESOURCE_DENIED = -3
INTERRUPTED = -4
CANNOT_START = -5

_OUTCOME_NAMES = {
    PASSED: 'passed', FAILED: 'failed', SKIPPED: 'skipped',
    RESOURCE_DENIED: 'resource_denied', CANNOT_START: 'cannot_start',
    ENV_CHANGED: 'passed', INTERRUPTED: 'interrupted',
}


def usage(msg):
    print(msg, file=sys.stderr)
    print("Use --help for usage", file=sys.stderr)
    sys.exit(2)


def count(n, word):
    if n == 1:
        return "%d %s" % (n, word)
    return "%d %ss" % (n, word)


def printlist(names, width=70, indent=4):
    """Print the sorted names, wrapped at width, indented by indent."""
    line = ' ' * indent
    for name in sorted(names):
        if len(line) > indent and len(line) + 1 + len(name) > width:
            print(line)
            line = ' ' * indent
        if len(line) > indent:
            line += ' '
        line += name
    if len(line) > indent:
        print(line)


def _parse_args(argv):
    # The option letters and long names of CPython's regrtest, the ones
    # Taipan's runner has (getopt-style, without needing getopt).
    short_with_arg = {'u': 'use', 'M': 'memlimit', 'm': 'match',
                      'j': 'multiprocess'}
    short_flags = {'h': 'help', 'v': 'verbose', 'q': 'quiet',
                   'x': 'exclude', 'G': 'failfast'}
    long_with_arg = {'use', 'memlimit', 'match', 'multiprocess', 'testdir',
                     'record'}
    long_flags = {'help', 'verbose', 'quiet', 'exclude', 'failfast',
                  'worker'}
    opts = []
    args = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        i += 1
        if arg == '--':
            args.extend(argv[i:])
            break
        if arg.startswith('--'):
            name, eq, value = arg[2:].partition('=')
            if name in long_flags and not eq:
                opts.append((name, None))
            elif name in long_with_arg:
                if not eq:
                    if i >= len(argv):
                        usage("option --%s requires argument" % name)
                    value = argv[i]
                    i += 1
                opts.append((name, value))
            else:
                usage("option --%s not recognized" % name)
        elif arg.startswith('-') and len(arg) > 1:
            letters = arg[1:]
            while letters:
                letter, letters = letters[0], letters[1:]
                if letter in short_flags:
                    opts.append((short_flags[letter], None))
                elif letter in short_with_arg:
                    if not letters:
                        if i >= len(argv):
                            usage("option -%s requires argument" % letter)
                        letters = argv[i]
                        i += 1
                    opts.append((short_with_arg[letter], letters))
                    letters = ''
                else:
                    usage("option -%s not recognized" % letter)
        else:
            args.append(arg)
    return opts, args


def findtests(testdirs=None, stdtests=STDTESTS, nottests=NOTTESTS):
    """The test modules of the given folders (default: the test package's):
    stdtests first, then every other test_*.py, sorted."""
    if testdirs is None:
        testdirs = list(test.__path__)
    found = set()
    for folder in testdirs:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            base, ext = os.path.splitext(name)
            if base.startswith('test_') and ext == '.py':
                found.add(base)
    others = set(stdtests) | set(nottests)
    first = [name for name in stdtests if name in found]
    return first + sorted(found - others)


def _one_line(text):
    """The line of a report that says what went wrong: in a traceback,
    the exception line (the first line at the margin after the frames),
    else the last line."""
    lines = str(text).rstrip().splitlines()
    found = ''
    for i, line in enumerate(lines):
        if (line and not line[0].isspace() and i > 0 and
                lines[i - 1][:1].isspace()):
            found = line
    if not found:
        rest = [line.strip() for line in lines if line.strip()]
        found = rest[-1] if rest else ''
    return ' '.join(found.split())


def _exception_line(exc_type, exc_value):
    for line in traceback.format_exception_only(exc_type, exc_value):
        if line and not line[0].isspace():
            return ' '.join(line.split())
    return exc_type.__name__


def runtest(test_name, verbose, quiet, failfast=False, match_tests=None):
    """Run one test module; return (outcome, seconds, note)."""
    support.verbose = verbose
    support.failfast = failfast
    support.match_tests = match_tests
    for key in support._counts:
        support._counts[key] = 0
    try:
        return runtest_inner(test_name, verbose, quiet)
    finally:
        cleanup_test_droppings(test_name, verbose)


def runtest_inner(test_name, verbose, quiet):
    support.unload(test_name)
    if test_name.startswith('test.'):
        full_name = test_name
    else:
        full_name = 'test.' + test_name
    start = time.time()
    try:
        __import__(full_name)
        module = sys.modules[full_name]
    except support.ResourceDenied as msg:
        if not quiet:
            print(test_name, "skipped --", msg)
            sys.stdout.flush()
        return RESOURCE_DENIED, time.time() - start, str(msg)
    except unittest.SkipTest as msg:
        if not quiet:
            print(test_name, "skipped --", msg)
            sys.stdout.flush()
        return SKIPPED, time.time() - start, str(msg)
    except KeyboardInterrupt:
        raise
    except BaseException:
        exc_type, exc_value = sys.exc_info()[:2]
        print("test", test_name, "crashed --", traceback.format_exc(),
              file=sys.stderr)
        sys.stderr.flush()
        return CANNOT_START, time.time() - start, _exception_line(exc_type,
                                                                  exc_value)
    try:
        test_main = getattr(module, 'test_main', None)
        if test_main is not None:
            test_main()
        else:
            loader = unittest.TestLoader()
            suite = loader.loadTestsFromModule(module)
            if suite.countTestCases():
                support.run_unittest(suite)
    except support.ResourceDenied as msg:
        if not quiet:
            print(test_name, "skipped --", msg)
            sys.stdout.flush()
        return RESOURCE_DENIED, time.time() - start, str(msg)
    except unittest.SkipTest as msg:
        if not quiet:
            print(test_name, "skipped --", msg)
            sys.stdout.flush()
        return SKIPPED, time.time() - start, str(msg)
    except KeyboardInterrupt:
        raise
    except support.TestFailed as msg:
        print("test", test_name, "failed --", msg, file=sys.stderr)
        sys.stderr.flush()
        return FAILED, time.time() - start, _one_line(msg)
    except BaseException:
        exc_type, exc_value = sys.exc_info()[:2]
        print("test", test_name, "crashed --", traceback.format_exc(),
              file=sys.stderr)
        sys.stderr.flush()
        return FAILED, time.time() - start, _exception_line(exc_type,
                                                            exc_value)
    return PASSED, time.time() - start, ''


def cleanup_test_droppings(test_name, verbose):
    """Remove what a test left behind under the usual temporary names."""
    for name in (support.TESTFN, "db_home"):
        if not os.path.exists(name):
            continue
        if os.path.isdir(name):
            kind, remove = "directory", support.rmtree
        else:
            kind, remove = "file", os.unlink
        if verbose:
            print("%r left behind %s %r" % (test_name, kind, name))
        try:
            remove(name)
        except Exception as exc:
            print("%r left behind %s %r and it couldn't be removed: %s"
                  % (test_name, kind, name, exc), file=sys.stderr)


def _write_record(path, test_name, outcome, seconds, note):
    counts = support._counts
    fields = [test_name, _OUTCOME_NAMES.get(outcome, str(outcome)),
              counts['run'], counts['failures'], counts['errors'],
              counts['skipped'], counts['expected_failures'],
              counts['unexpected_successes'], '%.3f' % seconds,
              ' '.join(str(note).split())]
    with open(path, 'a', encoding='utf-8', errors='backslashreplace') as f:
        f.write('\t'.join(str(field) for field in fields) + '\n')


def _run_in_processes(selected, jobs, child_args, quiet, accumulate,
                      parent_record):
    # Each test in its own interpreter, up to `jobs` at a time, with its
    # output collected in a file and shown when it ends.
    try:
        import subprocess
    except ImportError:
        usage("-j needs the subprocess module, which is not available")
    record_dir = os.path.abspath('regrtest_records_%d' % os.getpid())
    os.mkdir(record_dir)
    pending = list(selected)
    running = []
    done = 0
    try:
        while pending or running:
            while pending and len(running) < jobs:
                name = pending.pop(0)
                record = os.path.join(record_dir, name + '.rec')
                output = os.path.join(record_dir, name + '.out')
                out = open(output, 'wb')
                cmd = ([sys.executable] +
                       support.args_from_interpreter_flags() +
                       ['-m', 'test', '--worker', '--record', record] +
                       child_args +
                       [name])
                proc = subprocess.Popen(cmd, stdout=out,
                                        stderr=subprocess.STDOUT)
                running.append((proc, name, record, output, out))
            time.sleep(0.05)
            for entry in running[:]:
                proc, name, record, output, out = entry
                if proc.poll() is None:
                    continue
                running.remove(entry)
                out.close()
                done += 1
                outcome, seconds, note = FAILED, 0.0, 'child process died'
                try:
                    with open(record, encoding='utf-8') as f:
                        fields = f.read().strip().split('\t')
                except IOError:
                    fields = []
                if len(fields) >= 9:
                    if parent_record:
                        with open(parent_record, 'a', encoding='utf-8') as f:
                            f.write('\t'.join(fields) + '\n')
                    by_name = dict((v, k) for k, v in _OUTCOME_NAMES.items())
                    outcome = by_name.get(fields[1], FAILED)
                    seconds = float(fields[8])
                    note = fields[9] if len(fields) > 9 else ''
                if not quiet:
                    print("[%d/%d] %s" % (done, len(selected), name))
                with open(output, encoding='utf-8', errors='replace') as f:
                    text = f.read().rstrip()
                if text:
                    print(text)
                sys.stdout.flush()
                accumulate(name, outcome, seconds, note)
    finally:
        support.rmtree(record_dir)


def main(tests=None, testdir=None, verbose=0, quiet=False, exclude=False,
         use_resources=None, failfast=False, match_tests=None):
    """Run the tests named on the command line (or in `tests`), or all of
    them; exit with status 0 when none failed, 1 otherwise."""
    support.record_original_stdout(sys.stdout)
    opts, args = _parse_args(sys.argv[1:])
    if use_resources is None:
        use_resources = []
    record = None
    worker = False
    jobs = 0
    testdirs = [testdir] if testdir else []
    child_args = []
    for opt, value in opts:
        if opt == 'help':
            print(__doc__)
            return
        elif opt == 'verbose':
            verbose += 1
            child_args.append('-v')
        elif opt == 'quiet':
            quiet = True
            verbose = 0
            child_args.append('-q')
        elif opt == 'exclude':
            exclude = True
        elif opt == 'failfast':
            failfast = True
            child_args.append('-G')
        elif opt == 'match':
            match_tests = value
            child_args.extend(['-m', value])
        elif opt == 'memlimit':
            support.set_memlimit(value)
            child_args.extend(['-M', value])
        elif opt == 'use':
            child_args.extend(['-u', value])
            for res in (r.strip().lower() for r in value.split(',')):
                if res == 'all':
                    use_resources[:] = RESOURCE_NAMES
                    continue
                remove = res.startswith('-')
                if remove:
                    res = res[1:]
                if res not in RESOURCE_NAMES:
                    usage('Invalid -u/--use option: ' + value)
                if remove:
                    if res in use_resources:
                        use_resources.remove(res)
                elif res not in use_resources:
                    use_resources.append(res)
        elif opt == 'multiprocess':
            try:
                jobs = int(value)
            except ValueError:
                usage('-j takes a number of processes')
        elif opt == 'testdir':
            testdirs.append(value)
        elif opt == 'record':
            record = os.path.join(support.SAVEDCWD, value)
        elif opt == 'worker':
            # Run by -j for one test: its output only, no progress line
            # or summary (the parent prints those).
            worker = True
    if failfast and not verbose:
        usage("-G/--failfast needs -v")

    for folder in testdirs:
        test.add_test_dir(os.path.join(support.SAVEDCWD, folder))
    if testdirs:
        # Interpreters started by the tests find the same test modules.
        os.environ['TAIPAN_TEST_PATH'] = os.pathsep.join(
            test.__path__[1:])

    names = [name[:-3] if name.endswith('.py') else name for name in args]
    stdtests = STDTESTS[:]
    nottests = set(NOTTESTS)
    if exclude:
        for name in names:
            if name in stdtests:
                stdtests.remove(name)
            nottests.add(name)
        names = []
    selected = tests or names or findtests(None, stdtests, nottests)

    if verbose:
        print("== Taipan", *sys.version.split())
        print("==  ", os.getcwd())
        print("Testing with flags:", sys.flags)

    support.verbose = verbose
    support.use_resources = use_resources

    good = []
    bad = []
    skipped = []
    resource_denied = []
    cannot_start = []

    def accumulate(name, outcome, seconds, note):
        if outcome in (PASSED, ENV_CHANGED):
            good.append(name)
        elif outcome == SKIPPED:
            skipped.append(name)
        elif outcome == RESOURCE_DENIED:
            skipped.append(name)
            resource_denied.append(name)
        else:
            bad.append(name)
            if outcome == CANNOT_START:
                cannot_start.append(name)

    interrupted = False
    if jobs and len(selected) > 1:
        _run_in_processes(selected, jobs, child_args, quiet, accumulate,
                          record)
    else:
        width = len(str(len(selected)))
        saved_modules = set(sys.modules)
        for index, name in enumerate(selected, 1):
            if not quiet and not worker:
                if bad:
                    print("[%*d/%d/%d] %s" % (width, index, len(selected),
                                              len(bad), name))
                else:
                    print("[%*d/%d] %s" % (width, index, len(selected), name))
                sys.stdout.flush()
            try:
                outcome, seconds, note = runtest(name, verbose, quiet,
                                                 failfast, match_tests)
            except KeyboardInterrupt:
                interrupted = True
                break
            accumulate(name, outcome, seconds, note)
            if record:
                _write_record(record, name, outcome, seconds, note)
            for key in list(sys.modules):
                if key not in saved_modules and key.startswith('test.'):
                    support.unload(key)

    if worker:
        sys.stdout.flush()
        sys.exit(1 if bad or interrupted else 0)
    if interrupted:
        print()
        print("Test suite interrupted by signal SIGINT.")
        omitted = set(selected) - set(good) - set(bad) - set(skipped)
        print(count(len(omitted), "test"), "omitted:")
        printlist(omitted)
    if good and not quiet:
        if not bad and not skipped and not interrupted and len(good) > 1:
            print("All", end=' ')
        print(count(len(good), "test"), "OK.")
    if bad:
        print(count(len(bad), "test"), "failed:")
        printlist(bad)
    if cannot_start:
        print(count(len(cannot_start), "test"), "could not be imported:")
        printlist(cannot_start)
    if skipped and not quiet:
        print(count(len(skipped), "test"), "skipped:")
        printlist(skipped)
    sys.stdout.flush()
    sys.exit(1 if bad or interrupted else 0)


if __name__ == '__main__':
    main()
