"""A parser for HTML and XHTML."""

# HTMLParser is a push parser: feed() it text in any pieces and it calls
# handle_* methods for the tags, data, references, comments, declarations
# and processing instructions it recognises. Strict mode (the 3.2 default)
# raises HTMLParseError on malformed markup; non-strict mode guesses the
# way browsers do.

import _markupbase
import re

# what the main loop looks for in normal text
interesting_normal = re.compile('[&<]')
incomplete = re.compile('&[a-zA-Z#]')

entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
charref = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')

starttagopen = re.compile('<[a-zA-Z]')
piclose = re.compile('>')
commentclose = re.compile(r'--\s*>')
tagfind = re.compile(r'([a-zA-Z][-.a-zA-Z0-9:_]*)(?:\s|/(?!>))*')
tagfind_tolerant = re.compile('[a-zA-Z][^\t\n\r\f />\x00]*')
attrfind = re.compile(
    r'\s*([a-zA-Z_][-.:a-zA-Z_0-9]*)(\s*=\s*'
    r'(\'[^\']*\'|"[^"]*"|[^\s"\'=<>`]*))?')
attrfind_tolerant = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')

# the extent of a start tag: name, attributes (with optional values),
# trailing blanks
locatestarttagend = re.compile(
    r"<[a-zA-Z][-.a-zA-Z0-9:_]*"
    r"(?:\s+"
    r"(?:[a-zA-Z_][-.:a-zA-Z0-9_]*"
    r"(?:\s*=\s*"
    r"(?:'[^']*'|\"[^\"]*\"|[^'\">\s]+)"
    r")?"
    r")"
    r")*"
    r"\s*")
locatestarttagend_tolerant = re.compile(
    r"<[a-zA-Z][-.a-zA-Z0-9:_]*"
    r"(?:[\s/]*"
    r"(?:(?<=['\"\s/])[^\s/>][^\s/=>]*"
    r"(?:\s*=+\s*"
    r"(?:'[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*)"
    r"(?:\s*,)*"
    r")?(?:\s|/(?!>))*"
    r")*"
    r")?"
    r"\s*")
endendtag = re.compile('>')
endtagfind = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')


class HTMLParseError(Exception):
    """Exception raised for all parse errors."""

    def __init__(self, msg, position=(None, None)):
        assert msg
        self.msg = msg
        self.lineno = position[0]
        self.offset = position[1]

    def __str__(self):
        text = self.msg
        if self.lineno is not None:
            text = text + ", at line %d" % self.lineno
        if self.offset is not None:
            text = text + ", column %d" % (self.offset + 1)
        return text


