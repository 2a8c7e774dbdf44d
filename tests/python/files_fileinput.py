# fileinput: lines of several files, positions, in-place editing.
import io
import os
import sys
import shutil
import fileinput
import tempfile

base = tempfile.mkdtemp()


def make(name, text):
    path = os.path.join(base, name)
    with open(path, 'w') as f:
        f.write(text)
    return path

try:
    a = make('a', 'a1\na2\n')
    b = make('b', 'b1\nb2\nb3')
    empty = make('e', '')
    seen = []
    for line in fileinput.input([a, empty, b]):
        seen.append((line, fileinput.filename(), fileinput.lineno(),
                     fileinput.filelineno(), fileinput.isfirstline(),
                     fileinput.isstdin()))
    assert seen == [('a1\n', a, 1, 1, True, False),
                    ('a2\n', a, 2, 2, False, False),
                    ('b1\n', b, 3, 1, True, False),
                    ('b2\n', b, 4, 2, False, False),
                    ('b3', b, 5, 3, False, False)], seen
    fileinput.close()
    try:
        fileinput.lineno()
    except RuntimeError as e:
        assert str(e) == 'no active input()'
    else:
        raise AssertionError('no error')

    # nextfile skips the rest of a file; the count goes on.
    fi = fileinput.input((a, b), bufsize=1)
    assert next(fi) == 'a1\n' and fileinput.fileno() >= 0
    try:
        fileinput.input([a])
    except RuntimeError as e:
        assert str(e) == 'input() already active'
    else:
        raise AssertionError('no error')
    fileinput.nextfile()
    assert fileinput.fileno() == -1
    assert fileinput.filename() == a
    assert next(fi) == 'b1\n' and fileinput.lineno() == 2
    assert fileinput.filename() == b
    fileinput.close()

    # The object: indexing in order, readline, context manager.
    with fileinput.FileInput(files=a) as fi:
        assert fi[0] == 'a1\n' and fi[1] == 'a2\n'
        try:
            fi[5]
        except RuntimeError as e:
            assert str(e) == 'accessing lines out of order'
        else:
            raise AssertionError('no error')
        try:
            fi[2]
        except IndexError as e:
            assert str(e) == 'end of input reached'
        else:
            raise AssertionError('no error')
    fi = fileinput.FileInput([b], mode='rb')
    assert fi.readline() == b'b1\n' and fi.readline() == b'b2\n'
    assert fi.readline() == b'b3' and fi.readline() == ''   # str, as 3.2
    fi.close()
    assert fi.fileno() == -1

    # Standard input as '-'.
    saved = sys.stdin
    sys.stdin = io.StringIO('s1\ns2\n')
    try:
        fi = fileinput.FileInput(['-'])
        lines = [(l, fi.filename(), fi.isstdin()) for l in fi]
        assert lines == [('s1\n', '<stdin>', True),
                         ('s2\n', '<stdin>', True)]
    finally:
        sys.stdin = saved

    # In-place editing: print replaces the file; a backup if asked.
    saved = sys.stdout
    for line in fileinput.input([a, b], inplace=True, backup='.orig'):
        print(line.rstrip('\n').upper())
    assert sys.stdout is saved
    with open(a) as f:
        assert f.read() == 'A1\nA2\n'
    with open(b) as f:
        assert f.read() == 'B1\nB2\nB3\n'
    with open(a + '.orig') as f:
        assert f.read() == 'a1\na2\n'
    for line in fileinput.input([a], inplace=True):
        print(line, end='')
    assert not os.path.exists(a + '.bak')

    # Hooks and argument checks.
    opened = []

    def hook(name, mode):
        opened.append((name, mode))
        return io.StringIO('hooked\n')
    assert list(fileinput.FileInput([a], openhook=hook)) == ['hooked\n']
    assert opened == [(a, 'r')]
    for kw, msg in [({'mode': 'w'}, "FileInput opening mode must be one of "
                     "'r', 'rU', 'U' and 'rb'"),
                    ({'openhook': hook, 'inplace': True},
                     'FileInput cannot use an opening hook in inplace mode'),
                    ({'openhook': 1}, 'FileInput openhook must be callable')]:
        try:
            fileinput.FileInput([a], **kw)
        except ValueError as e:
            assert str(e) == msg, str(e)
        else:
            raise AssertionError('no error')
    f = fileinput.hook_compressed(a, 'r')
    assert f.read() == 'A1\nA2\n'
    f.close()
    saved_argv = sys.argv
    sys.argv = ['prog', b]
    try:
        assert list(fileinput.FileInput()) == ['B1\n', 'B2\n', 'B3\n']
    finally:
        sys.argv = saved_argv
finally:
    fileinput.close()
    shutil.rmtree(base)
