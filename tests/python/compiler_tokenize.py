# tokenize, token and keyword as CPython 3.2 has them: the token stream
# (types, strings, positions, lines), its errors, detect_encoding's
# rules, untokenize in both modes, open(), and the regular expressions
# the module exposes (the two long ones below were printed by 3.2).
import io
import os
import tempfile
import token
import keyword
import tokenize
from tokenize import (tokenize as tokenize_bytes, generate_tokens, untokenize,
                      detect_encoding, TokenInfo, TokenError, NAME, OP, NUMBER,
                      STRING, NEWLINE, NL, COMMENT, INDENT, DEDENT, ENDMARKER,
                      ENCODING, ERRORTOKEN)

PSEUDO = '[ \\f\\t]*((\\\\\\r?\\n|\\Z|#[^\\r\\n]*|([bB]?[rR]?\'\'\'|[bB]?[rR]?"""))|(([0-9]+[jJ]|(([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)[jJ])|(([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)|(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|(?:0+|[1-9][0-9]*)))|((\\*\\*=?|>>=?|<<=?|!=|//=?|->|[+\\-*/%&|^=<>]=?|~)|[][(){}]|(\\r?\\n|\\.\\.\\.|[:;.,@]))|([bB]?[rR]?\'[^\\n\'\\\\]*(?:\\\\.[^\\n\'\\\\]*)*(\'|\\\\\\r?\\n)|[bB]?[rR]?"[^\\n"\\\\]*(?:\\\\.[^\\n"\\\\]*)*("|\\\\\\r?\\n))|\\w+)'
TOKEN = '[ \\f\\t]*(\\\\\\r?\\n[ \\f\\t]*)*(#[^\\r\\n]*)?((([0-9]+[jJ]|(([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)[jJ])|(([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)|(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|(?:0+|[1-9][0-9]*)))|((\\*\\*=?|>>=?|<<=?|!=|//=?|->|[+\\-*/%&|^=<>]=?|~)|[][(){}]|(\\r?\\n|\\.\\.\\.|[:;.,@]))|([bB]?[rR]?\'[^\\n\'\\\\]*(?:\\\\.[^\\n\'\\\\]*)*\'|[bB]?[rR]?"[^\\n"\\\\]*(?:\\\\.[^\\n"\\\\]*)*")|\\w+)'
assert tokenize.PseudoToken == PSEUDO
assert tokenize.Token == TOKEN
assert tokenize.Number == tokenize.group(tokenize.Imagnumber, tokenize.Floatnumber, tokenize.Intnumber)
assert tokenize.Name == r'\w+' and tokenize.Whitespace == r'[ \f\t]*'
assert tokenize.tabsize == 8
assert len(tokenize.endprogs) == 24 and len(tokenize.triple_quoted) == 18 and len(tokenize.single_quoted) == 18
assert tokenize.endprogs["bR'''"] is tokenize.single3prog and tokenize.endprogs['r'] is None
assert tokenize.pseudoprog.match('  0x1F+').group(1) == '0x1F'
assert tokenize.cookie_re.findall('# -*- coding: latin-1 -*-') == ['latin-1']

# token and the numbers tokenize adds.
assert (token.NAME, token.OP, token.ERRORTOKEN, token.N_TOKENS, token.NT_OFFSET) == (1, 52, 53, 54, 256)
assert token.tok_name[token.RARROW] == 'RARROW' and token.tok_name[0] == 'ENDMARKER'
assert token.ISTERMINAL(token.NAME) and token.ISNONTERMINAL(300) and token.ISEOF(token.ENDMARKER)
assert 'tok_name' in token.__all__ and 'DOUBLESLASHEQUAL' in token.__all__
assert (COMMENT, NL, ENCODING, tokenize.N_TOKENS) == (54, 55, 56, 57)
assert token.tok_name[COMMENT] == 'COMMENT' and token.tok_name[ENCODING] == 'ENCODING'
for name in ('COMMENT', 'tokenize', 'detect_encoding', 'NL', 'untokenize', 'ENCODING', 'TokenInfo', 'NAME'):
    assert name in tokenize.__all__, name
