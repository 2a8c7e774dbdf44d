# getopt: short and long options, GNU ordering, errors.
import os
import getopt
from getopt import getopt as go, gnu_getopt, GetoptError

assert go(['-a', '1', '-b', 'arg'], 'a:b') == ([('-a', '1'), ('-b', '')],
                                              ['arg'])
assert go(['-a1', '-bc', 'x'], 'a:bc') == ([('-a', '1'), ('-b', ''),
                                           ('-c', '')], ['x'])
assert go(['-ba', 'v'], 'a:b') == ([('-b', ''), ('-a', 'v')], [])
assert go(['--alpha=3', '--beta', 'rest', '-a'], '', ['alpha=', 'beta']) \
    == ([('--alpha', '3'), ('--beta', '')], ['rest', '-a'])
assert go(['--alpha', '3'], '', 'alpha=') == ([('--alpha', '3')], [])
assert go(['--al', 'x'], '', ['alpha=']) == ([('--alpha', 'x')], [])
assert go(['--abc'], '', ['abc', 'abcd']) == ([('--abc', '')], [])
assert go(['--abc=1'], '', ['abc=', 'abcd']) == ([('--abc', '1')], [])
assert go(['-a', '--', '-b'], 'ab') == ([('-a', '')], ['-b'])
assert go(['-', '-a'], 'a') == ([], ['-', '-a'])
assert go([], 'a') == ([], [])
assert go(['--beta='], '', ['beta=']) == ([('--beta', '')], [])


def error(*args):
    try:
        go(*args)
    except GetoptError as e:
        return str(e), e.msg, e.opt

assert error(['-x'], 'a') == ('option -x not recognized',) * 2 + ('x',)
assert error(['-a'], 'a:')[0] == 'option -a requires argument'
assert error(['--foo'], '', ['bar'])[0] == 'option --foo not recognized'
assert error(['--al'], '', ['alpha', 'also']) == \
    ('option --al not a unique prefix',) * 2 + ('al',)
assert error(['--alpha'], '', ['alpha='])[0] == \
    'option --alpha requires argument'
assert error(['--beta=1'], '', ['beta'])[0] == \
    'option --beta must not have an argument'
assert error(['-:'], 'a:')[0] == 'option -: not recognized'
assert getopt.error is GetoptError
e = GetoptError('message', 'o')
assert e.args == ('message', 'o') and str(e) == 'message'

# GNU style: options anywhere.
assert gnu_getopt(['a', '-x', 'b', '--long', 'c', '--', '-y'], 'x',
                  ['long']) == ([('-x', ''), ('--long', '')],
                                ['a', 'b', 'c', '-y'])
assert gnu_getopt(['a', '-x'], '+x') == ([], ['a', '-x'])
assert gnu_getopt(['-x', 'a', '-x'], '+x') == ([('-x', '')], ['a', '-x'])
saved = os.environ.get('POSIXLY_CORRECT')
os.environ['POSIXLY_CORRECT'] = '1'
try:
    assert gnu_getopt(['a', '-x'], 'x') == ([], ['a', '-x'])
finally:
    if saved is None:
        del os.environ['POSIXLY_CORRECT']
    else:
        os.environ['POSIXLY_CORRECT'] = saved
assert gnu_getopt(['a', '-', '-x'], 'x') == ([('-x', '')], ['a', '-'])
assert getopt.long_has_args('ab', ['abc=']) == (True, 'abc')
assert getopt.short_has_arg('b', 'ab:') is True
assert getopt.short_has_arg('a', 'ab:') is False
