# html.escape and the html.entities tables
import html
import html.entities as ent

assert html.escape('<a href="x">Tom & \'Jerry\'</a>') == \
    '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/a&gt;'
assert html.escape('"q" & \'s\' <>', quote=False) == '"q" &amp; \'s\' &lt;&gt;'
assert html.escape('', False) == ''
assert html.escape('plain \u20ac') == 'plain \u20ac'
assert html.escape('&amp;') == '&amp;amp;'
try:
    html.escape(b'<')
except TypeError:
    pass
else:
    raise AssertionError('bytes are not accepted')

assert len(ent.name2codepoint) == 252
assert ent.name2codepoint['amp'] == 38 and ent.name2codepoint['euro'] == 0x20ac
assert ent.name2codepoint['AElig'] == 0xc6 and ent.name2codepoint['zwnj'] == 0x200c
assert ent.codepoint2name[0x3c] == 'lt' and ent.codepoint2name[0xa0] == 'nbsp'
assert ent.entitydefs['nbsp'] == '\xa0' and ent.entitydefs['hearts'] == '\u2665'
assert ent.entitydefs['quot'] == '"'
assert set(ent.entitydefs) == set(ent.name2codepoint)
for name, cp in ent.name2codepoint.items():
    assert ent.entitydefs[name] == chr(cp)
    assert ent.name2codepoint[ent.codepoint2name[cp]] == cp
assert len(ent.codepoint2name) == len(set(ent.name2codepoint.values()))

# html.parser: events, strict errors, non-strict recovery
from html.parser import HTMLParser, HTMLParseError

class Collector(HTMLParser):
    def reset(self):
        HTMLParser.reset(self)
        self.events = []
    def handle_starttag(self, tag, attrs): self.events.append(('start', tag, attrs))
    def handle_startendtag(self, tag, attrs): self.events.append(('startend', tag, attrs))
    def handle_endtag(self, tag): self.events.append(('end', tag))
    def handle_data(self, data):
        if self.events and self.events[-1][0] == 'data':
            self.events[-1] = ('data', self.events[-1][1] + data)
        else:
            self.events.append(('data', data))
    def handle_entityref(self, name): self.events.append(('entityref', name))
    def handle_charref(self, name): self.events.append(('charref', name))
    def handle_comment(self, data): self.events.append(('comment', data))
    def handle_decl(self, data): self.events.append(('decl', data))
    def handle_pi(self, data): self.events.append(('pi', data))
    def unknown_decl(self, data): self.events.append(('unknown decl', data))

def parse(src, strict=True, pieces=False):
    p = Collector(strict=strict)
    if pieces:
        for ch in src:
            p.feed(ch)
    else:
        p.feed(src)
    p.close()
    return p.events

doc = ('<!DOCTYPE html><HTML><body class="a &amp; b" ID=x checked>'
       'Hi &lt; there &#65;&#x42; <br/><!-- note --><?php x ?>'
       "<img src='p.png' alt=\"&euro;&bogus;\"/></BODY></html>")
expected = [
    ('decl', 'DOCTYPE html'),
    ('start', 'html', []),
    ('start', 'body', [('class', 'a & b'), ('id', 'x'), ('checked', None)]),
    ('data', 'Hi '), ('entityref', 'lt'), ('data', ' there '),
    ('charref', '65'), ('charref', 'x42'), ('data', ' '),
    ('startend', 'br', []), ('comment', ' note '), ('pi', 'php x ?'),
    ('startend', 'img', [('src', 'p.png'), ('alt', '\u20ac&bogus;')]),
    ('end', 'body'), ('end', 'html'),
]
assert parse(doc) == expected, parse(doc)
assert parse(doc, pieces=True) == expected
assert parse(doc, strict=False) == expected

# script content is not parsed
ev = parse('<script>if (a < b && c) x = "</p>";</script>')
assert ev == [('start', 'script', []),
              ('data', 'if (a < b && c) x = "</p>";'),
              ('end', 'script')], ev
p = Collector()
p.feed('<a href="x"\n  title=y>')
assert p.get_starttag_text() == '<a href="x"\n  title=y>'
assert p.getpos() == (2, 10), p.getpos()
assert parse('<![CDATA[x<y]]>') == [('unknown decl', 'CDATA[x<y')]

def strict_error(src):
    try:
        p = HTMLParser()
        p.feed(src)
        p.close()
    except HTMLParseError as e:
        return str(e), e.msg, e.lineno, e.offset
    raise AssertionError('HTMLParseError expected for %r' % src)

assert strict_error('<a b="1" $>') == (
    'malformed start tag, at line 1, column 10', 'malformed start tag', 1, 9)
assert strict_error('<a b="1"c>')[1] == 'EOF in middle of construct'
assert strict_error('\n</a b>')[0] == "bad end tag: '</a b>', at line 2, column 1"
assert strict_error('<a')[1] == 'EOF in middle of construct'
assert strict_error('x &a') == ('EOF in middle of entity or char ref, at line 1, column 3',
                                'EOF in middle of entity or char ref', 1, 2)
# 3.2's tolerant parser trips over an unbound local at this point
try:
    parse('x &a', strict=False)
except UnboundLocalError:
    pass
else:
    raise AssertionError('UnboundLocalError expected (3.2 quirk)')
assert strict_error('<!spam>')[1] == "unknown declaration: 'spam'"
assert str(HTMLParseError('oops')) == 'oops'
assert str(HTMLParseError('oops', (3, None))) == 'oops, at line 3'

# the tolerant parser carries on
assert parse('<a b="1" $>', strict=False) == [('start', 'a', [('b', '1'), ('$', None)])]
assert parse('</a b>', strict=False) == [('end', 'a')]
assert parse('<!spam>', strict=False) == [('comment', 'spam')]
assert parse('<a', strict=False) == [('data', '<a')]
assert parse("<a href='x',title=y>", strict=False) == [('data', "<a href='x',title=y>")]
assert parse("<a href='x', title=y>", strict=False) == [
    ('start', 'a', [('href', 'x'), (',', None), ('title', 'y')])]
u = HTMLParser()
assert u.unescape('&lt;&#62;&#x3C;&apos;&nosuch;&#xZZ;') == "<><'&nosuch;&#xZZ;"
