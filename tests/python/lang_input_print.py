# input() and print() against replaced sys.stdin/sys.stdout: prompts,
# flushing, line endings, EOF, a missing sys.stdin, sys.stdout set to
# None.
import sys


def check(label, f, expected_repr):
    got = repr(f())
    assert got == expected_repr, (label, got, expected_repr)


def check_raises(label, f, exc_type, msg):
    try:
        f()
    except BaseException as e:
        assert type(e) is exc_type and str(e) == msg, (label, type(e), str(e), exc_type, msg)
    else:
        raise AssertionError(label + ': no ' + exc_type.__name__)

class FakeIn:
    def __init__(self, lines): self.lines = list(lines)
    def readline(self): return self.lines.pop(0) if self.lines else ''
    def fileno(self): raise OSError('no fileno')
class FakeOut:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append('<flush>')
def with_stdio(lines, f):
    si, so = sys.stdin, sys.stdout
    fo = FakeOut()
    sys.stdin, sys.stdout = FakeIn(lines), fo
    try:
        try:
            r = f()
        except BaseException as e:
            r = ('raised', type(e).__name__, str(e))
    finally:
        sys.stdin, sys.stdout = si, so
    return r, fo.parts
check('input-basic', lambda: with_stdio(['hello\n'], lambda: input('prompt> ')), "('hello', ['prompt> ', '<flush>'])")
check('input-no-newline', lambda: with_stdio(['last'], lambda: input()), "('last', ['<flush>'])")
check('input-eof', lambda: with_stdio([], lambda: input('p')), "(('raised', 'EOFError', 'EOF when reading a line'), ['p', '<flush>'])")
check('input-crlf', lambda: with_stdio(['a\r\n'], lambda: input()), "('a\\r', ['<flush>'])")
check('input-nonstr-prompt', lambda: with_stdio(['x\n'], lambda: input(42)), "('x', ['42', '<flush>'])")
check_raises('input-two-args', lambda: input(1, 2), TypeError, 'input expected at most 1 arguments, got 2')
def no_stdin():
    si = sys.stdin
    del sys.stdin
    try:
        try: return input()
        except BaseException as e: return type(e).__name__, str(e)
    finally:
        sys.stdin = si
check('input-no-stdin', no_stdin, "('RuntimeError', 'input(): lost sys.stdin')")
def stdout_none():
    so = sys.stdout
    sys.stdout = None
    try:
        print('x')
        return 'silently ignored'
    finally:
        sys.stdout = so
check('print-stdout-none', stdout_none, "'silently ignored'")