assert keyword.kwlist == ['False', 'None', 'True', 'and', 'as', 'assert', 'break', 'class',
                          'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
                          'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
                          'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']
assert keyword.iskeyword('nonlocal') and not keyword.iskeyword('print')


def toks(source):
    return [(tok_name, s, start, end) for tok_name, s, start, end, line in
            ((token.tok_name[t.type], t.string, t.start, t.end, t.line)
             for t in tokenize_bytes(io.BytesIO(source).readline))]


src = b"def f(a, b=1):  # c\n    return a ** b\n\n"
assert toks(src) == [
    ('ENCODING', 'utf-8', (0, 0), (0, 0)),
    ('NAME', 'def', (1, 0), (1, 3)), ('NAME', 'f', (1, 4), (1, 5)), ('OP', '(', (1, 5), (1, 6)),
    ('NAME', 'a', (1, 6), (1, 7)), ('OP', ',', (1, 7), (1, 8)), ('NAME', 'b', (1, 9), (1, 10)),
    ('OP', '=', (1, 10), (1, 11)), ('NUMBER', '1', (1, 11), (1, 12)), ('OP', ')', (1, 12), (1, 13)),
    ('OP', ':', (1, 13), (1, 14)), ('COMMENT', '# c', (1, 16), (1, 19)), ('NEWLINE', '\n', (1, 19), (1, 20)),
    ('INDENT', '    ', (2, 0), (2, 4)), ('NAME', 'return', (2, 4), (2, 10)), ('NAME', 'a', (2, 11), (2, 12)),
    ('OP', '**', (2, 13), (2, 15)), ('NAME', 'b', (2, 16), (2, 17)), ('NEWLINE', '\n', (2, 17), (2, 18)),
    ('NL', '\n', (3, 0), (3, 1)), ('DEDENT', '', (4, 0), (4, 0)), ('ENDMARKER', '', (4, 0), (4, 0))], toks(src)

# Strings, numbers, brackets, continuation lines, comments on their own line.
src = b"x = (1.5e3, 0o17,\n     r'''a\nb''', 'c\\\nd')  \\\n  + 3j\n# end\n"
got = toks(src)
assert got == [
    ('ENCODING', 'utf-8', (0, 0), (0, 0)),
    ('NAME', 'x', (1, 0), (1, 1)), ('OP', '=', (1, 2), (1, 3)), ('OP', '(', (1, 4), (1, 5)),
    ('NUMBER', '1.5e3', (1, 5), (1, 10)), ('OP', ',', (1, 10), (1, 11)), ('NUMBER', '0o17', (1, 12), (1, 16)),
    ('OP', ',', (1, 16), (1, 17)), ('NL', '\n', (1, 17), (1, 18)),
    ('STRING', "r'''a\nb'''", (2, 5), (3, 4)), ('OP', ',', (3, 4), (3, 5)),
    ('STRING', "'c\\\nd'", (3, 6), (4, 2)), ('OP', ')', (4, 2), (4, 3)),
    ('OP', '+', (5, 2), (5, 3)), ('NUMBER', '3j', (5, 4), (5, 6)), ('NEWLINE', '\n', (5, 6), (5, 7)),
    ('COMMENT', '# end', (6, 0), (6, 5)), ('NL', '\n', (6, 5), (6, 6)),
    ('ENDMARKER', '', (7, 0), (7, 0))], got
tokens = list(tokenize_bytes(io.BytesIO(src).readline))
assert tokens[9].line == "     r'''a\nb''', 'c\\\n"
assert isinstance(tokens[1], TokenInfo) and tokens[1].type == NAME and tokens[1][1] == 'x'
assert repr(tokens[1]) == "TokenInfo(type=1 (NAME), string='x', start=(1, 0), end=(1, 1), line='x = (1.5e3, 0o17,\\n')"

# Odd characters are ERRORTOKENs; an unfinished one-line string too.
got = toks(b"a $ b\nc = 'x\n")
assert ('ERRORTOKEN', '$', (1, 2), (1, 3)) in got
assert ('ERRORTOKEN', "'", (2, 4), (2, 5)) in got, got
# Errors at the end of the input.
for source, message in ((b"f(1,\n", "EOF in multi-line statement"), (b"s = '''abc\n", "EOF in multi-line string")):
    try:
        list(tokenize_bytes(io.BytesIO(source).readline))
    except TokenError as e:
        assert e.args[0] == message, e.args
    else:
        raise AssertionError(source)