class HTMLParser(_markupbase.ParserBase):
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()

    Override the handle_* methods: handle_starttag(tag, attrs),
    handle_startendtag(tag, attrs), handle_endtag(tag), handle_data(data),
    handle_entityref(name), handle_charref(name), handle_comment(data),
    handle_decl(decl), handle_pi(data) and unknown_decl(data). Tag and
    attribute names are lower-cased; attribute values have their quotes
    removed and references replaced. Data may arrive in several pieces.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, strict=True):
        """Initialize and reset this instance.

        With strict true (the default) malformed markup raises
        HTMLParseError; otherwise the parser guesses and carries on.
        """
        self.strict = strict
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = interesting_normal
        self.cdata_elem = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        r"""Feed data to the parser.

        Call this as often as you want, with as little or as much text
        as you want (may include '\n').
        """
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    def error(self, message):
        raise HTMLParseError(message, self.getpos())

    __starttag_text = None

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        # inside <script>/<style> only the matching end tag is markup
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = interesting_normal
        self.cdata_elem = None

    def goahead(self, end):
        # process as much of rawdata as possible; with end true, flush
        # whatever is left
        text = self.rawdata
        i = 0
        n = len(text)
        while i < n:
            found = self.interesting.search(text, i)
            if found:
                j = found.start()
            elif self.cdata_elem:
                break
            else:
                j = n
            if i < j:
                self.handle_data(text[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if text.startswith('<', i):
                if starttagopen.match(text, i):
                    k = self.parse_starttag(i)
                elif text.startswith("</", i):
                    k = self.parse_endtag(i)
                elif text.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif text.startswith("<?", i):
                    k = self.parse_pi(i)
                elif text.startswith("<!", i):
                    if self.strict:
                        k = self.parse_declaration(i)
                    else:
                        k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    # the construct is not complete
                    if not end:
                        break
                    if self.strict:
                        self.error("EOF in middle of construct")
                    k = text.find('>', i + 1)
                    if k < 0:
                        k = text.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self.handle_data(text[i:k])
                i = self.updatepos(i, k)
            elif text.startswith("&#", i):
                found = charref.match(text, i)
                if found:
                    whole = found.group()
                    self.handle_charref(whole[2:-1])
                    k = found.end()
                    # the character after the reference is only eaten
                    # when it is ';'
                    if not text.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in text[i:]:
                    # malformed: give up on "&#" as data
                    self.handle_data(text[0:2])
                    i = self.updatepos(i, 2)
                break
            elif text.startswith('&', i):
                found = entityref.match(text, i)
                if found:
                    self.handle_entityref(found.group(1))
                    k = found.end()
                    if not text.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                found = incomplete.match(text, i)
                if found:
                    # perhaps the rest of the reference is still to come
                    if end and found.group() == text[i:]:
                        if self.strict:
                            self.error("EOF in middle of entity or char ref")
                        # (3.2 looks at k here, which may be unbound)
                        if k <= i:
                            k = n
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    # a lone '&'
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                assert 0, "interesting.search() lied"
        if end and i < n and not self.cdata_elem:
            self.handle_data(text[i:n])
            i = self.updatepos(i, n)
        self.rawdata = text[i:]

    def parse_html_declaration(self, i):
        # non-strict <!...>: comments, marked sections, DOCTYPE; anything
        # else is a bogus comment
        text = self.rawdata
        if text[i:i + 2] != '<!':
            self.error('unexpected call to parse_html_declaration()')
        if text[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if text[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if text[i:i + 9].lower() == '<!doctype':
            close = text.find('>', i + 9)
            if close == -1:
                return -1
            self.handle_decl(text[i + 2:close])
            return close + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        # <!...> or </...> that is not valid markup, reported as a comment
        text = self.rawdata
        if text[i:i + 2] not in ('<!', '</'):
            self.error('unexpected call to parse_comment()')
        close = text.find('>', i + 2)
        if close == -1:
            return -1
        if report:
            self.handle_comment(text[i + 2:close])
        return close + 1

    def parse_pi(self, i):
        text = self.rawdata
        assert text[i:i + 2] == '<?', 'unexpected call to parse_pi()'
        found = piclose.search(text, i + 2)
        if not found:
            return -1
        self.handle_pi(text[i + 2:found.start()])
        return found.end()

    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        text = self.rawdata
        self.__starttag_text = text[i:endpos]

        attrs = []
        found = tagfind.match(text, i + 1)
        assert found, 'unexpected call to parse_starttag()'
        k = found.end()
        self.lasttag = tag = found.group(1).lower()
        finder = attrfind if self.strict else attrfind_tolerant
        while k < endpos:
            m = finder.match(text, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif (value[:1] == '\'' == value[-1:]
                  or value[:1] == '"' == value[-1:]):
                value = value[1:-1]
            if value:
                value = self.unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()

        tail = text[k:endpos].strip()
        if tail not in (">", "/>"):
            if self.strict:
                self.error("junk characters in start tag: %r"
                           % (text[k:endpos][:20],))
            self.handle_data(text[i:endpos])
            return endpos
        if tail.endswith('/>'):
            # XHTML-style empty element
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        # index just past the start tag at i, or -1 if it is incomplete
        text = self.rawdata
        if self.strict:
            m = locatestarttagend.match(text, i)
        else:
            m = locatestarttagend_tolerant.match(text, i)
        if not m:
            raise AssertionError("we should not get here!")
        j = m.end()
        following = text[j:j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            if text.startswith("/>", j):
                return j + 2
            if text.startswith("/", j):
                # the '>' may still come
                return -1
            if self.strict:
                self.updatepos(i, j + 1)
                self.error("malformed empty start tag")
            return j if j > i else i + 1
        if following == "":
            return -1
        if following in ("abcdefghijklmnopqrstuvwxyz=/"
                         "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
            # the middle of an attribute: wait for more data
            return -1
        if self.strict:
            self.updatepos(i, j)
            self.error("malformed start tag")
        return j if j > i else i + 1

    def parse_endtag(self, i):
        text = self.rawdata
        assert text[i:i + 2] == "</", "unexpected call to parse_endtag"
        found = endendtag.search(text, i + 1)
        if not found:
            return -1
        gtpos = found.end()
        found = endtagfind.match(text, i)
        if not found:
            if self.cdata_elem is not None:
                self.handle_data(text[i:gtpos])
                return gtpos
            if self.strict:
                self.error("bad end tag: %r" % (text[i:gtpos],))
            # guess the tag name the way browsers do
            named = tagfind_tolerant.match(text, i + 2)
            if not named:
                if text[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tagname = named.group().lower()
            gtpos = text.find('>', named.end())
            self.handle_endtag(tagname)
            return gtpos + 1

        elem = found.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            # some other end tag inside <script>/<style> is text
            self.handle_data(text[i:gtpos])
            return gtpos
        self.handle_endtag(elem.lower())
        self.clear_cdata_mode()
        return gtpos

    # handlers, to be overridden
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        if self.strict:
            self.error("unknown declaration: %r" % (data,))

    # name -> character, filled in on first use
    entitydefs = None

    def unescape(self, s):
        """Replace character and entity references in s."""
        if '&' not in s:
            return s

        def replace(m):
            ref = m.groups()[0]
            if ref[0] == "#":
                digits = ref[1:]
                try:
                    if digits[0] in ['x', 'X']:
                        return chr(int(digits[1:], 16))
                    return chr(int(digits))
                except ValueError:
                    return '&#' + digits + ';'
            if HTMLParser.entitydefs is None:
                import html.entities
                table = {'apos': "'"}
                for name, cp in html.entities.name2codepoint.items():
                    table[name] = chr(cp)
                HTMLParser.entitydefs = table
            try:
                return self.entitydefs[ref]
            except KeyError:
                return '&' + ref + ';'

        return re.sub(r"&(#?[xX]?(?:[0-9a-fA-F]+|\w{1,8}));",
                      replace, s, flags=re.ASCII)
