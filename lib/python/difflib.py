"""Computing and showing differences between sequences.

Taipan's difflib: the behaviour of Python 3.2's module (the same matching
algorithm, hence the same diffs), written afresh.

SequenceMatcher   finds matching blocks and edit opcodes of two sequences
Differ, ndiff     human-readable line-by-line deltas, with intraline marks
unified_diff      the "diff -u" format
context_diff      the "diff -c" format
get_close_matches the best "good enough" matches of a word in a list
restore           one of the two inputs, recovered from an ndiff delta
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'HtmlDiff', 'Match']

import warnings
import heapq
import re
from collections import namedtuple as _namedtuple

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements.

    The matching is Ratcliff/Obershelp "gestalt pattern matching" refined
    with junk: the longest contiguous matching block free of junk is found,
    then the same recursively to its left and right.  Elements of b for
    which isjunk is true are junk; with autojunk (the default), elements
    making up more than 1% of a b of 200 or more items are treated as
    "popular" and ignored for anchoring too.  a may change cheaply; b is
    indexed when set, so compare one b against many a's.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence (the cheap one to change)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence, which is indexed."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j maps each element of b to the ascending list of its indexes,
        # junk and popular elements excluded.
        b = self.b
        where = {}
        for pos, item in enumerate(b):
            lst = where.get(item)
            if lst is None:
                where[item] = [pos]
            else:
                lst.append(pos)
        self.b2j = where
        junk = set()
        if self.isjunk:
            isjunk = self.isjunk
            for item in where:
                if isjunk(item):
                    junk.add(item)
            for item in junk:
                del where[item]
        self.bjunk = junk
        popular = set()
        size = len(b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for item, lst in where.items():
                if len(lst) > limit:
                    popular.add(item)
            for item in popular:
                del where[item]
        self.bpopular = popular

    def isbjunk(self, item):
        "Deprecated; use 'item in SequenceMatcher().bjunk'."
        warnings.warn("'SequenceMatcher().isbjunk(item)' is deprecated;\n"
                      "use 'item in SMinstance.bjunk' instead.",
                      DeprecationWarning, 2)
        return item in self.bjunk

    def isbpopular(self, item):
        "Deprecated; use 'item in SequenceMatcher().bpopular'."
        warnings.warn("'SequenceMatcher().isbpopular(item)' is deprecated;\n"
                      "use 'item in SMinstance.bpopular' instead.",
                      DeprecationWarning, 2)
        return item in self.bpopular

    def find_longest_match(self, alo, ahi, blo, bhi):
        """The longest matching block of a[alo:ahi] and b[blo:bhi], as Match.

        Of several longest blocks, the one starting first in a wins, then
        the one starting first in b.  The block contains no junk, but is
        then widened over junk equal on both sides.  With no match at all
        the answer is Match(alo, blo, 0).
        """
        a, b, index = self.a, self.b, self.b2j
        junk = self.bjunk
        best_i, best_j, best_k = alo, blo, 0
        # runs[j] is the length of the match ending at a[i-1], b[j].
        runs = {}
        empty = ()
        for i in range(alo, ahi):
            prev = runs.get
            runs = {}
            for j in index.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = prev(j - 1, 0) + 1
                runs[j] = k
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
        # Popular elements were left out of the index: extend over equal
        # non-junk neighbours first, then over equal junk.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and
                   (b[best_j - 1] in junk) == want_junk and
                   a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_k += 1
            while (best_i + best_k < ahi and best_j + best_k < bhi and
                   (b[best_j + best_k] in junk) == want_junk and
                   a[best_i + best_k] == b[best_j + best_k]):
                best_k += 1
        return Match(best_i, best_j, best_k)

    def get_matching_blocks(self):
        """The matching blocks as (i, j, n) with a[i:i+n] == b[j:j+n].

        Blocks ascend in both i and j, adjacent blocks are merged, and the
        last is the dummy (len(a), len(b), 0).
        """
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if k:
                found.append(m)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
            else:
                if ck:
                    merged.append((ci, cj, ck))
                ci, cj, ck = i, j, k
        if ck:
            merged.append((ci, cj, ck))
        merged.append((la, lb, 0))
        self.matching_blocks = merged
        # As in 3.2: the first call answers with an iterator of Match
        # values, later calls with the cached list of tuples.
        return map(Match._make, merged)

    def get_opcodes(self):
        """The edits turning a into b: a list of (tag, i1, i2, j1, j2).

        tag is 'replace', 'delete', 'insert' or 'equal', for a[i1:i2]
        versus b[j1:j2]; each tuple starts where the previous one ended.
        """
        if self.opcodes is not None:
            return self.opcodes
        ops = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                ops.append(('replace' if j < bj else 'delete', i, ai, j, bj))
            elif j < bj:
                ops.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        """Generate the clusters of changes with up to n items of context."""
        ops = self.get_opcodes()
        if not ops:
            ops = [("equal", 0, 1, 0, 1)]
        if ops[0][0] == 'equal':
            tag, i1, i2, j1, j2 = ops[0]
            ops[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if ops[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = ops[-1]
            ops[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in ops:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # A long unchanged stretch ends one group and starts the next.
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: 2*M/T, M matched elements of T in all."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block[-1]
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), from element counts only."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        matched = 0
        for item in self.a:
            c = left.get(item, 0)
            if c > 0:
                matched += 1
                left[item] = c - 1
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio(), from the lengths only."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) best matches of word among possibilities.

    Only those scoring at least cutoff (SequenceMatcher.ratio) count; the
    best come first.
    """
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    sm = SequenceMatcher()
    sm.set_seq2(word)
    for candidate in possibilities:
        sm.set_seq1(candidate)
        if (sm.real_quick_ratio() >= cutoff and sm.quick_ratio() >= cutoff
                and sm.ratio() >= cutoff):
            scored.append((sm.ratio(), candidate))
    return [c for score, c in heapq.nlargest(n, scored)]


