"""Wrapping and filling of text.

wrap(text) breaks a paragraph into lines no longer than a width, fill(text)
joins those lines; TextWrapper holds the options they take.  dedent(text)
removes the indentation common to all the lines of text.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent']

# The whitespace characters replace_whitespace turns into spaces: ASCII
# only, whatever the locale.
_whitespace = '\t\n\x0b\x0c\r '


class TextWrapper:
    """Wraps paragraphs of text.  Its attributes are the options:

    width (70): the longest line made (indents included).
    initial_indent, subsequent_indent (''): put before the first line and
      before the others.
    expand_tabs (true): tabs are first expanded (str.expandtabs).
    replace_whitespace (true): then each whitespace character becomes a
      space.
    fix_sentence_endings (false): a sentence end (a lowercase letter, '.',
      '!' or '?', maybe a closing quote) followed by one space gets two.
    break_long_words (true): words longer than width are cut; else they
      overflow their line.
    drop_whitespace (true): whitespace at the start and end of lines (but
      not at the start of the paragraph) is dropped.
    break_on_hyphens (true): compound words may be broken after their
      hyphens; else only at whitespace.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    # How text is cut into chunks, lines being made of whole chunks: the
    # pattern's matches are chunks, and so is the text between them.
    #   - a run of whitespace;
    #   - a word ending in a letter and a hyphen, when another word
    #     ending in a letter follows (with any punctuation before it);
    #   - two or more hyphens (a dash) between a word (or closing
    #     punctuation) and a word.
    wordsep_re = re.compile(r"""
        ( \s+
        | [^\s\w]* \w+ [^0-9\W] - (?= \w+ [^0-9\W] )
        | (?<= [\w!"'&.,?] ) -{2,} (?= \w )
        )""", re.VERBOSE)

    # Without break_on_hyphens: whitespace runs only.
    wordsep_simple_re = re.compile(r'(\s+)')

    # The end of a chunk that ends a sentence.
    sentence_end_re = re.compile(r'[a-z][.!?]["\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens

    # The steps of wrap(), for subclasses to change.

    def _munge_whitespace(self, text):
        """text with tabs expanded and whitespace made spaces, as the
        options say."""
        if self.expand_tabs:
            text = text.expandtabs()
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The chunks of text: words (and parts of hyphenated words, with
        break_on_hyphens) and runs of whitespace."""
        pattern = self.wordsep_re if self.break_on_hyphens \
            else self.wordsep_simple_re
        return [chunk for chunk in pattern.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after each sentence end two (in place)."""
        ends_sentence = self.sentence_end_re.search
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with the next chunk (reversed_chunks[-1]), too long for any
        line: cut it to fill the current line, or with break_long_words
        off, put it whole on the line if the line is empty."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cur_line.append(word[:space_left])
            reversed_chunks[-1] = word[space_left:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())
        # Else it goes on the next line, alone, and overflows it.

    def _wrap_chunks(self, chunks):
        """The lines made of chunks, at most width long each (unless a
        chunk cannot be broken), with their indents."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        lines = []
        chunks.reverse()    # take them from the end
        while chunks:
            indent = self.subsequent_indent if lines else \
                self.initial_indent
            width = self.width - len(indent)
            line = []
            length = 0
            # Whitespace starting a line is dropped, except at the very
            # beginning of the text.
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if length + n > width:
                    break
                line.append(chunks.pop())
                length += n
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, length, width)
            if self.drop_whitespace and line and line[-1].strip() == '':
                del line[-1]
            if line:
                lines.append(indent + ''.join(line))
        return lines

    def wrap(self, text):
        """The lines of the paragraph text, wrapped (without newlines)."""
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph text wrapped, as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of the paragraph text wrapped to width; the keyword
    arguments are TextWrapper's options."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """The paragraph text wrapped to width, as one string; the keyword
    arguments are TextWrapper's options."""
    return TextWrapper(width=width, **kwargs).fill(text)


_whitespace_only_re = re.compile('^[ \t]+$', re.MULTILINE)
_leading_whitespace_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    """text without the leading spaces and tabs all its lines share.

    Lines of only whitespace are emptied and do not count; a tab and
    spaces are different indentation (nothing is expanded)."""
    text = _whitespace_only_re.sub('', text)
    margin = None
    for indent in _leading_whitespace_re.findall(text):
        if margin is None or margin.startswith(indent):
            margin = indent
        elif not indent.startswith(margin):
            margin = ""     # nothing in common
            break
    if margin:
        text = re.sub(r'(?m)^' + margin, '', text)
    return text
