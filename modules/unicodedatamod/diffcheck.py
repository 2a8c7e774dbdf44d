# diffcheck.py prints every unicodedata property of every code point, for
# the 6.0.0 database and ucd_3_2_0, plus the four normalizations of many
# strings, so that Taipan's output can be diffed against CPython 3.2's:
#
#	python3.2 diffcheck.py > want; taipan diffcheck.py > got; cmp want got
import random
import sys
import unicodedata

out = sys.stdout.write
part = sys.argv[1] if len(sys.argv) > 1 else 'all'

if part in ('all', 'props'):
    for db in (unicodedata, unicodedata.ucd_3_2_0):
        for cp in range(0x110000):
            c = chr(cp)
            out('%x %s %s %d %s %d %s %r %r %r %r\n' % (
                cp, db.category(c), db.bidirectional(c), db.combining(c),
                db.east_asian_width(c), db.mirrored(c), db.decomposition(c),
                db.decimal(c, None), db.digit(c, None), db.numeric(c, None),
                db.name(c, None)))

if part in ('all', 'lookup'):
    for db in (unicodedata, unicodedata.ucd_3_2_0):
        for cp in range(0x110000):
            n = unicodedata.name(chr(cp), None)
            if n is None:
                continue
            try:
                r = db.lookup(n)
            except KeyError as e:
                r = str(e)
            if r != chr(cp):
                out('%x %r\n' % (cp, r))

if part in ('all', 'norm'):
    rnd = random.Random(1234)
    interesting = [cp for cp in range(0x30000)
                   if unicodedata.decomposition(chr(cp)) or unicodedata.combining(chr(cp))]
    interesting += list(range(0x1100, 0x1200)) + list(range(0xAC00, 0xAC40))
    interesting += [0x41, 0x61, 0x20, 0xE9, 0x3B1, 0x5D0, 0x627, 0x915, 0xD7A3]
    forms = ('NFC', 'NFKC', 'NFD', 'NFKD')
    for db in (unicodedata, unicodedata.ucd_3_2_0):
        for cp in range(0x30000):
            c = chr(cp)
            out('%x %s\n' % (cp, ' '.join(ascii(db.normalize(f, c)) for f in forms)))
        for k in range(60000):
            s = ''.join(chr(rnd.choice(interesting)) for _ in range(rnd.randint(1, 6)))
            out('%s %s\n' % (ascii(s), ' '.join(ascii(db.normalize(f, s)) for f in forms)))
