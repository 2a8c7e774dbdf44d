# gen_re.py -- expected results of the regular-expression engine, from
# CPython 3.2's sre, for internal/regex's differential test.
#
# Run with CPython 3.2:
#   /tmp/py32/bin/python3.2 tools/golden/gen_re.py > internal/regex/testdata/re_cases.json
#
# Each output line is one JSON object: the pattern (str, or bytes as a
# latin-1 str with "bytes": true), the flags, the subject, the operation
# (match, search, scan = every non-overlapping search as finditer does,
# compile), optional pos/endpos, and the result: null for no match, else
# the span of every group (group 0 first, [-1, -1] when unset) and
# lastindex; for a pattern that does not compile, the exception's class
# name and message.

import json
import re
import sys

# patterns tried against every subject of their group
GROUPS = [
    (['a', 'abc', 'a.c', 'a*', 'a+', 'a?', 'a{2}', 'a{2,}', 'a{,2}', 'a{1,2}',
      'a*?', 'a+?', 'a??', 'a{1,2}?', 'a{,}', 'x{', 'x{1', 'x{a}', 'x{}',
      '^a', 'a$', '^$', '\\Aa', 'a\\Z', '.*', '.+c', '(a)(b)?', '(a|ab)(c|bcd)(d*)',
      '(a+)+b', '(a*)+?b', '(?:a|b)*c', '(a|b)*?c', 'a|b|c', 'ab|ac|ad', 'a(?:b|c)d',
      '(?:ab)*', '(ab)*', '(a)|(b)', '((a)b)', '(a)(?:(b)|c)', '(?P<x>a)(?P=x)',
      '(a)\\1', '(a*)\\1', '(a|b)\\1+', '(?i)A', '(?i)[a-c]+', '(?i)(a)\\1',
      '[^a]', '[^ab]+', '[a-c]', '[]a]', '[a-]', '[-a]', '[\\]]', '[\\d]',
      '\\d+', '\\D+', '\\s+', '\\S+', '\\w+', '\\W+', '\\b\\w', '\\B\\w', '\\w\\b',
      'a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b', '(?<=ab)c', '(?<=(a))b',
      '(?=(a))a', '(?!(a)b)a', '(a)?(?(1)b|c)', '(a)?(?(1)b)', '(?P<n>a)?(?(n)b|c)',
      '(?#comment)a', 'a(?x) b', '(?s).', '(?m)^b', '(?m)a$', 'a$\n?', '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11',
      '\\141', '\\0', '\\x61', '[\\x61-\\x63]+', '(?:(a)|b)*', '(?:(a)|(b))*', '(a*)*?b'
      ],
     ['', 'a', 'b', 'ab', 'abc', 'aab', 'aaab', 'ba', 'bab', 'abcd', 'abd', 'acd', 'xyz',
      'aaa', 'a b', 'A', 'Ab', 'aA', 'c', 'bc', 'abab', 'a\nb', 'b\na\n', '\n',
      ']', '-', 'x{', 'x{1', 'x{}', 'x{a}', 'abcdefghijkk', 'a1 b2', '  ', 'ab ab']),
    (['\\w+', '\\W', '\\d', '\\s', '\\b', '(?a)\\w+', '(?i)\u00e9', '(?i)\u00c9+',
      '[\u00e0-\u00ff]+', '[^\u00e9]', '.', '\u00e9|\u00e8', '(?i)[\u00c0-\u00de]',
      '\u0391\u03b2', '(?i)\u03c3', '\\u00e9', '[\u0100-\u0200]', '(?i)k', '(?i)\u212a',
      '\u4e2d+', '[\\w\u00e9]+', '\\s+'],
     ['\u00e9t\u00e9', '\u00c9T\u00c9', 'na\u00efve caf\u00e9', '\u0661\u0662 3', '\u00a0 x',
      '\u2028', '\u0391\u03b2\u03b3', '\u03a3\u03c3\u03c2', 'K k \u212a', '\u4e2d\u4e2d\u6587',
      'x\u0101y', '\U0001d400x', 'ab']),
]

