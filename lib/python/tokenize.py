"""Splitting Python source into tokens, as Python 3.2's tokenize module
does.

tokenize(readline) reads bytes lines, works out their encoding
(detect_encoding: a UTF-8 BOM or a PEP 263 coding declaration) and
yields TokenInfo tuples (type, string, start, end, line), the first of
them an ENCODING token; generate_tokens(readline) does the same for
lines that are already str, without the ENCODING token.  Comments and
non-logical line ends are tokens too (COMMENT, NL), so untokenize() can
put the source back together.  The regular expressions the tokenizer is
made of are part of the interface, under their 3.2 names.
"""

import builtins
import collections
import re
import token
from token import *
from io import TextIOWrapper

cookie_re = re.compile(r"coding[:=]\s*([-\w.]+)")

__all__ = token.__all__ + ["COMMENT", "tokenize", "detect_encoding",
                           "NL", "untokenize", "ENCODING", "TokenInfo"]
del token

# The token types the tokenizer adds to the grammar's.
COMMENT = N_TOKENS
tok_name[COMMENT] = 'COMMENT'
NL = N_TOKENS + 1
tok_name[NL] = 'NL'
ENCODING = N_TOKENS + 2
tok_name[ENCODING] = 'ENCODING'
N_TOKENS += 3


class TokenInfo(collections.namedtuple('TokenInfo',
                                       'type string start end line')):
    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=kind))


# Building blocks of the expressions.
def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


_prefix = r'[bB]?[rR]?'

Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