def _leading(s, ch):
    n = 0
    while n < len(s) and s[n] == ch:
        n += 1
    return n


class Differ:
    """Line-by-line deltas of text, as ndiff shows them.

    Each output line starts with a two-character code: '- ' only in the
    first sequence, '+ ' only in the second, '  ' in both, and '? ' a
    guide line marking intraline changes (absent from both inputs).
    linejunk and charjunk filter lines and characters as
    SequenceMatcher's isjunk does.
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Generate the delta between the line sequences a and b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            for line in lines:
                yield line

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # The shorter block goes first.
        if bhi - blo < ahi - alo:
            parts = (self._dump('+', b, blo, bhi), self._dump('-', a, alo, ahi))
        else:
            parts = (self._dump('-', a, alo, ahi), self._dump('+', b, blo, bhi))
        for part in parts:
            for line in part:
                yield line

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio above 0.74, at least
        # 0.75 to count); synchronise on it, mark its intraline
        # differences, and recurse on both sides of it.  Without a
        # similar pair, an identical pair (which can exist when it is
        # junk) is the anchor; without either, a plain replace.
        best_ratio, cutoff = 0.74, 0.75
        matcher = SequenceMatcher(self.charjunk)
        eq_i = eq_j = None
        for j in range(blo, bhi):
            bj = b[j]
            matcher.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eq_i is None:
                        eq_i, eq_j = i, j
                    continue
                matcher.set_seq1(ai)
                if (matcher.real_quick_ratio() > best_ratio and
                        matcher.quick_ratio() > best_ratio and
                        matcher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = matcher.ratio(), i, j
        if best_ratio < cutoff:
            if eq_i is None:
                for line in self._plain_replace(a, alo, ahi, b, blo, bhi):
                    yield line
                return
            best_i, best_j, best_ratio = eq_i, eq_j, 1.0
        else:
            eq_i = None
        for line in self._fancy_helper(a, alo, best_i, b, blo, best_j):
            yield line
        aline, bline = a[best_i], b[best_j]
        if eq_i is None:
            amarks = []
            bmarks = []
            matcher.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag == 'replace':
                    amarks.append('^' * (i2 - i1))
                    bmarks.append('^' * (j2 - j1))
                elif tag == 'delete':
                    amarks.append('-' * (i2 - i1))
                elif tag == 'insert':
                    bmarks.append('+' * (j2 - j1))
                elif tag == 'equal':
                    amarks.append(' ' * (i2 - i1))
                    bmarks.append(' ' * (j2 - j1))
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            for line in self._qformat(aline, bline, ''.join(amarks),
                                      ''.join(bmarks)):
                yield line
        else:
            yield '  ' + aline
        for line in self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi):
            yield line

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                lines = self._dump('-', a, alo, ahi)
        elif blo < bhi:
            lines = self._dump('+', b, blo, bhi)
        else:
            return
        for line in lines:
            yield line

    def _qformat(self, aline, bline, atags, btags):
        # The guide lines keep the leading tabs the two lines share (when
        # they are unchanged), so that the marks line up under the text.
        tabs = min(_leading(aline, "\t"), _leading(bline, "\t"))
        tabs = min(tabs, _leading(atags[:tabs], " "))
        tabs = min(tabs, _leading(btags[:tabs], " "))
        atags = atags[tabs:].rstrip()
        btags = btags[tabs:].rstrip()
        yield "- " + aline
        if atags:
            yield "? %s%s\n" % ("\t" * tabs, atags)
        yield "+ " + bline
        if btags:
            yield "? %s%s\n" % ("\t" * tabs, btags)


def IS_LINE_JUNK(line, pat=re.compile(r"\s*#?\s*$").match):
    """True for a blank line or one holding only '#' and whitespace."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a blank or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    first = start + 1
    count = stop - start
    if count == 1:
        return '%d' % first
    if not count:
        first -= 1
    return '%d,%d' % (first, count)


def _file_header(mark, name, date, lineterm):
    if date:
        return '%s %s\t%s%s' % (mark, name, date, lineterm)
    return '%s %s%s' % (mark, name, lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Generate the unified-format delta of the line lists a and b.

    n lines of context; lineterm ends the control lines (use "" when the
    inputs have no line endings).
    """
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        yield '@@ -%s +%s @@%s' % (_format_range_unified(group[0][1], group[-1][2]),
                                   _format_range_unified(group[0][3], group[-1][4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


def _format_range_context(start, stop):
    first = start + 1
    count = stop - start
    if not count:
        first -= 1
    if count <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + count - 1)


_CONTEXT_MARKS = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                  'equal': '  '}


def context_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """Generate the context-format delta of the line lists a and b."""
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(group[0][1], group[-1][2]),
                                 lineterm)
        tags = [op[0] for op in group]
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, j1, j2 in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARKS[tag] + line
        yield '--- %s ----%s' % (_format_range_context(group[0][3], group[-1][4]),
                                 lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, i1, i2, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARKS[tag] + line


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """The Differ-style delta of the line lists a and b (a generator)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Generate sequence 1 or 2 (which) back from an ndiff delta."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which)
    keep = ("  ", tag)
    for line in delta:
        if line[:2] in keep:
            yield line[2:]


class HtmlDiff(object):
    """Side-by-side HTML comparison tables (not provided by Taipan yet)."""

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        raise NotImplementedError("difflib.HtmlDiff is not implemented in Taipan")