# patterns that must fail to compile (or do compile, for the record)
COMPILE = ['(', ')', 'a)', '(a', '[a', '[a-', '[b-a]', '*', 'a**', 'a*+', '+a',
           '?', '{1}', 'a{2,1}', '(?', '(?P', '(?P<', '(?P<a', '(?P<>a)',
           '(?P<1>a)', '(?P<a>a)(?P<a>b)', '(?P=a)', '(?P=1)', '(?Px)', '(?<a)',
           '(?<=a*)', '(?<=a|bc)', '(?<!ab|c)', '(?<=a{2})b', '\\', 'a\\', '\\1',
           '(a)\\2', '(a\\1)', '\\x', '\\xg', '[\\x]', '[\\1]', '\\8', '[\\w-z]',
           '[a-\\w]', '(?z)', '(?i', '(?#abc', '(?(1)a|b)', '(?(a)b)',
           '(?(1a)b)', '(a)(?(1)a|b|c)', '(?:a*)*', '(a*)+', '(a*|b)*', '(?:a*b*)*',
           '(?:a?)*', 'a{99999999999}', 'a{4294967295}', '(a)' * 100, '(a)' * 99,
           '^*', '$+', '\\b*', '(?=a)*', '(?x)a # c\n b', 'a|*', '()', '(|)',
           '[]', '[^]', '[]]', '(?i)(?L)a', '(?a)(?u)a', '\\q', '[\\q]', '\\Z*',
           '\\0777', '\\777', '[\\777]', '(?P<a>x)(?(a)y|z)', '(?P<a_1>x)']

SPECIAL = [
    # (pattern, flags, subject, op, pos, endpos)
    ('a', 0, 'bab', 'search', 1, None),
    ('a', 0, 'bab', 'match', 1, None),
    ('^a', 0, 'bab', 'search', 1, None),
    ('$', 0, 'abc', 'search', 0, 1),
    ('\\b', 0, 'ab cd', 'scan', None, None),
    ('\\B', 0, 'ab cd', 'scan', None, None),
    ('(?<=a)b', 0, 'ab', 'search', 1, None),
    ('b', 0, 'abc', 'search', 5, 0),
    ('', 0, 'abc', 'match', 3, 1),
    ('x*', 0, 'axbxx', 'scan', None, None),
    ('', 0, 'abc', 'scan', None, None),
    ('a|', 0, 'bab', 'scan', None, None),
    ('\\d+', 0, 'a12b345', 'scan', 2, 6),
    ('(?m)^', 0, 'a\nb\n', 'scan', None, None),
    ('(?m)$', 0, 'a\nb\n', 'scan', None, None),
    ('$', 0, 'a\nb\n', 'scan', None, None),
    ('.*', re.S, 'a\nb', 'scan', None, None),
    ('a', re.I, 'AaA', 'scan', None, None),
    ('(a)|(b)|(c)', 0, 'cba', 'scan', None, None),
    ('(?:(a)|(b))+', 0, 'abba', 'match', None, None),
    ('(a)+', 0, 'aaa', 'match', None, None),
    ('(a|b)*?b', 0, 'aab', 'match', None, None),
    ('(a)*(b)', 0, 'b', 'match', None, None),
    ('((a)|b)+', 0, 'ab', 'match', None, None),
    ('(a)|b', 0, 'b', 'match', None, None),
    ('(?:(a)b|ac)', 0, 'ac', 'match', None, None),
    ('(?:x(a)|y)*z', 0, 'xayz', 'match', None, None),
    ('(?:(a)|y)*z', 0, 'ayz', 'match', None, None),
    ('(a)(?:b(?!c)|bc)', 0, 'abc', 'match', None, None),
    ('(?=(a))ab|ac', 0, 'ac', 'match', None, None),
    ('a' * 5000 + 'b', 0, 'a' * 5000 + 'b', 'match', None, None),
    ('(?:a|b)*c', 0, 'ab' * 3000 + 'c', 'match', None, None),
    ('(a|b)*c', 0, 'ab' * 3000 + 'c', 'match', None, None),
    ('(?:a|b)*?c', 0, 'ab' * 3000 + 'c', 'match', None, None),
    ('(x+x+)+y', 0, 'x' * 16, 'search', None, None),
    ('\\w+@\\w+\\.com', 0, 'mail bob@example.com now', 'search', None, None),
    ('(\\d{4})-(\\d\\d)-(\\d\\d)', 0, 'on 2011-03-15 and 2012-12-01', 'scan', None, None),
    ('(?i)[^A-Z]+', 0, 'abcDEF123', 'scan', None, None),
    ('[a-z]', re.I, 'ABC', 'scan', None, None),
    ('[Z-a]', re.I, 'Z[a_z', 'scan', None, None),
    ('\\w', re.L, 'a\u00e9', 'scan', None, None),
    ('\\w+', re.A, 'caf\u00e9', 'scan', None, None),
    ('<(.+?)>', 0, '<a><bb>c<>', 'scan', None, None),
    ('(\\w*?)(=)', 0, 'ab=cd=', 'scan', None, None),
    ('x.*?(y)', re.S, 'x1\ny2y', 'match', None, None),
    ('(?:(a)|b)*?(b)', 0, 'abab', 'match', None, None),
    ('(a)(?:x|\\1*?a)', 0, 'aaa', 'match', None, None),
    ('([a-z]+)=([^&\\s]+)', 0, 'id=1&q=ab c=d', 'scan', None, None),
    ('^.*\\[(?:error|warn)\\].*$', re.I | re.M, 'a [ERROR] b\nc\nd [Warn]\n', 'scan', None, None),
    ('\\b[a-z]+@[a-z]+(?:\\.[a-z]+)+\\b', 0, 'x bob@ex.com, al@b.c.d.', 'scan', None, None),
]

