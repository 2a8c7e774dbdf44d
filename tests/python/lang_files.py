# open(): binary and text files, encodings and error handlers, every
# newline mode for reading and writing, file modes and their errors,
# IOError for missing files, operations on closed files, reading methods,
# seek/tell, and print() to a file.  The scratch file is left empty.
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

# a scratch file (no os module yet to make a temporary one or remove it)
P = '/tmp/taipan-lang-files.tmp'
def write_bytes(b):
    with open(P, 'wb') as f:
        return f.write(b)
def read_bytes():
    with open(P, 'rb') as f:
        return f.read()
check('wb', lambda: write_bytes(b'a\r\nb\rc\nd'), '8')
check('rb', read_bytes, "b'a\\r\\nb\\rc\\nd'")
def read_text(**kw):
    with open(P, **kw) as f:
        return f.read()
check('r-default', lambda: read_text(), "'a\\nb\\nc\\nd'")
check('r-newline-none', lambda: read_text(newline=None), "'a\\nb\\nc\\nd'")
check('r-newline-empty', lambda: read_text(newline=''), "'a\\r\\nb\\rc\\nd'")
check('r-newline-lf', lambda: read_text(newline='\n'), "'a\\r\\nb\\rc\\nd'")
check('r-newline-crlf', lambda: read_text(newline='\r\n'), "'a\\r\\nb\\rc\\nd'")
check('r-newline-cr', lambda: read_text(newline='\r'), "'a\\r\\nb\\rc\\nd'")
def lines(**kw):
    with open(P, **kw) as f:
        return list(f)
check('lines-default', lambda: lines(), "['a\\n', 'b\\n', 'c\\n', 'd']")
check('lines-empty', lambda: lines(newline=''), "['a\\r\\n', 'b\\r', 'c\\n', 'd']")
check('lines-cr', lambda: lines(newline='\r'), "['a\\r', '\\nb\\r', 'c\\nd']")
def write_text(s, **kw):
    with open(P, 'w', **kw) as f:
        return f.write(s)
check('w-default', lambda: (write_text('x\ny\r\n'), read_bytes()), "(5, b'x\\ny\\r\\n')")
check('w-newline-crlf', lambda: (write_text('x\ny\r\n', newline='\r\n'), read_bytes()), "(5, b'x\\r\\ny\\r\\r\\n')")
check('w-newline-cr', lambda: (write_text('x\ny', newline='\r'), read_bytes()), "(3, b'x\\ry')")
check('w-newline-empty', lambda: (write_text('x\ny\r', newline=''), read_bytes()), "(4, b'x\\ny\\r')")
check('w-utf8', lambda: (write_text('é€😀', encoding='utf-8'), read_bytes()), "(3, b'\\xc3\\xa9\\xe2\\x82\\xac\\xf0\\x9f\\x98\\x80')")
check('r-latin1', lambda: read_text(encoding='latin-1'), "'Ã©â\\x82¬ð\\x9f\\x98\\x80'")
check('r-utf8', lambda: read_text(encoding='utf-8'), "'é€\\U0001f600'")
check_raises('r-ascii-err', lambda: read_text(encoding='ascii'), UnicodeDecodeError, "'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)")
check('r-ascii-ignore', lambda: read_text(encoding='ascii', errors='ignore'), "''")
check('r-ascii-replace', lambda: read_text(encoding='ascii', errors='replace'), "'���������'")
check_raises('w-latin1-err', lambda: write_text('€', encoding='latin-1'), UnicodeEncodeError, "'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)")
check('w-utf16', lambda: (write_text('ab', encoding='utf-16-le'), read_bytes()), "(2, b'a\\x00b\\x00')")
check_raises('bad-encoding', lambda: open(P, encoding='no-such-codec'), LookupError, 'unknown encoding: no-such-codec')
check_raises('bad-mode', lambda: open(P, 'rw'), ValueError, 'must have exactly one of read/write/append mode')
check_raises('bad-mode2', lambda: open(P, 'q'), ValueError, "invalid mode: 'q'")
check_raises('bad-mode-x', lambda: open(P, 'x'), ValueError, "invalid mode: 'x'")
check_raises('binary-encoding', lambda: open(P, 'rb', encoding='utf-8'), ValueError, "binary mode doesn't take an encoding argument")
check_raises('binary-newline', lambda: open(P, 'rb', newline=''), ValueError, "binary mode doesn't take a newline argument")
check_raises('bad-newline', lambda: open(P, newline='x'), ValueError, 'illegal newline value: x')
check_raises('missing', lambda: open('/nonexistent-dir/x'), IOError, "[Errno 2] No such file or directory: '/nonexistent-dir/x'")
def missing_errno():
    try: open('/nonexistent-dir/x')
    except IOError as e: return (e.errno, e.strerror, e.filename, e.args)
