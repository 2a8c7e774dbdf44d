# os.makedirs (exist_ok), removedirs, renames and walk.
import os, errno

base = '/tmp/taipan_os_walk_%d' % os.getpid()
start_dir = os.getcwd()


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return e
    raise AssertionError('%s%r did not raise %s' % (f.__name__, args, exc.__name__))


def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            full = os.path.join(root, name)
            if os.path.islink(full):
                os.remove(full)
            else:
                os.rmdir(full)
    os.rmdir(top)


os.mkdir(base)
try:
    os.chdir(base)
    open('f1', 'w').close()
    os.makedirs('a/b/c')
    assert os.path.isdir('a/b/c')
    e = raises(OSError, os.makedirs, 'a/b/c')
    assert e.errno == errno.EEXIST and str(e) == "[Errno 17] File exists: 'a/b/c'"
    os.makedirs('a/b/c', exist_ok=True)
    # exist_ok does not cover a file; in 3.2 the mode does not matter.
    assert raises(OSError, os.makedirs, 'f1', 0o777, True).filename == 'f1'
    os.makedirs('a/b/c', 0o700, True)
    os.makedirs('x/y/.')
    assert os.path.isdir('x/y')
    os.makedirs(b'z/w')
    assert os.path.isdir('z/w')
    os.makedirs(b'z/v/.')
    os.rmdir('z/v')
    os.symlink('a', 'link')

    walked = sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk('.'))
    assert walked == [('.', ['a', 'link', 'x', 'z'], ['f1']), ('./a', ['b'], []), ('./a/b', ['c'], []),
                      ('./a/b/c', [], []), ('./x', ['y'], []), ('./x/y', [], []),
                      ('./z', ['w'], []), ('./z/w', [], [])], walked
    # Links to folders are listed, followed only when asked.
    assert './link/b' in [r for r, d, f in os.walk('.', followlinks=True)]
    assert [r for r, d, f in os.walk('a', topdown=False)] == ['a/b/c', 'a/b', 'a']
    assert [r for r, d, f in os.walk(b'a')] == [b'a', b'a/b', b'a/b/c']
    # Pruning dirnames in place.
    seen = []
    for r, d, f in os.walk('.'):
        seen.append(r)
        d[:] = [x for x in d if x != 'a']
    assert './a' not in seen and './x/y' in seen
    errs = []
    assert list(os.walk('nonexist', onerror=errs.append)) == []
    assert errs[0].errno == errno.ENOENT and errs[0].filename == 'nonexist'
    assert list(os.walk('nonexist')) == []

    os.renames('f1', 'q/r/f1')
    assert os.path.exists('q/r/f1') and not os.path.exists('f1')
    os.renames('q/r/f1', 'f2')
    assert os.path.exists('f2') and not os.path.exists('q')
    os.remove('link')
    os.removedirs('a/b/c')
    assert not os.path.exists('a')
    open('x/keep', 'w').close()
    os.removedirs('x/y')   # stops at the first folder that is not empty
    assert os.path.exists('x/keep') and not os.path.exists('x/y')
    assert raises(OSError, os.removedirs, 'nonexist').errno == errno.ENOENT
finally:
    os.chdir(start_dir)
    rmtree(base)
assert not os.path.exists(base)
