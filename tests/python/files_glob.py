# glob: wildcard matching of paths, hidden names, str and bytes.
import os
import glob
import shutil
import tempfile

base = tempfile.mkdtemp()
try:
    for d in ('a', 'aab', 'aaa', 'ZZZ', 'a/bcd', 'a/bcd/efg', 'aab/F',
              '.hidden'):
        os.mkdir(os.path.join(base, *d.split('/')))
    for f in ('a/D', 'aaa/zzzF', 'a/bcd/EF', 'a/bcd/efg/ha', '.dot', 'x.c'):
        with open(os.path.join(base, *f.split('/')), 'w'):
            pass
    os.symlink('broken', os.path.join(base, 'sym1'))
    os.symlink(os.path.join('a', 'bcd'), os.path.join(base, 'sym3'))

    def g(*parts):
        pattern = os.path.join(base, *parts)
        result = sorted(glob.glob(pattern))
        assert sorted(glob.iglob(pattern)) == result
        return [os.path.relpath(r, base) for r in result]

    assert g('a') == ['a']
    assert g('a', 'D') == ['a/D']
    assert g('aab') == ['aab']
    assert g('zymurgy') == []
    assert g('a*') == ['a', 'aaa', 'aab']
    assert g('*a') == ['a', 'aaa']
    assert g('a?a') == ['aaa']
    assert g('aa[ab]') == ['aaa', 'aab']
    assert g('[!a]*') == ['ZZZ', 'sym1', 'sym3', 'x.c']
    assert g('*') == ['ZZZ', 'a', 'aaa', 'aab', 'sym1', 'sym3', 'x.c']
    assert g('.*') == ['.dot', '.hidden']
    assert g('?dot') == []
    assert g('a', '*', '*', '*a') == ['a/bcd/efg/ha']
    assert g('?a?', '*F') == ['aaa/zzzF', 'aab/F']
    assert sorted(glob.glob(os.path.join(base, 'a*', ''))) == \
        [os.path.join(base, n, '') for n in ('a', 'aaa', 'aab')]
    assert g('sym*') == ['sym1', 'sym3']
    assert g('sym1') == ['sym1']       # a broken link exists as a link
    assert g('sym3', '*') == ['sym3/EF', 'sym3/efg']
    assert g('*', '*', '*') == ['a/bcd/EF', 'a/bcd/efg', 'sym3/efg/ha']

    # bytes patterns give bytes
    res = sorted(glob.glob(os.path.join(base, 'a*').encode()))
    assert res == [os.path.join(base, n).encode() for n in
                   ('a', 'aaa', 'aab')]
    cwd = os.getcwd()
    os.chdir(base)
    try:
        assert sorted(glob.glob('a*')) == ['a', 'aaa', 'aab']
        assert sorted(glob.glob(b'a?a')) == [b'aaa']
        assert glob.glob('x.c') == ['x.c']
        assert glob.glob1('', '*.c') == ['x.c']
        assert glob.glob1(b'', b'*.c') == [b'x.c']
        assert glob.glob0('a', 'D') == ['D']
        assert glob.glob0('a', '') == ['']
        assert glob.glob0('x.c', '') == []
    finally:
        os.chdir(cwd)
    assert glob.has_magic('a*') and glob.has_magic('[x]') and \
        glob.has_magic(b'?')
    assert not glob.has_magic('abc') and not glob.has_magic(b'abc')
    assert glob.glob1(os.path.join(base, 'missing'), '*') == []
    assert glob.__all__ == ['glob', 'iglob']
finally:
    shutil.rmtree(base)
