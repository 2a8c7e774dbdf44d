"""Declaration scanning shared by the HTML parsers (html.parser).

Internal module: ParserBase knows how to skip over and report <!...>
declarations, marked sections (<![...]]>), comments and a DOCTYPE's
internal subset, and keeps track of the line and column reached.
"""

import re

_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_QUOTED = re.compile(r'(\'[^\']*\'|"[^"]*")\s*').match
_commentclose = re.compile(r'--\s*>')
_markedsectionclose = re.compile(r']\s*]\s*>')
# Microsoft conditional sections (<![if ...]>) end with "]>"
_msmarkedsectionclose = re.compile(r']\s*>')
del re

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class ParserBase:
    """Common scanning support of the markup parsers; must be subclassed."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError(
                "_markupbase.ParserBase must be subclassed")

    def error(self, message):
        raise NotImplementedError(
            "subclasses of ParserBase must override error()")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # advance the position over rawdata[i:j]; returns j
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count("\n", i, j)
        if newlines:
            self.lineno = self.lineno + newlines
            self.offset = j - (text.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    _decl_otherchars = ''

    def parse_declaration(self, i):
        """Handle <!...> at i; return the index after it, -1 if incomplete."""
        text = self.rawdata
        j = i + 2
        assert text[i:j] == "<!", "unexpected call to parse_declaration"
        if text[j:j + 1] == ">":
            # "<!>" is an empty comment
            return j + 1
        if text[j:j + 1] in ("-", ""):
            # a comment that has not fully arrived yet
            return -1
        n = len(text)
        if text[j:j + 2] == '--':
            return self.parse_comment(i)
        if text[j] == '[':
            return self.parse_marked_section(i)
        kind, j = self._scan_name(j, i)
        if j < 0:
            return j
        if kind == "doctype":
            self._decl_otherchars = ''
        while j < n:
            c = text[j]
            if c == ">":
                body = text[i + 2:j]
                if kind == "doctype":
                    self.handle_decl(body)
                else:
                    self.unknown_decl(body)
                return j + 1
            if c in "\"'":
                m = _QUOTED(text, j)
                if not m:
                    return -1
                j = m.end()
            elif c in _LETTERS:
                name, j = self._scan_name(j, i)
            elif c in self._decl_otherchars:
                j = j + 1
            elif c == "[":
                if kind == "doctype":
                    j = self._parse_doctype_subset(j + 1, i)
                elif kind in {"attlist", "linktype", "link", "element"}:
                    self.error("unsupported '[' char in %s declaration"
                               % kind)
                else:
                    self.error("unexpected '[' char in declaration")
            else:
                self.error("unexpected %r char in declaration" % text[j])
            if j < 0:
                return j
        return -1

    def parse_marked_section(self, i, report=1):
        """Handle <![keyword ... ]]> at i."""
        text = self.rawdata
        assert text[i:i + 3] == '<![', \
            "unexpected call to parse_marked_section()"
        keyword, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if keyword in {"temp", "cdata", "ignore", "include", "rcdata"}:
            found = _markedsectionclose.search(text, i + 3)
        elif keyword in {"if", "else", "endif"}:
            found = _msmarkedsectionclose.search(text, i + 3)
        else:
            self.error('unknown status keyword %r in marked section'
                       % text[i + 3:j])
        if not found:
            return -1
        if report:
            self.unknown_decl(text[i + 3:found.start(0)])
        return found.end(0)

    def parse_comment(self, i, report=1):
        """Handle <!-- ... --> at i."""
        text = self.rawdata
        if text[i:i + 4] != '<!--':
            self.error('unexpected call to parse_comment()')
        found = _commentclose.search(text, i + 4)
        if not found:
            return -1
        if report:
            self.handle_comment(text[i + 4:found.start(0)])
        return found.end(0)

    def _parse_doctype_subset(self, i, declstartpos):
        # skip the [...] internal subset of a DOCTYPE; return the index of
        # the closing '>' or -1 when more data is needed
        text = self.rawdata
        n = len(text)
        j = i
        while j < n:
            c = text[j]
            if c == "<":
                two = text[j:j + 2]
                if two == "<":
                    return -1
                if two != "<!":
                    self.updatepos(declstartpos, j + 1)
                    self.error("unexpected char in internal subset (in %r)"
                               % two)
                if j + 2 == n or j + 4 > n:
                    return -1
                if text[j:j + 4] == "<!--":
                    j = self.parse_comment(j, report=0)
                    if j < 0:
                        return j
                    continue
                name, j = self._scan_name(j + 2, declstartpos)
                if j == -1:
                    return -1
                if name not in {"attlist", "element", "entity", "notation"}:
                    self.updatepos(declstartpos, j + 2)
                    self.error("unknown declaration %r in internal subset"
                               % name)
                j = getattr(self, "_parse_doctype_" + name)(j, declstartpos)
                if j < 0:
                    return j
            elif c == "%":
                # a parameter entity reference
                if j + 1 == n:
                    return -1
                name, j = self._scan_name(j + 1, declstartpos)
                if j < 0:
                    return j
                if text[j] == ";":
                    j = j + 1
            elif c == "]":
                j = j + 1
                while j < n and text[j].isspace():
                    j = j + 1
                if j >= n:
                    return -1
                if text[j] == ">":
                    return j
                self.updatepos(declstartpos, j)
                self.error("unexpected char after internal subset")
            elif c.isspace():
                j = j + 1
            else:
                self.updatepos(declstartpos, j)
                self.error("unexpected char %r in internal subset" % c)
        return -1

    def _parse_doctype_element(self, i, declstartpos):
        name, j = self._scan_name(i, declstartpos)
        if j == -1:
            return -1
        text = self.rawdata
        if '>' in text[j:]:
            return text.find(">", j) + 1
        return -1

    def _parse_doctype_attlist(self, i, declstartpos):
        text = self.rawdata
        name, j = self._scan_name(i, declstartpos)
        c = text[j:j + 1]
        if c == "":
            return -1
        if c == ">":
            return j + 1
        while 1:
            # attribute name, then its type, then its default
            name, j = self._scan_name(j, declstartpos)
            if j < 0:
                return j
            c = text[j:j + 1]
            if c == "":
                return -1
            if c == "(":
                # an enumerated type
                if ")" not in text[j:]:
                    return -1
                j = text.find(")", j) + 1
                while text[j:j + 1].isspace():
                    j = j + 1
                if not text[j:]:
                    return -1
            else:
                name, j = self._scan_name(j, declstartpos)
            c = text[j:j + 1]
            if not c:
                return -1
            if c in "'\"":
                m = _QUOTED(text, j)
                if not m:
                    return -1
                j = m.end()
                c = text[j:j + 1]
                if not c:
                    return -1
            if c == "#":
                if text[j:] == "#":
                    return -1
                name, j = self._scan_name(j + 1, declstartpos)
                if j < 0:
                    return j
                c = text[j:j + 1]
                if not c:
                    return -1
            if c == '>':
                return j + 1

    def _parse_doctype_notation(self, i, declstartpos):
        name, j = self._scan_name(i, declstartpos)
        if j < 0:
            return j
        text = self.rawdata
        while 1:
            c = text[j:j + 1]
            if not c:
                return -1
            if c == '>':
                return j + 1
            if c in "'\"":
                m = _QUOTED(text, j)
                if not m:
                    return -1
                j = m.end()
            else:
                name, j = self._scan_name(j, declstartpos)
                if j < 0:
                    return j

    def _parse_doctype_entity(self, i, declstartpos):
        text = self.rawdata
        j = i
        if text[i:i + 1] == "%":
            j = i + 1
            while 1:
                c = text[j:j + 1]
                if not c:
                    return -1
                if not c.isspace():
                    break
                j = j + 1
        name, j = self._scan_name(j, declstartpos)
        if j < 0:
            return j
        while 1:
            c = self.rawdata[j:j + 1]
            if not c:
                return -1
            if c in "'\"":
                m = _QUOTED(text, j)
                if not m:
                    return -1
                j = m.end()
            elif c == ">":
                return j + 1
            else:
                name, j = self._scan_name(j, declstartpos)
                if j < 0:
                    return j

    def _scan_name(self, i, declstartpos):
        # (lower-cased name, index after it and its trailing space), or
        # (None, -1) when the buffer ends first
        text = self.rawdata
        n = len(text)
        if i == n:
            return None, -1
        m = _NAME(text, i)
        if not m:
            self.updatepos(declstartpos, i)
            self.error("expected name token at %r"
                       % text[declstartpos:declstartpos + 20])
            return None, -1
        whole = m.group()
        if i + len(whole) == n:
            return None, -1
        return whole.strip().lower(), m.end()

    def unknown_decl(self, data):
        # to be overridden by subclasses
        pass