BYTES = [
    ('\\w+', 0, 'ab\xe9c d'),
    ('(?i)\xe9', 0, '\xc9\xe9'),
    ('[\\x80-\\xff]+', 0, 'ab\x80\xffc'),
    ('\\s+', 0, 'a\x85\xa0b \tc'),
    ('\\d', 0, '1\xb2'),
    ('.', 0, '\n\x00'),
    ('(?i)[a-z]+', 0, 'ABC\xc0'),
]


def spans(m):
    if m is None:
        return None
    return {'spans': [list(m.span(i)) for i in range(m.re.groups + 1)],
            'lastindex': m.lastindex}


def run(pattern, flags, subject, op, pos=None, endpos=None):
    case = {'pattern': pattern, 'flags': flags, 'subject': subject, 'op': op}
    if isinstance(pattern, bytes):
        case['pattern'] = pattern.decode('latin-1')
        case['subject'] = subject.decode('latin-1')
        case['bytes'] = True
    if pos is not None:
        case['pos'] = pos
    if endpos is not None:
        case['endpos'] = endpos
    try:
        p = re.compile(pattern, flags)
    except Exception as e:
        case['error'] = [type(e).__name__, str(e)]
        return case
    if op == 'compile':
        case['groups'] = p.groups
        return case
    args = [subject]
    if pos is not None or endpos is not None:
        args.append(pos or 0)
    if endpos is not None:
        args.append(endpos)
    if op == 'match':
        case['result'] = spans(p.match(*args))
    elif op == 'search':
        case['result'] = spans(p.search(*args))
    elif op == 'scan':
        case['result'] = [spans(m) for m in p.finditer(*args)]
    return case


def main():
    out = []
    for patterns, subjects in GROUPS:
        for pat in patterns:
            for s in subjects:
                out.append(run(pat, 0, s, 'search'))
                out.append(run(pat, 0, s, 'match'))
    for pat in COMPILE:
        out.append(run(pat, 0, '', 'compile'))
    for pat, flags, s, op, pos, endpos in SPECIAL:
        out.append(run(pat, flags, s, op, pos, endpos))
    for pat, flags, s in BYTES:
        out.append(run(pat.encode('latin-1'), flags, s.encode('latin-1'), 'scan'))
    seen = set()
    for case in out:
        line = json.dumps(case, sort_keys=True)
        if line not in seen:
            seen.add(line)
            sys.stdout.write(line + '\n')


main()