Hexnumber = r'0[xX][0-9a-fA-F]+'
Binnumber = r'0[bB][01]+'
Octnumber = r'0[oO][0-7]+'
Decnumber = r'(?:0+|[1-9][0-9]*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?[0-9]+'
Pointfloat = group(r'[0-9]+\.[0-9]*', r'\.[0-9]+') + maybe(Exponent)
Expfloat = r'[0-9]+' + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(r'[0-9]+[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)

# What follows the opening quote of a string, up to its closing quote.
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
# The opening of a triple-quoted string.
Triple = group(_prefix + "'''", _prefix + '"""')
# A string on one line.
String = group(_prefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               _prefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

# Longer operators first: the regular expression takes the first
# alternative that matches.
Operator = group(r"\*\*=?", r">>=?", r"<<=?", r"!=",
                 r"//=?", r"->",
                 r"[+\-*/%&|^=<>]=?",
                 r"~")
Bracket = '[][(){}]'
Special = group(r'\r?\n', r'\.\.\.', r'[:;.,@]')
Funny = group(Operator, Bracket, Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# A single-quoted string's first line: closed, or continued with a
# backslash.
ContStr = group(_prefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" +
                group("'", r'\\\r?\n'),
                _prefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' +
                group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)
del _prefix

tokenprog = re.compile(Token, re.UNICODE)
pseudoprog = re.compile(PseudoToken, re.UNICODE)
single3prog = re.compile(Single3, re.UNICODE)
double3prog = re.compile(Double3, re.UNICODE)

# The expression that finds the end of a string, by its opening.
endprogs = {"'": re.compile(Single, re.UNICODE),
            '"': re.compile(Double, re.UNICODE),
            'r': None, 'R': None, 'b': None, 'B': None}
triple_quoted = {}
single_quoted = {}
for _p in ('', 'r', 'R', 'b', 'B', 'br', 'Br', 'bR', 'BR'):
    triple_quoted[_p + "'''"] = _p + "'''"
    triple_quoted[_p + '"""'] = _p + '"""'
    single_quoted[_p + "'"] = _p + "'"
    single_quoted[_p + '"'] = _p + '"'
    endprogs[_p + "'''"] = single3prog
    endprogs[_p + '"""'] = double3prog
del _p

tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


class Untokenizer:
    """Puts tokens back together into source text."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        assert row <= self.prev_row
        gap = col - self.prev_col
        if gap:
            self.tokens.append(" " * gap)

    def untokenize(self, iterable):
        for tok in iterable:
            if len(tok) == 2:
                self.compat(tok, iterable)
                break
            kind, text, start, end, line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, first, iterable):
        # Tokens without positions: spacing is guessed, indentation
        # rebuilt from the INDENT tokens' text.
        out = self.tokens
        indents = []
        kind, text = first
        at_line_start = kind in (NEWLINE, NL)
        if kind in (NAME, NUMBER):
            text += ' '
        after_string = False
        for tok in iterable:
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out.append(indents[-1])
                at_line_start = False
            out.append(text)


def untokenize(iterable):
    """Turn tokens back into source: str, or bytes in the encoding of an
    ENCODING token among them.  With full 5-tuples the source comes back
    exactly; with (type, string) pairs it tokenizes to the same pairs."""
    maker = Untokenizer()
    out = maker.untokenize(iterable)
    if maker.encoding is not None:
        out = out.encode(maker.encoding)
    return out


def _get_normal_name(orig_enc):
    # The tokenizer's spelling of the common encodings' names (from the
    # first 12 characters only).
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
       enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


BOM_UTF8 = b'\xef\xbb\xbf'


def _check_codec(encoding):
    # Raise LookupError when there is no codec of that name.
    try:
        from codecs import lookup
    except ImportError:
        b''.decode(encoding)
    else:
        lookup(encoding)


def detect_encoding(readline):
    """Read at most two lines with readline (bytes) and return the
    source's encoding and the lines read.  A UTF-8 BOM gives 'utf-8-sig';
    a coding declaration on the first or second line its (normalised)
    encoding; otherwise 'utf-8'.  An unknown encoding, a declaration
    other than UTF-8 after a BOM, or a line that is not UTF-8 where a
    declaration is looked for raise SyntaxError."""
    def next_line():
        try:
            return readline()
        except StopIteration:
            return b''

    def declared(line, bom):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError("invalid or missing encoding declaration")
        found = cookie_re.findall(text)
        if not found:
            return None
        encoding = _get_normal_name(found[0])
        try:
            _check_codec(encoding)
        except LookupError:
            raise SyntaxError("unknown encoding: " + encoding)
        if bom:
            if encoding != 'utf-8':
                raise SyntaxError('encoding problem: utf-8')
            encoding += '-sig'
        return encoding

    bom = False
    default = 'utf-8'
    first = next_line()
    if first.startswith(BOM_UTF8):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = declared(first, bom)
    if encoding:
        return encoding, [first]
    second = next_line()
    if not second:
        return default, [first]
    encoding = declared(second, bom)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a source file for reading as text, in the encoding
    detect_encoding() finds."""
    buffer = builtins.open(filename, 'rb')
    encoding, lines = detect_encoding(buffer.readline)
    buffer.seek(0)
    text = TextIOWrapper(buffer, encoding, line_buffering=True)
    text.mode = 'r'
    return text


def tokenize(readline):
    """Yield the tokens of the source that readline returns line by line
    as bytes (or ends by raising StopIteration), as TokenInfo tuples:
    first an ENCODING token, then the tokens of the source, with their
    (row, column) start and end and the physical line(s) they are on."""
    from itertools import chain, repeat
    encoding, consumed = detect_encoding(readline)
    rest = iter(readline, b"")
    return _tokenize(chain(consumed, rest, repeat(b"")).__next__, encoding)


def generate_tokens(readline):
    """tokenize() for a readline that returns str: no ENCODING token."""
    return _tokenize(readline, None)


def _tokenize(readline, encoding):
    lnum = 0
    depth = 0            # open brackets
    continued = False    # the previous line ended with a backslash
    indents = [0]
    # A string that runs over several lines: the text so far, where it
    # started, the lines it is on, the expression finding its end, and
    # whether each line must end with a backslash (a ' or " string).
    pending = ''
    pending_start = None
    pending_lines = None
    pending_end = None
    needs_backslash = False

    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"     # the BOM is gone already
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')

    while True:
        try:
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        lnum += 1
        pos, end_of_line = 0, len(line)

        if pending:
            if not line:
                raise TokenError("EOF in multi-line string", pending_start)
            m = pending_end.match(line)
            if m:
                pos = m.end(0)
                yield TokenInfo(STRING, pending + line[:pos], pending_start,
                                (lnum, pos), pending_lines + line)
                pending, needs_backslash = '', False
                pending_lines = None
            elif (needs_backslash and line[-2:] != '\\\n'
                  and line[-3:] != '\\\r\n'):
                yield TokenInfo(ERRORTOKEN, pending + line, pending_start,
                                (lnum, len(line)), pending_lines)
                pending = ''
                pending_lines = None
                continue
            else:
                pending += line
                pending_lines += line
                continue

        elif depth == 0 and not continued:
            # The start of a statement: indentation matters.
            if not line:
                break
            column = 0
            while pos < end_of_line:
                c = line[pos]
                if c == ' ':
                    column += 1
                elif c == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif c == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end_of_line:
                break

            c = line[pos]
            if c in '#\r\n':
                # A comment or blank line: no INDENT or DEDENT.
                if c == '#':
                    text = line[pos:].rstrip('\r\n')
                    after = pos + len(text)
                    yield TokenInfo(COMMENT, text, (lnum, pos),
                                    (lnum, after), line)
                    yield TokenInfo(NL, line[after:], (lnum, after),
                                    (lnum, len(line)), line)
                else:
                    yield TokenInfo(NL, line[pos:], (lnum, pos),
                                    (lnum, len(line)), line)
                continue

            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos),
                                line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            # Inside brackets, or after a backslash.
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = False

        while pos < end_of_line:
            m = pseudoprog.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos),
                                (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = m.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            text, first = line[start:end], line[start]

            if first in '0123456789' or (first == '.' and
                                         text not in ('.', '...')):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif first in '\r\n':
                yield TokenInfo(NL if depth > 0 else NEWLINE, text, spos,
                                epos, line)
            elif first == '#':
                assert not text.endswith("\n")
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                finder = endprogs[text]
                close = finder.match(line, pos)
                if close:
                    pos = close.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos,
                                    (lnum, pos), line)
                else:
                    pending_start = (lnum, start)
                    pending = line[start:]
                    pending_lines = line
                    pending_end = finder
                    break
            elif (first in single_quoted or text[:2] in single_quoted
                  or text[:3] in single_quoted):
                if text[-1] == '\n':
                    # Continued with a backslash at the end of the line.
                    pending_start = (lnum, start)
                    pending_end = (endprogs[first] or endprogs[text[1]] or
                                   endprogs[text[2]])
                    pending, needs_backslash = line[start:], True
                    pending_lines = line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif first == '\\':
                continued = True
            else:
                if first in '([{':
                    depth += 1
                elif first in ')]}':
                    depth -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')