try:
    list(tokenize_bytes(io.BytesIO(b"if x:\n        a\n    b\n").readline))
except IndentationError as e:
    assert e.args == ("unindent does not match any outer indentation level", ("<tokenize>", 3, 4, "    b\n"))
else:
    raise AssertionError

# generate_tokens reads str lines and makes no ENCODING token.
got = [(t.type, t.string) for t in generate_tokens(io.StringIO("é = 1\n").readline)]
assert got == [(NAME, 'é'), (OP, '='), (NUMBER, '1'), (NEWLINE, '\n'), (ENDMARKER, '')], got
# readline may end with StopIteration.
lines = iter([b"a\n"])
def next_line():
    return next(lines)
assert [t.string for t in tokenize_bytes(next_line)] == ['utf-8', 'a', '\n', '']

# detect_encoding.
def detect(data):
    return detect_encoding(io.BytesIO(data).readline)
assert detect(b"x = 1\ny = 2\nz = 3\n") == ('utf-8', [b"x = 1\n", b"y = 2\n"])
assert detect(b"# coding: latin-1\nx\n") == ('iso-8859-1', [b"# coding: latin-1\n"])
assert detect(b"#!/usr/bin/python\n# vim: set fileencoding=utf_8 :\nx\n") == (
    'utf-8', [b"#!/usr/bin/python\n", b"# vim: set fileencoding=utf_8 :\n"])
assert detect(b"\xef\xbb\xbfx = 1\n") == ("utf-8-sig", [b"x = 1\n"])
assert detect(b"\xef\xbb\xbf# coding: utf-8\n") == ('utf-8-sig', [b"# coding: utf-8\n"])
assert detect(b"") == ('utf-8', [])
assert detect(b"\xef\xbb\xbf") == ('utf-8-sig', [])
assert detect(b"x\n# coding: Latin-1-foo\n")[0] == 'iso-8859-1'
assert detect(b"# coding: ascii\n")[0] == 'ascii'
for data, message in ((b"# coding: nonsense-enc\n", "unknown encoding: nonsense-enc"),
                      (b"\xef\xbb\xbf# coding: latin-1\n", "encoding problem: utf-8"),
                      (b"\xe9 = 1\n", "invalid or missing encoding declaration")):
    try:
        detect(data)
    except SyntaxError as e:
        assert e.args[0] == message, e
    else:
        raise AssertionError(data)
# The declaration decides how tokenize decodes.
got = list(tokenize_bytes(io.BytesIO(b"# coding: latin-1\ns = '\xe9'\n").readline))
assert got[0].string == 'iso-8859-1' and got[5].string == "'\xe9'"

# untokenize: full tokens give the source back exactly, as bytes in the
# ENCODING token's encoding; (type, string) pairs give equivalent source.
src = b"# coding: latin-1\nif a:\n    b = [1,\n         2]  # two\nelse:\n\tc('\xe9')\n"
full = list(tokenize_bytes(io.BytesIO(src).readline))
assert untokenize(full) == src
pairs = [t[:2] for t in full]
again = untokenize(pairs)
assert isinstance(again, bytes)
assert [t[:2] for t in tokenize_bytes(io.BytesIO(again).readline)] == pairs
text = untokenize(generate_tokens(io.StringIO("x = 'a' 'b'\n").readline))
assert text == "x = 'a' 'b'\n", text
text = untokenize([(NAME, 'x'), (OP, '='), (STRING, "'a'"), (STRING, "'b'"), (NEWLINE, '\n')])
assert text == "x ='a' 'b'\n", repr(text)

# open() reads a file in its declared encoding.
fd, path = tempfile.mkstemp(suffix='.py')
try:
    with os.fdopen(fd, 'wb') as f:
        f.write(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n")
    with tokenize.open(path) as f:
        assert f.encoding == 'iso-8859-1' and f.mode == 'r'
        assert f.read() == "# -*- coding: latin-1 -*-\ns = '\xe9'\n"
finally:
    os.remove(path)
