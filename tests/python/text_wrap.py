# textwrap: wrap, fill, dedent and TextWrapper's options.
import textwrap
from textwrap import TextWrapper, wrap, fill, dedent

text = "Hello there, how are you this fine day?  I'm glad to hear it!"
assert wrap(text, 12) == ['Hello there,', 'how are you', 'this fine',
                          'day?  I\'m', 'glad to hear', 'it!']
assert wrap(text, 42) == ['Hello there, how are you this fine day?',
                          "I'm glad to hear it!"]
assert wrap(text, 80) == [text]
assert fill(text, 25) == \
    "Hello there, how are you\nthis fine day?  I'm glad\nto hear it!"
assert wrap('', 10) == [] and wrap('   ', 10) == []

# Hyphenated words break after their hyphens; dashes are chunks.
t = "this-is-a-useful-feature-for-reformatting-posts-from-tim-peters'ly"
assert wrap(t, 40) == ['this-is-a-useful-feature-for-',
                       "reformatting-posts-from-tim-peters'ly"]
assert wrap(t, 41, break_on_hyphens=False) == \
    ['this-is-a-useful-feature-for-reformatting', "-posts-from-tim-peters'ly"]
w = TextWrapper()
assert w._split("Hello there -- you goof-ball, use the -b option!") == \
    ['Hello', ' ', 'there', ' ', '--', ' ', 'you', ' ', 'goof-', 'ball,',
     ' ', 'use', ' ', 'the', ' ', '-b', ' ', 'option!']
assert w._split('what the--hey!') == ['what', ' ', 'the', '--', 'hey!']
assert w._split('--text--.') == ['--text--.']
assert w._split('Python 1.0.0 was released on 1994-01-26.') == \
    ['Python', ' ', '1.0.0', ' ', 'was', ' ', 'released', ' ', 'on', ' ',
     '1994-01-26.']
assert w._split('ab-c d-ef') == ['ab-c', ' ', 'd-ef']
assert w._split('abc-def-') == ['abc-', 'def-']
assert w._split("a1-b2 ab-12 ab-1c") == ['a1-b2', ' ', 'ab-12', ' ',
                                         'ab-', '1c']
assert wrap('Em-dashes should be written -- thus.', 18) == \
    ['Em-dashes should', 'be written --', 'thus.']

# Long words are cut, or left whole.
assert wrap('Did you say "supercalifragilisticexpialidocious?"', 30) == \
    ['Did you say "supercalifragilis', 'ticexpialidocious?"']
assert wrap('Did you say "supercalifragilisticexpialidocious?"', 30,
            break_long_words=False) == \
    ['Did you say', '"supercalifragilisticexpialidocious?"']
assert wrap('abcdefgh', 3) == ['abc', 'def', 'gh']
assert wrap('abcdefgh', 3, break_long_words=False) == ['abcdefgh']

# Indents count towards the width.
assert wrap('This paragraph will be indented', 15, initial_indent='  * ',
            subsequent_indent='    ') == \
    ['  * This', '    paragraph', '    will be', '    indented']
assert fill('aaa bbb', 5, initial_indent='>>') == '>>aaa\nbbb'
# An indent as wide as the width leaves room for one character.
assert wrap('abc', 4, initial_indent='    ') == ['    a', 'bc']

# Whitespace handling.
assert wrap('a\tb\nc', 80) == ['a       b c']
assert wrap('a\tb', 80, expand_tabs=False) == ['a b']
assert wrap('a\tb\nc', 80, replace_whitespace=False) == ['a       b\nc']
assert wrap('  leading and trailing  ', 10) == ['  leading', 'and', 'trailing']
assert wrap('  leading and trailing  ', 10, drop_whitespace=False) == \
    ['  leading ', 'and ', 'trailing  ']
assert wrap('a\x0bb\x0cc\rd', 80) == ['a b c d']
assert wrap('x\u2003y', 80) == ['x\u2003y']   # only ASCII whitespace

# Sentence endings.
assert wrap('A short line. Note the single space.', 60,
            fix_sentence_endings=True) == \
    ['A short line.  Note the single space.']
assert wrap('Ending with "quote." Next!', 60, fix_sentence_endings=True) \
    == ['Ending with "quote."  Next!']
assert wrap('Mr. Smith, I. M.', 60, fix_sentence_endings=True) == \
    ['Mr.  Smith, I. M.']
assert wrap('The U.S. Next', 60, fix_sentence_endings=True) == \
    ['The U.S. Next']
chunks = ['end.', ' ', 'x', ' ', 'y']
w._fix_sentence_endings(chunks)
assert chunks == ['end.', '  ', 'x', ' ', 'y']

# Errors and the wrapper's attributes.
try:
    wrap('abc', 0)
except ValueError as e:
    assert str(e) == 'invalid width 0 (must be > 0)'
else:
    raise AssertionError('no error')
# An indent wider than the width still leaves one character a line.
assert wrap('abc', 2, initial_indent='xxx') == ['xxxa', 'bc']
w = TextWrapper(width=20, break_on_hyphens=False)
assert (w.width, w.initial_indent, w.subsequent_indent, w.expand_tabs,
        w.replace_whitespace, w.fix_sentence_endings, w.break_long_words,
        w.drop_whitespace, w.break_on_hyphens) == \
    (20, '', '', True, True, False, True, True, False)
w.width = 5
assert w.wrap('one two three') == ['one', 'two', 'three']
assert w.fill('one two') == 'one\ntwo'
assert TextWrapper.unicode_whitespace_trans[ord('\t')] == ord(' ')


class Upper(TextWrapper):
    def _split(self, text):
        return [c.upper() for c in TextWrapper._split(self, text)]

assert Upper(width=7).wrap('ab cd ef') == ['AB CD', 'EF']

# dedent
assert dedent('') == ''
assert dedent('Hello there.\n  This is indented.') == \
    'Hello there.\n  This is indented.'
assert dedent('  Hello there.\n  This is indented.') == \
    'Hello there.\nThis is indented.'
assert dedent('    a\n      b\n    c\n') == 'a\n  b\nc\n'
assert dedent('  a\n\n  b\n') == 'a\n\nb\n'
assert dedent('  a\n      \n  b\n') == 'a\n\nb\n'
assert dedent('\ta\n\tb') == 'a\nb'
assert dedent('\ta\n        b') == '\ta\n        b'
assert dedent('  \ta\n  b') == '\ta\nb'
assert dedent('   x\n  y\n') == ' x\ny\n'
assert dedent('  x\n \ty\n') == '  x\n \ty\n'
assert textwrap.__all__ == ['TextWrapper', 'wrap', 'fill', 'dedent']
