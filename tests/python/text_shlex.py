# shlex: split, and the lexer in POSIX and compatibility modes.
import io
import os
import shlex
import tempfile

split = shlex.split
assert split('a b  c') == ['a', 'b', 'c']
assert split('') == [] and split('   ') == []
assert split("foo 'bar baz' \"qu ux\"") == ['foo', 'bar baz', 'qu ux']
assert split('a"b c"d') == ['ab cd']
assert split("a\\ b c") == ['a b', 'c']
assert split('"a\\"b" \'a\\b\'') == ['a"b', 'a\\b']
assert split('"a\\\\b" "\\x"') == ['a\\b', '\\x']
assert split("''") == [''] and split('"" x') == ['', 'x']
assert split('a#b # c') == ['a#b', '#', 'c']
assert split('a b # comment\nc', comments=True) == ['a', 'b', 'c']
assert split('x=1;y=(2)') == ['x=1;y=(2)']
assert split("foo 'bar baz'", posix=False) == ['foo', "'bar baz'"]
assert split('\xe9t\xe9 \xc0') == ['\xe9t\xe9', '\xc0']


def error_of(s, **kw):
    try:
        split(s, **kw)
    except ValueError as e:
        return str(e)

assert error_of('"abc') == 'No closing quotation'
assert error_of("a 'b") == 'No closing quotation'
assert error_of('abc\\') == 'No escaped character'
assert error_of('"abc', posix=False) == 'No closing quotation'


def tokens(s, **kw):
    lex = shlex.shlex(s, **kw)
    return list(lex)

# Compatibility mode: punctuation is a token of its own, quotes stay.
assert tokens('x=1;y=(2)') == ['x', '=', '1', ';', 'y', '=', '(', '2', ')']
assert tokens("foo 'bar baz' \"q\"") == ['foo', "'bar baz'", '"q"']
assert tokens('foo"bar"') == ['foo"bar"']
assert tokens('a # rest\nb') == ['a', 'b']
# A comment inside a word: the word goes on after it, except in POSIX mode.
assert tokens('ab#c\nd') == ['abd']
assert tokens('ab#c\nd e', posix=True) == ['ab', 'd', 'e']
assert tokens('a\\b') == ['a', '\\', 'b']
assert tokens('a\\b', posix=True) == ['ab']
assert tokens('\xe9t\xe9') == ['\xe9', 't', '\xe9']
assert tokens('\xe9t\xe9', posix=True) == ['\xe9t\xe9']

lex = shlex.shlex('one two three')
assert lex.eof == '' and lex.get_token() == 'one'
lex.push_token('zero')
assert lex.get_token() == 'zero' and lex.get_token() == 'two'
assert lex.get_token() == 'three' and lex.get_token() == ''
assert lex.get_token() == ''
lex = shlex.shlex('a', posix=True)
assert lex.eof is None and lex.get_token() == 'a' and lex.get_token() is None

# Line numbers and error leaders.
lex = shlex.shlex('a\nb\n\nc', infile='f.txt')
assert lex.get_token() == 'a' and lex.lineno == 2
lex.get_token()
assert lex.lineno == 3
assert lex.error_leader() == '"f.txt", line 3: '
assert lex.error_leader('g', 7) == '"g", line 7: '

# Options.
lex = shlex.shlex('a-b c.d', posix=True)
lex.wordchars += '-.'
assert list(lex) == ['a-b', 'c.d']
lex = shlex.shlex('a:b;c', posix=True)
lex.whitespace = ':'
lex.whitespace_split = True
assert list(lex) == ['a', 'b;c']
lex = shlex.shlex('%x% y')
lex.quotes = '%'
assert list(lex) == ['%x%', 'y']
lex = shlex.shlex('a // b', posix=True)
lex.commenters = '/'
assert list(lex) == ['a']

# Reading from a file object, and sourcing other files.
lex = shlex.shlex(io.StringIO('from file'))
assert list(lex) == ['from', 'file']
d = tempfile.mkdtemp()
try:
    inc = os.path.join(d, 'inc')
    with open(inc, 'w') as f:
        f.write('included words')
    main = os.path.join(d, 'main')
    with open(main, 'w') as f:
        f.write('start source inc end')
    with open(main) as f:
        lex = shlex.shlex(f, main)
        lex.source = 'source'
        assert list(lex) == ['start', 'included', 'words', 'end']
    lex = shlex.shlex('x')
    newfile, stream = lex.sourcehook('"%s"' % inc)
    assert newfile == inc and stream.read() == 'included words'
    stream.close()
finally:
    os.unlink(inc)
    os.unlink(main)
    os.rmdir(d)
lex = shlex.shlex('a b')
lex.push_source('x y')
assert [lex.get_token() for _ in range(5)] == ['x', 'y', 'a', 'b', '']
assert shlex.__all__ == ['shlex', 'split']
