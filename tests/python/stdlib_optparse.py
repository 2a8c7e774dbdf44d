# optparse: option parsing, help layout and error messages (3.2 behaviour).
import io
import os
import sys
import optparse
from optparse import OptionParser, OptionGroup, make_option

os.environ['COLUMNS'] = '80'

p = OptionParser(prog='prog', usage='%prog [options] args', version='%prog 1.0',
                 description='A program that does many things, described at '
                 'some length so that wrapping happens.', epilog='Bye.')
p.add_option('-f', '--file', dest='filename', help='write report to FILE',
             metavar='FILE')
p.add_option('-q', '--quiet', action='store_false', dest='verbose',
             default=True, help="don't print status messages to stdout")
p.add_option('-n', type='int', default=3, help='number [default: %default]')
p.add_option('--ch', type='choice', choices=['a', 'b'])
p.add_option('-v', action='count', dest='v')
p.add_option('--pt', nargs=2, type='float')
p.add_option('--app', action='append')
p.add_option('--hidden', help=optparse.SUPPRESS_HELP)


def callback(option, opt, value, parser, extra):
    parser.values.cbv = (opt, value, extra)
p.add_option('--cb', action='callback', callback=callback, type='string',
             callback_args=('E',))
g = OptionGroup(p, 'Dangerous Options',
                'Caution: use these options at your own risk.')
g.add_option('-g', action='store_true', help='Group option.')
p.add_option_group(g)

assert p.format_help() == '''Usage: prog [options] args

A program that does many things, described at some length so that wrapping
happens.

Options:
  --version             show program's version number and exit
  -h, --help            show this help message and exit
  -f FILE, --file=FILE  write report to FILE
  -q, --quiet           don't print status messages to stdout
  -n N                  number [default: 3]
  --ch=CH               
  -v                    
  --pt=PT               
  --app=APP             
  --cb=CB               

  Dangerous Options:
    Caution: use these options at your own risk.

    -g                  Group option.

Bye.
''', p.format_help()

opts, args = p.parse_args(['-f', 'out', 'x', '-qvv', '-n0x10', '--pt', '1',
                           '2.5', '--app=a', '--app', 'b', '--cb', 'val',
                           '--fi=z', 'y', '--', '-g'])
assert sorted(vars(opts).items()) == [
    ('app', ['a', 'b']), ('cb', None), ('cbv', ('--cb', 'val', 'E')),
    ('ch', None), ('filename', 'z'), ('g', None), ('hidden', None), ('n', 16),
    ('pt', (1.0, 2.5)), ('v', 2), ('verbose', False)]
assert args == ['x', 'y', '-g']
assert p.parse_args([])[0].n == 3


def run(args):
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    try:
        p.parse_args(args)
        result = None
    except SystemExit as e:
        result = (e.code, sys.stdout.getvalue(), sys.stderr.getvalue())
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    return result

usage = 'Usage: prog [options] args\n\n'
for argv, message in [
        (['-n', 'x'], "option -n: invalid integer value: 'x'"),
        (['--ch', 'c'], "option --ch: invalid choice: 'c' (choose from 'a', 'b')"),
        (['--bogus'], 'no such option: --bogus'),
        (['-z'], 'no such option: -z'),
        (['--pt', '1'], '--pt option requires 2 arguments'),
        (['-f'], '-f option requires an argument'),
        (['--quiet=1'], '--quiet option does not take a value')]:
    got = run(argv)
    assert got == (2, '', usage + 'prog: error: ' + message + '\n'), got
assert run(['--version']) == (0, 'prog 1.0\n', '')

p2 = OptionParser(formatter=optparse.TitledHelpFormatter(), prog='t')
p2.add_option('-x', '--xx', help='the x')
assert p2.format_help() == ('Usage\n=====\n  t [options]\n\nOptions\n=======\n'
                            '--help, -h      show this help message and exit\n'
                            '--xx=XX, -x XX  the x\n'), p2.format_help()

for kw, message in [
        (dict(action='bad'), "invalid action: 'bad'"),
        (dict(type='bad'), "invalid option type: 'bad'"),
        (dict(action='store_true', type='int'),
         "must not supply a type for action 'store_true'"),
        (dict(type='choice'), "must supply a list of choices for type 'choice'"),
        (dict(const=1), "'const' must not be supplied for action 'store'"),
        (dict(nargs=2, action='count'),
         "'nargs' must not be supplied for action 'count'"),
        (dict(foo=1), 'invalid keyword arguments: foo')]:
    try:
        make_option('--zz', **kw)
    except optparse.OptionError as e:
        assert str(e) == 'option --zz: ' + message, str(e)
    else:
        raise AssertionError(message)
for s, message in [
        ('-', "invalid option string '-': must be at least two characters long"),
        ('---x', "invalid long option string '---x': must start with --, "
                 "followed by non-dash")]:
    try:
        make_option(s)
    except optparse.OptionError as e:
        assert str(e) == message, str(e)
try:
    p.add_option('-f')
except optparse.OptionConflictError as e:
    assert str(e) == 'option -f: conflicting option string(s): -f'
assert optparse.Values({'a': 1}) == {'a': 1}
assert p.get_option('--file').dest == 'filename'
assert p.get_option_group('-g') is g
p.remove_option('--file')
assert not p.has_option('-f')
