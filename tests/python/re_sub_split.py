# The re module: sub, subn, split, findall, finditer, templates.
import re

# findall: whole matches, one group, several groups, empty matches
assert re.findall(r'\d+', 'a1b22c333') == ['1', '22', '333']
assert re.findall(r'(\w)=(\d)', 'a=1 b=2') == [('a', '1'), ('b', '2')]
assert re.findall(r'(\w)=\d', 'a=1 b=2') == ['a', 'b']
assert re.findall('x*', 'abxd') == ['', '', 'x', '', '']
assert re.findall('(a)|b', 'ab') == ['a', '']
assert re.findall('(a)|(b)', 'ab') == [('a', ''), ('', 'b')]
assert re.findall('', 'ab') == ['', '', '']
assert re.compile(r'\d').findall('12345', 1, 3) == ['2', '3']

# finditer
spans = [m.span() for m in re.finditer(r'\w+', 'ab cd  e')]
assert spans == [(0, 2), (3, 5), (7, 8)]
assert [m.span() for m in re.finditer('a*', 'baa')] == [(0, 0), (1, 3), (3, 3)]
it = re.finditer('a', 'aa')
assert type(it).__name__ == 'callable_iterator'
assert next(it).start() == 0 and next(it).start() == 1
try:
    next(it)
except StopIteration:
    pass
else:
    assert False
m = list(re.compile('b').finditer('abcb', 2))[0]
assert m.span() == (3, 4) and m.pos == 2

# split: 3.2 never splits on an empty match
assert re.split(r'\s+', 'a b  c') == ['a', 'b', 'c']
assert re.split(r'(\s+)', 'a b  c') == ['a', ' ', 'b', '  ', 'c']
assert re.split(r'(a)|b', 'xaybz') == ['x', 'a', 'y', None, 'z']
assert re.split('x*', 'axbc') == ['a', 'bc']
assert re.split('', 'abc') == ['abc']
assert re.split(',', 'a,b,c', 1) == ['a', 'b,c']
assert re.split(',', 'a,b,c', maxsplit=-1) == ['a,b,c']
assert re.split(',', ',a,') == ['', 'a', '']
assert re.compile(',').split(source='a,b') == ['a', 'b']

# sub and subn
assert re.sub('a', 'b', 'aaa') == 'bbb'
assert re.sub('a', 'b', 'aaa', 2) == 'bba'
assert re.sub('a', 'b', 'aaa', count=-1) == 'aaa'
assert re.subn('a', 'b', 'xaxa') == ('xbxb', 2)
assert re.sub('x*', '-', 'abxd') == '-a-b-d-'
assert re.sub('', '-', 'ab') == '-a-b-'
assert re.sub('(?m)^', '> ', 'a\nb') == '> a\n> b'
assert re.sub(r'(\d+)', lambda m: str(int(m.group()) * 2), 'a1b22') == 'a2b44'
assert re.sub('a', lambda m: None, 'bab') == 'bb'
assert re.compile('o').sub(repl='0', string='foo', count=1) == 'f0o'

# templates
assert re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world') == 'world hello'
assert re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc') == '<a> <bc>'
assert re.sub(r'(\w)', r'\g<1>\g<0>', 'ab') == 'aabb'
assert re.sub('a', r'\n\t\\', 'a') == '\n\t\\'
assert re.sub('a', r'\q\x41', 'a') == '\\q\\x41'
assert re.sub('a', r'\101\0\08', 'a') == 'A\x00\x008'
assert re.sub(b'a', br'[\g<0>]', b'xa') == b'x[a]'
assert re.match('(a)(b)', 'ab').expand(r'\2\1\g<1>') == 'baa'
assert re.match(b'(a)', b'a').expand(b'<\\1>') == b'<a>'

def error_of(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__, str(e)
    return None

assert error_of(re.sub, '(a)', r'\2', 'a') == ('error', 'invalid group reference')
assert error_of(re.sub, '(b)?a', r'\1', 'a') == ('error', 'unmatched group')
assert error_of(re.sub, 'a', r'\g<x>', 'a') == ('IndexError', 'unknown group name')
assert error_of(re.sub, 'a', r'\g<-1>', 'a') == ('error', 'negative group number')
assert error_of(re.sub, 'a', r'\g<>', 'a') == ('error', 'missing group name')
assert error_of(re.sub, 'a', r'\g<a', 'a') == ('error', 'unterminated group name')
assert error_of(re.sub, 'a', r'\g<1a>', 'a') == ('error', 'bad character in group name')
assert error_of(re.sub, 'a', '\\', 'a') == ('error', 'bogus escape (end of line)')
assert error_of(re.sub, 'a', b'x', 'a') == ('TypeError', 'sequence item 0: expected str instance, bytes found')
assert error_of(re.sub, 'a', lambda m: 1, 'a') == ('TypeError', 'sequence item 0: expected str instance, int found')
assert error_of(re.sub, 'a', lambda m: 1, 'xa') == ('TypeError', 'sequence item 1: expected str instance, int found')
assert error_of(re.sub, b'a', 'x', b'a') == ('TypeError', 'sequence item 0: expected bytes, str found')
assert error_of(re.sub, 'a', 1, 'a') == ('TypeError', "object of type 'int' has no len()")
# template errors come before the subject is looked at
assert error_of(re.sub, 'a', r'\g<>', 1) == ('error', 'missing group name')
assert error_of(re.sub, 'a', 'b', 1) == ('TypeError', 'expected string or buffer')

# bytearray subjects give bytearrays
assert re.sub(b'a', b'x', bytearray(b'bab')) == bytearray(b'bxb')
assert re.split(b',', bytearray(b'a,b')) == [bytearray(b'a'), bytearray(b'b')]

# non-ASCII text
assert re.sub('\u00e9', 'e', 'caf\u00e9 \u00e9t\u00e9') == 'cafe ete'
assert re.findall('.', '\u4e2d\u6587') == ['\u4e2d', '\u6587']
assert [m.span() for m in re.finditer('\u00e9', 'x\u00e9y\u00e9')] == [(1, 2), (3, 4)]
assert re.split('\u00b7', 'a\u00b7b\u00b7c') == ['a', 'b', 'c']
assert re.sub(r'(\w)(\w)', r'\2\1', '\u00e9a\U0001d400') == 'a\u00e9\U0001d400'

# other buffers: slices are the object's own (memoryviews here)
views = re.findall(b'.', memoryview(b'ab'))
assert type(views[0]) is memoryview and [bytes(v) for v in views] == [b'a', b'b']
assert re.search(b'b', memoryview(b'abc')).span() == (1, 2)
try:
    re.sub(b'a', b'x', memoryview(b'bab'))
except AttributeError as e:
    assert str(e) == "'memoryview' object has no attribute 'join'"
else:
    assert False