check('missing-errno', missing_errno, "(2, 'No such file or directory', '/nonexistent-dir/x', (2, 'No such file or directory'))")
check_raises('isdir', lambda: open('/tmp'), IOError, "[Errno 21] Is a directory: '/tmp'")
def attrs():
    write_bytes(b'hello\nworld\n')
    f = open(P)
    r = (f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable(), f.readline(), f.tell(), f.read(3), f.readlines(), f.read(), f.readline())
    f.close()
    return r + (f.closed,)
check('attrs', attrs, "('/tmp/taipan-lang-files.tmp', 'r', False, True, False, True, 'hello\\n', 6, 'wor', ['ld\\n'], '', '', True)")
def closed_ops():
    f = open(P); f.close()
    out = []
    for op in (f.read, f.readline, lambda: f.write('x'), lambda: iter(f), f.tell):
        try: op(); out.append('ok')
        except ValueError as e: out.append(str(e))
    f.close()
    return out
check('closed-ops', closed_ops, "['I/O operation on closed file.', 'I/O operation on closed file.', 'I/O operation on closed file.', 'I/O operation on closed file.', 'I/O operation on closed file.']")
def wrong_types():
    out = []
    with open(P, 'w') as f:
        try: f.write(b'x')
        except TypeError as e: out.append(str(e))
    with open(P, 'wb') as f:
        try: f.write('x')
        except TypeError as e: out.append(str(e))
    with open(P, 'r') as f:
        try: f.write('x')
        except Exception as e: out.append((type(e).__name__, str(e)))
    return out
check('wrong-types', wrong_types, '[\'must be str, not bytes\', "\'str\' does not support the buffer interface", (\'UnsupportedOperation\', \'not writable\')]')
def rb_ops():
    write_bytes(b'0123456789')
    with open(P, 'rb') as f:
        return (f.read(2), f.seek(5), f.read(2), f.seek(-1, 2), f.read(), f.tell(), f.seek(0), f.readline(), type(f).__name__, f.mode)
check('rb-ops', rb_ops, "(b'01', 5, b'56', 9, b'9', 10, 0, b'0123456789', 'BufferedReader', 'rb')")
def append():
    write_bytes(b'a')
    with open(P, 'a') as f:
        f.write('b')
    with open(P, 'ab') as f:
        f.write(b'c')
    return read_bytes()
check('append', append, "b'abc'")
def rplus():
    write_bytes(b'abc')
    with open(P, 'r+') as f:
        f.write('X')
        return f.read(), type(f).__name__
check('r+', rplus, "('bc', 'TextIOWrapper')")
def wplus():
    with open(P, 'w+') as f:
        f.write('line1\nline2\n')
        f.seek(0)
        return f.readlines()
check('w+', wplus, "['line1\\n', 'line2\\n']")
def repr_file():
    with open(P, encoding='utf-8') as f:
        r1 = repr(f)
    with open(P, 'rb') as f:
        r2 = repr(f)
    with open(P, 'rb', buffering=0) as f:
        r3 = repr(f)
    return r1, r2, r3
check('repr', repr_file, '("<_io.TextIOWrapper name=\'/tmp/taipan-lang-files.tmp\' mode=\'r\' encoding=\'utf-8\'>", "<_io.BufferedReader name=\'/tmp/taipan-lang-files.tmp\'>", "<_io.FileIO name=\'/tmp/taipan-lang-files.tmp\' mode=\'rb\'>")')
def iter_lines_no_trailing():
    write_bytes(b'a\nb')
    with open(P) as f:
        return [l for l in f], f.closed
check('iter-no-trailing', iter_lines_no_trailing, "(['a\\n', 'b'], False)")
def print_file():
    with open(P, 'w') as f:
        print('x', 1, file=f, sep=',')
    return read_bytes()
check('print-file', print_file, "b'x,1\\n'")
def fileno():
    with open(P) as f:
        return type(f.fileno()).__name__, f.isatty()
check('fileno', fileno, "('int', False)")
def readline_size():
    write_bytes(b'abcdef\nxyz\n')
    with open(P) as f:
        return f.readline(3), f.readline(), f.readline(-1), f.readline()
check('readline-size', readline_size, "('abc', 'def\\n', 'xyz\\n', '')")
def bom():
    write_bytes(b'\xef\xbb\xbfhi')
    with open(P, encoding='utf-8-sig') as f:
        a = f.read()
    with open(P, encoding='utf-8') as f:
        b = f.read()
    return a, b
check('bom', bom, "('hi', '\\ufeffhi')")
def stdout_attrs():
    return (sys.stdout.mode if hasattr(sys.stdout, 'mode') else None, sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.writable(), sys.stdin.readable())
check('stdio', stdout_attrs, "('w', '<stdout>', '<stderr>', '<stdin>', True, True)")
check('write-ret', lambda: sys.stdout.write(''), '0')
write_bytes(b'')
