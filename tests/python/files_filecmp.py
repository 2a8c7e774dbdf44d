# filecmp: files and folders compared.
import io
import os
import sys
import shutil
import filecmp
import tempfile

base = tempfile.mkdtemp()


def write(path, data):
    with open(os.path.join(base, path), 'w') as f:
        f.write(data)

try:
    for d in ('L', 'R', 'L/sub', 'R/sub', 'L/CVS', 'L/onlyleft_dir',
              'R/kind'):
        os.mkdir(os.path.join(base, d))
    write('L/same', 'same')
    write('R/same', 'same')
    write('L/diff', 'one')
    write('R/diff', 'two')
    write('L/size', 'short')
    write('R/size', 'longer one')
    write('L/kind', 'a file here')
    write('L/only_l', '')
    write('R/only_r', '')
    write('L/sub/x', '1')
    write('R/sub/x', '2')
    L = os.path.join(base, 'L')
    R = os.path.join(base, 'R')

    def path(side, name):
        return os.path.join(base, side, name)

    assert filecmp.cmp(path('L', 'same'), path('R', 'same'))
    assert filecmp.cmp(path('L', 'same'), path('R', 'same'), shallow=False)
    assert not filecmp.cmp(path('L', 'diff'), path('R', 'diff'))
    assert not filecmp.cmp(path('L', 'size'), path('R', 'size'))
    assert not filecmp.cmp(L, R)            # folders are never the same
    assert filecmp.cmp(path('L', 'same'), path('L', 'same'))
    try:
        filecmp.cmp(path('L', 'missing'), path('R', 'same'))
    except OSError:
        pass
    else:
        raise AssertionError('no error')

    assert filecmp.cmpfiles(L, R, ['same', 'diff', 'missing', 'sub']) == \
        (['same'], ['diff', 'sub'], ['missing'])

    d = filecmp.dircmp(L, R)
    assert d.left_list == ['diff', 'kind', 'only_l', 'onlyleft_dir', 'same',
                           'size', 'sub']
    assert d.right_list == ['diff', 'kind', 'only_r', 'same', 'size', 'sub']
    assert sorted(d.common) == ['diff', 'kind', 'same', 'size', 'sub']
    assert sorted(d.left_only) == ['only_l', 'onlyleft_dir']
    assert d.right_only == ['only_r']
    assert d.common_dirs == ['sub']
    assert sorted(d.common_files) == ['diff', 'same', 'size']
    assert d.common_funny == ['kind']
    assert d.same_files == ['same']
    assert sorted(d.diff_files) == ['diff', 'size']
    assert d.funny_files == []
    assert list(d.subdirs) == ['sub']
    assert d.subdirs['sub'].diff_files == ['x']
    try:
        d.nonsense
    except AttributeError as e:
        assert e.args == ('nonsense',)
    else:
        raise AssertionError('no error')
    d2 = filecmp.dircmp(L, R, ignore=['sub'], hide=['kind'])
    assert 'CVS' in d2.left_list and 'sub' not in d2.left_list
    assert 'kind' not in d2.right_list

    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    try:
        d.report()
        d.report_partial_closure()
    finally:
        sys.stdout = saved
    report = ('diff %s %s\n'
              "Only in %s : ['only_l', 'onlyleft_dir']\n"
              "Only in %s : ['only_r']\n"
              "Identical files : ['same']\n"
              "Differing files : ['diff', 'size']\n"
              "Common subdirectories : ['sub']\n"
              "Common funny cases : ['kind']\n" % (L, R, L, R))
    sub = "diff %s %s\nDiffering files : ['x']\n" % (
        os.path.join(L, 'sub'), os.path.join(R, 'sub'))
    assert out.getvalue() == report + report + '\n' + sub, out.getvalue()
    assert filecmp.__all__ == ['cmp', 'dircmp', 'cmpfiles']
finally:
    shutil.rmtree(base)
