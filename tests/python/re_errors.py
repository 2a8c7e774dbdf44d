# The re module: compile errors and type errors, with 3.2's messages.
import re

def error_of(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        return type(e).__name__, str(e)
    return None

E = 'error'
cases = [
    ('(', (E, 'unbalanced parenthesis')),
    ('a)', (E, 'unbalanced parenthesis')),
    ('(?P<a>x', (E, 'unbalanced parenthesis')),
    ('[a', (E, 'unexpected end of regular expression')),
    ('[a-', (E, 'unexpected end of regular expression')),
    ('[b-a]', (E, 'bad character range')),
    ('[\\w-z]', (E, 'bad character range')),
    ('*', (E, 'nothing to repeat')),
    ('^*', (E, 'nothing to repeat')),
    ('a|*', (E, 'nothing to repeat')),
    ('(?:a*)*', (E, 'nothing to repeat')),
    ('(a*)+', (E, 'nothing to repeat')),
    ('(a*|b)*', (E, 'nothing to repeat')),
    ('a**', (E, 'multiple repeat')),
    ('a*+', (E, 'multiple repeat')),
    ('a{2,1}', (E, 'bad repeat interval')),
    ('a{99999999999}', ('OverflowError', 'the repetition number is too large')),
    ('(?', (E, 'unexpected end of pattern')),
    ('(?z)', (E, 'unexpected end of pattern')),
    ('(?i', (E, 'unexpected end of pattern')),
    ('(?P', (E, 'unexpected end of pattern')),
    ('(?Px)', (E, 'unknown specifier: ?Px')),
    ('(?P<', (E, 'unterminated name')),
    ('(?P<>a)', (E, 'missing group name')),
    ('(?P<1>a)', (E, 'bad character in group name')),
    ('(?P<a>a)(?P<a>b)', (E, "redefinition of group name 'a' as group 2; was group 1")),
    ('(?P=a)', (E, 'unknown group name')),
    ('(?<a)', (E, 'syntax error')),
    ('(?<=a*)b', (E, 'look-behind requires fixed-width pattern')),
    ('(?<=a|bc)', (E, 'look-behind requires fixed-width pattern')),
    ('\\', (E, 'bogus escape (end of line)')),
    ('a\\', (E, 'bogus escape (end of line)')),
    ('\\1', (E, "bogus escape: '\\\\1'")),
    ('(a\\1)', (E, 'cannot refer to open group')),
    ('\\x', (E, "bogus escape: '\\\\x'")),
    ('[\\x4]', (E, "bogus escape: '\\\\4'")),
    ('[\\1]', None),
    ('\\8', (E, "bogus escape: '\\\\8'")),
    ('(?#abc', (E, 'unbalanced parenthesis')),
    ('(?(1a)b)', (E, 'bad character in group name')),
    ('(?(a)b)', (E, 'unknown group name')),
    ('(a)(?(1)a|b|c)', (E, 'conditional backref with more than two branches')),
    ('(a)' * 100, ('AssertionError', 'sorry, but this version only supports 100 named groups')),
    ('(?i)(?L)a', None),
    ('(?a)(?u)a', ('ValueError', 'ASCII and UNICODE flags are incompatible')),
]
for pattern, want in cases:
    got = error_of(re.compile, pattern)
    if want is not None and want[1] is None:
        assert got is not None and got[0] == want[0], (pattern, got)
    else:
        assert got == want, (pattern, got, want)

assert re.compile('[\\1]').match('\x01')
assert re.compile('(a)' * 99).groups == 99
assert re.compile('\\0777').match('?7')
assert re.compile('(?x)a # c\n b').match('ab')

# flags against pattern types
assert error_of(re.compile, b'a', re.U) == ('ValueError', "can't use UNICODE flag with a bytes pattern")
assert error_of(re.compile, 'a', re.A | re.U) == ('ValueError', 'ASCII and UNICODE flags are incompatible')
assert error_of(re.compile, 'a*', re.T) == ('error', 'internal: unsupported template operator')
assert re.template('a').match('a')
assert error_of(re.compile, 'a', 'x') == ('TypeError', "unsupported operand type(s) for &: 'str' and 'int'")

# argument types
assert error_of(re.compile, 1) == ('TypeError', 'first argument must be string or compiled pattern')
assert error_of(re.match, 'a', b'a') == ('TypeError', "can't use a string pattern on a bytes-like object")
assert error_of(re.match, b'a', 'a') == ('TypeError', "can't use a bytes pattern on a string-like object")
assert error_of(re.match, 'a', 1) == ('TypeError', 'expected string or buffer')
assert error_of(re.compile, re.compile('a'), re.I) == ('ValueError', 'Cannot process flags argument with a compiled pattern')
p = re.compile('a')
assert re.compile(p) is p
assert error_of(re.match, 'a') == ('TypeError', 'match() takes at least 2 arguments (1 given)')
assert error_of(re.match, 'a', 'b', 0, 1) == ('TypeError', 'match() takes at most 3 positional arguments (4 given)')
assert error_of(re.match, 'a', 'b', x=1) == ('TypeError', "match() got an unexpected keyword argument 'x'")
assert error_of(re.match, 'a', 'b', pattern=1) == ('TypeError', "match() got multiple values for keyword argument 'pattern'")
assert error_of(re.escape) == ('TypeError', 'escape() takes exactly 1 argument (0 given)')
assert error_of(re.purge, 1) == ('TypeError', 'purge() takes no arguments (1 given)')
assert error_of(p.match) == ('TypeError', "Required argument 'pattern' (pos 1) not found")
assert error_of(p.findall) == ('TypeError', "Required argument 'source' (pos 1) not found")
assert error_of(p.sub, 'a') == ('TypeError', "Required argument 'string' (pos 2) not found")
assert error_of(p.finditer, 'a', pos=0) == ('TypeError', 'finditer() takes no keyword arguments')
assert error_of(p.match, 'a', 1.0) == ('TypeError', 'integer argument expected, got float')

# re.error is sre_constants.error, an Exception
assert issubclass(re.error, Exception)
assert re.error.__module__ == 'sre_constants' and re.error.__name__ == 'error'
try:
    re.compile('(')
except re.error as e:
    assert e.args == ('unbalanced parenthesis',)
else:
    assert False
