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
