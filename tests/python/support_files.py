# test.support: file names and the helpers that make and remove files.
import errno
import os
import sys
import warnings
from test import support

pid = os.getpid()
assert support.TESTFN == "@test_%d_tmp" % pid, support.TESTFN
assert support.TESTFN_ENCODING == sys.getfilesystemencoding()
assert support.TESTFN_UNICODE == support.TESTFN + "-\xe0\xf2\u0258\u0141\u011f"
if sys.getfilesystemencoding() == 'utf-8':
    assert support.TESTFN_UNENCODABLE == support.TESTFN + '-\udcff'
    assert support.TESTFN_UNDECODABLE == os.fsencode(support.TESTFN) + b'\xe7w\xf0'
    assert support.FS_NONASCII == '\xe6'
    assert support.TESTFN_NONASCII == support.TESTFN + '-\xe6'
assert support.SAVEDCWD == os.getcwd()

base = os.path.abspath(support.TESTFN)
try:
    # unlink: removes a file; a missing one (or a missing folder on the
    # way) is fine.
    with open(base, 'w') as f:
        f.write('x')
    support.unlink(base)
    assert not os.path.exists(base)
    support.unlink(base)
    support.unlink(os.path.join(base, 'inner'))

    # rmtree: a whole tree, links removed and not followed; a missing
    # tree is fine.
    outside = base + '-outside'
    os.mkdir(outside)
    with open(os.path.join(outside, 'keep'), 'w') as f:
        f.write('keep')
    os.makedirs(os.path.join(base, 'a', 'b'))
    for name in ('f1', os.path.join('a', 'f2'), os.path.join('a', 'b', 'f3')):
        with open(os.path.join(base, name), 'w') as f:
            f.write(name)
    os.symlink(outside, os.path.join(base, 'a', 'link'))
    support.rmtree(base)
    assert not os.path.exists(base)
    assert os.path.exists(os.path.join(outside, 'keep'))
    support.rmtree(base)
    support.rmtree(outside)
    assert not os.path.exists(outside)

    # rmdir: an empty folder; a missing one is fine; a full one is not.
    os.mkdir(base)
    support.rmdir(base)
    assert not os.path.exists(base)
    support.rmdir(base)
    os.mkdir(base)
    with open(os.path.join(base, 'x'), 'w') as f:
        f.write('x')
    try:
        support.rmdir(base)
    except OSError as exc:
        assert exc.errno == errno.ENOTEMPTY, exc
    else:
        raise AssertionError("rmdir removed a full folder")
    support.rmtree(base)

    # temp_cwd: makes the folder, enters it, yields its path, goes back
    # and removes it.
    start = os.getcwd()
    with support.temp_cwd(base) as path:
        assert path == base, (path, base)
        assert os.getcwd() == base
        with open('inside', 'w') as f:
            f.write('x')
    assert os.getcwd() == start
    assert not os.path.exists(base)
    # An existing folder given as path is entered and left alone.
    os.mkdir(base)
    with support.temp_cwd(path=base) as path:
        assert os.getcwd() == base
    assert os.path.isdir(base)
    # A folder that exists already cannot be made: an error, or a warning
    # with quiet=True (and the working directory is entered anyway).
    try:
        with support.temp_cwd(base):
            pass
    except OSError as exc:
        assert exc.errno == errno.EEXIST
    else:
        raise AssertionError("temp_cwd reused an existing folder")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with support.temp_cwd(base, quiet=True) as path:
            assert path == base
    assert [str(w.message) for w in caught] == [
        'tests may fail, unable to create temp CWD ' + base], caught
    assert caught[0].category is RuntimeWarning
    assert os.path.isdir(base)
    support.rmtree(base)

    # temp_umask
    old = os.umask(0o022)
    with support.temp_umask(0o077):
        assert os.umask(0o077) == 0o077
    assert os.umask(old) == 0o022

    # make_bad_fd: a descriptor that is not open.
    fd = support.make_bad_fd()
    try:
        os.fstat(fd)
    except OSError as exc:
        assert exc.errno == errno.EBADF
    else:
        raise AssertionError("make_bad_fd gave an open descriptor")
    assert not os.path.exists(support.TESTFN)

    # can_symlink / skip_unless_symlink
    assert support.can_symlink() is True
    def f():
        return 42
    assert support.skip_unless_symlink(f) is f

    # findfile: absolute paths are returned as they are, missing files by
    # name; files on sys.path are found.
    assert support.findfile('/no/such/file') == '/no/such/file'
    assert support.findfile('no_such_file_anywhere.xyz') == 'no_such_file_anywhere.xyz'
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    try:
        found = support.findfile(os.path.basename(__file__))
        assert os.path.samefile(found, __file__), found
    finally:
        sys.path.remove(here)
finally:
    support.rmtree(base)
    support.rmtree(base + '-outside')
    support.unlink(support.TESTFN)
