# argparse: parsing, help/usage layout and error reporting (3.2 behaviour).
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def run(parser, args):
    """Parse args capturing output; return (namespace, exit code, out, err)."""
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        ns, code = parser.parse_args(args), None
    except SystemExit as e:
        ns, code = None, e.code
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    return ns, code, out.getvalue(), err.getvalue()


p = argparse.ArgumentParser(
    prog='prog', description='Process some integers given on the command line.',
    epilog='See the manual.')
p.add_argument('integers', metavar='N', type=int, nargs='+',
               help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum,
               default=max, help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count')
g = p.add_mutually_exclusive_group()
g.add_argument('--on', action='store_true')
g.add_argument('--off', action='store_false')
assert p.format_help() == (
    'usage: prog [-h] [--sum] [-v] [--on | --off] N [N ...]\n\n'
    'Process some integers given on the command line.\n\n'
    'positional arguments:\n'
    '  N              an integer for the accumulator\n\n'
    'optional arguments:\n'
    '  -h, --help     show this help message and exit\n'
    '  --sum          sum the integers (default: find the max)\n'
    '  -v, --verbose\n  --on\n  --off\n\nSee the manual.\n'), p.format_help()

ns = p.parse_args(['1', '2', '4', '--sum', '-vv'])
assert ns.accumulate(ns.integers) == 7 and ns.verbose == 2
assert ns.on is False and ns.off is True
ns = p.parse_args(['5', '3'])
assert ns.accumulate(ns.integers) == 5 and ns.verbose is None

ns, code, out, err = run(p, ['1', '--on', '--off'])
assert code == 2 and out == ''
assert err == ('usage: prog [-h] [--sum] [-v] [--on | --off] N [N ...]\n'
               'prog: error: argument --off: not allowed with argument --on\n'), err
assert run(p, ['x'])[3].endswith("prog: error: argument N: invalid int value: 'x'\n")
assert run(p, [])[3].endswith('prog: error: too few arguments\n')
assert run(p, ['1', '--bogus'])[3].endswith(
    'prog: error: unrecognized arguments: --bogus\n')
ns, code, out, err = run(p, ['-h'])
assert code == 0 and out == p.format_help() and err == ''

# choices, nargs, append, defaults, types
q = argparse.ArgumentParser(prog='q')
q.add_argument('--mode', choices=['a', 'b'])
q.add_argument('--pair', nargs=2, metavar=('X', 'Y'))
q.add_argument('--app', action='append', type=float)
q.add_argument('--c', action='append_const', const=1, dest='cs')
q.add_argument('--opt', nargs='?', const='C', default='D')
q.add_argument('--num', type=int, default='12')
q.add_argument('rest', nargs=argparse.REMAINDER)
ns = q.parse_args(['--app', '1.5', '--app=2', '--c', '--c', '--opt', '--pair', 'p', 'r',
                   'z', '-x', '--y'])
assert ns.app == [1.5, 2.0] and ns.cs == [1, 1] and ns.pair == ['p', 'r']
assert ns.rest == ['z', '-x', '--y'] and ns.opt == 'C' and ns.num == 12
assert q.parse_args(['--opt']).opt == 'C'
assert q.parse_args(['--opt=v']).opt == 'v'
assert q.parse_args([]).opt == 'D'
err = run(q, ['--mode', 'c'])[3]
assert err.endswith("q: error: argument --mode: invalid choice: 'c' "
                    "(choose from 'a', 'b')\n"), err
assert run(q, ['--pair', 'a'])[3].endswith(
    'q: error: argument --pair: expected 2 arguments\n')
assert run(q, ['--app'])[3].endswith(
    'q: error: argument --app: expected one argument\n')
assert q.format_usage() == (
    'usage: q [-h] [--mode {a,b}] [--pair X Y] [--app APP] [--c] [--opt [OPT]]\n'
    '         [--num NUM]\n         ...\n'), repr(q.format_usage())

# known args, namespaces, reprs
ns, extra = q.parse_known_args(['--zz', '--num', '3'])
assert extra == ['--zz'] and ns.num == 3
assert repr(argparse.Namespace(b=2, a='x')) == "Namespace(a='x', b=2)"
assert argparse.Namespace(a=1) == argparse.Namespace(a=1)
assert 'a' in argparse.Namespace(a=1)
assert repr(argparse.FileType('w')) == "FileType('w')"
assert repr(argparse.FileType('r', 1)) == "FileType('r', 1)"
assert repr(q._actions[1]) == (
    "_StoreAction(option_strings=['--mode'], dest='mode', nargs=None, "
    "const=None, default=None, type=None, choices=['a', 'b'], help=None, "
    "metavar=None)")

# subcommands
sp = argparse.ArgumentParser(prog='git')
subs = sp.add_subparsers(dest='cmd', help='sub-command help')
add = subs.add_parser('add', help='add things')
add.add_argument('files', nargs='+')
com = subs.add_parser('commit', help='commit them')
com.add_argument('-m')
assert sp.format_help() == (
    'usage: git [-h] {add,commit} ...\n\npositional arguments:\n'
    '  {add,commit}  sub-command help\n    add         add things\n'
    '    commit      commit them\n\noptional arguments:\n'
    '  -h, --help    show this help message and exit\n'), sp.format_help()
assert add.format_usage() == 'usage: git add [-h] files [files ...]\n'
ns = sp.parse_args(['add', 'f1', 'f2'])
assert ns.cmd == 'add' and ns.files == ['f1', 'f2']
assert sp.parse_args(['commit', '-m', 'msg']).m == 'msg'
assert run(sp, ['push'])[3].endswith(
    "git: error: argument cmd: invalid choice: 'push' "
    "(choose from 'add', 'commit')\n")

# formatter classes and prefix chars
for cls, body in [
        (argparse.RawDescriptionHelpFormatter,
         'line one\n   line two\n\npositional arguments:\n  n           n\n\n'
         'optional arguments:\n  -h, --help  show this help message and exit\n'
         '  +z Z        zed more\n'),
        (argparse.RawTextHelpFormatter,
         'line one\n   line two\n\npositional arguments:\n  n           n\n\n'
         'optional arguments:\n  -h, --help  show this help message and exit\n'
         '  +z Z        zed\n                more\n'),
        (argparse.ArgumentDefaultsHelpFormatter,
         'line one line two\n\npositional arguments:\n  n           n (default: d)\n\n'
         'optional arguments:\n  -h, --help  show this help message and exit\n'
         '  +z Z        zed more (default: 4)\n')]:
    r = argparse.ArgumentParser(prog='r', formatter_class=cls, prefix_chars='-+',
                                description='line one\n   line two')
    r.add_argument('+z', default=4, help='zed\n  more')
    r.add_argument('n', nargs='?', default='d', help='n')
    want = 'usage: r [-h] [+z Z] [n]\n\n' + body
    assert r.format_help() == want, (cls, r.format_help())

# version goes to stderr in 3.2; parents; conflict resolution
v = argparse.ArgumentParser(prog='v')
v.add_argument('--version', action='version', version='%(prog)s 1.0')
assert run(v, ['--version'])[1:] == (0, '', 'v 1.0\n')
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent', type=int, default=1)
parent.set_defaults(zz=5)
child = argparse.ArgumentParser(prog='child', parents=[parent],
                                conflict_handler='resolve')
child.add_argument('--parent', help='overridden')
child.add_argument('-x', type=float)
ns = child.parse_args(['-x', '-1.5', '--parent=4'])
assert (ns.x, ns.parent, ns.zz) == (-1.5, '4', 5)
try:
    parent.add_argument('--parent')
except argparse.ArgumentError as e:
    assert str(e) == 'argument --parent: conflicting option string: --parent'
else:
    raise AssertionError('conflict not detected')

# combined short flags and '--'
s = argparse.ArgumentParser(prog='s')
s.add_argument('-a', action='store_true')
s.add_argument('-b', action='store_true')
s.add_argument('-c')
s.add_argument('pos', nargs='*')
ns = s.parse_args(['-abcX'])
assert ns.a and ns.b and ns.c == 'X'
assert s.parse_args(['--', '-a']).pos == ['-a']

# required options and groups
req = argparse.ArgumentParser(prog='req')
mg = req.add_mutually_exclusive_group(required=True)
mg.add_argument('--p', action='store_true')
mg.add_argument('--q')
req.add_argument('--need', required=True)
assert req.format_usage() == 'usage: req [-h] (--p | --q Q) --need NEED\n'
assert run(req, ['--p'])[3].endswith('req: error: argument --need is required\n')
assert run(req, ['--need', '1'])[3].endswith(
    'req: error: one of the arguments --p --q is required\n')

# type errors raised by the converter
def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError('%r is odd' % value)
    return value
t = argparse.ArgumentParser(prog='t')
t.add_argument('e', type=even)
assert run(t, ['3'])[3].endswith('t: error: argument e: 3 is odd\n')
assert t.parse_args(['4']).e == 4

# narrow terminal
os.environ['COLUMNS'] = '40'
w = argparse.ArgumentParser(prog='w', description='some words that need '
                            'wrapping at a narrow width indeed')
w.add_argument('--alpha', help='the alpha option is described by a long '
               'sentence here')
assert w.format_help() == (
    'usage: w [-h] [--alpha ALPHA]\n\nsome words that need wrapping at a\n'
    'narrow width indeed\n\noptional arguments:\n'
    '  -h, --help     show this help\n                 message and exit\n'
    '  --alpha ALPHA  the alpha option is\n                 described by a long\n'
    '                 sentence here\n'), w.format_help()
os.environ['COLUMNS'] = '80'
