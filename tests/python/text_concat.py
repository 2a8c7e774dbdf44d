# str concatenation: results of every length around the evaluator's
# short-string sizes, ASCII and not, behave as any str (length, indexing,
# hashing and equality with the same text made otherwise, dict keys).

pieces = ['', 'a', 'bc', 'd' * 7, 'ef' * 7, 'ghij' * 6, 'é', 'ßü', '\u20ac' * 5, '\U0001f600']
seen = {}
for x in pieces:
    for y in pieces:
        s = x + y
        assert len(s) == len(x) + len(y), (x, y)
        assert s == ''.join([x, y]) and hash(s) == hash(''.join([x, y]))
        assert s[:len(x)] == x and s[len(x):] == y
        if s:
            assert s[-1] == (y or x)[-1] and s[0] == (x or y)[0]
        seen[s] = (x, y)
        t = s
        t += '!'
        assert t[-1] == '!' and t[:-1] == s
assert seen['abc'] in (('a', 'bc'), ('abc', ''))
w = ''
for i in range(60):
    w += chr(ord('a') + i % 26)
    assert len(w) == i + 1 and w[i] == chr(ord('a') + i % 26)
assert w.upper().lower() == w and w.count('a') == 3
